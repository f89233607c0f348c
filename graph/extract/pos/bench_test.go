package pos

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// splitWords is a small stand-in for the extractor's tokenizer: words (with
// inner hyphens, apostrophes and dots of abbreviations), numbers with
// commas and decimal points, a split-off "'s", one token per other mark.
func splitWords(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + 1
			for j < len(rs) {
				c := rs[j]
				next := rune(0)
				if j+1 < len(rs) {
					next = rs[j+1]
				}
				if unicode.IsLetter(c) || unicode.IsDigit(c) ||
					(c == '-' || c == ',' || c == '.') && unicode.IsDigit(next) && unicode.IsDigit(rs[j-1]) ||
					c == '-' && unicode.IsLetter(next) ||
					(c == '\'' || c == '’') && unicode.IsLetter(next) && next != 's' {
					j++
					continue
				}
				break
			}
			out = append(out, string(rs[i:j]))
			i = j
		case (r == '\'' || r == '’') && i+1 < len(rs) && rs[i+1] == 's' && len(out) > 0 && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2])):
			out = append(out, string(rs[i:i+2]))
			i += 2
		default:
			out = append(out, string(r))
			i++
		}
	}
	return out
}

// seedSentences are the seed article's sentences (cut at . ! ? and blank lines).
func seedSentences(tb testing.TB) [][]string {
	files, _ := filepath.Glob("../../../seeds/*.txt")
	if len(files) == 0 {
		tb.Skip("no seed article")
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	var sents [][]string
	var cur []string
	for _, w := range splitWords(string(data)) {
		cur = append(cur, w)
		if w == "." || w == "!" || w == "?" {
			sents = append(sents, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// BenchmarkTag tags the seed article's tokens, sentence by sentence.
func BenchmarkTag(b *testing.B) {
	m := Default()
	sents := seedSentences(b)
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	tags := make([]Tag, 0, 256)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			tags = m.Tag(s, tags[:0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/token")
}

// BenchmarkLoad reads the embedded model, as Default does once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(defaultModel); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInfo is the per-token work before the features.
func BenchmarkInfo(b *testing.B) {
	words := strings.Fields("India and the US on Friday vowed to support each other amid the crisis")
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			infoOf(w)
		}
	}
}
