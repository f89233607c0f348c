package graph

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// What serve's start page tells of a store: its entities counted by class
// and its latest articles. Both are read from indexes (bolt's keys alone
// for the counts), not from every quad, and the articles' dates are kept
// while the store stays the same, so that the page costs little however
// large the store.

// ClassCount is how many entities of one class a store holds.
type ClassCount struct {
	Class quad.IRI
	N     int
}

// Name is the class without its prefix: "Person", "AidShipment".
func (c ClassCount) Name() string { return localName(c.Class) }

// Words is the class in words, plural when N is not 1: "Aid shipments",
// "People".
func (c ClassCount) Words() string {
	w := classWords(c.Class)
	if c.N == 1 {
		return w
	}
	switch {
	case w == "Person":
		return "People"
	case strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "ay"):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"):
		return w + "es"
	}
	return w + "s"
}

// ArticleInfo is an article as the start page lists it.
type ArticleInfo struct {
	ID       quad.IRI
	Headline string // its schema:headline, else ""
	Date     string // its schema:datePublished as written, else ""
	Sources  []string
	URL      string // its schema:url, else ""
}

// Title is the headline, else the first source, else the IRI.
func (a ArticleInfo) Title() string {
	switch {
	case a.Headline != "":
		return a.Headline
	case len(a.Sources) > 0:
		return a.Sources[0]
	}
	return short(a.ID)
}

// Overview is what a store holds, in short.
type Overview struct {
	Articles int
	Classes  []ClassCount // the entity classes, in the order of Stats' summary, with N > 0
	Latest   []ArticleInfo
}

// articleDates is every article and its date, kept while the store is
// unchanged (as names are).
type articleDates struct {
	mu     sync.Mutex
	size   int64
	writes int64
	list   []datedArticle // latest first
}

type datedArticle struct {
	id   quad.IRI
	date string
}

// Overview counts the store's entities by class (a count each, read from
// the index by object and predicate) and lists its latest articles, at
// most latest of them: by schema:datePublished, latest first, those
// without a date last.
func (s *Store) Overview(ctx context.Context, latest int) (Overview, error) {
	var ov Overview
	var err error
	ov.Articles, err = s.countOfClass(ctx, schema.NewsArticle)
	if err != nil {
		return ov, err
	}
	for _, c := range entityClasses {
		n, err := s.countOfClass(ctx, c)
		if err != nil {
			return ov, err
		}
		if n > 0 {
			ov.Classes = append(ov.Classes, ClassCount{Class: c, N: n})
		}
	}
	arts, err := s.articlesByDate(ctx)
	if err != nil {
		return ov, err
	}
	nm := s.newNamer(ctx)
	for _, a := range arts[:min(latest, len(arts))] {
		info := ArticleInfo{ID: a.id, Date: a.date, Headline: nm.str(a.id, schema.Headline), URL: nm.str(a.id, schema.URL)}
		srcs, err := s.objects(ctx, a.id, schema.Source)
		if err != nil {
			return ov, err
		}
		for _, v := range srcs {
			info.Sources = append(info.Sources, lexical(v))
		}
		sort.Strings(info.Sources)
		ov.Latest = append(ov.Latest, info)
	}
	return ov, nil
}

// countOfClass is how many distinct nodes have class as their rdf:type.
func (s *Store) countOfClass(ctx context.Context, class quad.IRI) (int, error) {
	o, p, ok, err := s.refs(class, schema.Type)
	if err != nil || !ok {
		return 0, err
	}
	if kq, isKV := s.qs.(kvStore); isKV {
		if n, ok, err := kq.inCount(ctx, o, p); err != nil || ok {
			return n, err
		}
	}
	it := shape.BuildIterator(ctx, s.qs, shape.Unique{From: s.subjectsShape(o, p)}).Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
	}
	return n, it.Err()
}

// refs are the refs of two values; ok is false when either is not stored.
func (s *Store) refs(a, b quad.Value) (ra, rb graph.Ref, ok bool, err error) {
	if ra, err = s.qs.ValueOf(a); err != nil || ra == nil {
		return nil, nil, false, err
	}
	if rb, err = s.qs.ValueOf(b); err != nil || rb == nil {
		return nil, nil, false, err
	}
	return ra, rb, true, nil
}

