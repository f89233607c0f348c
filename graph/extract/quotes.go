package extract

import (
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
)

// Quotations: the words between quote marks (straight, curly, single,
// doubled single; a quote left open runs to the end of its paragraph) and
// who said them. The speaker is read from an attribution next to the quote
// ("…,” said Boris Johnson; “…,” he said; Blinken said, "…"; the UK PM
// added; "…," the ICRC's director, Jane Doe, said), from the subject of a
// reporting verb (speech.tsv) before it in the sentence ("He highlighted
// how both countries are "united" in …"; "adding that …"; "with X arguing,
// …"; "Spokesman X for the Foreign Ministry said"), from the object of
// "quoted X as saying", from another quote of the same sentence, from the
// quote before it in the paragraph when the text goes on quoting, from the
// start of the next sentence ("“…” Lopez said on Monday."), from a name
// line under a quote that stands alone ("Secretary Antony J. Blinken, March
// 3, 2021"), from a possessive ("Johnson's commitment to help ''friend and
// partner''"), or, for a quote that opens its sentence, from the sentence
// before that gives someone words ("X tweeted with images. “…”"), from
// the paragraphs around a quote that is its own paragraph when both are
// about the one who speaks in the second, from a dash and a name after it
// ("“…” — Minister X, on the floods"). A closing mark typed as an opening
// one before the attribution ("…, “said X.") closes the quote. A quote
// whose source is not a person in the graph (a statement, a ministry, a
// country) is not recorded: the graph's quotations are people's words. Its
// date is the one the attribution gives, else the article's. findSpeakers,
// run right after findPeople, makes persons of the names that stand in a
// speaker's place and that the name shapes missed.

// qspan is a quotation in the text: marks at open and close (close is the
// end of the paragraph for a quote left open); the words are [i, j).
type qspan struct {
	open, close int
	i, j        int
	text        string
	cont        bool // goes on from the paragraph before, without an opening mark
}

// closeInParagraph finds a closing quote mark in the paragraph starting at
// token i before any opening one; -1 if none.
func (d *doc) closeInParagraph(i int) int {
	for k := i; k < len(d.toks); k++ {
		if k > i && d.toks[k].Breaks >= 2 {
			return -1
		}
		if d.toks[k].Kind == tQuote {
			if isOpening(d.toks, k) {
				return -1
			}
			if d.toks[k].Text != "'" && d.toks[k].Text != "‘" {
				return k
			}
		}
	}
	return -1
}

// quotation is a quote with its speaker.
type quotation struct {
	q       qspan
	speaker *entity
	sent    int    // where the quote opens
	source  int    // sentence that says who spoke; -1 when none
	how     string // the rule that found the speaker, for --explain
}

var closers = map[string]string{"“": "”", "\"": "\"", "''": "''", "``": "''", "‘‘": "’’", "‘": "’", "'": "'", "«": "»", "„": "“", "”": "”"}

// doubleMarks are the double quote marks, however typed; a quote opened
// by one is closed by any of them that is not itself opening ("…,’’ she
// said" after a “, as some outlets' systems write it).
var doubleMarks = map[string]bool{"“": true, "”": true, "\"": true, "''": true, "``": true, "‘‘": true, "’’": true, "„": true}

// quoteSpans pairs quote marks within paragraphs, once per article.
func (d *doc) quoteSpans() []qspan {
	if d.spans == nil {
		d.spans = d.pairQuotes()
	}
	return d.spans
}

func (d *doc) pairQuotes() []qspan {
	out := []qspan{}
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		// a quote that ran to the end of its paragraph goes on in this
		// one, which ends it with a closing mark and opens none
		if t.Breaks >= 2 && len(out) > 0 && out[len(out)-1].close < 0 && !(t.Kind == tQuote && isOpening(d.toks, i)) {
			if c := d.closeInParagraph(i); c > i {
				qs := qspan{open: i, close: c, i: i, j: c, cont: true}
				qs.text = strings.TrimSpace(d.a.Text[t.Start:d.toks[c].Start])
				out = append(out, qs)
				i = c
				continue
			}
		}
		want, ok := closers[t.Text]
		if t.Kind != tQuote || !ok || !isOpening(d.toks, i) {
			continue
		}
		j := i + 1
		closed := false
		for ; j < len(d.toks); j++ {
			u := d.toks[j]
			if u.Breaks >= 2 {
				break
			}
			if u.Kind == tQuote && u.Text == want && (want != "'" || !isOpening(d.toks, j)) {
				closed = true
				break
			}
			// a double mark closed by another kind of double mark: a
			// straight one by a curly one ("…,” she said) or the other
			// way round, a curly one by two apostrophes
			if u.Kind == tQuote && doubleMarks[t.Text] && doubleMarks[u.Text] && u.Text != t.Text && !isOpening(d.toks, j) {
				closed = true
				break
			}
			if t.Text == "“" && u.Text == "“" {
				if d.mistypedClose(j) {
					closed = true // "… of the region, “said X."
				}
				break // else a new quote opens: the first ran on without a close
			}
		}
		if j == i+1 {
			continue
		}
		qs := qspan{open: i, close: j, i: i + 1, j: j}
		end := d.toks[j-1].End
		if closed {
			end = d.toks[j].Start
		}
		qs.text = strings.TrimSpace(d.a.Text[t.End:end])
		if !closed {
			qs.close = -1
		}
		// (not a stray mark before a full stop: “…pandemic “.)
		if strings.IndexFunc(qs.text, unicode.IsLetter) >= 0 {
			out = append(out, qs)
		}
		if closed {
			i = j
		} else {
			i = j - 1
		}
	}
	return out
}

// mistypedClose: the opening mark at j closes the quote before it, typed
// the wrong way round: it follows the comma (or ! ?) that ends the words
// and the attribution follows it ("… of the region, “said X."; "…, “she
// added.").
func (d *doc) mistypedClose(j int) bool {
	if j+1 >= len(d.toks) || !d.toks[j-1].is(",", "!", "?") {
		return false
	}
	k := j + 1
	if d.toks[k].is("he", "she", "they", "we") && k+1 < len(d.toks) {
		k++
	}
	ok, object := d.speechVerb(k)
	return ok && !object && !d.toks[k].capitalised()
}

