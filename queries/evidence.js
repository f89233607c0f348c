// name: evidence
// description: The sentences behind the facts of one subject and predicate, through the quads' labels.
// args: subject: a name, e.g. Antony Blinken; predicate: e.g. ng:holdsOffice or schema:name
function name(id) { return ng.name(id) || id; }
// "ng:holdsOffice" expands through the namespaces; "<…>" is a full IRI
var pred = args.predicate.indexOf("<") === 0 ? args.predicate : g.IRI(args.predicate);
ng.entities(args.subject).forEach(function (s) {
  g.V(s).labels().unique().toArray().forEach(function (label) {
    g.V(s).labelContext(label).out(pred).unique().toArray().forEach(function (o) {
      g.emit({
        subject: name(s),
        predicate: args.predicate,
        object: typeof o === "string" && o.indexOf("<") === 0 ? name(o) : o,
        sentence: label,
        text: ng.first(label, "<schema:text>")
      });
    });
  });
});
