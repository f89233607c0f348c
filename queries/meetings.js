// name: meetings
// description: Every meeting, summit and visit with its participants, date, place, status and mode.
// args: (none)
["<ng:Meeting>", "<ng:Summit>", "<ng:Visit>"].forEach(function (cls) {
  g.V(cls).in("<rdf:type>").unique().forEach(function (e) {
    g.emit({
      event: e.id,
      type: cls.replace("<ng:", "").replace(">", ""),
      name: ng.name(e.id),
      participants: ng.all(e.id, "<ng:participant>").map(ng.name).sort(),
      date: ng.first(e.id, "<ng:date>"),
      location: ng.name(ng.first(e.id, "<schema:location>")),
      status: ng.first(e.id, "<ng:status>"),
      mode: ng.first(e.id, "<ng:mode>")
    });
  });
});
