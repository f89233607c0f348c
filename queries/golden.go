package queries

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// A query's golden file, NAME.golden.json beside the queries, holds the
// arguments it is tested with and the rows it gave, sorted:
//
//	{"query": "office-holders", "args": {"country": "India"}, "result": [ … ]}
//
// `newsgraph test` (Library.Test) runs each query that has one and tells
// the rows gained and lost; `newsgraph test --update` writes them. So does
// `go test ./queries` for the built-in queries over seeds/.

// GoldenSuffix ends the name of a golden file.
const GoldenSuffix = ".golden.json"

// Golden is the content of a golden file.
type Golden struct {
	Query  string            `json:"query"`
	Args   map[string]string `json:"args"`
	Result []json.RawMessage `json:"result"`
}

// Runner runs a saved query with arguments over a store and returns every
// row it gives.
type Runner func(ctx context.Context, q Query, args map[string]string) ([]any, error)

// TestOptions say what Library.Test runs.
type TestOptions struct {
	Names  []string          // the queries to test; none: each that has a golden file
	Update bool              // write the golden files instead of comparing
	Args   map[string]string // with one name: its arguments (else the golden's, else the header's examples)
}

// Outcome is one query's test.
type Outcome struct {
	Query   string
	Args    map[string]string
	Golden  string   // the golden file
	Rows    int      // the rows the query gave
	Gained  []string // rows it gave that the golden lacks (as JSON)
	Lost    []string // rows of the golden it no longer gave
	Updated bool     // the golden was written
	Err     error    // the query could not be tested
}

// Passed tells a test that found what its golden holds.
func (o Outcome) Passed() bool {
	return o.Err == nil && (o.Updated || len(o.Gained) == 0 && len(o.Lost) == 0)
}

// GoldenNames are the queries that have a golden file in the library's
// folder, sorted.
func (l *Library) GoldenNames() []string {
	if l.Dir == "" {
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(l.Dir, "*"+GoldenSuffix))
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), GoldenSuffix))
	}
	sort.Strings(names)
	return names
}

// Test runs the queries opt names (else every one with a golden file in
// the library's folder) and compares their rows with their golden files,
// or writes those with opt.Update. An error is a run that could test
// nothing; a query that could not be tested is an Outcome with Err.
func (l *Library) Test(ctx context.Context, run Runner, opt TestOptions) ([]Outcome, error) {
	if l.Dir == "" {
		return nil, errors.New("no queries folder to hold golden files (--queries DIR, $NEWSGRAPH_QUERIES, or a queries/ folder beside the store)")
	}
	names := opt.Names
	if len(names) == 0 {
		names = l.GoldenNames()
		if len(names) == 0 {
			return nil, fmt.Errorf("no golden files (NAME%s) in %s: newsgraph test --update NAME writes one", GoldenSuffix, l.Dir)
		}
	}
	if len(opt.Args) > 0 && len(names) != 1 {
		return nil, errors.New("arguments are for one query: give its NAME")
	}
	abs, err := filepath.Abs(l.Dir)
	if err != nil {
		return nil, err
	}
	base := filepath.Dir(abs)
	var out []Outcome
	for _, name := range names {
		o := l.test(ctx, run, name, opt, base)
		out = append(out, o)
	}
	return out, nil
}

func (l *Library) test(ctx context.Context, run Runner, name string, opt TestOptions, base string) Outcome {
	o := Outcome{Query: name, Golden: filepath.Join(l.Dir, name+GoldenSuffix)}
	q, err := l.Find(name)
	if err != nil {
		o.Err = err
		return o
	}
	var golden *Golden
	switch b, err := os.ReadFile(o.Golden); {
	case err == nil:
		golden = &Golden{}
		if err := json.Unmarshal(b, golden); err != nil {
			o.Err = fmt.Errorf("%s: not a golden file: %v", o.Golden, err)
			return o
		}
	case !errors.Is(err, fs.ErrNotExist):
		o.Err = err
		return o
	case !opt.Update:
		o.Err = fmt.Errorf("no golden file %s (newsgraph test --update %s writes one)", o.Golden, name)
		return o
	}
	switch {
	case len(opt.Args) > 0:
		o.Args = opt.Args
	case golden != nil && len(golden.Args) > 0:
		o.Args = golden.Args
	default:
		o.Args = map[string]string{}
		for _, a := range q.Args {
			if ex := a.Example(); ex != "" {
				o.Args[a.Name] = ex
			}
		}
	}
	if err := q.CheckArgs(o.Args); err != nil {
		o.Err = err
		return o
	}
	vals, err := run(ctx, q, o.Args)
	if err != nil {
		o.Err = fmt.Errorf("query %s: %w", name, err)
		return o
	}
	o.Rows = len(vals)
	got := make([]string, len(vals))
	for i, v := range vals {
		if got[i], err = rowJSON(relativeSources(v, base)); err != nil {
			o.Err = err
			return o
		}
	}
	sort.Strings(got)
	var want []string
	if golden != nil {
		for _, raw := range golden.Result {
			var v any
			if err := json.Unmarshal(raw, &v); err != nil {
				o.Err = fmt.Errorf("%s: %v", o.Golden, err)
				return o
			}
			s, _ := rowJSON(v)
			want = append(want, s)
		}
		sort.Strings(want)
	}
	o.Gained, o.Lost = diffRows(got, want)
	if opt.Update {
		if err := writeGolden(o.Golden, name, o.Args, got); err != nil {
			o.Err = err
			return o
		}
		o.Updated = true
	}
	return o
}

