package extract_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.nq")

func TestParseArticle(t *testing.T) {
	cases := []struct {
		name, in          string
		date, title, text string
		source            string
		err               string
	}{
		{name: "Header", in: "date: 2021-05-26\ntitle: A title\nurl: https://example.org/x\n\nThe text.",
			date: "2021-05-26", title: "A title", text: "The text.", source: "https://example.org/x"},
		{name: "HeaderCRLF", in: "date: 2021-05-26\r\ntitle: T\r\n\r\nThe text.\r\n",
			date: "2021-05-26", title: "T", text: "The text.\r\n"},
		{name: "OneLineDate", in: " date 2021-05-29 India and the US met.",
			date: "2021-05-29", text: "India and the US met."},
		{name: "NoHeader", in: "NEW DELHI: India sent aid.", text: "NEW DELHI: India sent aid."},
		{name: "ByteOrderMark", in: "\ufeffdate: 2021-01-02\n\nText.", date: "2021-01-02", text: "Text."},
		{name: "ImpossibleDate", in: "date: 2021-13-01\n\nText.", err: `a.txt:1: header: impossible date "2021-13-01" (want YYYY-MM-DD)`},
		{name: "ImpossibleOneLineDate", in: " date 2021-02-29 Text.", err: `a.txt:1: header: impossible date "2021-02-29"`},
		{name: "MalformedHeaderLine", in: "date: 2021-01-02\nthis is not a header\n\nText.", err: `a.txt:2: malformed header line "this is not a header"`},
		{name: "UnknownKey", in: "date: 2021-01-02\nmood: grim\n\nText.", err: `a.txt:2: header: unknown header key "mood"`},
		{name: "HeaderOnly", in: "date: 2021-01-02\ntitle: T\n", err: "a.txt: no article text"},
		{name: "Empty", in: "", err: "a.txt: no article text"},
		{name: "Blank", in: " \n\t\n", err: "a.txt: no article text"},
		{name: "Binary", in: "ab\x00cd", err: "a.txt: binary data (NUL byte at offset 2), not a text article"},
		{name: "Latin1", in: "Caf\xe9", err: "a.txt: invalid UTF-8 at byte offset 3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := extract.ParseArticle("a.txt", []byte(c.in))
			if c.err != "" {
				var ie *extract.InputError
				if err == nil || !strings.HasPrefix(err.Error(), c.err) || !errors.As(err, &ie) {
					t.Fatalf("ParseArticle(%q) error = %v, want %q", c.in, err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseArticle(%q): %v", c.in, err)
			}
			date := ""
			if a.HasDate() {
				date = a.Date.Format("2006-01-02")
			}
			if date != c.date || a.Title != c.title || a.Text != c.text || a.Source != c.source {
				t.Errorf("ParseArticle(%q) = date %q title %q text %q source %q; want %q %q %q %q",
					c.in, date, a.Title, a.Text, a.Source, c.date, c.title, c.text, c.source)
			}
		})
	}
	big := strings.Repeat("a", extract.MaxArticleSize+1)
	if _, err := extract.ParseArticle("big.txt", []byte(big)); err == nil || !strings.Contains(err.Error(), "more than the limit") {
		t.Errorf("an article over the size limit: %v", err)
	}
}

func TestJSONL(t *testing.T) {
	in := `{"id":"a","date":"2021-01-02","title":"A","text":"India sent aid."}

{"url":"https://x.org/b","text":"Nepal got aid."}
{"id":"c","text":""}
{"id":"d","date":"2021-02-31","text":"Text."}
not json
{"id":"e","text":"Last."}
{"text":"Neither url nor id."}
`
	jr := extract.NewJSONLReader("in.jsonl", strings.NewReader(in))
	jr.File = "file:///news/in.jsonl"
	var got []string
	for {
		a, err := jr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			got = append(got, "error "+err.Error())
			continue
		}
		got = append(got, a.Source+" "+a.Origin)
	}
	want := []string{
		"a in.jsonl:1",
		"https://x.org/b in.jsonl:3",
		"error in.jsonl:4: no article text",
		`error in.jsonl:5: impossible date "2021-02-31" (want YYYY-MM-DD)`,
		"error in.jsonl:6: not an article object: invalid character 'o' in literal null (expecting 'u')",
		"e in.jsonl:7",
		"file:///news/in.jsonl#L8 in.jsonl:8",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("JSONL read:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func seed(t *testing.T) extract.Article { return seedArticle(t) }

func TestFileSource(t *testing.T) {
	abs, err := filepath.Abs(filepath.Join("day1", "story.txt"))
	if err != nil {
		t.Fatal(err)
	}
	rel := extract.FileSource(filepath.Join("day1", "story.txt"))
	if rel != extract.FileSource(abs) || !strings.HasPrefix(rel, "file:///") || !strings.HasSuffix(rel, "/day1/story.txt") {
		t.Errorf("FileSource(day1/story.txt) = %q, FileSource(%s) = %q: want one file: IRI", rel, abs, extract.FileSource(abs))
	}
	if extract.FileSource("day1/story.txt") == extract.FileSource("day2/story.txt") {
		t.Error("two files of one name in two folders are one source")
	}
	if got := extract.FileSource("/news/a b#1.txt"); got != "file:///news/a%20b%231.txt" {
		t.Errorf("FileSource of a name with a space and a #: %q", got)
	}
}

func seedArticle(t testing.TB) extract.Article {
	t.Helper()
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) != 1 {
		t.Fatalf("want one seed article, found %v", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := extract.ParseArticle(filepath.Base(files[0]), data)
	if err != nil {
		t.Fatal(err)
	}
	a.Source = filepath.Base(files[0]) // the same on every machine
	return a
}

// TestSeedGolden compares the seed's quads with testdata/seed.golden.nq:
// any change to what the extractor reads from the seed shows as a diff.
// The article's ng:version changes with the extractor's own source
// (RulesVersion): the golden holds it as "…".
var versionLiteral = regexp.MustCompile(`(/vocab/version> )"[0-9a-f]+"`)

func TestSeedGolden(t *testing.T) {
	var raw strings.Builder
	if err := schema.WriteNQuads(&raw, x.Article(seed(t))); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(versionLiteral.ReplaceAllString(raw.String(), `$1"…"`))
	golden := filepath.Join("testdata", "seed.golden.nq")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (go test ./graph/extract -run SeedGolden -update, then review the diff)", err)
	}
	if b.String() != string(want) {
		got, wl := strings.Split(b.String(), "\n"), strings.Split(string(want), "\n")
		have := map[string]bool{}
		for _, l := range wl {
			have[l] = true
		}
		var extra []string
		for _, l := range got {
			if !have[l] {
				extra = append(extra, l)
			}
		}
		t.Errorf("seed extraction differs from %s (%d lines, want %d); new lines:\n%s", golden, len(got), len(wl), strings.Join(extra, "\n"))
	}
}

// The same input gives byte-identical output, also from many goroutines
// sharing one Extractor.
func TestDeterministic(t *testing.T) {
	// the seed, and two offices of one grouping that the text names only
	// in their titles (which of them mentions it must not depend on the
	// order a map is read in)
	own, err := extract.ParseArticle("a.txt", []byte("date: 2024-02-18\n\n"+
		"Ghana's President Ama Mensah was elected chairperson of the African Union on Sunday.\n\n"+
		"Kofi Boateng, the chairperson of the AU Commission, welcomed the vote in a statement."))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []extract.Article{seed(t), own} {
		render := func() string {
			var b strings.Builder
			schema.WriteNQuads(&b, x.Article(a))
			return b.String()
		}
		first := render()
		var wg sync.WaitGroup
		outs := make([]string, 24)
		for i := range outs {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				outs[i] = render()
			}(i)
		}
		wg.Wait()
		for i, o := range outs {
			if o != first {
				t.Fatalf("%s: run %d differs from the first", a.Origin, i)
			}
		}
	}
}

// Every fact carries the sentence it was read from (or the article, or
// the lexicon) as its label, and every sentence label is described.
func TestEveryFactHasItsSentence(t *testing.T) {
	qs := x.Article(seed(t))
	described := map[string]bool{}
	for _, q := range qs {
		if q.Predicate == schema.CharStart {
			described[q.Subject.String()] = true
		}
	}
	for _, q := range qs {
		l := q.Label.String()
		switch {
		case strings.Contains(l, "#s"):
			if !described[l] {
				t.Errorf("label %s is not a described sentence (%s)", l, q)
			}
		case strings.HasSuffix(l, "/id/lexicon>"), strings.HasPrefix(l, "<https://w3id.org/newsgraph/id/article/"):
		default:
			t.Errorf("quad without a sentence, article or lexicon label: %s", q)
		}
	}
}

// What a lexicon entity is (its class, canonical name, an office's
// jurisdiction) is the lexicon's fact: one quad for every article that
// names it. The sentences that name it are its schema:mentions, and the
// forms the text used stay with their sentences. A person is the text's.
func TestLexiconEntitiesAreDefinedByTheLexicon(t *testing.T) {
	text := "Germany's Foreign Minister Anna Weber met her Ruritanian counterpart in Berlin.\n\n" +
		"Weber later told reporters that the two agreed on climate change."
	a, err := extract.ParseArticle("a.txt", []byte("date: 2022-03-04\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	qs := x.Article(a)
	lexicon := schema.Lexicon.String()
	defined := map[string]string{} // subject → label of its rdf:type
	for _, q := range qs {
		if q.Predicate == schema.Type {
			defined[q.Subject.String()] = q.Label.String()
		}
	}
	for _, c := range []string{"country/de", "place/berlin", "office/de/foreign-minister", "topic/climate-change"} {
		s := "<" + schema.IDNS + c + ">"
		if defined[s] != lexicon {
			t.Errorf("%s typed with label %q, want the lexicon", c, defined[s])
		}
		mentioned := false
		for _, q := range qs {
			switch {
			case q.Subject.String() == s && (q.Predicate == schema.Name || q.Predicate == schema.Jurisdiction) && q.Label.String() != lexicon:
				t.Errorf("%s: %s not labelled with the lexicon", c, q)
			case q.Object.String() == s && q.Predicate == schema.Mentions && strings.Contains(q.Label.String(), "#s"):
				mentioned = true
			}
		}
		if !mentioned {
			t.Errorf("%s: no schema:mentions with its sentence", c)
		}
	}
	if l := defined["<"+schema.IDNS+"person/anna-weber>"]; !strings.HasSuffix(l, "#s1>") {
		t.Errorf("person anna-weber typed with label %q, want its sentence", l)
	}
}

// schema.Links names every predicate the extractor points at a node with
// (queries that ask what points at a node look those up one by one).
func TestLinksCoverTheGraph(t *testing.T) {
	texts := []string{seed(t).Text,
		"date: 2022-03-04\n\nGermany's Foreign Minister Anna Weber met her Ruritanian counterpart in Berlin on Monday. " +
			"The Quad, India, Japan, Australia and the United States, pledged vaccines. " +
			"Japan sent 500 ventilators to India on Friday, Weber said.",
	}
	for _, text := range texts {
		a, err := extract.ParseArticle("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range x.Article(a) {
			if _, ok := q.Object.(quad.IRI); !ok || q.Predicate == schema.Type || q.Predicate == schema.SameAs {
				continue
			}
			if p, _ := q.Predicate.(quad.IRI); !slices.Contains(schema.Links, p) {
				t.Errorf("%s points at a node and is not in schema.Links", q.Predicate)
			}
		}
	}
}

// Article's quads are sorted by their N-Quads text and distinct, for an
// article of the usual size and for one with more distinct terms than the
// compact sort key holds.
func TestArticleSortedAndDistinct(t *testing.T) {
	var big strings.Builder
	big.WriteString("date: 2021-05-28\n\n")
	for i := range 1500 {
		fmt.Fprintf(&big, "India sent %d oxygen concentrators to Nepal on Monday, minister number %d said.\n\n", 100+i, i)
	}
	for _, text := range []string{"date: 2021-05-28\n\n" + seed(t).Text, big.String()} {
		a, err := extract.ParseArticle("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		qs := x.Article(a)
		if len(qs) < 100 {
			t.Fatalf("only %d quads", len(qs))
		}
		for i := 1; i < len(qs); i++ {
			if prev, cur := schema.FormatQuad(qs[i-1]), schema.FormatQuad(qs[i]); prev >= cur {
				t.Fatalf("quads %d and %d out of order or repeated:\n%s\n%s", i-1, i, prev, cur)
			}
		}
	}
}

// Explain gives Article's quads, in order, each with the rule that made it;
// a mention's words are the text that names the entity.
func TestExplain(t *testing.T) {
	a := seedArticle(t)
	qs := x.Article(a)
	ex := x.Explain(a)
	if len(ex) != len(qs) {
		t.Fatalf("Explain gave %d quads, Article %d", len(ex), len(qs))
	}
	ruled := 0
	for i, e := range ex {
		if e.Quad != qs[i] {
			t.Fatalf("quad %d: Explain %v, Article %v", i, e.Quad, qs[i])
		}
		if e.Rule != "" {
			ruled++
		}
		if e.Rule == "mention/country" && e.Quad.Object == schema.CountryIRI("in") && e.Words != "India" && e.Words != "Indian" {
			t.Errorf("India's mention explained by the words %q", e.Words)
		}
	}
	if ruled < len(ex)/2 {
		t.Errorf("only %d of %d quads name their rule", ruled, len(ex))
	}
}

// An article's version changes with the extractor (RulesVersion), so that
// a newer newsgraph reads it again; the header alone gives the same
// version as the whole extraction, so an unchanged article is known
// without extracting it.
func TestVersionNamesTheExtractor(t *testing.T) {
	a := seedArticle(t)
	_, header := extract.Header(a)
	var version string
	h := sha256.New()
	for _, q := range header {
		if q.Predicate == schema.Version {
			version = quad.ToString(q.Object)
			continue
		}
		h.Write([]byte(schema.FormatQuad(q) + "\n"))
	}
	h.Write([]byte(extract.RulesVersion()))
	if version != hex.EncodeToString(h.Sum(nil)) {
		t.Errorf("version %s is not the hash of the header and the extractor's %s", version, extract.RulesVersion())
	}
	found := false
	for _, q := range x.Article(a) {
		found = found || q.Predicate == schema.Version && quad.ToString(q.Object) == version
	}
	if !found {
		t.Error("the extraction's version differs from the header's")
	}
	if len(extract.RulesVersion()) != 16 || extract.RulesVersion() != extract.RulesVersion() {
		t.Errorf("RulesVersion %q", extract.RulesVersion())
	}
}
