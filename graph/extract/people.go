package extract

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// People are found by the shapes news prose gives names, not by a list of
// names: a title in front ("Health Minister Zahid Maleque", "Dr. S
// Jaishankar"), an apposition ("Antonio Guterres, the UN Secretary-General";
// "Secretary-General of the United Nations, Antonio Guterres"), attribution
// ("…, said Boris Johnson"), a name of two or more words doing something
// ("Jake Sullivan met …"). Once a person is known, the rest of the article's
// mentions of the name, the surname alone and a social-media handle that
// spells the name are that person too.

// titleWords stand in front of names without being offices by themselves.
var titleWords = map[string]bool{
	"President": true, "Vice": true, "Premier": true, "Chancellor": true, "Secretary": true,
	"Minister": true, "Ambassador": true, "Senator": true, "Sen.": true, "Rep.": true,
	"Representative": true, "Congressman": true, "Congresswoman": true, "Governor": true, "Gov.": true,
	"General": true, "Gen.": true, "Admiral": true, "Adm.": true, "Colonel": true, "Col.": true,
	"Lt.": true, "Captain": true, "Capt.": true, "King": true, "Queen": true, "Prince": true,
	"Princess": true, "Sheikh": true, "Emir": true, "Pope": true, "Justice": true, "Judge": true,
	"Mayor": true, "Commissioner": true, "Director": true, "Chairman": true, "Chairperson": true,
	"Chief": true, "Envoy": true, "Spokesperson": true, "Spokesman": true, "Spokeswoman": true,
	"Dr.": true, "Dr": true, "Mr.": true, "Mr": true, "Mrs.": true, "Mrs": true, "Ms.": true, "Ms": true,
	"Prof.": true, "Professor": true, "Sir": true, "Dame": true, "Lord": true, "Lady": true,
	"Shri": true, "Smt.": true, "Smt": true, "Sri": true, "Secy": true, "Secy.": true, "Amb.": true,
	"Hon": true, "Hon.": true, "Honourable": true, "Honorable": true, "Rt": true, "Rt.": true, "Ibu": true,
	"Pak": true, "Daw": true, "U": false, "Sheikha": true, "Mx": true,
}

// styles are forms of address that stand with a title: "Senator the Hon
// Marise Payne", "the Rt Hon".
var styles = map[string]bool{"Hon": true, "Hon.": true, "Honourable": true, "Honorable": true, "Rt": true, "Rt.": true, "Right": true}

// honorifics go to schema:honorificPrefix rather than into the name.
var honorifics = map[string]string{
	"Dr.": "Dr.", "Dr": "Dr.", "Mr.": "Mr.", "Mr": "Mr.", "Mrs.": "Mrs.", "Mrs": "Mrs.", "Ms.": "Ms.",
	"Ms": "Ms.", "Prof.": "Prof.", "Professor": "Prof.", "Sir": "Sir", "Dame": "Dame", "Shri": "Shri",
	"Smt.": "Smt.", "Smt": "Smt.", "Sri": "Sri", "Hon": "Hon.", "Hon.": "Hon.", "Honourable": "Hon.",
	"Honorable": "Hon.", "Rt": "Rt Hon.", "Rt.": "Rt Hon.", "Ibu": "Ibu", "Pak": "Pak", "Daw": "Daw",
}

// notNames are capitalised words that do not begin or belong to a
// person's name.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "By": true, "For": true,
	"From": true, "To": true, "Of": true, "With": true, "And": true, "But": true, "Or": true, "As": true,
	"This": true, "That": true, "These": true, "Those": true, "It": true, "Its": true, "He": true,
	"She": true, "His": true, "Her": true, "They": true, "Their": true, "We": true, "Our": true,
	"I": true, "My": true, "You": true, "Your": true, "Both": true, "After": true, "Before": true,
	"During": true, "While": true, "Amid": true, "Today": true, "Yesterday": true, "Tomorrow": true,
	"Last": true, "Next": true, "Earlier": true, "Later": true, "Meanwhile": true, "However": true,
	"Also": true, "Top": true, "Calling": true, "Responding": true, "Arriving": true, "Full": true,
	"Together": true, "Another": true, "Some": true, "All": true, "Every": true, "Each": true,
	"There": true, "Here": true, "When": true, "Where": true, "What": true, "Who": true, "Why": true,
	"How": true, "If": true, "Since": true, "Under": true, "Over": true, "Through": true, "Among": true,
	"Following": true, "According": true, "Speaking": true, "Addressing": true, "Thanking": true,
	"Pleased": true, "Discussed": true, "Conveyed": true, "Expressed": true,
	"Covid": true, "COVID": true, "New": true, "Not": true, "No": true,
	"Yes": true, "Please": true, "Thank": true, "Thanks": true, "Dear": true, "Happy": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true, "Jan.": true, "Feb.": true, "Mar.": true, "Apr.": true,
	"Jun.": true, "Jul.": true, "Aug.": true, "Sep.": true, "Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true,
	"Government": true, "Parliament": true, "Cabinet": true, "Ministry": true, "Embassy": true,
	"Mission": true, "Office": true, "Agency": true, "Department": true, "State": true,
	"Statement": true, "Joint": true, "Leaders": true, "Summit": true, "Meeting": true,
	"Vaccine": true, "Vaccines": true, "Initiative": true, "Partnership": true, "Foreign": true,
	"Development": true, "Affairs": true, "External": true, "Defence": true, "Defense": true,
	"Trade": true, "Health": true, "Home": true, "Finance": true, "National": true, "Security": true,
}

