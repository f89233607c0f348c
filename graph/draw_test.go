package graph_test

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/seedtest"
	"github.com/newsgraph/newsgraph/schema"
)

// seedStore is a fresh store holding ../seeds, as `newsgraph ingest seeds`
// builds it.
func seedStore(t *testing.T) *graph.Store {
	t.Helper()
	st, _ := MustOpen(t)
	seedtest.Ingest(t, st, "../seeds")
	return st
}

func id(short string) quad.IRI { return quad.IRI(schema.IDNS + short) }

// The DOT export names every node, labels every edge by its predicate, and
// leaves sentences and articles out: each IRI-to-IRI fact between pictured
// nodes is an edge.
func TestWriteDOTSeed(t *testing.T) {
	st := seedStore(t)
	quads, err := st.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := graph.WriteDOT(&b, quads); err != nil {
		t.Fatal(err)
	}
	dot := b.String()
	for _, want := range []string{
		`"ngid:person/antony-blinken" [label="Antony Blinken",shape=ellipse`,
		`"ngid:person/antony-blinken" -> "ngid:office/us/secretary-of-state" [label="holdsOffice"];`,
		`"ngid:grouping/quad" -> "ngid:country/jp" [label="member"];`,
	} {
		if !strings.Contains(dot, want) {
			t.Errorf("DOT export lacks %s", want)
		}
	}
	edges := 0
	for _, q := range quads {
		s, ok1 := q.Subject.(quad.IRI)
		o, ok2 := q.Object.(quad.IRI)
		if !ok1 || !ok2 || q.Predicate == schema.Type || q.Predicate == schema.Mentions || q.Predicate == schema.IsPartOf || q.Predicate == schema.SameAs {
			continue
		}
		edges++
		want := `"` + graph.ShortIRI(s) + `" -> "` + graph.ShortIRI(o) + `"`
		if !strings.Contains(dot, want) {
			t.Errorf("DOT export lacks the edge %s (%s)", want, graph.ShortIRI(q.Predicate.(quad.IRI)))
		}
	}
	if edges == 0 {
		t.Fatal("the seed graph has no edges to draw")
	}
	for _, q := range quads {
		if q.Predicate == schema.Text && strings.Contains(quad.ToString(q.Label), "article/") && !strings.Contains(quad.ToString(q.Subject), "/quote/") {
			if strings.Contains(dot, graph.ShortIRI(q.Subject.(quad.IRI))+`"`) {
				t.Errorf("DOT export draws the sentence %s", q.Subject)
			}
		}
		if strings.Contains(dot, `label="<`) || strings.Contains(dot, `^^`) {
			t.Fatalf("DOT export labels a node with an IRI or a typed literal:\n%s", dot)
		}
	}
	if path, err := exec.LookPath("dot"); err == nil {
		svg, err := graph.RenderSVG(context.Background(), path, b.Bytes())
		if err != nil {
			t.Fatalf("Graphviz refused the export: %v", err)
		}
		for _, want := range []string{"<svg", "Antony Blinken", "holdsOffice", "remdesivir"} {
			if !bytes.Contains(svg, []byte(want)) {
				t.Errorf("the SVG of the export lacks %q", want)
			}
		}
	}
}

