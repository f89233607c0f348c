// name: visits
// description: Every visit: who, where, when, for how long.
// args: (none)
g.V("<ng:Visit>").in("<rdf:type>").unique().forEach(function (e) {
  g.emit({
    visitors: ng.all(e.id, "<ng:participant>").map(ng.name).sort(),
    place: ng.name(ng.first(e.id, "<schema:location>")),
    date: ng.first(e.id, "<ng:date>"),
    duration: ng.first(e.id, "<ng:duration>"),
    status: ng.first(e.id, "<ng:status>")
  });
});
