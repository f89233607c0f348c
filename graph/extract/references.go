package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// Coreference within an article: a title standing for its holder ("the
// EAM", "US Secretary of State said", "the UK PM added"), a title word
// standing for the person last given it ("the Secretary"), and he/she for
// the person the text is about at that point: the subject of the sentence
// so far, else of the sentences before.

var pronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true, "He": true, "She": true, "His": true, "Her": true}

var prepositions = map[string]bool{"with": true, "to": true, "by": true, "for": true, "of": true,
	"alongside": true, "from": true, "and": true, "between": true, "met": true, "meet": true, "calling": true,
	"Calling": true, "on": true, "at": true, "in": true, "about": true, "against": true, "called": true}

// personOf is the person a mention names or stands for.
func personOf(m *mention) *entity {
	if m == nil {
		return nil
	}
	if m.kind == kPerson {
		return m.ent
	}
	return m.person
}

// resolveReferences links titles and pronouns to people.
func (d *doc) resolveReferences() {
	d.subj = make([]*entity, len(d.sents))
	d.unknownAt = make([][]int, len(d.sents))
	var last *entity
	var recent []*entity // most recently referred to first
	first := d.firstNames()
	counterparts := map[[2]string]*entity{} // jurisdiction and role → the counterpart named
	for si := range d.sents {
		start, end := d.bounds(si)
		for i := start; i < end; i++ {
			if d.quoted[i] {
				continue
			}
			t := d.toks[i]
			m := d.mat(i)
			switch {
			case m != nil && m.i == i && m.kind == kOffice && m.person == nil:
				if i > start && d.toks[i-1].is("Both", "both") || d.modifierUse(m) {
					break
				}
				if i-1 > start && d.toks[i-1].is("'s", "’s") && d.mat(i-2) != nil && d.mat(i-2).kind == kPerson {
					break // "President X's envoy": one X has, not X
				}
				if d.nextIsName(m) {
					break
				}
				m.person = d.holderOf(m, last, recent)
				if m.person == nil && m.ent == nil && d.theTitle(i, start) == "" {
					// "the envoy": the last ambassador; "the new
					// chairperson": the last one given that post
					m.person = d.titledRecent(recent, m)
				}
				if m.person == nil && m.ent != nil {
					// "his Saudi counterpart Prince Faisal … the Saudi
					// foreign minister said"
					m.person = counterparts[[2]string{m.ent.jurKey, m.ent.role}]
				}
				if m.person == nil && m.ent != nil && !sharedRoles[m.ent.role] && m.ent.jurEnt != nil && m.ent.jurEnt.class == schema.Country {
					// "Russian presidential spokesman Jane Doe … the
					// Kremlin spokesman stressed": another title of the
					// same post in the same country (an organisation's
					// posts share roles: its chairperson is not its
					// secretary-general)
					m.person = d.roleHolder(recent, m.ent.jurKey, map[string]bool{m.ent.role: true})
				}
				if m.person == nil && d.standsForPerson(m, start) {
					// "the Turkish ambassador", whom the graph does not
					// know: a pronoun after it is most likely them
					d.unknownAt[si] = append(d.unknownAt[si], i)
				}
			case m == nil && (titleWords[t.Text] || genericTitles[t.Low] || refRoles[t.Low] != nil) && honorifics[t.Text] == "" && !(i+1 < end && d.nameTok(i+1)) && d.theTitle(i, start) != "-":
				// "the Secretary", "the minister", "the Commissioner";
				// "the Sudanese minister": one of that country
				var p *entity
				if jur := d.theTitle(i, start); jur == "" {
					p = d.titled(t.Low, recent)
					if p == nil {
						p = d.holderByWord(recent, t.Low)
					}
					if p == nil && refRoles[t.Low] != nil {
						p = d.roleHolder(recent, "", refRoles[t.Low])
					}
				} else if refRoles[t.Low] != nil {
					// "the Chilean leader": its head of state or
					// government; "the Indian diplomat": its envoy
					p = d.roleHolder(recent, jur, refRoles[t.Low])
				} else {
					p = d.holderByWordIn(recent, t.Low, jur)
				}
				if p != nil {
					d.place(&mention{i: i, j: i + 1, kind: kPerson, ent: p, person: p, ref: refTitle})
				} else {
					d.unknownAt[si] = append(d.unknownAt[si], i)
				}
			case m == nil && first[t.Text] != nil && d.nameTok(i) && (i == start || !d.nameTok(i-1)) && d.nameRun(i, end) == i+1:
				// "Lula said", "Yoon added": the first word of one
				// known name, the family name of names written family
				// name first
				p := first[t.Text]
				d.place(&mention{i: i, j: i + 1, kind: kPerson, ent: p, person: p})
				p.addForm(t.Text)
			case m == nil && t.Kind == tWord && pronouns[t.Text] && !(i+1 < end && majesty[d.toks[i+1].Text]):
				// (not "Her Excellency", "His Majesty": a form of address)
				if p := d.salient(si, i); p != nil {
					d.place(&mention{i: i, j: i + 1, kind: kPerson, ent: p, person: p, ref: refPronoun})
				}
			}
			if m := d.mat(i); m != nil && m.i == i && m.kind == kPerson && m.ref == refName {
				if jur, roles := d.counterpartOf(m, start); jur != "" {
					for _, r := range roles {
						counterparts[[2]string{jur, r}] = m.ent
					}
				}
			}
			if m := d.mat(i); m != nil && m.i == i {
				if p := personOf(m); p != nil && p.class == schema.Person {
					last = p
					recent = moveToFront(recent, p)
					// a possessive ("For his part, the minister …") or
					// an object pronoun is not the sentence's subject
					if d.subj[si] == nil && (i == start || !prepositions[d.toks[d.pastDeterminer(i-1, start)].Text] && !d.participleObject(i-1) || d.accordingTo(i, start)) && !(m.ref == refPronoun && !d.toks[i].is("he", "He", "she", "She")) {
						d.subj[si] = p
					}
				}
			}
		}
	}
}

