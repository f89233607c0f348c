package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/peterh/liner"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

const replHelp = `Gizmo over the newsgraph store. Each query runs in a session of its own.
Prefixes ng: ngid: schema: rdf: rdfs: owl: xsd: work in g.IRI("ng:…") and in "<ng:…>".
Input continues over several lines until brackets balance. A line whose value
is data (ng.name(x), 1 + 1, an object) prints it. Ctrl-C stops a running query
or drops the line being typed; Ctrl-D (end of input) leaves.

Helpers, answered from the store's indexes (id a node: "<ngid:…>" or p.id):
  ng.name(id)               its schema:name, or null
  ng.first(id, "<ng:…>")    the first object of one of its predicates, or null
  ng.all(id, "<ng:…>")      every distinct object of that predicate, an array
  ng.count(id, "<ng:…>")    how many distinct nodes have id as that predicate
  ng.inCounts(id, "<ng:…>") {node: number of quads (node, pred, id)}
  ng.outCounts(id, "<ng:…>") {node: number of quads (id, pred, node)}
  ng.quads(id, "<ng:…>")    how many quads (id, pred, *) there are
  ng.has(s, p, o, label)    whether the store holds that quad (label optional)
  ng.links                  the predicates whose object is a node
  ng.entities("antony blinken")  the entities a name (any case) or IRI names

  g.V("<ngid:country/in>").in("<ng:donor>").all()
  ng.name("<ngid:person/s-jaishankar>")
  :q NAME [k=v ...]   run a saved query, built-in or yours (:queries lists them)
  :queries            list the saved queries (yours from --queries DIR)
  :limit N            most results to print, 0 for all (now %d)
  :timeout D          time limit of a query, e.g. 10s (now %s)
  :format json|table|csv|tsv  how to print results (now %s)
  :history            the inputs of this session
  :help               this text
  :quit               leave (or end of input)
`

type replState struct {
	a       *app
	st      *graph.Store
	lib     *queries.Library
	limit   int
	timeout time.Duration
	format  string
	history []string
	// interrupts are Ctrl-C's SIGINTs: one that comes while a query runs
	// stops it; others are dropped before the next query starts
	interrupts chan os.Signal
}

func (a *app) replCmd() *cobra.Command {
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	var format string
	cmd := &cobra.Command{
		Use:   "repl",
		Short: "a Gizmo REPL over the store",
		Long: `Read Gizmo queries and run each over the store, in a session of its own, with
the prefixes and ng's helpers (:help lists them). On a terminal lines are
edited and kept in ~/.newsgraph_history (written as each line is entered,
so no way of leaving loses it); Ctrl-C stops a running query (or drops the
line being typed) and the REPL goes on; Ctrl-D leaves. A line whose value is
data prints it (ng.name(x) alone). Commands start with ":".`,
		Example: `  newsgraph repl
  newsgraph repl --format table --limit 20
  echo ':q people-offices' | newsgraph repl`,
		Args: noArgs("repl"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.repl(sf, qf, lf, format)
		},
	}
	sf.register(cmd)
	qf.register(cmd)
	lf.register(cmd)
	cmd.Flags().StringVar(&format, "format", "json", "json, table, csv or tsv")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletions(resultFormats...))
	return cmd
}

func (a *app) repl(sf storeFlags, qf queryFlags, lf queriesFlag, format string) error {
	lib, err := lf.library(sf)
	if err != nil {
		return err
	}
	a.note(lib.Notes()...)
	st, err := sf.open(qf.timeout)
	if err != nil {
		return err
	}
	defer st.Close()
	r := &replState{a: a, st: st, lib: lib, limit: qf.limit, timeout: qf.timeout, format: format,
		interrupts: make(chan os.Signal, 1)}
	signal.Notify(r.interrupts, os.Interrupt)
	defer signal.Stop(r.interrupts)
	// the terminal hung up: the REPL ends (its history is on disk, written
	// line by line), also when it was started with SIGHUP ignored (nohup),
	// where it would otherwise wait on a terminal that is gone
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		if _, ok := <-hup; ok {
			os.Exit(128 + int(syscall.SIGHUP))
		}
	}()

	read, peek, closeInput := a.lineReader()
	defer closeInput()
	var buf strings.Builder
	for {
		prompt := "gizmo> "
		if buf.Len() > 0 {
			prompt = "  ...> "
		}
		line, err := read(prompt)
		if errors.Is(err, liner.ErrPromptAborted) || r.interrupted() {
			// Ctrl-C on a terminal: the line being typed, and the lines
			// of an unfinished input before it, are dropped
			buf.Reset()
			if err != nil {
				continue
			}
		}
		if errors.Is(err, io.EOF) {
			if strings.TrimSpace(buf.String()) != "" {
				r.run(buf.String())
			}
			return nil
		}
		if err != nil {
			return err
		}
		if buf.Len() == 0 && strings.HasPrefix(strings.TrimSpace(line), ":") {
			r.history = append(r.history, strings.TrimSpace(line))
			if quit := r.command(strings.TrimSpace(line)); quit {
				return nil
			}
			continue
		}
		if buf.Len() == 0 && strings.TrimSpace(line) == "" {
			continue
		}
		buf.WriteString(line)
		buf.WriteByte('\n')
		// on a pipe, a next line starting with "." goes on with this input
		if complete(buf.String()) && !strings.HasPrefix(strings.TrimSpace(peek()), ".") {
			code := buf.String()
			buf.Reset()
			r.history = append(r.history, strings.TrimSpace(code))
			r.run(code)
		}
	}
}

