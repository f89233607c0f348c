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

	"github.com/cayleygraph/quad"

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
// rows of every saved query (with its golden file's arguments), or the
// query's error.
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
			// a store without the golden's entity: the same answer is
			// the same error
			rows = append(rows, q.Name+": error: "+err.Error())
			continue
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

// A changed article is replaced in the same run as another article gives a
// person it named a fuller name: the renaming reaches the quads of the
// articles the store keeps and of the new version, never the old version's
// (they go with it). Whichever of the two comes first in the batch, the
// store then is a fresh ingest of the final articles in the order they were
// first ingested (the person keeps the IRI the first article gave it), and
// no quad is labelled with the old version or its sentences.
func TestReplaceAndRenameEqualsFreshIngest(t *testing.T) {
	const (
		old     = "date: 2021-06-07\n\nSecretary of State Blinken arrived in Paris on Monday.\n\nBlinken met French officials.\n"
		changed = "date: 2021-06-07\n\nSecretary of State Blinken arrived in Paris on Monday.\n\nBlinken met French officials on Tuesday.\n"
		fuller  = "date: 2021-06-08\n\nUS Secretary of State Antony Blinken met Indian External Affairs Minister S Jaishankar in Washington.\n"
		initial = "date: 2021-06-08\n\nSecretary of State A. Blinken arrived in Washington on Tuesday.\n"
	)
	x := extract.New(lexicon.Default())
	article := func(t *testing.T, src, text string) extract.Article {
		t.Helper()
		a, err := extract.ParseArticle(src+".txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		a.Source = "https://example.org/" + src
		return a
	}
	a, b, c := article(t, "a", changed), article(t, "b", fuller), article(t, "c", initial)
	for _, tc := range []struct {
		name         string
		batch, final []extract.Article
	}{
		{"ReplaceThenRename", []extract.Article{a, b}, []extract.Article{a, b}},
		{"RenameThenReplace", []extract.Article{b, a}, []extract.Article{a, b}},
		// renamed twice (Blinken, A. Blinken, Antony Blinken), then
		// replaced: no fresh ingest to compare with (a fresh one of a, c, b
		// keeps "A. Blinken" as an alternate name in a's sentence, which
		// a's new version, resolved after both renamings, does not say)
		{"RenameTwiceThenReplace", []extract.Article{c, b, a}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			st, err := graph.Open("bolt", filepath.Join(dir, "replaced"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			first := article(t, "a", old)
			ingestRun(t, st, x, first)
			ingestRun(t, st, x, tc.batch...)
			noQuadsOf(t, st, first)
			if tc.final == nil {
				return
			}

			fresh, err := graph.Open("bolt", filepath.Join(dir, "fresh"))
			if err != nil {
				t.Fatal(err)
			}
			defer fresh.Close()
			ingestRun(t, fresh, x, tc.final...)

			got, want := storeView(t, st), storeView(t, fresh)
			for _, part := range []string{"export", "stats", "queries"} {
				if got[part] != want[part] {
					t.Errorf("%s after replacing and renaming differs from a fresh ingest's:\n%s", part, firstDiff(got[part], want[part]))
				}
			}
			if !strings.Contains(want["export"], `"Antony Blinken"`) || !strings.Contains(want["export"], `"Blinken"`) {
				t.Fatalf("the fresh store does not rename Blinken:\n%s", want["export"])
			}
		})
	}
}

// noQuadsOf fails t if st holds a quad labelled with the replaced version
// gone or one of its sentences.
func noQuadsOf(t *testing.T, st *graph.Store, gone extract.Article) {
	t.Helper()
	iri, _ := extract.Header(gone)
	quads, err := st.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range quads {
		if l, ok := q.Label.(quad.IRI); ok && strings.HasPrefix(string(l), string(iri)) {
			t.Errorf("a quad of the replaced version is left: %s", schema.FormatQuad(q))
		}
	}
}

// ingestRun writes arts to st as one run of newsgraph ingest does: one
// batch, each article's persons joined to those the store and the run
// already know, and the persons an article names more fully renamed in the
// same batch.
func ingestRun(t *testing.T, st *graph.Store, x *extract.Extractor, arts ...extract.Article) {
	t.Helper()
	ctx := context.Background()
	known, err := st.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	people := extract.NewPeople()
	iris := make([]quad.IRI, 0, len(known))
	for iri := range known {
		iris = append(iris, iri)
	}
	slices.Sort(iris)
	for _, iri := range iris {
		people.Add(iri, known[iri]...)
	}
	b := st.NewBatch()
	for _, a := range arts {
		iri, _ := extract.Header(a)
		quads, renames := people.ResolveNames(x.Article(a))
		if _, err := b.Replace(ctx, iri, a.Source, quads); err != nil {
			t.Fatal(err)
		}
		for _, r := range renames {
			if err := b.RenamePerson(ctx, r.Person, r.Old, r.New); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}