func (d *doc) findQuotes() {
	spans := d.quoteSpans()
	var quotes []*quotation
	for _, s := range spans {
		q := &quotation{q: s, sent: d.sentOf[s.open], source: -1}
		sp, src, explicit := d.attribution(s)
		q.speaker, q.source, q.how = sp, src, "quote/speaker-attribution"
		if !explicit && sp == nil {
			q.source = -2 // nothing said: other rules may fill it
		}
		quotes = append(quotes, q)
	}
	// another quote of the same sentence, then the quote before in the
	// paragraph, then a possessive
	bySent := map[int]*quotation{} // a quote with a speaker, per sentence
	for _, q := range quotes {
		if q.speaker != nil && bySent[q.sent] == nil {
			bySent[q.sent] = q
		}
	}
	for n, q := range quotes {
		// "“…,” he added." after sentences of quoted words that leave
		// the pronoun no one: the speaker of the quote before it in the
		// paragraph
		if q.speaker == nil && q.source >= 0 && n > 0 && d.pronounAttribution(q.q) {
			if prev := quotes[n-1]; prev.speaker != nil && d.sents[prev.sent].Para == d.sents[q.sent].Para {
				q.speaker, q.how = prev.speaker, "quote/speaker-pronoun-goes-on"
			}
		}
		if q.source != -2 {
			continue
		}
		if o := bySent[q.sent]; o != nil && o != q {
			q.speaker, q.source, q.how = o.speaker, o.source, "quote/speaker-same-sentence"
		}
		if q.speaker == nil && n > 0 {
			prev := quotes[n-1]
			// the text goes on quoting: the quote opens its sentence,
			// or the one before is in the same sentence ("The two
			// discussed “…”" after a quote is narrative, not more of it)
			goesOn := d.opensSentence(q.q) || q.q.cont || prev.sent == q.sent
			if goesOn && prev.speaker != nil && d.sents[prev.sent].Para >= d.sents[q.sent].Para-1 && q.sent-prev.sent <= 3 {
				q.speaker, q.source, q.how = prev.speaker, prev.source, "quote/speaker-goes-on"
			}
		}
		if q.speaker == nil {
			q.speaker, q.source = d.possessiveSpeaker(q.q)
			q.how = "quote/speaker-possessive"
		}
		// a quote that opens its sentence, after a sentence that gives
		// someone words: "Jane Doe tweeted with images. “Grateful for …”"
		if q.speaker == nil && q.sent > 0 && d.opensSentence(q.q) && !q.q.cont {
			if p := d.speakerOf(q.sent - 1); p != nil {
				q.speaker, q.source, q.how = p, q.sent-1, "quote/speaker-sentence-before"
			}
		}
		// a quote that is its own paragraph, between paragraphs about one
		// person who speaks in the next: "Jane Doe visited the camps. ¶
		// “…” ¶ Doe said the government would send tents."
		if q.speaker == nil && q.sent > 0 && q.sent+1 < len(d.sents) && d.fillsParagraph(q.q) {
			if p := d.speakerOf(q.sent + 1); p != nil && p == d.subj[q.sent-1] && d.sents[q.sent+1].Para == d.sents[q.sent].Para+1 {
				q.speaker, q.source, q.how = p, q.sent+1, "quote/speaker-around"
			}
		}
		// a quote that is its own paragraph, after a paragraph that ends
		// on a sentence about a person, opened by them: "NATO's Secretary
		// General Jane Doe addressed the ceremony. ¶ “This is a historic
		// day …”", unless the paragraph after gives words to someone else
		if q.speaker == nil && q.sent > 0 && d.fillsParagraph(q.q) && d.sents[q.sent-1].Para == d.sents[q.sent].Para-1 {
			after := (*entity)(nil)
			if next := d.sentOf[q.q.close] + 1; next < len(d.sents) {
				after = d.speakerOf(next)
			}
			if p := d.openingSubject(q.sent - 1); p != nil && (after == nil || after == p) {
				q.speaker, q.source, q.how = p, q.sent-1, "quote/speaker-paragraph-before"
			}
		}
		// words quoted in a sentence about a person are theirs: "Correa
		// closed the summit with a call for “justice, freedom and
		// sovereignty.”"
		if q.speaker == nil && !d.opensSentence(q.q) {
			if p := d.subjectAt(q.sent, q.q.open); p != nil {
				q.speaker, q.source, q.how = p, q.sent, "quote/speaker-subject"
			}
		}
	}
	// a quote left open at the end of its paragraph goes on in the quote
	// that opens the next one, whose attribution is for both ("“We have
	// worked for months. ¶ “Now it is time to act,” she said.")
	for n := len(quotes) - 2; n >= 0; n-- {
		q, next := quotes[n], quotes[n+1]
		if q.speaker == nil && q.q.close < 0 && next.speaker != nil && d.toks[next.q.open].Breaks >= 2 &&
			d.sents[next.sent].Para == d.sents[q.sent].Para+1 && d.opensSentence(next.q) {
			q.speaker, q.source, q.how = next.speaker, next.source, "quote/speaker-next-paragraph"
		}
	}
	for _, q := range quotes {
		if q.speaker != nil && q.speaker.class == schema.Person && !d.isName(q.q) {
			d.quotes = append(d.quotes, q)
		}
	}
}

// pronounAttribution: the quote is attributed right after its close to a
// pronoun ("…,” he added"; "…,” she said).
func (d *doc) pronounAttribution(s qspan) bool {
	k := s.close + 1
	for k < len(d.toks) && d.toks[k].is(",", "!", "?") {
		k++
	}
	if k+1 >= len(d.toks) || d.toks[k].Breaks >= 2 || !d.toks[k].is("he", "she") {
		return false
	}
	ok, object := d.speechVerb(k + 1)
	return ok && !object
}

// speechVerb reports whether token k is a reporting verb (speech.tsv), and
// whether its speaker is its object ("quoted the minister as saying").
func (d *doc) speechVerb(k int) (ok, object bool) {
	t := d.toks[k]
	if t.Kind != tWord {
		return false, false
	}
	if obj, found := d.x.speech[t.Low]; found {
		return true, obj
	}
	return attributionVerbs[t.Text], false
}

// participle: "adding", "saying", "arguing".
func participle(t token) bool { return strings.HasSuffix(t.Low, "ing") }