// firstNames maps the first word of a known name of two or more words to
// its person, where only one person's name begins with it and none ends
// with it.
func (d *doc) firstNames() map[string]*entity {
	out := map[string]*entity{}
	shared := map[string]bool{}
	for _, p := range d.persons {
		for _, f := range p.forms {
			w := strings.Fields(f)
			if len(w) < 2 {
				continue
			}
			if s := surname(w); s != w[0] {
				shared[s] = true
			}
			if isInitialTok(token{Text: w[0]}) || honorifics[w[0]] != "" || titleWords[w[0]] {
				continue
			}
			if q := out[w[0]]; q != nil && q != p {
				shared[w[0]] = true
			}
			out[w[0]] = p
		}
	}
	// the first family name of a Spanish or Portuguese name of three
	// words, given name and two family names ("Ibarra" of "Marta
	// Ibarra Solis"), where no other name has that word
	for _, p := range d.persons {
		for _, f := range p.forms {
			w := strings.Fields(f)
			if len(w) != 3 || isInitialTok(token{Text: w[1]}) || particles[w[1]] || honorifics[w[1]] != "" || titleWords[w[1]] || strings.ToUpper(w[1]) == w[1] {
				continue
			}
			if q := out[w[1]]; q != nil && q != p {
				shared[w[1]] = true
			}
			out[w[1]] = p
		}
	}
	for _, p := range d.persons {
		for _, f := range p.forms {
			w := strings.Fields(f)
			for k, x := range w {
				// a word that is another's name word elsewhere than
				// in front ("Jose Luis Garcia" and "Luis Perez")
				if q := out[x]; q != nil && q != p && k > 0 {
					shared[x] = true
				}
			}
		}
	}
	for w := range shared {
		delete(out, w)
	}
	return out
}

// refs of a person mention that is not a name.
const (
	refName = iota
	refTitle
	refPronoun
)

