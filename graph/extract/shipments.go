package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
)

// Aid shipments: one per sending act. A sending verb (sent, delivered,
// donated, handed over, carrying, arrived, left for …), a receiving verb
// with a place for subject ("Nepal received"), a sending noun ("the delivery
// of 1,200 tents") or a verbless list entry ("• 1 million doses to Nepal")
// with its goods makes a shipment. Goods are counted noun phrases and aid
// item words, split at commas, "and" and verbless semicolons; a list or a
// count gives goods the lexicon does not know ("rice, cooking oil, noodles
// and biscuits"); umbrella words ("humanitarian aid") are goods only when
// counted, listed among goods, or all a shipment names. The donor is the
// sender ("India sent", "by X", "from X", "on behalf of X", a national
// agency or capital for its country, a quoted "we sent" of an official);
// the recipient is "to X", "for X", "reach X" or the country of "arrive in
// CITY". What a clause leaves out the story gives: the sender acting in the
// sentences before or the closing sayer, the recipient named last, else
// the country the article names most, else the dateline's. Items that go to
// different recipients ("A to Bangladesh and B to Nepal") are different
// shipments; "the shipment includes …", bullet lines after a colon and "The
// aid — including … — arrived" add to the act before; an act told without
// goods, with umbrella words only, or with most of its goods again, and a
// later report of the same act, join it.

var beForms = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true}

// phraseStops end an item's noun phrase.
var phraseStops = map[string]bool{"and": true, "or": true, "&": true, "to": true, "for": true, "from": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "under": true, "as": true, "into": true,
	"via": true, "through": true, "across": true, "including": true, "like": true, "such": true,
	"that": true, "which": true, "who": true, "worth": true, "valued": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "can": true, "could": true, "may": true, "might": true, "shall": true,
	"should": true, "of": true, "the": true, "this": true, "these": true, "those": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "among": true, "amid": true, "during": true,
	"since": true, "while": true, "after": true, "before": true, "besides": true, "plus": true,
	"each": true, "per": true, "than": true, "alongside": true, "along": true, "among them": true,
	"etc": true, "etc.": true, // "dexamethasone etc."
	"due": true} // "the food due to arrive on Saturday"

// item is one aid item in the text.
type item struct {
	i, j     int
	name     string
	qty      *quantity
	unit     string
	desc     string
	generic  bool
	umbrella bool // a word for the whole consignment: an item only if nothing else is
	plain    bool // a counted noun the lexicon does not know
	// generalWord: a lexicon word for aid in general ("relief material")
	generalWord bool
	named       bool // the name comes from the text, not from an earlier item
	borrowed    bool // a bare count whose name is that of goods counted before ("57 tons")
	// gapPlace: the recipient a gapped entry names before its count
	// ("Bolivia will receive 400,000 doses, Paraguay 250,000")
	gapPlace *entity
}

// shipment is one sending act.
type shipment struct {
	sent, last   int // first and last sentence that tell of it
	donor        *entity
	recipient    *entity
	recipientSet bool // the text names the recipient
	date         *dateExpr
	items        []*item
	purpose      []*entity
	// thereof: the clause's subject points back to goods told before
	// ("The aid — including rice and oil — arrived")
	thereof bool
	// stage: the step of the journey the act's verb tells of, for the
	// date of a retelling: stageDispatch ("left Veracruz"), stageArrival
	// ("docked in Havana"), stageHandover ("handed over", "received");
	// stageNone for the whole act ("sent", "donated")
	stage int8
	// another: told as a further consignment ("The fourth consignment
	// includes …"), never more of an earlier act
	another bool
	// planned: told as to come ("will send", "promised to deliver")
	planned bool
}

func (d *doc) findShipments() {
	counts := d.countryCounts()
	var list *shipment // the act whose goods a list of bullet lines goes on with
	for si := range d.sents {
		start, end := d.bounds(si)
		if list != nil && d.bulleted(start, end) && d.allotment(start, end) < 0 {
			// "The consignment includes:" then "• 500 oxygen cylinders"
			if items := d.goodsIn(start, end, true); len(items) > 0 {
				list.items = append(list.items, items...)
				list.last = si
			}
			continue
		}
		list = nil
		n, before := len(d.shipments), 0
		if n > 0 {
			before = len(d.shipments[n-1].items)
		}
		segs := d.segments(start, end)
		for _, seg := range segs {
			d.shipmentIn(si, seg[0], seg[1], start, end, segs)
		}
		// a sentence of an act that ends in a colon opens a list
		if end-1 > start && d.toks[end-1].is(":") && len(d.shipments) > 0 {
			last := d.shipments[len(d.shipments)-1]
			if len(d.shipments) > n || len(last.items) > before || last.last == si || d.includesAt(start, end).at >= 0 {
				list = last
			}
		}
	}
	// a recipient the clause does not name is the one the story has
	// named last (for another act of the story); else the country the
	// article is most about
	var last *entity
	for _, s := range d.shipments {
		if s.recipient == nil && last != nil && last != s.donor {
			s.recipient = last
		}
		if s.recipient == nil {
			s.recipient = d.titlePlace(s.donor)
		}
		guessed := s.recipient == nil
		if s.recipient == nil {
			s.recipient = d.mostAidedPlace(counts, s.donor)
		}
		if s.recipient == nil && d.dateline != "" {
			// "COLOMBO: … donated 500,000 doses, which arrived on Wednesday"
			if e := d.countryEntity(strings.ToUpper(d.dateline)); e != s.donor {
				s.recipient = e
			}
		}
		if guessed && s.donor != nil && inMembers(s.donor, s.recipient) {
			// "the Quad has donated vaccines from our own supply": a
			// grouping's act the story names no recipient for is not for
			// the member it names most
			s.donor = nil
		}
		if s.recipientSet {
			last = s.recipient
		}
	}
	d.mergeShipments()
	d.restatedDates()
	d.shipNewsDay()
	for _, s := range d.shipments {
		s.donor.seenIn(s.sent)
		s.donor.used = true
		if s.recipient != nil {
			s.recipient.seenIn(s.sent)
			s.recipient.used = true
		}
	}
}

// shipNewsDay: an act of giving the story tells as done and dates
// nowhere ("Five warships with relief supplies have left for X", "India
// has dispatched 21 tonnes of relief material") is news of the article's
// day: in a story of aid, or told in the present perfect; not when its
// sentences set it at another time (otherTime), nor when the story's
// first dated act is of another day.
func (d *doc) shipNewsDay() {
	if !d.a.HasDate() {
		return
	}
	day := d.a.Date.Format("2006-01-02")
	for _, s := range d.shipments {
		if s.date != nil {
			if s.date.typ == schema.XSDDate && s.date.value != day {
				return
			}
			break
		}
	}
	// a story of aid tells an act of giving in its first paragraph; in
	// another (a meeting's), an act told later in the simple past may be
	// background ("Amid the second wave, X sent assistance")
	ofAid := false
	for _, t := range tokenize(d.a.Title) {
		// "Aid effort kicks in after cyclone": the headline tells of aid
		ofAid = ofAid || genericItems[t.Low]
	}
	for _, s := range d.shipments {
		if d.sents[s.sent].Para == d.sents[0].Para {
			ofAid = true
			break
		}
	}
	for _, s := range d.shipments {
		if s.date != nil || s.planned || len(s.items) == 0 {
			continue
		}
		start, end := d.bounds(s.sent)
		if !ofAid && !d.presentPerfect(start, end) || d.otherTime(s.sent, max(s.last, s.sent), day) {
			continue
		}
		s.date = &dateExpr{start, start + 1, day, schema.XSDDate}
	}
}

// presentPerfect: the span tells something as just done, outside quote
// marks ("has sent", "have already left", "has been delivered").
func (d *doc) presentPerfect(start, end int) bool {
	for q := start; q+1 < end; q++ {
		if !d.toks[q].is("has", "have") || d.quoted[q] {
			continue
		}
		k := q + 1
		for k < end && k < q+3 && d.toks[k].is("already", "also", "now", "just", "been") {
			k++
		}
		if k < end && d.tag(k) == pos.VERB {
			return true
		}
	}
	return false
}

// otherTime: the sentences first to last, which tell of one act, set it
// at a time that may not be the story's day: a date or span of any kind
// other than the story's ("since October 28", "through the week", "in
// recent days"; "announced on Tuesday that it has sent" in a Tuesday
// story is of the day), a time before the story's (pastOfPast), or, in
// the first and outside quote marks, one to come (futureAt: "will", "is
// due to", "is scheduled to").
func (d *doc) otherTime(first, last int, day string) bool {
	for si := first; si <= last; si++ {
		start, end := d.bounds(si)
		if d.pastOfPast(start, end) {
			return true
		}
		for _, dt := range d.datesIn(start, end) {
			if dt.value != day {
				return true
			}
		}
		for q := start; q < end; q++ {
			if d.toks[q].is("week", "weeks", "month", "months", "recently", "recent", "since") ||
				si == first && !d.quoted[q] && (d.futureAt(q) || d.toks[q].is("tomorrow", "soon")) {
				return true
			}
		}
	}
	return false
}

// restatedDates dates an act its own sentences leave undated from a
// nearby sentence of the same story that tells the act again by a noun
// (the donation, the ceremony, the plane) and one date, names no country
// but the act's donor and recipient, and holds no other act.
func (d *doc) restatedDates() {
	for _, s := range d.shipments {
		if s.date != nil || len(s.items) == 0 || s.recipient == nil {
			continue
		}
		var found *dateExpr
		agree := true
		for t := max(s.sent-1, 0); t <= s.last+3 && t < len(d.sents); t++ {
			if d.otherActIn(s, t) {
				continue
			}
			dt := d.restatement(s, t)
			if dt == nil {
				continue
			}
			if found != nil && found.value != dt.value {
				agree = false
			}
			found = dt
		}
		if found != nil && agree {
			s.date = found
		}
	}
}

// otherActIn: sentence t tells of an act other than s.
func (d *doc) otherActIn(s *shipment, t int) bool {
	for _, o := range d.shipments {
		if o != s && o.sent <= t && t <= o.last {
			return true
		}
	}
	return false
}

// restatement is the one date of sentence t when t tells act s again.
func (d *doc) restatement(s *shipment, t int) *dateExpr {
	start, end := d.bounds(t)
	if d.spreadOut(start, end) {
		return nil
	}
	var ds []dateExpr
	for _, dt := range d.shipDates(start, end) {
		if !d.quoted[dt.i] {
			ds = append(ds, dt)
		}
	}
	if len(ds) != 1 {
		return nil
	}
	// the act by a noun of sending or of its carrier ("made the
	// donation … on Thursday", "operated on Tuesday the first relief
	// plane"), or of its occasion ("a farewell ceremony at the port on
	// Monday")
	noun := false
	for k := start; k < end; k++ {
		w := d.toks[k].Low
		if d.x.notGoods[w] == "carrier" && k > start && d.toks[k-1].is("commercial", "Commercial", "passenger", "Passenger", "civilian", "Civilian") {
			continue // "Commercial flights were to resume on Monday": the usual traffic, not the act
		}
		noun = noun || (shipNouns[w] || occasionNouns[w] || d.x.notGoods[w] == "carrier") && !d.quoted[k]
	}
	if !noun {
		return nil
	}
	for _, m := range d.mentionsIn(start, end) {
		switch m.kind {
		case kCountry, kDemonym, kAgency, kGrouping:
			if e := d.entityFor(m); e != s.donor && e != s.recipient {
				return nil
			}
		}
	}
	return &ds[0]
}

// segments cuts a sentence into clauses that can each hold a sending act.
func (d *doc) segments(start, end int) [][2]int {
	var cuts []int
	cuts = append(cuts, start)
	hard := func(k int) bool {
		t := d.toks[k]
		switch t.Low {
		case ";":
			// "…, regulators; rapid diagnostic tests; and N95 masks": a
			// list goes on past a semicolon that has no verb after it
			for q := k + 1; q < end && !d.toks[q].is(";"); q++ {
				if sendVerbs[d.toks[q].Text] || receiveVerbs[d.toks[q].Text] || beForms[d.toks[q].Text] ||
					d.toks[q].is("has", "have", "had", "will", "would", "can", "could") {
					return true
				}
			}
			return false
		case "while", "whereas", "but":
			return true
		case "who":
			return t.Text != "WHO" // the World Health Organization, not a relative pronoun
		case "followed":
			// "…, followed by a freight flight that departed on Friday"
			return k+1 < end && d.toks[k+1].is("by") && d.toks[k-1].is(",")
		case "as":
			if k+1 >= end || k == start || d.toks[k-1].is("such", "well") {
				return false
			}
			// "… arrived in Delhi as Israel announced that it was
			// dispatching …": a country or body acting opens a clause
			if m := d.mat(k + 1); m != nil && m.i == k+1 && m.j < end && (m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping) &&
				(d.tag(m.j) == pos.VERB || d.tag(m.j) == pos.AUX) {
				return true
			}
			return d.toks[k+1].is("it", "they", "he", "she", "the", "we")
		}
		return false
	}
	for k := start + 1; k < end; k++ {
		if d.quoted[k] {
			continue
		}
		if hard(k) {
			cuts = append(cuts, k)
			continue
		}
		if d.toks[k].is("and") {
			// "and another shipment of X is slated to arrive": a new act
			n := k + 1
			for n < end && !hard(n) {
				n++
			}
			hasVerb, hasItem := false, false
			for q := k + 1; q < n; q++ {
				if q-2 > k && d.toks[q-1].is("to") && d.tag(q-2) == pos.NOUN {
					continue // "two helicopters to reach the islands": what they are for
				}
				if d.toks[q].is("and") && !d.quoted[q] && q+1 < n && (beForms[d.toks[q+1].Text] || d.toks[q+1].is("will", "would", "have", "has", "had")) {
					// "tents, blankets and water and are due to reach
					// Suva": the first "and" ends the list, the second
					// joins the verbs
					break
				}
				if sendVerbs[d.toks[q].Text] && !d.quoted[q] && d.sendsHere(q, k+1, n) {
					// "and pulse oximeters donated by California": the
					// participle tells of the goods, it is no new clause
					hasVerb = !d.reducedRelative(q, k+1) || d.passive(q, k+1)
					// "…, and China sent medical aid to Italy": the goods
					// of a conjunct with a subject of its own follow its
					// verb, and an umbrella word names them there
					for r := q + 1; hasVerb && q > k+1 && r < n && !hasItem; r++ {
						hasItem = d.goodsWordAt(r) || umbrellaWords[d.toks[r].Low]
					}
					break
				}
				if d.goodsWordAt(q) {
					hasItem = true
				}
			}
			leftVerb := false
			for q := cuts[len(cuts)-1]; q < k; q++ {
				// "a plane carrying tents and nets landed": a participle
				// on the left is not the left clause's own verb
				// nor is a participle after a carrier: "a plane loaded with
				// food and tents landed"
				if q > start && d.x.notGoods[d.toks[q-1].Low] == "carrier" && d.tag(q-1) == pos.NOUN {
					continue
				}
				if sendVerbs[d.toks[q].Text] && !d.quoted[q] && !strings.HasSuffix(d.toks[q].Low, "ing") && d.sendsHere(q, start, end) && d.isVerbUse(q, end) {
					leftVerb = true
				}
			}
			if hasVerb && hasItem && leftVerb {
				cuts = append(cuts, k)
			}
		}
	}
	var out [][2]int
	for n, c := range cuts {
		e := end
		if n+1 < len(cuts) {
			e = cuts[n+1]
		}
		out = append(out, [2]int{c, e})
	}
	return out
}

// goodsWordAt: the token at k counts goods or is a word of them (a number,
// an aid item word or a counting unit).
func (d *doc) goodsWordAt(k int) bool {
	m := d.mat(k)
	return d.toks[k].Kind == tNum || m != nil && (m.kind == kItem || m.kind == kUnit)
}

