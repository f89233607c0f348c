package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// eachArticle reads the articles under paths — files, folders (their
// articles, pages and feeds, sorted) or "-" for stdin — and calls fn with
// each, or with the error that kept one from being read. fn's error stops
// the walk.
func (a *app) eachArticle(paths []string, fn func(extract.Article, error) error) error {
	for _, p := range paths {
		if p == "-" {
			data, err := io.ReadAll(io.LimitReader(a.stdin, extract.MaxFeedSize+1))
			if err != nil {
				return fmt.Errorf("stdin: %w", err)
			}
			a.inputRead.Add(int64(len(data)))
			kind := sniff(data)
			if err := checkSize("stdin", kind, data, a.stdin, -1); err != nil {
				if err := fn(extract.Article{Origin: "stdin"}, err); err != nil {
					return err
				}
				continue
			}
			if err := readData("stdin", "", kind, data, fn); err != nil {
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
			files, err = inputFiles(p)
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		for _, f := range files {
			if err := a.readFile(f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// inputKind is what a file holds.
type inputKind int

const (
	kindText  inputKind = iota // an article with an optional header
	kindJSONL                  // articles, one JSON object a line
	kindPage                   // a saved web page
	kindFeed                   // an RSS or Atom feed
)

// kindByExt is the kind of a file in a folder by its name's extension;
// files of other extensions in a folder are left alone.
var kindByExt = map[string]inputKind{
	".txt": kindText, ".jsonl": kindJSONL,
	".html": kindPage, ".htm": kindPage, ".xhtml": kindPage,
	".xml": kindFeed, ".rss": kindFeed, ".atom": kindFeed,
}

// inputFiles lists the files under dir that ingest reads, sorted. The
// folder a browser saves a page's images and scripts in ("story_files"
// beside "story.html") is left out.
func inputFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && isPageAssets(path) {
				return filepath.SkipDir
			}
			return nil
		}
		if _, ok := kindByExt[strings.ToLower(filepath.Ext(path))]; ok {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// isPageAssets tells a folder "NAME_files" that sits beside a saved page
// NAME.html or NAME.htm.
func isPageAssets(dir string) bool {
	stem, ok := strings.CutSuffix(dir, "_files")
	if !ok {
		return false
	}
	for _, ext := range []string{".html", ".htm"} {
		if info, err := os.Stat(stem + ext); err == nil && !info.IsDir() {
			return true
		}
	}
	return false
}

// sniff tells a page or a feed from a text article by how it starts: a
// feed's root element is rss, feed or rdf:RDF; any other markup is a page.
func sniff(data []byte) inputKind {
	switch root := rootElement(data); root {
	case "":
		return kindText
	case "rss", "feed", "rdf:rdf":
		return kindFeed
	}
	return kindPage
}

// rootElement is the name of the first element data starts with, past
// XML declarations, comments and a doctype, in lower case; "" when data
// does not start with markup.
func rootElement(data []byte) string {
	rest := bytes.TrimPrefix(data[:min(len(data), 4096)], []byte("\ufeff"))
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if len(rest) < 2 || rest[0] != '<' {
			return ""
		}
		if rest[1] != '?' && rest[1] != '!' {
			break
		}
		end := bytes.IndexByte(rest, '>')
		if bytes.HasPrefix(rest, []byte("<!--")) {
			end = bytes.Index(rest, []byte("-->")) + 2
		}
		if end < 1 {
			return "?"
		}
		rest = rest[end+1:]
	}
	name := rest[1:]
	if i := bytes.IndexAny(name, " \t\r\n/>"); i >= 0 {
		name = name[:i]
	}
	if len(name) == 0 {
		return "?"
	}
	return strings.ToLower(string(name))
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
		files := []string{p}
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			files, _ = inputFiles(p)
		}
		for _, f := range files {
			if info, err := os.Stat(f); err == nil {
				total += info.Size()
			}
		}
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
	kind, known := kindByExt[strings.ToLower(filepath.Ext(path))]
	f, err := os.Open(path)
	if err != nil {
		return fn(extract.Article{Origin: path}, fmt.Errorf("%s: %w", path, unwrapPath(err)))
	}
	defer f.Close()
	if kind == kindJSONL {
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
	limit := int64(extract.MaxArticleSize)
	if kind == kindFeed || !known {
		limit = extract.MaxFeedSize
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return fn(extract.Article{Origin: path}, fmt.Errorf("%s: %w", path, err))
	}
	a.inputRead.Add(int64(len(data)))
	switch {
	case !known:
		kind = sniff(data) // a file named on the command line
	case kind == kindFeed && rootElement(data) == "html":
		kind = kindPage // XHTML saved as .xml
	}
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	if err := checkSize(path, kind, data, f, size); err != nil {
		return fn(extract.Article{Origin: path}, err)
	}
	return readData(path, extract.FileSource(path), kind, data, fn)
}

// checkSize refuses an input of more bytes than its kind's limit: as
// binary when it is (a NUL byte in what was read), else with its real size
// (size, or when that is below 0, data's and what rest still holds, read
// to its end), not the limit and one byte that were read of it.
func checkSize(origin string, kind inputKind, data []byte, rest io.Reader, size int64) error {
	what, limit := "article", int64(extract.MaxArticleSize)
	switch kind {
	case kindPage:
		what = "page"
	case kindFeed:
		what, limit = "feed", extract.MaxFeedSize
	}
	if int64(len(data)) <= limit {
		return nil
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &extract.InputError{Origin: origin, Msg: fmt.Sprintf("binary data (NUL byte at offset %d), not a text article, page or feed", i)}
	}
	if size < int64(len(data)) {
		n, _ := io.Copy(io.Discard, rest)
		size = int64(len(data)) + n
	}
	return &extract.InputError{Origin: origin, Msg: fmt.Sprintf("%s is %d bytes (%s), more than the limit of %d (%s)", what, size, mib(size), limit, mib(limit))}
}

// mib is a size in MiB, as people read it.
func mib(n int64) string {
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
}

// readData reads the articles in data, a file's content (file is its
// FileSource) or stdin's (file is ""), as kind says.
func readData(origin, file string, kind inputKind, data []byte, fn func(extract.Article, error) error) error {
	var art extract.Article
	var err error
	switch kind {
	case kindFeed:
		fr, err := extract.NewFeedReader(origin, data)
		if err != nil {
			return fn(extract.Article{Origin: origin}, err)
		}
		fr.File = file
		for {
			art, err := fr.Next()
			if err == io.EOF {
				return nil
			}
			if err := fn(art, err); err != nil {
				return err
			}
		}
	case kindPage:
		art, err = extract.ParseHTML(origin, data)
	default:
		art, err = extract.ParseArticle(origin, data)
	}
	if art.Source == "" {
		art.Source = file
	}
	return fn(art, err)
}

func (a *app) ingestCmd() *cobra.Command {
	var sf storeFlags
	var force bool
	var workers, batch int
	cmd := &cobra.Command{
		Use:   "ingest [flags] FILE|FOLDER|-...",
		Short: "read articles into the store",
		Long: `Read articles into the store, making it if there is none: .txt articles
(optional header lines date:, title:, url:, then a blank line and the text),
.jsonl (id, url, date, title, text on each line), saved web pages (.html,
.htm, .xhtml), RSS and Atom feeds (.xml, .rss, .atom), folders of them (in
any case: .TXT too), and - for stdin. An article ingested again replaces
its earlier version; an unchanged one is skipped. A folder with none of
these files is told ("no articles found in …"); when nothing at all is
found, the exit status is 1 (and no store is made for empty folders). A
file of more than 10 MiB (a feed: 64 MiB) is refused with its size, a
binary one as binary.`,
		Example: `  newsgraph ingest seeds/
  newsgraph ingest --db news.db saved-pages/ world.xml
  newsgraph ingest - < story.txt`,
		RunE: func(cmd *cobra.Command, paths []string) error {
			return a.ingest(sf, force, workers, batch, paths)
		},
	}
	sf.register(cmd)
	fs := cmd.Flags()
	fs.BoolVar(&force, "force", false, "extract and write articles even when the store has them unchanged")
	fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "articles extracted in parallel")
	// Larger transactions dirty more of bolt's pages at once, and more of
	// them the larger the store: at 10,000 articles 20,000 quads a batch
	// held 350 MB of page buffers and ran slower than 5,000 (160 MB).
	fs.IntVar(&batch, "batch", 5000, "quads written per transaction (each article is whole in one)")
	return cmd
}

func (a *app) ingest(sf storeFlags, force bool, workers, batch int, paths []string) error {
	if len(paths) == 0 {
		return usagef("ingest: no articles given (a file, a folder, or - for stdin)")
	}
	if workers < 1 || batch < 1 {
		return usagef("ingest: --workers and --batch must be positive")
	}
	// an ingest allocates much and keeps little (an article's text, tokens
	// and quads live until its batch is written): the collector runs about
	// half as often as by default, its heap held under 192 MiB all the
	// same (GOGC and GOMEMLIMIT, when set, say otherwise)
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(200))
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(192 << 20))
	}
	// a folder with nothing to read is told, and when every path given is
	// one, ingest fails before it makes a store
	var empty []string
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			if files, err := inputFiles(p); err == nil && len(files) == 0 {
				empty = append(empty, p)
			}
		}
	}
	if len(empty) == len(paths) {
		return fmt.Errorf("no articles found in %s (%s)", strings.Join(empty, ", "), readsWhat)
	}
	for _, p := range empty {
		fmt.Fprintf(a.stderr, "newsgraph: no articles found in %s (%s)\n", p, readsWhat)
	}
	st, err := sf.create()
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	// a bolt store from an older newsgraph, or one another program wrote
	// to, has newsgraph's counts made again first; the ingest's own quads
	// are counted when it closes the store
	if n, err := st.RebuildCounts(ctx); err != nil {
		return fmt.Errorf("store %s: %w", st.Addr, err)
	} else if n > 0 {
		fmt.Fprintf(a.stderr, "newsgraph: store %s: counted its %d quads again for newsgraph's indexes\n", st.Addr, n)
	}
	// and its articles' records, which a replacement reads
	if n, err := st.RebuildRecords(ctx); err != nil {
		return fmt.Errorf("store %s: %w", st.Addr, err)
	} else if n > 0 {
		fmt.Fprintf(a.stderr, "newsgraph: store %s: recorded its %d articles again for replacing them\n", st.Addr, n)
	}
	st.DeferCounts()
	// the extractor is made (the lexicon read, its matchers built) when an
	// article is to be extracted: a re-ingest of unchanged articles needs none
	x := sync.OnceValue(func() *extract.Extractor { return extract.New(lexicon.Default()) })
	in := ingester{a: a, st: st, x: x, force: force, workers: workers, batchQuads: batch}
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
	if sum.read == 0 {
		return fmt.Errorf("no articles found in %s", strings.Join(paths, ", "))
	}
	return nil
}

