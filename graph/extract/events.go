package extract

import (
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Events: meetings (met, meet, held talks, called on, spoke with; a
// meeting, a meet, a phone or video call), summits and visits (a visit, a
// trip, travel to). Participants come from the subject ("Jaishankar met",
// "he held talks", "Both the foreign ministers had met"), the object ("met
// US Defence Secretary Lloyd Austin"), "with A and B" (one meeting with
// each), "between A and B" (one meeting), a possessive ("his meeting",
// "Jaishankar's visit") and "accompanied by X" for the meeting just told.
// Place is "in X" (or "visit to X", "his US visit"), the date the nearest
// one the sentence gives for it. A definite back-reference ("this
// meeting", "the summit") names the event before; events with the same
// proper name ("G7 Foreign and Development Ministers' Meeting") are one.

type event struct {
	class        quad.IRI
	sent, trig   int
	name         string // normalised, to tell two mentions of one event
	title        string // the name as written
	participants []*entity
	location     *entity
	date         *dateExpr
	mode, status string
	ordinal      int
	duration     string
	organizer    *entity
	sidelinesOf  *event
	own          bool // it has participants of its own, not only a subject
	into         *event
}

func (e *event) add(p *entity) {
	if p == nil {
		return
	}
	for _, q := range e.participants {
		if q == p {
			return
		}
	}
	e.participants = append(e.participants, p)
}

// root follows merges.
func (e *event) root() *event {
	for e.into != nil {
		e = e.into
	}
	return e
}

var (
	meetVerbs  = map[string]bool{"met": true, "meet": true, "meets": true}
	talkVerbs  = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "had": true}
	lightVerbs = map[string]bool{"held": true, "hold": true, "holds": true, "holding": true, "had": true,
		"attend": true, "attends": true, "attended": true, "attending": true, "joined": true, "join": true,
		"hosted": true, "host": true, "chaired": true, "chair": true, "is": true, "was": true, "on": true,
		"participated": true, "participate": true, "participating": true, "addressed": true, "address": true,
		"convened": true, "led": true, "wrapped": true, "concluded": true, "began": true, "begins": true,
		"made": true, "makes": true, "paid": true, "pays": true, "undertook": true, "started": true,
		"arrived": true, "arrives": true, "landed": true, "completed": true, "ended": true, "embarked": true}
	auxWords = map[string]bool{"will": true, "would": true, "also": true, "had": true, "has": true,
		"have": true, "is": true, "was": true, "were": true, "are": true, "then": true, "later": true,
		"further": true, "to": true, "shall": true, "could": true, "can": true, "may": true, "reportedly": true,
		"separately": true, "earlier": true, "first": true, "be": true, "been": true, "subsequently": true}
	subordinators = map[string]bool{"since": true, "after": true, "before": true, "until": true,
		"when": true, "while": true, "which": true, "who": true}
	nameStops = map[string]bool{"The": true, "This": true, "That": true, "These": true, "A": true,
		"An": true, "His": true, "Her": true, "Its": true, "Their": true, "Our": true, "After": true,
		"Before": true, "During": true, "At": true, "In": true, "On": true, "Both": true}
	peopleNouns = map[string]bool{"counterpart": true, "counterparts": true, "officials": true,
		"official": true, "leaders": true, "leader": true, "ministers": true, "minister": true,
		"delegation": true, "delegations": true, "diplomats": true, "envoys": true, "envoy": true,
		"representatives": true, "members": true, "team": true, "leadership": true, "president": true,
		"premier": true, "secretary": true, "chief": true, "head": true, "heads": true, "king": true}
	ordinals = map[string]int{"first": 1, "first-ever": 1, "maiden": 1, "inaugural": 1, "second": 2, "third": 3,
		"fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
		"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
)

// triggerAt tells whether token k starts an event: its class, whether it
// is a verb, and the index after it.
func (d *doc) triggerAt(k, end int) (quad.IRI, bool, int) {
	t := d.toks[k]
	low := t.Low
	prev := ""
	if k > 0 {
		prev = d.toks[k-1].Low
	}
	next := ""
	if k+1 < end {
		next = d.toks[k+1].Low
	}
	switch {
	case meetVerbs[low] && !isDeterminer(prev) && t.Text == low:
		return schema.Meeting, true, k + 1
	case talkVerbs[low] && next == "talks":
		return schema.Meeting, true, k + 2
	case (low == "called" || low == "calls" || low == "call") && next == "on" && k+2 < end && d.personRefAt(k+2) != nil:
		return schema.Meeting, true, k + 2
	case (low == "spoke" || low == "speaks" || low == "talked" || low == "talks") && (next == "with" || next == "to") && prev != "the":
		return schema.Meeting, true, k + 1
	case (low == "spoke" || low == "speak" || low == "speaks" || low == "talked" || low == "talk") && (next == "over" || next == "by" || next == "on") && d.phoneAfter(k+1, end):
		return schema.Meeting, true, k + 1
	case low == "meeting" || low == "meetings" || low == "meet" && isDeterminerOrAdj(d, k-1) || low == "talks" && (isDeterminerOrAdj(d, k-1) || prev == "in" || prev == "during" || prev == "after" || prev == "following" || prev == "for" || prev == "of"):
		return schema.Meeting, false, k + 1
	case (low == "call" || low == "calls" || low == "conversation") && (prev == "phone" || prev == "telephone" || prev == "video" || prev == "telephonic" || prev == "virtual"):
		return schema.Meeting, false, k + 1
	case low == "summit" || low == "summits":
		return schema.Summit, false, k + 1
	case (low == "visit" || low == "trip" || low == "tour") && isDeterminerOrAdj(d, k-1):
		return schema.Visit, false, k + 1
	case low == "visited" || low == "visiting" || low == "visits" && !isDeterminerOrAdj(d, k-1):
		return schema.Visit, true, k + 1
	case (low == "travel" || low == "travelled" || low == "traveled" || low == "travels" || low == "travelling" || low == "traveling") && next == "to":
		return schema.Visit, true, k + 1
	}
	return "", false, k
}

// phoneAfter: "over the phone", "by telephone", "on the phone".
func (d *doc) phoneAfter(k, end int) bool {
	k++
	if k < end && d.toks[k].is("the", "a") {
		k++
	}
	return k < end && d.toks[k].is("phone", "telephone")
}

func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "'s", "’s":
		return true
	}
	return false
}

