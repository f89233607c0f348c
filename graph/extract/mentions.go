package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// mention is a span of tokens [i, j) that names something.
type mention struct {
	i, j int
	kind kind
	ref  int // row in the lexicon table of its kind

	// offices
	jur         string     // jurisdiction key, once known
	jurExplicit bool       // the text states it ("US", "of India")
	jurShared   bool       // taken from the title before it in a coordination ("Bangladesh Foreign Minister A and Health Minister B")
	headline    bool       // a mention in the headline: i and j index the headline's tokens, not the text's
	jurLeft     bool       // it stands in front of the title ("US", "India's")
	phraseEnd   int        // end of the title with its "of X"
	rank        bool       // a title that only adds rank to the one before it
	coord       bool       // a title joined by "and" to the next: both are held
	chain       []*mention // for a person: the titles in front of the name
	phrase      string     // a title phrase ("Minister of State for African Affairs", to phraseEnd): the title as written
	headless    bool       // a title phrase whose head is a title word, not a lexicon title ("Head of …")
	former      bool       // a title its person held once or is yet to hold ("former President", "the late King")
	form        string     // a title's lexicon form where the text writes another ("Presidents A (X), B (Y)": "president")
	counter     string     // a person: the jurisdiction whose counterpart they are ("his Nepalese counterpart X")
	capitalOf   string     // a capital named by its country ("the Ethiopian capital"): the country's code

	ent    *entity // the node it names: country, grouping, city, office, topic, person
	person *entity // for a title or pronoun: the person it stands for
}

// entity is a node of the graph that the article names.
type entity struct {
	class quad.IRI
	iri   quad.IRI   // for persons, set when the canonical name is known
	term  int32      // 1 + the index of its N-Quads term, once emitted
	val   quad.Value // iri as a quad.Value
	name  string
	alts  map[string]bool
	sents []int // sentences (0-based) that mention it, in order
	named bool  // named as itself, not only by a demonym
	used  bool  // a fact of the article is about it

	// people
	forms     []string // the names as written, honorifics left out
	honorific string
	titles    map[string]bool // title forms seen in front of the name
	nation    string          // the country the text gives the person ("Libyan leader X"), as a jurisdiction key
	holds     map[*entity]int // office → sentence that says so
	whole     string          // the whole name leaders.tsv gives the leader a title and one word name ("King Salman")

	// offices
	jurKey string
	jurEnt *entity
	role   string

	// countries, groupings, cities
	code     string
	grouping *lexicon.Grouping
	city     *lexicon.City
	topic    *lexicon.Topic
}

func (e *entity) addAlt(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == e.name {
		return
	}
	if e.alts == nil {
		e.alts = map[string]bool{}
	}
	e.alts[s] = true
}

func (e *entity) seenIn(si int) {
	i, found := slices.BinarySearch(e.sents, si)
	if !found {
		e.sents = slices.Insert(e.sents, i, si)
	}
}

// text is the article text of tokens [i, j).
func (d *doc) text(i, j int) string {
	if i >= j {
		return ""
	}
	return d.a.Text[d.toks[i].Start:d.toks[j-1].End]
}

// mat is the mention covering token k, nil past either end.
func (d *doc) mat(k int) *mention {
	if k < 0 || k >= len(d.at) {
		return nil
	}
	return d.at[k]
}

// place puts m into the mention index, replacing what it overlaps.
func (d *doc) place(m *mention) {
	for k := m.i; k < m.j; k++ {
		if old := d.mat(k); old != nil && old != m {
			for q := old.i; q < old.j; q++ {
				if d.mat(q) == old {
					d.at[q] = nil
				}
			}
		}
		d.at[k] = m
	}
}

// mentionsIn yields the mentions starting in tokens [i, j), in order (the
// index is the token they start at). It reads the tokens as it goes: a
// mention placed behind the loop is not seen, one placed ahead of it is.
func (d *doc) mentionsIn(i, j int) iter.Seq2[int, *mention] {
	return func(yield func(int, *mention) bool) {
		for k := i; k < j; k++ {
			if m := d.mat(k); m != nil && m.i == k && !yield(k, m) {
				return
			}
		}
	}
}

