// Package seedtest gives tests a store holding the seed articles, as
// `newsgraph ingest seeds/` builds it.
package seedtest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// Ingest reads the .txt articles in dir (the repository's seeds/, given
// relative to the test's package) into st, each in a transaction of its
// own, with its file's base name as source.
func Ingest(tb testing.TB, st *graph.Store, dir string) { ingest(tb, st, dir, false) }

// IngestFiles is Ingest with the sources `newsgraph ingest` gives: the
// files' absolute paths (extract.FileSource).
func IngestFiles(tb testing.TB, st *graph.Store, dir string) { ingest(tb, st, dir, true) }

func ingest(tb testing.TB, st *graph.Store, dir string, paths bool) {
	tb.Helper()
	x := extract.New(lexicon.Default())
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles in %s: %v", dir, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := extract.ParseArticle(filepath.Base(f), data)
		if err != nil {
			tb.Fatal(err)
		}
		// a source the same on every machine, as some goldens need (an
		// ingest gives the file's absolute path, extract.FileSource)
		a.Source = filepath.Base(f)
		if paths {
			a.Source = extract.FileSource(f)
		}
		iri, _ := extract.Header(a)
		if _, err := st.ReplaceArticle(context.Background(), iri, a.Source, x.Article(a)); err != nil {
			tb.Fatal(err)
		}
	}
}
