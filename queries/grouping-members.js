// name: grouping-members
// description: Members of every grouping; stated is true where an article says so, false where only the lexicon does.
// args: (none)
// A grouping's members are countries (ONTOLOGY), each stated by one member
// quad per sentence. Reading those quads is what made this query slow, so
// it counts them instead, from the index side of each country the articles
// name (ng.inCounts). Only a grouping with member quads left over after
// that (a member no article names, so not typed a country in the store)
// has its quads read (ng.outCounts).
// A membership is stated when an article's sentence labels one of its
// quads: when there are two or more (at most one is the lexicon's), or
// when the only one is not the lexicon's.
var lexicon = "<https://w3id.org/newsgraph/id/lexicon>";
var member = "<schema:member>";
function name(id) { return ng.name(id) || ng.first(id, "<ng:iso3166>") || id; }
var counted = {}; // grouping -> member -> member quads
g.V("<schema:Country>").in("<rdf:type>").unique().forEach(function (c) {
  var n = ng.inCounts(c.id, member);
  Object.keys(n).forEach(function (gr) { (counted[gr] = counted[gr] || {})[c.id] = n[gr]; });
});
g.V("<ng:Grouping>").in("<rdf:type>").unique().forEach(function (gr) {
  var n = counted[gr.id] || {}, seen = 0;
  Object.keys(n).forEach(function (c) { seen += n[c]; });
  if (seen < ng.quads(gr.id, member)) {
    n = ng.outCounts(gr.id, member);
  }
  Object.keys(n).sort().forEach(function (c) {
    var stated = n[c] > 1 || !ng.has(gr.id, member, c, lexicon);
    g.emit({ grouping: name(gr.id), member: name(c), stated: stated });
  });
});
