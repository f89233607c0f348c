package queries_test

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/graph/seedtest"
	"github.com/newsgraph/newsgraph/queries"
)

var update = flag.Bool("update", false, "rewrite *.golden.json from the current results")

// openStore opens a fresh store of the backend: bolt in a temporary
// folder, postgres in a database of its own on the server that
// NEWSGRAPH_TEST_POSTGRES names (the test is skipped without one).
func openStore(t *testing.T, backend string) *graph.Store {
	t.Helper()
	addr := filepath.Join(t.TempDir(), "db")
	if backend == "postgres" {
		addr = pgtest.URL(t)
	}
	st, err := graph.Open(backend, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// backends are those the saved queries are checked on, against the same
// golden files.
var backends = []string{"bolt", "postgres"}

// TestSavedQueries ingests seeds/ as `newsgraph ingest seeds/` does and
// runs `newsgraph test` over this folder: each built-in query against its
// golden file NAME.golden.json (the arguments it is tested with are in
// it). `go test ./queries -update` rewrites them (review the diff).
func TestSavedQueries(t *testing.T) {
	lib, err := queries.Open(".")
	if err != nil {
		t.Fatal(err)
	}
	if len(lib.Queries) < 12 || len(lib.Overrides) > 0 || len(lib.Problems) > 0 {
		t.Fatalf("%d saved queries, overrides %v, problems %v", len(lib.Queries), lib.Overrides, lib.Problems)
	}
	var names []string
	for _, q := range lib.Queries {
		names = append(names, q.Name)
	}
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			st := openStore(t, backend)
			seedtest.IngestFiles(t, st, "../seeds")
			run := func(ctx context.Context, q queries.Query, args map[string]string) ([]any, error) {
				res, err := st.Query(ctx, q.Code, graph.QueryOptions{Args: args, Limit: -1})
				return res.Values, err
			}
			outs, err := lib.Test(context.Background(), run, queries.TestOptions{Names: names, Update: *update && backend == "bolt"})
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range outs {
				var b bytes.Buffer
				o.Report(&b)
				if !o.Passed() {
					t.Errorf("over seeds/ on %s:\n%s", backend, b.String())
				} else if o.Rows == 0 {
					t.Errorf("query %s returned nothing over the seed", o.Query)
				}
			}
		})
	}
}

// The seed's graph exported from PostgreSQL is bolt's, byte for byte.
func TestSeedExportSameOnPostgres(t *testing.T) {
	export := func(st *graph.Store) []byte {
		t.Helper()
		quads, err := st.AllQuads(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := graph.Export(&b, "nquads", quads); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	pg := openStore(t, "postgres")
	bolt := openStore(t, "bolt")
	seedtest.Ingest(t, bolt, "../seeds")
	seedtest.Ingest(t, pg, "../seeds")
	want, got := export(bolt), export(pg)
	if !bytes.Equal(got, want) {
		t.Errorf("export from postgres (%d bytes) differs from bolt's (%d bytes)", len(got), len(want))
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Errorf("first difference, line %d:\npostgres: %s\nbolt:     %s", i+1, gl[i], wl[i])
				break
			}
		}
	}
	// ingesting the seed again changes nothing on either
	seedtest.Ingest(t, pg, "../seeds")
	if again := export(pg); !bytes.Equal(again, want) {
		t.Error("ingesting the seed again changed the postgres store")
	}
}

// Every golden file belongs to a saved query, and every saved query has
// one.
func TestGoldensHaveQueries(t *testing.T) {
	lib, err := queries.Open(".")
	if err != nil {
		t.Fatal(err)
	}
	goldens := map[string]bool{}
	for _, n := range lib.GoldenNames() {
		goldens[n] = true
		if _, err := lib.Find(n); err != nil {
			t.Errorf("%s%s: %v", n, queries.GoldenSuffix, err)
		}
	}
	for _, q := range lib.Queries {
		if !goldens[q.Name] {
			t.Errorf("query %s has no golden file", q.Name)
		}
	}
}

func TestParseHeader(t *testing.T) {
	cases := []struct {
		file, code, err string
	}{
		{"a.js", "// name: a\n// description: d\ng.V()", ""},
		{"a.js", "// description: d\ng.V()", "no \"// name:\""},
		{"a.js", "// name: b\n// description: d\n", "header names \"b\""},
		{"a.js", "// name: a\ng.V()", "no \"// description:\""},
	}
	for _, c := range cases {
		_, err := queries.Parse(c.file, c.code)
		if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("Parse(%q, %q) error = %v, want %q", c.file, c.code, err, c.err)
		}
	}
	q, err := queries.Parse("x.js", "// name: x\n// description: d\n// args: a: first; b: second\n")
	if err != nil || len(q.Args) != 2 || q.Args[1].Name != "b" || q.Args[1].Help != "second" {
		t.Errorf("args header parsed as %+v, %v", q.Args, err)
	}
	if err := q.CheckArgs(map[string]string{"a": "1"}); err == nil {
		t.Error("CheckArgs accepted a missing argument")
	}
	if err := q.CheckArgs(map[string]string{"a": "1", "b": "2", "c": "3"}); err == nil {
		t.Error("CheckArgs accepted an unknown argument")
	}
}
