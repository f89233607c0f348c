// name: aid-shipments
// description: Every aid shipment, one row per item: donor, recipient, date, item, quantity, unit.
// args: (none)
g.V("<ng:AidShipment>").in("<rdf:type>").unique().forEach(function (s) {
  var donor = ng.name(ng.first(s.id, "<ng:donor>"));
  var recipient = ng.name(ng.first(s.id, "<ng:recipient>"));
  var date = ng.first(s.id, "<ng:date>");
  ng.all(s.id, "<ng:includes>").forEach(function (it) {
    g.emit({
      shipment: s.id, donor: donor, recipient: recipient, date: date,
      item: ng.name(it),
      quantity: ng.first(it, "<ng:quantity>"),
      qualifier: ng.first(it, "<ng:qualifier>"),
      unit: ng.first(it, "<ng:unit>")
    });
  });
});