// readsWhat tells what ingest reads in a folder.
const readsWhat = "ingest reads files named .txt, .jsonl, .html, .htm, .xhtml, .xml, .rss and .atom, in any case"

// ingester reads articles, extracts them in parallel and writes them in
// batched transactions, in input order.
type ingester struct {
	a          *app
	st         *graph.Store
	x          func() *extract.Extractor
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
	seq  int
	read int64 // bytes of input read up to it, for progress
	art  extract.Article
	err  error // it could not be read
	skip bool  // the store has it unchanged
	// the store could not be read to tell whether it has it: the ingest
	// stops there
	storeErr error
	iri      quad.IRI
	quads    []quad.Quad
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
			select {
			case jobs <- j:
				return nil
			case <-stop:
				return errStopped
			}
		})
	}()
	// tell what the store has unchanged and extract the rest, in parallel
	// (each worker's reads of the store in read transactions of its own)
	var wg sync.WaitGroup
	for w := 0; w < in.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.err == nil {
					var header []quad.Quad
					j.iri, header = extract.Header(j.art)
					if !in.force {
						j.skip, j.storeErr = in.st.Unchanged(ctx, j.iri, header)
					}
				}
				if j.err == nil && j.storeErr == nil && !j.skip {
					j.quads, j.err = in.x().Extract(j.art)
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
			case j.storeErr != nil:
				return sum, fmt.Errorf("%s: %w", j.art.Origin, j.storeErr)
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

func (a *app) extractCmd() *cobra.Command {
	var explain, text bool
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE|-",
		Short: "print an article's quads as sorted N-Quads, without a store",
		Long: `Read one article (or a .jsonl file or a feed of them, or - for stdin) and print
the quads newsgraph makes of it as sorted N-Quads, without a store;
--explain prints each fact under its sentence with the rule that made it
and the words it matched, --text the article as read (header and text).`,
		Example: `  newsgraph extract seeds/2021-05-29-india-us-covid-solidarity.txt
  newsgraph extract --explain story.txt
  newsgraph extract --text saved-pages/story.html`,
		RunE: func(cmd *cobra.Command, paths []string) error {
			return a.extract(explain, text, paths)
		},
	}
	cmd.Flags().BoolVar(&explain, "explain", false, "print each fact with the rule that made it and the words it matched, by sentence")
	cmd.Flags().BoolVar(&text, "text", false, "print each article as read (its header and text), not its quads")
	return cmd
}

