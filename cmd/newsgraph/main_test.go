package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newsgraph/newsgraph/graph"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsgraph": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: each is a
// txtar archive of commands and the files they read. The project's seeds/
// are copied into every script's work directory.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			seeds, err := filepath.Glob("../../seeds/*.txt")
			if err != nil || len(seeds) == 0 {
				return fmt.Errorf("no seeds: %v", err)
			}
			dir := filepath.Join(env.WorkDir, "seeds")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			for _, s := range seeds {
				b, err := os.ReadFile(s)
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644); err != nil {
					return err
				}
			}
			env.Setenv("NEWSGRAPH_DB", filepath.Join(env.WorkDir, "newsgraph.db"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// held DB: wait until another process holds the bolt store DB
			// (a server started in the background has opened it), at most
			// two minutes: the script goes on at the event, however busy
			// the machine, not after a guessed time
			"held": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: held DB")
				}
				for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); {
					st, err := graph.OpenWith("bolt", ts.MkAbs(args[0]), graph.Options{})
					if errors.Is(err, graph.ErrInUse) {
						return
					}
					if err == nil {
						st.Close()
					}
					time.Sleep(20 * time.Millisecond)
				}
				ts.Fatalf("%s: no other process held it within two minutes", args[0])
			},
			// without IN OUT REGEXP: write IN's lines that REGEXP does not match
			"without": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: without IN OUT REGEXP")
				}
				re, err := regexp.Compile(args[2])
				ts.Check(err)
				var out []string
				for _, l := range strings.SplitAfter(ts.ReadFile(args[0]), "\n") {
					if l != "" && !re.MatchString(strings.TrimSuffix(l, "\n")) {
						out = append(out, l)
					}
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(strings.Join(out, "")), 0o644))
			},
			// bigfile FILE BYTES text|binary: write a file too big for a
			// txtar archive, of the letter a (text) or of bytes 0 to 255
			"bigfile": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 || (args[2] != "text" && args[2] != "binary") {
					ts.Fatalf("usage: bigfile FILE BYTES text|binary")
				}
				n, err := strconv.Atoi(args[1])
				ts.Check(err)
				// in pieces: a whole file's buffer would stay in this
				// process's memory, which TestMemoryLine measures
				chunk := make([]byte, 1<<16)
				for i := range chunk {
					if args[2] == "text" {
						chunk[i] = 'a'
					} else {
						chunk[i] = byte(i)
					}
				}
				f, err := os.Create(ts.MkAbs(args[0]))
				ts.Check(err)
				for n > 0 {
					w, err := f.Write(chunk[:min(n, len(chunk))])
					ts.Check(err)
					n -= w
				}
				ts.Check(f.Close())
			},
			// writehex FILE HEX: write bytes that a txtar file cannot hold
			"writehex": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: writehex FILE HEX")
				}
				b, err := hex.DecodeString(args[1])
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
			},
		},
	})
}

// On Linux the progress line tells own memory from the mapped store file,
// and own memory grows when the process allocates.
func TestMemoryLine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/status")
	}
	re := regexp.MustCompile(`^, memory (\d+) MB own \+ (\d+) MB of mapped files$`)
	m := re.FindStringSubmatch(memory())
	if m == nil {
		t.Fatalf("memory() = %q", memory())
	}
	before, _ := strconv.Atoi(m[1])
	block := make([]byte, 256<<20)
	for i := range block {
		block[i] = 1
	}
	m = re.FindStringSubmatch(memory())
	after, _ := strconv.Atoi(m[1])
	if after < before+200 {
		t.Errorf("own memory %d MB, then %d MB after touching 256 MB", before, after)
	}
	runtime.KeepAlive(block)
}
