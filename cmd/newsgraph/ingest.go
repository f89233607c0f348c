package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// eachArticle reads the articles under paths — files, folders (their .txt
// and .jsonl files, sorted) or "-" for stdin — and calls fn with each, or
// with the error that kept one from being read. fn's error stops the walk.
func (a *app) eachArticle(paths []string, fn func(extract.Article, error) error) error {
	for _, p := range paths {
		if p == "-" {
			data, err := io.ReadAll(io.LimitReader(a.stdin, extract.MaxArticleSize+1))
			if err != nil {
				return fmt.Errorf("stdin: %w", err)
			}
			art, err := extract.ParseArticle("stdin", data)
			if err := fn(art, err); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := fn(extract.Article{Origin: p}, fmt.Errorf("%s: %w", p, unwrapPath(err))); err != nil {
				return err
			}
			continue
		}
		files := []string{p}
		if info.IsDir() {
			files = nil
			err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && (strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".jsonl")) {
					files = append(files, path)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			sort.Strings(files)
		}
		for _, f := range files {
			if err := a.readFile(f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (a *app) readFile(path string, fn func(extract.Article, error) error) error {
	if strings.HasSuffix(path, ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			return fn(extract.Article{Origin: path}, fmt.Errorf("%s: %w", path, unwrapPath(err)))
		}
		defer f.Close()
		jr := extract.NewJSONLReader(path, f)
		for {
			art, err := jr.Next()
			if err == io.EOF {
				return nil
			}
			var ie *extract.InputError
			if err != nil && !errors.As(err, &ie) {
				return fn(art, err) // the file itself cannot be read on
			}
			if err := fn(art, err); err != nil {
				return err
			}
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(extract.Article{Origin: path}, fmt.Errorf("%s: %w", path, unwrapPath(err)))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, extract.MaxArticleSize+1))
	if err != nil {
		return fn(extract.Article{Origin: path}, fmt.Errorf("%s: %w", path, err))
	}
	art, err := extract.ParseArticle(path, data)
	return fn(art, err)
}

func (a *app) ingest(args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	var sf storeFlags
	sf.register(fs)
	force := fs.Bool("force", false, "extract and write articles even when the store has them unchanged")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usagef("ingest: no articles given (a file, a folder, or - for stdin)")
	}
	st, err := graph.Open(sf.backend, sf.db)
	if err != nil {
		return err
	}
	defer st.Close()

	x := extract.New(lexicon.Default())
	ctx := context.Background()
	known, err := st.People(ctx)
	if err != nil {
		return err
	}
	people := extract.NewPeople()
	for iri, names := range known {
		people.Add(iri, names...)
	}
	var sum struct{ read, added, replaced, unchanged, failed, sentences, quads int }
	var firstErr error
	err = a.eachArticle(paths, func(art extract.Article, err error) error {
		if err != nil {
			sum.failed++
			fmt.Fprintf(a.stderr, "newsgraph: %s\n", oneLine(err.Error()))
			if firstErr == nil {
				firstErr = err
			}
			return nil
		}
		sum.read++
		iri, header := extract.Header(art)
		if !*force {
			same, err := st.Unchanged(ctx, iri, header)
			if err != nil {
				return fmt.Errorf("%s: %w", art.Origin, err)
			}
			if same {
				sum.unchanged++
				return nil
			}
		}
		quads, renames := people.ResolveNames(x.Article(art))
		ch, err := st.ReplaceArticle(ctx, iri, art.Source, quads)
		if err != nil {
			return fmt.Errorf("%s: %w", art.Origin, err)
		}
		for _, r := range renames {
			if err := st.RenamePerson(ctx, r.Person, r.Old, r.New); err != nil {
				return fmt.Errorf("%s: %w", art.Origin, err)
			}
		}
		if ch.Replaced {
			sum.replaced++
		} else {
			sum.added++
		}
		sum.quads += len(quads)
		sum.sentences += extract.CountSentences(quads)
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "articles: %d read: %d new, %d replaced, %d unchanged, %d failed\n",
		sum.read+sum.failed, sum.added, sum.replaced, sum.unchanged, sum.failed)
	fmt.Fprintf(a.stdout, "written: %d sentences, %d quads\n", sum.sentences, sum.quads)
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "store %s: %d articles, %d quads\n", sf.db, stats.Articles, stats.Quads)
	fmt.Fprintf(a.stdout, "entities: %s\n", stats.EntitySummary())
	if sum.read > 0 {
		fmt.Fprintf(a.stdout, "ask it: newsgraph queries; newsgraph query people-offices; newsgraph repl\n")
	}
	if firstErr != nil {
		return fmt.Errorf("%d of %d inputs could not be read (see above); the others were ingested", sum.failed, sum.read+sum.failed)
	}
	return nil
}

func (a *app) extract(args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) != 1 {
		return usagef("extract: give one article (a .txt or .jsonl file, or - for stdin)")
	}
	x := extract.New(lexicon.Default())
	var all []quad.Quad
	err = a.eachArticle(paths, func(art extract.Article, err error) error {
		if err != nil {
			return err
		}
		all = append(all, x.Article(art)...)
		return nil
	})
	if err != nil {
		return err
	}
	extract.SortQuads(all)
	return schema.WriteNQuads(a.stdout, dedupe(all))
}

// dedupe drops repeats from sorted quads.
func dedupe(qs []quad.Quad) []quad.Quad {
	var out []quad.Quad
	prev := ""
	for _, q := range qs {
		if k := schema.FormatQuad(q); k != prev {
			out = append(out, q)
			prev = k
		}
	}
	return out
}
