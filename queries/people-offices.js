// name: people-offices
// description: Every person with the offices they hold: person, office, jurisdiction, role.
// args: (none)
function name(id) { return g.V(id).out("<schema:name>").toValue(); }
var seen = {};
g.V("<schema:Person>").in("<rdf:type>").unique().forEach(function (p) {
  g.V(p.id).out("<ng:holdsOffice>").unique().forEach(function (o) {
    var row = {
      person: name(p.id),
      office: name(o.id),
      jurisdiction: name(g.V(o.id).out("<ng:jurisdiction>").toValue()),
      role: g.V(o.id).out("<ng:roleCategory>").toValue()
    };
    var k = JSON.stringify(row);
    if (!seen[k]) { seen[k] = true; g.emit(row); }
  });
});
