package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// Long titles are written out in full in front of names, as press releases
// do: "Minister of State for African Affairs X", "Governor of the Red Sea
// State X", "Head of the President's Office X", "Director of the SCO
// Regional Anti-Terrorist Structure (SCO RATS) Executive Committee X". No
// lexicon lists them all. A title phrase is a head (a title of the lexicon,
// or a capitalised title word such as "Minister", "Head", "Coordinator")
// followed by "of", "for" or "to" and capitalised words that are not a
// name: ordinary words, the words of organisations' names, countries,
// groupings and regions, with "the", "of", "and" and "'s" between them. It
// ends where a name begins. The phrase is the office's title as written.

// findTitlePhrases extends titles into the phrases they head.
func (d *doc) findTitlePhrases() {
	d.inPhrase = grown(d.inPhrase, len(d.toks))
	for si := range d.sents {
		start, end := d.bounds(si)
		d.pairedPortfolios(start, end)
		d.portfolioTitles(start, end)
		for i := start; i < end; i++ {
			m := d.mat(i)
			headEnd := 0
			switch {
			case m != nil && m.kind == kOffice && m.i == i:
				headEnd = m.j
			case m == nil && titleHeads[d.toks[i].Text]:
				headEnd = i + 1
			case m == nil && d.toks[i].is("minister", "secretary"):
				headEnd = i + 1
			default:
				continue
			}
			e := headEnd
			if m != nil || d.toks[i].capitalised() {
				e = d.titlePhraseEnd(headEnd, end, m != nil && m.kind == kOffice)
			}
			if e <= headEnd && !d.toks[i].capitalised() {
				// "minister of natural resources and environmental conservation"
				e = d.lowerPortfolioEnd(headEnd, end, m != nil)
			}
			// "Deputy Premier for Cabinet Affairs", "the deputy governor
			// of X", "Vice Governor X": the deputy's post, a title the
			// lexicon's does not head, also with no phrase after it
			// (a state's title: not "Deputy Chief Monitor", of an
			// organisation's "chief")
			deputy := m != nil && i > start && d.toks[i-1].is("Deputy", "deputy", "Vice", "vice") && d.mat(i-1) == nil && d.statesTitle(d.titleForm(m))
			if e <= headEnd && !deputy {
				i = headEnd - 1
				continue
			}
			e = max(e, headEnd)
			// the head stays the title's mention; the phrase is its span,
			// and the countries, groupings and places in it stay theirs
			if m == nil {
				m = &mention{i: i, j: headEnd, kind: kOffice, headless: true}
				d.place(m)
			} else if deputy {
				i--
				m = &mention{i: i, j: headEnd, kind: kOffice, headless: true}
				d.place(m)
			}
			m.phraseEnd, m.phrase = e, titleCased(d.text(i, e))
			if deputy {
				m.phrase = capitalise(m.phrase)
			}
			// "Chair of the Pacific Islands Forum (PIF)": the acronym
			// after the title is no part of it
			if o := e - 3; o > headEnd && d.toks[e-1].is(")") && d.toks[o].is("(") {
				m.phrase = d.text(i, o)
			}
			for k := headEnd; k < e; k++ {
				d.inPhrase[k] = true
			}
			i = e - 1
		}
	}
}

// statesTitle: a form of the lexicon is a title of states (a generic one
// or a country's), not only of organisations.
func (d *doc) statesTitle(form string) bool {
	for _, r := range d.x.officeRows[lowerKey(form)] {
		if d.x.lex.Offices[r].Jurisdiction != "@" {
			if _, isGrouping := d.x.lex.Grouping(d.x.lex.Offices[r].Jurisdiction); !isGrouping {
				return true
			}
		}
	}
	return false
}

// lowerPortfolioEnd: where a title written in lower case ends with the
// portfolios after it: "of|for" and lower-case nouns and adjectives joined
// by "and" or commas ("minister of natural resources and environmental
// conservation"), or, after a title of the lexicon (titled), more of them
// ("minister of mining and petroleum"); k when there are none.
func (d *doc) lowerPortfolioEnd(k, end int, titled bool) int {
	j := k
	switch {
	case !titled && j+1 < end && d.toks[j].is("of", "for"):
		j++
	case titled && j+1 < end && d.toks[j].is("and", ","):
	default:
		return k
	}
	last := k
	for j < end {
		t := d.toks[j]
		if t.is("and", ",") && j+1 < end && d.lowerPortfolioWord(j+1) {
			j++
			continue
		}
		if !d.lowerPortfolioWord(j) {
			break
		}
		j++
		last = j
	}
	return last
}

// lowerPortfolioWord: the word at k, in lower case, can name a portfolio:
// an English noun or adjective, or a topic's or item's word.
func (d *doc) lowerPortfolioWord(k int) bool {
	t := d.toks[k]
	// (not the head of the next title: "minister of home affairs and
	// minister of border affairs")
	if t.Kind != tWord || t.capitalised() || notTitleWords[t.Low] || verbs[t.Low] && !nouns[t.Low] || !d.portfolioMention(k) || t.is("minister", "secretary") {
		return false
	}
	return d.mat(k) != nil || portfolioNouns[t.Low] || nominal(t.Low)
}

// nominal: a lower-case word an English noun's ending makes one, where
// the word lists do not have it ("resettlement", "irrigation").
func nominal(low string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ity", "ness", "ship"} {
		if stem, ok := strings.CutSuffix(low, suf); ok && len(stem) >= 4 {
			return true
		}
	}
	return false
}

