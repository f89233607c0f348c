package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// hostile texts, each built to a given size in bytes
var hostile = map[string]func(n int) string{
	"numbers":        func(n int) string { return repeatTo("India sent 1,000 ventilators, 2.5 million doses and ", n) + "." },
	"quotes":         func(n int) string { return repeatTo(`"a" `, n) + "said Jane Doe." },
	"unbalanced":     func(n int) string { return repeatTo(`“open `, n) },
	"one line":       func(n int) string { return repeatTo("word ", n) },
	"names":          func(n int) string { return repeatTo("Foreign Minister Ana Lopez met President John Roe and ", n) + "." },
	"ands":           func(n int) string { return repeatTo("India sent 5 masks to Nepal and ", n) + "." },
	"sentences":      func(n int) string { return repeatTo("Japan sent 100 ventilators to Vietnam on Monday. ", n) },
	"zero width rtl": func(n int) string { return repeatTo("In\u200bdia \u202eNepal\u202c sent\u200d ", n) },
}

func repeatTo(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)[:n]
}

// TestHostileInputIsLinear extracts hostile texts of growing size and
// checks that eight times the text takes well under sixty-four times as
// long: the extractor has no quadratic path on them.
func TestHostileInputIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times extraction")
	}
	for name, mk := range hostile {
		t.Run(name, func(t *testing.T) {
			small, big := mk(20_000), mk(160_000)
			ts := timeExtract(small)
			tb := timeExtract(big)
			if tb > 30*ts && tb > 200*time.Millisecond {
				t.Errorf("%d bytes took %s, %d bytes took %s: worse than linear", len(small), ts, len(big), tb)
			}
		})
	}
}

func timeExtract(text string) time.Duration {
	best := time.Duration(1 << 62)
	for i := 0; i < 3; i++ {
		start := time.Now()
		x.Article(extract.Article{Source: "h", Text: text})
		if d := time.Since(start); d < best {
			best = d
		}
	}
	return best
}

// BenchmarkHostile shows extraction time over growing sizes of hostile
// text: ns/op should grow in proportion to the size.
func BenchmarkHostile(b *testing.B) {
	for _, name := range []string{"numbers", "quotes", "unbalanced", "names", "ands", "sentences"} {
		for _, size := range []int{10_000, 100_000, 1_000_000} {
			text := hostile[name](size)
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(name, " ", "_"), size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for i := 0; i < b.N; i++ {
					x.Article(extract.Article{Source: "h", Text: text})
				}
			})
		}
	}
}

// Output from hostile input still parses as N-Quads terms: every literal
// and IRI is well formed.
func TestHostileOutputIsNQuads(t *testing.T) {
	for name, mk := range hostile {
		for _, q := range x.Article(extract.Article{Source: "h", Text: mk(5000)}) {
			line := schema.FormatQuad(q)
			if strings.Count(line, "\n") > 0 || !strings.HasSuffix(line, " .") {
				t.Fatalf("%s: bad N-Quads line %q", name, line)
			}
		}
	}
}
