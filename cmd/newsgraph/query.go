package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// queryFlags bound a query's run.
type queryFlags struct {
	limit   int
	timeout time.Duration
}

func (qf *queryFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&qf.limit, "limit", graph.DefaultLimit, "most results to print, 0 for all")
	fs.DurationVar(&qf.timeout, "timeout", graph.DefaultTimeout, "time limit of a query")
}

// queriesFlag is the folder of the user's saved queries.
type queriesFlag struct{ dir string }

func (qf *queriesFlag) register(fs *flag.FlagSet) {
	fs.StringVar(&qf.dir, "queries", os.Getenv("NEWSGRAPH_QUERIES"), "folder of your saved queries (NAME.js, NAME.golden.json) (default $NEWSGRAPH_QUERIES, else a queries/ folder beside the store)")
}

// library opens the built-in saved queries and the user's folder: the
// flag's, else a queries/ folder beside a bolt or leveldb store if there
// is one.
func (qf *queriesFlag) library(sf storeFlags) (*queries.Library, error) {
	dir := qf.dir
	if dir == "" && !strings.Contains(sf.db, "://") {
		beside := filepath.Join(filepath.Dir(sf.db), "queries")
		if info, err := os.Stat(beside); err == nil && info.IsDir() {
			dir = beside
		}
	}
	return queries.Open(dir)
}

// note writes lines to stderr as notes.
func (a *app) note(lines ...string) {
	for _, l := range lines {
		fmt.Fprintf(a.stderr, "newsgraph: %s\n", l)
	}
}

// cliLimit maps the flag's "0 for all" to QueryOptions' "below 0 for all".
func cliLimit(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

func (a *app) query(args []string) error {
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	sf.register(fs)
	qf.register(fs)
	lf.register(fs)
	var argv multiFlag
	expr := fs.String("e", "", "Gizmo code to run")
	format := fs.String("format", "json", "output: json or table")
	fs.Var(&argv, "arg", "k=v: an argument of the query, bound to args.k (repeatable)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "table" {
		return usagef("query: --format %q: want json or table", *format)
	}
	qargs := map[string]string{}
	for _, kv := range argv {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return usagef("query: --arg %q: want k=v", kv)
		}
		qargs[k] = v
	}
	var q queries.Query
	switch {
	case *expr != "" && len(pos) == 0:
		q = queries.Query{Name: "-e", Code: *expr}
	case *expr == "" && len(pos) == 1 && strings.HasSuffix(pos[0], ".js"):
		b, err := os.ReadFile(pos[0])
		if err != nil {
			return fmt.Errorf("%s: %w", pos[0], unwrapPath(err))
		}
		q = queries.Query{Name: pos[0], Code: string(b)}
	case *expr == "" && len(pos) == 1:
		lib, err := lf.library(sf)
		if err != nil {
			return err
		}
		if q, err = lib.Find(pos[0]); err != nil {
			return err
		}
		if lib.Overridden(q.Name) {
			a.note(lib.OverrideNote(q.Name))
		}
		if err := q.CheckArgs(qargs); err != nil {
			return usagef("%v", err)
		}
	default:
		return usagef("query: give a saved query's NAME, a FILE.js, or -e CODE")
	}
	st, err := sf.open(qf.timeout)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Query(context.Background(), q.Code, graph.QueryOptions{Args: qargs, Limit: cliLimit(qf.limit), Timeout: qf.timeout})
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	if err := printResult(a.stdout, *format, res.Values); err != nil {
		return err
	}
	if res.Truncated {
		fmt.Fprintf(a.stderr, "newsgraph: query %s: more than %d results; only the first %d shown (--limit N for more, --limit 0 for all)\n", q.Name, qf.limit, qf.limit)
	}
	return nil
}

