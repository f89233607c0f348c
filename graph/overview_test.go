package graph_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// The overview counts entities by class and lists the latest articles,
// latest first and undated ones last, on bolt (read from its index keys),
// on leveldb and on PostgreSQL (through Cayley's iterators); it sees an
// article added since it was last read.
func TestOverview(t *testing.T) {
	t.Run("leveldb", func(t *testing.T) {
		st, err := graph.OpenWith("leveldb", filepath.Join(t.TempDir(), "db"), graph.Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		testOverview(t, st)
	})
	onEachBackend(t, testOverview)
}

func testOverview(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	add := func(n int, headline, date, url string, people ...string) quad.IRI {
		t.Helper()
		art := schema.ArticleIRI(strings.Repeat(string(rune('a'+n)), 64))
		qs := articleQuads(art, "file:///news/"+headline+".txt", people[0])
		for _, p := range people[1:] {
			id := quad.IRI(schema.IDNS + "person/" + schema.Slug(p))
			qs = append(qs, quad.Quad{Subject: id, Predicate: schema.Type, Object: schema.Person, Label: schema.SentenceIRI(art, 1)},
				quad.Quad{Subject: id, Predicate: schema.Name, Object: quad.String(p), Label: schema.SentenceIRI(art, 1)})
		}
		if headline != "" {
			qs = append(qs, quad.Quad{Subject: art, Predicate: schema.Headline, Object: quad.String(headline), Label: art})
		}
		if date != "" {
			qs = append(qs, quad.Quad{Subject: art, Predicate: schema.DatePublished, Object: quad.TypedString{Value: quad.String(date), Type: schema.XSDDate}, Label: art})
		}
		if url != "" {
			qs = append(qs, quad.Quad{Subject: art, Predicate: schema.URL, Object: quad.String(url), Label: art})
		}
		if _, err := st.ReplaceArticle(ctx, art, "file:///news/"+headline+".txt", qs); err != nil {
			t.Fatal(err)
		}
		return art
	}
	old := add(0, "Old news", "2020-01-02", "", "Ann A")
	undated := add(1, "", "", "", "Bob B")
	recent := add(2, "Recent news", "2021-05-29", "https://example.org/recent", "Cy C", "Ann A", "Di D")

	ov, err := st.Overview(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if ov.Articles != 3 || len(ov.Classes) != 1 || ov.Classes[0].Class != schema.Person || ov.Classes[0].N != 4 || ov.Classes[0].Words() != "People" {
		t.Errorf("counts: %d articles, %+v", ov.Articles, ov.Classes)
	}
	if len(ov.Latest) != 2 || ov.Latest[0].ID != recent || ov.Latest[1].ID != old {
		t.Fatalf("latest two: %+v", ov.Latest)
	}
	if a := ov.Latest[0]; a.Title() != "Recent news" || a.Date != "2021-05-29" || a.URL != "https://example.org/recent" ||
		len(a.Sources) != 1 || a.Sources[0] != "file:///news/Recent news.txt" {
		t.Errorf("the latest: %+v", a)
	}
	ov, err = st.Overview(ctx, 10)
	if err != nil || len(ov.Latest) != 3 || ov.Latest[2].ID != undated || ov.Latest[2].Title() != "file:///news/.txt" {
		t.Errorf("all three, the undated last: %+v %v", ov.Latest, err)
	}
	newest := add(3, "Newest", "2021-06-01", "", "Ed E")
	ov, err = st.Overview(ctx, 1)
	if err != nil || ov.Articles != 4 || len(ov.Latest) != 1 || ov.Latest[0].ID != newest || ov.Classes[0].N != 5 {
		t.Errorf("after a fourth article: %+v %v", ov, err)
	}
}

// Labels names nodes as pages do, and leaves out what the store does not
// hold; EntitiesNamed finds entities by exact name.
func TestLabelsAndEntitiesNamed(t *testing.T) {
	st, art := eventsStore(t)
	ctx := context.Background()
	ev := quad.IRI(string(art) + "/event/2")
	got := st.Labels(ctx, []quad.IRI{ev, id("person/a"), id("person/nobody")})
	if len(got) != 2 || got[ev].Name != "Meeting: Antonio Guterres – S Jaishankar, New York, 2021-05-28 (planned)" ||
		got[ev].Class != schema.Meeting || got[id("person/a")].Name != "Ann A" {
		t.Errorf("labels: %+v", got)
	}
	named, err := st.EntitiesNamed(ctx, []string{"Ann A", "ann a", "Nobody", "India"})
	if err != nil {
		t.Fatal(err)
	}
	if len(named) != 2 || len(named["Ann A"]) != 1 || named["Ann A"][0] != id("person/a") || named["India"][0] != id("country/in") {
		t.Errorf("named: %v", named)
	}
}
