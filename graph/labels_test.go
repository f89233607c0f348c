package graph_test

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// eventsStore holds one article with two meetings, a summit, a visit, an
// event nothing is known of, a shipment and an event that names itself as
// its participant.
func eventsStore(t *testing.T) (*graph.Store, quad.IRI) {
	t.Helper()
	st, _ := MustOpen(t)
	art := schema.ArticleIRI(strings.Repeat("e", 64))
	s1 := schema.SentenceIRI(art, 1)
	ev := func(n string) quad.IRI { return quad.IRI(string(art) + "/event/" + n) }
	qs := []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: s1, Predicate: schema.IsPartOf, Object: art, Label: art},
		{Subject: s1, Predicate: schema.Text, Object: quad.String("They met."), Label: art},
	}
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: s1})
	}
	for _, e := range []struct {
		id   quad.IRI
		name string
		c    quad.IRI
	}{
		{id("person/s-jaishankar"), "S Jaishankar", schema.Person},
		{id("person/antony-blinken"), "Antony Blinken", schema.Person},
		{id("person/antonio-guterres"), "Antonio Guterres", schema.Person},
		{id("person/a"), "Ann A", schema.Person},
		{id("person/b"), "Bob B", schema.Person},
		{id("office/us/secretary-of-defense"), "Secretary of Defense", schema.Office},
		{id("place/washington"), "Washington", schema.City},
		{id("place/new-york"), "New York", schema.City},
		{id("country/us"), "United States", schema.Country},
		{id("country/in"), "India", schema.Country},
		{id("grouping/g7"), "G7", schema.Grouping},
	} {
		add(e.id, schema.Type, e.c)
		add(e.id, schema.Name, quad.String(e.name))
	}
	date := func(s string) quad.Value { return quad.TypedString{Value: quad.String(s), Type: schema.XSDDate} }

	add(ev("1"), schema.Type, schema.Meeting)
	add(ev("1"), schema.Participant, id("person/s-jaishankar"))
	add(ev("1"), schema.Participant, id("person/antony-blinken"))
	add(ev("1"), schema.Participant, id("office/us/secretary-of-defense"))
	add(ev("1"), schema.Location, id("place/washington"))
	add(ev("1"), schema.Date, date("2021-05-28"))
	add(ev("1"), schema.Mode, quad.String("physical"))

	add(ev("2"), schema.Type, schema.Meeting)
	add(ev("2"), schema.Participant, id("person/s-jaishankar"))
	add(ev("2"), schema.Participant, id("person/antonio-guterres"))
	add(ev("2"), schema.Location, id("place/new-york"))
	add(ev("2"), schema.Date, date("2021-05-28"))
	add(ev("2"), schema.Status, quad.String("planned"))

	add(ev("3"), schema.Type, schema.Summit)
	add(ev("3"), schema.Name, quad.String("G7 summit"))
	add(ev("3"), schema.Organizer, id("grouping/g7"))
	add(ev("3"), schema.Mode, quad.String("virtual"))

	add(ev("4"), schema.Type, schema.Meeting) // nothing known but that it was

	add(ev("5"), schema.Type, schema.Visit)
	for _, p := range []string{"person/a", "person/b", "person/s-jaishankar", "person/antony-blinken", "person/antonio-guterres"} {
		add(ev("5"), schema.Participant, id(p))
	}
	add(ev("5"), schema.Location, id("country/us"))

	add(ev("6"), schema.Type, schema.Meeting)
	add(ev("6"), schema.Participant, ev("6"))
	add(ev("6"), schema.Participant, id("person/a"))

	ship := quad.IRI(string(art) + "/shipment/1")
	add(ship, schema.Type, schema.AidShipment)
	add(ship, schema.Donor, id("country/us"))
	add(ship, schema.Recipient, id("country/in"))
	add(ship, schema.Date, date("2021-05-01"))
	ship2 := quad.IRI(string(art) + "/shipment/2")
	add(ship2, schema.Type, schema.AidShipment)
	add(ship2, schema.Recipient, id("country/in"))

	if _, err := st.ReplaceArticle(context.Background(), art, "events.txt", qs); err != nil {
		t.Fatal(err)
	}
	return st, art
}

// Events and shipments are labelled by who, where and when, the same on
// entity pages, in pictures of a neighbourhood and in the DOT export.
func TestEventLabels(t *testing.T) {
	st, art := eventsStore(t)
	ctx := context.Background()
	want := map[string]string{
		"/event/1":    "Meeting: Antony Blinken – S Jaishankar – Secretary of Defense, Washington, 2021-05-28",
		"/event/2":    "Meeting: Antonio Guterres – S Jaishankar, New York, 2021-05-28 (planned)",
		"/event/3":    "G7 summit: G7, virtual",
		"/event/4":    "Meeting 4",
		"/event/5":    "Visit: Ann A – Antonio Guterres – Antony Blinken and 2 more, United States",
		"/event/6":    "Meeting: Ann A",
		"/shipment/1": "Aid shipment: United States → India, 2021-05-01",
		"/shipment/2": "Aid shipment to India",
	}
	quads, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := graph.WriteDOT(&b, quads); err != nil {
		t.Fatal(err)
	}
	dot := b.String()
	for suffix, label := range want {
		node := quad.IRI(string(art) + suffix)
		e, err := st.Entity(ctx, node, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if e.Name != label {
			t.Errorf("%s: the page names it %q, want %q", suffix, e.Name, label)
		}
		g, err := st.Neighbourhood(ctx, node, 1)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range g.Nodes {
			if n.ID == node && n.Name != label {
				t.Errorf("%s: its picture names it %q, want %q", suffix, n.Name, label)
			}
		}
		if !strings.Contains(dot, `tooltip="`+label+` (`) {
			t.Errorf("%s: the DOT export does not name it %q", suffix, label)
		}
	}
	// a picture breaks a long label into lines between names, not in one
	m := regexp.MustCompile(`label="(Meeting: Antonio Guterres[^"]*)"`).FindStringSubmatch(dot)
	if m == nil || strings.ReplaceAll(m[1], `\n`, " ") != want["/event/2"] || !strings.Contains(m[1], `\n`) || strings.Contains(m[1], `S\nJaishankar`) {
		t.Errorf("the picture's label of /event/2: %q", m)
	}
	// a person's page names the events they took part in by their labels
	e, err := st.Entity(ctx, id("person/s-jaishankar"), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range e.Facts {
		if f.OtherNode != nil {
			seen[f.OtherNode.Name] = true
		}
	}
	for _, s := range []string{"/event/1", "/event/2", "/event/5"} {
		if !seen[want[s]] {
			t.Errorf("Jaishankar's page does not name %s %q: %v", s, want[s], seen)
		}
	}
}