func TestNeighbourhood(t *testing.T) {
	st := seedStore(t)
	ctx := context.Background()
	blinken := id("person/antony-blinken")
	g, err := st.Neighbourhood(ctx, blinken, 1)
	if err != nil {
		t.Fatal(err)
	}
	if g.Center != blinken || len(g.Nodes) < 3 || len(g.Edges) < 2 {
		t.Fatalf("depth 1: %d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
	names := map[string]bool{}
	for _, n := range g.Nodes {
		names[n.Name] = true
		if n.Class == schema.Sentence || n.Class == schema.NewsArticle || n.Class == "" {
			t.Errorf("drawn: %s (%s)", n.ID, n.Class)
		}
	}
	if !names["Secretary of State"] || !names["Antony Blinken"] {
		t.Errorf("depth 1 names %v", names)
	}
	for _, e := range g.Edges {
		if e.From != blinken && e.To != blinken {
			t.Errorf("depth 1 edge %v does not touch the centre", e)
		}
	}
	deep, err := st.Neighbourhood(ctx, blinken, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	if deep.Depth != graph.MaxDepth || len(deep.Nodes) <= len(g.Nodes) || len(deep.Nodes) > graph.MaxPictureNodes {
		t.Errorf("huge depth: depth %d, %d nodes (depth 1: %d)", deep.Depth, len(deep.Nodes), len(g.Nodes))
	}
	again, _ := st.Neighbourhood(ctx, blinken, 1<<30)
	if string(again.DOT(nil)) != string(deep.DOT(nil)) {
		t.Error("two drawings of one neighbourhood differ")
	}
	if _, err := st.Neighbourhood(ctx, id("person/nobody"), 1); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown entity: %v", err)
	}
	dot := string(g.DOT(func(i quad.IRI) string { return "/e?" + string(i) }))
	if !strings.Contains(dot, `URL="/e?`+string(blinken)+`",target="_top"`) || !strings.Contains(dot, "penwidth") {
		t.Errorf("linked DOT:\n%s", dot)
	}
}

func TestEntity(t *testing.T) {
	st := seedStore(t)
	ctx := context.Background()
	e, err := st.Entity(ctx, id("person/antony-blinken"), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Antony Blinken" || len(e.Classes) != 1 || e.Classes[0] != schema.Person || len(e.AltNames) == 0 {
		t.Errorf("entity: %q %v %v", e.Name, e.Classes, e.AltNames)
	}
	var office *graph.Fact
	for i, f := range e.Facts {
		if f.Out && f.Predicate == schema.HoldsOffice {
			office = &e.Facts[i]
		}
		for _, s := range f.Sources {
			if !s.Lexicon && s.Sentence == "" {
				t.Errorf("fact %s %s: a source without its sentence: %+v", f.PredicateName(), f.Value(), s)
			}
		}
	}
	if office == nil || office.Value() != "Secretary of State" || len(office.Sources) == 0 ||
		!strings.Contains(office.Sources[0].Sentence, "Blinken") || office.Sources[0].ArticleTitle == "" {
		t.Fatalf("holdsOffice fact: %+v", office)
	}
	page, err := st.Entity(ctx, id("person/antony-blinken"), 2, 3)
	if err != nil || len(page.Facts) != 3 || page.Total != e.Total || page.Facts[0].Value() != e.Facts[2].Value() {
		t.Errorf("a page of facts: %+v, %v", page, err)
	}
	india, err := st.Entity(ctx, id("country/in"), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	lex := false
	for _, f := range india.Facts {
		for _, s := range f.Sources {
			if f.Predicate == schema.ISO3166 && s.Lexicon {
				lex = true
			}
		}
	}
	if !lex {
		t.Error("India's ISO code is not marked as from the lexicon")
	}
	if _, err := st.Entity(ctx, id("country/zz"), 0, 0); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown entity: %v", err)
	}
}

func TestSearchAndResolve(t *testing.T) {
	st := seedStore(t)
	ctx := context.Background()
	hits, total, err := st.Search(ctx, "BLINK", 0)
	if err != nil || total != 1 || len(hits) != 1 || hits[0].ID != id("person/antony-blinken") || hits[0].Class != schema.Person {
		t.Errorf("search BLINK: %v %d %v", hits, total, err)
	}
	hits, total, _ = st.Search(ctx, "secretary", 1)
	if len(hits) != 1 || total < 3 {
		t.Errorf("search secretary, 1 shown: %v of %d", hits, total)
	}
	for ref, want := range map[string]quad.IRI{
		"Blinken":                            id("person/antony-blinken"),
		"antony blinken":                     id("person/antony-blinken"),
		"ngid:country/in":                    id("country/in"),
		"<" + string(id("country/in")) + ">": id("country/in"),
	} {
		if got, err := st.Resolve(ctx, ref); got != want || err != nil {
			t.Errorf("Resolve(%q) = %s, %v; want %s", ref, got, err, want)
		}
	}
	for _, ref := range []string{"Nobody", "ngid:country/zz", ""} {
		if _, err := st.Resolve(ctx, ref); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Resolve(%q): %v, want not found", ref, err)
		}
	}
	// two people with one other name
	for _, p := range []string{"Jane Roe", "Jim Roe"} {
		qs := articleQuads(schema.ArticleIRI(strings.Repeat(p[1:2], 64)), p+".txt", p)
		qs = append(qs, quad.Quad{Subject: qs[4].Subject, Predicate: schema.AlternateName, Object: quad.String("Roe"), Label: qs[4].Label})
		if _, err := st.ReplaceArticle(ctx, qs[0].Subject.(quad.IRI), p+".txt", qs); err != nil {
			t.Fatal(err)
		}
	}
	_, err = st.Resolve(ctx, "roe")
	var amb *graph.AmbiguousError
	if !errors.As(err, &amb) || amb.Total != 2 || amb.Candidates[0].Name != "Jane Roe" || !strings.Contains(err.Error(), "ngid:person/jim-roe") {
		t.Errorf("ambiguous name: %v", err)
	}
}

func TestParseID(t *testing.T) {
	for in, want := range map[string]quad.IRI{
		"ngid:person/x":           id("person/x"),
		"<ngid:person/x>":         id("person/x"),
		" https://example.org/a ": "https://example.org/a",
		"schema:Person":           schema.Person,
		"India":                   "",
		"ngid:a b":                "",
		"<>":                      "",
		"javascript:alert(1)":     "",
	} {
		got, ok := graph.ParseID(in)
		if got != want || ok != (want != "") {
			t.Errorf("ParseID(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestRenderSVGWithoutGraphviz(t *testing.T) {
	_, err := graph.RenderSVG(context.Background(), "/no/such/dot", []byte("digraph { a }"))
	if !errors.Is(err, graph.ErrNoGraphviz) {
		t.Errorf("no dot: %v", err)
	}
}