// shipmentIn reads the sending act of clause [a, b) of sentence si, whose
// tokens are [start, end).
func (d *doc) shipmentIn(si, a, b, start, end int, segs [][2]int) {
	// "the shipment includes …" adds to the shipment told of just before
	if c := d.includesAt(a, b); c.at >= 0 && !d.otherDay(a, b) && d.addContents(si, a, b, c) {
		for _, e := range c.more {
			// the goods of each recipient the subject names
			o := c
			o.to, o.more = e, nil
			d.addContents(si, a, b, o)
		}
		if c.end == 0 && !d.relativeAct(c.at, b) {
			return
		}
		if c.end == 0 {
			// "… will include HCQ tablets, which have already been sent
			// to Mauritius": the relative clause tells an act of its own
			goto acts
		}
		// "The aid, comprising …, left Mumbai on Monday": the rest of the
		// clause may tell of the act (a date, a recipient)
		a = c.end + 1
	}
acts:
	trig, nominal := -1, -1
	var voice *entity // the country of a speaker whose "we sent" the clause quotes
	for k := a; k < b; k++ {
		if d.quoted[k] {
			// "We have sent 500 tents," said the Greek minister: a
			// first-person sending act of the speaker's country
			if voice == nil && sendVerbs[d.toks[k].Text] && d.isVerbUse(k, b) && d.sendsHere(k, a, b) {
				if c := d.firstPersonSender(k, a); c != nil {
					voice, trig = c, k
					break
				}
			}
			continue
		}
		// "the delivery of 1,200 tents", "on their way to India": the act
		// when no verb in the clause tells it
		if nominal < 0 && (shipNouns[d.toks[k].Low] && k+1 < b && d.toks[k+1].is("of") && d.itemAfterOf(k+2, b) ||
			// "The doses are a gift from the people of Japan"
			shipNouns[d.toks[k].Low] && k+1 < b && d.toks[k+1].is("from") && d.placeEntityAt(k+2, b) != nil && len(d.itemsIn(a, k)) > 0 ||
			d.toks[k].is("way", "route") && k > a && d.toks[k-1].is("its", "their", "en") && k+1 < b && d.toks[k+1].is("to", "for")) {
			nominal = k
			continue
		}
		if !d.isVerbUse(k, b) {
			continue
		}
		if (sendVerbs[d.toks[k].Text] || d.openingVerb(k, a, b)) && d.sendsHere(k, a, b) || d.receivedGoods(k, a) ||
			receiveVerbs[d.toks[k].Text] && d.receiverAt(k, a) != nil && (!d.toks[k].is("welcomed", "welcomes") || len(d.itemsIn(k+1, min(b, k+10))) > 0) {
			trig = k
			break
		}
		if d.toks[k].is("thanked", "thanks", "thank", "thanking") && d.thankedFor(k, b) != nil && d.receiverAt(k, a) != nil {
			trig = k // "Nepal's Prime Minister thanked China for 800,000 doses"
			break
		}
		if !d.quoted[k] && d.toks[k].is("took", "take", "takes", "taking") && k+1 < b && d.toks[k+1].is("delivery") {
			trig = k // "Indonesia took delivery of 1 million doses"
			break
		}
	}
	if trig < 0 {
		trig = nominal
	}
	allot := false
	if trig < 0 {
		trig = d.allotment(a, b)
		allot = trig >= 0
	}
	if trig < 0 {
		return
	}
	if voice != nil {
		d.quotedGoods = true
		defer func() { d.quotedGoods = false }()
	}
	if d.soFar(trig, start, end) {
		return // "So far, Japan has donated 3 million doses to Peru": what all acts came to
	}
	thanked := d.toks[trig].is("thanked", "thanks", "thank", "thanking")
	goodsReceived := d.receivedGoods(trig, a)
	receive := receiveVerbs[d.toks[trig].Text] && !goodsReceived || trig+1 < b && d.toks[trig+1].is("delivery") || thanked
	passive := d.passive(trig, a) || d.reducedRelative(trig, a)
	before := intransitive[d.toks[trig].Text] || passive || receive
	s := &shipment{sent: si, last: si, thereof: d.pointsBack(a, trig) || d.carriesBack(trig, b), planned: d.plannedAt(a, trig), stage: d.stageOf(trig, b)}
	items := d.itemsIn(a, b)
	if len(items) == 0 && passive && d.peopleSubject(a, trig) {
		return // "A team of 15 engineers has been deployed to Nepal": people, not goods
	}
	if d.reducedRelative(trig, a) && !d.passive(trig, a) {
		items = d.listBefore(items, trig)
	}
	// recipients and donor
	type rec struct {
		at int
		e  *entity
	}
	var recs []rec
	var byDonor, fromDonor *entity
	var froms []rec        // every "from X": "1,000 tents from Poland and 500 generators from Lithuania"
	var fromList []*entity // the donors of one "from A, B and C"
	vague := false         // "to more than a dozen countries"
	from := trig + 1
	if goodsReceived || allot {
		before = true
	}
	if before {
		from = a // "a shipment of doses for Mongolia is to be dispatched"
	}
	for k := from; k < b; k++ {
		if d.quoted[k] && voice == nil || k == trig && !allot {
			continue
		}
		t := d.toks[k]
		switch {
		case t.is("to", "for") && !receive || t.is("in", "at") && k > 1 && (arrivesBefore(d.toks[k-1], d.toks[k-2]) || goodsReceived && k > trig) ||
			// "distributed 1,200 food baskets in Sudan": where they are given out
			t.is("in") && k > trig && d.toks[trig].is("distributed", "distributes", "distribute", "distributing") ||
			t.is("with") && d.toks[trig].is("shared", "shares", "share", "sharing"):
			if e := d.placeEntityAt(k+1, b); e != nil {
				via := e
				e = d.agencyIn(k+1, b, e)
				if e.grouping != nil && t.is("for") && len(e.grouping.Members) == 0 {
					// "medicines were transported for the World Health
					// Organization": the agency that hands them out, not the
					// country they are for (guidelines 4.2)
					continue
				}
				recs = append(recs, rec{k, e})
				// a list: "to Taiwan, Indonesia and Vietnam"
				for _, more := range d.placeList(k+1, b) {
					if more != e && via == e {
						recs = append(recs, rec{k, more})
					}
				}
			} else if ps := d.namedPlaces(k+1, b); len(ps) > 0 {
				// "to four countries — Chad, Niger, Mali and Benin"
				for _, e := range ps {
					recs = append(recs, rec{k, e})
				}
			} else if (d.countsPlaces(k+1, b) || d.toRegion(k+1, b)) && !(k > a && d.toks[k-1].is("visit", "trip", "tour", "voyage", "journey")) {
				// "to Latin America", "with the region"; not where the
				// carrier travels ("a ship on a visit to the region")
				vague = true
			}
		case k > trig+1 && d.toks[k-1].is("reached", "reach", "reaches", "entered", "enters") && !d.quoted[k-1] && d.placeEntityAt(k, b) != nil:
			// "a ship carrying rice reached Colombo"; "to reach La Paz,
			// Asunción and Quito"
			e := d.placeEntityAt(k, b)
			recs = append(recs, rec{k, e})
			for _, more := range d.placeList(k, b) {
				if more != e {
					recs = append(recs, rec{k, more})
				}
			}
		case t.is("over") && d.toks[k-1].is("handed", "hand", "hands", "handing"):
		case t.is("from") || t.is("out") && k+1 < b && d.toks[k+1].is("of"):
			n := k + 1
			if t.is("out") {
				n++
			}
			if e := d.placeEntityAt(n, b); e != nil {
				if fromDonor == nil {
					fromDonor = e
				}
				froms = append(froms, rec{k, e})
				if ms := d.placeList(n, b); len(ms) > 1 && len(froms) == 1 {
					fromList = ms // "from the governments of China, Argentina and Spain"
				}
			}
		case t.is("by") && k > trig && goodsReceived:
			// "the doses were received by Nepal's Health Minister"
			if e := d.placeEntityAt(k+1, b); e != nil {
				recs = append(recs, rec{k, e})
			}
		case t.is("by") && k > 0 && d.toks[k-1].is("funded", "financed", "sponsored", "paid") || t.is("by") && k > 1 && d.toks[k-1].is("for") && d.toks[k-2].is("paid"):
			// "The 20 ambulances, funded by Japan, were handed over"
			if e := d.placeEntityAt(k+1, b); e != nil {
				byDonor = e
			}
		case t.is("by") && k > trig && (passive || k == trig+1 || sendVerbs[d.toks[k-1].Text] && d.reducedRelative(k-1, a)):
			// "donated by Japan"; "unloaded 17,000 tonnes of wheat donated by the US"
			if e := d.placeEntityAt(k+1, b); e != nil && byDonor == nil {
				byDonor = e
			}
		case t.is("by") && k > trig+2 && (intransitive[d.toks[trig].Text] || passive) && d.toks[k-1].is("in", "out", "over") && sendVerbs[d.toks[k-2].Text] &&
			(strings.HasSuffix(d.toks[k-2].Low, "ed") || d.toks[k-2].is("flown", "sent", "brought", "given")):
			// "1.2 million doses arrived in Kinshasa, flown in by UNICEF"
			if e := d.placeEntityAt(k+1, b); e != nil && byDonor == nil {
				byDonor = e
			}
		}
	}
	if len(recs) == 0 && !receive && !vague {
		// "In North Macedonia, the agency distributed 2,500 packages of
		// food": a fronted place is where the goods go
		if e := d.frontedPlace(start, a, trig); e != nil {
			recs = append(recs, rec{b, e})
		}
	}
	if len(recs) == 0 && !receive && !vague {
		// "sent two shipments to help rebuild houses in Cuba and Haiti":
		// the place of the help is where the goods go
		if k := d.helpedIn(trig, b); k >= 0 {
			for _, e := range d.placeList(k+1, b) {
				recs = append(recs, rec{k, e})
			}
		}
	}
	if intransitive[d.toks[trig].Text] && !departVerbs[d.toks[trig].Text] && trig+1 < b {
		if e := d.placeEntityAt(trig+1, b); e != nil {
			recs = append(recs, rec{trig + 1, e}) // "will reach Seychelles"
		} else if d.toks[trig+1].is("here") && d.dateline != "" {
			// "KATHMANDU: … arrived here on Sunday"
			if e := d.countryEntity(strings.ToUpper(d.dateline)); e != nil {
				recs = append(recs, rec{trig + 1, e})
			}
		}
	}
	// "Today's EU funded flight operation ensures delivery of health
	// items provided by UNFPA": the funder sends, the agency is its
	// partner (guidelines 4.2)
	for k := a + 1; k < b; k++ {
		if m := d.mat(k - 1); m != nil && m.j == k && d.toks[k].is("funded", "financed", "sponsored") && !d.toks[k+1].is("by") &&
			(m.kind == kCountry || m.kind == kGrouping || m.kind == kDemonym || m.kind == kAgency) {
			byDonor = d.entityFor(m)
			break
		}
	}
	// "A batch of China-donated vaccines arrived": the giver the goods'
	// compound participle names
	for k := a; k < b && byDonor == nil; k++ {
		byDonor = d.giverOf(d.toks[k])
	}
	// "UNICEF delivered 500,000 doses on behalf of Japan": the donor is
	// the one the sender acts for
	for k := a; k+3 < b; k++ {
		if d.toks[k].is("on") && d.toks[k+1].is("behalf") && d.toks[k+2].is("of") && !d.quoted[k] {
			if e := d.placeEntityAt(k+3, b); e != nil {
				byDonor = e
			}
		}
	}
	if fromDonor == nil && !receive {
		// "(While) from China, four aircraft carrying 3,000 tents have
		// arrived": a fronted "from X," names where the goods come from
		k := a
		if k < trig && d.toks[k].is("While", "while", "And", "and", "But", "but", "Meanwhile", "Also") {
			k++
		}
		if k+2 < trig && d.toks[k].is("from", "From") {
			if e := d.placeEntityAt(k+1, trig); e != nil {
				for q := k + 2; q < trig && q < k+7; q++ {
					if d.toks[q].is(",") {
						fromDonor = e
						froms = append(froms, rec{k, e})
						break
					}
				}
			}
		}
	}
	if byDonor == nil {
		byDonor = d.frontedGiver(start, a, trig)
	}
	if trig == nominal && byDonor == nil && fromDonor == nil && d.receivingSide(a, trig) {
		// "the country will receive a batch of 2 million doses": told from
		// the receiving end, with no sender named
		return
	}
	switch {
	case voice != nil:
		s.donor = voice
	case receive:
		// "Sri Lanka received 5 lakh doses": the subject is the recipient
		recs = nil
		if r := d.receiverAt(trig, a); r != nil {
			recs = append(recs, rec{b, r})
		}
		s.donor = fromDonor
		if byDonor != nil {
			s.donor = byDonor // "received 100,000 doses gifted by India"
		}
		if thanked {
			s.donor = d.thankedFor(trig, b)
		}
	case byDonor != nil:
		s.donor = byDonor // "donated by Japan"
	case passive:
		// the goods are the subject: a donor is "from X" or a demonym
		// on them ("Japanese vaccines were delivered")
		s.donor = fromDonor
		if s.donor == nil {
			s.donor = d.donorBefore(trig, a, true)
		}
		if s.donor == nil {
			s.donor = d.ownerBefore(a, trig) // "Uzbekistan's assistance … is being transported"
		}
	case intransitive[d.toks[trig].Text] && fromDonor != nil:
		s.donor = fromDonor // "two flights from Russia landed"
	default:
		// the subject sends; "from X" after the verb is where the goods
		// leave from when a subject is named ("it sent … from Italy")
		if intransitive[d.toks[trig].Text] {
			// "Days after quakes hit Nepal, 12 tonnes of India's relief
			// material reached the country": the goods are the subject,
			// their owner the donor
			s.donor = d.ownerBefore(a, trig)
		}
		if own := d.carrierOwner(a, trig); s.donor == nil && own != nil && fromDonor != nil && fromDonor != own {
			// "a Ukrainian air force plane delivered masks from China":
			// the carrier fetched the goods for its own country
			s.donor = fromDonor
			if len(recs) == 0 {
				recs = append(recs, rec{b, own})
			}
		}
		if s.donor == nil {
			s.donor = d.infinitiveAgent(trig, start)
		}
		if s.donor == nil {
			s.donor = d.donorBefore(trig, a, false)
		}
		if s.donor == nil && fromDonor == nil {
			// "the first of a series of EU Humanitarian Air Bridge flights
			// has delivered 34 tonnes": the carrier's owner sends
			s.donor = d.carrierOwner(a, trig)
		}
		if s.donor == nil && !d.unknownSender(trig, a) {
			s.donor = fromDonor
		}
	}
	if s.donor == nil && !receive && d.possessiveSubject(a, trig) {
		// "Australia's contribution is at sea. Its largest ship left
		// Brisbane carrying …": the one the story has acting
		var to *entity
		if len(recs) > 0 {
			to = recs[0].e
		}
		s.donor = d.actorBefore(si, a, to)
	}
	if s.donor == nil && len(d.shipments) > 0 && !(!before && d.unknownSender(trig, a)) {
		prev := d.shipments[len(d.shipments)-1]
		if len(recs) > 0 && d.shareAtHome(recs[0].at, items, a) {
			// "1 million doses arrived in Hanoi … 800,000 doses would be
			// sent to Ho Chi Minh City": the recipient sharing out part
			// of what it got, no new act of the donor
			return
		}
		s.donor = prev.donor
	}
	if s.donor == nil {
		// "600 ventilators will be on their way to India, the UK
		// government said", "a plane carrying rice took off for Chad,
		// Norway's foreign ministry said": the sayer of goods without a
		// sender, unless it is the one they go to
		if e := d.trailingSayer(trig, end); e != nil && (len(recs) == 0 || e != recs[0].e) {
			s.donor = e
		}
	}
	if s.donor == nil && !(!before && d.unknownSender(trig, a)) {
		// "Japan has announced emergency aid for Nepal. The first
		// consignment arrived on Thursday": the one the story has acting
		var to *entity
		if len(recs) > 0 {
			to = recs[0].e
		}
		s.donor = d.actorBefore(si, a, to)
	}
	if s.donor == nil {
		// "A plane carrying 250 tonnes of Norwegian aid arrived": the
		// country the goods after the verb are of
		s.donor = d.goodsOwnerIn(trig+1, b)
	}
	if s.donor == nil && !receive {
		// "15 engineers were deployed as part of the UK government's aid
		// mission to Nepal": whose aid programme the act is part of
		s.donor = d.partOfOwner(start, end)
	}
	if s.donor == nil && !receive {
		// "On the orders of the Russian government a plane with aid
		// aboard took off for Mali": the one who ordered the act
		s.donor = d.orderedBy(start, trig)
	}
	if s.donor == nil && !(!before && d.unknownSender(trig, a)) {
		// "China sends aid to Pakistan" over "A plane carrying 3,000
		// tents landed in Karachi": the sender the headline names
		var to *entity
		if len(recs) > 0 {
			to = recs[0].e
		}
		s.donor = d.titleDonor(to)
	}
	if len(recs) == 0 && vague {
		return // sent to many, named nowhere: no one shipment
	}
	if d.moneyIn(a, b) {
		counted := false
		for _, it := range items {
			counted = counted || it.qty != nil
		}
		if !counted {
			// "$30 million … for food and water": money, not goods; the
			// act may still get goods told after it ("The assistance to
			// Syria includes 5,000 tents")
			items = nil
		}
	}
	// dates: the clause's own, else those outside any clause of the sentence
	if ds := d.shipDates(a, b); len(ds) > 0 {
		s.date = &ds[0]
		// "on Thursday 6 August": the day of the month fixes the weekday
		if len(ds) > 1 && ds[1].i <= ds[0].j+1 && d.toks[ds[0].i].Kind == tWord {
			if _, wd := weekdays[d.toks[ds[0].i].Low]; wd {
				s.date = &ds[1]
			}
		}
	} else if d.sameDay(a, b) && len(d.shipDates(start, a)) > 0 {
		// "…on January 22, the same day 20 lakh doses were flown out"
		for _, dt := range d.shipDates(start, a) {
			dt := dt
			s.date = &dt
		}
	} else if ad := d.anaphoricDate(a, b); ad != nil {
		s.date = ad
	} else if td := d.partOfToday(a, b); td != nil {
		s.date = td
	} else {
		for _, dt := range d.shipDates(start, end) {
			if !d.inActClause(dt.i, segs) {
				s.date = &dt
				break
			}
		}
	}
	if s.date == nil && s.thereof && len(d.shipments) > 0 {
		// "Of this batch, …": the batch the text told of just before,
		// with or without a donor of its own
		if prev := d.shipments[len(d.shipments)-1]; si-prev.last <= 2 {
			s.date = prev.date
		}
	}
	if s.date == nil && si > 0 && d.carrierPronoun(a, trig) {
		// "The patrol vessel will arrive in Male on Friday night. It is
		// carrying 35 tonnes of water": the carrier's journey the
		// sentence before dates
		if ps, pe := d.bounds(si - 1); d.travelIn(ps, pe) {
			if ds := d.shipDates(ps, pe); len(ds) == 1 {
				s.date = &ds[0]
			}
		}
	}
	if s.date != nil && d.spreadOut(start, end) && !d.dispatchDate(s.date.i, start) {
		// "due on Tuesday, followed by further shipments through the
		// week": a consignment spread over days has no one date
		s.date = nil
	}
	for _, m := range d.mentionsIn(start, end) {
		if m.kind == kTopic {
			s.purpose = append(s.purpose, d.entityFor(m))
		}
	}
	if len(items) == 0 {
		// an act told without its items ("deployed the first shipment to
		// India"): a later "the shipment includes …" fills it
		if len(recs) > 0 {
			s.recipient, s.recipientSet = recs[0].e, true
		}
		d.shipments = append(d.shipments, s)
		// "The doses left Madrid yesterday and will reach La Paz and
		// Quito": the act of each place
		for n := 1; n < len(recs); n++ {
			if recs[n].e != recs[n-1].e && recs[n].at == recs[0].at {
				cp := *s
				cp.recipient = recs[n].e
				d.shipments = append(d.shipments, &cp)
			}
		}
		return
	}
	// items go to the first recipient after them (each of a list: "to
	// Taiwan, Indonesia and Vietnam"); items after the last recipient go
	// to it
	// several "from X" after a receiving verb: each item is from the
	// first one after it
	donorOf := func(it *item) *entity { return s.donor }
	if receive && byDonor == nil && len(froms) > 1 {
		donorOf = func(it *item) *entity {
			for _, f := range froms {
				if f.at >= it.j {
					return f.e
				}
			}
			return froms[len(froms)-1].e
		}
	}
	byRec := map[[2]*entity]*shipment{}
	var order []*shipment
	for _, it := range items {
		var to []*entity
		at := -1
		for _, rc := range recs {
			if at < 0 && rc.at >= it.j {
				at = rc.at
			}
			if at >= 0 && rc.at == at {
				to = append(to, rc.e)
			}
		}
		if at < 0 && len(recs) > 0 {
			last := recs[len(recs)-1].at
			for _, rc := range recs {
				if rc.at == last {
					to = append(to, rc.e)
				}
			}
		}
		if it.gapPlace != nil {
			to = []*entity{it.gapPlace}
		}
		if len(to) == 0 {
			to = []*entity{nil}
		}
		donors := []*entity{donorOf(it)}
		if receive && byDonor == nil && len(froms) == 1 && len(fromList) > 1 && !thanked {
			donors = fromList // each of them gave
		}
		for pair := 0; pair < len(to)*len(donors); pair++ {
			r, dn := to[pair%len(to)], donors[pair/len(to)]
			key := [2]*entity{dn, r}
			sh := byRec[key]
			if sh == nil {
				cp := *s
				cp.items = nil
				cp.donor = key[0]
				cp.recipient, cp.recipientSet = r, r != nil
				sh = &cp
				byRec[key] = sh
				order = append(order, sh)
			}
			if pair == 0 {
				sh.items = append(sh.items, it)
			} else {
				c := *it
				sh.items = append(sh.items, &c)
			}
		}
	}
	for _, sh := range order {
		d.shipments = append(d.shipments, sh)
	}
}

// infinitiveAgent is the country or grouping a "by" phrase names just
// before the infinitive of the act at trig: "efforts by Turkey to deliver
// aid", "a decision by the EU to send tents"; nil otherwise.
func (d *doc) infinitiveAgent(trig, start int) *entity {
	k := trig - 1
	if k-2 < start || !d.toks[k].is("to") || d.quoted[k] {
		return nil
	}
	m := d.mat(k - 1)
	if m == nil || m.j != k || !(m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping) {
		return nil
	}
	b := m.i - 1
	if b >= start && d.toks[b].is("the") {
		b--
	}
	if b <= start || !d.toks[b].is("by") || d.tag(b-1) != pos.NOUN || askNouns[d.toks[b-1].Low] {
		return nil // not "an appeal by Nepal to send tents": the asker gets
	}
	return d.entityFor(m)
}

// frontedGiver is the giver a participle clause opening the sentence names
// before the clause [a, …) of the act at trig: "Donated by the Japanese
// government, the tents were unloaded at …".
func (d *doc) frontedGiver(start, a, trig int) *entity {
	k := start
	if k+3 >= trig || !d.toks[k].capitalised() || !sendVerbs[d.toks[k].Low] || !d.toks[k+1].is("by") || d.quoted[k] ||
		!strings.HasSuffix(d.toks[k].Low, "ed") && !d.toks[k].is("Given", "Sent", "Brought") {
		return nil
	}
	e := d.placeEntityAt(k+2, trig)
	if e == nil {
		return nil
	}
	for q := k + 3; q < trig && q < k+10; q++ {
		if d.toks[q].is(",") {
			if a <= q+1 {
				return e // the act's clause follows the comma
			}
			return nil
		}
	}
	return nil
}

// receivingSide: a receiving verb stands before the sending noun at trig
// ("will receive a batch of"), its subject no country the text names.
func (d *doc) receivingSide(a, trig int) bool {
	for k := a; k < trig; k++ {
		if receiveVerbs[d.toks[k].Text] && !d.quoted[k] {
			return true
		}
	}
	return false
}

// ownerBefore is the country, agency or grouping that owns the goods or
// carrier before trig ("Uzbekistan's assistance", "Japan's aircraft").
func (d *doc) ownerBefore(a, trig int) *entity {
	for k := a; k+2 < trig; k++ {
		m := d.mat(k)
		if m == nil || m.i != k || d.quoted[k] || !(m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping) ||
			m.j+1 >= trig || !d.toks[m.j].is("'s", "’s") {
			continue
		}
		if np := d.nounPhrase(m.j+1, trig); d.goodsOrCarrier(m.j+1, np) {
			return d.entityFor(m)
		}
	}
	return nil
}

// goodsOwnerIn is the country or body named on goods in [a, b) ("of
// Norway's aid", "of Norwegian tents", "of European Union (EU) aid").
func (d *doc) goodsOwnerIn(a, b int) *entity {
	for k := a; k+1 < b; k++ {
		m := d.mat(k)
		if m == nil || m.i != k || d.quoted[k] || !(m.kind == kCountry || m.kind == kDemonym || m.kind == kAgency || m.kind == kGrouping) {
			continue
		}
		if k == a || !d.toks[k-1].is("of") {
			continue
		}
		q := m.j
		if q < b && d.toks[q].is("'s", "’s") && m.kind != kDemonym {
			q++
		} else if q+2 < b && d.toks[q].is("(") && d.toks[q+2].is(")") {
			q += 3 // "European Union (EU) aid"
		}
		if q >= b || d.toks[q].Kind != tWord {
			continue
		}
		if np := d.nounPhrase(q, b); np > q && d.goodsOrCarrier(q, np) {
			return d.entityFor(m)
		}
	}
	return nil
}

// possessiveSubject: the clause [a, trig) opens with "Its" or "Their" on
// goods or a carrier ("Its largest ship left …").
func (d *doc) possessiveSubject(a, trig int) bool {
	k := a
	for k < trig && d.toks[k].Kind == tPunct {
		k++
	}
	if k+1 >= trig || !d.toks[k].is("Its", "Their", "its", "their") {
		return false
	}
	np := d.nounPhrase(k+1, trig)
	return d.goodsOrCarrier(k+1, np)
}

// arrivesBefore: the words before "in" or "at" tell of arriving ("landed
// in", "touched down at"), so the place is where the goods go.
func arrivesBefore(prev, prev2 token) bool {
	if departVerbs[prev.Text] || prev.is("way", "route") {
		return false
	}
	return intransitive[prev.Text] || prev.is("down") && prev2.is("touched")
}

// allotment finds a verbless entry of a list of deliveries, "N goods to
// PLACE" ("• 1 million doses to Nepal", "2 million to Bangladesh; 500,000
// to Bhutan"), and returns its "to", or -1.
func (d *doc) allotment(a, b int) int {
	k := a
	for k < b && d.toks[k].Kind == tPunct {
		k++
	}
	// "Deliveries so far: 1 million doses to Nepal; …"
	for q := k; q < b && q < k+8; q++ {
		if d.toks[q].is(":") {
			k = q + 1
			break
		}
	}
	q, ok := d.quantityAt(k, b)
	if !ok || q.j >= b {
		return -1
	}
	for p := q.j; p < b && p < q.j+8; p++ {
		if d.quoted[p] || sendVerbs[d.toks[p].Text] || beForms[d.toks[p].Text] {
			return -1
		}
		if d.toks[p].is("to") && d.placeEntityAt(p+1, b) != nil {
			if len(d.itemsIn(k, p)) == 0 {
				return -1
			}
			return p
		}
	}
	return -1
}

// modalBefore: a modal or "to" stands before the base form at k, making it
// a verb ("India will gift 100,000 doses", "to supply 100 ventilators").
func (d *doc) modalBefore(k, a int) bool {
	p := k - 1
	for p >= a && d.toks[p].is("also", "soon", "now", "further", "not", "jointly") {
		p--
	}
	return p >= a && d.toks[p].is("will", "would", "to", "shall", "can", "could", "may", "might", "must", "should", "'ll", "To",
		"help", "helps", "helped", "helping") // "is helping transport supplies"
}

// openingVerb: the capitalised word at k opens the clause as a sending verb
// with its object after it, as the lines of a fact sheet do ("• Delivered
// 500 ventilators to India").
func (d *doc) openingVerb(k, a, b int) bool {
	t := d.toks[k]
	if !t.capitalised() || !sendVerbs[t.Low] || k+1 >= b {
		return false
	}
	for q := a; q < k; q++ {
		if d.toks[q].Kind == tWord || d.toks[q].Kind == tNum {
			return false
		}
	}
	return d.itemAfterOf(k+1, b) || d.toks[k+1].is("more", "over", "nearly", "about", "some")
}

// otherDay: clause [a, b) dates its goods to another day than the act
// told just before ("The first flight, on Wednesday, carried …" after a
// flight of Friday): another consignment, not the contents of that one.
func (d *doc) otherDay(a, b int) bool {
	if len(d.shipments) == 0 {
		return false
	}
	ds := d.shipDates(a, b)
	if len(ds) == 0 {
		return false
	}
	// the act's date, or the date of the act it goes on with
	for n := len(d.shipments) - 1; n >= 0 && n >= len(d.shipments)-recentActs; n-- {
		if dt := d.shipments[n].date; dt != nil {
			return dt.value != ds[0].value
		}
	}
	return false
}

