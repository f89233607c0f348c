package extract

import (
	"iter"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
)

// Who takes part in an event: the people a verb or "with" takes, the
// subject of the verb or of the light verb before a noun, a sentence's
// opening phrase, the people a sentence says attended, chaired or
// accompanied (events.go tells the events themselves).

// personRefAt is the person, office or pronoun referent at token k.
func (d *doc) personRefAt(k int) *entity {
	m := d.mat(k)
	if m == nil || m.i != k {
		return nil
	}
	if p := personOf(m); p != nil {
		return p
	}
	if m.kind == kOffice && m.ent != nil {
		return m.ent
	}
	return nil
}

// refAt reads one person at k, titles in front of the name included ("US
// Defence Secretary Lloyd Austin", "the US defense secretary"); it returns
// the person and the index after, or nil.
func (d *doc) refAt(k, end int) (*entity, int) {
	for k < end && d.toks[k].is("the", "The", "a") {
		k++
	}
	if k >= end {
		return nil, k
	}
	if p, j := d.counterpartRef(k, end); p != nil {
		return p, j
	}
	// skip the titles in front of a name: "US Defence Secretary Lloyd
	// Austin", "India's envoy to the US Ambassador Taranjit Singh Sandhu"
	j := d.skipTitles(k, end)
	if j == k {
		// no name: the title itself ("the US defense secretary")
		for j < end && d.mat(j) != nil && d.mat(j).i == j && (d.mat(j).kind == kCountry || d.mat(j).kind == kDemonym || d.mat(j).kind == kGrouping) {
			j = d.mat(j).j
			if j < end && d.toks[j].is("'s", "’s") {
				j++
			}
		}
	}
	if j >= end {
		return nil, k
	}
	p := d.personRefAt(j)
	if (p == nil || p.class != schema.Person) && j > k {
		// "the Brazilian leader", "the Ethiopian president": the person
		// last named who holds an office of that country
		// "her Kenyan counterpart, Foreign Minister Omar Haddad": named after
		nameAfter := false
		for _, a := range []int{j + 1, j + 2} {
			if a < end && (a == j+1 || d.toks[j+1].is(",")) && (d.mat(a) != nil && d.mat(a).kind == kPerson || d.skipTitles(a, end) != a) {
				nameAfter = true
			}
		}
		if m := d.mat(k); m != nil && m.i == k && !nameAfter && (m.kind == kDemonym || m.kind == kCountry) && (d.ew(j)&evPeopleNoun != 0 && d.toks[j].Kind == tWord || d.mat(j) != nil && d.mat(j).kind == kOffice) {
			var office *entity // "the US defense secretary": that office's holder only
			if om := d.mat(j); om != nil && om.kind == kOffice {
				office = om.ent
			}
			if q := d.holderBefore(d.jurisdictionOf(m), office, k); q != nil {
				end := j + 1
				if d.mat(j) != nil {
					end = d.mat(j).j
				}
				return q, end
			}
		}
	}
	if p == nil {
		return d.visitorRef(k, end)
	}
	k = d.mat(j).j
	// the title stood for the person whose name follows: "EAM Dr. S Jaishankar"
	q := k
	for q < end && titleWords[d.toks[q].Text] {
		q++
	}
	if q < end && d.mat(q) != nil && d.mat(q).i == q && personOf(d.mat(q)) == p {
		k = d.mat(q).j
	}
	return p, k
}

// visitorRef reads "visiting" and a word for the one who came ("the
// visiting dignitary", "the visiting Iranian minister") with no name
// after: the visitor of the last visit told before k. It returns the
// person and the index after, or nil.
func (d *doc) visitorRef(k, end int) (*entity, int) {
	if k+1 >= end || !d.toks[k].is("visiting", "Visiting") {
		return nil, k
	}
	j := k + 1
	for j < end && d.mat(j) != nil && d.mat(j).i == j && (d.mat(j).kind == kCountry || d.mat(j).kind == kDemonym) {
		j = d.mat(j).j
	}
	if j >= end {
		return nil, k
	}
	after := j + 1
	if m := d.mat(j); m != nil && m.i == j && m.kind == kOffice {
		after = m.j
	} else if d.toks[j].Kind != tWord || d.toks[j].capitalised() || d.ew(j)&evPeopleNoun == 0 {
		return nil, k
	}
	if after < end && (d.mat(after) != nil && d.mat(after).kind == kPerson || d.toks[after].is(",")) {
		return nil, k // "the visiting minister, X": named after
	}
	for n := len(d.events) - 1; n >= 0; n-- {
		if e := d.events[n].root(); !e.dropped && e.class == schema.Visit && e.trig < k && len(e.participants) > 0 {
			return e.participants[0], after
		}
	}
	return nil, k
}

// counterpartRef reads "his US counterpart", "her Kenyan counterpart"
// with no name after: the person named last before k who holds an office
// of that country ("US Secretary of State X … received a call from his US
// counterpart"). It returns the person and the index after, or nil.
func (d *doc) counterpartRef(k, end int) (*entity, int) {
	if k+2 >= end || !d.toks[k].is("his", "her", "His", "Her") {
		return nil, k
	}
	m := d.mat(k + 1)
	if m == nil || m.i != k+1 || m.j >= end || m.kind != kCountry && m.kind != kDemonym || !d.toks[m.j].is("counterpart") {
		return nil, k
	}
	j := m.j + 1
	if j < end && (d.toks[j].is(",") || d.mat(j) != nil || d.skipTitles(j, end) != j) {
		return nil, k // "her Kenyan counterpart, Foreign Minister X": named after
	}
	jur := d.jurisdictionOf(m)
	if jur == "" {
		return nil, k
	}
	for q := k - 1; q >= 0 && q >= k-600; q-- {
		pm := d.mat(q)
		if pm == nil || pm.kind != kPerson {
			continue
		}
		if p := personOf(pm); p != nil {
			for o := range p.holds {
				if o.jurKey == jur {
					return p, j
				}
			}
		}
	}
	return nil, k
}

// holderBefore is the person named last before token k who holds the
// office, or when nil a leader's office (head of state or government,
// monarch) of jurisdiction jur.
func (d *doc) holderBefore(jur string, office *entity, k int) *entity {
	if jur == "" {
		return nil
	}
	for q := k - 1; q >= 0 && q >= k-600; q-- {
		m := d.mat(q)
		if m == nil || m.kind != kPerson || m.i != q && q != k-1 {
			continue
		}
		p := personOf(m)
		if p == nil {
			continue
		}
		for o := range p.holds {
			if office != nil && o == office || office == nil && o.jurKey == jur && (o.role == "head of state" || o.role == "head of government" || o.role == "monarch") {
				return p
			}
		}
	}
	return nil
}

// refsFrom reads "A, B and C" of persons or offices from k; it returns
// each and the index after.
func (d *doc) refsFrom(k, end int) ([]*entity, int) {
	var out []*entity
	for k < end {
		p, j := d.refAt(k, end)
		if p == nil {
			break
		}
		out = append(out, p)
		k = j
		if k < end && d.toks[k].is(",") && k+1 < end && !d.toks[k+1].is("and") && d.personRefAfterComma(k+1, end) {
			k++
			continue
		}
		if k < end && d.toks[k].is(",") {
			k++
		}
		if k < end && d.toks[k].is("and", "&") {
			k++
			continue
		}
		break
	}
	return out, k
}

