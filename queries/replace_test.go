package queries_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// A store whose articles were replaced by new versions (longer, shorter,
// of other paragraphs, several in one batch, in a later run) exports the
// same quads, counts the same and answers every saved query the same as a
// store into which only the final versions were ingested.
func TestReplaceEqualsFreshIngest(t *testing.T) {
	ctx := context.Background()
	data, err := os.ReadFile("../seeds/2021-05-29-india-us-covid-solidarity.txt")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := extract.ParseArticle("seed.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(seed.Text), "\n\n")
	if len(paras) < 6 {
		t.Fatalf("the seed has %d paragraphs, the test wants 6", len(paras))
	}
	x := extract.New(lexicon.Default())
	// version is the article from source src of paragraphs [i, j)
	type version struct {
		src  string
		i, j int
	}
	write := func(t *testing.T, st *graph.Store, vs ...version) {
		t.Helper()
		b := st.NewBatch()
		for _, v := range vs {
			a := seed
			a.Source = "https://example.org/" + v.src
			a.Text = strings.Join(paras[v.i:v.j], "\n\n")
			iri, _ := extract.Header(a)
			quads := x.Article(a)
			_, err := b.Replace(ctx, iri, a.Source, quads)
			if errors.Is(err, graph.ErrBatchHasArticle) {
				if err := b.Commit(); err != nil {
					t.Fatal(err)
				}
				b = st.NewBatch()
				_, err = b.Replace(ctx, iri, a.Source, quads)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	all := len(paras)
	final := []version{{"a", 0, all}, {"b", 1, 2}, {"c", 0, 2}, {"e", 2, 5}}

	dir := t.TempDir()
	replaced := filepath.Join(dir, "replaced")
	st, err := graph.Open("bolt", replaced)
	if err != nil {
		t.Fatal(err)
	}
	write(t, st, version{"a", 0, 3}, version{"b", 1, all}, version{"c", 0, 2}, version{"e", 2, 6})
	st.Close()
	// a later run: the changed ones in one batch
	if st, err = graph.Open("bolt", replaced); err != nil {
		t.Fatal(err)
	}
	write(t, st, final[0], final[1], final[3])
	st.Close()

	fresh, err := graph.Open("bolt", filepath.Join(dir, "fresh"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	write(t, fresh, final...)
	if st, err = graph.Open("bolt", replaced); err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	got, want := storeView(t, st), storeView(t, fresh)
	for _, part := range []string{"export", "stats", "queries"} {
		if got[part] != want[part] {
			t.Errorf("%s after replacing differs from a fresh ingest's:\n%s", part, firstDiff(got[part], want[part]))
		}
	}
	if !strings.Contains(want["export"], "Blinken") || !strings.Contains(want["queries"], "Jaishankar") {
		t.Fatalf("the fresh store holds too little to compare:\n%s", want["queries"])
	}
}

// storeView is what a user sees of a store: its export, its stats and the
// rows of every saved query (with its golden file's arguments).
func storeView(t *testing.T, st *graph.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	quads, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var exp strings.Builder
	if err := schema.WriteNQuads(&exp, quads); err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := queries.Open(".")
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, q := range lib.Queries {
		var golden queries.Golden
		if b, err := os.ReadFile(filepath.Join(lib.Dir, q.Name+queries.GoldenSuffix)); err == nil {
			if err := json.Unmarshal(b, &golden); err != nil {
				t.Fatal(err)
			}
		}
		res, err := st.Query(ctx, q.Code, graph.QueryOptions{Args: golden.Args, Limit: -1})
		if err != nil {
			t.Fatalf("query %s: %v", q.Name, err)
		}
		var qr []string
		for _, v := range res.Values {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			qr = append(qr, q.Name+": "+string(b))
		}
		slices.Sort(qr)
		rows = append(rows, qr...)
	}
	return map[string]string{
		"export":  exp.String(),
		"stats":   strings.Join(stats.Lines(), "\n"),
		"queries": strings.Join(rows, "\n"),
	}
}

func firstDiff(got, want string) string {
	gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return fmt.Sprintf("line %d\ngot:  %s\nwant: %s", i+1, g, w)
		}
	}
	return ""
}
