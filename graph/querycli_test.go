package graph_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// A query's errors name the line and column of the user's own code: not
// of the prelude that shares its first line, nor of its prefixes expanded.
func TestQueryErrorPositions(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	cases := []struct{ code, want string }{
		{`g.V(`, "syntax error: line 1, column 5: Unexpected end of input"},
		{`x.y`, "ReferenceError: x is not defined at line 1, column 1"},
		{`g.V("<ng:x>").foo()`, "TypeError: Object has no member 'foo' at line 1, column 18"},
		// a call is placed at its bracket
		{"g.V(\"<ngid:country/in>\").in(\"<ng:recipient>\").all();\n  nope()", "ReferenceError: nope is not defined at line 2, column 7"},
		{`g.V("<ngid:country/in>").in("<ng:recipient>").all(); nope()`, "ReferenceError: nope is not defined at line 1, column 58"},
		{"function f() {\n  return y.z }\nf()", "ReferenceError: y is not defined at f (line 2, column 10)"},
		{`var é = "ü"; é.x.y`, "TypeError: Cannot read property 'y' of undefined at line 1, column 18"},
	}
	for _, c := range cases {
		_, err := st.Query(ctx, c.code, graph.QueryOptions{})
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Query(%q) error = %v\nwant %q", c.code, err, c.want)
		}
	}
}

func TestUserPosition(t *testing.T) {
	p := len(graph.Prelude)
	code := `ab"<ng:x>"cd` + "\n" + `é"<schema:name>"z`
	exp := graph.ExpandPrefixes(code)
	line2 := exp[strings.Index(exp, "\n")+1:]
	cases := []struct {
		line, col         int
		wantLine, wantCol int
		ok                bool
	}{
		{1, 3, 0, 0, false},    // in the prelude
		{1, p + 1, 1, 1, true}, // a
		{1, p + 3, 1, 3, true}, // "
		{1, p + 4, 1, 4, true}, // the expanded IRI: its start
		{1, p + 4 + len(graph.ExpandPrefixes("<ng:")) + 3, 1, 11, true}, // c
		{2, 1, 2, 1, true}, // é
		{2, strings.Index(line2, "z") + 1, 2, 17, true}, // z, after é (two bytes) and an expansion
	}
	for _, c := range cases {
		l, col, ok := graph.UserPosition(code, c.line, c.col)
		if ok != c.ok || ok && (l != c.wantLine || col != c.wantCol) {
			t.Errorf("UserPosition(%d:%d) = %d:%d %v, want %d:%d %v", c.line, c.col, l, col, ok, c.wantLine, c.wantCol, c.ok)
		}
	}
}

// Columns are the emitted objects' keys in the order the query wrote them.
func TestQueryColumns(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	res, err := st.Query(ctx, `g.emit({zeta: 1, alpha: [2]}); graph.emit({beta: "b", alpha: 3}); g.emit(4); g.emit(["x"])`, graph.QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"zeta", "alpha", "beta"}; !reflect.DeepEqual(res.Columns, want) {
		t.Errorf("Columns = %q, want %q", res.Columns, want)
	}
	if len(res.Values) != 4 {
		t.Errorf("Values = %v", res.Values)
	}
}

// Value keeps the code's own value when it is data: what a REPL shows.
func TestQueryValue(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	if _, err := st.ReplaceArticle(ctx, art1, "a.txt", articleQuads(art1, "a.txt", "Jane Roe")); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		code string
		want string // the results as JSON
	}{
		{`ng.name("<ngid:person/jane-roe>")`, `["Jane Roe"]`},
		{`1 + 1`, `[2]`},
		{`({a: 1})`, `[{"a":1}]`},
		{`g.V("<ngid:person/jane-roe>")`, `[]`}, // a path: not data
		{`g`, `[]`},
		{`var x = 1`, `[]`},
		{`g.V("<ngid:person/jane-roe>").all()`, `[{"id":"\u003cngid:person/jane-roe\u003e"}]`},
		{`g.emit(1); "two"`, `[1,"two"]`},
	}
	for _, c := range cases {
		res, err := st.Query(ctx, c.code, graph.QueryOptions{Value: true})
		if err != nil {
			t.Fatalf("Query(%q): %v", c.code, err)
		}
		vals := res.Values
		if vals == nil {
			vals = []any{}
		}
		if got := toString(vals); got != c.want {
			t.Errorf("Query(%q) = %s, want %s", c.code, got, c.want)
		}
	}
	// without Value, as in saved queries and Cayley's API, it is not kept
	res, err := st.Query(ctx, `ng.name("<ngid:person/jane-roe>")`, graph.QueryOptions{})
	if err != nil || len(res.Values) != 0 {
		t.Errorf("without Value: %v %v", res.Values, err)
	}
}