// objectRefs reads the people a verb or "with" takes, from k: "US
// Defence Secretary Lloyd Austin", "A, B and C", "his Brazilian and
// Paraguayan colleagues, Carlos França and Julio Arriola", "Sudanese
// officials, including the Foreign Minister, Lam Akol", "Presidents A
// (Djibouti), B (Kenya) and the Prime Minister of Ethiopia, C". It stops
// at a clause or an adjunct ("in Paris", "on trade", "to discuss"), and
// before "and with" (another meeting). It returns the people and where it
// stopped.
func (d *doc) objectRefs(k, end int) ([]*entity, int) {
	var out []*entity
	gap := 0
	for k < end && gap < 8 {
		if d.quoted[k] {
			break
		}
		p, j := d.counterpartRef(k, end)
		if p == nil && !d.possessive(k, end) {
			p, j = d.refAt(k, end)
		}
		if p != nil {
			if j < end && d.toks[j].is("'s", "’s") {
				k, gap = j+1, gap+1 // "met Biden's envoy X", "welcomed X's remarks"
				continue
			}
			if d.clauseSubjectAt(k, j, end) {
				return out, k // "Among calls with her counterparts, X spoke with Y": X is the clause's
			}
			out = appendEntity(out, p)
			k, gap = j, 0
			continue
		}
		t := d.toks[k]
		low := t.Low
		switch {
		case t.is(".", "!", "?", ":") || t.Kind == tQuote:
			return out, k
		case t.is(";"):
			if len(out) == 0 {
				return out, k
			}
			k++
		case t.is("and", "&", ",", "or"):
			if k+1 < end && d.toks[k+1].is("with") || k+2 < end && d.toks[k+1].is("and") && d.toks[k+2].is("with") {
				return out, k // "… and with C": another meeting
			}
			// a list goes on only to another person: "met A and discussed"
			// ends it
			found := false
			for q := k + 1; q < end && q <= k+6; q++ {
				if p, _ := d.refAt(q, end); p != nil {
					found = true
					break
				}
				if d.toks[q].is(".", ";", ":") || objectStops[d.toks[q].Low] && !d.toks[q].is("to") {
					break
				}
			}
			if !found {
				return out, k
			}
			k++
		case low == "including" || low == "namely" || low == "such" || low == "of" || t.is("'s", "’s", "-", "–", "—", ")"):
			k++
		case low == "from" && d.toks[k-1].is("counterpart", "counterparts") && d.mat(k+1) != nil && d.mat(k+1).i == k+1 && d.mat(k+1).kind == kCountry:
			k = d.mat(k + 1).j // "met his counterpart from Chile X": the counterpart's country
		case (low == "led" || low == "headed") && k+1 < end && d.toks[k+1].is("by"):
			k += 2 // "a delegation led by X"
		case t.is("("):
			for k < end && !d.toks[k].is(")") {
				k++
			}
			k++
		case objectStops[low] || subordinators[low]:
			return out, k
		case t.Kind == tWord:
			if m := d.mat(k); m != nil && m.i == k {
				k = m.j
			} else {
				k++
			}
			gap++
		default:
			return out, k
		}
	}
	return out, k
}

// possessive: the pronoun at k is a determiner ("his colleagues", "her
// counterpart"), not a person met ("met her").
func (d *doc) possessive(k, end int) bool {
	t := d.toks[k]
	if t.is("his", "His", "their", "its") {
		return true
	}
	return t.is("her", "Her") && k+1 < end && d.toks[k+1].Kind == tWord && !objectStops[d.toks[k+1].Low] && !d.toks[k+1].is("and", "or")
}

func appendEntity(s []*entity, p *entity) []*entity {
	for _, q := range s {
		if q == p {
			return s
		}
	}
	return append(s, p)
}

// skipTitles passes over the jurisdictions, titles, portfolios, postings
// and bracketed acronyms in front of a name, when a name follows them:
// "US Defence Secretary Lloyd Austin", "Saudi Minister of State for
// African Affairs Ahmed Kattan", "Deputy Prime Minister of Qatar and
// Minister of State for Defence Affairs Khalid Al Attiyah", "India's
// envoy to the US Ambassador Taranjit Singh Sandhu". It returns the name's
// index, or k when no name follows.
func (d *doc) skipTitles(k, end int) int {
	j := k
	for j < end && j < k+16 {
		m := d.mat(j)
		t := d.toks[j]
		switch {
		case m != nil && m.i == j && m.kind == kPerson:
			return j
		case m != nil && m.i == j && (m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping || m.kind == kOffice || m.kind == kAgency):
			j = m.j
		case t.is("'s", "’s") || titleWords[t.Text]:
			j++
		case j > k && t.Kind == tWord && !t.capitalised() && d.ew(j)&evPeopleNoun != 0 && m == nil:
			j++ // "her Sri Lankan counterpart Mangala Samaraweera"
		case t.is("to") && j+1 < end && (d.mat(j+1) != nil || d.toks[j+1].is("the")):
			j++
			if d.toks[j].is("the") {
				j++
			}
		case t.is("("):
			for j < end && !d.toks[j].is(")") {
				j++
			}
			j++
		case j > k && t.is("of", "for", "and", "&", "-") && j+1 < end && (d.toks[j+1].capitalised() || d.toks[j+1].is("the")):
			j++ // a portfolio or a second title: "of State for African Affairs"
		case j > k && t.is("the") && d.toks[j-1].is("of", "for"):
			j++
		case j > k && t.Kind == tWord && t.capitalised() && m == nil && !nameStops[t.Text]:
			j++
		default:
			return k // no name after the titles: the first title is the reference
		}
	}
	return k
}

// titlesStart is where the titles before a name at i begin.
func (d *doc) titlesStart(i, start int) int {
	_, _, _, begin := d.titlesBefore(i, start)
	return begin
}

// peopleAt: the words from k name people ("his UK and G7 counterparts").
func (d *doc) peopleAt(k, end int) bool {
	return d.peopleNamedAt(k, end, false)
}

// peopleNamedAt is peopleAt; when known, people the text identifies:
// "his counterparts", "Sudanese officials", not "local officials".
func (d *doc) peopleNamedAt(k, end int, need bool) bool {
	known := !need
	for q := k; q < end && q < k+6; q++ {
		low := d.toks[q].Low
		if m := d.mat(q); m != nil && (m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping || m.kind == kPerson) || d.toks[q].is("his", "her", "their", "the") ||
			d.toks[q].Kind == tWord && d.toks[q].capitalised() && q > k {
			known = true // "a Taliban delegation"
		}
		if d.ew(q)&evPeopleNoun != 0 {
			return known
		}
		if phraseStops[low] && low != "the" && low != "his" && low != "her" && low != "their" && low != "and" {
			return false
		}
	}
	return false
}

// personRefAfterComma: after a comma comes another name of the list, not
// an apposition or a clause.
func (d *doc) personRefAfterComma(k, end int) bool {
	for k < end && d.toks[k].is("the") {
		k++
	}
	return k < end && d.mat(k) != nil && d.mat(k).kind == kPerson
}