// pairedPortfolios reads a title whose head has two portfolios joined by
// "and" before it ("trade and investment minister", "Health and Family
// Welfare Minister"): the title of the first portfolio ("trade minister")
// as written.
func (d *doc) pairedPortfolios(start, end int) {
	for i := start; i+3 < end; i++ {
		if !d.toks[i+1].is("and") || !d.portfolioMention(i) || d.toks[i].Kind != tWord {
			continue
		}
		for h := i + 3; h < end && h <= i+4; h++ {
			head := d.toks[h]
			if !head.is("minister", "Minister", "secretary", "Secretary") || d.mat(h) != nil {
				continue
			}
			form := d.toks[i].Low + " " + head.Low
			if _, ok := d.x.officeRows[form]; !ok {
				break
			}
			// the second portfolio: nouns and adjectives written as the
			// first is ("trade and investment", "Trade and Investment")
			ok := true
			for q := i + 2; q < h; q++ {
				t := d.toks[q]
				if t.Kind != tWord || !d.portfolioMention(q) || !portfolioNouns[t.Low] || t.capitalised() != d.toks[i].capitalised() {
					ok = false
				}
			}
			if ok {
				d.place(&mention{i: i, j: h + 1, kind: kOffice, form: form})
				i = h
			}
			break
		}
	}
}

// portfolioTitles reads a minister's or secretary's title whose portfolio
// stands in front of it in capitals, in words the lexicon has no title
// of, before a name: "National Unity Minister X", "Malaysian Rural
// Development Minister X", "International Trade and Industry Minister X",
// "Kenya's Water and Sanitation Minister X". The title is the phrase as
// written (as "Minister of National Unity" is read); its country comes as
// any title's does, from a demonym or possessive in front or the context.
func (d *doc) portfolioTitles(start, end int) {
	for h := start + 1; h+1 < end; h++ {
		if !d.toks[h].is("Minister", "Secretary") {
			continue
		}
		// the name, after any forms of address ("Datuk Seri")
		n := h + 1
		for n < end && n < h+4 && (titleWords[d.toks[n].Text] || honorifics[d.toks[n].Text] != "") {
			n++
		}
		if n >= end || !d.nameTok(n) || d.nameRun(n, end)-n < 2 {
			continue
		}
		// the portfolio's words the lexicon's title leaves out: all of
		// them after a bare head, those in front of a title it knows
		// ("Rural" of "Development Minister")
		q := h
		if m := d.mat(h); m != nil {
			if m.kind != kOffice || m.j != h+1 || m.phrase != "" {
				continue
			}
			q = m.i
		}
		i := q
		for i > start && (d.toks[i-1].is("and", "&") && i-1 > start && d.portfolioTitleWord(i-2) || d.portfolioTitleWord(i-1)) {
			i--
		}
		for i < q && d.toks[i].is("and", "&") {
			i++
		}
		// a capitalised word before it would be of another name ("Acme
		// Development Minister" is none of this); after "and" the
		// portfolio begins further back, in words of another kind ("EAC
		// and Regional Affairs Principal Secretary")
		if i == q || i > start && d.toks[i-1].Kind == tWord && d.toks[i-1].capitalised() && d.mat(i-1) == nil || i-1 > start && d.toks[i-1].is("and", "&") && d.bodyAt(i-2) {
			continue
		}
		d.place(&mention{i: i, j: h + 1, kind: kOffice, headless: true, phrase: d.text(i, h+1), phraseEnd: h + 1})
	}
}

// bodyAt: token k ends the name of a country, grouping, agency or region.
func (d *doc) bodyAt(k int) bool {
	m := d.mat(k)
	return m != nil && m.j == k+1 && (m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping || m.kind == kAgency || m.kind == kRegion)
}

// portfolioTitleWord: the word at k is a portfolio's in front of a title:
// capitalised, a noun or adjective of English or a topic's ("Unity",
// "Rural", "Trade"), not a word of time, rank or office ("Acting",
// "Former", "Deputy").
func (d *doc) portfolioTitleWord(k int) bool {
	t := d.toks[k]
	if t.Kind != tWord || !t.capitalised() || !d.portfolioMention(k) || calendarWord(t) {
		return false
	}
	low := strings.ToLower(t.Text)
	if titleWords[t.Text] || titleHeads[t.Text] || notTitleWords[low] || appositionModifiers[low] || pastWords[low] || d.startsTitle(k) {
		return false
	}
	// "Lands", "Fisheries" are of "land", "fishery"
	return d.mat(k) != nil || portfolioNouns[low] || portfolioNouns[singular(low)] || nominal(low)
}

// portfolioMention: token k is in no mention, or in a topic's or item's
// only ("trade", "health"), as a portfolio's word may be.
func (d *doc) portfolioMention(k int) bool {
	m := d.mat(k)
	return m == nil || m.kind == kTopic || m.kind == kItem || m.kind == kUnit
}