// findLexicon marks the lexicon forms of the text, longest first.
func (d *doc) findLexicon() {
	for i := 0; i < len(d.toks); {
		best := d.lexAt(i)
		if best == nil {
			best = d.regionAt(i)
		}
		if best == nil || d.longerName(best) {
			i++
			continue
		}
		d.place(best)
		i = best.j
	}
	d.findAcronyms()
	d.foldUNPrefix()
	d.dropGenericAgencies()
}

// dropGenericAgencies: a national body named in ordinary words that other
// countries use for theirs too ("the Foreign Office", "the Ministry of
// External Affairs") is the lexicon's country's only where the text names
// that country otherwise; else it is some other country's, unsaid.
func (d *doc) dropGenericAgencies() {
	named := map[string]bool{}
	var generic []*mention
	for _, m := range d.ments() {
		code := ""
		switch m.kind {
		case kCountry, kDemonym, kAgency:
			code = d.jurisdictionOf(m)
		case kCity:
			code = strings.ToLower(d.x.lex.Cities[m.ref].Country)
		}
		if m.kind == kAgency && d.ordinaryWords(m.i, m.j) {
			generic = append(generic, m)
		} else if code != "" {
			named[code] = true
		}
	}
	for _, m := range generic {
		if named[d.jurisdictionOf(m)] {
			continue
		}
		for k := m.i; k < m.j; k++ {
			d.at[k] = nil
		}
	}
}

// ordinaryWords: the words of [i, j) are ordinary English words and
// function words ("Ministry of External Affairs"), no name among them.
func (d *doc) ordinaryWords(i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.toks[k]; t.Kind == tWord && !englishWords[t.Low] && !t.is("of", "and", "for", "the") {
			return false
		}
	}
	return true
}

// longerName: the agency form m ("Department of State") is the start of
// a longer name that goes on in capitals ("the Department of State
// Reserves"), not a title or another name after the agency's.
func (d *doc) longerName(m *mention) bool {
	if m.kind != kAgency || m.j >= len(d.toks) {
		return false
	}
	of := false
	for k := m.i; k < m.j; k++ {
		of = of || d.toks[k].is("of")
	}
	n := d.toks[m.j]
	return of && n.Kind == tWord && n.capitalised() && !titleHeads[n.Text] && d.lexAt(m.j) == nil
}

// findAcronyms reads the acronyms the text defines for the countries,
// groupings and agencies it names ("The Arab League (AL) …") and marks
// their later uses ("AL Secretary General").
func (d *doc) findAcronyms() {
	var defined map[string]*mention
	for k := 0; k+3 < len(d.toks); k++ {
		m := d.mat(k)
		if m == nil || m.j != k+1 || !d.toks[k+1].is("(") || !d.toks[k+3].is(")") || d.mat(k+2) != nil {
			continue
		}
		if m.kind != kCountry && m.kind != kGrouping && m.kind != kAgency {
			continue
		}
		a := d.toks[k+2]
		if a.Kind != tWord || len(a.Text) < 2 || len(a.Text) > 8 || strings.ToUpper(a.Text) != a.Text || !hasLetter(a.Text) {
			continue
		}
		if defined == nil {
			defined = map[string]*mention{}
		}
		if _, seen := defined[a.Text]; !seen {
			defined[a.Text] = m
		}
		d.place(&mention{i: k + 2, j: k + 3, kind: m.kind, ref: m.ref})
	}
	if defined == nil {
		return
	}
	for k := range d.toks {
		if d.at[k] != nil {
			continue
		}
		if m, ok := defined[d.toks[k].Text]; ok {
			d.place(&mention{i: k, j: k + 1, kind: m.kind, ref: m.ref})
		}
	}
}