// verbSubject is who does the verb at k: the person right before its
// auxiliaries, adverbs and date ("King Abdullah on Monday held talks"),
// or before a relative clause or apposition ("The King, who arrived in
// X", "The envoy, Andrew Natsios, arrived"), the subject of the verb
// before it in the sentence when the two are joined by "and", or "Both …"
// for the two of the last meeting. Unless strict, or when an infinitive
// ("agreed to visit X"), the nearest person before will do.
func (d *doc) verbSubject(k, start int, inSent []*event, strict bool) []*entity {
	b := k - 1
	infinitive := false
	for b >= start {
		low := d.toks[b].Low
		if isAux(low) || strings.HasSuffix(d.toks[b].Text, "ly") && !d.toks[b].capitalised() && d.mat(b) == nil {
			infinitive = infinitive || low == "to"
			b--
			continue
		}
		// "X is due to meet", "X is expected to travel": the one due
		if b+1 < k && d.toks[b+1].is("to") && d.toks[b].is("due", "expected", "scheduled", "slated", "set", "poised", "likely", "planning", "hoping") {
			b--
			continue
		}
		if b == k-1 && strings.HasSuffix(d.toks[k].Low, "ing") && d.toks[b].is("by", "after", "before", "while", "when") {
			infinitive = true // "responded by visiting Seoul": the clause's subject
			// "X will meet Y in Lima before heading to Quito": the one of
			// the event told before it in the sentence, not Y
			for n := len(inSent) - 1; n >= 0; n-- {
				if e := inSent[n]; e.trig < b && len(e.participants) > 0 {
					return e.participants[:1]
				}
			}
			break
		}
		if dt := d.dateEndingAt(b); dt != nil {
			b = dt.i - 1
			if b >= start && d.toks[b].is("on", "last", "this", "late", "early") {
				b--
			}
			continue
		}
		break
	}
	if b >= start && d.toks[b].is("and", ",") && len(inSent) > 0 {
		prev := inSent[len(inSent)-1]
		if len(prev.participants) > 0 && prev.trig < k {
			return prev.participants[:1]
		}
	}
	if both := d.bothAt(start, k); both != nil {
		return both
	}
	// "the premier and his Malaysian counterpart expressed": the one
	// the counterpart stands for, and the person before "and"
	if b-2 >= start && d.toks[b].is("counterpart") {
		if m := d.mat(b - 1); m != nil && m.j == b && m.i-1 >= start {
			if p, _ := d.counterpartRef(m.i-1, b+1); p != nil {
				h := m.i - 1
				if h-2 < start || !d.toks[h-1].is("and") {
					return []*entity{p}
				}
				if pm := d.mat(h - 2); pm != nil && pm.j == h-1 {
					q := d.personRefAt(pm.i)
					if q != nil && q.class == schema.Office {
						q = d.holderBefore(q.jurKey, q, pm.i) // "the Prime Minister": its holder named before
					}
					if q != nil && q != p && q.class == schema.Person {
						return []*entity{q, p}
					}
				}
				return nil // "the premier and his … counterpart" with the first not read: no one side alone
			}
		}
	}
	// "the Brazilian leader will meet": the person it stands for
	if b > start && d.ew(b)&evPeopleNoun != 0 && d.mat(b) == nil {
		if m := d.mat(b - 1); m != nil && m.j == b && (m.kind == kDemonym || m.kind == kCountry) {
			if p, _ := d.refAt(m.i, b+1); p != nil && p.class == schema.Person {
				return []*entity{p}
			}
		}
	}
	// "The Eritrean delegation also held talks with X": the one the text
	// said leads that delegation
	if b > start && d.toks[b].is("delegation") && d.mat(b) == nil {
		if p := d.delegationLead(b, start); p != nil {
			return []*entity{p}
		}
	}
	// "The visiting dignitary will also call on X": the visitor
	for v := b; v > start && v >= b-4; v-- {
		if d.toks[v].is("visiting") {
			if p, after := d.visitorRef(v, k); p != nil && after == b+1 {
				return []*entity{p}
			}
			break
		}
	}
	// "Ana Lopez of Peru arrived": the person before "of" and the country
	if m := d.mat(b); b >= start && m != nil && m.j == b+1 && (m.kind == kCountry || m.kind == kGrouping) && m.i-2 >= start && d.toks[m.i-1].is("of") && d.personEndsAt(m.i-2) {
		b = m.i - 2
	}
	// "The King, who arrived", "Natsios, who is received …, is due to"
	if b >= start && d.toks[b].is("who") {
		b--
		if b >= start && d.toks[b].is(",") {
			b--
		}
	}
	if b >= start && d.toks[b].is(",") {
		// "X, the US envoy, arrived", "X, a top aide to Y, met": the name
		// before the apposition; "The US envoy, Andrew Natsios, arrived":
		// the name that is the apposition
		c := -1
		for q := b - 1; q > start && q >= b-30; q-- {
			if d.toks[q].is(",") {
				c = q
				break
			}
			if d.toks[q].is(";") || d.quoted[q] {
				break
			}
		}
		descriptive := c >= 0 && c+1 < b && (d.toks[c+1].is("a", "an", "the", "his", "her", "their", "who") || !d.toks[c+1].capitalised())
		switch {
		case c >= 0 && (descriptive || d.personEndsAt(c-1) && !d.personEndsAt(b-1)):
			b = c - 1
			strict = strict || descriptive // the subject is the unnamed one before it
		case d.personEndsAt(b - 1):
			b--
		}
	}
	for q := b; q >= start && q >= b-1; q-- {
		if m := d.mat(q); m != nil && m.j == q+1 {
			if p := d.personRefAt(m.i); p != nil {
				// "Wong and Wang Yi agreed in talks": all of a coordinated subject
				// "Foreign Minister Penny Wong and Chinese State Councilor
				// and Foreign Minister Wang Yi agreed": titles between
				subj := []*entity{p}
				c := d.nounStart(m.i, start) - 1
				if c-2 >= start && firstSpouse(d.toks[c-1], d.toks[c]) {
					c -= 2 // "X and first lady Y will visit": both
				}
				for c-1 >= start && d.toks[c].is("and", ",") {
					if len(subj) == 1 && d.toks[c].is(",") {
						break // "According to X, A met": a list ends in "and"
					}
					if d.toks[c].is("and") && c-2 >= start && d.toks[c-1].is(",") && d.serialComma(c-1, start) {
						c-- // "A, B, and C arrived"
					}
					pm := d.mat(c - 1)
					if pm == nil || pm.j != c {
						break
					}
					// "Ana Lopez of Peru and X agreed": the person before "of"
					if (pm.kind == kCountry || pm.kind == kGrouping) && pm.i-2 >= start && d.toks[pm.i-1].is("of") && d.personEndsAt(pm.i-2) {
						pm = d.mat(pm.i - 2)
					}
					pp := d.personRefAt(pm.i)
					if pp == nil {
						break
					}
					subj = append(subj, pp)
					c = d.nounStart(pm.i, start) - 1
				}
				return subj
			}
		}
	}
	if strict && !infinitive {
		return nil
	}
	if d.vehicleSubject(b, start) {
		return nil
	}
	if p := d.subjectBefore(k, start); p != nil {
		return []*entity{p}
	}
	return nil
}

// serialComma: the comma at c before "and" ends the next-to-last item of
// a list of three people or more ("A, B, and C"), not a clause ("A met B,
// and C arrived").
func (d *doc) serialComma(c, start int) bool {
	pm := d.mat(c - 1)
	if pm == nil || pm.j != c || d.personRefAt(pm.i) == nil {
		return false
	}
	b := d.nounStart(pm.i, start) - 1
	return b-1 >= start && d.toks[b].is(",") && d.personEndsAt(b-1)
}

// vehicleSubject: the subject ending at b is a vehicle ("X said six
// helicopters were to arrive in Y", "an aircraft with rations was to
// arrive", "a Hercules flew to Y"): it goes, not the person before it.
func (d *doc) vehicleSubject(b, start int) bool {
	for q := b; q >= start && q > b-8; q-- {
		t := d.toks[q]
		if d.x.notGoods[t.Low] == "carrier" && d.tag(q) != pos.VERB {
			return true
		}
		if t.Kind != tWord || t.is("that", "who", "which") || d.mat(q) != nil && d.mat(q).kind == kPerson || d.tag(q) == pos.VERB {
			return false
		}
	}
	return false
}

// nounStart is where the words before a name at i begin: its titles, and
// a country and a word for a leader ("North Korean leader Kim Jong Un").
func (d *doc) nounStart(i, start int) int {
	b := d.titlesStart(i, start)
	for b-1 >= start {
		t := d.toks[b-1]
		if m := d.mat(b - 1); m != nil && m.j == b && (m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping) {
			b = m.i
			continue
		}
		if t.Kind == tWord && !t.capitalised() && d.ew(b-1)&evPeopleNoun != 0 || t.is("'s", "’s", "his", "her", "their") {
			b-- // "and her Kenyan counterpart Peter Mwangi"
			continue
		}
		if t.is("the") && b-2 >= start && d.toks[b-2].is("and", ",") {
			b-- // "A and the Foreign Minister of Chile B"
			continue
		}
		break
	}
	return b
}

// lightSubject: "X held a meeting", "X is on a visit", "X will attend the
// Meeting": the subject of a light verb before the noun.
func (d *doc) lightSubject(k, start int, inSent []*event) []*entity {
	if k-1 >= start && d.toks[k-1].is("in", "during", "after", "following", "at", "for") && (k-2 < start || !d.toks[k-2].is(",")) {
		// "Wong and Wang agreed in talks", "Merkel said on Tuesday
		// following talks with X": the clause's subject
		for v := k - 2; v >= start && v >= k-6; v-- {
			if d.toks[v].is("on") && d.dateEndingAt(v+1) != nil {
				continue // "heading to X on Wednesday for talks": the verb before the date
			}
			if t := d.tag(v); v < k-2 && (t == pos.NOUN || t == pos.ADJ || t == pos.DET || t == pos.PRON) && d.mat(v) == nil && !d.toks[v].capitalised() {
				continue // "A and B led their respective delegations in the talks": the verb before its object
			}
			if d.toks[v].Kind == tWord && !d.toks[v].capitalised() && d.mat(v) == nil && !isAux(d.toks[v].Low) && d.dateEndingAt(v) == nil {
				return d.verbSubject(v, start, inSent, false)
			}
		}
	}
	// "X will take part in a Community of … States (CELAC) summit": the one
	// who takes part, past the words of the event's name
	for b := k - 1; b-2 >= start && b >= k-16; b-- {
		if d.toks[b].is("in") && d.toks[b-1].is("part") && d.toks[b-2].is("take", "takes", "took", "taking", "taken") {
			return d.verbSubject(b-2, start, inSent, false)
		}
		t := d.toks[b]
		if !(t.is("a", "an", "the", "of", "and", "(", ")", "its", "their") || t.Kind == tWord && (t.capitalised() || d.ew(b)&evAdjective != 0) && !(d.mat(b) != nil && d.mat(b).kind == kPerson)) {
			break
		}
	}
	for b := k - 1; b >= start && b >= k-8; b-- {
		low := d.toks[b].Low
		if d.mat(b) != nil && d.mat(b).kind == kPerson && !pronouns[d.toks[b].Text] || d.toks[b].is(",", ";") {
			break
		}
		// "leaves today for a week-long tour of Africa", "set off on a
		// trip": the one who goes
		if d.ew(b)&(evLeaveVerb|evTravelVerb) != 0 && d.toks[b].Text == low && d.ew(k)&evVisitNoun != 0 {
			for q := b + 1; q < k; q++ {
				if d.toks[q].is("for", "on") {
					return d.verbSubject(b, start, inSent, false)
				}
			}
		}
		if d.ew(b)&(evLightVerb|evAttendance) != 0 && d.toks[b].Text == low && !(low == "on" && !(b > 0 && d.toks[b-1].is("is", "was", "are", "were", "be"))) && !(low == "is" || low == "was" || low == "are" || low == "were" || low == "be") {
			v := b
			if low == "on" {
				v = b - 1
			}
			if b > start && d.toks[b-1].is("was", "were", "is", "are", "be", "been") && strings.HasSuffix(low, "ed") && b+1 < len(d.toks) && !d.toks[b+1].is("in", "on") {
				return nil // "X was represented at the summit by Y": not X
			}
			return d.verbSubject(v, start, inSent, false)
		}
	}
	// "Moon and Kim pledged on Friday to …, at a historic summit": the
	// subject of the clause the phrase belongs to
	for b := k - 1; b >= start && b >= k-8; b-- {
		if d.toks[b].is("at", "during") {
			from := start + 1
			// "On October 18, A and B agreed …, during a telephone call":
			// the clause after a fronted date
			for c := start + 1; c < b && c <= start+6; c++ {
				if d.toks[c].is(",") {
					if dt := d.dateEndingAt(c - 1); dt != nil && dt.i <= start+1 {
						from = c + 2
					}
					break
				}
			}
			for v := from; v < b; v++ {
				t := d.toks[v]
				if t.Kind == tWord && !t.capitalised() && d.mat(v) == nil && !isAux(t.Low) && !t.is("and", "or", "of") && (d.personEndsAt(v-1) || d.toks[v-1].is("counterpart")) {
					return d.verbSubject(v, start, inSent, true)
				}
				if d.toks[v].is(",", ";") || subordinators[t.Low] {
					break
				}
			}
			break
		}
		if d.toks[b].Kind != tWord || d.mat(b) != nil {
			break
		}
	}
	return nil
}