// attribution reads who spoke from the words right after a quote and the
// attribution before it. explicit reports that the text names a source,
// person or not. The int is the sentence that names the source.
func (d *doc) attribution(s qspan) (*entity, int, bool) {
	if s.close >= 0 {
		if p, si, ok := d.attributionAfter(s); ok {
			return p, si, true
		}
		// an epigraph: the quote is its paragraph, a name line follows
		if p, si := d.nameLineAfter(s); p != nil {
			return p, si, true
		}
	}
	// before: the subject of the attribution verb before the quote
	si := d.sentOf[s.open]
	start, _ := d.bounds(si)
	// "Foreign Secretary James Cleverly said:" closing the paragraph before
	if s.open == start && si > 0 && !s.cont {
		ps, pe := d.bounds(si - 1)
		if d.toks[pe-1].is(":") && pe-2 >= ps {
			if ok, _ := d.speechVerb(pe - 2); ok {
				if p, _ := d.subjectOf(pe-2, ps); p != nil {
					return p, si - 1, true
				}
				return nil, si - 1, true
			}
		}
	}
	for v := s.open - 1; v >= start; v-- {
		if d.quoted[v] && !(d.toks[v].Kind == tQuote) {
			continue
		}
		// "According to X, “…”"
		if d.toks[v].is("according", "According") && v+1 < s.open && d.toks[v+1].is("to") {
			if p := d.firstPersonRef(v+2, s.open); p != nil {
				return p, si, true
			}
			return nil, si, true
		}
		ok, object := d.speechVerb(v)
		if !ok {
			continue
		}
		// "Jane Doe was quoted by the agency as saying “…”": the subject
		// of the passive
		if q := d.passiveQuoted(v, start); q > 0 {
			if p, _ := d.subjectOf(q, start); p != nil {
				return p, si, true
			}
			return nil, si, true
		}
		// "the agency quoted the Turkish ambassador as confirming “…”"
		if object {
			if p := d.firstPersonRef(v+1, s.open); p != nil {
				return p, si, true
			}
			continue
		}
		p, blocked := d.subjectOf(v, start)
		if p != nil {
			if s := d.participleSubject(v, start, si); s != nil && s != p {
				return s, si, true
			}
			return p, si, true
		}
		if blocked {
			return nil, si, true
		}
		if p := d.designateSubject(v, start, si); p != nil {
			return p, si, true
		}
		// "he called the visit Jane Doe “timely”": a pronoun no one was
		// found for is the subject; the person after the verb is its
		// object
		if d.pronounSubject(v, start) {
			return nil, si, true
		}
		// "said Minister X: “…”": the subject after its verb
		if p := d.firstPersonRef(v+1, s.open); p != nil && !participle(d.toks[v]) {
			return p, si, true
		}
	}
	if s.close >= 0 {
		if p, si := d.attributionNext(s); p != nil {
			return p, si, true
		}
	}
	return nil, -1, false
}

// participleSubject: a participle after a comma ("…, emphasizing “…”",
// "…, adding that “…”") has the subject of the clause it hangs on, not
// the person nearest before it, who is the clause's object ("Jane Doe
// reassured her counterpart John Roe of …, emphasizing …"); not past a
// relative clause ("…, who thanked …, saying").
func (d *doc) participleSubject(v, start, si int) *entity {
	if !participle(d.toks[v]) || v-1 <= start || !d.toks[v-1].is(",") {
		return nil
	}
	s := d.subjectAt(si, v)
	if s == nil {
		return nil
	}
	// (subjectAt found s named before v)
	for k := d.mentionAt(s, start, v); k < v; k++ {
		if d.toks[k].is("who", "which", "whom", "whose", "whereas", "while", "and", ";") {
			return nil
		}
	}
	return s
}

// passiveQuoted reads "was quoted (by the agency) as saying" back from the
// participle at v: the index of "quoted", else -1.
func (d *doc) passiveQuoted(v, start int) int {
	if !participle(d.toks[v]) || v-1 <= start || !d.toks[v-1].is("as") {
		return -1
	}
	for q := v - 2; q > start && q >= v-10; q-- {
		if d.toks[q].is("quoted", "cited") {
			if d.toks[q-1].is("was", "is", "were", "been") {
				return q
			}
			return -1
		}
	}
	return -1
}

// onlyAuxiliaries: nothing but auxiliaries and adverbs in [i, v) ("also",
// "had earlier").
func (d *doc) onlyAuxiliaries(i, v int) bool {
	for k := i; k < v; k++ {
		if !d.auxOrAdverb(k) {
			return false
		}
	}
	return true
}

// pronounSubject: a personal pronoun stands right before the verb at v,
// past auxiliaries and adverbs ("he also called", "she had said").
func (d *doc) pronounSubject(v, start int) bool {
	b := v - 1
	for b > start && d.auxOrAdverb(b) {
		b--
	}
	return b >= start && d.toks[b].is("he", "He", "she", "She", "they", "They", "we", "We", "I")
}

// auxOrAdverb: the word at k is an auxiliary or an adverb in -ly ("has",
// "repeatedly").
func (d *doc) auxOrAdverb(k int) bool {
	return auxiliaries[d.toks[k].Low] || strings.HasSuffix(d.toks[k].Low, "ly") && d.mat(k) == nil
}

// attributionNext: a quote that ends its sentence, and the next sentence of
// the paragraph opens with the attribution and quotes nothing ("“…” Jane
// Doe said on Monday.").
func (d *doc) attributionNext(s qspan) (*entity, int) {
	si := d.sentOf[s.close]
	_, end := d.bounds(si)
	if k := s.close + 1; !(k >= end || k == end-1 && d.toks[k].is(".")) {
		return nil, -1
	}
	if si+1 >= len(d.sents) || d.sents[si+1].Para != d.sents[si].Para {
		return nil, -1
	}
	si++
	k, end := d.bounds(si)
	if d.quotedIn(k, end) {
		return nil, -1
	}
	if k+1 < end && d.toks[k].is("So", "Thus") {
		k++ // "So said Foreign Minister X."
	}
	// "These were the words of Foreign Minister X, who …"
	if w := d.wordsOf(k, end); w > k {
		if p := d.firstPersonRef(w, min(end, w+10)); p != nil {
			return p, si
		}
		return nil, -1
	}
	if p, ok := d.attributionAt(k, end); ok && p != nil {
		return p, si
	}
	return nil, -1
}

// attributionAfter reads the attribution after a quote's closing mark in
// its sentence: right after it ("…," said X; "…," X said), or past an
// apposition up to the reporting verb ("…," the agency's director, Jane
// Doe, said), or a headline's name after a colon.
func (d *doc) attributionAfter(s qspan) (*entity, int, bool) {
	si := d.sentOf[s.close]
	_, end := d.bounds(si)
	k := s.close + 1
	for k < end && d.toks[k].is(",", "!", "?", "—", "-", "–") {
		k++
	}
	if k >= end || k == end-1 && d.toks[k].is(".") {
		return nil, -1, false
	}
	if p, ok := d.attributionAt(k, end); ok {
		return p, si, true
	}
	// "“…” — Foreign Minister Jane Doe, on the floods": a dash, then the
	// speaker's name and at most a comma's aside
	if k == s.close+2 && d.toks[s.close+1].is("—", "–") {
		for _, m := range d.mentionsIn(k, min(end, k+8)) {
			if p := personOf(m); p != nil && m.kind == kPerson {
				if m.j >= end || d.toks[m.j].is(",", ".", "(") || d.toks[m.j].Breaks > 0 {
					return p, si, true
				}
				break
			}
			if m.kind != kOffice && m.kind != kCountry && m.kind != kDemonym && m.kind != kGrouping {
				break
			}
		}
	}
	// a headline's "… is ‘…’: PM Modi": the speaker's name closes the line
	if k == s.close+1 && d.toks[k].is(":") && end-k <= 6 && (end >= len(d.toks) || d.toks[end].Breaks > 0) {
		if p := d.firstPersonRef(k+1, end); p != nil {
			if m := d.mat(end - 1); m != nil && m.j == end && personOf(m) == p {
				return p, si, true
			}
		}
	}
	// "…," the ICRC's deputy director of operations, Jane Doe, said: a
	// quote whose words end in a comma (or ! ?) goes on to its attribution
	if !strings.HasSuffix(s.text, ",") && !strings.HasSuffix(s.text, "!") && !strings.HasSuffix(s.text, "?") && !d.toks[s.close+1].is(",") {
		return nil, -1, false
	}
	n := d.nameApposition(k, end)
	for v := k; v < min(end, k+16); v++ {
		if d.toks[v].Kind == tQuote || d.toks[v].is("if", "when", "while", "because", "but", "although", "though", "whereas") || d.toks[v].is("and") && v < n {
			break
		}
		ok, object := d.speechVerb(v)
		if !ok || participle(d.toks[v]) {
			continue
		}
		// "…," Jane Doe, the agency's director was quoted as saying
		if !object || v > k && d.toks[v-1].is("was", "is", "were", "been") {
			p, _ := d.subjectOf(v, k)
			return p, si, true
		}
		// "…," the agency quoted Foreign Minister Jane Doe as saying
		if p := d.firstPersonRef(v+1, min(end, v+12)); p != nil {
			return p, si, true
		}
	}
	return nil, -1, false
}

