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
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

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
			a.inputRead.Add(int64(len(data)))
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

// countingReader adds the bytes read through it to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// inputSize is the bytes of the articles under paths, as eachArticle would
// read them; 0 when it cannot be known (stdin).
func inputSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			if path == p || strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".jsonl") {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
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
		jr := extract.NewJSONLReader(path, countingReader{f, &a.inputRead})
		jr.File = extract.FileSource(path)
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
	a.inputRead.Add(int64(len(data)))
	art, err := extract.ParseArticle(path, data)
	if art.Source == "" {
		art.Source = extract.FileSource(path)
	}
	return fn(art, err)
}

func (a *app) ingest(args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	var sf storeFlags
	sf.register(fs)
	force := fs.Bool("force", false, "extract and write articles even when the store has them unchanged")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	// Larger transactions dirty more of bolt's pages at once, and more of
	// them the larger the store: at 10,000 articles 20,000 quads a batch
	// held 350 MB of page buffers and ran slower than 5,000 (160 MB).
	batch := fs.Int("batch", 5000, "quads written per transaction (each article is whole in one)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usagef("ingest: no articles given (a file, a folder, or - for stdin)")
	}
	if *workers < 1 || *batch < 1 {
		return usagef("ingest: --workers and --batch must be positive")
	}
	st, err := sf.create()
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	// a bolt store from an older newsgraph, or one another program wrote
	// to, has its index lists made live first, for the fast counts
	if n, err := st.LiveIndexLists(ctx); err != nil {
		return fmt.Errorf("store %s: %w", st.Addr, err)
	} else if n > 0 {
		fmt.Fprintf(a.stderr, "newsgraph: store %s: took %d deleted quads out of its indexes\n", st.Addr, n)
	}
	in := ingester{a: a, st: st, x: extract.New(lexicon.Default()), force: *force, workers: *workers, batchQuads: *batch}
	sum, err := in.run(ctx, paths)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "articles: %d read: %d new, %d replaced, %d unchanged, %d failed\n",
		sum.read+sum.failed, sum.added, sum.replaced, sum.unchanged, sum.failed)
	fmt.Fprintf(a.stdout, "written: %d sentences, %d quads\n", sum.sentences, sum.quads)
	fmt.Fprintf(a.stdout, "store %s: %d quads\n", st.Addr, st.Size())
	fmt.Fprintf(a.stdout, "entities: %s\n", graph.ClassSummary(sum.classCounts()))
	if sum.read > 0 {
		fmt.Fprintf(a.stdout, "ask it: newsgraph queries; newsgraph query people-offices; newsgraph repl\n")
	}
	if sum.failed > 0 {
		return fmt.Errorf("%d of %d inputs could not be read (see above); the others were ingested", sum.failed, sum.read+sum.failed)
	}
	return nil
}

// ingester reads articles, extracts them in parallel and writes them in
// batched transactions, in input order.
type ingester struct {
	a          *app
	st         *graph.Store
	x          *extract.Extractor
	force      bool
	workers    int
	batchQuads int
}

type ingestSum struct {
	read, added, replaced, unchanged, failed, sentences, quads int
	classes                                                    map[quad.IRI]map[quad.Value]bool // the shared nodes written, by class
	local                                                      map[quad.IRI]int                 // and how many of the articles' own
}

// classCounts is how many distinct nodes of each class were written.
func (s ingestSum) classCounts() map[quad.IRI]int {
	out := map[quad.IRI]int{}
	for c, n := range s.local {
		out[c] += n
	}
	for c, set := range s.classes {
		out[c] += len(set)
	}
	return out
}

// job is one input on its way through the pipeline.
type job struct {
	seq   int
	read  int64 // bytes of input read up to it, for progress
	art   extract.Article
	err   error // it could not be read
	skip  bool  // the store has it unchanged
	iri   quad.IRI
	quads []quad.Quad
}

