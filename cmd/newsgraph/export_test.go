package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// TestExportInOxigraph loads the N-Quads export of the seed graph into
// Oxigraph, an independent and strict RDF store, and checks that SPARQL
// over it finds the same aid items as the saved query aid-shipments.
// It needs node and testdata/oxigraph/node_modules (npm ci there); CI sets
// NEWSGRAPH_REQUIRE_OXIGRAPH=1 so that a missing Oxigraph fails the test.
func TestExportInOxigraph(t *testing.T) {
	oxi, _ := filepath.Abs("testdata/oxigraph")
	_, statErr := os.Stat(filepath.Join(oxi, "node_modules", "oxigraph"))
	_, nodeErr := exec.LookPath("node")
	if statErr != nil || nodeErr != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_OXIGRAPH") != "" {
			t.Fatalf("Oxigraph is required: run npm ci in %s (node: %v, module: %v)", oxi, nodeErr, statErr)
		}
		t.Skip("no node or Oxigraph: npm ci in testdata/oxigraph to run this test")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	var out, errb bytes.Buffer
	if code := Main([]string{"ingest", "--db", db, "../../seeds"}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	nq := filepath.Join(dir, "export.nq")
	if code := Main([]string{"export", "--db", db, "-o", nq}, nil, &out, &errb); code != 0 {
		t.Fatalf("export: %d %s", code, errb.String())
	}
	cmd := exec.Command("node", filepath.Join(oxi, "check.js"), nq)
	cmd.Dir = oxi
	sparql, err := cmd.Output()
	if err != nil {
		t.Fatalf("Oxigraph refused the export: %v\n%s", err, stderrOf(err))
	}
	var got []map[string]any
	if err := json.Unmarshal(sparql, &got); err != nil {
		t.Fatalf("check.js printed %s: %v", sparql, err)
	}

	st, err := graph.Open("bolt", db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q, err := queries.Find("aid-shipments")
	if err != nil {
		t.Fatal(err)
	}
	res, err := st.Query(context.Background(), q.Code, graph.QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var want []map[string]any
	for _, v := range res.Values {
		m := v.(map[string]any)
		want = append(want, map[string]any{"donor": m["donor"], "recipient": m["recipient"], "item": m["item"], "quantity": m["quantity"], "unit": m["unit"]})
	}
	if len(want) == 0 {
		t.Fatal("the saved query found no aid items in the seed graph")
	}
	if a, b := canonical(t, got), canonical(t, want); a != b {
		t.Errorf("SPARQL over the export in Oxigraph:\n%s\nthe saved query aid-shipments:\n%s", a, b)
	}
}

func canonical(t *testing.T, rows []map[string]any) string {
	t.Helper()
	var lines []string
	for _, r := range rows {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	b, _ := json.MarshalIndent(lines, "", " ")
	return string(b)
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

// TestExportDOTInGraphviz renders `export --format dot` of the seed graph
// with Graphviz's dot -Tsvg: nodes by name, edges by predicate, no
// sentences. CI sets NEWSGRAPH_REQUIRE_GRAPHVIZ=1 so that a missing
// Graphviz fails the test (the draw script skips without it).
func TestExportDOTInGraphviz(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_GRAPHVIZ") != "" {
			t.Fatalf("Graphviz is required: %v", err)
		}
		t.Skip("no Graphviz: apt-get install graphviz to run this test")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	var out, errb bytes.Buffer
	if code := Main([]string{"ingest", "--db", db, "../../seeds"}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	gv := filepath.Join(dir, "graph.dot")
	if code := Main([]string{"export", "--db", db, "--format", "dot", "-o", gv}, nil, &out, &errb); code != 0 {
		t.Fatalf("export: %d %s", code, errb.String())
	}
	svg, err := exec.Command(dot, "-Tsvg", gv).Output()
	if err != nil {
		t.Fatalf("dot -Tsvg refused the export: %v\n%s", err, stderrOf(err))
	}
	for _, want := range []string{"<svg", "Antony Blinken", "Secretary of State", "holdsOffice", "member", "remdesivir", "includes"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("the picture of the export lacks %q", want)
		}
	}
	if bytes.Contains(svg, []byte("vowed to support each other")) {
		t.Error("the picture of the export draws a sentence")
	}
}
