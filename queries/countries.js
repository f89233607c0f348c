// name: countries
// description: Every country the articles name, with its ISO code, how many articles name it, and the aid it gave and got.
// args: (none)
// ng.count reads the counts from the store's index keys: one key per
// article, not one quad per sentence that names the country.
g.V("<schema:Country>").in("<rdf:type>").unique().forEach(function (c) {
  g.emit({
    country: ng.name(c.id),
    iso: ng.first(c.id, "<ng:iso3166>"),
    articles: ng.count(c.id, "<schema:mentions>"),
    shipmentsSent: ng.count(c.id, "<ng:donor>"),
    shipmentsReceived: ng.count(c.id, "<ng:recipient>")
  });
});
