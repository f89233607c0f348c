package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// A title names an office of a jurisdiction. The jurisdiction is read, in
// this order, from a country, demonym or grouping right in front ("US
// Defence Secretary", "Indian envoy", "India's envoy", "UN
// Secretary-General"), from "of (the) X" after the title ("Secretary-General
// of the United Nations"), from the form itself when it only has one ("EAM",
// "USTR"), from a title it is coordinated with ("Bangladesh Foreign Minister
// A and Health Minister B"), and, for a title in front of a name, from a
// country the sentence names as an actor rather than as a destination.

// findOffices reads the jurisdiction each title states.
func (d *doc) findOffices() {
	for _, m := range d.ments() {
		if m.kind != kOffice {
			continue
		}
		si := d.sentOf[m.i]
		start, end := d.bounds(si)
		if m.phrase == "" {
			m.phraseEnd = m.j
		}
		// a posting after it: "Israel's ambassador to the United States, X",
		// "the Indian High Commissioner accredited in Mozambique", "envoy
		// for Sudan", "Ambassador to Khartoum"
		if p := d.postingAfter(max(m.j, m.phraseEnd), end); p > 0 {
			m.phraseEnd = p
		}
		// a consulate's city after "of": "Consul General of Guangzhou"
		if k := max(m.j, m.phraseEnd); k+1 < end && d.toks[k].is("of") && d.roleOf(m) == "diplomat" {
			if c := d.mat(k + 1); c != nil && c.i == k+1 && c.kind == kCity {
				m.phraseEnd = c.j
			}
		}
		// in front: "US", "India's", "the UN", "the Organization of
		// American States (OAS)", a city for a city's or region's post
		// ("Yangon Chief Minister")
		k := m.i - 1
		// "Lebanese caretaker Prime Minister", "Germany's Federal Minister for …": the
		// modifier stands between (not "New": "New Zealand")
		// ("Kazakhstan's former President": a past word too)
		for k >= start && (appositionModifiers[d.toks[k].Low] || pastWords[d.toks[k].Low]) && d.mat(k) == nil && !d.toks[k].is("New") {
			k--
		}
		if k >= start && d.toks[k].is("'s", "’s") {
			k--
			// "the UN Secretary-General's Special Representative": the
			// office's own jurisdiction
			if o := d.mat(k); o != nil && o.kind == kOffice && o.j == k+1 && o.jur != "" && !o.former {
				m.jur, m.jurExplicit, m.jurLeft = o.jur, true, true
				continue
			}
		}
		// "the UN Secretary-General appointed X as his Special Envoy": the
		// post is in the gift of the office holder named before
		if k-1 >= start && d.toks[k].is("his", "her") && d.toks[k-1].is("as") {
			if j := d.officeBefore(k-1, start); j != "" {
				m.jur, m.jurExplicit = j, true
				continue
			}
		}
		if k-2 >= start && d.toks[k].is(")") && d.toks[k-2].is("(") {
			if in := d.mat(k - 1); in != nil && in.i == k-1 && d.jurisdictionOf(in) != "" {
				k--
			} else {
				k -= 3
			}
		}
		// "that country's President": the country last named; "the
		// country's envoy": the one the sentence has act ("Jordan sent aid
		// for the people of Syria, the country's interior minister said"),
		// else the last named
		if k-1 >= start && d.toks[k].is("country") && d.toks[k-1].is("the", "that") && k+1 < m.i && d.toks[k+1].is("'s", "’s") {
			j := ""
			if d.toks[k-1].is("the") {
				j = d.actorCountryBefore(k-1, start)
			}
			if j == "" {
				j = d.lastCountryBefore(k - 1)
			}
			if j != "" {
				m.jur, m.jurExplicit = j, true
				continue
			}
		}
		// "the delegation of Lesotho will be led by its Prime Minister",
		// "passed to East Timor, whose President will lead it": the
		// country named before it in the sentence
		if k >= start && d.toks[k].is("its", "whose") {
			if j := d.countryBefore(k, start); j != "" {
				m.jur, m.jurExplicit = j, true
				continue
			}
		}
		// "Indian Navy chief": the service's last word and the title are
		// the title
		if a := d.mat(k); k >= start && a != nil && a.kind == kAgency && a.j == k+1 {
			if form := lowerKey(d.toks[k].Text + " " + d.titleForm(m)); len(d.x.officeRows[form]) > 0 {
				m.form = form
			}
		}
		// "the US Embassy in Kenya Chargé d'Affaires X", "U.S. Embassy
		// Health Attaché X": the title is of the body in front, and so of
		// its country, not of the place the body is in
		if j := d.bodyInFront(k, start); j != "" {
			m.jur, m.jurExplicit = j, true
			continue
		}
		if k >= start && d.mat(k) != nil && d.mat(k).j == k+1 && !d.postedAt(k, start) {
			if j := d.jurisdictionOf(d.mat(k)); j != "" {
				// "UN Emergency Relief Coordinator": a title the UN has
				// through one of its bodies (OCHA's)
				if _, isGrouping := d.x.lex.Grouping(j); isGrouping && m.phrase == "" && d.officeRow(d.titleForm(m), j) == nil {
					if ij := d.impliedJurisdiction(m); ij != "" {
						if _, ok := d.x.lex.Grouping(ij); ok {
							j = ij
						}
					}
				}
				m.jur, m.jurExplicit, m.jurLeft = j, true, true
				continue
			}
			if c := d.mat(k); c.kind == kCity && d.roleOf(m) != "ambassador" && d.roleOf(m) != "diplomat" {
				m.jur, m.jurExplicit, m.jurLeft = strings.ToLower(d.x.lex.Cities[c.ref].Country), true, true
				continue
			}
		}
		// "chargé d'affaires of the US Embassy in Harare"
		if j, e := d.ministryOf(m.j, end); j != "" && m.phrase == "" {
			m.jur, m.jurExplicit, m.phraseEnd = j, true, e
			continue
		}
		// after: "of (the) X"
		k = m.j
		// "the Vice-President of that country": the country last named
		if k+2 < end && d.toks[k].is("of") && d.toks[k+1].is("that") && d.toks[k+2].is("country") && m.phrase == "" {
			if j := d.lastCountryBefore(m.i); j != "" {
				m.jur, m.jurExplicit, m.phraseEnd = j, true, k+3
				continue
			}
		}
		// (an envoy "from" a country is its envoy: "the Ambassador from
		// Denmark, X")
		if k < end && (d.toks[k].is("of") || d.toks[k].is("from") && d.roleOf(m) != "" && diplomatRole(d.roleOf(m))) && m.phrase == "" {
			k++
			if k < end && d.toks[k].is("the") {
				k++
			}
			// "of the Federal Republic of Nigeria"
			if q := d.polityEnd(k, end); q > k {
				k = q
			}
			// "Ruler of Dubai", "Mayor of Kyiv": a city's own post is its
			// country's (not an envoy's: "Consul General of Guangzhou")
			if c := d.mat(k); c != nil && c.i == k && c.kind == kCity && (d.roleOf(m) == "official" || d.roleOf(m) == "monarch") {
				m.jur, m.jurExplicit, m.phraseEnd = strings.ToLower(d.x.lex.Cities[c.ref].Country), true, c.j
				continue
			}
			if k < end && d.mat(k) != nil && d.mat(k).i == k {
				// "director of the UN's Food and Agriculture Organisation":
				// the body the possessive owns is the title's
				if q := d.mat(k).j; q+1 < end && d.toks[q].is("'s", "’s") {
					if b := d.mat(q + 1); b != nil && b.i == q+1 && b.kind == kGrouping && d.jurisdictionOf(b) != "" {
						k = q + 1
					}
				}
				if j := d.jurisdictionOf(d.mat(k)); j != "" {
					m.jur, m.jurExplicit = j, true
					m.phraseEnd = d.mat(k).j
					// "Chairman of the East African Community (EAC)": the
					// acronym after the name is the title's too
					if q := m.phraseEnd; q+2 < end && d.toks[q].is("(") && d.toks[q+2].is(")") {
						if a := d.mat(q + 1); a != nil && a.i == q+1 && a.j == q+2 && d.jurisdictionOf(a) == j {
							m.phraseEnd = q + 3
						}
					}
					// "the ambassador of the European Union to India, X"
					if p := d.postingAfter(m.phraseEnd, end); p > 0 {
						m.phraseEnd = p
					}
					continue
				}
			}
		}
		// inside a title phrase: "Director of the SCO Regional … Committee"
		if m.phrase != "" {
			found := false
			for _, c := range d.mentionsIn(m.j, m.phraseEnd) {
				// ("President of the Chadian Transition": a demonym too,
				// before the phrase's last word; not an organisation's
				// name, "the Egyptian Red Crescent")
				if c.kind == kCountry || c.kind == kGrouping || c.kind == kAgency || c.kind == kDemonym && c.j+1 == m.phraseEnd {
					m.jur, m.jurExplicit, found = d.jurisdictionOf(c), true, true
					break
				}
			}
			if found {
				continue
			}
		}
		// "spokesman of the Foreign Ministry of Sudan", "a junior minister
		// in the French Foreign Ministry"
		if j, e := d.ministryOf(max(m.j, m.phraseEnd), end); j != "" {
			m.jur, m.jurExplicit, m.phraseEnd = j, true, e
			continue
		}
		// a list's line labelled with its country: "Namibia : H E
		// President X", "Malawi: Hon. X, Minister of Foreign Affairs"
		if j := d.lineLabel(m.i, start); j != "" {
			m.jur, m.jurExplicit = j, true
			continue
		}
		// the form alone; but an organisation's title that the UN has too
		// ("Secretary-General") is the one of the organisation the
		// article names most that has it by name
		// ("Secretary of State for International Cooperation" is not the
		// US post that "Secretary of State" alone is)
		if j := d.impliedJurisdiction(m); j != "" && m.phrase == "" {
			if _, isGrouping := d.x.lex.Grouping(j); isGrouping {
				if g := d.groupingTitleJurisdiction(m); g != "" {
					j = g
				}
			}
			m.jur = j
		}
	}
	// "spokesman for the UN Secretary-General", "spokeswoman of the
	// Iraqi Prime Minister": one who speaks for an office is of its
	// jurisdiction; so is one who serves it ("diplomatic adviser to
	// the French President"), but not an envoy sent to it
	for _, m := range d.ments() {
		if m.kind != kOffice || m.jur != "" {
			continue
		}
		k := max(m.j, m.phraseEnd)
		serves := k < len(d.toks) && d.toks[k].is("to") && d.roleOf(m) != "ambassador" && d.roleOf(m) != "diplomat"
		if d.roleOf(m) == "spokesperson" || serves {
			if o := d.officeAfter(k); o != nil && o.jur != "" && !o.former {
				m.jur, m.jurExplicit = o.jur, true
			}
		}
	}
	// coordination: "Bangladesh Foreign Minister A and Health Minister B";
	// and back from a title whose form alone names its country: "Prime
	// Minister A and EAM B" (the writer leaves out the country of both)
	var prev *mention
	var implied []*mention
	for _, m := range d.ments() {
		if m.kind != kOffice {
			continue
		}
		if prev != nil && d.sentOf[prev.i] == d.sentOf[m.i] && m.i-prev.phraseEnd <= 6 && m.i >= prev.phraseEnd {
			between := d.toks[prev.phraseEnd:m.i]
			if len(between) > 0 && between[len(between)-1].is("and", ",") {
				_, grouping := d.x.lex.Grouping(prev.jur)
				// an envoy's country is not that of the host's office
				// after it ("the Chilean Ambassador to Peru, A, Minister
				// for Health, B")
				envoy := func(o *mention) bool { return d.roleOf(o) == "ambassador" || d.roleOf(o) == "diplomat" }
				switch {
				case envoy(prev) != envoy(m):
				case m.jur == "" && prev.jur != "" && (m.phrase == "" || len(between) == 1) && (!grouping || between[len(between)-1].is("and")):
					// not into a title written out in full, whose own
					// jurisdiction comes with it, nor an organisation's over
					// a list's comma ("Secretary-General of the UN A,
					// Chairman of …")
					m.jur, m.jurShared = prev.jur, true
				case prev.jur == "" && m.jur != "" && !m.jurExplicit && between[len(between)-1].is("and"):
					implied = append(implied, prev, m)
				}
			}
		}
		prev = m
	}
	for n := 0; n+1 < len(implied); n += 2 {
		implied[n].jur = implied[n+1].jur
	}
}

