package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
)

// How the mentions of events link up: back-references to an event told
// before, places, and the merging of mentions of one occasion (events.go
// tells the events themselves).

// definiteAt: the noun at k is definite and names one event already told:
// "the summit", "this meeting", "the two-day visit", "Friday's talks",
// "the expanded summit meeting"; not "the first summit", "the next
// meeting", "the upcoming visit".
func (d *doc) definiteAt(k, start int) bool {
	for b := k - 1; b >= start && b >= k-4; b-- {
		t := d.toks[b]
		switch {
		case t.is("this", "that", "the", "This", "That", "The", "these", "those", "These", "Those", "their", "Their", "its", "Its"):
			return true
		case t.is("'s", "’s") && b > start && (weekdays[d.toks[b-1].Low] != 0 || d.toks[b-1].is("Sunday", "today", "Today", "yesterday", "Yesterday", "Monday's")):
			return true
		case ordinalOf(t.Low) > 0 || t.is("next", "upcoming", "last", "previous", "another", "recent", "new", "future", "earlier", "planned", "proposed", "first", "annual"):
			return false
		case t.Kind == tWord && !t.capitalised() && d.mat(b) == nil || d.mat(b) != nil && d.mat(b).kind != kPerson || t.is("-"):
			continue
		case t.is("'", "’") && b > start && strings.HasSuffix(d.toks[b-1].Low, "s"):
			continue // "the three-day leaders' meeting"
		}
		return false
	}
	return false
}

// cancelledAt: "cancelled his trip", "called off the talks", "postponed
// the summit"; or only proposed: "called for talks", "proposed a summit".
func (d *doc) cancelledAt(k, start int) bool {
	for b := k - 1; b >= start && b >= k-4; b-- {
		if d.ew(b)&(evCancel|evPropose) != 0 {
			return true
		}
		// "called for talks", "pressed for a meeting": proposed only
		if b+1 < k && d.toks[b+1].is("for") && d.toks[b].is("called", "calls", "call", "calling", "pressed", "pushed", "pressing", "pushing", "appealed", "appeals") {
			return true
		}
		if b+1 < k && d.toks[b].is("called") && d.toks[b+1].is("off") {
			return true
		}
		if d.toks[b].Kind != tWord || d.mat(b) != nil && d.mat(b).kind == kPerson && !pronouns[d.toks[b].Text] {
			return false
		}
	}
	return false
}

// possessiveBefore: "his visit", "her two-day trip".
func (d *doc) possessiveBefore(k, start int) bool {
	for b := k - 1; b >= start && b >= k-3; b-- {
		t := d.toks[b]
		if t.is("his", "her", "their", "His", "Her", "Their") {
			return true
		}
		if ordinalOf(t.Low) > 0 || t.is("next", "upcoming", "last", "previous", "recent", "planned", "first") || t.Kind != tWord || t.capitalised() {
			return false
		}
	}
	return false
}

// backrefOnly: a noun that only names an event told before ("the
// gathering", "the Addis Ababa conference", "the session") at k: it adds
// what its sentence says to that event.
func (d *doc) backrefOnly(k, start, end int) *event {
	if d.ew(k)&evBackref == 0 || d.toks[k].Kind != tWord || !d.definiteAt(k, start) || d.ew(k-1)&evNotEvent != 0 {
		return nil
	}
	if d.toks[k].is("conference", "conferences") && (d.toks[k-1].is("press", "news") || d.toks[k-1].capitalised()) && d.mat(k-1) == nil {
		return nil
	}
	prev := d.lastEvent(schema.Meeting)
	if s := d.lastEvent(schema.Summit); s != nil && (prev == nil || s.sent > prev.sent) {
		prev = s
	}
	if prev == nil || d.sentOf[k]-prev.seen > 3 && !d.onlyGathering(prev) {
		return nil
	}
	e := &event{class: prev.class, sent: d.sentOf[k], trig: k}
	d.eventDetails(e, k, start, end, true)
	if m := d.modifierPlace(k, start); m != nil && m.class == schema.City {
		e.location = m
	}
	// "the Berlin conference last year" after a meeting in Paris on
	// Monday: another occasion
	if e.location != nil && prev.location != nil && !d.samePlace(e.location, prev.location) ||
		e.date != nil && prev.date != nil && e.date.value != prev.date.value {
		return nil
	}
	d.fillBackref(prev, e, k, k+1, start, end, nil)
	return prev
}

// onlyGathering: prev is the one meeting or summit told so far, so a
// definite "the conference" names it however far back it was told.
func (d *doc) onlyGathering(prev *event) bool {
	if len(d.events) > 16 {
		return false // a long list of events is no one gathering (and stays linear)
	}
	for _, x := range d.events {
		if x = x.root(); x != prev && x.class != schema.Visit && !x.dropped {
			return false
		}
	}
	return true
}

// fillBackref adds what the sentence of a back-reference e at k says to
// the event prev it names: who attended, chaired or accompanied, a light
// verb's subject, the date and place it had not.
func (d *doc) fillBackref(prev, e *event, k, next, start, end int, inSent []*event) {
	prev.seen = d.sentOf[k]
	d.addAccompanied(prev, start, end)
	d.addAgents(prev, next, end)
	// "The visit began on Saturday": the date it had not; "The three-day
	// conference, which opened on Wednesday" after "ended … on Friday":
	// its first day
	// "the summit next month … The summit between June 14 and 15": the
	// day refines the month
	if e.date != nil && (prev.date == nil || len(e.date.value) > len(prev.date.value) && strings.HasPrefix(e.date.value, prev.date.value)) {
		prev.date = e.date
	}
	if n := days(e.duration); prev.endDay && n > 0 && prev.date != nil && prev.date.typ == schema.XSDDate {
		// "The 4th summit concluded today. … attended the two-day
		// summit": it began the day before
		if first := firstDay(prev.date, n); first != nil {
			prev.date, prev.endDay = first, false
		}
	}
	if prev.endDay {
		for _, dt := range d.actDates(start, end) {
			if dt.i > k && dt.typ == schema.XSDDate && d.openedBefore(dt.i, k) {
				dt := dt
				prev.date, prev.endDay = &dt, false
				break
			}
		}
	}
	if prev.location == nil || prev.class == schema.Summit && prev.location.class == schema.Country {
		if e.location == nil {
			e.location = d.nearPlace(next, end)
		}
		if e.location != nil && prev.location == nil && (prev.class != schema.Visit || e.location.class == schema.City) || cityIn(e.location, prev.location) {
			prev.location = e.location // "the summit in Brazil … the summit in Rio": the city
		}
	}
	// "a central theme of the summit with President X arguing"
	if prev.class == schema.Summit && next < end && d.toks[next].is("with") {
		refs, _ := d.objectRefs(next+1, end)
		for _, p := range refs {
			prev.add(p)
		}
	}
	ps := d.lightSubject(k, start, inSent)
	if len(ps) == 0 && prev.class != schema.Visit {
		ps = d.frontedSubject(k, start, end)
	}
	for _, x := range ps {
		prev.add(x)
	}
}

