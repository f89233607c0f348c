package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// node is a subject or object of a fact: an *entity (whose IRI may only be
// known at the end) or a quad.Value.
type node any

// fact is a quad in the making; sent is the 0-based sentence it was read
// from, or -1 for the lexicon.
type fact struct {
	s node
	p quad.Value // a quad.IRI; callers pass schema's constants, which
	// become a quad.Value without an allocation, where a quad.IRI stored
	// here would be copied into a new one for every quad made of it
	o    node
	sent int
	why  int32 // 1 + its index in doc.whys, when explaining; else 0
}

// why is what made a fact, for extract --explain: the rule's name and the
// words it matched, tokens [i, j) (none when j <= i).
type why struct {
	rule string
	i, j int
}

// because names the rule, and the words it matched, of the facts added
// from now on, until the next call; a no-op unless the doc explains.
func (d *doc) because(rule string, i, j int) {
	if !d.explain {
		return
	}
	if rule == "" {
		d.cur = 0
		return
	}
	d.whys = append(d.whys, why{rule: rule, i: i, j: j})
	d.cur = int32(len(d.whys))
}

const (
	fromLexicon = -1 // label: the lexicon
	fromArticle = -2 // label: the article (its header and sentences)
)

func (d *doc) add(s node, p quad.Value, o node, sent int) {
	if v, ok := o.(string); ok {
		o = quad.String(v)
	}
	d.facts = append(d.facts, fact{s: s, p: p, o: o, sent: sent, why: d.cur})
}

// artNode is the article's IRI as a node, made once: a quad.IRI turns
// into an interface value with an allocation every time it is passed as
// one.
func (d *doc) artNode() quad.Value {
	if d.artVal == nil {
		d.artVal = d.art
	}
	return d.artVal
}

// classNode is a class as a node: schema's constants need no allocation.
func classNode(c quad.IRI) node {
	for _, k := range classes {
		if c == k {
			return k
		}
	}
	return c
}

// classes are the classes the extractor types nodes with, as quad.Values.
var classes = []quad.Value{schema.Person, schema.Country, schema.Grouping, schema.Office, schema.City,
	schema.Topic, schema.Meeting, schema.Summit, schema.Visit, schema.Quotation, schema.AidShipment,
	schema.AidItem, schema.Sentence, schema.NewsArticle, schema.Initiative, schema.Event}

func (d *doc) value(n node) quad.Value {
	switch v := n.(type) {
	case *entity:
		// the IRI as a quad.Value, kept: it is asked for again and again
		if iri, ok := v.val.(quad.IRI); !ok || iri != v.iri {
			v.val = v.iri
		}
		return v.val
	case quad.Value:
		return v
	case string:
		return quad.String(v)
	}
	return nil
}

func (d *doc) label(sent int) quad.Value {
	switch sent {
	case fromLexicon:
		return schema.Lexicon
	case fromArticle:
		return d.artNode()
	}
	if d.sentIRIs == nil {
		d.sentIRIs = make([]quad.Value, len(d.sents))
	}
	if d.sentIRIs[sent] == nil {
		d.sentIRIs[sent] = schema.SentenceIRI(d.art, sent+1)
	}
	return d.sentIRIs[sent]
}

