// name: profile
// description: Everything the graph says about one entity: its facts, and the facts that point at it.
// args: entity: a name, e.g. India, Antony Blinken, Quad
function name(id) { return ng.name(id) || id; }
var seen = {};
function emit(row) { var k = JSON.stringify(row); if (!seen[k]) { seen[k] = true; g.emit(row); } }
ng.entities(args.entity).forEach(function (e) {
  g.V(e).outPredicates().unique().toArray().forEach(function (p) {
    ng.all(e, p).forEach(function (o) {
      emit({ entity: name(e), direction: "out", predicate: p, value: name(o) });
    });
  });
  // inPredicates() would read every quad pointing at the entity, its
  // thousands of schema:mentions too: ask for each kind of link instead,
  // and read the nodes from the index (ng.inCounts), not the quads: a
  // country is the member of a grouping once per sentence that says so
  ng.links.forEach(function (p) {
    if (p === "<schema:mentions>") { return; }
    Object.keys(ng.inCounts(e, p)).forEach(function (s) {
      emit({ entity: name(e), direction: "in", predicate: p, value: name(s) });
    });
  });
});
