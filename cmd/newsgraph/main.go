// Newsgraph turns news articles about diplomacy and aid into a knowledge
// graph: people and the offices they hold, countries, groupings, meetings,
// quotations and aid shipments, as quads in an embedded Cayley store, each
// labelled with the sentence it was read from.
//
// Usage:
//
//	newsgraph ingest  [--db PATH] PATH...          read articles (.txt, .jsonl, saved pages .html, RSS/Atom feeds .xml, folders, - for stdin) into the store
//	newsgraph extract [--text|--explain] PATH      print an article's quads as sorted N-Quads (or its text as read), without a store
//	newsgraph query   [--db PATH] NAME|FILE.js|-e CODE [--arg k=v]... [--format json|table|csv|tsv]
//	newsgraph queries [--queries DIR]              list the saved queries: built-in, and yours in DIR
//	newsgraph test    [--update] [NAME...]         run your saved queries against their golden files (DIR/NAME.golden.json)
//	newsgraph repl    [--db PATH]                  a Gizmo REPL over the store
//	newsgraph export  [--db PATH] [--format nquads|jsonld|dot] [-o FILE]
//	newsgraph serve   [--db PATH] [--addr ADDR]     pages at /, saved queries, Cayley's API
//	newsgraph draw    [--db PATH] ENTITY [--depth N] [--format svg|dot] [-o FILE]
//	newsgraph stats   [--db PATH] [--format text|json]   counts by class and predicate
//	newsgraph completion bash|zsh|fish|powershell  a shell completion script
//
// `newsgraph COMMAND --help` tells a command's flags, with their defaults,
// and examples. Common flags: --db (default ./newsgraph.db, or
// $NEWSGRAPH_DB) and --backend (default bolt; any Cayley backend:
// leveldb, postgres, cockroach, …; for postgres and cockroach --db is a
// connection URL). Exit status: 0 success, 1 failure, 2 usage error.
// Errors are one line on stderr, "newsgraph: …", naming the file or query.
//
// The command line is parsed by cobra (github.com/spf13/cobra): help,
// suggestions for mistyped commands, shell completion (saved queries'
// names and arguments too) and man pages (newsgraph man DIR).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/extract"
)

func main() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// exitError ends the command with a status of its own and no message of
// its own (what went wrong was told already).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// app is one run of the command.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	inputRead      atomic.Int64 // bytes of articles read, for ingest's progress
	// queryRunning, when set, is called as each REPL query starts, once
	// Ctrl-C would stop it: tests wait for it
	queryRunning func()
}

const rootLong = `newsgraph turns news articles about diplomacy and aid into a knowledge graph:
people and the offices they hold, countries, groupings, meetings, quotations
and aid shipments, as quads in an embedded Cayley store, each labelled with
the sentence it was read from.

Common flags:
  --db PATH       the store: a folder for bolt (default ./newsgraph.db, or
                  $NEWSGRAPH_DB), a postgres://… URL for postgres and cockroach
  --backend NAME  bolt, leveldb, postgres, cockroach (default: postgres for a
                  postgres:// URL, else bolt)
  --queries DIR   your saved queries (default $NEWSGRAPH_QUERIES, else a
                  queries/ folder beside the store)

Exit status: 0 success, 1 failure, 2 usage error; errors are one line on
stderr, "newsgraph: …". Shell completion: newsgraph completion --help.`

const rootExample = `  newsgraph ingest seeds/
  newsgraph query people-offices --format table
  newsgraph query office-holders --arg country=India
  newsgraph repl`

