// name: office-holders
// description: The offices of one country or grouping and who holds them.
// args: country: the country's or grouping's name, e.g. India, United States, UN
var places = ng.entities(args.country);
var seen = {};
places.forEach(function (c) {
  g.V(c).in("<ng:jurisdiction>").unique().forEach(function (o) {
    var holders = g.V(o.id).in("<ng:holdsOffice>").unique().toArray().map(ng.name).sort();
    var row = { jurisdiction: ng.name(c), office: ng.name(o.id), role: ng.first(o.id, "<ng:roleCategory>"), holders: holders };
    var k = JSON.stringify(row);
    if (!seen[k]) { seen[k] = true; g.emit(row); }
  });
});