// officeAfter: the tokens from k read "for|of|to (the) (COUNTRY) TITLE": that
// title's mention, else nil.
func (d *doc) officeAfter(k int) *mention {
	if k+1 >= len(d.toks) || !d.toks[k].is("for", "of", "to") {
		return nil
	}
	k++
	if d.toks[k].is("the") {
		k++
	}
	if c := d.mat(k); c != nil && c.i == k && c.kind != kOffice && d.jurisdictionOf(c) != "" {
		k = c.j // "French President", "the UN's"
		if k < len(d.toks) && d.toks[k].is("'s", "’s") {
			k++
		}
	}
	if o := d.mat(k); o != nil && o.i == k && o.kind == kOffice {
		return o
	}
	return nil
}

// ministryOf: the tokens from k read "for|of|in|at (the) COUNTRY's or
// DEMONYM … Ministry" (a government body of a country): the country and
// where the phrase ends.
func (d *doc) ministryOf(k, end int) (string, int) {
	if k+2 >= end || !d.toks[k].is("for", "of", "in", "at", "with") {
		return "", 0
	}
	k++
	if d.toks[k].is("the") {
		k++
	}
	c := d.mat(k)
	if c == nil || c.i != k || c.kind != kCountry && c.kind != kDemonym {
		return "", 0
	}
	jur := d.jurisdictionOf(c)
	k = c.j
	if k < end && d.toks[k].is("'s", "’s") {
		k++
	}
	for n := 0; k < end && n < 5; k, n = k+1, n+1 {
		t := d.toks[k]
		if t.Kind != tWord {
			break
		}
		// "Israel's Foreign Ministry", "Ethiopia's foreign ministry"; and
		// where the body is, "the US Embassy in Harare"
		if governmentBodies[t.Text] || governmentBodies[capitalise(t.Low)] {
			if p := d.postingAfter(k+1, end); p > 0 {
				return jur, p
			}
			return jur, k + 1
		}
	}
	return "", 0
}

func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// polityEnd: the tokens from k read a state's formal name up to its
// country, "Federal Republic of (the)": where the country begins, else k.
func (d *doc) polityEnd(k, end int) int {
	q := k
	for q < end && polityWords[d.toks[q].Text] && d.mat(q) == nil {
		q++
	}
	if q == k || q+1 >= end || !d.toks[q].is("of") {
		return k
	}
	q++
	if c := d.mat(q); c != nil && c.i == q && c.kind == kCountry {
		return q // "of The Gambia"
	}
	if d.toks[q].is("the", "The") && q+1 < end {
		q++
	}
	if c := d.mat(q); c == nil || c.i != q || c.kind != kCountry {
		return k
	}
	return q
}

// lineLabel: the line holding token k (in the sentence from start) begins
// with a country and a colon, as a list of delegations does ("Zambia :
// H E President X"): that country.
func (d *doc) lineLabel(k, start int) string {
	b := k
	for b > start && d.toks[b].Breaks == 0 {
		b--
	}
	if d.toks[b].Breaks == 0 && b > 0 {
		return ""
	}
	if isLineBullet(d.toks[b]) && b+1 < k {
		b++ // "- Zambia: …"
	}
	c := d.mat(b)
	if c == nil || c.i != b || c.kind != kCountry || c.j >= k || !d.toks[c.j].is(":") {
		return ""
	}
	return d.jurisdictionOf(c)
}

// lastCountryBefore is the jurisdiction of the last country named (or
// written as its demonym: "Peruvian President X appointed Y as the
// country's new …") before token k, in its sentence or the one before.
func (d *doc) lastCountryBefore(k int) string {
	from, _ := d.bounds(max(d.sentOf[k]-1, 0))
	return d.countryBefore(k, from)
}

// actorCountryBefore is the jurisdiction of the last country (or demonym)
// in tokens [from, k) that no preposition governs: the one the sentence
// has act.
func (d *doc) actorCountryBefore(k, from int) string {
	for n := k - 1; n >= from; n-- {
		if m := d.mat(n); m != nil && m.j == n+1 && (m.kind == kCountry || m.kind == kDemonym) && !d.governed(m, from) {
			return d.jurisdictionOf(m)
		}
	}
	return ""
}

// countryBefore is the jurisdiction of the last country (or demonym) named
// in tokens [from, k).
func (d *doc) countryBefore(k, from int) string {
	for n := k - 1; n >= from; n-- {
		if m := d.mat(n); m != nil && (m.kind == kCountry || m.kind == kDemonym) {
			return d.jurisdictionOf(m)
		}
	}
	return ""
}

// bodyInFront: the tokens ending at k read "COUNTRY|DEMONYM('s) BODY (in|to
// (the) PLACE)", a government body of a country ("the US Embassy in
// Kenya", "India's High Commission"): that country.
func (d *doc) bodyInFront(k, start int) string {
	// past where the body is: "in Kenya", "to the UN"
	if p := d.mat(k); p != nil && p.j == k+1 && (p.kind == kCountry || p.kind == kCity || p.kind == kGrouping) {
		b := p.i - 1
		if b >= start && d.toks[b].is("the") {
			b--
		}
		if b < start || !d.toks[b].is("in", "to") {
			return ""
		}
		k = b - 1
	}
	n := 0
	for k >= start && d.toks[k].Kind == tWord && d.toks[k].capitalised() && d.mat(k) == nil && n < 3 && (n > 0 || governmentBodies[d.toks[k].Text]) {
		k, n = k-1, n+1
	}
	if n == 0 {
		return ""
	}
	if k >= start && d.toks[k].is("'s", "’s") {
		k--
	}
	if c := d.mat(k); k >= start && c != nil && c.j == k+1 && (c.kind == kCountry || c.kind == kDemonym) {
		return d.jurisdictionOf(c)
	}
	return ""
}

// postingAfter: the tokens from k read "(accredited|based) to|in|for (the)
// PLACE" naming where a title's holder serves; returns the end of the
// place, or 0.
func (d *doc) postingAfter(k, end int) int {
	if k < end && d.toks[k].is("accredited", "based", "posted", "stationed") {
		k++
	}
	if k+1 >= end || !d.toks[k].is("to", "in", "for") {
		return 0
	}
	for_ := d.toks[k].is("for")
	k++
	if d.toks[k].is("the") && k+1 < end {
		k++
	}
	p := d.mat(k)
	if p == nil || p.i != k || p.j < end && d.toks[p.j].is("'s", "’s") {
		return 0 // not "for Ethiopia's foreign ministry"
	}
	if p.kind == kCountry || p.kind == kGrouping || p.kind == kCity && !for_ {
		return p.j
	}
	return 0
}

// postedAt: the country mention ending at k is where a title before it is
// posted ("envoy to the US"), not the jurisdiction of the title after it.
func (d *doc) postedAt(k, start int) bool {
	p := d.postingBefore(k, start)
	return p >= start && d.mat(p) != nil && d.mat(p).kind == kOffice && d.mat(p).j == p+1
}

// impliedJurisdiction is the jurisdiction of a form that has only one.
func (d *doc) impliedJurisdiction(m *mention) string {
	form := lowerKey(d.titleForm(m))
	for _, r := range d.x.officeRows[form] {
		o := &d.x.lex.Offices[r]
		for _, f := range o.Implies {
			if lowerKey(f) == form {
				return o.Jurisdiction
			}
		}
	}
	return ""
}

