package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// People knows the persons of a corpus by their names, so that articles
// that write one person's name differently ("S Jaishankar", "Jaishankar",
// "Subrahmanyam Jaishankar") give one node. Extraction of an article is
// pure; Resolve is the step that joins its people to the ones already
// known. It is not safe for concurrent use.
type People struct {
	forms     map[quad.IRI][]string
	bySurname map[string][]quad.IRI
}

// NewPeople returns an empty index.
func NewPeople() *People {
	ensureWords()
	return &People{forms: map[quad.IRI][]string{}, bySurname: map[string][]quad.IRI{}}
}

// Add records names of the person iri.
func (p *People) Add(iri quad.IRI, names ...string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || slices.Contains(p.forms[iri], n) {
			continue
		}
		p.forms[iri] = append(p.forms[iri], n)
		s := surnameKey(n)
		if !slices.Contains(p.bySurname[s], iri) {
			p.bySurname[s] = append(p.bySurname[s], iri)
		}
	}
}

// Len is the number of persons known.
func (p *People) Len() int { return len(p.forms) }

// Resolve joins the persons of one article's quads to the persons known:
// a person whose names are compatible with exactly one known person's
// (same surname, and the same first name or its initial, or one of them
// a surname alone) takes that person's IRI. The node's schema:name is the
// fullest form of all seen; the article's other forms stay as
// schema:alternateName. The article's persons are then known too.
func (p *People) Resolve(quads []quad.Quad) []quad.Quad {
	out, _ := p.ResolveNames(quads)
	return out
}

// Rename is a person whose canonical name an article made fuller: the
// quads of other articles that name it Old should name it New.
type Rename struct {
	Person   quad.IRI
	Old, New string
}

// ResolveNames is Resolve, also returning the persons whose canonical name
// became fuller than the one known before.
func (p *People) ResolveNames(quads []quad.Quad) ([]quad.Quad, []Rename) {
	var renames []Rename
	names := map[quad.IRI][]string{}
	var persons []quad.IRI
	for _, q := range quads {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		switch {
		case q.Predicate == schema.Type && q.Object == schema.Person:
			if !slices.Contains(persons, s) {
				persons = append(persons, s)
			}
		case q.Predicate == schema.Name || q.Predicate == schema.AlternateName:
			if v, ok := q.Object.(quad.String); ok && !slices.Contains(names[s], string(v)) {
				names[s] = append(names[s], string(v))
			}
		}
	}
	sort.Slice(persons, func(i, j int) bool { return persons[i] < persons[j] })
	to := map[quad.IRI]quad.IRI{}
	for _, a := range persons {
		if _, known := p.forms[a]; known {
			continue
		}
		if k, ok := p.match(names[a]); ok {
			to[a] = k
		}
	}
	out := make([]quad.Quad, 0, len(quads))
	nameQuad := map[quad.IRI]quad.Quad{}
	for _, q := range quads {
		if s, ok := q.Subject.(quad.IRI); ok && to[s] != "" {
			q.Subject = to[s]
		}
		if o, ok := q.Object.(quad.IRI); ok && to[o] != "" {
			q.Object = to[o]
		}
		out = append(out, q)
	}
	// the name of each person: the fullest of all its forms
	for _, a := range persons {
		iri := a
		if k := to[a]; k != "" {
			iri = k
		}
		all := append(append([]string(nil), p.forms[iri]...), names[a]...)
		canon := fullest(all)
		if before := fullest(p.forms[iri]); before != "" && before != canon {
			renames = append(renames, Rename{Person: iri, Old: before, New: canon})
		}
		var label quad.Value
		kept := out[:0]
		for _, q := range out {
			if q.Subject == iri && q.Predicate == schema.Name {
				if label == nil {
					label = q.Label
				}
				nameQuad[iri] = q
				continue
			}
			kept = append(kept, q)
		}
		out = kept
		if label == nil {
			continue
		}
		out = append(out, quad.Quad{Subject: iri, Predicate: schema.Name, Object: quad.String(canon), Label: label})
		for _, n := range names[a] {
			if n != canon {
				out = append(out, quad.Quad{Subject: iri, Predicate: schema.AlternateName, Object: quad.String(n), Label: label})
			}
		}
		p.Add(iri, names[a]...)
	}
	return SortUnique(out), renames
}

// match finds the one known person whose names fit forms.
func (p *People) match(forms []string) (quad.IRI, bool) {
	if len(forms) == 0 {
		return "", false
	}
	mine := fullest(forms)
	var found []quad.IRI
	for _, k := range p.bySurname[surnameKey(mine)] {
		if compatibleNames(mine, fullest(p.forms[k])) {
			found = append(found, k)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return "", false
}

// compatibleNames: two names of one person, as far as names tell.
func compatibleNames(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	if len(wa) == 1 || len(wb) == 1 {
		return true
	}
	fa, fb := wa[0], wb[0]
	if fa == fb {
		return true
	}
	return fa[0] == fb[0] && (len(fa) == 1 || len(fb) == 1)
}

// nameWords are a name's words, folded, without initials in the middle and
// generational suffixes.
func nameWords(name string) []string {
	words := strings.Fields(schema.PersonKey(name))
	if len(words) == 1 {
		words = strings.Split(words[0], "-")
	}
	return words
}

func surnameKey(name string) string {
	w := nameWords(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// fullest is the form with the most words, then the longest, then the
// first in byte order: the canonical name.
func fullest(forms []string) string {
	best := ""
	for _, f := range forms {
		nf, nb := len(strings.Fields(f)), len(strings.Fields(best))
		if best == "" || nf > nb || nf == nb && (len(f) > len(best) || len(f) == len(best) && f < best) {
			best = f
		}
	}
	return best
}
