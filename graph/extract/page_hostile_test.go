package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// hostile pages, each built to about n bytes: the markup that makes HTML
// parsers or readers do more than linear work
var hostilePages = map[string]func(n int) string{
	// formatting elements left open with different attributes, then
	// paragraphs: an HTML parser rebuilds every one of them in each
	// paragraph (what the guard before parsing is for)
	"open formatting": func(n int) string {
		var b strings.Builder
		b.WriteString("<p>")
		for i := 0; i < 200; i++ {
			fmt.Fprintf(&b, "<b c=%d><i d=%d>", i, i)
		}
		return b.String() + "</p>" + repeatTo("<p>India sent aid.</p>", n-b.Len())
	},
	"formatting soup": func(n int) string { return repeatTo("<p><b>India <i>sent <font>aid</b> to <u>Nepal.", n) },
	"unclosed":        func(n int) string { return repeatTo("<p>India sent aid.<li>Nepal<dd>", n) },
	"anchors in p":    func(n int) string { return repeatTo("<a href=#><p>India sent aid to Nepal.", n) },
	"links":           func(n int) string { return "<div>" + repeatTo(`<a href="/x">India</a> sent <a href="/y">aid</a>. `, n) },
	"breaks":          func(n int) string { return "<div>" + repeatTo("India sent aid.<br><br>", n) },
	"tables":          func(n int) string { return repeatTo("<table><tr><td>India sent aid.</td></tr></table>", n) },
	"attributes":      func(n int) string { return "<p " + repeatTo(`a="1" `, n) + ">India sent aid.</p>" },
	"one paragraph":   func(n int) string { return "<p>" + repeatTo("India sent aid to Nepal. ", n) },
	"deep paragraphs": func(n int) string {
		return strings.Repeat("<div>", 240) + repeatTo("<p>India sent aid to Nepal.</p>", n)
	},
	"comments":      func(n int) string { return repeatTo("<!-- India --><p>sent aid.</p>", n) },
	"svg and style": func(n int) string { return "<svg><style>" + repeatTo("<p><b c=1>India sent aid.", n) },
	"scripts":       func(n int) string { return repeatTo("<script>var b = '<b>';</script><p>India sent aid.</p>", n) },
}

// TestHostilePagesAreLinear reads hostile pages of two sizes: eight times
// the page makes well under sixty-four times the allocations.
func TestHostilePagesAreLinear(t *testing.T) {
	for name, mk := range hostilePages {
		t.Run(name, func(t *testing.T) {
			small, big := mk(20_000), mk(160_000)
			as, ab := pageAllocs(small), pageAllocs(big)
			if ab > 12*as {
				t.Errorf("%d bytes made %.0f allocations, %d bytes %.0f: worse than linear", len(small), as, len(big), ab)
			}
		})
	}
}

func pageAllocs(page string) float64 {
	return testing.AllocsPerRun(2, func() { extract.ParseHTML("h.html", []byte(page)) })
}

// A feed of many items reads in time linear in the items.
func TestHostileFeedsAreLinear(t *testing.T) {
	feeds := map[string]func(n int) string{
		"items": func(n int) string {
			item := `<item><title>T</title><link>https://x.example/1</link><description>India sent aid.</description></item>`
			return `<rss version="2.0"><channel><title>T</title>` + strings.Repeat(item, n/len(item)) + `</channel></rss>`
		},
		"nested markup in content": func(n int) string {
			return `<rss version="2.0"><channel><item><description><![CDATA[` + repeatTo("<p><b c=1><i>India sent aid.", n) + `]]></description></item></channel></rss>`
		},
		"nested elements": func(n int) string {
			return `<rss version="2.0"><channel><item><description>India</description>` + strings.Repeat("<x>", n/3) + strings.Repeat("</x>", n/3) + `</item></channel></rss>`
		},
	}
	for name, mk := range feeds {
		t.Run(name, func(t *testing.T) {
			small, big := mk(20_000), mk(160_000)
			as, ab := feedAllocs(small), feedAllocs(big)
			if ab > 12*as {
				t.Errorf("%d bytes made %.0f allocations, %d bytes %.0f: worse than linear", len(small), as, len(big), ab)
			}
		})
	}
}

func feedAllocs(feed string) float64 {
	return testing.AllocsPerRun(2, func() {
		fr, err := extract.NewFeedReader("h.xml", []byte(feed))
		if err != nil {
			panic(err) // each feed is well formed
		}
		for {
			if _, err := fr.Next(); err != nil && err.Error() == "EOF" {
				return
			}
		}
	})
}

// BenchmarkHostilePages shows the time to read hostile pages of growing
// size: ns/op should grow in proportion to the size.
func BenchmarkHostilePages(b *testing.B) {
	for _, name := range []string{"open formatting", "formatting soup", "unclosed", "anchors in p", "deep paragraphs", "links"} {
		for _, size := range []int{100_000, 1_000_000, 10_000_000} {
			page := hostilePages[name](size)
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(name, " ", "_"), size/1000), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				for i := 0; i < b.N; i++ {
					extract.ParseHTML("h.html", []byte(page))
				}
			})
		}
	}
}