// orgWords mark a capitalised run as the name of a thing, not a person.
var orgWords = map[string]bool{
	"Force": true, "Base": true, "Agency": true, "Ministry": true, "Department": true,
	"Commission": true, "Council": true, "Committee": true, "University": true, "Institute": true,
	"Bank": true, "Party": true, "Government": true, "Embassy": true, "Mission": true, "Office": true,
	"Agreement": true, "Summit": true, "Meeting": true, "Initiative": true, "Day": true, "Act": true,
	"Hospital": true, "Airport": true, "Center": true, "Centre": true, "Foundation": true,
	"Organisation": true, "Organization": true, "Group": true, "Corporation": true, "Company": true,
	"Limited": true, "Ltd": true, "Ltd.": true, "Inc.": true, "Association": true, "Forum": true,
	"Fund": true, "Programme": true, "Program": true, "Network": true, "Alliance": true,
	"Union": true, "Coalition": true, "Federation": true, "Republic": true, "Kingdom": true,
	"Province": true, "County": true, "District": true, "Airways": true, "Airlines": true,
	"Express": true, "Times": true, "Post": true, "News": true, "Outlook": true, "Waiver": true,
	"Rights": true, "Property": true, "Aspects": true, "Strategy": true, "Plan": true, "Tests": true,
	"Test": true, "Masks": true, "Team": true, "Services": true, "Service": true, "Board": true,
	"Authority": true, "Court": true, "Assembly": true, "Congress": true, "Senate": true, "House": true,
	"Palace": true, "Hall": true, "Street": true, "Road": true, "Square": true, "Tower": true,
	"Islands": true, "Island": true, "Ocean": true, "Sea": true, "River": true, "Valley": true,
	"War": true, "Crisis": true, "Pandemic": true, "Virus": true, "Wave": true, "Conference": true,
}

// roleNouns stand in front of a person's name without being offices:
// "Australian writer Yang Hengjun", "economist Sean Turnell".
var roleNouns = map[string]bool{"writer": true, "journalist": true, "economist": true, "activist": true,
	"citizen": true, "citizens": true, "national": true, "nationals": true, "businessman": true,
	"businesswoman": true, "academic": true, "scholar": true, "lawyer": true, "doctor": true,
	"leader": true, "diplomat": true, "commander": true, "chairman": true, "chairwoman": true,
	"founder": true, "researcher": true, "scientist": true, "author": true, "politician": true,
	"lawmaker": true, "legislator": true, "counterpart": true, "dissident": true, "blogger": true,
	"entrepreneur": true, "billionaire": true, "analyst": true, "expert": true, "adviser": true,
	"advisor": true, "aide": true, "colleague": true, "predecessor": true, "successor": true}

// particles join the parts of a name: "Mohammed bin Salman".
var particles = map[string]bool{"bin": true, "bint": true, "ibn": true, "van": true, "von": true, "de": true,
	"da": true, "der": true, "den": true, "del": true, "dos": true, "do": true, "das": true, "du": true, "la": true, "le": true,
	"al": true, "el": true, "ad": true, "ud": true, "ul": true}

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