// placeAt reads a city or country at k (after "the").
func (d *doc) placeAt(k, end int) *entity {
	if k < end && d.toks[k].is("the") {
		k++
	}
	if c := d.cityOfAt(k, end); c != nil {
		return c
	}
	if k >= end || d.mat(k) == nil || d.mat(k).i != k {
		return nil
	}
	// "in Saudi Arabia's Jeddah", "in Indonesia's capital Jakarta", "in
	// Kenya's port city of Mombasa": the city
	if m := d.mat(k); m.kind == kCountry && m.j+1 < end && d.toks[m.j].is("'s", "’s") {
		for q := m.j + 1; q < end && q <= m.j+4; q++ {
			if c := d.mat(q); c != nil && c.i == q {
				if c.kind == kCity {
					return d.placeEntity(c)
				}
				break
			}
			if t := d.toks[q]; t.Kind != tWord || t.capitalised() {
				break
			}
		}
	}
	return d.placeEntity(d.mat(k))
}

// cityOfAt: "the Libyan city of Sirte", "the Atlantic port of Cadiz",
// "the coastal town of X" (from the word after "the"): the city the
// phrase names.
func (d *doc) cityOfAt(k, end int) *entity {
	if k < 1 || !d.toks[k-1].is("the") {
		return nil
	}
	for q := k; q+2 < end && q <= k+2; q++ {
		t := d.toks[q]
		if t.Kind != tWord {
			return nil
		}
		if t.is("city", "town", "port", "capital", "resort", "village") {
			if !d.toks[q+1].is("of") {
				return nil
			}
			if c := d.mat(q + 2); c != nil && c.i == q+2 && c.kind == kCity {
				return d.entityFor(c)
			}
			return nil
		}
		if m := d.mat(q); m != nil && m.kind != kDemonym {
			return nil // a name of its own before the noun: no "the Libyan city of X" shape
		}
	}
	return nil
}

// openedBefore: a verb of opening stands between the event noun at k and
// its date at i: "the summit, which opened on Wednesday", "the meeting
// began on Monday".
func (d *doc) openedBefore(i, k int) bool {
	for q := k + 1; q < i && q < k+12; q++ {
		if d.toks[q].is("opened", "began", "begun", "started", "opens", "begins", "starts") {
			return q+3 >= i // the verb's own date: "opened on Wednesday"
		}
		if d.toks[q].is(";", ".") || d.triggerAt(q, len(d.toks)).class != "" {
			return false
		}
	}
	return false
}

// datelineCity is the city a story is filed from ("COLOMBO, June 10 –",
// "Dec 9 (KHARTOUM) —"), which "here" names in its text: "held talks
// with X here today", "arrived here on Sunday".
func (d *doc) datelineCity() *entity {
	if d.dateline == "" || len(d.sents) == 0 {
		return nil
	}
	start, end := d.bounds(0)
	for k := start; k < end && k < start+8; k++ {
		if m := d.mat(k); m != nil && m.i == k && m.kind == kCity && (k == start || d.toks[k-1].is("(")) {
			return d.entityFor(m)
		}
	}
	return nil
}

// hereAt: token k is "here" naming the dateline's city, not a quote's
// "here" nor "from here".
func (d *doc) hereAt(k int) *entity {
	if k >= len(d.toks) || !d.toks[k].is("here") || d.quoted[k] || k > 0 && d.toks[k-1].is("from", "near", "of") {
		return nil
	}
	if d.dateline == "" {
		return d.soleCity()
	}
	return d.datelineCity()
}

// soleCity is the one city a story with no dateline names outside quotes,
// other than one a traveller comes "from": the place its "here" stands
// for ("X arrived here from A. … X was welcomed at the airport in B").
func (d *doc) soleCity() *entity {
	var city *entity
	for _, m := range d.ments() {
		if m.kind != kCity || m.headline || d.quoted[m.i] || m.i > 0 && d.toks[m.i-1].is("from") {
			continue
		}
		if c := d.entityFor(m); city == nil {
			city = c
		} else if c != city {
			return nil
		}
	}
	return city
}

func (d *doc) placeEntity(m *mention) *entity {
	switch m.kind {
	case kCity, kCountry, kTown:
		return d.entityFor(m)
	}
	return nil
}

// eventPlace is "in X" after the trigger (before the next event of the
// sentence), else the nearest "in X" before it.
func (d *doc) eventPlace(k, next, start, end int) *entity {
	stop := end
	// an event told in an opening phrase ("During talks hosted by X, the
	// ministers endorsed the plan agreed in Lima") has its place in it
	opening := d.inOpening(k, start)
	for q := next; q < end; q++ {
		if d.triggerAt(q, end).class != "" && !d.quoted[q] || opening && d.toks[q].is(",") || d.clauseOpens(q, end) {
			stop = q
			break
		}
	}
	for q := k + 1; q < stop; q++ {
		if q > next && d.topicOpens(q, end) {
			break // "talks with X on the crisis in Y": the topic's place
		}
		if q >= next && q <= next+12 {
			if loc := d.hereAt(q); loc != nil {
				return loc // "held talks with X here today"
			}
		}
		if d.toks[q].is("in", "at", "In", "At") && !d.quoted[q] && !(d.topicNoun(q-1) && !d.ofPhrase(next, q)) {
			if loc := d.placeAt(q+1, end); loc != nil && !d.modifies(q+1, end) {
				return loc
			}
			if loc := d.regionOf(q+1, end); loc != nil {
				return loc
			}
		}
	}
	comma := false
	for q := k - 1; q >= start; q-- {
		// "travel to Copenhagen, where he will attend the summit"
		if d.toks[q].is("where") && q >= start+2 && d.toks[q-1].is(",") {
			if m := d.mat(q - 2); m != nil && m.j == q-1 && (m.kind == kCity || m.kind == kCountry) {
				return d.placeEntity(m)
			}
		}
		if subordinators[d.toks[q].Low] || d.toks[q].is(";") {
			break // "…in Beijing, a thaw that began when X met Y": another clause
		}
		if d.toks[q].is("in", "at", "In", "At") && !d.quoted[q] {
			if loc := d.placeAt(q+1, k); loc != nil && !d.modifies(q+1, end) && (!comma || q == start || q == start+1 && d.toks[start].is("While", "Later", "Then", "Also", "Meanwhile", "And")) {
				return loc // "In Berlin, Modi will hold talks"; not "Amid the crisis in Lebanon, X met Y"
			}
		}
		comma = comma || d.toks[q].is(",")
	}
	return nil
}

// stayPlace: "during his stay in X" places the meetings in person the
// sentence tells, before or after it, in X ("During her stay in Hanoi, X
// will meet Y", "will meet A and hold talks with B during his stay in
// Z").
func (d *doc) stayPlace(si int, evs []*event) {
	start, end := d.bounds(si)
	var loc *entity
	for q := start + 2; q+1 < end && loc == nil; q++ {
		if d.toks[q].is("in") && d.toks[q-1].is("stay") && d.toks[q-2].is("his", "her", "their") && !d.quoted[q] {
			loc = d.placeAt(q+1, end)
		}
	}
	if loc == nil {
		return
	}
	for _, e := range evs {
		if e.into == nil && e.class == schema.Meeting && e.location == nil && e.mode != "phone" && e.mode != "virtual" {
			e.location = loc
		}
	}
}

