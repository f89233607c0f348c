// name: timeline
// description: Dated meetings, summits, visits, shipments and quotations that involve one entity (as participant, donor, recipient, speaker or place), in date order.
// args: entity: a name, e.g. India, Antony Blinken, London
// The dated things are reached from the entity. A timeline of the whole
// store would read and sort every dated node before its first row (on a KV
// store, seconds at 10,000 articles); the rows are sorted first and their
// details looked up only as they are emitted, so a page of them is cheap.
function lexical(v) { return String(v).replace(/^"/, "").replace(/"\^\^<.*>$/, ""); }
var classes = { "<ng:Meeting>": "Meeting", "<ng:Summit>": "Summit", "<ng:Visit>": "Visit",
  "<ng:AidShipment>": "AidShipment", "<schema:Quotation>": "Quotation" };
// what a thing is, where its link to the entity tells (donor and recipient
// are a shipment's, speaker a quotation's); otherwise its rdf:type says
var kinds = { "<ng:donor>": "AidShipment", "<ng:recipient>": "AidShipment", "<ng:speaker>": "Quotation" };
var rows = [], seen = {};
ng.entities(args.entity).forEach(function (e) {
  // one predicate at a time (a list of them reads every quad that points
  // at the entity), the things read from the index's keys (ng.inCounts),
  // and each thing's dates in one lookup
  ["<ng:participant>", "<ng:donor>", "<ng:recipient>", "<ng:speaker>", "<schema:location>"].forEach(function (p) {
    Object.keys(ng.inCounts(e, p)).forEach(function (x) {
      ng.all(x, "<ng:date>").forEach(function (d) {
        var k = x + " " + d;
        if (seen[k]) { return; }
        seen[k] = true;
        var what = kinds[p] || classes[ng.first(x, "<rdf:type>")];
        if (what) { rows.push({ date: lexical(d), what: what, id: x }); }
      });
    });
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
    who = ng.all(r.id, "<ng:participant>").map(ng.name).sort();
  }
  g.emit({ date: r.date, what: r.what, who: who, place: ng.name(ng.first(r.id, "<schema:location>")), id: r.id });
});
