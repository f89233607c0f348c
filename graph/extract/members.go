package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
)

// Grouping membership, only as the text states it (GUIDELINES §3). The
// grouping is named by the lexicon ("the G7", "ASEAN") or referred back to
// ("the bloc", "the 22-nation League", "the Forum" after "the Pacific
// Islands Forum"); the countries stand in one of these shapes:
//
//   - after the grouping: "the Quad grouping of US, India, …"; "BRICS
//     (Brazil, Russia, …)"; "the G7, whose members are …"; "BRICS, which
//     groups …"; "the Quad, a grouping of …"; "the bloc is made up of …";
//     "NATO allies Turkey and Hungary"; "EU member states (France, …)";
//     "ASEAN countries such as …"; "the Quad countries — India, …"; "the
//     bloc's members, A and B,"; "ASEAN admitted Timor-Leste"; "The members
//     of the G7 are …"; "Mali and fellow ECOWAS members Senegal and Niger"
//     (Mali too);
//   - before it: "A and B are (both) members of X"; "A and B, as founding
//     members of X"; "A is among X's members"; "A is a member state of X";
//     "A, B and C make up X"; "A, B, C and D, known as the Quad"; "A joined
//     X", "A was admitted to X", "A became NATO's 31st member"; "Turkey, a
//     NATO ally,"; "A and B, the two Quad members,"; "A and B, both APEC
//     members";
//   - a list of countries that is the grouping's whole membership in the
//     lexicon, when the sentence ties it to the grouping: "cooperation
//     between A, B, C and D" (in a text naming the Quad), "A, B, C and D of
//     the Quad", "A, B, C and D — the Quad —".
//
// A list that merely equals a grouping's members in the lexicon states
// nothing: "ministers from A, B and C met" is attendance. Hosting, chairing,
// observing and being a guest are not membership.
type memberScan struct {
	*doc
	gm []*mention // the grouping mentions, in text order
	// also holds the groupings coordinated after the one a reader
	// returned ("an EU and NATO member"): the caller adds them too
	also []*entity
	// first is each named grouping's first mention, by slug (made when
	// first needed)
	first map[string]*mention
	// joined is the grouping the text last made each country a member of
	joined map[*entity]*entity
	// left are the groupings and countries the text tells gone from them
	left map[[2]*entity]bool
}

// coordinated reads "and (the) GROUPING" after a grouping that ends at n,
// as in "an EU and NATO member", and returns the groupings and the token
// after the last.
func (s *memberScan) coordinated(n, end int) ([]*entity, int) {
	var out []*entity
	for n+1 < end && s.toks[n].is("and", ",") {
		h, _, q := s.groupAt(n+1, end)
		if h == nil || s.mat(n+1) == nil && s.mat(q-1) == nil {
			break // a grouping named, not "the bloc"
		}
		out = append(out, h)
		n = q
	}
	return out, n
}

// notMemberWords before "member" deny the membership: "a former member",
// "a prospective member", "an observer member", "a non-member".
var notMemberWords map[string]bool // set by loadWords

// memberModifiers skips up to three words that qualify "member(s)" without
// denying it, from k: "the only Asian member of the G7", "a key member of
// the alliance", "the largest members", "a longtime NATO member". It
// returns the token after them, or -1 for a word that denies the
// membership ("a former member", "an associate member").
func (s *memberScan) memberModifiers(k, end int) int {
	d := s.doc
	for n := 0; n < 3 && k < end; n++ {
		t := d.toks[k]
		if t.Kind != tWord || memberNouns[t.Low] || blocNouns[t.Low] {
			return k
		}
		// "a non-permanent member of the Security Council" is a member
		if t.Low != "non-permanent" && (notMemberWords[t.Low] || strings.HasPrefix(t.Low, "non-") || strings.HasPrefix(t.Low, "ex-")) {
			return -1
		}
		if m := d.mat(k); m != nil {
			if m.kind != kDemonym || m.i != k {
				return k
			}
			k = m.j // "the only Asian member"
			continue
		}
		if ordinalOf(t.Low) > 0 {
			k++ // "the 31st member", "its first member"
			// "its 55th and 56th members"
			if k+1 < end && d.toks[k].is("and", ",") && ordinalOf(d.toks[k+1].Low) > 0 {
				k++
			}
			continue
		}
		tag := d.tag(k)
		// "A and B co-founded the bloc": a verb, whatever its hyphen
		if tag == pos.VERB && strings.HasSuffix(t.Low, "-founded") {
			return k
		}
		// "industrialised nations", "developing countries": a participle
		// right before the noun describes it, whatever the tagger says
		next := k+1 < end && memberNouns[d.toks[k+1].Low]
		participle := !t.capitalised() && (next || tag != pos.VERB && tag != pos.AUX) && (strings.HasSuffix(t.Low, "ing") || strings.HasSuffix(t.Low, "ed"))
		if tag != pos.ADJ && tag != pos.ADV && !strings.Contains(t.Low, "-") && !participle {
			return k
		}
		k++
	}
	return k
}

func (d *doc) findMembers() {
	s := &memberScan{doc: d}
	named := map[int]bool{} // groupings the article names, by lexicon row
	for _, m := range d.ments() {
		if m.kind == kGrouping {
			named[m.ref] = true
			s.gm = append(s.gm, m)
		}
	}
	for si := range d.sents {
		start, end := d.bounds(si)
		for k := start; k < end; k++ {
			if d.quoted[k] {
				// "let me welcome Sweden as the 32nd member of NATO": a
				// welcome, quoted, names a member as well
				if m := d.mat(k); m != nil && m.i == k && m.kind == kCountry && k > start && d.toks[k-1].is("welcome", "welcomes", "welcomed", "welcoming") {
					if list, next := d.countryList(k, end); len(list) > 0 {
						if g, j := s.welcomedAs(next, end); g != nil {
							s.addMembers(g, list, si, "member/welcomed-as-member", k-1, j)
						}
						k = next - 1
						continue
					}
				}
				// a quoted list of countries stated members ("A, B and C
				// are elected members of the Security Council," X said)
				if m := d.mat(k); m == nil || m.i != k || m.kind != kCountry || k > start && d.toks[k-1].is("welcome", "welcomes", "welcomed", "welcoming") {
					continue
				}
			}
			m := d.mat(k)
			if m != nil && m.i == k && m.kind == kGrouping {
				s.afterGrouping(si, d.entityFor(m), m.i, m.j, start, end)
				continue
			}
			// "As a member of NATO, Turkey …", "As fellow ASEAN members,
			// Vietnam and Laos …"
			if k == start && d.toks[k].is("As") {
				if g, j := s.memberOfAfter(k, end); g != nil && j < end && d.toks[j].is(",") {
					if list, n := d.countryList(j+1, end); len(list) > 0 && (n >= end || !d.toks[n].is("'s", "’s")) {
						s.addMembers(g, list, si, "member/as-members", k, n)
					}
				}
				continue
			}
			// "Made up of A, B and C, the bloc …"
			if k == start && m == nil {
				if g, list, n := s.frontedMakeUp(k, end); g != nil {
					s.addMembers(g, list, si, "member/fronted-made-up-of", k, n)
					k = n - 1
					continue
				}
			}
			// "The SCO met in Astana. Member states include A, B and C."
			if k == start && m == nil && d.toks[k].is("Members", "Member", "Other", "Founding") {
				if n := s.membersOpen(si, k, end); n > k {
					k = n - 1
					continue
				}
				// "Member states China, Russia and India signed": read
				// below as "member states LIST" of the grouping named last
				if !d.toks[k].is("Member") {
					continue
				}
			}
			// "BRICS was founded by A, B, C and D, with South Africa
			// joining in 2011"
			if m == nil && d.toks[k].is("with") {
				if g, list, n := s.withJoining(k, start, end); len(list) > 0 {
					s.addMembers(g, list, si, "member/with-joining", k, n)
					k = n - 1
				}
				continue
			}
			// "Poland has received billions since joining the EU"
			if m == nil && d.toks[k].is("since", "Since", "after", "After") {
				if g, n := s.joinedSince(k, end); g != nil {
					if list := s.clauseSubject(k, n, start, end); len(list) > 0 {
						s.addMembers(g, list, si, "member/since-joining", k, n)
					}
				} else if g, list, n := s.joinedBeforeSince(k, start, end); g != nil {
					s.addMembers(g, list, si, "member/joined-since", k, n)
					k = n - 1
				}
				continue
			}
			// "The X is the region's organisation. Founded in 1971, it
			// comprises 18 members: A, B, …": "it" is the grouping the
			// sentence before opens with
			if m == nil && d.toks[k].is("it", "It") && (k == start || d.toks[k-1].is(",")) {
				if g := s.openingGrouping(si - 1); g != nil {
					if v := s.membershipVerb(k+1, end); v > k+1 {
						if list, n := d.countryList(s.listIntro(v, end), end); len(list) >= 2 {
							s.addMembers(g, list, si, "member/it-comprises", k, n)
							k = n - 1
						}
					}
				}
				continue
			}
			// "The AU suspended Egypt's membership in the organisation": a
			// suspended member is one still
			if m == nil && d.toks[k].is("suspended", "suspends", "suspend", "suspending") {
				if g, c, n := s.suspendedMembership(k+1, end); g != nil {
					s.addMembers(g, []*entity{c}, si, "member/suspended-membership", k, n)
					k = n - 1
				}
				continue
			}
			// "… invited to enter BRICS, joining current members A, B and
			// C": the members of the grouping named before, in the sentence
			if m == nil && k > start && k+2 < end && d.toks[k].is("current", "existing", "founding") && d.toks[k+1].is("members") && !d.toks[k-1].is("the", "its", "their") && d.countryAt(k+2) {
				if g := s.groupingBefore(k, 0); g != nil {
					if list, n := s.membersNamed(g, k+1, k+2, end, false); len(list) >= 2 {
						s.addMembers(g, list, si, "member/current-members", k, n)
						k = n - 1
					}
				}
				continue
			}
			// "Venezuela said on Wednesday it was withdrawing from the
			// OAS": the countries that said it
			if m == nil && d.toks[k].is("it", "they") && k > start {
				if list := s.saidSubject(k, start, end); len(list) > 0 {
					if g, j, done := s.exitAfter(k+1, end); g != nil {
						s.exited(g, list, done, si, k, j)
						k = j - 1
					}
				}
				continue
			}
			// "President X, whose country rejoined the League in May,"
			if m == nil && d.toks[k].is("whose") {
				if c := s.whoseCountry(k, start, end); c != nil {
					g, j := s.memberOfAfter(k+2, end)
					if g == nil {
						g, j = s.joinedAfter(k+2, end)
					}
					if g != nil {
						s.addMembers(g, []*entity{c}, si, "member/whose-country", k, j)
						k = j - 1
					}
				}
				continue
			}
			// "President X withdrew Zimbabwe|the country from the
			// Commonwealth": the country left it
			if m == nil && d.toks[k].is("withdrew", "pulled") {
				if c, g, n := s.withdrewCountry(k, start, end); g != nil {
					s.exited(g, []*entity{c}, true, si, k, n)
					k = n - 1
				}
				continue
			}
			// "the bloc", "The 15-member Community": a grouping named before
			if m == nil && d.toks[k].Low == "the" {
				if g, i, j := s.groupAt(k, end); g != nil && d.mat(i) == nil {
					s.afterGrouping(si, g, i, j, start, end)
					k = j - 1
				} else if n := s.membersOfNamed(si, k, start, end); n > k {
					k = n - 1
				} else if list, n := s.countedRef(k, start, end); len(list) > 0 {
					// "Romania and Bulgaria …, as the two Balkan nations
					// became the latest members of the EU"
					s.beforeGrouping(si, list, k, n, start, end, named)
					k = n - 1
				}
				continue
			}
			// "… to Turkey, in solidarity with a neighbour that is a NATO
			// ally": the country named last before the noun
			if m == nil && d.toks[k].is("a", "an") && k+2 < end && d.toks[k+1].is("neighbour", "neighbor", "country", "nation") && d.toks[k+2].is("that", "which") {
				if c := s.lastCountryBefore(k, start); c != nil {
					if g, j := s.memberOfAfter(k+2, end); g != nil && s.also == nil {
						s.addMembers(g, []*entity{c}, si, "member/noun-that-is-a-member", k, j)
					}
				}
				continue
			}
			// "its member states France and Italy", "the alliances between
			// the members of A, B and C": the members of the grouping
			// named last
			// "leaders of member states China, Russia and India"
			if m == nil && k > 0 && k+1 < end && d.toks[k].Low == "member" && memberNouns[d.toks[k+1].Low] && (k == start || d.mat(k-1) == nil && !d.toks[k-1].is("the", "its", "their", "The", "Its", "Their")) {
				if n := s.membersOfNamed(si, k-1, start, end); n > k {
					k = n - 1
				}
				continue
			}
			if m == nil && (d.toks[k].Low == "its" || d.toks[k].Low == "their") {
				if n := s.membersOfNamed(si, k, start, end); n > k {
					k = n - 1
				}
				continue
			}
			// a list of countries: "… are members of the X", …
			// not "Neither the US nor China is a member of …"
			if m != nil && m.i == k && m.kind == kCountry && (k == start || !d.listSep(k-1) && !d.toks[k-1].is("nor") || s.afterFronted(k, start)) {
				list, next := d.countryList(k, end)
				if len(list) == 0 {
					continue
				}
				// "India, along with China and Russia, is a member of …"
				// "India along with the US and Japan are part of …"
				if more, n := d.alongWith(next, end); len(more) > 0 && n < end && d.toks[n].is(",") {
					list, next = append(list, more...), n+1
				} else if len(more) > 0 && n < end && d.toks[next].is("along", "together", "alongside") && d.toks[n].is("are", "were", "have", "form", "formed", "founded", "make", "made", "joined") {
					list, next = append(list, more...), n
				}
				// "Somalia joins Burundi, Kenya, … and Uganda.": once the
				// text has made Somalia a member, the countries it joins
				// are the grouping's members
				if g := s.joined[list[0]]; len(list) == 1 && g != nil && next < end && d.toks[next].is("joins", "joined") {
					if more, n := d.countryList(next+1, end); len(more) > 1 && (n >= end || n+1 == end && d.toks[n].is(".")) {
						s.addMembers(g, more, si, "member/joins-members", next, n)
						k = n - 1
						continue
					}
				}
				s.beforeGrouping(si, list, k, next, start, end, named)
				k = next - 1
			}
		}
	}
	if len(s.left) > 0 {
		s.dropLeft()
	}
}

// dropLeft drops the memberships of the countries the text tells gone
// from the grouping ("Gambia has withdrawn from the Commonwealth … Gambia
// joined the Commonwealth in 1965"), but for one whose sentence tells it
// joined anew ("have rejoined the Commonwealth after quitting").
func (s *memberScan) dropLeft() {
	d := s.doc
	back := map[[2]*entity]bool{}
	for _, f := range d.facts {
		pair, ok := s.leftPair(f)
		if !ok {
			continue
		}
		start, end := d.bounds(f.sent)
		for k := start; k < end; k++ {
			if rejoinVerbs[d.toks[k].Low] {
				back[pair] = true
			}
		}
	}
	out := d.facts[:0]
	for _, f := range d.facts {
		if pair, ok := s.leftPair(f); ok && !back[pair] {
			continue
		}
		out = append(out, f)
	}
	d.facts = out
}

// leftPair: the fact is a membership of a country the text tells gone
// from the grouping; with the grouping and the country.
func (s *memberScan) leftPair(f fact) ([2]*entity, bool) {
	g, gok := f.s.(*entity)
	c, cok := f.o.(*entity)
	pair := [2]*entity{g, c}
	return pair, f.p == schema.Member && gok && cok && s.left[pair]
}

// countedRef reads "the two (Balkan) nations|countries|states" at k (the
// "the") and returns the countries it refers back to, with the token after
// the noun: the last list of countries before it, in its sentence or the
// one before, when it has just that many ("Fireworks lit the sky over
// Romania and Bulgaria as the two Balkan nations joined the EU"). A
// count that does not fit the list refers to nothing.
func (s *memberScan) countedRef(k, start, end int) ([]*entity, int) {
	d := s.doc
	if k+2 >= end {
		return nil, k
	}
	want := 0
	if t := d.toks[k+1]; t.Kind == tNum {
		return nil, k // "the 27 nations": a size, not a reference
	} else {
		want = int(numberWords[t.Low])
	}
	if want < 2 || want > 12 {
		return nil, k
	}
	q := k + 2
	for n := 0; n < 2 && q < end && !memberNouns[d.toks[q].Low]; n++ {
		if m := d.mat(q); m != nil && m.i == q && (m.kind == kDemonym || m.kind == kRegion) {
			q = m.j - 1
		} else if d.mat(q) != nil || d.toks[q].Kind != tWord || !s.describesBloc(q) && !(d.toks[q].capitalised() && d.tag(q) == pos.PROPN) {
			return nil, k
		}
		q++
	}
	if q >= end || !d.toks[q].is("countries", "nations", "states", "members", "neighbours", "neighbors") {
		return nil, k
	}
	if q+1 < end && d.toks[q+1].is("of", "'s", "’s") {
		return nil, k // "the two nations of the Quad", "the two countries' leaders"
	}
	from := start
	if si := d.sentOf[k]; si > 0 {
		from, _ = d.bounds(si - 1)
	}
	var last []*entity
	for p := from; p < k; p++ {
		m := d.mat(p)
		if m == nil || m.i != p || m.kind != kCountry {
			if m != nil && m.i == p {
				p = m.j - 1
			}
			continue
		}
		list, n := d.countryList(p, k)
		if len(list) == 0 {
			continue
		}
		last = list
		p = n - 1
	}
	if len(last) != want {
		return nil, k
	}
	return last, q + 1
}

