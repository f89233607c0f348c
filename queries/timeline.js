// name: timeline
// description: Dated events, shipments and quotations in date order.
// args: (none)
// The dated things are found through their classes (g.V().has("<ng:date>")
// scans every node on a KV store); the rows are sorted first and their
// details looked up only as they are emitted, so a page of them is cheap.
function lexical(v) { return String(v).replace(/^"/, "").replace(/"\^\^<.*>$/, ""); }
var rows = [];
[["Meeting", "<ng:Meeting>"], ["Summit", "<ng:Summit>"], ["Visit", "<ng:Visit>"],
 ["AidShipment", "<ng:AidShipment>"], ["Quotation", "<schema:Quotation>"]].forEach(function (c) {
  var seen = {};
  g.V(c[1]).in("<rdf:type>").unique().tag("x").out("<ng:date>").forEach(function (r) {
    var k = r.x + " " + r.id;
    if (!seen[k]) { seen[k] = true; rows.push({ date: lexical(r.id), what: c[0], id: r.x }); }
  });
});
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
rows.forEach(function (r) {
  var who;
  if (r.what === "AidShipment") {
    who = [ng.name(ng.first(r.id, "<ng:donor>")), ng.name(ng.first(r.id, "<ng:recipient>"))];
  } else if (r.what === "Quotation") {
    who = [ng.name(ng.first(r.id, "<ng:speaker>"))];
  } else {
    who = g.V(r.id).out("<ng:participant>").unique().toArray().map(ng.name).sort();
  }
  g.emit({ date: r.date, what: r.what, who: who, place: ng.name(ng.first(r.id, "<schema:location>")), id: r.id });
});
