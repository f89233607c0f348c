package extract

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// TestTags: d.tag gives each token of an article its part of speech, the
// sentences tagged one by one, the tags in line with the tokens even where
// a long sentence is cut.
func TestTags(t *testing.T) {
	x := New(lexicon.Default())
	text := "Foreign Minister Jane Doe arrived in Ruritania on Tuesday. Talks will focus on India’s vaccine exports, " +
		"officials said.\n\nThe U.S. sent 1,500 oxygen cylinders to Nepal.\n\n" + strings.Repeat("one, ", 200) + "end."
	d := x.newDoc(Article{Text: text}, new(scratch))
	want := map[string]pos.Tag{"Minister": pos.PROPN, "Doe": pos.PROPN, "arrived": pos.VERB, "in": pos.ADP,
		"Ruritania": pos.PROPN, "Talks": pos.NOUN, "will": pos.AUX, "’s": pos.PART, "exports": pos.NOUN,
		"said": pos.VERB, "The": pos.DET, "U.S.": pos.PROPN, "1,500": pos.NUM, "cylinders": pos.NOUN}
	for k, tok := range d.toks {
		if w, ok := want[tok.Text]; ok && d.tag(k) != w {
			t.Errorf("%q: %v, want %v", tok.Text, d.tag(k), w)
		}
	}
	if len(d.tags) != len(d.toks) {
		t.Fatalf("%d tags for %d tokens", len(d.tags), len(d.toks))
	}
	// a reused scratch does not keep the last article's tags
	d2 := x.newDoc(Article{Text: "Talks ended."}, d.scratch)
	if got := d2.tag(0); got != pos.NOUN {
		t.Errorf("Talks: %v, want NOUN", got)
	}
}

// TestTreebankTokens splits the raw text of the treebank's dev sentences
// with the extractor's tokenizer and checks that the tokens are the words
// the tagger was trained on (pos.ReadCoNLLU), and that the tags are as good
// on them. It skips where the treebank is not at hand.
func TestTreebankTokens(t *testing.T) {
	path := "/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("no treebank")
	}
	sents, err := pos.ReadCoNLLU(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, l := range strings.Split(string(data), "\n") {
		if s, ok := strings.CutPrefix(l, "# text = "); ok {
			texts = append(texts, s)
		}
	}
	if len(texts) != len(sents) {
		t.Fatalf("%d texts, %d sentences", len(texts), len(sents))
	}
	same, right, total := 0, 0, 0
	diffs := map[string]int{}
	var words []string
	var tags []pos.Tag
	for i, text := range texts {
		words = words[:0]
		for _, tok := range tokenize(text) {
			words = append(words, tok.Text)
		}
		if !slices.Equal(words, sents[i].Words) {
			// the first difference
			k := 0
			for k < len(words) && k < len(sents[i].Words) && words[k] == sents[i].Words[k] {
				k++
			}
			a, b := "", ""
			if k < len(words) {
				a = words[k]
			}
			if k < len(sents[i].Words) {
				b = sents[i].Words[k]
			}
			diffs[a+" | "+b]++
			continue
		}
		same++
		tags = pos.Default().Tag(words, tags[:0])
		for k, tg := range tags {
			total++
			if tg == sents[i].Tags[k] {
				right++
			}
		}
	}
	share := float64(same) / float64(len(sents))
	acc := float64(right) / float64(total)
	t.Logf("%d of %d dev sentences (%.1f%%) split into the same tokens; on them UPOS accuracy %.2f%%", same, len(sents), 100*share, 100*acc)
	type diff struct {
		s string
		n int
	}
	var ds []diff
	for s, n := range diffs {
		ds = append(ds, diff{s, n})
	}
	slices.SortFunc(ds, func(a, b diff) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.s, b.s)
	})
	for _, d := range ds[:min(len(ds), 25)] {
		t.Logf("  %4d  tokenizer %s treebank", d.n, d.s)
	}
	if share < 0.8 || acc < 0.94 {
		t.Errorf("want at least 80%% of the sentences split the same, and 94%% accuracy on them")
	}
}