// nameApposition: a name of two words or more at k, then a comma, opens an
// apposition, which may hold an "and" ("Jane Doe, the bloc's head of
// communications and public affairs, told …"): the index past the
// comma, else end (an "and" from k on ends the attribution).
func (d *doc) nameApposition(k, end int) int {
	n := k
	for n < end && d.nameTok(n) {
		n++
	}
	if n-k >= 2 && n < end && d.toks[n].is(",") {
		return n + 1
	}
	return end
}

// attributionAt reads "said X", "he said", "EAM Jaishankar tweeted", "the
// UK PM added", "according to X" at token k; ok reports that an
// attribution is there, to a person or not ("said the ministry").
func (d *doc) attributionAt(k, end int) (*entity, bool) {
	if ok, _ := d.speechVerb(k); ok && !participle(d.toks[k]) {
		return d.firstPersonRef(k+1, min(end, k+12)), true
	}
	// "…," according to Foreign Minister X
	if k+1 < end && d.toks[k].is("according", "According") && d.toks[k+1].is("to") {
		return d.firstPersonRef(k+2, min(end, k+10)), true
	}
	// "…," EAM Jaishankar tweeted; "…," the UK PM added; "…," the
	// ICRC's director, Jane Doe, said; "…," Mr Doe was quoted as saying
	for _, m := range d.mentionsIn(k, min(end, k+12)) {
		p := personOf(m)
		if p == nil {
			if m.kind == kOffice || m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping || m.kind == kAgency {
				continue
			}
			break
		}
		// "…," in the wake of the dismissal of A B, C said: a person
		// after the comma, right before the verb, is its subject
		if m.j+1 < end && d.toks[m.j].is(",") {
			if n := d.mat(m.j + 1); n != nil && n.i == m.j+1 && n.kind == kPerson && personOf(n) != nil && personOf(n) != p && n.j < end {
				if ok, obj := d.speechVerb(n.j); ok && !obj {
					return personOf(n), true
				}
			}
		}
		for v := m.j; v < min(end, m.j+3); v++ {
			if ok, _ := d.speechVerb(v); ok {
				return p, true
			}
		}
		// "…," Jane Doe from the Red Crescent's logistics unit told …
		if v := d.pastOrgPhrase(m.j, end); v > m.j && v < end {
			if ok, _ := d.speechVerb(v); ok {
				return p, true
			}
		}
		break
	}
	return nil, false
}

// firstPersonRef is the first person named or referred to in [i, j),
// passing over titles in front of a name.
func (d *doc) firstPersonRef(i, j int) *entity {
	for _, m := range d.mentionsIn(i, j) {
		if p := personOf(m); p != nil {
			return p
		}
		if m.kind != kOffice && m.kind != kCountry && m.kind != kDemonym && m.kind != kGrouping && m.kind != kTopic && m.kind != kAgency {
			return nil // "Minister of Foreign Trade", "USAID Administrator"
		}
	}
	return nil
}

// subjectOf is the person who is the subject of the reporting verb at v:
// the nearest person before it that is not the object of a preposition
// ("Jaishankar, standing alongside the US Secretary of State said"; but
// "with Jane Doe arguing, …"). Anything else in subject position (a
// statement, a ministry, a country right before the verb) gives nil and
// blocked.
func (d *doc) subjectOf(v, start int) (*entity, bool) {
	b := v - 1
	for b > start && (auxiliaries[d.toks[b].Low] || strings.HasSuffix(d.toks[b].Low, "ly") && d.mat(b) == nil) {
		b-- // "also said", "had earlier told", "reportedly said"
	}
	if b >= start && !d.quoted[b] {
		t := d.toks[b]
		switch {
		case t.is("who") && b-1 > start && d.toks[b-1].is(","):
			// "… met his counterpart Jane Doe, who said “…”": the one
			// the relative clause is about, not the main clause's subject
			if m := d.mat(b - 2); m != nil && m.j == b-1 && personOf(m) != nil {
				return personOf(m), false
			}
		case t.is(","):
			// "Jane Doe, who heads the aid agency, said": past the
			// clause, unless it names the speaker ("the director,
			// Jane Doe, said")
			c := b - 1
			for c > start && !d.toks[c].is(",") && !d.quoted[c] {
				c--
			}
			if c > start && d.toks[c].is(",") {
				// "Jane Doe, the deputy of John Roe, said": the name the
				// aside describes
				if m := d.mat(c - 1); m != nil && m.j == c && m.kind == kPerson && personOf(m) != nil {
					return personOf(m), false
				}
				for k := b - 1; k > c; k-- {
					if m := d.mat(k); m != nil && m.kind == kPerson && m.j == b {
						return m.ent, false
					}
				}
				v = c
			}
		case d.pluralSubject(b, start):
			// "what officials called “…”", "diplomats say": a subject
			// that is no one the graph knows
			return nil, true
		case d.commonSubject(b, start):
			// "In his speech, the new chairperson said": a noun phrase
			// no one was found for, not a name further back
			return nil, true
		}
	}
	for k := v - 1; k >= start; k-- {
		if d.quoted[k] {
			continue
		}
		m := d.mat(k)
		if m == nil || m.j != k+1 {
			if sourceNouns[d.toks[k].Low] && k+1 < len(d.toks) && !d.toks[k+1].is("of") {
				// "Spokesman Jane Doe for the Foreign Ministry said"
				if p := d.personBeforePhrase(k, start); p != nil {
					return p, false
				}
				return nil, true
			}
			continue
		}
		p := personOf(m)
		if p == nil {
			// "India said": a country, grouping or agency is the subject
			if m.j == v && (m.kind == kCountry || m.kind == kGrouping || m.kind == kAgency) {
				// but "Foreign Minister Jane Doe of Peru said"
				if p := d.personBeforePhrase(m.i, start); p != nil {
					return p, false
				}
				return nil, true
			}
			continue
		}
		// the object of a preposition is no subject: "wrote to his
		// Chinese counterpart Jane Doe and expressed …"
		b := m.i - 1
		for b >= start && (d.toks[b].is("the", "The", "a", "his", "her", "their", "its", "counterpart", "counterparts") || d.mat(b) != nil && d.mat(b).j == b+1 && (d.jurisdictionOf(d.mat(b)) != "" || d.mat(b).kind == kOffice)) {
			if d.mat(b) != nil {
				b = d.mat(b).i - 1
			} else {
				b--
			}
		}
		if b >= start && prepositions[d.toks[b].Text] && !d.toks[b].is("Calling", "calling") {
			// "with Chilean President Jane Doe arguing, “…”"
			if d.toks[b].is("with") && participle(d.toks[v]) && (m.j == v || m.j+1 == v && d.toks[m.j].is(",")) {
				return p, false
			}
			// "Jane Doe and John Roe said in a joint statement": words
			// of several people are no one's
			if d.toks[b].is("and") && b > start && personOf(d.mat(b-1)) != nil && d.onlyAuxiliaries(m.j, v) {
				return nil, true
			}
			k = m.i
			continue
		}
		return p, false
	}
	return nil, false
}

