// name: sent-by
// description: Everything one donor sent: recipient, date, item, quantity, unit.
// args: donor: the donor's name, e.g. United States, India, UK
// The donor is found first and its shipments then looked up from it, one
// fixed node at a time: a two-hop path lets Cayley's optimiser start from
// every ng:donor quad of the store.
ng.entities(args.donor).forEach(function (d) {
  g.V(d).in("<ng:donor>").unique().forEach(function (s) {
    var donor = ng.name(ng.first(s.id, "<ng:donor>"));
    var recipient = ng.name(ng.first(s.id, "<ng:recipient>"));
    var date = ng.first(s.id, "<ng:date>");
    ng.all(s.id, "<ng:includes>").forEach(function (it) {
      g.emit({
        donor: donor, recipient: recipient, date: date,
        item: ng.name(it),
        quantity: ng.first(it, "<ng:quantity>"),
        unit: ng.first(it, "<ng:unit>")
      });
    });
  });
});
