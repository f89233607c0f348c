// name: grouping-members
// description: Members of every grouping; stated is true where an article says so, false where only the lexicon does.
// args: (none)
function name(id) { return g.V(id).out("<schema:name>").toValue() || g.V(id).out("<ng:iso3166>").toValue() || id; }
g.V("<ng:Grouping>").in("<rdf:type>").unique().forEach(function (gr) {
  var stated = {};
  g.V(gr.id).labels().unique().toArray().forEach(function (label) {
    if (label === "<https://w3id.org/newsgraph/id/lexicon>") { return; }
    g.V(gr.id).labelContext(label).out("<schema:member>").toArray().forEach(function (c) { stated[c] = true; });
  });
  g.V(gr.id).out("<schema:member>").unique().forEach(function (c) {
    g.emit({ grouping: name(gr.id), member: name(c.id), stated: stated[c.id] === true });
  });
});