// addContents adds the goods of a "the shipment includes …" clause [a, b)
// of sentence si to the act it tells of: the act just before (or the one
// of the recipient it names), or a new act when none is told; it reports
// whether it took the clause.
func (d *doc) addContents(si, a, b int, c contents) bool {
	k, to := c.at, c.to
	var last *shipment
	if n := len(d.shipments); n > 0 {
		last = d.shipments[n-1]
		if si-last.last > 8 || c.from != nil && last.donor != nil && c.from != last.donor || c.owner != nil && last.donor != nil && c.owner != last.donor {
			last = nil
		}
	}
	if last != nil && c.done && last.planned {
		// "Mexico promised to keep delivering aid. The shipment that
		// arrived in Cuba contained …": the latest act told as done
		for n := len(d.shipments) - 2; n >= 0 && n >= len(d.shipments)-recentActs; n-- {
			if e := d.shipments[n]; !e.planned && si-e.last <= 8 && e.donor == last.donor {
				last = e
				break
			}
		}
	}
	if last != nil && c.another && len(last.items) > 0 {
		// "The fourth consignment includes …" after an act with goods:
		// a new act of the same donor (and recipient, unless it names one)
		cp := *last
		cp.items, cp.sent, cp.last, cp.date, cp.thereof, cp.another = nil, si, si, nil, false, true
		if to != nil {
			cp.recipient, cp.recipientSet = to, true
		}
		last = &cp
		d.shipments = append(d.shipments, last)
	}
	if last == nil {
		// no act before: the telling is the act ("Japan's assistance
		// to Ukraine includes …", "The shipment from China contained …")
		donor := c.from
		if donor == nil {
			donor = c.owner
		}
		if donor == nil {
			donor = d.actorBefore(si, a, to)
		}
		for s := si; donor == nil && s >= 0 && s >= si-2; s-- {
			// "A team was deployed as part of the UK's aid mission to
			// Nepal. The plane carried 1,100 shelter kits"
			ps, pe := d.bounds(s)
			donor = d.partOfOwner(ps, pe)
		}
		if donor == nil {
			// "The aid … comprises 5,000 food parcels, the Kuwaiti embassy said"
			_, end := d.bounds(si)
			if e := d.trailingSayer(k, end); e != nil && e != to {
				donor = e
			}
		}
		if donor == nil {
			return false
		}
		last = &shipment{sent: si, last: si, donor: donor, recipient: to, recipientSet: to != nil}
		d.shipments = append(d.shipments, last)
	}
	if to != nil && (to != last.recipient || len(last.items) == 0) && si-last.last <= 8 {
		// "The consignment to Syria contains …": that recipient's act
		// the latest act of that recipient that names goods, else the
		// latest told without them
		var mine, bare *shipment
		for n := len(d.shipments) - 1; n >= 0 && n >= len(d.shipments)-recentActs && mine == nil; n-- {
			if e := d.shipments[n]; e.donor == last.donor && e.recipient == to {
				if len(e.items) > 0 {
					mine = e
				} else if bare == nil {
					bare = e
				}
			}
		}
		if mine == nil {
			mine = bare
		}
		if mine == nil {
			cp := *last
			cp.items, cp.recipient, cp.recipientSet, cp.sent = nil, to, true, si
			mine = &cp
			d.shipments = append(d.shipments, mine)
		}
		last = mine
	}
	if si-last.last <= 8 {
		d.quotedGoods = d.quoted[k-1]
		e := b
		if c.end > 0 {
			e = c.end
		}
		items := d.itemsIn(k, e)
		d.quotedGoods = false
		if c.whole != nil && len(items) > 0 {
			// the umbrella word of the subject with the consignment's count
			// (guidelines 4.3 b)
			h := c.whole.i
			s := h
			for s-1 >= a && d.toks[s-1].Kind == tWord && !d.definiteGoods(s-1) && !d.toks[s-1].capitalised() && !d.toks[s-1].is("of") {
				s--
			}
			w := *c.whole
			w.i, w.name, w.named, w.generic, w.desc = s, d.itemName(s, h+1), true, true, d.text(s, h+1)
			items = append([]*item{&w}, items...)
		}
		if last.donor == nil {
			// "These supplies consist of aid from the French government"
			for q := k; q+1 < b; q++ {
				if d.toks[q].is("from") {
					if e := d.placeEntityAt(q+1, b); e != nil {
						last.donor = e
						break
					}
				}
			}
		}
		if len(items) > 0 {
			// "… 270 tonnes of food aid to Sudan and Eritrea. The food aid,
			// comprising …": the goods of each recipient's act
			var twins []*shipment
			if to == nil {
				twins = d.twins(last)
			}
			for _, e := range twins {
				for _, it := range items {
					c := *it
					e.items = append(e.items, &c)
				}
				e.last = si
			}
			last.items = append(last.items, items...)
			last.last = si
		}
		return true
	}
	return false
}

// sendsHere: the sending word at k sends in this clause: "carry out",
// "touched on" and "left" with no goods or carrier before it do not.
func (d *doc) sendsHere(k, a, b int) bool {
	t := d.toks[k]
	if k+1 < b && d.x.notGoods[d.toks[k+1].Low] == "carrier" {
		return false // "a transport plane", "the supply ship"
	}
	if d.urgedTo(k, a) {
		return false // "called for charities to provide assistance"
	}
	switch {
	case t.is("deliver", "delivers", "delivered", "delivering") && k+2 < b && d.toks[k+1].is("on") && d.toks[k+2].is("its", "their", "his", "her", "our", "the", "a", "this", "that", "promises", "pledges", "commitments"):
		return false // "continues to deliver on its promise"
	case t.is("carry", "carried", "carrying", "carries") && k+1 < b && d.toks[k+1].is("out", "on"):
		return false
	case t.is("touched"):
		return k+1 < b && d.toks[k+1].is("down")
	case t.is("come", "comes", "came", "coming") && k+1 < b && (d.toks[k+1].is("after", "amid", "amidst", "despite", "following", "days", "weeks", "hours", "months", "shortly", "just", "only", "barely", "soon") ||
		d.toks[k+1].is("as") && !(k+2 < b && d.toks[k+2].is("part"))):
		return false // "The flight comes after the president ordered aid": when, not a journey
	case t.is("followed", "follows"):
		// "Spain followed with 20 tonnes of canned food"
		return k+2 < b && d.toks[k+1].is("with") && d.itemAfterOf(k+2, b)
	case t.is("loaded"):
		return k+1 < b && d.toks[k+1].is("with", "onto", "on")
	case t.is("given") && k == a:
		return false // "Given the emergency, …"
	case t.is("distributed", "distributes", "distribute", "distributing"):
		// the donor's hands give goods out: "KSrelief distributed 1,200
		// food baskets in Sudan"; goods "distributed to hospitals" by
		// someone else are the same goods told again
		return !d.passive(k, a)
	case t.is("pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise", "promising", "extended", "extends", "extend", "extending", "rush", "rushes",
		"presented", "presents", "present", "presenting", "granted", "grants", "grant", "granting", "offered", "offers", "offer", "offering", "committed", "commits", "commit", "committing",
		"released", "releases", "release", "releasing", "allocated", "allocates", "allocate", "allocating", "earmarked", "prepared", "readied",
		"shared", "shares", "share", "sharing"):
		// these send only with goods for object: "pledged 500,000 doses",
		// "promised Indonesia 2 million doses", "extended 100 ventilators",
		// not "pledged a thorough use of the doses", "extended its support"
		q := k + 1
		if m := d.mat(q); q < b && m != nil && m.i == q && (m.kind == kCountry || m.kind == kGrouping) {
			q = m.j
		}
		if q < b && d.toks[q].is("another", "further", "additional") {
			q++
		}
		if _, ok := d.quantityAt(q, b); ok {
			return true
		}
		np := d.nounPhrase(q, b)
		if np > q && genericItems[d.toks[np-1].Low] && np+3 < b && d.toks[np].is("in") && d.toks[np+1].is("the") && d.toks[np+2].is("form") {
			return d.itemAfterOf(np+4, b) // "extended assistance in the form of 10 tonnes of medicines"
		}
		return np > q && d.hasItemWord(q, np) // named goods, not "full assistance"
	case nounVerbs[t.Low]:
		return d.modalBefore(k, a)
	case t.is("expected"):
		// "2 million doses are expected from the US": goods expected from a
		// sender (not "expected to arrive", which "arrive" tells)
		if !(k+1 < b && d.toks[k+1].is("from")) {
			return false
		}
		q := d.subjectEnd(k, a)
		return q >= a && d.goodsOrCarrier(q, q+1)
	case t.is("went", "go", "goes", "going", "gone"):
		// goods that go to a place: "200,000 doses will go to Nepal"
		if !(k+1 < b && d.toks[k+1].is("to") && d.placeEntityAt(k+2, b) != nil) {
			return false
		}
		q := d.subjectEnd(k, a)
		return q >= a && d.goodsOrCarrier(q, q+1)
	case t.is("bring", "brings", "bringing", "brought") && k+1 < b && d.toks[k+1].is("about", "together", "forward", "up", "down"):
		return false // "bring about engagement", "brought together leaders"
	case t.is("reach", "reaches", "reached", "reaching") && !(k+1 < b && (d.placeEntityAt(k+1, b) != nil || d.toks[k+1].is("here"))):
		// "the aid reached Gaza" sends; without a place the subject must be
		// goods or their carrier ("the ship reached port"), not "to reach a
		// consensus", "its geographical reach"
		fallthrough
	case t.is("came", "comes", "come", "coming", "entered", "enters", "crossed", "crosses"):
		// goods or their carriers come or cross: "the vaccines came from
		// China", "trucks carrying aid entered Gaza"
		q := d.subjectEnd(k, a)
		for p := q; p >= a && p > q-12; p-- {
			if d.goodsOrCarrier(p, p+1) && !d.toks[p].capitalised() {
				return true
			}
		}
		return false
	case departVerbs[t.Text]:
		// the subject's head is goods or a carrier: "the aid left Paris",
		// "oxygen from France left", not "people left homeless"
		if t.is("took", "taken") && !(k+1 < b && d.toks[k+1].is("off")) {
			return false // only "the plane took off"
		}
		q := d.subjectEnd(k, a)
		if m := d.mat(q); q >= a && m != nil && m.j == q+1 && m.i-1 >= a && d.toks[m.i-1].is("from") {
			q = m.i - 2 // "… aid from France left"
		}
		if q >= a && d.toks[q].is("aboard", "onboard", "board") {
			// "a plane with humanitarian aid aboard took off": the goods
			// on board
			for p := q - 1; p >= a && p > q-8; p-- {
				if d.goodsOrCarrier(p, p+1) {
					return true
				}
			}
		}
		if q >= a && d.toks[q].Kind == tWord && !d.toks[q].capitalised() {
			return d.goodsOrCarrier(q, q+1)
		}
		if q >= a && d.toks[q].is(",", ")") {
			// "A second shipment, including 1,000 tents, will leave": the
			// subject's head before the words set off by commas
			for p := q - 1; p >= a && p > q-12; p-- {
				if d.toks[p].is(",") && p > a && d.toks[p-1].Kind == tWord && !d.toks[p-1].capitalised() {
					return d.goodsOrCarrier(p-1, p) || shipNouns[d.toks[p-1].Low]
				}
			}
		}
		// a named ship or plane: "INS Deepak has also set sail"
		for p := q; p >= a && p > q-12; p-- {
			if d.x.notGoods[d.toks[p].Low] == "carrier" {
				return true
			}
		}
		return false
	}
	return true
}

// peopleSubject: the subject in [a, trig) is people or a team ("A team of
// 15 engineers", "Some 200 soldiers"), not goods.
func (d *doc) peopleSubject(a, trig int) bool {
	k := a
	for k < trig && (d.toks[k].is("a", "A", "an", "An", "the", "The", "some", "Some") || d.toks[k].Kind == tNum) {
		k++
	}
	np := d.nounPhrase(k, trig)
	if np == k || d.hasItemWord(k, np) {
		return false
	}
	head := d.toks[np-1].Low
	switch head {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "time", "times":
		return false
	}
	return d.x.notGoods[head] == "other" || d.x.notGoods[singular(head)] == "other"
}

// partOfOwner is the country or body whose aid the act is told as part of
// ("as part of the UK government's aid mission to Nepal", "part of
// Japan's emergency response package"), or nil.
func (d *doc) partOfOwner(start, end int) *entity {
	for k := start; k+3 < end; k++ {
		if d.quoted[k] || !d.toks[k].is("part", "Part") || !d.toks[k+1].is("of") {
			continue
		}
		q := k + 2
		if d.toks[q].is("the") {
			q++
		}
		m := d.mat(q)
		if m == nil || m.i != q || !(m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping || m.kind == kDemonym) {
			continue
		}
		r := m.j
		if m.kind != kDemonym && r < end && d.toks[r].is("government", "Government") {
			r++
		}
		if m.kind != kDemonym {
			if r >= end || !d.toks[r].is("'s", "’s") {
				continue
			}
			r++
		}
		// the head of the phrase names aid or an aid programme
		for h := r; h < end && h < r+8; h++ {
			t := d.toks[h]
			if t.Kind != tWord && t.Kind != tNum && !currency[t.Text] {
				break
			}
			if genericItems[t.Low] || t.is("mission", "response", "effort", "efforts", "operation", "programme", "program", "initiative") {
				if h+1 >= end || !(d.toks[h+1].Kind == tWord && !phraseStops[d.toks[h+1].Low]) {
					return d.entityFor(m)
				}
			}
		}
	}
	return nil
}

// orderedBy is the country, grouping or office-holder on whose orders
// the act before trig is done ("on the orders of the Russian government",
// "following the instructions of the King"), or nil.
func (d *doc) orderedBy(start, trig int) *entity {
	for k := start; k+2 < trig; k++ {
		if d.quoted[k] || !d.toks[k].is("order", "orders", "instruction", "instructions", "directive", "directives", "direction", "directions", "command") ||
			!d.toks[k+1].is("of") {
			continue
		}
		if e := d.placeEntityAt(k+2, trig); e != nil {
			return e
		}
		// "the order of the Russian Federation government"
		q := k + 2
		if d.toks[q].is("the") {
			q++
		}
		if m := d.mat(q); m != nil && m.i == q && m.kind == kDemonym && m.j < trig && d.toks[m.j].is("government", "Government", "authorities") {
			return d.entityFor(m)
		}
	}
	return nil
}

// carrierOwner is the country of a carrier that is the subject before
// trig ("a Ukrainian air force plane", "Italy's navy ship"), or nil.
func (d *doc) carrierOwner(a, trig int) *entity {
	q := d.subjectEnd(trig, a)
	if q < a || d.x.notGoods[d.toks[q].Low] != "carrier" {
		return nil
	}
	for p := q - 1; p >= a && p > q-8; p-- {
		m := d.mat(p)
		if m == nil {
			m = d.armedService(p)
		}
		if m != nil && (m.kind == kDemonym || m.kind == kCountry || m.kind == kGrouping) {
			if p > a && d.toks[p-1].is("from", "to", "for", "in") {
				return nil
			}
			return d.entityFor(m)
		}
		if d.toks[p].Kind != tWord {
			return nil
		}
	}
	return nil
}

// frontedPlace is the country a sentence opens with in "In X, …" when the
// clause at a (its first) holds the sending verb at trig: where the act
// takes place, so where the goods go.
func (d *doc) frontedPlace(start, a, trig int) *entity {
	if a != start || start+3 >= trig || !d.toks[start].is("In") {
		return nil
	}
	m := d.mat(start + 1)
	if m == nil || m.i != start+1 || m.j >= trig || !d.toks[m.j].is(",") {
		return nil
	}
	switch m.kind {
	case kCountry:
		return d.entityFor(m)
	case kCity:
		return d.countryEntity(d.x.lex.Cities[m.ref].Country)
	}
	return nil
}

// urgedTo: the verb at k is the infinitive of what someone is urged or
// asked to do ("called for charities to provide assistance", "urged donors
// to send tents"): a wish, not a sending act.
func (d *doc) urgedTo(k, a int) bool {
	if k-1 < a || !d.toks[k-1].is("to") {
		return false
	}
	for q := k - 2; q >= a && q >= k-8; q-- {
		t := d.toks[q]
		if t.is("urged", "urges", "urge", "urging", "called", "calls", "calling", "asked", "asks", "asking",
			"appealed", "appeals", "appealing", "encouraged", "encourages", "encouraging", "invited", "invites") {
			return true
		}
		if t.Kind != tWord || sendVerbs[t.Text] || beForms[t.Low] {
			return false
		}
	}
	return false
}

// itemAfterOf: the words at k name goods ("of 1,200 tents", "of vaccines").
func (d *doc) itemAfterOf(k, b int) bool {
	if k+1 < b && d.toks[k].is("another", "further", "additional") {
		k++
	}
	if k >= b {
		return false
	}
	if _, ok := d.quantityAt(k, b); ok {
		return true
	}
	np := d.nounPhrase(k, b)
	return np > k && d.goodsOrCarrier(k, np)
}

// bulleted: the sentence [start, end) is a line of a list: it opens with a
// bullet or a dash.
func (d *doc) bulleted(start, end int) bool {
	return start < end && (isBullet(d.toks[start]) || isLineBullet(d.toks[start]) || d.toks[start].is("-", "–", "—", "*") || d.bareLine(start, end))
}

// bareLine: the sentence [start, end) is a line of its own of a few words,
// with no verb and no full stop: an item of a list without bullets
// ("The goods include the following items:" then "Generators", "Camping
// Tents" a line each).
func (d *doc) bareLine(start, end int) bool {
	if end-start > 6 || d.toks[start].Breaks == 0 || end < len(d.toks) && d.toks[end].Breaks == 0 || d.toks[end-1].is(".", "!", "?") {
		return false
	}
	for k := start; k < end; k++ {
		if d.tag(k) == pos.VERB || d.tag(k) == pos.AUX {
			return false
		}
	}
	return true
}

// inActClause: token k lies in a clause of its own sending act.
func (d *doc) inActClause(k int, segs [][2]int) bool {
	for _, sg := range segs {
		if k < sg[0] || k >= sg[1] {
			continue
		}
		for q := sg[0]; q < sg[1]; q++ {
			if sendVerbs[d.toks[q].Text] && !d.quoted[q] {
				return true
			}
		}
	}
	return false
}

// helpedIn finds the "in" of a purpose told after the sending verb at
// trig, "to help|assist|support … in X" ("to help rebuild houses in Cuba",
// "to assist flood victims in Chad"), within [trig, b) and before any
// comma; it returns -1 when there is none or no place follows.
func (d *doc) helpedIn(trig, b int) int {
	help := false
	for k := trig + 1; k+1 < b && !d.toks[k].is(",", ";"); k++ {
		switch {
		case d.toks[k].is("to") && d.toks[k+1].is("help", "assist", "support", "aid", "rebuild", "restore"):
			help = true
		case help && d.toks[k].is("in") && d.placeEntityAt(k+1, b) != nil && d.mat(k+1) != nil && d.mat(k+1).kind == kCountry:
			return k
		}
	}
	return -1
}

// placeList reads places joined by commas and "and" from k.
func (d *doc) placeList(k, b int) []*entity {
	var out []*entity
	closed := false // the list ends in "and X"
	for k < b {
		if d.toks[k].is("the") {
			k++
		}
		if k+2 < b && d.toks[k].is("governments", "peoples") && d.toks[k+1].is("of") {
			k += 2 // "from the governments of China and Argentina"
			if d.toks[k].is("the") {
				k++
			}
		}
		e := d.placeEntityAt(k, b)
		if e == nil || d.mat(k) == nil || len(out) > 0 && d.mat(k).kind == kAgency {
			break
		}
		out = append(out, e)
		if closed {
			break
		}
		k = d.mat(k).j
		if k+1 < b && d.toks[k].is(",", "and") {
			closed = d.toks[k].is("and")
			k++
			if d.toks[k].is("and") {
				k++
				closed = true
			}
			if k >= b {
				break
			}
			if d.toks[k].is(",") {
				// "China, Argentina and, through COVAX, France and Spain":
				// the list goes on after words set off by commas
				for q := k + 1; q < b && q < k+8; q++ {
					if d.toks[q].is(",") {
						if q+1 < b && d.mat(q+1) != nil && d.placeEntityAt(q+1, b) != nil {
							k, closed = q+1, false
						}
						break
					}
				}
			}
			continue
		}
		break
	}
	if !closed && len(out) > 1 {
		return out[:1] // "to Russia, the White House said": no list
	}
	return out
}

// spreadOut: the sentence spreads the act over days ("followed by further
// shipments", "through the week", "over the coming days").
func (d *doc) spreadOut(start, end int) bool {
	for k := start; k+2 < end; k++ {
		t := d.toks[k]
		switch {
		case t.is("followed") && d.toks[k+1].is("by") && d.toks[k+2].is("further", "more", "other", "additional"):
			return true
		case t.is("through", "throughout", "over") && d.toks[k+1].is("the") && d.toks[k+2].is("week", "weekend", "month"):
			return true
		case t.is("over", "in") && d.toks[k+1].is("the") && k+3 < end && d.toks[k+2].is("coming", "next", "following") && d.toks[k+3].is("days", "weeks"):
			return true
		case t.is("to") && d.toks[k+1].is("date") && k > start && !d.toks[k-1].is("up"):
			// "From February 7 to date, 14 aircraft have brought aid"
			return true
		case t.is("between") && d.toks[k+2].is("and"):
			// "delivered between August and December 2021": months apart
			if _, ok := monthOf(d.toks[k+1]); ok {
				return true
			}
		case t.is("first") && d.toks[k+1].is("of") && isCount(d.toks[k+2]) && k+3 < end && d.toks[k+3].is("daily", "weekly"):
			// "the first of four daily cargo planes … is to land on
			// Friday": one flight of a series
			return true
		}
	}
	return false
}

// dispatchDate: the date at k tells when the goods left ("left Madrid
// yesterday", "were dispatched on Monday"), which stands however long
// they take to arrive.
func (d *doc) dispatchDate(k, start int) bool {
	for q := k - 1; q >= start && q >= k-8; q-- {
		if departVerbs[d.toks[q].Text] || d.toks[q].is("dispatched", "despatched", "shipped", "airlifted", "flown") {
			return true
		}
		if d.toks[q].is(",", ";", "and") {
			return false
		}
	}
	return false
}

// partOfToday is the article's date when the clause says "this morning",
// "this afternoon" or "this evening".
func (d *doc) partOfToday(a, b int) *dateExpr {
	if !d.a.HasDate() {
		return nil
	}
	for k := a; k+1 < b; k++ {
		if d.toks[k].is("this", "This") && d.toks[k+1].is("morning", "afternoon", "evening") && !d.quoted[k] {
			return &dateExpr{k, k + 2, d.a.Date.Format("2006-01-02"), schema.XSDDate}
		}
	}
	return nil
}

// pointsBack: the clause [a, trig) opens with a definite noun phrase of
// goods or of a sending act ("The aid", "This consignment", "The
// vaccines") that is its subject: the goods the text told of before.
func (d *doc) pointsBack(a, trig int) bool {
	k := a
	for k < trig && d.toks[k].Kind == tPunct {
		k++
	}
	if k+1 < trig && d.toks[k].is("Of", "From", "Out") {
		k++ // "Of this batch, 100,000 doses were donated by India"
		if d.toks[k].is("of") {
			k++
		}
	}
	return k < trig && d.toldGoods(k, trig)
}

// toldGoods: the words at k are a definite noun phrase of goods, of a
// sending act or of a carrier ("The aid", "this consignment", "the
// relief provisions"), ending before b.
func (d *doc) toldGoods(k, b int) bool {
	if !d.toks[k].is("The", "This", "These", "That", "the", "this", "these") {
		return false
	}
	np := d.nounPhrase(k+1, b)
	if np == k+1 {
		return false
	}
	head := d.toks[np-1].Low
	return genericItems[head] || shipNouns[head] || shipNouns[singular(head)] || d.goodsOrCarrier(k+1, np)
}

// carriesBack: a participle of carrying after the verb at trig has a
// definite noun phrase of goods in general for object ("arrived at the
// port carrying the relief supplies, which include …"): the goods the
// text told of before.
func (d *doc) carriesBack(trig, b int) bool {
	for k := trig + 1; k+2 < b; k++ {
		if d.toks[k].is(",", ";", "and", "while", "as") {
			return false
		}
		if !containVerbs[d.toks[k].Low] || !strings.HasSuffix(d.toks[k].Low, "ing") {
			continue
		}
		for q := trig + 1; q < min(b, k+6); q++ {
			if ordinals[d.toks[q].Low] > 0 || d.toks[q].is("initial", "next", "latest", "new", "further", "additional") {
				return false // "its first two planes carrying the initial supplies": an act of its own
			}
		}
		return d.toldGoods(k+1, b)
	}
	return false
}

// sameDay: the clause says "the same day".
func (d *doc) sameDay(a, b int) bool {
	for k := a; k+2 < b; k++ {
		if d.toks[k].is("same", "that") && d.toks[k+1].is("day") {
			return true
		}
	}
	return false
}