// subjectBefore is the person who is the subject of the verb at v: the
// nearest person before it that is not the object of a preposition
// ("Jaishankar, standing alongside the US Secretary of State said").
// Anything else in subject position (a statement, a ministry) gives nil.
func (d *doc) subjectBefore(v, start int) *entity {
	for k := v - 1; k >= start; k-- {
		if d.quoted[k] {
			continue
		}
		m := d.mat(k)
		if m == nil || m.j != k+1 {
			if d.toks[k].is("statement", "ministry", "Ministry", "embassy", "Embassy", "mission", "Mission", "government", "Government", "spokesperson", "office", "Office", "release", "note") && k+1 < len(d.toks) && !d.toks[k+1].is("of") {
				return nil
			}
			continue
		}
		p := personOf(m)
		if p == nil {
			continue
		}
		if m.j < v && d.toks[m.j].is("'s", "’s") {
			return nil // "X's envoy met", "X's spokesman said": the one X has
		}
		// the object of a preposition is no subject: "wrote to his
		// Chinese counterpart Jane Doe and expressed …"
		b := m.i - 1
		for b >= start && (d.toks[b].is("the", "The", "a", "his", "her", "their", "its", "counterpart", "counterparts") || d.mat(b) != nil && d.mat(b).j == b+1 && (d.jurisdictionOf(d.mat(b)) != "" || d.mat(b).kind == kOffice)) {
			if d.mat(b) != nil {
				b = d.mat(b).i - 1
			} else {
				b--
			}
		}
		if b >= start && prepositions[d.toks[b].Text] && !d.toks[b].is("Calling", "calling") {
			k = m.i
			continue
		}
		return p
	}
	return nil
}

// auxiliaries and adverbs stand between a subject and its reporting verb.
var auxiliaries = map[string]bool{"also": true, "has": true, "had": true, "have": true, "was": true,
	"is": true, "further": true, "later": true, "then": true, "again": true, "once": true, "earlier": true,
	"would": true, "will": true, "not": true, "never": true, "likewise": true, "too": true,
	"always": true, "perhaps": true, "sometimes": true, "afterwards": true, "nevertheless": true,
	"nonetheless": true, "thus": true, "meanwhile": true, "however": true, "often": true}

// pluralSubject: the word at b, right before a reporting verb, is a plural
// common noun heading the subject ("officials said", "what diplomats
// called"), not one inside a phrase after the speaker ("Jane Doe,
// spokesperson of the ministry of external affairs, tweeted").
func (d *doc) pluralSubject(b, start int) bool {
	t := d.toks[b]
	w := t.Low
	if t.Kind != tWord || d.mat(b) != nil || t.capitalised() || len(w) < 4 || !strings.HasSuffix(w, "s") || auxiliaries[w] ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") {
		return false // "as", "this", "thus", "across", "its"
	}
	k := b - 1
	for k >= start && d.toks[k].Kind == tWord && !d.toks[k].capitalised() && d.mat(k) == nil && !prepositions[d.toks[k].Text] && !d.toks[k].is("the", "of", "who", "which", "that") {
		k-- // "local officials", "senior western diplomats"
	}
	return k < start || !d.toks[k].is("of", "for", "from", "at", "in", "with", "by")
}

// designateSubject: the subject of the reporting verb at v is a title of
// one who is to take the office, written as one word that no office of
// the lexicon reads ("The Secretary-General-designate said"): the person
// the text is about, if that person was given the title.
func (d *doc) designateSubject(v, start, si int) *entity {
	b := v - 1
	for b > start && auxiliaries[d.toks[b].Low] {
		b--
	}
	if b-1 < start {
		return nil
	}
	t := d.toks[b]
	if d.mat(b) != nil || !d.toks[b-1].is("the", "The") || !notYetTitle(t.Text) {
		return nil
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(t.Low, "-designate"), "-elect")
	p := d.salient(si, b)
	if p == nil {
		return nil
	}
	for form := range p.titles {
		// "secretary-general", "un secretary-general-designate", an
		// office held ("…/office/un/secretary-general")
		for _, w := range strings.FieldsFunc(form, func(r rune) bool { return r == ' ' || r == '/' }) {
			if w == stem || w == t.Low {
				return p
			}
		}
	}
	return nil
}

// commonSubject: the words ending at b, right before a reporting verb,
// are a noun phrase that opens its clause and that no rule took for a
// person: "the new chairperson", "the union's secretary", "a senior
// official", "Jane Doe's spokesman" (at the start of the sentence or after a comma or a
// conjunction, not the object of a verb or a preposition: "Jane Doe,
// addressing the crowd, said"; "Jane Doe in a statement said").
func (d *doc) commonSubject(b, start int) bool {
	t := d.toks[b]
	if m := d.mat(b); m != nil && m.j == b+1 && m.kind == kOffice && personOf(m) == nil {
		b = m.i // "the new chairperson": a title that stands for no one known
	} else if t.Kind != tWord || t.capitalised() || m != nil || d.tag(b) != pos.NOUN || timeNouns[t.Low] {
		return false
	}
	k := b - 1
	for ; k >= start && k >= b-8; k-- {
		u := d.toks[k]
		if u.is("the", "The", "a", "A", "an", "An", "his", "His", "her", "Her", "its", "Its", "their", "Their") {
			if k-1 > start && d.toks[k-1].is("of") {
				k-- // "the chairperson of the bloc"
				continue
			}
			break
		}
		if d.quoted[k] {
			return false
		}
		if m := d.mat(k); m != nil {
			if personOf(m) != nil {
				if m.j == k+1 && k+1 < b && d.toks[k+1].is("'s", "’s") {
					k = m.i // "Jane Doe's spokesman": hers, not her
					break
				}
				return false
			}
			k = m.i
			continue
		}
		if u.is("'s", "’s") || u.Kind == tWord && !u.capitalised() && (d.tag(k) == pos.ADJ || d.tag(k) == pos.NOUN) {
			continue
		}
		return false
	}
	if k < start || k < b-8 {
		return false
	}
	return k == start || d.toks[k-1].is(",", ";", "and", "but", "while", "when", "as")
}