// titlePhraseEnd: where the phrase that the title ending at k heads ends;
// k when it heads none. "of (the) COUNTRY" alone is the title's
// jurisdiction, not part of it. After a title of the lexicon (titled),
// the phrase may also add portfolios ("Minister of Trade and Industry",
// "Minister of Foreign Affairs and International Cooperation") or say
// where the post is ("Minister of State at the Ministry of Foreign
// Affairs").
func (d *doc) titlePhraseEnd(k, end int, titled bool) int {
	if k+1 >= end {
		return k
	}
	// "Defence Attaché of the British High Commission": the government
	// body of a country names the title's jurisdiction, not a title
	if titled && d.toks[k].is("of") {
		if j, _ := d.ministryOf(k, end); j != "" {
			return k
		}
	}
	j := k + 1
	switch {
	case d.toks[k].is("of", "for", "to"):
	case titled && d.portfolioWord(k) && d.portfolioRunsOn(k):
		// "Minister of Interior Relations, Justice and Peace": a title
		// of the lexicon with its "of" goes on with the portfolio
		j = k
	case titled && d.portfolioGoesOn(k, end):
		// "Minister for Water Resources A B": the lexicon's title ends in
		// "Water"; the ordinary noun after it is the portfolio's, not the
		// name's
		j = k
	case titled && d.toks[k].is("and") && d.portfolioWord(k+1) && !d.startsTitle(k+1):
		// (not "Prime Minister and Chair of X": two titles)
	case titled && d.toks[k].is(",") && d.portfolioList(k, end):
	case titled && k+2 < end && d.toks[k].is("at") && d.toks[k+1].is("the") && governmentBodies[d.toks[k+2].Text]:
	case titled && d.toks[k].is("on") && d.portfolioWord(k+1):
		// "Special Assistant to the Prime Minister on Petroleum": the
		// brief the adviser's title names
	default:
		return k
	}
	last := k       // the end of the phrase so far
	cuts := []int{} // ends after which a name may begin
	content := 0    // capitalised words that are not a jurisdiction
	grouping := false
	for j < end && j < k+20 {
		t := d.toks[j]
		m := d.mat(j)
		switch {
		case t.is(",") && content > 0 && d.portfolioList(j, end):
			// "Minister of Land, Environment and Rural Development"
			j++
			continue
		case t.is("the", "of", "for", "and", "'s", "’s", "on", "in") && j+1 < end:
			if t.is("and") && d.startsTitle(j+1) {
				goto done // "Chairman of the Executive Committee and Executive Secretary …"
			}
			j++
			continue
		case t.is("The") && j+1 < end && d.mat(j+1) != nil && d.mat(j+1).i == j+1 && d.mat(j+1).kind == kCountry:
			j++ // "of the Republic of The Gambia"
			continue
		case t.is("(") && j+2 < end && d.toks[j+2].is(")") && strings.ToUpper(d.toks[j+1].Text) == d.toks[j+1].Text:
			j += 3 // "(SCO RATS)" is one token or more; an acronym
			last = j
			cuts = append(cuts, j)
			continue
		case t.is("(") && j+3 < end && d.toks[j+3].is(")"):
			j += 4
			last = j
			cuts = append(cuts, j)
			continue
		case m != nil && m.i == j && (m.kind == kTopic || m.kind == kItem || m.kind == kUnit) && t.capitalised():
			// "Vice Minister of Foreign Trade"
			content++
			j = m.j
			last = j
			continue
		case m != nil && m.i == j && m.kind == kOffice && m.j+1 < end && (d.toks[m.j].is("'s", "’s") || d.toks[m.j].is("on") && d.portfolioWord(m.j+1)):
			// "Head of the President's Office", "Adviser to the Prime
			// Minister on Commerce"
			content++
			j = m.j
			continue
		case m != nil && m.i == j && (m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping || m.kind == kRegion || m.kind == kCity || m.kind == kAgency):
			// a country, grouping or city alone is the title's
			// jurisdiction or posting ("to Khartoum"), not part of its name
			if m.j < end && d.startsTitle(m.j) {
				goto done // "spokesman for the Iraqi Prime Minister": another title's
			}
			if m.kind == kRegion || m.kind == kDemonym {
				content++ // "Undersecretary for North America"
			}
			grouping = grouping || m.kind == kGrouping
			if m.kind == kCountry {
				// "President of the Federal Republic of Nigeria": the
				// state's formal name is the jurisdiction
				content -= d.polityBefore(m.i, k)
			}
			j = m.j
			last = j
			cuts = append(cuts, j)
			continue
		case m == nil && d.toks[j-1].is(",", "and") && d.portfolioPeople(j) > j:
			// "…, African Cooperation and …": the adjective of a list's item
			content++
			j++
			continue
		case m == nil && t.Kind == tWord && t.capitalised() && (d.phraseWord(t) || d.portfolioNoun(j, end)):
			content++
			j++
			last = j
			if orgWords[t.Text] || notNames[t.Text] || majesty[t.Text] {
				cuts = append(cuts, j)
			}
			continue
		case m == nil && t.Kind == tWord && t.capitalised() && j+1 < end && d.mat(j+1) == nil && d.toks[j+1].capitalised() && d.phraseWord(d.toks[j+1]) && !titleHeads[d.toks[j+1].Text] &&
			(d.toks[j-1].Kind != tWord || d.toks[j-1].is("the", "of", "for", "and", "on", "in")):
			// a proper adjective before an ordinary word: "African Affairs",
			// "Red Sea State"; it opens a part of the phrase, and does not
			// follow a word of one ("… of Culture and Tourism Serdar Cam":
			// a name)
			content++
			j++
			continue
		}
		break
	}
done:
	// a title word the lexicon has no office for, of a grouping: "Chair
	// of the Pacific Islands Forum" is the title as written
	if content == 0 && (titled || !grouping) {
		return k
	}
	// a name follows the phrase: cut where it leaves the name two words
	// or more ("… Secretariat Gong Jianwei", where "Gong" is a word too)
	if d.nameRun(last, end)-last == 1 && last+1 < end && !d.toks[last+1].capitalised() {
		for n := len(cuts) - 1; n >= 0; n-- {
			if c := cuts[n]; c < last && d.nameRun(c, end)-c >= 2 {
				return c
			}
		}
	}
	return last
}

// portfolioRunsOn: the title of the lexicon ending at k is written with
// its "of" or "for" ("Minister of Interior"), and the capitalised word at k
// goes on with its portfolio, up to a list's comma or "and" ("Relations,
// Justice and Peace").
func (d *doc) portfolioRunsOn(k int) bool {
	o := d.mat(k - 1)
	if o == nil || o.kind != kOffice || o.j != k || !ofPhrase(d.text(o.i, o.j)) || k+1 >= len(d.toks) {
		return false
	}
	return d.toks[k+1].is(",") && d.portfolioList(k+1, len(d.toks)) || d.toks[k+1].is("and") && d.portfolioWord(k+2)
}

