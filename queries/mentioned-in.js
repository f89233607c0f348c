// name: mentioned-in
// description: The articles that mention an entity, with headline, date and url.
// args: entity: a name, e.g. India, Antony Blinken, Quad
ng.entities(args.entity).forEach(function (e) {
  g.V(e).in("<schema:mentions>").unique().forEach(function (a) {
    g.emit({
      entity: ng.name(e),
      article: a.id,
      headline: ng.first(a.id, "<schema:headline>"),
      date: ng.first(a.id, "<schema:datePublished>"),
      url: ng.first(a.id, "<schema:url>"),
      source: ng.first(a.id, "<ng:source>")
    });
  });
});
