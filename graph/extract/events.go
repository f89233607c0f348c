package extract

import (
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Events: meetings (met, received, hosted, held talks, spoke with, called;
// a meeting, talks, a phone or video call), summits (a summit, a leaders'
// meeting) and visits (a visit, a trip, visited, travelled to, arrived in,
// left for). The words are the lexicon's eventwords.tsv. Participants come
// from the subject ("Jaishankar met", "he held talks", "Both the foreign
// ministers had met"), a sentence-initial phrase ("During the summit, X
// said"), the object ("met US Defence Secretary Lloyd Austin", "with A, B
// and C": one meeting with all; "… and with D": another), "between A and
// B", a possessive ("his meeting", "Jaishankar's visit"), "accompanied
// by X", "chaired by X", and sentences that tell who attended. Place is
// "in X" (or "visit to X", "his US visit", "the Warsaw Summit"), the date
// the nearest one the sentence gives for it. A definite back-reference
// ("this meeting", "the summit", "Friday's talks", "the gathering") names
// the event before; events with the same proper name ("G7 Foreign and
// Development Ministers' Meeting") are one. An event needs a named
// participant unless the text identifies it otherwise (see keep).

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
	dropped      bool // not an event the text identifies (see keep)
	joinAt       int  // 1 + the trigger of the event of the sentence it is part of ("hosted X for the summit")
	joinMerge    bool // and it is that event, not one of its own
	seen         int  // the last sentence that names it
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

// keep: an event needs a named participant, unless the text identifies
// it otherwise, by a proper name ("the Warsaw Summit") or the grouping
// that holds it ("the upcoming AL summit"); "met local officials", "a
// meeting to make decisions", "talks among party leaders" are no events.
func (e *event) keep() bool {
	if len(e.participants) > 0 || e.title != "" || e.organizer != nil {
		return true
	}
	// a summit is a rarer occasion: "the first virtual summit", "a summit
	// in Riyadh in March" say which one
	return e.class == schema.Summit && (e.ordinal > 0 || e.location != nil || e.date != nil)
}

var (
	auxWords = map[string]bool{"will": true, "would": true, "also": true, "had": true, "has": true,
		"have": true, "is": true, "was": true, "were": true, "are": true, "then": true, "later": true,
		"further": true, "to": true, "shall": true, "could": true, "can": true, "may": true, "reportedly": true,
		"separately": true, "earlier": true, "first": true, "be": true, "been": true, "subsequently": true}
	// moreAux may stand between a subject and its verb too
	moreAux = map[string]bool{"not": true, "might": true, "should": true, "must": true, "'ll": true,
		"did": true, "does": true, "do": true, "never": true, "again": true, "jointly": true, "briefly": true,
		"once": true}
	subordinators = map[string]bool{"since": true, "after": true, "before": true, "until": true,
		"when": true, "while": true, "which": true, "who": true}
	nameStops = map[string]bool{"The": true, "This": true, "That": true, "These": true, "A": true,
		"An": true, "His": true, "Her": true, "Its": true, "Their": true, "Our": true, "After": true,
		"Before": true, "During": true, "At": true, "In": true, "On": true, "Both": true}
	ordinals = map[string]int{"first": 1, "first-ever": 1, "maiden": 1, "inaugural": 1, "second": 2, "third": 3,
		"fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
		"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
	// objectStops end the people a verb or "with" takes: a clause, an
	// adjunct ("met X in Paris", "talks with X on trade")
	objectStops = map[string]bool{"on": true, "in": true, "at": true, "during": true, "for": true,
		"over": true, "about": true, "regarding": true, "amid": true, "after": true, "before": true,
		"since": true, "until": true, "to": true, "from": true, "via": true, "by": true, "who": true,
		"whom": true, "whose": true, "which": true, "that": true, "where": true, "when": true, "while": true,
		"as": true, "because": true, "but": true, "wherein": true, "whereby": true, "under": true,
		"against": true, "ahead": true, "following": true, "with": true, "without": true, "into": true,
		"within": true, "near": true, "if": true, "though": true, "although": true, "said": true, "says": true}
	// fronting opens a sentence-initial phrase whose event the clause's
	// subject takes part in: "During the summit, X said", "Arriving at the
	// meeting, X said"
	fronting = map[string]bool{"during": true, "at": true, "in": true, "on": true, "while": true,
		"following": true, "after": true, "speaking": true, "arriving": true, "addressing": true,
		"attending": true, "emerging": true, "upon": true, "ahead": true, "before": true, "returning": true}
)

func isAux(w string) bool { return auxWords[w] || moreAux[w] }

// backref is a back-reference at token k to the event e told before.
type backref struct {
	k int
	e *event
}

// how an event is told
type how uint8

const (
	hNone      how = iota
	hMeet          // met X, received X, hosted X
	hCall          // called X, phoned X, called on X
	hTalk          // spoke with X, discussed … with X
	hHeldTalks     // held talks (with X)
	hNoun          // a meeting, the summit, a visit
	hVisit         // visited X, will visit X
	hTravel        // travelled to X, left for X, arrived in X
)

// trigger is the words that tell of an event: [k, next).
type trigger struct {
	class quad.IRI
	how   how
	next  int
	place int // hTravel: the token of the place gone to
	mode  string
}

// triggerAt tells whether token k starts an event.
func (d *doc) triggerAt(k, end int) trigger {
	w := d.ew(k)
	if w == 0 {
		return trigger{}
	}
	t := d.toks[k]
	low := t.Low
	prev, next := "", ""
	if k > 0 {
		prev = d.toks[k-1].Low
	}
	if k+1 < end {
		next = d.toks[k+1].Low
	}
	// a verb as written in lower case, with no determiner or call word
	// before it: "met", not "the meet" or "a phone call"
	verbal := t.Text == low && !isDeterminer(prev) && d.ew(k-1)&evModeNoun == 0 && !d.toks[k-1].is("-")
	switch {
	case w&evLightVerb != 0 && next == "talks":
		return trigger{class: schema.Meeting, how: hHeldTalks, next: k + 2}
	case w&evMeetVerb != 0 && verbal && (strings.HasSuffix(low, "ed") || low == "met" || d.verbAfterSubject(k)):
		// "hosted X", "met X"; the bare forms are verbs after a subject
		// or an auxiliary ("will host X"), not "host President X"
		return trigger{class: schema.Meeting, how: hMeet, next: k + 1}
	case w&evCallVerb != 0 && verbal && w&evCallNoun == 0 || w&evCallVerb != 0 && verbal && d.verbAfterSubject(k):
		return trigger{class: schema.Meeting, how: hCall, next: k + 1, mode: "phone"}
	case w&evTalkVerb != 0 && verbal && (!d.nounTalks(k) || d.personEndsAt(k-1)):
		if d.talkWith(k, end) >= 0 {
			return trigger{class: schema.Meeting, how: hTalk, next: k + 1}
		}
		if n, ok := d.phoneAfter(k+1, end); ok {
			return trigger{class: schema.Meeting, how: hTalk, next: n, mode: "phone"}
		}
	}
	switch {
	case w&evSummitNoun != 0:
		n := k + 1
		if n < end && d.ew(n)&evMeetNoun != 0 {
			n++ // "summit meeting", "summit talks"
		}
		return d.nounTrigger(k, n, end, schema.Summit, "")
	case w&evMeetNoun != 0 && (low != "talks" || d.nounTalks(k)) && (low != "meet" || isDeterminerOrAdj(d, k-1)):
		return d.nounTrigger(k, k+1, end, schema.Meeting, "")
	case w&evCallNoun != 0 && d.ew(k-1)&(evModeNoun|evMinisterial|evLeaders) != 0:
		mode := ""
		switch d.toks[k-1].Low {
		case "phone", "telephone", "telephonic":
			mode = "phone"
		case "video", "virtual", "online":
			mode = "virtual"
		}
		return d.nounTrigger(k, k+1, end, schema.Meeting, mode)
	case w&evVisitNoun != 0 && isDeterminerOrAdj(d, k-1):
		return trigger{class: schema.Visit, how: hNoun, next: k + 1}
	case w&evVisitVerb != 0 && verbal && (low != "visit" || isAux(prev)) && (low != "visits" || !isDeterminerOrAdj(d, k-1)):
		return trigger{class: schema.Visit, how: hVisit, next: k + 1}
	case w&(evTravelVerb|evLeaveVerb|evArriveVerb) != 0 && verbal:
		if pl := d.wentTo(k, end, w); pl >= 0 {
			return trigger{class: schema.Visit, how: hTravel, next: k + 1, place: pl}
		}
	}
	return trigger{}
}

// verbAfterSubject: the bare word at k ("host", "meet", "call") is a
// verb: an auxiliary, a subject, "to", "and" or "who" stands before it,
// past adverbs and a date ("will on Wednesday host X").
func (d *doc) verbAfterSubject(k int) bool {
	b := k - 1
	for b >= 0 {
		if dt := d.dateEndingAt(b); dt != nil {
			b = dt.i - 1
			if b >= 0 && d.toks[b].is("on", "this", "next", "last") {
				b--
			}
			continue
		}
		if t := d.toks[b]; t.Kind == tWord && !t.capitalised() && strings.HasSuffix(t.Low, "ly") && d.mat(b) == nil {
			b--
			continue
		}
		break
	}
	if b < 0 {
		return false
	}
	t := d.toks[b]
	return isAux(t.Low) || d.personEndsAt(b) || t.is("and", "who", "to")
}

// nounTrigger is a meeting or summit noun at k (its words end at n),
// unless the words around it make it something else: a meeting of leaders
// is a summit ("EU leaders meeting", "heads of state meeting"); a press
// conference, a cabinet meeting, "meeting annually" are no event.
func (d *doc) nounTrigger(k, n, end int, class quad.IRI, mode string) trigger {
	if d.ew(k-1)&evNotEvent != 0 {
		return trigger{}
	}
	for q := n; q < end && q < n+3; q++ {
		if d.ew(q)&evHabitual != 0 || d.toks[q].is("every", "each") {
			return trigger{}
		}
		if d.toks[q].Kind != tWord || d.mat(q) != nil {
			break
		}
	}
	if class == schema.Meeting && (d.leadersBefore(k) || d.leadersAfter(n, end)) {
		class = schema.Summit
	}
	if class == schema.Meeting && d.toks[k].is("conference", "conferences") && mode == "" && d.ew(k-1)&(evMinisterial|evModeNoun) == 0 {
		return trigger{}
	}
	return trigger{class: class, how: hNoun, next: n, mode: mode}
}

// leadersBefore: the words before a meeting noun at k make it a meeting of
// leaders: "leaders' meeting", "EU leaders meeting", "heads of state and
// government meeting", "the leader-level talks".
func (d *doc) leadersBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		t := d.toks[b]
		switch {
		case d.ew(b)&evLeaders != 0:
			return true
		case t.is("state", "government", "State", "Government") && b >= 2 && d.toks[b-1].is("of") && d.toks[b-2].is("heads", "Heads"):
			return true
		case t.is("and", "of", "'s", "’s", "-") || t.Kind == tWord && (t.capitalised() || d.mat(b) != nil):
			continue
		}
		return false
	}
	return false
}

// leadersAfter: "the meeting of the Heads of State Council", "a meeting
// of leaders", "a conference of heads of government".
func (d *doc) leadersAfter(n, end int) bool {
	if n+1 >= end || !d.toks[n].is("of") {
		return false
	}
	q := n + 1
	if d.toks[q].is("the", "The") {
		q++
	}
	if q < end && d.ew(q)&evLeaders != 0 {
		return true
	}
	return q+2 < end && d.toks[q].is("heads", "Heads") && d.toks[q+1].is("of") && d.toks[q+2].is("state", "State", "government", "Government")
}

// nounTalks: "talks" at k is the noun ("held talks", "the talks", "in
// talks"), not the verb ("X talks with Y").
func (d *doc) nounTalks(k int) bool {
	if !d.toks[k].is("talks", "talk") {
		return false
	}
	if isDeterminerOrAdj(d, k-1) || k > 0 && d.toks[k-1].is("in", "during", "after", "following", "for", "of", "at", "hold", "held", "holding", "had", "and") {
		return true
	}
	// "held informal talks", "had wide-ranging talks"
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		t := d.toks[b]
		if d.ew(b)&evLightVerb != 0 && b < k-1 {
			return true
		}
		if t.Kind != tWord || t.capitalised() || d.mat(b) != nil {
			return false
		}
	}
	return false
}