// portfolioGoesOn: the title of the lexicon ending at k is written with its
// "of" or "for" ("Minister for Water"), and the capitalised word at k is an
// ordinary noun of no name with a name of two words or more after it
// ("Resources A B"): the noun goes on with the portfolio.
func (d *doc) portfolioGoesOn(k, end int) bool {
	o := d.mat(k - 1)
	if o == nil || o.kind != kOffice || o.j != k || !ofPhrase(d.text(o.i, o.j)) || k+2 >= end {
		return false
	}
	t := d.toks[k]
	if t.Kind != tWord || !t.capitalised() || d.mat(k) != nil || !portfolioNouns[t.Low] || !isCommon(t.Text) || d.startsTitle(k) || d.nameTok(k) && !commonLead(t.Text) {
		return false
	}
	return d.nameRun(k+1, end)-(k+1) >= 2
}

// polityBefore counts the words of a state's formal name ("Federal
// Republic") standing before "of (the)" and the country at c, after k.
func (d *doc) polityBefore(c, k int) int {
	b := c - 1
	if b > k && d.toks[b].is("the", "The") {
		b--
	}
	if b <= k || !d.toks[b].is("of") {
		return 0
	}
	n := 0
	for b--; b > k && polityWords[d.toks[b].Text] && d.mat(b) == nil; b-- {
		n++
	}
	return n
}

// phraseWord: a capitalised word a title phrase is made of.
func (d *doc) phraseWord(t token) bool {
	if titleWords[t.Text] && !majesty[t.Text] {
		return false // "Dr." stands before the name, not in the title
	}
	if calendarWord(t) {
		return false // "Ambassador to Chile on Monday"
	}
	if low := strings.ToLower(t.Text); notTitleWords[low] && !notNames[t.Text] {
		return false
	}
	if isCommon(t.Text) || orgWords[t.Text] || majesty[t.Text] || titleHeads[t.Text] {
		return true
	}
	return notNames[t.Text] && !t.is("The", "A", "An")
}

// startsTitle: token k begins a title.
func (d *doc) startsTitle(k int) bool {
	if m := d.mat(k); m != nil && m.kind == kOffice && m.i == k {
		return true
	}
	return titleHeads[d.toks[k].Text]
}

// titleForm is the lexicon form of a title mention: the title itself, or
// the head of a title phrase.
func (d *doc) titleForm(m *mention) string {
	if m.form != "" {
		return m.form
	}
	// a title broken over two lines ("the President of the\nRepublic")
	// is the title of one line
	if s := d.text(m.i, m.j); strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		return strings.Join(strings.Fields(s), " ")
	}
	return d.text(m.i, m.j)
}

// pluralTitles reads a plural title in front of a list of names, each
// with its country in brackets or not: "Presidents Ismail Guelleh
// (Djibouti), Uhuru Kenyatta (Kenya) and …", "Foreign Ministers A and B":
// each name holds the title.
func (d *doc) pluralTitles(si int) {
	start, end := d.bounds(si)
	for k := start; k < end; k++ {
		t := d.toks[k]
		if t.Kind != tWord || !strings.HasSuffix(t.Low, "s") || len(t.Low) < 4 || d.mat(k) != nil {
			continue
		}
		sing := singular(t.Low) // "Secretaries": Secretary
		i := k                  // the title's first token
		form := ""
		if _, ok := d.x.officeRows[sing]; ok {
			form = sing
		}
		if k > start && d.mat(k-1) == nil {
			two := d.toks[k-1].Low + " " + sing
			if _, ok := d.x.officeRows[two]; ok {
				form, i = two, k-1
			}
		}
		if form == "" {
			continue
		}
		// "Ambassadors Extraordinary and Plenipotentiary": the plural
		// of a title of more words
		for n := min(3, end-k-1); n >= 1; n-- {
			if long := form + " " + lowerKey(d.text(k+1, k+n+1)); len(d.x.officeRows[long]) > 0 {
				form, k = long, k+n
				break
			}
		}
		if k+1 < end && d.toks[k+1].is("of") {
			k = d.pairedTitles(i, k, form, end)
			continue
		}
		// "Russian and French Foreign Ministers met": the peoples listed
		// in front name one office each, or give the names after it
		// their countries in turn
		peoples := d.peoplesBefore(i, start)
		if len(peoples) >= 2 && (k+1 >= end || !d.nameTok(k+1)) {
			d.titlesOfCountries(i, k, form, peoples)
			continue
		}
		if k+1 >= end {
			continue
		}
		n := k + 1
		if !d.nameTok(n) {
			// "ambassadors from the three countries were A (Malawi), B
			// (Zimbabwe) and C (Mozambique)": the list after a copula
			n = d.copulaList(k+1, end)
			if n < 0 {
				n = d.colonList(k+1, end)
			}
			if n < 0 {
				continue
			}
		}
		var listed []*mention // the titles of names with no country of their own
		for items := 0; n < end && items < 30; items++ {
			// "Burkina Faso's Blaise Compaore": the country in front
			owner := ""
			if c := d.possessiveCountry(n, end); c != nil {
				owner, n = d.jurisdictionOf(c), c.j+1
			}
			j := d.nameRun(n, end)
			if j == n {
				break
			}
			o := &mention{i: i, j: k + 1, kind: kOffice, form: form, phraseEnd: k + 1}
			if owner != "" {
				o.jur, o.jurExplicit = owner, true
			}
			next := j
			if c := d.mat(j + 1); j+1 < end && d.toks[j].is("(") && c != nil && c.i == j+1 && c.j < end && d.toks[c.j].is(")") && d.jurisdictionOf(c) != "" {
				// "( South Africa)": a country of two words too
				o.jur, o.jurExplicit = d.jurisdictionOf(c), true
				next = c.j + 1
			} else if j+2 < end && d.toks[j].is("(") && d.toks[j+2].is(")") {
				next = j + 3
			} else if c := d.countryAfterFrom(j, end); c != nil && !d.countryFollows(c.j, end) {
				// "Foreign Ministers A of Uruguay and B of Argentina",
				// "Presidents A from Namibia, B (Zambia)", "B from the
				// Netherlands" (not "A and B of Hungary and Sweden":
				// respectively)
				o.jur, o.jurExplicit = d.jurisdictionOf(c), true
				next = c.j
			} else if j+1 < end && d.toks[j].is("from") && d.toks[j+1].capitalised() {
				// "A from Granada": a place the lexicon has as no country
				// ends the item, not the list
				next = max(d.nameRun(j+1, end), j+2)
			}
			// an apposition of the item, whose post is held too: ", the
			// current ECOWAS chairman,"
			chain := []*mention{o}
			after, app := d.appositionEnd(next, end)
			if app != nil {
				app.coord = true
				chain = append(chain, app)
			}
			if j-n >= 2 || d.byKey[schema.PersonKey(d.text(n, j))] != nil {
				d.personMention(nil, n, j, chain, nil, "")
				if o.jur == "" {
					listed = append(listed, o)
				}
			}
			next = after
			// the next item: ", NAME", "and NAME", ", and NAME"
			for next < end && d.toks[next].is(",", "and") {
				next++
			}
			if next == j || next >= end || next == n || !d.nameTok(next) && d.possessiveCountry(next, end) == nil {
				break
			}
			if d.toks[next-1].is(",", "and") {
				n = next
				continue
			}
			break
		}
		if len(peoples) >= 2 && len(listed) == len(peoples) {
			for x, o := range listed {
				o.jur, o.jurExplicit = peoples[x], true
			}
		}
		d.respectively(listed, n, end)
		k = n
	}
}

