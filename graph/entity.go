package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"

	"github.com/newsgraph/newsgraph/schema"
)

// Caps on what one look-up reads, so that a page about a country named in
// tens of thousands of articles costs a bounded amount of work.
const (
	MaxFactScan    = 50000 // quads of an entity read per direction
	MaxSources     = 5     // sentences shown per fact
	DefaultSearch  = 50    // search hits listed
	MaxCandidates  = 20    // entities an ambiguous name lists
	maxNodeQuadRun = 2000  // quads read per node when drawing
)

// ErrNotFound is returned for an entity the store holds no quad about.
var ErrNotFound = errors.New("no such entity in the store")

// Node is an entity as pages and pictures name it.
type Node struct {
	ID    quad.IRI
	Name  string   // schema:name, else a label made from its class and facts
	Class quad.IRI // its rdf:type; "" when it has none
}

// ClassName is the node's class without its prefix: "Person", "AidShipment".
func (n Node) ClassName() string { return localName(n.Class) }

// Short is the node's IRI with a registered prefix: "ngid:person/x".
func (n Node) Short() string { return short(n.ID) }

// Source is where a fact was read: a sentence of an article, the lexicon,
// or (for an article's own facts) the article.
type Source struct {
	Label        quad.IRI
	Lexicon      bool
	Sentence     string   // the sentence's schema:text, when Label is a sentence
	Article      quad.IRI // the article the sentence is part of, or Label itself
	ArticleTitle string   // its headline, else its ng:source
	ArticleURL   string   // its schema:url, when it has one
}

// Fact is one statement about an entity: the entity is the subject (Out) or
// the object of Predicate, Other the node or literal at the other end.
type Fact struct {
	Out         bool
	Predicate   quad.IRI
	Other       quad.Value
	OtherNode   *Node  // when Other is one of our entities
	External    string // when Other is another site's IRI (owl:sameAs)
	Sources     []Source
	MoreSources int // sources beyond MaxSources, not read
}

// PredicateName is the predicate with its prefix: "ng:holdsOffice".
func (f Fact) PredicateName() string { return short(f.Predicate) }

// Value is the other end as text: a node's name, or a literal's value.
func (f Fact) Value() string {
	if f.OtherNode != nil {
		return f.OtherNode.Name
	}
	if iri, ok := f.Other.(quad.IRI); ok {
		return short(iri)
	}
	return lexical(f.Other)
}

// Entity is what the store says about one node, a page of its facts at a
// time: Facts are Facts[Offset:Offset+len(Facts)] of Total, out-going ones
// first, sorted by predicate and value.
type Entity struct {
	Node
	Classes  []quad.IRI
	AltNames []string
	Facts    []Fact
	Offset   int
	Total    int
	Capped   bool // more quads than MaxFactScan: Total counts only those read
}

// ParseID reads an entity's IRI as a user writes it: "<https://…>",
// "https://…", or with a registered prefix, "ngid:person/antony-blinken".
// It reports false for text that is no IRI.
func ParseID(s string) (quad.IRI, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		s = s[1 : len(s)-1]
	}
	if s == "" || strings.ContainsAny(s, " \t\n<>\"{}|\\^`") {
		return "", false
	}
	for _, ns := range schema.Prefixes {
		if strings.HasPrefix(s, ns.Prefix) {
			return quad.IRI(ns.Full + s[len(ns.Prefix):]), true
		}
	}
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "urn:") {
		return quad.IRI(s), true
	}
	return "", false
}

// namer looks up and remembers nodes' names and classes within one request.
type namer struct {
	s     *Store
	ctx   context.Context
	nodes map[quad.IRI]*Node
	srcs  map[quad.IRI]Source
}

func (s *Store) newNamer(ctx context.Context) *namer {
	return &namer{s: s, ctx: ctx, nodes: map[quad.IRI]*Node{}, srcs: map[quad.IRI]Source{}}
}

// first is the first object of (node, pred), or nil.
func (n *namer) first(node quad.Value, pred quad.IRI) quad.Value {
	v, err := path.StartPath(n.s.qs, node).Out(pred).Limit(1).Iterate(n.ctx).FirstValue(n.s.qs)
	if err != nil {
		return nil
	}
	return v
}

