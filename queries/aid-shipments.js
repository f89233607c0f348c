// name: aid-shipments
// description: Every aid shipment, one row per item: donor, recipient, date, item, quantity, unit.
// args: (none)
g.V("<ng:AidShipment>").in("<rdf:type>").unique().forEach(function (s) {
  var donor = ng.name(ng.first(s.id, "<ng:donor>"));
  var recipient = ng.name(ng.first(s.id, "<ng:recipient>"));
  var date = ng.first(s.id, "<ng:date>");
  g.V(s.id).out("<ng:includes>").unique().forEach(function (it) {
    g.emit({
      shipment: s.id, donor: donor, recipient: recipient, date: date,
      item: ng.name(it.id),
      quantity: ng.first(it.id, "<ng:quantity>"),
      qualifier: ng.first(it.id, "<ng:qualifier>"),
      unit: ng.first(it.id, "<ng:unit>")
    });
  });
});
