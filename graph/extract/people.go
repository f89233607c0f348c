package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// People are found by the shapes news prose gives names, not by a list of
// names: a title in front ("Health Minister Zahid Maleque", "Dr. S
// Jaishankar"), an apposition ("Antonio Guterres, the UN Secretary-General";
// "Secretary-General of the United Nations, Antonio Guterres"), attribution
// ("…, said Boris Johnson"), a name of two or more words doing something
// ("Jake Sullivan met …"). Once a person is known, the rest of the article's
// mentions of the name, the surname alone and a social-media handle that
// spells the name are that person too.

// particlePrefixed: "al-Assad", "el-Sisi", "ad-Din": a particle joined to
// a capitalised name.
func particlePrefixed(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !particles[p] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

func isInitialTok(t token) bool {
	s := strings.TrimSuffix(t.Text, ".")
	if s == "" || strings.Contains(s, ".") && !isDottedSoFar(s) {
		return false
	}
	n := 0
	for _, r := range s {
		if r == '.' {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n == 1 || strings.Contains(s, ".") && n <= 3
}

// nameTok reports whether token k can be part of a person's name.
func (d *doc) nameTok(k int) bool {
	t := d.toks[k]
	if k < len(d.inPhrase) && d.inPhrase[k] {
		return false
	}
	if t.Kind != tWord || !t.capitalised() || t.Text[0] == '@' || t.Text[0] == '#' {
		return false
	}
	if (notNames[t.Text] && !d.nameAfterTitle(k) || titleWords[t.Text] && !d.honorNameAfterTitle(k)) && !d.inLeaderName(k) || orgWords[t.Text] || titleCompound(t.Text) {
		return false
	}
	// "Presidents A and B", "Foreign Ministers A and B": a title's plural
	if w, ok := strings.CutSuffix(t.Text, "s"); ok && titleWords[w] && honorifics[w] == "" {
		return false
	}
	// "Major General X", "Air Commodore X": the word is the rank's
	if n := k + 1; n+1 < len(d.toks) && rankLasts[d.toks[n].Text] && d.toks[n+1].capitalised() {
		return false
	}
	// (a form of address the lexicon knows as a title too: "Foreign
	// Minister Amir X Y")
	if m := d.mat(k); m != nil && m.kind != kCity && m.kind != kPerson && !(m.kind == kOffice && m.i == k && m.j == k+1 && d.honorNameAfterTitle(k)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLetter(r) || strings.ContainsAny(t.Text, "0123456789") {
		return false // "C-17"
	}
	return !mixedAcronym(t.Text)
}

// mixedAcronym: a word of capitals and small letters that ends in a
// capital ("MoFA", "MoHFW", "DoD") is an abbreviation, not a name
// ("McDonald", "DeSantis" end in small letters).
func mixedAcronym(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(last) && strings.IndexFunc(w, unicode.IsLower) >= 0
}

// nameAfterTitle: the word at k, one that is no name elsewhere (a
// function word), begins a name here: a title or a form of address stands
// right before it and a name word after it ("President Than Htike",
// "Minister To Lam", "Dr. Than Myint", "U Than Htay").
func (d *doc) nameAfterTitle(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || len(d.toks[k].Text) > 4 || d.toks[k].is("The", "A", "An", "And", "Or", "Of") {
		return false
	}
	if o := d.mat(k - 1); (o == nil || o.kind != kOffice || o.j != k) && honorifics[d.toks[k-1].Text] == "" {
		return false
	}
	n := d.toks[k+1]
	return n.Kind == tWord && n.capitalised() && n.Space && !notNames[n.Text] && !titleWords[n.Text] && !orgWords[n.Text] &&
		d.mat(k+1) == nil && !isCommon(n.Text)
}

// titleAfterParticle: a title word after a particle of a name is a name
// ("Fahd bin Sultan", "Ali bin Emir"): a patronymic, not a title.
func (d *doc) titleAfterParticle(k int) bool {
	t := d.toks[k]
	if t.Kind != tWord || !t.capitalised() || !titleWords[t.Text] || honorifics[t.Text] != "" || !t.Space {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) && !strings.ContainsAny(t.Text, ".0123456789")
}

// honorNameAfterTitle: a form of address that is also a family name begins
// the name right after a title ("Foreign Minister Pak X Y") or a form of
// address ("Mr. Amir X Y", "Mawlawi Amir X Y"): neither takes a form of
// address between it and the name, unless the title is of a country where
// the word is the form of address ("Indonesian President Pak X Y"), or the
// style is a monarch's ("H.H. Amir X").
func (d *doc) honorNameAfterTitle(k int) bool {
	where, ok := honorNames[d.toks[k].Text]
	if !ok || k == 0 || k+1 >= len(d.toks) {
		return false
	}
	o := d.mat(k - 1)
	h := honorifics[d.toks[k-1].Text]
	addressed := h != "" && h != "H.E." && h != "H.H." && d.toks[k].Breaks == 0 && (o == nil || o.kind != kOffice)
	if !addressed && (o == nil || o.kind != kOffice || o.j != k) {
		return false
	}
	c := -1
	if !addressed {
		c = o.i - 1
	}
	if c >= 0 && d.toks[c].is("'s", "’s") {
		c--
	}
	if c >= 0 {
		if m := d.mat(c); m != nil && m.j == c+1 {
			if code := d.jurisdictionOf(m); code != "" && slices.Contains(strings.Fields(strings.ToLower(where)), code) {
				return false
			}
		}
	}
	n := d.toks[k+1]
	// (a name's word that is a town's too: "Hassan")
	a := d.mat(k + 1)
	return n.Kind == tWord && n.capitalised() && n.Space && n.Breaks == 0 && !titleWords[n.Text] && !notNames[n.Text] && !orgWords[n.Text] && (a == nil || a.kind == kCity)
}

// nameRun returns the end of the run of name tokens starting at i, within
// the sentence ending at end; i itself when there is none.
func (d *doc) nameRun(i, end int) int {
	j := i
	// at most six words, not counting the particles that join them
	// ("Khalid bin Ahmed bin Mohammed Al Khalifa")
	parts := 0
	for j < end && j-i-parts < 6 {
		t := d.toks[j]
		// "Rashid Karim' al-Tamimi": a final glottal stop written as an
		// apostrophe, the name going on with a particle ("al-", "el-")
		if j > i && t.is("'", "’") && !t.Space && t.Breaks == 0 && j+1 < end && d.toks[j+1].Space && d.toks[j+1].Breaks == 0 &&
			particlePrefixed(d.toks[j+1].Text) && d.nameTok(j-1) {
			j++
			continue
		}
		if j > i && (t.Breaks > 0 || !t.Space && !strings.HasSuffix(d.toks[j-1].Text, ".")) {
			break
		}
		if d.nameTok(j) {
			j++
			continue
		}
		// "Ursula von der Leyen", "Mohammed bin Salman"
		if j > i && particles[t.Text] {
			p := j
			for p < end && particles[d.toks[p].Text] && p-j < 3 {
				p++
			}
			if p < end && (d.nameTok(p) || d.titleAfterParticle(p)) {
				parts += p - j
				j = p + 1
				continue
			}
		}
		// "Bashar al-Assad", "Abdel Fattah el-Sisi"
		if j > i && particlePrefixed(t.Text) {
			j++
			continue
		}
		// "U Mann Win Khaing Than": a short word that is a function word
		// in lower case, capitalised inside a sentence after name words,
		// is a word of the name
		if j > i && t.Space && t.capitalised() && notNames[t.Text] && len(t.Text) <= 4 && !strings.HasSuffix(t.Text, ".") &&
			!t.is("The", "A", "An", "And", "Or", "Of", "But", "I") && !calendarWord(t) && d.nameTok(j-1) {
			j++
			continue
		}
		break
	}
	// a name ends in a word, not an initial, and has no lone all-capitals
	// word but a leading one ("AKA Momen")
	for j > i && isInitialTok(d.toks[j-1]) {
		j--
	}
	return j
}

// onlyPlace: the run is a city and nothing more ("In Islamabad, Pakistan's
// spokesperson …" is no apposition of a person).
func (d *doc) onlyPlace(i, j int) bool {
	m := d.mat(i)
	return m != nil && m.kind == kCity && m.i == i && m.j == j
}

// meetingObject: the name at i..j is the other side of a meeting or a
// call, right after its verb or "with" after its verb or noun ("met John
// Smith", "received Jane Doe", "talks with John Smith", "a phone
// conversation with Jane Doe"), and no noun follows it that it would
// qualify ("met Red Cross officials").
func (d *doc) meetingObject(i, j, start, end int) bool {
	if i-1 <= start {
		return false
	}
	if d.ew(i-1)&evMeetVerb == 0 && !(d.toks[i-1].is("with") && d.ew(i-2)&(evMeetVerb|evTalkVerb|evMeetNoun|evCallVerb|evCallNoun) != 0) {
		return false
	}
	// a lower-case noun after it is one the name qualifies (the tagger
	// would read the whole article for it)
	return j >= end || d.toks[j].Kind != tWord || d.toks[j].capitalised() || !nouns[d.toks[j].Low]
}

// runIsOrg: a capitalised run followed by an organisation word is a thing.
func (d *doc) runIsOrg(i, j int) bool {
	if j < len(d.toks) && orgWords[d.toks[j].Text] {
		return true
	}
	// "INS Deepak", "the USS Ronald Reagan": a ship
	// "Hurricane Matthew", "Cyclone Idai": a storm
	if vessels[d.toks[i].Text] || i > 0 && vessels[d.toks[i-1].Text] || storms[d.toks[i].Text] || i > 0 && storms[d.toks[i-1].Text] {
		return true
	}
	// "H. E. Mr. Macky SALL": communiqués write the family name in
	// capitals after a form of address
	_, addressed := honorifics[d.toks[max(i-1, 0)].Text]
	addressed = addressed && i > 0
	for k := i; k < j; k++ {
		t := d.toks[k].Text
		if addressed && k == j-1 && len(t) >= 3 && d.toks[k-1].Text != strings.ToUpper(d.toks[k-1].Text) {
			continue
		}
		if strings.ToUpper(t) == t && k > i && len(t) > 1 && !isInitialTok(d.toks[k]) && !(len(t) <= 3 && k+1 < j) && !romanNumeral(t) {
			// "Joe BIDEN" is rare; "Covid CARE" is not a name; "Retno
			// LP Marsudi" is, with initials
			return true
		}
	}
	// "King Salman Humanitarian Aid and Relief Center": the run begins the
	// name of a thing
	for k, n := j, 0; k < len(d.toks) && n < 8; k, n = k+1, n+1 {
		t := d.toks[k]
		if t.Breaks > 0 {
			break
		}
		if m := d.mat(k); m != nil && m.kind != kItem && m.kind != kTopic && m.kind != kUnit {
			break // "Ursula von der Leyen and European Council President X"
		}
		if orgWords[t.Text] && t.capitalised() {
			return true
		}
		// "President A B and Congress leader C": a thing's name goes on
		// with a word of its own after "and" before its head noun
		if t.is("and") && k+1 < len(d.toks) && orgWords[d.toks[k+1].Text] {
			break
		}
		if !(t.Kind == tWord && t.capitalised() || t.is("and", "&", "of", "for")) {
			break
		}
	}
	return false
}

// personMention records a person named by tokens [i, j) with the titles
// in front of it.
func (d *doc) personMention(p *entity, i, j int, chain []*mention, words []string, honor string) *mention {
	form := d.text(i, j)
	if p == nil {
		p = d.personByForm(form)
	} else {
		p.addForm(form)
	}
	if honor != "" && p.honorific == "" {
		p.honorific = honor
	}
	m := &mention{i: i, j: j, kind: kPerson, ent: p, person: p}
	m.chain = chain
	for _, w := range words {
		p.titles[strings.ToLower(w)] = true
	}
	for _, o := range chain {
		p.titles[lowerKey(d.text(o.i, o.j))] = true
	}
	d.place(m)
	return m
}

func (d *doc) personByForm(form string) *entity {
	key := schema.PersonKey(form)
	if p := d.byKey[key]; p != nil {
		p.addForm(form)
		return p
	}
	p := &entity{class: schema.Person, name: form, titles: map[string]bool{}, holds: map[*entity]int{}}
	p.forms = []string{form}
	d.persons = append(d.persons, p)
	if d.byKey == nil {
		d.byKey = map[string]*entity{}
	}
	d.byKey[key] = p
	return p
}

func (p *entity) addForm(form string) {
	for _, f := range p.forms {
		if f == form {
			return
		}
	}
	p.forms = append(p.forms, form)
}

// findPeople finds names by their shapes, then every later use of a known
// name.
func (d *doc) findPeople() {
	for si := range d.sents {
		if d.heading(si) {
			// "PM Modi Reaffirms India's Support": capitals say nothing,
			// but a leader's whole name or a name after a country's
			// possessive still names a person
			d.headingPeople(si)
			continue
		}
		d.pluralTitles(si)
		d.peopleIn(si, false)
		// the other names of a list one of whose names is a person's:
		// "with Joe Biden, Scott Morrison and Prime Minister X"
		for n := 0; n < 3 && d.peopleIn(si, true); n++ {
		}
		d.leaderList(si)
		d.elidedTitles(si)
		d.respectiveHolders(si)
	}
	d.loneSubjects()
	d.mergePeople()
	d.findKnownNames()
	for si := range d.sents {
		d.counterpartList(si) // (names known from elsewhere in the text too)
	}
}

// elidedTitles: "Mauritanian President A; that of Niger, B": "that of
// COUNTRY" stands for the title of the person named before it in the
// sentence, and the name after it holds that title of the country.
func (d *doc) elidedTitles(si int) {
	start, end := d.bounds(si)
	var last *mention // the last titled person
	for k := start; k+4 < end; k++ {
		if m := d.mat(k); m != nil && m.i == k && m.kind == kPerson && len(m.chain) > 0 {
			last = m
			k = m.j - 1
			continue
		}
		if last == nil || !d.toks[k].is("that") || !d.toks[k+1].is("of") {
			continue
		}
		q := k + 2
		if d.toks[q].is("the") {
			q++
		}
		c := d.mat(q)
		if c == nil || c.i != q || c.kind != kCountry || c.j+1 >= end || !d.toks[c.j].is(",") {
			continue
		}
		a := c.j + 1
		b := d.nameRun(a, end)
		if b-a < 2 {
			continue
		}
		if had := d.mat(a); had != nil && had.kind == kPerson && len(had.chain) > 0 {
			continue
		}
		t := last.chain[0]
		if d.officeRow(d.titleForm(t), d.jurisdictionOf(c)) == nil {
			continue
		}
		o := &mention{i: k, j: k + 2, kind: kOffice, form: d.titleForm(t), phraseEnd: c.j, jur: d.jurisdictionOf(c), jurExplicit: true}
		last = d.personMention(nil, a, b, []*mention{o}, nil, "")
		k = b - 1
	}
}

// respectiveHolders: "A, B and C will serve as the minister of defense,
// minister of home affairs and minister of border affairs, respectively":
// a list of titles that "respectively" closes gives each of as many names
// listed before it in the sentence, in order, its title.
func (d *doc) respectiveHolders(si int) {
	start, end := d.bounds(si)
	for r := start + 1; r < end; r++ {
		if !d.toks[r].is("respectively") {
			continue
		}
		var titles []*mention
		k := r
		if d.toks[k-1].is(",") {
			k--
		}
		for k > start && len(titles) < 8 {
			o := d.mat(k - 1)
			if o == nil || o.kind != kOffice || max(o.j, o.phraseEnd) != k {
				if o = d.officeEndingAt(k, start); o == nil {
					break
				}
			}
			titles = append(titles, o)
			k = o.i
			if k-1 > start && d.toks[k-1].is("the") {
				k--
			}
			if k-1 <= start || !d.toks[k-1].is(",", "and") {
				break
			}
			k--
			if d.toks[k-1].is(",") {
				k-- // ", and"
			}
		}
		if len(titles) < 2 {
			continue
		}
		var names []*mention
		for q := k - 1; q >= start && len(names) < len(titles); q-- {
			if m := d.mat(q); m != nil && m.i == q && m.kind == kPerson {
				names = append(names, m)
			}
		}
		if len(names) != len(titles) {
			continue
		}
		for n, pm := range names {
			if len(pm.chain) == 0 {
				pm.chain = []*mention{titles[n]} // both lists read backwards
			}
		}
	}
}

// counterpartList: "his Brazilian and Paraguayan colleagues -A and B-",
// "her Indian and Japanese counterparts, A and B": each name is the
// counterpart of the country in the same place.
func (d *doc) counterpartList(si int) {
	start, end := d.bounds(si)
	for r := start + 2; r+1 < end; r++ {
		if !d.toks[r].is("counterparts", "colleagues") {
			continue
		}
		jurs, _ := d.countriesBefore(r, start)
		if len(jurs) < 2 {
			continue
		}
		q := r + 1
		if q < end && d.toks[q].is(",", "-", "–", "—", "(", ":") {
			q++
		}
		var names []*mention
		for q < end && len(names) < len(jurs) {
			if honorifics[d.toks[q].Text] != "" && q+1 < end {
				q++ // "… and Mawlawi A B": the form of address before the name
			}
			m := d.mat(q)
			if m == nil || m.i != q || m.kind != kPerson {
				break
			}
			names = append(names, m)
			q = m.j
			if q < end && d.toks[q].is(",") {
				q++
			}
			if q < end && d.toks[q].is("and") {
				q++
			}
		}
		if len(names) != len(jurs) {
			continue
		}
		for n, pm := range names {
			if pm.counter == "" && len(pm.chain) == 0 {
				pm.counter = jurs[n]
			}
		}
	}
}

// headingPeople finds the persons a line in title case names where
// capitals say nothing of a name: a leader's whole name the lexicon knows,
// and a name of no ordinary word after a country's possessive (a photo's
// caption: "Ecuador's A B, Bolivia's C D and Peru's E F").
func (d *doc) headingPeople(si int) {
	start, end := d.bounds(si)
	for i := start; i < end; i++ {
		if !d.nameTok(i) || i > start && d.nameTok(i-1) || d.mat(i) != nil {
			continue
		}
		j := d.nameRun(i, end)
		if j-i >= 2 && (d.knownLeader(i, j) || d.countryPossessed(i, j, start)) {
			d.personMention(nil, i, j, nil, nil, "")
		}
		i = max(i, j-1)
	}
}

// loneSubjects: "Wang said in his speech …", "For his part, Pollen said
// …": a lone name word, first in its sentence or clause, as the subject of
// a reporting verb is the person of the earlier name of two words or more
// that it ends ("Gabriel Pollen, national coordinator of …") or, family
// name first, begins ("Wang Sheng"), where no rule took that name for
// anything.
func (d *doc) loneSubjects() {
	for si := range d.sents {
		start, end := d.bounds(si)
		for v := start + 1; v < end; v++ {
			if d.quoted[v] || !attributionVerbs[d.toks[v].Text] {
				continue
			}
			n := v - 1
			if n > start && d.toks[n].Kind == tWord && !d.toks[n].capitalised() && d.tag(n) == pos.ADV {
				n-- // "Wang further said"
			}
			if !d.nameTok(n) || d.mat(n) != nil || n > start && !d.toks[n-1].is(",") || n == start && isCommon(d.toks[n].Text) {
				continue
			}
			if d.speakerAt(n, n+1) {
				continue
			}
			if i, j := d.runBeginning(d.toks[n].Text, n); j > i {
				cs, _ := d.bounds(d.sentOf[i])
				chain, words, honor, _ := d.titlesBefore(i, cs)
				d.personMention(nil, i, j, chain, words, honor)
			}
		}
	}
}

// runBeginning finds the first run of two name words before token limit
// that begins with the word w and that no rule took ("Wang Sheng" for a
// later "Wang"); i == j when there is none.
func (d *doc) runBeginning(w string, limit int) (int, int) {
	for si := range d.sents {
		start, end := d.bounds(si)
		if start >= limit {
			break
		}
		for i := start; i < end && i < limit; i++ {
			if !d.nameTok(i) || i > start && d.nameTok(i-1) || d.mat(i) != nil {
				continue
			}
			j := d.nameRun(i, end)
			if j-i == 2 && d.toks[i].Text == w && d.mat(i+1) == nil && !isCommon(d.toks[i+1].Text) && !d.runIsOrg(i, j) && !d.titleAt(j) {
				return i, j
			}
			i = max(i, j-1)
		}
	}
	return 0, 0
}

// peopleIn finds the persons sentence si names by the shape of their
// names; with listed, only the names listed with a person already found.
// It reports whether it found any.
func (d *doc) peopleIn(si int, listed bool) bool {
	start, end := d.bounds(si)
	found := false
	for i := start; i < end; i++ {
		if !d.nameTok(i) || (i > start && d.nameTok(i-1)) {
			continue
		}
		if m := d.mat(i); m != nil && m.kind == kPerson {
			i = m.j - 1
			continue
		}
		j := d.nameRun(i, end)
		// "Besides Beijing, …", "Despite Smith's …": a sentence's first
		// word that is a function word here stands before the name
		if i == start && j-i >= 2 && leadFunctionWords[strings.ToLower(d.toks[i].Text)] {
			i++
		}
		if d.frontedSaying(i, j, start, end) {
			i++
		}
		// "Deputy FM Paweł Jabłoński": a title's abbreviation in front of
		// a name of two words or more
		for k := i + 1; k < j-2; k++ {
			if t := d.toks[k].Text; len(t) >= 2 && len(t) <= 4 && strings.ToUpper(t) == t && !isInitialTok(d.toks[k]) {
				i = k + 1
			}
		}
		// "Turkey's Ambassador to Skopje Hasan Mehmet X", "Consul General
		// of Pakistan in Dubai X Y", "Consul General of Guangzhou X Y": the
		// posting's city is no part of the name
		if c := d.mat(i); c != nil && c.kind == kCity && c.i == i && c.j < j-1 && i-2 >= start && d.toks[i-1].is("to", "in", "of") && d.titleEndsAt(i-1, start) {
			i = c.j
		}
		// "Adviser to the Prime Minister on Commerce A B", "Minister for
		// Mines & Petroleum A B": the title's field is no part of the name,
		// and the title names the person
		field := -1
		if f, t := d.titleFieldEnd(i, j, start); f > i {
			if m := d.mat(f); m != nil && m.kind == kPerson {
				i = m.j - 1
				continue
			}
			i, field = f, t
		}
		if j == i || d.runIsOrg(i, j) {
			continue
		}
		if j-i == 1 && strings.ToUpper(d.toks[i].Text) == d.toks[i].Text {
			continue // a lone acronym
		}
		chain, words, honor, begin := d.titlesBefore(i, start)
		if field >= 0 && len(chain)+len(words) == 0 {
			words = append(words, d.toks[field].Text)
		}
		// "According to the Protocol, the President …": one word after
		// the article, with no title, names a thing, whatever follows
		if len(chain) == 0 && len(words) == 0 && honor == "" && j-i == 1 && i > start && d.toks[i-1].is("the") {
			continue
		}
		if len(chain) == 0 && len(words) == 0 && honor == "" && d.appositionBefore(begin, start) == nil && d.appositionAfter(i, j, begin, start, end) == nil {
			// no title: not a thing ("the Red Cross"), and not ordinary
			// words ("Relief Missions"); a sentence's first word may be
			// one ("Calling Jake Sullivan …")
			if i > start && d.toks[i-1].is("the", "a", "an", "The", "A", "An") {
				i = j - 1
				continue
			}
			// "the International Federation of Red Cross": part of a name
			if i-2 >= start && d.toks[i-1].is("of") && orgWords[d.toks[i-2].Text] {
				i = j - 1
				continue
			}
			// "villagers in Kafr Nabl": a place
			if i > start && d.toks[i-1].is("in", "at", "near", "from", "across", "outside", "inside", "In", "At", "Near", "From") {
				i = j - 1
				continue
			}
			k := i
			// (not after a role noun: "his wife Cilia X", a name that
			// a dictionary also lists as a word)
			for k < j && commonLead(d.toks[k].Text) && !(i > start && roleNouns[d.toks[i-1].Text]) {
				k++
			}
			if allCommon(d.toks[k:j]) {
				i = j - 1
				continue
			}
			if k > i {
				i = k
				chain, words, honor, begin = d.titlesBefore(i, start)
			}
		}
		if allCommon(d.toks[i:j]) {
			i = j - 1
			continue // "Director of the SCO Regional Anti-Terrorist Structure"
		}
		after := d.postNameJurisdiction(chain, j, end)
		// the role noun the name stands after: "Libyan leader X", or in
		// apposition, "his Sri Lankan counterpart, X, …"
		role := -1
		counterFrom := ""
		q := i - 1
		if q > start && d.toks[q].is(",") {
			q--
		}
		if c := d.mat(q); q-2 > start && c != nil && c.j == q+1 && (c.kind == kCountry || c.kind == kCity) && len(chain) == 0 && c.i-2 > start {
			// "her Ethiopian counterpart to Kenya X" (a posting), "his
			// counterpart from Ethiopia, X"
			switch b := c.i - 1; {
			case d.toks[b].is("to", "in") && d.toks[b-1].is("counterpart"):
				role = b - 1
			case d.toks[b].is("from") && d.toks[b-1].is("counterpart") && c.kind == kCountry:
				role, counterFrom = b-1, d.jurisdictionOf(c)
			}
		}
		if role >= 0 {
		} else if i-1 > start && roleNouns[d.toks[i-1].Low] {
			role = i - 1
		} else if len(chain) == 0 && begin < i && begin-1 > start && roleNouns[d.toks[begin-1].Low] {
			// "his Qatari counterpart Sheikh X", "his Ugandan
			// counterpart Dr. X": forms of address (no title of the
			// lexicon) between the role noun and the name
			role = begin - 1
		} else if begin-2 > start && d.toks[begin-1].is(",") && roleNouns[d.toks[begin-2].Low] && len(chain) == 0 &&
			(j >= end || d.toks[j].is(",", ".", ";", ")", "—", "–")) {
			role = begin - 2
		}
		ok := false
		// "his wife Michelle", "her husband Ahmed": a spouse or partner
		// named by the given name alone
		if j-i == 1 && i-2 >= start && d.toks[i-2].is("his", "her") && d.toks[i-1].is("wife", "husband", "partner", "spouse") && !listed &&
			(j >= end || d.toks[j].Kind != tQuote) { // (not a name a nickname splits: "A “B” C")
			ok = true
		}
		if ok {
		} else if listed {
			ok = j-i >= 2 && len(chain) == 0 && len(words) == 0 && honor == "" && (d.listedWithPerson(i, j, start, end) || d.nameList(i, j, start, end))
		} else {
			ok = len(chain) > 0 || len(words) > 0 || honor != ""
			if !ok && !d.onlyPlace(i, j) {
				ok = d.appositionAfter(i, after, begin, start, end) != nil || d.appositionBefore(begin, start) != nil
			}
			if !ok && j-i >= 2 {
				ok = d.attributedAt(i, j, start, end) || j < end && personVerbs[d.toks[j].Text] ||
					// "Kim Jong Un fired …": a name, not ending in an
					// ordinary word ("Tata Steel donated"), before a verb
					j < end && verbs[d.toks[j].Text] && strings.HasSuffix(d.toks[j].Text, "ed") && !englishWords[strings.ToLower(d.toks[j-1].Text)] ||
					// "were A B (Ghana), C D (Comoros) and E F (Ethiopia)"
					d.countryTagged(i, j, start, end) ||
					// "Australian writer Yang Hengjun"; "Gough Whitlam, who …";
					// "citizens Cheng Lei and Yang Hengjun"
					role >= 0 || d.meetingObject(i, j, start, end) ||
					j+1 < end && d.toks[j].is(",") && d.toks[j+1].is("who", "whose") ||
					// "Madagascar's Andry Nirina Rajoelina": a name of no
					// ordinary word after a country's possessive
					d.countryPossessed(i, j, start) ||
					// "elect A B of Saint Lucia as speaker"
					d.ofCountry(i, j, start, end) ||
					// "Ram Bahadur, a resident of Bhaktapur, said"; "A B,
					// Benin's senior minister in charge of …"
					d.roleAfter(j, end) ||
					// "the Governor of Illizi, A B and …"
					d.titleWordApposed(i, start) ||
					// "The head of the Red Cross, Peter Maurer, visited …"
					i > start && d.toks[i-1].is(",") && j+1 < end && d.toks[j].is(",") &&
						(personVerbs[d.toks[j+1].Text] || attributionVerbs[d.toks[j+1].Text] || verbs[d.toks[j+1].Text] && strings.HasSuffix(d.toks[j+1].Text, "ed"))
			}
		}
		// a leader's whole name, known to the lexicon; a name a form of
		// address stands before ("His Excellency X", "Her Excellency
		// Dr. X")
		ok = ok || !listed && (d.knownLeader(i, j) || d.addressedAt(i, start))
		if !ok {
			continue
		}
		if app := d.appositionBefore(begin, start); app != nil && len(chain) == 0 {
			chain = []*mention{app}
			// "Fiji's Prime Minister and Chair of the Forum, X": both
			if o := d.coordinatedBefore(app, start); o != nil {
				o.coord = true
				chain = append(chain, o)
			}
			// "the former president of Ethiopia, X": no holding
			d.markFormer(chain, app.i, start)
		} else if app != nil && len(chain) == 1 && chain[0].j-chain[0].i == 1 && (d.toks[chain[0].i].Text == "Ambassador" || d.roleOf(chain[0]) == "legislator") {
			// (also "the Minister of Works, Senator the Honourable X":
			// the seat in parliament as a form of address)
			// "The spokesman of the Foreign Ministry, Ambassador X": the
			// diplomatic rank as a form of address; the post is the
			// apposition
			d.markFormer([]*mention{app}, app.i, start)
			if app.former {
				// "the candidate for Vice-Chair of the Commission,
				// Ambassador X": the post sought is held by no one; the
				// rank is the post held
				chain = append(chain, app)
			} else {
				chain[0].rank = true
				chain = []*mention{app}
			}
		}
		if app := d.appositionAfter(i, after, begin, start, end); app != nil {
			if len(chain) == 0 {
				chain = []*mention{app}
			} else if len(chain) == 1 && chain[0].j-chain[0].i == 1 && d.toks[chain[0].i].Text == "Ambassador" && !contains1(chain, app) && d.roleOf(app) != "" && diplomatRole(d.roleOf(app)) {
				// "Ambassador X, High Commissioner of Y to Z",
				// "Ambassador X, Permanent Representative of Y": the
				// diplomatic rank as a form of address; the post is the
				// apposition
				chain[0].rank = true
				chain = []*mention{app}
			} else if !contains1(chain, app) {
				// "Prime Minister A of Sudan, who is the current
				// Chairperson of IGAD": both are held
				app.coord = true
				chain = append(chain, app)
			}
			// "X, President of Nigeria and Chair of the ECOWAS
			// Authority": both
			for _, o := range d.coordinatedTitles(app, end) {
				if !contains1(chain, o) {
					o.coord = true
					chain = append(chain, o)
				}
			}
		}
		// "Foreign Ministers A and B": A was read with the plural title
		// already; the run's leading title words give it no other
		if had := d.mat(i); had != nil && had.kind == kPerson && had.i == i && had.j == j && len(had.chain) > 0 && len(chain) == 0 {
			i = j - 1
			continue
		}
		d.markFormer(chain, begin, start)
		pm := d.personMention(nil, i, j, chain, words, honor)
		// "Libyan leader Muammar Gaddafi": the person's country; "his
		// Nepalese counterpart X": the same post in that country
		if role-1 >= start {
			if c := d.mat(role - 1); c != nil && c.j == role && (c.kind == kDemonym || c.kind == kCountry) {
				if pm.ent.nation == "" {
					pm.ent.nation = d.jurisdictionOf(c)
				}
				if d.toks[role].Low == "counterpart" && len(chain) == 0 {
					pm.counter = d.jurisdictionOf(c)
				}
			} else if d.toks[role].Low == "counterpart" && len(chain) == 0 && counterFrom == "" {
				// "During the visit to Portugal, X will meet his
				// counterpart Y": the country visited
				pm.counter = d.visitedHostBefore(role-1, start, true)
			}
		}
		if counterFrom != "" {
			pm.counter = counterFrom
			if pm.ent.nation == "" {
				pm.ent.nation = counterFrom
			}
		}
		found = true
		i = j - 1
	}
	return found
}

// titleFieldEnd: the run [i, j) comes after the field of a title, or
// begins with it: ordinary words after "on", "for" or "of" and the title,
// perhaps a list of them, or joined to the title's own ("Special Assistant
// on Petroleum A B", "Minister for Planning, Development and Reform A B",
// "Minister for Mines & Petroleum A B"). It returns the first word of the
// name after the field, at least two words of the run left, and the
// title's last word; -1 for the title when there is none.
func (d *doc) titleFieldEnd(i, j, start int) (int, int) {
	// (a noun of portfolios, a name's word too: "Petroleum", "Commerce";
	// not of a title's phrase, which ends where the name begins)
	field := func(k int) bool {
		m := d.mat(k)
		return d.toks[k].Kind == tWord && d.toks[k].capitalised() && (isCommon(d.toks[k].Text) || portfolioNouns[d.toks[k].Low]) &&
			!particles[d.toks[k].Text] && (m == nil || m.kind != kOffice) && !d.inPhrase[k]
	}
	if i > start && d.inPhrase[i-1] {
		return i, -1
	}
	// (one noun, after adjectives: "National Security"; the next word
	// may be a name's, "Petroleum Yaw X Y")
	f := i
	for f+2 < j && field(f) && (f == i || portfolioAdjectives[d.toks[f-1].Low]) {
		f++
	}
	// "… Development and Reform A B": the word after the list's "and" is
	// its last portfolio, any English word
	if f == i && i+2 < j && i-2 > start && d.toks[i-1].is("and", "&") && field(i-2) && englishWords[d.toks[i].Low] {
		f++
	}
	if j-f < 2 {
		return i, -1
	}
	// back over the field's other words to "on", "for" or "of" after a
	// title, or to the title's own field and "and"
	k := i - 1
	for k > start && (d.toks[k].is(",", "and", "&") || field(k)) {
		k--
	}
	if f == i && (k == i-1 || !field(i-1)) || k <= start {
		return i, -1
	}
	if m := d.mat(k); m != nil && m.kind == kOffice && m.j == k+1 && d.toks[k+1].is("and", "&", ",") {
		return f, k
	}
	if !d.toks[k].is("on", "for", "of") || !d.titleAt(k-1) && !d.titleEndsAt(k, start) {
		return i, -1
	}
	return f, k - 1
}

// frontedSaying: the run [i, j) opens its sentence with a verb of saying
// put first, the speaker and a colon after it ("Said Moyo: …"): the verb
// is no word of the name.
func (d *doc) frontedSaying(i, j, start, end int) bool {
	return i == start && j-i >= 2 && j < end && d.toks[j].is(":") && attributionVerbs[strings.ToLower(d.toks[i].Text)]
}

// countryPossessed: the run [i, j) stands right after a country's
// possessive ("Madagascar's Andry Nirina Rajoelina") and has no ordinary
// word, no title and no word of a thing's name after it.
func (d *doc) countryPossessed(i, j, start int) bool {
	if i-2 < start || !d.toks[i-1].is("'s", "’s") {
		return false
	}
	if c := d.mat(i - 2); c == nil || c.j != i-1 || c.kind != kCountry {
		return false
	}
	for k := i; k < j; k++ {
		if isCommon(d.toks[k].Text) || englishWords[d.toks[k].Low] || d.mat(k) != nil {
			return false
		}
	}
	return true
}

// ofCountry: the run [i, j) of no ordinary word stands before "of" or
// "from" and a country's name, which ends the phrase ("elect A B of Saint
// Lucia as speaker", "C D of Dominica was expected …", "E F from the
// Maldives"): a person and the country they come from, as a thing's name
// would not stand ("Bank of X" has an ordinary word).
func (d *doc) ofCountry(i, j, start, end int) bool {
	if j-i < 2 || j+1 >= end || !d.toks[j].is("of", "from") || i > start && d.toks[i-1].is("the", "The", "of") {
		return false
	}
	k := j + 1
	if k+1 < end && d.toks[k].is("the") {
		k++ // "of the Philippines", "from the Maldives"
	}
	c := d.mat(k)
	if c == nil || c.i > k || c.kind != kCountry || c.j < end && d.toks[c.j].capitalised() {
		return false
	}
	for k := i; k < j; k++ {
		if isCommon(d.toks[k].Text) || d.mat(k) != nil {
			return false
		}
	}
	return true
}

// titleWordApposed: the name at i follows a comma after a title word and
// its complement in capitals that no office of the lexicon reads ("the
// Governor of Illizi, A B", "Delegate Governor of Djanet, C D").
func (d *doc) titleWordApposed(i, start int) bool {
	k := i - 1
	if k-2 < start || !d.toks[k].is(",") {
		return false
	}
	for b := k - 1; b >= start && k-b <= 8; b-- {
		t := d.toks[b]
		if t.Kind != tWord || d.mat(b) != nil && d.mat(b).kind == kPerson {
			return false
		}
		if titleWords[t.Text] {
			return b+1 < k && d.toks[b+1].is("of", "for")
		}
		if !t.capitalised() && !t.is("of", "the", "for", "and") {
			return false
		}
	}
	return false
}

// roleAfter: after the name ending at j, a comma and a role or title in
// lower case, a thing's name would not take: after a country's possessive,
// perhaps after a word or two that qualify it ("A B, Benin's senior
// minister in charge of planning"; "C D, Ghana's top diplomat"); after an
// article or a possessive pronoun, perhaps after a word or two, where the
// role ends the apposition or a preposition follows it ("Ram Bahadur, a
// resident of Bhaktapur, said"; "E F, the minister, said"; "G H, a
// government spokesman, said"; "I J, a senior official at the ministry").
func (d *doc) roleAfter(j, end int) bool {
	if j+2 >= end || !d.toks[j].is(",") {
		return false
	}
	k, country, bare := j+1, false, false
	if c := d.mat(k); c != nil && c.i == k && c.kind == kCountry && c.j+1 < end && d.toks[c.j].is("'s", "’s") {
		k, country = c.j+1, true
	} else if d.toks[k].is("a", "an", "the", "his", "her") {
		k++
	} else {
		bare = true
	}
	for q := k; q < min(end, k+3); q++ {
		t := d.toks[q]
		// (with no article, a title written out in capitals may stand:
		// "A B, Minister of Regional Integration")
		capTitle := bare && q == k && titleWords[t.Text] && q+1 < end && d.toks[q+1].is("of", "for")
		if t.Kind != tWord || t.capitalised() && !capTitle || d.mat(q) != nil && d.mat(q).kind != kOffice {
			return false
		}
		if !roleNouns[t.Low] && !titleWords[strings.ToUpper(t.Low[:1])+t.Low[1:]] {
			continue
		}
		if bare {
			// "A B, head of the Red Crescent's branch"; "C D, senior
			// director for Asia at the council": with no article, the
			// role takes its complement
			return q+1 < end && d.toks[q+1].is("of", "for", "at")
		}
		return country || q+1 >= end || d.toks[q+1].is(",", ".", ";", "'s", "’s", "of", "for", "to", "at", "in", "with", "on", "and")
	}
	return false
}

// countryTagged: the run [i, j) is an item of a list of names each
// followed by its country in brackets: "A B (Ghana), C D (Comoros) and
// E F (Ethiopia)". The name ends in no ordinary word.
func (d *doc) countryTagged(i, j, start, end int) bool {
	if isCommon(d.toks[j-1].Text) {
		return false
	}
	for k := i; k < j; k++ {
		if d.mat(k) != nil {
			return false
		}
	}
	// the bracketed country after the run; returns the token after ")"
	tag := func(k int) int {
		if k+2 >= end || !d.toks[k].is("(") {
			return -1
		}
		c := d.mat(k + 1)
		if c == nil || c.i != k+1 || c.kind != kCountry || c.j >= end || !d.toks[c.j].is(")") {
			return -1
		}
		return c.j + 1
	}
	after := tag(j)
	if after < 0 {
		return false
	}
	// a neighbour item: "…, NAME (X)" after it, or "(X), NAME" before it
	if after+1 < end && d.toks[after].is(",", "and") {
		n := after + 1
		if d.toks[n].is("and") && n+1 < end {
			n++
		}
		if e := d.nameRun(n, end); e-n >= 2 && tag(e) > 0 {
			return true
		}
	}
	return i-2 > start && d.toks[i-1].is(",", "and") && d.toks[i-2].is(")") ||
		i-3 > start && d.toks[i-1].is("and") && d.toks[i-2].is(",") && d.toks[i-3].is(")")
}

// nameList: the run [i, j) is an item of a list of names of two or three
// words each, none an ordinary word: three or more ("Joe Biden, Scott
// Morrison and Yoshihide Suga"), or two after "with" ("talks with A B and
// C D").
func (d *doc) nameList(i, j, start, end int) bool {
	item := func(a int) int { // the end of a name item starting at a, or a
		if a >= end || !d.nameTok(a) || a > start && d.nameTok(a-1) {
			return a
		}
		b := d.nameRun(a, end)
		if b-a < 2 || b-a > 3 {
			return a
		}
		for k := a; k < b; k++ {
			if isCommon(d.toks[k].Text) || d.mat(k) != nil {
				return a
			}
		}
		return b
	}
	if item(i) != j {
		return false
	}
	// walk back to the list's first item
	first := i
	for first-2 >= start && d.toks[first-1].is(",", "and") {
		k := first - 2
		for k > start && d.nameTok(k-1) {
			k--
		}
		if item(k) != first-1 {
			break
		}
		first = k
	}
	n, k := 0, first
	for k < end {
		e := item(k)
		if e == k {
			break
		}
		n++
		k = e
		if k < end && d.toks[k].is(",") {
			k++
		}
		if k < end && d.toks[k].is("and") {
			k++
		}
		if k == e {
			break
		}
	}
	return n >= 3 || n == 2 && first > start && d.toks[first-1].is("with")
}

// listedWithPerson: the run [i, j) is an item of a list ("A, B and C")
// next to which stands a person already found, with or without titles.
func (d *doc) listedWithPerson(i, j, start, end int) bool {
	if i-2 >= start && d.toks[i-1].is(",", "and") {
		if m := d.mat(i - 2); m != nil && m.kind == kPerson {
			return true
		}
	}
	if j+1 < end && d.toks[j].is(",", "and") {
		k := j + 1
		if k < end && d.toks[k].is("and") {
			k++
		}
		// past the next item's titles
		for n := 0; k < end && n < 8; n++ {
			m := d.mat(k)
			if m != nil && m.kind == kPerson {
				return true
			}
			if m != nil && m.kind == kOffice || titleWords[d.toks[k].Text] {
				if m != nil {
					k = max(m.j, m.phraseEnd)
				} else {
					k++
				}
				continue
			}
			if m != nil && d.jurisdictionOf(m) != "" {
				k = max(k+1, m.j)
				continue
			}
			if d.toks[k].is("'s", "’s") {
				k++
				continue
			}
			break
		}
	}
	return false
}

// heading: sentence si is a line of its own in title case (a
// sub-heading: "PM Modi Reaffirms India's Support to Myanmar"), where
// capitals do not mark names.
func (d *doc) heading(si int) bool {
	s := d.sents[si].Toks
	if len(s) < 3 || s[0].Breaks == 0 && s[0].I > 0 {
		return false
	}
	last := s[len(s)-1]
	if last.is(".", "!", "?", "”", "\"", ":", ";", ",") {
		return false
	}
	if e := last.I + 1; e < len(d.toks) && d.toks[e].Breaks == 0 {
		return false
	}
	// a bulleted line, or lines run together, is a list: "- H. E. Mr. X,
	// President of Y"; "Zambia : H E President X" on each line
	if isLineBullet(s[0]) || isBullet(s[0]) {
		return false
	}
	// "His Excellency X Ambassador of Y": a list's line names a person
	// by a form of address, as no headline does; also after the country
	// a list of delegations labels it with ("Zambia: His Excellency
	// President X", "Lesotho: Hon. X, Minister of Finance")
	f := 0
	if c := d.lineLabel(last.I, s[0].I); c != "" {
		for f < len(s)-2 && !s[f].is(":") {
			f++
		}
		f++
	}
	if s[f].is("His", "Her") && majesty[s[f+1].Text] || f > 0 && (styles[s[f].Text] || len(s[f].Text) > 2 && honorifics[s[f].Text] != "") {
		return false
	}
	for _, t := range s[1:] {
		if t.Breaks > 0 {
			return false
		}
	}
	caps, n := 0, 0
	for _, t := range s {
		if t.Kind != tWord || notNames[t.Text] || t.is("of", "the", "and", "to", "in", "for", "on", "a", "an", "at", "by", "with") {
			continue
		}
		n++
		if t.capitalised() {
			caps++
		}
	}
	if n < 3 || caps*4 < n*3 {
		return false
	}
	// "Special Guest in attendance was His Excellency, X, President of
	// Y": a lower-case verb makes a sentence of a line with many names; a
	// headline in title case capitalises its verbs
	for _, t := range s {
		if t.Kind == tWord && !t.capitalised() && d.mat(t.I) == nil {
			if g := d.tag(t.I); g == pos.VERB || g == pos.AUX {
				return false
			}
		}
	}
	return true
}

// titlesBefore walks left from a name over titles, honorifics, a bracketed
// acronym and a posting ("to the US"), and returns the office mentions
// (nearest first), title words and honorific it found, and where the
// titles begin (i when there are none).
func (d *doc) titlesBefore(i, start int) (chain []*mention, words []string, honor string, begin int) {
	k := i - 1
	for k >= start {
		t := d.toks[k]
		m := d.mat(k)
		if m == nil || m.kind != kOffice || m.j != k+1 {
			// "President of the Republic of Kazakhstan X", "Russian
			// ambassador to India X": the title ends in its jurisdiction
			// or posting
			m = d.officeEndingAt(k+1, start)
		}
		if m != nil && m.kind == kOffice {
			// "Head of the Office of the President X": the title names a
			// body of a longer title, not X's post
			// (a title still, that makes X a person)
			if b := m.i - 1; b-1 > start && d.toks[b].is("the") && d.toks[b-1].is("of") && d.toks[b-2].is("Office") {
				words = append(words, d.toks[m.i].Text)
				break
			}
			chain = append(chain, m)
			k = m.i - 1
			// the office's own jurisdiction in front: "US", "India's"
			if m.jurLeft {
				if k >= start && d.toks[k].is("'s", "’s") {
					k--
				}
				if k >= start && d.mat(k) != nil && d.mat(k).j == k+1 {
					k = d.mat(k).i - 1
				}
			}
			// a posting between two titles: "envoy to the US Ambassador X"
			if p := d.postingBefore(k, start); p >= 0 {
				k = p
			}
			continue
		}
		// "Chairman of the People's Republic of China Xi Jinping": a
		// title word with its jurisdiction
		if m == nil && k == i-1 && !commonLead(d.toks[i].Text) && d.mat(k) != nil && d.mat(k).j == k+1 && d.jurisdictionOf(d.mat(k)) != "" {
			o := d.mat(k).i - 1
			if o > start && d.toks[o].is("the") {
				o--
			}
			// a title of the lexicon: "President of the Republic of
			// Kazakhstan", with its country after it
			if t := d.mat(o - 1); o > start && d.toks[o].is("of") && t != nil && t.kind == kOffice && t.j == o && t.phraseEnd <= o {
				t.phraseEnd = k + 1
				chain = append(chain, t)
				k = t.i - 1
				continue
			}
			if o > start && d.toks[o].is("of") && titleWords[d.toks[o-1].Text] && honorifics[d.toks[o-1].Text] == "" {
				words = append(words, d.toks[o-1].Text)
				k = o - 2
				continue
			}
		}
		// "His Excellency X", "Most Honourable X", "Dr. The Honourable X":
		// forms of address in an apposition ("the President of Guyana,
		// His Excellency X")
		if majesty[t.Text] && k-1 >= start && d.toks[k-1].is("His", "Her", "Their") {
			k -= 2
			continue
		}
		if styles[t.Text] && k-1 >= start && d.toks[k-1].is("Most", "Right", "Very", "The", "the") {
			k -= 2
			continue
		}
		// "Major General X", "Air Commodore X": a rank of two words
		if k+1 < i && t.Kind == tWord && t.capitalised() && d.mat(k) == nil && rankLasts[d.toks[k+1].Text] && len(words) > 0 {
			words = append(words, t.Text)
			k--
			continue
		}
		if titleWords[t.Text] || titleCompound(t.Text) {
			if h, ok := honorifics[t.Text]; ok {
				if honor == "" {
					honor = h
				}
			} else {
				words = append(words, t.Text)
			}
			k--
			// "Senator the Hon Marise Payne"
			if k >= start && d.toks[k].is("the") && k+1 < i && styles[d.toks[k+1].Text] {
				k--
			}
			continue
		}
		// "President of the Transition and outgoing President of the G5
		// Sahel, X": a modifier after the "and" leaves the post as it is
		if appositionModifiers[t.Low] && d.mat(k) == nil && len(chain) > 0 && k-2 >= start && d.toks[k-1].is("and") {
			k--
			t = d.toks[k]
		}
		// "Deputy Prime Minister and Defence Minister Purna Bahadur Khadka":
		// both titles are the person's
		if t.is("and", "&") && len(chain) > 0 && k-1 >= start {
			m := d.mat(k - 1)
			if m == nil || m.kind != kOffice || m.j != k {
				m = d.officeEndingAt(k, start)
				// "Qatari Ambassador to Chad and Trade Minister X": an
				// envoy posted abroad holds no minister's post there; the
				// first title is someone else's
				if c := d.mat(k - 1); m != nil && d.toks[m.j].is("to") && c != nil && c.kind == kCountry && !diplomatRole(d.roleOf(chain[len(chain)-1])) {
					m = nil
				}
			}
			if m != nil {
				m.coord = true
				k--
				continue
			}
		}
		// "The Minister for Foreign Affairs, Senator the Hon Marise Payne":
		// a title in apposition before the name's own titles
		if t.is(",") && len(chain)+len(words) > 0 && k-1 >= start {
			if m := d.mat(k - 1); m != nil && m.kind == kOffice && m.j == k {
				k--
				continue
			}
		}
		if t.is(")") && k-1 >= start {
			// "(EAM)": a bracketed acronym of the title
			o := k - 1
			for o > start && k-o < 5 && !d.toks[o].is("(") {
				o--
			}
			if d.toks[o].is("(") && o > start {
				k = o - 1
				continue
			}
		}
		break
	}
	return chain, words, honor, k + 1
}

// markFormer marks the titles in front of a name as no longer (or not
// yet) held when a word before them says so: "former President X", "the
// late King X", "then-Prime Minister X", "ex-envoy X".
func (d *doc) markFormer(chain []*mention, begin, start int) {
	if len(chain) == 0 {
		return
	}
	// "Algeria's candidate for Vice-Chair of the Commission, X": sought,
	// not held
	past := begin-2 >= start && d.toks[begin-1].is("for") && candidacyWords[d.toks[begin-2].Low]
	for k := begin - 1; !past && k >= start && k >= begin-3; k-- {
		t := d.toks[k]
		if pastWords[t.Low] || strings.HasPrefix(t.Low, "ex-") || strings.HasPrefix(t.Low, "then-") {
			past = true
			break
		}
		// past the country in front: "former Indian ambassador"
		if m := d.mat(k); m != nil && d.jurisdictionOf(m) != "" {
			k = m.i
			continue
		}
		if !t.is("the", "'s", "’s") {
			break
		}
	}
	for _, o := range chain {
		if past || strings.HasPrefix(strings.ToLower(d.toks[o.i].Text), "ex-") {
			o.former = true
		}
	}
}

// coordinatedAfter: the title joined by "and" to the apposition m, with
// no name after it: "X, President of Nigeria and Chair of the ECOWAS
// Authority, said …".
func (d *doc) coordinatedAfter(m *mention, end int) *mention {
	e := max(m.j, m.phraseEnd)
	if e+1 >= end || !d.toks[e].is("and") {
		return nil
	}
	o := d.mat(e + 1)
	if o == nil || o.kind != kOffice || o.i != e+1 || len(d.x.officeRows[lowerKey(d.titleForm(o))]) == 0 {
		return nil // (not "Prime Minister and Head of Government of X": a description)
	}
	if f := max(o.j, o.phraseEnd); f < end && !d.toks[f].is(",", ".", ";", ")", "—", "–") {
		return nil
	}
	return o
}

// coordinatedTitles: the titles joined to the apposition m by "and"
// (coordinatedAfter), or in a list of them that "and" closes: "X,
// Vice-President of the UAE, Prime Minister and Ruler of Dubai;", "X, Vice
// President and Prime Minister of the UAE and Ruler of Dubai," — all are
// X's.
func (d *doc) coordinatedTitles(m *mention, end int) []*mention {
	var list []*mention
	for cur := m; len(list) < 4; {
		e := max(cur.j, cur.phraseEnd)
		if e+1 >= end || !d.toks[e].is(",", "and") {
			return nil
		}
		if d.toks[e].is("and") {
			if o := d.coordinatedAfter(cur, end); o != nil {
				return append(list, o)
			}
		}
		q := e + 1
		for q < end && appositionModifiers[d.toks[q].Low] && d.mat(q) == nil {
			q++ // ", current Chairman of the Authority"
		}
		o := d.mat(q)
		if o == nil || o.kind != kOffice || o.i != q || len(d.x.officeRows[lowerKey(d.titleForm(o))]) == 0 {
			return nil
		}
		list = append(list, o)
		// "X, President of Ghana, current Chairman of the Authority.": a
		// list the sentence closes
		if f := max(o.j, o.phraseEnd); d.toks[e].is(",") && (f >= end || d.toks[f].is(".", ";")) {
			return list
		}
		cur = o
	}
	return nil
}

// officeEndingAt: the title whose phrase ("President of the Republic of
// Kazakhstan", "ambassador to India") ends at token e, with a phrase
// longer than the title itself.
func (d *doc) officeEndingAt(e, start int) *mention {
	for k := e - 2; k >= start && k >= e-16; k-- {
		if m := d.mat(k); m != nil && m.kind == kOffice && m.i == k && m.phraseEnd == e && m.j < e {
			return m
		}
	}
	return nil
}

// coordinatedBefore: the title joined by "and" in front of title m
// ("Prime Minister and Chair of the Forum"), or nil.
func (d *doc) coordinatedBefore(m *mention, start int) *mention {
	k := m.i - 1
	if k-2 >= start && appositionModifiers[d.toks[k].Low] && d.mat(k) == nil {
		k-- // "… and outgoing President of the G5 Sahel"
	}
	if k-1 < start || !d.toks[k].is("and") {
		return nil
	}
	if o := d.mat(k - 1); o != nil && o.kind == kOffice && o.j == k && o.phraseEnd <= k {
		return o
	}
	return d.officeEndingAt(k, start)
}

// diplomatRole: a role an envoy's post may be named with beside another
// ("Ambassador to X and Permanent Representative").
func diplomatRole(role string) bool {
	return role == "ambassador" || role == "diplomat" || role == ""
}

// postNameJurisdiction reads "of (the) COUNTRY" right after a name whose
// titles in front state no jurisdiction ("Prime Minister Cameron of the
// United Kingdom") and gives it to them; it returns where the name's
// phrase ends.
func (d *doc) postNameJurisdiction(chain []*mention, j, end int) int {
	if len(chain) == 0 || j+1 >= end {
		return j
	}
	// "Spokesman Yigal Palmor for Israel's Foreign Ministry"
	if jur, e := d.ministryOf(j, end); jur != "" {
		for _, o := range chain {
			if !o.jurExplicit {
				o.jur, o.jurExplicit = jur, true
			}
		}
		return e
	}
	if !d.toks[j].is("of") {
		return j
	}
	k := j + 1
	if d.toks[k].is("the") && k+1 < end {
		k++
	}
	c := d.mat(k)
	if c == nil || c.i != k {
		return j
	}
	jur := d.jurisdictionOf(c)
	if jur == "" {
		return j
	}
	for _, o := range chain {
		// not "General Assembly President X of the Czech Republic": a
		// title that only an organisation has is the organisation's, and
		// the country the holder's own
		if !o.jurExplicit && (o.phrase != "" || d.officeRow(d.titleForm(o), jur) != nil || d.impliedJurisdiction(o) == "") {
			o.jur, o.jurExplicit = jur, true
		}
	}
	return c.j
}

func contains1(ms []*mention, m *mention) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// postingBefore: tokens ending at k read "to (the) COUNTRY": returns the
// index before "to", or -1.
func (d *doc) postingBefore(k, start int) int {
	// a demonym is never where one is posted: "adviser to French
	// President X" (it is the next title's)
	if k < start || d.mat(k) == nil || d.jurisdictionOf(d.mat(k)) == "" || d.mat(k).kind == kDemonym {
		return -1
	}
	p := d.mat(k).i - 1
	if p >= start && d.toks[p].is("the") {
		p--
	}
	if p >= start && d.toks[p].is("to", "in") {
		return p - 1
	}
	return -1
}

// addressedAt: a form of address of the "His Excellency" kind stands
// before the name at i, past honorifics ("Her Excellency Dr. X").
func (d *doc) addressedAt(i, start int) bool {
	k := i - 1
	for k >= start && honorifics[d.toks[k].Text] != "" {
		k--
	}
	return k-1 >= start && majesty[d.toks[k].Text] && d.toks[k-1].is("His", "Her")
}

// appositionAfter: ", (the) [country/'s] TITLE" or "(,) who is (the)
// TITLE" after a name [i, j) whose titles in front begin at begin; not a
// title that stands before the next name ("A, President of Russia B"). On
// a line of its own, a name a form of address stands before may take its
// title right after it with no comma ("His Excellency X Ambassador of the
// Republic of Y"): a list of envoys.
func (d *doc) appositionAfter(i, j, begin, start, end int) *mention {
	if j >= end {
		return nil
	}
	k := j
	// "A B (Czech Republic), President of the General Assembly": the
	// holder's country in brackets stands between
	if c := d.mat(k + 1); k+3 < end && d.toks[k].is("(") && c != nil && c.i == k+1 && c.kind == kCountry && c.j+1 < end && d.toks[c.j].is(")") && d.toks[c.j+1].is(",") {
		k = c.j + 1
	}
	comma := d.toks[k].is(",")
	if comma {
		k++
	}
	as := false
	// "appointed X of Norway as his Special Envoy": the person's country
	// stands between
	if !comma && k+2 < end && d.toks[k].is("of") {
		if c := d.mat(k + 1); c != nil && c.i == k+1 && c.kind == kCountry && c.j < end && d.toks[c.j].is("as") {
			k = c.j
		}
	}
	aside := -1
	if comma {
		aside = d.takesOfficeAs(d.parenthesisEnd(k, end), end)
	}
	switch {
	case aside > 0:
		// "X, an economist, has been appointed as minister of finance",
		// "X, who is also known as Y, was named …"
		k = aside
		as = true
	case k+1 < end && d.toks[k].is("who") && d.toks[k+1].is("is"):
		k += 2
	case k+2 < end && d.toks[k].is("who") && d.takesOfficeAs(k+1, end) > 0:
		// "X, who took over as CARICOM chairman on July 1", "X who was
		// appointed as foreign minister"
		k = d.takesOfficeAs(k+1, end)
		as = true
	case !comma && k < end && d.toks[k].is("as"):
		k++ // "elected X as the new AU Chairman"
		as = true
	case !comma && d.takesOfficeAs(k, end) > 0:
		// "X was sworn in as health minister", "X took office as President"
		k = d.takesOfficeAs(k, end)
		as = true
	case !comma && d.addressedAt(i, start) && d.lineEnds(end):
		if m := d.mat(k); m == nil || m.kind != kOffice || m.i != k || max(m.j, m.phraseEnd) != end {
			return nil
		}
	case !comma:
		return nil
	}
	if k < end && d.toks[k].is("also") {
		k++
	}
	if k < end && d.toks[k].is("the", "a", "an", "his", "her") {
		k++
	}
	if k+1 < end && d.toks[k].is("country") && d.toks[k+1].is("'s", "’s") {
		k += 2 // "X, the country's health minister"
	}
	for k < end && appositionModifiers[d.toks[k].Low] && d.mat(k) == nil {
		k++
	}
	for k < end && d.mat(k) != nil && d.jurisdictionOf(d.mat(k)) != "" {
		k = d.mat(k).j
		if k < end && d.toks[k].is("'s", "’s") {
			k++
		}
	}
	m := d.mat(k)
	if k >= end || m == nil || m.kind != kOffice || m.i != k {
		return nil
	}
	e := max(m.j, m.phraseEnd)
	// "X, the president's spokesman, said": the post is the second title's
	if o := d.mat(e + 1); e+1 < end && d.toks[e].is("'s", "’s") && o != nil && o.kind == kOffice && o.i == e+1 {
		m, e = o, max(o.j, o.phraseEnd)
	}
	if e < end && (d.nameTok(e) || titleWords[d.toks[e].Text]) {
		return nil
	}
	// "at a meeting with A, the Ethiopian Prime Minister discussed …": the
	// title is the subject of what follows (also after A's own titles:
	// "in his meeting with Peru's Foreign Minister A, the Secretary-General
	// raised …")
	// "… as the External Affairs Minister commenced …"
	verb := e < end && !d.toks[e].capitalised() && (personVerbs[d.toks[e].Low] || attributionVerbs[d.toks[e].Low] || verbs[d.toks[e].Low])
	if begin > start && d.toks[begin-1].is(",") {
		if a := d.appositionBefore(begin, start); a != nil {
			begin = d.frontOf(a.i, start) // "with Peru's Foreign Minister, A, …"
		}
	}
	governed := begin > start && d.toks[begin-1].is("with", "to", "by", "for", "from", "at", "on", "of", "about", "against", "among", "between")
	if verb && (as || comma && governed) {
		return nil
	}
	// "Fiji's Prime Minister, A, Foreign Minister, B, and …": a list of
	// titles each before its name; the title after A is B's
	if comma && e+1 < end && d.toks[e].is(",") && (d.nameTok(e+1) || titleWords[d.toks[e+1].Text]) && d.appositionBefore(i, start) != nil {
		return nil
	}
	// "A, Chairman of the Executive Committee and Executive Secretary of
	// the CIS B": both titles are B's
	if e+1 < end && d.toks[e].is("and") {
		if o := d.mat(e + 1); o != nil && o.kind == kOffice && o.i == e+1 {
			if f := max(o.j, o.phraseEnd); f < end && (d.nameTok(f) || titleWords[d.toks[f].Text]) {
				return nil
			}
		}
	}
	return m
}

// parenthesisEnd: the token after the comma that closes a parenthesis
// opening at k ("an economist,", "who is also known as Y,"), one that
// names no title; or end.
func (d *doc) parenthesisEnd(k, end int) int {
	for q := k; q < end && q < k+10; q++ {
		if m := d.mat(q); m != nil && m.kind == kOffice {
			return end
		}
		if d.toks[q].is(",") {
			if q == k {
				break
			}
			return q + 1
		}
	}
	return end
}

// lineEnds: the sentence ending at end is a line's last (the next token
// begins a new line, or there is none).
func (d *doc) lineEnds(end int) bool {
	return end >= len(d.toks) || d.toks[end].Breaks > 0
}

// takesOfficeAs reads, at k after "who" or a name, a verb of taking or
// holding a post that the title follows: "took over|office as",
// "becomes", "serves as", "was (recently) appointed|named|elected (as)",
// "was sworn in as"; it returns the token after it, or 0. ("served as"
// and "was" alone may be a former post.)
func (d *doc) takesOfficeAs(k, end int) int {
	if k < end && d.toks[k].is("has", "have") {
		k++
	}
	if k < end && d.toks[k].is("also", "currently", "now") {
		k++ // "X, who also serves as the IGAD chairperson", "has now taken over as"
	}
	switch {
	case k+2 < end && d.toks[k].is("took", "takes", "taken", "assumed", "assumes") && d.toks[k+1].is("over", "office", "charge") && d.toks[k+2].is("as"):
		return k + 3
	case k+1 < end && d.toks[k].is("joined", "joins") && d.toks[k+1].is("as"):
		// "X joined as the High Commissioner of Y"
		return k + 2
	case k+3 < end && d.ew(k)&evPresentVerb != 0 && d.toks[k+1].is("his", "her", "their") && d.ew(k+2)&evCredentials != 0 && d.toks[k+3].is("as"):
		// "X presented his credentials as the Ambassador of Y"
		return k + 4
	case k+1 < end && d.toks[k].is("became", "becomes", "become"):
		return k + 1
	case k+1 < end && d.toks[k].is("serves", "serving") && d.toks[k+1].is("as"):
		return k + 2
	case k+2 < end && d.toks[k].is("will", "shall") && d.toks[k+1].is("serve", "work") && d.toks[k+2].is("as"):
		// "X will serve as minister of defence" (a cabinet's line-up)
		return k + 3
	case k+1 < end && d.toks[k].is("was", "is", "been"):
		k++
		if k < end && d.toks[k].is("recently", "newly", "just") {
			k++
		}
		if k < end && d.toks[k].is("appointed", "named", "elected") {
			k++
			if k < end && d.toks[k].is("as") {
				k++
			}
			return k
		}
		if k+2 < end && d.toks[k].is("sworn") && d.toks[k+1].is("in") && d.toks[k+2].is("as") {
			return k + 3
		}
	}
	return 0
}

// titleEndsAt: a title ends right before token k, alone or with the
// country or grouping it is of ("Consul General of Pakistan").
func (d *doc) titleEndsAt(k, start int) bool {
	m := d.mat(k - 1)
	if m != nil && m.j == k && (m.kind == kCountry || m.kind == kGrouping) {
		b := m.i - 1
		if b >= start && d.toks[b].is("the") {
			b--
		}
		if b <= start || !d.toks[b].is("of") {
			return false
		}
		m, k = d.mat(b-1), b
	}
	return m != nil && m.kind == kOffice && m.j == k
}

// appositionBefore: "TITLE (of X), NAME".
func (d *doc) appositionBefore(i, start int) *mention {
	k := i - 1
	// "Minister for Health, Mrs. X", "the High Commissioner, H.E. General
	// X": forms of address and a rank between the comma and the name
	for k > start && d.mat(k) == nil && (honorifics[d.toks[k].Text] != "" || rankLasts[d.toks[k].Text]) {
		k--
	}
	if k < start || !d.toks[k].is(",") {
		return nil
	}
	k--
	// "Minister of Health, Dr, X": a form of address set off by commas too
	if k-1 > start && honorifics[d.toks[k].Text] != "" && d.toks[k-1].is(",") {
		k -= 2
	}
	for _, m := range d.mentionsIn(start, k+1) {
		if m.kind == kOffice && (m.phraseEnd == k+1 || d.postingEnds(m.phraseEnd, k+1)) {
			// "A, UAE Ambassador to Sudan, B": A's title, not B's (but
			// "the High Commissioner, A, Minister for Health, B": a list
			// of titles each before its name)
			b := d.frontOf(m.i, start) - 1
			// "A, Deputy Prime Minister and Foreign Minister of X, B":
			// the first of two titles joined by "and"
			if o := d.mat(b - 1); b-1 > start && d.toks[b].is("and") && o != nil && o.kind == kOffice && o.j == b {
				b = d.frontOf(o.i, start) - 1
			}
			if p := d.mat(b - 1); b-1 >= start && d.toks[b].is(",") && p != nil && p.kind == kPerson && d.appositionBefore(p.i, start) == nil {
				return nil
			}
			// "Mr. A Foreign Minister of Algeria, Mr. B": A's title, set
			// off by no comma
			if p := d.mat(b); b >= start && p != nil && p.kind == kPerson && p.j == b+1 {
				return nil
			}
			// "A as minister of commerce, B as …": the post A is given
			if b >= start && d.toks[b].is("as") {
				return nil
			}
			// "the special representative of the UN secretary general,
			// B": the post of the title the phrase ends in is B's
			for _, o := range d.mentionsIn(start, m.i) {
				if o.kind == kOffice && o.j < m.i && o.phraseEnd == m.i && slices.ContainsFunc(d.toks[o.j:m.i], func(t token) bool { return t.is("of") }) {
					return o
				}
			}
			return m
		}
	}
	return nil
}

// frontOf is where the words in front of a title at i that say whose it
// is begin: "the", possessives, countries and groupings ("the UAE",
// "Peru's").
func (d *doc) frontOf(i, start int) int {
	b := i - 1
	for b >= start && (d.toks[b].is("the", "'s", "’s") || d.mat(b) != nil && d.jurisdictionOf(d.mat(b)) != "") {
		if d.mat(b) != nil {
			b = d.mat(b).i
		}
		b--
	}
	return b + 1
}

// postingEnds: tokens [i, e) read "to (the) PLACE": "the Turkish Ambassador
// to Khartoum, Fatih Yildiz"; the place may be a part of the world ("in
// West Africa", "to the Sahel").
func (d *doc) postingEnds(i, e int) bool {
	if i >= e || !d.toks[i].is("to", "in") {
		return false
	}
	i++
	if i < e && d.toks[i].is("the") {
		i++
	}
	m := d.mat(i)
	return m != nil && m.i == i && m.j == e && (m.kind == kCountry || m.kind == kCity || m.kind == kGrouping || m.kind == kRegion)
}

// attributedAt: the run is the subject or object of an attribution verb.
func (d *doc) attributedAt(i, j, start, end int) bool {
	if j < end && attributionVerbs[d.toks[j].Text] {
		return true
	}
	if i-1 >= start && attributionVerbs[d.toks[i-1].Text] {
		return true
	}
	if i-2 >= start && d.toks[i-2].is("according") && d.toks[i-1].is("to") {
		return true
	}
	// "Michael Raper from the Red Cross says …"
	if k := d.pastOrgPhrase(j, end); k < end && attributionVerbs[d.toks[k].Text] {
		return true
	}
	return false
}

// pastOrgPhrase: after a name at j, "from|of|at" and the organisation it
// speaks for ("from the Red Cross", "of the Red Crescent's logistics
// unit": capitalised words, a possessive, and the nouns, adjectives and
// function words of a unit of it); the token after that phrase, or j when
// none is there.
func (d *doc) pastOrgPhrase(j, end int) int {
	if j >= end || !d.toks[j].is("from", "of", "at") {
		return j
	}
	k := j + 1
	for ; k < end && k < j+12; k++ {
		t := d.toks[k]
		if ok, _ := d.speechVerb(k); ok || attributionVerbs[t.Text] {
			break
		}
		if t.capitalised() || t.is("'s", "’s") {
			continue
		}
		if tg := d.tag(k); tg != pos.NOUN && tg != pos.ADJ && tg != pos.ADP && tg != pos.DET && tg != pos.CCONJ {
			break
		}
	}
	return k
}

// mergePeople joins the persons that are one person by the article's own
// evidence: a surname alone ("Blinken") joins the one full name ending in
// it; "S Jaishankar" joins "Subrahmanyam Jaishankar".
func (d *doc) mergePeople() {
	d.mergeLineage()
	into := map[*entity]*entity{}
	// candidates share a word: the surname, or a first word
	byWord := map[string][]*entity{}
	for _, b := range d.persons {
		bw := strings.Fields(b.name)
		if len(bw) > 1 {
			byWord[surname(bw)] = append(byWord[surname(bw)], b)
			if bw[0] != surname(bw) {
				byWord[bw[0]] = append(byWord[bw[0]], b)
			}
			// "Rabeeah" of "Abdullah Al-Rabeeah"
			if bare := bareSurname(surname(bw)); bare != surname(bw) {
				byWord[bare] = append(byWord[bare], b)
			}
			// "Al-Najeeb" of "Omar Al Najeeb"
			if j := joinedSurname(bw); j != "" {
				byWord[j] = append(byWord[j], b)
			}
		}
	}
	for _, a := range d.persons {
		aw := strings.Fields(a.name)
		var cands []*entity
		cands = append(cands, byWord[surname(aw)]...)
		if len(aw) == 1 {
			cands = append(cands, byWord[aw[0]]...)
		}
		for _, b := range cands {
			if a == b || into[b] != nil {
				continue
			}
			bw := strings.Fields(b.name)
			// "N. Nazarbayev" is Nursultan Nazarbayev
			if len(bw) == len(aw) && len(aw) > 1 && isInitialTok(token{Text: aw[0]}) && !isInitialTok(token{Text: bw[0]}) &&
				initialOf(aw[0]) == initialOf(bw[0]) && strings.Join(aw[1:], " ") == strings.Join(bw[1:], " ") {
				into[a] = b
				break
			}
			// "Al Najeeb" is Omar Al-Najeeb, "Al-Najeeb" Omar Al Najeeb:
			// the article joined to the name by a hyphen or a space
			if len(aw) == 2 && len(bw) >= 2 && strings.EqualFold(joinedSurname(aw), surname(bw)) ||
				len(aw) == 1 && len(bw) >= 3 && strings.EqualFold(aw[0], joinedSurname(bw)) {
				into[a] = b
				break
			}
			if len(bw) <= len(aw) {
				continue
			}
			// "Peña Nieto" is Enrique Peña Nieto
			if len(aw) > 1 && strings.Join(bw[len(bw)-len(aw):], " ") == strings.Join(aw, " ") {
				into[a] = b
				break
			}
			// the family name first: "Ambassador Nong" is Nong Rong
			if len(aw) == 1 && bw[0] == aw[0] && !isInitialTok(token{Text: bw[0]}) && d.uniqueFirst(aw[0]) {
				into[a] = b
				break
			}
			if surname(bw) != surname(aw) && (len(aw) > 1 || bareSurname(surname(bw)) != aw[0]) {
				continue
			}
			// (not "Sabah Al-Ahmad Al-Sabah" into "Salman Sabah Al-Salem
			// Al-Sabah": the middle names of a longer name must be the
			// other's too, as a family's members share its first and last)
			if len(aw) == 1 || initialOf(aw[0]) == initialOf(bw[0]) && inOrder(aw[1:len(aw)-1], bw[1:len(bw)-1]) {
				into[a] = b
				break
			}
		}
	}
	d.byWord = nil
	d.mergeAll(into)
}

// inOrder: the words of a appear in b, in their order.
func inOrder(a, b []string) bool {
	for _, w := range b {
		if len(a) > 0 && a[0] == w {
			a = a[1:]
		}
	}
	return len(a) == 0
}

// mergeLineage merges a name with a patronymic ("Mohammed bin Salman") into
// the longer name it begins ("Mohammed bin Salman Al Saud"), and a name of
// two words into the longer one it begins ("Raúl Castro Ruz", "Sabah
// Al-Khaled Al-Hamad Al-Sabah"): the name
// going on with further forebears or the family's name is the same
// person's, when the longer names that begin so are one name and its
// beginnings.
func (d *doc) mergeLineage() {
	into := map[*entity]*entity{}
	for _, a := range d.persons {
		aw := strings.Fields(a.name)
		// "Raúl Castro" of "Raúl Castro Ruz": a given name and a first
		// family name, the second family name left off ("Sabah Al-Khaled"
		// of "Sabah Al-Khaled Al-Hamad Al-Sabah": a given name and the
		// father's, the forebears and the family left off)
		two := len(aw) == 2 && !isInitialTok(token{Text: aw[0]})
		if !two && (len(aw) < 3 || !slices.ContainsFunc(aw[1:len(aw)-1], func(w string) bool { return patronymics[w] })) {
			continue
		}
		var to *entity
		var bws [][]string
		for _, b := range d.persons {
			bw := strings.Fields(b.name)
			if b != a && len(bw) > len(aw) && (!two || len(bw) >= 3) && slices.Equal(bw[:len(aw)], aw) {
				bws = append(bws, bw)
				if to == nil || len(bw) > len(strings.Fields(to.name)) {
					to = b
				}
			}
		}
		// "A bin B C" and "A bin B D": two names, neither is meant
		for _, bw := range bws {
			if tw := strings.Fields(to.name); !slices.Equal(tw[:len(bw)], bw) {
				to = nil
				break
			}
		}
		if to != nil {
			into[a] = to
		}
	}
	d.mergeAll(into)
}

// mergeAll merges each person of into into its target, forms, titles and
// mentions.
func (d *doc) mergeAll(into map[*entity]*entity) {
	if len(into) == 0 {
		return
	}
	var kept []*entity
	for _, p := range d.persons {
		q := p
		for into[q] != nil {
			q = into[q]
		}
		if q == p {
			kept = append(kept, p)
			continue
		}
		for _, f := range p.forms {
			q.addForm(f)
		}
		for t := range p.titles {
			q.titles[t] = true
		}
		if q.honorific == "" {
			q.honorific = p.honorific
		}
		for _, m := range d.ments() {
			if m.ent == p {
				m.ent = q
			}
			if m.person == p {
				m.person = q
			}
		}
	}
	d.persons = kept
}

// bareSurname is a surname without an article joined to it: "Rabeeah"
// of "Al-Rabeeah", "Sisi" of "el-Sisi"; the word itself otherwise.
func bareSurname(w string) string {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || !particlePrefixed(strings.ToLower(p)+"-"+rest) || !particles[strings.ToLower(p)] {
		return w
	}
	return rest
}

// joinedSurname is a surname written after its article as two words,
// joined by a hyphen: "Al-Najeeb" of "Omar Al Najeeb" and of "Al Najeeb";
// "" when the name ends otherwise.
func joinedSurname(words []string) string {
	n := len(words)
	if n < 2 || !particles[strings.ToLower(words[n-2])] || strings.Contains(words[n-1], "-") {
		return ""
	}
	return words[n-2] + "-" + words[n-1]
}

func surname(words []string) string {
	// "Mohammed bin Salman": the last word names the father
	if forebearEnd(words) {
		return words[0]
	}
	for k := len(words) - 1; k > 0; k-- {
		w := strings.TrimSuffix(words[k], ".")
		if w != "Jr" && w != "Sr" && w != "II" && w != "III" && w != "IV" {
			return words[k]
		}
	}
	return words[0]
}

// forebearEnd: the name's last word is a forebear's, after a patronymic
// particle called by the given name and perhaps an article ("Mohammed bin
// Salman", "Abdullah bin Al Hussein").
func forebearEnd(words []string) bool {
	k := len(words) - 2
	for k > 1 && particles[strings.ToLower(words[k])] && !givenPatronymics[strings.ToLower(words[k])] {
		k--
	}
	return k >= 1 && givenPatronymics[strings.ToLower(words[k])]
}

func initialOf(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.ToUpper(r)
}

// uniqueFirst: exactly one person of several words has w as first word,
// and none as last.
func (d *doc) uniqueFirst(w string) bool {
	n := 0
	for _, p := range d.firstWords(w) {
		f := strings.Fields(p.name)
		if len(f) < 2 {
			continue
		}
		if surname(f) == w {
			return false
		}
		if f[0] == w {
			n++
		}
	}
	return n == 1
}

// firstWords lists the persons whose name has w as first or last word.
func (d *doc) firstWords(w string) []*entity {
	if d.byWord == nil {
		d.byWord = map[string][]*entity{}
		for _, p := range d.persons {
			f := strings.Fields(p.name)
			if len(f) < 2 {
				continue
			}
			d.byWord[f[0]] = append(d.byWord[f[0]], p)
			if s := surname(f); s != f[0] {
				d.byWord[s] = append(d.byWord[s], p)
			}
		}
	}
	return d.byWord[w]
}

// ments lists every placed mention once, in text order.
func (d *doc) ments() iter.Seq2[int, *mention] {
	return d.mentionsIn(0, len(d.toks))
}

// findKnownNames marks every later use of a known person's name: a run
// equal to one of its forms, the surname alone, or a handle that spells it.
func (d *doc) findKnownNames() {
	bySurname := map[string][]*entity{}
	byFirst := map[string][]*entity{}
	byForm := map[string]*entity{}
	byHandle := map[string]*entity{}
	byPart := map[string][]*entity{}
	for _, p := range d.persons {
		for _, f := range p.forms {
			byForm[f] = p
			w := strings.Fields(f)
			if len(w) > 1 {
				s := surname(w)
				if !contains(bySurname[s], p) {
					bySurname[s] = append(bySurname[s], p)
				}
				if !isInitialTok(token{Text: w[0]}) && !contains(byFirst[w[0]], p) {
					byFirst[w[0]] = append(byFirst[w[0]], p)
				}
			}
			byHandle[handleKey(f)] = p
			// "Ribas" of "Marcos Tadeu Ribas da Costa", "Osuna Pardo" of
			// "Luis Alberto Osuna Pardo": a later part of a long name
			if len(w) >= 3 {
				for a := 1; a < len(w); a++ {
					for b := a + 1; b <= len(w); b++ {
						if b == len(w) && a == len(w)-1 || !partEdge(w[a]) || !partEdge(w[b-1]) {
							continue
						}
						k := strings.Join(w[a:b], " ")
						if !contains(byPart[k], p) {
							byPart[k] = append(byPart[k], p)
						}
					}
				}
			}
		}
	}
	for si := range d.sents {
		start, end := d.bounds(si)
		for i := start; i < end; i++ {
			t := d.toks[i]
			if t.Kind == tWord && t.Text[0] == '@' {
				if p := byHandle[handleKey(t.Text)]; p != nil && d.mat(i) == nil {
					d.place(&mention{i: i, j: i + 1, kind: kPerson, ent: p, person: p})
					p.addAlt(t.Text)
				}
				continue
			}
			if m := d.mat(i); m != nil && m.kind == kPerson {
				i = m.j - 1
				continue
			}
			if !d.nameTok(i) || (i > start && d.nameTok(i-1) && d.mat(i-1) == nil) {
				continue
			}
			j := d.nameRun(i, end)
			if j == i {
				continue
			}
			form := d.text(i, j)
			p := byForm[form]
			if p == nil && j-i == 1 {
				if c := bySurname[form]; len(c) == 1 {
					p = c[0]
				} else if c := byFirst[form]; len(c) == 1 && len(bySurname[form]) == 0 && titleBefore(d, i, start) {
					p = c[0] // "Mr Xi", "Ambassador Nong": family name first
				}
			}
			if c := byPart[form]; p == nil && len(c) == 1 && len(bySurname[form]) == 0 && len(byFirst[form]) == 0 {
				p = c[0]
			}
			if p == nil {
				continue
			}
			chain, words, honor, begin := d.titlesBefore(i, start)
			d.postNameJurisdiction(chain, j, end)
			d.markFormer(chain, begin, start)
			d.personMention(p, i, j, chain, words, honor)
			i = j - 1
		}
	}
}

// partEdge: a word that can begin or end a part of a long name standing
// for the whole: no particle, initial, form of address or suffix.
func partEdge(w string) bool {
	return !particles[w] && !isInitialTok(token{Text: w}) && honorifics[w] == "" && !titleWords[w] && !romanNumeral(strings.TrimSuffix(w, ".")) &&
		!strings.HasPrefix(w, "Jr") && !strings.HasPrefix(w, "Sr")
}

// titleBefore: a title word or honorific right before token i.
func titleBefore(d *doc, i, start int) bool {
	return i > start && (titleWords[d.toks[i-1].Text] || d.mat(i-1) != nil && d.mat(i-1).kind == kOffice)
}

// handleKey reduces a name or a social-media handle to its letters.
func handleKey(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if isInitialTok(token{Text: w}) && len(strings.Fields(s)) > 1 {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

func contains(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// finishPeople settles each person's canonical name (the fullest form),
// alternate names and IRI.
func (d *doc) finishPeople() {
	for _, p := range d.persons {
		p.name = fullest(p.forms)
		if p.whole != "" {
			p.name = p.whole
			// the other forms leaders.tsv gives the name ("King X",
			// "X bin Y"): the ones news writes it by
			for _, a := range d.x.leaders().aliases[p.whole] {
				p.addAlt(a)
			}
		}
		for _, f := range p.forms {
			p.addAlt(f)
		}
		p.iri = schema.PersonIRI(p.name)
	}
}

// romanNumeral: "II", "III", "IV": a regnal number ending a name ("Abdullah
// II", "Charles III").
func romanNumeral(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// leadFunctionWords are the ordinary words (commonwords.tsv, not names)
// whose part of speech is a preposition, conjunction, adverb, determiner or
// pronoun: at a sentence's start they stand before a name, not in it
// ("Besides Beijing, …").
var leadFunctionWords map[string]bool // set by loadWords

func leadFunctionSet(l *lexicon.Lexicon) map[string]bool {
	out := map[string]bool{}
	for _, w := range l.CommonWords {
		switch w.POS {
		case "ADP", "SCONJ", "CCONJ", "ADV", "DET", "PRON":
			if !w.Name {
				out[w.Word] = true
			}
		}
	}
	return out
}