// personEndsAt: a person (or a pronoun standing for one) ends at token b.
func (d *doc) personEndsAt(b int) bool {
	m := d.mat(b)
	return m != nil && m.j == b+1 && personOf(m) != nil
}

// skipAdjunct passes over what may stand between a verb and its "with":
// adverbs, a date, "by phone", "over the phone", "on Friday".
func (d *doc) skipAdjunct(k, end int) int {
	for k < end {
		t := d.toks[k]
		switch {
		case t.Kind == tWord && !t.capitalised() && strings.HasSuffix(t.Low, "ly") && d.mat(k) == nil:
			k++
		case t.is("today", "yesterday", "tonight", "again", "also", "separately", "later", "earlier", "briefly", "jointly", "once", "twice"):
			k++
		case t.is("by", "over", "on") && k+1 < end && d.toks[k+1].is("phone", "telephone", "video", "videoconference", "video-conference", "videolink", "teleconference"):
			k += 2
		case t.is("over", "on") && k+2 < end && d.toks[k+1].is("the", "a") && d.toks[k+2].is("phone", "telephone"):
			k += 3
		case t.is("on", "last", "this", "earlier", "late", "early") && k+1 < end && d.dateAt(k+1) > 0:
			k = d.dateAt(k + 1)
		case d.dateAt(k) > 0:
			k = d.dateAt(k)
		default:
			return k
		}
	}
	return k
}

