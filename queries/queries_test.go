package queries_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/graph/seedtest"
	"github.com/newsgraph/newsgraph/queries"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current results")

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

// testArgs are the arguments each query that takes some is checked with.
var testArgs = map[string]map[string]string{
	"office-holders": {"country": "United States"},
	"sent-by":        {"donor": "United States"},
	"evidence":       {"subject": "Antony Blinken", "predicate": "ng:holdsOffice"},
	"profile":        {"entity": "Quad"},
	"mentioned-in":   {"entity": "USTR"},
	"timeline":       {"entity": "Antony Blinken"},
}

// sortedJSON renders results in a stable order: sorted by their encoding.
func sortedJSON(t *testing.T, vals []any) []byte {
	t.Helper()
	enc := make([]string, len(vals))
	for i, v := range vals {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		enc[i] = string(b)
	}
	sort.Strings(enc)
	var raw []json.RawMessage
	for _, e := range enc {
		raw = append(raw, json.RawMessage(e))
	}
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if raw == nil {
		raw = []json.RawMessage{}
	}
	if err := e.Encode(raw); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSavedQueries(t *testing.T) {
	all, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 12 {
		t.Errorf("%d saved queries, want at least 12", len(all))
	}
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			st := openStore(t, backend)
			seedtest.Ingest(t, st, "../seeds")
			for _, q := range all {
				t.Run(q.Name, func(t *testing.T) { checkQuery(t, st, q, *update && backend == "bolt") })
			}
		})
	}
}

func checkQuery(t *testing.T, st *graph.Store, q queries.Query, update bool) {
	args := testArgs[q.Name]
	if err := q.CheckArgs(args); err != nil {
		t.Fatalf("test arguments: %v", err)
	}
	res, err := st.Query(context.Background(), q.Code, graph.QueryOptions{Args: args})
	if err != nil {
		t.Fatalf("query %s: %v", q.Name, err)
	}
	if len(res.Values) == 0 {
		t.Errorf("query %s returned nothing over the seed", q.Name)
	}
	got := sortedJSON(t, res.Values)
	golden := filepath.Join("testdata", q.Name+".golden.json")
	if update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("no golden result: %v (run go test ./queries -update and review it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("query %s over seeds/ on %s differs from %s:\ngot:\n%s\nwant:\n%s", q.Name, st.Backend, golden, got, want)
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

// Every golden file belongs to a saved query.
func TestGoldensHaveQueries(t *testing.T) {
	all, err := queries.All()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, q := range all {
		names[q.Name] = true
	}
	goldens, _ := filepath.Glob("testdata/*.golden.json")
	for _, g := range goldens {
		n := strings.TrimSuffix(filepath.Base(g), ".golden.json")
		if !names[n] {
			t.Errorf("%s has no query %s.js", g, n)
		}
	}
	for n := range testArgs {
		if !names[n] {
			t.Errorf("test arguments for %s, which is not a saved query", n)
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
