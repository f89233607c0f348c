package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// Grouping membership, only as the text states it (GUIDELINES §3): "the
// Quad grouping of US, India, Australia, and Japan"; "The members of the
// G7 are Canada, France, …"; "India, Japan and Australia are members of the
// Quad"; "X is a member of the G20"; "BRICS, which groups Brazil, …";
// "BRICS (Brazil, Russia, …)"; "A, B and C make up X"; "NATO allies Turkey
// and Hungary"; "Turkey, a NATO ally, …"; "A and B, both members of NATO";
// "Canada and the other members of the G7 (France, Germany, …)"; "Finland
// joined NATO", "Morocco, which rejoined the AU", "Finland became NATO's
// 31st member"; and a cooperation of a list of countries that is exactly
// the membership of a grouping the article names ("quadrilateral
// cooperation between Australia, India, Japan, and the United States"). A
// list that merely equals a grouping's members in the lexicon states
// nothing: "ministers from A, B and C met" is attendance.

var groupNouns = map[string]bool{"grouping": true, "group": true, "bloc": true, "alliance": true,
	"forum": true, "countries": true, "nations": true, "members": true, "member": true,
	"states": true, "economies": true, "coalition": true, "framework": true, "partnership": true,
	"allies": true, "ally": true}

// memberNouns name members themselves: a list right after them is of
// members ("NATO allies Turkey and Hungary", "fellow ASEAN members A and B").
var memberNouns = map[string]bool{"members": true, "allies": true, "countries": true, "nations": true,
	"member": true, "economies": true, "ally": true, "states": true, "state": true, "country": true}

// joinVerbs make the subject a member of the grouping after them.
var joinVerbs = map[string]bool{"joined": true, "rejoined": true, "joins": true, "rejoins": true}

func (d *doc) findMembers() {
	named := map[int]bool{} // groupings the article names, by lexicon row
	for _, m := range d.ments() {
		if m.kind == kGrouping {
			named[m.ref] = true
		}
	}
	for si := range d.sents {
		start, end := d.bounds(si)
		for k := start; k < end; k++ {
			if d.quoted[k] {
				continue
			}
			m := d.mat(k)
			if m != nil && m.i == k && m.kind == kGrouping {
				d.membersAfterGrouping(si, m, end)
				continue
			}
			// a list of countries: "… are members of the X", or a whole
			// lexicon membership
			if m != nil && m.i == k && m.kind == kCountry && (k == start || !d.listSep(k-1)) {
				list, next := d.countryList(k, end)
				if len(list) == 0 {
					continue
				}
				if g := d.memberOfAfter(next, end); g != nil {
					d.addMembers(g, list, si)
					// "Canada and the other members of the G7 (France, …)"
					if more := d.bracketList(next, end); len(more) > 0 {
						d.addMembers(g, more, si)
					}
				} else if g := d.joinedAfter(next, end); g != nil {
					d.addMembers(g, list, si)
				} else if g := d.memberApposition(next, end, len(list) == 1); g != nil {
					d.addMembers(g, list, si)
				} else if len(list) >= 3 && d.collectiveBefore(k, start) {
					// "quadrilateral cooperation between Australia,
					// India, Japan, and the United States": the list
					// is the grouping the article names, as one body
					for row := range named {
						if sameSet(d.x.lex.Groupings[row].Members, list) {
							d.addMembers(d.groupingByRow(row), list, si)
						}
					}
				}
				k = next - 1
			}
		}
	}
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
	return groupNouns[d.toks[b-1].Low] || d.toks[b-1].is("cooperation", "dialogue", "collaboration")
}

// memberApposition reads ", (a|an|fellow) GROUPING member|ally (state) ,"
// after a country ("Turkey, a NATO ally, sent …"), and ", (the) GROUPING
// members|countries|…" after a list of them ("Japan and India, the Quad
// partners, …").
func (d *doc) memberApposition(k, end int, one bool) *entity {
	// countryList leaves k after the comma (and a "the")
	for k > 0 && d.toks[k-1].is("the") {
		k--
	}
	if k < end && d.toks[k].is(",") {
		k++
	} else if k == 0 || !d.toks[k-1].is(",") {
		return nil
	}
	if k < end && d.toks[k].is("a", "an", "the", "fellow") {
		k++
	}
	if k < end && d.toks[k].is("fellow", "founding", "full") {
		k++
	}
	the := k < end && d.toks[k].is("the")
	g := d.groupingAt(k, end)
	if g == nil {
		return nil
	}
	if the {
		k++
	}
	k = d.mat(k).j
	switch {
	case k < end && d.toks[k].is("member", "ally") && !the && one:
	case k < end && d.toks[k].is("members", "allies", "countries", "nations", "partners") && !one:
	default:
		return nil
	}
	k++
	if k < end && d.toks[k].is("state", "country", "nation") {
		k++
	}
	if k < end && !d.toks[k].is(",", ")", "—", "–", ".", "and") {
		return nil
	}
	return g
}