// peoplesBefore: the tokens before k read a list of two peoples or
// countries or more ("Russian and French", "German, French and
// Italian"): their jurisdictions in order, else nil.
func (d *doc) peoplesBefore(k, start int) []string {
	var jurs []string
	for q := k; q > start; {
		m := d.mat(q - 1)
		if m == nil || m.j != q || m.kind != kDemonym && m.kind != kCountry || d.jurisdictionOf(m) == "" {
			return nil // a joiner with no people before it
		}
		jurs = append(jurs, d.jurisdictionOf(m))
		q = m.i
		// the last joiner is "and", those before it commas
		if q-1 <= start || !d.toks[q-1].is(",") && !(len(jurs) == 1 && d.toks[q-1].is("and")) {
			break
		}
		q--
	}
	if len(jurs) < 2 {
		return nil
	}
	slices.Reverse(jurs)
	return jurs
}

// possessiveCountry: the tokens from k read "COUNTRY's" before a name: the
// country's mention, else nil.
func (d *doc) possessiveCountry(k, end int) *mention {
	c := d.mat(k)
	if c == nil || c.i != k || c.kind != kCountry || c.j+1 >= end || !d.toks[c.j].is("'s", "’s") || !d.nameTok(c.j+1) {
		return nil
	}
	return c
}

// appositionEnd: the tokens from k read ", the|a … TITLE," (an apposition
// naming a post of the name before, with no name in it): the comma that
// closes it and the title; else k and nil.
func (d *doc) appositionEnd(k, end int) (int, *mention) {
	if k+2 >= end || !d.toks[k].is(",") || !d.toks[k+1].is("the", "a", "an") {
		return k, nil
	}
	var title *mention
	for q := k + 2; q < end && q < k+10; q++ {
		m := d.mat(q)
		switch {
		case d.toks[q].is(","):
			if title != nil {
				return q, title
			}
			return k, nil
		case m != nil && m.kind == kOffice && title == nil:
			title = m
			q = max(m.j, m.phraseEnd) - 1
		case m != nil && m.kind != kPerson && m.kind != kOffice:
			q = m.j - 1
		case d.toks[q].Kind != tWord || d.toks[q].capitalised():
			return k, nil
		}
	}
	return k, nil
}

// countryFollows: a country comes next in a list at k (", Sweden", "and
// Sweden").
func (d *doc) countryFollows(k, end int) bool {
	for k < end && d.toks[k].is(",", "and") {
		k++
	}
	c := d.mat(k)
	return k < end && c != nil && c.i == k && c.kind == kCountry
}

// countryAfterFrom is the country of "of|from (the) COUNTRY" at token j:
// "B from the Netherlands".
func (d *doc) countryAfterFrom(j, end int) *mention {
	if j+1 >= end || !d.toks[j].is("of", "from") {
		return nil
	}
	q := j + 1
	if q+1 < end && d.toks[q].is("the") {
		q++
	}
	if c := d.mat(q); c != nil && c.i == q && c.kind == kCountry {
		return c
	}
	return nil
}

// copulaList: the plural title's phrase from k runs in lower-case words
// and countries to "were", "are" or "included" with a name right after,
// and each name of the list after it gives its country in brackets
// ("ambassadors from the three countries were A (Malawi), B (Zimbabwe)"):
// where the list begins, else -1.
func (d *doc) copulaList(k, end int) int {
	for q := k; q < end && q < k+8; q++ {
		t := d.toks[q]
		if t.is("were", "are", "included", "include", "includes") {
			if q+2 < end && d.toks[q+1].is(":") {
				q++ // "The ambassadors include: A from Mali, …"
			}
			if d.countryItem(q+1, end) {
				return q + 1
			}
			return -1
		}
		if m := d.mat(q); m != nil && m.kind == kCountry {
			q = m.j - 1
			continue
		}
		if t.Kind != tWord && t.Kind != tNum || t.capitalised() {
			return -1
		}
	}
	return -1
}

