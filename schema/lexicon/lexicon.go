// Package lexicon is newsgraph's built-in knowledge as data: countries with
// ISO codes and demonyms, cities, groupings, offices, agencies, topics and
// aid item words, read from the tab-separated files beside this one.
package lexicon

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// The lexicon is data, not code: tab-separated files, each with a header
// line naming its columns; lines starting with "#" are comments;
// multi-valued fields are "|"-separated. See README.md.
//
//go:embed *.tsv
var lexiconFS embed.FS

// Hash identifies the built-in lexicon's data: a hash of its files.
var Hash = sync.OnceValue(func() string {
	h := sha256.New()
	err := fs.WalkDir(lexiconFS, ".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := lexiconFS.ReadFile(path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write(b)
		return nil
	})
	if err != nil {
		panic(err) // embedded files can be read
	}
	return hex.EncodeToString(h.Sum(nil))
})

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
	// PlenaryOf is the slug of the grouping every member of which sits
	// in this body (the UN General Assembly: "un"), or "".
	PlenaryOf string
}

// Office is a title in one jurisdiction: a lower-case country code, a
// grouping slug, "*" for a title any country has, or "@" for a title any
// organisation has.
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
// "qualifier": "vital", "additional", "large-scale"), or a word that makes
// the umbrella word after it a service or money (Kind "abstract":
// "technical assistance", "financial aid").
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

// SpeechVerb is a reporting verb ("say", "quote") with its forms; the
// speaker is its subject ("she said") or, for Object verbs, its object
// ("quoted the minister as saying").
type SpeechVerb struct {
	Verb   string
	Forms  []string
	Object bool
}

// Word is an English word of a closed class the extractor reads names and
// titles with (words.tsv): Class is "title", "honorific", "notname", "org",
// …; Value is the canonical form where the class has one.
type Word struct {
	Class string
	Word  string
	Value string
}

// CommonWord is an English word (commonwords.tsv), with the part of
// speech a treebank gives it most often (UPOS: "NOUN", "VERB", …; "" when
// only a dictionary lists it), and whether it is a name as well.
type CommonWord struct {
	Word string
	POS  string
	Name bool // a name as well ("Price", "Steel"): no ordinary word when capitalised
}

// KindWords is a class of words by the part they play in telling of
// something: of meetings, summits and visits (eventwords.tsv: "meetverb",
// "visitnoun"…) or of aid sent (aidwords.tsv: "sendverb", "shipnoun"…).
// Kind is the part, Forms the words' lower-case forms.
type KindWords struct {
	Kind  string
	Forms []string
}

// EventWordKinds are the kinds eventwords.tsv may use.
var EventWordKinds = []string{"meetverb", "callverb", "talkverb", "lightverb", "meetnoun", "callnoun",
	"modenoun", "summitnoun", "leaders", "ministerial", "visitnoun", "visitverb", "travelverb", "leaveverb",
	"arriveverb", "backref", "attendance", "venue", "habitual", "peoplenoun", "notevent", "cancel", "propose", "adjective",
	"addressverb", "audience", "credentials", "presentverb", "envoy", "invite", "begin", "accredit", "hope", "end"}

// AidWordKinds are the kinds aidwords.tsv may use.
var AidWordKinds = []string{"sendverb", "departverb", "arriveverb", "receiveverb", "nounverb", "shipnoun",
	"containverb", "madeverb", "generic", "umbrella", "dispatchverb", "arrivalverb", "destined", "occasion", "pack", "asknoun"}

// Leader is one term of a national leader or foreign minister
// (leaders.tsv): the person's country (ISO code), the roles the post has
// ("head of state", "head of government", "foreign minister"), the name
// and other forms of it, and the term's first and last day (the file gives
// YYYY-MM-DD, or YYYY-MM: the month's first day for From, its last for To;
// To is zero while in office).
type Leader struct {
	// Country is a country's code (upper case), or for the head of an
	// organisation (orgleaders.tsv) its grouping's slug.
	Country  string
	Roles    []string
	Name     string
	Aliases  []string
	From, To time.Time
}