func (d *doc) groupingByRow(row int) *entity {
	return d.groupingEntity(d.x.lex.Groupings[row].Slug)
}

// membersAfterGrouping reads "X (grouping) of|comprising|members are LIST".
func (d *doc) membersAfterGrouping(si int, m *mention, end int) {
	k := m.j
	if k < end && d.toks[k].is("'s", "’s") {
		k++
	}
	if k < end && groupNouns[d.toks[k].Low] {
		k++
		// "EU member states France and Italy"
		if d.toks[k-1].is("member") && k < end && d.toks[k].is("states", "state", "countries", "country", "nations") {
			k++
		}
		// "NATO allies Turkey and Hungary"
		if memberNouns[d.toks[k-1].Low] && k < end && d.mat(k) != nil && d.mat(k).kind == kCountry {
			if list, _ := d.countryList(k, end); len(list) > 0 {
				d.addMembers(d.entityFor(m), list, si)
			}
			return
		}
	}
	// "BRICS, which comprises Brazil, …"; "the Quad, which brings together
	// …"; "BRICS (Brazil, Russia, …)"
	if k+1 < end && d.toks[k].is(",") && d.toks[k+1].is("which", "that") {
		q := k + 2
		if q < end && d.toks[q].is("also") {
			q++
		}
		if q < end && d.toks[q].is("comprises", "comprised", "includes", "included", "groups", "grouped", "unites", "united") {
			k = q
		} else if q+1 < end && d.toks[q].is("brings", "brought") && d.toks[q+1].is("together") {
			k = q + 1
		} else if q+2 < end && d.toks[q].is("is", "was") && d.toks[q+1].is("made", "composed", "comprised") && d.toks[q+2].is("of", "up") {
			k = q + 2
			if k+1 < end && d.toks[k].is("up") && d.toks[k+1].is("of") {
				k++
			}
		} else if q+1 < end && d.toks[q].is("consists") && d.toks[q+1].is("of") {
			k = q + 1
		} else {
			return
		}
		k++
		if k < end && d.toks[k].is("the") {
			k++
		}
		if list, _ := d.countryList(k, end); len(list) >= 2 {
			d.addMembers(d.entityFor(m), list, si)
		}
		return
	}
	if k < end && d.toks[k].is("(") {
		list, next := d.countryList(k+1, end)
		if len(list) >= 2 && next < end && d.toks[next].is(")") {
			d.addMembers(d.entityFor(m), list, si)
		}
		return
	}
	// "the Quad, comprising A, B, C and D"; "the G7, whose members are …"
	if k+1 < end && d.toks[k].is(",") && k == m.j {
		q := k + 1
		switch {
		case d.toks[q].is("comprising", "grouping", "including"):
			q++
		case q+1 < end && d.toks[q].is("consisting", "composed", "made") && d.toks[q+1].is("of", "up"):
			q += 2
			if q < end && d.toks[q].is("of") {
				q++
			}
		case q+1 < end && d.toks[q].is("bringing") && d.toks[q+1].is("together"):
			q += 2
		case q+2 < end && d.toks[q].is("whose") && d.toks[q+1].is("members") && d.toks[q+2].is("are", "include", "were"):
			q += 3
		default:
			// "The EU, France and Germany pledged": a list of
			// donors, not the EU's members
			return
		}
		if q < end && d.toks[q].is("the") {
			q++
		}
		if list, _ := d.countryList(q, end); len(list) >= 2 {
			d.addMembers(d.entityFor(m), list, si)
		}
		return
	}
	switch {
	case k < end && d.toks[k].is("of", "comprising", "including", ",", ":", "—"):
		k++
	case k+1 < end && d.toks[k].is("consisting", "made", "composed") && d.toks[k+1].is("of", "up"):
		k += 2
		if k < end && d.toks[k].is("of") {
			k++
		}
	case k < end && d.toks[k].is("are", "include", "includes", "were", "comprise", "comprises"):
		k++
	default:
		// "The members of the G7 are …"
		if !(m.i >= 3 && d.toks[m.i-1].is("the") && d.toks[m.i-2].is("of") && d.toks[m.i-3].is("members", "member")) &&
			!(m.i >= 2 && d.toks[m.i-1].is("of") && d.toks[m.i-2].is("members", "member")) {
			return
		}
		if k < end && d.toks[k].is("are", "include", "were", "comprise") {
			k++
		} else {
			return
		}
	}
	if k < end && d.toks[k].is("the") {
		k++
	}
	list, _ := d.countryList(k, end)
	if len(list) >= 2 || len(list) == 1 && d.toks[m.j].is("members", "member") {
		d.addMembers(d.entityFor(m), list, si)
	}
}