// countryItem: the tokens from q read a name of two words or more and its
// country, "A (Malawi)" or "A from|of Latvia": the first of a list of
// envoys.
func (d *doc) countryItem(q, end int) bool {
	if q >= end || !d.nameTok(q) {
		return false
	}
	j := d.nameRun(q, end)
	if j-q < 2 {
		return false
	}
	if j+2 < end && d.toks[j].is("(") {
		c := d.mat(j + 1)
		return c != nil && c.i == j+1 && c.kind == kCountry && d.toks[c.j].is(")")
	}
	return d.countryAfterFrom(j, end) != nil // "A from Latvia, B from Myanmar"
}

// colonList: the clause from k, after a plural title, ends in a colon
// that a list of names with their countries follows ("The following
// Ambassadors will be the guests of the President: A of Syria, B of
// Tunisia, …"): where the list begins, else -1.
func (d *doc) colonList(k, end int) int {
	for q := k; q < end && q < k+20; q++ {
		if d.toks[q].is(";", ".", "(") || d.mat(q) != nil && d.mat(q).kind == kPerson {
			return -1
		}
		if d.toks[q].is(":") {
			if d.countryItem(q+1, end) {
				return q + 1
			}
			return -1
		}
	}
	return -1
}

// pairedTitles: a plural title over country, name pairs: "the presidents
// of Chile, A, Peru, B, and Bolivia, C" — each name holds the title of
// the country before it. [i, k] is the title; it returns the last token
// read.
func (d *doc) pairedTitles(i, k int, form string, end int) int {
	type pair struct {
		jur  string
		a, b int
	}
	var pairs []pair
	q := k + 2
	countries := 0
	for q < end && len(pairs) < 12 {
		if d.toks[q].is("the") {
			q++
		}
		c := d.mat(q)
		jur, e := "", -1
		if c != nil && c.i == q && c.kind == kCountry {
			jur, e = d.jurisdictionOf(c), c.j
		} else if len(pairs) == 0 {
			// "the ambassadors of the Order of Malta, A; Egypt, B; …": a
			// first item the lexicon does not know as a country names
			// its holder but gives the title no country
			e = d.capitalRun(q, end)
		}
		if e <= q || e+1 >= end || !d.toks[e].is(",") || !d.nameTok(e+1) {
			break
		}
		a := e + 1
		b := d.nameRun(a, end)
		if b-a < 2 {
			break
		}
		if jur != "" {
			countries++
		}
		pairs = append(pairs, pair{jur, a, b})
		q = b
		// the items part with "," or ";": "Chile, A, Peru, B, and
		// Bolivia, C"; "Egypt, A; Kenya, B, and Peru, C"
		if q < end && d.toks[q].is(",", ";") {
			q++
		}
		if q < end && d.toks[q].is("and") {
			q++
		}
	}
	if countries < 2 {
		return d.respectiveTitles(i, k, form, end)
	}
	for _, p := range pairs {
		if p.jur == "" {
			d.personMention(nil, p.a, p.b, nil, nil, "")
			continue
		}
		o := &mention{i: i, j: k + 1, kind: kOffice, form: form, phraseEnd: k + 1, jur: p.jur, jurExplicit: true}
		d.personMention(nil, p.a, p.b, []*mention{o}, nil, "")
	}
	return pairs[len(pairs)-1].b
}

// respectiveTitles: a plural title of a list of countries, then the list of
// their holders, "respectively": "the presidents of Bolivia and Guyana –
// A and B, respectively" — each name holds the title of the country in
// the same place. [i, k] is the title; it returns the last token read, or
// k when the tokens do not read so.
func (d *doc) respectiveTitles(i, k int, form string, end int) int {
	var jurs []string
	q := k + 2
	for q < end && len(jurs) < 8 {
		if d.toks[q].is("the") {
			q++
		}
		c := d.mat(q)
		if c == nil || c.i != q || c.kind != kCountry {
			break
		}
		jurs = append(jurs, d.jurisdictionOf(c))
		q = c.j
		if q+1 < end && d.toks[q].is(",", "and") && !d.nameTok(q+1) {
			q++
			if d.toks[q].is("and") {
				q++
			}
			continue
		}
		break
	}
	if len(jurs) < 2 {
		return k
	}
	if q+1 >= end || !d.toks[q].is("–", "—", "-", ",", ":", "(") {
		d.titlesOfCountries(i, k, form, jurs)
		return k
	}
	q++
	var names [][2]int
	for q < end && len(names) < len(jurs) {
		b := d.nameRun(q, end)
		if b-q < 2 {
			return k
		}
		names = append(names, [2]int{q, b})
		q = b
		if q < end && d.toks[q].is(",") {
			q++
		}
		if q < end && d.toks[q].is("and") {
			q++
		}
	}
	// "…, respectively", or the names' list ends the clause: "the
	// presidents of Russia and Belarus, A B and C D, signed"
	if len(names) != len(jurs) || q >= end || !d.toks[q].is("respectively") && !(d.toks[q-1].is(",") || d.toks[q].is(".", ";", "–", "—", ")")) {
		return k
	}
	for x, n := range names {
		o := &mention{i: i, j: k + 1, kind: kOffice, form: form, phraseEnd: k + 1, jur: jurs[x], jurExplicit: true}
		d.personMention(nil, n[0], n[1], []*mention{o}, nil, "")
	}
	return q
}