// attribution verbs tie a quote or statement to the name next to them.
var attributionVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "added": true, "adds": true, "told": true, "tells": true,
	"tweeted": true, "tweets": true, "wrote": true, "writes": true, "noted": true, "notes": true,
	"stressed": true, "stresses": true, "stated": true, "states": true, "asserted": true,
	"remarked": true, "observed": true, "highlighted": true, "emphasised": true, "emphasized": true,
	"underlined": true, "posted": true, "declared": true, "announced": true, "explained": true,
	"insisted": true, "warned": true, "urged": true, "reiterated": true, "recalled": true,
	"pointed": true, "commented": true, "replied": true, "responded": true, "affirmed": true,
	"underscored": true, "acknowledged": true, "argued": true, "continued": true,
}

// personVerbs follow a person who does something.
var personVerbs = map[string]bool{
	"met": true, "meets": true, "visited": true, "visits": true, "called": true, "spoke": true,
	"speaks": true, "held": true, "holds": true, "arrived": true, "arrives": true, "thanked": true,
	"thanks": true, "welcomed": true, "discussed": true, "pledged": true, "vowed": true,
	"travelled": true, "traveled": true, "attended": true, "attends": true, "will": true,
	"has": true, "had": true, "is": true, "was": true, "also": true, "expressed": true, "conveyed": true,
	"took": true, "launched": true, "signed": true, "hosted": true, "chaired": true, "led": true,
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
	if t.Kind != tWord || !t.capitalised() || t.Text[0] == '@' || t.Text[0] == '#' {
		return false
	}
	if notNames[t.Text] || titleWords[t.Text] || orgWords[t.Text] {
		return false
	}
	if m := d.mat(k); m != nil && m.kind != kCity && m.kind != kPerson {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsLetter(r) {
		return false
	}
	return true
}

// nameRun returns the end of the run of name tokens starting at i, within
// the sentence ending at end; i itself when there is none.
func (d *doc) nameRun(i, end int) int {
	j := i
	for j < end && j-i < 6 {
		t := d.toks[j]
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
			if p < end && d.nameTok(p) {
				j = p + 1
				continue
			}
		}
		// "Bashar al-Assad", "Abdel Fattah el-Sisi"
		if j > i && particlePrefixed(t.Text) {
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

// runIsOrg: a capitalised run followed by an organisation word is a thing.
func (d *doc) runIsOrg(i, j int) bool {
	if j < len(d.toks) && orgWords[d.toks[j].Text] {
		return true
	}
	for k := i; k < j; k++ {
		if strings.ToUpper(d.toks[k].Text) == d.toks[k].Text && k > i && len(d.toks[k].Text) > 1 && !isInitialTok(d.toks[k]) &&
			!(k+1 < j && len(d.toks[k].Text) <= 3) { // "Retno LP Marsudi": initials
			return true // "Joe BIDEN" is rare; "Covid CARE" is not a name
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
		start, end := d.bounds(si)
		for i := start; i < end; i++ {
			if !d.nameTok(i) || (i > start && d.nameTok(i-1)) {
				continue
			}
			j := d.nameRun(i, end)
			// "Deputy FM Paweł Jabłoński": a title's abbreviation in
			// front of a name of two words or more
			for k := i + 1; k < j-2; k++ {
				if t := d.toks[k].Text; len(t) >= 2 && len(t) <= 4 && strings.ToUpper(t) == t && !isInitialTok(d.toks[k]) {
					i = k + 1
				}
			}
			if j == i || d.runIsOrg(i, j) {
				continue
			}
			if j-i == 1 && strings.ToUpper(d.toks[i].Text) == d.toks[i].Text {
				continue // a lone acronym
			}
			chain, words, honor, begin := d.titlesBefore(i, start)
			ok := len(chain) > 0 || len(words) > 0
			if !ok && !d.onlyPlace(i, j) {
				ok = d.appositionAfter(j, end) != nil || d.appositionBefore(i, start) != nil
			}
			if !ok && j-i >= 2 {
				ok = d.attributedAt(i, j, start, end) || j < end && personVerbs[d.toks[j].Text] ||
					// "Australian writer Yang Hengjun"; "Gough Whitlam, who …";
					// "citizens Cheng Lei and Yang Hengjun"
					i > start && roleNouns[d.toks[i-1].Low] ||
					j+1 < end && d.toks[j].is(",") && d.toks[j+1].is("who", "whose") ||
					i-2 >= start && d.toks[i-1].is("and") && d.mat(i-2) != nil && d.mat(i-2).kind == kPerson
			}
			if !ok {
				continue
			}
			// "The Emir of Qatar, Sheikh Hamad …": the apposition stands
			// before the name's honorifics
			if app := d.appositionBefore(begin, start); app != nil && len(chain) == 0 {
				chain = []*mention{app}
			}
			if app := d.appositionAfter(j, end); app != nil && len(chain) == 0 {
				chain = []*mention{app}
			}
			d.personMention(nil, i, j, chain, words, honor)
			i = j - 1
		}
	}
	d.mergePeople()
	d.findKnownNames()
}

// titlesBefore walks left from a name over titles, honorifics, a bracketed
// acronym and a posting ("to the US"), and returns the office mentions
// (nearest first), title words and honorific it found, and where the
// titles begin (i when there are none).
func (d *doc) titlesBefore(i, start int) (chain []*mention, words []string, honor string, begin int) {
	k := i - 1
	for k >= start {
		t := d.toks[k]
		if m := d.mat(k); m != nil && m.kind == kOffice && m.j == k+1 {
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
		if titleWords[t.Text] {
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
		// "Deputy Prime Minister and Defence Minister Purna Bahadur Khadka":
		// both titles are the person's
		if t.is("and", "&") && len(chain) > 0 && k-1 >= start {
			if m := d.mat(k - 1); m != nil && m.kind == kOffice && m.j == k {
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

// postingBefore: tokens ending at k read "to (the) COUNTRY": returns the
// index before "to", or -1.
func (d *doc) postingBefore(k, start int) int {
	if k < start || d.mat(k) == nil || d.jurisdictionOf(d.mat(k)) == "" {
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

// appositionAfter: ", (the) [country/'s] TITLE" after a name.
func (d *doc) appositionAfter(j, end int) *mention {
	if j >= end || !d.toks[j].is(",") {
		return nil
	}
	k := j + 1
	if k < end && d.toks[k].is("the", "a", "an", "his", "her") {
		k++
	}
	for k < end && d.mat(k) != nil && d.jurisdictionOf(d.mat(k)) != "" {
		k = d.mat(k).j
		if k < end && d.toks[k].is("'s", "’s") {
			k++
		}
	}
	if k < end && d.mat(k) != nil && d.mat(k).kind == kOffice && d.mat(k).i == k {
		return d.mat(k)
	}
	return nil
}

// appositionBefore: "TITLE (of X), NAME".
func (d *doc) appositionBefore(i, start int) *mention {
	k := i - 1
	if k < start || !d.toks[k].is(",") {
		return nil
	}
	k--
	for _, m := range d.mentionsIn(start, k+1) {
		if m.kind == kOffice && (m.phraseEnd == k+1 || d.postingEnds(m.phraseEnd, k+1)) {
			return m
		}
	}
	return nil
}

// postingEnds: tokens [i, e) read "to (the) PLACE": "the Turkish Ambassador
// to Khartoum, Fatih Yildiz".
func (d *doc) postingEnds(i, e int) bool {
	if i >= e || !d.toks[i].is("to", "in") {
		return false
	}
	i++
	if i < e && d.toks[i].is("the") {
		i++
	}
	m := d.mat(i)
	return m != nil && m.i == i && m.j == e && (m.kind == kCountry || m.kind == kCity || m.kind == kGrouping)
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
	return false
}

// mergePeople joins the persons that are one person by the article's own
// evidence: a surname alone ("Blinken") joins the one full name ending in
// it; "S Jaishankar" joins "Subrahmanyam Jaishankar".
func (d *doc) mergePeople() {
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
			if len(bw) <= len(aw) {
				continue
			}
			// the family name first: "Ambassador Nong" is Nong Rong
			if len(aw) == 1 && bw[0] == aw[0] && !isInitialTok(token{Text: bw[0]}) && d.uniqueFirst(aw[0]) {
				into[a] = b
				break
			}
			if surname(bw) != surname(aw) {
				continue
			}
			if len(aw) == 1 || initialOf(aw[0]) == initialOf(bw[0]) {
				into[a] = b
				break
			}
		}
	}
	d.byWord = nil
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

func surname(words []string) string {
	for k := len(words) - 1; k > 0; k-- {
		w := strings.TrimSuffix(words[k], ".")
		if w != "Jr" && w != "Sr" && w != "II" && w != "III" && w != "IV" {
			return words[k]
		}
	}
	return words[0]
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
			if p == nil {
				continue
			}
			chain, words, honor, _ := d.titlesBefore(i, start)
			d.personMention(p, i, j, chain, words, honor)
			i = j - 1
		}
	}
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
		for _, f := range p.forms {
			p.addAlt(f)
		}
		p.iri = schema.PersonIRI(p.name)
	}
}
