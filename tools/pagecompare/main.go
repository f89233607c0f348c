// Pagecompare measures the HTML readers newsgraph could use on pages with
// known content: pages it generates by wrapping gencorpus articles in five
// site layouts (navigation, captions, related links, comments, promos,
// cookie banners, newsletters, widgets around the article), and the
// hand-written pages of graph/extract/testdata/pages with their expected
// text beside them. For each reader it prints word precision and recall of
// the article text, how many pages kept some boilerplate or lost a
// paragraph, how often it found the headline, date and canonical url, and
// its time per page; then the time each takes on one long page of growing
// size (-big MB), which shows whether it is linear. The readers: what
// newsgraph ships (extract.ParseHTML: go-readability behind a guard, with
// captions and promotions taken out), go-readability alone, and
// go-trafilatura with and without its fallbacks.
//
// It is a module of its own so that the candidates it compares stay out of
// newsgraph's go.mod.
//
// Usage (from the repository's root):
//
//	go run ./cmd/gencorpus -jsonl -n 200 -o /tmp/pc.jsonl
//	cd tools/pagecompare && go run . -corpus /tmp/pc.jsonl -big 8
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
)

// result is what a reader read from a page.
type result struct {
	text, title, date, url string
}

type reader struct {
	name string
	read func(html []byte) (result, error)
}

func main() {
	corpus := flag.String("corpus", "", "gencorpus -jsonl output to wrap in pages")
	hand := flag.String("pages", "../../graph/extract/testdata/pages", "folder of hand-written pages (NAME.html with NAME.want)")
	big := flag.Int("big", 10, "also time a page of this many MB (0: none)")
	dump := flag.String("dump", "", "write each page and each reader's text to this folder")
	flag.Parse()
	var pages []page
	if *corpus != "" {
		f, err := os.Open(*corpus)
		if err != nil {
			fail(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		i := 0
		for sc.Scan() {
			var a article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				fail(err)
			}
			pages = append(pages, generate(a, i%5))
			i++
		}
		f.Close()
	}
	handPages, err := loadHand(*hand)
	if err != nil {
		fail(err)
	}
	pages = append(pages, handPages...)
	if len(pages) == 0 {
		fail(fmt.Errorf("no pages: give -corpus or -pages"))
	}
	readers := []reader{{"newsgraph", readNewsgraph}, {"go-readability", readReadability},
		{"go-trafilatura", readTrafilatura}, {"go-trafilatura+fallback", readTrafilaturaFallback}}
	tw := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "reader\tpages\tword P\tword R\tF1\tpages with boilerplate\tpages losing a paragraph\ttitle\tdate\turl\tms/page\terrors\t\n")
	for _, r := range readers {
		var s score
		var total time.Duration
		for _, p := range pages {
			start := time.Now()
			res, err := r.read([]byte(p.html))
			total += time.Since(start)
			if err != nil {
				s.errors++
				s.add(p, result{})
				continue
			}
			s.add(p, res)
			if *dump != "" {
				os.MkdirAll(*dump, 0o755)
				os.WriteFile(filepath.Join(*dump, p.name+".html"), []byte(p.html), 0o644)
				os.WriteFile(filepath.Join(*dump, p.name+"."+r.name+".txt"), []byte(fmt.Sprintf("title: %s\ndate: %s\nurl: %s\n\n%s", res.title, res.date, res.url, res.text)), 0o644)
			}
		}
		n := float64(len(pages))
		fmt.Fprintf(tw, "%s\t%d\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%.2f\t%d\t\n", r.name, len(pages), s.precision(), s.recall(), s.f1(),
			s.leaky, s.lossy, s.titles, s.dates, s.urls, float64(total.Microseconds())/1000/n, s.errors)
	}
	tw.Flush()
	if *big > 0 {
		timeBig(readers, *big)
	}
}

// bigPage is about size bytes: one long article of many paragraphs, with
// related links every 50 paragraphs.
func bigPage(size int) []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>A long page</title></head><body><nav>" + navHTML() + "</nav><article><h1>A long page</h1>")
	para := "<p>The ministers of Ghana and Peru met in Accra on Monday to discuss trade, health and the shipment of 4,000 oxygen cylinders, officials said.</p>\n"
	for i := 0; b.Len() < size; i++ {
		b.WriteString(para)
		if i%50 == 0 {
			b.WriteString(relatedHTML("related"))
		}
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "pagecompare:", err)
	os.Exit(1)
}

// loadHand reads NAME.html and NAME.want: header lines title:, date:,
// url:, boiler: (one a line), a blank line, the paragraphs (blank-line
// separated).
func loadHand(dir string) ([]page, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	sort.Strings(files)
	var out []page
	for _, f := range files {
		h, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		w, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".want")
		if err != nil {
			return nil, err
		}
		p := page{name: filepath.Base(f), html: string(h)}
		head, text, _ := strings.Cut(string(w), "\n\n")
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ": ")
			switch k {
			case "title":
				p.title = v
			case "date":
				p.date = v
			case "url":
				p.url = v
			case "boiler", "kept":
				p.boiler = append(p.boiler, v)
			}
		}
		p.paragraphs = paragraphs(text)
		out = append(out, p)
	}
	return out, nil
}

type score struct {
	tp, fp, fn                  int
	leaky, lossy                int
	titles, dates, urls, errors int
}

func words(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func (s *score) add(p page, r result) {
	want := words(strings.Join(p.paragraphs, " "))
	got := words(r.text)
	for w, n := range got {
		m := min(n, want[w])
		s.tp += m
		s.fp += n - m
	}
	for w, n := range want {
		if got[w] < n {
			s.fn += n - got[w]
		}
	}
	text := norm(r.text)
	for _, b := range p.boiler {
		if strings.Contains(text, norm(b)) {
			s.leaky++
			break
		}
	}
	for _, para := range p.paragraphs {
		if !strings.Contains(text, norm(para)) {
			s.lossy++
			break
		}
	}
	if norm(r.title) == norm(p.title) {
		s.titles++
	}
	if r.date == p.date {
		s.dates++
	}
	if r.url == p.url {
		s.urls++
	}
}

func (s score) precision() float64 { return float64(s.tp) / float64(max(1, s.tp+s.fp)) }
func (s score) recall() float64    { return float64(s.tp) / float64(max(1, s.tp+s.fn)) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// timeBig times each reader on a page of about mb MB: one long article of
// many paragraphs in a layout with boilerplate, and the same size of
// nested lists.
func timeBig(readers []reader, mb int) {
	for _, r := range readers {
		fmt.Printf("%s:", r.name)
		for size := 256 << 10; size <= mb<<20; size *= 2 {
			page := bigPage(size)
			start := time.Now()
			_, err := r.read(page)
			d := time.Since(start)
			fmt.Printf(" %d KB %v", size>>10, d.Round(time.Millisecond))
			if err != nil {
				fmt.Printf(" (%v)", err)
			}
			if d > 10*time.Second {
				break
			}
		}
		fmt.Println()
	}
}
