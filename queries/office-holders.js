// name: office-holders
// description: The offices of one country or grouping and who holds them.
// args: country: the country's or grouping's name, e.g. India, United States, UN
function name(id) { return g.V(id).out("<schema:name>").toValue(); }
var places = g.V(args.country).in(["<schema:name>", "<schema:alternateName>"]).unique().toArray();
var seen = {};
places.forEach(function (c) {
  g.V(c).in("<ng:jurisdiction>").unique().forEach(function (o) {
    var holders = g.V(o.id).in("<ng:holdsOffice>").unique().toArray().map(name).sort();
    var row = { jurisdiction: name(c), office: name(o.id), role: g.V(o.id).out("<ng:roleCategory>").toValue(), holders: holders };
    var k = JSON.stringify(row);
    if (!seen[k]) { seen[k] = true; g.emit(row); }
  });
});
