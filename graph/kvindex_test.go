package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// A lookup by object and predicate scans the object–predicate–subject
// index under that prefix, and every lookup answers on bolt as on Cayley's
// in-memory store.
func TestKVIndexPrefixes(t *testing.T) {
	ctx := context.Background()
	bolt, err := Open("bolt", filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer bolt.Close()
	mem, err := Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if _, ok := bolt.qs.(kvStore); !ok {
		t.Fatalf("bolt store is a %T, not kvStore", bolt.qs)
	}

	// a hub that many quads point at, by several predicates and labels
	hub, other := quad.IRI("ex:hub"), quad.IRI("ex:other")
	var qs []quad.Quad
	for i := range 300 {
		qs = append(qs, quad.Quad{Subject: quad.IRI(fmt.Sprintf("ex:a%d", i)), Predicate: quad.IRI("ex:mentions"), Object: hub, Label: quad.IRI(fmt.Sprintf("ex:s%d", i%7))})
	}
	for i := range 5 {
		s := quad.IRI(fmt.Sprintf("ex:d%d", i))
		qs = append(qs,
			quad.Quad{Subject: s, Predicate: quad.IRI("ex:donor"), Object: hub, Label: quad.IRI("ex:s1")},
			quad.Quad{Subject: s, Predicate: quad.IRI("ex:donor"), Object: hub, Label: quad.IRI("ex:s2")},
			quad.Quad{Subject: s, Predicate: quad.IRI("ex:recipient"), Object: other},
			quad.Quad{Subject: s, Predicate: quad.IRI("ex:date"), Object: quad.String(fmt.Sprint(2020 + i))})
	}
	for _, st := range []*Store{bolt, mem} {
		for _, q := range qs {
			if err := st.qw.AddQuad(q); err != nil {
				t.Fatal(err)
			}
		}
	}

	for _, code := range []string{
		`g.V("<ex:hub>").in("<ex:donor>").all()`,
		`g.emit(g.V("<ex:hub>").in("<ex:donor>").count())`,
		`g.emit(g.V("<ex:hub>").in("<ex:mentions>").count())`,
		`g.V("<ex:hub>").in(["<ex:donor>", "<ex:mentions>"]).unique().all()`,
		`g.V("<ex:hub>").in("<ex:donor>").out("<ex:recipient>").all()`,
		`g.V("<ex:hub>").in("<ex:donor>").out("<ex:date>").all()`,
		`g.V("<ex:d3>").out("<ex:donor>").all()`,
		`g.V("<ex:d3>").out().all()`,
		`g.V().has("<ex:donor>", "<ex:hub>").has("<ex:date>", "2022").all()`,
		`g.V("<ex:hub>").labelContext("<ex:s1>").in("<ex:donor>").all()`,
		// by subject and label: Cayley's own plan, the label index
		`g.V("<ex:d3>").labelContext("<ex:s1>").out().all()`,
		`g.V("<ex:d3>").labelContext("<ex:s2>").out().all()`,
		`g.V().labelContext("<ex:s1>").out().all()`,
		`g.V("<ex:hub>").in("<ex:nothing>").all()`,
		`g.V("<ex:other>").in("<ex:recipient>").in("<ex:nothing>").all()`,
	} {
		got := queryRows(t, bolt, code)
		want := queryRows(t, mem, code)
		if got != want {
			t.Errorf("%s\nbolt:     %s\nmemstore: %s", code, got, want)
		}
	}

	// the lookup by object and predicate is planned on the index
	o, _ := bolt.qs.ValueOf(hub)
	p, _ := bolt.qs.ValueOf(quad.IRI("ex:donor"))
	a := shape.QuadsAction{Result: quad.Subject, Filter: map[quad.Direction]refs.Ref{quad.Object: o, quad.Predicate: p}}
	sh, ok := bolt.qs.(kvStore).OptimizeShape(ctx, a)
	nf, isNF := sh.(shape.NodesFrom)
	if !ok || !isNF {
		t.Fatalf("object-predicate lookup not planned: %#v", sh)
	}
	scan, ok := nf.Quads.(prefixScan)
	if !ok || len(scan.scan.Values) != 2 || scan.scan.Index.Dirs[0] != quad.Object {
		t.Errorf("object-predicate lookup planned as %#v, want a scan of the object-predicate prefix", nf.Quads)
	}
}

func queryRows(t *testing.T, st *Store, code string) string {
	t.Helper()
	res, err := st.Query(context.Background(), code, QueryOptions{Limit: -1})
	if err != nil {
		t.Fatalf("%s: %v", code, err)
	}
	var rows []string
	for _, v := range res.Values {
		b, _ := json.Marshal(v)
		rows = append(rows, string(b))
	}
	sort.Strings(rows)
	b, _ := json.Marshal(rows)
	return string(b)
}