// afterFronted: the country at k follows the comma that closes a fronted
// phrase of time ("In 2011, South Sudan became …", "On Monday, Sweden
// joined …"), not an earlier item of a list of names.
func (s *memberScan) afterFronted(k, start int) bool {
	d := s.doc
	if k-2 < start || !d.toks[k-1].is(",") {
		return false
	}
	st, en := d.bounds(d.sentOf[k])
	// "Having obtained the required majority, A, B and C are …", "By
	// unanimous decision, A became …": a participle's clause or a
	// preposition's phrase that opens the sentence (or its quotation) and
	// names no country
	for st < k && d.toks[st].Kind == tQuote {
		st++
	}
	if w := d.toks[st].Low; d.toks[st].Kind == tWord && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || d.tag(st) == pos.ADP) {
		clause := true
		for q := st; q < k-1 && clause; q++ {
			m := d.mat(q)
			clause = !d.toks[q].is(",", ";") && (m == nil || m.kind != kCountry && m.kind != kDemonym)
		}
		if clause {
			return true
		}
	}
	ds := d.datesIn(st, en) // in text order
	x := sort.Search(len(ds), func(x int) bool { return ds[x].j >= k-1 })
	return x < len(ds) && ds[x].j == k-1
}

// membersOfNamed reads "its|their member(s) (states) LIST" or "the
// members|member states of LIST" at k, the members of the grouping the
// article named last, in this sentence or the two before ("ASEAN … its
// member states Vietnam and Laos"), and returns the token after the list,
// or k.
func (s *memberScan) membersOfNamed(si, k, start, end int) int {
	d := s.doc
	q := k + 1
	// "its 10 members", "the other members", "the founding members"
	for n := 0; n < 2 && q < end && (isCount(d.toks[q]) || d.toks[q].is("other", "remaining", "founding")); n++ {
		q++
	}
	// "the five permanent and veto-wielding members", "the retiring
	// members"
	described := false
	if q < end && d.toks[k].is("the") && d.toks[q].Low != "member" && d.toks[q].Low != "members" {
		for n := 0; n < 3 && q < end; n++ {
			r := s.memberModifiers(q, end)
			if r <= q {
				break
			}
			described, q = true, r
			if q+1 < end && d.toks[q].is("and") {
				q++
			}
		}
	}
	if q >= end || d.toks[q].Low != "member" && d.toks[q].Low != "members" {
		return k
	}
	noun := q
	q++
	if d.toks[noun].Low == "member" {
		if q >= end || !memberNouns[d.toks[q].Low] {
			return k
		}
		noun = q
		q++
	}
	n := sort.Search(len(s.gm), func(i int) bool { return s.gm[i].i >= k })
	if n == 0 || si-d.sentOf[s.gm[n-1].i] > 2 {
		// "Leaders of member states China, Russia and India attended
		// the SCO summit": bare "member states" with no grouping named
		// before are those of the one named later in the sentence
		if n < len(s.gm) && d.sentOf[s.gm[n].i] == si && !d.toks[k].is("the", "its", "their", "The", "Its", "Their") {
			if list, next := s.membersNamed(d.entityFor(s.gm[n]), noun, q, end, true); len(list) > 0 && next <= s.gm[n].i {
				s.addMembers(d.entityFor(s.gm[n]), list, si, "member/member-states-of-later", k+1, next)
				return next
			}
		}
		return k
	}
	g := d.entityFor(s.gm[n-1])
	// "the member nations, which include A, B and C": of the grouping
	// named last
	if d.toks[k].is("the") && q < end && d.toks[q].is(",") {
		if list, next := s.ofWhichMember(q, end); len(list) >= 2 && d.toks[q+1].is("which") {
			s.addMembers(g, list, si, "member/the-members-which", k, next)
			return next
		}
	}
	// "The other members are A, B and C": of the grouping named last
	if d.toks[k].is("the") && q < end && listingVerb(d.toks[q]) {
		if list, next := d.countryList(q+1, end); len(list) >= 2 {
			s.addMembers(g, list, si, "member/the-members-are", k, next)
			return next
		}
		return k
	}
	if d.toks[k].is("the") && d.sentOf[s.gm[n-1].i] == si && q < end && !d.toks[q].is("of") {
		// "the SCO summit … leaders of the member countries, India,
		// …": the grouping in this sentence
		if list, next := s.membersNamed(g, noun, q, end, true); len(list) >= 2 {
			s.addMembers(g, list, si, "member/the-member-states", k, next)
			return next
		}
		return k
	}
	if d.toks[k].is("the") {
		// "the members of A, B and C": the grouping in this sentence or,
		// after words that describe the members ("the five permanent
		// members of Britain, China, …"), the one the sentence before
		// opens with
		if far := si - d.sentOf[s.gm[n-1].i]; far == 1 && described {
			g = s.openingGrouping(si - 1)
		} else if far != 0 {
			g = nil
		}
		if g == nil || q >= end || !d.toks[q].is("of") {
			return k
		}
		list, next := d.countryList(q+1, end)
		if len(list) < 2 || next < end && !d.toks[next].is(",", ".", ";", ")", "—", "–", "-") {
			return k
		}
		s.addMembers(g, list, si, "member/the-members-of-list", k, next)
		return next
	}
	list, next := s.membersNamed(g, noun, q, end, true)
	if len(list) == 0 {
		return k
	}
	s.addMembers(g, list, si, "member/its-members", k, next)
	return next
}

// frontedMakeUp reads a sentence that opens with the make-up of its
// subject, a grouping: "Comprising A, B and C, the bloc …", "Made up of
// A, B and C, the SCO …", "Consisting|Composed|Comprised of …". It
// returns the grouping, the countries and the token after the grouping.
func (s *memberScan) frontedMakeUp(k, end int) (*entity, []*entity, int) {
	d := s.doc
	q := k + 1
	switch w := d.toks[k].Low; {
	case w == "comprising":
	case q+1 < end && (w == "consisting" || w == "composed" || w == "comprised") && d.toks[q].is("of"):
		q++
	case q+2 < end && w == "made" && d.toks[q].is("up") && d.toks[q+1].is("of"):
		q += 2
	default:
		return nil, nil, k
	}
	list, n := d.countryList(q, end)
	if len(list) < 2 || n+1 >= end || !d.toks[n].is(",") {
		return nil, nil, k
	}
	g, _, j := s.groupAt(n+1, end)
	if g == nil {
		return nil, nil, k
	}
	return g, list, j
}

// membersOpen reads a sentence that opens with the members of the
// grouping named in it or the sentence before: "Members include A and B",
// "Member states are …", "Founding members were …", "Other members include
// …". It returns the token after the list, or k.
func (s *memberScan) membersOpen(si, k, end int) int {
	d := s.doc
	q := k
	if d.toks[q].is("Other", "Founding") {
		q++
	}
	if q < end && d.toks[q].is("member", "Member") && q+1 < end && memberNouns[d.toks[q+1].Low] {
		q++
	} else if q >= end || !d.toks[q].is("members", "Members") {
		return k
	}
	q++
	if q >= end || !listingVerb(d.toks[q]) {
		return k
	}
	g := s.groupingBefore(k, 1)
	if g == nil {
		return k
	}
	list, n := d.countryList(q+1, end)
	if len(list) < 2 {
		return k
	}
	s.addMembers(g, list, si, "member/members-include", k, n)
	return n
}

// beforeGrouping reads what follows a list of countries [k, next).
func (s *memberScan) beforeGrouping(si int, list []*entity, k, next, start, end int, named map[int]bool) {
	d := s.doc
	s.also = nil
	// "… from A, B, …, and Yemen (member countries)": members of the
	// grouping the story has named last
	if q := next + 1; len(list) >= 2 && q+1 < end && d.toks[next].is("(") {
		if d.toks[q].is("member") && q+2 < end && memberNouns[d.toks[q+1].Low] {
			q++
		}
		if (d.toks[q].is("members") || memberNouns[d.toks[q].Low] && d.toks[q-1].is("member")) && d.toks[q+1].is(")") {
			if g := s.groupingBefore(k, 10); g != nil {
				s.addMembers(g, list, si, "member/list-tagged-members", k, q+2)
				return
			}
		}
	}
	// "East Timor, the first country born this century, won a seat at
	// the UN": past an apposition or a relative clause to the verb
	if c := s.closingComma(next, end); c > 0 && d.toks[c].is(",") {
		if g, _ := s.memberOfAfter(next, end); g == nil {
			if g, _ := s.memberApposition(next, end, len(list) == 1); g == nil {
				if g, j := s.memberOfAfter(c+1, end); g != nil && !d.toks[c+1].is("and") {
					s.addMembers(g, list, si, "member/are-members-of", k, j)
					return
				}
				if g, j := s.joinedAfter(c+1, end); g != nil {
					s.addMembers(g, list, si, "member/joined", k, j)
					return
				}
			}
		}
	}
	// "agreed to admit Timor-Leste as the 11th member", "will welcome
	// Sweden as its 32nd member": one yet to be admitted is no member
	if next < end && d.toks[next].is("as") && k-1 > start && d.tag(k-1) == pos.VERB && d.futureBefore(k-1) {
		return
	}
	if g, j := s.memberOfAfter(next, end); g != nil {
		s.addMembers(g, list, si, "member/are-members-of", k, j)
		for _, h := range s.also {
			s.addMembers(h, list, si, "member/are-members-of", k, j)
		}
		// "India is a member of the SCO along with China and Russia"
		if more, n := d.alongWith(j, end); len(more) > 0 {
			s.addMembers(g, more, si, "member/are-members-of", k, n)
		}
		// "Kenya is a member of the EAC and IGAD"
		if j+1 < end && d.toks[j].is("and") {
			if h, _, n := s.groupAt(j+1, end); h != nil && (n >= end || d.toks[n].is(",", ".", ";", "since")) {
				s.addMembers(h, list, si, "member/are-members-of", k, n)
			}
		}
		// "Canada and the other members of the G7 (France, …)"
		if more := d.bracketList(next, end); len(more) > 0 {
			s.addMembers(g, more, si, "member/are-members-of", k, j)
		}
	} else if g, j := s.signedFounding(next, end); g != nil && len(list) >= 2 {
		s.addMembers(g, list, si, "member/signed-founding", k, j)
	} else if g, j := s.joinedAfter(next, end); g != nil {
		s.addMembers(g, list, si, "member/joined", k, j)
		// "Brunei joined ASEAN in 1984, followed by Vietnam in 1995,
		// Laos and Myanmar in 1997, and Cambodia in 1999"
		if more, n := s.followedBy(j, end); len(more) > 0 {
			s.addMembers(g, more, si, "member/joined-followed-by", k, n)
		}
	} else if g, j, done := s.exitAfter(next, end); g != nil {
		s.exited(g, list, done, si, k, j)
	} else if g, j := s.memberApposition(next, end, len(list) == 1); g != nil {
		s.addMembers(g, list, si, "member/apposition", k, j)
		for _, h := range s.also {
			s.addMembers(h, list, si, "member/apposition", k, j)
		}
	} else if g, j := s.welcomedAs(next, end); g != nil && k > start && d.toks[k-1].is("welcome", "welcomes", "welcomed", "welcoming") {
		s.addMembers(g, list, si, "member/welcomed-as-member", k-1, j)
	} else if g, j := s.asMembersLater(k, next, start, end); g != nil {
		s.addMembers(g, list, si, "member/took-part-as-members", k, j)
	} else if g, j := s.knownAs(next, end); g != nil && len(list) >= 2 {
		s.addMembers(g, list, si, "member/known-as", k, j)
	} else if g, j := s.tiedList(next, end); g != nil && len(list) >= 3 && sameSet(g.grouping.Members, list) {
		s.addMembers(g, list, si, "member/list-of-grouping", k, j)
	} else if len(list) >= 3 && d.collectiveBefore(k, start) {
		// "quadrilateral cooperation between Australia, India, Japan,
		// and the United States": the list is the grouping the article
		// names, as one body
		rows := make([]int, 0, len(named))
		for row := range named {
			rows = append(rows, row)
		}
		sort.Ints(rows)
		for _, row := range rows {
			if sameSet(d.x.lex.Groupings[row].Members, list) {
				s.addMembers(d.groupingByRow(row), list, si, "member/cooperation-between", k-2, next)
			}
		}
	}
}

// alongWith reads "(,) along with|together with|alongside LIST" at k and
// returns the countries and the token after them.
func (d *doc) alongWith(k, end int) ([]*entity, int) {
	if k < end && d.toks[k].is(",") {
		k++
	}
	switch {
	case k+1 < end && d.toks[k].is("along", "together") && d.toks[k+1].is("with"):
		k += 2
	case k < end && d.toks[k].is("alongside"):
		k++
	default:
		return nil, k
	}
	return d.countryList(k, end)
}

// collectiveBefore: the list at k is the party of a cooperation, "NOUN
// between|among (the) LIST", with NOUN a word for a body of states
// ("cooperation between", "the partnership among"). A list of countries
// that merely take part ("ministers from A, B and C met") states no
// membership.
func (d *doc) collectiveBefore(k, start int) bool {
	b := k - 1
	if b >= start && d.toks[b].is("the") {
		b--
	}
	if b-1 < start || !d.toks[b].is("between", "among", "amongst") {
		return false
	}
	w := d.toks[b-1].Low
	return blocNouns[w] || memberNouns[w] || w == "framework" ||
		d.toks[b-1].is("cooperation", "dialogue", "collaboration")
}

// sizeWord is a word giving a grouping's size: "22-nation", "15-member",
// "five-country".
func sizeWord(t token) bool {
	i := strings.LastIndexByte(t.Low, '-')
	if i <= 0 {
		return false
	}
	switch t.Low[i+1:] {
	case "member", "nation", "country", "state", "strong", "party":
	default:
		return false
	}
	n := t.Low[:i]
	return isNumber(n) || numberWords[n] > 0
}

// isCount is a number in digits or words: "16", "five".
func isCount(t token) bool { return t.Kind == tNum || numberWords[t.Low] > 0 }

// groupAt reads a grouping at k: "(the) (22-nation) NAME", or "the
// (22-nation) bloc|League|…" referring back to one the article named. It
// returns the grouping, the first token of its head and the token after it.
func (s *memberScan) groupAt(k, end int) (*entity, int, int) {
	// (a caller may have read the "the" already: "are among the bloc's
	// members")
	the := k > 0 && k < end && s.toks[k-1].Low == "the"
	if k < end && s.toks[k].Low == "the" {
		k++
		the = true
	}
	for k < end && sizeWord(s.toks[k]) {
		k++
	}
	if k >= end {
		return nil, k, k
	}
	if m := s.mat(k); m != nil && m.i == k && m.kind == kGrouping {
		return s.entityFor(m), k, m.j
	}
	if the && s.mat(k) == nil {
		if g := s.backRef(k); g != nil {
			return g, k, k + 1
		}
	}
	// "the regional bloc", "the West African bloc", "the US-led
	// alliance": words that describe the grouping before the noun
	if the {
		q := k
		for n := 0; n < 3 && q < end; n++ {
			if m := s.mat(q); m != nil && m.i == q && (m.kind == kDemonym || m.kind == kRegion) {
				q = m.j
				continue
			}
			if !s.describesBloc(q) {
				break
			}
			q++
		}
		if q > k && q < end && blocNouns[s.toks[q].Low] && !s.toks[q].capitalised() && s.mat(q) == nil {
			if g := s.backRef(q); g != nil {
				return g, q, q + 1
			}
		}
	}
	return nil, k, k
}

// bareApostrophe: the apostrophe at k makes the name before it, which
// ends in "s", a possessive: "ECOWAS' members", "the Alliance of Sahel
// States' founders".
func (s *memberScan) bareApostrophe(k int) bool {
	t := s.toks[k]
	return k > 0 && t.is("'", "’") && !t.Space && s.toks[k-1].Kind == tWord && strings.HasSuffix(s.toks[k-1].Low, "s") &&
		k+1 < len(s.toks) && s.toks[k+1].Space && s.toks[k+1].Kind != tQuote
}

// blocHead reads, after a grouping's name at k, the noun it stands before
// with the words that describe it: "grouping", "trade bloc", "regional
// trading bloc", "security alliance". It returns the token after the
// noun, or k.
func (s *memberScan) blocHead(k, end int) int {
	q := k
	for n := 0; n < 2 && q < end && !blocHeads[s.toks[q].Low]; n++ {
		// "trade", "security": a noun that names the field
		m := s.mat(q)
		field := m == nil && s.toks[q].Kind == tWord && !s.toks[q].capitalised() && s.tag(q) == pos.NOUN || m != nil && m.i == q && m.j == q+1 && m.kind == kTopic
		if !field && !s.describesBloc(q) {
			return k
		}
		q++
	}
	if q < end && blocHeads[s.toks[q].Low] && !s.toks[q].capitalised() {
		return q + 1
	}
	return k
}

// describesBloc: the word at q can describe a grouping before its noun:
// "regional", "West African", "Western", "US-led", "15-nation".
func (s *memberScan) describesBloc(q int) bool {
	t := s.toks[q]
	if m := s.mat(q); m != nil && (m.kind == kDemonym || m.kind == kRegion) {
		return true
	}
	// (a participle too: "the regional trading bloc")
	return t.Kind == tWord && !blocNouns[t.Low] && (s.tag(q) == pos.ADJ || regionWords[t.Text] || sizeWord(t) || strings.Contains(t.Low, "-") ||
		!t.capitalised() && strings.HasSuffix(t.Low, "ing"))
}

// backRef is the grouping that the noun at k (after "the") refers back to:
// a capitalised word of the name of one the article named before ("the
// Forum" after "the Pacific Islands Forum", "the League" after "the Arab
// League"), or a noun for any grouping ("the bloc", "the group") when one
// was named in this sentence or the two before.
func (s *memberScan) backRef(k int) *entity {
	t := s.toks[k]
	if !blocNouns[t.Low] {
		return nil
	}
	// not part of a bigger name: "the Union Cabinet", "the Forum Secretariat"
	if n := k + 1; n < len(s.toks) && s.toks[n].Kind == tWord && s.toks[n].capitalised() {
		return nil
	}
	n := sort.Search(len(s.gm), func(i int) bool { return s.gm[i].i >= k })
	if n == 0 {
		return nil
	}
	if t.capitalised() {
		for q := n - 1; q >= 0 && q >= n-50; q-- {
			if g := &s.x.lex.Groupings[s.gm[q].ref]; nameHasWord(g.Name, t.Text) || nameHasWord(g.FullName, t.Text) {
				return s.entityFor(s.gm[q])
			}
		}
	}
	m := s.gm[n-1]
	if s.sentOf[k]-s.sentOf[m.i] > 2 {
		// further on, "the bloc" is the grouping the story is about:
		// the one its first sentence names, named again since
		if g := s.focus(n); g != nil {
			return s.entityFor(g)
		}
		return nil
	}
	return s.entityFor(m)
}