// newRoot builds the command tree of one run.
func (a *app) newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "news articles about diplomacy and aid as a knowledge graph",
		Long:          rootLong,
		Example:       rootExample,
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			// no command: the help, as a usage error
			cmd.SetOut(a.stdout)
			cmd.Help()
			return exitError{2}
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SuggestionsMinimumDistance = 2
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(flagError)
	root.CompletionOptions.HiddenDefaultCmd = false
	root.AddCommand(
		a.ingestCmd(), a.extractCmd(), a.queryCmd(), a.queriesCmd(), a.testCmd(), a.replCmd(),
		a.exportCmd(), a.statsCmd(), a.serveCmd(), a.drawCmd(), a.manCmd(),
	)
	root.InitDefaultCompletionCmd()
	if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("completion: no shell %q: want bash, zsh, fish or powershell", args[0])
			}
			return cmd.Help()
		}
	}
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Help about any command",
		Args:  cobra.ArbitraryArgs,
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var out []cobra.Completion
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() && strings.HasPrefix(c.Name(), toComplete) {
					out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			c, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				return unknownCommand(root, strings.Join(args, " "))
			}
			return c.Help()
		},
	})
	return root
}

// version tells this build: its module version (or "devel"), commit where
// the build recorded one, the extractor's rules, the store's schema and Go.
func version() string {
	v, rev := "devel", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("newsgraph %s%s (extractor %s, store schema %s, %s %s/%s)",
		v, rev, extract.RulesVersion(), graph.SchemaVersion, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// Main runs newsgraph with args and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
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
	root := a.newRoot()
	args = append([]string{}, args...) // never nil: cobra would read os.Args
	err := checkCommand(root, args)
	if err == nil {
		root.SetArgs(normalizeFlags(root, args))
		err = root.Execute()
	}
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	fmt.Fprintf(stderr, "newsgraph: %s\n", oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command ") {
		return 2
	}
	return 1
}

// checkCommand refuses a first word that names no command, suggesting the
// commands it may be a typo of.
func checkCommand(root *cobra.Command, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return nil
	}
	if c, _, err := root.Find(args[:1]); err == nil && c != root {
		return nil
	}
	switch args[0] {
	case cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd, "help":
		return nil
	}
	return unknownCommand(root, args[0])
}

func unknownCommand(root *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if s := root.SuggestionsFor(name); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", strings.Join(s, " or "))
	}
	return usagef("%s; newsgraph --help lists the commands", msg)
}

// normalizeFlags rewrites the flag spellings Go's flag package took, and
// newsgraph before it used cobra, into pflag's: a long flag with one dash
// (-db PATH, -format=table) gets two, a one-letter flag with two (--o
// FILE) gets one. A flag's value, and everything after "--", is left as
// it is.
func normalizeFlags(root *cobra.Command, args []string) []string {
	if len(args) == 0 {
		return args
	}
	cmd, _, err := root.Find(args[:1])
	if err != nil {
		return args
	}
	fs := cmd.Flags()
	lookup := func(name string) *pflag.Flag {
		if f := fs.Lookup(name); f != nil {
			return f
		}
		return cmd.InheritedFlags().Lookup(name)
	}
	shorthand := func(c string) *pflag.Flag {
		if f := fs.ShorthandLookup(c); f != nil {
			return f
		}
		return cmd.InheritedFlags().ShorthandLookup(c)
	}
	out := append([]string{}, args...)
	for i := 1; i < len(out); i++ {
		arg := out[i]
		if arg == "--" {
			break
		}
		if len(arg) < 2 || arg[0] != '-' || arg == "-" {
			continue
		}
		dashes := 1
		if arg[1] == '-' {
			dashes = 2
		}
		name, _, hasValue := strings.Cut(arg[dashes:], "=")
		if name == "" || !isLetter(name[0]) {
			continue // a negative number, or "---"
		}
		var f *pflag.Flag
		switch {
		case dashes == 2 && len(name) == 1 && shorthand(name) != nil:
			f = shorthand(name)
			out[i] = "-" + arg[2:]
		case dashes == 1 && len(name) > 1 && lookup(name) != nil:
			f = lookup(name)
			out[i] = "-" + arg
		case dashes == 1 && len(name) > 1 && shorthand(name[:1]) == nil:
			out[i] = "-" + arg // an unknown flag: told as --name
		case dashes == 2:
			f = lookup(name)
		case len(name) == 1:
			f = shorthand(name)
		}
		// the value of a flag that takes one is the next word, as it is
		if f != nil && !hasValue && f.NoOptDefVal == "" {
			i++
		}
	}
	return out
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// flagError makes pflag's errors one line, a usage error, with a
// suggestion for a flag that is a typo of one the command has.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	var name string
	switch {
	case strings.HasPrefix(msg, "unknown flag: --"):
		name = strings.TrimPrefix(msg, "unknown flag: --")
		msg = "unknown flag --" + name
	case strings.HasPrefix(msg, "unknown shorthand flag: "):
		// unknown shorthand flag: 'x' in -xyz
		msg = strings.Replace(strings.TrimPrefix(msg, "unknown shorthand flag: "), "'", "-", 1)
		msg = strings.Replace(msg, "'", "", 1)
		if flag, in, _ := strings.Cut(msg, " in "); flag == in {
			msg = flag
		}
		msg = "unknown flag " + msg
	case strings.HasPrefix(msg, "flag needs an argument: "):
		// flag needs an argument: --db; flag needs an argument: 'e' in -e
		f := strings.TrimPrefix(msg, "flag needs an argument: ")
		if _, short, ok := strings.Cut(f, " in "); ok {
			f = short
		}
		msg = f + " needs a value"
	default:
		if m := invalidFlag.FindStringSubmatch(msg); m != nil {
			msg = fmt.Sprintf("%s %s: %s", m[2], m[1], wantOf(cmd, strings.TrimPrefix(m[2], "--"), m[3]))
		}
	}
	if name != "" {
		if s := suggestFlags(cmd, name); len(s) > 0 {
			msg += " (did you mean " + strings.Join(s, " or ") + "?)"
		}
	}
	return usagef("%s: %s; newsgraph %s --help lists its flags", cmd.Name(), msg, cmd.Name())
}