// nextIsName: the title stands in front of a name, not for a person.
func (d *doc) nextIsName(m *mention) bool {
	k := m.j
	if k < len(d.toks) && d.mat(k) != nil && d.mat(k).kind == kPerson {
		return true
	}
	return false
}

// holderOf is the person who holds the office a title names, preferring
// the last one mentioned; for a title with no jurisdiction, a person
// referred to lately who was given that title.
func (d *doc) holderOf(m *mention, last *entity, recent []*entity) *entity {
	if m.ent != nil {
		var found *entity
		for _, p := range d.holders[m.ent] {
			if found == nil || p == last {
				found = p
			}
		}
		return found
	}
	form := lowerKey(d.text(m.i, m.j))
	for _, p := range recent {
		if p.titles[form] {
			return p
		}
	}
	// another form of the same title: "the spokeswoman" after
	// "Presidential spokeswoman Jane Doe"
	titles := map[string]bool{}
	for _, r := range d.x.officeRows[form] {
		titles[d.x.lex.Offices[r].Title] = true
	}
	for _, p := range recent {
		if d.titledAs(p, func(o *lexicon.Office) bool { return titles[o.Title] }) {
			return p
		}
	}
	return nil
}

// titledAs: a title p was given as written is an office of the lexicon
// that fits.
func (d *doc) titledAs(p *entity, fits func(o *lexicon.Office) bool) bool {
	for t := range p.titles {
		for _, r := range d.x.officeRows[t] {
			if fits(&d.x.lex.Offices[r]) {
				return true
			}
		}
	}
	return false
}

// titled is the person referred to lately who was given the title word.
func (d *doc) titled(word string, recent []*entity) *entity {
	for _, p := range recent {
		if p.titles[word] {
			return p
		}
	}
	return nil
}

// pastDeterminer is the word before the determiners that end at k ("of
// the President", "with his counterpart"): k itself if it is none.
func (d *doc) pastDeterminer(k, start int) int {
	for k > start && d.toks[k].is("the", "The", "a", "an", "his", "her", "their", "its") {
		k--
	}
	return k
}

// salient is the person a pronoun at token i of sentence si stands for.
func (d *doc) salient(si, i int) *entity {
	if d.subj[si] != nil {
		return d.subj[si]
	}
	if d.unknownNameBefore(si, i) || len(d.unknownAt[si]) > 0 && d.unknownAt[si][0] < i {
		return nil // "Natsios, on Monday, set … what he called": not a person we know
	}
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		if d.subj[s] != nil {
			return d.subj[s]
		}
		if len(d.unknownAt[s]) > 0 {
			return nil
		}
	}
	return nil
}

// standsForPerson: a title that stands for its holder in the sentence
// ("the Turkish ambassador said", "quoted the minister"), not one in front
// of a name or qualifying a noun.
func (d *doc) standsForPerson(m *mention, start int) bool {
	if d.modifierUse(m) || d.nextIsName(m) || m.j < len(d.toks) && d.nameTok(m.j) {
		return false
	}
	b := m.i - 1
	for b >= start && d.mat(b) != nil && d.mat(b).j == b+1 && d.jurisdictionOf(d.mat(b)) != "" {
		b = d.mat(b).i - 1 // "the Turkish ambassador", "the US envoy"
	}
	return b >= start && d.toks[b].is("the", "The")
}