// focus is the grouping the story is about, among the first n grouping
// mentions: the only one its first sentence names (headline aside), when the
// text names it again later; nil when the lead names none or several.
func (s *memberScan) focus(n int) *mention {
	first := s.sentOf[s.gm[0].i]
	if s.sents[first].Para != s.sents[0].Para && first != 0 {
		return nil
	}
	var lead *mention
	again := false
	for _, m := range s.gm[:n] {
		switch {
		case s.sentOf[m.i] == first && (lead == nil || lead.ref == m.ref):
			lead = m
		case s.sentOf[m.i] == first:
			return nil // the lead names two groupings
		case lead != nil && m.ref == lead.ref:
			again = true
		}
	}
	if !again {
		return nil
	}
	return lead
}

// nameHasWord: the name has the word, capitalised as written.
func nameHasWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		if f == w {
			return true
		}
	}
	return false
}

func (d *doc) groupingByRow(row int) *entity {
	return d.groupingEntity(d.x.lex.Groupings[row].Slug)
}

// afterGrouping reads the members after a grouping [i, j) in sentence si.
func (s *memberScan) afterGrouping(si int, g *entity, i, j, start, end int) {
	d := s.doc
	k := j
	// "the Group of Seven (G7) nations - …"
	if k < end && d.toks[k].is("(") {
		// "the Group of Seven (G7) industrialised nations of …"
		if n := s.sameGroupingAfter(g, k, end); n > k && n < end {
			if q := s.memberModifiers(n, end); q >= n && q < end && memberNouns[d.toks[q].Low] {
				k, j = n, n
			}
		}
	}
	// "ASEAN leaders admitted …", "The East African Community (EAC)
	// Heads of State have admitted …": past the acronym and the leaders
	// to the verb
	if n := s.sameGroupingAfter(g, k, end); n >= k {
		if q := leadersAt(d.toks, n, end); q > n && s.admits(q, end) > q {
			k = q
		}
	}
	poss := k < end && (d.toks[k].is("'s", "’s") || s.bareApostrophe(k))
	if poss {
		k++
	}
	// "ASEAN's 10 members", "the G7 nations", "the Council's five
	// permanent members", "NATO's other members"
	if q := k; q < end {
		if isCount(d.toks[q]) {
			q++
		}
		if q < end && d.toks[q].is("other", "founding", "remaining") {
			q++
		}
		if q = s.memberModifiers(q, end); q > k && q < end && memberNouns[d.toks[q].Low] {
			k = q
		}
	}
	// "Prime Minister X will host her fellow G7 leaders": the country
	// whose office X holds
	if k < end && (memberNouns[d.toks[k].Low] || d.toks[k].is("leaders", "counterparts")) && !poss {
		if c := s.possessorFellow(i, start, end); c != nil {
			s.addMembers(g, []*entity{c}, si, "member/possessor-fellow", i-2, k+1)
		}
	}
	if k < end && (memberNouns[d.toks[k].Low] || d.toks[k].is("partners")) {
		noun := k
		k++
		// "EU member states France and Italy"
		if d.toks[noun].is("member") && k < end && memberNouns[d.toks[k].Low] {
			k++
		}
		list, n := s.membersNamed(g, noun, k, end, poss)
		// "the Group of Seven industrialised nations, comprising …"
		if len(list) == 0 && s.clauseAfterNoun(si, g, i, k, end) {
			return
		}
		if len(list) == 0 {
			// "Four ASEAN member states, A, B, C and D, …": the count
			// before the grouping is the list's length
			if list, n := s.countedList(i, k, end); len(list) > 0 {
				s.addMembers(g, list, si, "member/counted-members-list", i, n)
				return
			}
			// "Among ASEAN members, Vietnam and Laos objected"
			if list, n := s.amongMembers(i, start, k, end); len(list) > 0 {
				s.addMembers(g, list, si, "member/among-members", i, n)
				return
			}
			// "Seven ASEAN members are in APEC: A, B, …": members of both
			if h, list, n := s.sharedMembers(i, k, end); len(list) > 0 {
				s.addMembers(g, list, si, "member/members-also-in", i, n)
				s.addMembers(h, list, si, "member/members-also-in", i, n)
				return
			}
			// "India and other SCO members condemned …"; not "India
			// and other ASEAN partners" (dialogue partners)
			if c := s.fellowOf(i, start); c != nil && !d.toks[noun].is("partners") {
				s.addMembers(g, []*entity{c}, si, "member/fellow-members", i, k)
			} else if subj := s.fellowSubject(i, start, end); len(subj) > 0 && !d.toks[noun].is("partners") {
				s.addMembers(g, subj, si, "member/fellow-members", i, k)
			}
			return
		}
		s.addMembers(g, list, si, "member/grouping-members", i, n)
		// "Mali and fellow ECOWAS members Senegal, Guinea and Niger"
		if c := s.fellowOf(i, start); c != nil {
			s.addMembers(g, []*entity{c}, si, "member/fellow-members", i, n)
		} else if subj := s.fellowSubject(i, start, end); len(subj) > 0 {
			// "Greece sent tents to fellow NATO member Turkey"
			s.addMembers(g, subj, si, "member/fellow-members", i, n)
		}
		return
	}
	if poss {
		// "SADC's membership includes South Africa and Namibia"
		if k < end && d.toks[k].is("membership") {
			if q := s.membershipVerb(k+1, end); q > k+1 {
				if list, n := d.countryList(s.listIntro(q, end), end); len(list) > 0 {
					s.addMembers(g, list, si, "member/membership-includes", i, n)
				}
			}
		}
		return
	}
	// "the Intergovernmental Authority on Development (IGAD), whose …";
	// "the Quad, also known as the Quadrilateral Security Dialogue, is …"
	if n := s.sameGroupingAfter(g, k, end); n > k {
		k = n
		j = n
	}
	// "the Commonwealth, of which Rwanda is a member,"; "the bloc to
	// which Rwanda belongs"; "SADC, which counts A and B among its
	// members"
	if list, n := s.ofWhichMember(k, end); len(list) > 0 {
		s.addMembers(g, list, si, "member/of-which-a-member", i, n)
		return
	}
	// "NATO now counts Finland among its members"
	if s.subjectAt(i, start) {
		if list, n := s.countsAmong(s.pastAdverbials(k, end), end); len(list) > 0 {
			s.addMembers(g, list, si, "member/counts-among-members", i, n)
			return
		}
	}
	// "The SCO, founded in 2001, now has eight members: …"; "The
	// organisation, which was set up in 2001, groups …"
	if k < end && d.toks[k].is(",") && s.subjectAt(i, start) {
		if c := s.closingComma(k, end); c > 0 {
			if q := s.membershipVerb(c+1, end); q > c+1 {
				q = s.listIntro(q, end)
				if list, n := d.countryList(q, end); len(list) >= 2 {
					s.addMembers(g, list, si, "member/grouping-of", i, n)
				}
				return
			}
		}
	}
	// "The SCO was founded in 2001 and includes A, B, …"; "the bloc was
	// created in 2014 and was then made up of …"
	if s.subjectAt(i, start) {
		if q := s.andMembershipVerb(k, end); q > k {
			if list, n := d.countryList(s.listIntro(q, end), end); len(list) >= 2 {
				s.addMembers(g, list, si, "member/grouping-and-comprises", i, n)
				return
			}
		}
	}
	// "the Quad is a grouping of …"
	if k < end && d.toks[k].is("is", "was") && s.subjectAt(i, start) && s.membershipVerb(k, end) == k {
		if q := s.definition(k+1, end, s.mat(i) == nil); q > 0 {
			if list, n := d.countryList(q, end); len(list) >= 2 {
				s.addMembers(g, list, si, "member/grouping-is-a-bloc-of", i, n)
			}
		}
		return
	}
	// "the Quad grouping of US, India, …", "the Mercosur trade bloc,
	// comprising …"
	if n := s.blocHead(k, end); n > k {
		k = n
		// "the BRICS group of emerging economies, which includes …",
		// "the G7 group of rich democracies comprising …"
		if n := s.describedBy(k, end); n > k && n < end {
			if s.clauseAfterNoun(si, g, i, n, end) {
				return
			}
			if s.membershipVerb(n, end) > n {
				k = n // "the G7 group of rich nations comprises …"
			}
		}
	}
	if k+1 < end && d.toks[k].is(",", "—", "–", "-") {
		// "the five permanent members of the Security Council, the US,
		// Russia, …, met"; not "the members of the EU, Britain and
		// Norway agreed" (a list of parties)
		if k == j && s.membersOfBefore(i, start) {
			// (", namely A, B and C")
			q := k + 1
			namely := d.toks[q].is("namely")
			if namely {
				q++
			}
			list, n := d.countryList(q, end)
			if len(list) >= 2 && (namely || n < end && d.toks[n].is(",", "—", "–", "-", ")") || s.qualifiedList(g, i, list, n, end)) {
				s.addMembers(g, list, si, "member/members-of-apposed-list", i, n)
				return
			}
		}
		s.afterGroupingComma(si, g, i, k+1, end, k == j)
		return
	}
	if k < end && d.toks[k].is("(") {
		list, next := d.countryList(k+1, end)
		if len(list) >= 2 && next < end && d.toks[next].is(")") {
			s.addMembers(g, list, si, "member/list-in-brackets", i, next+1)
			return
		}
		// "the EAC (comprising A, B and C)", "the bloc (which then
		// included A and B)"
		s.afterGroupingComma(si, g, i, k+1, end, false)
		return
	}
	// "ASEAN admitted Timor-Leste", "NATO on Thursday welcomed Sweden as
	// its 32nd member"
	// "ASEAN leaders (formally) admitted Timor-Leste"
	// "the bloc granted full membership to Venezuela", "The Mercosur
	// regional trading bloc granted …"
	if q := s.pastAdverbials(k, end); q+2 < end && d.toks[q].is("granted", "grants", "grant", "gave", "gives") {
		r := q + 1
		if d.toks[r].is("full") {
			r++
		}
		if r+1 < end && d.toks[r].is("membership") && d.toks[r+1].is("to") {
			if list, n := d.countryList(r+2, end); len(list) > 0 {
				s.addMembers(g, list, si, "member/granted-membership", i, n)
			}
			return
		}
	}
	if q := s.admits(k, end); q > k {
		list, n := d.countryList(q, end)
		if len(list) == 0 {
			// "the EU admitted ten new members, including Poland and
			// Hungary"
			if r := s.newMembersList(q, end); r > q {
				if list, n := d.countryList(r, end); len(list) > 0 {
					s.addMembers(g, list, si, "member/admitted-members-including", i, n)
				}
			}
			return
		}
		// "welcomed East Timor – which gained independence in May – as
		// its newest member"
		if c := s.closingComma(n, end); c > 0 && d.toks[c].is(d.toks[n].Text) {
			n = c + 1
		}
		p := s.pastAdverbials(n, end)
		switch {
		case p+1 < end && d.toks[p].is("as"):
			// "as its 11th member", "as the 193rd member of the UN"
			r := p + 1
			if d.toks[r].is("its", "a", "the", "an") {
				r++
			}
			if r = s.memberModifiers(r, end); r < 0 || r >= end || !d.toks[r].is("member", "members") {
				return
			}
			if h, m := s.asMemberOf(p+1, end); h != nil {
				s.addMembers(h, list, si, "member/admitted-as-member", i, m)
				return
			}
			s.addMembers(g, list, si, "member/admitted-as-member", i, r+1)
		case p+1 < end && d.toks[p].is("into"):
			// "NATO welcomed Sweden into the alliance"
			if h, _, m := s.groupAt(p+1, end); h == g {
				s.addMembers(g, list, si, "member/admitted", i, m)
			}
		case d.toks[q-1].is("admitted", "admits"):
			s.addMembers(g, list, si, "member/admitted", i, n)
		}
		return
	}
	membersOf := s.membersOfBefore(i, start)
	switch q := s.membershipVerb(k, end); {
	case q > k && (membersOf || s.subjectAt(i, start)):
		k = q
	case k < end && d.toks[k].is("of", "comprising", "including") && !membersOf:
		k++
	case k < end && d.toks[k].is(":") && !membersOf && !s.coordinatedAt(i, start):
		// "The Quad: the US, India, …"; not "19 countries and the
		// European Union: A, B, …" (the list is of the whole)
		k++
	case membersOf && k < end && d.toks[k].is(":", "(", "including"):
		// "the member states of the EU (France, …)"
		k++
	case membersOf && k+1 < end && d.toks[k].is(",") && d.toks[k+1].is("including"):
		k += 2
	case membersOf && k+1 < end && d.toks[k].is("such") && d.toks[k+1].is("as"):
		k += 2
	default:
		return
	}
	// "ECOWAS comprises 15 West African states including A and B"
	k = s.listIntro(k, end)
	list, n := d.countryList(k, end)
	if len(list) >= 2 || len(list) == 1 && (membersOf || d.toks[j].is("members", "member")) {
		s.addMembers(g, list, si, "member/grouping-of", i, n)
	}
}

// signedFounding reads, after the countries that sign, "signed a charter
// (on Saturday) establishing the X", "signed an accord creating the X",
// "signed a treaty to establish the X": the grouping they found, and the
// token after it.
func (s *memberScan) signedFounding(k, end int) (*entity, int) {
	d := s.doc
	q := s.pastAdverbials(k, end)
	if q < end && d.toks[q].is("have", "has", "had") {
		q = s.pastAdverbials(q+1, end)
	}
	if q+2 >= end || !d.toks[q].is("signed", "sign", "signs") || !d.toks[q+1].is("a", "an", "the") {
		return nil, k
	}
	for p := q + 2; p < end && p < q+12; p++ {
		t := d.toks[p]
		if t.is(",", ";", ".", "and", "with") || d.mat(p) != nil && d.mat(p).kind == kGrouping {
			return nil, k
		}
		r := p
		if t.is("to") && r+1 < end {
			r++
		}
		if d.toks[r].is("creating", "establishing", "founding", "launching", "forming", "create", "establish", "found", "launch", "form") {
			if g, _, n := s.groupAt(r+1, end); g != nil {
				return g, n
			}
			return nil, k
		}
	}
	return nil, k
}

// leadersAt: the tokens from k read "leaders" or "Heads of State (and
// Government)"; it returns the token after them, else k.
func leadersAt(ts []token, k, end int) int {
	switch {
	case k < end && ts[k].is("leaders", "Leaders"):
		return k + 1
	case k+2 < end && ts[k].is("Heads", "heads") && ts[k+1].is("of") && ts[k+2].is("State", "state"):
		if k+4 < end && ts[k+3].is("and") && ts[k+4].is("Government", "government") {
			return k + 5
		}
		return k + 3
	}
	return k
}

// ofWhichMember reads the members named in a relative clause after a
// grouping at k: "(,) of which A and B are (founding) members", "(,) to
// which A belongs", "(,) which counts A and B among its members|as
// members". It returns the countries and the token after the clause.
func (s *memberScan) ofWhichMember(k, end int) ([]*entity, int) {
	d := s.doc
	if k < end && d.toks[k].is(",", "—", "–", "(") {
		k++
	}
	if k+2 >= end {
		return nil, k
	}
	switch {
	case d.toks[k].is("of") && d.toks[k+1].is("which"):
		list, n := d.countryList(k+2, end)
		if len(list) == 0 || n >= end || !d.toks[n].is("is", "are", "was", "were", "has", "have", "remains", "remain") {
			return nil, k
		}
		n++
		if n < end && d.toks[n].is("been") {
			n++
		}
		for c := 0; c < 3 && n < end && (d.toks[n].is("a", "an", "also", "both", "all", "now", "founding", "full") || s.plainAdverb(n)); c++ {
			n++
		}
		if n = s.memberModifiers(n, end); n < 0 || n >= end || !d.toks[n].is("member", "members") {
			return nil, k
		}
		n++
		if n < end && d.toks[n].is("state", "states", "country", "countries", "nation", "nations") {
			n++
		}
		return list, n
	case d.toks[k].is("to") && d.toks[k+1].is("which"):
		list, n := d.countryList(k+2, end)
		q := s.pastAdverbials(n, end)
		if len(list) == 0 || q >= end || !d.toks[q].is("belongs", "belong", "belonged") {
			return nil, k
		}
		return list, q + 1
	case d.toks[k].is("which", "that") && d.toks[k+1].is("counts", "count", "counted"):
		return s.countsAmong(k+1, end)
	case d.toks[k].is("which", "that"):
		// "the bloc which also comprises A, B and C", "the EU, which
		// includes …"
		if v := s.membershipVerb(k+1, end); v > k+1 {
			if list, n := d.countryList(s.listIntro(v, end), end); len(list) >= 2 {
				return list, n
			}
		}
	}
	return nil, k
}

// countsAmong reads "counts A and B among its members" or "counts A as a
// member" at k (the verb) and returns the countries and the token after
// the clause.
func (s *memberScan) countsAmong(k, end int) ([]*entity, int) {
	d := s.doc
	switch {
	case k+1 < end && d.toks[k].is("counts", "count", "counted"):
		// "counts A and B among its members", "counts A as a member"
		list, n := d.countryList(k+1, end)
		if len(list) == 0 || n+2 >= end {
			return nil, k
		}
		q := n + 1
		if d.toks[n].is("among") && d.toks[q].is("its", "their") {
			q++
		} else if !d.toks[n].is("as") {
			return nil, k
		}
		if q < end && d.toks[q].is("a", "its") {
			q++
		}
		if q = s.memberModifiers(q, end); q < 0 || q >= end || !d.toks[q].is("member", "members") {
			return nil, k
		}
		return list, q + 1
	}
	return nil, k
}

