package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// ingestOne makes a store of one small article, in-process.
func ingestOne(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "db")
	var out, errb bytes.Buffer
	in := strings.NewReader("date: 2021-05-28\n\nJapan sent 300 courses of remdesivir to India on Friday.\n")
	if code := Main([]string{"ingest", "--db", db, "-"}, in, &out, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	return db
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Ctrl-C (a real SIGINT) while a query runs stops that query, and the REPL
// goes on to the next input; a Ctrl-C while no query runs stops none.
func TestREPLInterruptStopsQuery(t *testing.T) {
	db := ingestOne(t)
	inR, inW := io.Pipe()
	var out syncBuffer
	var errb bytes.Buffer
	running := make(chan struct{})
	a := &app{stdin: inR, stdout: &out, stderr: &errb, queryRunning: func() { running <- struct{}{} }}
	// a guard against a hang, not a timing the test relies on
	guard := time.After(2 * time.Minute)
	waitRunning := func() {
		t.Helper()
		select {
		case <-running:
		case <-guard:
			t.Fatalf("no query ran; the REPL printed %q", out.String())
		}
	}
	root := a.newRoot()
	root.SetArgs([]string{"repl", "--db", db, "--timeout", "10m"})
	exited := make(chan error, 1)
	go func() { exited <- root.Execute() }()

	// (on a pipe the REPL reads the line after an input before it runs it:
	// one starting with "." goes on with it)
	io.WriteString(inW, "while (true) {}\ng.emit(\"after\")\n")
	waitRunning() // the query runs, and Ctrl-C would stop it
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	io.WriteString(inW, "ng.name(\"<ngid:country/jp>\")\n")
	waitRunning()
	inW.Close()
	waitRunning()
	if err := <-exited; err != nil {
		t.Fatalf("repl: %v (stderr %s)", err, errb.String())
	}
	want := regexp.MustCompile(`(?s)^stopped \(Ctrl-C\)\n\[\n  "after"\n\]\n\[\n  "Japan"\n\]\n$`)
	if got := out.String(); !want.MatchString(got) {
		t.Errorf("the REPL printed\n%s\nwant it to match %s", got, want)
	}
}

// :help tells every helper the queries' prelude defines.
func TestREPLHelpListsHelpers(t *testing.T) {
	obj := regexp.MustCompile(`return \{([^}]*)`).FindStringSubmatch(graph.Prelude)
	if obj == nil {
		t.Fatal("no helpers object in graph.Prelude")
	}
	keys := regexp.MustCompile(`(\w+): (?:__|first\b|function\b)`).FindAllStringSubmatch(obj[1], -1)
	if len(keys) < 10 {
		t.Fatalf("only %d helpers in the prelude: %q", len(keys), obj[1])
	}
	for _, k := range keys {
		if !regexp.MustCompile(`(?m)^  ng\.` + k[1] + `\b`).MatchString(replHelp) {
			t.Errorf(":help does not list ng.%s", k[1])
		}
	}
}
