package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/graph"
)

// resultFormats are the forms query results print in.
var resultFormats = []string{"json", "table", "csv", "tsv"}

// namer gives the schema:name of each node IRI ("<ngid:…>", as results
// have them) that has one; nil where no store is at hand.
type namer func(iris []string) map[string]string

// storeNamer names nodes through a Gizmo query over st: ng.name answers
// from the store's index, the whole list in one query.
func storeNamer(ctx context.Context, st *graph.Store) namer {
	return func(iris []string) map[string]string {
		out := map[string]string{}
		if len(iris) == 0 {
			return out
		}
		full := make([]string, len(iris))
		for i, iri := range iris {
			full[i] = graph.ExpandPrefixes(iri)
		}
		res, err := st.Query(ctx, `args.ids.split("\n").forEach(function (id, i) { g.emit([i, ng.name(id)]); });`,
			graph.QueryOptions{Args: map[string]string{"ids": strings.Join(full, "\n")}, Limit: -1})
		if err != nil {
			return out
		}
		for _, v := range res.Values {
			pair, ok := v.([]any)
			if !ok || len(pair) != 2 {
				continue
			}
			i, ok1 := pair[0].(int64)
			name, ok2 := pair[1].(string)
			if ok1 && ok2 && name != "" && int(i) < len(iris) {
				out[iris[i]] = name
			}
		}
		return out
	}
}

// printResult writes a query's results: as indented JSON; as a table for
// reading (the query's columns in its order, nodes by name, lists joined,
// rows sorted, "(no results)" for none); or as CSV or TSV (a header, then
// the same rows, nodes by IRI).
func printResult(w io.Writer, format string, res graph.Result, names namer) error {
	vals := res.Values
	if vals == nil {
		vals = []any{}
	}
	switch format {
	case "table", "csv", "tsv":
	default:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(vals)
	}
	t := newTable(res.Columns, vals)
	if format == "table" && names != nil {
		t.name(names)
	}
	t.sort()
	switch format {
	case "csv":
		return t.writeCSV(w, ',')
	case "tsv":
		return t.writeTSV(w)
	}
	return t.writeText(w)
}

// table is results as rows of cells.
type table struct {
	cols   []string // nil: the results are not objects, one value a row
	rows   [][]any
	labels map[string]string // IRI → name
}

// newTable lays vals out in columns: cols first (the keys the query
// emitted, in its order), then any other key, id first, then by name.
func newTable(cols []string, vals []any) *table {
	t := &table{}
	seen := map[string]bool{}
	var extra []string
	objects := false
	for _, v := range vals {
		m, ok := v.(map[string]any)
		if !ok {
			continue
		}
		objects = true
		for k := range m {
			if !seen[k] && !slices.Contains(cols, k) {
				seen[k] = true
				extra = append(extra, k)
			}
		}
	}
	sort.Slice(extra, func(i, j int) bool {
		if (extra[i] == "id") != (extra[j] == "id") {
			return extra[i] == "id"
		}
		return extra[i] < extra[j]
	})
	if objects {
		// only the columns some row has
		for _, c := range cols {
			for _, v := range vals {
				if m, ok := v.(map[string]any); ok {
					if _, ok := m[c]; ok {
						t.cols = append(t.cols, c)
						break
					}
				}
			}
		}
		t.cols = append(t.cols, extra...)
	}
	for _, v := range vals {
		if t.cols == nil {
			t.rows = append(t.rows, []any{v})
			continue
		}
		m, ok := v.(map[string]any)
		row := make([]any, len(t.cols))
		if !ok {
			row[0] = v // a value among objects: in the first column
		}
		for i, c := range t.cols {
			if ok {
				row[i] = m[c]
			}
		}
		t.rows = append(t.rows, row)
	}
	return t
}

// name looks up the names of the nodes in the cells.
func (t *table) name(names namer) {
	seen := map[string]bool{}
	var iris []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if isIRI(v) && !seen[v] {
				seen[v] = true
				iris = append(iris, v)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, r := range t.rows {
		for _, c := range r {
			walk(c)
		}
	}
	t.labels = names(iris)
}

func isIRI(s string) bool {
	return len(s) > 2 && s[0] == '<' && s[len(s)-1] == '>' && !strings.ContainsAny(s, " \n\t")
}

// text is a cell as a table shows it: a node by name (else its IRI
// without brackets), a number in full, a list joined with ", ".
func (t *table) text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		if isIRI(v) {
			if name, ok := t.labels[v]; ok {
				return name
			}
			return v[1 : len(v)-1]
		}
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(v, 10)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, x := range v {
			if s := t.text(x); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// sort orders the rows by their cells, column by column: numbers by
// value, before text; text in the order of its letters, case aside.
func (t *table) sort() {
	sort.SliceStable(t.rows, func(i, j int) bool {
		for k := range t.rows[i] {
			if c := compareCells(t.rows[i][k], t.rows[j][k], t.text); c != 0 {
				return c < 0
			}
		}
		return false
	})
}

func compareCells(a, b any, text func(any) string) int {
	fa, aNum := number(a)
	fb, bNum := number(b)
	switch {
	case aNum && bNum:
		if fa < fb {
			return -1
		} else if fa > fb {
			return 1
		}
		return 0
	case aNum != bNum:
		// empty cells last, numbers before text
		if a == nil {
			return 1
		} else if b == nil {
			return -1
		}
		if aNum {
			return -1
		}
		return 1
	}
	sa, sb := text(a), text(b)
	if sa == "" && sb != "" {
		return 1
	} else if sb == "" && sa != "" {
		return -1
	}
	if c := strings.Compare(strings.ToLower(sa), strings.ToLower(sb)); c != 0 {
		return c
	}
	return strings.Compare(sa, sb)
}

func number(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case int64:
		return float64(v), true
	}
	return 0, false
}

func (t *table) writeText(w io.Writer) error {
	if len(t.rows) == 0 {
		_, err := fmt.Fprintln(w, "(no results)")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	if t.cols != nil {
		fmt.Fprintln(tw, strings.Join(t.cols, "\t"))
	}
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = clean.Replace(t.text(c))
		}
		fmt.Fprintln(tw, strings.TrimRight(strings.Join(cells, "\t"), "\t"))
	}
	return tw.Flush()
}

func (t *table) header() []string {
	if t.cols == nil {
		return []string{"value"}
	}
	return t.cols
}

func (t *table) writeCSV(w io.Writer, sep rune) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	if len(t.rows) > 0 || t.cols != nil {
		cw.Write(t.header())
	}
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = t.text(c)
		}
		cw.Write(cells)
	}
	cw.Flush()
	return cw.Error()
}

// writeTSV writes tab-separated values as spreadsheets and cut(1) read
// them: no quoting, so a tab or line break in a cell becomes a space.
func (t *table) writeTSV(w io.Writer) error {
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	var b strings.Builder
	if len(t.rows) > 0 || t.cols != nil {
		b.WriteString(strings.Join(t.header(), "\t") + "\n")
	}
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = clean.Replace(t.text(c))
		}
		b.WriteString(strings.Join(cells, "\t") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