// topicOpens: the words from q tell what an event is about, or what was
// done after it, not where it took place: "on trade and the crisis in
// Sudan", "about", "regarding", "over the war in X", "to discuss the
// situation in X", "and discussed …". A date ("on Monday"), "on the
// sidelines of", "over the phone" open no topic.
func (d *doc) topicOpens(q, end int) bool {
	t := d.toks[q]
	switch {
	case d.quoted[q]:
		return false
	case t.is("on", "over"):
		if q+1 >= end || d.dateAt(q+1) > 0 {
			return false
		}
		n := q + 1
		if d.toks[n].is("the", "a") && n+1 < end {
			n++
		}
		return !d.toks[n].is("sidelines", "sideline", "margins", "margin", "phone", "telephone", "video", "behalf", "arrival", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
	case t.is("about", "regarding", "concerning"):
		return true
	case t.is("to") && q+1 < end && d.toks[q+1].is("open", "begin", "start", "convene", "resume"):
		return false // "the summit was set to open in X": where it opens
	case t.is("to", "and") && q+1 < end && d.toks[q+1].Kind == tWord && !d.toks[q+1].capitalised() && d.mat(q+1) == nil && d.tag(q+1) == pos.VERB:
		return true // "to discuss", "and reviewed"
	case t.Kind == tWord && !t.capitalised() && d.mat(q) == nil && d.ew(q)&evTalkVerb != 0 && t.Low[0] == 'd':
		return true // "… discussing the situation in X"
	}
	return false
}

// topicNoun: the common noun at b takes the place after it ("the
// situation in Libya", "investment in Myanmar"): not an event's, a
// venue's or people's word.
func (d *doc) topicNoun(b int) bool {
	if b < 0 || d.toks[b].Kind != tWord || d.toks[b].capitalised() || d.mat(b) != nil {
		return false
	}
	if d.ew(b)&(evMeetNoun|evSummitNoun|evVisitNoun|evCallNoun|evBackref|evVenue|evPeopleNoun) != 0 {
		return false
	}
	if d.toks[b].is("place", "time", "times", "stay") || d.dateEndingAt(b) != nil {
		return false // "taking place in X", "met for the first time in X", "in December of last year in X", "during his stay in X"
	}
	if b > 0 && (d.tag(b-1) == pos.NUM || ordinalOf(d.toks[b-1].Low) > 0) {
		return false // "met for two hours in X"
	}
	return d.tag(b) == pos.NOUN
}

// ofPhrase: the words [next, q) are the "of" phrase of the event noun
// ending at next: "the next meeting of the joint commission in X".
func (d *doc) ofPhrase(next, q int) bool {
	if next >= q || !d.toks[next].is("of") {
		return false
	}
	for n := next + 1; n < q; n++ {
		if d.toks[n].Kind != tWord || d.toks[n].is("on", "about", "over", "and", "to") {
			return false
		}
	}
	return true
}

// regionOf: "in Apulia, Italy", "in Bali, Indonesia": a place the
// lexicon does not know, in the country named after it; "at State House,
// Nairobi", "at the Presidential Palace, Kabul": a building, in the city
// named after it.
func (d *doc) regionOf(k, end int) *entity {
	q := k
	if q < end && d.toks[q].is("the") {
		q++
	}
	from, venue := q, false
	for q < end && q < from+4 && d.toks[q].Kind == tWord && d.toks[q].capitalised() && d.mat(q) == nil {
		venue = d.ew(q)&evVenue != 0
		q++
	}
	if q == from || q+1 >= end || !d.toks[q].is(",") {
		return nil
	}
	if m := d.mat(q + 1); m != nil && m.i == q+1 && (m.kind == kCountry || m.kind == kCity && venue) {
		return d.entityFor(m)
	}
	return nil
}

// clauseOpens: a clause of its own opens at q after an event's words, and
// a place in it is not the event's: a new subject pronoun and its verb
// ("during talks hosted by X, they will endorse the plan agreed in
// Lima").
func (d *doc) clauseOpens(q, end int) bool {
	if d.toks[q].is("they", "he", "she", "we") && q+1 < end {
		t := d.tag(q + 1)
		return t == pos.VERB || t == pos.AUX
	}
	return false
}

// nearPlace: "the meeting in X", "the meeting, held in X, …", "the talks
// at X": the place right after a back-reference ending at next.
func (d *doc) nearPlace(next, end int) *entity {
	q := next
	if q < end && d.toks[q].is(",") {
		q++
	}
	if q+2 < end && d.toks[q].is("will") && d.toks[q+1].is("be", "take") {
		q++ // "The summit will be held in Lima", "will take place in Lima"
	}
	if q+2 < end && d.toks[q].is("is", "was", "are", "were") && d.toks[q+1].is("being") && d.toks[q+2].is("held") {
		q++ // "The summit is being held in Hiroshima"
	}
	if q+1 < end && d.toks[q].is("was", "were", "is", "are", "be", "being") && d.toks[q+1].is("held") {
		q++ // "The meeting was held in Paris"
	}
	if q+1 < end && d.toks[q].is("took", "takes", "take") && d.toks[q+1].is("place") {
		q += 2 // "The meeting took place on the sidelines of …"
	}
	if q < end && d.toks[q].is("held", "taking", "which", "that") {
		q++
		if q < end && d.toks[q].is("place", "was", "is", "took") {
			q++
		}
		if q < end && d.toks[q].is("place") {
			q++
		}
	}
	// "attended the summit on Sunday in Accra", "was held on Monday in
	// Lima": the day told, then the place
	q = d.skipAdjunct(q, end)
	// "were held on the sidelines of the X Council held in Y": the place of
	// the gathering they were held at
	if q+3 < end && d.toks[q].is("on") && d.toks[q+1].is("the") && d.toks[q+2].is("sidelines", "margins") && d.toks[q+3].is("of") {
		for r := q + 4; r+1 < end && r <= q+16; r++ {
			if d.toks[r].is(",", ";", ".") || subordinators[d.toks[r].Low] || d.quoted[r] {
				break
			}
			if d.toks[r].is("in", "at") {
				if loc := d.placeAt(r+1, end); loc != nil && !d.modifies(r+1, end) {
					return loc
				}
			}
		}
	}
	// "The tour will conclude in Pretoria", "the trip then continues in
	// Nairobi": a stop
	if q < end && d.toks[q].is("will", "then") {
		r := q + 1
		if r < end && d.toks[r].is("then") {
			r++
		}
		if r < end && d.toks[r].is("conclude", "concludes", "end", "ends", "continue", "continues", "finish", "finishes") {
			q = r + 1
		}
	} else if q < end && d.toks[q].is("concludes", "ends", "continues", "finishes") {
		q++
	}
	if q < end && d.toks[q].is("in", "at") {
		if loc := d.placeAt(q+1, end); loc != nil && !d.modifies(q+1, end) {
			return loc
		}
	}
	// "Their meeting at a luxury hotel in Singapore": the building's city
	if q < end && d.toks[q].is("at") {
		for r := q + 2; r < end && r <= q+6; r++ {
			if d.toks[r].is("in") && d.ew(r-1)&evVenue != 0 {
				if loc := d.placeAt(r+1, end); loc != nil && !d.modifies(r+1, end) {
					return loc
				}
			}
			if d.toks[r].Kind != tWord {
				break
			}
		}
	}
	return nil
}

// modifies: the place at k (after "the") only modifies the noun after it
// ("at the Warsaw Summit", "in the Gaza Strip"): it is not where the event
// takes place.
func (d *doc) modifies(k, end int) bool {
	if k < end && d.toks[k].is("the") {
		k++
	}
	m := d.mat(k)
	if m == nil {
		return false
	}
	j := m.j
	if j >= end {
		return false
	}
	t := d.toks[j]
	if t.Kind != tWord {
		return false
	}
	if n := d.mat(j); t.capitalised() && (n == nil || n.kind != kCity && n.kind != kCountry && n.kind != kPerson && n.kind != kDemonym) {
		return true
	}
	return d.ew(j)&(evMeetNoun|evSummitNoun|evBackref|evVisitNoun) != 0
}

// modifierPlace: the city or country in front of an event noun at k
// names its place: "the Warsaw Summit", "his US visit".
func (d *doc) modifierPlace(k, start int) *entity {
	for b := k - 1; b >= start && b >= k-3; b-- {
		m := d.mat(b)
		if m != nil && m.j == b+1 && (m.kind == kCity || m.kind == kCountry) {
			if m.i > start && d.toks[m.i-1].is("-", "–") || m.j < k && d.toks[m.j].is("-", "–") {
				return nil // "the India-US summit"
			}
			return d.placeEntity(m)
		}
		if m != nil || d.toks[b].Kind != tWord || d.toks[b].is("the", "a", "an", "his", "her", "their", "its") {
			return nil
		}
	}
	return nil
}

// commonCountry is the country all the places are in, or nil.
func (d *doc) commonCountry(places []*entity) *entity {
	code := ""
	for _, p := range places {
		c := placeCountry(p)
		if c == "" || code != "" && c != code {
			return nil
		}
		code = c
	}
	return d.countryEntity(code)
}

// morePlaces: the places after the one at k in a list ("Germany, Denmark
// and France", "Lima, Peru; Quito, Ecuador; and Bogota, Colombia": a
// city's country after a comma is the city's, no stop of its own).
func (d *doc) morePlaces(k, end int) []*entity {
	out, _ := d.placesAfter(k, end)
	return out
}

// placesAfter is morePlaces and the token after the list.
func (d *doc) placesAfter(k, end int) ([]*entity, int) {
	if k < end && d.toks[k].is("the") {
		k++
	}
	m := d.mat(k)
	if m == nil || m.i != k {
		return nil, k
	}
	var out []*entity
	last := m
	q, after := m.j, m.j
	for q+1 < end && len(out) < 8 {
		sep := d.toks[q]
		if sep.is(",", ";") && q+1 < end && d.toks[q+1].is("and") {
			q++
		}
		if !d.toks[q].is(",", "and", ";") {
			break
		}
		pl := d.placeAt(q+1, end)
		if pl == nil {
			break
		}
		n := q + 1
		if d.toks[n].is("the") {
			n++
		}
		if d.mat(n) == nil {
			break // "the city of X": a place of no one mention
		}
		// "Brussels, Belgium": the city's country, not another place
		if sep.is(",") && pl.code != "" && last.kind == kCity && d.x.lex.Cities[last.ref].Country == pl.code {
			q = d.mat(n).j
			after = q
			continue
		}
		out = append(out, pl)
		last = d.mat(n)
		q, after = last.j, last.j
	}
	return out, after
}

// lastEvent is the latest event of the class, in this sentence or before;
// "the meeting" may also be a summit told before.
func (d *doc) lastEvent(class quad.IRI) *event {
	// the last 64 will do, and a long text stays linear
	for n := len(d.events) - 1; n >= 0 && n >= len(d.events)-64; n-- {
		if e := d.events[n].root(); e.class == class {
			return e
		}
	}
	if class == schema.Meeting {
		return d.lastEvent(schema.Summit)
	}
	return nil
}

// topicBefore: the noun at k is what something is about: "focused on
// political consultations", "talked about the summit".
func (d *doc) topicBefore(k int) bool {
	start, _ := d.bounds(d.sentOf[k])
	for b := k - 1; b >= start && b >= k-3; b-- {
		if d.toks[b].is("on", "about", "regarding") {
			return true
		}
		if d.toks[b].Kind != tWord || d.toks[b].capitalised() || d.mat(b) != nil {
			return false
		}
	}
	return false
}

// mergeInSentence: a noun event with nobody of its own ("they held an
// hour-long meeting", "the first major meeting … was his meeting with G")
// is the sentence's other event of the class.
func (d *doc) mergeInSentence(evs []*event, backs []backref) {
	// "hosted X for the summit": the host's meeting is the summit;
	// "travelled to X for the summit": the traveller takes part in it
	for _, e := range evs {
		if e.joinAt == 0 || e.into != nil {
			continue
		}
		var o *event
		for _, x := range evs {
			if x.trig == e.joinAt-1 && x != e {
				o = x
			}
		}
		for _, b := range backs {
			if b.k == e.joinAt-1 {
				o = b.e
			}
		}
		if o == nil || o.root() == e {
			continue
		}
		if e.joinMerge {
			mergeInto(e, o.root())
		} else {
			for _, p := range e.participants {
				o.root().add(p)
			}
			// "will arrive in Brasilia to attend a summit": there
			if r := o.root(); e.class == schema.Visit && r.location == nil && e.location != nil && e.location.class == schema.City {
				r.location = e.location
			}
		}
	}
	for _, e := range evs {
		if e.own || e.name != "" || e.into != nil {
			continue
		}
		// "The meeting focused on political consultations between the
		// two sides": the talks of the meeting named again, no other
		if e.how == hNoun && len(e.participants) == 0 && d.topicBefore(e.trig) {
			for _, b := range backs {
				if b.k < e.trig && b.e.root().class == e.class {
					mergeInto(e, b.e.root())
					break
				}
			}
			if e.into != nil {
				continue
			}
		}
		for _, o := range evs {
			if o == e || o.class != e.class || o.into != nil || !o.own && len(o.participants) <= len(e.participants) && o.name == "" ||
				d.sidelines(e.trig, o.trig) || d.sidelines(o.trig, e.trig) || d.twoTimes(e, o) {
				continue
			}
			// "wrapped up a three-day trip to Japan, arriving in Hanoi on
			// Thursday": an arrival at the travellers' home ends the trip;
			// one Visit, the trip's, in its place and not of that day
			if e.class == schema.Visit && o.how == hTravel && o.trig > e.trig && d.ew(o.trig)&evArriveVerb != 0 && e.location != nil &&
				o.location != nil && o.location.city != nil && d.atHome(o, o.location.city.Country) {
				dt := e.date
				mergeInto(o, e)
				e.date, e.own = dt, true
				break
			}
			// "will arrive in Nairobi on Sunday for a visit to Kenya": the
			// arrival is the first stop, the visit to the country the trip
			// (GUIDELINES 6.1): two Visits, of one day
			if e.class == schema.Visit && o.how == hTravel && o.trig < e.trig && d.ew(o.trig)&evArriveVerb != 0 &&
				e.location != nil && e.location.class == schema.Country && o.location != nil && o.location.class == schema.City {
				for _, p := range o.participants {
					e.add(p)
				}
				if e.date == nil {
					e.date = o.date
				}
				e.own = true
				break
			}
			// "closed the heads of state meeting at the IV Summit of X": one
			if o.name != "" && o.location == nil && e.location != nil {
				o.location = e.location
			}
			mergeInto(e, o)
			break
		}
	}
	// "on the sidelines of X", "on the sidelines of the summit"
	for _, e := range evs {
		if e.into != nil {
			continue
		}
		for _, o := range evs {
			if o != e && (o.name != "" && d.sidelines(e.trig, o.trig) || o.class == schema.Summit && e.class == schema.Meeting && d.sidelinesAt(e.trig, o.trig, true)) {
				e.sidelinesOf = o
			}
		}
		for _, b := range backs {
			if b.e != e.root() && d.sidelines(e.trig, b.k) {
				e.sidelinesOf = b.e
			}
		}
		// "On the sidelines on Friday, X held talks with Y": of the
		// summit told before
		if e.sidelinesOf == nil && e.class == schema.Meeting && d.bareSidelines(e.sent) {
			if s := d.lastEvent(schema.Summit); s != nil && s.sent < e.sent {
				e.sidelinesOf = s
			}
		}
	}
}

// bareSidelines: sentence si says "on the sidelines" (or margins) without
// saying of what.
func (d *doc) bareSidelines(si int) bool {
	start, end := d.bounds(si)
	for q := start + 2; q < end; q++ {
		if d.toks[q].is("sidelines", "margins") && d.toks[q-1].is("the") && d.toks[q-2].is("on", "On") && !d.quoted[q] {
			return q+1 >= end || !d.toks[q+1].is("of")
		}
	}
	return false
}

// visitPlace: "the visit to Kyiv on Saturday, when X met Y": a meeting
// in person after a visit in the same sentence, with no place of its own,
// takes place in the city the visit went to.
func (d *doc) visitPlace(evs []*event, backs []backref) {
	// "will travel to Rome tomorrow, where he will hold talks with X":
	// there and then
	for _, e := range evs {
		if e.into != nil || e.class != schema.Meeting || e.date != nil || e.mode == "phone" || e.mode == "virtual" {
			continue
		}
		for _, o := range evs {
			if o.into == nil && o.class == schema.Visit && o.trig < e.trig && o.date != nil && o.date.typ == schema.XSDDate && d.whereBetween(o.trig, e.trig) && sharesPerson(o, e) {
				e.date = o.date
				break
			}
		}
	}
	for _, e := range evs {
		if e.into != nil || e.class != schema.Meeting || e.location != nil || e.mode == "phone" || e.mode == "virtual" {
			continue
		}
		// "During his visit, Motegi met X": the visit told before
		cands := evs
		for _, b := range backs {
			if b.k < e.trig && b.e.class == schema.Visit && sharesPerson(b.e, e) {
				cands = append(cands[:len(cands):len(cands)], b.e)
			}
		}
		for _, o := range cands {
			if o.into != nil || o.class != schema.Visit || o.trig > e.trig && o.sent == e.sent || o.location == nil {
				continue
			}
			// "He will begin his tour in Jordan. During the visit, he will
			// hold talks with X": in that country; not in the last of the
			// countries a sentence lists ("will visit A, B and C")
			if o.location.class != schema.City && d.stopsListed(o) {
				continue
			}
			if e.date != nil && o.date != nil && e.date.value != o.date.value && !duringDays(o, e.date) {
				continue
			}
			e.location = o.location
			break
		}
	}
}

// stopsListed: the sentence that tells the visit o tells another visit to
// another place.
func (d *doc) stopsListed(o *event) bool {
	for _, v := range d.events {
		if v != o && v.class == schema.Visit && v.sent == o.sent && v.location != nil && v.location != o.location {
			return true
		}
	}
	return false
}

// whereBetween: ", where" joins the clause of the event at b to the
// visit told at a before it: "travel to Rome, where he will meet X".
func (d *doc) whereBetween(a, b int) bool {
	for q := a + 1; q < b; q++ {
		if d.toks[q].is("where") && d.toks[q-1].is(",") {
			return true
		}
		if d.toks[q].is(";", ".") {
			return false
		}
	}
	return false
}

// duringDays: the day dt falls in the days an event with a length in
// days lasts ("arrived on Monday on a three-day visit": Monday to
// Wednesday).
func duringDays(o *event, dt *dateExpr) bool {
	n := days(o.duration)
	if o.date == nil || dt == nil || o.date.typ != schema.XSDDate || dt.typ != schema.XSDDate || n == 0 {
		return false
	}
	a, err1 := time.Parse("2006-01-02", o.date.value)
	b, err2 := time.Parse("2006-01-02", dt.value)
	return err1 == nil && err2 == nil && !b.Before(a) && b.Before(a.AddDate(0, 0, n))
}

// dateBefore: "Insulza last night urged unity. Emerging from his
// meeting with Zelaya, Insulza said …": an event told with no date, in a
// sentence that gives none, right after a sentence of the same paragraph
// (or the lede) about the same person that gives one day, is of that day.
func (d *doc) dateBefore(si int, evs []*event, backs []backref) {
	if si == 0 || len(evs) == 0 || d.subj[si-1] == nil {
		return
	}
	for _, b := range backs {
		if b.e.class == schema.Visit {
			return // "During his visit, X met Y": some day of the visit
		}
	}
	start, end := d.bounds(si)
	if len(d.datesIn(start, end)) > 0 {
		return
	}
	// a new paragraph goes on with the lede's day ("A and B on Saturday
	// agreed to … ¶ During their meeting, …"), unless it tells of before
	if d.toks[start].Breaks >= 2 && (si-1 != d.ledeSent() || d.pastOfPast(start, end) || d.toldEarlier(si)) {
		return
	}
	ds := d.actDates(d.bounds(si - 1))
	if len(ds) != 1 || ds[0].typ != schema.XSDDate {
		return
	}
	for _, e := range evs {
		if e.into != nil || e.date != nil || e.status != "held" || e.stop {
			continue // "The trip then continues in Accra": some later day
		}
		for _, p := range e.participants {
			if p == d.subj[si-1] {
				dt := ds[0]
				e.date = &dt
				break
			}
		}
	}
}

// ledeSent is the sentence that opens the story: the first, or the
// second after a dateline on a line of its own.
func (d *doc) ledeSent() int {
	if len(d.sents) < 2 {
		return 0
	}
	start, end := d.bounds(0)
	if end-start < 12 && d.toks[end-1].is(".") && d.verbless(start, end) {
		return 1 // "MOSCOW, September 25. /TASS/." a line of its own
	}
	if m := d.mat(start); m != nil && m.i == start && m.j == end && m.kind == kCity {
		return 1 // "Islamabad" alone above the lede
	}
	return 0
}

// afterArrival: "Macron arrived in Beirut on Thursday. He visited the
// blast site and met President Aoun": a meeting told right after its
// visitor's arrival in a city, with no place or date of its own, is there
// and then.
func (d *doc) afterArrival(si int, evs []*event, backs []backref) {
	var v *event
	for n := len(d.events) - 1; n >= 0 && n >= len(d.events)-16; n-- {
		if x := d.events[n].root(); x.class == schema.Visit && x.sent == si-1 && x.seen == si-1 {
			v = x
			break
		}
	}
	if v == nil || v.location == nil || v.location.class != schema.City {
		return
	}
	start, end := d.bounds(si)
	for q := start; q < end; q++ {
		if d.toks[q].is("earlier", "Earlier", "before", "Before", "previously", "Previously", "prior") {
			return // "Earlier in the day she held talks": not after the arrival
		}
	}
	for _, e := range evs {
		if e.into != nil || e.class != schema.Meeting || e.location != nil || e.mode == "phone" || e.mode == "virtual" || e.status != v.status || !sharesPerson(v, e) {
			continue
		}
		e.location = v.location
		during := false // "During his visit, X met Y": some day of the visit
		for _, b := range backs {
			during = during || b.e == v
		}
		if e.date == nil && v.date != nil && v.date.typ == schema.XSDDate && !during {
			e.date = v.date
		}
	}
}

// sidelines: the event told at b is the one "on the sidelines of" which
// the event at a takes place: "A met B on the sidelines of the X Summit",
// "On the sidelines of the X Summit, A met B".
func (d *doc) sidelines(a, b int) bool {
	return d.sidelinesAt(a, b, false)
}

// sidelinesAt is sidelines, and when at, "a meeting at the summit" too.
func (d *doc) sidelinesAt(a, b int, at bool) bool {
	if a == b {
		return false
	}
	start, _ := d.bounds(d.sentOf[b])
	for q := b - 1; q >= start && q >= b-12; q-- {
		// "within the framework of the X Summit", "on the occasion of the
		// X Meeting": held as a part of it, as on its sidelines
		if d.toks[q].is("sidelines", "sideline", "margins", "margin", "framework", "occasion") {
			return q+1 < b && d.toks[q+1].is("of")
		}
		// "Xi and Putin met Thursday at a regional summit": a meeting at
		// a summit is held on its sidelines
		if at && d.toks[q].is("at", "during") && a < q && d.sentOf[a] == d.sentOf[b] {
			return true
		}
		if d.toks[q].is(",", ";") || q < a && a < b || d.mat(q) != nil && d.mat(q).kind == kPerson {
			return false
		}
	}
	return false
}

// cityIn: the place a is a city of the country b.
func cityIn(a, b *entity) bool {
	return a != nil && b != nil && a.city != nil && b.code != "" && a.city.Country == b.code
}

func mergeInto(e, o *event) {
	e.into = o
	for _, p := range e.participants {
		o.add(p)
	}
	if o.location == nil || cityIn(e.location, o.location) && o.class == schema.Summit {
		// "the summit in Argentina … the summit in Argentina's Buenos
		// Aires": the city refines the country
		o.location = e.location
	}
	if o.date == nil || e.date != nil && len(e.date.value) > len(o.date.value) && strings.HasPrefix(e.date.value, o.date.value) {
		// "the summit next month … The summit will be held between June
		// 14 and 15": the day refines the month
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
			// who meets on the sidelines of a summit attends it
			for _, p := range e.participants {
				o.add(p)
			}
			if e.location == nil || e.location == o.location {
				e.location = o.location
			}
			if e.date == nil {
				e.date = o.date
			}
		}
	}
	d.mergeSame()
	d.visitDates()
}

