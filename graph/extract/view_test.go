package extract_test

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

var x = extract.New(lexicon.Default())

// run extracts an article of the given date ("" for none) and text.
func run(date, text string) []quad.Quad {
	a := extract.Article{Source: "test", Text: text}
	if date != "" {
		a.Date, _ = time.Parse("2006-01-02", date)
	}
	return x.Article(a)
}

// view renders quads as short readable lines, the way a reader would check
// them:
//
//	person Jane Doe
//	holds Jane Doe | Foreign Minister | Ruritania
//	member Quad | India
//	item India > Nepal | vaccine | 100000 dose | 2021-01-20
//	quote Jane Doe | We will help.
//	Meeting Jane Doe, John Roe | 2021-06-07 | London | phone
func view(qs []quad.Quad) []string {
	out := map[quad.Value]map[quad.Value][]quad.Value{}
	for _, q := range qs {
		if q.Label == schema.Lexicon && q.Predicate == schema.Member {
			continue
		}
		if out[q.Subject] == nil {
			out[q.Subject] = map[quad.Value][]quad.Value{}
		}
		out[q.Subject][q.Predicate] = append(out[q.Subject][q.Predicate], q.Object)
	}
	one := func(s quad.Value, p quad.IRI) string {
		vs := out[s][p]
		if len(vs) == 0 {
			return "-"
		}
		var ss []string
		for _, v := range vs {
			ss = append(ss, lexical(v))
		}
		sort.Strings(ss)
		return ss[0]
	}
	name := func(s quad.Value) string { return one(s, schema.Name) }
	names := func(s quad.Value, p quad.IRI) string {
		var ns []string
		for _, o := range out[s][p] {
			ns = append(ns, name(o))
		}
		if len(ns) == 0 {
			return "-"
		}
		sort.Strings(ns)
		return strings.Join(dedupe(ns), ", ")
	}
	var lines []string
	for s, preds := range out {
		for _, t := range preds[schema.Type] {
			switch t {
			case schema.Person:
				lines = append(lines, "person "+name(s))
				for _, o := range preds[schema.HoldsOffice] {
					lines = append(lines, fmt.Sprintf("holds %s | %s | %s", name(s), name(o), name(out[o][schema.Jurisdiction][0])))
				}
			case schema.Country, schema.City, schema.Grouping:
				lines = append(lines, strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(string(t.(quad.IRI)), schema.SchemaNS), schema.NS))+" "+name(s))
				for _, o := range preds[schema.Member] {
					lines = append(lines, fmt.Sprintf("member %s | %s", name(s), name(o)))
				}
			case schema.Office:
				lines = append(lines, fmt.Sprintf("office %s | %s", name(s), names(s, schema.Jurisdiction)))
			case schema.AidShipment:
				for _, it := range preds[schema.Includes] {
					qty := one(it, schema.Quantity)
					if u := one(it, schema.Unit); u != "-" {
						qty += " " + u
					}
					lines = append(lines, fmt.Sprintf("item %s > %s | %s | %s | %s", names(s, schema.Donor), names(s, schema.Recipient), name(it), qty, one(s, schema.Date)))
				}
			case schema.Quotation:
				lines = append(lines, fmt.Sprintf("quote %s | %s", names(s, schema.Speaker), one(s, schema.Text)))
			case schema.Meeting, schema.Summit, schema.Visit:
				c := strings.TrimPrefix(string(t.(quad.IRI)), schema.NS)
				lines = append(lines, fmt.Sprintf("%s %s | %s | %s | %s", c, names(s, schema.Participant), one(s, schema.Date), names(s, schema.Location), one(s, schema.Mode)))
			}
		}
	}
	sort.Strings(lines)
	return dedupe(lines)
}

func lexical(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	}
	return quad.ToString(v)
}

func dedupe(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func has(lines []string, want string) bool {
	for _, l := range lines {
		if l == want {
			return true
		}
	}
	return false
}

func hasPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}
