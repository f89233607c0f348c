package extract_test

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// Articles that write one person's name differently give one node, named
// by the fullest form, with every form as an alternate name; a different
// person of the same surname stays apart.
func TestResolvePeople(t *testing.T) {
	articles := []string{
		"External Affairs Minister S Jaishankar arrived in Paris on Monday.",
		"EAM Jaishankar said the talks went well. Jaishankar then left.",
		"Indian Foreign Minister Subrahmanyam Jaishankar met his French counterpart.",
		"Ambassador Priya Jaishankar, no relation, spoke too.",
	}
	people := extract.NewPeople()
	var all []quad.Quad
	for _, text := range articles {
		qs, renames := people.ResolveNames(run("2021-06-10", text))
		// as the store does: earlier quads naming a renamed person by the
		// old name now name it by the new one, and keep the old as an
		// alternate name
		for _, r := range renames {
			for i, q := range all {
				if q.Subject == r.Person && q.Predicate == schema.Name && quad.ToString(q.Object) == r.Old {
					all[i].Object = quad.String(r.New)
					all = append(all, quad.Quad{Subject: r.Person, Predicate: schema.AlternateName, Object: quad.String(r.Old), Label: q.Label})
				}
			}
		}
		all = append(all, qs...)
	}
	names := map[quad.Value]map[string]bool{}
	persons := map[quad.Value]bool{}
	for _, q := range all {
		if q.Predicate == schema.Type && q.Object == schema.Person {
			persons[q.Subject] = true
		}
		if q.Predicate == schema.Name || q.Predicate == schema.AlternateName {
			if names[q.Subject] == nil {
				names[q.Subject] = map[string]bool{}
			}
			names[q.Subject][q.Predicate.String()+" "+quad.ToString(q.Object)] = true
		}
	}
	if len(persons) != 2 {
		t.Fatalf("%d person nodes, want 2: %v", len(persons), persons)
	}
	var minister quad.Value
	for p := range persons {
		if strings.Contains(p.String(), "s-jaishankar") {
			minister = p
		}
	}
	if minister == nil {
		t.Fatalf("no node person/s-jaishankar (the first article's) among %v", persons)
	}
	for _, want := range []string{
		`<http://schema.org/name> Subrahmanyam Jaishankar`,
		`<http://schema.org/alternateName> S Jaishankar`,
		`<http://schema.org/alternateName> Jaishankar`,
	} {
		if !names[minister][want] {
			t.Errorf("the minister's node lacks %s; has %v", want, names[minister])
		}
	}
	if names[minister][`<http://schema.org/name> S Jaishankar`] {
		t.Errorf("the minister's node has two names: %v", names[minister])
	}
	for n := range names[minister] {
		if strings.Contains(n, "Priya") {
			t.Errorf("another Jaishankar was merged into the minister: %v", names[minister])
		}
	}
	if people.Len() != 2 {
		t.Errorf("the index knows %d people, want 2", people.Len())
	}
}