// visitDates: a visit the text gives no date for began by the first day
// its visitor is told to meet someone there ("The King, who arrived in
// Baghdad for his first visit …" after "King Abdullah on Monday held talks
// in Baghdad with …").
func (d *doc) visitDates() {
	for vi, v := range d.events {
		if v.into != nil || v.class != schema.Visit || v.date != nil || v.late {
			continue
		}
		var first *dateExpr
		// the events told near it will do, and a long text stays linear
		for n := max(0, vi-32); n < len(d.events) && n < vi+32; n++ {
			m := d.events[n]
			if m.into != nil || m.class == schema.Visit || m.date == nil || m.date.typ != schema.XSDDate ||
				m.mode == "phone" || m.mode == "virtual" || m.status != v.status || !sharesPerson(v, m) {
				continue
			}
			if v.location != nil && (m.location == nil || !d.samePlace(v.location, m.location) && !(m.location.city != nil && m.location.city.Country == v.location.code)) {
				continue
			}
			if first == nil || m.date.value < first.value {
				first = m.date
			}
		}
		if first == nil && v.location != nil && v.location.class == schema.Country && v.location.code != "" {
			// "Modi will reach Hiroshima on May 19 … He is visiting Japan":
			// the trip to the country began with its first dated stop
			for n := max(0, vi-32); n < len(d.events) && n < vi+32; n++ {
				m := d.events[n]
				if m == v || m.into != nil || m.class != schema.Visit || m.date == nil || m.date.typ != schema.XSDDate ||
					m.location == nil || m.location.city == nil || m.location.city.Country != v.location.code || !sharesPerson(v, m) {
					continue
				}
				if first == nil || m.date.value < first.value {
					first = m.date
				}
			}
		}
		v.date = first
	}
}

