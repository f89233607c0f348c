package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// A title in front of a name often leaves its country unsaid: "President
// Buhari said", "PM Modi met". English news expects the reader to know
// who leads which country; the lexicon's table of leaders' terms
// (leaders.tsv) is that knowledge, and GUIDELINES 1.4 allows world
// knowledge for an office's jurisdiction. It never creates a holding: it
// only places a title the text ties to the person, and names in full the
// leader that title and one word of the name identify (GUIDELINES 1.1).

// leaderIndex maps a word of a leader's name (as schema.Slug folds it) to
// the forms of the names that end in that word, and one-word forms to
// themselves.
type leaderIndex struct {
	byLast  map[string][]leaderForm
	byFirst map[string][]leaderForm // forms of two words or more, by their first word ("Mohamed" of Mohamed bin Zayed)
	monarch []bool                  // per row, a monarch's: a name written with a monarch's title ("King Salman", "Emir Tamim")
	terms   []leaderTerm            // per row of lexicon.Leaders, its dates parsed once
	aliases map[string][]string     // a leader's full name: the other forms its rows give, in row order
}

// leaderTerm is a term's first and last day, with slack (to zero while in
// office).
type leaderTerm struct{ from, to time.Time }

type leaderForm struct {
	row    int      // index in lexicon.Leaders
	words  []string // the form's words, folded
	family bool     // indexed by its first word, the family name ("Xi" of Xi Jinping)
}

// leaders builds the index once per extractor.
func (x *Extractor) leaders() *leaderIndex {
	x.leadersOnce.Do(func() {
		ix := &leaderIndex{byLast: map[string][]leaderForm{}, byFirst: map[string][]leaderForm{},
			terms: make([]leaderTerm, len(x.lex.Leaders)), monarch: make([]bool, len(x.lex.Leaders)), aliases: map[string][]string{}}
		familyFirst := x.lex.WordSet("familyfirst")
		for i, l := range x.lex.Leaders {
			ix.terms[i] = termOf(&l)
			ix.aliases[l.Name] = append(ix.aliases[l.Name], l.Aliases...)
			for _, n := range append([]string{l.Name}, l.Aliases...) {
				if first, _, ok := strings.Cut(n, " "); ok && x.monarchTitle(first) {
					ix.monarch[i] = true
				}
				w := leaderWords(n)
				if len(w) == 0 {
					continue
				}
				last := w[len(w)-1]
				ix.byLast[last] = append(ix.byLast[last], leaderForm{row: i, words: w})
				if len(w) > 1 && familyFirst[l.Country] {
					// "President Xi" for Xi Jinping
					ix.byLast[w[0]] = append(ix.byLast[w[0]], leaderForm{row: i, words: w, family: true})
				} else if len(w) > 1 {
					ix.byFirst[w[0]] = append(ix.byFirst[w[0]], leaderForm{row: i, words: w})
				}
			}
		}
		x.leaderIx = ix
	})
	return x.leaderIx
}