// invalidFlag matches pflag's error for a value a flag cannot take.
var invalidFlag = regexp.MustCompile(`^invalid argument (".*") for "(?:-\w, )?(--[\w-]+)" flag: (.*)$`)

// wantOf tells what a flag's value should be, by its type; else pflag's
// reason, err.
func wantOf(cmd *cobra.Command, name, err string) string {
	f := cmd.Flags().Lookup(name)
	if f == nil {
		return err
	}
	switch f.Value.Type() {
	case "int":
		return "want a whole number"
	case "duration":
		return "want a duration, e.g. 30s or 2m"
	case "bool":
		return "want true or false"
	}
	return err
}

// suggestFlags are the command's flags within two edits of name, or that
// start with it.
func suggestFlags(cmd *cobra.Command, name string) []string {
	var out []string
	visit := func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if d := levenshtein(strings.ToLower(name), f.Name); d <= 2 || strings.HasPrefix(f.Name, name) && len(name) > 1 {
			out = append(out, "--"+f.Name)
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	sort.Strings(out)
	return out
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// storeFlags are the flags every command that opens a store has.
type storeFlags struct {
	db, backend string
}

func (sf *storeFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	def := os.Getenv("NEWSGRAPH_DB")
	if def == "" {
		def = "newsgraph.db"
	}
	fs.StringVar(&sf.db, "db", def, "the store (`PATH`): a folder for bolt, a postgres://user@host:port/dbname URL for postgres and cockroach; $NEWSGRAPH_DB sets the default")
	fs.StringVar(&sf.backend, "backend", "", "Cayley backend (`NAME`): bolt, leveldb, postgres or cockroach (default: postgres for a postgres:// URL, else bolt)")
	cmd.RegisterFlagCompletionFunc("backend", fixedCompletions("bolt", "leveldb", "postgres", "cockroach"))
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

// fixedCompletions completes a flag's value from a list.
func fixedCompletions(values ...string) func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// oneOf checks a flag's value against the values it may take.
func oneOf(cmd, flag, value string, values ...string) error {
	for _, v := range values {
		if value == v {
			return nil
		}
	}
	want := strings.Join(values[:len(values)-1], ", ") + " or " + values[len(values)-1]
	return usagef("%s: --%s %q: want %s", cmd, flag, value, want)
}