// moneyIn: the clause counts money ("$30 million", "£3 million").
func (d *doc) moneyIn(a, b int) bool {
	for k := a; k < b; k++ {
		if currency[d.toks[k].Text] || d.toks[k].is("dollars", "euros", "rupees", "yuan", "yen") {
			// "rice worth $1 million": the value of goods, not money given;
			// "worth 24 million yuan (US$3 million)": the value again in
			// another currency
			q := k - 1
			for q >= a && q >= k-8 && (d.toks[q].Kind == tNum || scaleWords[d.toks[q].Low] > 0 || currency[d.toks[q].Text] || qualifierWord(d.toks[q].Low) ||
				d.toks[q].is("(", "dollars", "euros", "rupees", "yuan", "yen") || d.toks[q].is("US") && q > a && d.toks[q-1].is("(")) {
				q--
			}
			if q >= a && d.toks[q].is("worth", "valued", "value", "costing") || q-1 >= a && d.toks[q].is("at", "of") && d.toks[q-1].is("valued", "value") {
				continue
			}
			return true
		}
	}
	return false
}

// qualifierWord: w may stand before an amount ("over", "about", "some").
func qualifierWord(w string) bool {
	for _, q := range qualifiers {
		if len(q) == 1 && q[0] == w {
			return true
		}
	}
	return false
}

// countsPlaces: the words at k count places without naming them ("more
// than a dozen countries", "several nations").
func (d *doc) countsPlaces(k, b int) bool {
	for q := k; q < b && q < k+9; q++ {
		switch d.toks[q].Low {
		case "countries", "nations", "states", "territories", "economies", "neighbours", "neighbors", "partners":
			return true
		}
		if d.toks[q].Kind == tPunct && !d.toks[q].is("-", "–") { // "low- and middle-income countries"
			return false
		}
	}
	return false
}

// namedPlaces are the places a count of countries at k spells out after a
// colon or dash ("four countries — Chad, Niger, Mali and Benin").
func (d *doc) namedPlaces(k, b int) []*entity {
	if !d.countsPlaces(k, b) {
		return nil
	}
	for q := k; q+1 < b && q < k+6; q++ {
		if d.toks[q].is(":", "—", "–") {
			if d.placeEntityAt(q+1, b) == nil {
				return nil
			}
			ps := d.placeList(q+1, b)
			if len(ps) < 2 {
				return nil
			}
			return ps
		}
	}
	return nil
}

// toRegion: the words at k name a part of the world, not a country ("Latin
// America", "the Caribbean", "the region").
func (d *doc) toRegion(k, b int) bool {
	if k < b && d.toks[k].is("the") {
		k++
	}
	if k >= b {
		return false
	}
	if m := d.mat(k); m != nil && m.i == k && m.kind == kRegion {
		return true
	}
	return d.toks[k].is("region", "continent", "world")
}

// isVerbUse: a sending word used as a verb, not as a noun ("a gift",
// "the supplies", "a hand").
func (d *doc) isVerbUse(k, b int) bool {
	if k > 0 && d.toks[k-1].is("a", "an", "the", "this", "that", "its", "their", "his", "her") {
		return false
	}
	if d.toks[k].is("hand", "hands", "handed", "handing") {
		return k+1 < len(d.toks) && d.toks[k+1].is("over")
	}
	return true
}

// listBefore keeps the items a participle tells of: the last one before
// it and those joined to that one by commas and "and" ("the 200,000 doses
// from Sinopharm donated by China", not the "684,000 doses" before them).
func (d *doc) listBefore(items []*item, trig int) []*item {
	last := -1
	for n, it := range items {
		if it.j <= trig {
			last = n
		}
	}
	if last < 0 {
		return nil
	}
	first := last
	for first > 0 && d.joined(items[first-1].j, items[first].i) {
		first--
	}
	return items[first : last+1]
}

// listMembers adds the plain noun phrases that a list joins to goods read
// already: "rice, cooking oil, noodles and biscuits", "bedding, blankets,
// towels" — goods the lexicon need not know, known by the list they are in.
func (d *doc) listMembers(out []*item, a, b int) []*item {
	var added []*item
	starts := map[int]bool{}
	ends := map[int]int{} // where the goods read already that start at a token end
	for _, it := range out {
		starts[it.i] = true
		ends[it.i] = it.j
	}
	for _, it := range out {
		if it.generic {
			continue
		}
		// forward: "noodles, and biscuits" after "cooking oil"; past goods
		// read already ("medicines, surgical supplies, dental products")
		for k := it.j; ; {
			s := d.goodsSep(k, b)
			if s < 0 {
				break
			}
			if e, ok := ends[s]; ok && !d.toks[s].is("other") {
				k = e // ("and other supplies" ends the list)
				continue
			}
			if starts[s] {
				break
			}
			if m := d.coordinated(s, b); m != nil {
				added = append(added, m) // "and shelter and public health materials"
				starts[s] = true
				k = m.j
				continue
			}
			e := d.plainMember(s, b)
			if e < 0 {
				break
			}
			added = append(added, d.memberItem(s, e))
			starts[s] = true
			k = e
		}
		// backward: "bedding" before ", blankets"
		for k := it.i; ; {
			p := k - 1
			if p >= a && d.toks[p].is("and", "or") {
				p--
				if p >= a && d.toks[p].is(",") {
					p--
				}
			} else if p >= a && d.toks[p].is(",") {
				p--
			} else {
				break
			}
			e := p + 1
			s := e
			for s-1 >= a && e-(s-1) <= 4 && d.toks[s-1].Kind == tWord && !phraseStops[d.toks[s-1].Low] && !sendVerbs[d.toks[s-1].Text] &&
				!containVerbs[d.toks[s-1].Low] && !receiveVerbs[d.toks[s-1].Text] && (d.mat(s-1) == nil || d.mat(s-1).kind == kItem) && !d.quotedOut(s-1) {
				s--
			}
			if s == e || starts[s] || d.plainMember(s, b) != e || !d.listOpens(s, a) {
				break
			}
			added = append(added, d.memberItem(s, e))
			starts[s] = true
			k = s
		}
	}
	if len(added) == 0 {
		return out
	}
	out = append(out, added...)
	sort.SliceStable(out, func(x, y int) bool { return out[x].i < out[y].i })
	return out
}

// coordinated reads a bare modifier that shares the head of the phrase
// after "and": "shelter and public health materials" names shelter
// materials and public health materials.
func (d *doc) coordinated(s, b int) *item {
	e := d.nounPhrase(s, b)
	if e == s || e-s > 2 || e+1 >= b || !d.toks[e].is("and") {
		return nil
	}
	for q := s; q < e; q++ {
		if d.toks[q].Kind != tWord || d.toks[q].capitalised() || d.mat(q) != nil && d.mat(q).kind != kItem {
			return nil
		}
	}
	e2 := d.nounPhrase(e+1, b)
	if e2-(e+1) < 2 || e2-(e+1) > 4 || !umbrellaWords[d.toks[e2-1].Low] {
		return nil
	}
	it := d.memberItem(s, e)
	it.name += " " + singular(d.toks[e2-1].Low)
	return it
}

// quotedOut: token k is quoted and quoted words are not read now.
func (d *doc) quotedOut(k int) bool { return d.quoted[k] && !d.quotedGoods }

// memberItem is the list member on tokens [s, e) as an item.
func (d *doc) memberItem(s, e int) *item {
	return &item{i: s, j: e, name: d.itemName(s, e), named: true, desc: d.text(s, e)}
}

// goodsSep reads the separator of a list at k (", ", "and", ", and", "as
// well as", "and also") and returns the index after it, or -1.
func (d *doc) goodsSep(k, b int) int {
	if k >= b {
		return -1
	}
	switch {
	case d.toks[k].is(","):
		k++
		if k < b && d.toks[k].is("and", "or") {
			k++
		}
	case d.toks[k].is("and", "or"):
		k++
	case k+2 < b && d.toks[k].is("as") && d.toks[k+1].is("well") && d.toks[k+2].is("as"):
		k += 3
	case k+1 < b && d.toks[k].is("along") && d.toks[k+1].is("with"):
		k += 2 // "4 tons of medicines, along with 6 million tablets"
	default:
		return -1
	}
	if k < b && d.toks[k].is("also") {
		k++
	}
	return k
}

// listOpens: the member starting at s opens a list of goods: it follows
// "including", "such as", a colon, a dash or a verb, or starts the clause.
func (d *doc) listOpens(s, a int) bool {
	if s == a {
		return true
	}
	p := d.toks[s-1]
	return p.is(":", "—", "–", "(", "including", "like", "as", "of", "and", ",") || sendVerbs[p.Text] || containVerbs[p.Low] || receiveVerbs[p.Text]
}

// plainMember: tokens from s make a short plain noun phrase that ends
// where a list member ends; it returns that end, or -1.
func (d *doc) plainMember(s, b int) int {
	e := d.nounPhrase(s, b)
	if e == s || e-s > 4 {
		return -1
	}
	if e < b && !d.toks[e].is(",", "and", "or", ";", ".", ")", "—", "–", ":") && !phraseStops[d.toks[e].Low] && d.toks[e].Kind != tQuote {
		return -1
	}
	if e+1 < b && d.toks[e].is("to") && d.placeEntityAt(e+1, b) == nil {
		return -1 // "and plans to send more": a verb, not goods
	}
	for q := s; q < e; q++ {
		t := d.toks[q]
		if t.Kind != tWord || len(t.Text) < 2 || d.quotedOut(q) || strings.HasSuffix(t.Low, "ly") {
			return -1
		}
		if m := d.mat(q); m != nil && m.kind != kItem && m.kind != kTopic &&
			!(m.kind == kUnit && q == e-1 && q > s && d.toks[q].is("set", "sets", "pack", "packs")) { // "adaptor plug sets"
			return -1
		}
		if t.capitalised() && (q == s && q > 0 && d.toks[q-1].is(".", "\n") || calendarWord(t) || t.is("I")) {
			return -1
		}
	}
	head := d.toks[e-1].Low
	if d.x.notGoods[head] != "" || genericItems[head] || strings.HasSuffix(head, "ed") || strings.HasSuffix(head, "ing") || abstractNoun(head) ||
		d.toks[s].is("other", "Other", "more", "etc", "etc.", "the", "a", "an", "this", "these", "all", "many", "some", "such") {
		return -1
	}
	switch head {
	case "more", "others", "etc", "etc.", "so", "on", "much", "things", "stuff", "together":
		return -1
	}
	return e
}

// soFar: the sending verb at trig tells, in the active present perfect,
// what a sender has given up to now ("So far, Japan has donated close to 3
// million doses to Peru", "Chile has so far delivered 600 tonnes"): the sum
// of its acts, like a running total, not one act.
func (d *doc) soFar(trig, start, end int) bool {
	if d.quoted[trig] || !sendVerbs[d.toks[trig].Text] || intransitive[d.toks[trig].Text] {
		return false
	}
	perfect := false
	for q := trig - 1; q >= start && q >= trig-4; q-- {
		if d.toks[q].is("has", "have") {
			perfect = true
			break
		}
		if !d.toks[q].is("so", "thus", "far", "already", "also", "now", "together") {
			return false
		}
	}
	if !perfect {
		return false
	}
	for q := start; q+1 < end; q++ {
		if d.toks[q].is("so", "So", "thus", "Thus") && d.toks[q+1].is("far") ||
			d.toks[q].is("to", "till", "To", "Till") && d.toks[q+1].is("date") && (q == start || !d.toks[q-1].is("up")) ||
			d.toks[q].is("until", "Until", "up", "Up") && d.toks[q+1].is("now") {
			return true
		}
		if _, year := yearNumber(d.toks[q+1].Text); year && d.toks[q].is("since", "Since") && q+1 < trig {
			return true // "since 2016, Kenya has delivered over 60,000 tons": the acts of years
		}
	}
	return false
}

// runningTotal: the goods at k are the count a running total comes to
// ("bringing the total to 1,200 tents", "taking the total number of doses
// donated to 3 million", "to make a total of 120 tons"), not goods sent.
func (d *doc) runningTotal(k, a int) bool {
	if k+2 < len(d.toks) && d.toks[k].is("a", "A") && d.toks[k+1].is("total") {
		k += 2 // the item starts at "a total of"
	}
	for q := k - 1; q > a && q >= k-12; q-- {
		t := d.toks[q]
		if t.Kind == tPunct && !t.is("-", ",") {
			return false
		}
		// "bringing the total to", "brings Canada's total vaccine
		// donations to Jamaica, to 670,000 doses"
		v := q - 2
		if q-3 >= a && d.toks[q-1].is("'s", "’s") {
			v = q - 3
		}
		if t.is("total", "tally") && d.toks[q-1].is("the", "a", "its", "their", "'s", "’s") && v >= a &&
			d.toks[v].is("bringing", "brings", "bring", "brought", "taking", "takes", "take", "took", "raising", "raises", "raise", "raised",
				"making", "makes", "make", "made", "pushing", "pushes", "push", "pushed", "lifting", "lifts", "lift", "lifted") {
			return true
		}
	}
	return false
}

// quotedList: a quotation opens at k right after "such as", "including",
// "like" or a colon; it returns the end of the quoted words, or -1.
func (d *doc) quotedList(k, b int) int {
	if k == 0 || d.quoted[k-1] {
		return -1
	}
	p := k - 1
	for p > 0 && d.toks[p].Kind == tQuote {
		p--
	}
	if !d.toks[p].is("as", "including", "like", ":") || d.toks[p].is("as") && !d.toks[p-1].is("such") {
		return -1
	}
	e := k
	for e < b && d.quoted[e] {
		e++
	}
	return e
}

// isWeekday: w is the lower-case name of a day of the week (Sunday's
// weekday value is 0, so the map's value cannot tell).
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// abstractNoun: the word has the ending of an abstract noun ("sanitation",
// "development", "awareness", "security"), which a list of goods does
// not hold; goods with such names are in the lexicon.
func abstractNoun(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship", "hood", "acy"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// apposed: tokens [i, j) are a comma and words that rename what comes
// before ("supplies, this time biscuits", "aid, mainly rice").
func (d *doc) apposed(i, j int) bool {
	if i >= j || !d.toks[i].is(",", "—", "–", "(") {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !d.toks[k].is("this", "that", "time", "mostly", "mainly", "namely", "chiefly", "largely", "in", "particular", "especially", "all", "of", "them") {
			return false
		}
	}
	return true
}

// joined: tokens [i, j) only join two items of a list.
func (d *doc) joined(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.toks[k].is(",", "and", "or", ";", "as", "well") && !(d.toks[k].is("along") && k+1 < j && d.toks[k+1].is("with")) && !(d.toks[k].is("with") && k > i && d.toks[k-1].is("along")) {
			return false
		}
	}
	return true
}

// trailingSayer is the country or body of a closing attribution (", the
// UK government said", ", Japan's foreign ministry announced") in tokens
// [b, end) or at the end of the clause.
func (d *doc) trailingSayer(b, end int) *entity {
	for k := b - 1; k < end; k++ {
		if k < 0 || !d.toks[k].is(",") {
			continue
		}
		for q := k + 1; q < end && q <= k+8; q++ {
			if attributionVerbs[d.toks[q].Text] {
				for p := k + 1; p < q; p++ {
					if m := d.mat(p); m != nil && m.i == p && (m.kind == kCountry || m.kind == kDemonym || m.kind == kAgency || m.kind == kGrouping) {
						return d.entityFor(m)
					}
				}
				return nil
			}
			if d.toks[q].Kind == tPunct {
				break
			}
		}
	}
	return nil
}

// actorBefore is the country, agency or grouping that acts in the story
// just before clause a of sentence si: the first one named outside a
// prepositional phrase in this sentence before the clause or in one of the
// two sentences before ("Japan has announced emergency aid for Nepal"),
// other than the recipient.
func (d *doc) actorBefore(si, a int, recipient *entity) *entity {
	for s := si; s >= 0 && s >= si-2; s-- {
		start, end := d.bounds(s)
		if s == si {
			end = a
		}
		for k, m := range d.mentionsIn(start, end) {
			if d.quoted[k] || k < d.datelineEnd {
				continue
			}
			switch m.kind {
			case kCountry, kAgency, kGrouping, kDemonym:
			default:
				continue
			}
			p := k - 1
			if p >= start && d.toks[p].is("the", "The") {
				p--
			}
			if p >= start && (phraseStops[d.toks[p].Low] && !d.toks[p].is("and") && !d.govOf(p, start)) {
				continue // "for Nepal", "in Turkey"; not "the Government of Spain"
			}
			if e := d.entityFor(m); e != nil && e != recipient {
				return e
			}
		}
	}
	return nil
}

// firstPersonSender is the country of the speaker of the quotation that
// holds the sending verb at k, when its subject is "we" or "I" ("We have
// brought medicines," said the Greek minister); nil otherwise.
func (d *doc) firstPersonSender(k, a int) *entity {
	q := d.subjectEnd(k, a)
	if q < 0 {
		return nil
	}
	for _, qt := range d.quotes {
		if qt.q.i <= k && k < qt.q.j && qt.speaker != nil {
			if !d.toks[q].is("we", "We", "I") && !d.quotedPassive(k, max(a, qt.q.i), qt.q.j) {
				return nil
			}
			if c := d.speakerCountry(qt.speaker); c != nil {
				return c
			}
			return d.titleCountry(qt)
		}
	}
	return nil
}

// quotedPassive: the quoted sending verb at k is passive, with no "by"
// after it before the quotation ends at e, and its subject, from a (where
// the quotation or clause opens), names counted goods ("21 tonnes of
// relief materials … were airlifted today," the minister wrote): the
// speaker tells of an act of their own side.
func (d *doc) quotedPassive(k, a, e int) bool {
	if !d.passive(k, a) {
		return false
	}
	for q := k + 1; q < e; q++ {
		if d.toks[q].is("by") {
			return false // "doses have been donated to Bolivia by China"
		}
	}
	d.quotedGoods = true
	defer func() { d.quotedGoods = false }()
	for _, it := range d.itemsIn(a, k) {
		if it.qty != nil {
			return true
		}
	}
	return false
}

// titleCountry is the country a demonym or country name in the title in
// front of a quote's speaker names ("said Greek Civil Protection Minister
// Christos Stylianides"), when no office says it.
func (d *doc) titleCountry(qt *quotation) *entity {
	if qt.source < 0 || qt.source >= len(d.sents) {
		return nil
	}
	start, end := d.bounds(qt.source)
	for k, m := range d.mentionsIn(start, end) {
		if personOf(m) != qt.speaker {
			continue
		}
		for q := k - 1; q >= start && q >= k-6 && d.toks[q].Kind == tWord; q-- {
			if t := d.mat(q); t != nil && (t.kind == kDemonym || t.kind == kCountry) && t.j <= k {
				return d.entityFor(t)
			}
		}
		return nil
	}
	return nil
}

// speakerCountry is the country of the one office a person holds.
func (d *doc) speakerCountry(p *entity) *entity {
	var found *entity
	for o := range p.holds {
		if o.jurEnt == nil {
			continue
		}
		if found != nil && found != o.jurEnt {
			return nil
		}
		found = o.jurEnt
	}
	return found
}

// reducedRelative: the verb at trig is a participle after the goods it
// tells of ("doses donated by Japan", "the vaccines, delivered on
// Monday"), not the verb of a subject.
func (d *doc) reducedRelative(trig, a int) bool {
	w := d.toks[trig].Low
	if intransitive[w] {
		return false // "the ventilators arrived": the verb of the goods
	}
	if !strings.HasSuffix(w, "ed") && !d.toks[trig].is("sent", "given", "flown", "brought", "shipped") {
		return false
	}
	k := trig - 1
	for k >= a && strings.HasSuffix(d.toks[k].Low, "ly") && d.toks[k].Kind == tWord {
		k-- // "generously donated"
	}
	if k < a {
		return false
	}
	if d.toks[k].is(",") {
		k-- // "the vaccines, delivered on Monday"
	}
	m := d.mat(k)
	return m != nil && m.j == k+1 && (m.kind == kItem || m.kind == kUnit)
}

// passive: the verb at trig has a form of "be" before it.
func (d *doc) passive(trig, a int) bool {
	if strings.HasSuffix(d.toks[trig].Low, "ing") {
		return false // "is sending": progressive, not passive
	}
	for k := trig - 1; k >= a && k >= trig-3; k-- {
		if beForms[d.toks[k].Text] {
			return true
		}
	}
	return false
}

// contents is what "the shipment includes …" says: where the goods start
// and who sends and receives them, when the subject tells.
type contents struct {
	at       int     // the first token after the verb; -1 when the clause is no such telling
	end      int     // the comma that closes goods set off by commas ("The aid, which includes …, arrived"); 0 when none
	to, from *entity // "The consignment to Syria", "The shipment from China"
	// more: the other recipients of a subject that names several ("The
	// consignments meant for Madagascar and Comoros include …")
	more    []*entity
	owner   *entity // "Japan's assistance", "The Turkish contribution"
	another bool    // "The fourth consignment": an act of its own, not more of the one before
	done    bool    // "The shipment that arrived on Monday": an act told as done, not one to come
	// whole: the subject's umbrella word (i, j: its head) with the count of
	// the whole consignment set off after it ("The aid, consisting of 40
	// tons, is made up of …")
	whole *item
}

