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
	late         bool // told at its end ("at the end of a three-day visit"): no first day known
	endDay       bool // its date is the day it ended ("ended their meeting on Friday")
	umbrella     bool // "held a series of calls": the calls told next, not one event
	stop         bool // a stop of a trip told before ("The tour will conclude in X")
	several      bool // a trip through several countries ("will visit five countries"): in none
	how          how  // the trigger's kind and its end, for --explain
	trigEnd      int
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
	if e.title != "" || e.organizer != nil {
		return true
	}
	for _, p := range e.participants {
		if p.class == schema.Person {
			return true // an office ("the US defense secretary") names nobody
		}
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

// ordinalOf reads an ordinal: "first", "maiden", "21st", "40th"; else 0.
func ordinalOf(low string) int {
	if n := ordinals[low]; n > 0 {
		return n
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if b, ok := strings.CutSuffix(low, suf); ok && b != "" && len(b) <= 3 {
			if n, err := strconv.Atoi(b); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}

// backref is a back-reference at token k to the event e told before.
type backref struct {
	k int
	e *event
}

// how an event is told
type how uint8

const (
	hNone        how = iota
	hMeet            // met X, received X, hosted X
	hCall            // called X, phoned X, called on X
	hTalk            // spoke with X, discussed … with X
	hHeldTalks       // held talks (with X)
	hNoun            // a meeting, the summit, a visit
	hVisit           // visited X, will visit X
	hTravel          // travelled to X, left for X, arrived in X
	hCredentials     // presented credentials to X, accepted the credentials of X
)

// rule names how, for --explain.
func (h how) rule() string {
	switch h {
	case hMeet:
		return "event/met-verb"
	case hCall:
		return "event/call-verb"
	case hTalk:
		return "event/talk-verb"
	case hHeldTalks:
		return "event/held-talks"
	case hNoun:
		return "event/event-noun"
	case hVisit:
		return "event/visit-verb"
	case hTravel:
		return "event/travel-verb"
	case hCredentials:
		return "event/credentials"
	}
	return "event/back-reference"
}

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
	verbal := t.Text == low && !isDeterminer(prev) && (k == 0 || d.ew(k-1)&evModeNoun == 0 && !d.toks[k-1].is("-"))
	switch {
	case w&evLightVerb != 0 && next == "talks":
		return trigger{class: schema.Meeting, how: hHeldTalks, next: k + 2}
	case w&evMeetVerb != 0 && verbal && (strings.HasSuffix(low, "ed") || low == "met" || d.verbAfterSubject(k)):
		// "hosted X", "met X"; the bare forms are verbs after a subject
		// or an auxiliary ("will host X"), not "host President X"
		return trigger{class: schema.Meeting, how: hMeet, next: k + 1}
	case w&evCallVerb != 0 && verbal && d.ew(k+1)&(evCallNoun|evMeetNoun) != 0 && k+1 < end:
		// "a series of telephone calls", "held telephone talks": the
		// noun's modifier, not a verb
	case w&evCallVerb != 0 && k > 0 && d.toks[k-1].is("by", "via", "over", "on") && d.toks[k].is("phone", "telephone"):
		// "spoke by telephone on Monday with X": the mode of the talks, no
		// call of its own
	case w&evCallVerb != 0 && verbal && w&evCallNoun == 0 || w&evCallVerb != 0 && verbal && d.verbAfterSubject(k):
		return trigger{class: schema.Meeting, how: hCall, next: k + 1, mode: "phone"}
	case w&evTalkVerb != 0 && verbal && (!d.nounTalks(k) || d.personEndsAt(k-1)):
		if d.talkWith(k, end) >= 0 {
			return trigger{class: schema.Meeting, how: hTalk, next: k + 1}
		}
		if n, ok := d.phoneAfter(k+1, end); ok {
			return trigger{class: schema.Meeting, how: hTalk, next: n, mode: "phone"}
		}
		// "Biden and Xi spoke for two hours", "Jaishankar and Guterres
		// discussed the pandemic": two people talking
		if d.coordSubject(k) {
			return trigger{class: schema.Meeting, how: hTalk, next: k + 1}
		}
	}
	// "held bilateral discussions with X", "A and B held productive
	// discussions at Camp David", "the discussions between A and B": talks
	// ("discussions at the meeting covered trade" are what was said)
	if low == "discussions" && d.discussionsHeld(k, end) {
		return d.nounTrigger(k, k+1, end, schema.Meeting, "")
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
	case w&evCallNoun != 0 && isDeterminerOrAdj(d, k-1):
		// "had a conversation over the phone with X": the mode after it
		if n, ok := d.phoneAfter(k+1, end); ok {
			return d.nounTrigger(k, n, end, schema.Meeting, "phone")
		}
	}
	switch {
	case w&evVisitNoun != 0 && isDeterminerOrAdj(d, k-1):
		if d.habitualPlural(k, k+1) {
			return trigger{}
		}
		if k+2 < end && d.toks[k+1].is("of") && d.toks[k+2].is("duty") {
			return trigger{} // "during her tour of duty in X": a posting, no trip
		}
		return trigger{class: schema.Visit, how: hNoun, next: k + 1}
	case w&evVisitVerb != 0 && verbal && (low != "visit" || isAux(prev) || d.bareVerb(k)) && (low != "visits" || !isDeterminerOrAdj(d, k-1)):
		return trigger{class: schema.Visit, how: hVisit, next: k + 1}
	case w&(evTravelVerb|evLeaveVerb|evArriveVerb) != 0 && verbal && !(prev == "of" || d.tag(k) == pos.NOUN && !strings.HasSuffix(low, "ed")):
		// not the noun: "a piece of land in X", "the head of state"

		if pl := d.wentTo(k, end, w); pl >= 0 {
			return trigger{class: schema.Visit, how: hTravel, next: k + 1, place: pl}
		}
	}
	return trigger{}
}

// bareVerb: the bare form at k is a verb whose auxiliary stands further
// back: after an adverb that follows it ("will officially visit X"), or
// after "and" in a clause that has one ("will attend the summit and visit
// X"), as the tagger reads it.
func (d *doc) bareVerb(k int) bool {
	if k < 2 || d.tag(k) != pos.VERB {
		return false
	}
	j := k - 1
	if d.tag(j) == pos.ADV && d.toks[j].Text == d.toks[j].Low {
		j--
	}
	if isAux(d.toks[j].Low) {
		return true
	}
	return d.andVerb(j)
}

// andVerb: the "and" at j joins a verb to one an auxiliary governs
// ("will attend the summit and visit X").
func (d *doc) andVerb(j int) bool {
	if j < 1 || !d.toks[j].is("and") {
		return false
	}
	start, _ := d.bounds(d.sentOf[j])
	for b := j - 1; b >= start; b-- {
		if d.toks[b].is(";", ":") || d.quoted[b] {
			return false
		}
		if d.toks[b].is("will", "would", "shall", "to") && b+1 < j && d.tag(b+1) == pos.VERB {
			return true
		}
	}
	return false
}

// discussionsHeld: "discussions" at k are talks of named people: a light
// verb's object with "with" after it or two people as the verb's subject,
// or "the discussions between" people.
func (d *doc) discussionsHeld(k, end int) bool {
	if k+1 >= end || k < 2 {
		return false
	}
	if d.toks[k+1].is("between") && isDeterminer(d.toks[k-1].Low) {
		p, _ := d.refAt(k+2, end)
		return p != nil
	}
	b := k - 1
	if d.ew(b)&evAdjective != 0 {
		b--
	}
	if d.ew(b)&evLightVerb == 0 || d.toks[b].is("on", "is", "was", "are", "were", "be") {
		return false
	}
	return d.toks[k+1].is("with") || d.coordSubject(b)
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

// coordSubject: two people joined by "and" are the subject of the verb at
// k ("Biden and Xi spoke"), or "Both leaders", "The two ministers".
func (d *doc) coordSubject(k int) bool {
	start, _ := d.bounds(d.sentOf[k])
	b := k - 1
	for b > start && (isAux(d.toks[b].Low) || d.toks[b].Kind == tWord && strings.HasSuffix(d.toks[b].Low, "ly") && !d.toks[b].capitalised()) {
		b--
	}
	if b-1 <= start+1 && (d.toks[start].is("Both", "both") || d.toks[start].is("The", "the") && d.toks[start+1].is("two")) {
		return true
	}
	m := d.mat(b)
	if m == nil || m.j != b+1 || personOf(m) == nil {
		return false
	}
	c := d.nounStart(m.i, start) - 1
	return c-1 >= start && d.toks[c].is("and") && d.personEndsAt(c-1)
}

// nounTrigger is a meeting or summit noun at k (its words end at n),
// unless the words around it make it something else: a meeting of leaders
// is a summit ("EU leaders meeting", "heads of state meeting"); a press
// conference, a cabinet meeting, "meeting annually" are no event.
func (d *doc) nounTrigger(k, n, end int, class quad.IRI, mode string) trigger {
	if d.ew(k-1)&evNotEvent != 0 {
		return trigger{}
	}
	if d.habitualPlural(k, n) {
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
	if class == schema.Meeting && (d.leadersBefore(k) || d.leadersAfter(n, end) || d.leadersSubject(k) >= 0 || d.leadersPossessor(k)) {
		class = schema.Summit
	}
	if class == schema.Meeting && d.toks[k].is("conference", "conferences") && mode == "" && d.ew(k-1)&(evMinisterial|evModeNoun) == 0 {
		return trigger{}
	}
	return trigger{class: class, how: hNoun, next: n, mode: mode}
}

// habitualPlural: "his annual visits to the shrine", "regular meetings"
// (the noun from k to n): a habit, no one occasion (GUIDELINES 6.2); "the
// annual summit" is this year's, and "the annual meetings of the Andean
// Community" a gathering's name.
func (d *doc) habitualPlural(k, n int) bool {
	if !strings.HasSuffix(d.toks[n-1].Low, "s") || n < len(d.toks) && d.toks[n].is("of") {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-3 && d.toks[b].Kind == tWord; b-- {
		if d.toks[b].is("annual", "regular", "frequent", "yearly", "routine", "periodic", "monthly", "weekly") {
			return true
		}
	}
	return false
}

// leadersPossessor: "their" before the meeting noun at k stands for the
// leaders named just before it: "will welcome his fellow Heads of State
// for their annual meeting", "hosted regional leaders for their
// meeting".
func (d *doc) leadersPossessor(k int) bool {
	b := k - 1
	for b > 0 && b >= k-3 && d.toks[b].Kind == tWord && !d.toks[b].capitalised() && !d.toks[b].is("their") {
		b-- // "their annual", "their first regular"
	}
	if b <= 0 || !d.toks[b].is("their") {
		return false
	}
	for q := b - 1; q > 0 && q >= b-8; q-- {
		if d.toks[q].is(".", ";", ",") {
			return false
		}
		if d.toks[q].is("Heads", "heads") && d.toks[q+1].is("of") && d.toks[q+2].is("State", "state", "Government", "government") {
			return true
		}
		// "fellow leaders", "ASEAN leaders", "African leaders"; not
		// "opposition leaders"
		if d.toks[q].is("leaders", "Leaders") && q > 0 {
			m := d.mat(q - 1)
			return d.toks[q-1].is("fellow", "world", "regional") || m != nil && (m.kind == kCountry || m.kind == kGrouping || m.kind == kDemonym)
		}
	}
	return false
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
		case t.is("and", "of", "'s", "’s", "-", "'", "’") || t.Kind == tWord && (t.capitalised() || d.mat(b) != nil):
			continue // "the ASEAN Leaders’ Meeting": the apostrophe of a plural
		}
		return false
	}
	return false
}

// leadersSubject: the meeting noun at k is the object of a light verb
// whose subject is a country's or grouping's leaders: "CARICOM leaders
// ended their regular meeting", "African heads of state have wrapped up
// their annual meeting", "EU leaders will hold a meeting". It returns
// the token of "leaders" (or "heads"), else -1.
func (d *doc) leadersSubject(k int) int {
	b := k - 1
	// the noun's own words: "their 40th regular", "an annual"
	for b >= 0 && b >= k-5 && d.toks[b].Kind == tWord && !d.toks[b].capitalised() && d.mat(b) == nil && d.ew(b)&evLightVerb == 0 {
		b--
	}
	if b < 0 || d.ew(b)&evLightVerb == 0 || d.toks[b].is("on", "is", "was", "are", "were", "be", "had", "has", "have", "received", "got", "made", "paid") {
		return -1
	}
	b--
	for b >= 0 && isAux(d.toks[b].Low) {
		b--
	}
	if b >= 0 && d.dateEndingAt(b) != nil {
		b = d.dateEndingAt(b).i - 1 // "leaders on Friday ended"
		if b >= 0 && d.toks[b].is("on") {
			b--
		}
	}
	if b < 1 {
		return -1
	}
	h := -1
	switch {
	case d.toks[b].is("leaders"):
		h = b
	case d.toks[b].is("state", "government") && b >= 2 && d.toks[b-1].is("of") && d.toks[b-2].is("heads"):
		h = b - 2
	}
	if h < 1 {
		return -1
	}
	// whose leaders: a grouping, a country or its people ("ASEAN
	// leaders", "Caribbean Community (CARICOM) leaders", "African heads of
	// state"), not "opposition leaders"
	q := h - 1
	if d.toks[q].is(")") {
		for q > 0 && q > h-6 && !d.toks[q].is("(") {
			q--
		}
		q--
	}
	if q < 0 {
		return -1
	}
	if m := d.mat(q); m != nil && m.j == q+1 && (m.kind == kGrouping || m.kind == kCountry || m.kind == kDemonym) {
		return h
	}
	if d.toks[q].is("world", "regional") {
		return h
	}
	return -1
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
	// "the Inter-Sessional Meeting of the Conference of Heads of
	// Government", "a session of the Assembly of Heads of State", "the
	// Meeting of the Council of the Heads of State": the body
	// whose meeting it is, of leaders
	heads := func(q int) bool {
		return q+2 < end && d.toks[q].is("heads", "Heads") && d.toks[q+1].is("of") && d.toks[q+2].is("state", "State", "government", "Government")
	}
	if heads(q) {
		return true
	}
	if q+2 < end && d.toks[q].capitalised() && d.toks[q].Kind == tWord && d.toks[q+1].is("of") && d.mat(q) == nil {
		// "of the Council of the Heads of State"
		if q += 2; d.toks[q].is("the") {
			q++
		}
		return heads(q)
	}
	return false
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
		if d.ew(b)&evLightVerb != 0 && (b < k-1 || !d.toks[b].is("is", "was", "are", "were", "be", "on")) {
			return true // "hosted talks", "held informal talks"
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
		if q+2 < end && d.toks[q+1].is("the") && d.mat(q+2) != nil {
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
	if w&evArriveVerb != 0 && d.toks[k].Low[0] == 'a' && d.hereAt(k+1) != nil {
		return k + 1 // "arrived here Sunday": the dateline's city
	}
	for q := k + 1; q < end && q < k+8; q++ {
		t := d.toks[q]
		if t.is(",", ";", ".", ":") || subordinators[t.Low] || d.quoted[q] {
			return -1
		}
		if m := d.mat(q - 1); t.is("to") && q-1 > k && (m != nil && m.kind == kOffice || d.ew(q-1)&evPeopleNoun != 0) {
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
	if isDeterminer(low) || ordinalOf(low) > 0 || strings.HasSuffix(low, "-long") || strings.HasSuffix(low, "-day") || d.ew(k)&evAdjective != 0 {
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
			if (tr.class == "" || tr.class == schema.Meeting && tr.how == hNoun) && d.nextOfSummit(k, end) {
				// "The next ordinary session of the Assembly will take
				// place in Malabo", "X will host the next meeting of the
				// Conference" after a summit: the next summit
				tr = trigger{class: schema.Summit, how: hNoun, next: k + 1}
			}
			if tr.class == "" && d.leadersSession(k, start) {
				// "The Authority of Heads of State and Government held its
				// 67th Ordinary Session in Abuja": the leaders' summit
				tr = trigger{class: schema.Summit, how: hNoun, next: k + 1}
			}
			if tr.how == hNoun && k > start && d.toks[k-1].is("by", "via") && d.toks[k].is("videoconference", "teleconference") {
				tr = trigger{} // "spoke on Tuesday by videoconference with X": the mode of the talks told
			}
			if tr.class == "" {
				if evs, n := d.tripStops(si, k, start, end, inSent); len(evs) > 0 {
					inSent = append(inSent, evs...)
					k = n - 1
					continue
				}
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
		d.underUmbrella(si, inSent)
		d.daysAfterEvent(inSent)
		d.mergeInSentence(inSent, backs)
		d.visitPlace(inSent, backs)
		d.stayPlace(si, inSent)
		d.afterArrival(si, inSent, backs)
		d.dateBefore(si, inSent, backs)
		d.attendance(si, start, end, inSent, backs, touched)
		d.arrivalsAt(si, start, end, inSent, touched)
		d.summitPeople(start, end, inSent, backs)
		d.speakers(si, start, end, inSent, touched)
		d.travelWith(si, start, end, inSent)
	}
	d.credentials()
	d.justArrived()
	d.mergeEvents()
	for _, e := range d.events {
		e.dropped = e.into == nil && (!e.keep() || e.umbrella || d.oneSided(e) || d.withCounterparts(e) || len(e.participants) == 0 && d.verblessLine(e.sent) || d.barePlural(e))
	}
	d.arrivedForSummit()
	d.placelessVisits()
	d.datelinePlace()
	d.storyDay()
	d.receivedGuests()
	d.visitHosts()
	d.otherSide()
	hosts := map[*event]bool{}
	for _, e := range d.events {
		if e.sidelinesOf != nil {
			hosts[e.sidelinesOf.root()] = true
		}
	}
	for _, e := range d.events {
		// "are able to meet in the East Asian Summit": a name alone, with
		// nobody, no day, no place and no ordinal ("the 12th Summit"),
		// tells no one occasion (unless a meeting was held on its
		// sidelines)
		if !e.dropped && e.into == nil && len(e.participants) == 0 && e.date == nil && e.location == nil && e.ordinal == 0 && !hosts[e] {
			e.dropped = true
		}
	}
	d.coNamed()
	d.storyPlace()
	d.whereabouts()
	d.newsDay()
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

// otherSide: a meeting has two sides (GUIDELINES 6.3: both sides of a
// meeting or call). One whose sentence was read with one named person
// takes the other persons that sentence names but in no other of its
// events ("arrived on a state visit at the invitation of President Y for
// talks"), and the one the next
// sentence pairs with its person ("Both X and Y discussed …"). One read
// with nobody else at all, an office included ("met the US defense
// secretary"), takes the persons the next sentence names too; an envoy
// presenting credentials is told in the ceremony's own sentence.
func (d *doc) otherSide() {
	for _, e := range d.events {
		if e.dropped || e.into != nil || e.class != schema.Meeting || namedPeople(e) != 1 {
			continue
		}
		alone := len(e.participants) == 1 && e.how != hCredentials
		start, end := d.bounds(e.sent)
		for p := range d.personsNamed(start, end) {
			if !d.inOtherEvent(p, e) {
				e.add(p)
			}
		}
		if e.sent+1 >= len(d.sents) {
			continue
		}
		start, end = d.bounds(e.sent + 1)
		for k := start; k < end; k++ {
			m := d.mat(k)
			if m == nil || m.i != k || d.quoted[k] {
				continue
			}
			if p := personOf(m); alone && p != nil && p.class == schema.Person {
				e.add(p)
			}
			if m.kind != kPerson {
				continue
			}
			if a, b := d.andPair(m, start); a != nil && slices.Contains(e.participants, a) {
				e.add(b)
			} else if a != nil && slices.Contains(e.participants, b) {
				e.add(a)
			}
		}
	}
}

// inOtherEvent: p takes part in another event told in e's sentence ("held
// talks with the US defense secretary and will meet Y in New York": Y is
// the other meeting's).
func (d *doc) inOtherEvent(p *entity, e *event) bool {
	for _, o := range d.events {
		if o != e && o.sent == e.sent && slices.Contains(o.participants, p) {
			return true
		}
	}
	return false
}

// namedPeople counts the persons among an event's participants.
func namedPeople(e *event) int {
	n := 0
	for _, p := range e.participants {
		if p.class == schema.Person {
			n++
		}
	}
	return n
}

// oneSided: a meeting of one named person, of no place, whose sentence
// tells no counterparts ("met his counterparts") nor a gathering ("a
// meeting chaired by X", "attended") is a meeting whose other side was not
// read: one side alone is a wrong event. Other unnamed people ("will meet
// the Portuguese leadership", "members of the community", "bilateral
// meetings with foreign leaders") are no side the text identifies
// (GUIDELINES 6.2: "met local officials").
func (d *doc) oneSided(e *event) bool {
	if e.class != schema.Meeting || len(e.participants) != 1 || e.location != nil || e.title != "" || e.organizer != nil {
		return false
	}
	start, end := d.bounds(e.sent)
	for k := start; k < end; k++ {
		if !d.quoted[k] && (d.ew(k)&evAttendance != 0 || d.ew(k)&evPeopleNoun != 0 && d.mat(k) == nil && !d.toks[k].capitalised() && d.toks[k].is("counterpart", "counterparts")) {
			return false
		}
	}
	// "The Prime Minister held a telephone call with US President X": the
	// other side is an office-holder the text does not name (GUIDELINES
	// 6.3: listed by name only), the call one identified event
	if m := d.mat(start + 1); d.toks[start].is("The") && m != nil && m.i == start+1 && m.kind == kOffice && personOf(m) == nil && m.j < end && d.tag(m.j) == pos.VERB {
		return false
	}
	return true
}

// withCounterparts: a meeting noun of one named person "with his
// counterparts" ("held 11 bilateral meetings with his counterparts from
// A, B and C", "will visit the region for talks with her counterparts")
// tells several meetings, none of them one occasion the text identifies
// (GUIDELINES 6.2: each meeting with a named counterpart is its own).
// The verbs keep theirs ("will meet his G7 counterparts", "held talks
// with her counterparts on Friday").
func (d *doc) withCounterparts(e *event) bool {
	if e.class != schema.Meeting || e.how != hNoun || len(e.participants) != 1 || e.title != "" || e.organizer != nil {
		return false
	}
	_, end := d.bounds(e.sent)
	for q := e.trigEnd; q < end && q <= e.trigEnd+1; q++ {
		if !d.toks[q].is("with") {
			continue
		}
		for n := q + 1; n < end && n <= q+4; n++ {
			if d.toks[n].is("counterparts") {
				return true
			}
			if t := d.toks[n]; t.Kind != tWord || t.capitalised() && d.mat(n) != nil && d.mat(n).kind == kPerson {
				break
			}
		}
	}
	return false
}

// eventAt builds the event(s) of the trigger at k; back is the event told
// before that a back-reference names.
func (d *doc) eventAt(si, k int, tr trigger, start, end int, inSent []*event) (evs []*event, back *event) {
	class, next := tr.class, tr.next
	e := &event{class: class, sent: si, trig: k, status: "held", mode: tr.mode, seen: si, how: tr.how, trigEnd: next}
	if d.future(start, k) {
		e.status = "planned"
	}
	d.eventDetails(e, k, start, end, tr.how == hNoun)
	noun := tr.how == hNoun
	for b := k - 1; noun && b >= start && b >= k-6; b-- {
		if d.toks[b].is("end", "close", "conclusion") && b+1 < k && d.toks[b+1].is("of") {
			e.late = true
		}
	}
	if noun && class == schema.Visit {
		// "on Monday, the second day of his official visit to Japan": it
		// began on Sunday
		if dt := d.nthDayOf(k, start); dt != nil {
			e.date = dt
		}
	}
	if noun && e.date != nil && e.date.typ == schema.XSDDate && (d.endedAt(k, start) || d.endsAfter(next, end)) {
		// "ended a two-day summit on Wednesday": it began on Tuesday
		e.endDay = true
		n := days(e.duration)
		if n == 0 && k >= 3 && d.toks[k-1].is("of") && d.toks[k-2].is("days") {
			// "wrapped up two days of talks on Sunday"
			if v, ok := numberWords[d.toks[k-3].Low]; ok && v >= 1 && v < 32 {
				n = int(v)
			} else if v, err := strconv.Atoi(d.toks[k-3].Text); err == nil && v >= 1 && v < 32 {
				n = v
			}
		}
		if first := firstDay(e.date, n); n > 0 && first != nil {
			e.date, e.endDay = first, false
		}
	}
	if noun && d.cancelledAt(k, start) {
		return nil, nil // "had to cancel his trip": no event took place
	}
	if noun && d.documentOf(k, start) {
		return nil, nil // "will consider the Report of the 41st Ordinary Meeting": a document's title
	}
	if noun {
		e.name, e.title, e.organizer = d.eventName(k, next, start, end)
		if h := d.leadersSubject(k); h >= 0 && e.organizer == nil && class == schema.Summit {
			// "Pacific Islands Forum leaders wrapped up their annual
			// meeting": the grouping's summit
			q := h - 1
			if d.toks[q].is(")") {
				for q > 0 && !d.toks[q].is("(") {
					q--
				}
				q--
			}
			if m := d.mat(q); m != nil && m.kind == kGrouping {
				e.organizer = d.entityFor(m)
			}
		}
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

	// "met at a regional summit in Uzbekistan. Modi is also attending the
	// SCO summit": the grouping's name for the summit just told
	if noun && class == schema.Summit && e.organizer != nil && e.ordinal == 0 && d.definiteAt(k, start) {
		if m := d.mat(k - 1); m != nil && m.kind == kGrouping && m.j == k && e.title == d.text(m.i, next) {
			if prev := d.lastEvent(schema.Summit); prev != nil && prev.title == "" && prev.organizer == nil && si-prev.seen <= 1 {
				prev.name, prev.title, prev.organizer = e.name, e.title, e.organizer
				d.fillBackref(prev, e, k, next, start, end, inSent)
				return nil, prev
			}
		}
	}
	// "X met Y on Monday. A one-on-one meeting took place at the palace in
	// Kabul.": the meeting just told, where it was held
	if noun && class == schema.Meeting && e.title == "" && e.ordinal == 0 && d.indefiniteOpening(k, start) && next+1 < end &&
		(d.toks[next].is("took") && d.toks[next+1].is("place") || d.toks[next].is("was") && d.toks[next+1].is("held")) {
		if prev := d.lastEvent(schema.Meeting); prev != nil && prev.class == schema.Meeting && si-prev.sent == 1 && len(prev.participants) >= 2 && prev.location == nil {
			if e.location == nil {
				e.location = d.eventPlace(k, next, start, end)
			}
			d.fillBackref(prev, e, k, next, start, end, inSent)
			return nil, prev
		}
	}
	// "This was her second India visit", "It is his first trip abroad
	// since May": the visit told just before, counted, no other trip
	if noun && class == schema.Visit && d.countedVisit(k, start) {
		loc := e.location
		if loc == nil && next+1 < end && d.toks[next].is("to") {
			loc = d.placeAt(next+1, end) // "her first trip to Kenya"
		}
		if loc == nil {
			loc = d.nearPlace(next, end)
		}
		if prev := d.lastEvent(schema.Visit); prev != nil && si-prev.seen <= 2 && !prev.stop &&
			(loc == nil || prev.location == nil || d.samePlace(prev.location, loc) || d.samePlace(loc, prev.location)) {
			if prev.location == nil {
				prev.location = loc // "This is her first trip to Kenya"
			}
			d.fillBackref(prev, e, k, next, start, end, inSent)
			return nil, prev
		}
	}
	var stopOf *event // "The tour will conclude in Pretoria": a stop of the trip told
	// a back-reference: "this meeting", "the summit", "Friday's talks";
	// "during his visit" when it names no place
	// "returned to a Forum leaders' meeting for the first time in years"
	// after the summit was told: a leaders' gathering with no name, place
	// or day of its own is that summit
	bareSummit := class == schema.Summit && e.location == nil && e.date == nil && e.status == "held" && !d.toks[k].is("summit", "Summit") && d.leadersBefore(k) &&
		d.lastEvent(schema.Summit) != nil && d.lastEvent(schema.Summit).status == "held"
	// "welcome his fellow Heads of State for their annual meeting" after
	// the summit was told: that summit
	theirs := class == schema.Summit && d.leadersPossessor(k) && d.lastEvent(schema.Summit) != nil
	if noun && e.title == "" && e.ordinal == 0 && (d.definiteAt(k, start) || bareSummit || theirs || class == schema.Visit && e.location == nil && (d.possessiveBefore(k, start) || d.visitorsVisit(k, start)) && !(next < end && d.toks[next].is("to"))) {
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
				e.location, stopOf, prev, e.stop = loc, prev, nil, true
			}
		}
		// "the summit in Lima" after a summit in Nairobi: another one
		if prev != nil && class != schema.Visit {
			if loc := d.nearPlace(next, end); loc != nil && prev.location != nil && !d.samePlace(loc, prev.location) {
				prev = nil
			}
		}
		if prev != nil {
			d.fillBackref(prev, e, k, next, start, end, inSent)
			// "A met B and C. The meetings were held in X": each meeting
			// the sentence before told
			if d.toks[k].is("meetings", "calls", "conversations") {
				for _, o := range d.events {
					if o != prev && o.into == nil && o.class == class && o.sent == prev.sent && o.sent == si-1 {
						d.fillBackref(o, e, k, next, start, end, inSent)
					}
				}
			}
			return nil, prev
		}
	}

	var subject []*entity
	var placeIn *entity // "X is in CITY on a visit"
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
		if len(subject) == 0 && class == schema.Visit {
			// "X is in Nairobi on a two-day visit", "X was in Addis Ababa
			// for an official visit to Ethiopia": X's visit, in that city
			if subj, pl := d.inPlaceFor(k, start, inSent); len(subj) > 0 {
				subject, placeIn = subj, pl
			}
		}
		if len(subject) == 0 && stopOf != nil {
			subject = stopOf.participants // "The tour will conclude in Pretoria": the traveller's
		}
		// "X met Y today, on the second day of a working visit to Z": the
		// visit is the subject's
		if len(subject) == 0 && class == schema.Visit && len(inSent) > 0 && len(inSent[0].participants) > 0 && d.nthDayOf(k, start) != nil {
			subject = inSent[0].participants[:1]
		}
	case hVisit, hTravel:
		subject = d.verbSubject(k, start, inSent, true)
	default:
		subject = d.verbSubject(k, start, inSent, false)
	}
	for _, p := range subject {
		e.add(p)
	}
	// "A invited B to visit during a phone call", "A congratulated B in a
	// telephone conversation": the one the clause's verb takes is on the
	// other end
	if noun && class == schema.Meeting {
		if subj, p := d.clauseObjectBefore(k, start, inSent); p != nil && (len(subject) > 0 || len(subj) > 0) {
			for _, q := range subj {
				e.add(q)
			}
			e.add(p)
		}
	}
	// "President X and other heads of state of the grouping are meeting
	// in Abuja", "X and other G20 leaders met on Friday": a leaders'
	// gathering, with X at it (GUIDELINES 6.1: a meeting of heads of state
	// is a Summit)
	if class == schema.Meeting && d.toks[k].is("meet", "meets", "meeting", "met") && (tr.how == hMeet || tr.how == hNoun && d.progressive(k, start)) {
		if a := d.otherLeaders(k, start); a > start {
			if refs, _ := d.refsFrom(start, a); len(refs) > 0 {
				e.class, class = schema.Summit, schema.Summit
				for _, p := range refs {
					e.add(p)
				}
				// "are currently meeting": on the article's day
				if e.date == nil && d.a.HasDate() && d.toks[k-1].is("currently", "now") {
					e.date = &dateExpr{k - 1, k, d.a.Date.Format("2006-01-02"), schema.XSDDate}
				}
			}
		}
	}

	// "travel to X for the summit", "hosted X at the White House for the
	// summit": the people take part in it; a host's meeting is the summit
	if tr.how != hNoun {
	scan:
		for q := next; q+2 < end && q < next+40; q++ {
			if d.toks[q].is(";", ".") || subordinators[d.toks[q].Low] {
				break
			}
			det := q + 1
			// "arrive in X to attend the summit", "to participate in a summit"
			if d.toks[q].is("to") && d.ew(q+1)&(evLightVerb|evAttendance) != 0 && !d.toks[q+1].is("be", "is", "on", "have", "has", "had") {
				det = q + 2
				if det+1 < end && d.toks[det].is("part") {
					det++
				}
				if det < end && d.toks[det].is("in") {
					det++
				}
			}
			if det < end && d.toks[q].is("for", "at", "to") && d.toks[det].is("the", "this", "a", "an", "its", "their") {
				for n := det + 1; n < end && n < det+11; n++ {
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
	var groups [][]*entity   // one meeting with each group
	var stops []*entity      // "will visit Peru, Chile and Argentina": the trip's stops
	var stopDays []*dateExpr // the first day of each stop, where the text gives it
	switch class {
	case schema.Visit:
		ok, more := d.visitObjects(e, tr, k, next, start, end)
		if !ok || tr.how != hNoun && (d.invitedTo(k, start) || d.hopedFor(k, start)) {
			return nil, nil
		}
		// "he would bring an initiative on his next visit": a visit to
		// come that the text neither places nor dates is none it identifies
		if tr.how == hNoun && e.location == nil && e.date == nil && placeIn == nil && d.toks[k-1].is("next") {
			return nil, nil
		}
		if placeIn != nil && (e.location == nil || placeIn.class == schema.City) {
			e.location = placeIn // the city it places the visit in (GUIDELINES 6.3)
		}
		// "X's trip is the first visit to India by a foreign minister
		// since 2011": one trip, told twice
		if prev := d.copulaVisit(k, inSent); prev != nil && tr.how == hNoun {
			mergeInto(e, prev)
			if prev.location == nil || e.location != nil && prev.location.class == schema.Country && e.location.class == schema.City {
				prev.location = e.location
			}
			prev.seen = si
			return nil, prev
		}
		// "will visit South Africa, Tanzania and Kenya": one trip, in the
		// country all its places are in, else in none (GUIDELINES 6.1)
		if len(more) > 0 {
			stops = append([]*entity{e.location}, more...)
			e.location = d.commonCountry(append(more, e.location))
			e.several = e.location == nil
		}
		// "will visit Chile from June 20-22 and Peru from 23-25": the
		// trip, dated by its first day, and each stop by its own
		pk := next + 1 // "a visit to Chile"
		switch tr.how {
		case hTravel:
			pk = tr.place
		case hVisit:
			pk = next
		default:
			if next >= end || !d.toks[next].is("to") {
				pk = -1
			}
		}
		if pk >= 0 {
			if pls, dts := d.datedStops(pk, start, end); len(pls) > 1 {
				stops, stopDays = pls, dts
				e.location, e.date = d.commonCountry(pls), dts[0]
			}
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
		// "X held talks with Y on Monday. The two leaders discussed
		// trade": the talks told, not another meeting
		if ok && len(groups) == 0 && tr.how != hNoun && tr.how != hCall {
			if prev := d.bothEvent(start, k); prev != nil && prev.sent < si && (prev.class == schema.Meeting || prev.class == schema.Summit) &&
				(e.date == nil || prev.date == nil || e.date.value == prev.date.value) && e.status == prev.status {
				d.fillBackref(prev, e, k, next, start, end, inSent)
				return nil, prev
			}
		}
		// (with no one on this side read, the meeting stays one)
		apart := d.separately(start, end) || len(subject) > 0 && (d.pluralTalks(k, start, tr) || tr.how == hMeet && d.meetingsNext(si))
		if len(groups) == 1 && len(groups[0]) == 1 && len(subject) > 1 && apart {
			// "A and B held talks with C separately": a meeting of each
			// of the subject's people with C
			var rest []*entity
			for _, p := range e.participants {
				if !hasEntity(subject, p) {
					rest = append(rest, p)
				}
			}
			e.participants = rest
			e.add(groups[0][0])
			groups = nil
			for _, p := range subject {
				groups = append(groups, []*entity{p})
			}
		} else if len(groups) > 0 && apart {
			var each [][]*entity
			for _, g := range groups {
				for _, p := range g {
					each = append(each, []*entity{p})
				}
			}
			groups = each
		}
		// "held a series of telephone calls on Libya. In separate calls,
		// he spoke to A, B and C": the plural names the calls told next,
		// no one event of its own
		if ok && len(groups) == 0 && tr.how == hNoun && d.toks[k].is("calls", "meetings", "conversations") && d.seriesBefore(k, start) {
			e.umbrella = true
		}
		if ok && tr.how == hCall && next < end && d.toks[next].is("on", "upon") {
			e.mode = "" // "called on the President at his residence": a courtesy call, in person
		}
		if !ok && e.joinMerge && d.peopleAt(next, end) {
			ok = true // "welcomed world leaders to Bali for the summit"
		}
		// "Leaders will meet next year in Apia", "The leaders agreed to
		// meet again in Niamey in September" after a summit: the next one
		if !ok && tr.how == hMeet && e.joinAt == 0 && d.toks[k].is("meet") && d.leadersMeet(k, start) && d.lastEvent(schema.Summit) != nil {
			e.class, class, ok, e.status = schema.Summit, schema.Summit, true, "planned"
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
	// "discussed the situation in Syria": the place is the topic's
	// "will attend the meeting in X and visit Y, Z": the place before the
	// "and" is the other verb's
	if e.location == nil && !(tr.how == hTalk && d.toks[k].Low[0] == 'd') && !(tr.how == hVisit && (d.andVerb(k-1) || d.andVerb(k-2))) {
		e.location = d.eventPlace(k, next, start, end)
	}
	// "Brazil will host the sixth BRICS summit next year": the host
	// country's
	if e.location == nil && noun && class != schema.Visit {
		e.location = d.hostPlace(k, start)
	}
	if len(groups) <= 1 {
		for _, g := range groups {
			for _, p := range g {
				e.add(p)
			}
			e.own = e.own || len(g) > 0
		}
		// "after key meetings in Kabul", "the summit and related summits":
		// a plural with nobody met of its own names no one occasion
		if noun && len(e.participants) == 0 && e.location == nil && e.date == nil && d.toks[k].is("meetings", "summits", "visits", "trips", "tours", "calls", "conversations", "conferences", "Meetings", "Summits", "Visits") && !d.seriesBefore(k, start) {
			return nil, nil
		}
		// "the 33rd ASEAN Summit and Related Summits": the plural belongs
		// to the name of the summit just told, no occasion of its own
		if noun && len(e.participants) == 0 && e.title != "" && strings.HasSuffix(d.toks[k].Low, "s") {
			for _, x := range inSent {
				if x.title != "" && strings.HasPrefix(e.title, x.title+" and ") {
					return nil, nil
				}
			}
		}
		d.events = append(d.events, e)
		out := []*event{e}
		// "will visit Peru, Chile and Argentina": the trip, and a visit to
		// each place it lists (GUIDELINES 6.1), of no day known
		for i, pl := range stops {
			if pl == nil || pl == e.location {
				continue
			}
			cp := *e
			cp.participants = append([]*entity(nil), e.participants...)
			cp.location, cp.date, cp.stop = pl, nil, true
			if i < len(stopDays) {
				cp.date = stopDays[i]
			}
			d.events = append(d.events, &cp)
			out = append(out, &cp)
		}
		return out, nil
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
		if met && from == next && d.personRefAt(from) == nil && d.skipTitles(from, end) == from {
			if w := d.withAhead(next, end); w >= 0 {
				from = w + 1
			}
		}
		groups = d.objectGroups(from, end)
		if len(groups) == 0 {
			// "meet the urgent health needs" is no meeting: a meeting verb
			// needs someone to meet; "hosted a dinner", "received aid"
			return nil, met && (len(subject) >= 2 || d.peopleNamedAt(from, end, true))
		}
		return groups, true
	case hCall:
		from := next
		if from < end && d.toks[from].is("on", "upon") {
			from++
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
		} else if w := d.withAhead(next, end); w >= 0 {
			// "held talks at the Pentagon with X", "held talks on Thursday with X"
			from = w + 1
		}
		return d.objectGroups(from, end), true
	}
	// "after meeting Polish Prime Minister X": the gerund's object
	if d.toks[k].is("meeting") && next < end && !isDeterminerOrAdj(d, k-1) {
		if p, _ := d.refAt(next, end); p != nil && !d.possessive(next, end) {
			return d.objectGroups(next, end), true
		}
	}
	// a noun: "a meeting with X", "talks between A and B", "a call from
	// X", "a courtesy call on X"
	if next < end && (d.toks[next].is("with", "between", "from") || d.toks[next].is("on") && d.toks[k].is("call")) {
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
		// "spoke to A, to B and to C": a call with each
		if stop+1 < end && stop > k && d.toks[stop].is("to") && d.toks[stop-1].is(",", "and") {
			if more, _ := d.objectRefs(stop+1, end); len(more) > 0 {
				k = stop + 1
				continue
			}
		}
		break
	}
	return groups
}

// seriesBefore: "a series of (telephone) calls", "a round of meetings",
// "several calls", "a number of meetings" at k.
func (d *doc) seriesBefore(k, start int) bool {
	for b := k - 1; b >= start && b >= k-4; b-- {
		if d.toks[b].is("several", "multiple", "numerous") || d.toks[b].is("of") && b > start && d.toks[b-1].is("series", "round", "number", "flurry", "string") {
			return true
		}
	}
	return false
}

// underUmbrella: the calls or meetings of sentence si told right after
// "X held a series of calls today" are of its day.
func (d *doc) underUmbrella(si int, evs []*event) {
	var u *event
	for n := len(d.events) - 1; n >= 0 && n >= len(d.events)-16; n-- {
		if x := d.events[n]; x.umbrella && x.sent < si && si-x.sent <= 2 {
			u = x
			break
		}
	}
	if u == nil || u.date == nil {
		return
	}
	for _, e := range evs {
		if e.date == nil && e.class == schema.Meeting && e.status == u.status && sharesPerson(u, e) {
			e.date = u.date
		}
	}
}

// separately: the sentence tells its meetings as separate ones: "In
// separate calls, he spoke to A and B", "met separately with A and B",
// "held separate meetings with A and B".
func (d *doc) separately(start, end int) bool {
	for q := start; q < end; q++ {
		if d.toks[q].is("separate", "Separate") && q+1 < end && d.ew(q+1)&(evMeetNoun|evCallNoun) != 0 || d.toks[q].is("separately") {
			return !d.quoted[q]
		}
	}
	return false
}

// meetingsNext: the sentence after si opens with the meetings it told ("The
// meetings were held on the sidelines of …", "Both meetings took place in
// X"): "X met A and B" were a meeting with each (GUIDELINES 6.2).
func (d *doc) meetingsNext(si int) bool {
	if si+1 >= len(d.sents) {
		return false
	}
	start, end := d.bounds(si + 1)
	q := start
	if q < end && d.toks[q].is("The", "Both", "These", "All") {
		q++
	}
	if q < end && d.toks[q].is("two", "three", "four", "both") {
		q++
	}
	return q > start && q < end && d.toks[q].is("meetings", "calls", "conversations") && !d.quoted[q]
}

// pluralTalks: the meeting at k is told as several ("held bilateral
// meetings with A and B", "phone calls with A and B"; "Among dozens of
// phone calls, X spoke with A, B and C"): one with each of the people
// listed. "Talks" is no plural of this kind ("held talks with A and B":
// one meeting).
func (d *doc) pluralTalks(k, start int, tr trigger) bool {
	if tr.how == hNoun {
		return d.toks[k].is("meetings", "calls", "conversations")
	}
	if tr.how != hTalk && tr.how != hCall {
		return false
	}
	for q := start; q < k; q++ {
		if d.toks[q].is("calls", "conversations") && d.ew(q-1)&evModeNoun != 0 && !d.quoted[q] {
			return true
		}
	}
	return false
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
		if e.location == nil {
			e.location = d.hereAt(tr.place) // "arrived here on Sunday"
		}
		e.own = true
		return true, d.stopsDated(e, tr.place, start, end)
	case hVisit:
		if loc := d.placeAt(n, end); loc != nil && !d.modifies(n, end) {
			e.location = loc
			e.own = true
			return true, d.stopsDated(e, n, start, end)
		}
		// "will visit five countries in a tour of Africa": a trip through
		// several, in none (GUIDELINES 6.3)
		if n+1 < end && d.toks[n+1].is("countries", "nations") {
			if v, ok := numberWords[d.toks[n].Low]; ok && v >= 2 || d.toks[n].is("several") {
				e.own, e.several = true, true
				return true, nil
			}
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
	if n < end && d.toks[n].is("to") && e.location == nil {
		// "during his visit to the island": the country named before
		e.location = d.countryBack(e, n+1, end)
	}
	if n < end && d.toks[n].is("to") {
		if loc := d.placeAt(n+1, end); loc != nil {
			e.location = loc
			// "a working visit to Somalia and Kenya": a trip to two
			// countries is in neither (GUIDELINES 6.1)
			if more := d.morePlaces(n+1, end); len(more) > 0 {
				e.location = d.commonCountry(append(more, loc))
			}
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

// tripStops: "The trip will include stops in A, B and C", "X will make
// additional stops in A and B": a visit to each place, a stop of the
// trip told in this sentence or the two before, by its travellers
// (GUIDELINES 6.1); n is the token after the places.
func (d *doc) tripStops(si, k, start, end int, inSent []*event) (evs []*event, n int) {
	if k+2 >= end || !d.toks[k].is("stops", "stop") || !d.toks[k+1].is("in") || d.quoted[k] {
		return nil, k
	}
	first := d.placeAt(k+2, end)
	if first == nil {
		return nil, k
	}
	trip := d.lastEvent(schema.Visit)
	if trip == nil || si-trip.seen > 2 || len(trip.participants) == 0 {
		return nil, k
	}
	more, after := d.placesAfter(k+2, end)
	status := "held"
	if d.future(start, k) {
		status = "planned"
	}
	trip.several = trip.several || trip.location == nil && len(more) > 0
	for _, pl := range append([]*entity{first}, more...) {
		e := &event{class: schema.Visit, sent: si, trig: k, status: status, seen: si, how: hNoun, trigEnd: k + 1, location: pl, stop: true, own: true}
		e.participants = append([]*entity(nil), trip.participants...)
		d.events = append(d.events, e)
		evs = append(evs, e)
	}
	trip.seen = si
	return evs, after
}

// stopsDated: the places after the one at k ("will travel to Lima, Peru;
// Quito, Ecuador; and Bogota, Colombia, May 3-9"), and the trip's days
// told right after the list, which a semicolon between would hide from
// eventDate.
func (d *doc) stopsDated(e *event, k, start, end int) []*entity {
	more, after := d.placesAfter(k, end)
	if len(more) == 0 || e.date != nil {
		return more
	}
	q := after
	if q < end && d.toks[q].is(",") {
		q++
	}
	if q < end && d.toks[q].is("from", "on", "between") {
		q++
	}
	for _, dt := range d.datesIn(start, end) {
		if dt.i == q {
			e.date = &dt
			break
		}
	}
	return more
}

// countryBack: "the island", "the neighbouring country", "the Gulf
// kingdom" at k (up to the head noun, no "of X" after it) stand for the
// country last named outside quotes, in this sentence or the two before,
// that is not the home of a visitor of e (a city names its country).
func (d *doc) countryBack(e *event, k, end int) *entity {
	if k >= end || !d.toks[k].is("the") {
		return nil
	}
	h := k + 1
	for h < end && h <= k+3 && !countryRefs[d.toks[h].Low] {
		if t := d.toks[h]; t.Kind != tWord || d.mat(h) != nil && d.mat(h).kind != kDemonym {
			return nil
		}
		h++
	}
	if h >= end || !countryRefs[d.toks[h].Low] || d.toks[h].capitalised() || h+1 < end && d.toks[h+1].is("of", "'s", "’s") {
		return nil
	}
	from, _ := d.bounds(max(d.sentOf[k]-2, 0))
	for q := k - 1; q >= from; q-- {
		m := d.mat(q)
		if m == nil || m.j != q+1 || d.quoted[q] {
			continue
		}
		q = m.i
		code := ""
		switch {
		case m.kind == kCountry:
			code = d.placeEntity(m).code
		case m.kind == kCity:
			code = d.x.lex.Cities[m.ref].Country
		default:
			continue
		}
		if !slices.ContainsFunc(e.participants, func(p *entity) bool { return d.homeIn(p, code) }) {
			return d.countryEntity(code)
		}
	}
	return nil
}

// eventDetails reads mode, ordinal, duration and date around a trigger.
func (d *doc) eventDetails(e *event, k, start, end int, noun bool) {
	for b := k - 1; b >= start && b >= k-5; b-- {
		low := d.toks[b].Low
		if n := ordinalOf(low); n > 0 && e.ordinal == 0 {
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
		if b < k-1 && (d.toks[b].is(",", ";") || isDeterminer(low) && low != "'s" && low != "’s") || low == "of" {
			break // "the first day of the summit": the day's ordinal
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
	if moved := d.movedTo(k, start, end); moved != nil {
		e.date = moved
	} else if next := d.dayAfterTold(k, start, end); next != nil {
		e.date = next
	}
	if e.date == nil {
		e.date = d.anaphoricDate(start, end) // "Later that day, X met Y"
	}
}

// dayAfterTold is the date of an event told with "the following day" or
// "the next day" after the day the sentence gave before it ("X arrives in
// Y on May 30, and will meet Z for talks the following day"): that day and
// one more.
func (d *doc) dayAfterTold(k, start, end int) *dateExpr {
	for q := k + 1; q+2 < end && q < k+12; q++ {
		if d.toks[q].is(",", ";", ".") || d.quoted[q] {
			return nil
		}
		if !(d.toks[q].is("the") && d.toks[q+1].is("following", "next") && d.toks[q+2].is("day")) {
			continue
		}
		ds := d.actDates(start, k)
		if len(ds) == 0 || ds[len(ds)-1].typ != schema.XSDDate {
			return nil
		}
		t, err := time.Parse("2006-01-02", ds[len(ds)-1].value)
		if err != nil {
			return nil
		}
		return &dateExpr{q, q + 3, t.AddDate(0, 0, 1).Format("2006-01-02"), schema.XSDDate}
	}
	return nil
}

// movedTo is the new date of an event the sentence tells was put off or
// brought forward ("The meeting, originally planned for December 1, has
// been postponed to December 5", "the summit was moved forward to May 3"):
// the day it will take place (GUIDELINES 7), not the one given up.
func (d *doc) movedTo(k, start, end int) *dateExpr {
	for q := k + 1; q+1 < end && q < k+30; q++ {
		if d.toks[q].is(";") || d.quoted[q] {
			return nil
		}
		if !d.toks[q].is("postponed", "rescheduled", "moved", "pushed", "deferred", "delayed", "brought") {
			continue
		}
		a := q + 1
		if d.toks[a].is("back", "forward") && a+1 < end {
			a++
		}
		if !d.toks[a].is("to", "until", "till") {
			continue
		}
		for _, dt := range d.actDates(start, end) {
			if dt.i == a+1 || dt.i == a+2 && d.toks[a+1].is("the") {
				dt := dt
				return &dt
			}
		}
	}
	return nil
}

// nextOfSummit: the noun at k ("session", "meeting") is the next one of
// a body whose summit the story told: "the next ordinary session of the
// Assembly", "the next intersessional meeting of the Conference".
func (d *doc) nextOfSummit(k, end int) bool {
	if !d.toks[k].is("session", "meeting") || k+3 >= end || !d.toks[k+1].is("of") || !d.toks[k+2].is("the") || !d.toks[k+3].capitalised() {
		return false
	}
	next := false
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if d.toks[b].is("next") {
			next = true
			break
		}
		if d.toks[b].Kind != tWord || d.toks[b].capitalised() {
			break
		}
	}
	return next && d.lastEvent(schema.Summit) != nil
}

// leadersMeet: the subject of "meet" at k is the leaders, unnamed:
// "Leaders will meet again", "The leaders agreed to meet again".
func (d *doc) leadersMeet(k, start int) bool {
	b := k - 1
	ahead := false
	for b > start && (isAux(d.toks[b].Low) || d.toks[b].is("agreed", "decided", "plan", "planned", "are", "expected", "due")) {
		ahead = ahead || d.toks[b].is("will", "to", "shall")
		b--
	}
	if !ahead || !d.toks[b].is("leaders", "Leaders") {
		return false
	}
	return b == start || b == start+1 && d.toks[start].is("The")
}

// otherLeaders: the subject of the verb at k is "X and other heads of
// state [and government] [of G]", "X and other leaders of G", "X and
// other G leaders", "X and other world leaders"; it returns the token of
// "and" (the people named end before it), else -1.
func (d *doc) otherLeaders(k, start int) int {
	b := k - 1
	for b > start && (isAux(d.toks[b].Low) || d.toks[b].Kind == tWord && strings.HasSuffix(d.toks[b].Low, "ly") && !d.toks[b].capitalised() && d.mat(b) == nil) {
		b--
	}
	// the subject's last words: "of the Economic Community of West
	// African States (ECOWAS)", "of State and Government", "leaders"
	for o := b; o > start+1 && o >= b-24; o-- {
		t := d.toks[o]
		if t.is("other") {
			if !d.toks[o-1].is("and") {
				return -1
			}
			q := o + 1
			grouped := false
			if m := d.mat(q); m != nil && m.i == q && (m.kind == kGrouping || m.kind == kDemonym || m.kind == kCountry) {
				q, grouped = m.j, true
			} else if d.toks[q].is("world", "regional") {
				q, grouped = q+1, true
			}
			switch {
			case q+2 <= b && d.toks[q].is("heads", "Heads") && d.toks[q+1].is("of") && d.toks[q+2].is("state", "State", "government", "Government"):
				return o - 1
			case q <= b && d.toks[q].is("leaders") && (grouped || q+1 < b && d.toks[q+1].is("of") && d.ofGrouping(q+2, b+1)):
				return o - 1
			}
			return -1
		}
		if t.is(",", "(", ")", "of", "and", "the", "state", "government", "leaders", "heads", "member", "states", "countries") || t.Kind == tWord && (t.capitalised() || d.mat(o) != nil) {
			continue
		}
		return -1
	}
	return -1
}

// progressive: "meeting" at k is the verb of "are (currently) meeting".
func (d *doc) progressive(k, start int) bool {
	b := k - 1
	for b > start && d.toks[b].Kind == tWord && strings.HasSuffix(d.toks[b].Low, "ly") && !d.toks[b].capitalised() && d.mat(b) == nil {
		b--
	}
	return b > start && d.toks[b].is("is", "are", "was", "were", "been", "be")
}

// ofGrouping: the words at q (to end) name a grouping or country:
// "the African Union", "ECOWAS member states".
func (d *doc) ofGrouping(q, end int) bool {
	if q < end && d.toks[q].is("the") {
		q++
	}
	m := d.mat(q)
	return q < end && m != nil && m.i == q && (m.kind == kGrouping || m.kind == kCountry)
}

// indefiniteOpening: the sentence opens with the noun at k, "A
// one-on-one meeting", "An hour-long closed-door meeting".
func (d *doc) indefiniteOpening(k, start int) bool {
	if !d.toks[start].is("A", "An") || k-start > 8 {
		return false
	}
	for b := start + 1; b < k; b++ {
		if t := d.toks[b]; t.is(",", ";", ":", "(", ")") || t.capitalised() || d.mat(b) != nil {
			return false
		}
	}
	return true
}

// documentOf: the noun at k is inside a document's title, "the Report of
// the 41st Ordinary Meeting of the Council", "Minutes of the Annual
// Meeting": the text tells of the paper, not of a meeting of its own.
func (d *doc) documentOf(k, start int) bool {
	b := k - 1
	for b > start && b >= k-5 && (d.toks[b].Kind == tWord && d.toks[b].capitalised() && !d.toks[b].is("The") || ordinalOf(d.toks[b].Low) > 0) {
		b-- // "41st Ordinary", "Annual"
	}
	if b > start && d.toks[b].is("the") {
		b--
	}
	return b > start && d.toks[b].is("of", "from") && d.toks[b-1].is("Report", "Reports", "Minutes")
}

// hostPlace: the noun at k is the object of "host" whose subject is a
// country or city: "Brazil will host the next summit", "Barbados hosts
// the meeting in February".
func (d *doc) hostPlace(k, start int) *entity {
	b := k - 1
	for b > start && b >= k-6 && d.toks[b].Kind == tWord && !d.toks[b].is("host", "hosts", "hosted", "hosting") && (d.mat(b) == nil || d.mat(b).kind == kGrouping) {
		b--
	}
	if b <= start || !d.toks[b].is("host", "hosts", "hosted") {
		return nil
	}
	b--
	for b >= start && isAux(d.toks[b].Low) {
		b--
	}
	m := d.mat(b)
	if m == nil || m.j != b+1 || m.kind != kCountry && m.kind != kCity {
		return nil
	}
	if m.i != start && !d.toks[m.i-1].is(",", "and") {
		return nil // "the leaders of Brazil will host": not the subject
	}
	return d.placeEntity(m)
}

// nthDayOf: the visit noun at k follows "the second day of (his …)" and
// its sentence gives that day before: the visit's first day, counted
// back.
func (d *doc) nthDayOf(k, start int) *dateExpr {
	for b := k - 2; b > start+1 && b >= k-6; b-- {
		if !d.toks[b].is("day") || !d.toks[b+1].is("of") {
			continue
		}
		n := ordinalOf(d.toks[b-1].Low)
		if n == 0 || !d.toks[b-2].is("the") {
			return nil
		}
		var day *dateExpr
		for _, dt := range d.actDates(start, b-2) {
			if dt.typ == schema.XSDDate {
				dt := dt
				day = &dt
			}
		}
		if day == nil {
			return nil
		}
		t, err := time.Parse("2006-01-02", day.value)
		if err != nil {
			return nil
		}
		out := *day
		out.value = t.AddDate(0, 0, 1-n).Format("2006-01-02")
		return &out
	}
	return nil
}

// endedAt: the noun at k is the object of a verb of ending: "ended a
// two-day summit", "wrapped up their annual meeting", "concluded talks".
func (d *doc) endedAt(k, start int) bool {
	for b := k - 1; b >= start && b >= k-6; b-- {
		t := d.toks[b]
		if d.endWord(b) || t.is("up") && b > start && d.ew(b-1)&evEnd != 0 {
			return true
		}
		if t.Kind != tWord || t.capitalised() || d.mat(b) != nil {
			return false
		}
	}
	return false
}

// endWord: the word at k ends an event by itself ("ended", "concluded");
// "wrapped", "wound" do so only with "up" after them.
func (d *doc) endWord(k int) bool {
	return d.ew(k)&evEnd != 0 && !d.toks[k].is("wrapped", "wraps", "wrap", "winding", "wound")
}

// firstDay is the first day of an event of n days that ended on the day
// dt, or nil.
func firstDay(dt *dateExpr, n int) *dateExpr {
	t, err := time.Parse("2006-01-02", dt.value)
	if err != nil {
		return nil
	}
	out := *dt
	out.value = t.AddDate(0, 0, 1-n).Format("2006-01-02")
	return &out
}

// endsAfter: the noun whose words end at n is the subject of a verb of
// ending: "the summit concluded today", "the 4th summit successfully
// ended on Friday", "the talks wrapped up".
func (d *doc) endsAfter(n, end int) bool {
	for a := n; a < end && a <= n+2; a++ {
		t := d.toks[a]
		if d.endWord(a) || a+1 < end && d.toks[a+1].is("up") && d.ew(a)&evEnd != 0 {
			return true
		}
		if t.Kind != tWord || !strings.HasSuffix(t.Low, "ly") {
			return false // "successfully", "formally"
		}
	}
	return false
}

// days is the number of days of a duration "P3D", else 0.
func days(dur string) int {
	if !strings.HasPrefix(dur, "P") || !strings.HasSuffix(dur, "D") {
		return 0
	}
	n, err := strconv.Atoi(dur[1 : len(dur)-1])
	if err != nil || n < 1 {
		return 0
	}
	return n
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
		if d.attributiveDate(dt, k) {
			continue
		}
		lo, hi := own, dt.i
		if dt.i < k {
			lo, hi = dt.j, k
		}
		blocked, comma := false, false
		for q := lo; q < hi; q++ {
			// a date after "since …", "when …" belongs to that clause; a
			// trigger inside "…, when X met Y" takes the date before it
			// ", following deadly clashes in July": the date of the clashes
			if subordinators[d.toks[q].Low] && dt.i > k && !(noun && d.beginClause(q, own)) || d.toks[q].is(";") ||
				dt.i > k && q > own && d.toks[q].is("following", "amid") && d.toks[q-1].is(",") {
				blocked = true
				break
			}
			// "opened in X under new leadership elected in January": the
			// date of a participle on another noun
			if noun && dt.i > k && q > own && d.participleOnNoun(q) {
				blocked = true
				break
			}
			if (q < k || q >= own) && d.triggerAt(q, end).class != "" && !d.quoted[q] && !d.attributiveVisiting(q) {
				blocked = true // the date belongs to the event told in between
				break
			}
			comma = comma || d.toks[q].is(",", "(", ")") && !(noun && dt.i > k && d.inWithList(own, q))
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
	// "met Pope Francis on Friday, ahead of the G20 summit", "… at the
	// end of a three-day visit": not the summit's day, nor the visit's first
	if noun && best != nil && best.i < k {
		// (a date inside the noun's phrase is its own: "ahead of the April
		// 3-4 summit")
		for b := k - 1; b > start && b >= k-6 && b >= best.j; b-- {
			if d.toks[b].is("ahead", "before", "after", "following", "since", "until", "end", "close", "conclusion") {
				return nil // "…, at the end of a three-day visit": not its first day
			}
			if d.toks[b].is(",", ";") || d.mat(b) != nil && d.mat(b).kind == kPerson {
				break
			}
		}
	}
	// "The 29th summit … has officially opened in X", "The summit is now
	// underway": it is on the article's day
	if best == nil && noun && d.a.HasDate() && d.openedToday(own, end) {
		return &dateExpr{k, own, d.a.Date.Format("2006-01-02"), schema.XSDDate}
	}
	// "X is holding a meeting with Y", "the two ministers are holding
	// talks", "X is meeting Y": it is going on as the story is written
	if best == nil && d.a.HasDate() && d.heldNow(k, start) {
		return &dateExpr{k, own, d.a.Date.Format("2006-01-02"), schema.XSDDate}
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

// attributiveDate: a date that modifies a noun other than the event's
// own ("the September 11 attacks", "a decisive Nov. 6 win") dates that
// noun, not the event at k ("the April 3-4 summit" is the summit's).
func (d *doc) attributiveDate(dt dateExpr, k int) bool {
	if dt.i == 0 || dt.j >= len(d.toks) || dt.j == k {
		return false
	}
	n := d.toks[dt.j]
	if n.Kind != tWord || n.capitalised() || phraseStops[n.Low] || subordinators[n.Low] || strings.HasSuffix(n.Low, "ed") || strings.HasSuffix(n.Low, "ly") ||
		d.ew(dt.j) != 0 || n.is("morning", "afternoon", "evening", "night", "when", "where") {
		return false
	}
	b := dt.i - 1
	if t := d.toks[b]; t.Kind == tWord && !t.capitalised() && !isDeterminer(t.Low) && !phraseStops[t.Low] && b > 0 {
		b-- // "a decisive Nov. 6 win"
	}
	return b >= 0 && isDeterminer(d.toks[b].Low)
}

// inWithList: the comma at q parts the people of a list the noun before
// takes with "with" ("meetings with Prime Minister A, Foreign Minister B
// and C on May 3"): no clause of its own between the noun and its date.
func (d *doc) inWithList(own, q int) bool {
	if own >= len(d.toks) || !d.toks[own].is("with") || q+1 >= len(d.toks) {
		return false
	}
	for p := own + 1; p < q; p++ {
		if d.toks[p].is("who", "which", "where", "when", "whose", "whom") {
			return false
		}
	}
	n := q + 1
	if d.toks[n].is("and") && n+1 < len(d.toks) {
		n++
	}
	t := d.toks[n]
	return t.Kind == tWord && (t.capitalised() || d.mat(n) != nil && (d.mat(n).kind == kPerson || d.mat(n).kind == kOffice) || d.tag(n) == pos.NOUN || d.tag(n) == pos.ADJ)
}

// attributiveVisiting: "visiting" at q describes the person after it
// ("held talks with visiting US Secretary of State X", "met the visiting
// minister"): it tells no event of its own between a verb and its date.
func (d *doc) attributiveVisiting(q int) bool {
	return q > 0 && d.toks[q].is("visiting") && d.toks[q-1].is("with", "the", "a", "by", "for", "and")
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
		case t.capitalised() && t.Kind == tWord && !nameStops[t.Text] && d.mat(b-1) == nil && !calendarWord(t):
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
		d.because(e.how.rule(), e.trig, max(e.trigEnd, e.trig+1))
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
			d.because("event/date", e.date.i, e.date.j)
			d.add(iri, schema.Date, e.date.literal(), d.sentOf[e.date.i])
			d.because(e.how.rule(), e.trig, max(e.trigEnd, e.trig+1))
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
	d.because("", 0, 0)
}

// withAhead finds the "with" that names the other side a few words after
// a meeting verb ("met on Thursday with X", "held talks in Paris with X"):
// within eight tokens of k and before a comma, else -1.
func (d *doc) withAhead(k, end int) int {
	for q := k; q < end && q < k+8; q++ {
		if d.toks[q].is(",", ";") {
			return -1
		}
		if d.toks[q].is("with") {
			return q
		}
	}
	return -1
}

// leadersSession: "session" at k is the object of a verb of holding or
// opening whose subject is a body of leaders: "The Assembly of Heads of
// State and Government held its 67th Ordinary Session", "EU leaders
// opened a special session".
func (d *doc) leadersSession(k, start int) bool {
	if !d.toks[k].is("session", "Session") {
		return false
	}
	b := k - 1
	for b > start && b >= k-5 && d.toks[b].Kind == tWord && d.ew(b)&evLightVerb == 0 {
		b-- // "its Sixty-Seventh Ordinary", "a special"
	}
	if b <= start || !d.toks[b].is("held", "holds", "hold", "holding", "convened", "opened", "opens", "began", "begins", "started", "starts", "concluded", "ended") {
		return false
	}
	for q := b - 1; q >= start && q >= b-30; q-- {
		if d.toks[q].is(";", ",") && !d.toks[q-1].is(")") {
			return false
		}
		if d.ew(q)&evLeaders != 0 || d.toks[q].is("heads", "Heads") && q+2 < b && d.toks[q+1].is("of") && d.toks[q+2].is("state", "State", "government", "Government") {
			return true
		}
	}
	return false
}

// verblessLine: sentence si is a heading, a line with no verb and no closing
// stop ("The role of the Forum Ministers Meeting", "Regional Leaders
// Meeting 12 May 2016"): it names a topic, not an event of its own.
func (d *doc) verblessLine(si int) bool {
	start, end := d.bounds(si)
	if end-start < 2 {
		return false
	}
	if last := d.toks[end-1]; last.is(".", "!", "?", ":") || last.Kind == tQuote {
		return false
	}
	return d.verbless(start, end)
}

// verbless: no word from start to end is a verb outside a name.
func (d *doc) verbless(start, end int) bool {
	for k := start; k < end; k++ {
		if d.toks[k].Kind == tWord && !d.toks[k].capitalised() && (d.tag(k) == pos.VERB || d.tag(k) == pos.AUX) {
			return false
		}
	}
	return true
}

// inPlaceFor: the visit noun at k ends "X is in PLACE on a (two-day)
// visit", "X was in CITY for an official visit": X, and the place.
func (d *doc) inPlaceFor(k, start int, inSent []*event) ([]*entity, *entity) {
	b := k - 1
	for b > start && b >= k-4 && d.toks[b].Kind == tWord && !d.toks[b].capitalised() && d.mat(b) == nil && !d.toks[b].is("on", "for") {
		b-- // "a two-day", "an official"
	}
	if b-3 < start || !d.toks[b].is("on", "for") {
		return nil, nil
	}
	m := d.mat(b - 1)
	if m == nil || m.j != b || (m.kind != kCity && m.kind != kCountry) || m.i-2 < start || !d.toks[m.i-1].is("in") ||
		!d.toks[m.i-2].is("is", "was", "are", "were", "remains", "remained", "arrived") {
		return nil, nil
	}
	pl := d.placeEntity(m)
	if pl == nil {
		return nil, nil
	}
	return d.verbSubject(m.i-2, start, inSent, true), pl
}

// arrivedForSummit: those who arrive in the city of a summit the article
// tells, on its first day or up to three days before it, are at the
// summit ("Leaders are arriving in Addis Ababa for the AU Summit on 9
// February. A, B and C arrived in Addis Ababa this morning"; GUIDELINES
// 6.3: those the text puts at a summit are its participants).
func (d *doc) arrivedForSummit() {
	for _, v := range d.events {
		if v.dropped || v.into != nil || v.class != schema.Visit || v.location == nil || v.location.class != schema.City ||
			v.date == nil || v.date.typ != schema.XSDDate || d.ew(v.trig)&evArriveVerb == 0 {
			continue
		}
		arrived, err := time.Parse("2006-01-02", v.date.value)
		if err != nil {
			continue
		}
		for _, s := range d.events {
			if s.dropped || s.into != nil || s.class != schema.Summit || s.location != v.location || s.date == nil || s.date.typ != schema.XSDDate {
				continue
			}
			opens, err := time.Parse("2006-01-02", s.date.value)
			if err != nil {
				continue
			}
			if days := opens.Sub(arrived).Hours() / 24; days >= 0 && days <= 3 {
				for _, p := range v.participants {
					s.add(p)
				}
			}
		}
	}
}

// storyPlace: a meeting or summit told with no place of its own took
// place where the story puts one of its people in person on that day (or
// an untold one), told before it, else after it: "X held meetings on the
// sidelines of the Assembly in New York. … He also met his counterpart
// from Y" (New York); "X arrived in Beijing on Monday. … X will meet
// Premier Y" (Beijing); "A held discussions with B. B is in Nairobi for
// an official visit" (Nairobi); "Z on Saturday met X … at the summit in
// Brisbane". A call or a virtual meeting has no place, nor one the
// sentence tells as before ("Earlier in the day"), nor a visit told by
// leaving ("left for X"). A roll-up of meetings "with his counterparts",
// no event of its own, still puts its person where it says; and it runs
// after coNamed, so those a sentence names at a summit are there.
func (d *doc) storyPlace() {
	rollUp := make([]bool, len(d.events))
	for i, v := range d.events {
		rollUp[i] = v.dropped && v.into == nil && (v.umbrella || d.withCounterparts(v))
	}
	for _, e := range d.events {
		if e.dropped || e.into != nil || e.location != nil || e.class == schema.Visit || e.mode == "phone" || e.mode == "virtual" || d.toldEarlier(e.sent) {
			continue
		}
		var before, after *event
		for i, v := range d.events {
			// "arrived in Hanoi … will hold talks with X": there
			arrived := v.class == schema.Visit && v.status == "held" && e.status == "planned"
			if v == e || v.dropped && !rollUp[i] || v.into != nil || v.location == nil || v.mode == "phone" || v.mode == "virtual" || v.status != e.status && !arrived ||
				!sharesPerson(v, e) || v.class == schema.Visit && d.ew(v.trig)&evLeaveVerb != 0 {
				continue
			}
			if e.date != nil && v.date != nil && e.date.value != v.date.value && !duringDays(v, e.date) {
				continue
			}
			switch {
			case v.sent <= e.sent && (before == nil || v.sent > before.sent || v.sent == before.sent && v.trig > before.trig):
				before = v
			case v.sent > e.sent && (after == nil || v.sent < after.sent):
				after = v
			}
		}
		switch {
		case before != nil:
			e.location = before.location
		case after != nil:
			e.location = after.location
		}
	}
}

// whereabouts: a meeting, summit or visit in person that no rule has
// placed took place where the story puts one of its people at that time:
// where its own sentence, else the nearest one before that names them,
// puts someone: "X arrived in Nairobi on Monday. … X held talks with Y"
// (Nairobi); "Speaking in Geneva, X said … X also met Y" (Geneva). A sentence of
// another time puts nobody there then: one of an earlier time ("last
// year", "had visited"), of another tense, of another day, or telling
// another occasion of another day ("the summit in Warsaw in May"). A
// visit is not to its visitors' own country ("X said in Washington he
// will visit …").
func (d *doc) whereabouts() {
	var bySent map[int][]*event
	for _, e := range d.events {
		if e.dropped || e.into != nil || e.location != nil || e.mode == "phone" || e.mode == "virtual" || e.several || len(e.participants) == 0 {
			continue
		}
		if bySent == nil {
			bySent = map[int][]*event{}
			for _, v := range d.events {
				bySent[v.sent] = append(bySent[v.sent], v)
			}
		}
		// the story's last word on where they are lies within a few
		// paragraphs of the event
		for si := e.sent; si >= 0 && si > e.sent-whereaboutsReach; si-- {
			if si < e.sent && tripTold(bySent[si]) {
				break // "After that, we'll head to Israel. There, the Secretary will meet X": not where they were before
			}
			if si != e.sent && !d.namesAny(e.participants, si) || d.anotherTime(e, si, bySent[si]) {
				continue
			}
			start, end := d.bounds(si)
			loc, at := d.firstPlace(start, end)
			if loc == nil || si != e.sent && d.future(start, at) != (e.status == "planned") {
				continue // "X said in Lima he would meet Y": no tense of the meeting's
			}
			if e.class != schema.Visit || !d.atHome(e, placeCountry(loc)) {
				e.location = loc
			}
			break
		}
	}
}

// whereaboutsReach is how many sentences back whereabouts looks.
const whereaboutsReach = 12

// tripTold: one of a sentence's events is a visit, a move of the story's
// people.
func tripTold(evs []*event) bool {
	for _, v := range evs {
		if v.class == schema.Visit {
			return true
		}
	}
	return false
}

// anotherTime: sentence si, whose events are evs, tells of another time
// than event e: an earlier one, another day, or an occasion of another day
// or tense, or one by phone ("held calls from her office in Lima").
func (d *doc) anotherTime(e *event, si int, evs []*event) bool {
	start, end := d.bounds(si)
	if d.pastOfPast(start, end) {
		return true
	}
	for _, dt := range d.datesIn(start, end) {
		if e.date == nil || !datesAgree(dt.value, e.date.value) {
			return true
		}
	}
	for _, v := range evs {
		if v != e && v.root() != e.root() && (v.status != e.status || d.twoTimes(e, v) || v.mode == "phone" || v.mode == "virtual") {
			return true
		}
	}
	return false
}

// namesAny: sentence si names one of the people, or refers to them ("the
// minister", "she").
func (d *doc) namesAny(people []*entity, si int) bool {
	start, end := d.bounds(si)
	for _, m := range d.mentionsIn(start, end) {
		if p := personOf(m); p != nil && slices.Contains(people, p) {
			return true
		}
	}
	return false
}

// firstPlace is the first city, else the first country, the words [start,
// end) put someone in ("in X", "at X", "visiting X", "here"), not a
// topic's place ("the crisis in X") nor a name's modifier ("in the Gaza
// Strip"); at is where it is told.
func (d *doc) firstPlace(start, end int) (place *entity, at int) {
	var country *entity
	cq := 0
	for q := start; q < end; q++ {
		if d.quoted[q] {
			continue
		}
		loc := d.hereAt(q)
		if loc == nil && d.toks[q].is("in", "at", "In", "At", "visiting", "Visiting") && !d.topicNoun(q-1) && !d.modifies(q+1, end) {
			loc = d.placeAt(q+1, end)
		}
		switch {
		case loc == nil:
		case loc.class == schema.City:
			return loc, q
		case country == nil:
			country, cq = loc, q
		}
	}
	return country, cq
}

// placeCountry is the country code of a city or country entity.
func placeCountry(p *entity) string {
	if p.city != nil {
		return p.city.Country
	}
	return p.code
}

// onePlace: places holds one place, however often.
func onePlace(places []*entity) bool {
	for _, p := range places {
		if p != places[0] {
			return false
		}
	}
	return len(places) > 0
}

// placelessVisits: "X is on a week-long official visit. This is his first
// trip to China": a visit with no place, told within two sentences of
// a visit by the same person to a place, is that visit when every place
// the text has the person visit lies in one country. A trip through
// several countries ("will visit Peru, Chile and Argentina") or with a stop
// told ("The tour will conclude in Accra") is one of its own.
func (d *doc) placelessVisits() {
	for _, e := range d.events {
		if e.dropped || e.into != nil || e.class != schema.Visit || e.location != nil || e.stop || len(e.participants) == 0 {
			continue
		}
		var places []*entity
		var best *event
		bestDist := 3
		stops := false
		for _, v := range d.events {
			if v == e || v.dropped || v.into != nil || v.class != schema.Visit || v.location == nil || !sharesPerson(e, v) {
				continue
			}
			if v.stop {
				places, stops = nil, true // "The tour will conclude in Accra": a trip with stops
				break
			}
			places = append(places, v.location)
			dist := v.sent - e.sent
			if dist < 0 {
				dist = -dist
			}
			if v.status == e.status && dist < bestDist && (e.date == nil || v.date == nil || e.date.value == v.date.value || v.date.typ != schema.XSDDate) {
				best, bestDist = v, dist
			}
		}
		if best == nil && onePlace(places) && !d.pastOfPast(d.bounds(e.sent)) {
			// "Hu arrived here today on a four-day state visit. … on his
			// maiden visit to India": the one place the text has the
			// person visit, however far apart the two are told
			for _, v := range d.events {
				if v != e && !v.dropped && v.into == nil && v.class == schema.Visit && v.location == places[0] && sharesPerson(e, v) &&
					(e.date == nil || v.date == nil || e.date.value == v.date.value) {
					best = v
					break
				}
			}
		}
		if best != nil && len(places) > 0 && d.commonCountry(places) != nil {
			mergeInto(e, best)
			continue
		}
		if len(places) == 0 && !stops && !e.several {
			// not a trip whose stops are told ("will attend X in A and
			// visit B, C"): it is in none of the places met in
			d.visitWhereMet(e)
		}
	}
}

// visitWhereMet: "X held talks with Y on Wednesday in Pyongyang. X
// arrived on Tuesday, saying his four-day trip …": a trip with no place,
// whose traveller the sentences around it have meet someone in person in
// one country not his own, went to that country.
func (d *doc) visitWhereMet(e *event) {
	var places []*entity
	for _, m := range d.events {
		if m.dropped || m.into != nil || m.class == schema.Visit || m.location == nil || m.mode == "phone" || m.mode == "virtual" ||
			m.status != e.status || m.sent-e.sent > 2 || e.sent-m.sent > 2 || !sharesPerson(e, m) {
			continue
		}
		places = append(places, m.location)
	}
	if len(places) == 0 {
		return
	}
	c := d.commonCountry(places)
	if c == nil || d.atHome(e, c.code) {
		return
	}
	e.location = c
}

// datelinePlace: an event the lede tells (the sentence after the dateline)
// with no place of its own took place in the dateline's city: "KUALA
// LUMPUR, 27 April – the Leaders will meet at the Convention Center today
// for the opening of the Summit", "WASHINGTON, Nov 24 – Obama welcomed
// Singh to the White House, opening a state visit". A meeting or summit
// the lede places in the dateline city's country was held in that city. A
// call or a virtual meeting has no place.
func (d *doc) datelinePlace() {
	city := d.datelineCity()
	if city == nil {
		return
	}
	lede := d.ledeSent()
	for _, e := range d.events {
		// the lede's, or dated by the lede ("A and B on Saturday agreed to …
		// During their meeting, …")
		ofLede := e.sent == lede || e.date != nil && e.date.i < len(d.toks) && d.sentOf[e.date.i] == lede && e.sent == lede+1
		if e.dropped || e.into != nil || !ofLede || e.mode == "phone" || e.mode == "virtual" || d.quoted[e.trig] {
			continue
		}
		switch {
		case e.several:
			// "WASHINGTON – X will visit five countries": a trip through
			// several is in none
		case e.location == nil && e.class == schema.Visit && city.city != nil && d.atHome(e, city.city.Country):
			// "WASHINGTON (AP) – President X's journey to Latin America":
			// the visitor's own country's dateline is where the trip
			// starts, not where it goes
		case e.location == nil:
			e.location = city
			// "NEW DELHI: X, who is in Hiroshima for the G7 summit, held
			// talks with Y": at the summit, not where the story was filed
			if e.class == schema.Visit {
				break
			}
			if g := d.gatheringOf(e, city); g != nil {
				e.location = g.location
			}
		case e.class != schema.Visit && e.location.class == schema.Country && city.city != nil && city.city.Country == e.location.code:
			// "PORT OF SPAIN, July 3 – The meeting of heads of government
			// began on Monday in Trinidad and Tobago": in the city (a visit
			// to a country is to all of it)
			e.location = city
		}
	}
}

// gatheringOf is the summit the story puts a person of meeting e at, on
// its day (or an untold one) and as held or planned as it, in a city other
// than the dateline's: where e took place.
func (d *doc) gatheringOf(e *event, city *entity) *event {
	for _, v := range d.events {
		if v == e || v.dropped || v.into != nil || v.class != schema.Summit || v.location == nil || v.location == city ||
			v.location.class != schema.City || v.mode == "virtual" || v.status != e.status || !sharesPerson(v, e) {
			continue
		}
		if e.date != nil && v.date != nil && e.date.value != v.date.value && !duringDays(v, e.date) {
			continue
		}
		// an undated summit counts only told beside the meeting, not as
		// before it ("X had attended the summit in Rome" may be any day)
		if (e.date == nil || v.date == nil) && (v.sent-e.sent > 1 || e.sent-v.sent > 1 || d.pastOfPast(d.bounds(v.sent))) {
			continue
		}
		return v
	}
	return nil
}

// atHome: every visitor of e holds an office of the country coded cc
// (upper case, as the city lexicon gives it).
func (d *doc) atHome(e *event, cc string) bool {
	if len(e.participants) == 0 || cc == "" {
		return false
	}
	for _, p := range e.participants {
		home := false
		for o := range p.holds {
			home = home || o.jurKey == strings.ToLower(cc)
		}
		if !home {
			return false
		}
	}
	return true
}

// toldEarlier: sentence si tells of what came before ("Earlier in the
// day", "before leaving", "previously").
func (d *doc) toldEarlier(si int) bool {
	start, end := d.bounds(si)
	for q := start; q < end; q++ {
		if d.toks[q].is("earlier", "Earlier", "before", "Before", "previously", "Previously", "prior") {
			return true
		}
	}
	return false
}

// copulaVisit is the visit told in the sentence that the visit noun at k
// restates: "X's trip is the first visit to Y", "The tour was his second
// visit to Z".
func (d *doc) copulaVisit(k int, inSent []*event) *event {
	for n := len(inSent) - 1; n >= 0; n-- {
		p := inSent[n]
		if p.class != schema.Visit || p.how != hNoun || p.trigEnd >= k || p.into != nil {
			continue
		}
		q := p.trigEnd
		if q >= k || !d.toks[q].is("is", "was") {
			return nil
		}
		for q++; q < k; q++ {
			if t := d.toks[q]; !(isDeterminer(t.Low) || ordinalOf(t.Low) > 0 || d.ew(q)&evAdjective != 0 || t.is("his", "her", "their", "its")) {
				return nil
			}
		}
		return p
	}
	return nil
}

// countedVisit: the visit noun at k ends "This was her second India
// visit", "It is his first official trip to the region", "This marks
// the president's third visit": the sentence counts the trip just told.
func (d *doc) countedVisit(k, start int) bool {
	if k-start < 3 || !d.toks[start].is("This", "It", "this", "it") {
		return false
	}
	q := start + 1
	switch {
	case d.toks[q].is("is", "was", "marks", "marked"):
		q++
	case d.toks[q].is("will") && d.toks[q+1].is("be", "mark"):
		q += 2
	default:
		return false
	}
	counted := false
	for ; q < k; q++ {
		t := d.toks[q]
		switch m := d.mat(q); {
		case ordinalOf(t.Low) > 0:
			counted = true
		case isDeterminer(t.Low) || d.ew(q)&evAdjective != 0 || t.Kind == tWord && !t.capitalised() && m == nil:
		case m != nil && (m.kind == kCountry || m.kind == kDemonym || m.kind == kCity || m.kind == kPerson):
			q = m.j - 1
		default:
			return false
		}
	}
	return counted
}

// clauseObjectBefore: the meeting noun at k closes "during a (phone)
// call", "in a telephone conversation" after a clause "A VERB B …": B,
// the person the clause's verb takes.
func (d *doc) clauseObjectBefore(k, start int, inSent []*event) ([]*entity, *entity) {
	b := k - 1
	for b > start && b >= k-4 && (isDeterminer(d.toks[b].Low) || d.ew(b)&(evModeNoun|evAdjective) != 0 || d.toks[b].is("their", "his", "her")) {
		b--
	}
	if b <= start || !d.toks[b].is("during", "in") {
		return nil, nil
	}
	for v := start + 1; v < b; v++ {
		t := d.toks[v]
		if t.is(",", ";") || subordinators[t.Low] {
			return nil, nil
		}
		if t.Kind == tWord && !t.capitalised() && d.mat(v) == nil && !isAux(t.Low) && d.tag(v) == pos.VERB && d.personEndsAt(v-1) {
			o := v + 1
			if o < b && d.toks[o].is("new", "former", "newly-elected", "visiting", "outgoing") {
				o++ // "invited new British Prime Minister X"
			}
			if p, _ := d.refAt(o, b); p != nil && p.class == schema.Person {
				return d.verbSubject(v, start, inSent, true), p
			}
			return nil, nil
		}
	}
	return nil, nil
}

// credentials: envoys presenting their credentials to a head of state
// meet that head of state ("Ambassador X presented his credentials to
// President Y", "President Y accepted the credentials of Ambassador X").
// The sentences that tell it name one ceremony: one Meeting with every
// person they name ("The envoys who presented their credentials were A,
// B and C"), dated and placed by the first of them that gives a date, a
// place. A sentence that names nobody ("credentials are letters presented to …") tells no
// event; a quoted one ("I am honoured to present my credentials") is the
// speaker's own. The sentence names an envoy ("ambassador", "envoys",
// "High Commissioner"): the credentials of a delegation or a candidate
// are another sense.
func (d *doc) credentials() {
	var e *event
	told := -2 // the last sentence that named the ceremony's people
	envoys := map[*entity]bool{}
	for si := range d.sents {
		start, end := d.bounds(si)
		cred, verb, envoy, turn, meet := -1, -1, false, false, false
		for k := start; k < end; k++ {
			if d.quoted[k] {
				continue
			}
			if d.ew(k)&evCredentials != 0 && cred < 0 {
				cred = k
			}
			if d.ew(k)&evPresentVerb != 0 && verb < 0 {
				verb = k
			}
			envoy = envoy || d.ew(k)&evEnvoy != 0
			// "it was the turn of the Bolivian ambassador", "took her turn"
			turn = turn || d.toks[k].is("turn") && k > start && d.toks[k-1].is("the", "his", "her", "their")
			meet = meet || d.ew(k)&evMeetVerb != 0
			// "X accredited four new ambassadors": the ceremony, told by
			// its verb
			if d.ew(k)&evAccredit != 0 && d.envoyObject(k+1, end) && cred < 0 {
				cred, verb, envoy = k, k, true
			}
		}
		if e != nil && si-told == 1 && d.envoysListed(start, end) {
			// "The ambassadors are A from X, B from Y …", "Others are: …"
			for p := range d.personsNamed(start, end) {
				e.add(p)
			}
			told = si
			continue
		}
		if e != nil && si-told <= 3 && envoy && (turn || meet || verb >= 0 || d.envoysNamedAs(start, end)) && (cred < 0 || verb < 0) {
			// the ceremony goes on: "X first received the Ambassador of
			// Y, A", "Next, it was the turn of the ambassador of Z, B",
			// "the President hosted a reception for the ambassadors - A
			// of X, B of Y": the meeting that sentence told is the
			// ceremony
			for _, x := range d.events {
				if x != e && x.into == nil && x.sent == si && x.class == schema.Meeting {
					mergeInto(x, e)
				}
			}
			for p := range d.personsNamed(start, end) {
				if d.envoyNamed(p, start, end) {
					envoys[p] = true
					e.add(p)
				} else if !turn && !d.formerEnvoy(p, start, end) {
					e.add(p)
				}
			}
			told, e.seen = si, si
			continue
		}
		// a ceremony told before: "A was the next to present his
		// credentials to the President" needs no envoy noun
		if cred < 0 || verb < 0 || !envoy && e == nil {
			continue
		}
		var people []*entity
		for p := range d.personsNamed(start, end) {
			if !slices.Contains(people, p) && !d.formerEnvoy(p, start, end) {
				people = append(people, p)
			}
			if d.envoyNamed(p, start, end) {
				envoys[p] = true
			}
		}
		// "Six new ambassadors presented their credentials to the King
		// yesterday": the ceremony, whose people the next sentences name
		if len(people) == 0 && (e != nil || !strings.HasSuffix(d.toks[verb].Low, "ed") || d.quoted[verb]) {
			continue
		}
		dt := d.eventDate(cred, start, end, true)
		if dt == nil {
			// "X on Friday received the credentials of …": the verb's day
			dt = d.eventDate(verb, start, end, false)
		}
		if e != nil && e.date != nil && dt != nil && dt.value != e.date.value {
			e = nil // "On Wednesday, X also accredited …": a ceremony of another day
		}
		if e == nil {
			e = &event{class: schema.Meeting, sent: si, trig: cred, trigEnd: cred + 1, how: hCredentials, own: true, status: "held"}
			if d.future(start, verb) {
				e.status = "planned"
			}
			d.events = append(d.events, e)
		}
		told = si
		if e.date == nil {
			e.date = dt
		}
		if e.location == nil {
			e.location = d.eventPlace(cred, cred+1, start, end) // "in Nairobi", "here" under a dateline
		}
		e.seen = si
		for _, p := range people {
			e.add(p)
		}
	}
	if e != nil {
		d.eachEnvoy(e, envoys)
	}
}

// envoysNamedAs: the sentence gives each person it names an envoy's
// title after the name ("B assumed charge as the Ambassador of Y, while C
// joined as the High Commissioner of Z"): the ceremony's next envoys.
func (d *doc) envoysNamedAs(start, end int) bool {
	n := 0
	for k := start; k < end; k++ {
		if m := d.mat(k); m != nil && m.i == k && m.kind == kPerson {
			if !d.envoyAfter(m.j, end) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// envoyAfter: the name that ends at j is given an envoy's title after it:
// "A, Ambassador of X; B, Ambassador of Y", "B assumed charge as the
// Ambassador of Y".
func (d *doc) envoyAfter(j, end int) bool {
	if j+2 < end && d.toks[j].is(",") {
		return d.envoyTitleAt(j+1, end)
	}
	for q := j; q < end && q < j+6; q++ {
		if d.toks[q].is(",", ";") || d.mat(q) != nil && d.mat(q).kind == kPerson {
			return false
		}
		if d.toks[q].is("their", "its") {
			return false // "acknowledged their deployment as Ambassadors"
		}
		if d.toks[q].is("as") {
			return d.envoyTitleAt(q+1, end)
		}
	}
	return false
}

// envoyTitleAt: an envoy's title starts at a ("the Ambassador", "High
// Commissioner").
func (d *doc) envoyTitleAt(a, end int) bool {
	if a < end && d.toks[a].is("the", "a", "an") {
		a++
	}
	for q := a; q < end && q < a+3; q++ {
		if d.ew(q)&evEnvoy != 0 {
			return !strings.HasSuffix(d.toks[q].Low, "s") // one person's title
		}
		if !d.toks[q].capitalised() {
			break
		}
	}
	return false
}

// envoyNamed: person p is named in [start, end) as an envoy, right
// after an envoy noun: "the Ambassador of Hungary, A", "the ambassadors of
// Kenya, A, and Chile, B", "Her Excellency C from Denmark" after "The
// Ambassador from Denmark,"; not the head of state the credentials go "to".
func (d *doc) envoyNamed(p *entity, start, end int) bool {
	for k := start; k < end; k++ {
		m := d.mat(k)
		if m == nil || m.i != k || personOf(m) != p {
			continue
		}
		for q := k - 1; q >= start && q >= k-40; q-- {
			t := d.toks[q]
			if d.ew(q)&evEnvoy != 0 {
				return q == start || !d.toks[q-1].is("previous", "former", "late")
			}
			if t.Kind == tWord && !t.capitalised() && !t.is("of", "from", "and", "the", "new", "first") {
				break
			}
		}
	}
	return false
}

// formerEnvoy: p is named in [start, end) only as a former holder of the
// post ("the previous ambassador, A, passed away"): not at the ceremony.
func (d *doc) formerEnvoy(p *entity, start, end int) bool {
	k := d.mentionAt(p, start, end)
	if k < 0 {
		return false
	}
	q := k - 1
	if q > start && d.toks[q].is(",") {
		q--
	}
	return q > start && d.ew(q)&evEnvoy != 0 && d.toks[q-1].is("previous", "former", "late")
}

// eachEnvoy: "each of the new ambassadors had a private conversation
// with the King", "a conversation was held with each of the Ambassadors"
// after a credentials ceremony: one Meeting of the head of state's side
// with each envoy (GUIDELINES 6.2: separate meetings), not one of all.
func (d *doc) eachEnvoy(e *event, envoys map[*entity]bool) {
	each := false
	for si := e.sent; si < len(d.sents) && !each; si++ {
		start, end := d.bounds(si)
		talk := false
		for k := start; k < end; k++ {
			talk = talk || !d.quoted[k] && d.ew(k)&(evMeetNoun|evCallNoun|evTalkVerb|evMeetVerb) != 0
		}
		for k := start; k < end && talk; k++ {
			if !d.toks[k].is("each", "Each") || d.quoted[k] {
				continue
			}
			for q := k + 1; q < end && q <= k+4; q++ {
				if d.ew(q)&evEnvoy != 0 {
					each = true
				}
			}
		}
	}
	var hosts, guests []*entity
	for _, p := range e.participants {
		if envoys[p] {
			guests = append(guests, p)
		} else {
			hosts = append(hosts, p)
		}
	}
	if !each || len(hosts) == 0 || len(guests) < 2 {
		return
	}
	e.participants = append(slices.Clone(hosts), guests[0])
	for _, g := range guests[1:] {
		x := *e
		x.participants = append(slices.Clone(hosts), g)
		// told where its envoy is named: that sentence tells two meetings
		start, _ := d.bounds(e.sent)
		if k := d.mentionAt(g, start, len(d.toks)); k >= 0 {
			x.sent = d.sentOf[k]
		}
		d.events = append(d.events, &x)
	}
}

// envoysListed: the sentence [start, end) lists the envoys of the
// ceremony told just before: "The ambassadors are A from X, …", "The new
// envoys include: …", "Others are: …", "They were …".
func (d *doc) envoysListed(start, end int) bool {
	k := start
	switch {
	case d.toks[k].is("These", "They", "Others"):
		k++
	case d.toks[k].is("The"):
		for k++; k < end && k < start+4 && !d.toks[k].capitalised() && d.ew(k)&evEnvoy == 0; k++ {
		}
		if k >= end || d.ew(k)&evEnvoy == 0 || !strings.HasSuffix(d.toks[k].Low, "s") {
			return false
		}
		k++
	default:
		return false
	}
	// the list follows ("are A from X", "include: A"), not a verb ("are
	// said to …")
	return k+1 < end && d.toks[k].is("are", "were", "include", "included", "includes") && (d.toks[k+1].is(":") || d.toks[k+1].capitalised())
}

// envoyObject: an envoy noun begins at k, after at most three words of a
// determiner, a number or an adjective ("four new ambassadors", "the
// ambassadors of"), not "accredited to Spain".
func (d *doc) envoyObject(k, end int) bool {
	for q := k; q < end && q <= k+3; q++ {
		if d.ew(q)&evEnvoy != 0 {
			return true
		}
		if t := d.toks[q]; t.Kind != tWord || t.capitalised() || d.mat(q) != nil || t.is("to", "by", "as", "in", "at") {
			return false
		}
	}
	return false
}

// justArrived: a news story's "X has arrived in Y" (the present perfect
// of arriving, no date in the sentence) tells an arrival of the
// article's own day; "had arrived" and "have arrived so far" do not.
func (d *doc) justArrived() {
	if !d.a.HasDate() {
		return
	}
	for _, e := range d.events {
		k := e.trig
		if e.class != schema.Visit || e.how != hTravel || e.date != nil || d.quoted[k] || d.ew(k)&evArriveVerb == 0 {
			continue
		}
		b := k - 1
		if b >= 0 && d.toks[b].is("just") {
			b--
		}
		if b < 0 || !d.toks[b].is("has", "have") {
			continue
		}
		start, end := d.bounds(e.sent)
		if len(d.datesIn(start, end)) > 0 || d.toks[min(k+1, end-1)].is("so") {
			continue
		}
		e.date = &dateExpr{b, k + 1, d.a.Date.Format("2006-01-02"), schema.XSDDate}
	}
}

// receivedGuests: "Chancellor X received French President Y in Berlin.
// This was the first visit by a foreign guest …": an office-holder
// received, welcomed or hosted in a city of the host's country, where that
// sentence or the two after it speak of a visit or a guest, came there; the
// guests' visit, of the meeting's day and city (GUIDELINES 6.1), unless a
// visit of theirs is told.
func (d *doc) receivedGuests() {
	n := len(d.events)
	for _, e := range d.events[:n] {
		if e.dropped || e.into != nil || e.class != schema.Meeting || e.how != hMeet || e.location == nil || e.location.city == nil ||
			!d.toks[e.trig].is("received", "welcomed", "hosted", "receives", "welcomes", "hosts") {
			continue
		}
		cc := e.location.city.Country
		v := &event{class: schema.Visit, sent: e.sent, trig: e.trig, status: e.status, date: e.date, location: e.location, seen: e.sent, how: e.how, trigEnd: e.trigEnd}
		host := false
		for _, p := range e.participants {
			switch {
			case d.holdsIn(p, cc):
				host = true
			case len(p.holds) > 0 && p.class == schema.Person:
				v.add(p)
			}
		}
		if !host || len(v.participants) == 0 || !d.visitWordNear(e.sent) {
			continue
		}
		told := false
		for _, o := range d.events[:n] {
			told = told || o.class == schema.Visit && !o.dropped && o.into == nil && sharesPerson(o, v)
		}
		if !told {
			d.events = append(d.events, v)
		}
	}
}

// visitHosts: a Visit's host is not its participant (GUIDELINES 6.3). One
// who holds an office of the country visited ("Prime Minister X received
// him at the airport" on Y's three-day India visit) is taken out of a visit
// to that country, and out of a visit to one of its cities that others
// make from abroad. A visit to a country that only its own office-holders
// make ("appreciated him for visiting Japan" read as the Japanese
// minister's; "the Prime Minister's first visit to Ethiopia" read as
// Ethiopia's) was misread: it is none.
func (d *doc) visitHosts() {
	for _, e := range d.events {
		if e.dropped || e.into != nil || e.class != schema.Visit || e.location == nil {
			continue
		}
		cc := placeCountry(e.location)
		var guests []*entity
		for _, p := range e.participants {
			if !d.homeIn(p, cc) {
				guests = append(guests, p)
			}
		}
		switch {
		case len(guests) == len(e.participants):
		case len(guests) > 0 && slices.ContainsFunc(guests, func(p *entity) bool { return p.class == schema.Person && len(p.holds) > 0 }):
			e.participants = guests
		case len(guests) == 0 && e.location.city == nil:
			e.dropped = true
		}
	}
}

// homeIn: p holds an office of the country coded cc that the text ties to
// that country itself ("Kenyan President X", "Prime Minister of Kenya
// X"), or that the leaders lexicon knows p held on the article's day; a
// title whose country was only taken from the story's other countries
// ("President X will visit Chile") tells no home.
func (d *doc) homeIn(p *entity, cc string) bool {
	cc = strings.ToLower(cc)
	for _, o := range d.ments() {
		if o.kind == kOffice && o.person == p && o.jur == cc && (o.jurExplicit || d.leaderJurisdiction(p, o) == cc) {
			return true
		}
	}
	return false
}

// visitWordNear: sentence si or the two after it speak of a visit, a
// visitor or a guest, outside quotes.
func (d *doc) visitWordNear(si int) bool {
	start, _ := d.bounds(si)
	_, end := d.bounds(min(si+2, len(d.sents)-1))
	for q := start; q < end; q++ {
		if !d.quoted[q] && d.toks[q].is("visit", "visiting", "visitor", "guest", "guests") {
			return true
		}
	}
	return false
}

// holdsIn: p holds an office of the country coded cc (as the city
// lexicon gives it).
func (d *doc) holdsIn(p *entity, cc string) bool {
	for o := range p.holds {
		if o.jurKey == strings.ToLower(cc) {
			return true
		}
	}
	return false
}

// barePlural: "meetings" with no determiner, number or possessive before
// it and no other side after it names a kind of meeting, not one ("will
// participate in committee meetings as members", "After key meetings in
// the capital, X left"): no event of its own. "11 bilateral meetings",
// "his meetings", "held meetings with X" are told ones.
func (d *doc) barePlural(e *event) bool {
	k := e.trig
	if e.how != hNoun || e.class != schema.Meeting || e.title != "" || !d.toks[k].is("meetings") {
		return false
	}
	if k+1 < len(d.toks) && d.toks[k+1].is("with", "between") {
		return false
	}
	start, _ := d.bounds(e.sent)
	for b := k - 1; b >= start && b >= k-4; b-- {
		t := d.toks[b]
		if isCount(t) {
			return false
		}
		if t.Kind != tWord {
			if t.is("-", "–") {
				continue
			}
			break
		}
		if isDeterminer(t.Low) || ordinalOf(t.Low) > 0 || t.is("these", "those", "several", "many", "some", "both", "all", "my", "your") {
			return false
		}
		if tg := d.tag(b); tg == pos.VERB || tg == pos.ADP || tg == pos.CCONJ || tg == pos.SCONJ || tg == pos.AUX || tg == pos.PRON {
			break
		}
	}
	return true
}

// hasEntity tells whether p is one of ps.
func hasEntity(ps []*entity, p *entity) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// travelWith: "Bosworth is to travel with senior negotiator Sung Kim"
// after his trip was told: those he travels with take part in the trip,
// and in each of its stops. The sentence's own visit of the same traveller
// takes them instead.
func (d *doc) travelWith(si, start, end int, inSent []*event) {
	for k := start; k+2 < end; k++ {
		if d.quoted[k] || d.ew(k)&evTravelVerb == 0 || !d.toks[k+1].is("with") || d.toks[k].capitalised() {
			continue
		}
		refs, _ := d.objectRefs(k+2, end)
		if len(refs) == 0 {
			continue
		}
		for _, p := range refs {
			if p.class != schema.Person {
				return
			}
		}
		subj := d.verbSubject(k, start, inSent, true)
		if len(subj) == 0 {
			continue
		}
		probe := &event{participants: subj}
		var trip *event
		for _, e := range inSent {
			if e.class == schema.Visit && e.into == nil && sharesPerson(e, probe) {
				trip = e
			}
		}
		for n := len(d.events) - 1; trip == nil && n >= 0; n-- {
			e := d.events[n]
			if e.sent < si-2 {
				break
			}
			if e.class == schema.Visit && e.into == nil && e.sent < si && !e.stop && sharesPerson(e, probe) {
				trip = e
			}
		}
		if trip == nil {
			continue
		}
		for _, e := range d.events {
			if e.class == schema.Visit && e.trig == trip.trig {
				for _, p := range refs {
					e.add(p)
				}
			}
		}
	}
}

// visitorsVisit: "Kovind's visit", "X's three-day visit" after a trip of
// X was told: that trip.
func (d *doc) visitorsVisit(k, start int) bool {
	b := k - 1
	for b > start && k-b <= 3 && d.toks[b].Kind == tWord && !d.toks[b].capitalised() && d.mat(b) == nil && !d.toks[b].is("'s", "’s") {
		b--
	}
	if b <= start || !d.toks[b].is("'s", "’s") {
		return false
	}
	m := d.mat(b - 1)
	if m == nil || m.j != b {
		return false
	}
	p := personOf(m)
	prev := d.lastEvent(schema.Visit)
	return p != nil && prev != nil && hasEntity(prev.participants, p)
}

// hopedFor: the verb at k is a trip or meeting hoped for ("said he hoped X
// would visit Russia next year", "hopes to travel to Y"): wished, not
// planned (GUIDELINES 6.2).
func (d *doc) hopedFor(k, start int) bool {
	if k-2 < start || !d.toks[k-1].is("to", "would", "will", "could", "can", "might") {
		return false
	}
	for b := k - 2; b >= start && b >= k-8; b-- {
		if d.toks[b].Kind != tWord || d.quoted[b] {
			return false
		}
		if d.ew(b)&evHope != 0 {
			return true
		}
	}
	return false
}

// invitedTo: the verb of going at k is what someone is invited to do
// ("invited X to visit Y", "extended an invitation to X to travel to Y"):
// a proposed trip, no event the text tells (GUIDELINES 6.2).
func (d *doc) invitedTo(k, start int) bool {
	if k-2 < start || !d.toks[k-1].is("to") {
		return false
	}
	for b := k - 2; b >= start && b >= k-12; b-- {
		if d.toks[b].is(",", ";", "(", ")") || d.quoted[b] {
			return false
		}
		if d.ew(b)&evInvite != 0 {
			return true
		}
	}
	return false
}

// beginClause: the subordinator at q opens a relative clause on the event
// noun that ends at own, telling its opening or running ("the annual
// summit, which opened in Addis Ababa on Sunday", "the summit that began
// on Monday"): the clause's date is the event's.
func (d *doc) beginClause(q, own int) bool {
	if !d.toks[q].is("which", "that") || q > own+1 || q == own+1 && !d.toks[own].is(",") {
		return false
	}
	for a := q + 1; a < len(d.toks) && a <= q+3; a++ {
		if d.ew(a)&evBegin != 0 && !d.toks[a].is("got", "gets") {
			return true
		}
		if !isAux(d.toks[a].Low) && !strings.HasSuffix(d.toks[a].Low, "ly") {
			return false
		}
	}
	return false
}

// openedToday: the clause of the event noun ending at own says it has
// opened or is underway ("… of heads of state has officially opened in
// X", "The summit is now underway in Y", "got underway"): in the present
// perfect or present, with no date of its own, it is on the article's day.
func (d *doc) openedToday(own, end int) bool {
	for a := own; a < end && a < own+14; a++ {
		t := d.toks[a]
		if t.is(",", ";", "which", "that", "who", "where", "when", "said", "says") || d.quoted[a] {
			return false
		}
		if !t.is("has", "have", "is", "are") {
			continue
		}
		b := a + 1
		for b < end && (d.toks[b].is("now", "officially", "formally", "finally", "already", "just") || strings.HasSuffix(d.toks[b].Low, "ly") && d.tag(b) == pos.ADV) {
			b++
		}
		if b >= end {
			return false
		}
		switch {
		case t.is("is", "are"):
			return d.toks[b].is("underway", "under")
		case d.toks[b].is("got", "gotten"):
			return b+1 < end && d.toks[b+1].is("underway", "under")
		default:
			return d.ew(b)&evBegin != 0 && d.toks[b].is("opened", "begun", "started", "commenced", "kicked", "convened")
		}
	}
	return false
}

// heldNow: the meeting at k is told in the present progressive ("is
// holding talks", "are currently holding a meeting with"), outside a quote:
// the article's day. (A summit "are meeting in X" may run for days: its
// first day is not told.)
func (d *doc) heldNow(k, start int) bool {
	if d.quoted[k] {
		return false
	}
	b := k - 1
	if d.toks[k].is("holding", "having") { // the trigger is the verb
		n := k + 1
		for n < len(d.toks) && n < k+4 && (isDeterminer(d.toks[n].Low) || d.ew(n)&evAdjective != 0) {
			n++
		}
		if n >= len(d.toks) || d.ew(n)&evMeetNoun == 0 {
			return false
		}
	} else {
		for b > start && b >= k-4 && (isDeterminer(d.toks[b].Low) || d.ew(b)&evAdjective != 0) {
			b--
		}
		if b <= start || !d.toks[b].is("holding", "having") || d.ew(k)&evMeetNoun == 0 {
			return false
		}
		b--
	}
	for b > start && d.toks[b].is("currently", "now") {
		b--
	}
	return b >= start && d.toks[b].is("is", "are")
}

// participleOnNoun: the word at q is a past participle on the noun before
// it ("leadership elected in January", "the accord signed in 2019"),
// no word of events: a clause of its own, with its own date.
func (d *doc) participleOnNoun(q int) bool {
	t := d.toks[q]
	if t.Kind != tWord || t.capitalised() || !strings.HasSuffix(t.Low, "ed") || d.ew(q) != 0 || d.mat(q) != nil || q == 0 {
		return false
	}
	if d.toks[q-1].Kind != tWord || d.ew(q-1)&(evMeetNoun|evSummitNoun|evVisitNoun|evCallNoun) != 0 {
		return false
	}
	tp := d.tag(q - 1)
	return d.tag(q) == pos.VERB && (tp == pos.NOUN || tp == pos.PROPN)
}

// coNamed: the people a sentence names beside the one meeting or summit it
// tells take part in it ("A and B held talks with C, D and E on trade",
// "the summit, chaired by A, where B presented …"; GUIDELINES 6.3). Not
// those who only qualify another's words: the sentence's source ("said
// X", "according to X"), a possessor ("X's envoy"), a person a noun
// belongs to ("an aide to X", "on behalf of X", "a message from X"), the
// quoted. A sentence that tells two events, or a visit (whose host is no
// participant), is left to the rules that read its parts.
func (d *doc) coNamed() {
	one := make([]*event, len(d.sents))
	many := make([]bool, len(d.sents))
	for _, e := range d.events {
		r := e.root()
		if r.dropped {
			continue
		}
		if o := one[e.sent]; o != nil && o != r {
			many[e.sent] = true
		}
		one[e.sent] = r
	}
	for si, r := range one {
		if r == nil || many[si] || r.class == schema.Visit {
			continue
		}
		start, end := d.bounds(si)
		for k := start; k < end; k++ {
			m := d.mat(k)
			if d.quoted[k] || m == nil || m.i != k || m.kind != kPerson || m.ent.class != schema.Person {
				continue
			}
			// the titles and common nouns before the name ("to
			// spokesman Luis Vega")
			b := d.titlesStart(m.i, start)
			for b > start && !d.toks[b-1].capitalised() && d.tag(b-1) == pos.NOUN {
				b--
			}
			if b > start && d.toks[b-1].is("to", "of", "for", "from", "under") {
				continue
			}
			if m.j < end && d.toks[m.j].is("'s", "’s") || d.attributedAt(m.i, m.j, start, end) {
				continue
			}
			r.add(m.ent)
		}
	}
}
