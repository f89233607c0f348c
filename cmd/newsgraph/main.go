// Newsgraph turns news articles about diplomacy and aid into a knowledge
// graph: people and the offices they hold, countries, groupings, meetings,
// quotations and aid shipments, as quads in an embedded Cayley store, each
// labelled with the sentence it was read from.
//
// Usage:
//
//	newsgraph ingest  [--db PATH] PATH...          read articles (.txt, .jsonl, saved pages .html, RSS/Atom feeds .xml, folders, - for stdin) into the store
//	newsgraph extract [--text|--explain] PATH      print an article's quads as sorted N-Quads (or its text as read), without a store
//	newsgraph query   [--db PATH] NAME|FILE.js|-e CODE [--arg k=v]... [--format json|table]
//	newsgraph queries [--queries DIR]              list the saved queries: built-in, and yours in DIR
//	newsgraph test    [--update] [NAME...]         run your saved queries against their golden files (DIR/NAME.golden.json)
//	newsgraph repl    [--db PATH]                  a Gizmo REPL over the store
//	newsgraph export  [--db PATH] [--format nquads|jsonld|dot] [-o FILE]
//	newsgraph serve   [--db PATH] [--addr ADDR]     Cayley's API and UI, newsgraph's pages at /ng/
//	newsgraph draw    [--db PATH] ENTITY [--depth N] [--format svg|dot] [-o FILE]
//	newsgraph stats   [--db PATH]                  counts by class and predicate
//
// Common flags: --db (default ./newsgraph.db, or $NEWSGRAPH_DB) and
// --backend (default bolt; any Cayley backend: memstore, leveldb, postgres,
// cockroach, …; for postgres and cockroach --db is a connection URL).
// Exit status: 0 success, 1 failure, 2 usage error. Errors are one line on
// stderr, "newsgraph: …", naming the file or query.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

func main() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// app is one run of the command.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	inputRead      atomic.Int64 // bytes of articles read, for ingest's progress
}

var commands = map[string]func(*app, []string) error{
	"ingest":  (*app).ingest,
	"extract": (*app).extract,
	"query":   (*app).query,
	"queries": (*app).queries,
	"repl":    (*app).repl,
	"export":  (*app).export,
	"stats":   (*app).stats,
	"serve":   (*app).serve,
	"draw":    (*app).draw,
	"test":    (*app).test,
}

const usage = `usage: newsgraph COMMAND [flags] [args]

commands:
  ingest  [--db PATH] PATH...            read articles (.txt, .jsonl, saved pages .html, RSS/Atom feeds .xml, folders, - for stdin) into the store
  extract [--text|--explain] PATH        print an article's quads as sorted N-Quads (--text: the article as read), without a store
  query   [--db PATH] NAME|FILE.js|-e CODE [--arg k=v]... [--format json|table]
  queries [--queries DIR]                list the saved queries: built-in, and yours in DIR
  test    [--db PATH] [--update] [NAME...]   run your saved queries against their golden files (DIR/NAME.golden.json)
  repl    [--db PATH]                    a Gizmo REPL over the store
  export  [--db PATH] [--format nquads|jsonld|dot] [-o FILE]
  serve   [--db PATH] [--addr 127.0.0.1:64210]   Cayley's API and UI at /, newsgraph's pages at /ng/
  draw    [--db PATH] ENTITY [--depth N] [--format svg|dot] [-o FILE]   a picture of an entity's neighbourhood
  stats   [--db PATH]                    counts by class and predicate

common flags: --db PATH (default ./newsgraph.db or $NEWSGRAPH_DB), --backend NAME (default bolt),
  --queries DIR (your saved queries; default $NEWSGRAPH_QUERIES, else a queries/ folder beside the store)
`

// Main runs newsgraph with args and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if path := os.Getenv("NEWSGRAPH_CPUPROFILE"); path != "" {
		// for profiling a run: NEWSGRAPH_CPUPROFILE=cpu.prof newsgraph ingest …
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	if path := os.Getenv("NEWSGRAPH_MEMPROFILE"); path != "" {
		// the heap as of the last collection before the command ended
		defer func() {
			if f, err := os.Create(path); err == nil {
				pprof.Lookup("heap").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n%s", args[0], usage)
		return 2
	}
	err := cmd(a, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	}
	fmt.Fprintf(stderr, "newsgraph: %s\n", oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// storeFlags are the flags every command that opens a store has.
type storeFlags struct {
	db, backend string
}

func (sf *storeFlags) register(fs *flag.FlagSet) {
	def := os.Getenv("NEWSGRAPH_DB")
	if def == "" {
		def = "newsgraph.db"
	}
	fs.StringVar(&sf.db, "db", def, "store address: a folder for bolt (default ./newsgraph.db or $NEWSGRAPH_DB), a postgres://user@host:port/dbname URL for postgres and cockroach")
	fs.StringVar(&sf.backend, "backend", "", "Cayley backend: bolt, leveldb, postgres, cockroach (default: postgres for a postgres:// URL, else bolt)")
}

// open opens the store the flags name, refusing an address that holds
// none. timeout is the time limit of the queries the command runs (0 for
// the default): on PostgreSQL and CockroachDB the server stops a statement
// at it too.
func (sf *storeFlags) open(timeout time.Duration) (*graph.Store, error) {
	return sf.openWith(timeout, false)
}

// create opens the store the flags name, making it if there is none: only
// ingest does.
func (sf *storeFlags) create() (*graph.Store, error) { return sf.openWith(0, true) }

func (sf *storeFlags) openWith(timeout time.Duration, create bool) (*graph.Store, error) {
	backend := sf.backend
	switch {
	case backend == "" && (strings.HasPrefix(sf.db, "postgres://") || strings.HasPrefix(sf.db, "postgresql://")):
		backend = "postgres"
	case backend == "":
		backend = "bolt"
	case backend == "memstore":
		return nil, usagef("--backend memstore keeps nothing from one command to the next; use bolt (a folder) or postgres (a URL)")
	}
	return graph.OpenWith(backend, sf.db, graph.Options{QueryTimeout: timeout, Create: create})
}

// parseFlags parses flags that may come before, between or after the
// positional arguments, and returns the positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, usagef("usage of %s:\n%s", fs.Name(), flagHelp(fs))
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func flagHelp(fs *flag.FlagSet) string {
	var b strings.Builder
	fs.VisitAll(func(f *flag.Flag) { fmt.Fprintf(&b, "  --%s  %s\n", f.Name, f.Usage) })
	return b.String()
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
