package graph

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

// A store written by another schema version, or not by newsgraph at all,
// is refused with what to do, not misread.
func TestStoreVersion(t *testing.T) {
	for _, backend := range []string{"bolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			fresh := func() string {
				if backend == "postgres" {
					return pgtest.URL(t)
				}
				return filepath.Join(t.TempDir(), "db")
			}
			testStoreVersion(t, backend, fresh)
		})
	}
}

func testStoreVersion(t *testing.T, backend string, fresh func() string) {
	dir := fresh()
	st, err := Open(backend, dir)
	if err != nil {
		t.Fatal(err)
	}
	// turn it into a store of "version 0"
	old := quad.Quad{Subject: storeNode, Predicate: schema.SchemaVersion, Object: quad.String(SchemaVersion), Label: storeNode}
	if err := st.qw.RemoveQuad(old); err != nil {
		t.Fatal(err)
	}
	old.Object = quad.String("0")
	if err := st.qw.AddQuad(old); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := Open(backend, dir); err == nil || !strings.Contains(err.Error(), "written with newsgraph schema version") || !strings.Contains(err.Error(), "new --db") {
		t.Errorf("opening a version-0 store: %v", err)
	}

	// a store with quads but no version at all: not newsgraph's
	dir2 := fresh()
	st2, err := Open(backend, dir2)
	if err != nil {
		t.Fatal(err)
	}
	st2.qw.RemoveQuad(quad.Quad{Subject: storeNode, Predicate: schema.SchemaVersion, Object: quad.String(SchemaVersion), Label: storeNode})
	st2.qw.AddQuad(quad.Quad{Subject: quad.IRI("http://a"), Predicate: quad.IRI("http://b"), Object: quad.String("c")})
	st2.Close()
	if _, err := Open(backend, dir2); err == nil || !strings.Contains(err.Error(), "not written by newsgraph") {
		t.Errorf("opening a foreign store: %v", err)
	}
}