// isDeterminerOrAdj: the word before a noun trigger shows it is a noun.
func isDeterminerOrAdj(d *doc, k int) bool {
	if k < 0 {
		return false
	}
	t := d.toks[k]
	low := t.Low
	// "his first standalone visit": a determiner a few words before
	for b := k; b >= 0 && b >= k-2; b-- {
		if isDeterminer(d.toks[b].Low) && b < k {
			for q := b + 1; q <= k; q++ {
				if d.toks[q].Kind != tWord {
					return false
				}
			}
			return true
		}
	}
	if isDeterminer(low) || ordinals[low] > 0 || strings.HasSuffix(low, "-long") || strings.HasSuffix(low, "-day") ||
		low == "physical" || low == "virtual" || low == "official" || low == "state" || low == "bilateral" ||
		low == "major" || low == "maiden" || low == "working" || low == "brief" || low == "historic" {
		return true
	}
	if m := d.mat(k); m != nil && (m.kind == kCountry || m.kind == kDemonym || m.kind == kCity || m.kind == kGrouping) {
		return true // "his US visit", "a Delhi visit"
	}
	return t.capitalised() && t.Kind == tWord
}

func (d *doc) findEvents() {
	for si := range d.sents {
		start, end := d.bounds(si)
		var inSent []*event
		for k := start; k < end; k++ {
			if d.quoted[k] {
				continue
			}
			class, verb, next := d.triggerAt(k, end)
			if class == "" {
				continue
			}
			evs := d.eventAt(si, k, next, start, end, class, verb, inSent)
			inSent = append(inSent, evs...)
			k = next - 1
		}
		d.mergeInSentence(inSent)
		visitPlace(inSent)
	}
	d.mergeEvents()
	// what an event names is a node of the graph, though the text may
	// name it only through a city ("arrived in Kolkata": India)
	for _, e := range d.events {
		for _, p := range e.participants {
			p.seenIn(e.sent)
			p.used = true
		}
		if e.location != nil {
			e.location.seenIn(e.sent)
			e.location.used = true
		}
	}
}

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