// leaderWords folds a name of leaders.tsv into the words a text names the
// person by: without titles and forms of address in front ("King
// Abdullah", "Sheikh Tamim"), a place after "of" ("Abdullah of Pahang")
// or a regnal number ("Abdullah II"); lower case, no diacritics, hyphens
// as spaces ("Yar'Adua" stays one word).
func leaderWords(name string) []string {
	if i := strings.Index(name, " of "); i > 0 {
		name = name[:i]
	}
	f := strings.Fields(name)
	for len(f) > 1 && (titleWords[f[0]] || honorifics[f[0]] != "" || f[0] == "Field") {
		f = f[1:]
	}
	for len(f) > 1 && regnal(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	return textWords(strings.Join(f, " "))
}

// textWords folds a name as the text writes it.
func textWords(name string) []string {
	return strings.FieldsFunc(schema.Slug(name), func(r rune) bool { return r == '-' })
}

// regnal: a Roman numeral of a monarch's name ("II", "XVI").
func regnal(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// leaderRoles are the roles of leaders.tsv and orgleaders.tsv a title can
// be, from the roles of the lexicon's offices of that title.
func (d *doc) leaderRoles(form string) (roles leaderRole) {
	for _, r := range d.x.officeRows[lowerKey(form)] {
		switch d.x.lex.Offices[r].Role {
		case "head of state", "monarch":
			roles |= roleHeadOfState
		case "head of government":
			roles |= roleHeadOfGovernment
		case "foreign minister":
			roles |= roleForeignMinister
		case "head of organisation":
			roles |= roleHeadOfOrganisation
		}
	}
	return
}

// leaderRole is a set of the tables' roles.
type leaderRole uint8

const (
	roleHeadOfState leaderRole = 1 << iota
	roleHeadOfGovernment
	roleForeignMinister
	roleHeadOfOrganisation
)

// leaderRoleOf is the role of a table's role name.
var leaderRoleOf = map[string]leaderRole{"head of state": roleHeadOfState, "head of government": roleHeadOfGovernment,
	"foreign minister": roleForeignMinister, "head of organisation": roleHeadOfOrganisation}

// leaderSlack is how far outside a term's dates an article may fall and
// still be read with it: terms are often given to the month, and news
// names a leader days before the oath or after the end.
const leaderSlack = 45 * 24 * time.Hour

// termOf widens a term by the slack.
func termOf(l *lexicon.Leader) leaderTerm {
	t := leaderTerm{from: l.From.Add(-leaderSlack)}
	if !l.To.IsZero() {
		t.to = l.To.Add(leaderSlack)
	}
	return t
}

// in: the article's day falls in the term; an article without a date is
// in every term.
func (t leaderTerm) in(day time.Time) bool {
	return day.IsZero() || !day.Before(t.from) && (t.to.IsZero() || !day.After(t.to))
}

// leaderJurisdiction is the country whose head of state, head of government
// or foreign minister person p was on the article's day, when the title m
// in front of p's name is such a post and exactly one country's leader of
// that post bears p's name: the whole name, its first and last words
// ("Muhammadu Buhari" for "Muhammadu Buhari"), or — written alone, as news
// writes a leader's surname — its last word or a last part of two words or
// more ("Lula da Silva"). The strongest kind of match decides; two
// countries at the strongest kind are no answer. Empty when no row fits.
func (d *doc) leaderJurisdiction(p *entity, m *mention) string {
	country, _ := d.leaderOf(p, m, "")
	return country
}

// leaderOf is leaderJurisdiction's country and the whole name of the row
// that fits best, when one person's rows alone fit at that strength; with
// only, among the rows of that country alone.
func (d *doc) leaderOf(p *entity, m *mention, only string) (string, string) {
	if len(d.x.lex.Leaders) == 0 || p == nil {
		return "", ""
	}
	form := d.titleForm(m)
	roles := d.leaderRoles(form)
	if roles == 0 {
		return "", ""
	}
	// a monarch is no president: "President Mohamed" is not Morocco's
	// King Mohammed VI
	elected := false
	for _, r := range d.x.officeRows[lowerKey(form)] {
		elected = elected || d.x.lex.Offices[r].Role == "head of state"
	}
	return d.leaderRow(p, m, roles, elected, only, func(j string) *lexicon.Office { return d.officeRow(form, j) })
}

// leaderRow is leaderOf's answer for a post of the given roles that a
// country calls by its row rowOf(j) (nil: that country has no such
// title); m, when not nil, is the title in front of the name.
func (d *doc) leaderRow(p *entity, m *mention, roles leaderRole, elected bool, only string, rowOf func(j string) *lexicon.Office) (string, string) {
	ix := d.x.leaders()
	best, country, whole := 0, "", ""
	fits := func(f leaderForm) (*lexicon.Leader, string) {
		l := &d.x.lex.Leaders[f.row]
		if !roleFits(l, roles) || !ix.terms[f.row].in(d.a.Date) || elected && ix.monarch[f.row] {
			return nil, ""
		}
		j := strings.ToLower(l.Country)
		if only != "" && j != only || rowOf(j) == nil {
			return nil, ""
		}
		return l, j
	}
	note := func(s int, j string, l *lexicon.Leader) {
		switch {
		case s > best:
			best, country, whole = s, j, l.Name
		case s == best && country != j:
			country = "-" // two countries: no answer at this strength
		}
		if s == best && whole != l.Name {
			whole = "" // two persons
		}
	}
	for _, name := range append([]string{p.name}, p.forms...) {
		w := leaderWords(name)
		if len(w) == 0 {
			continue
		}
		for _, f := range ix.byLast[w[len(w)-1]] {
			if s := f.fit(w); s > 0 {
				if l, j := fits(f); l != nil {
					note(s, j, l)
				}
			}
		}
	}
	// "President Sheikh Mohamed", "Emir Sheikh Tamim": a form of address
	// and a first name, as Gulf rulers are written, is a leader's first
	// name more than another's surname
	if w := leaderWords(p.name); len(w) == 1 && m != nil && m.j < len(d.toks) && (honorifics[d.toks[m.j].Text] != "" || titleWords[d.toks[m.j].Text]) {
		for _, f := range ix.byFirst[w[0]] {
			// (the post the title is in that country: Bahrain's Prime
			// Minister Khalifa is no "President Sheikh Khalifa")
			l, j := fits(f)
			if l == nil {
				continue
			}
			role := rowOf(j).Role
			if role == "monarch" {
				role = "head of state"
			}
			if roleFits(l, leaderRoleOf[role]) {
				note(2, j, l)
			}
		}
	}
	if country == "-" {
		return "", ""
	}
	return country, whole
}

// leaderWholeNames: a leader the text names by a title and one word only
// ("King Salman", "President Sheikh Mohamed", "President Buhari") is
// named in full by the row of leaders.tsv that placed the title, when the
// title's country is that row's and no other person's row fits as well
// (GUIDELINES 1.1: the usual full name, when the identity is certain).
func (d *doc) leaderWholeNames() {
	for _, pm := range d.ments() {
		p := pm.ent
		if pm.kind != kPerson || p == nil || p.whole != "" || slices.ContainsFunc(p.forms, func(f string) bool { return len(strings.Fields(f)) != 1 }) {
			continue
		}
		for _, o := range pm.chain {
			if o.jur == "" || o.former {
				continue
			}
			if c, whole := d.leaderOf(p, o, o.jur); c == o.jur && whole != "" {
				p.whole = whole
				break
			}
		}
	}
}

// monarchTitle: a word that is a monarch's title ("King", "Emir", "Sultan").
func (x *Extractor) monarchTitle(w string) bool {
	for _, r := range x.officeRows[strings.ToLower(w)] {
		if x.lex.Offices[r].Role == "monarch" {
			return true
		}
	}
	return false
}

func roleFits(l *lexicon.Leader, roles leaderRole) bool {
	for _, r := range l.Roles {
		if leaderRoleOf[r]&roles != 0 {
			return true
		}
	}
	return false
}

// fit says how well name words w (the text's) fit the form, w ending in
// the word the form is indexed by: 3 the same words, 2 the same first and
// last words or the whole form (two words or more) at the end of w, 1 a one-word name that is the form's last word (its first,
// the family name, for a form indexed by it) or a name of two words or
// more that is the form's last part; 0 no fit.
func (f leaderForm) fit(w []string) int {
	if f.family {
		if len(w) == 1 && w[0] == f.words[0] {
			return 1
		}
		return 0
	}
	switch {
	case strings.Join(w, " ") == strings.Join(f.words, " "):
		return 3
	case len(w) >= 2 && len(f.words) >= 2 && w[0] == f.words[0]:
		return 2
	case len(f.words) >= 2 && len(w) > len(f.words) && strings.Join(w[len(w)-len(f.words):], " ") == strings.Join(f.words, " "):
		// "Syed Yusuf Raza Gilani" for "Yusuf Raza Gilani": a name the
		// text writes with a word more in front
		return 2
	case len(w) == 1 && forebearEnd(f.words):
		return 0 // "King Hussein" is not Abdullah bin Al-Hussein
	case len(w) == 1 || (len(w) < len(f.words) && strings.Join(w, " ") == strings.Join(f.words[len(f.words)-len(w):], " ")):
		return 1
	}
	return 0
}

// knownLeader: the words i..j are the whole name (two words or more) of a
// leader of leaders.tsv, at any time ("John Mahama (Ghana), Azali
// Assoumani (Comoros) attended"): a person, titled or not. It gives no
// office.
func (d *doc) knownLeader(i, j int) bool {
	if j-i < 2 || len(d.x.lex.Leaders) == 0 || !d.leaderLastWord(j-1) {
		return false
	}
	// the answers are kept by span: nameTok asks of the same spans often
	if known, ok := d.leaderSpan[[2]int{i, j}]; ok {
		return known
	}
	if d.leaderSpan == nil {
		d.leaderSpan = map[[2]int]bool{}
	}
	known := false
	w := textWords(d.text(i, j))
	if len(w) >= 2 {
		for _, f := range d.x.leaders().byLast[w[len(w)-1]] {
			if !f.family && slices.Equal(f.words, w) {
				known = true
				break
			}
		}
	}
	d.leaderSpan[[2]int{i, j}] = known
	return known
}

// inLeaderName: the word at k, one that is no name elsewhere (a month, a
// function word, a title), is a word of a leader's whole name of
// leaders.tsv that the words around it spell ("Prime Minister Theresa
// May said", "President Hassan Sheikh Mohamud"): the name goes on
// through it.
func (d *doc) inLeaderName(k int) bool {
	if len(d.x.lex.Leaders) == 0 {
		return false
	}
	// a word of a name of two words or more has a capitalised neighbour
	if !(k > 0 && d.toks[k-1].capitalised() || k+1 < len(d.toks) && d.toks[k+1].capitalised()) {
		return false
	}
	for n := 2; n <= 5; n++ {
		for i := max(k+1-n, 0); i <= k && i+n <= len(d.toks); i++ {
			if d.knownLeader(i, i+n) {
				return true
			}
		}
	}
	return false
}

// leaderLastWord: token k can end a leader's name (a cheap test, once per
// token, before knownLeader folds a span's words).
func (d *doc) leaderLastWord(k int) bool {
	t := d.toks[k]
	if t.Kind != tWord {
		return false
	}
	if len(d.leaderLast) != len(d.toks) {
		d.leaderLast = make([]int8, len(d.toks))
	}
	if d.leaderLast[k] == 0 {
		d.leaderLast[k] = -1
		if f := textWords(t.Text); len(f) > 0 && len(d.x.leaders().byLast[f[len(f)-1]]) > 0 {
			d.leaderLast[k] = 1
		}
	}
	return d.leaderLast[k] == 1
}

// bareLeaders: news writes a well-known leader by the surname alone, with
// no title and no full name anywhere ("Lavrov and Ayrault met in Munich",
// "Lavrov said"). A lone name word that no rule took for anyone is that
// leader, named in full (GUIDELINES 1.1), when exactly one person of
// leaders.tsv in office on the article's day bears it as the last word of
// a name (or the first, a family name written first), and the article
// names that leader's country (or organisation, orgleaders.tsv: "Guterres
// said" in a story that names the UN). It gives no office.
func (d *doc) bareLeaders() {
	if len(d.x.lex.Leaders) == 0 || !d.a.HasDate() {
		return
	}
	named := map[string]bool{}
	for _, m := range d.ments() {
		if m.kind == kCountry || m.kind == kDemonym || m.kind == kGrouping {
			named[d.jurisdictionOf(m)] = true
		}
	}
	ix := d.x.leaders()
	found := false
	for si := range d.sents {
		start, end := d.bounds(si)
		for i := start; i < end; i++ {
			if d.mat(i) != nil || !d.nameTok(i) || i > start && d.nameTok(i-1) || d.nameRun(i, end) != i+1 {
				continue
			}
			t := d.toks[i].Text
			if isCommon(t) || strings.ToUpper(t) == t || notNames[t] {
				continue
			}
			w := textWords(t)
			if len(w) != 1 {
				continue
			}
			whole, country := "", ""
			for _, f := range ix.byLast[w[0]] {
				if f.fit(w) != 1 || !ix.terms[f.row].in(d.a.Date) {
					continue
				}
				l := &d.x.lex.Leaders[f.row]
				if whole != "" && whole != l.Name {
					whole = "-"
					break
				}
				whole, country = l.Name, strings.ToLower(l.Country)
			}
			if whole == "" || whole == "-" || !named[country] {
				continue
			}
			chain, words, honor, _ := d.titlesBefore(i, start)
			m := d.personMention(nil, i, i+1, chain, words, honor)
			m.ent.whole = whole
			found = true
		}
	}
	if found {
		d.mergePeople()
		d.findKnownNames()
	}
}