func (a *app) extract(explain, text bool, paths []string) error {
	if len(paths) != 1 {
		return usagef("extract: give one article (a .txt, .jsonl, page .html or feed .xml file, or - for stdin)")
	}
	if explain && text {
		return usagef("extract: --explain or --text, not both")
	}
	x := extract.New(lexicon.Default())
	var all []quad.Quad
	var read []extract.Article
	err := a.eachArticle(paths, func(art extract.Article, err error) error {
		if err != nil {
			return err
		}
		if text {
			read = append(read, art)
			return nil
		}
		if explain {
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
	if text {
		for _, art := range read {
			if len(read) > 1 {
				fmt.Fprintf(a.stdout, "=== %s\n", art.Origin)
			}
			writeArticle(a.stdout, art)
		}
		return nil
	}
	return schema.WriteNQuads(a.stdout, extract.SortUnique(all))
}

// writeArticle writes an article as read, in the .txt form that ingest
// reads back: its header (url, else its source when that is no file,
// date, title), a blank line, its text.
func writeArticle(w io.Writer, art extract.Article) {
	switch {
	case art.URL != "":
		fmt.Fprintf(w, "url: %s\n", art.URL)
	case art.Source != "" && !strings.HasPrefix(art.Source, "file:"):
		fmt.Fprintf(w, "id: %s\n", art.Source)
	}
	if art.HasDate() {
		fmt.Fprintf(w, "date: %s\n", art.Date.Format("2006-01-02"))
	}
	if art.Title != "" {
		fmt.Fprintf(w, "title: %s\n", art.Title)
	}
	fmt.Fprintf(w, "\n%s", art.Text)
	if !strings.HasSuffix(art.Text, "\n") {
		fmt.Fprintln(w)
	}
}