// personBeforePhrase: the body at k is the object of a preposition right
// after a person ("Jane Doe for the Foreign Ministry", "John Roe of the
// Foreign Office").
func (d *doc) personBeforePhrase(k, start int) *entity {
	for b := k - 1; b > start && b >= k-6; b-- {
		if d.quoted[b] {
			return nil
		}
		if d.toks[b].is("for", "of", "at", "from", "in") {
			if m := d.mat(b - 1); m != nil && m.j == b {
				return personOf(m)
			}
			return nil
		}
	}
	return nil
}

// isName: a quote that is a name or a term, not words someone said: one
// after a naming word ("dubbed", "known as"), or a short one whose every
// word is capitalised (“Operation Brahma”, “Vaccine Maitri”).
func (d *doc) isName(s qspan) bool {
	if s.open > 0 {
		p := d.toks[s.open-1]
		if namingWords[p.Low] || p.is("as") && s.open > 1 && d.toks[s.open-2].is("known", "called", "termed") {
			return true
		}
		// "a policy called “neighbourhood first”" names a thing; "what
		// he called “Plan B”", "called it “historic”" quote someone
		if p.is("called", "termed") && s.open > 1 {
			b := d.toks[s.open-2]
			if b.Kind == tWord && !b.capitalised() && d.mat(s.open-2) == nil && !pronouns[b.Text] && !b.is("it", "them", "this", "that", "what", "they", "we", "i", "you") {
				return true
			}
		}
	}
	if s.close < 0 || s.j-s.i > 12 {
		return false
	}
	// “Quad”, “Authority”: one capitalised word, no sentence
	if s.j-s.i == 1 && d.toks[s.i].Kind == tWord && d.toks[s.i].capitalised() && !d.toks[s.i].is("I") {
		return true
	}
	// (an exclamation is said, not named: “Welcome to the European Union!”)
	if d.toks[s.j-1].is("!") {
		return false
	}
	// “Made in Italy”, “Hope for Gaza”, “Joint Statement on Maritime
	// Cooperation”: capitalised words, and the function words (prepositions, articles, conjunctions) of a title
	// between them
	words, last := 0, -1
	for k := s.i; k < s.j; k++ {
		t := d.toks[k]
		if t.Kind != tWord {
			continue
		}
		if !t.capitalised() && !particles[t.Text] && !(words > 0 && titleFunctionWord(d.tag(k))) {
			return false
		}
		words++
		last = k
	}
	return words >= 2 && (d.toks[last].capitalised() || particles[d.toks[last].Text])
}

// titleFunctionWord: a part of speech that a name written in title case
// leaves in lower case ("Made in Italy", "Bridge of Hope").
func titleFunctionWord(t pos.Tag) bool {
	return t == pos.ADP || t == pos.DET || t == pos.CCONJ
}

// subjectAt is the sentence's subject when it is a person named before
// token i: the first person mention of the sentence, not after a
// preposition, before any verb of the sentence is reached.
func (d *doc) subjectAt(si, i int) *entity {
	p := d.subj[si]
	if p == nil {
		return nil
	}
	if start, _ := d.bounds(si); d.mentionAt(p, start, i) < 0 {
		return nil
	}
	return p
}

// mentionAt is the first token in [start, end) where a mention of person
// p begins, or -1.
func (d *doc) mentionAt(p *entity, start, end int) int {
	for k := start; k < end; k++ {
		if m := d.mat(k); m != nil && m.i == k && personOf(m) == p {
			return k
		}
	}
	return -1
}

// opensSentence: nothing but quote marks before the quote in its sentence.
func (d *doc) opensSentence(s qspan) bool {
	start, _ := d.bounds(d.sentOf[s.open])
	for k := start; k < s.open; k++ {
		if d.toks[k].Kind != tQuote {
			return false
		}
	}
	return true
}

// speakerOf is the person a sentence gives words to: the subject of its
// first reporting verb outside quote marks ("she noted, adding that …";
// "Jane Doe, the ministry's spokesperson, tweeted with images of …").
func (d *doc) speakerOf(si int) *entity {
	start, end := d.bounds(si)
	for v := start; v < end; v++ {
		if d.quoted[v] {
			continue
		}
		if ok, object := d.speechVerb(v); ok && !object {
			p, _ := d.subjectOf(v, start)
			return p
		}
	}
	return nil
}

// openingSubject is the person a sentence without quote marks opens with,
// past titles and places, when it is the sentence's subject ("NATO
// Secretary General Jane Doe addressed …", "Jane Doe, a 34-year-old
// engineer, watched …").
func (d *doc) openingSubject(si int) *entity {
	p := d.subj[si]
	if p == nil {
		return nil
	}
	start, end := d.bounds(si)
	if d.quotedIn(start, end) || d.firstPersonRef(start, end) != p || d.mentionAt(p, start, end) > start+6 {
		return nil
	}
	return p
}

// quotedIn: a quote mark stands in [start, end).
func (d *doc) quotedIn(start, end int) bool {
	for k := start; k < end; k++ {
		if d.toks[k].Kind == tQuote {
			return true
		}
	}
	return false
}

// fillsParagraph: the quote opens its paragraph and closes it.
func (d *doc) fillsParagraph(s qspan) bool {
	return s.close >= 0 && d.toks[s.open].Breaks >= 2 && (s.close+1 >= len(d.toks) || d.toks[s.close+1].Breaks >= 2)
}

// nameLineAfter: a quote that fills its paragraph, followed by a paragraph
// that opens with a person's name, or by such a line right under it: the
// epigraph form of press releases.
func (d *doc) nameLineAfter(s qspan) (*entity, int) {
	if s.close < 0 || s.close+1 >= len(d.toks) || d.toks[s.close+1].Breaks < 1 {
		return nil, -1
	}
	if s.open > 0 && d.toks[s.open].Breaks < 2 {
		return nil, -1
	}
	si := d.sentOf[s.close+1]
	start, end := d.bounds(si)
	if !d.nameLine(start, end) {
		return nil, -1
	}
	for _, m := range d.mentionsIn(start, min(end, start+8)) {
		if p := personOf(m); p != nil && m.kind == kPerson {
			return p, si
		}
	}
	return nil, -1
}

// nameLine: the sentence [start, end) is a name line, not a paragraph
// that goes on about someone ("Jane Doe is urging Australians to give").
func (d *doc) nameLine(start, end int) bool {
	for k := start; k < end; k++ {
		if k-start >= 16 || d.toks[k].Breaks >= 2 && k > start {
			break
		}
		// a line of a name, titles, places and a date has no verb ("Jane
		// Doe, sitting on the seawall, was cautious" is narrative)
		if ok, _ := d.speechVerb(k); ok || personVerbs[d.toks[k].Text] || d.toks[k].is("is", "are", "was", "were") ||
			!d.toks[k].capitalised() && d.mat(k) == nil && (d.tag(k) == pos.VERB || d.tag(k) == pos.AUX) {
			return false
		}
	}
	return true
}

