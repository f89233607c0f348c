// name: quotations
// description: Every quotation with its speaker, date and the article it is from.
// args: (none)
g.V("<schema:Quotation>").in("<rdf:type>").unique().forEach(function (q) {
  var art = g.V(q.id).in("<schema:mentions>").toValue();
  g.emit({
    speaker: ng.name(ng.first(q.id, "<ng:speaker>")),
    text: ng.first(q.id, "<schema:text>"),
    date: ng.first(q.id, "<ng:date>"),
    article: ng.first(art, "<schema:headline>") || ng.first(art, "<ng:source>")
  });
});