// includesAt finds "the shipment includes|contains|carries …" in [a, b).
// The subject is a definite word for a shipment, its goods or its carrier
// ("the Turkish contribution contains", "This aid consists of", "Japan's
// assistance to Ukraine includes"); the clause may be quoted.
func (d *doc) includesAt(a, b int) contents {
	none := contents{at: -1}
	// "It included 500 tents", "They contain …", "This includes …":
	// a pronoun at the head of the clause for the goods told before
	if k := a; k+1 < b && d.toks[k].is("It", "They", "This", "These", "it", "they", "this", "these") {
		v := k + 1
		if v+1 < b && d.toks[v].is("also") {
			v++ // "It also included …"
		}
		if d.toks[v].is("includes", "included", "include", "contains", "contained", "contain", "comprises", "comprised", "comprise") {
			return contents{at: v + 1}
		}
	}
	// "Also on board were 500 tents", "Aboard were …"
	for k := a; k+2 < b && k < a+3; k++ {
		if d.toks[k].is("board", "aboard", "Aboard") && d.toks[k+1].is("were", "was") {
			return contents{at: k + 2}
		}
		// "On board the aircraft were …", "Aboard the ship there are …"
		if d.toks[k].is("board", "aboard", "Aboard") && d.toks[k+1].is("the", "its", "each", "both") {
			q := k + 2
			for q < b && q < k+5 && d.x.notGoods[d.toks[q].Low] != "carrier" {
				q++
			}
			if q < b && d.x.notGoods[d.toks[q].Low] == "carrier" {
				q++
				if q < b && d.toks[q].is(",") {
					q++
				}
				if q < b && d.toks[q].is("there") {
					q++
				}
				if q+1 < b && d.toks[q].is("were", "was", "are", "is") {
					return contents{at: q + 1}
				}
			}
		}
	}
	// "500 solar lamps and 4,000 goggles are among the supplies already
	// packed": the goods before "among" the consignment's goods
	for k := a + 1; k+3 < b; k++ {
		if d.quoted[k] || !d.toks[k].is("are", "were") || !d.toks[k+1].is("among") || !d.toks[k+2].is("the") {
			continue
		}
		for q := k + 3; q < b && q < k+6 && d.toks[q].Kind == tWord; q++ {
			if genericItems[d.toks[q].Low] || shipNouns[d.toks[q].Low] || d.toks[q].is("essentials", "necessities") {
				if items := d.itemsIn(a, k); len(items) > 1 {
					return contents{at: a, end: k}
				}
				break
			}
		}
		break
	}
	// "Among the items (delivered) were 500 tents"
	if k := a; k+2 < b && d.toks[k].is("Among", "among") {
		for q := k + 1; q < b && q < k+8; q++ {
			if d.toks[q].is("were", "was", "are", "is") {
				return contents{at: q + 1}
			}
		}
	}
	for k := a; k+1 < b; k++ {
		low := d.toks[k].Low
		if !shipNouns[low] && !genericItems[low] && d.x.notGoods[low] != "carrier" {
			continue
		}
		c := contents{at: -1}
		det := false
		// "The fourth consignment includes …": another act than the one
		// told before
		c.another = shipNouns[low] && k > a && d.toks[k-1].is("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "latest", "new")
		// "The EU humanitarian cargo donation includes …": up to five
		// words between the determiner and the head
		for q := k - 1; q >= a-1 && q >= k-5; q-- {
			if q < a {
				// "Items delivered include …", "Relief supplies include
				// …", "Cargo included …": a bare plural or a bare mass
				// noun at the head of the sentence is the goods the story
				// tells of
				s0, _ := d.bounds(d.sentOf[a])
				nx := k + 1 // "Donations will include …"
				for nx+1 < b && d.toks[nx].is("will", "would", "also", "may") {
					nx++
				}
				det = a == s0 && d.toks[a].capitalised() && (strings.HasSuffix(low, "s") || k == a && genericItems[low]) &&
					(nx < b && (containVerbs[d.toks[nx].Low] && !strings.HasSuffix(d.toks[nx].Low, "ing") || d.sentParticiple(k+1)))
				break
			}
			if d.toks[q].is("the", "this", "these", "its", "our", "their", "The", "This", "These", "Its", "Our", "Their", "first", "second") {
				det = true
				break
			}
			if d.toks[q].is("'s", "’s") && q-1 >= a {
				if m := d.mat(q - 1); m != nil && m.j == q && (m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping) {
					det, c.owner = true, d.entityFor(m) // "Japan's assistance"
				}
				break
			}
			if m := d.mat(q); m != nil && m.kind == kDemonym && c.owner == nil {
				c.owner = d.entityFor(m) // "the Turkish contribution"
			}
			if d.toks[q].Kind != tWord || sendVerbs[d.toks[q].Text] {
				break
			}
		}
		if !det {
			det, c.whole = d.countedSubject(a, k, b)
		}
		if !det {
			continue
		}
		if d.namedPack(a, k) {
			// "The food packages include rice, oil and flour": the
			// contents of a pack, not items of the shipment (guidelines 4.3)
			return none
		}
		// "The consignment to Syria contains …", "The shipment from China
		// to Pakistan contained …"
		for n := 0; n < 2 && k+2 < b && d.toks[k+1].is("to", "for", "from"); n++ {
			e := d.placeEntityAt(k+2, b)
			if e == nil {
				break
			}
			if d.toks[k+1].is("from") {
				c.from = e
			} else {
				c.to = e
			}
			q := k + 2
			if d.toks[q].is("the") {
				q++
			}
			m := d.mat(q)
			if m == nil {
				break
			}
			k = m.j - 1
		}
		// "The items delivered on Thursday include …", "The consignments
		// meant for Madagascar and Comoros will include …": a participle
		// phrase between the subject and its verb of containing
		if k+2 < b && d.sentParticiple(k+1) {
			for q := k + 2; q < b && q < k+16; q++ {
				t := d.toks[q]
				if t.is(",", ";", ":", "and", "but", "which", "that") || d.quoted[q] != d.quoted[k] {
					break
				}
				if t.is("to", "for") && c.to == nil {
					if e := d.placeEntityAt(q+1, b); e != nil {
						c.to = e
						for _, m := range d.placeList(q+1, b) {
							if m != e {
								c.more = append(c.more, m)
							}
						}
						// go on after the places
						for q+1 < b && (d.mat(q+1) != nil || d.toks[q+1].is("the", ",", "and")) && q+1 < k+16 {
							if m := d.mat(q + 1); m != nil {
								q = m.j - 1
							} else {
								q++
							}
						}
						continue
					}
				}
				if t.is("from", "by") && c.from == nil {
					c.from = d.placeEntityAt(q+1, b)
				}
				if containVerbs[t.Low] && !strings.HasSuffix(t.Low, "ing") {
					k = q - 1
					break
				}
			}
		}
		for k+2 < b && d.toks[k+1].is("also", "further", "additionally", "reportedly", "will", "would", "mainly", "mostly", "chiefly", "primarily", "largely") {
			k++ // "The shipment to Bolivia also includes …", "The consignment mainly includes …"
		}
		if k+1 >= b {
			continue // the clause ends with its subject: no verb
		}
		v := d.toks[k+1]
		// "The shipment that arrived on Monday contained …": a relative
		// clause (no comma, no second verb of containing) between the
		// subject and its verb
		if v.is("that", "which") && shipNouns[low] {
			for q := k + 2; q+1 < b && q < k+14; q++ {
				if d.toks[q].is(",", ";", ":", "and", "but") || d.quoted[q] != d.quoted[k] {
					break
				}
				if containVerbs[d.toks[q].Low] && !strings.HasSuffix(d.toks[q].Low, "ing") {
					for r := k + 2; r < q; r++ {
						// "that (just) arrived", not "that will arrive"
						if low := d.toks[r].Low; sendVerbs[d.toks[r].Text] && !d.modalBefore(r, k+2) &&
							(strings.HasSuffix(low, "ed") || d.toks[r].is("came", "left", "sent", "brought", "flew", "went", "gave", "took")) {
							c.done = true
						}
					}
					k, v = q-1, d.toks[q]
					break
				}
			}
		}
		// "The package, paid for by the FCDO and delivered with UK-Med, includes …"
		if v.is(",") {
			for q := k + 2; q < b && q < k+25; q++ {
				if d.toks[q].is(",") && q+1 < b && (containVerbs[d.toks[q+1].Low] || d.toks[q+1].is("consisted", "consists")) {
					k, v = q, d.toks[q+1]
					break
				}
			}
		}
		if v.is(",") {
			// "The aid, which includes flour and oil, will be handed out",
			// "The food aid, comprising 155 tonnes of rice, is being
			// shipped": the goods between the commas
			q := k + 2
			if q < b && d.toks[q].is("which", "that") {
				q++
				for q < b && (beForms[d.toks[q].Low] || d.toks[q].is("will", "would", "also", "reportedly")) {
					q++
				}
				if q < b && !containVerbs[d.toks[q].Low] && !d.toks[q].is("consists", "consisted", "consist") {
					q = b
				}
			} else if q < b && !d.toks[q].is("comprising", "containing", "consisting", "weighing", "totalling", "totaling") {
				q = b
			}
			if q < b && d.toks[q].is("consists", "consisted", "consist", "consisting") {
				if q+1 >= b || !d.toks[q+1].is("of") {
					q = b
				} else {
					q++
				}
			}
			if q+1 < b {
				for e := q + 1; e < b; e++ {
					if d.toks[e].is(",") && e+1 < b && (beForms[d.toks[e+1].Low] || d.toks[e+1].is("will", "has", "have", "had", "was") ||
						sendVerbs[d.toks[e+1].Text] && d.tag(e+1) == pos.VERB) {
						if m := d.madeOf(e+1, b); m > 0 {
							// "The aid, consisting of 40 tons, is made up of
							// rice and blankets": the weight of the whole
							// consignment, then its goods
							if qt, ref, n, ok := d.countWithUnit(q+1, e); ok && q+1+n == e {
								c.whole = &item{i: k, j: k + 1, qty: &qt, unit: d.x.lex.Items[ref].Name}
							}
							c.at = m
							return c
						}
						c.at, c.end = q+1, e
						return c
					}
				}
			}
		}
		if v.is("brought", "brings") && k+3 < b && d.toks[k+3].is("total", "tally") {
			continue // "The latest shipment brought the total to 5 million doses": what all acts came to
		}
		if v.is("has", "had") && d.auxiliaryAt(k+1, b) {
			continue // "the vaccine batch has been handed over": a verb's tense, not what the batch holds
		}
		if v.is("includes", "included", "include", "contains", "contained", "contain", "carries", "carried", "comprises", "comprised", "comprise", "has", "had", "brought", "brings") {
			c.at = k + 2
			return c
		}
		if v.is("consists", "consisted", "consist") && k+2 < b && d.toks[k+2].is("of") {
			c.at = k + 3
			return c
		}
		if e := d.madeOf(k+1, b); e > 0 {
			c.at = e // "The aid is made up of rice and oil"
			return c
		}
	}
	return none
}

// auxiliaryAt: "has" or "had" at k helps the verb after it ("has been
// held", "had already arrived"), so it tells no possession.
func (d *doc) auxiliaryAt(k, b int) bool {
	n := k + 1
	for n < b && d.toks[n].is("also", "already", "just", "now", "since", "not", "yet", "finally") {
		n++
	}
	if n >= b {
		return false
	}
	tg := d.tag(n)
	return d.toks[n].is("been") || tg == pos.VERB || tg == pos.AUX
}

// namedPack: the subject [a, k] of a verb of containing ends in a pack
// noun at k that, with the words in front of it, names an item ("the food
// packages", "these hygiene kits"), not a word for aid in general ("the
// relief package").
func (d *doc) namedPack(a, k int) bool {
	if !packNouns[d.toks[k].Low] {
		return false
	}
	items := d.itemsIn(a, k+1)
	if len(items) == 0 {
		return false
	}
	it := items[len(items)-1]
	return it.j == k+1 && !it.umbrella && !it.generic && !it.generalWord
}

// countedSubject: the word at k heads a subject counted in a unit or in
// carriers at the head of the clause or after a comma ("Some 2,200 tons
// of aid included …", "According to officials, 80 wagons of freight
// included …"): the goods told before, counted, as "the aid" would tell
// them. A count in a unit weighs the whole consignment (guidelines 4.3 b).
func (d *doc) countedSubject(a, k, b int) (bool, *item) {
	for p := max(a, k-8); p < k; p++ {
		if p > a && !d.toks[p-1].is(",") {
			continue
		}
		if qt, ref, n, ok := d.countWithUnit(p, b); ok && p+n+1 == k && d.toks[p+n].is("of") {
			if !genericItems[d.toks[k].Low] {
				return true, nil
			}
			return true, &item{i: k, j: k + 1, qty: &qt, unit: d.x.lex.Items[ref].Name}
		}
		if qt, ok := d.quantityAt(p, b); ok && qt.j+2 == k && d.x.notGoods[d.toks[qt.j].Low] == "carrier" && d.toks[qt.j+1].is("of") {
			return true, nil
		}
	}
	return false, nil
}

// madeOf: the words at k say what goods are made of ("is made up of", "was
// composed of", "are comprised of"); it returns the index after "of", or 0.
func (d *doc) madeOf(k, b int) int {
	if k >= b || !beForms[d.toks[k].Low] {
		return 0
	}
	k++
	if k+2 < b && d.toks[k].is("made") && d.toks[k+1].is("up") && d.toks[k+2].is("of") {
		return k + 3
	}
	if k+1 < b && d.toks[k].is("composed", "comprised") && d.toks[k+1].is("of") {
		return k + 2
	}
	return 0
}

// relativeAct: a ", which|that … VERB" in [k, b) tells goods named
// before it as sent ("tablets, which have already been sent to Mauritius").
func (d *doc) relativeAct(k, b int) bool {
	for q := k; q+1 < b; q++ {
		if !d.toks[q].is(",") || !d.toks[q+1].is("which", "that") || d.quoted[q] {
			continue
		}
		for r := q + 2; r < b && r < q+8; r++ {
			if sendVerbs[d.toks[r].Text] && d.isVerbUse(r, b) {
				return true
			}
		}
	}
	return false
}

// sentParticiple: the word at k is a participle that tells where goods
// went or are meant to go ("delivered", "sent", "meant for", "bound for").
func (d *doc) sentParticiple(k int) bool {
	t := d.toks[k]
	if destinedWords[t.Low] {
		return true
	}
	return sendVerbs[t.Text] && (strings.HasSuffix(t.Low, "ed") || t.is("sent", "given", "brought", "flown", "taken", "shipped")) &&
		!departVerbs[t.Text] && d.tag(k) != pos.ADJ
}

// placeEntityAt reads a country, grouping, agency or city at k (after "the"),
// or a person with an office: the recipient or donor it stands for.
func (d *doc) placeEntityAt(k, b int) *entity {
	if k < b && d.toks[k].is("the", "The") {
		k++
	}
	// "by the Government's Department for International Development":
	// the government's own body
	if k+2 < b && d.toks[k].is("government", "Government") && d.toks[k+1].is("'s", "’s") {
		k += 2
	}
	// "from the people of India", "to the government of Nepal"
	if k+1 < b && d.toks[k].is("people", "government", "Government", "citizens", "governments", "peoples") && d.toks[k+1].is("of") {
		k += 2
		if k < b && d.toks[k].is("the") {
			k++
		}
	}
	// "to Hon'ble Foreign Minister Prof. G.L. Peiris"
	for k < b && (styles[d.toks[k].Text] || honorifics[d.toks[k].Text] != "" || d.toks[k].Low == "hon'ble") &&
		!(d.mat(k) != nil && d.mat(k).i == k && (d.mat(k).kind == kCountry || d.mat(k).kind == kCity)) { // "Sri Lanka"
		k++
	}
	// "to cyclone-hit Burma", "to neighbouring Nepal": words that
	// describe the place stand before it
	for n := k; n < b && n < k+2 && d.placeModifier(n); n++ {
		if m := d.mat(n + 1); m != nil && m.i == n+1 && (m.kind == kCountry || m.kind == kCity) {
			k = n + 1
			break
		}
	}
	if k >= b {
		return nil
	}
	if k+1 < b && d.toks[k].is("Royal") && d.mat(k) == nil && d.armedService(k+1) != nil {
		k++ // "by the Royal Thai Navy"
	}
	m := d.mat(k)
	if m == nil {
		m = d.armedService(k) // "by the Brazilian Navy"
	}
	if m == nil || m.i != k {
		return nil
	}
	switch m.kind {
	case kCountry, kGrouping, kAgency:
		return d.entityFor(m)
	case kDemonym:
		// "to Indian hospitals": the country
		return d.entityFor(m)
	case kCity:
		return d.countryEntity(d.x.lex.Cities[m.ref].Country)
	case kOffice:
		if m.jur != "" {
			return d.jurisdictionEntity(m.jur)
		}
	}
	return nil
}

// armedService reads the demonym at k of a country's armed service ("the
// Brazilian Air Force", "the Royal Thai Navy"), which the lexicon does not
// take for the country because a name follows it: the service acts for its
// country (guidelines 4.2, "a country's … air force").
func (d *doc) armedService(k int) *mention {
	if k+1 >= len(d.toks) || !d.toks[k].capitalised() || !d.toks[k+1].is("Air", "Navy", "Army", "Coast", "Armed", "Military", "Defence", "Defense") {
		return nil
	}
	for _, p := range d.x.names.match(d.toks, k) {
		if p.kind == kDemonym && len(p.toks) == 1 {
			return &mention{i: k, j: k + 1, kind: kDemonym, ref: p.ref}
		}
	}
	return nil
}

// giverOf is the country or body that a compound participle of giving
// names before goods ("China-donated vaccines", "US-funded food aid",
// "Japanese-gifted rice"); nil for any other word.
func (d *doc) giverOf(t token) *entity {
	h := strings.LastIndexByte(t.Low, '-')
	if h <= 0 || t.Kind != tWord || !t.capitalised() {
		return nil
	}
	v := t.Low[h+1:]
	if !(sendVerbs[v] && strings.HasSuffix(v, "ed") || v == "sent" || v == "given" || v == "funded" || v == "financed" || v == "sponsored") {
		return nil
	}
	toks := tokenize(t.Text[:strings.LastIndexByte(t.Text, '-')])
	for _, p := range d.x.names.match(toks, 0) {
		if len(p.toks) != len(toks) {
			continue
		}
		switch p.kind {
		case kCountry, kDemonym, kAgency, kGrouping:
			// no alternate name for the entity: the compound is not its name
			return d.entityFor(&mention{kind: p.kind, ref: p.ref, headline: true})
		}
	}
	return nil
}

// subjectGap are the words that may stand between a subject and its verb:
// auxiliaries and adverbs ("Nepal has already received").
var subjectGap = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true,
	"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "already": true,
	"also": true, "now": true, "today": true, "just": true, "finally": true, "recently": true,
	"yesterday": true, "so": true, "far": true, "on": true, "earlier": true, "this": true, "week": true,
	"to": true, "set": true, "due": true, "expected": true}

// receiverAt is the subject of the receiving verb at trig when it is a
// country, agency or grouping ("Sri Lanka has received", "Nepal's health
// ministry received"); nil when the subject is anything else ("280,000
// people received", "the country will receive").
func (d *doc) receiverAt(trig, a int) *entity {
	k := trig - 1
	for k >= a {
		if _, wd := weekdays[d.toks[k].Low]; !wd && !subjectGap[d.toks[k].Low] {
			break
		}
		k--
	}
	// "Nepal's health ministry": the country that owns the subject
	for n := 0; n < 3 && k-1 >= a && d.toks[k].Kind == tWord && !d.toks[k].capitalised() && d.mat(k) == nil; n++ {
		if d.toks[k-1].is("'s", "’s") {
			k -= 2
			break
		}
		k--
	}
	if k < a {
		return nil
	}
	m := d.mat(k)
	if m == nil || m.j != k+1 || d.quoted[k] {
		return nil
	}
	switch m.kind {
	case kCountry, kAgency, kGrouping:
		return d.entityFor(m)
	case kCity:
		return d.countryEntity(d.x.lex.Cities[m.ref].Country)
	case kOffice, kPerson:
		// "Nepal's Health Minister received", "Health Minister Mutahi
		// Kagwe received": the country of the office
		return d.officeCountry(m)
	}
	return nil
}

// agencyIn: the recipient e read at k is a body handing the goods on in a
// country ("to the UN refugee agency in Jordan"): the goods are for that
// country.
func (d *doc) agencyIn(k, b int, e *entity) *entity {
	if e.grouping == nil {
		return e
	}
	q := k
	if q < b && d.toks[q].is("the") {
		q++
	}
	for n := 0; q < b && n < 8 && (d.toks[q].Kind == tWord || q+2 < b && d.toks[q].is("(") && d.toks[q+2].is(")")) && !d.toks[q].is("in", "to", "for"); n++ {
		if d.toks[q].is("(") {
			q += 2 // "Vulnerable Group Development (VGD) activities in Bangladesh"
		}
		q++
	}
	if q+1 < b && d.toks[q].is("in") {
		if c := d.placeEntityAt(q+1, b); c != nil && c.grouping == nil {
			return c
		}
	}
	return e
}

// receivedGoods: the receiving verb at k is passive with goods for subject
// ("The 500,000 doses were received from China", "The consignment was
// received by Nepal's Health Minister").
func (d *doc) receivedGoods(k, a int) bool {
	if !d.toks[k].is("received") || !d.passive(k, a) {
		return false
	}
	q := d.subjectEnd(k, a)
	for p := q; p >= a && p > q-10; p-- {
		if d.goodsOrCarrier(p, p+1) && !d.toks[p].capitalised() {
			return true
		}
	}
	return false
}

// thankedFor is the one thanked for goods at the verb k ("thanked China
// for 800,000 doses"), or nil.
func (d *doc) thankedFor(k, b int) *entity {
	q := k + 1
	if q < b && d.toks[q].is("the") {
		q++
	}
	m := d.mat(q)
	if m == nil || m.i != q || !(m.kind == kCountry || m.kind == kGrouping || m.kind == kAgency) {
		return nil
	}
	e := d.placeEntityAt(k+1, b)
	q = m.j
	if q+1 >= b || !d.toks[q].is("for") {
		return nil
	}
	q++
	for q < b && d.toks[q].is("the", "its", "their", "gift", "donation", "of") {
		q++
	}
	if q < b && d.itemAfterOf(q, b) {
		return e
	}
	return nil
}

// officeCountry is the country or grouping of an office mention, or of the
// one office a person mention holds; nil when unknown or not one.
func (d *doc) officeCountry(m *mention) *entity {
	if m.kind == kOffice {
		if m.jur != "" {
			return d.jurisdictionEntity(m.jur)
		}
		return nil
	}
	p := personOf(m)
	if p == nil {
		return nil
	}
	var found *entity
	for o := range p.holds {
		if o.jurEnt == nil || found != nil && found != o.jurEnt {
			if o.jurEnt != nil {
				return nil // offices of two countries
			}
			continue
		}
		found = o.jurEnt
	}
	return found
}

// subjectEnd is the token before the auxiliaries and adverbs in front of
// the verb at k: where its subject ends.
func (d *doc) subjectEnd(k, start int) int {
	k--
	for k >= start && subjectGap[d.toks[k].Low] {
		k--
	}
	return k
}

// reportedSubject: the verb at trig has a pronoun subject that a saying
// verb just before reports ("WFP said it had sent").
func (d *doc) reportedSubject(trig, start int) bool {
	return d.sayerAt(trig, start) >= 0
}

// sayerAt is the saying verb that reports the pronoun subject of the verb
// at trig ("said" in "WFP said it had sent"), or -1.
func (d *doc) sayerAt(trig, start int) int {
	k := d.subjectEnd(trig, start)
	if k < start+1 || !d.toks[k].is("it", "they", "we", "It", "They", "We") {
		return -1
	}
	v := d.subjectEnd(k, start) + 1
	if v < k && v >= start && attributionVerbs[d.toks[v].Text] {
		return v
	}
	if attributionVerbs[d.toks[k-1].Text] {
		return k - 1
	}
	return -1
}

// unknownSender: a named sayer reports the pronoun subject and is no
// country or body the lexicon knows ("the Red Cross said it had sent").
func (d *doc) unknownSender(trig, start int) bool {
	v := d.sayerAt(trig, start)
	return v >= 0 && d.namedSayer(v, start) && d.donorBefore(trig, start, false) == nil
}

// namedSayer: the one who says, just before the saying verb at v, has a
// name ("the Red Cross said"), not a common noun ("the ministry said").
func (d *doc) namedSayer(v, start int) bool {
	k := v - 1
	for k >= start && d.toks[k].is(",", ")", "(") {
		k--
	}
	return k >= start && d.toks[k].capitalised() && !d.toks[k].is("It", "They", "We", "He", "She")
}