// closingComma is the comma that closes a short phrase opened by the
// comma at k, a relative clause or a participle that names no country or
// grouping (", founded in 2001,", ", which is based in Jakarta,"), or -1.
func (s *memberScan) closingComma(k, end int) int {
	d := s.doc
	if k >= end || !d.toks[k].is(",", "—", "–") {
		return -1
	}
	open := d.toks[k].Text
	// a relative clause may name countries: "– which broke away from
	// Indonesia –"
	rel := k+1 < end && d.toks[k+1].is("which", "who")
	for q := k + 1; q < end && q <= k+20; q++ {
		t := d.toks[q]
		if t.is(",") && d.dateComma(q) {
			continue // "which came into force on January 1, 2015,"
		}
		if t.is(open) {
			if q == k+1 {
				return -1
			}
			return q
		}
		if t.Kind == tQuote || t.is(";", ":", "(", ")", "—", "–", ",") || d.quoted[q] {
			return -1
		}
		if m := d.mat(q); m != nil && (m.kind == kCountry && !rel || m.kind == kGrouping) {
			return -1
		}
	}
	return -1
}

// listOpener: the tokens from k open a list of what the noun before them
// names: ":", a dash, "including", "like", "namely", ", including|namely",
// "such as"; it returns where the list begins, else k.
func (d *doc) listOpener(k, end int) int {
	switch {
	case k < end && d.toks[k].is(":", "—", "–", "-", "including", "like", "namely"):
		return k + 1
	case k+1 < end && d.toks[k].is(",") && d.toks[k+1].is("namely", "including"):
		return k + 2
	case k+1 < end && d.toks[k].is("such") && d.toks[k+1].is("as"):
		return k + 2
	}
	return k
}

// listIntro: at q, a noun phrase that announces the members listed after
// it: "15 West African states including A and B", "wealthy nations — A, B
// …", "six countries: A, B …". It returns where the list begins: q when a
// country stands at q, else the token after the announcing "including",
// "such as", ":" or dash, else q.
func (s *memberScan) listIntro(q, end int) int {
	d := s.doc
	if list, _ := d.countryList(q, end); len(list) > 0 {
		return q
	}
	for p := q; p < end && p < q+7; p++ {
		t := d.toks[p]
		// the phrase names the members: "… states including", not
		// "guests such as"
		head := p > q && memberNouns[d.toks[p-1].Low]
		if c := d.mat(p); head && c != nil && c.i == p && c.kind == kCountry {
			return p // "comprises founders Indonesia, Malaysia, …"
		}
		switch {
		case head && t.is("of") && d.toks[q].is("the"):
			// "groups the islands of A, B and C"
			return p + 1
		case head:
			if n := d.listOpener(p, end); n > p {
				return n
			}
			// "19 countries plus the European Union: A, B, …": the list
			// is of the countries
			if n := s.plusGrouping(p, end); n > p {
				if o := d.listOpener(n, end); o > n {
					return o
				}
			}
		}
		if m := d.mat(p); m != nil {
			// "Asian", "West African"
			if m.kind != kDemonym && m.kind != kRegion || m.i != p {
				break
			}
			p = m.j - 1
			continue
		}
		if !(isCount(t) || t.is("the", "'s", "’s") || s.describing(p)) {
			break
		}
	}
	if n := s.describedList(q, end); n > 0 {
		return n
	}
	return q
}

// plusGrouping reads "plus|and (the) GROUPING" at p, after a noun of
// members ("19 countries plus the European Union"), and returns the token
// after it, or p.
func (s *memberScan) plusGrouping(p, end int) int {
	d := s.doc
	if p+1 >= end || !d.toks[p].is("plus", "and") {
		return p
	}
	q := p + 1
	if d.toks[q].is("the") {
		q++
	}
	if m := d.mat(q); m != nil && m.i == q && m.kind == kGrouping {
		return m.j
	}
	return p
}

// describing: the word at p can stand in a noun phrase that describes a
// grouping's members: an adjective, a noun, a participle ("emerging
// economies", "oil-producing nations").
func (s *memberScan) describing(p int) bool {
	t := s.toks[p]
	if t.Kind != tWord {
		return false
	}
	tag := s.tag(p)
	return tag == pos.ADJ || tag == pos.NOUN || tag == pos.PROPN && t.capitalised() ||
		!t.capitalised() && (strings.HasSuffix(t.Low, "ing") || strings.HasSuffix(t.Low, "ed"))
}

// describedBy reads "of" and a noun phrase that describes the members
// without naming them at k ("of emerging economies", "of major oil
// producers") and returns the token after it, or k.
func (s *memberScan) describedBy(k, end int) int {
	d := s.doc
	if k >= end || !d.toks[k].is("of") {
		return k
	}
	q := k + 1
	// (not "comprising", which opens the list: "of emerging economies
	// comprising A, B, …")
	for n := 0; n < 5 && q < end && d.mat(q) == nil && s.describing(q) && !d.toks[q].is("comprising", "consisting", "including"); n++ {
		q++
	}
	if q == k+1 || q > k+1 && !memberNouns[d.toks[q-1].Low] && d.tag(q-1) != pos.NOUN {
		return k
	}
	return q
}

// subjectAt: the grouping at i can be the subject of the verb after it,
// for nothing but "the" and a size stands between it and the start of the
// sentence or a clause ("Guests at the G7 are India and …" names no
// members).
func (s *memberScan) subjectAt(i, start int) bool {
	b := i - 1
	// "the 10-member Southeast Asian bloc includes …"
	for b >= start && (s.toks[b].is("the", "The") || sizeWord(s.toks[b]) || s.mat(i) == nil && s.describesBloc(b)) {
		b--
	}
	return b < start || s.toks[b].is(",", ";", ":", "—", "–", "-", "(", "and", "but", "while", "that", "whereas") || s.toks[b].Kind == tQuote
}

// openingGrouping is the grouping sentence si opens with as its subject
// ("The Pacific Islands Forum is …"), or nil.
func (s *memberScan) openingGrouping(si int) *entity {
	if si < 0 {
		return nil
	}
	start, end := s.bounds(si)
	for _, m := range s.gm {
		if m.i >= start && m.i < end {
			if m.i < start+4 && s.subjectAt(m.i, start) {
				return s.entityFor(m)
			}
			return nil
		}
	}
	return nil
}

// coordinatedAt: the grouping at i follows "and" or "or" (past "the" and a
// size), the last of a coordination.
func (s *memberScan) coordinatedAt(i, start int) bool {
	b := i - 1
	for b >= start && (s.toks[b].is("the", "The") || sizeWord(s.toks[b])) {
		b--
	}
	return b >= start && s.toks[b].is("and", "or", "plus")
}

// membershipVerb reads, at k after a grouping, a verb whose object is its
// members ("include", "is made up of", "brings together", "has 16
// members:"), and returns the token after it, or k.
func (s *memberScan) membershipVerb(k, end int) int {
	d := s.doc
	// "now has", "currently includes", "on Thursday admitted"
	q := s.pastAdverbials(k, end)
	if q < end && d.toks[q].is("also") {
		q++
	}
	// "has always comprised", "has since included"; "was originally
	// made up of"
	if q+1 < end && d.toks[q].is("has", "have", "had") {
		if r := s.pastAdverbials(q+1, end); r+1 < end && d.toks[r].is("comprised", "included", "grouped") {
			if list, _ := d.countryList(r+1, end); len(list) > 0 {
				return r + 1
			}
		}
	}
	if q+1 < end && d.toks[q].is("is", "was") {
		if r := s.pastAdverbials(q+1, end); r > q+1 && r+1 < end && d.toks[r].is("made", "composed", "comprised") && d.toks[r+1].is("of", "up") {
			r += 2
			if r < end && d.toks[r-1].is("up") && d.toks[r].is("of") {
				r++
			}
			return r
		}
	}
	switch {
	case q >= end:
	case q < end && d.toks[q].is("are", "include", "includes", "included", "were", "comprise", "comprises", "groups", "unites"):
		return q + 1
	case q+1 < end && d.toks[q].is("brings", "brought") && d.toks[q+1].is("together"):
		return q + 2
	case q+1 < end && d.toks[q].is("stands", "stand") && d.toks[q+1].is("for"):
		// "BRICS, which stands for Brazil, Russia, …": its letters
		return q + 2
	case q+2 < end && d.toks[q].is("is", "was") && d.toks[q+1].is("composed") && d.toks[q+2].is("of"):
		// "The Council is composed of five permanent members: A, B, …"
		return q + 3
	case q+1 < end && d.toks[q].is("consists", "consisted") && d.toks[q+1].is("of"):
		return q + 2
	case d.toks[q].is("expanded", "expands", "enlarged", "grew"):
		// "BRICS expanded in 2024 to include A, B, …"
		if r := s.pastAdverbials(q+1, end); r+1 < end && d.toks[r].is("to") && d.toks[r+1].is("include", "take") {
			if d.toks[r+1].is("include") {
				return r + 2
			}
			if r+2 < end && d.toks[r+2].is("in") {
				return r + 3 // "grew to take in A and B"
			}
		}
	case d.toks[q].is("was", "founded", "co-founded", "established", "set", "created", "formed", "launched"):
		// "Mercosur, founded by A, B, C and D", "the SCO was set up in
		// 2001 by A, B and C"
		if n := s.foundedBy(q, end); n > 0 {
			return n
		}
	case q+1 < end && d.toks[q].is("consisting", "made", "composed", "comprised") && d.toks[q+1].is("of", "up"):
		q += 2
		if q < end && d.toks[q-1].is("up") && d.toks[q].is("of") {
			q++
		}
		return q
	case q+2 < end && d.toks[q].is("is", "was") && d.toks[q+1].is("made", "composed", "comprised") && d.toks[q+2].is("of", "up"):
		q += 3
		if q < end && d.toks[q-1].is("up") && d.toks[q].is("of") {
			q++
		}
		return q
	case q+1 < end && d.toks[q].is("comprised"):
		// "BRICS, which originally comprised A, B, C and D"
		if list, _ := d.countryList(q+1, end); len(list) > 0 {
			return q + 1
		}
	case q+2 < end && d.toks[q].is("has", "had") && (isCount(d.toks[q+1]) && memberNouns[d.toks[q+2].Low]):
		// "ASEAN has 10 members: …", "… 10 member states, including …"
		q += 3
		if q < end && d.toks[q-1].is("member") && memberNouns[d.toks[q].Low] {
			q++
		}
		if q < end && d.toks[q].is(":", "—", "–", "-", "including", "namely") {
			return q + 1
		}
		if q+1 < end && d.toks[q].is(",") && d.toks[q+1].is("including", "namely") {
			return q + 2
		}
	}
	return k
}

// andMembershipVerb reads, at k after a grouping that is the subject, a
// short predicate that names no country or grouping and "and" a second
// one whose verb is one of membership ("was founded in 2001 and includes
// …", "was created in 2014 to fight terrorism and was then made up of
// …"). It returns the token after the verb, or k.
func (s *memberScan) andMembershipVerb(k, end int) int {
	d := s.doc
	if k >= end || s.tag(k) != pos.VERB && s.tag(k) != pos.AUX {
		return k
	}
	for p := k + 1; p+1 < end && p < k+16; p++ {
		t := d.toks[p]
		if m := d.mat(p); m != nil && (m.kind == kCountry || m.kind == kGrouping) {
			return k
		}
		if t.is(";", ":", "(", "—", "–", "which", "that", "who", "whose") || t.is(",") && !d.toks[p+1].is("and") {
			return k
		}
		if !t.is("and") {
			continue
		}
		// "and were …" has another subject in view
		if d.toks[p+1].is("are", "were") {
			return k
		}
		if q := s.membershipVerb(p+1, end); q > p+1 {
			return q
		}
		return k
	}
	return k
}

// foundedBy reads "(was) founded|co-founded|established|set up|created|
// formed|launched (in 2001|in Shanghai|on 15 June 2001) by" at q and
// returns the token after "by", or -1: the founders named after it are
// founding members.
func (s *memberScan) foundedBy(q, end int) int {
	d := s.doc
	if q < end && d.toks[q].is("was") {
		q++
	}
	switch {
	case q < end && d.toks[q].is("founded", "co-founded", "cofounded", "established", "created", "formed", "launched"):
		q++
	case q+1 < end && d.toks[q].is("set") && d.toks[q+1].is("up"):
		q += 2
	default:
		return -1
	}
	// a short phrase of time or place: "in 2001", "in Shanghai in 2001",
	// "on August 8, 1967 in Bangkok"
	for n := 0; n < 9 && q < end; n++ {
		t := d.toks[q]
		if t.is(",") && d.dateComma(q) {
			q++
			continue
		}
		// "by A, B and C", "with A, B and C (as its founding members)"
		if t.is("by", "with") {
			return q + 1
		}
		if !(t.is("in", "on", "at", "the") || t.Kind == tNum || t.Kind == tWord && t.capitalised()) {
			return -1
		}
		if m := d.mat(q); m != nil && m.kind == kCountry {
			return -1 // "founded in India by …": not a list of founders
		}
		q++
	}
	return -1
}

// afterGroupingComma reads an apposition or relative clause after "X," at
// k: "the Quad, comprising A, B, C and D"; "the G7, whose members are …";
// "BRICS, which groups …"; "the Quad, a grouping of A, B, C and D".
func (s *memberScan) afterGroupingComma(si int, g *entity, i, k, end int, bare bool) bool {
	d := s.doc
	start, _ := d.bounds(si)
	q := k
	rule := "member/grouping-comprising"
	// "BRICS, now comprising …", "the bloc, originally made up of …"
	if q+1 < end && s.plainAdverb(q) && composedWord(d.toks[q+1]) {
		q++
	}
	switch {
	case !bare && q+1 < end && (composedWord(d.toks[q]) || d.toks[q].is("bringing")) && (d.toks[q].is("comprising") || d.toks[q+1].is("of", "up", "together")):
		// "The BRICS grouping, made up of A, B and C, …"
		q++
		for q < end && d.toks[q].is("of", "up", "together") {
			q++
		}
	case !bare:
		// "the Quad grouping, …": only the relative clauses below
		if !d.toks[q].is("which", "that", "whose") {
			return false
		}
		fallthrough
	case d.toks[q].is("which", "that"):
		if d.toks[q].is("which", "that") {
			q++
			if n := s.membershipVerb(q, end); n > q {
				q = s.listIntro(n, end)
				rule = "member/grouping-which-includes"
				break
			}
		}
		if q >= end || !d.toks[q].is("whose") {
			return false
		}
		fallthrough
	case d.toks[q].is("whose"):
		// "whose (16) (founding) members are|include"
		q++
		if q < end && isCount(d.toks[q]) {
			q++
		}
		if q < end && d.toks[q].is("founding", "original", "full", "permanent") {
			q++
		}
		if q < end && d.toks[q].is("member") && q+1 < end && memberNouns[d.toks[q+1].Low] {
			q++
		}
		if q+1 < end && memberNouns[d.toks[q].Low] && listingVerb(d.toks[q+1]) {
			q += 2
			rule = "member/grouping-whose-members"
		} else {
			return false
		}
	case d.toks[q].is("comprising") || d.toks[q].is("grouping", "including") && s.mat(i) != nil && !s.coordinatedAt(i, start):
		// after a grouping referred back to ("the bloc, including A
		// and B"), "including" may list parties to something else; after
		// one joined to others ("19 countries plus the EU, including A
		// and B"), it lists the whole
		q++
	case q+1 < end && d.toks[q].is("consisting", "composed", "comprised", "made", "formed") && d.toks[q+1].is("of", "up", "by"):
		q += 2
		if q < end && d.toks[q-1].is("up") && d.toks[q].is("of") {
			q++
		}
	case q+1 < end && d.toks[q].is("bringing") && d.toks[q+1].is("together"):
		q += 2
	case s.foundedBy(q, end) > 0:
		// "Mercosur, founded by A, B, C and D in 1991,", "the SCO,
		// established in 2001 by A, B and C,"
		q = s.foundedBy(q, end)
		rule = "member/grouping-founded-by"
	case q+1 < end && d.toks[q].is("a", "an", "the") && !d.countryAt(q+1):
		// "the Quad, a (loose|regional) grouping of A, B, C and D"; not
		// "the G7 - the US, Japan, …" (a list, read below)
		rule = "member/grouping-a-bloc-of"
		if q = s.definition(q, end, s.mat(i) == nil); q < 0 {
			return false
		}
	default:
		// "The EU, France and Germany pledged": a list of donors, not
		// the EU's members; but "BRICS — Brazil, Russia, India, China
		// and South Africa —" is the grouping's whole membership
		if !bare || g.grouping == nil {
			return false
		}
		list, n := d.countryList(q, end)
		if len(list) >= 3 && sameSet(g.grouping.Members, list) && (n >= end || d.toks[n].is(",", "—", "–", "-", ")", ".", ";")) {
			s.addMembers(g, list, si, "member/grouping-apposed-list", i, n)
			return true
		}
		return false
	}
	// "ECOWAS, comprising 15 countries including A, B and C"; "the
	// Commonwealth, the 54-member grouping including Britain and most of
	// its former colonies": one country "including" names is a member too
	q = s.listIntro(q, end)
	if list, n := d.countryList(q, end); len(list) >= 2 || len(list) == 1 && rule != "member/grouping-comprising" && d.toks[q-1].is("including", "includes") && (n >= end || d.toks[n].is(",", "and", ".", ";", ")")) {
		s.addMembers(g, list, si, rule, i, n)
		return true
	}
	return false
}

// clauseAfterNoun reads the members after a noun phrase that stands for
// the grouping at i ("the BRICS nations", "the G7 group of rich
// democracies"), at k: an apposition or relative clause, with or without
// its comma or dash (", comprising A, B and C", "which comprises …",
// "— made up of …"). It reports whether one was read.
func (s *memberScan) clauseAfterNoun(si int, g *entity, i, k, end int) bool {
	d := s.doc
	if k >= end {
		return false
	}
	q := k
	if d.toks[q].is(",", "—", "–", "-") {
		q++
	}
	if q+1 >= end || !(composedWord(d.toks[q]) || d.toks[q].is("which", "that", "whose")) && !(s.plainAdverb(q) && d.toks[q+1].is("comprising")) {
		return false
	}
	return s.afterGroupingComma(si, g, i, q, end, false)
}