// bothAt: "Both the foreign ministers", "The two leaders" at the start of a
// clause: the participants of the last meeting.
func (d *doc) bothAt(start, k int) []*entity {
	if !(d.toks[start].is("Both", "both") || start+1 < k && d.toks[start].is("The", "the") && d.toks[start+1].is("two")) {
		return nil
	}
	if e := d.bothEvent(start, k); e != nil {
		return e.participants
	}
	return d.pairBefore(start)
}

// bothEvent is the event of the last few sentences whose people "Both
// the foreign ministers", "The two leaders" at start stand for, or nil.
func (d *doc) bothEvent(start, k int) *event {
	if !(d.toks[start].is("Both", "both") || start+1 < k && d.toks[start].is("The", "the") && d.toks[start+1].is("two")) {
		return nil
	}
	for n := len(d.events) - 1; n >= 0 && n >= len(d.events)-64; n-- {
		if e := d.events[n].root(); len(e.participants) >= 2 && d.sentOf[start]-e.seen <= 3 {
			return e
		}
	}
	return nil
}

// pairBefore: the two people "the two leaders" stand for when no meeting
// of theirs was told: the last "A and B" of the sentences before ("Putin
// and Erdogan agreed in Sochi … After six hours of talks, the two leaders
// announced a deal").
func (d *doc) pairBefore(k int) []*entity {
	si := d.sentOf[k]
	for s := si; s >= 0 && s >= si-2; s-- {
		start, end := d.bounds(s)
		if s == si {
			end = k
		}
		for q := end - 1; q > start; q-- {
			m := d.mat(q)
			if m == nil || m.j != q+1 || m.kind != kPerson || d.quoted[q] {
				continue
			}
			if a, b := d.andPair(m, start); a != nil {
				return []*entity{a, b}
			}
			q = m.i
		}
	}
	return nil
}

// andPair: the person named by m is the second of "A and B" (titles in
// front of B allowed: "Both Mr A and Mr B"); it returns A and B, or nil.
func (d *doc) andPair(m *mention, start int) (*entity, *entity) {
	c := d.nounStart(m.i, start) - 1
	if c-1 < start || !d.toks[c].is("and") {
		return nil, nil
	}
	pm := d.mat(c - 1)
	if pm == nil || pm.j != c || pm.kind != kPerson {
		return nil, nil
	}
	a, b := personOf(pm), personOf(m)
	if a == nil || b == nil || a == b {
		return nil, nil
	}
	return a, b
}

// addAccompanied: "X was accompanied by Y" adds Y; "Y accompanied X at
// the meeting" adds Y too.
func (d *doc) addAccompanied(e *event, start, end int) {
	for k := start; k+1 < end; k++ {
		if d.toks[k].is("accompanied", "joined") && !d.toks[k+1].is("by") {
			if s := d.subjectBefore(k, start); s != nil {
				e.add(s)
			}
			refs, _ := d.refsFrom(k+1, end)
			for _, p := range refs {
				e.add(p)
			}
		}
	}
	for k := start; k+2 < end; k++ {
		if d.toks[k].is("accompanied", "joined") && d.toks[k+1].is("by") {
			refs, _ := d.refsFrom(k+2, end)
			for _, p := range refs {
				e.add(p)
			}
			if s := d.subjectBefore(k, start); s != nil {
				e.add(s)
			}
		}
	}
}

// addAgents: "a meeting chaired by X", "the summit, convened by X, was
// attended by A, B and C", "was represented at the summit by X".
func (d *doc) addAgents(e *event, next, end int) {
	for q := next; q+2 < end && q < next+30; q++ {
		if d.toks[q].is(";", ".") || d.ew(q)&(evMeetNoun|evSummitNoun|evVisitNoun|evBackref) != 0 && d.toks[q].Kind == tWord {
			break // "talks on the sidelines of the summit, hosted by X": the summit's
		}
		// "opened under the chairmanship of the host, President X"
		if d.toks[q].is("chairmanship", "co-chairmanship") && d.toks[q+1].is("of") {
			from := q + 2
			if d.toks[from].is("the") && from+2 < end && d.toks[from+1].is("host") && d.toks[from+2].is(",") {
				from += 3
			}
			refs, _ := d.objectRefs(from, end)
			for _, p := range refs {
				e.add(p)
			}
		}
		if d.toks[q].is("hosted") && e.class == schema.Visit {
			continue // "the first visit … to be hosted by X": the host is no visitor (GUIDELINES 6.3)
		}
		if d.toks[q].is("chaired", "co-chaired", "hosted", "led", "convened", "attended", "represented", "opened", "addressed", "inaugurated") {
			for b := q + 1; b < end && b < q+6; b++ {
				if d.toks[b].is("by") {
					refs, _ := d.objectRefs(b+1, end)
					for _, p := range refs {
						e.add(p)
					}
					break
				}
			}
		}
	}
}

// inOpening: token k lies in a sentence-initial phrase ("During …,",
// "Separately, at …,") before its first comma.
func (d *doc) inOpening(k, start int) bool {
	p := start
	// "It is to be recalled that at the conference, X said": the clause
	// after "that"
	for q := k - 1; q > start && q >= k-12; q-- {
		if d.toks[q].is("that") && q+1 < k && fronting[d.toks[q+1].Low] {
			p = q + 1
			break
		}
	}
	if p+1 < k && d.toks[p+1].is(",") && (strings.HasSuffix(d.toks[p].Low, "ly") || d.toks[p].is("Meanwhile", "Later", "Earlier", "Also", "Moreover", "Additionally", "Separately")) {
		p += 2
	}
	if p >= k || !fronting[d.toks[p].Low] || !d.toks[p].capitalised() && p == start || p > start && !d.toks[p-1].is("that", ",") {
		return false
	}
	for q := p; q < k; q++ {
		if d.toks[q].is(",", ";") || d.quoted[q] {
			return false
		}
	}
	return true
}

// frontedSubject: an event told in a sentence-initial phrase ("During
// the summit, X said", "Arriving at an EU leaders meeting in Brussels, X
// said", "Separately, at a meeting with Y, X discussed") takes the
// subject of the clause after it.
func (d *doc) frontedSubject(k, start, end int) []*entity {
	if !d.inOpening(k, start) {
		return nil
	}
	// "On the summit's eve, X said", "On the eve of the talks, X said":
	// the day before, no one put at it
	if k+2 < end && d.toks[k+1].is("'s", "’s") && d.toks[k+2].is("eve") || k-3 >= start && d.toks[k-1].is("the") && d.toks[k-2].is("of") && d.toks[k-3].is("eve") {
		return nil
	}
	c := -1
	for q := k; q < end && q < k+25; q++ {
		if d.toks[q].is(",") {
			c = q
			break
		}
		if d.toks[q].is(";", ".") || d.quoted[q] {
			return nil
		}
	}
	if c < 0 {
		return nil
	}
	q := c + 1
	// another opening phrase: "During the Summit, in his opening remarks, X said"
	if q < end && objectStops[d.toks[q].Low] {
		for q < end && q < c+12 && !d.toks[q].is(",") {
			q++
		}
		q++
	}
	if q >= end {
		return nil
	}
	if two := d.bothAt(q, end); two != nil {
		return two
	}
	// "In a phone call on Tuesday, Biden and Xi discussed …": all of the
	// subject
	if refs, _ := d.refsFrom(q, end); len(refs) > 0 {
		return refs
	}
	return nil
}