func (n *namer) str(node quad.Value, pred quad.IRI) string {
	if v := n.first(node, pred); v != nil {
		return lexical(v)
	}
	return ""
}

// lexical is a literal's text without datatype or language: "2021-05-28".
func lexical(v quad.Value) string {
	switch v := v.(type) {
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	}
	return quad.ToString(v)
}

// node names id: its schema:name, else a label of its class and facts.
func (n *namer) node(id quad.IRI) *Node {
	if nd, ok := n.nodes[id]; ok {
		return nd
	}
	nd := &Node{ID: id}
	if c, ok := n.first(id, schema.Type).(quad.IRI); ok {
		nd.Class = c
	}
	if nd.Class == "" {
		nd.Class = kindClass(id)
	}
	nd.Name = n.str(id, schema.Name)
	n.nodes[id] = nd // before naming related nodes, which may point back
	if labelled(nd.Class) {
		if l := n.facts(id, nd.Class, nd.Name).label(nd.Class); l != "" {
			nd.Name = l
			return nd
		}
	}
	if nd.Name == "" {
		var text, date string
		switch nd.Class {
		case schema.Quotation, schema.Sentence:
			text = n.str(id, schema.Text)
		case schema.NewsArticle:
			text = n.str(id, schema.Headline)
			if text == "" {
				text = n.str(id, schema.Source)
			}
		default:
			date = n.str(id, schema.Date)
		}
		nd.Name = displayName(id, nd.Class, text, date)
	}
	n.nodes[id] = nd
	return nd
}

// facts reads what an event's or shipment's label names.
func (n *namer) facts(id, class quad.IRI, name string) labelFacts {
	objects := func(pred quad.IRI) []quad.Value {
		vs, err := path.StartPath(n.s.qs, id).Out(pred).Limit(maxLabelRead).Iterate(n.ctx).AllValues(n.s.qs)
		if err != nil {
			return nil
		}
		return vs
	}
	return relatedFacts(class, name, objects, func(p quad.IRI) string { return n.str(id, p) }, n.node)
}

// maxLabelRead is the most objects of one predicate a label reads.
const maxLabelRead = 50

// source describes the label of a quad.
func (n *namer) source(label quad.Value) Source {
	l, ok := label.(quad.IRI)
	if !ok {
		return Source{Label: quad.IRI(quad.ToString(label))}
	}
	if src, ok := n.srcs[l]; ok {
		return src
	}
	src := Source{Label: l}
	switch {
	case l == schema.Lexicon:
		src.Lexicon = true
	default:
		art, ok := n.first(l, schema.IsPartOf).(quad.IRI)
		if ok {
			src.Sentence = n.str(l, schema.Text)
		} else {
			art = l
		}
		src.Article = art
		src.ArticleTitle = n.str(art, schema.Headline)
		if src.ArticleTitle == "" {
			src.ArticleTitle = n.str(art, schema.Source)
		}
		src.ArticleURL = n.str(art, schema.URL)
	}
	n.srcs[l] = src
	return src
}

// kindClass is the class an entity's IRI tells (ONTOLOGY.md's patterns),
// for a node the store names only in the lexicon's facts, such as a
// grouping's member no article mentions; "" when the IRI does not tell.
func kindClass(id quad.IRI) quad.IRI {
	kind, _, ok := strings.Cut(strings.TrimPrefix(string(id), schema.IDNS), "/")
	if !ok || !strings.HasPrefix(string(id), schema.IDNS) {
		return ""
	}
	return map[string]quad.IRI{
		"person": schema.Person, "country": schema.Country, "grouping": schema.Grouping,
		"office": schema.Office, "place": schema.City, "topic": schema.Topic, "initiative": schema.Initiative,
	}[kind]
}

// displayName is a node's label when it has no schema:name (and, for an
// event or shipment, no facts to label it by): a quotation's or sentence's
// words, an article's title, else its class and number and date
// ("Meeting 1 (2021-05-28)").
func displayName(id, class quad.IRI, text, date string) string {
	if text != "" {
		if class == schema.Quotation {
			return "“" + text + "”"
		}
		return text
	}
	if class == "" {
		return short(id)
	}
	name := classWords(class)
	if i := strings.LastIndex(string(id), "/"); i >= 0 {
		if num := string(id)[i+1:]; num != "" && strings.Trim(num, "0123456789") == "" {
			name += " " + num
		}
	}
	if date != "" {
		name += " (" + date + ")"
	}
	return name
}