// sameGroupingAfter reads another name of the grouping g at k, "(IGAD)"
// or ", also known as the Quadrilateral Security Dialogue,", and returns
// the token after it, or k.
func (s *memberScan) sameGroupingAfter(g *entity, k, end int) int {
	d := s.doc
	if k+2 < end && d.toks[k].is("(") {
		if h, _, n := s.groupAt(k+1, end); h == g && n < end && d.toks[n].is(")") {
			return n + 1
		}
		return k
	}
	if k+3 < end && d.toks[k].is(",") {
		q := k + 1
		if d.toks[q].is("also", "officially", "formally") {
			q++
		}
		if q+1 < end && d.toks[q].is("known") && d.toks[q+1].is("as") {
			if h, _, n := s.groupAt(q+2, end); h == g && n < end && d.toks[n].is(",") {
				return n + 1
			}
		}
	}
	return k
}

// definition reads a noun phrase that defines a grouping by its members,
// at q: "(a|an|the) (informal strategic) grouping|bloc|forum|dialogue
// of|between|comprising|made up of (the) (four democracies:)", and returns
// the token where the list of members begins, or -1. After a grouping
// referred back to ("the bloc"), "including" may list parties to
// something else and is not read.
func (s *memberScan) definition(q, end int, ref bool) int {
	d := s.doc
	if q >= end || !d.toks[q].is("a", "an", "the") {
		return -1
	}
	q++
	// "a Eurasian political, economic and security alliance of …"
	for n := 0; n < 8 && q < end && !blocNouns[d.toks[q].Low] &&
		!d.toks[q].is("dialogue", "arrangement", "framework", "acronym", "of", "for", "between", "among"); n++ {
		t := d.toks[q]
		// "a trade bloc", "a security alliance": a topic word describes it
		if m := d.mat(q); m != nil {
			if m.i != q || m.kind != kDemonym && m.kind != kRegion && m.kind != kTopic {
				break
			}
			q = m.j
			continue
		}
		if t.Kind != tWord && !(n > 0 && t.is(",")) {
			break
		}
		q++
	}
	if q >= end {
		return -1
	}
	acronym := d.toks[q].is("acronym")
	if !blocNouns[d.toks[q].Low] && !d.toks[q].is("dialogue", "arrangement", "framework", "acronym") {
		return -1
	}
	q++
	switch {
	case q >= end:
		return -1
	case acronym:
		if !d.toks[q].is("for") {
			return -1
		}
		q++
	case d.toks[q].is("of", "between", "among", "amongst", "comprising", "uniting", "linking", "grouping"):
		q++
	case d.toks[q].is("including") && !ref:
		q++
	case q+1 < end && d.toks[q].is("made", "consisting", "composed", "comprised", "formed") && d.toks[q+1].is("of", "up", "by"):
		q += 2
		if q < end && d.toks[q-1].is("up") && d.toks[q].is("of") {
			q++
		}
	case q+1 < end && d.toks[q].is("bringing") && d.toks[q+1].is("together"):
		q += 2
	case s.foundedBy(q, end) > 0:
		// "a bloc founded in 1991 by A, B, C and D"
		q = s.foundedBy(q, end)
	case q+1 < end && d.toks[q].is("that", "which"):
		if n := s.membershipVerb(q+1, end); n > q+1 {
			q = n
		} else {
			return -1
		}
	default:
		return -1
	}
	// "of four democracies — India, …", "of the world's major economies,
	// including …"
	p := q
	for n := 0; n < 6 && p < end; n++ {
		if m := d.mat(p); m != nil && m.i == p && m.kind == kCountry {
			break
		}
		t := d.toks[p]
		if t.is(":", "—", "–", "-", "(") {
			return p + 1
		}
		// "of emerging economies comprising A, B, …"
		if t.is("comprising", "namely") && p > q && memberNouns[d.toks[p-1].Low] {
			return p + 1
		}
		if t.is("including") && !ref || t.is("such") && p+1 < end && d.toks[p+1].is("as") {
			if t.is("such") {
				p++
			}
			return p + 1
		}
		// "of 56 independent countries, including …"
		if t.is(",") && p > q && p+1 < end && memberNouns[d.toks[p-1].Low] && (d.toks[p+1].is("including") && !ref || d.toks[p+1].is("namely")) {
			return p + 2
		}
		// "of five Sahel countries —", "of 15 West African states,"; "of
		// 19 countries plus the European Union:" (the list is of the
		// countries)
		if m := d.mat(p); m != nil && m.i == p && (m.kind == kDemonym || m.kind == kRegion) {
			p = m.j
			continue
		}
		if n := s.plusGrouping(p, end); n > p && p > q && memberNouns[d.toks[p-1].Low] {
			p = n
			continue
		}
		if !(t.is("the", "'s", "’s") || isCount(t) || t.Kind == tWord && d.mat(p) == nil && (!t.capitalised() || s.describesBloc(p))) {
			break
		}
		p++
	}
	if n := s.describedList(q, end); n > 0 {
		return n
	}
	return q
}

// describedList reads, at q, members counted and described at length
// before the list that names them: "seven member states lying in the
// littoral and adjacent areas of the Bay of Bengal – A, B, …", "15
// countries in the region: A, B, …". It returns where the list begins, or
// -1. The count and the noun of members must open the phrase, and the
// list name two countries or more.
func (s *memberScan) describedList(q, end int) int {
	d := s.doc
	p := q
	if p < end && d.toks[p].is("the") {
		p++
	}
	if p >= end || !isCount(d.toks[p]) {
		return -1
	}
	p++
	for n := 0; n < 3 && p < end && !memberNouns[d.toks[p].Low]; n++ {
		p++
	}
	if p >= end || !memberNouns[d.toks[p].Low] {
		return -1
	}
	for n := 0; n < 20 && p < end; n, p = n+1, p+1 {
		t := d.toks[p]
		if t.is(";", ".", "(", ")") || d.quoted[p] {
			return -1
		}
		if m := d.mat(p); m != nil && m.i == p && m.kind == kCountry {
			return -1 // a country inside the description: no list after it
		}
		if t.is(":", "—", "–", "-") && p+1 < end {
			if list, _ := d.countryList(p+1, end); len(list) >= 2 {
				return p + 1
			}
			return -1
		}
	}
	return -1
}

// membersOfBefore: "the (N) members|member states of" stands before the
// grouping at i ("The members of the G7 are …").
func (s *memberScan) membersOfBefore(i, start int) bool {
	d := s.doc
	b := i - 1
	for b >= start && (d.toks[b].is("the") || sizeWord(d.toks[b])) {
		b--
	}
	if b-1 < start || !d.toks[b].is("of") || !memberNouns[d.toks[b-1].Low] {
		return false
	}
	// "the member states of", "the members of", "Member states of"; not
	// "the states of"
	w := d.toks[b-1].Low
	return w == "members" || w == "member" || b-2 >= start && d.toks[b-2].Low == "member"
}

// qualifiedList: the countries after "the QUALIFIER members of GROUPING,"
// (the grouping at i) spell out the members the qualifier picks out, though
// the list runs on to a preposition or the sentence's end ("invited the
// European members of the Security Council, A, B and C to talks", "the five
// permanent members of the Council, A, B, C, D and E."); a count must be
// the list's length, and a grouping whose members the lexicon knows must
// have them all. Without a qualifier the list may be of other parties
// ("the members of the EU, Britain and Norway to talks").
func (s *memberScan) qualifiedList(g *entity, i int, list []*entity, n, end int) bool {
	d := s.doc
	if n < end && !d.toks[n].is(".", ";", "to", "for", "at", "in", "on", "about", "over") {
		return false
	}
	b := i - 1
	for b >= 0 && (d.toks[b].is("the") || sizeWord(d.toks[b])) {
		b--
	}
	b -= 2 // past "members of"
	if b >= 0 && d.toks[b].is("member") && memberNouns[d.toks[b+1].Low] {
		b-- // "member states of"
	}
	if b < 0 {
		return false
	}
	switch m := d.mat(b); {
	case m != nil && m.j == b+1 && (m.kind == kDemonym || m.kind == kRegion), m == nil && d.toks[b].capitalised() && d.toks[b].Kind == tWord:
		// "the European members", "the Nordic members"
	case d.toks[b].is("permanent", "non-permanent", "elected", "founding", "original", "current"):
		if c := countOf(d.toks[max(b-1, 0)]); b > 0 && c >= 0 && c != len(list) {
			return false
		}
	case isCount(d.toks[b]):
		if countOf(d.toks[b]) != len(list) {
			return false
		}
	default:
		return false
	}
	if g.grouping != nil && len(g.grouping.Members) > 0 {
		for _, c := range list {
			if !inMembers(g, c) {
				return false
			}
		}
	}
	return true
}

// membersNamed reads the countries after "GROUPING member(s)|allies|
// countries|partners" at k ("NATO allies Turkey and Hungary", "EU member
// states (France, Italy)", "ASEAN countries such as Vietnam", "the Quad
// countries — India, …", "the bloc's members, A and B,"); noun is the
// member noun.
func (s *memberScan) membersNamed(g *entity, noun, k, end int, poss bool) ([]*entity, int) {
	d := s.doc
	partners := d.toks[noun].is("partners")
	closing := ""
	switch {
	case k >= end:
		return nil, k
	case d.toks[k].is(":", "—", "–", "-"):
		k++
	case d.toks[k].is("("):
		k++
		closing = ")"
	case partners:
		// "Quad partners Japan and Australia"; "dialogue partners such
		// as …" are no members
	case d.toks[k].is("of") && d.toks[noun].is("countries", "nations", "members", "states"):
		// "the Quad countries of A, B, C and D"; not "a NATO ally of
		// the US"
		k++
		closing = "2"
	case d.toks[k].is("including", "like", "are", "include", "includes", "were", "comprise", "comprised"):
		k++
	case k+1 < end && d.toks[k].is("such") && d.toks[k+1].is("as"):
		k += 2
	case k+1 < end && d.toks[k].is(",") && d.toks[k+1].is("including", "namely"):
		k += 2
	case d.toks[k].is("namely"):
		// "nine ASEAN member states, namely Brunei, …"
		k++
	case d.toks[k].is(","):
		// "the bloc's members, A and B, …"; "the Quad countries,
		// Australia, India, Japan and the US, …" (the grouping's whole
		// membership: not a list of others)
		k++
		closing = ","
		if !poss {
			closing = ",="
		}
	}
	list, n := d.countryList(k, end)
	if len(list) == 0 {
		return nil, k
	}
	switch closing {
	case "2":
		if len(list) < 2 {
			return nil, k
		}
	case ")":
		if n >= end || !d.toks[n].is(")") {
			return nil, k
		}
	case ",", ",=":
		if n < end && !d.toks[n].is(",", "—", "–", "-", ".", ";") {
			return nil, k
		}
		// "The newest UN member, South Sudan, …": one country after a
		// singular noun is the member the noun speaks of
		one := len(list) == 1 && d.toks[noun].is("member", "state", "country", "nation", "ally") && n < end && !d.toks[n].is("-")
		if closing == ",=" && !one && (g.grouping == nil || !sameSet(g.grouping.Members, list)) {
			return nil, k
		}
	}
	return list, n
}

// fellowOf is the country before "(its) fellow GROUPING members" at i:
// "Mali and fellow ECOWAS members …", "Mali's neighbours and fellow ECOWAS
// members …".
func (s *memberScan) fellowOf(i, start int) *entity {
	d := s.doc
	b := i - 1
	if b < start || !d.toks[b].is("fellow", "other") {
		return nil
	}
	b--
	if b >= start && d.toks[b].is("its", "their", "the") {
		b--
	}
	// "India, along with fellow Quad members …", "India, like other SCO
	// members, …"
	if b-1 >= start && d.toks[b].is("with") && d.toks[b-1].is("along", "together") || b >= start && d.toks[b].is("like") {
		if d.toks[b].is("with") {
			b--
		}
		b--
		if b >= start && d.toks[b].is(",") {
			b--
		}
		b++ // (as after "and")
	} else if b < start || !d.toks[b].is("and", "joined") {
		return nil
	}
	b--
	if m := d.mat(b); b >= start && m != nil && m.j == b+1 && m.kind == kCountry {
		return d.entityFor(m)
	}
	// "Mali's neighbours and fellow …"
	if b-2 >= start && d.toks[b].Kind == tWord && !d.toks[b].capitalised() && d.toks[b-1].is("'s", "’s") {
		if m := d.mat(b - 2); m != nil && m.j == b-1 && m.kind == kCountry {
			return d.entityFor(m)
		}
	}
	return nil
}

// fellowSubject is the subject of the clause in which "fellow" stands
// right before the grouping at i ("Greece sent tents to fellow NATO member
// Turkey": Greece is a member too), or nil.
func (s *memberScan) fellowSubject(i, start, end int) []*entity {
	if i-1 <= start || !s.toks[i-1].is("fellow") {
		return nil
	}
	return s.clauseSubject(i-1, i, start, end)
}

// possessorFellow is, for "his|her|their fellow GROUPING …" (the grouping
// at i), the country whose office the person named last before it in the
// sentence holds ("Chancellor X is set to host her fellow G7 countries"),
// or nil; not one the sentence names after "fellow" (the fellows are
// others).
func (s *memberScan) possessorFellow(i, start, end int) *entity {
	d := s.doc
	if i-2 <= start || !d.toks[i-1].is("fellow") || !d.toks[i-2].is("his", "her", "their") {
		return nil
	}
	var c *entity
	for q := i - 3; q >= start && c == nil; q-- {
		if d.quoted[q] || d.toks[q].is(";", ":") || d.toks[q].Kind == tQuote {
			return nil
		}
		if m := d.mat(q); m != nil && m.kind == kPerson {
			if c = s.officeNation(m.ent); c == nil {
				return nil
			}
		}
	}
	for q := i; q < end && c != nil; q++ {
		if m := d.mat(q); m != nil && m.i == q && m.kind == kCountry && d.entityFor(m) == c {
			return nil
		}
	}
	return c
}

// officeNation is the country the text gives p, when p holds an office of
// it ("Syrian President X", "Prime Minister X" of Italy), or nil.
func (s *memberScan) officeNation(p *entity) *entity {
	if p == nil || p.nation == "" || !s.holdsIn(p, p.nation) {
		return nil
	}
	if _, ok := s.x.lex.Grouping(p.nation); ok {
		return nil
	}
	return s.countryEntity(p.nation)
}

// whoseCountry reads "PERSON, whose country|nation" at k (the "whose"), as
// in "President X, whose country joined the bloc in 2009,": the country
// whose office the person holds.
func (s *memberScan) whoseCountry(k, start, end int) *entity {
	d := s.doc
	if k+1 >= end || !d.toks[k+1].is("country", "nation") {
		return nil
	}
	b := k - 1
	if b > start && d.toks[b].is(",") {
		b--
	}
	if m := d.mat(b); b >= start && m != nil && m.j == b+1 && m.kind == kPerson {
		return s.officeNation(m.ent)
	}
	return nil
}

// withdrewCountry reads "withdrew COUNTRY from GROUPING", "pulled COUNTRY
// out of GROUPING" at k (the verb), where "the|his|her country" is the
// country the text gives the person named last before the verb ("Then
// President X withdrew the country from the bloc"); it returns the country,
// the grouping and the token after it.
func (s *memberScan) withdrewCountry(k, start, end int) (*entity, *entity, int) {
	d := s.doc
	q := k + 1
	var c *entity
	if m := d.mat(q); q < end && m != nil && m.i == q && m.kind == kCountry {
		c, q = d.entityFor(m), m.j
	} else if q+1 < end && d.toks[q].is("the", "his", "her") && d.toks[q+1].is("country", "nation") {
		for b := k - 1; b >= start && b >= k-12 && c == nil; b-- {
			p := d.mat(b)
			if p == nil || p.kind != kPerson || p.ent == nil {
				continue
			}
			nation := p.ent.nation
			// "Then Zimbabwean President X": a former holder's country
			for q := p.i - 1; nation == "" && q >= start && q >= p.i-4; q-- {
				if t := d.mat(q); t != nil && t.i == q && (t.kind == kCountry || t.kind == kDemonym) {
					nation = d.jurisdictionOf(t)
				}
			}
			if _, ok := s.x.lex.Grouping(nation); ok || nation == "" {
				return nil, nil, 0
			}
			c = s.countryEntity(nation)
		}
		q += 2
	}
	if c == nil || q+1 >= end {
		return nil, nil, 0
	}
	switch {
	case d.toks[k].is("withdrew") && d.toks[q].is("from"):
		q++
	case d.toks[k].is("pulled") && q+2 < end && d.toks[q].is("out") && d.toks[q+1].is("of"):
		q += 2
	default:
		return nil, nil, 0
	}
	g, _, n := s.groupAt(q, end)
	if g == nil || n < end && !exitEnd(d.toks[n]) {
		return nil, nil, 0
	}
	return c, g, n
}