// officeRow is the lexicon row of a title form in a jurisdiction: the
// jurisdiction's own title when it has one, else the generic title.
func (d *doc) officeRow(form, jur string) *lexicon.Office {
	// a country's generic titles are "*", an organisation's "@"
	wild := "*"
	if _, isGrouping := d.x.lex.Grouping(jur); isGrouping {
		wild = "@"
	}
	var generic *lexicon.Office
	for _, r := range d.x.officeRows[lowerKey(form)] {
		o := &d.x.lex.Offices[r]
		switch o.Jurisdiction {
		case jur:
			return o
		case wild:
			if generic == nil {
				generic = o
			}
		}
	}
	if generic != nil && wild == "@" && generic.Role == "head of organisation" && generic.Title == "Head" {
		// "OCHA chief": the organisation's own head, where the lexicon
		// knows its title
		if own := d.ownHead(jur); own != nil {
			return own
		}
	}
	return generic
}

// ownHead is organisation jur's one row for its head (role "head of
// organisation"), or nil when the lexicon has none or several.
func (d *doc) ownHead(jur string) *lexicon.Office {
	var own *lexicon.Office
	for i := range d.x.lex.Offices {
		if o := &d.x.lex.Offices[i]; o.Jurisdiction == jur && o.Role == "head of organisation" {
			if own != nil {
				return nil
			}
			own = o
		}
	}
	return own
}

// headsTitle: the title m that p holds is an organisation's generic one
// written loosely for its head ("the director of NATO, X", "X, director of
// the FAO"), and p is that organisation's head on the article's day
// (orgleaders.tsv): the organisation's own head title, else nil. Not a
// title with a qualifier ("Regional Director", "Deputy Director-General"),
// which names another post.
func (d *doc) headsTitle(p *entity, m *mention) *lexicon.Office {
	if p == nil || m.phrase != "" || m.jur == "" {
		return nil
	}
	r := d.officeRow(d.titleForm(m), m.jur)
	if r == nil || r.Jurisdiction != "@" || r.Role != "head of organisation" && r.Role != "official" || strings.ContainsAny(r.Title, " -") {
		return nil
	}
	own := d.ownHead(m.jur)
	if own == nil || own == r {
		return nil
	}
	if j, _ := d.leaderRow(p, nil, roleHeadOfOrganisation, false, m.jur, func(string) *lexicon.Office { return own }); j != m.jur {
		return nil
	}
	return own
}

// officeEntity returns the node of the office a title mention names, once
// its jurisdiction is known.
func (d *doc) officeEntity(m *mention) *entity {
	if m.jur == "" {
		return nil
	}
	if m.phrase != "" {
		return d.phraseEntity(m)
	}
	form := d.titleForm(m)
	o := d.officeRow(form, m.jur)
	if o == nil {
		// "X, President of Ghana, and Chair of the Authority": a title
		// only groupings have, given a country by its neighbour, is the
		// title of the grouping the article names that has it
		if g := d.groupingTitleJurisdiction(m); g != "" && g != m.jur {
			m.jur = g
			return d.officeEntity(m)
		}
		if _, isGrouping := d.x.lex.Grouping(m.jur); m.form == "" && !isGrouping {
			// "Minister of Trade and Industry" of a country whose lexicon
			// row does not have it (another country's does): the title as
			// written
			// (written in lower case, it is capitalised: "minister of trade
			// and industry")
			// (or any form the lexicon knows written out with its "of":
			// "President of the Council of Ministers")
			if written := titleCased(d.text(m.i, m.j)); writtenTitle(written) || len(d.x.officeRows[lowerKey(form)]) > 0 && ofPhrase(written) {
				m.phrase, m.phraseEnd, m.headless = written, max(m.phraseEnd, m.j), true
				e := d.phraseEntity(m)
				// with the generic title of the other country's post as
				// another name ("Foreign Minister")
				if rs := d.x.officeRows[lowerKey(form)]; len(rs) > 0 {
					r := &d.x.lex.Offices[rs[0]]
					if g := d.roleRow(r.Role, r.Title, m.jur); g != nil {
						e.addAlt(g.Title)
					}
				}
				return e
			}
			// "Chairman of the People's Republic of China": a title the
			// country's row does not have, whose country follows it, is
			// the title as written up to the country
			if m.jurExplicit && !m.jurLeft && m.phraseEnd > m.j && d.toks[m.j].is("of") && d.toks[m.i].capitalised() &&
				(m.phraseEnd >= len(d.toks) || !d.toks[m.phraseEnd].is("'s", "’s")) {
				if written := d.text(m.i, m.phraseEnd); ofPhrase(written) {
					m.phrase = written
					return d.phraseEntity(m)
				}
			}
		}
		return nil
	}
	// "General Assembly President": the organ's official is the UN's
	if parent := organParent[m.jur]; parent != "" {
		m.jur = parent
	}
	iri := schema.OfficeIRI(m.jur, o.Title)
	key := "office/" + string(iri)
	e := d.ents[key]
	if e == nil {
		e = &entity{class: schema.Office, iri: iri, name: o.Title, jurKey: m.jur, role: o.Role}
		e.jurEnt = d.jurisdictionEntity(m.jur)
		d.ents[key] = e
	}
	e.addAlt(form)
	return e
}

// phraseEntity is the office a title phrase names: its title is the phrase
// as written ("Minister of State for African Affairs"), with the title of
// its head and the other ways news writes it as alternate names.
func (d *doc) phraseEntity(m *mention) *entity {
	title := m.phrase
	if t, ok := strings.CutPrefix(title, "the "); ok {
		title = t
	}
	if r, _ := utf8.DecodeRuneInString(title); unicode.IsLower(r) {
		title = string(unicode.ToUpper(r)) + title[utf8.RuneLen(r):]
	}
	role := "official"
	var head *lexicon.Office
	if !m.headless {
		if head = d.officeRow(d.titleForm(m), m.jur); head != nil {
			role = head.Role
		}
	}
	iri := schema.OfficeIRI(m.jur, title)
	key := "office/" + string(iri)
	e := d.ents[key]
	if e == nil {
		e = &entity{class: schema.Office, iri: iri, name: title, jurKey: m.jur, role: role}
		e.jurEnt = d.jurisdictionEntity(m.jur)
		d.ents[key] = e
	}
	e.addAlt(m.phrase)
	if head != nil {
		e.addAlt(head.Title)
	}
	for _, a := range phraseAlternates(title) {
		e.addAlt(a)
	}
	return e
}

// modifierUse: a title used to qualify another noun ("G7 foreign minister
// meeting", "minister-level talks") names no office.
func (d *doc) modifierUse(m *mention) bool {
	e := max(m.j, m.phraseEnd)
	if e >= len(d.toks) {
		return false
	}
	switch d.toks[e].Low {
	case "meeting", "meetings", "meet", "talks", "dialogue", "level", "-level", "summit", "conference", "post", "position", "rank", "role", "office", "'", "’":
		return true
	}
	return false
}

// statesRole: the title m names a role a state holds, not an office
// (GUIDELINES 1.4): "Brunei in its capacity as Chair of ASEAN", "Japan, in
// its role as the G7 president".
func (d *doc) statesRole(m *mention) bool {
	k := m.i - 1
	if k >= 0 && d.toks[k].is("the", "a", "an") {
		k--
	}
	for k >= 0 && d.mat(k) != nil && d.mat(k).j == k+1 && d.jurisdictionOf(d.mat(k)) != "" {
		k = d.mat(k).i - 1 // "as ASEAN Chair"
	}
	return k >= 2 && d.toks[k].is("as") && d.toks[k-1].is("capacity", "role") && d.toks[k-2].is("its", "their")
}

