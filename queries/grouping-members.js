// name: grouping-members
// description: Members of every grouping; stated is true where an article says so, false where only the lexicon does.
// args: (none)
// A member quad is stated when its label is an article's sentence. Counting
// the member quads per member and taking away the lexicon's one avoids
// labelContext over all sentences, which Cayley's KV stores run very slowly.
var lexicon = "<https://w3id.org/newsgraph/id/lexicon>";
function name(id) { return ng.name(id) || ng.first(id, "<ng:iso3166>") || id; }
g.V("<ng:Grouping>").in("<rdf:type>").unique().forEach(function (gr) {
  var quads = {};
  // forEach, not toArray: on Cayley's SQL backends toArray drops a value
  // that repeats the one before it, so it cannot count quads
  g.V(gr.id).out("<schema:member>").forEach(function (c) { quads[c.id] = (quads[c.id] || 0) + 1; });
  var inLexicon = {};
  g.V(gr.id).labelContext(lexicon).out("<schema:member>").toArray().forEach(function (c) { inLexicon[c] = 1; });
  Object.keys(quads).sort().forEach(function (c) {
    g.emit({ grouping: name(gr.id), member: name(c), stated: quads[c] > (inLexicon[c] || 0) });
  });
});
