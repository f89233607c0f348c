// Package extract turns a news article into the quads of ONTOLOGY.md: a
// pure function of the article's text, its header and the lexicon. It knows
// English news prose; it knows nothing of stores.
//
// The pipeline, one file per family of rules:
//
//	text.go       tokens with byte offsets, sentences
//	lexmatch.go   lexicon forms in the tokens (countries, groupings, titles…)
//	people.go     person names, titles, coreference
//	offices.go    titles resolved to offices of a jurisdiction
//	quotes.go     quotations and their speakers
//	dates.go      dates resolved against the article's date
//	numbers.go    quantities
//	shipments.go  aid shipments and their items
//	events.go     meetings, summits, visits (eventwords.go: their words;
//	              eventpeople.go: who takes part; eventlinks.go: back-
//	              references, places, one occasion told several times)
//	members.go    grouping membership stated in the text
//	emit.go       the quads
package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// Extractor extracts quads with one lexicon. It is safe for concurrent use.
type Extractor struct {
	lex   *lexicon.Lexicon
	names *matcher // countries, demonyms, groupings, cities, agencies, topics
	terms *matcher // titles, aid items, units
	// officeRows maps a lower-case title form to the office rows that have it.
	officeRows map[string][]int
	// capitalOf is the city row of a country's capital
	capitalOf map[string]int
	// general marks the item rows that name aid in general; head, the
	// head nouns that need a word in front or a count
	general, head map[int]bool
	// notGoods maps the lower-case forms of words that are never aid
	// items to their kind: "carrier" (plane, truck), "other" (people),
	// "qualifier" (vital, additional), "abstract" (technical, financial:
	// an umbrella word they go before names a service or money)
	notGoods map[string]string
	// keys are the doc.ents keys of the lexicon's entities ("country/IN"),
	// made once rather than for every mention
	keys map[[2]string]string
	// speech maps a reporting verb's forms to whether the speaker is its
	// object ("quoted X as saying")
	speech map[string]bool
	// evw: the parts a word plays in telling of events (eventwords.go)
	evw map[string]evKind
	// leaderIx: leaders' names by their last word (leaders.go), built on
	// first use
	leadersOnce sync.Once
	leaderIx    *leaderIndex
}

// entKey is kind+id, the key of a lexicon entity in doc.ents.
func (x *Extractor) entKey(kind, id string) string {
	if k, ok := x.keys[[2]string{kind, id}]; ok {
		return k
	}
	return kind + id
}

