// name: who-met-whom
// description: Pairs of people who met, with when and where.
// args: (none)
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
var seen = {};
g.V("<ng:Meeting>").in("<rdf:type>").unique().forEach(function (e) {
  var people = g.V(e.id).out("<ng:participant>").has("<rdf:type>", "<schema:Person>").unique().toArray().map(name).sort();
  var date = g.V(e.id).out("<ng:date>").toValue();
  var place = name(g.V(e.id).out("<schema:location>").toValue());
  for (var i = 0; i < people.length; i++) {
    for (var j = i + 1; j < people.length; j++) {
      var row = { person: people[i], met: people[j], date: date, location: place };
      var k = JSON.stringify(row);
      if (!seen[k]) { seen[k] = true; g.emit(row); }
    }
  }
});