// memberApposition reads ", (a|an|fellow) GROUPING member|ally (state) ,"
// after a country ("Turkey, a NATO ally, sent …"), and ", (the) (two)
// GROUPING members|countries|… ," after a list of them ("Japan and India,
// the Quad partners, …", "A and B — both APEC members —").
func (s *memberScan) memberApposition(k, end int, one bool) (g *entity, next int) {
	partner, at := false, k
	defer func() {
		if partner && g != nil && !inMembers(g, s.countryBefore(at)) {
			g, next = nil, 0
		}
	}()
	d := s.doc
	if k >= end || !d.toks[k].is(",", "—", "–", "-", "(") {
		return nil, 0
	}
	k++
	if k < end && d.toks[k].is("a", "an", "the", "fellow", "both", "all", "its", "their") {
		k++
	} else if m := d.mat(k); m != nil && m.i == k && m.kind == kCountry && m.j < end && d.toks[m.j].is("'s", "’s") {
		k = m.j + 1 // "Japan, India's Quad partner,"
	}
	if k < end && isCount(d.toks[k]) && !one {
		k++
	}
	if k < end && d.toks[k].is("fellow", "founding", "full") {
		k++
	}
	// "Slovenia, the first former Yugoslav republic to have joined the
	// bloc,": a former republic, a member now; not "the next country to
	// join"
	for q := k; q < end && q < k+5 && d.toks[q].Kind == tWord && !d.toks[q].is("next"); q++ {
		if g, n := s.toJoin(q, end); g != nil && (n >= end || d.toks[n].is(",", ")", "—", "–", ".", ";", "in", "since", "after")) {
			return g, n
		}
	}
	// "Turkey, a longtime NATO member,"
	if k = s.memberModifiers(k, end); k < 0 {
		return nil, 0
	}
	the := k < end && d.toks[k].is("the")
	g, _, n := s.groupAt(k, end)
	if g == nil {
		return nil, 0
	}
	k = n
	// "Poland, an EU and NATO member,"
	also, k := s.coordinated(k, end)
	// "Turkey, NATO's only Muslim-majority member,"; "France and
	// Germany, the EU's two largest members,"
	if k < end && d.toks[k].is("'s", "’s") && also == nil {
		k++
		if k < end && isCount(d.toks[k]) && !one {
			k++
		}
		if k = s.memberModifiers(k, end); k < 0 {
			return nil, 0
		}
		the = false
	}
	switch {
	case k+1 < end && d.toks[k].is("member") && d.toks[k+1].is("states", "countries", "nations") && !one:
		// "Finland and Sweden, (two) EU member states,"
		k++
	case k < end && d.toks[k].is("member", "ally") && !the && one:
	case k < end && d.toks[k].is("partner") && !the && one:
		// "Japan, a Quad partner,": partners are members only of a
		// grouping that has no partners outside (the caller checks
		// the lexicon's members); not "an ASEAN dialogue partner"
		partner = true
	case k < end && d.toks[k].is("members", "allies", "countries", "nations", "partners", "states") && !one:
	default:
		return nil, 0
	}
	k++
	if k < end && d.toks[k].is("state", "country", "nation", "states", "countries", "nations") {
		k++
	}
	if k < end && !d.toks[k].is(",", ")", "—", "–", "-", ".", "and", ";", "since") {
		return nil, 0
	}
	s.also = also
	return g, k
}

// countryBefore is the country that ends at k, or nil.
func (s *memberScan) countryBefore(k int) *entity {
	if m := s.mat(k - 1); k > 0 && m != nil && m.j == k && m.kind == kCountry {
		return s.entityFor(m)
	}
	return nil
}

// lastCountryBefore is the country named last before k in its sentence,
// at most twelve tokens back and with no quote between, or nil.
func (s *memberScan) lastCountryBefore(k, start int) *entity {
	for q := k - 1; q >= start && q >= k-12; q-- {
		if s.quoted[q] || s.toks[q].Kind == tQuote {
			return nil
		}
		if m := s.mat(q); m != nil && m.j == q+1 {
			if m.kind == kCountry {
				return s.entityFor(m)
			}
			q = m.i
		}
	}
	return nil
}

// inMembers: the lexicon lists c among g's members.
func inMembers(g, c *entity) bool {
	if c == nil || g.grouping == nil {
		return false
	}
	for _, code := range g.grouping.Members {
		if code == c.code {
			return true
		}
	}
	return false
}

// knownAs reads ", (together|collectively) known as (the) GROUPING", ", a
// group of emerging economies known as GROUPING", ", (together) forming
// (the) GROUPING" or ", (the countries) comprising|making up GROUPING"
// after a list of countries.
func (s *memberScan) knownAs(k, end int) (*entity, int) {
	d := s.doc
	if k >= end || !d.toks[k].is(",", "(", "—", "–", "-") {
		return nil, 0
	}
	k++
	if k < end && d.toks[k].is("together", "collectively", "jointly", "also") {
		k++
	}
	// "— a group of major emerging economies known as BRICS —", "the
	// countries comprising BRICS": a noun phrase in lower case before it
	if k < end && d.toks[k].is("a", "the") {
		q := k + 1
		for q < end && q < k+9 && d.toks[q].Kind == tWord && !d.toks[q].capitalised() && d.mat(q) == nil && !d.toks[q].is("known", "dubbed", "called", "comprising", "forming", "making") {
			q++
		}
		if q > k+1 && q < end && d.toks[q].is("known", "dubbed", "called", "comprising", "forming", "making") {
			k = q
		}
	}
	makeUp := false
	switch {
	case k+1 < end && d.toks[k].is("known") && d.toks[k+1].is("as"):
		k += 2
	case k < end && d.toks[k].is("forming", "dubbed", "called"):
		k++
	case k < end && d.toks[k].is("comprising", "constituting"):
		k, makeUp = k+1, true
	case k+1 < end && d.toks[k].is("making") && d.toks[k+1].is("up"):
		k, makeUp = k+2, true
	default:
		return nil, 0
	}
	g, _, n := s.groupAt(k, end)
	// "comprising the BRICS bloc," but not "making up the EU's budget",
	// "comprising the bulk of …"
	if makeUp && g != nil {
		n = s.blocHead(n, end)
	}
	if makeUp && n < end && !d.toks[n].is(",", ".", ";", ")", "—", "–", "-", "and", "in", "on", "at") {
		return nil, 0
	}
	return g, n
}

// tiedList reads a grouping tied to the list before k: "A, B, C and D of
// the Quad", "A, B, C and D (the Quad)", "A, B, C and D — the Quad —". The
// tie alone is weak: the caller also wants the list to be the grouping's
// whole membership in the lexicon.
func (s *memberScan) tiedList(k, end int) (*entity, int) {
	d := s.doc
	if k >= end || !d.toks[k].is("of", "(", "—", "–", "-", ",") {
		return nil, 0
	}
	g, _, n := s.groupAt(k+1, end)
	if g == nil || g.grouping == nil || len(g.grouping.Members) == 0 {
		return nil, 0
	}
	// the grouping ends a phrase there: "of the Quad, …", not "of the
	// Quad summit"
	if n < end && !d.toks[n].is(",", ")", "—", "–", "-", ".", ";", "and", "to", "in", "on", "at", "for") && d.tag(n) != pos.VERB && d.tag(n) != pos.AUX {
		return nil, 0
	}
	return g, n
}

// joinedAfter reads "(, which)? (has)? joined|rejoined (the)? GROUPING",
// "was admitted to|into GROUPING", "became GROUPING's (31st) member" or
// "became the 31st member of GROUPING" at k.
func (s *memberScan) joinedAfter(k, end int) (*entity, int) {
	d := s.doc
	if k+1 < end && d.toks[k].is(",") && d.toks[k+1].is("which", "that") {
		k += 2
	}
	// "Finland on Tuesday officially became …"
	k = s.pastAdverbials(k, end)
	passive := false
	if k < end && d.toks[k].is("has", "have", "had", "was", "were") {
		passive = d.toks[k].is("was", "were")
		k = s.pastAdverbials(k+1, end)
	}
	if k < end && d.toks[k].is("been") {
		passive = true
		k = s.pastAdverbials(k+1, end)
	}
	if k < end && d.toks[k].is("became", "becomes", "become") && !d.futureBefore(k) {
		k = s.pastAdverbials(k+1, end)
		if g, _, n := s.groupAt(k, end); g != nil {
			for q := n; q < end && q < n+4; q++ {
				if memberWord(d.toks[q]) {
					return g, q + 1
				}
			}
			return nil, 0
		}
		// "became the 31st member (state) of NATO"
		return s.asMemberOf(k, end)
	}
	// "was granted (full) membership of|in X", "was granted full X
	// membership"; not "observer status" or "associate membership"
	if k+2 < end && d.toks[k].is("granted", "given") && passive {
		q := k + 1
		if d.toks[q].is("full") {
			q++
		}
		if q+1 < end && d.toks[q].is("membership") && d.toks[q+1].is("of", "in", "to") {
			g, _, n := s.groupAt(q+2, end)
			return g, n
		}
		if g, _, n := s.groupAt(q, end); g != nil && n < end && d.toks[n].is("membership") {
			return g, n + 1
		}
		return nil, 0
	}
	// "has been welcomed (back) into the League"
	if k+1 < end && d.toks[k].is("welcomed") && passive {
		k++
		if d.toks[k].is("back") && k+1 < end && d.toks[k+1].is("to", "into") {
			k++
		}
		if d.toks[k].is("into") || d.toks[k].is("to") && d.toks[k-1].is("back") {
			if g, _, n := s.groupAt(k+1, end); g != nil && (n >= end || d.toks[n].Kind != tWord || d.toks[n].is("after", "in", "on", "at", "since", "following", "and", "as", "last", "this", "fold")) {
				return g, n
			}
		}
		return nil, 0
	}
	if k < end && d.toks[k].is("admitted", "accepted", "readmitted", "re-admitted") && passive {
		k++
		if k < end && d.toks[k].is("to", "into") {
			g, _, n := s.groupAt(k+1, end)
			return g, n
		}
		// "was admitted as a (full) member of X", "as the 11th member of X"
		if k < end && d.toks[k].is("as") {
			return s.asMemberOf(k+1, end)
		}
		return nil, 0
	}
	// "won a seat at the United Nations", "took its non-permanent seat on
	// the Security Council"
	if k+2 < end && d.toks[k].is("won", "wins", "took", "takes", "taken", "gained", "gains", "assumed", "assumes") && !d.futureBefore(k) {
		q := k + 1
		if d.toks[q].is("a", "its", "their", "up") {
			q++
		}
		if q = s.memberModifiers(q, end); q < 0 || q+1 >= end || !d.toks[q].is("seat") || !d.toks[q+1].is("at", "in", "on") {
			return nil, 0
		}
		g, _, n := s.groupAt(q+2, end)
		if g != nil && n < end && !d.toks[n].is(",", ".", ";", "on", "in", "for", "after", "and", "as", "since", "from", "with") {
			return nil, 0 // "a seat at the UN table"
		}
		return g, n
	}
	if k < end && joinVerbs[d.toks[k].Low] {
		if d.toks[k].is("acceded") {
			if k+1 < end && d.toks[k+1].is("to") {
				k++
			} else {
				return nil, 0
			}
		}
		g, _, n := s.groupAt(k+1, end)
		if g != nil && s.asNonMember(n, end) {
			return nil, 0
		}
		return g, n
	}
	return nil, 0
}

// asNonMember reads, at k after "joined X", "as (an) observer", "as a
// guest", "as a dialogue partner", "as an associate member": a place at
// the table that is no membership (GUIDELINES §3).
func (s *memberScan) asNonMember(k, end int) bool {
	d := s.doc
	k = s.pastAdverbials(k, end)
	if k+1 >= end || !d.toks[k].is("as") {
		return false
	}
	k++
	if d.toks[k].is("a", "an", "the", "its", "their") {
		k++
	}
	k = s.memberModifiers(k, end)
	return k < 0 || k < end && d.toks[k].is("observer", "observers", "guest", "guests", "partner", "partners", "dialogue")
}

// newMembersList reads "(N) (new) members|states|countries (,)
// including|such as|namely|:" at q, the object of a verb of admitting, and
// returns the token where the countries begin, or q.
func (s *memberScan) newMembersList(q, end int) int {
	d := s.doc
	p := q
	if p < end && isCount(d.toks[p]) {
		p++
	}
	if p = s.memberModifiers(p, end); p < 0 || p+1 >= end || !memberNouns[d.toks[p].Low] || d.toks[p].is("economy", "economies") {
		return q
	}
	p++
	if p+1 < end && d.toks[p].is(",", "—", "–") && d.toks[p+1].is("including", "namely") {
		return p + 2
	}
	if p+1 < end && d.toks[p].is("such") && d.toks[p+1].is("as") {
		return p + 2
	}
	if d.toks[p].is("including", "namely", ":", "—", "–") {
		return p + 1
	}
	return q
}

// welcomedAs reads "as (…) (the|a|its) (32nd) member of GROUPING" after a
// country that someone welcomes, at k, also past another role coordinated
// before it ("as a party to the Treaty and the 32nd member of NATO"), and
// returns the grouping and the token after it.
func (s *memberScan) welcomedAs(k, end int) (*entity, int) {
	d := s.doc
	if k >= end || !d.toks[k].is("as") {
		return nil, 0
	}
	if g, n := s.asMemberOf(k+1, end); g != nil {
		return g, n
	}
	for q := k + 1; q < end && q < k+12; q++ {
		if m := d.mat(q); m != nil && m.i == q && m.kind == kCountry || d.toks[q].is(".", ";", ":") || d.toks[q].Kind == tQuote {
			return nil, 0
		}
		if d.toks[q].is("and") {
			return s.asMemberOf(q+1, end)
		}
	}
	return nil, 0
}

// asMembersLater reads the rest of a clause whose subject is the list of
// countries at k (ending at next) up to "as (full) members of GROUPING" or
// "as GROUPING members" ("A, B and C attended the summit as members of the
// SCO", "The leaders of A and B are taking part in the summit as
// permanent members of the organisation"), and returns the grouping and
// the token after it. The list opens the sentence, alone or after "the
// leaders|delegations of"; a verb follows it; no other country, quote or
// clause break stands between.
func (s *memberScan) asMembersLater(k, next, start, end int) (*entity, int) {
	d := s.doc
	b := k - 1
	if b >= start && d.toks[b].is("the", "The") {
		b--
	}
	if b >= start && d.toks[b].is("of", "from") && b-1 >= start && partyHeads[d.toks[b-1].Low] {
		b -= 2
		if b >= start && d.toks[b].is("the", "The") {
			b--
		}
	}
	if b >= start || next >= end || !s.verbLike(next) {
		return nil, 0
	}
	for q := next; q < end && q < next+25; q++ {
		t := d.toks[q]
		if d.quoted[q] || t.Kind == tQuote || t.is(";", ":", "while", "whereas", "but") {
			return nil, 0
		}
		if m := d.mat(q); m != nil && m.i == q && m.kind == kCountry {
			return nil, 0
		}
		// "will serve as a member", "would attend as a member", "hopes to
		// take part as a member": not yet one
		if t.is("will", "shall", "'ll", "would", "could", "might", "may", "set", "due", "expected", "hope", "hopes", "hoped", "want", "wants", "wanted", "seek", "seeks", "sought", "aspires") {
			return nil, 0
		}
		if !t.is("as") {
			continue
		}
		r := q + 1
		if r < end && d.toks[r].is("a", "an", "the") {
			r++
		}
		// "as observers", "as guests": only a member noun after it
		if r = s.memberModifiers(r, end); r < 0 {
			return nil, 0
		}
		if g, n := s.asMemberOf(q+1, end); g != nil {
			return g, n
		}
	}
	return nil, 0
}

// followedBy reads ", followed by LIST (in YEAR)(, LIST in YEAR)*" after
// a clause of joining that ends at k (its dates skipped) and returns the
// countries and the token after the last: later joiners in order. A list
// that is not only countries and dates stops it ("followed by talks").
func (s *memberScan) followedBy(k, end int) ([]*entity, int) {
	d := s.doc
	k = s.pastAdverbials(k, end)
	if k+2 >= end || !d.toks[k].is(",") || !d.toks[k+1].is("followed") || !d.toks[k+2].is("by") {
		return nil, k
	}
	k += 3
	var out []*entity
	last := k
	for k < end {
		list, n := d.countryList(k, end)
		if len(list) == 0 {
			break
		}
		// the last item of a list with its own year is the country
		// before ", and": "Laos and Myanmar in 1997, and Cambodia"
		out = append(out, list...)
		n = s.pastAdverbials(n, end)
		last = n
		if n < end && d.toks[n].is(",") {
			n++
		}
		if n < end && d.toks[n].is("and") {
			n++
		}
		if n == last {
			break
		}
		k = n
	}
	return out, last
}

// pastAdverbials skips, at k, up to three phrases of time or manner that
// may stand between a subject and its verb or a verb and its object
// ("Finland on Tuesday officially became …", "Sweden last year joined …",
// "NATO, on Thursday, welcomed …"): a date the text gives, with its
// preposition, or a plain adverb. It returns the token after them, or k.
func (s *memberScan) pastAdverbials(k, end int) int {
	d := s.doc
	if k >= end {
		return k
	}
	start, send := d.bounds(d.sentOf[k])
	from := k
	comma := k < end && d.toks[k].is(",")
	if comma {
		k++
	}
	moved := false
	for n := 0; n < 3 && k < end; n++ {
		q := k
		if d.toks[q].is("on", "in", "earlier", "later") && q+1 < end {
			q++
		}
		// the dates are in text order: the first at k or after
		ds := d.datesIn(start, send)
		if x := sort.Search(len(ds), func(x int) bool { return ds[x].i >= k }); x < len(ds) && (ds[x].i == k || ds[x].i == q) {
			k, moved = ds[x].j, true
			continue
		}
		// "which then comprised A, B and C", "was then made up of":
		// the membership at the time told (GUIDELINES §3)
		if s.plainAdverb(k) || d.toks[k].is("then") {
			k++
			moved = true
			continue
		}
		break
	}
	if !moved {
		return from
	}
	if comma {
		// ", on Tuesday, became": the closing comma too
		if k >= end || !d.toks[k].is(",") {
			return from
		}
		k++
	}
	return k
}

// admits reads, at k after a grouping, a verb of taking in a member, with
// the phrases of time that may stand before it ("admitted", "on Thursday
// welcomed", "has formally accepted"), and returns the token after it, or
// k. Its object is a member only with "as (its) member", "into" or after
// "admitted".
func (s *memberScan) admits(k, end int) int {
	d := s.doc
	q := s.pastAdverbials(k, end)
	if q < end && d.toks[q].is("has", "had", "have") {
		q = s.pastAdverbials(q+1, end)
	}
	if q < end && d.toks[q].is("admitted", "admits", "welcomed", "welcomes", "accepted", "accepts") {
		return q + 1
	}
	return k
}

// servesAs reads "serving|serves|served|sits (a two-year term) as (a|an)"
// or "in its capacity as (a|an)" at k, and returns the token after it, or
// k: the role after it is the subject's ("India, in its capacity as a
// non-permanent member of the Security Council").
func (s *memberScan) servesAs(k, end int) int {
	d := s.doc
	q := k
	switch {
	case q+3 < end && d.toks[q].is("in") && d.toks[q+1].is("its", "their") && d.toks[q+2].is("capacity", "role") && d.toks[q+3].is("as"):
		q += 4
	case q < end && d.toks[q].is("serving", "serves", "served", "serve", "sits", "sitting", "sat"):
		// "serving a two-year term as", "served until 2022 as"
		p := q + 1
		for p < end && p <= q+5 && !d.toks[p].is("as") && d.toks[p].Kind != tPunct && d.mat(p) == nil {
			p++
		}
		if p >= end || !d.toks[p].is("as") || d.futureBefore(q) {
			return k
		}
		q = p + 1
	default:
		return k
	}
	if q < end && d.toks[q].is("a", "an", "the") {
		q++
	}
	return q
}