// attendance: a sentence that tells who attended ("X and Y attended the
// meeting", "Other participants included A, B", "Also in attendance were
// A and B") puts all the people it names at the event: the one it names,
// or the summit or meeting just told.
func (d *doc) attendance(si, start, end int, inSent []*event, backs []backref, touched *event) {
	d.companions(si, start, end, inSent, touched)
	at := -1
	for k := start; k < end; k++ {
		if d.ew(k)&evAttendance != 0 && !d.quoted[k] || d.presentAt(k, start, end) || d.presidedAt(k, end) {
			at = k
			break
		}
	}
	// "The summit was attended by the following leaders:" and then lines
	// of names ("Peru : President Ana Lopez"): each line with no verb of
	// its own names more of those present (of a gathering the text
	// identified: a day, a place or someone already put at it)
	if at < 0 && len(inSent) == 0 && d.attended != nil && d.attendedTo && si-d.attendedIn == 1 && d.nameLines(start, end) &&
		(d.attended.date != nil || d.attended.location != nil || len(d.attended.participants) > 0) {
		for p := range d.personsNamed(start, end) {
			d.attended.add(p)
		}
		d.attendedIn = si
		return
	}
	// "Only four leaders attended the summit. These were Presidents A, B,
	// C and D.": the people the sentence before counted
	if at < 0 && len(inSent) == 0 && start+1 < end && d.toks[start].is("These", "They") && d.toks[start+1].is("were", "are", "include", "included") {
		to := d.attended
		if to == nil || si-d.attendedIn != 1 {
			to = nil // else the summit or meeting the sentence before told
			for n := len(d.events) - 1; n >= 0; n-- {
				if x := d.events[n].root(); x.class != schema.Visit && x.seen == si-1 {
					to = x
					break
				}
			}
		}
		if to != nil {
			for p := range d.personsNamed(start, end) {
				to.add(p)
			}
			d.attended, d.attendedIn = to, si
			return
		}
	}
	// "Among the leaders at the summit were A, B and C"
	if at < 0 && d.toks[start].is("Among") && touched != nil && len(inSent) == 0 {
		for k := start + 1; k < end && k < start+12; k++ {
			if d.toks[k].is("were", "was") {
				at = start
				break
			}
			if d.toks[k].is(",", ";") {
				break
			}
		}
	}
	// "Asean leaders at the Summit were A, B and C", "Heads of state at
	// the meeting included A and B": the subject is the people at the
	// event the sentence names again
	if at < 0 && touched != nil && len(inSent) == 0 {
		for k := start + 1; k+3 < end && k < start+10; k++ {
			if d.toks[k].is(",", ";") {
				break
			}
			// "The other leaders taking part in the summit are A; B",
			// "Leaders attending the summit include A and B"
			p := -1
			switch {
			case d.toks[k].is("at", "attending"):
				p = k - 1
			case d.toks[k].is("in") && d.toks[k-1].is("participating"):
				p = k - 2
			case d.toks[k].is("in") && k-3 >= start && d.toks[k-1].is("part") && d.toks[k-2].is("taking"):
				p = k - 3
			}
			if p >= start && d.ew(p)&evPeopleNoun != 0 && d.toks[k+1].is("the") && d.ew(k+2)&(evBackref|evSummitNoun|evMeetNoun) != 0 &&
				d.toks[k+3].is("were", "included", "include", "are") {
				at = start
				break
			}
		}
	}
	if at < 0 {
		d.delegationHead(si, start, end, inSent, touched)
		return
	}
	// the event named nearest before the attendance word, else after it
	var e *event
	best := -1 << 30
	consider := func(x *event, k int) {
		if x.class == schema.Visit {
			return
		}
		score := k - at // closest before wins; then closest after
		if k > at {
			score = -(1 << 20) - (k - at)
		}
		if score <= 0 && score > best {
			e, best = x, score
		}
	}
	for _, x := range inSent {
		if x.into == nil {
			consider(x, x.trig)
		}
	}
	for _, b := range backs {
		consider(b.e, b.k)
	}
	if e == nil && touched != nil && touched.class != schema.Visit {
		e = touched
	}
	if e == nil && len(inSent) == 0 && d.attended != nil && si-d.attendedIn == 1 {
		// "Also present were …", "Grenada was represented by X" right after
		// a sentence that told who attended: the same gathering
		e = d.attended
	}
	if e == nil {
		if len(inSent) > 0 {
			return
		}
		// "Other participants included …", "X and Y also attended.",
		// "Among those attending were A and B": the summit or meeting
		// just told
		intransitive := d.toks[at].is("attended", "attending", "presided") && at+1 < end && d.toks[at+1].is(".", ",", ";", "were", "was", "included", "include")
		if !d.toks[at].is("participants", "attendance", "attendees", "present", "Present") && !intransitive {
			return
		}
		for n := len(d.events) - 1; n >= 0; n-- {
			x := d.events[n].root()
			if x.class == schema.Visit && !x.dropped {
				continue // "… during his state visit. The meeting will … Among those present were": the meeting
			}
			if si-x.seen <= 2 {
				e = x
			}
			break
		}
		// "Other heads of state present include …": the summit told in
		// the last three sentences
		if d.toks[at].is("present", "Present") {
			var summit *event
			for _, x := range d.events {
				if x = x.root(); x.class == schema.Summit && si-x.seen <= 3 && (summit == nil || x.seen > summit.seen) {
					summit = x
				}
			}
			// "Among those present were A and B", "X was also present."
			// after a meeting with no summit near: the meeting
			copula := at+1 < end && d.toks[at+1].is(".", ",", ";", "too", "as")
			if summit != nil && (e == nil || summit.seen >= e.seen) || summit == nil && !copula && (at == start || !d.toks[at-1].is("those")) {
				e = summit
			}
		}
	}
	if e == nil {
		return
	}
	e = e.root()
	d.attended, d.attendedIn, d.attendedTo = e, si, d.toks[end-1].is(":")
	// "X represented President Y", "President Y was represented by X": Y
	// was not there
	var absent []*entity
	for r := start + 1; r < end; r++ {
		if !d.toks[r].is("represented") {
			continue
		}
		if d.toks[r-1].is("was", "were", "is", "are", "been", "be") {
			absent = append(absent, d.verbSubject(r, start, nil, true)...)
		} else if p, _ := d.refAt(r+1, end); p != nil {
			absent = append(absent, p)
		}
	}
	for p := range d.personsNamed(start, end) {
		if !slices.Contains(absent, p) {
			e.add(p)
		}
	}
	// "The other leaders taking part in the summit are A and B": the
	// leaders the text named since it told the summit take part too
	if at == start && start+2 < end && d.toks[start+1].is("other") && e.class == schema.Summit && e.sent < si {
		for q := e.sent; q < si; q++ {
			for p := range d.personsNamed(d.bounds(q)) {
				if len(p.holds) > 0 {
					e.add(p)
				}
			}
		}
	}
}

// delegationHead: "X arrived in Manama on Tuesday to head the Saudi
// delegation", "X will lead his country's delegation" puts X at the summit
// or meeting the sentence names again, else the one told in the two
// sentences before (GUIDELINES 6.3: those the text puts at a summit).
func (d *doc) delegationHead(si, start, end int, inSent []*event, touched *event) {
	d.delegationLedBy(si, start, end, inSent, touched)
	for k := start + 1; k+1 < end; k++ {
		if d.quoted[k] || !d.toks[k].is("head", "lead") || !d.toks[k-1].is("to") {
			continue
		}
		found := false
		for q := k + 1; q < end && q <= k+5; q++ {
			if d.toks[q].is("delegation") {
				found = true
				break
			}
		}
		if !found {
			return
		}
		e := touched
		if e == nil || e.root().class == schema.Visit {
			e = nil
			for n := len(d.events) - 1; n >= 0; n-- {
				if x := d.events[n].root(); !x.dropped && x.class != schema.Visit && si-x.seen <= 2 && !slices.Contains(inSent, x) {
					e = x
					break
				}
			}
		}
		if e == nil {
			return
		}
		for _, p := range d.verbSubject(k, start, inSent, false) {
			if p.class == schema.Person {
				e.root().add(p)
			}
		}
		return
	}
}