// LeaderRoles are the roles leaders.tsv may give.
var LeaderRoles = []string{"head of state", "head of government", "foreign minister"}

// OrganisationHead is the one role of orgleaders.tsv: an organisation's
// top executive post (Secretary-General, Director-General, …).
const OrganisationHead = "head of organisation"

// Lexicon is the built-in knowledge the extractor reads with.
type Lexicon struct {
	Speech []SpeechVerb
	Words  []Word
	// CommonWords are ordinary English words, not names (commonwords.tsv):
	// lower case, generated from a treebank and a dictionary.
	CommonWords  []CommonWord
	NewsAgencies []NewsAgency
	Countries    []Country
	Cities       []City
	Groupings    []Grouping
	Offices      []Office
	Topics       []Topic
	Items        []Item
	Agencies     []Agency
	EventWords   []KindWords
	AidWords     []KindWords
	Leaders      []Leader

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
			Aliases: r.list("aliases"), Wikidata: r.get("wikidata"), PlenaryOf: r.get("plenaryof")}
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
		g := &l.Groupings[i]
		l.groupingBySlug[g.Slug] = g
		// "UN X" is also written "United Nations X" and "U.N. X"
		have := map[string]bool{g.Name: true, g.FullName: true}
		for _, a := range g.Aliases {
			have[a] = true
		}
		for _, a := range append([]string{g.Name}, g.Aliases...) {
			rest, ok := strings.CutPrefix(a, "UN ")
			if !ok {
				continue
			}
			for _, v := range []string{"United Nations " + rest, "U.N. " + rest} {
				if !have[v] {
					have[v] = true
					g.Aliases = append(g.Aliases, v)
				}
			}
		}
	}
	// a row that repeats a jurisdiction and title adds its forms to the
	// first row's: one office, however many lines list its forms
	officeAt := map[[2]string]int{}
	err = readTable(fsys, "offices.tsv", []string{"jurisdiction", "title", "role", "forms", "implies"}, func(r row) error {
		o := Office{Jurisdiction: r.get("jurisdiction"), Title: r.get("title"), Role: r.get("role"),
			Forms: r.list("forms"), Implies: r.list("implies")}
		if o.Jurisdiction != "*" && o.Jurisdiction != "@" && !l.IsJurisdiction(o.Jurisdiction) {
			return fmt.Errorf("office %q: unknown jurisdiction %q", o.Title, o.Jurisdiction)
		}
		if o.Title == "" || len(o.Forms) == 0 {
			return fmt.Errorf("office %q: no title or forms", o.Title)
		}
		k := [2]string{o.Jurisdiction, o.Title}
		if i, ok := officeAt[k]; ok {
			first := &l.Offices[i]
			if first.Role != o.Role {
				return fmt.Errorf("office %q: role %q, an earlier row says %q", o.Title, o.Role, first.Role)
			}
			first.Forms = append(first.Forms, o.Forms...)
			first.Implies = append(first.Implies, o.Implies...)
			return nil
		}
		officeAt[k] = len(l.Offices)
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
		case "item", "unit", "general", "head", "carrier", "other", "qualifier", "abstract":
		default:
			return fmt.Errorf("item %q: kind %q is not item, general, head, unit, carrier, other, qualifier or abstract", it.Name, it.Kind)
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
	err = readTable(fsys, "speech.tsv", []string{"verb", "forms", "speaker"}, func(r row) error {
		v := SpeechVerb{Verb: r.get("verb"), Forms: r.list("forms")}
		switch r.get("speaker") {
		case "subject":
		case "object":
			v.Object = true
		default:
			return fmt.Errorf("speech verb %q: speaker %q is not subject or object", v.Verb, r.get("speaker"))
		}
		if len(v.Forms) == 0 {
			return fmt.Errorf("speech verb %q: no forms", v.Verb)
		}
		l.Speech = append(l.Speech, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "words.tsv", []string{"class", "word", "value"}, func(r row) error {
		w := Word{Class: r.get("class"), Word: r.get("word"), Value: r.get("value")}
		if w.Class == "" || w.Word == "" {
			return fmt.Errorf("word %q: no class or word", w.Word)
		}
		l.Words = append(l.Words, w)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTable(fsys, "commonwords.tsv", []string{"word", "pos", "name"}, func(r row) error {
		w := r.get("word")
		if w == "" || w != strings.ToLower(w) {
			return fmt.Errorf("common word %q: not a lower-case word", w)
		}
		l.CommonWords = append(l.CommonWords, CommonWord{Word: w, POS: r.get("pos"), Name: r.get("name") == "yes"})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if l.EventWords, err = readKinds(fsys, "eventwords.tsv", EventWordKinds); err != nil {
		return nil, err
	}
	if l.AidWords, err = readKinds(fsys, "aidwords.tsv", AidWordKinds); err != nil {
		return nil, err
	}
	readLeaders := func(file string, roles []string, jurisdiction func(code string) (string, bool)) error {
		return readTable(fsys, file, []string{"code", "role", "name", "aliases", "from", "to"}, func(r row) error {
			e := Leader{Roles: r.list("role"), Name: r.get("name"), Aliases: r.list("aliases")}
			var ok bool
			if e.Country, ok = jurisdiction(r.get("code")); !ok {
				return fmt.Errorf("leader %q: unknown country or organisation %q", e.Name, r.get("code"))
			}
			if e.Name == "" || len(e.Roles) == 0 {
				return fmt.Errorf("leader %q: no name or no role", e.Name)
			}
			for _, role := range e.Roles {
				if !slices.Contains(roles, role) {
					return fmt.Errorf("leader %q: unknown role %q", e.Name, role)
				}
			}
			from, to := r.get("from"), r.get("to")
			e.From, ok = termDay(from, false)
			if ok && to != "" {
				e.To, ok = termDay(to, true)
				ok = ok && !e.To.Before(e.From)
			}
			if !ok {
				return fmt.Errorf("leader %q: bad term %q to %q", e.Name, from, to)
			}
			l.Leaders = append(l.Leaders, e)
			return nil
		})
	}
	err = readLeaders("leaders.tsv", LeaderRoles, func(code string) (string, bool) {
		code = strings.ToUpper(code)
		_, ok := l.countryByCode[code]
		return code, ok
	})
	if err != nil {
		return nil, err
	}
	err = readLeaders("orgleaders.tsv", []string{OrganisationHead}, func(code string) (string, bool) {
		_, ok := l.groupingBySlug[code]
		return code, ok
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// termDay reads a term's day: YYYY-MM-DD, or YYYY-MM for the month's first
// day (its last when last is set).
func termDay(s string, last bool) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return time.Time{}, false
	}
	if last {
		t = t.AddDate(0, 1, -1)
	}
	return t, true
}

// WordSet is the set of the words of one class of words.tsv.
func (l *Lexicon) WordSet(class string) map[string]bool {
	out := map[string]bool{}
	for _, w := range l.Words {
		if w.Class == class {
			out[w.Word] = true
		}
	}
	return out
}

// WordValues maps the words of one class of words.tsv to their values.
func (l *Lexicon) WordValues(class string) map[string]string {
	out := map[string]string{}
	for _, w := range l.Words {
		if w.Class == class {
			out[w.Word] = w.Value
		}
	}
	return out
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

// readKinds reads a table of kind and forms (eventwords.tsv, aidwords.tsv):
// each kind one of kinds, the forms in lower case.
func readKinds(fsys fs.FS, file string, kinds []string) ([]KindWords, error) {
	var out []KindWords
	err := readTable(fsys, file, []string{"kind", "forms"}, func(r row) error {
		w := KindWords{Kind: r.get("kind"), Forms: r.list("forms")}
		if !slices.Contains(kinds, w.Kind) || len(w.Forms) == 0 {
			return fmt.Errorf("%s: bad kind %q or no forms", file, w.Kind)
		}
		for _, f := range w.Forms {
			if f != strings.ToLower(f) {
				return fmt.Errorf("%s: %q is not lower case", file, f)
			}
		}
		out = append(out, w)
		return nil
	})
	return out, err
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
