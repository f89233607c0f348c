// Package lexicon is newsgraph's built-in knowledge as data: countries with
// ISO codes and demonyms, cities, groupings, offices, agencies, topics and
// aid item words, read from the tab-separated files beside this one.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// The lexicon is data, not code: tab-separated files, each with a header
// line naming its columns; lines starting with "#" are comments;
// multi-valued fields are "|"-separated. See README.md.
//
//go:embed *.tsv
var lexiconFS embed.FS

// Country is a sovereign state or territory that news names as a country.
type Country struct {
	Code     string // ISO 3166-1 alpha-2, upper case
	Name     string // canonical name
	Wikidata string // Q-id, or ""
	Aliases  []string
	Demonyms []string
}

// City is a capital or major city.
type City struct {
	Name    string
	Country string // ISO code
	Aliases []string
	Capital bool // the capital or seat of government
}

// Grouping is an intergovernmental grouping, organisation or forum.
type Grouping struct {
	Slug     string
	Name     string // short canonical name: "Quad", "G7", "UN"
	FullName string
	Aliases  []string
	Members  []string // ISO codes, where membership is small and stable
	Wikidata string
}

// Office is a title in one jurisdiction: a lower-case country code, a
// grouping slug, or "*" for a title any country has.
type Office struct {
	Jurisdiction string
	Title        string   // canonical title
	Role         string   // role category
	Forms        []string // lower case folds; with capitals ("EAM") matches as written
	Implies      []string // forms that mean this jurisdiction on their own
}

// Topic is a subject of diplomacy and aid.
type Topic struct {
	Slug    string
	Name    string
	Aliases []string
}

// Item is an aid item word (Kind "item"), a word for aid in general that is
// an item only when counted (Kind "general": "relief material"), or a
// head noun that is an item only with a word in front or a count (Kind
// "head": "trauma kits", "two boats"), or a counting unit (Kind "unit"); or
// a noun that is never an item: a carrier of the goods (Kind "carrier":
// plane, truck, ship) or a count of something else (Kind "other": people,
// families, days); or a word in front of goods that names no product (Kind
// "qualifier": "vital", "additional", "large-scale").
type Item struct {
	Name  string
	Kind  string
	Forms []string
}

// Agency is a national body (an aid agency, a ministry, a mission) that acts
// for its country: "USAID" gives for the United States.
type Agency struct {
	Name     string
	Country  string // ISO code
	FullName string
	Aliases  []string
}

// NewsAgency is a national news agency and its home country.
type NewsAgency struct {
	Name     string
	Country  string // ISO code, or "*" for an international agency
	FullName string
}

// Lexicon is the built-in knowledge the extractor reads with.
type Lexicon struct {
	NewsAgencies []NewsAgency
	Countries    []Country
	Cities       []City
	Groupings    []Grouping
	Offices      []Office
	Topics       []Topic
	Items        []Item
	Agencies     []Agency

	countryByCode  map[string]*Country
	groupingBySlug map[string]*Grouping
}

// Country returns the country with the given ISO code (any case).
func (l *Lexicon) Country(code string) (*Country, bool) {
	c, ok := l.countryByCode[strings.ToUpper(code)]
	return c, ok
}

// Grouping returns the grouping with the given slug.
func (l *Lexicon) Grouping(slug string) (*Grouping, bool) {
	g, ok := l.groupingBySlug[slug]
	return g, ok
}