func sharesPerson(a, b *event) bool {
	for _, p := range a.participants {
		for _, q := range b.participants {
			if p == q && p.class == schema.Person {
				return true
			}
		}
	}
	return false
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
			// "the 39th GCC Summit in Riyadh" and "the last GCC summit, in
			// Kuwait in December": one grouping's two summits
			sameName := e.name != "" && e.name == r.name && (e.ordinal == 0 || r.ordinal == 0 || e.ordinal == r.ordinal) &&
				(e.location == nil || r.location == nil || d.samePlace(e.location, r.location) || d.samePlace(r.location, e.location)) &&
				!d.twoTimes(e, r)
			// a visit to a country and one to a city in it are a trip and
			// one of its stops (GUIDELINES 6.1): two visits
			sameVisit := e.class == schema.Visit && e.location == r.location && (e.date == nil || r.date == nil || e.date.value == r.date.value) &&
				(samePeople(e, r) || len(e.participants) == 0 && e.sent-r.sent <= 2)
			sameMeeting := e.class == schema.Meeting && e.name == "" && r.name == "" && len(e.participants) >= 2 &&
				samePeople(e, r) && (e.date == nil || r.date == nil || e.date.value == r.date.value)
			// "X is among the ministers to attend the October 11 meeting"
			// after the meeting of that day in Colombo with X: that one
			sameDay := e.class == schema.Meeting && e.name == "" && len(e.participants) == 1 && slices.Contains(r.participants, e.participants[0]) &&
				e.date != nil && r.date != nil && e.date.typ == schema.XSDDate && e.date.value == r.date.value &&
				(e.location == nil || r.location == nil || d.samePlace(e.location, r.location) || d.samePlace(r.location, e.location))
			// "arrived for the annual leaders' meeting" and "held alongside
			// the Apec summit" the same day: one summit, once unnamed
			sameSummit := e.class == schema.Summit && (e.name == "" || r.name == "") && sharesPerson(e, r) &&
				e.date != nil && r.date != nil && e.date.typ == schema.XSDDate && e.date.value == r.date.value &&
				(e.location == nil || r.location == nil || d.samePlace(e.location, r.location) || d.samePlace(r.location, e.location))
			if sameName || sameVisit || sameMeeting || sameDay || sameSummit {
				mergeInto(e, r)
				merged = true
				break
			}
		}
		if !merged {
			roots = append(roots, e)
		}
	}
	d.stopInCity(roots)
	d.oneSummit(roots)
	d.meetingIsSummit(roots)
	d.groupingMeeting(roots)
}