// titlesOfCountries: a plural title written in capitals over a list of
// countries and no names, "The Presidents of A, B and C are expected to
// attend", names the office of each country. Written in lower case ("the
// foreign ministers of A and B") it speaks of the people, not the posts.
func (d *doc) titlesOfCountries(i, k int, form string, jurs []string) {
	for q := i; q <= k; q++ {
		if !d.toks[q].capitalised() {
			return
		}
	}
	for _, j := range jurs {
		d.unheld = append(d.unheld, &mention{i: i, j: k + 1, kind: kOffice, form: form, phraseEnd: k + 1, jur: j, jurExplicit: true})
	}
}

// capitalRun: the end of a name of a thing at k written in capitals and
// "of" ("Order of Malta", "Holy See"), or k when there is none.
func (d *doc) capitalRun(k, end int) int {
	e := k
	for q := k; q < end && q < k+6; q++ {
		t := d.toks[q]
		if t.Kind == tWord && t.capitalised() && t.Space && d.mat(q) == nil {
			e = q + 1
			continue
		}
		// "Order of Malta": a place after "of" is part of the name
		if m := d.mat(q); m != nil && m.i == q && q > k && d.toks[q-1].is("of") && d.jurisdictionOf(m) != "" {
			e = m.j
			q = m.j - 1
			continue
		}
		if q > k && q+1 < end && t.is("of") {
			continue
		}
		break
	}
	return e
}

// leaderList: a list of leaders whose first item gives the title: "the
// President of Mali, A; B of Ghana; C of Guinea and D of Liberia" — each
// later "NAME of COUNTRY" item holds the same title of its country. The
// items after the first are separated by ";" (or by "," where the first
// was), so a "," in the first item's apposition does not begin one.
func (d *doc) leaderList(si int) {
	start, end := d.bounds(si)
	for k := start; k < end; k++ {
		t := d.mat(k)
		if t == nil || t.i != k || t.kind != kOffice || t.phrase != "" || t.j+1 >= end || !d.toks[t.j].is("of") {
			continue
		}
		q := t.j + 1
		if d.toks[q].is("the") {
			q++
		}
		c := d.mat(q)
		if c == nil || c.i != q || c.kind != kCountry || c.j+1 >= end || !d.toks[c.j].is(",") {
			continue
		}
		pm := d.mat(c.j + 1)
		if pm == nil || pm.i != c.j+1 || pm.kind != kPerson || pm.j >= end {
			continue
		}
		form := d.titleForm(t)
		q = pm.j
		if d.toks[q].is(",") && q+1 < end && d.toks[q+1].is(";") {
			q++
		}
		sep := d.toks[q].Text
		if sep != ";" {
			continue
		}
		type item struct {
			jur  string
			a, b int
		}
		var items []item
		// once ";" has begun the list, a "," may part its items too
		for q < end && len(items) < 12 && (d.toks[q].is(";", "and") || len(items) > 0 && d.toks[q].is(",")) {
			a := q + 1
			if a < end && d.toks[a].is("and") {
				a++
			}
			b := d.nameRun(a, end)
			if b-a < 2 || b+1 >= end || !d.toks[b].is("of") || allCommon(d.toks[a:b]) {
				break
			}
			for x := a; x < b; x++ {
				if d.mat(x) != nil && d.mat(x).kind != kPerson {
					b = a
				}
			}
			r := b + 1
			if r < end && d.toks[r].is("the") {
				r++
			}
			c := d.mat(r)
			if b == a || c == nil || c.i != r || c.kind != kCountry {
				break
			}
			items = append(items, item{d.jurisdictionOf(c), a, b})
			q = c.j
		}
		if len(items) == 0 || q < end && !d.toks[q].is(".", ",", ";") {
			continue
		}
		for _, it := range items {
			if had := d.mat(it.a); had != nil && had.kind == kPerson && len(had.chain) > 0 {
				continue
			}
			o := &mention{i: t.i, j: t.j, kind: kOffice, form: form, phraseEnd: t.j, jur: it.jur, jurExplicit: true}
			d.personMention(nil, it.a, it.b, []*mention{o}, nil, "")
		}
		k = q
	}
}

// respectively: the names of a plural title, then as many countries
// after "of": "Foreign Ministers A and B of Peru and Chile" — each name's
// country in turn. n is the last name's first token.
func (d *doc) respectively(listed []*mention, n, end int) {
	if len(listed) < 2 {
		return
	}
	k := d.nameRun(n, end)
	if k+1 >= end || !d.toks[k].is("of") {
		return
	}
	k++
	var jurs []string
	for k < end && len(jurs) < len(listed) {
		if d.toks[k].is("the") {
			k++
		}
		c := d.mat(k)
		if c == nil || c.i != k || c.kind != kCountry {
			return
		}
		jurs = append(jurs, d.jurisdictionOf(c))
		k = c.j
		if k < end && d.toks[k].is(",") {
			k++
		}
		if k < end && d.toks[k].is("and") {
			k++
		}
	}
	if len(jurs) != len(listed) || k < end && d.mat(k) != nil && d.mat(k).kind == kCountry {
		return
	}
	for x, o := range listed {
		o.jur, o.jurExplicit = jurs[x], true
	}
}

// phraseAlternates are the other ways news writes a title phrase: "Minister
// of Information" is the Information Minister.
func phraseAlternates(phrase string) []string {
	var out []string
	for _, head := range []string{"Minister", "Secretary"} {
		for _, prep := range []string{" of ", " for "} {
			if rest, ok := strings.CutPrefix(phrase, head+prep); ok && !strings.Contains(rest, " of ") && !strings.Contains(rest, " for ") {
				rest = strings.TrimPrefix(rest, "the ")
				out = append(out, rest+" "+head)
			}
		}
	}
	return out
}

