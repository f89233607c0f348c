package extract_test

import (
	"fmt"
	"strings"
	"testing"

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

// TestHostileInputIsLinear extracts hostile texts of two sizes and checks
// that eight times the text makes well under sixty-four times the
// allocations: no quadratic path on them allocates. It counts work, not
// time, so a busy machine cannot fail it; BenchmarkHostile shows the time.
func TestHostileInputIsLinear(t *testing.T) {
	for name, mk := range hostile {
		t.Run(name, func(t *testing.T) {
			small, big := mk(20_000), mk(160_000)
			as := allocs(small)
			ab := allocs(big)
			if ab > 12*as {
				t.Errorf("%d bytes made %.0f allocations, %d bytes %.0f: worse than linear", len(small), as, len(big), ab)
			}
		})
	}
}

func allocs(text string) float64 {
	return testing.AllocsPerRun(2, func() { x.Article(extract.Article{Source: "h", Text: text}) })
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