func (in *ingester) run(ctx context.Context, paths []string) (ingestSum, error) {
	sum := ingestSum{classes: map[quad.IRI]map[quad.Value]bool{}, local: map[quad.IRI]int{}}
	var err error
	jobs := make(chan *job, 4*in.workers)
	done := make(chan *job, 4*in.workers)
	stop := make(chan struct{})
	defer close(stop)
	readErr := make(chan error, 1)

	// read, in order, and skip what the store has unchanged
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- in.a.eachArticle(paths, func(art extract.Article, err error) error {
			j := &job{seq: seq, art: art, err: err, read: in.a.inputRead.Load()}
			seq++
			if err == nil {
				var header []quad.Quad
				j.iri, header = extract.Header(art)
				if !in.force {
					same, err := in.st.Unchanged(ctx, j.iri, header)
					if err != nil {
						return fmt.Errorf("%s: %w", art.Origin, err)
					}
					j.skip = same
				}
			}
			select {
			case jobs <- j:
				return nil
			case <-stop:
				return errStopped
			}
		})
	}()
	// extract in parallel
	var wg sync.WaitGroup
	for w := 0; w < in.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil && !j.skip {
					j.quads, j.err = in.x.Extract(j.art)
				}
				select {
				case done <- j:
				case <-stop:
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	// write, in input order; the store's people are read once an article
	// needs them (a run of unchanged articles never does)
	var people *extract.People
	prog := newProgress(in.a.stderr, inputSize(paths))
	b := in.st.NewBatch()
	var pending []*job
	commit := func() error {
		if err := b.Commit(); err != nil {
			return err
		}
		for _, j := range pending {
			sum.quads += len(j.quads)
			sum.sentences += extract.CountSentences(j.quads)
			for _, q := range j.quads {
				c, ok := q.Object.(quad.IRI)
				if !ok || q.Predicate != schema.Type {
					continue
				}
				if s, ok := q.Subject.(quad.IRI); ok && strings.HasPrefix(string(s), string(j.iri)) {
					// the article's own nodes (sentences, events, quotes,
					// shipments) are new with it: counted, not kept
					sum.local[c]++
					continue
				}
				if sum.classes[c] == nil {
					sum.classes[c] = map[quad.Value]bool{}
				}
				sum.classes[c][q.Subject] = true
			}
		}
		pending = pending[:0]
		b = in.st.NewBatch()
		return nil
	}
	buf := map[int]*job{}
	next := 0
	for j := range done {
		buf[j.seq] = j
		for buf[next] != nil {
			j := buf[next]
			delete(buf, next)
			next++
			prog.tick(j.read)
			switch {
			case j.err != nil:
				sum.failed++
				fmt.Fprintf(in.a.stderr, "newsgraph: %s\n", oneLine(j.err.Error()))
				continue
			case j.skip:
				sum.read++
				sum.unchanged++
				continue
			}
			sum.read++
			if people == nil {
				if people, err = in.knownPeople(ctx); err != nil {
					return sum, err
				}
			}
			quads, renames := people.ResolveNames(j.quads)
			j.quads = quads
			if b.Has(j.art.Source) {
				if err := commit(); err != nil {
					return sum, err
				}
			}
			ch, err := b.Replace(ctx, j.iri, j.art.Source, quads)
			if errors.Is(err, graph.ErrBatchHasArticle) {
				// the same text under another source earlier in the batch
				if err := commit(); err != nil {
					return sum, err
				}
				ch, err = b.Replace(ctx, j.iri, j.art.Source, quads)
			}
			if err != nil {
				return sum, fmt.Errorf("%s: %w", j.art.Origin, err)
			}
			pending = append(pending, j)
			if ch.Replaced {
				sum.replaced++
			} else {
				sum.added++
			}
			// earlier articles' names of a person this one names more fully,
			// in the same transaction as the article
			for _, r := range renames {
				if err := b.RenamePerson(ctx, r.Person, r.Old, r.New); err != nil {
					return sum, fmt.Errorf("%s: %w", j.art.Origin, err)
				}
			}
			if b.Quads >= in.batchQuads {
				if err := commit(); err != nil {
					return sum, err
				}
			}
		}
	}
	if err := commit(); err != nil {
		return sum, err
	}
	prog.finish()
	if err := <-readErr; err != nil {
		return sum, err
	}
	return sum, nil
}

var errStopped = errors.New("stopped")

// knownPeople indexes the persons the store already has.
func (in *ingester) knownPeople(ctx context.Context) (*extract.People, error) {
	known, err := in.st.People(ctx)
	if err != nil {
		return nil, err
	}
	people := extract.NewPeople()
	iris := make([]quad.IRI, 0, len(known))
	for iri := range known {
		iris = append(iris, iri)
	}
	sort.Slice(iris, func(i, j int) bool { return iris[i] < iris[j] })
	for _, iri := range iris {
		people.Add(iri, known[iri]...)
	}
	return people, nil
}

func (a *app) extract(args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	explain := fs.Bool("explain", false, "print each fact with the rule that made it and the words it matched, by sentence")
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
		if *explain {
			return writeExplained(a.stdout, x.Explain(art))
		}
		qs, err := x.Extract(art)
		if err != nil {
			return err
		}
		all = append(all, qs...)
		return nil
	})
	if err != nil {
		return err
	}
	return schema.WriteNQuads(a.stdout, extract.SortUnique(all))
}