// quads turns the article's findings into sorted, distinct quads.
func (d *doc) quads() []quad.Quad {
	d.finishPeople()
	d.emitArticle()
	d.emitEntities()
	d.emitQuotes()
	d.emitEvents()
	d.emitShipments()

	// Output is in the order of the quads' N-Quads text. That is the order
	// of their terms' texts compared in turn (a term that is a prefix of
	// another sorts first either way, and no term holds a byte below the
	// separating space). So each distinct term is taken apart once
	// (schema.Term: its value between fixed marks, not a new string), the
	// terms are sorted once, and the quads are sorted by their terms'
	// ranks without building their lines.
	texts := d.termTexts[:0]
	newTerm := func(v quad.Value) int32 {
		texts = append(texts, schema.TermOf(v))
		return int32(len(texts) - 1)
	}
	iris := d.iris
	if iris == nil {
		iris = make(map[quad.IRI]int32, 128)
	}
	term := func(v quad.Value) int32 {
		iri, ok := v.(quad.IRI)
		if !ok {
			return newTerm(v)
		}
		t, ok := iris[iri]
		if !ok {
			t = newTerm(v)
			iris[iri] = t
		}
		return t
	}
	// an entity's and a sentence's term is kept with it
	nodeTerm := func(n node, v quad.Value) int32 {
		if e, ok := n.(*entity); ok {
			if e.term == 0 {
				e.term = term(v) + 1
			}
			return e.term - 1
		}
		return term(v)
	}
	labelTerms := grown(d.labelTerms, len(d.sents))
	labelTerm := func(sent int, v quad.Value) int32 {
		if sent < 0 {
			return term(v)
		}
		if labelTerms[sent] == 0 {
			labelTerms[sent] = term(v) + 1
		}
		return labelTerms[sent] - 1
	}
	keyed := d.keyed[:0]
	for i, f := range d.facts {
		s, o := d.value(f.s), d.value(f.o)
		if s == nil || o == nil {
			continue
		}
		keyed = append(keyed, keyedQuad{key: [4]int32{nodeTerm(f.s, s), term(f.p), nodeTerm(f.o, o), labelTerm(f.sent, d.label(f.sent))}, fact: int32(i)})
	}
	// rank the terms: equal texts share a rank
	order := grown(d.termOrder, len(texts))
	for i := range order {
		order[i] = int32(i)
	}
	// the terms' texts side by side in one reused buffer, compared as bytes
	buf := d.termBuf[:0]
	offs := grown(d.termOffs, len(texts)+1)
	for i, t := range texts {
		offs[i] = int32(len(buf))
		buf = append(append(append(buf, t.Open), t.Body...), t.Tail...)
	}
	offs[len(texts)] = int32(len(buf))
	text := func(i int32) []byte { return buf[offs[i]:offs[i+1]] }
	slices.SortFunc(order, func(a, b int32) int { return bytes.Compare(text(a), text(b)) })
	rank := grown(d.termRank, len(texts))
	for n, t := range order {
		rank[t] = int32(n)
		if n > 0 && bytes.Equal(text(t), text(order[n-1])) {
			rank[t] = rank[order[n-1]]
		}
	}
	d.termBuf, d.termOffs = buf, offs
	emit := func(out []quad.Quad, i int32) []quad.Quad {
		f := d.facts[i]
		if d.explain {
			d.outWhy = append(d.outWhy, f.why)
		}
		return append(out, quad.Quad{Subject: d.value(f.s), Predicate: f.p, Object: d.value(f.o), Label: d.label(f.sent)})
	}
	out := make([]quad.Quad, 0, len(keyed))
	if len(texts) <= 1<<12 && len(d.facts) <= 1<<16 {
		// an article's usual size: four 12-bit ranks and the fact's index
		// in one integer, sorted as integers
		packed := d.packed[:0]
		for _, k := range keyed {
			r := k.key
			packed = append(packed, uint64(rank[r[0]])<<52|uint64(rank[r[1]])<<40|uint64(rank[r[2]])<<28|uint64(rank[r[3]])<<16|uint64(k.fact))
		}
		slices.Sort(packed)
		for n, p := range packed {
			if n == 0 || p>>16 != packed[n-1]>>16 {
				out = emit(out, int32(p&0xffff))
			}
		}
		d.packed = packed
	} else {
		for i := range keyed {
			k := &keyed[i].key
			k[0], k[1], k[2], k[3] = rank[k[0]], rank[k[1]], rank[k[2]], rank[k[3]]
		}
		slices.SortFunc(keyed, func(a, b keyedQuad) int {
			for i := range a.key {
				if a.key[i] != b.key[i] {
					return int(a.key[i] - b.key[i])
				}
			}
			return 0
		})
		for n := range keyed {
			if n == 0 || keyed[n].key != keyed[n-1].key {
				out = emit(out, keyed[n].fact)
			}
		}
	}
	clear(texts) // the scratch keeps no strings alive
	clear(iris)
	d.iris = iris
	d.keyed, d.termTexts, d.termOrder, d.termRank, d.labelTerms = keyed, texts, order, rank, labelTerms
	return out
}

type keyedQuad struct {
	key  [4]int32 // subject, predicate, object, label: their terms' ranks
	fact int32    // index in doc.facts
}

// SortUnique orders quads by their N-Quads text, the order of every
// output, and drops repeats; it reuses qs.
func SortUnique(qs []quad.Quad) []quad.Quad {
	keys := make([]string, len(qs))
	for i, q := range qs {
		keys[i] = schema.FormatQuad(q)
	}
	sort.Sort(byKey{qs, keys})
	out := qs[:0]
	for i, q := range qs {
		if i == 0 || keys[i] != keys[i-1] {
			out = append(out, q)
		}
	}
	return out
}

type byKey struct {
	qs   []quad.Quad
	keys []string
}

