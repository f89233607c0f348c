package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"

	"github.com/newsgraph/newsgraph/schema"
)

// Stats counts what a store holds.
type Stats struct {
	Quads     int64
	Articles  int
	Sentences int
	ByClass   map[string]int // short class IRI → distinct nodes
	ByPred    map[string]int // short predicate IRI → quads
}

// entityClasses are the classes a summary of entities lists, in order.
var entityClasses = []quad.IRI{schema.Person, schema.Country, schema.Grouping, schema.Office, schema.City,
	schema.Topic, schema.Meeting, schema.Summit, schema.Visit, schema.Quotation, schema.AidShipment, schema.AidItem}

// EntitySummary is one line: "Person 3, Country 4, …".
func (s Stats) EntitySummary() string {
	counts := map[quad.IRI]int{}
	for _, c := range entityClasses {
		counts[c] = s.ByClass[short(c)]
	}
	return summary(counts)
}

// ClassSummary is EntitySummary for counts of nodes by class.
func ClassSummary(counts map[quad.IRI]int) string { return summary(counts) }

func summary(counts map[quad.IRI]int) string {
	var parts []string
	for _, c := range entityClasses {
		if n := counts[c]; n > 0 {
			name := short(c)
			name = name[strings.Index(name, ":")+1:]
			parts = append(parts, fmt.Sprintf("%s %d", name, n))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func short(iri quad.IRI) string { return voc.ShortIRI(string(iri)) }

// Stats counts the store's quads by class and predicate.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{ByClass: map[string]int{}, ByPred: map[string]int{}}
	typed := map[string]map[string]bool{}
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return st, err
		}
		if q.Subject == storeNode {
			continue
		}
		st.Quads++
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		st.ByPred[short(p)]++
		if p == schema.Type {
			c := short(asIRI(q.Object))
			if typed[c] == nil {
				typed[c] = map[string]bool{}
			}
			typed[c][quad.ToString(q.Subject)] = true
		}
	}
	if err := it.Err(); err != nil {
		return st, err
	}
	for c, set := range typed {
		st.ByClass[c] = len(set)
	}
	st.Articles = st.ByClass[short(schema.NewsArticle)]
	st.Sentences = st.ByClass[short(schema.Sentence)]
	return st, nil
}

func asIRI(v quad.Value) quad.IRI {
	if i, ok := v.(quad.IRI); ok {
		return i
	}
	return quad.IRI(quad.ToString(v))
}

// Lines renders the stats as "key value" lines, sorted within sections.
func (s Stats) Lines() []string {
	out := []string{
		fmt.Sprintf("articles %d", s.Articles),
		fmt.Sprintf("sentences %d", s.Sentences),
		fmt.Sprintf("quads %d", s.Quads),
	}
	keys := func(m map[string]int) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	for _, k := range keys(s.ByClass) {
		out = append(out, fmt.Sprintf("class %s %d", k, s.ByClass[k]))
	}
	for _, k := range keys(s.ByPred) {
		out = append(out, fmt.Sprintf("predicate %s %d", k, s.ByPred[k]))
	}
	return out
}