// dateAt is the end of a date the text gives at token k, or 0.
func (d *doc) dateAt(k int) int {
	if k < 0 || k >= len(d.toks) {
		return 0
	}
	start, end := d.bounds(d.sentOf[k])
	for _, dt := range d.datesIn(start, end) {
		if dt.i == k {
			return dt.j
		}
	}
	return 0
}

// talkWith is the "with" (or "to") of a verb of talking at k: "spoke with",
// "spoke today by phone with", "discussed bilateral ties with"; -1 if none.
func (d *doc) talkWith(k, end int) int {
	q := d.skipAdjunct(k+1, end)
	if q < end && d.toks[q].is("with", "to") && !(d.toks[q].is("to") && d.toks[k].Low[0] != 's' && d.toks[k].Low[0] != 't') {
		if !d.toks[q].is("to") || q+1 < end && !d.toks[q+1].is("reporters", "journalists", "the", "media", "press") {
			return q
		}
		if d.toks[q+1].is("the") && q+2 < end && d.mat(q+2) != nil {
			return q
		}
		return -1
	}
	if d.toks[k].Low[0] == 'd' { // discussed … with
		for q := k + 1; q < end && q < k+14; q++ {
			if d.toks[q].is(",", ";", ".", ":") || subordinators[d.toks[q].Low] || d.quoted[q] {
				return -1
			}
			if d.toks[q].is("with") {
				return q
			}
		}
	}
	return -1
}

// phoneAfter: "over the phone", "by telephone", "on the phone"; it
// returns the index after.
func (d *doc) phoneAfter(k, end int) (int, bool) {
	if k >= end || !d.toks[k].is("over", "by", "on") {
		return k, false
	}
	k++
	if k < end && d.toks[k].is("the", "a") {
		k++
	}
	if k < end && d.toks[k].is("phone", "telephone") {
		return k + 1, true
	}
	return k, false
}

