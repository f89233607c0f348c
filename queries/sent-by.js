// name: sent-by
// description: Everything one donor sent: recipient, date, item, quantity, unit.
// args: donor: the donor's name, e.g. United States, India, UK
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
g.V(args.donor).in(["<schema:name>", "<schema:alternateName>"]).unique().in("<ng:donor>").unique().forEach(function (s) {
  var recipient = name(g.V(s.id).out("<ng:recipient>").toValue());
  var date = g.V(s.id).out("<ng:date>").toValue();
  g.V(s.id).out("<ng:includes>").unique().forEach(function (it) {
    g.emit({
      donor: name(g.V(s.id).out("<ng:donor>").toValue()), recipient: recipient, date: date,
      item: name(it.id),
      quantity: g.V(it.id).out("<ng:quantity>").toValue(),
      unit: g.V(it.id).out("<ng:unit>").toValue()
    });
  });
});