// possessiveSpeaker: "Boris Johnson's earlier commitment to help ”friend
// and partner” India".
func (d *doc) possessiveSpeaker(s qspan) (*entity, int) {
	si := d.sentOf[s.open]
	start, _ := d.bounds(si)
	for k := s.open - 1; k >= start && k >= s.open-10; k-- {
		if d.toks[k].is("'s", "’s") && k > start {
			if m := d.mat(k - 1); m != nil && m.kind == kPerson {
				return m.ent, si
			}
		}
	}
	return nil, -1
}

func (d *doc) emitQuotes() {
	for _, q := range d.quotes {
		var iri node = schema.PartIRI(d.art, "quote", d.next("quote")) // boxed once, not once a fact
		end := q.q.close + 1
		if q.q.close < 0 {
			end = q.q.j
		}
		d.because("quote/marks", q.q.open, end)
		d.add(iri, schema.Type, schema.Quotation, q.sent)
		d.add(iri, schema.Text, quad.String(q.q.text), q.sent)
		src := q.source
		if src < 0 {
			src = q.sent
		}
		d.because(q.how, 0, 0)
		d.add(iri, schema.Speaker, q.speaker, src)
		d.because("quote/marks", q.q.open, end)
		d.add(d.artNode(), schema.Mentions, iri, q.sent)
		d.because("quote/date", 0, 0)
		if date, ok := d.quoteDate(q, src); ok {
			d.add(iri, schema.Date, date.literal(), src)
		} else if d.a.HasDate() {
			d.add(iri, schema.Date, schema.Typed(d.a.Date.Format("2006-01-02"), schema.XSDDate), q.sent)
		}
	}
	d.because("", 0, 0)
}

// quoteDate is the date the text gives for a quote's words: a date of the
// sentence that gives the quote its speaker, outside quote marks, the
// nearest to the quote ("…," she said on Monday; On Friday, he told
// reporters "…"). Dates inside the words are what they speak of.
func (d *doc) quoteDate(q *quotation, src int) (dateExpr, bool) {
	best, dist := dateExpr{}, -1
	for _, e := range d.datesIn(d.bounds(src)) {
		if d.quoted[e.i] {
			continue
		}
		n := 0 // a sentence before the quote's: its last date
		if src == q.sent {
			n = min(abs(e.i-q.q.open), abs(e.i-max(q.q.close, q.q.open)))
			if n > 12 {
				continue
			}
		} else {
			_, end := d.bounds(src)
			n = end - e.j
		}
		if dist < 0 || n < dist {
			best, dist = e, n
		}
	}
	return best, dist >= 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// findSpeakers reads the names that stand where a quote's speaker stands
// and that the name shapes of people.go did not take for names: after the
// quote's reporting verb ("…," said Bolivia's Vice Minister of Trade Jane
// Doe on television), before the verb after the quote ("…," the agency's
// director of operations, Jane Doe, said), before the reporting verb in
// front of the quote or of a prepositional phrase ("Jane Doe from the Red
// Cross says"). A lone surname there ("…," Doe said) is the person whose
// full name the article gives elsewhere. It runs after findPeople, which
// it completes, and links the rest of the article's uses of the new names.
func (d *doc) findSpeakers() {
	found := false
	for _, s := range d.quoteSpans() {
		// an epigraph's name line, a paragraph or a line of its own under
		// the quote: "Secretary Antony J. Blinken, March 3"
		if s.close >= 0 && s.close+1 < len(d.toks) && d.toks[s.close+1].Breaks >= 1 && (s.open == 0 || d.toks[s.open].Breaks >= 2) {
			start, end := d.bounds(d.sentOf[s.close+1])
			if k := d.pastTitles(start, end); k < end && d.nameLine(start, end) {
				found = d.speakerAt(k, end) || found
			}
		}
		// a quote that is its paragraph after a paragraph ending on a
		// sentence that opens with a name: "Jane Doe, a 34-year-old
		// engineer, watched the ships arrive. ¶ “This is …”"
		if si := d.sentOf[s.open]; d.fillsParagraph(s) && si > 0 && d.sents[si-1].Para == d.sents[si].Para-1 {
			start, end := d.bounds(si - 1)
			found = d.openingName(start, end) || found
		}
		// the sentence that opens with a name gives a quote after a colon
		// to it: "Jane Doe, sitting on the seawall, was cautious: “…”"
		if si := d.sentOf[s.open]; s.open > 0 && d.toks[s.open-1].is(":") {
			start, _ := d.bounds(si)
			found = d.openingName(start, s.open) || found
		}
		if s.close >= 0 {
			si := d.sentOf[s.close]
			_, end := d.bounds(si)
			k := s.close + 1
			for k < end && d.toks[k].is(",", "!", "?", "—", "-", "–") {
				k++
			}
			if k < end {
				if ok, obj := d.speechVerb(k); ok && !obj && !participle(d.toks[k]) {
					found = d.speakerAt(d.pastTitles(k+1, end), end) || found
				} else {
					found = d.speakerBeforeVerb(k, end) || found
				}
			}
		}
	}
	for si := range d.sents {
		start, end := d.bounds(si)
		for v := start; v < end; v++ {
			if d.quoted[v] {
				continue
			}
			if ok, obj := d.speechVerb(v); ok && !obj && !participle(d.toks[v]) {
				found = d.subjectName(v, start) || found
			}
		}
	}
	if found {
		d.mergePeople()
		d.findKnownNames()
	}
}

// openingName makes the name that opens [start, end), past titles and
// places, a person, when no quote mark stands there.
func (d *doc) openingName(start, end int) bool {
	k := d.pastTitles(start, end)
	return k < start+6 && !d.quotedIn(start, end) && d.speakerAt(k, end)
}

// pastTitles skips the titles, articles and jurisdictions in front of a
// name from k: "the ICRC's deputy director", "Bolivia's Vice Minister of
// Foreign Trade".
func (d *doc) pastTitles(k, end int) int {
	for k < end {
		t := d.toks[k]
		if m := d.mat(k); m != nil && m.i == k && m.kind != kPerson {
			k = m.j
			continue
		}
		switch {
		case t.is("the", "The", "'s", "’s", "of", "for") || titleWords[t.Text] || honorifics[t.Text] != "":
			k++
		case t.Kind == tWord && t.capitalised() && k+1 < end && d.toks[k+1].is("of", "'s", "’s"):
			k++
		case k > 0 && d.toks[k-1].is("of") && notNames[t.Text]:
			k++ // "Minister of Foreign Trade"
		default:
			// "Civil Protection Minister": words in front of a title
			if e := d.nameRun(k, end); e > k && d.titleAt(e) {
				k = e
				continue
			}
			return k
		}
	}
	return k
}

// titleAt: a title word or a title of the lexicon begins at k.
func (d *doc) titleAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	if m := d.mat(k); m != nil && m.kind == kOffice {
		return true
	}
	return titleWords[d.toks[k].Text] && honorifics[d.toks[k].Text] == ""
}

