// name: who-met-whom
// description: Pairs of people who met, with when and where.
// args: (none)
var seen = {};
function isPerson(id) { return ng.first(id, "<rdf:type>") === "<schema:Person>"; }
g.V("<ng:Meeting>").in("<rdf:type>").unique().forEach(function (e) {
  var people = ng.all(e.id, "<ng:participant>").filter(isPerson).map(ng.name).sort();
  if (people.length < 2) { return; }
  var date = ng.first(e.id, "<ng:date>");
  var place = ng.name(ng.first(e.id, "<schema:location>"));
  for (var i = 0; i < people.length; i++) {
    for (var j = i + 1; j < people.length; j++) {
      var row = { person: people[i], met: people[j], date: date, location: place };
      var k = JSON.stringify(row);
      if (!seen[k]) { seen[k] = true; g.emit(row); }
    }
  }
});
