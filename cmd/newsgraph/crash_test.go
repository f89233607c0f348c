package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// TestCrashSafety kills a real ingest with SIGKILL at several points —
// early, while batches are being extracted, while the last long commit is
// written — and checks each time that the store opens, that every article
// in it is complete (exactly the quads a clean run writes for it) or
// absent, and that running the same ingest again gives an export
// identical to a clean run's.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("runs ingest subprocesses")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	gen := filepath.Join(dir, "gencorpus")
	for _, b := range [][2]string{{bin, "."}, {gen, "../gencorpus"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			t.Fatalf("build %s: %v\n%s", b[1], err, out)
		}
	}
	corpus := filepath.Join(dir, "corpus")
	if out, err := exec.Command(gen, "-n", "250", "-seed", "5", "-o", corpus).CombinedOutput(); err != nil {
		t.Fatalf("gencorpus: %v\n%s", err, out)
	}
	// several commits of a few articles each, and a long last one
	ingest := func(db string) *exec.Cmd {
		return exec.Command(bin, "ingest", "--batch", "12000", "--db", db, corpus)
	}

	clean := filepath.Join(dir, "clean.db")
	start := time.Now()
	if out, err := ingest(clean).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	want := exportOf(t, bin, clean)
	byLabel := quadsByArticle(t, want)

	// kill times spread over the run: before the first commit, between
	// commits, and (with commits a third of the time) during one
	for _, frac := range []float64{0.05, 0.25, 0.45, 0.65, 0.85} {
		db := filepath.Join(dir, "crash.db")
		os.RemoveAll(db)
		cmd := ingest(db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(frac * float64(took)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		// the store opens, and holds whole articles only
		st, err := graph.Open("bolt", db)
		if err != nil {
			t.Fatalf("killed at %.0f%%: the store does not open: %v", 100*frac, err)
		}
		have, err := st.AllQuads(context.Background())
		st.Close()
		if err != nil {
			t.Fatal(err)
		}
		got := quadsByArticle(t, schemaLines(have))
		complete := 0
		for art, lines := range got {
			// a later article may give a person a fuller name: the names
			// of people are compared after the final ingest, not here
			if strings.Join(withoutNames(lines), "\n") != strings.Join(withoutNames(byLabel[art]), "\n") {
				t.Errorf("killed at %.0f%%: article %s is partial: %d of %d quads", 100*frac, art, len(lines), len(byLabel[art]))
			}
			complete++
		}
		t.Logf("killed at %.0f%% of a clean run's %s: %d of %d articles in the store, all whole", 100*frac, took.Round(time.Millisecond), complete, len(byLabel))

		// the same ingest again finishes the job
		if out, err := ingest(db).CombinedOutput(); err != nil {
			t.Fatalf("ingest after the kill: %v\n%s", err, out)
		}
		if got := exportOf(t, bin, db); got != want {
			t.Errorf("killed at %.0f%% and ingested again: the export differs from a clean run's", 100*frac)
		}
	}
}

func exportOf(t *testing.T, bin, db string) string {
	t.Helper()
	out, err := exec.Command(bin, "export", "--db", db).Output()
	if err != nil {
		t.Fatalf("export %s: %v", db, err)
	}
	return string(out)
}

func schemaLines(qs []quad.Quad) string {
	var b bytes.Buffer
	schema.WriteNQuads(&b, qs)
	return b.String()
}

// quadsByArticle groups N-Quads lines by the article their label belongs
// to (the article, or one of its sentences); lines of the lexicon and the
// store are left out.
func quadsByArticle(t *testing.T, nq string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(nq), "\n") {
		i := strings.LastIndex(line, " <")
		if i < 0 {
			continue
		}
		label := strings.TrimSuffix(line[i+2:], "> .")
		if !strings.Contains(label, "/id/article/") {
			continue
		}
		art, _, _ := strings.Cut(label, "#")
		out[art] = append(out[art], line)
	}
	for _, lines := range out {
		sort.Strings(lines)
	}
	return out
}

// withoutNames drops the name lines of people.
func withoutNames(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "<https://w3id.org/newsgraph/id/person/") &&
			(strings.Contains(l, "<http://schema.org/name>") || strings.Contains(l, "<http://schema.org/alternateName>")) {
			continue
		}
		out = append(out, l)
	}
	return out
}