// speakerBeforeVerb: "…," [titles] NAME [, apposition ,] said.
func (d *doc) speakerBeforeVerb(k, end int) bool {
	n := d.nameApposition(k, end)
	for v := k; v < min(end, k+16); v++ {
		if d.toks[v].Kind == tQuote || d.toks[v].is("if", "when", "while", "because", "but") || d.toks[v].is("and") && v < n {
			return false
		}
		ok, obj := d.speechVerb(v)
		if !ok || obj || participle(d.toks[v]) {
			continue
		}
		// the name right before the verb, or before "was quoted as"
		e := v
		if e-2 >= k && d.toks[e-1].is("was", "is", "has", "had") {
			e--
		}
		if e-1 >= k && d.toks[e-1].is(",") {
			e--
		}
		i := e
		for i > k && (d.nameTok(i-1) || particles[d.toks[i-1].Text] && i-2 > k && d.nameTok(i-2)) {
			i--
		}
		if i < e && d.speakerAt(i, e) {
			return true
		}
		if i == k && e == i+1 && d.loneSpeaker(i) {
			d.personMention(nil, i, e, nil, nil, "")
			return true
		}
		// "…," Jane de Sa Doe, academic director of the Center for X,
		// told reporters: the name right after the quote, then an
		// apposition in lower case between commas
		j := k
		for j < e && (d.nameTok(j) || particles[d.toks[j].Text] && j > k && j+1 < e && d.nameTok(j+1)) {
			j++
		}
		return e < end && d.toks[e].is(",") && j-k >= 2 && j+1 < e && d.toks[j].is(",") && !d.toks[j+1].capitalised() && d.speakerAt(k, j)
	}
	return false
}

// subjectName: "Jane Doe from the Red Cross says …": a name before a
// prepositional phrase that names a body, before a reporting verb.
func (d *doc) subjectName(v, start int) bool {
	b := v - 1
	// the body: capitalised words or a lexicon mention, after "the"
	for b >= start && (d.toks[b].Kind == tWord && d.toks[b].capitalised() || d.mat(b) != nil && d.mat(b).kind != kPerson) {
		b--
	}
	if b < start || b == v-1 {
		return false
	}
	if d.toks[b].is("the") {
		b--
	}
	if b < start+1 || !d.toks[b].is("from", "of", "at", "with") {
		return false
	}
	e := b
	i := e
	for i > start && (d.nameTok(i-1) || particles[d.toks[i-1].Text] && i-2 > start && d.nameTok(i-2)) {
		i--
	}
	return e-i >= 2 && d.speakerAt(i, e)
}

// loneSpeaker: the lone name word at i, right after a quote and before
// its reporting verb ("…," Ferrante said), is a person's surname though
// the article never gives the full name: no ordinary word, no acronym,
// and wherever else the article writes it, a reporting verb follows it
// too (a body's name stands elsewhere too: "fighters of X", "X's
// statement").
func (d *doc) loneSpeaker(i int) bool {
	w := d.toks[i].Text
	if !d.nameTok(i) || d.mat(i) != nil || isCommon(w) || strings.ToUpper(w) == w || d.toks[i].Breaks > 0 {
		return false
	}
	for q, t := range d.toks {
		if q == i || t.Text != w {
			continue
		}
		if ok, obj := d.speechVerb(q + 1); q+1 >= len(d.toks) || !ok || obj {
			return false
		}
	}
	return true
}

// speakerAt makes the name at [i, ...) a person: a name of two words or
// more as it stands; a lone word when the article gives the full name it
// ends ("Lemoyne said" after "Jean-Baptiste Lemoyne, a junior minister, …").
func (d *doc) speakerAt(i, end int) bool {
	if i >= end || !d.nameTok(i) || d.mat(i) != nil {
		return false
	}
	j := d.nameRun(i, end)
	if j == i || d.runIsOrg(i, j) || d.titleAt(j) {
		return false
	}
	for k := i; k < j; k++ {
		if d.mat(k) != nil {
			return false
		}
	}
	if j-i >= 2 {
		start, _ := d.bounds(d.sentOf[i])
		chain, words, honor, _ := d.titlesBefore(i, start)
		d.personMention(nil, i, j, chain, words, honor)
		return true
	}
	w := d.toks[i].Text
	if strings.ToUpper(w) == w {
		return false // an acronym
	}
	if d.runEnds == nil {
		d.runEnds = d.nameRunEnds()
	}
	r, ok := d.runEnds[w]
	if !ok || r[0] == i {
		return false
	}
	for q := r[0]; q < r[1]; q++ {
		if d.mat(q) != nil {
			return false
		}
	}
	start, _ := d.bounds(d.sentOf[r[0]])
	chain, words, honor, _ := d.titlesBefore(r[0], start)
	d.personMention(nil, r[0], r[1], chain, words, honor)
	return true
}

// nameRunEnds maps the last word of each run of two or more name words
// that no rule took for a name ("Jean-Baptiste Lemoyne, a junior
// minister, …") to the first such run, in one pass over the article.
func (d *doc) nameRunEnds() map[string][2]int {
	out := map[string][2]int{}
	for si := range d.sents {
		start, end := d.bounds(si)
		for i := start; i < end; i++ {
			if !d.nameTok(i) || i > start && d.nameTok(i-1) || d.mat(i) != nil {
				continue
			}
			j := d.nameRun(i, end)
			if d.frontedSaying(i, j, start, end) {
				i++
			}
			if j-i < 2 || d.runIsOrg(i, j) || d.titleAt(j) {
				i = max(i, j-1)
				continue
			}
			clean := true
			for q := i; q < j; q++ {
				clean = clean && d.mat(q) == nil
			}
			if w := d.toks[j-1].Text; clean {
				if _, seen := out[w]; !seen {
					out[w] = [2]int{i, j}
				}
			}
			i = j - 1
		}
	}
	return out
}

// wordsOf reads "These were the words of", "Those are the remarks of",
// "The words are those of" at k: where the speaker's name starts, else k.
func (d *doc) wordsOf(k, end int) int {
	if k+4 >= end || !d.toks[k].is("These", "Those", "The", "Such") {
		return k
	}
	q := k + 1
	if d.toks[k].is("The") {
		if !d.toks[q].is("words", "remarks", "comments") {
			return k
		}
		q++
	}
	if !d.toks[q].is("were", "are") {
		return k
	}
	q++
	if d.toks[q].is("the", "those") {
		q++
	}
	if q < end && d.toks[q].is("words", "remarks", "comments") {
		q++
	}
	if q < end && d.toks[q].is("of") {
		return q + 1
	}
	return k
}