// stopInCity: "will visit Iran, Saudi Arabia and the United States … will
// arrive in Tehran on Monday": a country a trip through several stops in,
// and the one visit its traveller is told to make to a city of that
// country, are one stop, in the city (GUIDELINES 6.3); a trip to one
// country and a city in it stay two visits (mergeSame).
func (d *doc) stopInCity(roots []*event) {
	for _, s := range roots {
		if s.into != nil || s.class != schema.Visit || !s.stop || s.location == nil || s.location.class != schema.Country || s.location.code == "" {
			continue
		}
		var city *event
		n := 0
		for _, v := range roots {
			if v != s && v.into == nil && v.class == schema.Visit && v.location != nil && v.location.city != nil &&
				v.location.city.Country == s.location.code && sharesPerson(s, v) {
				city = v
				n++
			}
		}
		if n != 1 || city.status != s.status || s.date != nil && city.date != nil && s.date.value != city.date.value {
			continue
		}
		s.location = city.location
		mergeInto(city, s)
	}
}

// groupingMeeting: "… attend the G7 Summit in Hiroshima … X will represent
// the EU at the G7 meeting in Hiroshima": a grouping's meeting with no
// ministers or officials in its name, in a story of that grouping's one
// summit, of no other place or day, is that summit.
func (d *doc) groupingMeeting(roots []*event) {
	for _, e := range roots {
		if e.class != schema.Meeting || e.into != nil || e.organizer == nil || len(e.participants) > 1 || e.sidelinesOf != nil {
			continue
		}
		low := strings.ToLower(e.title)
		if strings.Contains(low, "minister") || strings.Contains(low, "official") || strings.Contains(low, "senior") || strings.Contains(low, "expert") {
			continue
		}
		var only *event
		n := 0
		for _, r := range roots {
			if r.class == schema.Summit && r.into == nil && r.organizer == e.organizer {
				only = r
				n++
			}
		}
		if n != 1 || d.twoTimes(e, only) ||
			e.location != nil && only.location != nil && !d.samePlace(e.location, only.location) && !d.samePlace(only.location, e.location) {
			continue
		}
		e.class = schema.Summit
		mergeInto(e, only)
	}
}