// classWords writes a class as words: ng:AidShipment → "Aid shipment".
func classWords(c quad.IRI) string {
	local := localName(c)
	var b strings.Builder
	for i, r := range local {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// localName is an IRI without its namespace: "holdsOffice", "Person".
func localName(iri quad.IRI) string {
	s := short(iri)
	if i := strings.LastIndexAny(s, ":#/"); i >= 0 && i < len(s)-1 {
		return s[i+1:]
	}
	return s
}

// ShortIRI writes an IRI with a registered prefix where one fits.
func ShortIRI(iri quad.IRI) string { return voc.ShortIRI(string(iri)) }

// quadsUpTo lists at most max quads whose direction dir holds v, and
// whether there were more.
func (s *Store) quadsUpTo(ctx context.Context, dir quad.Direction, v quad.Value, max int) ([]quad.Quad, bool, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return nil, false, err
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		if len(out) == max {
			return out, true, nil
		}
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, false, err
		}
		out = append(out, q)
	}
	return out, false, it.Err()
}

// Entity reads what the store says about id: its name, classes, other
// names, and limit of its facts from offset on (limit ≤ 0: 100), each with
// the sentences it was read from. ErrNotFound when no quad names id.
func (s *Store) Entity(ctx context.Context, id quad.IRI, offset, limit int) (*Entity, error) {
	if limit <= 0 {
		limit = 100
	}
	if offset < 0 {
		offset = 0
	}
	out, moreOut, err := s.quadsUpTo(ctx, quad.Subject, id, MaxFactScan)
	if err != nil {
		return nil, err
	}
	in, moreIn, err := s.quadsUpTo(ctx, quad.Object, id, MaxFactScan)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 && len(in) == 0 {
		return nil, fmt.Errorf("%s: %w", short(id), ErrNotFound)
	}
	nm := s.newNamer(ctx)
	e := &Entity{Node: *nm.node(id), Offset: offset, Capped: moreOut || moreIn}

	// group the quads into facts: one per (direction, predicate, value)
	type key struct {
		out       bool
		pred, val string
	}
	facts := map[key]*Fact{}
	labels := map[key]map[string]quad.Value{}
	classes, alts := map[quad.IRI]bool{}, map[string]bool{}
	add := func(q quad.Quad, isOut bool) {
		other := q.Object
		if !isOut {
			other = q.Subject
		}
		pred := asIRI(q.Predicate)
		if isOut && pred == schema.Type {
			if c, ok := other.(quad.IRI); ok {
				classes[c] = true
			}
		}
		if isOut && pred == schema.AlternateName {
			alts[quad.ToString(other)] = true
		}
		k := key{isOut, string(pred), quad.StringOf(other)}
		f := facts[k]
		if f == nil {
			f = &Fact{Out: isOut, Predicate: pred, Other: other}
			facts[k] = f
			labels[k] = map[string]quad.Value{}
		}
		if q.Label != nil {
			labels[k][quad.StringOf(q.Label)] = q.Label
		}
	}
	for _, q := range out {
		add(q, true)
	}
	for _, q := range in {
		if q.Subject == storeNode {
			continue
		}
		add(q, false)
	}
	for c := range classes {
		e.Classes = append(e.Classes, c)
	}
	sort.Slice(e.Classes, func(i, j int) bool { return e.Classes[i] < e.Classes[j] })
	for a := range alts {
		e.AltNames = append(e.AltNames, a)
	}
	sort.Strings(e.AltNames)

	keys := make([]key, 0, len(facts))
	for k := range facts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.out != b.out {
			return a.out
		}
		if pa, pb := factOrder(a.pred), factOrder(b.pred); pa != pb {
			return pa < pb
		}
		if a.pred != b.pred {
			return a.pred < b.pred
		}
		return a.val < b.val
	})
	e.Total = len(keys)
	if offset > len(keys) {
		offset = len(keys)
	}
	end := min(offset+limit, len(keys))
	for _, k := range keys[offset:end] {
		f := facts[k]
		if iri, ok := f.Other.(quad.IRI); ok {
			switch {
			case strings.HasPrefix(string(iri), schema.IDNS) && f.Predicate != schema.Type:
				f.OtherNode = nm.node(iri)
			case f.Predicate != schema.Type && (strings.HasPrefix(string(iri), "http://") || strings.HasPrefix(string(iri), "https://")):
				f.External = string(iri)
			}
		}
		var ls []string
		for l := range labels[k] {
			ls = append(ls, l)
		}
		sort.Strings(ls)
		if len(ls) > MaxSources {
			f.MoreSources = len(ls) - MaxSources
			ls = ls[:MaxSources]
		}
		for _, l := range ls {
			f.Sources = append(f.Sources, nm.source(labels[k][l]))
		}
		e.Facts = append(e.Facts, *f)
	}
	return e, nil
}