func (b byKey) Len() int           { return len(b.qs) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.qs[i], b.qs[j] = b.qs[j], b.qs[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// Header returns an article's IRI and the quads its header gives (label:
// the article): what is known of it before any extraction, enough to tell
// whether a store already has this version.
func Header(a Article) (quad.IRI, []quad.Quad) {
	return header(a, schema.TextHash(a.Text))
}

// header is Header with the text's hash already known.
func header(a Article, sha string) (quad.IRI, []quad.Quad) {
	art := schema.ArticleIRI(sha)
	out := make([]quad.Quad, 0, 7)
	add := func(p quad.Value, o quad.Value) {
		out = append(out, quad.Quad{Subject: art, Predicate: p, Object: o, Label: art})
	}
	add(schema.Type, schema.NewsArticle)
	add(schema.SHA256, quad.String(sha))
	if a.Source != "" {
		add(schema.Source, quad.String(a.Source))
	}
	if a.HasDate() {
		add(schema.DatePublished, schema.Typed(a.Date.Format("2006-01-02"), schema.XSDDate))
	}
	if a.Title != "" {
		add(schema.Headline, quad.String(a.Title))
	}
	if a.URL != "" {
		add(schema.URL, quad.String(a.URL))
	}
	// the version: one literal that changes when the text, the header or
	// the extractor does, so a store can tell an unchanged article by one
	// lookup
	v := sha256.New()
	for _, q := range out {
		v.Write([]byte(schema.FormatQuad(q)))
		v.Write([]byte{'\n'})
	}
	// and of the extractor: a newer one reads the article again
	v.Write([]byte(RulesVersion()))
	add(schema.Version, quad.String(hex.EncodeToString(v.Sum(nil))))
	return art, out
}

// CountSentences counts the sentences described in quads.
func CountSentences(quads []quad.Quad) int {
	n := 0
	for _, q := range quads {
		if q.Predicate == schema.Type && q.Object == schema.Sentence {
			n++
		}
	}
	return n
}

func (d *doc) emitArticle() {
	d.because("article/header", 0, 0)
	defer d.because("", 0, 0)
	art := d.artNode()
	_, hd := header(d.a, d.sha)
	for _, q := range hd {
		d.add(q.Subject, q.Predicate, q.Object, fromArticle)
	}
	for i, s := range d.sents {
		// the sentence's IRI as its facts' label has it: made once
		var iri node = schema.SentenceIRI(d.art, s.N)
		if s.N == i+1 {
			iri = d.label(i)
		}
		d.because("article/sentence", 0, 0)
		d.add(iri, schema.Type, schema.Sentence, fromArticle)
		d.add(iri, schema.IsPartOf, art, fromArticle)
		d.add(iri, schema.Text, quad.String(d.a.Text[s.Start:s.End]), fromArticle)
		d.add(iri, schema.CharStart, schema.Typed(strconv.Itoa(s.Start), schema.XSDInteger), fromArticle)
		d.add(iri, schema.CharEnd, schema.Typed(strconv.Itoa(s.End), schema.XSDInteger), fromArticle)
	}
}

// emitEntities writes every node the text names: its class, names,
// the sentences that mention it, and what the lexicon knows of it.
func (d *doc) emitEntities() {
	defer d.because("", 0, 0)
	// explaining: each entity's first mention in each sentence
	var said map[*entity]map[int]*mention
	if d.explain {
		said = map[*entity]map[int]*mention{}
	}
	for _, m := range d.ments() {
		e := m.ent
		if e == nil && m.kind != kPerson && m.kind != kOffice {
			e = d.entityFor(m)
			m.ent = e
		}
		if e == nil {
			continue
		}
		if m.kind != kDemonym {
			e.named = true
		}
		e.seenIn(d.sentOf[m.i])
		if c := m.capitalOf; c != "" {
			if ce := d.countryEntity(c); ce != nil {
				ce.named = true
				ce.seenIn(d.sentOf[m.i])
			}
		}
		if said != nil {
			if said[e] == nil {
				said[e] = map[int]*mention{}
			}
			if said[e][d.sentOf[m.i]] == nil {
				said[e][d.sentOf[m.i]] = m
			}
		}
		// a title that stands for a person mentions the person too
		if m.person != nil && m.person != e {
			m.person.seenIn(d.sentOf[m.i])
		}
	}
	// an office's jurisdiction is mentioned with it ("EAM": India): where
	// the text names it nowhere else, in the first sentence of its offices
	// (the earliest, whatever order the offices come in)
	unnamed := map[*entity]int{}
	for _, e := range d.ents {
		if e.class == schema.Office && e.jurEnt != nil && len(e.sents) > 0 {
			e.jurEnt.used = true
			if len(e.jurEnt.sents) == 0 {
				f := firstOf(e.sents)
				if s, ok := unnamed[e.jurEnt]; !ok || f < s {
					unnamed[e.jurEnt] = f
				}
			}
		}
	}
	for j, s := range unnamed {
		j.seenIn(s)
	}
	var ents []*entity
	for _, e := range d.ents {
		// a country its people's name alone mentions ("Palestinian groups",
		// "Indian vaccines") is named too (GUIDELINES 1.2)
		if len(e.sents) > 0 {
			ents = append(ents, e)
		}
	}
	for _, p := range d.persons {
		if len(p.sents) > 0 {
			ents = append(ents, p)
		}
	}
	for _, e := range ents {
		first := firstOf(e.sents)
		// What a lexicon entity is and its canonical name come from the
		// lexicon, not from a sentence: one quad in the store, however
		// many articles name it (the sentences that do are its
		// schema:mentions). A person is what the text says it is.
		defined := first
		if e.class != schema.Person {
			defined = fromLexicon
		}
		rules := ruleNames(e.class)
		if m := said[e][first]; m != nil && e.class == schema.Person {
			d.because("person/name", m.i, m.j)
		} else {
			d.because(rules.lexicon, 0, 0)
		}
		d.add(e, schema.Type, classNode(e.class), defined)
		d.add(e, schema.Name, quad.String(e.name), defined)
		d.because("name/as-written", 0, 0)
		for alt := range e.alts {
			if alt != e.name {
				d.add(e, schema.AlternateName, quad.String(alt), first)
			}
		}
		for _, s := range e.sents {
			if m := said[e][s]; m != nil {
				d.because(rules.mention, m.i, m.j)
			} else {
				d.because(rules.implied, 0, 0)
			}
			d.add(d.artNode(), schema.Mentions, e, s)
		}
		d.because(rules.lexicon, 0, 0)
		switch e.class {
		case schema.Person:
			if e.honorific != "" {
				d.because("person/honorific", 0, 0)
				d.add(e, schema.HonorificPrefix, quad.String(e.honorific), first)
			}
			for o, s := range e.holds {
				if d.leaderHeld[[2]*entity{e, o}] {
					d.because("office/leader-term", 0, 0)
				} else {
					d.because("office/title-of-person", 0, 0)
				}
				d.add(e, schema.HoldsOffice, o, s)
			}
		case schema.Office:
			if e.jurEnt != nil {
				// the office's IRI names it: a fact of the office itself
				d.add(e, schema.Jurisdiction, e.jurEnt, fromLexicon)
			}
			if e.role != "" {
				d.add(e, schema.RoleCategory, quad.String(e.role), fromLexicon)
			}
		case schema.Country:
			d.add(e, schema.ISO3166, quad.String(e.code), fromLexicon)
			if c, ok := d.x.lex.Country(e.code); ok && c.Wikidata != "" {
				d.add(e, schema.SameAs, quad.IRI("http://www.wikidata.org/entity/"+c.Wikidata), fromLexicon)
			}
		case schema.Grouping:
			g := e.grouping
			if g.FullName != "" {
				d.add(e, schema.FullName, quad.String(g.FullName), fromLexicon)
			}
			for _, code := range g.Members {
				d.add(e, schema.Member, schema.CountryIRI(code), fromLexicon)
				if c, ok := d.x.lex.Country(code); ok {
					// names what the lexicon adds, without typing it as named by the text
					d.add(schema.CountryIRI(code), schema.Name, quad.String(c.Name), fromLexicon)
				}
			}
			if g.Wikidata != "" {
				d.add(e, schema.SameAs, quad.IRI("http://www.wikidata.org/entity/"+g.Wikidata), fromLexicon)
			}
		case schema.City:
			if e.city == nil {
				break // a town the lexicon does not list
			}
			d.add(e, schema.ContainedInPlace, schema.CountryIRI(e.city.Country), fromLexicon)
		}
	}
}

// ruleNames are the rule names of an entity's facts, by its class, made
// once: a name built per fact would cost an allocation even when nothing
// is explained.
func ruleNames(c quad.IRI) entityRules {
	for _, r := range entityRuleNames {
		if r.class == c {
			return r
		}
	}
	return entityRules{lexicon: "lexicon/entity", mention: "mention/entity", implied: "mention/entity-implied"}
}

type entityRules struct {
	class                     quad.IRI
	lexicon, mention, implied string
}

var entityRuleNames = func() []entityRules {
	var out []entityRules
	for c, k := range map[quad.IRI]string{schema.Person: "person", schema.Country: "country", schema.Grouping: "grouping",
		schema.Office: "office", schema.City: "city", schema.Topic: "topic"} {
		out = append(out, entityRules{class: c, lexicon: "lexicon/" + k, mention: "mention/" + k, implied: "mention/" + k + "-implied"})
	}
	return out
}()

// firstOf is the first of sentences in order, or -1.
func firstOf(sents []int) int {
	if len(sents) == 0 {
		return -1
	}
	return sents[0]
}