// New builds an extractor over lex.
func New(lex *lexicon.Lexicon) *Extractor {
	ensureWords()
	x := &Extractor{lex: lex,
		names:      &matcher{byFirst: map[string][]*pattern{}},
		terms:      &matcher{byFirst: map[string][]*pattern{}},
		officeRows: map[string][]int{}}
	for i, c := range lex.Countries {
		x.names.add(c.Name, kCountry, i)
		for _, a := range c.Aliases {
			x.names.add(a, kCountry, i)
		}
		for _, d := range c.Demonyms {
			x.names.add(d, kDemonym, i)
		}
	}
	for i, g := range lex.Groupings {
		x.names.add(g.Name, kGrouping, i)
		x.names.add(g.FullName, kGrouping, i)
		for _, a := range g.Aliases {
			x.names.add(a, kGrouping, i)
		}
	}
	x.capitalOf = map[string]int{}
	for i, c := range lex.Cities {
		if _, ok := x.capitalOf[c.Country]; c.Capital && !ok {
			x.capitalOf[c.Country] = i
		}
		x.names.add(c.Name, kCity, i)
		for _, a := range c.Aliases {
			x.names.add(a, kCity, i)
		}
	}
	for i, a := range lex.Agencies {
		x.names.add(a.Name, kAgency, i)
		x.names.add(a.FullName, kAgency, i)
		for _, al := range a.Aliases {
			x.names.add(al, kAgency, i)
		}
	}
	for i, t := range lex.Topics {
		x.names.add(toLowerIfWord(t.Name), kTopic, i)
		for _, a := range t.Aliases {
			x.names.add(toLowerIfWord(a), kTopic, i)
		}
	}
	for i, o := range lex.Offices {
		for _, f := range o.Forms {
			x.terms.add(f, kOffice, i)
			key := lowerKey(f)
			x.officeRows[key] = append(x.officeRows[key], i)
		}
	}
	x.general, x.head, x.notGoods = map[int]bool{}, map[int]bool{}, map[string]string{}
	for i, it := range lex.Items {
		k := kItem
		switch it.Kind {
		case "carrier", "other", "qualifier", "abstract":
			for _, f := range append([]string{it.Name}, it.Forms...) {
				x.notGoods[strings.ToLower(f)] = it.Kind
			}
			continue
		case "unit":
			k = kUnit
		case "general":
			x.general[i] = true
		case "head":
			x.head[i] = true
		}
		x.terms.add(it.Name, k, i)
		for _, f := range it.Forms {
			x.terms.add(f, k, i)
		}
	}
	x.keys = map[[2]string]string{}
	key := func(kind, id string) { x.keys[[2]string{kind, id}] = kind + id }
	for _, c := range lex.Countries {
		key("country/", c.Code)
	}
	for _, g := range lex.Groupings {
		key("grouping/", g.Slug)
	}
	for _, c := range lex.Cities {
		key("city/", c.Name)
	}
	for _, t := range lex.Topics {
		key("topic/", t.Slug)
	}
	x.speech = map[string]bool{}
	for _, v := range lex.Speech {
		for _, f := range v.Forms {
			x.speech[f] = v.Object
		}
	}
	x.evw = eventWords(lex)
	x.names.finish()
	x.terms.finish()
	return x
}

// Extract is Article that turns a failure of the extractor itself into an
// error naming the article, so that one bad article cannot take down an
// ingest of thousands.
func (x *Extractor) Extract(a Article) (qs []quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			qs, err = nil, fmt.Errorf("%s: the extractor failed on this article (a bug; please report it with the article): %v", a.Origin, r)
		}
	}()
	return x.Article(a), nil
}

// Article extracts the quads of one article, sorted and without duplicates.
func (x *Extractor) Article(a Article) []quad.Quad {
	sc := scratchPool.Get().(*scratch)
	d := x.newDoc(a, sc)
	d.run()
	out := d.quads()
	if cap(sc.toks) > scratchMax {
		*sc = scratch{} // a rare huge article's memory is left to the collector
	}
	scratchPool.Put(sc)
	return out
}