// joinedSince reads "since|after joining GROUPING" or "since|after
// it|they joined GROUPING" at k (the "since"), and returns the grouping
// and the token after it: the clause's subject is its member ("Poland has
// received billions since joining the EU in 2004").
func (s *memberScan) joinedSince(k, end int) (*entity, int) {
	d := s.doc
	if k+2 >= end || !d.toks[k].is("since", "Since", "after", "After") {
		return nil, 0
	}
	q := k + 1
	if d.toks[q].is("it", "they") {
		q++
		if q < end && !joinVerbs[d.toks[q].Low] {
			return nil, 0
		}
	} else if !d.toks[q].is("joining", "rejoining") {
		return nil, 0
	}
	if start, _ := d.bounds(d.sentOf[k]); d.toks[k].is("after", "After") && d.future(start, k) {
		return nil, 0 // "will get funds after joining the EU"
	}
	g, _, n := s.groupAt(q+1, end)
	return g, n
}

// exitAfter reads, at k after a country (list), its leaving of a grouping
// and returns the grouping, the token after it and whether the leaving is
// told done. A leaving to come leaves the country a member still ("is to
// leave OPEC", "was withdrawing from the OAS", "would quit the bloc",
// "has decided to withdraw its membership from OPEC", "announced their
// immediate withdrawal from ECOWAS"); one told done ("has withdrawn from
// the Commonwealth", "left the bloc in 2013") makes it one no more. A
// plain present ("Mali quits ECOWAS") tells neither.
func (s *memberScan) exitAfter(k, end int) (*entity, int, bool) {
	d := s.doc
	k = s.pastAdverbials(k, end)
	toCome, be := false, false
	for n := 0; n < 6 && k < end; n++ {
		t := d.toks[k]
		if t.is("will", "would", "could", "may", "might", "shall", "to", "'ll") || exitIntents[t.Low] {
			toCome = true
		} else if t.is("is", "are", "was", "were") {
			be = true
		} else if !t.is("has", "have", "had", "that", "it", "they", "its", "their", "immediate", "formal") && !s.plainAdverb(k) {
			break
		}
		k++
	}
	form, ok := leaveVerbs[d.toks[min(k, end-1)].Low]
	if k >= end || !ok {
		return nil, 0, false
	}
	w := d.toks[k].Low
	done := form == "past" && !toCome
	if !done && !toCome && !(be && strings.HasSuffix(w, "ing")) {
		return nil, 0, false
	}
	q := k + 1
	switch {
	case strings.HasPrefix(w, "withdraw"):
		// "withdraw its membership from OPEC"
		if q+1 < end && d.toks[q].is("its", "their") && d.toks[q+1].is("membership") {
			q += 2
		}
		if q >= end || !d.toks[q].is("from", "of") {
			return nil, 0, false
		}
		q++
	case strings.HasPrefix(w, "pull"):
		if q+1 >= end || !d.toks[q].is("out") || !d.toks[q+1].is("of") {
			return nil, 0, false
		}
		q += 2
	case w == "departure":
		if q >= end || !d.toks[q].is("from") {
			return nil, 0, false
		}
		q++
	case q < end && d.toks[q].is("from"):
		q++ // "exit from the bloc"
	}
	g, _, n := s.groupAt(q, end)
	if g == nil || n < end && !exitEnd(d.toks[n]) {
		return nil, 0, false
	}
	return g, n, done
}

// exitEnd: a word that may follow the grouping a country leaves ("left
// the bloc in 2016", "withdrew from OPEC last year"); not "summit".
func exitEnd(t token) bool {
	return t.is(",", ".", ";", ")", "(", "[", "—", "–", "and", "in", "on", "at", "by", "next", "after", "effective", "if", "unless", "over", "as", "within", "altogether", "before", "because", "amid", "following", "this", "last", "early", "later")
}

// exited takes a leaving exitAfter read: one to come makes the countries
// members; one done, none, whatever else the text says of them, unless it
// tells them back ("rejoined").
func (s *memberScan) exited(g *entity, list []*entity, done bool, si, i, j int) {
	if !done {
		s.addMembers(g, list, si, "member/leaving", i, j)
		return
	}
	if s.left == nil {
		s.left = map[[2]*entity]bool{}
	}
	for _, c := range list {
		s.left[[2]*entity{g, c}] = true
	}
}

// suspendedMembership reads, at k after "suspended", "COUNTRY's (GROUPING)
// membership (in|of GROUPING)" and returns the grouping, the country and
// the token after them.
func (s *memberScan) suspendedMembership(k, end int) (*entity, *entity, int) {
	d := s.doc
	m := d.mat(k)
	if m == nil || m.i != k || m.kind != kCountry || m.j+1 >= end || !d.toks[m.j].is("'s", "’s") {
		return nil, nil, 0
	}
	c, q := d.entityFor(m), m.j+1
	g, _, n := s.groupAt(q, end)
	if g != nil {
		q = n
	}
	if q >= end || !d.toks[q].is("membership") {
		return nil, nil, 0
	}
	q++
	if q+1 < end && d.toks[q].is("in", "of") {
		if h, _, n := s.groupAt(q+1, end); h != nil && (g == nil || h == g) {
			g, q = h, n
		}
	}
	if g == nil {
		// "The Commonwealth suspended Fiji's membership": the subject's
		g = s.groupingBefore(k, 0)
	}
	return g, c, q
}

// saidSubject is the list of countries that opens the sentence [start,
// end) and says the clause whose subject "it" or "they" at k refers back
// to them: "Venezuela said on Wednesday it was withdrawing from …".
func (s *memberScan) saidSubject(k, start, end int) []*entity {
	d := s.doc
	q := k - 1
	if q > start && d.toks[q].is("that") {
		q--
	}
	for n := 0; n < 4 && q > start && !attributionVerbs[d.toks[q].Text]; n++ {
		if d.toks[q].Kind != tWord && d.toks[q].Kind != tNum || d.mat(q) != nil {
			return nil
		}
		q--
	}
	if !attributionVerbs[d.toks[q].Text] {
		return nil
	}
	p := start
	if d.toks[p].is("The", "the") {
		p++
	}
	if list, n := d.countryList(p, end); n == q {
		return list
	}
	return nil
}

// joinedBeforeSince reads, at "since" (k), countries that joined the
// grouping the clause before it joins or names a member of, with no
// grouping of their own: "the first new EU member since A and B joined in
// 2007", "the first country to join the UN since A in 2006", "No country
// has joined the bloc since A joined in 2009". It returns the grouping,
// the countries and the token after them. Leaving the grouping before
// "since" ("the first state to quit the bloc since A") states nothing.
func (s *memberScan) joinedBeforeSince(k, start, end int) (*entity, []*entity, int) {
	d := s.doc
	if !d.toks[k].is("since") {
		return nil, nil, 0
	}
	list, n := d.countryList(k+1, end)
	if len(list) == 0 || n >= end {
		return nil, nil, 0
	}
	switch {
	case joinVerbs[d.toks[n].Low]:
		if g, _, _ := s.groupAt(n+1, end); g != nil {
			return nil, nil, 0 // "since A joined NATO": read at A
		}
		n++
	case d.toks[n].is("did"):
		n++
	case !d.toks[n].is("in") || n+1 >= end || d.toks[n+1].Kind != tNum:
		return nil, nil, 0
	}
	for q := max(start, k-8); q < k; q++ {
		g, i, j := s.groupAt(q, k)
		if g == nil || i < q {
			continue
		}
		// "the UN body"
		j = s.blocHead(j, k)
		member := j < k && d.toks[j].is("member", "members")
		if member {
			j++ // "the first new EU member since"
		}
		b := q - 1 // the word before the grouping, past "the"
		if b > start && d.toks[b].is("the") {
			b--
		}
		of := b-1 >= start && d.toks[b].is("of") && d.toks[b-1].is("member", "members")
		joins := b >= start && (joinVerbs[d.toks[b].Low] || d.toks[b].is("join", "enter", "entered"))
		if j == k && (member || of || joins) {
			return g, list, n
		}
	}
	return nil, nil, 0
}

// clauseSubject is the list of countries that is the subject of the
// clause holding k in sentence [start, end): the list the sentence opens
// with, with no other country or grouping before k ("Poland, a big
// farmer, has received billions since …"), or, when k opens the
// sentence, the list after the fronted phrase that ends at the first comma
// after n ("Since joining the EU in 2004, Poland has …").
func (s *memberScan) clauseSubject(k, n, start, end int) []*entity {
	d := s.doc
	if k == start {
		for q := n; q < end && q < n+8; q++ {
			if d.toks[q].is(",") {
				list, next := d.countryList(q+1, end)
				if len(list) > 0 && next < end && (d.tag(next) == pos.VERB || d.tag(next) == pos.AUX) {
					return list
				}
				return nil
			}
		}
		return nil
	}
	list, next := d.countryList(start, end)
	if len(list) == 0 || next >= k || k-next > 30 || !(d.toks[next].is(",") || s.verbLike(next)) {
		return nil
	}
	for q := next; q < k; q++ {
		if d.quoted[q] || d.toks[q].is(";", ":") || d.toks[q].Kind == tQuote {
			return nil
		}
		if m := d.mat(q); m != nil && (m.kind == kCountry || m.kind == kGrouping) {
			return nil
		}
	}
	return list
}

// verbLike: the word at k can be the verb after a subject: tagged a verb,
// or a lower-case word the tagger took for a noun ("Bahrain cut ties").
func (s *memberScan) verbLike(k int) bool {
	t := s.toks[k]
	switch tag := s.tag(k); {
	case tag == pos.VERB || tag == pos.AUX:
		return true
	case t.Kind != tWord || t.capitalised():
		return false
	default:
		return tag == pos.NOUN || tag == pos.ADV
	}
}

// memberWord: "member(s)", as news writes it or as the UN capitalises it
// ("the 190th United Nations Member State").
func memberWord(t token) bool { return t.Low == "member" || t.Low == "members" }

// asMemberOf reads "(the|a|its) (31st|newest|full) member (state) of
// GROUPING" at k and returns the grouping and the token after it.
func (s *memberScan) asMemberOf(k, end int) (*entity, int) {
	d := s.doc
	// "as the bloc's 11th member", "as ASEAN's newest member"
	if g, _, n := s.groupAt(k, end); g != nil && n+1 < end && d.toks[n].is("'s", "’s") {
		if q := s.memberModifiers(n+1, end); q >= 0 && q < end && d.toks[q].is("member", "members") {
			return g, q + 1
		}
		return nil, 0
	}
	if k < end && d.toks[k].is("the", "a", "an") {
		k++
	}
	if k = s.memberModifiers(k, end); k < 0 || k >= end {
		return nil, 0
	}
	// "as the 193rd UN member state", "as SCO members"
	if g, _, n := s.groupAt(k, end); g != nil && n < end && memberWord(d.toks[n]) {
		n++
		if n < end && d.toks[n-1].Low == "member" && d.toks[n].is("state", "states", "country", "countries", "nation", "nations", "State", "States") {
			n++
		}
		return g, n
	}
	// "as the 11th member of X", "were admitted as full members of X"
	if !memberWord(d.toks[k]) {
		return nil, 0
	}
	k++
	if k < end && d.toks[k-1].Low == "member" && d.toks[k].is("state", "states", "country", "countries", "nation", "nations", "State", "States") {
		k++
	}
	if k >= end || !d.toks[k].is("of") {
		return nil, 0
	}
	g, _, n := s.groupAt(k+1, end)
	return g, n
}

// toJoin reads "(member|country|nation|state)(s) to join|enter GROUPING"
// at k, after "became the 28th", "were the latest": the subject is a
// member ("Croatia became the 28th country to join the EU"). It returns
// the grouping and the token after it.
func (s *memberScan) toJoin(k, end int) (*entity, int) {
	d := s.doc
	if k+2 >= end || !memberNouns[d.toks[k].Low] || d.toks[k].is("economy", "economies", "ally", "allies") {
		return nil, 0
	}
	q := k + 3
	// "the first country to have joined the bloc"
	if d.toks[k+1].is("to") && d.toks[k+2].is("have") && q < end && d.toks[q].is("joined", "entered", "acceded") {
		q++
	} else if !d.toks[k+1].is("to") || !d.toks[k+2].is("join", "enter", "accede") {
		return nil, 0
	}
	if d.toks[q-1].is("accede", "acceded") {
		if q >= end || !d.toks[q].is("to") {
			return nil, 0
		}
		q++
	}
	g, _, n := s.groupAt(q, end)
	return g, n
}

// plainAdverb: the word at k is an adverb that leaves a membership
// stated ("currently", "still", "itself"), not one that denies or dates
// it ("never", "once", "formerly"; "no longer").
func (s *memberScan) plainAdverb(k int) bool {
	t := s.toks[k]
	return t.Kind == tWord && !t.capitalised() && s.tag(k) == pos.ADV && !notMemberWords[t.Low]
}

// futureBefore: the verb at k is a future or a wish ("will become", "is
// set to become", "hopes to join").
func (d *doc) futureBefore(k int) bool {
	return k > 0 && d.toks[k-1].is("will", "to", "would", "could", "may", "might", "should", "can", "shall", "'ll")
}

// bracketList reads countries in brackets after "members of X" at k.
func (d *doc) bracketList(k, end int) []*entity {
	for q := k; q < end && q < k+8; q++ {
		if d.toks[q].is("(") {
			list, _ := d.countryList(q+1, end)
			return list
		}
	}
	return nil
}

// memberOfAfter reads "(are|is) (all)? (a)? member(s) of (the)? GROUPING"
// at k, and its kin: "as founding members of X", "are among X's
// members", "is one of the 21 members of X", "are both APEC members",
// "which form the Quad", "make up BRICS".
func (s *memberScan) memberOfAfter(k, end int) (*entity, int) {
	d := s.doc
	if k < end && d.toks[k].is(",", "—", "–", "-", "(") {
		k++
	}
	// "A, B and C, which form the Quad"
	if k < end && d.toks[k].is("which", "who", "that") {
		k++
	}
	if k < end && d.toks[k].is("and") {
		k++ // "Canada and the other members of the G7"
		if k < end && d.toks[k].is("the") {
			k++
		}
		if k < end && d.toks[k].is("other", "fellow") {
			k++
		}
	}
	copula := false
	// "Turkey has (long) been a member of NATO since 1952"
	if q := k + 1; q < end && d.toks[k].is("has", "have", "had") {
		if q+1 < end && d.toks[q].is("long", "always") {
			q++
		}
		if d.toks[q].is("been") {
			k = q
		}
	}
	// "will (formally) remain part of": a member still
	if q := k + 1; q < end && d.toks[k].is("will", "would") {
		for q < end && q < k+3 && s.plainAdverb(q) {
			q++
		}
		if q < end && d.toks[q].is("remain") {
			k = q
		}
	}
	if k < end && d.toks[k].is("are", "is", "were", "was", "remain", "remains", "as", "As", "been") {
		k++
		copula = true
	} else if k < end && d.toks[k].is("became", "become", "becomes") && !d.futureBefore(k) {
		k++
		copula = true
	}
	// "is currently a member", "is still a member"; not "is no longer a
	// member", "was once a member"
	for n := 0; n < 3 && k < end && (d.toks[k].is("all", "both", "a", "an", "the", "founding", "full", "fellow", "other", "now", "also", "already", "among") || s.plainAdverb(k)); n++ {
		k++
	}
	// "is serving a two-year term as a member of", ", in its capacity as
	// a member of"
	if q := s.servesAs(k, end); q > k {
		k, copula = q, true
	}
	// "China and Russia are its founding members.": of the grouping
	// named in this sentence or the one before
	its := copula && k < end && d.toks[k].is("its")
	if its {
		k++
	}
	// "a key member of", "the only Asian member of", "a longtime NATO member"
	mods := k
	if k = s.memberModifiers(k, end); k < 0 {
		return nil, 0
	}
	// "became the 28th country to join the EU", "were the latest
	// countries to join"; not "is the next country to join"
	if copula && !its {
		if g, n := s.toJoin(k, end); g != nil {
			for q := mods; q < k; q++ {
				if d.toks[q].is("next") {
					return nil, 0
				}
			}
			return g, n
		}
	}
	if its {
		if k < end && isCount(d.toks[k]) {
			k++
		}
		if k < end && d.toks[k].is("founding", "full", "permanent") {
			k++
		}
		if k < end && memberNouns[d.toks[k].Low] {
			k++
			if k < end && memberNouns[d.toks[k].Low] {
				k++
			}
			if k >= end || d.toks[k].is(".", ";", ",") {
				return s.groupingBefore(k, 1), k
			}
		}
		return nil, 0
	}
	// "Chile is one of the 21 members of APEC", "one of ASEAN's members",
	// "one of the 27 EU countries", "are three of ECOWAS's 15 members"
	if k+1 < end && isCount(d.toks[k]) && d.toks[k+1].is("of") {
		k += 2
		if k < end && d.toks[k].is("the") {
			k++
		}
		if k+1 < end && isCount(d.toks[k]) && s.mat(k+1) != nil {
			k++
		}
	}
	// "are among ASEAN's (ten) members", "are both APEC members"
	if g, _, n := s.groupAt(k, end); g != nil && (copula || d.toks[k-1].is("among", "both", "all")) {
		// "are both EU and NATO members"
		also, n := s.coordinated(n, end)
		if n < end && d.toks[n].is("'s", "’s") && also == nil {
			n++
		}
		if n < end && isCount(d.toks[n]) {
			n++
		}
		if n < end && d.toks[n].is("founding", "full") {
			n++
		}
		// "NATO's only Muslim-majority member", "ASEAN's newest members"
		if n = s.memberModifiers(n, end); n < 0 {
			return nil, 0
		}
		if n < end && memberNouns[d.toks[n].Low] && !d.toks[n].is("economy") {
			n++
			if n < end && memberNouns[d.toks[n].Low] {
				n++
			}
			if n >= end || d.toks[n].is(",", ".", ";", "—", "–", "-", ")", "and", "but", "since", "in", "for", "to", "that", "who", "which", "with", "without") {
				s.also = also
				return g, n
			}
		}
		return nil, 0
	}
	if k < end && isCount(d.toks[k]) {
		k++
	}
	if k < end && d.toks[k].is("founding", "full", "permanent") {
		k++
	}
	// "Brazil, Russia, India, China and South Africa make up BRICS"
	if k < end && d.toks[k].is("together") {
		k++
	}
	// "Norway belongs to NATO"; not "belongs to the EU single market"
	if k+1 < end && d.toks[k].is("belongs", "belong", "belonged") && d.toks[k+1].is("to") {
		g, _, n := s.groupAt(k+2, end)
		if g != nil && (n >= end || d.toks[n].is(",", ".", ";", ")", "—", "–", "and", "since", "along", "alongside")) {
			return g, n
		}
		return nil, 0
	}
	// "A, B, C and D founded Mercosur in 1991": its founding members
	if k+1 < end && d.toks[k].is("make", "made") && d.toks[k+1].is("up") || k < end && d.toks[k].is("form", "formed", "comprise", "constitute", "founded", "co-founded", "cofounded") {
		if d.toks[k].is("make", "made") {
			k++
		}
		g, _, n := s.groupAt(k+1, end)
		return g, n
	}
	// "A, B and C set up|established|created the bloc in 2023"; not
	// "established ASEAN ties", "created the EU's fund"
	if k+1 < end && d.toks[k].is("set") && d.toks[k+1].is("up") || k < end && d.toks[k].is("established", "created", "launched") {
		if d.toks[k].is("set") {
			k++
		}
		if g, _, n := s.groupAt(k+1, end); g != nil && (n >= end || d.toks[n].is(",", ".", ";", "(", "—", "–", "in", "on", "as", "and", "with", "to", "after", "since")) {
			return g, n
		}
		return nil, 0
	}
	if k+1 < end && d.toks[k].is("members", "member", "partners", "part") {
		k++
		// "a member state of the EU"
		if d.toks[k-1].is("member") && d.toks[k].is("state", "states", "country", "countries", "nation", "nations") {
			k++
		}
		if k < end && d.toks[k].is("of") {
			// "a member of both the EU and NATO"
			if k+1 < end && d.toks[k+1].is("both") {
				k++
			}
			g, _, n := s.groupAt(k+1, end)
			return g, n
		}
		// "The SCO met in Goa. India and Pakistan are also members.":
		// members, with nothing after, of the grouping named in this
		// sentence or the one before
		if copula && d.toks[k-1].is("member", "members", "states", "state") {
			n := k
			if n+1 < end && d.toks[n].is("since", "in") && d.toks[n+1].Kind == tNum {
				n += 2
			}
			if n >= end || d.toks[n].is(".", ";") {
				return s.groupingBefore(k, 1), n
			}
		}
	}
	return nil, 0
}