// resolveOffices settles each title's office, and who holds it.
func (d *doc) resolveOffices() {
	held := map[*mention]bool{} // titles in front of or in apposition to a name
	for _, pm := range d.ments() {
		if pm.kind == kPerson {
			for _, o := range pm.chain {
				held[o] = true
			}
		}
	}
	explicit := d.explicitTitles(held)
	// persons whose title states its jurisdiction first: "Prime Minister X
	// of India" settles which "Prime Minister X" an earlier sentence meant
	var stated, unstated []*mention
	for _, pm := range d.ments() {
		if pm.kind != kPerson || len(pm.chain) == 0 {
			continue
		}
		has := false
		for _, o := range pm.chain {
			has = has || o.jur != ""
		}
		if has {
			stated = append(stated, pm)
		} else {
			unstated = append(unstated, pm)
		}
	}
	var unplaced []*mention // titled persons no jurisdiction was found for
	for _, pm := range append(stated, unstated...) {
		// titles joined by "and" are each held: "Deputy Prime Minister and
		// Defence Minister X"
		chain := pm.chain
		// "X, Deputy Prime Minister and Minister of Foreign Affairs": the
		// country whose foreign minister X is on the article's day
		// (leaders.tsv) is the country of both
		lead := ""
		for _, o := range chain {
			if o.coord && o.jur == "" && lead == "" {
				lead = d.leaderJurisdiction(pm.ent, o)
			}
		}
		for n, o := range chain {
			if !o.coord {
				continue
			}
			if o.jur == "" {
				o.jur = d.heldJurisdiction(pm.ent, o)
			}
			if o.jur == "" && n > 0 {
				o.jur = chain[n-1].jur
			}
			if o.jur == "" && lead != "" && d.officeRow(d.titleForm(o), lead) != nil {
				o.jur = lead
			}
			if o.jur == "" {
				o.jur = d.contextJurisdiction(o)
			}
			d.hold(pm.ent, o)
		}
		var rest []*mention
		shared := "" // "X, Deputy Prime Minister and Foreign Minister of Y": Y's both
		for _, o := range chain {
			switch {
			case !o.coord:
				rest = append(rest, o)
			case o.jurExplicit && (shared == "" || shared == o.jur):
				shared = o.jur
			case o.jurExplicit:
				shared = "-"
			}
		}
		if len(rest) == 0 {
			continue
		}
		if shared != "" && shared != "-" {
			for _, o := range rest {
				if !o.jurExplicit {
					o.jur = shared
				}
			}
		}
		pm.chain = rest
		// the holding is the outermost title with a jurisdiction ("US Trade
		// Representative Ambassador Katherine Tai" holds the first), else
		// the nearest one
		var hold *mention
		byLeader := false
		for _, o := range pm.chain {
			// a country shared over "and" gives way to the leader's own:
			// "Russian President X and PM Modi"
			if o.jurShared {
				if j := d.leaderJurisdiction(pm.ent, o); j != "" && j != o.jur {
					o.jur, byLeader = j, true
				}
			}
			// an organisation's title the text leaves unsaid, taken for
			// the organisation the article names most, gives way to the
			// one the person heads ("Secretary-General Guterres" in a
			// story of ASEAN's)
			if _, isGrouping := d.x.lex.Grouping(o.jur); isGrouping && !o.jurExplicit {
				if j := d.leaderJurisdiction(pm.ent, o); j != "" && j != o.jur {
					o.jur, byLeader = j, true
				}
			}
			if o.jur != "" {
				hold = o
			}
		}
		if outer := pm.chain[len(pm.chain)-1]; hold == nil && d.bodyTitle(outer) {
			// a title only organisations have is still the one of the
			// organisation the story is about
			g := d.groupingTitleJurisdiction(outer)
			if g == "" {
				continue
			}
			hold, outer.jur = outer, g
		}
		if hold == nil {
			// the same title as one the person already holds: that office
			for _, o := range pm.chain {
				if j := d.heldJurisdiction(pm.ent, o); j != "" {
					hold, o.jur = o, j
					break
				}
			}
		}
		if hold == nil && pm.ent.nation != "" {
			// the person's country, as the text gives it ("Libyan leader
			// X" … "President X")
			for _, o := range pm.chain {
				if d.officeRow(d.titleForm(o), pm.ent.nation) != nil {
					hold, o.jur = o, pm.ent.nation
					break
				}
			}
		}
		if hold == nil {
			// a leader's title whose country the reader is expected to
			// know ("President Buhari"): the country whose leader of that
			// post bears the name on the article's day (leaders.tsv)
			for _, o := range pm.chain {
				if j := d.leaderJurisdiction(pm.ent, o); j != "" {
					hold, o.jur = o, j
					byLeader = true
					break
				}
			}
		}
		if hold == nil {
			// the same title, unheld, with its jurisdiction elsewhere in
			// the article
			for _, o := range pm.chain {
				if j := d.articleJurisdiction(o, explicit); j != "" {
					hold, o.jur = o, j
					break
				}
			}
		}
		if hold == nil {
			// one who travels with a holder of known country is of that
			// country: "X is accompanied by Foreign Minister Y"
			j := d.companionJurisdiction(pm)
			if j == "" {
				j = d.siblingJurisdiction(pm)
			}
			if j == "" {
				j = d.listJurisdiction(pm)
			}
			if j != "" {
				for n := len(pm.chain) - 1; n >= 0 && hold == nil; n-- {
					if d.officeRow(d.titleForm(pm.chain[n]), j) != nil {
						hold = pm.chain[n]
						hold.jur = j
					}
				}
				if hold == nil {
					hold = pm.chain[len(pm.chain)-1] // a title the lexicon lacks
					hold.jur = j
				}
			}
		}
		if hold == nil {
			// no title states its jurisdiction: the outermost one the
			// context places ("The Minister for Foreign Affairs, Senator …")
			for n := len(pm.chain) - 1; n >= 0 && hold == nil; n-- {
				if j := d.contextJurisdiction(pm.chain[n]); j != "" {
					hold = pm.chain[n]
					hold.jur = j
				}
			}
			if hold == nil {
				hold = pm.chain[0]
				unplaced = append(unplaced, pm)
			}
		}
		for _, o := range pm.chain {
			if o != hold {
				o.rank = true // "Ambassador" after "USTR": the same post's rank
				o.person = pm.ent
			}
		}
		d.hold(pm.ent, hold)
		if byLeader && hold.ent != nil {
			if d.leaderHeld == nil {
				d.leaderHeld = map[[2]*entity]bool{}
			}
			d.leaderHeld[[2]*entity{pm.ent, hold.ent}] = true
		}
	}
	d.holdGovernment(unplaced)
	for _, pm := range d.ments() {
		if pm.kind == kPerson && pm.counter != "" {
			d.holdCounterpart(pm)
		}
	}
	for _, pm := range d.ments() {
		if pm.kind == kPerson && len(pm.chain) == 0 && pm.ent != nil && len(pm.ent.holds) == 0 {
			d.holdBareTitle(pm)
		}
	}
	for _, m := range d.ments() {
		if m.kind != kOffice || m.ent != nil || m.rank || d.modifierUse(m) || m.headless || d.statesRole(m) {
			continue
		}
		// "X, the president's spokesman": the office spoken for is of the
		// spokesman's country
		if e := max(m.j, m.phraseEnd); m.jur == "" && e+1 < len(d.toks) && d.toks[e].is("'s", "’s") {
			if o := d.mat(e + 1); o != nil && o.kind == kOffice && o.i == e+1 && o.jur != "" && d.roleOf(o) == "spokesperson" {
				m.jur = o.jur
			}
		}
		m.ent = d.officeEntity(m)
	}
	// "Ambassadors of A, B and C presented their credentials": a country
	// whose envoy the text names under another title of the same kind
	// ("High Commissioner X of C") has that post, not the plural's
	// (the titles each country has of each kind: a set, so that the
	// answer does not hang on the order of a map)
	own := map[[2]string]map[string]bool{}
	for _, e := range d.ents {
		if e.class == schema.Office {
			key := [2]string{e.jurKey, e.role}
			if own[key] == nil {
				own[key] = map[string]bool{}
			}
			own[key][e.name] = true
		}
	}
	for _, m := range d.unheld {
		r := d.officeRow(m.form, m.jur)
		if r == nil {
			continue
		}
		if had := own[[2]string{m.jur, r.Role}]; len(had) > 0 && !had[r.Title] {
			continue
		}
		if e := d.officeEntity(m); e != nil {
			m.ent = e
			e.seenIn(d.sentOf[m.i])
		}
	}
}

// holdGovernment gives the titled persons whose jurisdiction nothing
// placed the post of the government the article's office holders serve:
// the country more of them hold a post of than any other ("Finance
// Minister X will act as prime minister in Y's absence", "Secretary
// General of the Ministry of Foreign Affairs, X" in a list of one
// government's officials). Envoys, whose country is the one they speak
// for, abroad, do not count; nor does a title of a body the text names
// ("ICRC President X").
func (d *doc) holdGovernment(unplaced []*mention) {
	if len(unplaced) == 0 {
		return
	}
	counts := map[string]int{}
	for _, p := range d.persons {
		seen := map[string]bool{}
		for o := range p.holds {
			if _, isGrouping := d.x.lex.Grouping(o.jurKey); isGrouping || diplomatRole(o.role) || seen[o.jurKey] {
				continue
			}
			seen[o.jurKey] = true
			counts[o.jurKey]++
		}
	}
	gov, top, second := "", 0, 0
	for j, n := range counts {
		switch {
		case n > top || n == top && j < gov:
			gov, top, second = j, n, max(second, top)
		case n > second:
			second = n
		}
	}
	if gov == "" || top == second {
		return
	}
	for _, pm := range unplaced {
		// a sentence of the person's that names countries and still did
		// not place the title in one tells of others: "X held talks in
		// Baghdad with Iraqi Prime Minister Y", "met the Venezuelan
		// parliamentarians A and B", "X was met by Fiji's Minister …"
		if d.namesCountryWith(pm.ent) {
			continue
		}
		var hold *mention
		for n := len(pm.chain) - 1; n >= 0; n-- {
			o := pm.chain[n]
			if d.ownedByBody(o) || diplomatRole(d.roleOf(o)) {
				hold = nil
				break
			}
			if hold == nil && d.officeRow(d.titleForm(o), gov) != nil {
				hold = o
			}
		}
		if hold == nil {
			continue
		}
		hold.jur = gov
		d.hold(pm.ent, hold)
	}
}

// companionJurisdiction is the country of the one a titled person pm travels
// with, as the sentence tells it: "X is accompanied by (his) Foreign Minister
// Y" (the nearest person before), "Y, who accompanied President X" (the
// person after). Empty when the one accompanied has no country yet.
func (d *doc) companionJurisdiction(pm *mention) string {
	start, end := d.bounds(d.sentOf[pm.i])
	first := pm.i
	for _, o := range pm.chain {
		first = min(first, o.i)
	}
	var host *entity
	k := first - 1
	if k > start && d.toks[k].is("his", "her", "their", "the") {
		k--
		// "King X and his Crown Prince Y": the one named before "and"
		if k > start && d.toks[k].is("and") && !d.toks[k+1].is("the") {
			if p := d.personAt(k - 1); p != nil && p != pm.ent {
				host = p
			}
		}
	}
	if k > start && d.toks[k].is("by") && d.toks[k-1].lower() == "accompanied" {
		for q := k - 2; q >= start && host == nil; q-- {
			if p := d.personAt(q); p != nil && p != pm.ent {
				host = p
			}
		}
	}
	k = pm.j
	if k < end && d.toks[k].is(",") {
		k++
	}
	if k < end && d.toks[k].is("who") {
		k++
	}
	if host == nil && k < end && d.toks[k].is("accompanied", "accompanies", "accompanying") {
		for q := k + 1; q < end && q <= k+6 && host == nil; q++ {
			if p := d.personAt(q); p != nil && p != pm.ent {
				host = p
			}
		}
	}
	if host == nil {
		return ""
	}
	if host.nation == "" {
		// the country of the one post the host holds
		c := ""
		for o := range host.holds {
			if c != "" && o.jurKey != c {
				return ""
			}
			c = o.jurKey
		}
		if _, ok := d.x.lex.Grouping(c); ok {
			return ""
		}
		return c
	}
	return host.nation
}

// siblingJurisdiction: the second of two titled persons met "with": "met
// with Prime Minister of Somalia X, and later with Foreign Minister Y" —
// Y is of the country the first one's title states.
func (d *doc) siblingJurisdiction(pm *mention) string {
	start, _ := d.bounds(d.sentOf[pm.i])
	first := pm.i
	for _, o := range pm.chain {
		first = min(first, o.i)
	}
	k := first - 1
	if k <= start || !d.toks[k].is("with") {
		return ""
	}
	k--
	if d.toks[k].is("later", "also", "then") {
		k--
	}
	if k <= start || !d.toks[k].is("and") {
		return ""
	}
	for q := k - 1; q >= start; q-- {
		c := d.mat(q)
		if c == nil || c.i != q || c.kind != kPerson || len(c.chain) == 0 {
			continue
		}
		b := c.i
		for _, o := range c.chain {
			b = min(b, o.i)
		}
		if b <= start || !d.toks[b-1].is("with") {
			return ""
		}
		for _, o := range c.chain {
			if o.jurExplicit && o.jur != "" {
				return o.jur
			}
		}
		return ""
	}
	return ""
}

