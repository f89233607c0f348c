package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/cmd/cayley/command"
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt" // Cayley's own bbolt backend, as `cayley dump --db bbolt` opens it
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/viper"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/schema"
)

// Two versions of one article: the second replaces the first, so that the
// store holds the first one's quads as Cayley's dead primitives.
const (
	dumpStoryV1 = "date 2021-06-02 China sent 500,000 vaccine doses to Turkey on Tuesday, the Turkish health ministry said. Foreign Minister Wang Yi met Turkish Foreign Minister Mevlut Cavusoglu in Beijing.\n"
	dumpStoryV2 = "date 2021-06-03 Japan sent 300 oxygen concentrators to Syria on Wednesday. Prime Minister Yoshihide Suga said more would follow.\n"
)

// TestCayleyDumpEqualsExport runs Cayley's own `cayley dump` — the command
// of Cayley's cmd/cayley, opening the store with Cayley's bbolt backend, not
// newsgraph's — on a store that newsgraph ingested (the seeds and an article
// replaced by a new version, so that deleted quads are in it), and checks
// that it dumps the quads `newsgraph export` writes, and one more: the
// store's record of its schema version, labelled <ngid:store>, which export
// leaves out (it is no fact of the graph) and Cayley, which knows no
// labels apart, dumps with the rest.
func TestCayleyDumpEqualsExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	news := filepath.Join(dir, "news")
	if err := os.MkdirAll(news, 0o755); err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../../seeds/2021-05-29-india-us-covid-solidarity.txt")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(news, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(want string, args ...string) {
		t.Helper()
		var out, errb bytes.Buffer
		if code := Main(args, nil, &out, &errb); code != 0 {
			t.Fatalf("newsgraph %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errb.String())
		}
		if !strings.Contains(out.String()+errb.String(), want) {
			t.Fatalf("newsgraph %s printed\n%s%s\nwant %q in it", strings.Join(args, " "), out.String(), errb.String(), want)
		}
	}
	write("seed.txt", string(seed))
	write("story.txt", dumpStoryV1)
	run("2 new", "ingest", "--db", db, news)
	write("story.txt", dumpStoryV2)
	run("1 replaced", "ingest", "--db", db, news)

	if n := deadQuads(t, filepath.Join(db, "indexes.bolt")); n == 0 {
		t.Fatal("the store holds no deleted quads: the test would not show that Cayley skips them as newsgraph does")
	} else {
		t.Logf("the store holds %d deleted quads", n)
	}

	exported := filepath.Join(dir, "export.nq")
	run("", "export", "--db", db, "-o", exported)

	dumped := filepath.Join(dir, "dump.nq")
	viper.Set(command.KeyBackend, "bbolt")
	viper.Set(command.KeyAddress, db)
	t.Cleanup(func() {
		viper.Set(command.KeyBackend, nil)
		viper.Set(command.KeyAddress, nil)
	})
	dump := command.NewDumpDatabaseCmd()
	dump.SetArgs([]string{dumped})
	dump.SetOut(io.Discard)
	if err := dump.Execute(); err != nil {
		t.Fatalf("cayley dump: %v", err)
	}

	got, want := readNQuads(t, dumped), readNQuads(t, exported)
	var internal []quad.Quad
	got = slices.DeleteFunc(got, func(q quad.Quad) bool {
		if q.Label == quad.IRI(schema.IDNS+"store") {
			internal = append(internal, q)
			return true
		}
		return false
	})
	if len(internal) != 1 || internal[0].Subject != internal[0].Label ||
		internal[0].Predicate != schema.SchemaVersion || internal[0].Object != quad.String("1") {
		t.Errorf("cayley dump's quads labelled <ngid:store>: %v, want only the store's schema version", internal)
	}
	if len(want) == 0 {
		t.Fatal("newsgraph export wrote no quads")
	}
	gl, wl := quadLines(got), quadLines(want)
	if slices.Equal(gl, wl) {
		t.Logf("cayley dump and newsgraph export: the same %d quads (and <ngid:store>'s one)", len(wl))
	}
	for _, l := range gl {
		if _, found := slices.BinarySearch(wl, l); !found {
			t.Errorf("only in cayley dump: %s", l)
		}
	}
	for _, l := range wl {
		if _, found := slices.BinarySearch(gl, l); !found {
			t.Errorf("only in newsgraph export: %s", l)
		}
	}
	if len(gl) != len(wl) {
		t.Errorf("cayley dump: %d quads, newsgraph export: %d", len(gl), len(wl))
	}

	// and the same text, line for line: the export is N-Quads as Cayley
	// writes them
	if a, b := textLines(t, dumped, "<"+schema.IDNS+"store>"), textLines(t, exported, ""); !slices.Equal(a, b) {
		t.Errorf("cayley dump's lines (without <ngid:store>'s) differ from newsgraph export's")
	}

	// Cayley's reading left the store as it was: newsgraph opens it and
	// exports the same again
	again := filepath.Join(dir, "again.nq")
	run("", "export", "--db", db, "-o", again)
	if a, b := quadLines(readNQuads(t, again)), wl; !slices.Equal(a, b) {
		t.Errorf("newsgraph export after cayley dump: %d quads, before: %d", len(a), len(b))
	}
}

// readNQuads parses an N-Quads file with Cayley's reader.
func readNQuads(t *testing.T, path string) []quad.Quad {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return qs
}

// quadLines is each quad as one N-Quads line, sorted: duplicates stay, so
// that a quad written twice is a difference too.
func quadLines(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.NQuad()
	}
	slices.Sort(out)
	return out
}

// textLines is a file's lines, sorted, without those that end with the
// label drop (none if it is "").
func textLines(t *testing.T, path, drop string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if drop != "" {
		lines = slices.DeleteFunc(lines, func(l string) bool { return strings.HasSuffix(l, " "+drop+" .") })
	}
	slices.Sort(lines)
	return lines
}

// deadQuads counts the primitives of quads that Cayley's log holds as
// deleted.
func deadQuads(t *testing.T, file string) int {
	t.Helper()
	db, err := bolt.Open(file, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := 0
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("log"))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var p cproto.Primitive
			if len(k) != 8 || binary.BigEndian.Uint64(k) == 0 {
				return nil
			}
			if err := proto.Unmarshal(v, &p); err != nil {
				return err
			}
			if p.Deleted && !p.IsNode() {
				n++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