// delegationLedBy: "the Omani delegation is led by X", "the delegation
// of Qatar is headed at this summit by Y, and the UAE delegation by Z"
// puts those who head a country's delegation at the summit the sentence
// names, else the one told in the two sentences before (GUIDELINES 6.3);
// not those it speaks for ("On behalf of the Sultan, the delegation is
// led by X": the Sultan was not there).
func (d *doc) delegationLedBy(si, start, end int, inSent []*event, touched *event) {
	var e *event
	for _, x := range inSent {
		if x = x.root(); x.class == schema.Summit && !x.dropped {
			e = x
		}
	}
	if e == nil && len(inSent) == 0 {
		e = touched
		if e == nil {
			for n := len(d.events) - 1; n >= 0; n-- {
				if x := d.events[n].root(); !x.dropped && x.class != schema.Visit && si-x.seen <= 2 {
					e = x
					break
				}
			}
		}
	}
	if e == nil || e.root().class != schema.Summit {
		return
	}
	e = e.root()
	for k := start; k < end; k++ {
		if d.quoted[k] || !d.toks[k].is("delegation", "delegations") {
			continue
		}
		by := d.ledBy(k, end)
		if by < 0 {
			continue
		}
		refs, _ := d.objectRefs(by+1, end)
		for _, p := range refs {
			if p.class == schema.Person {
				e.add(p)
			}
		}
	}
}

// ledBy: the "by" of "led|headed (at this summit) by" after the word
// "delegation" at k, in its clause ("the Omani delegation is led by X",
// "the delegation of Qatar is headed at this summit by Y"), or -1.
func (d *doc) ledBy(k, end int) int {
	for q := k + 1; q < end && q <= k+12; q++ {
		if d.toks[q].is(";", ".", ":") || d.toks[q].is(",") && q > k+1 {
			return -1
		}
		if !d.toks[q].is("led", "headed") {
			continue
		}
		for b := q + 1; b < end && b <= q+4; b++ {
			if d.toks[b].is("by") {
				return b
			}
			if d.toks[b].Kind != tWord || d.mat(b) != nil && d.mat(b).kind == kPerson {
				break
			}
		}
	}
	return -1
}

// arrivalsAt: a sentence that tells who arrived for a summit it names
// ("Leaders arrived in X for the summit") and the sentences of arrivals
// right after it ("First to arrive was A, followed by B and C", "Other
// heads of state who arrived yesterday were D and E", "F also touched
// down. He was followed by G") put those who arrived at the summit
// (GUIDELINES 6.3: those the text puts at a summit), not those who
// received them ("were received by H").
func (d *doc) arrivalsAt(si, start, end int, inSent []*event, touched *event) {
	arrive := -1
	for k := start; k+1 < end && arrive < 0; k++ {
		if d.quoted[k] || !d.arrivalAt(k) {
			continue
		}
		arrive = k
		for b := k - 1; b >= start && b >= k-3; b-- {
			if d.toks[b].is("not", "n't", "yet", "never") {
				return // "has yet to arrive", "will not arrive"
			}
		}
	}
	chained := d.arrivedAt != nil && si-d.arrivedIn == 1 && start+2 < end &&
		(d.toks[start].is("He", "She", "They") && d.toks[start+1].is("was", "were") && d.toks[start+2].is("followed"))
	if arrive < 0 && !chained {
		return
	}
	var e *event
	trip := false
	for _, x := range inSent {
		switch x = x.root(); {
		case x.class == schema.Summit && !x.dropped:
			e = x
		case x.class != schema.Visit:
			return // "arrived and met X": that meeting's
		default:
			trip = true
		}
	}
	if e == nil && trip {
		return // "X arrived in Y on Monday": a visit of its own, unless the sentence names the summit
	}
	if e == nil && touched != nil && touched.root().class == schema.Summit {
		e = touched.root()
	}
	if e == nil && d.arrivedAt != nil && si-d.arrivedIn <= 2 {
		e = d.arrivedAt.root()
	}
	if e == nil {
		return
	}
	for _, v := range inSent {
		if v = v.root(); v.class == schema.Visit && v.location != nil && e.location != nil && !d.samePlace(v.location, e.location) {
			return // "arrived in Y on a state visit": a trip of its own
		}
	}
	stop := end
	for k := start; k < end; k++ {
		if d.toks[k].is("received", "receive", "welcomed", "welcome", "greeted", "greet", "met", "represented", "replaced") {
			stop = k // "were received by H", "was represented by H": no arrival of theirs
			break
		}
	}
	for p := range d.personsNamed(start, stop) {
		e.add(p)
	}
	d.arrivedAt, d.arrivedIn = e, si
}

// arrivalAt: the words at k tell an arrival: "arrived", "landed",
// "touched down".
func (d *doc) arrivalAt(k int) bool {
	if d.toks[k].is("reached", "reaches", "reach") {
		return false // "reached an agreement"
	}
	return d.ew(k)&evArriveVerb != 0 || d.toks[k].is("touch", "touched", "touches", "touching") && k+1 < len(d.toks) && d.toks[k+1].is("down")
}

// nameLines: the words from start to end are lines of names and titles,
// no clause ("Peru : President Ana Lopez\nChile : Hon. Jorge Ruiz, Foreign
// Minister"): no verb outside a name, no quote.
func (d *doc) nameLines(start, end int) bool {
	named := false
	for k := start; k < end; k++ {
		if d.quoted[k] {
			return false
		}
		if d.mat(k) != nil && d.mat(k).kind == kPerson {
			named = true
		}
		if d.toks[k].Kind == tWord && !d.toks[k].capitalised() && (d.tag(k) == pos.VERB || d.tag(k) == pos.AUX) {
			return false
		}
	}
	return named
}

// presidedAt: "presided" at k tells who chaired the gathering ("President
// X presided.", "X presided over the summit").
func (d *doc) presidedAt(k, end int) bool {
	return d.toks[k].is("presided") && !d.quoted[k] && k+1 < end && d.toks[k+1].is(".", ",", ";", "over")
}

// personsNamed yields the persons named from start to end, outside quote
// marks, in text order (a person named twice comes twice).
func (d *doc) personsNamed(start, end int) iter.Seq[*entity] {
	return func(yield func(*entity) bool) {
		for k := start; k < end; k++ {
			if d.quoted[k] {
				continue
			}
			m := d.mat(k)
			if m == nil || m.i != k {
				continue
			}
			if p := personOf(m); p != nil && p.class == schema.Person && !yield(p) {
				return
			}
		}
	}
}

// presentAt: "present" at k tells who attended: "Also present were A
// and B", "Other heads of state present include A", "Present at the
// talks were A and B"; not the verb ("will present a report") nor the
// time ("the present crisis").
func (d *doc) presentAt(k, start, end int) bool {
	if !d.toks[k].is("present", "Present") || d.quoted[k] {
		return false
	}
	if k+1 < end && d.toks[k+1].is("were", "was", "are", "is", "include", "included", "includes", "at") {
		return k == start || d.toks[k-1].is("also", "Also", "state", "State", "government", "Government", "leaders", "Leaders", "dignitaries", "those")
	}
	// "A, B and C were also present.", "D was present too": the copula's
	// subject attended
	b := k - 1
	if b > start && d.toks[b].is("also") {
		b--
	}
	return k+1 < end && d.toks[k+1].is(".", ",", ";", "too", "as") && b > start && d.toks[b].is("were", "was") && b < k-1
}

// speakers: "X told the delegates", "X addressed the opening session" put
// the speaker at the gathering just told (GUIDELINES 6.3: those the text
// puts at a summit, speakers included): the event the sentence names again,
// else the summit told last, else a meeting told in the last three
// sentences. A sentence with an event of its own is read by its own rules.
func (d *doc) speakers(si, start, end int, inSent []*event, touched *event) {
	if len(inSent) > 0 {
		return
	}
	// "For his part, Prime Minister X stressed that the summit is …": the
	// next speaker at the summit the sentence names again
	if touched != nil && start+4 < end && d.toks[start].is("For") && d.toks[start+1].is("his", "her", "their") &&
		d.toks[start+2].is("part") && d.toks[start+3].is(",") {
		if p, _ := d.refAt(start+4, end); p != nil && p.class == schema.Person {
			if e := touched.root(); e.class == schema.Summit && e.status == "held" {
				e.add(p)
			}
		}
	}
	// "In his opening remarks, Prime Minister X thanked …", "In her
	// closing statement, X urged …": a speech made at the gathering
	if start+4 < end && d.toks[start].is("In") && d.toks[start+1].is("his", "her") &&
		d.toks[start+2].is("opening", "closing", "welcome", "welcoming", "keynote", "inaugural") &&
		d.toks[start+3].is("remarks", "statement", "address", "speech") && d.toks[start+4].is(",") {
		if p, _ := d.refAt(start+5, end); p != nil && p.class == schema.Person {
			if e := d.gatheringFor(si, touched); e != nil {
				e.add(p)
			}
		}
		return
	}
	for k := start + 1; k < end-2; k++ {
		if d.quoted[k] || d.ew(k)&evAddressVerb == 0 || !d.toks[k+1].is("the") {
			continue
		}
		// the audience noun, after at most two modifiers ("the opening
		// plenary session", "the summit's closing ceremony")
		aud := -1
		for j := k + 2; j < end && j <= k+4; j++ {
			if d.ew(j)&evAudience != 0 {
				aud = j
				break
			}
			if d.toks[j].Kind != tWord {
				break
			}
		}
		if aud < 0 || aud+1 < end && d.toks[aud+1].is("of") && !d.toks[aud].is("session", "assembly", "meeting", "summit", "conference") {
			continue
		}
		subj := d.verbSubject(k, start, nil, true)
		if len(subj) == 0 {
			continue
		}
		e := d.gatheringFor(si, touched)
		if e == nil {
			return
		}
		for _, p := range subj {
			e.add(p)
		}
		return
	}
}