// listJurisdiction: a titled person named in a list right after another
// whose post's country is known serves the same government: "accompanied
// by Foreign Minister X, Finance Minister Y and Information Minister Z".
// Envoys and officials of groupings, who serve abroad, tell none.
func (d *doc) listJurisdiction(pm *mention) string {
	start, _ := d.bounds(d.sentOf[pm.i])
	k := pm.i
	for _, o := range pm.chain {
		k = min(k, o.i)
	}
	k--
	sep := false
	if k > start && d.toks[k].is("and") {
		k, sep = k-1, true
	}
	if k > start && d.toks[k].is(",", ";") {
		k, sep = k-1, true
	}
	if !sep {
		return ""
	}
	p := d.mat(k)
	if p == nil || p.kind != kPerson || p.j != k+1 || len(p.chain) == 0 || p.ent == pm.ent {
		return ""
	}
	c := ""
	for o := range p.ent.holds {
		if _, isGrouping := d.x.lex.Grouping(o.jurKey); isGrouping || diplomatRole(o.role) || c != "" && o.jurKey != c {
			return ""
		}
		c = o.jurKey
	}
	return c
}

// personAt is the person a name at token q stands for: its mention, else —
// before references are resolved — the one known person whose name has that
// word ("Ibarra" of "Marta Ibarra Solis").
func (d *doc) personAt(q int) *entity {
	if c := d.mat(q); c != nil {
		if c.kind == kPerson {
			return c.ent
		}
		return nil
	}
	if !d.nameTok(q) {
		return nil
	}
	var found *entity
	for _, p := range d.persons {
		for _, f := range p.forms {
			if hasString(strings.Fields(f), d.toks[q].Text) {
				if found != nil && found != p {
					return nil
				}
				found = p
			}
		}
	}
	return found
}

// heldElsewhere is the post p holds of a country other than jur, the
// first by IRI when there are several, a deputy head of government's rank
// last (a counterpart holds its kind).
func heldElsewhere(p *entity, jur string) *entity {
	var office *entity
	for o := range p.holds {
		if o.jurKey == jur {
			continue
		}
		// "First Deputy Prime Minister and Foreign Minister X … his
		// Ethiopian counterpart": the portfolio, not the deputy's rank
		if office == nil || (o.role == "deputy head of government") == (office.role == "deputy head of government") && o.iri < office.iri ||
			office.role == "deputy head of government" && o.role != "deputy head of government" {
			office = o
		}
	}
	return office
}

// holdCounterpart: "Jaishankar held talks with his Nepalese counterpart
// Narayan Khadka": Khadka holds Nepal's post of the kind Jaishankar holds,
// the one person before him in the sentence holding a post.
func (d *doc) holdCounterpart(pm *mention) {
	start, _ := d.bounds(d.sentOf[pm.i])
	var ref *entity
	for k := pm.i - 1; k >= start && ref == nil; k-- {
		if q := d.mat(k); q != nil && q.kind == kPerson && q.ent != pm.ent && len(q.ent.holds) > 0 {
			ref = q.ent
		}
	}
	role, title := "", ""
	if ref != nil {
		if office := heldElsewhere(ref, pm.counter); office != nil {
			role, title = office.role, office.name
		}
	} else {
		// "the Angolan Head of State … was received by the Ivorian
		// counterpart X": a title of another country before, held by no
		// name
		for k := pm.i - 1; k >= start; k-- {
			q := d.mat(k)
			if q == nil || q.i != k || q.kind != kOffice || q.jur == pm.counter || q.former {
				continue
			}
			// "the prime minister wrote to his Chinese counterpart X":
			// a title whose country is not yet known is of the kind
			// its generic row says
			if r := d.officeRow(d.titleForm(q), q.jur); q.jur != "" && r != nil {
				role, title = r.Role, r.Title
			} else if q.jur == "" {
				role, title = d.roleOf(q), ""
			}
			break
		}
		// else the last one holding a post in the two sentences before
		// ("The President, A, landed in Abidjan. … the Head of State …
		// was received by the Ivorian counterpart X")
		for k := start - 1; role == "" && k >= 0 && d.sentOf[k] >= d.sentOf[pm.i]-2; k-- {
			q := d.mat(k)
			if q == nil || q.i != k || q.kind != kPerson || q.ent == pm.ent {
				continue
			}
			if office := heldElsewhere(q.ent, pm.counter); office != nil {
				role, title = office.role, office.name
			}
		}
	}
	if role == "" {
		return
	}
	row := d.roleRow(role, title, pm.counter)
	if row == nil {
		return
	}
	o := &mention{i: pm.i - 1, j: pm.i, kind: kOffice, form: row.Forms[0], jur: pm.counter, jurExplicit: true, phraseEnd: pm.i}
	d.hold(pm.ent, o)
}

// holdBareTitle: "Secretary Blinken", "Minister Amorim": a word of
// titles alone in front of the name of a country's foreign minister on
// the article's day (leaders.tsv) is that post, when the country's title
// for it has the word (GUIDELINES 2: world knowledge completes a title
// the text gives).
func (d *doc) holdBareTitle(pm *mention) {
	k := pm.i - 1
	if k < 0 || d.mat(k) != nil || !titleWords[d.toks[k].Text] || d.sentOf[k] != d.sentOf[pm.i] {
		return
	}
	word := d.toks[k].Text
	rowOf := func(j string) *lexicon.Office {
		if r := d.roleRow("foreign minister", "", j); r != nil && hasString(strings.Fields(r.Title), word) {
			return r
		}
		return nil
	}
	j, _ := d.leaderRow(pm.ent, nil, roleForeignMinister, false, "", rowOf)
	if j == "" || j == "-" {
		return
	}
	row := rowOf(j)
	if row == nil {
		return
	}
	o := &mention{i: k, j: pm.i, kind: kOffice, form: row.Forms[0], jur: j, jurExplicit: true, phraseEnd: pm.i}
	d.hold(pm.ent, o)
}

// roleRow is the title of a role in a jurisdiction: the country's own, else
// the one generic title of that role.
func (d *doc) roleRow(role, title, jur string) *lexicon.Office {
	switch role {
	case "", "minister", "official", "diplomat", "legislator", "military":
		return nil // too many posts of the kind to say which
	}
	var generic, same *lexicon.Office
	n := 0
	for i := range d.x.lex.Offices {
		o := &d.x.lex.Offices[i]
		if o.Role != role {
			continue
		}
		if o.Jurisdiction == jur {
			return o
		}
		if o.Jurisdiction == "*" {
			generic = o
			n++
			if o.Title == title {
				same = o
			}
		}
	}
	if same != nil {
		return same
	}
	if n != 1 {
		return nil
	}
	return generic
}

// hold records that person p holds the office title m names; a former
// holder's or one-to-be's title names the office but gives no holding.
func (d *doc) hold(p *entity, m *mention) {
	written := ""
	if own := d.headsTitle(p, m); own != nil && len(own.Forms) > 0 {
		written, m.form = d.titleForm(m), own.Forms[0]
	}
	e := d.officeEntity(m)
	if e == nil {
		return
	}
	if written != "" {
		e.addAlt(written)
	}
	if d.mat(m.i) != m {
		e.seenIn(d.sentOf[m.i]) // a title read from a plural one, in no mention of its own
	}
	if m.former || notYetTitle(d.titleForm(m)) {
		m.ent = e
		return
	}
	m.ent = e
	m.person = p
	if _, isGrouping := d.x.lex.Grouping(m.jur); p.nation == "" && !isGrouping {
		p.nation = m.jur
	}
	if _, ok := p.holds[e]; !ok {
		p.holds[e] = d.sentOf[m.i]
		if d.holders == nil {
			d.holders = map[*entity][]*entity{}
		}
		d.holders[e] = append(d.holders[e], p)
	}
	p.titles[string(e.iri)] = true
}

// heldJurisdiction: p already holds an office of the title m names ("Chinese
// Ambassador Nong Rong" … "Ambassador Nong"): its jurisdiction.
func (d *doc) heldJurisdiction(p *entity, m *mention) string {
	form := d.titleForm(m)
	best := ""
	for o := range p.holds {
		if row := d.officeRow(form, o.jurKey); row != nil && row.Title == o.name && (best == "" || o.jurKey < best) {
			best = o.jurKey
		}
	}
	return best
}