// factOrder puts names and types first, an article's mentions last.
func factOrder(pred string) int {
	switch quad.IRI(pred) {
	case schema.Name, schema.AlternateName:
		return 0
	case schema.Type:
		return 1
	case schema.Mentions:
		return 3
	}
	return 2
}

// Search finds entities whose schema:name or schema:alternateName holds q,
// ignoring case: at most limit (≤ 0: DefaultSearch) of them, sorted by
// name, and how many there are in all.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]Node, int, error) {
	if limit <= 0 {
		limit = DefaultSearch
	}
	want := strings.ToLower(strings.TrimSpace(q))
	if want == "" {
		return nil, 0, nil
	}
	ids, err := s.named(ctx, func(name string) bool { return strings.Contains(strings.ToLower(name), want) })
	if err != nil {
		return nil, 0, err
	}
	return s.nodesByName(ctx, ids, limit), len(ids), nil
}

// named lists the entities that have a schema:name or schema:alternateName
// for which match is true, sorted.
func (s *Store) named(ctx context.Context, match func(string) bool) ([]quad.IRI, error) {
	names, err := s.nameIndex(ctx)
	if err != nil {
		return nil, err
	}
	set := map[quad.IRI]bool{}
	for _, n := range names {
		if !set[n.id] && match(n.name) {
			set[n.id] = true
		}
	}
	ids := make([]quad.IRI, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, nil
}

type nameEntry struct {
	id   quad.IRI
	name string
}

// names is the store's entities by every name they have, read once and
// kept while the store's size stays the same: finding a name otherwise
// reads the whole store (Cayley's KV stores have no index by predicate
// or by value), seconds at 10,000 articles, for every search.
type names struct {
	mu      sync.Mutex
	size    int64 // the store's size when read
	writes  int64 // and the writes made through this Store
	entries []nameEntry
}

// nameIndex returns the names, reading them again when the store changed.
func (s *Store) nameIndex(ctx context.Context) ([]nameEntry, error) {
	s.names.mu.Lock()
	defer s.names.mu.Unlock()
	size, writes := s.Size(), s.writes.Load()
	if s.names.entries != nil && s.names.size == size && s.names.writes == writes {
		return s.names.entries, nil
	}
	var preds []graph.Ref
	for _, p := range []quad.IRI{schema.Name, schema.AlternateName} {
		if r, err := s.qs.ValueOf(p); err != nil {
			return nil, err
		} else if r != nil {
			preds = append(preds, r)
		}
	}
	// the quads of names, then the values of their subjects and objects
	// in one batch; on bolt all in one read transaction
	var entries []nameEntry
	read := func(ctx context.Context) error {
		it := s.qs.QuadsAllIterator().Iterate()
		defer it.Close()
		var nodes []graph.Ref // subject, object of each name quad
		at := map[any]int{}   // a node's Key → its place in uniq
		var uniq []graph.Ref
		for it.Next(ctx) {
			// the predicate first, by its ref: reading every quad's values
			// takes several times as long
			q := it.Result()
			p, err := s.qs.QuadDirection(q, quad.Predicate)
			if err != nil {
				return err
			}
			if !slices.ContainsFunc(preds, func(r graph.Ref) bool { return refs.ToKey(r) == refs.ToKey(p) }) {
				continue
			}
			for _, d := range [2]quad.Direction{quad.Subject, quad.Object} {
				r, err := s.qs.QuadDirection(q, d)
				if err != nil {
					return err
				}
				nodes = append(nodes, r)
				if r != nil {
					if _, ok := at[r.Key()]; !ok {
						at[r.Key()] = len(uniq)
						uniq = append(uniq, r)
					}
				}
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		vals, err := graph.ValuesOf(ctx, s.qs, uniq)
		if err != nil {
			return err
		}
		value := func(r graph.Ref) quad.Value {
			if r == nil {
				return nil
			}
			return vals[at[r.Key()]]
		}
		seen := map[nameEntry]bool{}
		entries = []nameEntry{}
		for i := 0; i < len(nodes); i += 2 {
			id, ok := value(nodes[i]).(quad.IRI)
			str, sok := value(nodes[i+1]).(quad.String)
			if !ok || !sok {
				continue
			}
			if e := (nameEntry{id, string(str)}); !seen[e] {
				seen[e] = true
				entries = append(entries, e)
			}
		}
		return nil
	}
	var err error
	if kq, ok := s.qs.(kvStore); ok && kq.db != nil {
		err = withRead(ctx, kq.db, read)
	} else {
		err = read(ctx)
	}
	if err != nil {
		return nil, err
	}
	s.names.size, s.names.writes, s.names.entries = size, writes, entries
	return entries, nil
}

// WarmNames reads the names a search looks in, so that the first search
// does not wait for it (serve does this as it starts).
func (s *Store) WarmNames(ctx context.Context) error {
	_, err := s.nameIndex(ctx)
	return err
}

// nodesByName names ids and keeps the first limit of them by name.
func (s *Store) nodesByName(ctx context.Context, ids []quad.IRI, limit int) []Node {
	nm := s.newNamer(ctx)
	nodes := make([]Node, 0, len(ids))
	for _, id := range ids {
		nodes = append(nodes, *nm.node(id))
	}
	sort.SliceStable(nodes, func(i, j int) bool {
		a, b := strings.ToLower(nodes[i].Name), strings.ToLower(nodes[j].Name)
		if a != b {
			return a < b
		}
		return nodes[i].ID < nodes[j].ID
	})
	if len(nodes) > limit {
		nodes = nodes[:limit]
	}
	return nodes
}

// exists returns an error wrapping ErrNotFound when no quad holds id.
func (s *Store) exists(ctx context.Context, id quad.IRI) error {
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		qs, _, err := s.quadsUpTo(ctx, dir, id, 1)
		if err != nil || len(qs) > 0 {
			return err
		}
	}
	return fmt.Errorf("%s: %w", short(id), ErrNotFound)
}

// AmbiguousError is returned by Resolve for a name that several entities
// have.
type AmbiguousError struct {
	Name       string
	Candidates []Node // at most MaxCandidates, sorted by name
	Total      int
}

func (e *AmbiguousError) Error() string {
	var cs []string
	for _, c := range e.Candidates {
		cs = append(cs, fmt.Sprintf("%s (%s, %s)", c.Name, c.ClassName(), c.Short()))
	}
	more := ""
	if e.Total > len(e.Candidates) {
		more = fmt.Sprintf(", and %d more", e.Total-len(e.Candidates))
	}
	return fmt.Sprintf("%q names %d entities: %s%s; give one's IRI", e.Name, e.Total, strings.Join(cs, "; "), more)
}

// Resolve finds the one entity that ref means: an IRI (see ParseID) the
// store holds quads about, or a schema:name or schema:alternateName that
// exactly one entity has (ignoring case). A name several entities have
// gives an *AmbiguousError; no entity, an error wrapping ErrNotFound.
func (s *Store) Resolve(ctx context.Context, ref string) (quad.IRI, error) {
	if id, ok := ParseID(ref); ok {
		if err := s.exists(ctx, id); err != nil {
			return "", err
		}
		return id, nil
	}
	name := strings.TrimSpace(ref)
	ids, err := s.named(ctx, func(n string) bool { return strings.EqualFold(n, name) })
	if err != nil {
		return "", err
	}
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("no entity is named %q: %w", name, ErrNotFound)
	case 1:
		return ids[0], nil
	}
	return "", &AmbiguousError{Name: name, Candidates: s.nodesByName(ctx, ids, MaxCandidates), Total: len(ids)}
}
