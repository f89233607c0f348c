// name: mentioned-in
// description: The articles that mention an entity, with headline, date and url.
// args: entity: a name, e.g. India, Antony Blinken, Quad
g.V(args.entity).in(["<schema:name>", "<schema:alternateName>"]).unique().forEach(function (e) {
  g.V(e.id).in("<schema:mentions>").unique().forEach(function (a) {
    g.emit({
      entity: ng.name(e.id),
      article: a.id,
      headline: ng.first(a.id, "<schema:headline>"),
      date: ng.first(a.id, "<schema:datePublished>"),
      url: ng.first(a.id, "<schema:url>"),
      source: ng.first(a.id, "<ng:source>")
    });
  });
});