// contextJurisdiction finds, for a title in front of a name that states
// no jurisdiction, the country it most likely belongs to: a country the
// sentence names as an actor (not the object of "to", "with", "of", …),
// else the country of the dateline ("ISLAMABAD:"), else — for a title only
// some countries have ("Foreign Secretary") — the one of those the article
// names most, else the country of a city the sentence names ("In Kyiv he
// met President Zelenskyy").
func (d *doc) contextJurisdiction(m *mention) string {
	if d.otherBodys(m) {
		return ""
	}
	if g := d.groupingTitleJurisdiction(m); g != "" {
		return g
	}
	if d.bodyTitle(m) {
		return ""
	}
	si := d.sentOf[m.i]
	start, end := d.bounds(si)
	if j := d.delegationLeader(m, start); j != "" {
		return j
	}
	if j := d.visitedHost(m, start); j != "" {
		return j
	}
	// "Ambassador X handed over the rice on behalf of India"
	for k := m.j; k+3 < end; k++ {
		if d.toks[k].is("behalf") && d.toks[k-1].is("on") && d.toks[k+1].is("of") {
			// "on behalf of India", "on behalf of President X and the
			// Government of Malawi": the country the phrase names
			for q := k + 2; q < end && q < k+14 && !d.toks[q].is(",", ";", "while", "whereas", "but"); q++ {
				if c := d.mat(q); c != nil && c.i == q && c.kind == kCountry {
					return d.jurisdictionOf(c)
				}
			}
		}
	}
	best, dist := "", 1<<30
	envoy := d.roleOf(m) == "ambassador"
	// "X will meet his Burmese counterpart": X is not Burmese
	other := d.counterpartJurisdictions(start, end)
	if !envoy && d.roleOf(m) != "diplomat" {
		// "Japanese Ambassador X gave the documents to Minister Y", "US
		// Ambassador X met Minister Y": an envoy deals with the country
		// posted to, not with his own
		other = append(other, d.envoysBefore(m, start)...)
	}
	if envoy && d.dateline != "" && d.postingAfter(m.j, end) == 0 {
		// "COLOMBO: High Commissioner X handed over …": an envoy is filed
		// from where he is posted (unless the title names another post,
		// "ambassador to Washington"), not from home
		other = append(other, d.dateline)
	}
	for _, c := range d.mentionsIn(start, end) {
		// an envoy's sentence names where the envoy serves, not whom for;
		// a country that qualifies a noun ("the Ukraine conflict") acts not;
		// nor one that is another title's own ("received US Secretary of
		// State X")
		if c.kind != kCountry || d.governed(c, start) || envoy || d.qualifiesNoun(c) || d.ownsTitle(c) || hasString(other, d.jurisdictionOf(c)) {
			continue
		}
		dd := c.i - m.i
		if dd < 0 {
			dd = -dd
		}
		if dd < dist {
			best, dist = d.jurisdictionOf(c), dd
		}
	}
	if best != "" {
		return best
	}
	// a national agency's story filed abroad ("YOGYAKARTA, Indonesia
	// (Xinhua)"): a plain title is the dateline country's, one only some
	// countries have ("Foreign Secretary") the agency's if it is theirs
	dateline := d.dateline != "" && !d.wire && !hasString(other, d.dateline)
	if d.home != "" && !hasString(other, d.home) && (!dateline || d.dateline == d.home || d.titleAffinity(m) == d.home) {
		return d.home
	}
	if dateline {
		return d.dateline
	}
	if d.datelineState != "" && !hasString(other, d.datelineState) {
		return d.datelineState
	}
	if j := d.titleAffinity(m); j != "" && !hasString(other, j) {
		return j
	}
	if len(other) > 0 {
		// the counterpart's country is known not to be the holder's: the
		// country the article names most of the others
		counts := map[*entity]int{}
		for e, n := range d.countryCounts() {
			if e.class == schema.Country && !hasString(other, strings.ToLower(e.code)) {
				counts[e] = n
			}
		}
		if e := mostMentioned(counts, nil); e != nil {
			return strings.ToLower(e.code)
		}
		return ""
	}
	for _, c := range d.mentionsIn(start, end) {
		if c.kind == kCity {
			j := strings.ToLower(d.x.lex.Cities[c.ref].Country)
			if d.hostTitled(m, start, end, j) {
				return "" // "X held talks in Baghdad with Iraqi Prime Minister Y": X the visitor
			}
			return j
		}
	}
	// a leader's title with no country anywhere near: the country the
	// story leads with as its actor ("India has decided to send relief
	// … The decision was taken by Prime Minister X"); news names a
	// foreign leader's country, not its own
	if r := d.roleOf(m); r != "ambassador" && r != "diplomat" && r != "spokesperson" {
		if j := d.leadActor(); j != "" {
			return j
		}
	}
	// a story that names one country only is about that country's
	// posts ("the country's new foreign minister … X as minister of
	// commerce"), wherever it was published
	if j := d.onlyCountry(); j != "" {
		return j
	}
	// else the country of the site that published it: a national
	// outlet names its own leaders without their country (where it
	// names countries, one of them: a story that names only others is of
	// their posts)
	others := false
	for e := range d.countryCounts() {
		if e.class == schema.Country {
			if strings.ToLower(e.code) == d.site {
				return d.site
			}
			others = true
		}
	}
	if others {
		return ""
	}
	return d.site
}

// namesCountryWith: a sentence that names person p also names a country,
// by name or demonym.
func (d *doc) namesCountryWith(p *entity) bool {
	for _, pm := range d.ments() {
		if pm.kind != kPerson || pm.ent != p {
			continue
		}
		start, end := d.bounds(d.sentOf[pm.i])
		for _, c := range d.mentionsIn(start, end) {
			if c.kind == kCountry || c.kind == kDemonym {
				return true
			}
		}
	}
	return false
}

// otherBodys: the title m follows the possessive of a name that is no
// country's or grouping's: "Oxfam's country director" is another body's
// title (but "the Organisation's Secretary General" is the one the story
// is about).
func (d *doc) otherBodys(m *mention) bool {
	k := m.i - 1
	return k > 0 && d.toks[k].is("'s", "’s") && d.mat(k-1) == nil && !isCommon(d.toks[k-1].Text) && !orgWords[d.toks[k-1].Text]
}

// ownedByBody: the title m is the post of a body the text names and the
// lexicon does not know, not of a government: "Oxfam's country director",
// "ICRC President X".
func (d *doc) ownedByBody(m *mention) bool {
	return d.otherBodys(m) || d.groupingTitleJurisdiction(m) == "" && d.bodyTitle(m)
}

// envoysBefore are the countries of the envoys (ambassadors and other
// diplomats) named in front of title m in its sentence, from start.
func (d *doc) envoysBefore(m *mention, start int) []string {
	var out []string
	for _, p := range d.mentionsIn(start, m.i) {
		if p.kind != kPerson || p.ent == nil {
			continue
		}
		for o := range p.ent.holds {
			if _, isGrouping := d.x.lex.Grouping(o.jurKey); !isGrouping && (o.role == "ambassador" || o.role == "diplomat") && !hasString(out, o.jurKey) {
				out = append(out, o.jurKey)
			}
		}
	}
	return out
}

// onlyCountry is the one country the article names (by name or
// demonym), or "" when it names none or several.
func (d *doc) onlyCountry() string {
	only := ""
	for e := range d.countryCounts() {
		if e.class != schema.Country {
			continue
		}
		if only != "" {
			return ""
		}
		only = strings.ToLower(e.code)
	}
	return only
}

// bodyTitle: the title stands after the acronym or the head noun of a
// body the lexicon does not know ("ICRC President X", "ANC Chairman Y",
// "the Electoral Commission Chairman"): that body's post, no country's
// that the context might suggest. A post of a region ("UP Chief Minister")
// is still its country's.
func (d *doc) bodyTitle(m *mention) bool {
	k := m.i - 1
	if k < 0 || d.mat(k) != nil || d.sentOf[k] != d.sentOf[m.i] {
		return false
	}
	t := d.toks[k]
	return orgWords[t.Text] || d.roleOf(m) != "official" && isAcronym(t) && honorifics[t.Text] == "" && !titleWords[t.Text]
}

// isAcronym: a word of two capitals or more, without dots ("ICRC").
func isAcronym(t token) bool {
	return t.Kind == tWord && utf8.RuneCountInString(t.Text) >= 2 && strings.ToUpper(t.Text) == t.Text && !strings.Contains(t.Text, ".")
}

// visitedHost: the title is the one a visitor meets ("for talks with
// President X", "will meet (with) Foreign Minister Y", "was received by
// Prime Minister Z") in the country the visitor travels to, arrives in or
// visits, in this sentence or the four before ("will travel to Argentina
// for talks with President X"; "arrived in Angola … will meet with
// President X"): that country.
func (d *doc) visitedHost(m *mention, start int) string {
	k := m.i - 1
	// "held talks with Ms. X, Vice Minister of Commerce": the title in
	// apposition after the one met
	if p := d.mat(k - 1); k-1 > start && d.toks[k].is(",") && p != nil && p.kind == kPerson && p.j == k {
		k = p.i - 1
		for k > start && honorifics[d.toks[k].Text] != "" {
			k--
		}
	}
	return d.visitedHostBefore(k, start, false)
}

// visitedHostBefore: as visitedHost, for the title or role noun right
// after token k ("will meet his counterpart X"); with counterpart, any
// "with" will do ("discussions with his counterpart X"): a counterpart is
// the one met.
func (d *doc) visitedHostBefore(k, start int, counterpart bool) string {
	if k > start && d.toks[k].is("his", "her", "their", "the") {
		k--
	}
	// "talks with President X and Foreign Minister Y": Y as X
	if k-1 > start && d.toks[k].is("and") {
		if p := d.mat(k - 1); p != nil && p.kind == kPerson && p.j == k && len(p.chain) > 0 {
			k = p.i
			for _, o := range p.chain {
				k = min(k, o.i)
			}
			k--
			if k > start && d.toks[k].is("the") {
				k--
			}
		}
	}
	if k <= start {
		return ""
	}
	switch t := d.toks[k]; {
	case t.is("with"):
		// "talks with", "meet with", "a meeting with"
		ok := counterpart
		for q := k - 1; q >= start && q >= k-3; q-- {
			if d.ew(q)&(evMeetVerb|evTalkVerb|evMeetNoun) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return ""
		}
	case t.is("by"):
		if d.ew(k-1)&evMeetVerb == 0 {
			return ""
		}
	case d.ew(k)&evMeetVerb != 0 && !t.capitalised():
	default:
		return ""
	}
	si := d.sentOf[k]
	for s := si; s >= 0 && s >= si-4; s-- {
		b, e := d.bounds(s)
		if s == si {
			e = k
		}
		for q := e - 1; q >= b; q-- {
			// "Y, who is here on a five-day visit, will meet …": the
			// dateline's city
			if q > b && d.toks[q].is("here") && d.toks[q-1].is("is", "are", "was", "were", "arrived", "arrives") && d.hereAt(q) != nil && d.dateline != "" {
				return d.dateline
			}
			c := d.mat(q)
			if c == nil || c.j != q+1 || c.kind != kCountry {
				continue
			}
			p := c.i - 1
			if p >= b && d.toks[p].is("the") {
				p--
			}
			switch {
			case p >= b && d.ew(p)&evVisitVerb != 0 && !d.toks[p].is("visit"):
				return d.jurisdictionOf(c) // "visiting Peru"
			case p-1 >= b && d.toks[p].is("to", "in") && d.ew(p-1)&(evTravelVerb|evArriveVerb|evVisitNoun) != 0 && !d.toks[p-1].is("accompanied", "escorted", "accompanies", "escorts", "accompanying", "escorting"):
				return d.jurisdictionOf(c) // "travel to Argentina", "arrived in Angola"
			}
		}
	}
	return ""
}