// refsFrom reads "A, B and C" of persons or offices from k; it returns
// each and the index after.
func (d *doc) refsFrom(k, end int) ([]*entity, int) {
	var out []*entity
	for k < end {
		for k < end && d.toks[k].is("the", "The", "a") {
			k++
		}
		if k >= end {
			break
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
		p := (*entity)(nil)
		if j < end {
			p = d.personRefAt(j)
		}
		if p == nil {
			break
		}
		out = append(out, p)
		k = d.mat(j).j
		// the title stood for the person whose name follows: "EAM Dr. S Jaishankar"
		q := k
		for q < end && titleWords[d.toks[q].Text] {
			q++
		}
		if q < end && d.mat(q) != nil && d.mat(q).i == q && personOf(d.mat(q)) == p {
			k = d.mat(q).j
		}
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

// skipTitles passes over the jurisdictions, titles, postings and bracketed
// acronyms in front of a name, when a name follows them.
func (d *doc) skipTitles(k, end int) int {
	j := k
	for j < end {
		m := d.mat(j)
		switch {
		case m != nil && m.i == j && m.kind == kPerson:
			return j
		case m != nil && m.i == j && (m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping || m.kind == kOffice):
			j = m.j
		case d.toks[j].is("'s", "’s") || titleWords[d.toks[j].Text]:
			j++
		case d.toks[j].is("to") && j+1 < end && (d.mat(j+1) != nil || d.toks[j+1].is("the")):
			j++
			if d.toks[j].is("the") {
				j++
			}
		case d.toks[j].is("("):
			for j < end && !d.toks[j].is(")") {
				j++
			}
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
	for q := k; q < end && q < k+6; q++ {
		low := d.toks[q].Low
		if peopleNouns[low] {
			return true
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

// eventAt builds the event(s) of the trigger at [k, next).
func (d *doc) eventAt(si, k, next, start, end int, class quad.IRI, verb bool, inSent []*event) []*event {
	e := &event{class: class, sent: si, trig: k, status: "held"}
	if d.future(start, k) {
		e.status = "planned"
	}
	d.eventDetails(e, k, start, end)
	if !verb {
		e.name, e.title, e.organizer = d.eventName(k, start)
		if e.organizer == nil && next+1 < end && d.toks[next].is("of") {
			n := next + 1
			if d.toks[n].is("the") && n+1 < end {
				n++
			}
			if m := d.mat(n); m != nil && m.i == n && m.kind == kGrouping {
				e.organizer = d.entityFor(m)
			}
		}
	}

	// a back-reference: "this meeting", "the summit", "that meeting"
	if !verb && e.name == "" && e.ordinal == 0 && k > start && d.toks[k-1].is("this", "that", "the", "This", "That", "The") {
		if prev := d.lastEvent(class, inSent); prev != nil {
			d.addAccompanied(prev, start, end)
			// "The visit began on Saturday": the date it had not
			if prev.date == nil && e.date != nil {
				prev.date = e.date
			}
			if p := d.lightSubject(k, start, inSent); p != nil {
				for _, x := range p {
					prev.add(x)
				}
			}
			return nil
		}
	}

	var subject []*entity
	if verb {
		subject = d.verbSubject(k, start, inSent)
	} else {
		subject = d.lightSubject(k, start, inSent)
		// possessive: "his meeting", "Jaishankar's visit", "his US visit"
		for b := k - 1; b >= start && b >= k-4; b-- {
			if p := d.personRefAt(b); p != nil && (d.toks[b].is("his", "her", "His", "Her") || b+1 < len(d.toks) && d.toks[d.mat(b).j].is("'s", "’s")) {
				subject = append(subject, p)
				break
			}
		}
	}
	for _, p := range subject {
		e.add(p)
	}

	// objects
	var each []*entity // one event with each
	n := next
	if class == schema.Visit {
		if n < end && d.toks[n].is("to") {
			if loc := d.placeAt(n+1, end); loc != nil {
				e.location = loc
			}
		}
		if e.location == nil && k > start {
			if m := d.mat(k - 1); m != nil && m.j == k && (m.kind == kCountry || m.kind == kCity) {
				e.location = d.placeEntity(m) // "his US visit"
			}
		}
		if verb && e.location == nil {
			e.location = d.placeAt(n, end)
		}
		// "the first visit to China by an Australian foreign minister"
		for q := next; q+1 < end && q < next+6; q++ {
			if d.toks[q].is("by") {
				refs, _ := d.refsFrom(q+1, end)
				for _, p := range refs {
					e.add(p)
				}
				break
			}
		}
	}
	for n < end && (d.toks[n].is("with", "between", "on") || verb && d.toks[n].is("the", "his", "her")) && n < next+2 {
		if d.toks[n].is("on") && !(n > 0 && d.toks[n-1].is("called", "calls", "call")) {
			break
		}
		n++
	}
	if class == schema.Summit && next < end && d.toks[next].is("with") {
		refs, _ := d.refsFrom(next+1, end)
		for _, p := range refs {
			e.add(p)
		}
		e.own = e.own || len(refs) > 0
	}
	if class == schema.Meeting {
		switch {
		case next < end && d.toks[next].is("between"):
			refs, _ := d.refsFrom(next+1, end)
			for _, p := range refs {
				e.add(p)
			}
			e.own = len(refs) > 0
		case next < end && d.toks[next].is("with") || verb:
			from := next
			if d.toks[min(next, end-1)].is("with") {
				from = next + 1
			}
			if verb && from < end && d.toks[from].is("with") {
				from++
			}
			// "held talks at the Pentagon with X", "met on Thursday with X"
			if verb && from == next && d.personRefAt(from) == nil {
				for q := next; q < end && q < next+8; q++ {
					if d.toks[q].is(",", ";") {
						break
					}
					if d.toks[q].is("with") {
						from = q + 1
						break
					}
				}
			}
			refs, _ := d.refsFrom(from, end)
			each = refs
			// "meet the urgent health needs" is no meeting: a meeting verb
			// needs someone to meet
			if verb && len(refs) == 0 && len(subject) < 2 && !d.peopleAt(from, end) {
				return nil
			}
		}
	}
	d.addAccompanied(e, start, end)
	// "a meeting chaired by X", "a summit hosted by X"
	for q := next; q+2 < end && q < next+4; q++ {
		if d.toks[q].is("chaired", "hosted", "led", "convened", "attended") && d.toks[q+1].is("by") {
			refs, _ := d.refsFrom(q+2, end)
			for _, p := range refs {
				e.add(p)
			}
			break
		}
	}
	// "travel to X for the summit": the traveller takes part in it
	if class == schema.Visit && verb {
		for q := next; q+2 < end; q++ {
			if d.toks[q].is("for") && d.toks[q+1].is("the", "this") {
				if c, _, _ := d.triggerAt(q+2, end); c != "" && c != schema.Visit {
					if prev := d.lastEvent(c, inSent); prev != nil {
						for _, p := range e.participants {
							prev.add(p)
						}
					}
				}
			}
		}
	}
	if e.location == nil {
		e.location = d.eventPlace(k, next, start, end)
	}
	if len(each) <= 1 {
		for _, p := range each {
			e.add(p)
		}
		e.own = e.own || len(each) > 0
		d.events = append(d.events, e)
		return []*event{e}
	}
	var out []*event
	for _, p := range each {
		cp := *e
		cp.participants = append([]*entity(nil), e.participants...)
		cp.add(p)
		cp.own = true
		c := &cp
		d.events = append(d.events, c)
		out = append(out, c)
	}
	return out
}

// eventDetails reads mode, ordinal, duration and date around a trigger.
func (d *doc) eventDetails(e *event, k, start, end int) {
	for b := k - 1; b >= start && b >= k-5; b-- {
		low := d.toks[b].Low
		if n, ok := ordinals[low]; ok && e.ordinal == 0 {
			e.ordinal = n
		}
		switch {
		case low == "virtual" || low == "video" || low == "online" || low == "videoconference":
			e.mode = "virtual"
		case low == "phone" || low == "telephone" || low == "telephonic":
			e.mode = "phone"
		case low == "physical" || low == "in-person":
			e.mode = "physical"
		}
		if dur := duration(low); dur != "" && e.duration == "" {
			e.duration = dur
		}
		if b < k-1 && (d.toks[b].is(",", ";") || isDeterminer(low) && low != "'s" && low != "’s") {
			break
		}
	}
	for a := k + 1; a < end && a <= k+4; a++ {
		low := d.toks[a].Low
		switch {
		case low == "phone" || low == "telephone":
			if d.toks[a-1].is("over", "by", "on") || d.toks[a-1].is("the") && d.toks[a-2].is("over", "by", "on") {
				e.mode = "phone"
			}
		case low == "video" || low == "videoconference" || low == "virtually":
			e.mode = "virtual"
		}
	}
	e.date = d.eventDate(k, start, end)
	if e.date == nil {
		e.date = d.anaphoricDate(start, end) // "Later that day, X met Y"
	}
}

// duration reads "week-long", "five-day", "hour-long", "2-day".
func duration(w string) string {
	base, unit, ok := strings.Cut(w, "-")
	if !ok {
		return ""
	}
	n := 1
	switch unit {
	case "long":
		switch base {
		case "week":
			return "P7D"
		case "day":
			return "P1D"
		case "hour":
			return "PT1H"
		case "month":
			return "P1M"
		case "fortnight":
			return "P14D"
		}
		return ""
	case "day", "hour", "week", "month":
		if v, ok := numberWords[base]; ok {
			n = int(v)
		} else if v, err := strconv.Atoi(base); err == nil && v > 0 && v < 1000 {
			n = v
		} else {
			return ""
		}
	default:
		return ""
	}
	switch unit {
	case "day":
		return "P" + strconv.Itoa(n) + "D"
	case "week":
		return "P" + strconv.Itoa(7*n) + "D"
	case "month":
		return "P" + strconv.Itoa(n) + "M"
	}
	return "PT" + strconv.Itoa(n) + "H"
}

// eventDate is the date the sentence gives for the trigger at k: the
// nearest one not inside a clause of its own ("since … took office in
// January").
func (d *doc) eventDate(k, start, end int) *dateExpr {
	var best *dateExpr
	bestDist := 1 << 30
	for _, dt := range d.actDates(start, end) {
		lo, hi := k, dt.i
		if dt.i < k {
			lo, hi = dt.j, k
		}
		blocked := false
		for q := lo; q < hi; q++ {
			// a date after "since …", "when …" belongs to that clause; a
			// trigger inside "…, when X met Y" takes the date before it
			if subordinators[d.toks[q].Low] && dt.i > k || d.toks[q].is(";") {
				blocked = true
				break
			}
			if c, _, _ := d.triggerAt(q, end); c != "" && q != k && !d.quoted[q] {
				blocked = true // the date belongs to the event told in between
				break
			}
		}
		if blocked {
			continue
		}
		dist := hi - lo
		if dist < bestDist {
			dt := dt
			best, bestDist = &dt, dist
		}
	}
	return best
}

// eventName is the proper name in front of a noun trigger ("G7 Foreign
// and Development Ministers' Meeting"), normalised, and the grouping in it.
func (d *doc) eventName(k, start int) (string, string, *entity) {
	b := k
	var org *entity
	capital := d.toks[k].capitalised()
	for b-1 >= start {
		t := d.toks[b-1]
		m := d.mat(b - 1)
		switch {
		case m != nil && (m.kind == kGrouping || m.kind == kOffice || m.kind == kCountry || m.kind == kDemonym) && m.j == b:
			if m.kind == kGrouping {
				org = d.entityFor(m)
			}
			b = m.i
			capital = true
			continue
		case t.is("'s", "’s", "’", "'", "and", "&") && b-2 >= start && (d.toks[b-2].capitalised() || d.mat(b-2) != nil):
			b--
			continue
		case t.capitalised() && t.Kind == tWord && !nameStops[t.Text] && d.mat(b-1) == nil && weekdays[t.Low] == 0 && t.Low != "sunday" && months[t.Low] == 0:
			b--
			capital = true
			continue
		}
		break
	}
	if b == k || !capital {
		return "", "", org
	}
	var words []string
	for q := b; q <= k; q++ {
		w := strings.ToLower(noApostrophes.Replace(d.toks[q].Text))
		if w == "" || w == "s" {
			continue
		}
		words = append(words, singular(w))
	}
	return strings.Join(words, " "), d.text(b, k+1), org
}

// noApostrophes drops apostrophes, straight and curly.
var noApostrophes = strings.NewReplacer("’", "", "'", "")

// verbSubject is who does the verb at k: the person right before its
// auxiliaries, the subject of the verb before it in the sentence when the
// two are joined by "and", or "Both …" for the two of the last meeting.
func (d *doc) verbSubject(k, start int, inSent []*event) []*entity {
	b := k - 1
	for b >= start && (auxWords[d.toks[b].Low] || strings.HasSuffix(d.toks[b].Text, "ly") && !d.toks[b].capitalised()) {
		b--
	}
	if b >= start && d.toks[b].is("and", ",") && len(inSent) > 0 {
		prev := inSent[len(inSent)-1]
		if len(prev.participants) > 0 {
			return prev.participants[:1]
		}
	}
	if both := d.bothAt(start, k); both != nil {
		return both
	}
	for q := b; q >= start && q >= b-1; q-- {
		if m := d.mat(q); m != nil && m.j == q+1 {
			if p := d.personRefAt(m.i); p != nil {
				// "Wong and Wang Yi agreed in talks": all of a coordinated subject
				// "Foreign Minister Penny Wong and Chinese State Councilor
				// and Foreign Minister Wang Yi agreed": titles between
				subj := []*entity{p}
				for c := d.titlesStart(m.i, start) - 1; c-1 >= start && d.toks[c].is("and", ","); {
					pm := d.mat(c - 1)
					if pm == nil || pm.j != c {
						break
					}
					pp := d.personRefAt(pm.i)
					if pp == nil {
						break
					}
					subj = append(subj, pp)
					c = d.titlesStart(pm.i, start) - 1
				}
				return subj
			}
		}
	}
	if p := d.subjectBefore(k, start); p != nil {
		return []*entity{p}
	}
	return nil
}

// lightSubject: "X held a meeting", "X is on a visit", "X will attend the
// Meeting": the subject of a light verb before the noun.
func (d *doc) lightSubject(k, start int, inSent []*event) []*entity {
	if k-1 >= start && d.toks[k-1].is("in", "during") {
		// "Wong and Wang agreed in talks": the clause's subject
		for v := k - 2; v >= start && v >= k-6; v-- {
			if d.toks[v].Kind == tWord && !d.toks[v].capitalised() && d.mat(v) == nil && !auxWords[d.toks[v].Low] {
				return d.verbSubject(v, start, inSent)
			}
		}
	}
	for b := k - 1; b >= start && b >= k-8; b-- {
		low := d.toks[b].Low
		if d.mat(b) != nil && d.mat(b).kind == kPerson {
			break
		}
		if lightVerbs[low] && !(low == "on" && !(b > 0 && d.toks[b-1].is("is", "was", "are", "were"))) {
			v := b
			if low == "on" {
				v = b - 1
			}
			return d.verbSubject(v, start, inSent)
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
	for n := len(d.events) - 1; n >= 0; n-- {
		if e := d.events[n].root(); len(e.participants) >= 2 {
			return e.participants
		}
	}
	return nil
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

// placeAt reads a city or country at k (after "the").
func (d *doc) placeAt(k, end int) *entity {
	if k < end && d.toks[k].is("the") {
		k++
	}
	if k >= end || d.mat(k) == nil || d.mat(k).i != k {
		return nil
	}
	return d.placeEntity(d.mat(k))
}

func (d *doc) placeEntity(m *mention) *entity {
	switch m.kind {
	case kCity, kCountry:
		return d.entityFor(m)
	}
	return nil
}

// eventPlace is "in X" after the trigger (before the next event of the
// sentence), else the nearest "in X" before it.
func (d *doc) eventPlace(k, next, start, end int) *entity {
	stop := end
	for q := next; q < end; q++ {
		if c, _, _ := d.triggerAt(q, end); c != "" && !d.quoted[q] {
			stop = q
			break
		}
	}
	for q := k + 1; q < stop; q++ {
		if d.toks[q].is("in", "at", "In", "At") && !d.quoted[q] {
			if loc := d.placeAt(q+1, end); loc != nil {
				return loc
			}
		}
	}
	for q := k - 1; q >= start; q-- {
		if subordinators[d.toks[q].Low] || d.toks[q].is(";") {
			break // "…in Beijing, a thaw that began when X met Y": another clause
		}
		if d.toks[q].is("in", "at", "In", "At") && !d.quoted[q] {
			if loc := d.placeAt(q+1, k); loc != nil {
				return loc
			}
		}
	}
	return nil
}

// lastEvent is the latest event of the class, in this sentence or before;
// "the meeting" may also be a summit told before.
func (d *doc) lastEvent(class quad.IRI, inSent []*event) *event {
	for n := len(d.events) - 1; n >= 0; n-- {
		if e := d.events[n].root(); e.class == class {
			return e
		}
	}
	if class == schema.Meeting {
		return d.lastEvent(schema.Summit, inSent)
	}
	return nil
}

// mergeInSentence: a noun event with nobody of its own ("they held an
// hour-long meeting", "the first major meeting … was his meeting with G")
// is the sentence's other event of the class.
func (d *doc) mergeInSentence(evs []*event) {
	for _, e := range evs {
		if e.own || e.name != "" || e.into != nil {
			continue
		}
		for _, o := range evs {
			if o == e || o.class != e.class || o.into != nil || !o.own && len(o.participants) <= len(e.participants) {
				continue
			}
			mergeInto(e, o)
			break
		}
	}
	// "on the sidelines of X"
	for _, e := range evs {
		if e.into != nil {
			continue
		}
		for _, o := range evs {
			if o != e && o.name != "" && d.sidelines(e.trig, o.trig) {
				e.sidelinesOf = o
			}
		}
	}
}

// visitPlace: "the visit to Kyiv on Saturday, when X met Y": a meeting
// in person after a visit in the same sentence, with no place of its own,
// takes place in the city the visit went to.
func visitPlace(evs []*event) {
	for _, e := range evs {
		if e.into != nil || e.class != schema.Meeting || e.location != nil || e.mode == "phone" || e.mode == "virtual" {
			continue
		}
		for _, o := range evs {
			if o.into != nil || o.class != schema.Visit || o.trig > e.trig || o.location == nil || o.location.class != schema.City {
				continue
			}
			if e.date != nil && o.date != nil && e.date.value != o.date.value {
				continue
			}
			e.location = o.location
			break
		}
	}
}

// sidelines: "… on the sidelines of" lies between the two triggers.
func (d *doc) sidelines(a, b int) bool {
	if b < a {
		return false
	}
	for q := a; q < b; q++ {
		if d.toks[q].is("sidelines", "sideline", "margins") {
			return true
		}
	}
	return false
}

func mergeInto(e, o *event) {
	e.into = o
	for _, p := range e.participants {
		o.add(p)
	}
	if o.location == nil {
		o.location = e.location
	}
	if o.date == nil {
		o.date = e.date
	}
	if o.mode == "" {
		o.mode = e.mode
	}
	if o.duration == "" {
		o.duration = e.duration
	}
	if o.ordinal == 0 {
		o.ordinal = e.ordinal
	}
	if o.organizer == nil {
		o.organizer = e.organizer
	}
}

// mergeEvents joins events with the same proper name, visits of the
// same people to the same place, meetings of the same people on the same
// (or an untold) day; a meeting on the sidelines of an event takes its
// place and date when it has none.
func (d *doc) mergeEvents() {
	for _, e := range d.events {
		if o := e.sidelinesOf; o != nil && e.into == nil {
			o = o.root()
			if e.location == nil || e.location == o.location {
				e.location = o.location
			}
			if e.date == nil {
				e.date = o.date
			}
		}
	}
	d.mergeSame()
}

func (d *doc) mergeSame() {
	var roots []*event
	for _, e := range d.events {
		if e.into != nil {
			continue
		}
		merged := false
		// events told far apart are not compared: the last 64 will do,
		// and a long text stays linear
		from := 0
		if len(roots) > 64 {
			from = len(roots) - 64
		}
		for _, r := range roots[from:] {
			if r.class != e.class {
				continue
			}
			sameName := e.name != "" && e.name == r.name
			sameVisit := e.class == schema.Visit && d.samePlace(e.location, r.location) && (samePeople(e, r) || len(e.participants) == 0 && e.sent-r.sent <= 2)
			sameMeeting := e.class == schema.Meeting && e.name == "" && r.name == "" && len(e.participants) >= 2 &&
				samePeople(e, r) && (e.date == nil || r.date == nil || e.date.value == r.date.value)
			if sameName || sameVisit || sameMeeting {
				if sameVisit && e.location != nil && r.location != nil && e.location.class == schema.City {
					r.location = e.location // the city says more than its country
				}
				mergeInto(e, r)
				merged = true
				break
			}
		}
		if !merged {
			roots = append(roots, e)
		}
	}
}

// samePlace: the same place, or a city and its country.
func (d *doc) samePlace(a, b *entity) bool {
	switch {
	case a == b:
		return true
	case a == nil || b == nil:
		return false
	case a.city != nil && b.code != "":
		return a.city.Country == b.code
	case b.city != nil && a.code != "":
		return b.city.Country == a.code
	}
	return false
}

func samePeople(a, b *event) bool {
	if len(a.participants) == 0 || len(a.participants) != len(b.participants) {
		return false
	}
	for _, p := range a.participants {
		found := false
		for _, q := range b.participants {
			found = found || p == q
		}
		if !found {
			return false
		}
	}
	return true
}

func (d *doc) emitEvents() {
	iris := map[*event]quad.IRI{}
	for _, e := range d.events {
		if e.into == nil {
			iris[e] = schema.PartIRI(d.art, "event", d.next("event"))
		}
	}
	for _, e := range d.events {
		if e.into != nil {
			continue
		}
		var iri node = iris[e] // boxed once, not once a fact
		s := e.sent
		d.add(iri, schema.Type, classNode(e.class), s)
		d.add(d.artNode(), schema.Mentions, iri, s)
		d.add(iri, schema.Status, quad.String(e.status), s)
		for _, p := range e.participants {
			d.add(iri, schema.Participant, p, s)
		}
		if e.location != nil {
			d.add(iri, schema.Location, e.location, s)
		}
		if e.date != nil {
			d.add(iri, schema.Date, e.date.literal(), d.sentOf[e.date.i])
		}
		if e.mode != "" {
			d.add(iri, schema.Mode, quad.String(e.mode), s)
		}
		if e.ordinal > 0 {
			d.add(iri, schema.Ordinal, schema.Typed(strconv.Itoa(e.ordinal), schema.XSDInteger), s)
		}
		if e.duration != "" {
			d.add(iri, schema.Duration, schema.Typed(e.duration, schema.XSDDuration), s)
		}
		if e.organizer != nil {
			d.add(iri, schema.Organizer, e.organizer, s)
		}
		if e.sidelinesOf != nil {
			d.add(iri, schema.SidelinesOf, iris[e.sidelinesOf.root()], s)
		}
		if e.title != "" {
			d.add(iri, schema.Name, quad.String(e.title), s)
		}
	}
}