// foldUNPrefix: "the United Nations World Food Program", "UN refugee
// agency", "the United Nations (UN) Security Council" name the UN body, not
// the UN besides.
func (d *doc) foldUNPrefix() {
	for k := 0; k < len(d.toks); k++ {
		m := d.mat(k)
		if m == nil || m.i != k || m.kind != kGrouping || d.x.lex.Groupings[m.ref].Slug != "un" || m.j >= len(d.toks) {
			continue
		}
		at := m.j
		// "the United Nations (UN) Security Council": its acronym between
		if at+3 < len(d.toks) && d.toks[at].is("(") && d.toks[at+2].is(")") {
			if a := d.mat(at + 1); a != nil && a.kind == kGrouping && a.ref == m.ref {
				at += 3
			}
		}
		n := d.mat(at)
		if n == nil || n.i != at || n.kind != kGrouping || d.toks[at].Breaks > 0 {
			continue
		}
		d.place(&mention{i: m.i, j: n.j, kind: kGrouping, ref: n.ref})
		k = n.j - 1
	}
}

// regionAt: a region named with a compass word before a country, a city or
// a part of the world ("South Australia", "Latin America", "East Africa"),
// or a part of the world alone ("Africa"): no entity, but no name either.
func (d *doc) regionAt(i int) *mention {
	t := d.toks[i]
	if !t.capitalised() {
		return nil
	}
	if worldRegions[t.Text] {
		return &mention{i: i, j: i + 1, kind: kRegion}
	}
	if !regionWords[t.Text] || i+1 >= len(d.toks) || !d.toks[i+1].Space || d.toks[i+1].Breaks > 0 {
		return nil
	}
	if worldRegions[d.toks[i+1].Text] {
		return &mention{i: i, j: i + 2, kind: kRegion}
	}
	for _, m := range []*matcher{d.x.names} {
		for _, p := range m.match(d.toks, i+1) {
			// (and "South American", "West African": a region's people)
			if p.kind == kCountry || p.kind == kCity || p.kind == kDemonym {
				return &mention{i: i, j: i + 1 + len(p.toks), kind: kRegion}
			}
		}
	}
	return nil
}

func (d *doc) lexAt(i int) *mention {
	var best *pattern
	for _, m := range []*matcher{d.x.names, d.x.terms} {
		for _, p := range m.match(d.toks, i) {
			if !d.plausible(p, i) {
				continue
			}
			if best == nil || len(p.toks) > len(best.toks) ||
				len(p.toks) == len(best.toks) && p.kind.priority() > best.kind.priority() {
				best = p
			}
			break
		}
	}
	if best == nil {
		return nil
	}
	return &mention{i: i, j: i + len(best.toks), kind: best.kind, ref: best.ref}
}