// delegationLeader: the title leads a country's delegation, "the
// delegation of (the Republic of) Kenya led by President X", "a team from
// Peru headed by Foreign Minister Y", "the Armenian delegation, led by
// Deputy Foreign Minister Z": that country.
func (d *doc) delegationLeader(m *mention, start int) string {
	k := m.i - 1
	if k-1 < start || !d.toks[k].is("by") || !d.toks[k-1].is("led", "headed") {
		return ""
	}
	k -= 2
	if k >= start && d.toks[k].is(",") {
		k--
	}
	// "the Armenian delegation, led by …", "a Peruvian team headed by …"
	if k > start && d.toks[k].is("delegation", "team", "mission") {
		if c := d.mat(k - 1); c != nil && c.j == k && (c.kind == kDemonym || c.kind == kCountry) {
			return d.jurisdictionOf(c)
		}
		return ""
	}
	c := d.mat(k)
	if c == nil || c.j != k+1 || c.kind != kCountry {
		return ""
	}
	b := c.i - 1
	if b >= start && d.toks[b].is("the") {
		b--
	}
	if b-1 < start || !d.toks[b].is("of", "from") || !d.toks[b-1].is("delegation", "delegations", "team", "mission") {
		return ""
	}
	return d.jurisdictionOf(c)
}

// leadActor is the country the first sentence of the story opens with as
// the subject of its verb ("India has decided …", "Japan on Monday sent
// …"), or "".
func (d *doc) leadActor() string {
	if len(d.sents) == 0 {
		return ""
	}
	start, end := d.bounds(0)
	k := start
	// "Dar es Salaam, Tanzania said …": a dateline written into the prose
	if c := d.mat(k); c != nil && c.i == k && c.kind == kCity && c.j+1 < end && d.toks[c.j].is(",") {
		k = c.j + 1
	}
	if k < end && d.toks[k].is("The", "the", "A", "An") {
		k++
	}
	c := d.mat(k)
	if c == nil || c.i != k || c.j >= end {
		return ""
	}
	if c.kind == kDemonym && k > start {
		// "A Polish aircraft carrying aid has been dispatched to …": the
		// demonym of the subject, before its verb
		for q := c.j; q < end && q < c.j+4; q++ {
			if t := d.tag(q); t == pos.VERB || t == pos.AUX {
				return d.jurisdictionOf(c)
			}
			if d.mat(q) != nil {
				return ""
			}
		}
		return ""
	}
	if c.kind != kCountry {
		return ""
	}
	if t := d.tag(c.j); t != pos.VERB && t != pos.AUX {
		return ""
	}
	return d.jurisdictionOf(c)
}

// hostTitled: a title met "with" after m in sentence [start, end) states
// country j as its own ("talks with Iraqi Prime Minister"): m's holder is
// the one who came to j, not of it.
func (d *doc) hostTitled(m *mention, start, end int, j string) bool {
	for _, o := range d.mentionsIn(start, end) {
		if o == m || o.kind != kOffice || !o.jurExplicit || o.jur != j || o.i <= m.i {
			continue
		}
		k := o.i - 1
		if q := d.mat(k); q != nil && q.kind == kDemonym {
			k = q.i - 1 // "with Iraqi Prime Minister"
		}
		if d.toks[k].is("with") {
			return true
		}
	}
	return false
}

// counterpartJurisdictions are the countries of the counterparts the
// sentence [start, end) names with a possessive: "his Burmese counterpart",
// "her Kenyan and Ugandan counterparts", "their Indian counterparts".
func (d *doc) counterpartJurisdictions(start, end int) []string {
	var out []string
	for r := start + 1; r < end; r++ {
		if !d.toks[r].is("counterpart", "counterparts") {
			continue
		}
		jurs, b := d.countriesBefore(r, start)
		if len(jurs) > 0 && b > start && d.toks[b-1].is("his", "her", "their", "His", "Her", "Their") {
			out = append(out, jurs...)
		}
	}
	return out
}

// countriesBefore reads the countries or peoples listed right before token
// r ("Kenyan and Ugandan", "Brazilian, Paraguayan and Chilean"), at most
// six, in text order, with the token where the list begins.
func (d *doc) countriesBefore(r, start int) ([]string, int) {
	var jurs []string
	b := r
	for k := r; k > start && len(jurs) < 6; k-- {
		c := d.mat(k - 1)
		if c == nil || c.j != k || c.kind != kDemonym && c.kind != kCountry {
			break
		}
		jurs = append([]string{d.jurisdictionOf(c)}, jurs...)
		b, k = c.i, c.i
		if k-1 <= start || !d.toks[k-1].is(",", "and") {
			break
		}
	}
	return jurs, b
}

// groupingTitleJurisdiction: a title only organisations have ("Secretary
// General", "Executive Director") belongs to the organisation that has it
// and that the article names most ("the Organisation's Secretary General
// Terry Davis" in a story about the Council of Europe).
func (d *doc) groupingTitleJurisdiction(m *mention) string {
	form := lowerKey(d.titleForm(m))
	rows := d.x.officeRows[form]
	if len(rows) == 0 {
		return ""
	}
	for _, r := range rows {
		switch j := d.x.lex.Offices[r].Jurisdiction; {
		case j == "*":
			return "" // a country's title too
		case j == "@":
		default:
			if _, ok := d.x.lex.Grouping(j); !ok {
				return ""
			}
		}
	}
	counts := map[string]int{}
	first := map[string]int{}
	for k, g := range d.ments() {
		if g.kind != kGrouping {
			continue
		}
		slug := d.x.lex.Groupings[g.ref].Slug
		// an organisation that has the title by name, not as any
		// organisation has a director
		if r := d.officeRow(form, slug); r == nil || r.Jurisdiction != slug || !hasString(r.Forms, form) {
			continue // (not "chief" read as any organisation's head)
		}
		if _, ok := first[slug]; !ok {
			first[slug] = k
		}
		counts[slug]++
	}
	best := ""
	for slug, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && first[slug] < first[best] {
			best = slug
		}
	}
	return best
}

// ownsTitle: the country mention stands in front of a title as its
// jurisdiction ("US Secretary of State", "India's envoy").
func (d *doc) ownsTitle(c *mention) bool {
	k := c.j
	if k < len(d.toks) && d.toks[k].is("'s", "’s") {
		k++
	}
	o := d.mat(k)
	if o != nil && o.i == k && o.kind == kOffice && o.jurLeft {
		return true
	}
	// "the US Embassy in Kenya Chargé d'Affaires": the title of the
	// country's body
	for _, o := range d.mentionsIn(c.j, min(c.j+8, len(d.toks))) {
		if o.kind == kOffice && o.jurExplicit && d.bodyInFront(o.i-1, c.i) != "" {
			return true
		}
	}
	return false
}

// articleJurisdiction: the article names the same title elsewhere with its
// jurisdiction stated, in one jurisdiction only, and nobody holds it there
// ("The Saudi foreign minister said …" … "Foreign Minister Prince
// Faisal"): that jurisdiction. explicit maps the office rows of such
// titles to their jurisdiction ("" when there are several).
func (d *doc) articleJurisdiction(m *mention, explicit map[*lexicon.Office]string) string {
	form := d.titleForm(m)
	found := ""
	for row, jur := range explicit {
		if jur == "" || d.officeRow(form, jur) != row {
			continue
		}
		if found != "" && found != jur {
			return ""
		}
		found = jur
	}
	return found
}

// explicitTitles maps the office row of each title stated with its
// jurisdiction and held by no one in the text to that jurisdiction, or to
// "" when the row is stated for several.
func (d *doc) explicitTitles(held map[*mention]bool) map[*lexicon.Office]string {
	out := map[*lexicon.Office]string{}
	// the offices someone holds by a title with its jurisdiction: "the
	// Brazilian leader" after "Brazilian President Lula" is Lula again,
	// and says nothing of whose "President" another name is
	taken := map[*lexicon.Office]bool{}
	for _, o := range d.ments() {
		if o.kind == kOffice && o.jurExplicit && o.jur != "" && held[o] && o.phrase == "" {
			if row := d.officeRow(d.text(o.i, o.j), o.jur); row != nil {
				taken[row] = true
			}
		}
	}
	for _, o := range d.ments() {
		if o.kind != kOffice || !o.jurExplicit || o.jur == "" || held[o] {
			continue
		}
		if o.phrase != "" {
			continue
		}
		row := d.officeRow(d.text(o.i, o.j), o.jur)
		if row == nil || taken[row] {
			continue
		}
		if j, seen := out[row]; seen && j != o.jur {
			out[row] = ""
		} else {
			out[row] = o.jur
		}
	}
	return out
}

// qualifiesNoun: the country name stands before a common noun it
// qualifies ("the Ukraine conflict", "India-US ties"), but not a visit
// ("his US visit"), which says where its person is from.
func (d *doc) qualifiesNoun(c *mention) bool {
	if c.j >= len(d.toks) {
		return false
	}
	t := d.toks[c.j]
	if t.Kind != tWord || t.capitalised() || auxWords[t.Low] || personVerbs[t.Low] || attributionVerbs[t.Text] ||
		sendVerbs[t.Text] || receiveVerbs[t.Text] || strings.HasSuffix(t.Low, "ed") {
		return false // a verb: the country acts
	}
	switch t.Low {
	case "visit", "trip", "tour":
		// "President X's US visit": where the visitor goes
		p := c.i - 1
		return p >= 0 && d.toks[p].is("'s", "’s", "his", "her", "their")
	case "and", "or", "on", "in", "at", "for", "to", "with", "from", "by", "as", "has", "have", "had", "is", "was", "will":
		return false
	}
	return true
}