// wentTo is the place a verb of going at k goes to: "travelled to X",
// "flew on Friday to X", "left Angola on Sunday for X", "arrived today in
// X", "reached X"; -1 when it names none.
func (d *doc) wentTo(k, end int, w evKind) int {
	if k+1 < end && d.toks[k+1].is("by") {
		return -1 // "was accompanied by X"
	}
	for q := k + 1; q < end && q < k+8; q++ {
		t := d.toks[q]
		if t.is(",", ";", ".", ":") || subordinators[t.Low] || d.quoted[q] {
			return -1
		}
		if m := d.mat(q - 1); t.is("to") && (m != nil && m.kind == kOffice || d.ew(q-1)&evPeopleNoun != 0) {
			return -1 // "envoy to the US", "ambassador to Kenya": a posting
		}
		var ok bool
		switch {
		case w&evTravelVerb != 0:
			ok = t.is("to")
		case w&evLeaveVerb != 0:
			ok = t.is("for")
		default:
			ok = t.is("in", "at", "to") || q == k+1 && d.toks[k].Low[0] == 'r' // "reached X"
		}
		if ok {
			p := q + 1
			if d.toks[k].Low[0] == 'r' && q == k+1 && !t.is("in", "at", "to") {
				p = q
			}
			if d.placeAt(p, end) != nil {
				if p < end && d.toks[p].is("the") {
					p++
				}
				return p
			}
			if w&evLeaveVerb == 0 {
				return -1
			}
		}
	}
	return -1
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
		var backs []backref
		var touched *event // an event told before that this sentence names again
		for k := start; k < end; k++ {
			if d.quoted[k] {
				continue
			}
			tr := d.triggerAt(k, end)
			if tr.class == "" {
				if b := d.backrefOnly(k, start, end); b != nil {
					touched = b
				}
				continue
			}
			evs, back := d.eventAt(si, k, tr, start, end, inSent)
			if back != nil {
				touched = back
				backs = append(backs, backref{k, back})
			}
			inSent = append(inSent, evs...)
			k = tr.next - 1
		}
		d.mergeInSentence(inSent, backs)
		visitPlace(inSent, backs)
		d.afterArrival(si, inSent)
		d.dateBefore(si, inSent, backs)
		d.attendance(si, start, end, inSent, touched)
	}
	d.mergeEvents()
	for _, e := range d.events {
		e.dropped = e.into == nil && !e.keep()
	}
	// what an event names is a node of the graph, though the text may
	// name it only through a city ("arrived in Kolkata": India)
	for _, e := range d.events {
		if e.dropped {
			continue
		}
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
		if m := d.mat(k); m != nil && m.i == k && (m.kind == kDemonym || m.kind == kCountry) && (d.ew(j)&evPeopleNoun != 0 && d.toks[j].Kind == tWord || d.mat(j) != nil && d.mat(j).kind == kOffice) {
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
		return nil, k
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
		if p, j := d.refAt(k, end); p != nil && !d.possessive(k, end) {
			if j < end && d.toks[j].is("'s", "’s") {
				k, gap = j+1, gap+1 // "met Biden's envoy X", "welcomed X's remarks"
				continue
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
	for q := k; q < end && q < k+6; q++ {
		low := d.toks[q].Low
		if d.ew(q)&evPeopleNoun != 0 {
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

// eventAt builds the event(s) of the trigger at k; back is the event told
// before that a back-reference names.
func (d *doc) eventAt(si, k int, tr trigger, start, end int, inSent []*event) (evs []*event, back *event) {
	class, next := tr.class, tr.next
	e := &event{class: class, sent: si, trig: k, status: "held", mode: tr.mode, seen: si}
	if d.future(start, k) {
		e.status = "planned"
	}
	d.eventDetails(e, k, start, end, tr.how == hNoun)
	noun := tr.how == hNoun
	if noun && d.cancelledAt(k, start) {
		return nil, nil // "had to cancel his trip": no event took place
	}
	if noun {
		e.name, e.title, e.organizer = d.eventName(k, next, start, end)
		if e.organizer == nil && next+1 < end && d.toks[next].is("of") {
			n := next + 1
			if d.toks[n].is("the") && n+1 < end {
				n++
			}
			if m := d.mat(n); m != nil && m.i == n && m.kind == kGrouping {
				e.organizer = d.entityFor(m)
			}
		}
		// "the Warsaw Summit", "the Addis Ababa conference": its city
		if m := d.modifierPlace(k, start); m != nil && (m.class == schema.City || class == schema.Visit) {
			e.location = m
		}
	}

	// a back-reference: "this meeting", "the summit", "Friday's talks";
	// "during his visit" when it names no place
	if noun && e.title == "" && e.ordinal == 0 && (d.definiteAt(k, start) || class == schema.Visit && e.location == nil && d.possessiveBefore(k, start) && !(next < end && d.toks[next].is("to"))) {
		prev := d.lastEvent(class)
		// "Trump and Putin met in Helsinki … after the summit": the text
		// calls the leaders' meeting a summit
		if prev == nil && class == schema.Summit {
			if m := d.lastEvent(schema.Meeting); m != nil && m.name == "" && len(m.participants) >= 2 && m.sent < si && si-m.seen <= 2 && m.mode != "phone" && !d.toks[k].capitalised() {
				m.class, prev = schema.Summit, m
			}
		}
		// "will begin the trip in Nairobi": a stop of the trip told
		if prev != nil && class == schema.Visit {
			if loc := d.nearPlace(next, end); loc != nil && loc != prev.location {
				e.location, prev = loc, nil
			}
		}
		if prev != nil {
			d.fillBackref(prev, e, k, next, start, end, inSent)
			return nil, prev
		}
	}

	var subject []*entity
	switch tr.how {
	case hNoun:
		subject = d.lightSubject(k, start, inSent)
		// possessive: "his meeting", "Jaishankar's visit", "his US visit",
		// "President Biden's September 22 COVID-19 Summit"
		for b := k - 1; b >= start && b >= k-7; b-- {
			if d.toks[b].is(",", ";", "(", ")") || d.quoted[b] {
				break
			}
			if p := d.personRefAt(b); p != nil && (d.toks[b].is("his", "her", "His", "Her") && len(subject) == 0 || d.mat(b).j < end && d.toks[d.mat(b).j].is("'s", "’s")) {
				// "X is on his visit": his is X
				subject = appendEntity(subject, p)
				break
			}
		}
		if len(subject) == 0 {
			subject = d.frontedSubject(k, start, end)
		}
	case hVisit, hTravel:
		subject = d.verbSubject(k, start, inSent, true)
	default:
		subject = d.verbSubject(k, start, inSent, false)
	}
	for _, p := range subject {
		e.add(p)
	}

	// "travel to X for the summit", "hosted X at the White House for the
	// summit": the people take part in it; a host's meeting is the summit
	if tr.how != hNoun {
	scan:
		for q := next; q+2 < end && q < next+40; q++ {
			if d.toks[q].is(";", ".") || subordinators[d.toks[q].Low] {
				break
			}
			if d.toks[q].is("for", "at", "to") && d.toks[q+1].is("the", "this", "a", "an", "its") {
				for n := q + 2; n < end && n < q+12; n++ {
					if c := d.triggerAt(n, end); c.class != "" {
						if c.how == hNoun && c.class != schema.Visit {
							e.joinAt = n + 1
							e.joinMerge = class == schema.Meeting && tr.how == hMeet && d.toks[k].Low[0] != 'm' && d.toks[k].Low[0] != 'r'
							break scan
						}
						break
					}
					if d.toks[n].is(",", ";", "for", "at", "to") {
						break
					}
				}
			}
		}
	}
	// objects
	var groups [][]*entity // one meeting with each group
	switch class {
	case schema.Visit:
		ok, more := d.visitObjects(e, tr, k, next, start, end)
		if !ok {
			return nil, nil
		}
		// "will visit South Africa, Tanzania and Kenya": one trip, in the
		// country all its places are in, else in none (GUIDELINES 6.1)
		if len(more) > 0 {
			e.location = d.commonCountry(append(more, e.location))
		}
	case schema.Summit:
		if next < end && d.toks[next].is("with", "between") {
			refs, _ := d.objectRefs(next+1, end)
			for _, p := range refs {
				e.add(p)
			}
			e.own = e.own || len(refs) > 0
		}
	case schema.Meeting:
		var ok bool
		groups, ok = d.meetingObjects(tr, k, next, end, subject)
		if !ok && e.joinMerge && d.peopleAt(next, end) {
			ok = true // "welcomed world leaders to Bali for the summit"
		}
		if !ok {
			// "Meloni hosted the leaders of …" after the summit was told:
			// the host takes part in it
			if tr.how == hMeet && d.toks[k].Low[0] != 'm' && d.peopleAt(next, end) && len(subject) > 0 {
				if prev := d.lastEvent(schema.Summit); prev != nil && si-prev.seen <= 1 {
					for _, p := range subject {
						prev.add(p)
					}
					prev.seen = si
					return nil, prev
				}
			}
			return nil, nil
		}
	}
	d.addAccompanied(e, start, end)
	// "a meeting chaired by X", "a summit hosted by X"
	d.addAgents(e, next, end)
	if e.location == nil {
		e.location = d.eventPlace(k, next, start, end)
	}
	if len(groups) <= 1 {
		for _, g := range groups {
			for _, p := range g {
				e.add(p)
			}
			e.own = e.own || len(g) > 0
		}
		d.events = append(d.events, e)
		return []*event{e}, nil
	}
	var out []*event
	for _, g := range groups {
		cp := *e
		cp.participants = append([]*entity(nil), e.participants...)
		for _, p := range g {
			cp.add(p)
		}
		cp.own = true
		c := &cp
		d.events = append(d.events, c)
		out = append(out, c)
	}
	return out, nil
}

// meetingObjects reads who a meeting is with: the object of "met",
// "received", "called"; "with A and B" (one group), "… and with C"
// (another); "between A and B". ok is false when the words are no meeting
// after all ("meet the needs", "called on X to act", "hosted a dinner").
func (d *doc) meetingObjects(tr trigger, k, next, end int, subject []*entity) (groups [][]*entity, ok bool) {
	low := d.toks[k].Low
	switch tr.how {
	case hMeet:
		from := next
		if from < end && d.toks[from].is("with") {
			from++
		}
		met := low == "met" || low == "meet" || low == "meets"
		// "met on Thursday with X", "met in Paris with X"
		if met && from == next && d.personRefAt(from) == nil {
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
		groups = d.objectGroups(from, end)
		if len(groups) == 0 {
			// "meet the urgent health needs" is no meeting: a meeting verb
			// needs someone to meet; "hosted a dinner", "received aid"
			return nil, met && (len(subject) >= 2 || d.peopleAt(from, end))
		}
		return groups, true
	case hCall:
		from := next
		courtesy := false
		if from < end && d.toks[from].is("on", "upon") {
			from++
			courtesy = true
		}
		refs, stop := d.objectRefs(from, end)
		if len(refs) == 0 || d.personRefAt(from) == nil && d.skipTitles(from, end) == from && !d.toks[from].is("the") && d.mat(from) == nil {
			return nil, false
		}
		// "called X a brother": naming, not a call
		for q := from; q < stop; {
			if p, j := d.refAt(q, end); p != nil {
				if j < end && d.toks[j].is("a", "an") {
					return nil, false
				}
				q = j
				continue
			}
			q++
		}
		// "called on X to show restraint", "called X a liar" urge or name
		if stop < end && (d.toks[stop].is("to") && stop+1 < end && !d.toks[stop+1].is("the") && d.mat(stop+1) == nil ||
			d.toks[stop].is("a", "an")) {
			return nil, false
		}
		_ = courtesy
		return [][]*entity{refs}, true
	case hTalk:
		w := d.talkWith(k, end)
		if w < 0 {
			return nil, len(subject) >= 2 // "the two leaders spoke by phone"
		}
		groups = d.objectGroups(w+1, end)
		if len(groups) == 0 {
			return nil, false
		}
		return groups, true
	case hHeldTalks:
		from := next
		if from < end && d.toks[from].is("with") {
			from++
		} else {
			// "held talks at the Pentagon with X", "held talks on Thursday with X"
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
		return d.objectGroups(from, end), true
	}
	// "after meeting Polish Prime Minister X": the gerund's object
	if d.toks[k].is("meeting") && next < end && !isDeterminerOrAdj(d, k-1) {
		if p, _ := d.refAt(next, end); p != nil && !d.possessive(next, end) {
			return d.objectGroups(next, end), true
		}
	}
	// a noun: "a meeting with X", "talks between A and B", "a call from X"
	if next < end && d.toks[next].is("with", "between", "from") {
		refs, _ := d.objectRefs(next+1, end)
		if len(refs) > 0 {
			if d.toks[next].is("with") {
				return d.objectGroups(next+1, end), true
			}
			return [][]*entity{refs}, true
		}
	}
	return nil, true
}

// objectGroups: "A and B" is one group; "A and with B" two.
func (d *doc) objectGroups(k, end int) [][]*entity {
	var groups [][]*entity
	for k < end {
		refs, stop := d.objectRefs(k, end)
		if len(refs) == 0 {
			break
		}
		groups = append(groups, refs)
		if stop+2 < end && d.toks[stop].is("and", ",") && d.toks[stop+1].is("with") {
			k = stop + 2
			continue
		}
		if stop+3 < end && d.toks[stop].is(",") && d.toks[stop+1].is("and") && d.toks[stop+2].is("with") {
			k = stop + 3
			continue
		}
		break
	}
	return groups
}

// visitObjects reads where a visit goes and who by: "visit to X", "his US
// visit", "visited X", "travelled to X", "the first visit to China by an
// Australian foreign minister". A verb of visiting needs a place ("visit
// the hospital" is a stop, not a trip).
func (d *doc) visitObjects(e *event, tr trigger, k, next, start, end int) (bool, []*entity) {
	n := next
	switch tr.how {
	case hTravel:
		e.location = d.placeAt(tr.place, end)
		e.own = true
		return true, d.morePlaces(tr.place, end)
	case hVisit:
		if loc := d.placeAt(n, end); loc != nil && !d.modifies(n, end) {
			e.location = loc
			e.own = true
			return true, d.morePlaces(n, end)
		}
		// "to visit the Gaza Strip", "visit Darfur": a place the lexicon
		// does not know; not a building ("the White House")
		q := n
		if q < end && d.toks[q].is("the") {
			q++
		}
		if q >= end || !d.toks[q].capitalised() || d.mat(q) != nil && !d.modifies(n, end) {
			return false, nil
		}
		for q < end && d.toks[q].capitalised() && d.toks[q].Kind == tWord {
			if d.ew(q)&evVenue != 0 {
				return false, nil
			}
			q++
		}
		return true, nil
	}
	if n < end && d.toks[n].is("to") {
		if loc := d.placeAt(n+1, end); loc != nil {
			e.location = loc
		}
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
	return true, nil
}

// commonCountry is the country all the places are in, or nil.
func (d *doc) commonCountry(places []*entity) *entity {
	code := ""
	for _, p := range places {
		c := p.code
		if p.city != nil {
			c = p.city.Country
		}
		if c == "" || code != "" && c != code {
			return nil
		}
		code = c
	}
	return d.countryEntity(code)
}

// morePlaces: the places after the one at k in a list ("Germany, Denmark
// and France").
func (d *doc) morePlaces(k, end int) []*entity {
	if k < end && d.toks[k].is("the") {
		k++
	}
	m := d.mat(k)
	if m == nil || m.i != k {
		return nil
	}
	var out []*entity
	q := m.j
	for q+1 < end && len(out) < 8 {
		if d.toks[q].is(",") && q+1 < end && d.toks[q+1].is("and") {
			q++
		}
		if !d.toks[q].is(",", "and") {
			break
		}
		pl := d.placeAt(q+1, end)
		if pl == nil {
			break
		}
		out = append(out, pl)
		n := q + 1
		if d.toks[n].is("the") {
			n++
		}
		q = d.mat(n).j
	}
	return out
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
		case ordinals[t.Low] > 0 || t.is("next", "upcoming", "last", "previous", "another", "recent", "new", "future", "earlier", "planned", "proposed", "first", "annual"):
			return false
		case t.Kind == tWord && !t.capitalised() && d.mat(b) == nil || d.mat(b) != nil && d.mat(b).kind != kPerson || t.is("-"):
			continue
		}
		return false
	}
	return false
}

// cancelledAt: "cancelled his trip", "called off the talks", "postponed
// the summit".
func (d *doc) cancelledAt(k, start int) bool {
	for b := k - 1; b >= start && b >= k-4; b-- {
		if d.ew(b)&evCancel != 0 {
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
		if ordinals[t.Low] > 0 || t.is("next", "upcoming", "last", "previous", "recent", "planned", "first") || t.Kind != tWord || t.capitalised() {
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
	if prev == nil || d.sentOf[k]-prev.sent > 6 {
		return nil
	}
	e := &event{class: prev.class, sent: d.sentOf[k], trig: k}
	d.eventDetails(e, k, start, end, true)
	if m := d.modifierPlace(k, start); m != nil && m.class == schema.City {
		e.location = m
	}
	d.fillBackref(prev, e, k, k+1, start, end, nil)
	return prev
}

// fillBackref adds what the sentence of a back-reference e at k says to
// the event prev it names: who attended, chaired or accompanied, a light
// verb's subject, the date and place it had not.
func (d *doc) fillBackref(prev, e *event, k, next, start, end int, inSent []*event) {
	prev.seen = d.sentOf[k]
	d.addAccompanied(prev, start, end)
	d.addAgents(prev, next, end)
	// "The visit began on Saturday": the date it had not
	if prev.date == nil && e.date != nil {
		prev.date = e.date
	}
	if prev.location == nil {
		if e.location == nil {
			e.location = d.nearPlace(next, end)
		}
		if e.location != nil && (prev.class != schema.Visit || e.location.class == schema.City) {
			prev.location = e.location
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

// addAgents: "a meeting chaired by X", "the summit, convened by X, was
// attended by A, B and C", "was represented at the summit by X".
func (d *doc) addAgents(e *event, next, end int) {
	for q := next; q+2 < end && q < next+30; q++ {
		if d.toks[q].is(";", ".") {
			break
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
	if p, _ := d.refAt(q, end); p != nil {
		return []*entity{p}
	}
	return nil
}

// attendance: a sentence that tells who attended ("X and Y attended the
// meeting", "Other participants included A, B", "Also in attendance were
// A and B") puts all the people it names at the event: the one it names,
// or the summit or meeting just told.
func (d *doc) attendance(si, start, end int, inSent []*event, touched *event) {
	at := -1
	for k := start; k < end; k++ {
		if d.ew(k)&evAttendance != 0 && !d.quoted[k] {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	var e *event
	for _, x := range inSent {
		if x.into == nil && x.class != schema.Visit {
			e = x
			break
		}
	}
	if e == nil && touched != nil && touched.class != schema.Visit {
		e = touched
	}
	if e == nil {
		if len(inSent) > 0 {
			return
		}
		// "Other participants included …": the summit or meeting just told
		if !d.toks[at].is("participants", "attendance", "attendees") {
			return
		}
		for n := len(d.events) - 1; n >= 0; n-- {
			if x := d.events[n].root(); x.class != schema.Visit && si-x.seen <= 2 {
				e = x
			}
			break
		}
	}
	if e == nil {
		return
	}
	e = e.root()
	for k := start; k < end; k++ {
		if d.quoted[k] {
			continue
		}
		m := d.mat(k)
		if m == nil || m.i != k {
			continue
		}
		p := personOf(m)
		if p == nil || p.class != schema.Person {
			continue
		}
		// "X represented President Y", "President Y was represented by X":
		// Y was not there
		if k > start && d.toks[k-1].is("represented") || m.j+1 < end && d.toks[m.j].is("was", "were") && d.toks[m.j+1].is("represented") {
			continue
		}
		if k > start && d.titlesStart(k, start) > start && d.toks[d.titlesStart(k, start)-1].is("represented") {
			continue
		}
		e.add(p)
	}
}

// eventDetails reads mode, ordinal, duration and date around a trigger.
func (d *doc) eventDetails(e *event, k, start, end int, noun bool) {
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
	e.date = d.eventDate(k, start, end, noun)
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
// January"); for a noun, one after it in its phrase ("agreed on Monday to
// hold the summit in Asuncion on July 21"). "X said on Tuesday following
// talks with Y": the talks are of the day it was said.
func (d *doc) eventDate(k, start, end int, noun bool) *dateExpr {
	var best, after *dateExpr
	bestDist := 1 << 30
	own := max(d.triggerAt(k, end).next, k+1) // the trigger's own words
	for _, dt := range d.actDates(start, end) {
		lo, hi := k, dt.i
		if dt.i < k {
			lo, hi = dt.j, k
		}
		blocked, comma := false, false
		for q := lo; q < hi; q++ {
			// a date after "since …", "when …" belongs to that clause; a
			// trigger inside "…, when X met Y" takes the date before it
			if subordinators[d.toks[q].Low] && dt.i > k || d.toks[q].is(";") {
				blocked = true
				break
			}
			if (q < k || q >= own) && d.triggerAt(q, end).class != "" && !d.quoted[q] {
				blocked = true // the date belongs to the event told in between
				break
			}
			comma = comma || d.toks[q].is(",", "(", ")")
		}
		// "Following the decision in March, X responded by visiting Y": the
		// date of the opening phrase's own event
		if blocked || dt.i < k && comma && d.toks[start].is("Following", "After", "Before", "Ahead", "Despite", "Since", "Unlike", "Like") {
			continue
		}
		if dt.i > k && !comma && after == nil {
			dt := dt
			after = &dt
		}
		dist := hi - lo
		if dist < bestDist {
			dt := dt
			best, bestDist = &dt, dist
		}
	}
	if noun && after != nil {
		return after
	}
	if best == nil && k-1 > start && d.toks[k-1].Low != "" && (d.toks[k-1].is("following", "after") || k-2 > start && d.toks[k-2].is("following", "after") && d.toks[k-1].is("his", "her", "their")) {
		for _, dt := range d.datesIn(start, k) {
			if d.ofSaying(dt) {
				dt := dt
				best = &dt
			}
		}
	}
	return best
}

// eventName is the proper name of a noun trigger at [k, next) ("G7
// Foreign and Development Ministers' Meeting", "the Summit of the
// Americas"), normalised, and the grouping in it.
func (d *doc) eventName(k, next, start, end int) (string, string, *entity) {
	b := k
	var org *entity
	capital := d.toks[k].capitalised()
	for b-1 >= start {
		t := d.toks[b-1]
		m := d.mat(b - 1)
		switch {
		case m != nil && (m.kind == kGrouping || m.kind == kOffice || m.kind == kCountry || m.kind == kDemonym || m.kind == kCity && capital) && m.j == b:
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
	last := next - 1
	// "Summit of the Americas", "IV Summit of the Community of Latin
	// American and Caribbean States"
	if d.toks[k].capitalised() && next+1 < end && d.toks[next].is("of") {
		n := next + 1
		if d.toks[n].is("the") {
			n++
		}
		q := n
		for q < end && (d.toks[q].capitalised() && d.toks[q].Kind == tWord || q > n && d.toks[q].is("and", "of", "&") && q+1 < end && d.toks[q+1].capitalised()) {
			if m := d.mat(q); m != nil && m.kind == kGrouping && org == nil {
				org = d.entityFor(m)
			}
			q++
		}
		if q > n {
			last, capital = q-1, true
			if b == k {
				b = k - 1 // the name reaches forward
				if b < start || !d.toks[b].capitalised() || nameStops[d.toks[b].Text] {
					b = k
				}
			}
			if b == k {
				return d.nameWords(k, last), d.text(k, last+1), org
			}
		}
	}
	if b == k || !capital {
		return "", "", org
	}
	return d.nameWords(b, last), d.text(b, last+1), org
}

// nameWords is an event's name on tokens [b, last], normalised.
func (d *doc) nameWords(b, last int) string {
	var words []string
	for q := b; q <= last; q++ {
		w := strings.ToLower(noApostrophes.Replace(d.toks[q].Text))
		if w == "" || w == "s" {
			continue
		}
		words = append(words, singular(w))
	}
	return strings.Join(words, " ")
}

// noApostrophes drops apostrophes, straight and curly.
var noApostrophes = strings.NewReplacer("’", "", "'", "")

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
		if b == k-1 && strings.HasSuffix(d.toks[k].Low, "ing") && d.toks[b].is("by", "after", "before", "while", "when") {
			infinitive = true // "responded by visiting Seoul": the clause's subject
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
	// "the Brazilian leader will meet": the person it stands for
	if b > start && d.ew(b)&evPeopleNoun != 0 && d.mat(b) == nil {
		if m := d.mat(b - 1); m != nil && m.j == b && (m.kind == kDemonym || m.kind == kCountry) {
			if p, _ := d.refAt(m.i, b+1); p != nil && p.class == schema.Person {
				return []*entity{p}
			}
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
				for c := d.nounStart(m.i, start) - 1; c-1 >= start && d.toks[c].is("and", ","); {
					pm := d.mat(c - 1)
					if pm == nil || pm.j != c {
						break
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
	if p := d.subjectBefore(k, start); p != nil {
		return []*entity{p}
	}
	return nil
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
		if t.Kind == tWord && !t.capitalised() && d.ew(b-1)&evPeopleNoun != 0 || t.is("'s", "’s") {
			b--
			continue
		}
		break
	}
	return b
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

// lightSubject: "X held a meeting", "X is on a visit", "X will attend the
// Meeting": the subject of a light verb before the noun.
func (d *doc) lightSubject(k, start int, inSent []*event) []*entity {
	if k-1 >= start && d.toks[k-1].is("in", "during", "after", "following", "at", "for") && (k-2 < start || !d.toks[k-2].is(",")) {
		// "Wong and Wang agreed in talks", "Merkel said on Tuesday
		// following talks with X": the clause's subject
		for v := k - 2; v >= start && v >= k-6; v-- {
			if d.toks[v].Kind == tWord && !d.toks[v].capitalised() && d.mat(v) == nil && !isAux(d.toks[v].Low) && d.dateEndingAt(v) == nil {
				return d.verbSubject(v, start, inSent, false)
			}
		}
	}
	for b := k - 1; b >= start && b >= k-8; b-- {
		low := d.toks[b].Low
		if d.mat(b) != nil && d.mat(b).kind == kPerson && !pronouns[d.toks[b].Text] || d.toks[b].is(",", ";") {
			break
		}
		if d.ew(b)&(evLightVerb|evAttendance) != 0 && d.toks[b].Text == low && !(low == "on" && !(b > 0 && d.toks[b-1].is("is", "was", "are", "were"))) && !(low == "is" || low == "was" || low == "are" || low == "were" || low == "be") {
			v := b
			if low == "on" {
				v = b - 1
			}
			return d.verbSubject(v, start, inSent, false)
		}
	}
	// "Moon and Kim pledged on Friday to …, at a historic summit": the
	// subject of the clause the phrase belongs to
	for b := k - 1; b >= start && b >= k-4; b-- {
		if d.toks[b].is("at", "during") {
			for v := start + 1; v < b; v++ {
				t := d.toks[v]
				if t.Kind == tWord && !t.capitalised() && d.mat(v) == nil && !isAux(t.Low) && !t.is("and", "or", "of") && d.personEndsAt(v-1) {
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
	for n := len(d.events) - 1; n >= 0 && n >= len(d.events)-64; n-- {
		if e := d.events[n].root(); len(e.participants) >= 2 && d.sentOf[start]-e.seen <= 3 {
			return e.participants
		}
	}
	return d.pairBefore(start)
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
			c := d.nounStart(m.i, start) - 1
			if c-1 < start || !d.toks[c].is("and") {
				q = m.i
				continue
			}
			pm := d.mat(c - 1)
			if pm == nil || pm.j != c || pm.kind != kPerson {
				q = m.i
				continue
			}
			a, b := personOf(pm), personOf(m)
			if a != nil && b != nil && a != b {
				return []*entity{a, b}
			}
			q = m.i
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
	// an event told in an opening phrase ("During a meeting chaired by
	// X, they reviewed decisions taken at Warsaw") has its place in it
	opening := d.inOpening(k, start)
	for q := next; q < end; q++ {
		if d.triggerAt(q, end).class != "" && !d.quoted[q] || opening && d.toks[q].is(",") {
			stop = q
			break
		}
	}
	for q := k + 1; q < stop; q++ {
		if d.toks[q].is("in", "at", "In", "At") && !d.quoted[q] {
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

// regionOf: "in Apulia, Italy", "in Bali, Indonesia": a place the
// lexicon does not know, in the country named after it.
func (d *doc) regionOf(k, end int) *entity {
	q := k
	for q < end && q < k+3 && d.toks[q].Kind == tWord && d.toks[q].capitalised() && d.mat(q) == nil {
		q++
	}
	if q == k || q+1 >= end || !d.toks[q].is(",") {
		return nil
	}
	if m := d.mat(q + 1); m != nil && m.i == q+1 && m.kind == kCountry {
		return d.entityFor(m)
	}
	return nil
}

// nearPlace: "the meeting in X", "the meeting, held in X, …", "the talks
// at X": the place right after a back-reference ending at next.
func (d *doc) nearPlace(next, end int) *entity {
	q := next
	if q < end && d.toks[q].is(",") {
		q++
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
	if q < end && d.toks[q].is("in", "at") {
		if loc := d.placeAt(q+1, end); loc != nil && !d.modifies(q+1, end) {
			return loc
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
		}
	}
	for _, e := range evs {
		if e.own || e.name != "" || e.into != nil {
			continue
		}
		for _, o := range evs {
			if o == e || o.class != e.class || o.into != nil || !o.own && len(o.participants) <= len(e.participants) && o.name == "" ||
				d.sidelines(e.trig, o.trig) || d.sidelines(o.trig, e.trig) {
				continue
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
			if o != e && o.name != "" && d.sidelines(e.trig, o.trig) {
				e.sidelinesOf = o
			}
		}
		for _, b := range backs {
			if b.e != e.root() && d.sidelines(e.trig, b.k) {
				e.sidelinesOf = b.e
			}
		}
	}
}

// visitPlace: "the visit to Kyiv on Saturday, when X met Y": a meeting
// in person after a visit in the same sentence, with no place of its own,
// takes place in the city the visit went to.
func visitPlace(evs []*event, backs []backref) {
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
			if o.into != nil || o.class != schema.Visit || o.trig > e.trig && o.sent == e.sent || o.location == nil || o.location.class != schema.City {
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

// dateBefore: "Insulza last night urged unity. Emerging from his
// meeting with Zelaya, Insulza said …": an event told with no date, in a
// sentence that gives none, right after a sentence of the same paragraph
// about the same person that gives one day, is of that day.
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
	if d.toks[start].Breaks >= 2 || len(d.datesIn(start, end)) > 0 {
		return
	}
	ds := d.actDates(d.bounds(si - 1))
	if len(ds) != 1 || ds[0].typ != schema.XSDDate {
		return
	}
	for _, e := range evs {
		if e.into != nil || e.date != nil || e.status != "held" {
			continue
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

// afterArrival: "Macron arrived in Beirut on Thursday. He visited the
// blast site and met President Aoun": a meeting told right after its
// visitor's arrival in a city, with no place or date of its own, is there
// and then.
func (d *doc) afterArrival(si int, evs []*event) {
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
		if e.date == nil && v.date != nil && v.date.typ == schema.XSDDate {
			e.date = v.date
		}
	}
}

// sidelines: the event told at b is the one "on the sidelines of" which
// the event at a takes place: "A met B on the sidelines of the X Summit",
// "On the sidelines of the X Summit, A met B".
func (d *doc) sidelines(a, b int) bool {
	if a == b {
		return false
	}
	start, _ := d.bounds(d.sentOf[b])
	for q := b - 1; q >= start && q >= b-12; q-- {
		if d.toks[q].is("sidelines", "sideline", "margins", "margin") {
			return q+1 < b && d.toks[q+1].is("of")
		}
		if d.toks[q].is(",", ";") || q < a && a < b {
			return false
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
		if v.into != nil || v.class != schema.Visit || v.date != nil {
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
			sameName := e.name != "" && e.name == r.name
			// a visit to a country and one to a city in it are a trip and
			// one of its stops (GUIDELINES 6.1): two visits
			sameVisit := e.class == schema.Visit && e.location == r.location && (e.date == nil || r.date == nil || e.date.value == r.date.value) &&
				(samePeople(e, r) || len(e.participants) == 0 && e.sent-r.sent <= 2)
			sameMeeting := e.class == schema.Meeting && e.name == "" && r.name == "" && len(e.participants) >= 2 &&
				samePeople(e, r) && (e.date == nil || r.date == nil || e.date.value == r.date.value)
			if sameName || sameVisit || sameMeeting {
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
		if e.into == nil && !e.dropped {
			iris[e] = schema.PartIRI(d.art, "event", d.next("event"))
		}
	}
	for _, e := range d.events {
		if e.into != nil || e.dropped {
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
		if h := e.sidelinesOf; h != nil && !h.root().dropped {
			d.add(iri, schema.SidelinesOf, iris[h.root()], s)
		}
		if e.title != "" {
			d.add(iri, schema.Name, quad.String(e.title), s)
		}
	}
}