// donorBefore is the sender named before the verb: the nearest country,
// agency or grouping that is not the object of a preposition.
func (d *doc) donorBefore(trig, start int, demonymOnly bool) *entity {
	if !demonymOnly && d.reportedSubject(trig, start) {
		// "the Red Cross said it had sent": the sender is the one who
		// said, named just before the saying verb
		k := d.subjectEnd(trig, start)
		k = d.subjectEnd(k, start) - 1
		for k >= start && d.toks[k].is(",", ")", "(") || k >= start && d.toks[k].Kind == tWord && strings.ToUpper(d.toks[k].Text) == d.toks[k].Text && k > start && d.toks[k-1].is("(") {
			k--
		}
		if m := d.mat(k); k >= start && m != nil && m.j == k+1 && (m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping) {
			return d.entityFor(m)
		}
		// "Israel's foreign ministry said it": the country that owns the
		// sayer
		for q := k; q >= start && q > k-5 && d.toks[q].Kind == tWord; q-- {
			if q-2 >= start && d.toks[q-1].is("'s", "’s") {
				if m := d.mat(q - 2); m != nil && m.j == q-1 && (m.kind == kCountry || m.kind == kAgency || m.kind == kGrouping) {
					return d.entityFor(m)
				}
			}
			if m := d.mat(q); m != nil && m.kind == kDemonym && m.j <= k {
				return d.entityFor(m) // "the Turkish foreign ministry said it"
			}
		}
		return nil
	}
	for k := trig - 1; k >= start && k >= d.datelineEnd; k-- {
		m := d.mat(k)
		if m == nil {
			m = d.armedService(k) // "A Brazilian Air Force plane carrying …"
		}
		if m == nil || m.j != k+1 || d.quoted[k] {
			continue
		}
		if demonymOnly && (m.kind != kDemonym || !d.goodsOrCarrier(m.j, d.nounPhrase(m.j, trig))) {
			continue // only "Japanese vaccines were delivered", "Saudi planes were sent"
		}
		switch m.kind {
		case kCountry, kDemonym, kAgency, kGrouping:
		case kOffice:
			if m.jur == "" {
				continue
			}
		case kCity:
			// "Beijing sent 1 million doses": a capital for its government
			if !d.x.lex.Cities[m.ref].Capital {
				continue
			}
		default:
			continue
		}
		b := m.i - 1
		if b >= start && d.toks[b].is("the", "The") {
			b--
		}
		// "in Turkey and Syria": the whole list is the object
		for b-1 >= start && d.toks[b].is("and", ",", "or") && d.mat(b-1) != nil && d.mat(b-1).j == b && d.mat(b-1).kind != kOffice {
			b = d.mat(b-1).i - 1
			if b >= start && d.toks[b].is(",") && d.mat(b-1) != nil && d.mat(b-1).j == b {
				b--
			}
			if b >= start && d.toks[b].is("the", "The") {
				b--
			}
		}
		// "to quake-hit Indonesia", "to neighbouring Nepal": the words
		// that describe the place stand between it and its preposition
		for n := b; n >= start && n > m.i-3 && d.placeModifier(n); n-- {
			if n-1 >= start && d.toks[n-1].is("to", "for", "in") {
				b = n - 1
				break
			}
		}
		govOf := d.govOf(b, start)
		if govOf {
			// "by the government of Armenia": look at what comes before
			b -= 2
			if b >= start && d.toks[b].is("the", "The") {
				b--
			}
		}
		if b >= start && (placePreps[d.toks[b].Low] || d.toks[b].is("of") && m.kind != kDemonym && !govOf || sendVerbs[d.toks[b].Text]) {
			k = m.i
			continue
		}
		// "Dubai, United Arab Emirates": where a city is, not who acts
		if b-1 >= start && d.toks[b].is(",") && d.mat(b-1) != nil && d.mat(b-1).kind == kCity {
			k = m.i
			continue
		}
		if m.kind == kOffice {
			return d.jurisdictionEntity(m.jur)
		}
		if m.kind == kCity {
			return d.countryEntity(d.x.lex.Cities[m.ref].Country)
		}
		return d.entityFor(m)
	}
	return nil
}

// placePreps are the prepositions whose object, a place, is not the one
// who sends ("to Nepal", "After Tanzania, the ship sails on").
var placePreps = map[string]bool{"to": true, "for": true, "in": true, "at": true, "with": true, "into": true,
	"from": true, "towards": true, "by": true, "on": true, "against": true, "after": true, "before": true,
	"across": true, "via": true, "through": true, "near": true, "beyond": true}

// placeModifier: the word at n can describe a place after it: a lower-case
// compound, participle or adjective ("cyclone-hit Burma", "neighbouring
// Nepal", "landlocked Malawi").
func (d *doc) placeModifier(n int) bool {
	t := d.toks[n]
	return d.mat(n) == nil && t.Kind == tWord && !t.capitalised() &&
		(strings.Contains(t.Text, "-") || strings.HasSuffix(t.Low, "ing") || d.tag(n) == pos.ADJ)
}

// govOf: token p is the "of" of "the government of", "the Kingdom of",
// whose country is the one who acts.
func (d *doc) govOf(p, start int) bool {
	return p-1 >= start && d.toks[p].is("of") && (d.toks[p-1].is("government", "Government", "people", "People", "Kingdom", "Republic", "State", "Sultanate", "Emirate", "Federation", "Principality",
		"Embassy", "embassy", "Consulate", "consulate") || // "the Embassy of Japan in Zambia handed over"
		p-2 >= start && d.toks[p-1].is("Commission", "commission") && d.toks[p-2].is("High", "high")) // "the High Commission of India"
}

// itemsIn reads the aid items of tokens [a, b).
func (d *doc) itemsIn(a, b int) []*item { return d.goodsIn(a, b, false) }

// goodsIn reads the aid items of tokens [a, b); a line of a bulleted list
// of goods (listLine) may name goods the lexicon does not know.
func (d *doc) goodsIn(a, b int, listLine bool) []*item {
	var out []*item
	var wanted [][2]int // the lists of goods lacked or asked for
	listQuote := -1     // the end of a quote that goes on with a list of goods
	for k := a; k < b; {
		if d.quoted[k] && (!d.quotedGoods || listQuote >= 0 && k > listQuote) {
			if e := d.quotedList(k, b); e > k && len(out) > 0 && listQuote < 0 {
				// "equipment such as "gloves, masks and body suits"": the
				// goods of the list read on (until the function returns)
				listQuote = e
				d.quotedGoods = true
				defer func() { d.quotedGoods = false }()
			} else {
				k++
				continue
			}
		}
		p := k - 1
		if p >= a && d.toks[p].is("the", "a", "an") {
			p--
		}
		if p >= a && (d.toks[p].is("from", "by") || d.toks[p].is("for") && p > a && d.mat(p-1) != nil && (d.mat(p-1).kind == kItem || d.mat(p-1).kind == kUnit)) {
			// "from the Chinese company Sinopharm": who, not what; "oxygen
			// for 250 beds": whom it serves
			k = max(k+1, d.nounPhrase(k, b))
			continue
		}
		if k-2 >= a && d.toks[k].capitalised() && d.toks[k-1].is("for", "of") &&
			d.toks[k-2].is("Minister", "Ministry", "Department", "Secretary", "Commissioner", "Directorate", "Office") {
			// "Minister for Food and Disaster Management": a title
			k++
			continue
		}
		if k > a && d.toks[k-1].is("to") && d.tag(k) == pos.VERB && !sendVerbs[d.toks[k].Text] && d.mat(k) == nil && k+1 < b {
			// "households struggling to put food on their tables": the
			// object of another verb than sending
			k = max(k+2, d.nounPhrase(k+1, b))
			continue
		}
		if e := d.wantedGoods(k, a, b); e > k {
			// "where people face a shortage of food, warm clothes and
			// medicines": goods lacked or asked for, not goods sent
			wanted = append(wanted, [2]int{k, e})
			k = e
			continue
		}
		it, next := d.itemAt(k, b)
		if it == nil && len(out) > 0 {
			it, next = d.bareCount(k, b, out[len(out)-1])
		}
		if it == nil {
			k++
			continue
		}
		if d.runningTotal(it.i, a) {
			// "bringing the total to 1,200 tents": what all acts came to
			k = next
			continue
		}
		out = append(out, it)
		k = next
	}
	out = d.listMembers(out, a, b)
	if len(wanted) > 0 {
		var sent []*item
		for _, it := range out {
			in := false
			for _, w := range wanted {
				in = in || it.i >= w[0] && it.i < w[1]
			}
			if !in {
				sent = append(sent, it)
			}
		}
		out = sent
	}
	// a counted plain noun is goods only in a list beside known goods
	// ("20 oxygen concentrators, 150 bedside monitors and medicines") or
	// weighed ("100 tonnes of dates"), not alone ("sent 40 kilometres")
	if !listLine {
		var keep []*item
		for n, it := range out {
			if it.plain && it.unit == "" && !(n > 0 && d.listedAfterGoods(out, n) ||
				n+1 < len(out) && !out[n+1].plain && !out[n+1].generic && d.joined(it.j, out[n+1].i) ||
				n > 0 && out[n-1].plain && len(keep) > 0 && keep[len(keep)-1] == out[n-1] && d.joined(out[n-1].j, it.i)) {
				continue
			}
			keep = append(keep, it)
		}
		out = keep
	}
	// umbrella words ("assistance", "relief supplies") are items when a
	// unit counts them ("11 tonnes of relief material") or when they are
	// one entry of a list of goods ("food, medical aid and tents");
	// otherwise only when nothing else tells what was sent (decided for
	// the whole shipment). "other supplies" is never an item.
	// "34 tonnes of supplies, this time high-energy biscuits": the count
	// of an umbrella word is the count of the goods named after it
	for n := 0; n+1 < len(out); n++ {
		u, g := out[n], out[n+1]
		if u.generic && u.qty != nil && u.unit != "" && !g.generic && g.qty == nil && d.apposed(u.j, g.i) {
			g.qty, g.unit = u.qty, u.unit
			out = append(out[:n], out[n+1:]...)
		}
	}
	var kept []*item
	for n, it := range out {
		if d.toks[it.i].is("other", "Other") || it.qty != nil && it.unit == "" && it.generic {
			continue // "and other supplies"; "nine container loads of supplies"
		}
		if d.suchAs(it) {
			continue // "such relief materials as tents and food": the kinds named after "as" are the items
		}
		if d.kitGloss(out[:n], it.i, a) {
			continue // "40 first-aid kits (bandages and antiseptics)": what a kit holds (guidelines 4.3)
		}
		if it.generic && it.j-it.i == 2 && d.toks[it.i].is("related", "similar", "assorted", "miscellaneous", "sundry") {
			continue // "blankets, and related items": the rest of the list, not goods of its own (guidelines 4.3)
		}
		if it.generic && d.abstractAid(it) {
			continue // "technical assistance", "financial aid": a service or money
		}
		if it.generic && n+1 < len(out) && it.j+1 == out[n+1].i && d.toks[it.j].is("and") && d.toks[it.i].Low == lastWord(strings.ToLower(it.name)) &&
			out[n+1].generic && d.abstractAid(out[n+1]) {
			continue // "material and spiritual assistance": both words tell of the one help
		}
		if !it.generic && it.qty == nil && n+1 < len(out) && !out[n+1].generic && it.j < b && out[n+1].i <= it.j+3 &&
			(d.toks[it.j].is("like", "including") || d.toks[it.j].is("such") && it.j+1 < b && d.toks[it.j+1].is("as")) {
			continue // "essential medicines like paracetamol and insulin": the kinds it names are the items
		}
		if it.generic && it.unit == "" {
			// "Uzbekistan's assistance, 1,000 tonnes of flour and …": a
			// definite umbrella word is the consignment, not one of its goods
			// (a list may put "the" before each member: "the small
			// generators, the medical supplies, rescue equipment")
			at := it.i
			if n > 0 && at-1 > out[n-1].j && out[n-1].i > 0 && d.toks[at-1].is("the") && d.toks[out[n-1].i-1].is("the") {
				at--
			}
			listed := (umbrellaWords[strings.ToLower(lastWord(it.name))] || it.generalWord) && !d.definiteGoods(it.i) &&
				(n > 0 && !out[n-1].generic && d.joined(out[n-1].j, at) ||
					n+1 < len(out) && !out[n+1].generic && d.joined(it.j, out[n+1].i))
			spelled := it.j < b && d.toks[it.j].is("including", "such", "like", ":", "—", "–", "comprising", "consisting")
			it.umbrella = !listed || spelled
		}
		kept = append(kept, it)
	}
	return kept
}

// suchAs: item it stands between "such" and "as" ("such relief materials
// and commodities as generators, tents …"): a word for the kinds named
// after it.
func (d *doc) suchAs(it *item) bool {
	a, b := d.bounds(d.sentOf[it.i])
	s := it.i - 1
	for s >= a && s >= it.i-4 && (d.toks[s].Kind == tWord || d.toks[s].is(",")) && !d.toks[s].is("such") {
		s--
	}
	if s < a || s < it.i-4 || !d.toks[s].is("such") {
		return false
	}
	for e := it.j; e+1 < b && e < it.j+6; e++ {
		if d.toks[e].is("as") {
			named, _ := d.itemAt(e+1, b)
			return named != nil
		}
		if d.toks[e].Kind != tWord && !d.toks[e].is(",") {
			return false
		}
	}
	return false
}

