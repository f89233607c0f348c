// name: people-offices
// description: Every person with the offices they hold: person, office, jurisdiction, role.
// args: (none)
var seen = {};
g.V("<schema:Person>").in("<rdf:type>").unique().forEach(function (p) {
  g.V(p.id).out("<ng:holdsOffice>").unique().forEach(function (o) {
    var row = {
      person: ng.name(p.id),
      office: ng.name(o.id),
      jurisdiction: ng.name(ng.first(o.id, "<ng:jurisdiction>")),
      role: ng.first(o.id, "<ng:roleCategory>")
    };
    var k = JSON.stringify(row);
    if (!seen[k]) { seen[k] = true; g.emit(row); }
  });
});