// gatheringFor is the gathering a speech told in sentence si was made at:
// the event the sentence names again, else the summit told last, else a
// meeting told in the last three sentences.
func (d *doc) gatheringFor(si int, touched *event) *event {
	e := touched
	if e != nil {
		e = e.root()
	}
	if e == nil || e.class == schema.Visit {
		e = nil
		for _, x := range d.events {
			if x = x.root(); x.class == schema.Summit && x.status == "held" && x.seen <= si && (e == nil || x.seen > e.seen) {
				e = x
			}
		}
	}
	if e == nil {
		for _, x := range d.events {
			if x = x.root(); x.class == schema.Meeting && si-x.seen <= 3 && (e == nil || x.seen > e.seen) {
				e = x
			}
		}
	}
	return e
}

// dateEndingAt is the date the text gives that ends at token b.
func (d *doc) dateEndingAt(b int) *dateExpr {
	if b < 0 || b >= len(d.toks) {
		return nil
	}
	start, end := d.bounds(d.sentOf[b])
	ds := d.datesIn(start, end)
	for n := range ds {
		if ds[n].j == b+1 {
			return &ds[n]
		}
	}
	return nil
}

// summitPeople: a sentence that tells of a summit (its own, or one it
// names again) puts at it the people it tells took part in its business:
// the one elected there ("ended with the election of President X as
// chairman", "X's election occurred at the summit", "the summit elected X
// as its chair"), and the named ones among the leaders who gathered
// ("Leaders of the ten member states, including President X, convened
// for the summit").
func (d *doc) summitPeople(start, end int, inSent []*event, backs []backref) {
	var e *event
	for _, x := range inSent {
		if x.root().class == schema.Summit && x.status == "held" {
			e = x.root()
			break
		}
	}
	for _, b := range backs {
		if e == nil && b.e.root().class == schema.Summit {
			e = b.e.root()
		}
	}
	// "The summit takes place under the theme … X is expected to hand
	// over the chairpersonship to Y": the handover of the summit the
	// sentence before told
	handover := e
	if e == nil && len(inSent) == 0 {
		si := d.sentOf[start]
		for _, x := range d.events {
			if x = x.root(); !x.dropped && x.class == schema.Summit && x.seen == si-1 {
				handover = x
			}
		}
	}
	if handover == nil {
		return
	}
	for k := start; k+1 < end; k++ {
		if d.quoted[k] {
			continue
		}
		t := d.toks[k]
		if e == nil && !t.is("presidency", "chairmanship", "chairpersonship", "chair", "leadership") {
			continue
		}
		switch {
		case t.is("election") && d.toks[k+1].is("of"):
			if p, _ := d.refAt(k+2, end); p != nil && p.class == schema.Person {
				e.add(p)
			}
		case t.is("election") && k >= 2 && d.toks[k-1].is("'s", "’s") && d.personEndsAt(k-2):
			if p := personOf(d.mat(k - 2)); p != nil && p.class == schema.Person {
				e.add(p)
			}
		case t.is("presidency", "chairmanship", "chairpersonship", "chair", "leadership") && k > start && d.toks[k-1].is("the", "its", "tempore", "rotating"):
			// "passing the pro tempore presidency to the president of
			// Peru, Ana Lopez", "the leadership of the summit was handed
			// from A to B": both sides of the handover were there
			for q := k + 1; q+1 < end && q < k+25; q++ {
				if d.toks[q].is(".", ";") || d.quoted[q] {
					break
				}
				if d.toks[q].is("from", "to") {
					for _, p := range d.companionRefs(q+1, end) {
						if p.class == schema.Person {
							handover.add(p)
						}
					}
				}
			}
		case t.is("elected", "re-elected"):
			// "elected X as chairman": the one named is the one elected
			if p, j := d.refAt(k+1, end); p != nil && p.class == schema.Person && j < end && d.toks[j].is("as") {
				e.add(p)
			}
		case t.is("including") && k > start && d.toks[k-1].is(","):
			// the people named among the leaders: "Leaders of …, including X,"
			lead := false
			for b := k - 2; b >= start && b >= k-20 && !d.toks[b].is(";", ":"); b-- {
				if d.ew(b)&evLeaders != 0 || d.toks[b].is("heads", "Heads", "presidents", "Presidents") {
					lead = true
					break
				}
			}
			if lead {
				refs, _ := d.refsFrom(k+1, end)
				for _, p := range refs {
					if p.class == schema.Person {
						e.add(p)
					}
				}
			}
		}
	}
}

// clauseSubjectAt: the person on [k, j) after a comma is the subject of
// the clause that follows ("With her counterparts, X spoke on Thursday",
// "…, X will travel"), not one more of a list or an apposition.
func (d *doc) clauseSubjectAt(k, j, end int) bool {
	c := d.nounStart(k, 0) - 1
	if c < 0 || !d.toks[c].is(",") || j >= end {
		return false
	}
	t := d.toks[j]
	if t.Kind != tWord || t.capitalised() || strings.HasSuffix(t.Low, "ing") || t.is("led", "headed", "and", "or") {
		return false
	}
	return isAux(t.Low) && !t.is("to", "first", "then", "later", "earlier", "also", "separately") || d.tag(j) == pos.VERB
}

// companions: a sentence with no event of its own that tells who went
// with someone ("X was accompanied by his wife, Y", "The President,
// accompanied by the first lady, Y, was received by Z", "A, B and senior
// officials are accompanying President X during the visit") puts them in
// the visit or meeting of the one accompanied: the one the sentence names
// again, else those told in it and the two sentences before (GUIDELINES
// 6.3: a visitor and those accompanying them).
func (d *doc) companions(si, start, end int, inSent []*event, touched *event) {
	d.spouses(si, start, end)
	if len(inSent) > 0 {
		return
	}
	d.delegationMembers(si, start, end)
	for k := start + 1; k+1 < end; k++ {
		if d.quoted[k] || !d.toks[k].is("accompanied", "accompanying", "accompany", "accompanies") {
			continue
		}
		var host *entity
		var with []*entity
		if d.toks[k+1].is("by") {
			with = d.companionRefs(k+2, end)
			if subj := d.verbSubject(k, start, nil, true); len(subj) > 0 {
				host = subj[0]
			} else if d.toks[k-1].is(",") {
				host = d.appositionHead(k-1, start)
			}
		} else {
			host, _ = d.refAt(k+1, end)
			with = d.subjectsBefore(k, start)
		}
		if host == nil || len(with) == 0 {
			continue
		}
		var to []*event
		if touched != nil && touched.root().class != schema.Summit && slices.Contains(touched.root().participants, host) {
			to = append(to, touched.root())
		} else {
			for n := len(d.events) - 1; n >= 0 && d.events[n].sent >= si-2; n-- {
				if e := d.events[n].root(); !e.dropped && e.class != schema.Summit && slices.Contains(e.participants, host) {
					to = append(to, e)
				}
			}
			// those who accompany a visitor go on the visit, told
			// further back than the meetings of it ("X has reached
			// Malaysia on a visit. … He will meet Y. … A and B are also
			// accompanying the PM.")
			if v := d.hostVisit(host, si); v != nil && !slices.Contains(to, v) {
				to = append(to, v)
			}
			// and to the visitor's talks told further back ("X held talks
			// with Y at State House. … Y was accompanied by Z."):
			// GUIDELINES 6.3, those accompanying a visitor are in that
			// Meeting
			for n := len(d.events) - 1; n >= 0 && d.events[n].sent >= si-8; n-- {
				if e := d.events[n].root(); !e.dropped && e.class == schema.Meeting && e.sent < si && slices.Contains(e.participants, host) && !slices.Contains(to, e) {
					to = append(to, e)
				}
			}
		}
		for _, e := range to {
			if e.class == schema.Meeting && len(e.participants) < 2 {
				continue // a meeting whose other side was not read: one side is none (oneSided)
			}
			for _, p := range with {
				if p.class == schema.Person && p != host {
					e.add(p)
				}
			}
		}
	}
}