// joinedAfter reads "(, which)? (has)? joined|rejoined (the)? GROUPING" or
// "became GROUPING's (31st) member" at k.
func (d *doc) joinedAfter(k, end int) *entity {
	if k+1 < end && d.toks[k].is(",") && d.toks[k+1].is("which", "that") {
		k += 2
	} else if k < end && d.toks[k].is("which", "that") && d.toks[k-1].is(",") {
		k++
	}
	if k < end && d.toks[k].is("has", "have", "had", "formally", "officially") {
		k++
	}
	if k < end && d.toks[k].is("became", "becomes", "become") {
		k++
		if g := d.groupingAt(k, end); g != nil {
			n := d.mat(k).j
			for q := n; q < end && q < n+4; q++ {
				if d.toks[q].is("member", "members") {
					return g
				}
			}
		}
		return nil
	}
	if k < end && joinVerbs[d.toks[k].Low] {
		return d.groupingAt(k+1, end)
	}
	return nil
}

// groupingAt is the grouping named at k (after "the").
func (d *doc) groupingAt(k, end int) *entity {
	if k < end && d.toks[k].is("the") {
		k++
	}
	if m := d.mat(k); k < end && m != nil && m.i == k && m.kind == kGrouping {
		return d.entityFor(m)
	}
	return nil
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

// memberOfAfter reads "(are|is) (all)? (a)? member(s) of (the)? GROUPING" at k.
func (d *doc) memberOfAfter(k, end int) *entity {
	if k < end && d.toks[k].is(",", "—", "–", "(") {
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
	if k < end && d.toks[k].is("are", "is", "were", "was", "remain", "remains") {
		k++
	}
	if k < end && d.toks[k].is("all", "both", "a", "an", "the", "founding", "full", "fellow", "other") {
		k++
	}
	// "Chile is one of the 21 members of APEC"
	if k+2 < end && d.toks[k].is("one") && d.toks[k+1].is("of") && d.toks[k+2].is("the") {
		k += 3
		if k < end && d.toks[k].Kind == tNum || numberWords[d.toks[k].Low] > 0 {
			k++
		}
	}
	if k < end && d.toks[k].is("founding", "full", "permanent") {
		k++
	}
	// "Brazil, Russia, India, China and South Africa make up BRICS"
	if k < end && d.toks[k].is("together") {
		k++
	}
	if k+1 < end && d.toks[k].is("make", "made") && d.toks[k+1].is("up") || k < end && d.toks[k].is("form", "formed", "comprise", "constitute") {
		if d.toks[k].is("make", "made") {
			k++
		}
		if g := d.groupingAt(k+1, end); g != nil {
			return g
		}
		return nil
	}
	if k+1 < end && d.toks[k].is("members", "member", "partners", "part") && d.toks[k+1].is("of") {
		k += 2
		if k < end && d.toks[k].is("the") {
			k++
		}
		if k < end && d.mat(k) != nil && d.mat(k).i == k && d.mat(k).kind == kGrouping {
			return d.entityFor(d.mat(k))
		}
	}
	return nil
}

// countryList reads countries joined by commas and "and" from k.
func (d *doc) countryList(k, end int) ([]*entity, int) {
	var out []*entity
	for k < end {
		for k < end && d.toks[k].is("the", "The") {
			k++
		}
		m := d.mat(k)
		if k >= end || m == nil || m.i != k || m.kind != kCountry {
			break
		}
		out = append(out, d.entityFor(m))
		k = m.j
		if k < end && d.listSep(k) {
			for k < end && d.listSep(k) {
				k++
			}
			continue
		}
		break
	}
	// trailing separators are not part of the list
	return out, k
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

func (d *doc) addMembers(g *entity, list []*entity, si int) {
	if g == nil {
		return
	}
	for _, c := range list {
		c.used = true
		d.add(g, schema.Member, c, si)
	}
}
