package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/seedtest"
)

// The JSON-LD export has an @context of ONTOLOGY.md's prefixes, so that it
// reads as the vocabulary, and reads back as the same quads.
func TestJSONLDExportContext(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	seedtest.Ingest(t, st, "../seeds")
	quads, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := graph.Export(&b, "jsonld", quads); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	c, _ := doc["@context"].(map[string]any)
	if c["ng"] != "https://w3id.org/newsgraph/vocab/" || c["ngid"] != "https://w3id.org/newsgraph/id/" || c["schema"] != "http://schema.org/" {
		t.Errorf("@context = %v", doc["@context"])
	}
	for _, want := range []string{`"ng:holdsOffice"`, `"@id":"ngid:person/antony-blinken"`, `"@type":"schema:Person"`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the export has no %s", want)
		}
	}
	if strings.Contains(b.String(), `"https://w3id.org/newsgraph/vocab/holdsOffice"`) {
		t.Error("the export writes full IRIs where the context has a prefix")
	}

	// read back: the same quads, with full IRIs
	back, err := quad.ReadAll(jsonld.NewReader(bytes.NewReader(b.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	if a, z := nquads(t, quads), nquads(t, back); a != z {
		t.Errorf("read back %d quads of %d:\n%s\nwant\n%s", len(back), len(quads), z[:min(len(z), 2000)], a[:min(len(a), 2000)])
	}
}

// nquads is quads as sorted N-Quads lines.
func nquads(t *testing.T, qs []quad.Quad) string {
	t.Helper()
	var lines []string
	for _, q := range qs {
		var b bytes.Buffer
		if err := graph.Export(&b, "nquads", []quad.Quad{q}); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, b.String())
	}
	sort.Strings(lines)
	return strings.Join(lines, "")
}
