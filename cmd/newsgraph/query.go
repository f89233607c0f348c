package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// queryFlags bound a query's run.
type queryFlags struct {
	limit   int
	timeout time.Duration
}

func (qf *queryFlags) register(cmd *cobra.Command) {
	cmd.Flags().IntVar(&qf.limit, "limit", graph.DefaultLimit, "most results to print, 0 for all")
	cmd.Flags().DurationVar(&qf.timeout, "timeout", graph.DefaultTimeout, "time limit of a query")
}

// queriesFlag is the folder of the user's saved queries.
type queriesFlag struct{ dir string }

func (qf *queriesFlag) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&qf.dir, "queries", os.Getenv("NEWSGRAPH_QUERIES"), "folder of your saved queries, NAME.js and NAME.golden.json (default $NEWSGRAPH_QUERIES, else a queries/ folder beside the store)")
	cmd.MarkFlagDirname("queries")
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

// completeQueries completes a saved query's name (with its description),
// or a FILE.js.
func completeQueries(sf *storeFlags, lf *queriesFlag) func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if strings.ContainsAny(toComplete, "/.") {
			return []cobra.Completion{"js"}, cobra.ShellCompDirectiveFilterFileExt
		}
		lib, err := lf.library(*sf)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, q := range lib.Queries {
			if strings.HasPrefix(q.Name, toComplete) && !slices.Contains(args, q.Name) {
				out = append(out, cobra.CompletionWithDesc(q.Name, q.Description))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeArgs completes --arg with the arguments of the saved query the
// line names: "country=".
func completeArgs(sf *storeFlags, lf *queriesFlag) func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		lib, err := lf.library(*sf)
		if err != nil || len(args) == 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		q, err := lib.Find(args[0])
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, arg := range q.Args {
			if strings.HasPrefix(arg.Name+"=", toComplete) {
				out = append(out, cobra.CompletionWithDesc(arg.Name+"=", arg.Help))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
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

const queryExample = `  newsgraph query people-offices --format table
  newsgraph query office-holders --arg country=India
  newsgraph query evidence --arg subject="Antony Blinken" --arg predicate=ng:holdsOffice
  newsgraph query mine.js --format csv > mine.csv
  newsgraph query -e 'g.V("<ngid:country/in>").in("<ng:recipient>").all()'`

func (a *app) queryCmd() *cobra.Command {
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	var argv []string
	var expr, format string
	cmd := &cobra.Command{
		Use:   "query [flags] NAME|FILE.js|-e CODE",
		Short: "run a saved query, a Gizmo file or Gizmo code over the store",
		Long: `Run a saved query (newsgraph queries lists them), a Gizmo file or Gizmo code
(-e) over the store, and print its results: as JSON, as a table for reading
(the query's columns in its order, names for nodes that have one, lists
joined with ", ", rows sorted), or as CSV or TSV (the same columns and rows,
IRIs as they are). A query's arguments reach it as args.k; an argument that
is an entity takes a name in any case, an other name or an IRI.`,
		Example: queryExample,
		RunE: func(cmd *cobra.Command, pos []string) error {
			return a.query(sf, qf, lf, argv, expr, format, pos)
		},
	}
	sf.register(cmd)
	qf.register(cmd)
	lf.register(cmd)
	fs := cmd.Flags()
	fs.StringVarP(&expr, "expr", "e", "", "Gizmo `CODE` to run")
	fs.StringVar(&format, "format", "json", "output: json, table, csv or tsv")
	fs.StringArrayVar(&argv, "arg", nil, "`k=v`: an argument of the query, bound to args.k (repeatable)")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletions(resultFormats...))
	cmd.RegisterFlagCompletionFunc("arg", completeArgs(&sf, &lf))
	cmd.ValidArgsFunction = completeQueries(&sf, &lf)
	return cmd
}

func (a *app) query(sf storeFlags, qf queryFlags, lf queriesFlag, argv []string, expr, format string, pos []string) error {
	if err := oneOf("query", "format", format, resultFormats...); err != nil {
		return err
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
	case expr != "" && len(pos) == 0:
		q = queries.Query{Name: "-e", Code: expr}
	case expr == "" && len(pos) == 1 && strings.HasSuffix(pos[0], ".js"):
		b, err := os.ReadFile(pos[0])
		if err != nil {
			return fmt.Errorf("%s: %w", pos[0], unwrapPath(err))
		}
		q = queries.Query{Name: pos[0], Code: string(b)}
	case expr == "" && len(pos) == 1:
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
	ctx := context.Background()
	res, err := st.Query(ctx, q.Code, graph.QueryOptions{Args: qargs, Limit: cliLimit(qf.limit), Timeout: qf.timeout})
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	if err := printResult(a.stdout, format, res, storeNamer(ctx, st)); err != nil {
		return err
	}
	if res.Truncated {
		fmt.Fprintf(a.stderr, "newsgraph: query %s: more than %d results; only the first %d shown (--limit N for more, --limit 0 for all)\n", q.Name, qf.limit, qf.limit)
	}
	return nil
}

func (a *app) queriesCmd() *cobra.Command {
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	var runs int
	cmd := &cobra.Command{
		Use:   "queries",
		Short: "list the saved queries: built-in, and yours",
		Long: `List the saved queries: the built-in ones and yours (--queries DIR), each with
its arguments and description, and the file of one of yours. --time N runs
each N times over the store instead and prints p50 and p95.`,
		Example: `  newsgraph queries
  newsgraph queries --queries myq
  newsgraph queries --time 20 --limit 0`,
		Args: noArgs("queries"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.queries(sf, qf, lf, runs)
		},
	}
	sf.register(cmd)
	qf.register(cmd)
	lf.register(cmd)
	cmd.Flags().IntVar(&runs, "time", 0, "run each saved query `N` times over the store (with the example arguments of its header, and --limit) and print p50 and p95")
	return cmd
}

// noArgs refuses positional arguments.
func noArgs(name string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usagef("%s: unexpected %q", name, args[0])
		}
		return nil
	}
}

func (a *app) queries(sf storeFlags, qf queryFlags, lf queriesFlag, runs int) error {
	lib, err := lf.library(sf)
	if err != nil {
		return err
	}
	a.note(lib.Notes()...)
	if runs > 0 {
		return a.timeQueries(sf, qf, lib.Queries, runs)
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

func (a *app) exportCmd() *cobra.Command {
	var sf storeFlags
	var format, out string
	cmd := &cobra.Command{
		Use:   "export [flags]",
		Short: "write the whole graph as N-Quads, JSON-LD or DOT",
		Long: `Write every quad of the store, sorted: as N-Quads (each fact with the sentence
it was read from as its graph), as JSON-LD (with an @context of the
vocabulary's prefixes: ng:, ngid:, schema:, …), or as a Graphviz DOT
picture. With -o, the file's extension chooses the format (.nq, .jsonld,
.dot) unless --format is given; the file appears whole or not at all.`,
		Example: `  newsgraph export -o graph.nq
  newsgraph export -o graph.jsonld
  newsgraph export --format dot | dot -Tsvg -o graph.svg`,
		Args: noArgs("export"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.export(sf, format, cmd.Flags().Changed("format"), out)
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&format, "format", "nquads", "nquads, jsonld or dot")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` instead of stdout")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletions("nquads", "jsonld", "dot"))
	return cmd
}

func (a *app) export(sf storeFlags, format string, formatSet bool, out string) error {
	if err := oneOf("export", "format", format, "nquads", "jsonld", "dot"); err != nil {
		return err
	}
	format, err := exportFormats.choose(out, format, formatSet)
	if err != nil {
		return err
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
	if out == "" {
		return graph.Export(a.stdout, format, quads)
	}
	return writeOutput(out, func(w io.Writer) error { return graph.Export(w, format, quads) })
}

func (a *app) statsCmd() *cobra.Command {
	var sf storeFlags
	var format string
	cmd := &cobra.Command{
		Use:   "stats [flags]",
		Short: "count what the store holds, by class and predicate",
		Long: `Count what the store holds: its quads, articles and sentences, the nodes of
each class and the quads of each predicate; as lines of text, or as one
JSON object ({"store", "quads", "articles", "sentences", "classes",
"predicates"}).`,
		Example: `  newsgraph stats
  newsgraph stats --format json | jq .classes`,
		Args: noArgs("stats"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.stats(sf, format)
		},
	}
	sf.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletions("text", "json"))
	return cmd
}

func (a *app) stats(sf storeFlags, format string) error {
	if err := oneOf("stats", "format", format, "text", "json"); err != nil {
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
	if format == "json" {
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{
			"store": st.Addr, "quads": s.Quads, "articles": s.Articles, "sentences": s.Sentences,
			"classes": s.ByClass, "predicates": s.ByPred,
		})
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