// plausible rejects a lexicon match that the words around it show to be
// something else: "Indian Ocean", a form cut off in the middle of a
// hyphenated compound, a title used as a plain word in lower case.
func (d *doc) plausible(p *pattern, i int) bool {
	j := i + len(p.toks)
	if next, ok := notDemonym[d.toks[min(j, len(d.toks)-1)].Text]; ok && p.kind == kDemonym && j < len(d.toks) &&
		(next == "" || j+1 < len(d.toks) && d.toks[j+1].Text == next) {
		return false // "Indian Ocean", "Indian Premier League"; not "Chinese Premier Li"
	}
	// "European, African, Asian and American countries": listed with
	// another continent's adjective, a demonym that is one is the
	// continent's
	if p.kind == kDemonym && continentals[d.toks[i].Text] && (i > 1 && d.toks[i-1].is(",", "and", "or") && continentals[d.toks[i-2].Text] ||
		j+1 < len(d.toks) && d.toks[j].is(",", "and", "or") && continentals[d.toks[j+1].Text]) {
		return false
	}
	// "President of French Polynesia", "in British Columbia": after "of" or
	// "in", a demonym and one capitalised word that is no ordinary word or
	// title name a place
	if p.kind == kDemonym && i > 0 && d.toks[i-1].is("of", "in") && j+1 < len(d.toks) {
		if n := d.toks[j]; n.Kind == tWord && n.capitalised() && n.Space && !isCommon(n.Text) && !titleWords[n.Text] && !notNames[n.Text] &&
			!d.toks[j+1].capitalised() {
			return false
		}
	}
	// "5 million US dollars", "US$4 million": a currency
	if (p.kind == kCountry || p.kind == kDemonym) && j < len(d.toks) && (currencies[d.toks[j].Text] || d.toks[j].is("$") && !d.toks[j].Space) {
		return false
	}
	// "Hossein Amir Abdollahian", "Hassan Sheikh Mohamud": a title word
	// inside a leader's whole name, a name word before it, is a word of
	// the name
	if p.kind == kOffice && len(p.toks) == 1 && i > 0 && titleWords[d.toks[i].Text] && d.toks[i-1].capitalised() && d.toks[i].Space &&
		d.mat(i-1) == nil && d.inLeaderName(i) {
		return false
	}
	switch p.kind {
	case kCountry, kGrouping, kCity, kAgency:
		// a name must be capitalised as written
		if !d.toks[i].capitalised() && d.toks[i].Kind == tWord {
			return false
		}
	}
	switch p.kind {
	case kCountry, kCity:
		// a place inside a larger name: "Latin America", "South Asia",
		// "Hyderabad House", "Kabul Airport", "New York Times"
		if i > 0 && regionWords[d.toks[i-1].Text] && d.toks[i-1].Space {
			return false
		}
		// "New Mexico", "West New Britain": "New" before a place names
		// another place (the lexicon lists those that are countries or
		// cities themselves: New Zealand, New Delhi)
		if i > 0 && d.toks[i-1].Text == "New" && d.toks[i-1].Space {
			return false
		}
		// (a city's too before a lower-case one: "the Mecca agreement",
		// "Hatay province")
		if j < len(d.toks) && placeNameWords[d.toks[j].Text] && (d.toks[j].capitalised() || p.kind == kCity) && (p.kind == kCountry || !facilityWords[d.toks[j].Text]) {
			return false
		}
		// "the Abuja peace accord", "the Paris climate agreement": a
		// lower-case word between the city and the agreement's noun
		if p.kind == kCity && i > 0 && d.toks[i-1].is("the", "The") && j+1 < len(d.toks) && d.toks[j].Kind == tWord && !d.toks[j].capitalised() &&
			placeNameWords[d.toks[j+1].Text] && !d.toks[j+1].capitalised() && !subnationalNouns[d.toks[j+1].Text] {
			return false
		}
	}
	return true
}

// findTowns marks the towns the lexicon does not list where the text
// calls them so: "the city of Van", "the port of La Guaira", "the Syrian
// town of X" (GUIDELINES 1.5: cities and towns named in the body).
func (d *doc) findTowns() {
	for k := 0; k+2 < len(d.toks); k++ {
		if !d.toks[k].is("city", "town", "port", "village") || !d.toks[k+1].is("of") {
			continue
		}
		i, j := k+2, k+2
		for j < len(d.toks) && j-i < 3 && d.at[j] == nil && (j == i || d.toks[j].Space && d.toks[j].Breaks == 0) {
			t := d.toks[j]
			if t.Kind != tWord || !t.capitalised() || t.Text[0] == '@' || t.Text[0] == '#' || notNames[t.Text] || titleWords[t.Text] || orgWords[t.Text] || strings.ContainsAny(t.Text, "0123456789") {
				break
			}
			j++
		}
		if j == i || allCommon(d.toks[i:j]) || j < len(d.toks) && d.toks[j].Kind == tWord && d.toks[j].capitalised() && d.toks[j].Space {
			continue
		}
		d.place(&mention{i: i, j: j, kind: kTown})
		k = j - 1
	}
	// "held in Shusha city of Azerbaijan", "clashes in Herat city": the
	// name before the noun, after "in" or "at"
	for k := 2; k+1 < len(d.toks); k++ {
		if !d.toks[k].is("city", "town") || d.at[k] != nil || d.toks[k+1].Kind == tWord && d.toks[k+1].capitalised() {
			continue
		}
		i := k - 1
		for i > 0 && k-i < 3 && d.at[i] == nil && d.toks[i].Kind == tWord && d.toks[i].capitalised() && !notNames[d.toks[i].Text] && !titleWords[d.toks[i].Text] && !orgWords[d.toks[i].Text] {
			i--
		}
		if i == k-1 || !d.toks[i].is("in", "at") || allCommon(d.toks[i+1:k]) {
			continue
		}
		d.place(&mention{i: i + 1, j: k, kind: kTown})
	}
}