// rowJSON is a row as one line of JSON, its keys sorted.
func rowJSON(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// relativeSources writes the file: sources of articles under base, the
// folder that holds the queries folder, relative to it ("file:./seeds/
// a.txt"), so that a folder of queries and goldens passes wherever it is
// checked out.
func relativeSources(v any, base string) any {
	prefix := extract.FileSource(base) + "/"
	var walk func(any) any
	walk = func(v any) any {
		switch v := v.(type) {
		case string:
			if rest, ok := strings.CutPrefix(v, prefix); ok {
				return "file:./" + rest
			}
		case map[string]any:
			out := make(map[string]any, len(v))
			for k, x := range v {
				out[k] = walk(x)
			}
			return out
		case []any:
			out := make([]any, len(v))
			for i, x := range v {
				out[i] = walk(x)
			}
			return out
		}
		return v
	}
	return walk(v)
}

// diffRows is the rows of got that want lacks and the rows of want that
// got lacks, each as many times as it is missing; both sorted.
func diffRows(got, want []string) (gained, lost []string) {
	i, j := 0, 0
	for i < len(got) || j < len(want) {
		switch {
		case j == len(want) || i < len(got) && got[i] < want[j]:
			gained = append(gained, got[i])
			i++
		case i == len(got) || want[j] < got[i]:
			lost = append(lost, want[j])
			j++
		default:
			i++
			j++
		}
	}
	return gained, lost
}

// writeGolden writes a golden file: the rows sorted, each indented on
// lines of its own, so that a change shows as a readable diff.
func writeGolden(path, name string, args map[string]string, rows []string) error {
	var b bytes.Buffer
	b.WriteString("{\n  \"query\": ")
	n, _ := rowJSON(name)
	b.WriteString(n)
	b.WriteString(",\n  \"args\": ")
	if args == nil {
		args = map[string]string{}
	}
	a, _ := rowJSON(args)
	b.WriteString(a)
	b.WriteString(",\n  \"result\": [")
	for i, r := range rows {
		var ind bytes.Buffer
		if err := json.Indent(&ind, []byte(r), "    ", "  "); err != nil {
			return err
		}
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n    ")
		b.Write(ind.Bytes())
	}
	if len(rows) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// MaxShown is the most rows gained, and lost, that a report shows.
const MaxShown = 20

// Report writes the outcome for a person: ok, FAIL with the rows gained
// (+) and lost (-), updated, or the error.
func (o Outcome) Report(w io.Writer) {
	what := o.Query
	var keys []string
	for k := range o.Args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		what += fmt.Sprintf(" --arg %s=%s", k, o.Args[k])
	}
	rows := func(n int) string {
		if n == 1 {
			return "1 row"
		}
		return fmt.Sprintf("%d rows", n)
	}
	switch {
	case o.Err != nil:
		fmt.Fprintf(w, "ERROR %s: %s\n", o.Query, strings.Join(strings.Fields(o.Err.Error()), " "))
		return
	case o.Updated:
		fmt.Fprintf(w, "wrote %s (%s; %d gained, %d lost)\n", o.Golden, rows(o.Rows), len(o.Gained), len(o.Lost))
		return
	case o.Passed():
		fmt.Fprintf(w, "ok    %s (%s)\n", what, rows(o.Rows))
		return
	}
	fmt.Fprintf(w, "FAIL  %s: %s gained, %d lost (against %s)\n", what, rows(len(o.Gained)), len(o.Lost), o.Golden)
	show := func(sign string, rs []string) {
		for i, r := range rs {
			if i == MaxShown {
				fmt.Fprintf(w, "      %s … and %d more\n", sign, len(rs)-MaxShown)
				return
			}
			fmt.Fprintf(w, "      %s %s\n", sign, r)
		}
	}
	show("+", o.Gained)
	show("-", o.Lost)
}