// unknownNameBefore: a capitalised word that no rule took for a name or a
// lexicon entry stands in subject position before token i of sentence si:
// mid-sentence ("Last October Natsios said he …"), or opening the sentence
// before a comma or a verb ("Natsios, on Monday, …"). The pronoun after it
// is most likely that person, whom the graph does not know.
func (d *doc) unknownNameBefore(si, i int) bool {
	start, _ := d.bounds(si)
	for k := start; k < i; k++ {
		if d.quoted[k] || d.mat(k) != nil || !d.nameTok(k) || k > start && d.nameTok(k-1) {
			continue
		}
		t := d.toks[k]
		if strings.HasSuffix(t.Low, "ly") || strings.HasSuffix(t.Low, "ing") || strings.ToUpper(t.Text) == t.Text {
			continue // "Separately,", "Speaking at …", "UNICEF"
		}
		if k > start && (prepositions[d.toks[k-1].Text] || d.toks[k-1].is("the", "a", "an", "'s", "’s")) {
			continue
		}
		j := d.nameRun(k, i)
		if j == k || j >= i {
			continue
		}
		ok, _ := d.speechVerb(j)
		if !ok && !personVerbs[d.toks[j].Text] && !d.toks[j].is(",", "during", "on") {
			continue
		}
		// a capitalised word that opens the sentence is a name only if
		// the article writes it so inside a sentence too ("Natsios, on
		// Monday, …" and "Andrew S. Natsios"; not "Moreover, he said")
		if k == start && !d.midSentence(t.Text) {
			continue
		}
		return true
	}
	return false
}

// midSentence: the word w is written somewhere in the article inside a
// sentence, not opening it.
func (d *doc) midSentence(w string) bool {
	if d.midWords == nil {
		d.midWords = map[string]bool{}
		for si := range d.sents {
			start, end := d.bounds(si)
			for q := start + 1; q < end; q++ {
				if d.toks[q].Kind == tWord {
					d.midWords[d.toks[q].Text] = true
				}
			}
		}
	}
	return d.midWords[w]
}

// genericTitles are title nouns that, after "the", stand for the person
// last named with such a title: "the minister told reporters".
var genericTitles = map[string]bool{"minister": true, "secretary": true, "commissioner": true,
	"president": true, "premier": true, "chancellor": true, "ambassador": true, "envoy": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "governor": true, "senator": true,
	"administrator": true, "director-general": true, "secretary-general": true, "chief": true,
	"leader": true}

// moveToFront keeps the sixteen people referred to last, latest first.
func moveToFront(list []*entity, p *entity) []*entity {
	for n, q := range list {
		if q == p {
			copy(list[1:n+1], list[:n])
			list[0] = p
			return list
		}
	}
	if len(list) < 16 {
		list = append(list, nil)
	}
	copy(list[1:], list[:len(list)-1])
	list[0] = p
	return list
}

// holderByWord is the person most recently referred to who holds an
// office whose title has the word ("minister": a Health Minister).
func (d *doc) holderByWord(recent []*entity, word string) *entity {
	for _, p := range recent {
		for o := range p.holds {
			for _, w := range strings.Fields(strings.ToLower(o.name)) {
				if w == word {
					return p
				}
			}
		}
		if p.titles[word] {
			return p
		}
	}
	return nil
}

// counterpartOf reads "his Saudi counterpart (Prince) Faisal bin Farhan"
// in front of the name m: the jurisdiction of the counterpart and the
// roles of the offices that "his" holds (a foreign minister's counterpart
// is a foreign minister).
func (d *doc) counterpartOf(m *mention, start int) (string, []string) {
	b := m.i - 1
	for b >= start && (titleWords[d.toks[b].Text] || honorifics[d.toks[b].Text] != "") {
		b--
	}
	if b-2 < start || !d.toks[b].is("counterpart") {
		return "", nil
	}
	j := d.mat(b - 1)
	if j == nil || j.j != b || d.jurisdictionOf(j) == "" {
		return "", nil
	}
	o := d.mat(j.i - 1)
	if o == nil || o.j != j.i || o.ref != refPronoun || personOf(o) == nil {
		return "", nil
	}
	var roles []string
	for off := range personOf(o).holds {
		if off.role != "" && off.jurKey != d.jurisdictionOf(j) {
			roles = append(roles, off.role)
		}
	}
	sort.Strings(roles)
	return d.jurisdictionOf(j), roles
}

