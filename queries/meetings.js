// name: meetings
// description: Every meeting, summit and visit with its participants, date, place, status and mode.
// args: (none)
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
["<ng:Meeting>", "<ng:Summit>", "<ng:Visit>"].forEach(function (cls) {
  g.V(cls).in("<rdf:type>").unique().forEach(function (e) {
    g.emit({
      event: e.id,
      type: cls.replace("<ng:", "").replace(">", ""),
      name: g.V(e.id).out("<schema:name>").toValue(),
      participants: g.V(e.id).out("<ng:participant>").unique().toArray().map(name).sort(),
      date: g.V(e.id).out("<ng:date>").toValue(),
      location: name(g.V(e.id).out("<schema:location>").toValue()),
      status: g.V(e.id).out("<ng:status>").toValue(),
      mode: g.V(e.id).out("<ng:mode>").toValue()
    });
  });
});