// meetingIsSummit: "… kicking off a historic summit on Tuesday between two
// adversaries. … Trump has approached his meeting with Kim like a
// negotiation": the story's one summit, told with no one named, is the
// meeting of the two that a possessive names later.
func (d *doc) meetingIsSummit(roots []*event) {
	var s *event
	for _, r := range roots {
		if r.class == schema.Summit && r.into == nil {
			if s != nil {
				return
			}
			s = r
		}
	}
	if s == nil {
		return
	}
	d.ledeMeeting(roots, s)
	if len(s.participants) > 0 {
		return
	}
	for _, m := range roots {
		if m.class != schema.Meeting || m.into != nil || m.how != hNoun || m.sent <= s.sent || len(m.participants) < 2 || m.name != "" ||
			m.mode == "phone" || m.mode == "virtual" || m.sidelinesOf != nil || m.status == "planned" && s.status == "held" {
			continue
		}
		start, _ := d.bounds(m.sent)
		if !d.possessiveBefore(m.trig, start) {
			continue
		}
		if m.date != nil && s.date != nil && m.date.value != s.date.value || m.location != nil && s.location != nil && !d.samePlace(m.location, s.location) && !d.samePlace(s.location, m.location) {
			continue
		}
		mergeInto(m, s)
		return
	}
}

// ledeMeeting: a story's first line that calls its one summit a meeting
// of heads ("Bahrain's king chairs meeting attended by Oman's sultan …",
// then "The 46th summit of the GCC opened Wednesday in Manama") tells
// that summit: a meeting noun of the first sentence, before the summit,
// with no day or place of its own, whose people all head a state or a
// government.
func (d *doc) ledeMeeting(roots []*event, s *event) {
	for _, m := range roots {
		if m.class != schema.Meeting || m.into != nil || m.how != hNoun || m.sent != 0 || s.sent <= m.sent || m.date != nil || m.location != nil ||
			len(m.participants) < 2 || m.mode == "phone" || m.mode == "virtual" || m.sidelinesOf != nil || m.status != s.status {
			continue
		}
		heads := true
		for _, p := range m.participants {
			head := false
			for o := range p.holds {
				head = head || o.role == "head of state" || o.role == "head of government" || o.role == "monarch"
			}
			heads = heads && head
		}
		if heads {
			mergeInto(m, s)
		}
	}
}