// findCapitals marks "Ethiopia's capital", "the capital of Ethiopia" and
// "the Ukrainian capital" as the capital city they name.
func (d *doc) findCapitals() {
	for k := range d.toks {
		if d.toks[k].Low != "capital" || d.at[k] != nil {
			continue
		}
		var c *mention
		i, j := k, k+1
		switch {
		case k+2 < len(d.toks) && d.toks[k+1].is("of"):
			n := k + 2
			if d.toks[n].is("the") && n+1 < len(d.toks) {
				n++
			}
			if m := d.mat(n); m != nil && m.i == n && m.kind == kCountry {
				c, j = m, m.j
			}
		case k > 0 && d.toks[k-1].is("'s", "’s"):
			if m := d.mat(k - 2); m != nil && m.j == k-1 && m.kind == kCountry {
				c, i = m, m.i
			}
		case k > 0:
			if m := d.mat(k - 1); m != nil && m.j == k && m.kind == kDemonym {
				c, i = m, m.i
			}
		}
		if c == nil {
			continue
		}
		row, ok := d.x.capitalOf[d.x.lex.Countries[c.ref].Code]
		if !ok {
			continue
		}
		// the country stays named: "the Ethiopian capital" names Ethiopia
		// too (GUIDELINES 1.2)
		d.place(&mention{i: i, j: j, kind: kCity, ref: row, capitalOf: d.x.lex.Countries[c.ref].Code})
	}
}

// findQuoted marks the tokens inside quotation marks.
func (d *doc) findQuoted() {
	d.quoted = make([]bool, len(d.toks))
	for _, q := range d.quoteSpans() {
		for k := q.i; k < q.j; k++ {
			d.quoted[k] = true
		}
	}
}

func toLowerIfWord(s string) string {
	for _, r := range s {
		if unicode.IsLower(r) {
			return strings.ToLower(s)
		}
	}
	return s // an acronym: "HADR"
}

func lowerKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }

// entityFor returns the node for a lexicon mention, creating it once.
func (d *doc) entityFor(m *mention) *entity {
	lex := d.x.lex
	var key string
	var mk func() *entity
	switch m.kind {
	case kCountry, kDemonym:
		c := &lex.Countries[m.ref]
		key = d.x.entKey("country/", c.Code)
		mk = func() *entity {
			return &entity{class: schema.Country, iri: schema.CountryIRI(c.Code), name: c.Name, code: c.Code}
		}
	case kGrouping:
		g := &lex.Groupings[m.ref]
		key = d.x.entKey("grouping/", g.Slug)
		mk = func() *entity {
			return &entity{class: schema.Grouping, iri: schema.GroupingIRI(g.Slug), name: g.Name, grouping: g}
		}
	case kCity:
		c := &lex.Cities[m.ref]
		key = d.x.entKey("city/", c.Name)
		mk = func() *entity {
			return &entity{class: schema.City, iri: schema.PlaceIRI(c.Name), name: c.Name, city: c}
		}
	case kTown:
		name := d.text(m.i, m.j)
		key = "city/" + name
		mk = func() *entity {
			return &entity{class: schema.City, iri: schema.PlaceIRI(name), name: name}
		}
	case kAgency:
		a := &lex.Agencies[m.ref]
		c, _ := lex.Country(a.Country)
		key = d.x.entKey("country/", c.Code)
		mk = func() *entity {
			return &entity{class: schema.Country, iri: schema.CountryIRI(c.Code), name: c.Name, code: c.Code}
		}
	case kTopic:
		t := &lex.Topics[m.ref]
		key = d.x.entKey("topic/", t.Slug)
		mk = func() *entity {
			return &entity{class: schema.Topic, iri: schema.TopicIRI(t.Slug), name: t.Name, topic: t}
		}
	default:
		return nil
	}
	e := d.ents[key]
	if e == nil {
		e = mk()
		d.ents[key] = e
	}
	if m.kind != kDemonym && m.kind != kAgency && !m.headline {
		e.addAlt(d.text(m.i, m.j))
	}
	return e
}