// lineReader reads lines with editing and a history file on a terminal,
// and plainly from a pipe, where it can also peek at the next line.
func (a *app) lineReader() (read func(prompt string) (string, error), peek func() string, done func()) {
	in, isFile := a.stdin.(*os.File)
	if isFile && isTerminal(in) && isTerminal(os.Stdout) {
		ln := liner.NewLiner()
		ln.SetCtrlCAborts(true)
		hist := historyFile()
		if f, err := os.Open(hist); err == nil {
			ln.ReadHistory(f)
			f.Close()
		}
		read = func(prompt string) (string, error) {
			l, err := ln.Prompt(prompt)
			if err == nil && strings.TrimSpace(l) != "" {
				ln.AppendHistory(l)
				// kept at once: a REPL ended by a signal or a closed
				// terminal keeps its history as well as one left by Ctrl-D
				writeOutput(hist, func(w io.Writer) error { _, err := ln.WriteHistory(w); return err })
			}
			return l, err
		}
		return read, func() string { return "" }, func() { ln.Close() }
	}
	sc := bufio.NewScanner(a.stdin)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	var next *string
	var nextErr error
	fill := func() {
		if next != nil || nextErr != nil {
			return
		}
		if sc.Scan() {
			l := sc.Text()
			next = &l
			return
		}
		nextErr = sc.Err()
		if nextErr == nil {
			nextErr = io.EOF
		}
	}
	read = func(string) (string, error) {
		fill()
		if next != nil {
			l := *next
			next = nil
			return l, nil
		}
		return "", nextErr
	}
	peek = func() string {
		fill()
		if next != nil {
			return *next
		}
		return ""
	}
	return read, peek, func() {}
}