// IsJurisdiction reports whether key is a country code (lower case) or a
// grouping slug.
func (l *Lexicon) IsJurisdiction(key string) bool {
	if _, ok := l.groupingBySlug[key]; ok {
		return true
	}
	_, ok := l.countryByCode[strings.ToUpper(key)]
	return ok && key == strings.ToLower(key)
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon embedded in the binary, loaded once.
// It panics if the embedded files are malformed, which the package's tests
// rule out.
func Default() *Lexicon {
	defaultOnce.Do(func() { defaultLex, defaultErr = Load(lexiconFS) })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultLex
}

// Load reads the lexicon files from the root of fsys.
func Load(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{countryByCode: map[string]*Country{}, groupingBySlug: map[string]*Grouping{}}
	err := readTable(fsys, "countries.tsv", []string{"code", "name", "wikidata", "aliases", "demonyms"}, func(r row) error {
		l.Countries = append(l.Countries, Country{
			Code: strings.ToUpper(r.get("code")), Name: r.get("name"), Wikidata: r.get("wikidata"),
			Aliases: r.list("aliases"), Demonyms: r.list("demonyms"),
		})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range l.Countries {
		c := &l.Countries[i]
		if len(c.Code) != 2 || c.Name == "" {
			return nil, fmt.Errorf("countries.tsv: bad country %q %q", c.Code, c.Name)
		}
		l.countryByCode[c.Code] = c
	}
	err = readTable(fsys, "cities.tsv", []string{"name", "country", "aliases"}, func(r row) error {
		c := City{Name: r.get("name"), Country: strings.ToUpper(r.get("country")), Aliases: r.list("aliases"), Capital: r.get("capital") == "yes"}
		if _, ok := l.countryByCode[c.Country]; !ok {
			return fmt.Errorf("unknown country %q", c.Country)
		}
		l.Cities = append(l.Cities, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "groupings.tsv", []string{"slug", "name", "fullname", "aliases", "members", "wikidata"}, func(r row) error {
		g := Grouping{Slug: r.get("slug"), Name: r.get("name"), FullName: r.get("fullname"),
			Aliases: r.list("aliases"), Wikidata: r.get("wikidata")}
		if g.Slug != strings.ToLower(g.Slug) || strings.ContainsAny(g.Slug, " _/") || g.Name == "" {
			return fmt.Errorf("bad grouping slug %q", g.Slug)
		}
		if _, clash := l.countryByCode[strings.ToUpper(g.Slug)]; clash {
			return fmt.Errorf("grouping slug %q is a country code", g.Slug)
		}
		for _, m := range r.list("members") {
			m = strings.ToUpper(m)
			if _, ok := l.countryByCode[m]; !ok {
				return fmt.Errorf("grouping %s: unknown member %q", g.Slug, m)
			}
			g.Members = append(g.Members, m)
		}
		l.Groupings = append(l.Groupings, g)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range l.Groupings {
		l.groupingBySlug[l.Groupings[i].Slug] = &l.Groupings[i]
	}
	err = readTable(fsys, "offices.tsv", []string{"jurisdiction", "title", "role", "forms", "implies"}, func(r row) error {
		o := Office{Jurisdiction: r.get("jurisdiction"), Title: r.get("title"), Role: r.get("role"),
			Forms: r.list("forms"), Implies: r.list("implies")}
		if o.Jurisdiction != "*" && !l.IsJurisdiction(o.Jurisdiction) {
			return fmt.Errorf("office %q: unknown jurisdiction %q", o.Title, o.Jurisdiction)
		}
		if o.Title == "" || len(o.Forms) == 0 {
			return fmt.Errorf("office %q: no title or forms", o.Title)
		}
		l.Offices = append(l.Offices, o)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "topics.tsv", []string{"slug", "name", "aliases"}, func(r row) error {
		l.Topics = append(l.Topics, Topic{Slug: r.get("slug"), Name: r.get("name"), Aliases: r.list("aliases")})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "items.tsv", []string{"name", "kind", "forms"}, func(r row) error {
		it := Item{Name: r.get("name"), Kind: r.get("kind"), Forms: r.list("forms")}
		switch it.Kind {
		case "item", "unit", "general", "head", "carrier", "other", "qualifier":
		default:
			return fmt.Errorf("item %q: kind %q is not item, general, head, unit, carrier, other or qualifier", it.Name, it.Kind)
		}
		l.Items = append(l.Items, it)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "agencies.tsv", []string{"name", "country", "fullname", "aliases"}, func(r row) error {
		a := Agency{Name: r.get("name"), Country: strings.ToUpper(r.get("country")), FullName: r.get("fullname"), Aliases: r.list("aliases")}
		if _, ok := l.countryByCode[a.Country]; !ok {
			return fmt.Errorf("agency %q: unknown country %q", a.Name, a.Country)
		}
		l.Agencies = append(l.Agencies, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "newsagencies.tsv", []string{"name", "country", "fullname"}, func(r row) error {
		a := NewsAgency{Name: r.get("name"), Country: strings.ToUpper(r.get("country")), FullName: r.get("fullname")}
		if _, ok := l.countryByCode[a.Country]; !ok && a.Country != "*" {
			return fmt.Errorf("news agency %q: unknown country %q", a.Name, a.Country)
		}
		l.NewsAgencies = append(l.NewsAgencies, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

type row struct {
	cols   map[string]int
	fields []string
}

func (r row) get(col string) string {
	i, ok := r.cols[col]
	if !ok || i >= len(r.fields) {
		return ""
	}
	return strings.TrimSpace(r.fields[i])
}

func (r row) list(col string) []string {
	var out []string
	for _, v := range strings.Split(r.get(col), "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// readTable reads lexicon/name, checks that its header has the wanted
// columns and calls fn for each data row.
func readTable(fsys fs.FS, name string, want []string, fn func(row) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var cols map[string]int
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, c := range fields {
				cols[strings.TrimSpace(c)] = i
			}
			var missing []string
			for _, c := range want {
				if _, ok := cols[c]; !ok {
					missing = append(missing, c)
				}
			}
			if len(missing) > 0 {
				sort.Strings(missing)
				return fmt.Errorf("%s: header lacks %s", name, strings.Join(missing, ", "))
			}
			continue
		}
		if err := fn(row{cols: cols, fields: fields}); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if cols == nil {
		return fmt.Errorf("%s: no header", name)
	}
	return nil
}