func (s *Store) subjectsShape(o, p graph.Ref) shape.Shape {
	return shape.NodesFrom{Dir: quad.Subject, Quads: shape.Quads{
		{Dir: quad.Object, Values: shape.Fixed{o}},
		{Dir: quad.Predicate, Values: shape.Fixed{p}},
	}}
}

// articlesByDate is every article with its date, latest first, read again
// only when the store has changed.
func (s *Store) articlesByDate(ctx context.Context) ([]datedArticle, error) {
	c := &s.dates
	c.mu.Lock()
	defer c.mu.Unlock()
	size, writes := s.Size(), s.writes.Load()
	if c.list != nil && c.size == size && c.writes == writes {
		return c.list, nil
	}
	o, p, ok, err := s.refs(schema.NewsArticle, schema.Type)
	if err != nil {
		return nil, err
	}
	list := []datedArticle{}
	if ok {
		var ids []quad.Value
		kq, isKV := s.qs.(kvStore)
		done := false
		if isKV {
			subs, ok, err := kq.inCounts(ctx, o, p, true)
			if err != nil {
				return nil, err
			}
			if ok {
				for _, sc := range subs {
					ids = append(ids, sc.value)
				}
				done = true
			}
		}
		if !done {
			it := shape.BuildIterator(ctx, s.qs, shape.Unique{From: s.subjectsShape(o, p)}).Iterate()
			var rs []graph.Ref
			for it.Next(ctx) {
				rs = append(rs, it.Result())
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return nil, err
			}
			if ids, err = graph.ValuesOf(ctx, s.qs, rs); err != nil {
				return nil, err
			}
		}
		nm := s.newNamer(ctx)
		pref, err := s.qs.ValueOf(schema.DatePublished)
		if err != nil {
			return nil, err
		}
		for _, v := range ids {
			id, ok := v.(quad.IRI)
			if !ok {
				continue
			}
			a := datedArticle{id: id}
			if pref != nil {
				a.date, err = s.firstString(ctx, nm, id, schema.DatePublished, pref)
				if err != nil {
					return nil, err
				}
			}
			list = append(list, a)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if (a.date == "") != (b.date == "") {
			return a.date != ""
		}
		if a.date != b.date {
			return a.date > b.date
		}
		return a.id < b.id
	})
	c.size, c.writes, c.list = size, writes, list
	return list, nil
}

// firstString is the first object of (id, p) as text: read straight from
// bolt's index where it can, else through the namer.
func (s *Store) firstString(ctx context.Context, nm *namer, id, pred quad.IRI, p graph.Ref) (string, error) {
	if kq, isKV := s.qs.(kvStore); isKV {
		ref, err := s.qs.ValueOf(id)
		if err != nil || ref == nil {
			return "", err
		}
		objs, ok, err := kq.outObjects(ctx, ref, p, 1, true)
		if err != nil {
			return "", err
		}
		if ok {
			if len(objs) == 0 || objs[0].value == nil {
				return "", nil
			}
			return lexical(objs[0].value), nil
		}
	}
	return nm.str(id, pred), nil
}

// Labels names nodes as pages show them (events by who, where and when),
// with their classes: each of ids the store holds something about.
func (s *Store) Labels(ctx context.Context, ids []quad.IRI) map[quad.IRI]Node {
	nm := s.newNamer(ctx)
	out := map[quad.IRI]Node{}
	for _, id := range ids {
		if _, done := out[id]; done || ctx.Err() != nil {
			continue
		}
		if s.exists(ctx, id) != nil {
			continue // nothing known of it
		}
		out[id] = *nm.node(id)
	}
	return out
}

// EntitiesNamed gives each of names the entities whose schema:name or
// schema:alternateName it is, exactly (case and all), sorted; a name no
// entity has is left out. It reads the names search reads, once while the
// store stays the same.
func (s *Store) EntitiesNamed(ctx context.Context, names []string) (map[string][]quad.IRI, error) {
	entries, err := s.nameIndex(ctx)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	out := map[string][]quad.IRI{}
	for _, e := range entries {
		if want[e.name] && !containsIRI(out[e.name], e.id) {
			out[e.name] = append(out[e.name], e.id)
		}
	}
	for _, ids := range out {
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	}
	return out, nil
}

func containsIRI(ids []quad.IRI, id quad.IRI) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
