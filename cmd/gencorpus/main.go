// Gencorpus writes a synthetic corpus of diplomacy and aid news for
// newsgraph's benchmarks: N articles of about 2 KB each, in the sentence
// shapes and entity mix of real reporting (titles before names, visits,
// meetings, phone calls, shipments with counted items, quotations,
// groupings and their members), drawing countries, capitals, offices and
// aid items from the lexicon and making up people's names. The same seed
// gives the same corpus, byte for byte. It is for benchmarks only: the
// articles are not news and not for judging the extractor.
//
// Usage:
//
//	gencorpus [-n 10000] [-seed 1] [-jsonl] -o DIR|FILE
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema/lexicon"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed")
	jsonl := flag.Bool("jsonl", false, "write one .jsonl file instead of a folder of .txt files")
	out := flag.String("o", "", "output folder (or file with -jsonl)")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus [-n N] [-seed S] [-jsonl] -o DIR|FILE")
		os.Exit(2)
	}
	if err := run(*n, *seed, *jsonl, *out); err != nil {
		fmt.Fprintf(os.Stderr, "gencorpus: %v\n", err)
		os.Exit(1)
	}
}

func run(n int, seed uint64, jsonl bool, out string) error {
	g := newGen(lexicon.Default(), seed)
	if jsonl {
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		w := bufio.NewWriter(f)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := 0; i < n; i++ {
			a := g.article(i)
			if err := enc.Encode(a); err != nil {
				return err
			}
		}
		if err := w.Flush(); err != nil {
			return err
		}
		return f.Close()
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		a := g.article(i)
		text := fmt.Sprintf("date: %s\ntitle: %s\nurl: %s\n\n%s", a.Date, a.Title, a.URL, a.Text)
		if err := os.WriteFile(filepath.Join(out, fmt.Sprintf("a%06d.txt", i)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

type article struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

type country struct {
	name, demonym, capital string
}

type gen struct {
	r         *rand.Rand
	countries []country
	items     []string
	units     []string
	groupings []lexicon.Grouping
	byCode    map[string]string
}

func newGen(lex *lexicon.Lexicon, seed uint64) *gen {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), byCode: map[string]string{}}
	capital := map[string]string{}
	for _, c := range lex.Cities {
		if _, ok := capital[c.Country]; !ok {
			capital[c.Country] = c.Name
		}
	}
	for _, c := range lex.Countries {
		g.byCode[c.Code] = c.Name
		if len(c.Demonyms) == 0 || capital[c.Code] == "" {
			continue
		}
		g.countries = append(g.countries, country{c.Name, c.Demonyms[0], capital[c.Code]})
	}
	for _, it := range lex.Items {
		switch it.Kind {
		case "item":
			if len(it.Forms) > 1 && strings.ToLower(it.Name) == it.Name {
				g.items = append(g.items, it.Forms[1]) // a plural form
			}
		case "unit":
			if len(it.Forms) > 1 {
				g.units = append(g.units, it.Forms[1])
			}
		}
	}
	for _, gr := range lex.Groupings {
		if len(gr.Members) >= 3 && len(gr.Members) <= 10 {
			g.groupings = append(g.groupings, gr)
		}
	}
	sort.Strings(g.items)
	return g
}

func (g *gen) pick(ss []string) string { return ss[g.r.IntN(len(ss))] }

var syllables = []string{"ka", "ra", "mi", "to", "lu", "sen", "dar", "vi", "no", "el", "an", "jo", "ber", "ta",
	"ri", "mo", "sa", "lin", "ko", "ha", "de", "ven", "ar", "is", "na", "gu", "pe", "tor", "wa", "zi"}

// person makes up a name: two to three capitalised words.
func (g *gen) person() string {
	word := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(g.pick(syllables))
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	if g.r.IntN(5) == 0 {
		return word(2) + " " + word(1) + " " + word(2)
	}
	return word(2) + " " + word(2+g.r.IntN(2))
}

var (
	titles    = []string{"Foreign Minister", "Prime Minister", "President", "Health Minister", "Defence Minister", "Trade Minister"}
	weekdays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	verbsSent = []string{"sent", "delivered", "dispatched", "donated", "airlifted", "shipped"}
	saids     = []string{"said", "told reporters", "added", "wrote on Twitter"}
	quotes    = []string{
		"We stand with our friends at this difficult time, and we will continue to help for as long as it takes.",
		"This assistance reflects the deep friendship between our two peoples.",
		"Our partnership has never been stronger, and today we have agreed to take it further.",
		"We discussed trade, health security and the situation in the region.",
		"The first consignment will reach hospitals within days.",
		"No country can face this crisis alone.",
	}
)

func (g *gen) article(i int) article {
	d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(4*365))
	a, b := g.countries[g.r.IntN(len(g.countries))], g.countries[g.r.IntN(len(g.countries))]
	for b.name == a.name {
		b = g.countries[g.r.IntN(len(g.countries))]
	}
	pa, pb, pc := g.person(), g.person(), g.person()
	ta, tb := g.pick(titles), g.pick(titles)
	sur := func(p string) string { f := strings.Fields(p); return f[len(f)-1] }
	var s []string
	add := func(format string, args ...any) { s = append(s, fmt.Sprintf(format, args...)) }

	add("%s: %s %s %s met %s %s %s in %s on %s to discuss aid, trade and regional security.",
		strings.ToUpper(a.capital), a.demonym, ta, pa, b.demonym, tb, pb, b.capital, g.pick(weekdays))
	add("It was the %s meeting between the two leaders this year.", g.pick([]string{"first", "second", "third"}))
	quote := func() string { q := g.pick(quotes); return "\u201c" + strings.TrimSuffix(q, ".") + ",\u201d" }
	add("%s %s %s.", quote(), sur(pa), g.pick(saids))
	qty := func() string {
		switch g.r.IntN(4) {
		case 0:
			return fmt.Sprintf("%d,%03d", 1+g.r.IntN(90), g.r.IntN(1000))
		case 1:
			return fmt.Sprintf("%d.%d million", 1+g.r.IntN(9), g.r.IntN(10))
		case 2:
			return fmt.Sprintf("over %d", 100+g.r.IntN(900))
		}
		return fmt.Sprintf("%d", 10+g.r.IntN(500))
	}
	add("On %s, %s %s %s %s, %s %s and %s %s of %s to %s.", g.pick(weekdays), a.name, g.pick(verbsSent),
		qty(), g.pick(g.items), qty(), g.pick(g.items), qty(), g.pick(g.units), g.pick(g.items), b.name)
	add("The consignment was handed over to %s %s %s by %s's Ambassador %s at the airport in %s.",
		b.demonym, g.pick(titles), pc, a.name, g.person(), b.capital)
	add("%s %s said, thanking %s for its support.", quote(), sur(pb), a.name)
	if len(g.groupings) > 0 {
		gr := g.groupings[g.r.IntN(len(g.groupings))]
		var members []string
		for _, m := range gr.Members {
			members = append(members, g.byCode[m])
		}
		add("Both countries work together in the %s grouping of %s and %s.", gr.Name,
			strings.Join(members[:len(members)-1], ", "), members[len(members)-1])
	}
	add("Last month, %s had sent %s %s to %s, according to the %s foreign ministry.", b.name, qty(), g.pick(g.items), a.name, b.demonym)
	add("%s %s %s spoke with %s by phone on %s.", a.demonym, g.pick(titles), g.person(), pa, g.pick(weekdays))
	add("%s is on a %s visit to %s, during which %s will also meet business leaders in %s.",
		sur(pa), g.pick([]string{"two-day", "three-day", "week-long"}), b.name, "he", b.capital)
	add("Officials said a second shipment of %s %s would be dispatched to %s next month.", qty(), g.pick(g.items), b.name)
	add("%s the minister added.", quote())
	add("The two sides also agreed to hold talks on a trade agreement in %s later this year, and to ease visa rules for students and business travellers.", a.capital)
	add("%s has provided more than $%d million in humanitarian assistance to %s since %d, the ministry said.", a.name, 5+g.r.IntN(200), b.name, 2010+g.r.IntN(10))
	text := ""
	for n, sent := range s {
		sep := " "
		if n%3 == 2 {
			sep = "\n\n"
		}
		text += sent + sep
	}
	return article{
		ID:    fmt.Sprintf("bench-%06d", i),
		URL:   fmt.Sprintf("https://bench.example/%06d", i),
		Date:  d.Format("2006-01-02"),
		Title: fmt.Sprintf("%s and %s discuss aid and trade", a.name, b.name),
		Text:  strings.TrimSpace(text) + "\n",
	}
}
