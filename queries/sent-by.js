// name: sent-by
// description: Everything one donor sent: recipient, date, item, quantity, unit.
// args: donor: the donor's name, e.g. United States, India, UK
g.V(args.donor).in(["<schema:name>", "<schema:alternateName>"]).unique().in("<ng:donor>").unique().forEach(function (s) {
  var donor = ng.name(ng.first(s.id, "<ng:donor>"));
  var recipient = ng.name(ng.first(s.id, "<ng:recipient>"));
  var date = ng.first(s.id, "<ng:date>");
  g.V(s.id).out("<ng:includes>").unique().forEach(function (it) {
    g.emit({
      donor: donor, recipient: recipient, date: date,
      item: ng.name(it.id),
      quantity: ng.first(it.id, "<ng:quantity>"),
      unit: ng.first(it.id, "<ng:unit>")
    });
  });
});
