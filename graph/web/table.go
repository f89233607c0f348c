package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// A query's rows as an HTML table: the columns in the order the query's
// code names them, each entity a link to its page, named as pages name it
// (an event by who, where and when), and each name that one entity has a
// link to that entity's page (to a search when several have it).

// table is rows of a query's result, to draw.
type table struct {
	Columns []string
	Rows    [][]cell
}

// cell is one value: parts separated by commas (an array's items).
type cell struct {
	Parts []part
}

// part is a piece of a cell: text, a link to an entity (with its class)
// or to a search, or a JSON value shown as code.
type part struct {
	Text  string
	URL   string
	Class string // the entity's class, "Person"
	Title string // a tooltip: the IRI, or how many entities have the name
	Code  bool   // JSON text of a nested object
	Empty bool   // a null
	Date  bool   // a date, "2021-05-28", kept on one line
}

// datePattern matches a date as the store writes one: a year, a month or
// a day.
var datePattern = regexp.MustCompile(`^\d{4}(-\d\d){0,2}$`)

// maxNameLen is the longest string looked up as a name.
const maxNameLen = 200

// keyPattern matches where an object literal gives a key a value:
// `date:`, `"date":`; the key is the first group that matched.
var keyPattern = regexp.MustCompile(`(?:^|[{,\s])(?:"([A-Za-z_$][\w$]*)"|'([A-Za-z_$][\w$]*)'|([A-Za-z_$][\w$]*))\s*:`)

// columnOrder sorts keys as the code gives them values: in the order of
// the object literal that names the most of them (the row a query emits,
// `g.emit({ date: …, what: … })`), then those it does not name in the
// order the code first names them, then the others by name. A header's
// comments are not code.
func columnOrder(code string, keys []string) []string {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	src := []byte(code)
	// blank out comments and strings, keeping offsets, so that braces and
	// colons in them do not count
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for ; i < len(src) && src[i] != '\n'; i++ {
				src[i] = ' '
			}
		case c == '"' || c == '\'' || c == '`':
			// a quoted key stays: it is followed by a colon
			j := i + 1
			for ; j < len(src) && src[j] != c && src[j] != '\n'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			if j < len(src) && src[j] == c {
				rest := strings.TrimLeft(string(src[j+1:min(j+40, len(src))]), " \t")
				if !strings.HasPrefix(rest, ":") {
					for k := i; k <= j; k++ {
						src[k] = ' '
					}
				}
			}
			i = j
		}
	}
	// the object literal each place is in: the innermost open brace
	encl := make([]int, len(src))
	var stack []int
	for i, c := range src {
		switch c {
		case '{':
			stack = append(stack, i)
		case '}':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
		encl[i] = -1
		if len(stack) > 0 {
			encl[i] = stack[len(stack)-1]
		}
	}
	first := map[string]int{}
	byLiteral := map[int]map[string]int{}
	for _, m := range keyPattern.FindAllSubmatchIndex(src, -1) {
		var k string
		var at int
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				k, at = string(src[m[2*g]:m[2*g+1]]), m[2*g]
			}
		}
		if !want[k] {
			continue
		}
		if _, ok := first[k]; !ok {
			first[k] = at
		}
		lit := encl[at]
		if byLiteral[lit] == nil {
			byLiteral[lit] = map[string]int{}
		}
		if _, ok := byLiteral[lit][k]; !ok {
			byLiteral[lit][k] = at
		}
	}
	best := -2
	for lit, ks := range byLiteral {
		if lit >= 0 && (best == -2 || len(ks) > len(byLiteral[best]) || len(ks) == len(byLiteral[best]) && lit > best) {
			best = lit
		}
	}
	rank := func(k string) (int, int) {
		if at, ok := byLiteral[best][k]; ok && best >= 0 {
			return 0, at
		}
		if at, ok := first[k]; ok {
			return 1, at
		}
		return 2, 0
	}
	out := append([]string(nil), keys...)
	sort.SliceStable(out, func(i, j int) bool {
		gi, ai := rank(out[i])
		gj, aj := rank(out[j])
		if gi != gj {
			return gi < gj
		}
		if ai != aj {
			return ai < aj
		}
		return out[i] < out[j]
	})
	return out
}

// asIRI reads a value of a (simplified) result as an entity's IRI:
// "<ngid:person/x>".
func asIRI(s string) (quad.IRI, bool) {
	if !strings.HasPrefix(s, "<") || !strings.HasSuffix(s, ">") {
		return "", false
	}
	return graph.ParseID(s)
}

// makeTable draws simplified query results (graph.Simplify's form).
func (h *handler) makeTable(ctx context.Context, code string, values []any) table {
	var t table
	keys := map[string]bool{}
	objects := true
	for _, v := range values {
		m, ok := v.(map[string]any)
		if !ok {
			objects = false
			continue
		}
		for k := range m {
			keys[k] = true
		}
	}
	if objects && len(keys) > 0 {
		for k := range keys {
			t.Columns = append(t.Columns, k)
		}
		t.Columns = columnOrder(code, t.Columns)
	} else {
		t.Columns = []string{"value"}
	}

	// what to look up: entities by IRI, and strings that may be names
	var ids []quad.IRI
	var names []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if id, ok := asIRI(v); ok {
				ids = append(ids, id)
			} else if v != "" && len(v) <= maxNameLen {
				names = append(names, v)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, v := range values {
		if m, ok := v.(map[string]any); ok && objects {
			for _, x := range m {
				walk(x)
			}
		} else {
			walk(v)
		}
	}
	labels := h.st.Labels(ctx, ids)
	named, _ := h.st.EntitiesNamed(ctx, names) // without it, names are text

	var render func(v any) []part
	render = func(v any) []part {
		switch v := v.(type) {
		case nil:
			return []part{{Empty: true}}
		case string:
			if id, ok := asIRI(v); ok {
				if n, ok := labels[id]; ok {
					return []part{{Text: n.Name, URL: entityURL(id), Class: n.ClassName(), Title: graph.ShortIRI(id)}}
				}
				return []part{{Text: graph.ShortIRI(id)}} // nothing is known of it (a predicate): no page
			}
			switch ids := named[v]; len(ids) {
			case 0:
				return []part{{Text: v, Date: datePattern.MatchString(v)}}
			case 1:
				return []part{{Text: v, URL: entityURL(ids[0]), Title: graph.ShortIRI(ids[0])}}
			default:
				return []part{{Text: v, URL: "/ng/search?" + url.Values{"q": {v}}.Encode(),
					Title: strconv.Itoa(len(ids)) + " entities have this name"}}
			}
		case float64:
			return []part{{Text: strconv.FormatFloat(v, 'f', -1, 64)}}
		case float32:
			return []part{{Text: strconv.FormatFloat(float64(v), 'f', -1, 32)}}
		case int, int64, int32, uint64, uint32, json.Number:
			return []part{{Text: fmt.Sprint(v)}}
		case bool:
			return []part{{Text: strconv.FormatBool(v)}}
		case []any:
			if len(v) == 0 {
				return []part{{Empty: true}}
			}
			var out []part
			for _, x := range v {
				out = append(out, render(x)...)
			}
			return out
		}
		b, _ := json.Marshal(v)
		return []part{{Text: string(b), Code: true}}
	}
	for _, v := range values {
		var row []cell
		if m, ok := v.(map[string]any); ok && objects {
			for _, c := range t.Columns {
				row = append(row, cell{Parts: render(m[c])})
			}
		} else {
			row = []cell{{Parts: render(v)}}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