// groupingBefore is the grouping named last before k, in its sentence or
// the back ones before, or nil.
func (s *memberScan) groupingBefore(k, back int) *entity {
	n := sort.Search(len(s.gm), func(i int) bool { return s.gm[i].i >= k })
	sk := min(k, len(s.sentOf)-1) // k may be the text's end
	if n == 0 || sk < 0 || s.sentOf[sk]-s.sentOf[s.gm[n-1].i] > back {
		return nil
	}
	return s.entityFor(s.gm[n-1])
}

// countryList reads countries joined by commas and "and" from k; it
// returns them and the token after the last.
func (d *doc) countryList(k, end int) ([]*entity, int) {
	// "the members are: A, B and C", or one to a line after the colon
	if k < end && d.toks[k].is(":") && d.toks[k-1].Kind == tWord {
		k++
	}
	if out, last := d.lineList(k); len(out) > 0 {
		return out, last
	}
	if out, last := d.semicolonList(k, end); len(out) > 0 {
		return out, last
	}
	var out []*entity
	last := k
	for k < end {
		for k < end && d.toks[k].is("the", "The") {
			k++
		}
		// "A, Republic of Marshall Islands, B": the state's formal name
		k = d.polityEnd(k, end)
		// "A, B, suspended C and D": a word on one member's standing
		if len(out) > 0 && k+1 < end && d.toks[k-1].is(",", "and") && d.toks[k].Kind == tWord && !d.toks[k].capitalised() &&
			(d.tag(k) == pos.ADJ || d.tag(k) == pos.VERB) {
			if c := d.mat(k + 1); c != nil && c.i == k+1 && c.kind == kCountry {
				k++
			}
		}
		m := d.mat(k)
		if k < end && (m == nil || m.kind == kCity) && len(out) >= 2 {
			// "A, B, Montserrat, C": a name the lexicon has no country
			// for (a territory) inside a list of countries is passed
			if q := d.pastListName(k, end); q > k {
				k = q
				continue
			}
		}
		if k < end && len(out) >= 2 && m != nil && m.i == k && m.kind == kDemonym && d.listSep(k-1) {
			// "A, B, French Polynesia, C": a territory named with a
			// demonym is passed
			if q := d.pastListName(m.j, end); q > m.j {
				k = q
				continue
			}
		}
		if k >= end || m == nil || m.i != k || m.kind != kCountry {
			break
		}
		// "Japan, India's Quad partner": a possessive after a comma
		// begins an apposition, not the next item
		if len(out) > 0 && m.j < end && d.toks[m.j].is("'s", "’s") && d.toks[k-1].is(",") {
			break
		}
		out = append(out, d.entityFor(m))
		k = m.j
		// "Paraguay (suspended)": a note on one member; "(observer)" is none
		if k+2 < end && d.toks[k].is("(") && d.toks[k+2].is(")") && d.toks[k+1].Kind == tWord && !d.toks[k+1].capitalised() && d.mat(k+1) == nil {
			if notMemberWords[d.toks[k+1].Low] || memberNouns[d.toks[k+1].Low] || d.toks[k+1].is("observer", "guest", "host", "chair") {
				out = out[:len(out)-1]
			}
			k += 3
		}
		last = k
		if k < end && d.listSep(k) {
			for k < end && d.listSep(k) {
				k++
			}
			continue
		}
		// "A, B and C as well as D and E"
		if k+3 < end && d.toks[k].is("as") && d.toks[k+1].is("well") && d.toks[k+2].is("as") {
			if c := d.mat(k + 3); c != nil && c.i == k+3 && c.kind == kCountry {
				k += 3
				continue
			}
		}
		break
	}
	// trailing separators are not part of the list
	return out, last
}

// lineList reads at k, after a colon that ends a line, a list of
// countries one to a line, each alone on it after a bullet or not
// ("Member states are:\n- Angola\n- Botswana"); it returns the countries
// and the token after the last, none unless two lines at least.
func (d *doc) lineList(k int) ([]*entity, int) {
	if k == 0 || k >= len(d.toks) || !d.toks[k-1].is(":") || d.toks[k].Breaks == 0 {
		return nil, k
	}
	var out []*entity
	last := k
	for k < len(d.toks) && d.toks[k].Breaks > 0 {
		i := k
		if isLineBullet(d.toks[i]) || isBullet(d.toks[i]) {
			i++
		}
		if i < len(d.toks) && d.toks[i].is("the", "The") {
			i++
		}
		m := d.mat(i)
		if m == nil || m.i != i || m.kind != kCountry {
			break
		}
		n := m.j
		for n < len(d.toks) && d.toks[n].Breaks == 0 && d.toks[n].is(",", ";", ".") {
			n++
		}
		if n < len(d.toks) && d.toks[n].Breaks == 0 {
			break // more on the line than the country
		}
		out = append(out, d.entityFor(m))
		last, k = n, n
	}
	if len(out) < 2 {
		return nil, k
	}
	return out, last
}

// semicolonList reads at k a list whose items ";" separates, as formal
// texts write one whose items have commas of their own ("Australia;
// Brunei Darussalam; Hong Kong, China; …; and Viet Nam"): each item that
// begins with a country gives it, others ("Hong Kong, China", "Chinese
// Taipei") are passed. It returns the countries and the token after the
// last one; none unless the first item is a country and two ";" at least
// follow it.
func (d *doc) semicolonList(k, end int) ([]*entity, int) {
	var out []*entity
	semis, last := 0, k
	for k < end {
		i := k
		for i < end && d.toks[i].is("the", "The", "and") {
			i++
		}
		if m := d.mat(i); m != nil && m.i == i && m.kind == kCountry {
			out = append(out, d.entityFor(m))
			last = m.j
		} else if len(out) == 0 {
			return nil, k
		}
		// the item runs to the next ";", a few words at most
		q := i
		for q < end && q-i < 6 && !d.toks[q].is(";", ".") {
			q++
		}
		if q >= end || !d.toks[q].is(";") {
			break
		}
		semis++
		k = q + 1
	}
	if semis < 2 {
		return nil, 0
	}
	return out, last
}

// pastListName: at k, a name of one to three capitalised words that no
// rule took, or a city ("Hong Kong"), then list separators and a
// country; the index of that country, or k.
func (d *doc) pastListName(k, end int) int {
	q := k
	if m := d.mat(q); m != nil && m.i == q && m.kind == kCity {
		q = m.j // "A, B, Hong Kong, C": a city-state of another country
	}
	for q < end && q-k < 3 && d.toks[q].Kind == tWord && d.toks[q].capitalised() && d.mat(q) == nil {
		q++
	}
	if q == k || q >= end || !d.listSep(q) {
		return k
	}
	for q < end && d.listSep(q) {
		q++
	}
	for q < end && d.toks[q].is("the", "The") {
		q++
	}
	if m := d.mat(q); q < end && m != nil && m.i == q && m.kind == kCountry {
		return q
	}
	return k
}

func (d *doc) listSep(k int) bool { return d.toks[k].is(",", "and", "&") }

func sameSet(codes []string, list []*entity) bool {
	if len(codes) != len(list) {
		return false
	}
	have := map[string]bool{}
	for _, e := range list {
		have[e.code] = true
	}
	for _, c := range codes {
		if !have[c] {
			return false
		}
	}
	return true
}

// addMembers adds the memberships of the countries in list in g. "The
// General Assembly admitted X as its 193rd member": a plenary organ's
// members are its grouping's, when the text names that grouping.
func (s *memberScan) addMembers(g *entity, list []*entity, si int, rule string, i, j int) {
	if g != nil && g.grouping != nil && g.grouping.PlenaryOf != "" {
		if s.first == nil {
			s.first = map[string]*mention{}
			for _, m := range s.gm {
				if slug := s.x.lex.Groupings[m.ref].Slug; s.first[slug] == nil {
					s.first[slug] = m
				}
			}
		}
		if m := s.first[g.grouping.PlenaryOf]; m != nil {
			g = s.entityFor(m)
		}
	}
	s.doc.addMembersOf(g, list, si, rule, i, j)
	if g != nil {
		if s.joined == nil {
			s.joined = map[*entity]*entity{}
		}
		for _, c := range list {
			s.joined[c] = g
		}
	}
}

func (d *doc) addMembersOf(g *entity, list []*entity, si int, rule string, i, j int) {
	if g == nil {
		return
	}
	d.because(rule, i, j)
	for _, c := range list {
		c.used = true
		d.add(g, schema.Member, c, si)
	}
	d.because("", 0, 0)
}

// countryAt: a country's name begins at k.
func (d *doc) countryAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	m := d.mat(k)
	return m != nil && m.i == k && m.kind == kCountry
}

// sharedMembers reads "are (also) in|members of|part of Y: A, B, …" at k,
// after "(N) X members" whose grouping begins at i ("Seven ASEAN members
// are in APEC - Brunei, …"), and returns Y and the countries, members of
// both, with the token after them. A count before X must be the list's
// length.
func (s *memberScan) sharedMembers(i, k, end int) (*entity, []*entity, int) {
	d := s.doc
	q := k
	if q >= end || !d.toks[q].is("are", "were") {
		return nil, nil, k
	}
	q++
	if q < end && d.toks[q].is("also", "all") {
		q++
	}
	switch {
	case q < end && d.toks[q].is("in"):
		q++
	case q+1 < end && d.toks[q].is("members", "part") && d.toks[q+1].is("of"):
		q += 2
	default:
		return nil, nil, k
	}
	h, _, n := s.groupAt(q, end)
	if h == nil || n+1 >= end || !d.toks[n].is(":", "—", "–", "-", "(") {
		return nil, nil, k
	}
	list, next := d.countryList(n+1, end)
	if len(list) < 2 || d.toks[n].is("(") && (next >= end || !d.toks[next].is(")")) {
		return nil, nil, k
	}
	if c := s.countBefore(i); c >= 0 && c != len(list) {
		return nil, nil, k
	}
	return h, list, next
}

// countBefore is the count right before the grouping at i, past "the"
// ("Seven ASEAN members", "the two EU members"), or -1 when there is none.
func (s *memberScan) countBefore(i int) int {
	b := i - 1
	if b >= 0 && s.toks[b].is("the", "The") {
		b--
	}
	if b < 0 || !isCount(s.toks[b]) {
		return -1
	}
	return countOf(s.toks[b])
}

// countOf is the value of a count in digits or words, or -1.
func countOf(t token) int {
	if v := numberWords[t.Low]; v > 0 {
		return int(v)
	}
	if n, err := strconv.Atoi(t.Text); err == nil {
		return n
	}
	return -1
}

// withJoining reads "with LIST joining (GROUPING|it|in 2011)" or "with
// LIST becoming its|the bloc's (Nth) member(s)" at k (the "with"): the
// countries joined the grouping it names, or the one grouping the sentence
// named before k ("BRICS was founded by A, B, C and D, with South Africa
// joining it in 2011"). It returns the grouping, the countries and the
// token after the clause.
func (s *memberScan) withJoining(k, start, end int) (*entity, []*entity, int) {
	d := s.doc
	list, n := d.countryList(k+1, end)
	if len(list) == 0 || n+1 >= end {
		return nil, nil, k
	}
	// the one grouping named before in the sentence
	var before *entity
	for _, m := range s.gm {
		if m.i < start || m.i >= k {
			continue
		}
		e := s.entityFor(m)
		if before != nil && before != e {
			before = nil
			break
		}
		before = e
	}
	// the sentence speaks of the grouping's make-up, not of a meeting
	// ("The G7 summit opened, with India joining later" is a guest)
	if before != nil && !s.madeUpBefore(start, k) {
		before = nil
	}
	q := n + 1
	switch {
	case d.toks[n].is("joining", "rejoining"):
		if g, _, r := s.groupAt(q, end); g != nil {
			return g, list, r
		}
		if before == nil {
			return nil, nil, k
		}
		if d.toks[q].is("it") {
			return before, list, q + 1
		}
		// "joining in 2011", "joining later", "joining last year"
		if r := s.pastAdverbials(q, end); r > q || d.toks[q].is(",", ".", ";", "in", "on", "later", "last") {
			return before, list, max(r, q)
		}
	case d.toks[n].is("becoming"):
		r := q
		if d.toks[r].is("its") {
			r++
		} else if g, _, p := s.groupAt(r, end); g != nil && p < end && d.toks[p].is("'s", "’s") {
			before, r = g, p+1
		} else if g, p := s.asMemberOf(r, end); g != nil {
			return g, list, p
		} else {
			return nil, nil, k
		}
		if r = s.memberModifiers(r, end); before == nil || r < 0 || r >= end || !d.toks[r].is("member", "members") {
			return nil, nil, k
		}
		return before, list, r + 1
	}
	return nil, nil, k
}

// madeUpBefore: a word in [start, k) speaks of a grouping's founding or
// make-up ("founded", "formed", "members", "expanded").
func (s *memberScan) madeUpBefore(start, k int) bool {
	for q := start; q < k; q++ {
		if s.toks[q].is("founded", "co-founded", "formed", "established", "created", "launched", "members", "member", "expanded", "enlarged", "grew", "comprised", "original", "originally", "founding") {
			return true
		}
		if s.toks[q].is("set") && q+1 < k && s.toks[q+1].is("up") {
			return true
		}
	}
	return false
}

// countedList reads ", A, B and C," at k after "N GROUPING member(s)" whose
// grouping begins at i, when N is the number of countries listed ("Two EU
// members, Malta and Cyprus, objected").
func (s *memberScan) countedList(i, k, end int) ([]*entity, int) {
	d := s.doc
	c := s.countBefore(i)
	if c < 0 || k+1 >= end || !d.toks[k].is(",", "—", "–", "-") {
		return nil, k
	}
	list, n := d.countryList(k+1, end)
	if len(list) < 2 || c != len(list) || n < end && !d.toks[n].is(d.toks[k].Text) {
		return nil, k
	}
	return list, n
}

// amongMembers reads a sentence that opens "Among|Of (the) (N) GROUPING
// member(s)," (the grouping at i, the token after the noun at k) and goes
// on with the countries it picks out: "Among ASEAN members, Vietnam and
// Laos objected", "Of the 10 ASEAN member states, only Laos abstained".
func (s *memberScan) amongMembers(i, start, k, end int) ([]*entity, int) {
	d := s.doc
	b := i - 1
	if b >= start && isCount(d.toks[b]) {
		b--
	}
	if b >= start && d.toks[b].is("the") {
		b--
	}
	if b != start || !d.toks[b].is("Among", "Of", "Amongst") || k+1 >= end || !d.toks[k].is(",") {
		return nil, k
	}
	q := k + 1
	if d.toks[q].is("only", "just", "both", "all") {
		q++
	}
	list, n := d.countryList(q, end)
	if len(list) == 0 || n < end && d.toks[n].is(",") && len(list) == 1 {
		return nil, k
	}
	return list, n
}

// listingVerb: a verb whose object lists the members its subject names
// ("the members are", "the founding states include", "comprised").
func listingVerb(t token) bool {
	return t.is("are", "were", "include", "included", "comprise", "comprised")
}

// composedWord: a participle or adjective that says what a grouping is
// made of ("comprising", "consisting of", "composed of", "made up of").
func composedWord(t token) bool {
	return t.is("comprising", "consisting", "composed", "comprised", "made")
}
