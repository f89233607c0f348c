package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// The fuzz targets: no input panics; what comes out is well formed; the
// same input gives the same output. `go test` runs each over its seed
// corpus (testdata/fuzz and the f.Add lines); .ci/fuzz runs them for
// longer.

var fuzzX = New(lexicon.Default())

var fuzzSeeds = []string{
	" date 2021-05-29 India and the US met. \"We will help,\" said Antony Blinken.",
	"date: 2021-01-21\ntitle: T\n\nIndia on Thursday delivered 1,50,000 doses of vaccines to Bhutan.",
	"“Open quote never closed. EAM Jaishankar tweeted.",
	"Japan will send 1 million doses each to Taiwan, Indonesia and Vietnam on Thursday.",
	"The members of the G7 are Canada, France, Germany, Italy, Japan, the UK and the US.",
	"Foreign Minister Ana Lopez met President John Roe in Paris from May 3-5, 2021.",
	"''friend and partner'' - ‘single’ \"straight\" « guillemets »",
	"\u200b\u202eRTL\u202c and zero\u200dwidth",
	"a) 1. • - * ( [ ] ) : ; … — – ’s 's",
}

func FuzzParseArticle(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte("date: 2021-02-30\n\ntext"))
	f.Add([]byte{0xff, 0xfe, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseArticle("f.txt", data)
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("accepted an article with text %q", a.Text)
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize(text)
		prev := 0
		for i, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) || tk.I != i || text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %d %+v out of place in %q", i, tk, text)
			}
			prev = tk.End
		}
		n := 0
		for _, s := range splitSentences(toks) {
			if len(s.Toks) == 0 || len(s.Toks) > maxSentence || s.Start > s.End || s.End > len(text) {
				t.Fatalf("bad sentence %+v", s)
			}
			if s.Toks[0].I != n {
				t.Fatalf("sentences skip or repeat tokens at %d", n)
			}
			n += len(s.Toks)
		}
		if n != len(toks) {
			t.Fatalf("sentences hold %d of %d tokens", n, len(toks))
		}
	})
}

func FuzzQuantity(f *testing.F) {
	for _, s := range []string{"over 2.5 million", "1,50,000", "two dozen", "a million", "$23 million", "more than 600", "12.5.3", "9999999999999999999999 crore"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := fuzzX.newDoc(Article{Text: text}, new(scratch))
		for k := range d.toks {
			q, ok := d.quantityAt(k, len(d.toks))
			if ok && (q.value < 0 || q.j <= k || q.j > len(d.toks)) {
				t.Fatalf("quantity %+v at %d of %q", q, k, text)
			}
		}
	})
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{"on Friday", "May 3-5, 2021", "3 May", "last year", "in June", "earlier this month", "February 30", "Monday's meeting"} {
		f.Add(s, int64(1622246400))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		date := time.Unix(unix%4102444800, 0).UTC() // before 2100
		if date.Year() < 1900 {
			date = date.AddDate(1970, 0, 0)
		}
		d := fuzzX.newDoc(Article{Text: text, Date: date}, new(scratch))
		for si := range d.sents {
			for _, e := range d.datesIn(d.bounds(si)) {
				layout := map[string]string{string(schema.XSDDate): "2006-01-02", string(schema.XSDGYearMonth): "2006-01", string(schema.XSDGYear): "2006"}[string(e.typ)]
				if _, err := time.Parse(layout, e.value); err != nil {
					t.Fatalf("date %q of type %s from %q: %v", e.value, e.typ, text, err)
				}
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the reader refuses it before extraction
		}
		a := Article{Source: "f", Text: text, Date: time.Date(2021, 5, 29, 0, 0, 0, 0, time.UTC)}
		qs, err := fuzzX.Extract(a)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := schema.WriteNQuads(&b, qs); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if line == "" {
				continue
			}
			if _, err := nquads.Parse(line); err != nil {
				t.Fatalf("not N-Quads: %q: %v", line, err)
			}
		}
		again, _ := fuzzX.Extract(a)
		var b2 strings.Builder
		schema.WriteNQuads(&b2, again)
		if b2.String() != out {
			t.Fatal("the same text gave two outputs")
		}
	})
}

// TestTreebankTextExtracts runs the extractor over every sentence of the
// treebank (16,622 sentences of English web text: reviews, emails, blogs,
// answers, news), forty to an article: real English the rules were not
// written for, on which the extractor must never fail. It skips where the
// treebank is not at hand.
func TestTreebankTextExtracts(t *testing.T) {
	var texts []string
	for _, part := range []string{"train", "dev", "test"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "ud-english-ewt", "en_ewt-ud-"+part+".conllu"))
		if err != nil {
			t.Skip("no treebank")
		}
		for _, l := range strings.Split(string(data), "\n") {
			if s, ok := strings.CutPrefix(l, "# text = "); ok {
				texts = append(texts, s)
			}
		}
	}
	date := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < len(texts); i += 40 {
		part := texts[i:min(i+40, len(texts))]
		if _, err := fuzzX.Extract(Article{Source: "ud", Text: strings.Join(part, " "), Date: date}); err != nil {
			// name the sentence that fails alone, if one does
			for _, s := range part {
				if _, err := fuzzX.Extract(Article{Source: "ud", Text: s, Date: date}); err != nil {
					t.Errorf("%q: %v", s, err)
				}
			}
			t.Errorf("sentences %d–%d: %v", i, i+len(part)-1, err)
		}
	}
}