// delegationMembers: "The delegation accompanying President X includes A,
// B and C", "The Peruvian delegation will also include his wife Y and
// Foreign Minister Z": those a travelling party takes along go on the visit
// (GUIDELINES 6.3: a visitor and those accompanying them), the visit of
// the one it accompanies, else the visit told in the two sentences before,
// and each stop of it.
func (d *doc) delegationMembers(si, start, end int) {
	for k := start; k+2 < end; k++ {
		if d.quoted[k] || !d.toks[k].is("delegation", "entourage") {
			continue
		}
		var host *entity
		q := k + 1
		if d.toks[q].is("accompanying") {
			p, j := d.refAt(q+1, end)
			if p == nil || p.class != schema.Person {
				continue
			}
			host, q = p, j
		}
		for q < end && isAux(d.toks[q].Low) {
			q++ // "will also include"
		}
		if q+1 >= end || !d.toks[q].is("include", "includes", "included", "comprises", "comprised") {
			continue
		}
		var trip *event
		if host != nil {
			trip = d.hostVisit(host, si)
		} else {
			for n := len(d.events) - 1; n >= 0 && d.events[n].sent >= si-2; n-- {
				if e := d.events[n].root(); !e.dropped && e.class == schema.Visit && e.sent < si && !e.stop {
					trip = e
					break
				}
			}
		}
		if trip == nil {
			continue
		}
		for _, e := range d.events {
			if e.class != schema.Visit || e.trig != trip.trig {
				continue
			}
			for p := range d.personsNamed(q+1, end) {
				if p != host {
					e.add(p)
				}
			}
		}
		return
	}
}

// hostVisit: the last visit of host told in the six sentences before si.
func (d *doc) hostVisit(host *entity, si int) *event {
	for n := len(d.events) - 1; n >= 0 && d.events[n].sent >= si-6; n-- {
		if e := d.events[n].root(); !e.dropped && e.class == schema.Visit && e.sent < si && slices.Contains(e.participants, host) {
			return e
		}
	}
	return nil
}

// companionRefs reads the people after "accompanied by": "A and B", "his
// wife, Y", "the first lady, Y", "Peru's candidate for the post,
// Ambassador Y" (a description, a comma, the name).
func (d *doc) companionRefs(k, end int) []*entity {
	// "accompanied by a high-level delegation including the Foreign
	// Minister A, Minister for Planning, Development and Reform B and C":
	// each person the list names
	for q := k; q+1 < end && q < k+6; q++ {
		if d.toks[q].is("delegation", "entourage", "team") && d.toks[q+1].is("including", "comprising", "of", "that") {
			var refs []*entity
			for p := range d.personsNamed(q+1, end) {
				refs = append(refs, p)
			}
			return refs
		}
		if t := d.toks[q]; t.Kind != tWord || d.mat(q) != nil && d.mat(q).kind == kPerson {
			break
		}
	}
	if !d.possessive(k, end) {
		if refs, j := d.refsFrom(k, end); slices.ContainsFunc(refs, func(p *entity) bool { return p.class == schema.Person }) {
			// "by Foreign Minister A, Finance Minister B and Information
			// Minister C": a list of titled names goes on
			for j < end && d.toks[j-1].is(",") && d.skipTitles(j, end) > j {
				more, n := d.refsFrom(j, end)
				if len(more) == 0 {
					break
				}
				refs, j = append(refs, more...), n
			}
			return refs
		}
	}
	for q := k; q+1 < end && q < k+16; q++ {
		t := d.toks[q]
		if t.is(".", ";", ":", "(") || d.quoted[q] || t.Kind == tWord && !t.capitalised() && (d.tag(q) == pos.VERB || d.tag(q) == pos.AUX) {
			return nil
		}
		if t.is(",") {
			refs, _ := d.refsFrom(q+1, end)
			return refs
		}
	}
	return nil
}

// appositionHead: the person a phrase before the comma at c names, from
// the clause's start or the comma before it ("At the airport, the
// Angolan head of state, accompanied by …").
func (d *doc) appositionHead(c, start int) *entity {
	b := start
	for q := c - 1; q > start && q >= c-12; q-- {
		if d.toks[q].is(",", ";") {
			b = q + 1
			break
		}
	}
	p, j := d.refAt(b, c)
	if p == nil || p.class != schema.Person {
		return nil
	}
	for ; j < c; j++ { // "the Angolan head of state"
		if !(d.toks[j].is("of", "and") || d.toks[j].Kind == tWord && d.toks[j].capitalised()) {
			return nil
		}
	}
	return p
}

// subjectsBefore: the people named in the subject of the verb at k, back
// to the clause's verb or start ("According to sources, A, B and senior
// officials are accompanying X": A and B).
func (d *doc) subjectsBefore(k, start int) []*entity {
	b := k - 1
	for b >= start && isAux(d.toks[b].Low) {
		b--
	}
	var out []*entity
	for q := b; q >= start; q-- {
		t := d.toks[q]
		if d.quoted[q] || t.is(";", ":") || t.Kind == tWord && !t.capitalised() && (d.tag(q) == pos.VERB || d.tag(q) == pos.AUX || t.is("that")) {
			break
		}
		if m := d.mat(q); m != nil && m.j == q+1 {
			if p := personOf(m); p != nil && p.class == schema.Person {
				out = append(out, p)
			}
			q = m.i
		}
	}
	slices.Reverse(out)
	return out
}

// firstSpouse: "first lady", "First Gentleman".
func firstSpouse(a, b token) bool {
	return a.Low == "first" && (b.Low == "lady" || b.Low == "gentleman")
}

// spouses: "X and his wife, Y", "X and first lady Y" travel together: Y
// joins the visits of X told in the sentence or the two before.
func (d *doc) spouses(si, start, end int) {
	for k := start + 1; k+2 < end; k++ {
		if !d.toks[k].is("and") || d.quoted[k] || !d.personEndsAt(k-1) {
			continue
		}
		q := k + 1
		switch {
		case d.toks[q].is("his", "her") && d.toks[q+1].is("wife", "husband", "spouse"):
			q += 2
		case d.toks[q].is("the") && q+2 < end && firstSpouse(d.toks[q+1], d.toks[q+2]):
			q += 3
		case firstSpouse(d.toks[q], d.toks[q+1]):
			q += 2
		default:
			continue
		}
		if q < end && d.toks[q].is(",") {
			q++
		}
		y, _ := d.refAt(q, end)
		x := personOf(d.mat(k - 1))
		if x == nil || y == nil || y.class != schema.Person || x == y {
			continue
		}
		for n := len(d.events) - 1; n >= 0 && d.events[n].sent >= si-2; n-- {
			if e := d.events[n].root(); e.class == schema.Visit && slices.Contains(e.participants, x) {
				e.add(y)
			}
		}
	}
}

// delegationLead: the subject ending in "delegation" at b that names its
// country ("The senior Eritrean Government delegation", "Peru's
// delegation") stands for its leader, the one an earlier sentence named in
// "a Peruvian delegation led by X", "the Chilean delegation was headed by
// Y": the only such leader of that country's delegation. A bare "the
// delegation" may be another one (the hosts', a later team): no one.
func (d *doc) delegationLead(b, start int) *entity {
	a, cc := d.delegationPhrase(b, start)
	if a < 0 || cc == "" || a > start && prepositions[d.toks[a-1].Text] {
		return nil
	}
	var lead *entity
	for q := 0; q < start; q++ {
		if !d.toks[q].is("delegation") || d.quoted[q] {
			continue
		}
		_, end := d.bounds(d.sentOf[q])
		by := d.ledBy(q, end)
		if by < 0 {
			continue
		}
		p, _ := d.refAt(by+1, end)
		if p == nil || p.class != schema.Person {
			continue
		}
		qs, _ := d.bounds(d.sentOf[q])
		if _, c := d.delegationPhrase(q, qs); c != cc {
			continue
		}
		if lead != nil && lead != p {
			return nil // two delegations' leaders: which one is unsaid
		}
		lead = p
	}
	return lead
}

// delegationPhrase: the noun phrase that ends in "delegation" at b, back
// to its determiner or the sentence's start: where it starts (-1 when
// another word comes first) and the country its demonym or name gives
// ("the Eritrean delegation", "Peru's delegation").
func (d *doc) delegationPhrase(b, start int) (int, string) {
	cc := ""
	for q := b - 1; q >= start-1 && q >= b-6; q-- {
		if q < start {
			return start, cc
		}
		t := d.toks[q]
		if m := d.mat(q); m != nil && m.j == q+1 {
			if m.kind != kCountry && m.kind != kDemonym {
				return -1, ""
			}
			cc = d.jurisdictionOf(m)
			q = m.i
			continue
		}
		switch {
		case t.is("the", "The", "a", "A", "its", "his", "her", "their"):
			return q, cc
		case t.is("'s", "’s", "-"):
		case t.Kind != tWord || isAux(t.Low) || prepositions[t.Text]:
			return -1, ""
		}
	}
	return -1, ""
}
