// name: countries
// description: Every country the articles name, with its ISO code, how many articles name it, and the aid it gave and got.
// args: (none)
g.V("<schema:Country>").in("<rdf:type>").unique().forEach(function (c) {
  g.emit({
    country: ng.name(c.id),
    iso: ng.first(c.id, "<ng:iso3166>"),
    articles: g.V(c.id).in("<schema:mentions>").unique().count(),
    shipmentsSent: g.V(c.id).in("<ng:donor>").unique().count(),
    shipmentsReceived: g.V(c.id).in("<ng:recipient>").unique().count()
  });
});