// roleOf is the role category of a title's generic row, or of its first.
func (d *doc) roleOf(m *mention) string {
	role := ""
	for _, r := range d.x.officeRows[lowerKey(d.titleForm(m))] {
		o := &d.x.lex.Offices[r]
		if o.Jurisdiction == "*" || role == "" {
			role = o.Role
		}
	}
	return role
}

// governed: the mention is the object of a preposition, itself or as a
// member of a list ("to Taiwan, Indonesia and Vietnam").
func (d *doc) governed(c *mention, start int) bool {
	k := d.placeBefore(c, start)
	for k >= start {
		t := d.toks[k]
		switch {
		case t.is("the", "The", ",", "and", "&"):
			k--
			continue
		case d.mat(k) != nil && d.mat(k).j == k+1 && (d.mat(k).kind == kCountry || d.mat(k).kind == kDemonym):
			k = d.mat(k).i - 1
			continue
		case t.is("(") && k-1 >= start && d.mat(k-1) != nil && d.mat(k-1).j == k && d.mat(k-1).kind == kCountry:
			// "from the United Arab Emirates (UAE)": the short name in
			// brackets is the same object
			k = d.mat(k-1).i - 1
			continue
		}
		// "Foreign Minister X visited Fiji": the place visited; "President
		// X thanked Japan": another party
		return otherPartyVerbs[t.Low] || d.ew(k)&(evMeetVerb|evInvite) != 0 && !t.capitalised() || t.is("to", "into", "towards", "from", "with", "against", "for", "between", "in", "at", "visit", "by", "of", "In", "At", "From", "With", "For", "To") ||
			d.ew(k)&evVisitVerb != 0 && !t.capitalised()
	}
	return false
}

// placeBefore: the country c closes a place written "PLACE, COUNTRY" ("in
// Bali, Indonesia, the spokesman said"), a city's or a region's name
// before it, the comma between and a stop after: the token before the
// place, whose preposition governs both; else the token before c.
func (d *doc) placeBefore(c *mention, start int) int {
	k := c.i - 1
	if k-1 <= start || !d.toks[k].is(",") || c.j < len(d.toks) && !d.toks[c.j].is(",", ".", ";", ")") {
		return k
	}
	q := k - 1
	for q > start {
		if p := d.mat(q); p != nil && p.j == q+1 && p.kind == kCity {
			q = p.i - 1
			continue
		}
		if d.mat(q) == nil && d.toks[q].Kind == tWord && d.toks[q].capitalised() && !isCommon(d.toks[q].Text) {
			q--
			continue
		}
		break
	}
	if q == k-1 || q < start {
		return k
	}
	return q
}

// titleAffinity: the form is a title of a few countries only; the one of
// them the article names most.
func (d *doc) titleAffinity(m *mention) string {
	form := lowerKey(d.titleForm(m))
	counts := d.countryCounts()
	best, n := "", 0
	specific := 0
	for _, r := range d.x.officeRows[form] {
		if j := d.x.lex.Offices[r].Jurisdiction; j != "*" && j != "@" {
			specific++
		}
	}
	if specific > 3 {
		return "" // a title most countries have says nothing of which
	}
	for _, r := range d.x.officeRows[form] {
		o := &d.x.lex.Offices[r]
		if o.Jurisdiction == "*" || o.Jurisdiction == "@" {
			continue
		}
		e := d.ents[d.x.entKey("country/", strings.ToUpper(o.Jurisdiction))]
		if e != nil && counts[e] > n {
			best, n = o.Jurisdiction, counts[e]
		}
	}
	return best
}

// findDateline reads the place a wire story is filed from: a city at the
// very start of the text, before ":", "-", "(" or "[" ("ISLAMABAD:",
// "TOKYO, July 13 -", "Washington DC [US], May 28 (ANI):").
func (d *doc) findDateline() {
	if len(d.sents) == 0 {
		return
	}
	start, end := d.bounds(0)
	d.findAgency(start, end)
	if d.home == "" && !d.wire {
		d.site = d.siteCountry()
	}
	m := d.mat(start)
	if m != nil && m.i == start && m.kind == kCountry && m.j < end && d.toks[m.j].is(":", "-", "–", "—") {
		// "KUWAIT: His Highness the Amir …": a city-state's name, which
		// the lexicon reads as its country
		d.datelineState = d.jurisdictionOf(m)
		return
	}
	if m == nil || m.i != start || m.kind != kCity {
		// "Dec 9, 2006 (KHARTOUM) —": the place in brackets after the date
		for k := start; k+2 < end && k < start+8; k++ {
			if !d.toks[k].is("(") || !d.toks[k+2].is(")") || d.toks[k].Breaks > 0 {
				continue
			}
			if c := d.mat(k + 1); c != nil && c.i == k+1 && c.j == k+2 && strings.ToUpper(d.toks[k+1].Text) == d.toks[k+1].Text {
				switch c.kind {
				case kCity:
					d.dateline = strings.ToLower(d.x.lex.Cities[c.ref].Country)
				case kCountry:
					d.dateline = d.jurisdictionOf(c)
				}
			}
			return
		}
		return
	}
	if m.j == end && len(d.sents) > 1 {
		// "Islamabad" on a line of its own above the lede
		d.dateline = strings.ToLower(d.x.lex.Cities[m.ref].Country)
		return
	}
	if k := m.j; k+3 < end && d.toks[k].is(",") && d.toks[k+3].capitalised() {
		// "Cairo, Oct 15 A plane …": the date alone ends the dateline
		if _, ok := monthOf(d.toks[k+1]); ok {
			if _, ok := dayNumber(d.toks[k+2].Text); ok {
				d.datelineEnd = k + 3
				return
			}
		}
	}
	for k := m.j; k < end && k < m.j+8; k++ {
		// "MOSCOW, September 25. /TASS/.": the agency between slashes
		if k+2 < end && d.toks[k].is("/") && d.toks[k+1].capitalised() && d.toks[k+2].is("/") {
			d.dateline = strings.ToLower(d.x.lex.Cities[m.ref].Country)
			return
		}
		if d.toks[k].is(":", "-", "–", "—", "(", "[") {
			d.dateline = strings.ToLower(d.x.lex.Cities[m.ref].Country)
			// the dateline runs to its colon or dash: "Washington DC [US], May 28 (ANI):"
			for e := k; e < end && e < m.j+14; e++ {
				if d.toks[e].is(":", "-", "–", "—") {
					d.datelineEnd = e + 1
					break
				}
			}
			if d.datelineEnd == 0 {
				// or to the bracket of its agency that the lede follows:
				// "New Delhi, Mar 12 (PTI) India on Thursday …"
				for e := k; e+1 < end && e < m.j+14; e++ {
					if d.toks[e].is(")", "]") && d.toks[e+1].capitalised() {
						d.datelineEnd = e + 1
						break
					}
				}
			}
			return
		}
	}
}

// siteCountry is the country of the site the article was published on, as
// its domain says: a country-code domain ("thejakartapost.co.id",
// "pna.gov.ph" → Indonesia, the Philippines; not one sold as generic,
// ".tv"), or a US government one (".gov", ".mil"). A national outlet
// names its own country's leaders without the country ("Foreign Minister
// X said"), as a national news agency does.
func (d *doc) siteCountry() string {
	u := d.a.URL
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	labels := strings.Split(strings.ToLower(u), ".")
	if len(labels) < 2 {
		return ""
	}
	tld := labels[len(labels)-1]
	switch {
	case tld == "gov" || tld == "mil":
		return "us"
	case len(tld) != 2 || genericTLDs[tld]:
		return ""
	case tld == "uk":
		tld = "gb"
	}
	if _, ok := d.x.lex.Country(strings.ToUpper(tld)); !ok {
		return ""
	}
	return tld
}

// findAgency reads a national news agency credited at the start of the
// story ("Kathmandu, Nov 6 (PTI)"): its country is the story's home.
func (d *doc) findAgency(start, end int) {
	for k := start; k+2 < end && k < start+16; k++ {
		if !d.toks[k].is("(", "[") || !d.toks[k+2].is(")", "]") {
			continue
		}
		for _, a := range d.x.lex.NewsAgencies {
			if d.toks[k+1].Text == a.Name {
				if a.Country == "*" {
					d.wire = true // an international wire: the dateline is only where
				} else {
					d.home = strings.ToLower(a.Country)
				}
				return
			}
		}
	}
}

// notYetTitle: the title of one who is to take the office: "President-elect",
// "ambassador-designate" (GUIDELINES 2: no holding).
func notYetTitle(form string) bool {
	f := strings.ToLower(form)
	for _, suf := range []string{"-elect", " elect", "-designate", " designate"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

func hasString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// writtenTitle: a title written out in full, capitalised, with its
// portfolio after "of" or "for" ("Minister of Trade and Industry").
func writtenTitle(s string) bool {
	return titleHeads[strings.Fields(s + " .")[0]] && ofPhrase(s)
}

// titleCased capitalises the words of a title written all in lower case,
// but for the function words between them ("minister of trade and
// industry"); a title with a capital anywhere stays as written.
func titleCased(s string) string {
	if strings.ToLower(s) != s {
		return s
	}
	f := strings.Fields(s)
	for i, w := range f {
		if i == 0 || !(w == "of" || w == "for" || w == "and" || w == "the") {
			f[i] = capitalise(w)
		}
	}
	return strings.Join(f, " ")
}

// ofPhrase: s is a title word, "of" or "for", and capitalised words with
// "the", "and", "of", "for" between them.
func ofPhrase(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || !(f[1] == "of" || f[1] == "for") {
		return false
	}
	for _, w := range f[2:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" && w != "the" && w != "of" && w != "for" && w != "," {
			return false
		}
	}
	return true
}

// officeBefore is the jurisdiction of the title nearest before token k in
// its sentence (from start) that has one.
func (d *doc) officeBefore(k, start int) string {
	for n := k - 1; n >= start; n-- {
		if o := d.mat(n); o != nil && o.kind == kOffice && o.i == n && o.jur != "" {
			return o.jur
		}
	}
	return ""
}