// countryEntity returns the node of the country with the ISO code.
func (d *doc) countryEntity(code string) *entity {
	key := d.x.entKey("country/", strings.ToUpper(code))
	if e := d.ents[key]; e != nil {
		return e
	}
	c, ok := d.x.lex.Country(code)
	if !ok {
		return nil
	}
	e := &entity{class: schema.Country, iri: schema.CountryIRI(c.Code), name: c.Name, code: c.Code}
	d.ents[key] = e
	return e
}

// groupingEntity returns the node of the grouping with the slug.
func (d *doc) groupingEntity(slug string) *entity {
	key := d.x.entKey("grouping/", slug)
	if e := d.ents[key]; e != nil {
		return e
	}
	g, ok := d.x.lex.Grouping(slug)
	if !ok {
		return nil
	}
	e := &entity{class: schema.Grouping, iri: schema.GroupingIRI(slug), name: g.Name, grouping: g}
	d.ents[key] = e
	return e
}

// jurisdictionOf is the jurisdiction key a place-like mention gives a
// title next to it: a country code in lower case or a grouping slug.
func (d *doc) jurisdictionOf(m *mention) string {
	switch m.kind {
	case kCountry, kDemonym:
		return strings.ToLower(d.x.lex.Countries[m.ref].Code)
	case kAgency:
		return strings.ToLower(d.x.lex.Agencies[m.ref].Country)
	case kGrouping:
		return d.x.lex.Groupings[m.ref].Slug
	}
	return ""
}

// jurisdictionEntity is the node of a jurisdiction key.
func (d *doc) jurisdictionEntity(key string) *entity {
	if _, ok := d.x.lex.Grouping(key); ok {
		return d.groupingEntity(key)
	}
	return d.countryEntity(key)
}

// findProvinces: a city's or town's name in a list that a noun for a
// country's parts heads names that part, not the city ("11 Turkish
// provinces — Adana, Hatay, …", "the provinces of Aleppo and Idlib",
// "districts such as A and B"; GUIDELINES 1.5: not provinces, states or
// districts).
func (d *doc) findProvinces() {
	for k, t := range d.toks {
		if t.Kind != tWord || t.capitalised() || !subnationalNouns[t.Low] {
			continue
		}
		si := d.sentOf[k]
		_, end := d.bounds(si)
		// the list after
		q := k + 1
		switch {
		case q < end && d.toks[q].is("of"):
			q++
		case d.listOpener(q, end) > q:
			q = d.listOpener(q, end)
		default:
			continue
		}
		for q < end {
			if d.toks[q].is("the") {
				q++
				continue
			}
			c := d.mat(q)
			if c == nil && d.toks[q].Kind == tWord && d.toks[q].capitalised() {
				// a name the lexicon has no city for: "Hatay"
				for q < end && d.mat(q) == nil && d.toks[q].Kind == tWord && d.toks[q].capitalised() {
					q++
				}
				for q < end && d.listSep(q) {
					q++
				}
				continue
			}
			if c == nil || c.i != q {
				break
			}
			if c.kind == kCity || c.kind == kTown {
				c.kind = kRegion
			} else if c.kind != kRegion {
				break
			}
			q = c.j
			for q < end && d.listSep(q) {
				q++
			}
		}
	}
}