// portfolioList: the comma at k goes on with a list of portfolios that
// "and" closes: ", Environment and Rural Development", ", Trade, Industry
// and Tourism". Each item is capitalised words a title is made of; no
// country, grouping or name stands in it.
func (d *doc) portfolioList(k, end int) bool {
	words := 0
	for j := k + 1; j < end && j < k+16; j++ {
		t := d.toks[j]
		switch {
		case t.is("and"):
			return words > 0 && j+1 < end && (d.portfolioWord(j+1) || d.portfolioPeople(j+1) > j+1)
		case t.is(","):
			if words == 0 {
				return false
			}
			words = 0
		case d.portfolioWord(j):
			words++
		default:
			// "…, African Cooperation and Moroccan Expatriates"
			e := d.portfolioPeople(j)
			if e == j {
				return false
			}
			j = e - 1
			words++
		}
	}
	return false
}

// portfolioPeople: a demonym or region at k qualifies the portfolio word
// after it ("Moroccan Expatriates"), or a proper adjective the lexicon
// does not know does inside the list ("African Cooperation and …"):
// where the qualifier ends, else k.
func (d *doc) portfolioPeople(k int) int {
	e := k + 1
	switch m := d.mat(k); {
	case m != nil && m.i == k && (m.kind == kDemonym || m.kind == kRegion):
		e = m.j
	case m == nil && d.toks[k].Kind == tWord && d.toks[k].capitalised() && k+2 < len(d.toks) && d.toks[k+2].is(",", "and"):
	default:
		return k
	}
	if e >= len(d.toks) || !d.portfolioWord(e) {
		return k
	}
	return e
}

// portfolioWord: token k is a capitalised word of a portfolio's name
// ("Industry", "Rural", "Cooperation"), not a title, country or name.
func (d *doc) portfolioWord(k int) bool {
	t := d.toks[k]
	if t.Kind != tWord || !t.capitalised() || d.startsTitle(k) {
		return false
	}
	if m := d.mat(k); m != nil {
		return m.kind == kTopic || m.kind == kItem || m.kind == kUnit
	}
	return d.phraseWord(t) || d.portfolioNoun(k, len(d.toks))
}

// portfolioNouns are the English nouns and adjectives (commonwords.tsv),
// names too: the words a portfolio is named with ("Land", "Cooperation",
// "International"), which a few names share.
var portfolioNouns, portfolioAdjectives map[string]bool // set by loadWords

func portfolioSets(l *lexicon.Lexicon) (map[string]bool, map[string]bool) {
	nouns, adjs := map[string]bool{}, map[string]bool{}
	for _, w := range l.CommonWords {
		if w.POS == "NOUN" || w.POS == "ADJ" {
			nouns[w.Word] = true
		}
		if w.POS == "ADJ" {
			adjs[w.Word] = true
		}
	}
	return nouns, adjs
}

// portfolioNoun: the capitalised word at k is a noun or adjective of a
// portfolio inside a title phrase; a word that is a name too counts only
// where the phrase goes on after it ("Land, Environment and …",
// "International Cooperation"), not as the phrase's last word, where a
// name may begin.
func (d *doc) portfolioNoun(k, end int) bool {
	t := d.toks[k]
	low := strings.ToLower(t.Text)
	// "Security Co-operation": the noun written with a hyphen, no name's
	// word
	hyphened := false
	if joined := strings.ReplaceAll(low, "-", ""); joined != low && !portfolioNouns[low] && portfolioNouns[joined] {
		low, hyphened = joined, true
	}
	// "Minister of Works.", "Minister for Ports and …": the plural of a
	// noun that is a verb's form too, right after the preposition, where
	// no name goes on
	if sing, ok := strings.CutSuffix(low, "s"); ok && !portfolioNouns[low] && portfolioNouns[sing] && !notTitleWords[sing] &&
		k > 0 && d.toks[k-1].is("of", "for") && (k+1 >= end || d.toks[k+1].is(".", ",", ";", ")", "and")) {
		return true
	}
	// (a title word before a name, "Justice X", is a portfolio in a list:
	// "Relations, Justice and Peace")
	if notTitleWords[low] || titleWords[t.Text] && (k+1 >= end || !d.toks[k+1].is("and", ",", "&")) {
		return false
	}
	if !portfolioNouns[low] {
		// "… Relief and Resettlement": a noun by its ending, after "and"
		return nominal(low) && d.toks[k-1].is("and", ",", "of", "for")
	}
	if isCommon(t.Text) || hyphened {
		return true
	}
	// "Regional Cooperation Sam Okello": the adjective wants its noun
	if k > 0 && portfolioAdjectives[strings.ToLower(d.toks[k-1].Text)] && d.toks[k-1].capitalised() && portfolioNouns[low] && !portfolioAdjectives[low] {
		return true
	}
	if k+1 >= end {
		return false
	}
	n := d.toks[k+1]
	switch {
	case n.is("and", "of", "for"):
		return true
	case (d.toks[k-1].is("of", "for", "on", "and", "&") || d.toks[k-1].capitalised() && portfolioNouns[strings.ToLower(d.toks[k-1].Text)]) && d.nameTok(k+1) && d.nameRun(k+1, end)-(k+1) >= 2:
		// "Minister of Electricity and Energy Jane Doe", "Commissioner for
		// Health and Consumer Protection Jane Doe": the noun (a name's
		// word too) ends the portfolio, the name of two words after it
		return true
	case n.is(","):
		// "… for International Cooperation, Pilar Ortuño, said": the name
		// stands after the comma
		return d.portfolioList(k+1, end) || k+2 < end && d.nameTok(k+2) && d.nameRun(k+2, end)-(k+2) >= 2
	}
	return n.Kind == tWord && n.capitalised() && d.mat(k+1) == nil && (d.phraseWord(n) || portfolioNouns[strings.ToLower(n.Text)] && k+2 < end && d.toks[k+2].is(",", "and"))
}
