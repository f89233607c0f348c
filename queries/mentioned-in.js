// name: mentioned-in
// description: The articles that mention an entity, with headline, date and url.
// args: entity: a name, e.g. India, Antony Blinken, Quad
g.V(args.entity).in(["<schema:name>", "<schema:alternateName>"]).unique().forEach(function (e) {
  g.V(e.id).in("<schema:mentions>").has("<rdf:type>", "<schema:NewsArticle>").unique().forEach(function (a) {
    g.emit({
      entity: g.V(e.id).out("<schema:name>").toValue(),
      article: a.id,
      headline: g.V(a.id).out("<schema:headline>").toValue(),
      date: g.V(a.id).out("<schema:datePublished>").toValue(),
      url: g.V(a.id).out("<schema:url>").toValue(),
      source: g.V(a.id).out("<ng:source>").toValue()
    });
  });
});
