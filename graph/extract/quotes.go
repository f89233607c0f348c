package extract

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Quotations: the words between quote marks (straight, curly, single,
// doubled single; a quote left open runs to the end of its paragraph) and
// who said them. The speaker is read from an attribution next to the quote
// ("…,” said Boris Johnson; “…,” he said; Blinken said, "…"; the UK PM
// added), from the subject of the attribution verb before it in the
// sentence ("He highlighted how both countries are "united" in …"), from
// another quote of the same sentence, from the quote before it in the
// paragraph when the text goes on quoting, from a name line under a quote
// that stands alone ("Secretary Antony J. Blinken, March 3, 2021"), or from
// a possessive ("Johnson's commitment to help ''friend and partner''").
// A quote whose source is not a person in the graph (a statement, a
// ministry) is not recorded: the graph's quotations are people's words.

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
	sent    int // where the quote opens
	date    *dateExpr
	source  int // sentence that says who spoke; -1 when none
}

var closers = map[string]string{"“": "”", "\"": "\"", "''": "''", "‘": "’", "'": "'", "«": "»"}

// quoteSpans pairs quote marks within paragraphs.
func (d *doc) quoteSpans() []qspan {
	var out []qspan
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
			if t.Text == "“" && u.Text == "“" {
				break // a new quote opens: the first ran on without a close
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
		if qs.text != "" {
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

func (d *doc) findQuotes() {
	spans := d.quoteSpans()
	var quotes []*quotation
	for _, s := range spans {
		q := &quotation{q: s, sent: d.sentOf[s.open], source: -1}
		sp, src, explicit := d.attribution(s)
		q.speaker, q.source = sp, src
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
		if q.source != -2 {
			continue
		}
		if o := bySent[q.sent]; o != nil && o != q {
			q.speaker, q.source = o.speaker, o.source
		}
		if q.speaker == nil && n > 0 {
			prev := quotes[n-1]
			if prev.speaker != nil && d.sents[prev.sent].Para >= d.sents[q.sent].Para-1 && q.sent-prev.sent <= 3 {
				q.speaker, q.source = prev.speaker, prev.source
			}
		}
		if q.speaker == nil {
			q.speaker, q.source = d.possessiveSpeaker(q.q)
		}
	}
	for _, q := range quotes {
		if q.speaker != nil && q.speaker.class == schema.Person {
			d.quotes = append(d.quotes, q)
		}
	}
}

// attribution reads who spoke from the words right after a quote and the
// attribution before it. explicit reports that the text names a source,
// person or not.
func (d *doc) attribution(s qspan) (*entity, int, bool) {
	if s.close >= 0 {
		si := d.sentOf[s.close]
		_, end := d.bounds(si)
		k := s.close + 1
		for k < end && d.toks[k].is(",", "!", "?", "—", "-", "–") {
			k++
		}
		if k < end && attributionVerbs[d.toks[k].Text] {
			if p := d.firstPersonRef(k+1, min(end, k+9)); p != nil {
				return p, si, true
			}
			return nil, si, true
		}
		// "…," according to Foreign Minister X
		if k+1 < end && d.toks[k].is("according", "According") && d.toks[k+1].is("to") {
			if p := d.firstPersonRef(k+2, min(end, k+10)); p != nil {
				return p, si, true
			}
			return nil, si, true
		}
		// "…," EAM Jaishankar tweeted; "…," the UK PM added
		for _, m := range d.mentionsIn(k, min(end, k+9)) {
			p := personOf(m)
			if p == nil {
				if m.kind == kOffice || m.kind == kCountry || m.kind == kDemonym {
					continue
				}
				break
			}
			for v := m.j; v < min(end, m.j+3); v++ {
				if attributionVerbs[d.toks[v].Text] {
					return p, si, true
				}
			}
			break
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
		if d.toks[pe-1].is(":") && pe-2 >= ps && attributionVerbs[d.toks[pe-2].Text] {
			if p := d.subjectBefore(pe-2, ps); p != nil {
				return p, si - 1, true
			}
			return nil, si - 1, true
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
		if !attributionVerbs[d.toks[v].Text] {
			continue
		}
		if p := d.subjectBefore(v, start); p != nil {
			return p, si, true
		}
		return nil, si, true
	}
	return nil, -1, false
}

// firstPersonRef is the first person named or referred to in [i, j),
// passing over titles in front of a name.
func (d *doc) firstPersonRef(i, j int) *entity {
	for _, m := range d.mentionsIn(i, j) {
		if p := personOf(m); p != nil {
			return p
		}
		if m.kind != kOffice && m.kind != kCountry && m.kind != kDemonym && m.kind != kGrouping {
			return nil
		}
	}
	return nil
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
		b := m.i - 1
		for b >= start && (d.toks[b].is("the", "The", "a") || d.mat(b) != nil && d.mat(b).j == b+1 && d.jurisdictionOf(d.mat(b)) != "") {
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

// nameLineAfter: a quote that fills its paragraph, followed by a paragraph
// that opens with a person's name: the epigraph form of press releases.
func (d *doc) nameLineAfter(s qspan) (*entity, int) {
	if s.close < 0 || s.close+1 >= len(d.toks) || d.toks[s.close+1].Breaks < 2 {
		return nil, -1
	}
	if s.open > 0 && d.toks[s.open].Breaks < 2 {
		return nil, -1
	}
	si := d.sentOf[s.close+1]
	start, end := d.bounds(si)
	for _, m := range d.mentionsIn(start, min(end, start+8)) {
		if p := personOf(m); p != nil && m.kind == kPerson {
			return p, si
		}
	}
	return nil, -1
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
		d.add(iri, schema.Type, schema.Quotation, q.sent)
		d.add(iri, schema.Text, quad.String(q.q.text), q.sent)
		src := q.source
		if src < 0 {
			src = q.sent
		}
		d.add(iri, schema.Speaker, q.speaker, src)
		d.add(d.artNode(), schema.Mentions, iri, q.sent)
		if dates := d.datesIn(d.bounds(src)); len(dates) > 0 && src != q.sent {
			d.add(iri, schema.Date, dates[0].literal(), src)
		}
	}
}
