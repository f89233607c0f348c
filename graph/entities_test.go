package graph_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/seedtest"
)

// ng.entities finds an entity by its name in any case, by an other name
// and by its IRI; a name no entity has stops the query with an error
// that says so.
func TestNgEntities(t *testing.T) {
	st, err := graph.Open("bolt", filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	seedtest.Ingest(t, st, "../seeds")
	ctx := context.Background()
	for ref, want := range map[string]string{
		"Antony Blinken":                     "<ngid:person/antony-blinken>",
		"antony blinken":                     "<ngid:person/antony-blinken>",
		"ANTONY BLINKEN":                     "<ngid:person/antony-blinken>",
		"Blinken":                            "<ngid:person/antony-blinken>",
		"ngid:person/antony-blinken":         "<ngid:person/antony-blinken>",
		"<ngid:person/antony-blinken>":       "<ngid:person/antony-blinken>",
		"us":                                 "<ngid:country/us>",
		"un":                                 "<ngid:grouping/un>",
		"united states trade representative": "<ngid:office/us/united-states-trade-representative>",
		"  India ":                           "<ngid:country/in>",
	} {
		res, err := st.Query(ctx, `ng.entities(args.x).forEach(function (id) { g.emit(id); })`, graph.QueryOptions{Args: map[string]string{"x": ref}})
		if err != nil || len(res.Values) != 1 || res.Values[0] != want {
			t.Errorf("ng.entities(%q) = %v, %v; want [%s]", ref, res.Values, err, want)
		}
	}
	for _, ref := range []string{"Atlantis", "", "ngid:country/zz"} {
		_, err := st.Query(ctx, `g.emit(ng.entities(args.x))`, graph.QueryOptions{Args: map[string]string{"x": ref}})
		var ne *graph.NoEntityError
		if !errors.As(err, &ne) || !errors.Is(err, graph.ErrNotFound) || err.Error() != `no entity is named "`+ref+`"` {
			t.Errorf("ng.entities(%q): error %v", ref, err)
		}
	}
	// a query that catches it goes on
	res, err := st.Query(ctx, `try { ng.entities("Atlantis") } catch (e) { g.emit(String(e.message || e)) }`, graph.QueryOptions{})
	if err != nil || len(res.Values) != 1 {
		t.Errorf("caught: %v, %v", res.Values, err)
	}
}
