// name: quotations
// description: Every quotation with its speaker, date and the article it is from.
// args: (none)
function name(id) { return id ? g.V(id).out("<schema:name>").toValue() : null; }
g.V("<schema:Quotation>").in("<rdf:type>").unique().forEach(function (q) {
  var art = g.V(q.id).in("<schema:mentions>").toValue();
  g.emit({
    speaker: name(g.V(q.id).out("<ng:speaker>").toValue()),
    text: g.V(q.id).out("<schema:text>").toValue(),
    date: g.V(q.id).out("<ng:date>").toValue(),
    article: g.V(art).out("<schema:headline>").toValue() || g.V(art).out("<ng:source>").toValue()
  });
});