// oneSummit: a story of a summit names it many ways ("a hemispheric
// summit in X" … "the Summit of the Americas in X"; "The 19th Meeting of
// the Council of Heads of State … started in Bishkek" … "taking part in
// the SCO Summit"; "The gathering, the fifth summit of its kind"). A
// summit mention that gives no day or place of its own is the one summit
// the story dates or places, when there is just one such, of no other
// grouping, name or number; one that gives the same place, a day that
// fits and no other grouping or number is that one too.
func (d *doc) oneSummit(roots []*event) {
	fits := func(e, r *event) bool {
		if e.organizer != nil && r.organizer != nil && e.organizer != r.organizer ||
			e.ordinal > 0 && r.ordinal > 0 && e.ordinal != r.ordinal ||
			e.title != "" && r.title != "" && e.organizer == nil && r.organizer == nil && e.name != r.name {
			return false
		}
		if d.twoTimes(e, r) {
			// "the G7 Summit … from May 19-21" and "attend the G7 summit on
			// May 20-21": one grouping's summit, days apart
			return e.organizer != nil && e.organizer == r.organizer && e.location == nil && daysApart(e.date, r.date) <= 3
		}
		return true
	}
	for i, e := range roots {
		if e.class != schema.Summit || e.into != nil {
			continue
		}
		var only, placed *event
		n, np := 0, 0
		for j, r := range roots {
			if j == i || r.class != schema.Summit || r.into != nil || r.date == nil && r.location == nil || !fits(e, r) {
				continue
			}
			bare := (e.date == nil || e.organizer != nil && e.organizer == r.organizer) && e.location == nil
			samePlace := e.location != nil && r.location != nil && (d.samePlace(e.location, r.location) || d.samePlace(r.location, e.location))
			// "The annual summit … kicks off today in Italy … the 50th
			// summit … The G7 Puglia Summit": of the summits a mention
			// with no place (and no day, or the same day) fits, the one
			// the story places
			sameDay := e.location == nil && r.location != nil && (e.date == nil || r.date != nil && e.date.typ == schema.XSDDate && e.date.value == r.date.value)
			if sameDay {
				placed = r
				np++
			}
			if !bare && !(samePlace && j < i) {
				continue
			}
			only = r
			n++
		}
		if n != 1 && np == 1 {
			only, n = placed, 1
		}
		if n == 1 {
			mergeInto(e, only)
			if e.sent > only.seen {
				only.seen = e.sent
			}
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

// storyDay: "X on Friday held talks with her counterparts from A and B.
// … X held talks with A's Foreign Minister Y. … She held bilateral
// meetings with Z": a lede that tells the day of a held event sets the day
// of the story; later meetings the story tells of the same person, held,
// with no day or earlier time of their own ("had met", "earlier", "last
// year"), are that day's; not in the story of a trip of theirs, whose
// meetings fall on some day of the trip.
func (d *doc) storyDay() {
	var lead *event
	for _, e := range d.events {
		if e.dropped || e.into != nil {
			continue
		}
		if e.class == schema.Meeting && e.sent <= 1 && e.date != nil && e.date.typ == schema.XSDDate && e.status == "held" && !e.late && !e.endDay {
			lead = e
		}
		break
	}
	if lead == nil {
		return
	}
	for _, v := range d.events {
		if v.class == schema.Visit && sharesPerson(lead, v) {
			return // "During his visit, X met Y": some day of a trip
		}
	}
	for _, e := range d.events {
		if e == lead || e.dropped || e.into != nil || e.date != nil || e.sent <= lead.sent || e.class != schema.Meeting || e.status != "held" || !sharesPerson(lead, e) {
			continue
		}
		start, end := d.bounds(e.sent)
		if len(d.datesIn(start, end)) > 0 || d.toldEarlier(e.sent) || d.pastOfPast(start, end) {
			continue
		}
		dt := *lead.date
		e.date = &dt
	}
}

// newsDay: an event the story tells as held and dates nowhere ("X had a
// telephone conversation with Y", "the ministers agreed during their phone
// talks") is news of the article's day, unless its sentence sets it at
// another time ("two years ago", "last month", "had met", "once",
// "former", "previously").
func (d *doc) newsDay() {
	if !d.a.HasDate() {
		return
	}
	day := d.a.Date.Format("2006-01-02")
	for _, e := range d.events {
		if !e.dropped && e.into == nil && e.status == "held" && e.sent <= 1 && e.date != nil && e.date.typ == schema.XSDDate && e.date.value != day {
			return // the lede tells its news of another day
		}
	}
	for _, e := range d.events {
		if e.dropped || e.into != nil || e.date != nil || e.status != "held" || e.class == schema.Visit {
			continue
		}
		start, end := d.bounds(e.sent)
		if d.pastOfPast(start, end) || e.late || e.trig > start && d.toks[e.trig-1].is("to") {
			continue // "is to hold talks", "agreed to meet": not told as held
		}
		e.date = &dateExpr{e.trig, max(e.trigEnd, e.trig+1), day, schema.XSDDate}
	}
}

// pastOfPast: the sentence tells of a time before the story's ("last
// year", "two years ago", "once", "former", "previously", "then", a
// pluperfect: "had met", "had already held"; not "had a call", nor "had
// earlier held": earlier on the day told), or of one thing going on as
// another happened ("was holding talks when the news broke").
func (d *doc) pastOfPast(start, end int) bool {
	for q := start; q < end; q++ {
		if d.toks[q].is("last", "Last", "ago", "once", "Once", "former", "then", "previously", "Previously", "prior") {
			return true
		}
		if q+1 < end && d.toks[q].is("had") && (d.tag(q+1) == pos.VERB || d.toks[q+1].is("already", "previously")) ||
			q+1 < end && d.toks[q].is("was", "were") && d.tag(q+1) == pos.VERB && strings.HasSuffix(d.toks[q+1].Low, "ing") {
			return true
		}
	}
	return false
}

// twoTimes: two events of one sentence told of days that differ are two
// occasions ("the C10 summit last night, … ahead of the 29th summit, which
// has kicked off today").
func (d *doc) twoTimes(e, o *event) bool {
	return e.date != nil && o.date != nil && !datesAgree(e.date.value, o.date.value)
}

// datesAgree: two date values name one time, one as or more precise
// than the other ("2021-05" and "2021-05-03").
func datesAgree(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// daysApart: how many days lie between two full dates (a large number
// when either is not a day).
func daysApart(a, b *dateExpr) int {
	ta, err1 := time.Parse("2006-01-02", a.value)
	tb, err2 := time.Parse("2006-01-02", b.value)
	if err1 != nil || err2 != nil {
		return 1 << 20
	}
	n := int(ta.Sub(tb).Hours() / 24)
	if n < 0 {
		n = -n
	}
	return n
}

// datedStops reads a trip whose stops the text tells each with its own
// days: "will visit Chile from June 20-22, Peru from 23-25 and Brazil from
// 26 to 28", "a visit to Chile from June 20 to 21 and to Peru between June
// 22-23". It gives the places from the one at k and the first day of each
// (a bare day takes the month of the stop before); nil unless two or more
// stops are each told with days.
func (d *doc) datedStops(k, start, end int) ([]*entity, []*dateExpr) {
	dts := d.datesIn(start, end)
	var places []*entity
	var days []*dateExpr
	var prev *dateExpr
	q := k
	for len(places) < 8 {
		if q < end && d.toks[q].is("the") {
			q++
		}
		m := d.mat(q)
		if m == nil || m.i != q {
			break
		}
		pl := d.placeAt(q, end)
		if pl == nil {
			break
		}
		dt, after := d.stopDays(m.j, end, dts, prev)
		if dt == nil {
			break
		}
		places, days, prev = append(places, pl), append(days, dt), dt
		q = after
		if q < end && d.toks[q].is(",") {
			q++
		}
		if q < end && d.toks[q].is("and") {
			q++
		}
		if q < end && d.toks[q].is("to") {
			q++
		}
		if q == after {
			break
		}
	}
	if len(places) < 2 {
		return nil, nil
	}
	return places, days
}

// stopDays reads the days of a stop at q ("from June 20-22", "between June
// 22-23", "on June 20", "from 23-25"): the first day and the token after
// the span; nil when q starts none.
func (d *doc) stopDays(q, end int, dts []dateExpr, prev *dateExpr) (*dateExpr, int) {
	if q+1 >= end || !d.toks[q].is("from", "between", "on") {
		return nil, q
	}
	var dt *dateExpr
	p := q + 1
	for i := range dts {
		if dts[i].i == p && dts[i].typ == schema.XSDDate {
			dt = &dts[i]
			p = dts[i].j
			break
		}
	}
	if dt == nil {
		// "from 23-25": a bare day of the month told before
		first, ok := leadingDay(d.toks[p].Text)
		if !ok || prev == nil || prev.typ != schema.XSDDate || len(prev.value) != 10 {
			return nil, q
		}
		t, err := time.Parse("2006-01-02", prev.value)
		if err != nil || !validDay(t.Year(), t.Month(), first) || first < t.Day() {
			return nil, q
		}
		v := time.Date(t.Year(), t.Month(), first, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		dt = &dateExpr{p, p + 1, v, schema.XSDDate}
		p++
	}
	// the rest of the span: "-22", "to 28", "to July 2", "and 23"
	for p+1 < end && d.toks[p].is("-", "–", "to", "and", "through", "till", "until") {
		if _, ok := leadingDay(d.toks[p+1].Text); ok {
			p += 2
			continue
		}
		if _, ok := monthOf(d.toks[p+1]); ok && p+2 < end {
			if _, ok := leadingDay(d.toks[p+2].Text); ok {
				p += 3
				continue
			}
		}
		break
	}
	return dt, p
}

// leadingDay is the day of month a token starts with: "23", "23-25", "5th".
func leadingDay(s string) (int, bool) {
	n := 0
	for n < len(s) && n < 2 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n == 0 || n < len(s) && s[n] >= '0' && s[n] <= '9' {
		return 0, false
	}
	v, _ := strconv.Atoi(s[:n])
	return v, v >= 1 && v <= 31
}

// daysAfterEvent: "X and Y spoke by phone today, one day after X's meeting
// with Z in Sochi", "two days before she met Z": the event of the "after"
// clause is another occasion, some days from the one told first: dated
// from its day, not by the day the sentence gives (and so not one event
// with it).
func (d *doc) daysAfterEvent(evs []*event) {
	for _, e := range evs {
		if e.into != nil {
			continue
		}
		start, _ := d.bounds(e.sent)
		for b := e.trig - 1; b >= start+2 && b >= e.trig-5; b-- {
			if !d.toks[b].is("after", "before") {
				continue
			}
			if !d.toks[b-1].is("day", "days") {
				break
			}
			n := daysAgo(d.toks[b-2]) // "one day after", "two days before"
			if d.toks[b-2].is("the") {
				n = 1 // "the day after"
			}
			if n == 0 {
				break
			}
			if d.toks[b].is("after") {
				n = -n
			}
			var o *event
			for _, x := range evs {
				if x != e && x.into == nil && x.trig < b-2 && x.date != nil && x.date.typ == schema.XSDDate && x.date.j <= b-2 {
					o = x
				}
			}
			if o == nil {
				break
			}
			t, err := time.Parse("2006-01-02", o.date.value)
			if err != nil {
				break
			}
			e.date = &dateExpr{b - 2, b + 1, t.AddDate(0, 0, n).Format("2006-01-02"), schema.XSDDate}
			break
		}
	}
}
