package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// The same seed writes the same corpus; another seed another; every
// article reads as an article and gives quads.
func TestCorpus(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl"), filepath.Join(dir, "c.jsonl")
	for _, r := range []struct {
		path string
		seed uint64
	}{{a, 7}, {b, 7}, {c, 8}} {
		if err := run(20, r.seed, true, r.path); err != nil {
			t.Fatal(err)
		}
	}
	ba, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	bc, _ := os.ReadFile(c)
	if !bytes.Equal(ba, bb) {
		t.Error("the same seed wrote two different corpora")
	}
	if bytes.Equal(ba, bc) {
		t.Error("two seeds wrote the same corpus")
	}
	f, _ := os.Open(a)
	defer f.Close()
	jr := extract.NewJSONLReader(a, f)
	x := extract.New(lexicon.Default())
	n := 0
	for {
		art, err := jr.Next()
		if err != nil {
			break
		}
		n++
		if len(art.Text) < 1000 || len(x.Article(art)) < 100 {
			t.Errorf("%s: %d bytes of text, %d quads", art.Origin, len(art.Text), len(x.Article(art)))
		}
	}
	if n != 20 {
		t.Errorf("read %d articles, wrote 20", n)
	}
}