func historyFile() string {
	if dir, err := os.UserHomeDir(); err == nil {
		return filepath.Join(dir, ".newsgraph_history")
	}
	return ".newsgraph_history"
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// command runs a ":" line; it reports whether to quit.
func (r *replState) command(line string) bool {
	w := r.a.stdout
	fields := strings.Fields(line)
	switch fields[0] {
	case ":quit", ":q!", ":exit":
		return true
	case ":help", ":h":
		fmt.Fprintf(w, replHelp, r.limit, r.timeout, r.format)
	case ":queries":
		r.a.listQueries(r.lib)
	case ":history":
		for i, h := range r.history {
			fmt.Fprintf(w, "%3d  %s\n", i+1, strings.ReplaceAll(h, "\n", " "))
		}
	case ":limit":
		n, err := strconv.Atoi(arg(fields))
		if err != nil || n < 0 {
			fmt.Fprintln(w, "error: :limit N, N a number, 0 for all")
			break
		}
		r.limit = n
	case ":timeout":
		d, err := time.ParseDuration(arg(fields))
		if err != nil || d <= 0 {
			fmt.Fprintln(w, "error: :timeout D, e.g. 10s")
			break
		}
		if err := r.st.SetQueryTimeout(d); err != nil {
			fmt.Fprintf(w, "error: %s\n", oneLine(err.Error()))
			break
		}
		r.timeout = d
	case ":format":
		if f := arg(fields); slices.Contains(resultFormats, f) {
			r.format = f
		} else {
			fmt.Fprintln(w, "error: :format json, table, csv or tsv")
		}
	case ":q":
		if len(fields) < 2 {
			fmt.Fprintln(w, "error: :q NAME [k=v ...]")
			break
		}
		q, err := r.lib.Find(fields[1])
		if err != nil {
			fmt.Fprintf(w, "error: %v\n", err)
			break
		}
		args, err := parseArgs(fields[2:])
		if err != nil {
			fmt.Fprintf(w, "error: %v\n", err)
			break
		}
		if err := q.CheckArgs(args); err != nil {
			fmt.Fprintf(w, "error: %v\n", err)
			break
		}
		r.runArgs(q.Code, args)
	default:
		fmt.Fprintf(w, "error: unknown command %s (:help lists them)\n", fields[0])
	}
	return false
}

// parseArgs reads k=v words; a value may be quoted to hold spaces:
// country="United States".
func parseArgs(fields []string) (map[string]string, error) {
	out := map[string]string{}
	line := strings.Join(fields, " ")
	for line != "" {
		k, rest, ok := strings.Cut(line, "=")
		if !ok || strings.ContainsAny(strings.TrimSpace(k), " \"") || strings.TrimSpace(k) == "" {
			return nil, fmt.Errorf("%q is not k=v", line)
		}
		var v string
		if strings.HasPrefix(rest, `"`) {
			end := strings.Index(rest[1:], `"`)
			if end < 0 {
				return nil, fmt.Errorf("%q: unclosed quote", line)
			}
			v, rest = rest[1:end+1], rest[end+2:]
		} else {
			v, rest, _ = strings.Cut(rest, " ")
		}
		out[strings.TrimSpace(k)] = v
		line = strings.TrimSpace(rest)
	}
	return out, nil
}

func arg(fields []string) string {
	if len(fields) < 2 {
		return ""
	}
	return fields[1]
}

// run runs code typed in: its value, when it is data, is a result too.
func (r *replState) run(code string) { r.query(code, nil, true) }

// runArgs runs a saved query's code.
func (r *replState) runArgs(code string, args map[string]string) { r.query(code, args, false) }

// interrupted reports whether Ctrl-C was pressed since it last asked.
func (r *replState) interrupted() bool {
	select {
	case <-r.interrupts:
		return true
	default:
		return false
	}
}

func (r *replState) query(code string, args map[string]string, value bool) {
	w := r.a.stdout
	r.interrupted() // a Ctrl-C from before the query does not stop it
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop, stopped := make(chan struct{}), make(chan struct{})
	var byUser bool
	go func() {
		defer close(stopped)
		select {
		case <-r.interrupts:
			byUser = true
			cancel()
		case <-stop:
		}
	}()
	if r.a.queryRunning != nil {
		r.a.queryRunning()
	}
	res, err := r.st.Query(ctx, code, graph.QueryOptions{Args: args, Limit: cliLimit(r.limit), Timeout: r.timeout, Value: value})
	close(stop)
	<-stopped
	if err != nil && byUser && errors.Is(err, context.Canceled) {
		fmt.Fprintln(w, "stopped (Ctrl-C)")
		return
	}
	if err != nil {
		fmt.Fprintf(w, "error: %s\n", oneLine(err.Error()))
		return
	}
	printResult(w, r.format, res, storeNamer(context.Background(), r.st))
	if res.Truncated {
		fmt.Fprintf(w, "(only the first %d results; :limit N for more, :limit 0 for all)\n", r.limit)
	}
}

// complete reports whether code is a whole input: brackets balanced outside
// strings and comments, and the last line not ending in an operator.
func complete(code string) bool {
	depth := 0
	var quote rune
	lineComment, blockComment, escaped := false, false, false
	rs := []rune(code)
	for i, c := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case lineComment:
			if c == '\n' {
				lineComment = false
			}
		case blockComment:
			if c == '*' && next == '/' {
				blockComment = false
			}
		case quote != 0:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == quote:
				quote = 0
			case c == '\n' && quote != '`':
				quote = 0 // an unterminated string: let the parser say so
			}
		case c == '/' && next == '/':
			lineComment = true
		case c == '/' && next == '*':
			blockComment = true
		case c == '"' || c == '\'' || c == '`':
			quote = c
		case c == '(' || c == '{' || c == '[':
			depth++
		case c == ')' || c == '}' || c == ']':
			depth--
		}
	}
	if depth > 0 || quote == '`' || blockComment {
		return false
	}
	t := strings.TrimRight(code, " \t\n")
	return !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, "\\")
}