// kitGloss: the goods at k stand inside a bracket opened right after a kit
// among the goods before ("14 health kits (bandages, gloves)"): the
// contents of the kit, not goods of their own.
func (d *doc) kitGloss(before []*item, k, a int) bool {
	for p := k - 1; p >= a; p-- {
		if d.toks[p].is(")") {
			return false
		}
		if d.toks[p].is("(") {
			for _, it := range before {
				if it.j == p && strings.EqualFold(singular(lastWord(it.name)), "kit") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// abstractAid: the umbrella word of item it, a word for help, has a word in
// front of it that makes it a service or money ("technical assistance",
// "financial aid"; not "technical equipment").
func (d *doc) abstractAid(it *item) bool {
	if !d.toks[it.j-1].is("assistance", "aid", "help", "relief") {
		return false
	}
	for k := it.i; k < it.j-1; k++ {
		if d.x.notGoods[d.toks[k].Low] == "abstract" {
			return true
		}
	}
	return false
}

// listedAfterGoods: item n of out follows, in one list, goods the
// lexicon knows: the item just before, or one before a run of umbrella
// words ("medicines and medical supplies, along with 6 million chloride
// tablets").
func (d *doc) listedAfterGoods(out []*item, n int) bool {
	for p := n - 1; p >= 0 && d.joined(out[p].j, out[p+1].i); p-- {
		if out[p].plain {
			return false
		}
		if !out[p].generic {
			return true
		}
	}
	return false
}

// wantedGoods: the goods at k are what people lack, need or ask for, not
// what is sent ("a shortage of food, warm clothes and medicines", "in
// need of blankets", "appealed for tents and water"); it returns the end
// of their list, or k.
func (d *doc) wantedGoods(k, a, b int) int {
	p := k - 1
	if p >= a && d.toks[p].is("the", "a", "an") {
		p--
	}
	if p-1 < a || d.quotedOut(p) {
		return k
	}
	w, v := d.toks[p-1], d.toks[p]
	switch {
	case v.is("of") && w.is("shortage", "shortages", "lack", "scarcity", "dearth", "need", "needs", "want"):
	case v.is("for") && w.is("need", "needs", "demand", "demands", "appeal", "appeals", "appealed", "appealing", "call", "calls", "called", "request", "requests", "requested", "asked", "asking", "plea"):
	default:
		return k
	}
	e := k
	for q := k; q < b; q++ {
		t := d.toks[q]
		if t.is(".", ";", ":", "(", ")") || t.Kind == tWord && phraseStops[t.Low] && !t.is("and", "or", "of") ||
			q > k && !t.is(",") && (d.tag(q) == pos.VERB || d.tag(q) == pos.AUX) {
			break
		}
		if !t.is(",", "and", "or") {
			e = q + 1
		}
	}
	return e
}

// definiteGoods: the words at k start with a definite determiner or follow a
// possessive ("the aid", "its assistance", "Japan's contribution").
func (d *doc) definiteGoods(k int) bool {
	return d.toks[k].is("the", "The", "this", "This", "its", "Its", "their", "Their", "our", "Our", "'s", "’s") || k > 0 && d.toks[k-1].is("'s", "’s")
}

// bareCount reads a count without its goods that a list of allotments
// gives after a counted item (prev): the goods are prev's ("2 million doses
// to Bangladesh, 1 million to Nepal", "400,000 doses … for Bolivia, Paraguay
// 250,000 and Ecuador 150,000"). The count follows a list separator and
// goes "to", "for" or "from" a place, or follows the place it goes to.
func (d *doc) bareCount(k, b int, prev *item) (*item, int) {
	if prev.qty == nil || prev.generic || k-prev.j > 10 || k == 0 {
		return nil, k + 1
	}
	q, ok := d.quantityAt(k, b)
	if !ok {
		return nil, k + 1
	}
	e := q.j
	if m := d.mat(e); e < b && m != nil && m.i == e && m.kind == kUnit && d.x.lex.Items[m.ref].Name == prev.unit {
		e = m.j // "1 million doses to Nepal"
	}
	it := &item{i: k, j: e, qty: &q, unit: prev.unit, name: prev.name, named: prev.named, desc: d.text(k, e)}
	p := k - 1
	if e+1 < b && d.toks[e].is("to", "for", "from") && d.toks[p].is(",", "and") && d.placeEntityAt(e+1, b) != nil {
		return it, e
	}
	if e < b && !d.toks[e].is(",", "and", ".", ";", ")") {
		return nil, k + 1
	}
	if m := d.mat(p); m != nil && m.j == k && (m.kind == kCountry || m.kind == kCity) && m.i > 0 && d.toks[m.i-1].is(",", "and") {
		it.gapPlace = d.placeEntityAt(m.i, b)
		return it, e
	}
	return nil, k + 1
}

// itemAt reads "[qualifier] [number] [unit of] noun phrase" at k.
func (d *doc) itemAt(k, b int) (*item, int) {
	start := k
	if m := d.mat(k); m != nil && m.i == k && m.kind == kItem && d.inName(m, b) {
		return nil, m.j // "the Grain from Ukraine programme": a name, not goods
	}
	if k+2 < b && d.toks[k].is("a", "A") && d.toks[k+1].is("total") && d.toks[k+2].is("of") {
		k += 3
	}
	it := &item{i: start}
	// "another 500,000 doses", "a further 1,000 ventilators"
	if k+1 < b && d.toks[k].is("another", "Another", "further", "additional") {
		if _, ok := d.quantityAt(k+1, b); ok {
			k++
		}
	} else if k+2 < b && d.toks[k].is("a", "an", "A", "An") && d.toks[k+1].is("further", "additional") {
		if _, ok := d.quantityAt(k+2, b); ok {
			k += 2
		}
	}
	weighed := false // a unit and "of" before the goods: "14 tonnes of Potato"
	if q, ref, n, ok := d.countWithUnit(k+1, b); ok && d.toks[k].is("a", "an", "A", "An") && k+n+2 < b &&
		(shipNouns[d.toks[k+n+1].Low] || genericItems[d.toks[k+n+1].Low]) && d.toks[k+n+2].is("of") {
		// "a 10 tonne consignment of medicines", "a 25-tonne shipment of
		// rice": the weight of the goods
		it.qty, it.unit, weighed = &q, d.x.lex.Items[ref].Name, true
		k += n + 3
		if k < b && d.toks[k].is("the") {
			k++
		}
	} else if q, ref, ok := d.fusedUnit(k); ok && k+1 < b && d.toks[k+1].is("of") {
		// "450kgs of sugar"
		it.qty, it.unit, weighed = &q, d.x.lex.Items[ref].Name, true
		k += 2
	} else if q, ok := d.quantityAt(k, b); ok {
		it.qty = &q
		k = q.j
	} else if k < b && d.toks[k].is("a", "an", "A", "An", "its", "their", "his", "her") {
		k++
	}
	// "this time high-energy biscuits": a word of time or people in front
	// is not part of the goods
	for k < b && it.qty == nil && d.x.notGoods[d.toks[k].Low] == "other" && d.mat(k) == nil && d.toks[k].Kind == tWord {
		k++
	}
	k = d.pastOrigin(k, b)
	if it.qty == nil && (k >= b || d.mat(k) == nil || d.mat(k).kind != kItem && d.mat(k).kind != kUnit) {
		// without a number, an item starts with an aid word or a modifier of one
		np := d.nounPhrase(k, b)
		if np == k || !d.hasItemWord(k, np) && !genericItems[d.toks[np-1].Low] {
			return nil, start + 1
		}
	}
	// unit: "courses of", "doses of", "metric tonnes of"
	if m := d.mat(k); k < b && m != nil && m.kind == kUnit && m.i == k {
		if it.qty == nil && !(m.j < b && d.toks[m.j].is("of")) {
			return nil, m.j // "boxes with part of the aid": no count, no item
		}
		it.unit = d.x.lex.Items[m.ref].Name
		k = m.j
		if k+3 < b && d.toks[k].is("(") && d.toks[k+2].is(")") && d.toks[k+3].is("of") {
			k += 3 // "90,450 pounds (lbs) of"
		}
		if k < b && d.toks[k].is("of") {
			weighed = true
			k++
			if k+1 < b && d.toks[k].is("the") && d.toks[k+1].is("same") && !d.nounFollows(k+2) {
				// "27,500 square metres of the same": the goods of the
				// count before in that unit
				it.j = k + 2
				it.desc = d.text(start, k+2)
				it.name = d.unitNameBefore(start, m.ref)
				it.named, it.borrowed = it.name != "", true
				return it, k + 2
			}
			if k < b && d.toks[k].is("the", "these", "those") {
				k++
			}
			// "860 tonnes of UNHCR relief supplies", "of Japan's rice":
			// whose goods they are, not the goods
			if m := d.mat(k); m != nil && m.i == k && (m.kind == kAgency || m.kind == kGrouping || m.kind == kCountry) {
				q := m.j
				if q+2 < b && d.toks[q].is("(") && d.toks[q+2].is(")") {
					q += 3 // "of European Union (EU) humanitarian aid"
				}
				if q < b && d.toks[q].is("'s", "’s") {
					q++
				}
				if np := d.nounPhrase(q, b); np > q && (d.hasItemWord(q, np) || genericItems[d.toks[np-1].Low]) {
					k = q
				}
			}
			k = d.pastOrigin(k, b)
		} else if np := d.nounPhrase(k, b); np > k && it.qty != nil && d.hasItemWord(k, np) && !d.x.general[d.mat(np-1).ref] {
			// "350 cartons plumpy nut", "9,000 MT rice": the unit without
			// its "of", then the goods the lexicon knows
			weighed = true
		} else {
			if np > k {
				// "50 kilogram bags": the size of each, not a count
				return nil, np
			}
			// "one million doses to Nepal": the item of an earlier count
			it.j = k
			it.desc = d.text(start, k)
			it.name = d.unitNameBefore(start, m.ref)
			it.named, it.borrowed = it.name != "", true
			return it, k
		}
	}
	np := d.nounPhrase(k, b)
	if np == k {
		if it.unit != "" {
			it.j = k
			it.desc = d.text(start, k)
			return it, k
		}
		return nil, start + 1
	}
	// "loads of supplies": a container counted, the contents named after
	if np+1 < b && d.toks[np].is("of") && !d.hasItemWord(k, np) {
		k2 := np + 1
		if k2 < b && d.toks[k2].is("the") {
			k2++
		}
		if _, counted := d.quantityAt(k2, b); counted {
			return nil, k2 // "a shipment of 40 generators": the count comes next
		}
		if np2 := d.nounPhrase(k2, b); np2 > k2 {
			if d.x.notGoods[d.toks[np-1].Low] == "carrier" || shipNouns[d.toks[np-1].Low] {
				// "20 trucks of food", "three consignments of tents":
				// vehicles or sendings counted, not goods
				it.qty = nil
			}
			k, np = k2, np2
		}
	}
	// "25 million vaccine doses", "liquid oxygen containers": the goods
	// counted in a unit written after them
	nameEnd := np
	if m := d.mat(np - 1); m != nil && m.kind == kUnit && m.j == np && m.i > k && it.unit == "" && d.hasItemWord(k, m.i) {
		it.unit = d.x.lex.Items[m.ref].Name
		nameEnd = m.i
		if it.qty == nil {
			it.unit = ""
		}
	}
	head := d.toks[nameEnd-1].Low
	known := d.hasItemWord(k, nameEnd)
	if d.x.notGoods[head] != "" && !known && !genericItems[head] {
		return nil, start + 1 // "55 personnel", "two planes", "for 10 days"
	}
	it.generalWord = d.generalWord(k, nameEnd)
	it.generic = genericItems[head] && !known || it.generalWord
	if it.generic && d.toks[nameEnd-1].capitalised() {
		return nil, start + 1 // "the Humanitarian Aid and Relief Centre": a name
	}
	if m := d.mat(nameEnd - 1); m != nil && m.kind == kItem && d.x.head[m.ref] && m.i == k && it.qty == nil {
		return nil, start + 1 // "kits" alone says nothing
	}
	if !it.generic && !known && (it.qty == nil || !d.plainGoods(k, nameEnd) && !(weighed && d.weighedWord(k, nameEnd))) {
		// a count of a plain noun is goods the lexicon need not know:
		// "150 bedside monitors"
		return nil, start + 1
	}
	it.plain = !it.generic && !known
	if d.rate(np, b) || start >= 2 && d.toks[start-2].is("capacity") && d.toks[start-1].is("of") {
		return nil, np // "20 tonnes of water per day": what a plant makes, not goods sent
	}
	it.name = d.itemName(k, nameEnd)
	it.named = true
	it.j = np
	it.desc = d.text(start, np)
	// "medicines totalling 22 metric tonnes": a count after the goods
	if q := np; q+1 < b && d.toks[q].is("totalling", "totaling", "weighing", "amounting") {
		q++
		if d.toks[q].is("to") {
			q++
		}
		if qt, ok := d.quantityAt(q, b); ok && qt.j < b {
			if m := d.mat(qt.j); m != nil && m.kind == kUnit && m.i == qt.j {
				if it.qty == nil {
					it.qty, it.unit = &qt, d.x.lex.Items[m.ref].Name
				}
				it.j = m.j
				return it, m.j
			}
		}
	}
	return it, np
}

// countWithUnit reads a count and its unit at k: "10 tonnes" or "25-tonne";
// it returns the count, the unit's lexicon row and the tokens taken.
func (d *doc) countWithUnit(k, b int) (quantity, int, int, bool) {
	if k >= b {
		return quantity{}, 0, 0, false
	}
	if q, ref, ok := d.fusedUnit(k); ok {
		return q, ref, 1, true
	}
	q, ok := d.quantityAt(k, b)
	if !ok || q.j >= b {
		return quantity{}, 0, 0, false
	}
	if m := d.mat(q.j); m != nil && m.kind == kUnit && m.i == q.j {
		return q, m.ref, m.j - k, true
	}
	return quantity{}, 0, 0, false
}

// weighedWord: tokens [k, j) are one word counted in a unit ("14 tonnes of
// Potato"), which a capital does not make a name.
func (d *doc) weighedWord(k, j int) bool {
	if j != k+1 {
		return false
	}
	t := d.toks[k]
	return t.Kind == tWord && len(t.Low) > 2 && d.mat(k) == nil && !hasInnerUpper(t.Text) && strings.ToUpper(t.Text) != t.Text
}

// rate: the words at k make the count before them a rate ("per day",
// "a month", "each week").
func (d *doc) rate(k, b int) bool {
	return k+1 < b && d.toks[k].is("per", "a", "an", "each", "every") && d.x.notGoods[d.toks[k+1].Low] == "other" && d.toks[k+1].is("day", "hour", "week", "month", "year", "minute")
}

// goodsOrCarrier: tokens [k, j) end in goods or in what carries them.
func (d *doc) goodsOrCarrier(k, j int) bool {
	if j <= k {
		return false
	}
	if m := d.mat(j - 1); m != nil && m.kind == kUnit && m.j == j {
		return true // "the 500,000 doses"
	}
	return d.hasItemWord(k, j) || d.x.notGoods[d.toks[j-1].Low] == "carrier" || genericItems[d.toks[j-1].Low]
}

// plainGoods: tokens [k, j) are a short lower-case noun phrase that can
// name goods ("bedside monitors", "hygiene parcels"), not a participle
// ("1,000 wounded"), a name or a word of quantity ("more", "others").
func (d *doc) plainGoods(k, j int) bool {
	if j-k > 4 {
		return false
	}
	for q := k; q < j; q++ {
		t := d.toks[q]
		// a capital only inside the phrase: "mobile X-ray units",
		// "Leopard tanks"
		if t.Kind != tWord || t.capitalised() && (q == j-1 || q == 0 || endsSentence(d.toks, q)) || len(t.Text) < 2 {
			return false
		}
		if m := d.mat(q); m != nil && m.kind != kItem && m.kind != kTopic && m.kind != kUnit {
			return false
		}
	}
	head := d.toks[j-1].Low
	if len(head) < 3 || strings.HasSuffix(head, "ed") || strings.HasSuffix(head, "ing") || strings.HasSuffix(head, "ly") || abstractNoun(head) {
		return false
	}
	switch head {
	case "more", "others", "other", "all", "total", "lot", "lots", "much", "many", "few", "dozens",
		"hundreds", "thousands", "millions", "percent", "per", "cent":
		return false
	}
	return true
}

// unitNameBefore is the goods an earlier "UNIT of X" of the text named
// (the "vaccine" of "900,000 doses of vaccine" for a later "300,000
// doses"), looking back over this sentence and the three before it.
func (d *doc) unitNameBefore(k, ref int) string {
	first, _ := d.bounds(max(0, d.sentOf[k]-3))
	for q := k - 1; q >= first; q-- {
		if name := d.unitNameAt(q, first, ref); name != "" {
			return d.laterKind(name, q, k)
		}
	}
	return ""
}

// laterKind is the goods of the kind of name (its last word) that the
// text names last after the sentence of q and before k ("first batch of
// Pfizer vaccines" after "3 million vaccine doses" for a later "795,600
// doses"), else name.
func (d *doc) laterKind(name string, q, k int) string {
	_, e := d.bounds(d.sentOf[q])
	for p := k - 1; p >= e; p-- {
		if g := d.mat(p); g != nil && g.kind == kItem && g.i == p && g.j <= k && !d.quoted[p] {
			if n := d.itemName(g.i, g.j); strings.EqualFold(lastWord(n), lastWord(name)) {
				return n
			}
		}
	}
	return name
}

// unitNameAt is the goods the unit told at q names ("doses of vaccine",
// "vaccine doses"), or "".
func (d *doc) unitNameAt(q, first, ref int) string {
	m := d.mat(q)
	if m == nil || m.kind != kUnit || m.ref != ref || m.i != q || m.j+1 >= len(d.toks) {
		return ""
	}
	if g := d.mat(q - 1); !d.toks[m.j].is("of") && g != nil && g.kind == kItem && g.j == q {
		// "600,000 Sinopharm vaccine doses": the goods before the unit
		s := g.i
		for s-1 >= first && d.toks[s-1].Kind == tWord && d.toks[s-1].capitalised() && d.mat(s-1) == nil {
			s--
		}
		return d.itemName(s, q)
	}
	if !d.toks[m.j].is("of") {
		return ""
	}
	s := m.j + 1
	if d.toks[s].is("the", "these", "those") {
		s++
	}
	_, e := d.bounds(d.sentOf[q])
	if np := d.nounPhrase(s, e); np > s && d.hasItemWord(s, np) {
		return d.itemName(s, np)
	}
	return ""
}

// shareAtHome: a clause with no sender sends items to a city (named after
// the "to" at `to`) of the country the acts told before go to, each a
// smaller count of goods that act counted in the same measure (or those
// goods told again without a count), and tells of no further consignment
// before the "to":
// part of those goods shared out at home.
func (d *doc) shareAtHome(to int, items []*item, a int) bool {
	// (a receiving clause's recipient is recorded at the clause's end,
	// which may be the text's end)
	if len(items) == 0 || to < 0 || to+1 >= len(d.toks) || !d.toks[to].is("to") {
		return false
	}
	m := d.mat(to + 1)
	if m == nil || m.kind != kCity {
		return false
	}
	home := d.countryEntity(d.x.lex.Cities[m.ref].Country)
	for k := a; k < to; k++ {
		switch d.toks[k].Low {
		case "another", "more", "further", "additional", "second", "third", "next", "remaining", "rest", "new":
			return false
		}
		if shipNouns[d.toks[k].Low] {
			return false
		}
	}
	// the goods the country got in the acts told just before (or in acts
	// whose recipient is not known yet)
	var got []*item
	for n := len(d.shipments) - 1; n >= 0 && n >= len(d.shipments)-3; n-- {
		if r := d.shipments[n].recipient; r == home || r == nil && d.shipments[n].donor != home {
			got = append(got, d.shipments[n].items...)
		}
	}
	counted := false
	for _, it := range items {
		part := false
		for _, o := range got {
			if it.qty != nil && o.qty != nil && o.unit == it.unit && o.qty.value > it.qty.value {
				part, counted = true, true
				break
			}
			if it.qty == nil && sameKind(o, it) {
				part = true // "the vaccine" told again
				break
			}
		}
		if !part {
			return false
		}
	}
	return counted
}

// plannedAt: the sending verb at trig is told as to come: a modal or "to"
// in the few words before it ("will send", "promised to continue
// delivering", "plans to ship").
func (d *doc) plannedAt(a, trig int) bool {
	for k := trig - 1; k >= a && k >= trig-3; k-- {
		switch d.toks[k].Low {
		case "will", "would", "'ll", "shall", "to", "promised", "pledged", "plans", "planned", "promises", "pledges":
			return true
		}
	}
	return false
}

// carrierPronoun: the clause [a, trig) is "It"/"She"/"They" and the
// verb at trig tells what a carrier has on board ("It is carrying …",
// "She carries …").
func (d *doc) carrierPronoun(a, trig int) bool {
	k := a
	for k < trig && d.toks[k].Kind == tPunct {
		k++
	}
	if k >= trig || d.quoted[trig] {
		return false
	}
	q := k + 1
	switch {
	case d.toks[k].is("It", "She", "They"):
	case k+1 < trig && d.toks[k].is("The", "This") && d.toks[k+1].is("group", "team", "brigade", "contingent", "mission", "delegation", "crew"):
		// "The group, that comprises doctors and nurses, carries with
		// them 4 tons of medicines": the people who travel carry the goods
		q = k + 2
		if q < trig && d.toks[q].is(",") {
			for q++; q < trig && !d.toks[q].is(","); q++ {
			}
			q++
		}
	default:
		return false
	}
	for ; q < trig; q++ {
		if !beForms[d.toks[q].Low] && !d.toks[q].is("also", "now", "reportedly") {
			return false
		}
	}
	return d.toks[trig].is("carrying", "carries", "carried", "carry")
}

// travelIn: sentence [start, end) tells of a carrier or goods arriving or
// leaving (an unquoted verb of arriving or departing).
func (d *doc) travelIn(start, end int) bool {
	for k := start; k < end; k++ {
		if intransitive[d.toks[k].Text] && !d.quoted[k] && d.isVerbUse(k, end) && !d.toks[k].is("expected", "way", "route") {
			return true
		}
	}
	return false
}

// ingModifier: the -ing word at j, inside the noun phrase that starts at
// k, joins the word before it to the noun after it ("life saving
// medicines", "thermal imaging cameras", "hand washing stations"); it is
// no participle after goods ("aircraft carrying tents", "doses arriving").
func (d *doc) ingModifier(k, j, b int) bool {
	if j <= k || j+1 >= b || !strings.HasSuffix(d.toks[j].Low, "ing") {
		return false
	}
	prev, next := d.toks[j-1], d.toks[j+1]
	if prev.Kind != tWord || prev.capitalised() || d.mat(j-1) != nil || d.x.notGoods[prev.Low] != "" || genericItems[prev.Low] ||
		next.Kind != tWord || next.capitalised() || phraseStops[next.Low] {
		return false
	}
	if m := d.mat(j + 1); m != nil && m.i == j+1 {
		return m.kind == kItem
	}
	return d.tag(j+1) == pos.NOUN && (d.tag(j-1) == pos.NOUN || d.tag(j-1) == pos.ADJ)
}

// listGerund: the -ing word at j opens a member of a list of goods and
// names a kind of the noun after it (", sleeping pads,", "and cooking
// sets"), no participle of sending or containing (", carrying tents").
func (d *doc) listGerund(k, j, b int) bool {
	if j != k || k == 0 || j+2 >= b || !d.toks[k-1].is(",", "and", "or", ":") || !strings.HasSuffix(d.toks[j].Low, "ing") {
		return false
	}
	t, next := d.toks[j], d.toks[j+1]
	if sendVerbs[t.Text] || containVerbs[t.Low] || receiveVerbs[t.Text] || phraseStops[t.Low] || attributionVerbs[t.Text] ||
		next.Kind != tWord || next.capitalised() || phraseStops[next.Low] || d.tag(j+1) != pos.NOUN {
		return false
	}
	// the phrase ends a list member: a separator follows the noun
	return d.toks[j+2].is(",", "and", "or", ".", ";")
}

// nounPhrase returns the end of the words of a noun phrase from k.
func (d *doc) nounPhrase(k, b int) int {
	j := k
	for j < b && j-k < 8 {
		t := d.toks[j]
		if t.is("(") && j > k && j+3 < b && d.toks[j+2].is(")") && d.toks[j+1].Kind == tWord && strings.ToUpper(d.toks[j+1].Text) == d.toks[j+1].Text &&
			d.toks[j+3].Kind == tWord && !d.toks[j+3].capitalised() && !phraseStops[d.toks[j+3].Low] && !sendVerbs[d.toks[j+3].Text] {
			j += 3 // "two reverse osmosis (RO) plants"
			continue
		}
		if t.Kind != tWord && t.Kind != tNum || d.quoted[j] && !d.quotedGoods {
			break
		}
		low := t.Low
		if phraseStops[low] || sendVerbs[t.Text] && !(nounVerbs[low] && !d.modalBefore(j, k)) || receiveVerbs[t.Text] || attributionVerbs[t.Text] || containVerbs[low] {
			break
		}
		if j > k && t.Kind == tNum || j > k && numberWords[low] > 0 && !strings.Contains(low, "-") {
			break // "vaccines three million": a count starts the next item
		}
		if m := d.mat(j); m != nil && (m.kind == kCountry || m.kind == kCity || m.kind == kGrouping || m.kind == kPerson || m.kind == kOffice) {
			break
		}
		if _, isMonth := months[low]; isMonth && t.capitalised() {
			break
		}
		// a hyphenated "-ing" word is an adjective in front of goods
		// ("life-saving", "long-lasting", "fast-acting"), not a verb
		if (strings.HasSuffix(low, "ly") && len(low) > 4 || strings.HasSuffix(low, "ing") && len(low) > 5 && !strings.Contains(low, "-")) && d.tag(j) != pos.NOUN && d.tag(j) != pos.ADJ &&
			!d.toks[j].capitalised() && !(d.mat(j) != nil && d.mat(j).kind == kItem) && !d.ingModifier(k, j, b) && !d.listGerund(k, j, b) {
			break // an adverb or a verb: "generously donated", "aircraft carrying"; not "sleeping pads", "family tents"
		}
		if j > k && strings.HasSuffix(low, "ed") && j+1 < b && d.toks[j+1].is("by") && d.mat(j) == nil {
			break // "clothing collected by the Red Cross": a participle after the goods
		}
		if j > k && destinedWords[low] && j+1 < b && d.toks[j+1].is("for", "to") && d.mat(j) == nil {
			break // "flour destined for Syria", "tents bound for Chad"
		}
		// "they need", "beyond vaccines": no noun phrase; pronouns and
		// auxiliaries are short words (the tagger guesses PRON for an
		// unknown noun such as "tetanus")
		if tg := d.tag(j); ((tg == pos.PRON || tg == pos.AUX) && len(low) <= 5 || tg == pos.SCONJ || tg == pos.ADP) && t.Kind == tWord && !d.toks[j].capitalised() && d.mat(j) == nil {
			break
		}
		j++
	}
	return j
}

// inName: the item word m, whose lexicon name is lower case, is written
// with a capital inside a sentence and joined to a capitalised word after
// it ("Grain from Ukraine", "Food for Peace", "Rice Board"): part of a
// name.
func (d *doc) inName(m *mention, b int) bool {
	name := d.x.lex.Items[m.ref].Name
	if !d.toks[m.i].capitalised() || strings.ToLower(name) != name || m.i == 0 || d.sentOf[m.i-1] != d.sentOf[m.i] || d.toks[m.i-1].Kind != tWord {
		return false
	}
	n := m.j
	if n+1 < b && d.toks[n].is("for", "from", "of") {
		n++
	}
	return n < b && d.toks[n].Kind == tWord && d.toks[n].capitalised()
}

// pastOrigin skips, at k, where the goods were made when a noun phrase
// follows: "made in Japan vaccines", "locally produced rice", "Chinese-made
// ventilators" (4.3: words that name no product).
func (d *doc) pastOrigin(k, b int) int {
	j := k
	if j >= b {
		return k
	}
	if j+1 < b && strings.HasSuffix(d.toks[j].Low, "ly") && madeVerbs[d.toks[j+1].Low] {
		j++ // "locally produced"
	}
	if h := strings.LastIndexByte(d.toks[j].Low, '-'); h > 0 && madeVerbs[d.toks[j].Low[h+1:]] {
		j++ // "Chinese-made", "locally-produced"
	} else if madeVerbs[d.toks[j].Low] {
		j++
		if j+1 < b && d.toks[j].is("in") {
			m := d.mat(j + 1)
			if m == nil || m.i != j+1 || m.kind != kCountry && m.kind != kCity {
				return k
			}
			j = m.j // "made in Japan"
		}
	} else {
		return k
	}
	if d.nounPhrase(j, b) > j {
		return j
	}
	return k
}

// generalWord: tokens [k, j) end in a word for aid in general.
func (d *doc) generalWord(k, j int) bool {
	m := d.mat(j - 1)
	return m != nil && m.kind == kItem && m.i >= k && d.x.general[m.ref]
}

// hasItemWord: tokens [k, j) end in an aid item word of the lexicon.
func (d *doc) hasItemWord(k, j int) bool {
	for q := k; q < j; q++ {
		if m := d.mat(q); m != nil && m.kind == kItem && m.j == j {
			return true // the phrase ends in the item word: its head
		}
	}
	return false
}

// itemName is the name of the goods on tokens [k, j), without the words in
// front that name no product ("vital", "additional", "large-scale").
func (d *doc) itemName(k, j int) string {
	for k+1 < j && (d.x.notGoods[d.toks[k].Low] == "qualifier" || strings.HasSuffix(d.toks[k].Low, "ly") && len(d.toks[k].Low) > 4) &&
		(d.mat(k) == nil || d.mat(k).kind != kItem || d.mat(k).j == k+1) {
		k++ // "desperately needed oxygen"
	}
	if k+2 < j && d.toks[k].is("life", "Life") && d.toks[k+1].is("saving", "sustaining") {
		k += 2 // "life saving medicines": "life-saving" written apart
	}
	if k+1 < j && fusedSize(d.toks[k].Low) {
		k++ // "a 30-bed field hospital", "20-litre jerrycans": the size of each (guidelines 4.3)
	}
	if k+1 < j && d.giverOf(d.toks[k]) != nil {
		k++ // "China-donated vaccines": who gave them, not what they are
	}
	name := itemName(d.toks[k:j])
	// "cookies" is a plural of "cookie", not of "cooky": the lexicon's
	// row of the word knows its singular
	if low := d.toks[j-1].Low; strings.HasSuffix(low, "ies") {
		if m := d.mat(j - 1); m != nil && m.kind == kItem && m.j == j {
			for _, f := range d.x.lex.Items[m.ref].Forms {
				if f == low[:len(low)-1] && strings.HasSuffix(name, singular(low)) {
					return name[:len(name)-len(singular(low))] + f
				}
			}
		}
	}
	return name
}

// fusedSize: w is a count fused to a measure by a hyphen ("30-bed",
// "20-litre", "500-watt"), the size of each unit of goods.
func fusedSize(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, r := range w[:h] {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	for _, r := range w[h+1:] {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// itemName is the item as a name: singular, lower case except acronyms and
// mixed-case words ("N95 mask", "HCQ").
func itemName(toks []token) string {
	var words []string
	paren := false
	for n, t := range toks {
		w := t.Text
		if t.is("(") || t.is(")") || paren {
			paren = t.is("(") || paren && !t.is(")")
			continue // "reverse osmosis (RO) plant"
		}
		if n == 0 && (t.Low == "its" || t.Low == "their" || t.Low == "own") || n == 1 && t.Low == "own" {
			continue // "its own Sinopharm vaccines"
		}
		if t.Low == "'s" || t.Low == "’s" {
			if len(words) > 0 {
				words[len(words)-1] += "'s" // "AstraZeneca's"
			}
			continue
		}
		if !hasInnerUpper(w) && !(strings.ToUpper(w) == w && hasLetter(w)) {
			w = strings.ToLower(w) // "Covisheild vaccines", but "N95", "HCQ"
		}
		words = append(words, w)
	}
	if len(words) > 0 {
		words[len(words)-1] = singular(words[len(words)-1])
	}
	return strings.Join(words, " ")
}

func hasInnerUpper(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// singular makes an English plural noun singular.
func singular(w string) string {
	low := strings.ToLower(w)
	switch {
	case strings.ToUpper(w) == w && len(w) <= 5:
		if strings.HasSuffix(w, "s") && len(w) > 2 {
			return w[:len(w)-1] // "PPEs"
		}
		return w
	case strings.HasSuffix(low, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(low, "sses"), strings.HasSuffix(low, "xes"), strings.HasSuffix(low, "ches"), strings.HasSuffix(low, "shes"),
		strings.HasSuffix(low, "buses"), strings.HasSuffix(low, "viruses"):
		return w[:len(w)-2]
	case strings.HasSuffix(low, "oes") && len(low) > 4 && !strings.ContainsRune("aeiouh", rune(low[len(low)-4])):
		return w[:len(w)-2] // "potatoes", "tomatoes", "mangoes"; not "shoes", "canoes"
	case strings.HasSuffix(low, "ss"), strings.HasSuffix(low, "us"), strings.HasSuffix(low, "is"), strings.HasSuffix(low, "clothes"),
		low == "goods", low == "pulses":
		return w // "winter clothes", "relief goods": plural only
	case strings.HasSuffix(low, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// titleDonor is the sender the headline names, when it is not `not`: a
// country, agency or grouping followed by a sending verb ("China sends
// aid to …", "India to gift vaccines …"), one after "from" or "donated
// by" ("Vaccines donated by Japan arrive …"), or a demonym on goods or a
// carrier ("Two Mexican ships arrive …", "Chinese aid reaches …").
func (d *doc) titleDonor(not *entity) *entity {
	if d.a.Title == "" {
		return nil
	}
	toks := tokenize(d.a.Title)
	for i := 0; i < len(toks); i++ {
		var m *mention
		for _, p := range d.x.names.match(toks, i) {
			switch p.kind {
			case kCountry, kDemonym, kAgency, kGrouping:
				m = &mention{i: i, j: i + len(p.toks), kind: p.kind, ref: p.ref, headline: true}
			}
			break
		}
		if m == nil {
			continue
		}
		j := m.j
		if j < len(toks) && toks[j].is("'s", "’s") {
			j++
		}
		sends := false
		switch {
		case i > 0 && toks[i-1].is("from", "From"):
			sends = true // "Aid from Turkey reaches Syria"
		case i > 1 && toks[i-1].is("by") && sendVerbs[toks[i-2].Low]:
			sends = true // "Vaccines donated by Japan arrive"
		case j < len(toks) && m.kind != kDemonym:
			k := j
			for k < len(toks) && toks[k].is("to", "will", "has", "have", "had", "again", "also", "further") {
				k++ // "India to gift …", "Japan will send …"
			}
			sends = k < len(toks) && sendVerbs[toks[k].Low] && !intransitive[toks[k].Low] && !departVerbs[toks[k].Low]
		case m.kind == kDemonym:
			// "Chinese aid", "Two Mexican ships", "First Indian plane with"
			for k := j; k < len(toks) && k < j+3; k++ {
				low := toks[k].Low
				if genericItems[low] || d.x.notGoods[low] == "carrier" {
					sends = true
					break
				}
				for _, p := range d.x.terms.match(toks, k) {
					sends = p.kind == kItem
					break
				}
				if sends || toks[k].Kind != tWord {
					break
				}
			}
		}
		if !sends {
			continue
		}
		if e := d.entityFor(m); e != nil && e != not {
			return e
		}
	}
	return nil
}

// titlePlace is the first country the headline names (itself or by a city
// of it) that is no donor of the article's acts with goods: where the goods a clause
// sends without a recipient go ("Nordic states among those aiding Tripoli").
func (d *doc) titlePlace(not *entity) *entity {
	if d.a.Title == "" {
		return nil
	}
	toks := tokenize(d.a.Title)
	for i := 0; i < len(toks); i++ {
		code := ""
		for _, p := range d.x.names.match(toks, i) {
			switch p.kind {
			case kCountry:
				code = d.x.lex.Countries[p.ref].Code
			case kCity:
				code = d.x.lex.Cities[p.ref].Country
			}
			break
		}
		if code == "" {
			continue
		}
		e := d.countryEntity(code)
		if e == nil || e == not {
			continue
		}
		if !d.goodsDonor(e) {
			return e
		}
	}
	return nil
}

// goodsDonor: e sends goods in an act of the article; an act without
// goods ("the president sent condolences") makes no donor.
func (d *doc) goodsDonor(e *entity) bool {
	for _, s := range d.shipments {
		if s.donor == e && len(s.items) > 0 {
			return true
		}
	}
	return false
}

// roundUp is how many senders of goods make an article a round-up of
// donors.
const roundUp = 3

// mostAidedPlace is the country the article names most other than not;
// in a round-up of donors ("Guatemala has sent medical aid … The US has
// sent blankets … Germany has sent …") not one that sends goods itself:
// the donors named most are not where the goods go. Two countries that
// help each other stay each other's recipients.
func (d *doc) mostAidedPlace(counts map[*entity]int, not *entity) *entity {
	donors := map[*entity]bool{}
	for _, s := range d.shipments {
		if s.donor != nil && len(s.items) > 0 {
			donors[s.donor] = true
		}
	}
	if len(donors) < roundUp {
		return mostMentioned(counts, not)
	}
	rest := map[*entity]int{}
	for e, n := range counts {
		if !donors[e] {
			rest[e] = n
		}
	}
	return mostMentioned(rest, not)
}

// countryCounts counts the mentions of each country outside quotes.
func (d *doc) countryCounts() map[*entity]int {
	if d.counts != nil {
		return d.counts
	}
	counts := map[*entity]int{}
	d.counts = counts
	for _, m := range d.ments() {
		if (m.kind == kCountry || m.kind == kDemonym || m.kind == kAgency) && !d.quoted[m.i] {
			counts[d.entityFor(m)]++
		}
	}
	return counts
}

// mostMentioned is the country the article names most, other than not;
// the earliest named wins a tie.
func mostMentioned(counts map[*entity]int, not *entity) *entity {
	var best *entity
	for e, n := range counts {
		if e == not {
			continue
		}
		if best == nil || n > counts[best] || n == counts[best] && (firstOf(e.sents) < firstOf(best.sents) ||
			firstOf(e.sents) == firstOf(best.sents) && e.code < best.code) {
			best = e
		}
	}
	return best
}

// mergeShipments joins what the text tells twice: items of an act without
// a recipient or date of its own that follows one of the same donor (the
// text going on about the same shipment), and a later report of an act
// already told (same donor and recipient, items the same).
func (d *doc) mergeShipments() {
	// fill in item names from earlier counts in the same unit
	var named []*item
	for _, s := range d.shipments {
		for _, it := range s.items {
			if it.named {
				named = append(named, it)
				continue
			}
			for n := len(named) - 1; n >= 0 && n >= len(named)-recentActs; n-- {
				if named[n].unit == it.unit && d.sentOf[it.i]-d.sentOf[named[n].i] <= 1 {
					it.name, it.borrowed = named[n].name, true
					break
				}
			}
		}
		// a count in a unit whose goods the text never names ("more
		// than 600 tonnes had been delivered") tells no item
		var told []*item
		for _, it := range s.items {
			if it.name != "" {
				told = append(told, it)
			}
		}
		s.items = told
	}
	var kept []*shipment
	byPair := map[[2]*entity][]*shipment{}
	for _, s := range d.shipments {
		if len(kept) > 0 {
			prev := kept[len(kept)-1]
			// "A consignment of 1 million doses arrived on Sunday. The
			// vaccines were gifted by China.": the donor of the act before
			if s.thereof && prev.donor == nil && s.donor != nil && s.sent-prev.last <= 2 &&
				(prev.recipient == nil || s.recipient == nil || prev.recipient == s.recipient) {
				prev.donor = s.donor
				if prev.recipient == nil {
					prev.recipient, prev.recipientSet = s.recipient, s.recipientSet
				}
				prev.takeDate(s)
				prev.items = append(prev.items, s.items...)
				prev.last = s.sent
				continue
			}
			// "The aid — including rice — arrived … and was handed over to
			// the governor": more of the act told just before
			// "A convoy carrying tents was expected to arrive Monday. The
			// convoy left Kermanshah on Sunday": another step of the same
			// journey, on its own day
			step := len(s.items) == 0 && s.stage != stageNone && prev.stage != stageNone && s.stage != prev.stage
			back := s.thereof && prev.donor == s.donor && s.sent-prev.last <= 2 && prev.recipient == s.recipient &&
				(s.date == nil || prev.date == nil || s.date.value == prev.date.value || step)
			if back || !s.recipientSet && s.date == nil && prev.donor == s.donor && s.sent-prev.last <= 2 && len(prev.items) > 0 || len(prev.items) == 0 && prev.donor == s.donor && !s.recipientSet && s.sent-prev.last <= 2 {
				prev.takeDate(s)
				prev.items = append(prev.items, s.items...)
				prev.last = s.sent
				continue
			}
		}
		// "The consignment from Japan, consisting of tents and
		// blankets, arrived in Kathmandu": an act told without goods
		// names where the goods told just before go, when that act had
		// no place of its own (only the story's guess)
		if prev := kept; len(prev) > 0 && len(s.items) == 0 && s.recipientSet && !s.another {
			p := prev[len(prev)-1]
			if !p.recipientSet && len(p.items) > 0 && p.donor == s.donor && s.sent-p.last <= 2 && s.recipient != s.donor {
				p.recipient, p.recipientSet = s.recipient, true
				p.takeDate(s)
				p.last = s.sent
				continue
			}
		}
		key := [2]*entity{s.donor, s.recipient}
		if s.another {
			kept = append(kept, s)
			byPair[key] = append(byPair[key], s)
			continue
		}
		if len(byPair[key]) > recentActs {
			// the acts an act can retell or be part of are recent ones;
			// looking further back would make extraction quadratic
			byPair[key] = byPair[key][len(byPair[key])-recentActs:]
		}
		if dup := sameAct(byPair[key], s); dup != nil {
			dup.takeDate(s) // "the 1,000 ventilators arrived on Monday"
			continue
		}
		if e := retold(byPair[key], s); e != nil {
			e.items = restated(e.items, s.items)
			e.takeDate(s)
			e.last = s.sent
			continue
		}
		if e := recounted(byPair[key], s); e != nil {
			e.items = append(e.items, newCounts(e.items, s.items)...)
			e.takeDate(s)
			e.last = s.sent
			continue
		}
		// an act told without its goods, or with umbrella words only
		// ("the aid left Paris on Saturday"), is the act of the same donor
		// and recipient it fits
		if e := fitting(byPair[key], s); e != nil || func() bool { e = overlapping(byPair[key], s); return e != nil }() {
			e.items = append(e.items, s.items...)
			e.takeDate(s)
			e.last = s.sent
			continue
		}
		kept = append(kept, s)
		byPair[key] = append(byPair[key], s)
	}
	// one consignment told for several recipients at once has one date
	for n, s := range kept {
		if s.date == nil {
			continue
		}
		for _, e := range twinsIn(kept[max(0, n-recentActs):min(len(kept), n+recentActs)], s) {
			if e.date == nil {
				e.date = s.date
			}
		}
	}
	var out []*shipment
	for _, s := range kept {
		s.items = d.distinctItems(dropUmbrellas(s.items))
		if len(s.items) > 0 && s.donor != nil && s.donor != s.recipient {
			out = append(out, s)
		}
	}
	d.shipments = out
}

// twins are the other acts the clause of s told at once, one per recipient
// ("sent 270 tonnes of food aid to Sudan and Eritrea"): the same donor and
// sentence and the same first goods of the text.
func (d *doc) twins(s *shipment) []*shipment {
	from := max(0, len(d.shipments)-recentActs)
	return twinsIn(d.shipments[from:], s)
}

func twinsIn(acts []*shipment, s *shipment) []*shipment {
	var out []*shipment
	for _, e := range acts {
		if e == s || e.sent != s.sent || e.donor != s.donor || e.recipient == s.recipient || len(e.items) == 0 || len(s.items) == 0 {
			continue
		}
		if e.items[0].i == s.items[0].i && e.items[0].j == s.items[0].j {
			out = append(out, e)
		}
	}
	return out
}

// recentActs is how many earlier acts of one donor and recipient a later
// telling is compared with.
const recentActs = 32

// fitting is the latest earlier act of the same donor and recipient that s
// can be part of: one of the two names no goods of its own, and their dates
// do not differ.
func fitting(kept []*shipment, s *shipment) *shipment {
	for n := len(kept) - 1; n >= 0; n-- {
		e := kept[n]
		if e.donor != s.donor || e.recipient != s.recipient {
			continue
		}
		if specific(e) && specific(s) || e.date != nil && s.date != nil && e.date.value != s.date.value {
			continue
		}
		return e
	}
	return nil
}

// overlapping is an earlier act of the same donor and recipient, told at
// most three sentences before, whose goods s tells again in good part
// ("Greece sent tents, beds and blankets" … "80 tonnes of assistance such
// as blankets, beds, tents and medical supplies"), with no count or date
// that differs.
func overlapping(kept []*shipment, s *shipment) *shipment {
	for n := len(kept) - 1; n >= 0; n-- {
		e := kept[n]
		undated := e.date == nil && s.date == nil
		if !undated && (s.sent-e.last > 3 || e.date == nil || s.date == nil || e.date.value != s.date.value) || s.sent-e.last > 8 {
			continue // a dated act and an undated one may be two ("the first two planes on April 28")
		}
		shared, total := 0, 0
		conflict := false
		for _, it := range s.items {
			if it.umbrella {
				continue
			}
			total++
			for _, o := range e.items {
				if !sameKind(o, it) {
					continue
				}
				if it.qty != nil && o.qty != nil && it.qty.value != o.qty.value {
					conflict = true
				}
				shared++
				break
			}
		}
		if !conflict && total > 0 && shared >= 2 && 2*shared >= total {
			return e
		}
	}
	return nil
}

// retold is the last act of the same donor and recipient, told at most
// three sentences before s, whose goods s tells again with a count
// ("Vaccines gifted by Japan arrived in Laos today." then "Japan has gifted
// 300,000 doses of AstraZeneca vaccines to Laos."; "A convoy carrying
// tents and blankets left on Sunday … the convoy was carrying 1,000 tents
// and 10,000 blankets"): each names the same kinds of goods, only one is
// dated and no count differs (guidelines 4.1).
func retold(kept []*shipment, s *shipment) *shipment {
	if len(kept) == 0 {
		return nil
	}
	e := kept[len(kept)-1]
	if s.sent-e.last < 1 || s.sent-e.last > 3 || (e.date == nil) == (s.date == nil) || !specific(e) || !specific(s) {
		return nil
	}
	covers := func(xs, ys []*item) bool {
		for _, it := range xs {
			if it.umbrella {
				continue
			}
			found := false
			for _, o := range ys {
				if !o.umbrella && sameKind(o, it) {
					if it.qty != nil && o.qty != nil && it.qty.value != o.qty.value {
						return false
					}
					found = true
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	if covers(s.items, e.items) && covers(e.items, s.items) {
		return e
	}
	return nil
}

// recounted is an earlier act of the same donor and recipient, told at
// most three sentences before, that s weighs again with the same count
// ("rushed two ships with 30 tonnes of relief material" … "The ships
// sailed with 30 tonnes of relief material which includes rafts, water
// …"), with no count that differs: one consignment, whose first date
// (its dispatch) stands over the later one (its arrival, guidelines 4.2).
func recounted(kept []*shipment, s *shipment) *shipment {
	for n := len(kept) - 1; n >= 0; n-- {
		e := kept[n]
		if s.sent-e.last > 3 {
			continue
		}
		same, conflict := false, false
		for _, it := range s.items {
			for _, o := range e.items {
				if it.qty == nil || o.qty == nil || !sameKind(o, it) {
					continue
				}
				if it.qty.value == o.qty.value && it.qty.qualifier == o.qty.qualifier {
					same = true
				} else {
					conflict = true
				}
			}
		}
		if same && !conflict {
			return e
		}
	}
	return nil
}

// newCounts are the goods of more that items does not count already
// ("30 tonnes" and "30 tons" of relief material are one).
func newCounts(items, more []*item) []*item {
	var out []*item
	for _, m := range more {
		told := false
		for _, it := range items {
			told = told || m.qty != nil && it.qty != nil && sameKind(m, it) && m.qty.value == it.qty.value
		}
		if !told {
			out = append(out, m)
		}
	}
	return out
}

// restated adds the goods of a retelling to an act's: a counted item
// takes the place of the uncounted ones of its kind ("vaccines" then
// "300,000 doses of AstraZeneca vaccines").
func restated(items, more []*item) []*item {
	var out []*item
	for _, it := range items {
		keep := true
		for _, m := range more {
			if it.qty == nil && m.qty != nil && !it.umbrella && sameKind(m, it) {
				keep = false
			}
		}
		if keep {
			out = append(out, it)
		}
	}
	return append(out, more...)
}

// sameKind: two items name the same kind of goods, by their last word
// ("vaccines", "300,000 doses of AstraZeneca vaccines").
func sameKind(a, b *item) bool { return strings.EqualFold(lastWord(a.name), lastWord(b.name)) }

// specific: the shipment names goods, not only umbrella words.
func specific(s *shipment) bool {
	for _, it := range s.items {
		if !it.umbrella {
			return true
		}
	}
	return false
}

// The steps of a consignment's journey, in their order.
const (
	stageNone int8 = iota
	stageDispatch
	stageArrival
	stageHandover
)

// stageOf is the step of the journey the verb at trig tells of.
func (d *doc) stageOf(trig, b int) int8 {
	t := d.toks[trig]
	if containVerbs[t.Low] && strings.HasSuffix(t.Low, "ing") {
		// "a convoy carrying tents was expected to arrive Monday", "the
		// plane, carrying rice, left Riyadh": what the carrier does is
		// the step, not what it carries
		for k := trig + 1; k < b; k++ {
			if d.quoted[k] || d.toks[k].is(";") {
				break
			}
			if dispatchVerbs[d.toks[k].Low] || arrivalVerbs[d.toks[k].Low] {
				return d.stageOf(k, b)
			}
		}
	}
	switch {
	case dispatchVerbs[t.Low]:
		return stageDispatch
	case arrivalVerbs[t.Low]:
		return stageArrival
	case t.is("handover") || receiveVerbs[t.Low] || trig+1 < b && t.is("handed", "hands", "hand", "handing") && d.toks[trig+1].is("over"):
		return stageHandover
	}
	return stageNone
}

// takeDate gives e, an act that s tells again, the date of s where e has
// none, or where s tells an earlier step of the journey on an earlier day
// (guidelines 4.2: dispatch where both are given; "docked in Havana on
// Thursday … The ships left Veracruz on February 8"; "handed over 12,000
// tonnes of rice yesterday … The consignment arrived in Chittagong on 12
// May").
func (e *shipment) takeDate(s *shipment) {
	if s.date == nil {
		return
	}
	if e.date == nil || s.stage != stageNone && s.stage < e.stage && e.date.typ == schema.XSDDate &&
		s.date.typ == schema.XSDDate && s.date.value < e.date.value {
		e.date, e.stage = s.date, s.stage
	}
}

// sameAct finds an earlier shipment that s only tells again.
func sameAct(kept []*shipment, s *shipment) *shipment {
	for _, e := range kept {
		if e.donor != s.donor || e.recipient != s.recipient {
			continue
		}
		all := true
		for _, it := range s.items {
			if it.umbrella {
				continue
			}
			found := false
			for _, o := range e.items {
				if lastWord(o.name) == lastWord(it.name) && (it.qty == nil || o.qty != nil && o.qty.value == it.qty.value) {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			return e
		}
	}
	return nil
}

// hasSuffixFold: s ends in suffix, ignoring case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func (d *doc) emitShipments() {
	for _, s := range d.shipments {
		var iri node = schema.PartIRI(d.art, "shipment", d.next("shipment")) // boxed once, not once a fact
		d.because("shipment/sending-act", 0, 0)
		d.add(iri, schema.Type, schema.AidShipment, s.sent)
		d.add(d.artNode(), schema.Mentions, iri, s.sent)
		d.because("shipment/donor", 0, 0)
		d.add(iri, schema.Donor, s.donor, s.sent)
		if s.recipient != nil {
			d.because("shipment/recipient", 0, 0)
			d.add(iri, schema.Recipient, s.recipient, s.sent)
		}
		if s.date != nil {
			d.because("shipment/date", s.date.i, s.date.j)
			d.add(iri, schema.Date, s.date.literal(), d.sentOf[s.date.i])
		}
		d.because("shipment/purpose", 0, 0)
		for _, p := range s.purpose {
			d.add(iri, schema.Purpose, p, s.sent)
		}
		for _, it := range s.items {
			sent := d.sentOf[it.i]
			var ii node = schema.PartIRI(d.art, "item", d.next("item")) // boxed once, not once a fact
			d.because(itemRule(it), it.i, max(it.j, it.i+1))
			d.add(iri, schema.Includes, ii, sent)
			d.add(ii, schema.Type, schema.AidItem, sent)
			d.add(ii, schema.Name, quad.String(it.name), sent)
			d.add(ii, schema.Description, quad.String(it.desc), sent)
			if it.qty != nil {
				d.add(ii, schema.Quantity, schema.Typed(it.qty.text(), schema.XSDDecimal), sent)
				if it.qty.qualifier != "" {
					d.add(ii, schema.Qualifier, quad.String(it.qty.qualifier), sent)
				}
			}
			if it.unit != "" {
				d.add(ii, schema.Unit, quad.String(it.unit), sent)
			}
		}
	}
	d.because("", 0, 0)
}

// itemRule names what made an item, for --explain.
func itemRule(it *item) string {
	switch {
	case it.umbrella:
		return "shipment/item-umbrella-word"
	case it.plain:
		return "shipment/item-counted-goods"
	case !it.named:
		return "shipment/item-told-before"
	}
	return "shipment/item-lexicon-word"
}

// dropUmbrellas keeps a shipment's umbrella words ("humanitarian aid")
// only when it has no other items: then they are all the text says of
// what was sent.
func dropUmbrellas(items []*item) []*item {
	var specific, umbrellas []*item
	named := false // goods named by more than an umbrella word
	counted := -1  // where the first counted goods are told
	for _, it := range items {
		if it.umbrella {
			umbrellas = append(umbrellas, it)
		} else {
			specific = append(specific, it)
			named = named || !it.generic
			if it.qty != nil && (counted < 0 || it.i < counted) {
				counted = it.i
			}
		}
	}
	if named {
		return specific
	}
	// "150 tonnes of medical cargo … The cargo consists of medical
	// equipment": a counted umbrella word weighs the consignment, the
	// umbrella word told after it is all that names its goods
	out := specific
	for _, it := range umbrellas {
		if counted >= 0 && it.i < counted {
			// "has provided steady assistance … A plane carrying 600 kg
			// of medical supplies": told before the counted goods, the
			// umbrella word sums them up
			continue
		}
		if umbrellaWords[strings.ToLower(lastWord(it.name))] || it.generalWord {
			out = append(out, it)
		}
	}
	return out
}

// toldAsMore: the goods at i, or the word before them, say they are more
// than those told before ("another 500,000 doses", "an extra 20 tons").
func (d *doc) toldAsMore(i int) bool {
	for _, k := range []int{i, max(i-1, 0)} {
		if d.toks[k].is("another", "further", "additional", "extra") {
			return true
		}
	}
	return false
}

// distinctItems drops an item told twice in one shipment ("will send a
// field hospital and oxygen concentrators … includes a field hospital and
// 60 oxygen concentrators"), keeping the counted telling.
func (d *doc) distinctItems(items []*item) []*item {
	var out []*item
	for _, it := range items {
		dup := false
		// "the vaccines" told again after "600,000 Sinopharm vaccine
		// doses": a name that ends another item's name names goods
		// already listed ("COVID-19 vaccines" then "the Sinopharm
		// COVID-19 vaccines"); "484,000 doses of vaccines" then "484,000
		// doses of Coveshield vaccine": the same count of the same goods,
		// named better
		for _, o := range items {
			if o != it && len(o.name) > len(it.name) && hasSuffixFold(o.name, " "+it.name) &&
				(it.qty == nil || o.qty != nil && o.qty.value == it.qty.value && o.unit == it.unit) {
				dup = true
				break
			}
		}
		for _, o := range items {
			// "92 tons of supplies … it had donated 57 tons from its own
			// stock": a bare count that borrows the name of goods the act
			// counted already is a part of them, not more goods (but
			// "pledged another 500,000 doses")
			if !dup && o != it && !o.borrowed && it.borrowed && o.qty != nil && it.qty != nil && strings.EqualFold(o.name, it.name) &&
				!d.toldAsMore(it.i) {
				dup = true
			}
		}
		if dup {
			continue
		}
		for n, o := range out {
			// "20 tonnes" and "20 tons" of it are one count
			if !strings.EqualFold(o.name, it.name) || o.unit != it.unit && o.qty != nil && it.qty != nil && o.qty.value != it.qty.value {
				continue
			}
			switch {
			case o.qty == nil && it.qty != nil:
				out[n] = it
				dup = true
			case it.qty == nil || o.qty != nil && o.qty.value == it.qty.value:
				dup = true
			}
			if dup {
				break
			}
		}
		if !dup {
			out = append(out, it)
		}
	}
	return out
}

// shipDates are the dates of an act in tokens [a, b): those actDates
// gives, less a dateline that opens a later paragraph ("RIYADH, May 28,
// 2018 – The first aircraft … arrived on Sunday"), which dates the report.
func (d *doc) shipDates(a, b int) []dateExpr {
	ds := d.actDates(a, b)
	var out []dateExpr
	for _, e := range ds {
		if e.i >= 2 && d.toks[e.i-1].is(",") && e.j < len(d.toks) && d.toks[e.j].is("–", "—", "-", ":") {
			if m := d.mat(e.i - 2); m != nil && m.j == e.i-1 && m.kind == kCity {
				if s, _ := d.bounds(d.sentOf[m.i]); s == m.i {
					continue
				}
			}
		}
		if d.sinceClause(e.i) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// sinceClause: the date at i is in a clause or phrase "since …" ("the
// first aid to arrive since the airport closed on August 15", "since
// March"): the start of a span, not the day of an act.
func (d *doc) sinceClause(i int) bool {
	start, _ := d.bounds(d.sentOf[i])
	for k := i - 1; k >= start; k-- {
		switch {
		case d.toks[k].is("since", "Since"):
			return true
		case d.toks[k].is(",", ";", "—", "–", "(", ")"):
			return false
		}
	}
	return false
}