// theTitle reads "the", jurisdictions and describers before the title
// word at i: "" for "the minister" and "the visiting minister", the
// jurisdiction key for "the Sudanese minister", "-" when no "the" stands
// in front.
func (d *doc) theTitle(i, start int) string {
	jur := ""
	b := i - 1
	for b >= start {
		if m := d.mat(b); m != nil && m.j == b+1 && d.jurisdictionOf(m) != "" {
			jur = d.jurisdictionOf(m)
			b = m.i - 1
		} else if m == nil && (describers[d.toks[b].Low] || strings.HasSuffix(d.toks[b].Low, "-year-old")) {
			b-- // "the visiting minister", "the 67-year-old diplomat"
		} else {
			break
		}
	}
	if b >= start && d.toks[b].is("the", "The") {
		return jur
	}
	return "-"
}

// holderByWordIn is the person most recently referred to who holds an
// office of jurisdiction jur whose title has the word.
func (d *doc) holderByWordIn(recent []*entity, word, jur string) *entity {
	for _, p := range recent {
		for o := range p.holds {
			if o.jurKey != jur {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(o.name)) {
				if w == word {
					return p
				}
			}
		}
	}
	return nil
}

// titledRecent: a title without jurisdiction ("the envoy", "the foreign
// minister") stands for the person most recently referred to who holds an
// office of the same kind.
func (d *doc) titledRecent(recent []*entity, m *mention) *entity {
	form := lowerKey(d.text(m.i, m.j))
	roles := map[string]bool{}
	for _, r := range d.x.officeRows[form] {
		roles[d.x.lex.Offices[r].Role] = true
	}
	for _, p := range recent {
		for o := range p.holds {
			if roles[o.role] {
				return p
			}
		}
	}
	return nil
}

// roleHolder is the person most recently referred to who holds an office
// of one of the roles, of jurisdiction jur ("" for any): "the Chilean
// leader said" (a head of state or government of Chile), "the diplomat".
// A person given such a title whose country the text leaves unsaid
// ("Presidential spokesman Jane Doe") holds no office and is taken too.
func (d *doc) roleHolder(recent []*entity, jur string, roles map[string]bool) *entity {
	for _, p := range recent {
		for o := range p.holds {
			if roles[o.role] && (jur == "" || o.jurKey == jur) {
				return p
			}
		}
		if len(p.holds) == 0 && d.titledAs(p, func(o *lexicon.Office) bool { return roles[o.Role] }) {
			return p
		}
	}
	return nil
}

// sharedRoles are the roles many posts of one country have (its
// ministers, officials, lawmakers, officers, diplomats): one such post
// says nothing of who holds another.
var sharedRoles = map[string]bool{"": true, "minister": true, "official": true, "legislator": true,
	"military": true, "diplomat": true}

// participleObject: the word at k, right before a person, is a verb in
// -ing whose object the person is ("Briefing journalists soon after
// meeting President Jane Doe, John Roe said": Roe is the subject).
// Titles, bodies and "the" may stand between ("after meeting AU chairman
// President Jane Doe").
func (d *doc) participleObject(k int) bool {
	for n := 0; n < 4 && k > 0; n++ {
		m := d.mat(k)
		if m == nil && (titleWords[d.toks[k].Text] || honorifics[d.toks[k].Text] != "") {
			k--
			continue
		}
		if m == nil || m.j != k+1 || m.kind != kOffice && personOf(m) != nil || m.kind != kOffice && m.kind != kGrouping && m.kind != kCountry && m.kind != kDemonym {
			break
		}
		k = m.i - 1
	}
	if k > 0 && d.toks[k].is("the") {
		k--
	}
	if k < 0 {
		return false
	}
	t := d.toks[k]
	return t.Kind == tWord && !t.capitalised() && len(t.Low) > 5 && strings.HasSuffix(t.Low, "ing") && d.tag(k) == pos.VERB
}

// accordingTo: the person at i follows "according to" at the head of its
// clause ("According to Jane Doe, …"): the source the sentence speaks
// for, whom a "he" after it most likely means.
func (d *doc) accordingTo(i, start int) bool {
	return i-2 >= start && d.toks[i-1].is("to") && d.toks[i-2].is("according", "According") && (i-2 == start || d.toks[i-3].is(","))
}