// printResult writes query results as indented JSON or as a table.
func printResult(w io.Writer, format string, vals []any) error {
	if vals == nil {
		vals = []any{}
	}
	if format == "table" {
		return printTable(w, vals)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(vals)
}

func printTable(w io.Writer, vals []any) error {
	cols := map[string]bool{}
	for _, v := range vals {
		if m, ok := v.(map[string]any); ok {
			for k := range m {
				cols[k] = true
			}
		}
	}
	tw := tabwriter.NewWriter(w, 0, 2, 2, ' ', 0)
	if len(cols) == 0 {
		for _, v := range vals {
			fmt.Fprintln(tw, cell(v))
		}
		return tw.Flush()
	}
	var names []string
	for k := range cols {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Fprintln(tw, strings.Join(names, "\t"))
	for _, v := range vals {
		m, _ := v.(map[string]any)
		row := make([]string, len(names))
		for i, k := range names {
			row[i] = cell(m[k])
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	return tw.Flush()
}

func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func (a *app) queries(args []string) error {
	fs := flag.NewFlagSet("queries", flag.ContinueOnError)
	var sf storeFlags
	sf.register(fs)
	var qf queryFlags
	qf.register(fs)
	var lf queriesFlag
	lf.register(fs)
	runs := fs.Int("time", 0, "run each saved query N times over the store (with the example arguments of its header, and --limit) and print p50 and p95")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	lib, err := lf.library(sf)
	if err != nil {
		return err
	}
	a.note(lib.Notes()...)
	if *runs > 0 {
		return a.timeQueries(sf, qf, lib.Queries, *runs)
	}
	return a.listQueries(lib)
}

// listQueries writes a line for each saved query: its name, arguments
// and description, and the file of one of the user's.
func (a *app) listQueries(lib *queries.Library) error {
	tw := tabwriter.NewWriter(a.stdout, 0, 2, 2, ' ', 0)
	for _, q := range lib.Queries {
		var as []string
		for _, arg := range q.Args {
			as = append(as, "--arg "+arg.Name+"=…")
		}
		desc := q.Description
		if q.File != "" {
			desc += " (" + q.File + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(as, " "), desc)
	}
	return tw.Flush()
}

func (a *app) export(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var sf storeFlags
	sf.register(fs)
	format := fs.String("format", "nquads", "nquads, jsonld or dot")
	out := fs.String("o", "", "write to FILE instead of stdout")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("export: unexpected %q", pos[0])
	}
	switch *format {
	case "nquads", "jsonld", "dot":
	default:
		return usagef("export: --format %q: want nquads, jsonld or dot", *format)
	}
	st, err := sf.open(0)
	if err != nil {
		return err
	}
	defer st.Close()
	quads, err := st.AllQuads(context.Background())
	if err != nil {
		return err
	}
	if *out == "" {
		return graph.Export(a.stdout, *format, quads)
	}
	// write beside the target and rename, so a failed export leaves no half file
	tmp, err := os.CreateTemp(dirOf(*out), ".newsgraph-export-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := graph.Export(tmp, *format, quads); err != nil {
		tmp.Close()
		return fmt.Errorf("%s: %w", *out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", *out, err)
	}
	return os.Rename(tmp.Name(), *out)
}

func dirOf(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i+1]
	}
	return "."
}

func (a *app) stats(args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	var sf storeFlags
	sf.register(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	st, err := sf.open(0)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		return err
	}
	for _, l := range s.Lines() {
		fmt.Fprintln(a.stdout, l)
	}
	return nil
}

// timeQueries runs every saved query n times and prints the median and
// 95th percentile of its wall time, and how many results it gave.
func (a *app) timeQueries(sf storeFlags, qf queryFlags, all []queries.Query, n int) error {
	st, err := sf.open(qf.timeout)
	if err != nil {
		return err
	}
	defer st.Close()
	tw := tabwriter.NewWriter(a.stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "query\tresults\tp50 ms\tp95 ms\t")
	for _, q := range all {
		args := map[string]string{}
		for _, arg := range q.Args {
			args[arg.Name] = arg.Example()
		}
		var times []time.Duration
		results := ""
		var failed error
		for i := 0; i < n; i++ {
			start := time.Now()
			res, err := st.Query(context.Background(), q.Code, graph.QueryOptions{Args: args, Limit: cliLimit(qf.limit), Timeout: qf.timeout})
			if err != nil {
				failed = err
				break
			}
			times = append(times, time.Since(start))
			results = fmt.Sprint(len(res.Values))
			if res.Truncated {
				results += "+" // a page: there were more
			}
		}
		if failed != nil {
			fmt.Fprintf(tw, "%s\t-\t%s\t\t\n", q.Name, oneLine(failed.Error()))
			continue
		}
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		p := func(f float64) float64 {
			return float64(times[int(f*float64(len(times)-1))].Microseconds()) / 1000
		}
		fmt.Fprintf(tw, "%s\t%s\t%.1f\t%.1f\t\n", q.Name, results, p(0.5), p(0.95))
	}
	return tw.Flush()
}
