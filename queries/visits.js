// name: visits
// description: Every visit: who, where, when, for how long.
// args: (none)
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
g.V("<ng:Visit>").in("<rdf:type>").unique().forEach(function (e) {
  g.emit({
    visitors: g.V(e.id).out("<ng:participant>").unique().toArray().map(name).sort(),
    place: name(g.V(e.id).out("<schema:location>").toValue()),
    date: g.V(e.id).out("<ng:date>").toValue(),
    duration: g.V(e.id).out("<ng:duration>").toValue(),
    status: g.V(e.id).out("<ng:status>").toValue()
  });
});
