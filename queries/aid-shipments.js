// name: aid-shipments
// description: Every aid shipment, one row per item: donor, recipient, date, item, quantity, unit.
// args: (none)
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
g.V("<ng:AidShipment>").in("<rdf:type>").unique().forEach(function (s) {
  var donor = name(g.V(s.id).out("<ng:donor>").toValue());
  var recipient = name(g.V(s.id).out("<ng:recipient>").toValue());
  var date = g.V(s.id).out("<ng:date>").toValue();
  g.V(s.id).out("<ng:includes>").unique().forEach(function (it) {
    g.emit({
      shipment: s.id, donor: donor, recipient: recipient, date: date,
      item: name(it.id),
      quantity: g.V(it.id).out("<ng:quantity>").toValue(),
      qualifier: g.V(it.id).out("<ng:qualifier>").toValue(),
      unit: g.V(it.id).out("<ng:unit>").toValue()
    });
  });
});
