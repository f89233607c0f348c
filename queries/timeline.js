// name: timeline
// description: Dated events, shipments and quotations in date order.
// args: (none)
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
function kind(id) { return g.V(id).out("<rdf:type>").toValue().replace(/^.*[\/#:]/, "").replace(">", ""); }
function lexical(v) { return String(v).replace(/^"/, "").replace(/"\^\^<.*>$/, ""); }
var rows = [];
g.V().has("<ng:date>").unique().forEach(function (x) {
  var k = kind(x.id);
  var who = [];
  if (k === "AidShipment") {
    who = [name(g.V(x.id).out("<ng:donor>").toValue()), name(g.V(x.id).out("<ng:recipient>").toValue())];
  } else if (k === "Quotation") {
    who = [name(g.V(x.id).out("<ng:speaker>").toValue())];
  } else {
    who = g.V(x.id).out("<ng:participant>").unique().toArray().map(name).sort();
  }
  g.V(x.id).out("<ng:date>").unique().toArray().forEach(function (d) {
    rows.push({ date: lexical(d), what: k, who: who, place: name(g.V(x.id).out("<schema:location>").toValue()), id: x.id });
  });
});
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
rows.forEach(function (r) { g.emit(r); });