// scratch is the working memory of one extraction, reused by the next
// (by any goroutine) so that extracting a corpus does not allocate and
// collect it over and over. Nothing an extraction returns points into it.
// A doc works in it directly: the slices it grows stay grown.
type scratch struct {
	toks   []token
	sentOf []int      // token index → sentence index
	at     []*mention // token index → the mention covering it
	// inPhrase: token index → inside a title phrase after its head ("of
	// the Red Sea State"), where no name begins
	inPhrase []bool
	facts    []fact
	keyed    []keyedQuad
	words    []string  // one sentence's token texts, for the tagger
	tags     []pos.Tag // token index → part of speech; see doc.tag
	tagged   []bool    // sentence index → its tokens are in tags
	evks     []evKind  // token index → the parts it plays in events; see doc.ew
	// the terms of quads()
	termTexts                       []schema.Term
	packed                          []uint64
	termBuf                         []byte
	termOffs                        []int32
	termOrder, termRank, labelTerms []int32
	iris                            map[quad.IRI]int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratchMax is the most tokens whose memory is kept for the next article.
const scratchMax = 1 << 16

// grown returns s[:n] zeroed, reusing s's memory when it is large enough.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// doc is the working state of one article's extraction.
type doc struct {
	*scratch
	x      *Extractor
	a      Article
	art    quad.IRI
	sha    string
	sents  []sentence
	quoted []bool // token index → inside quote marks

	ents    map[string]*entity
	persons []*entity
	byKey   map[string]*entity    // persons by PersonKey
	byWord  map[string][]*entity  // persons by first and last word, for merging
	holders map[*entity][]*entity // office → persons who hold it
	unheld  []*mention            // titles read from a plural one over a list of countries, held by no one named ("the Presidents of A and B")
	artVal  quad.Value            // art, boxed once
	counter map[string]int

	subj          []*entity // per sentence: the person it is about
	unknownAt     [][]int   // per sentence: titles standing for a person the graph does not know
	dateCache     map[[2]int][]dateExpr
	dateline      string // the country the story is filed from, if it says
	datelineEnd   int    // the first token after the dateline
	datelineState string // a country written where the dateline stands ("KUWAIT:"), for titles only
	home          string // the country of the national news agency that filed it
	wire          bool   // an international agency filed it
	site          string // the country of the site that published it, by its domain
	counts        map[*entity]int
	sentIRIs      []quad.Value
	spans         []qspan // the quote marks' pairs, once made
	quotes        []*quotation
	runEnds       map[string][2]int // name runs no rule took, by last word (findSpeakers)
	midWords      map[string]bool   // words written inside a sentence somewhere (references)
	events        []*event
	shipments     []*shipment
	quotedGoods   bool                // itemsIn reads quoted words too ("the goods include …," she said)
	leaderHeld    map[[2]*entity]bool // person, office: placed by a leader's term (leaders.go)
	leaderLast    []int8              // per token: 1 it can end a leader's name, -1 not, 0 not yet known (leaders.go)
	leaderSpan    map[[2]int]bool     // knownLeader's answers, by span
	attended      *event              // the gathering the last attendance sentence filled (eventpeople.go)
	attendedIn    int                 // that sentence
	attendedTo    bool                // it ended in a colon: a list of those present follows
	arrivedAt     *event              // the summit the last sentence of arrivals filled (eventpeople.go)
	arrivedIn     int                 // that sentence
	// explaining: the rules behind the facts (see because)
	explain bool
	whys    []why
	cur     int32
	outWhy  []int32 // per quad of the output, its fact's why
}

func (x *Extractor) newDoc(a Article, sc *scratch) *doc {
	d := &doc{scratch: sc, x: x, a: a, ents: map[string]*entity{}, counter: map[string]int{}}
	d.facts = d.facts[:0]
	if n := 256 + len(a.Text)/8; cap(d.facts) < n {
		d.facts = make([]fact, 0, n)
	}
	d.sha = schema.TextHash(a.Text)
	d.art = schema.ArticleIRI(d.sha)
	d.toks = tokenizeAppend(d.toks, a.Text)
	d.sents = splitSentences(d.toks)
	d.sentOf = grown(d.sentOf, len(d.toks))
	for si, s := range d.sents {
		for _, t := range s.Toks {
			d.sentOf[t.I] = si
		}
	}
	d.at = grown(d.at, len(d.toks))
	d.tags = d.tags[:0]
	d.evks = d.evks[:0]
	return d
}

func (d *doc) run() {
	d.findQuoted()
	d.findLexicon()
	d.findCapitals()
	d.findTowns()
	d.findProvinces()
	d.findTitlePhrases()
	d.findDateline()
	d.findOffices()
	d.findPeople()
	d.findSpeakers()
	d.bareLeaders()
	d.resolveOffices()
	d.leaderWholeNames()
	d.resolveReferences()
	d.findQuotes()
	d.findEvents()
	d.findShipments()
	d.findMembers()
}

// first and last token index of sentence si.
func (d *doc) bounds(si int) (int, int) {
	s := d.sents[si]
	return s.Toks[0].I, s.Toks[0].I + len(s.Toks)
}

func (d *doc) next(n string) int {
	d.counter[n]++
	return d.counter[n]
}
