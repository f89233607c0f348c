package graph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// What a label names of an event or an aid shipment, which have no name
// of their own (or a name many share, "G7 Foreign minister meeting"): who,
// where and when, so that two meetings of one article read apart.
const maxLabelNames = 3 // participants, donors or recipients a label names

// labelFacts are what an event's or a shipment's label is made of, the
// related nodes already named.
type labelFacts struct {
	kind       string   // the event's name, else its class in words: "Meeting"
	who        []string // participants (else organizers) by name, people first
	where      string   // the location's name
	mode       string   // "physical", "virtual", "phone"
	status     string   // "held", "planned"
	date       string
	donors     []string
	recipients []string
}

// isEvent reports the classes labelled by who, where and when.
func isEvent(class quad.IRI) bool {
	return class == schema.Meeting || class == schema.Summit || class == schema.Visit
}

// eventLabel is "Meeting: Antony Blinken – S Jaishankar, London, 2021":
// the participants (at most three, then how many more), the place (or, when
// none is known, how it was held, if not in person), the date, and
// "(planned)" for one not yet held; "" when none of these is known.
func (f labelFacts) eventLabel() string {
	var parts []string
	if w := nameList(f.who, " – "); w != "" {
		parts = append(parts, w)
	}
	switch {
	case f.where != "":
		parts = append(parts, f.where)
	case f.mode != "" && f.mode != "physical":
		parts = append(parts, f.mode)
	}
	if f.date != "" {
		parts = append(parts, f.date)
	}
	if len(parts) == 0 {
		return ""
	}
	label := f.kind + ": " + strings.Join(parts, ", ")
	if f.status == "planned" {
		label += " (planned)"
	}
	return label
}

// shipmentLabel is "Aid shipment: United States → India, 2021-05-28";
// "Aid shipment to India" without a donor, "" when neither side nor the
// date is known.
func (f labelFacts) shipmentLabel() string {
	from, to := nameList(f.donors, " & "), nameList(f.recipients, " & ")
	var label string
	switch {
	case from != "" && to != "":
		label = f.kind + ": " + from + " → " + to
	case from != "":
		label = f.kind + " from " + from
	case to != "":
		label = f.kind + " to " + to
	case f.date != "":
		return f.kind + ": " + f.date
	default:
		return ""
	}
	if f.date != "" {
		label += ", " + f.date
	}
	return label
}

// nameList joins names with sep, at most maxLabelNames of them and then
// how many more: "A – B – C and 2 more".
func nameList(names []string, sep string) string {
	if len(names) <= maxLabelNames {
		return strings.Join(names, sep)
	}
	return strings.Join(names[:maxLabelNames], sep) + fmt.Sprintf(" and %d more", len(names)-maxLabelNames)
}

// sortWho orders participants: people first, then the others, each by
// name; a name twice is kept once.
func sortWho(nodes []*Node) []string {
	sort.SliceStable(nodes, func(i, j int) bool {
		pi, pj := nodes[i].Class == schema.Person, nodes[j].Class == schema.Person
		if pi != pj {
			return pi
		}
		return nodes[i].Name < nodes[j].Name
	})
	var out []string
	seen := map[string]bool{}
	for _, n := range nodes {
		if n.Name != "" && !seen[n.Name] {
			seen[n.Name] = true
			out = append(out, n.Name)
		}
	}
	return out
}

// related reads what an event's or shipment's label names, naming the
// nodes it points at with name (which gives a node's Node).
func relatedFacts(class quad.IRI, name string, objects func(pred quad.IRI) []quad.Value, str func(pred quad.IRI) string, node func(quad.IRI) *Node) labelFacts {
	f := labelFacts{kind: name, date: str(schema.Date)}
	if f.kind == "" {
		f.kind = classWords(class)
	}
	nodes := func(pred quad.IRI) []*Node {
		var out []*Node
		for _, v := range objects(pred) {
			if id, ok := v.(quad.IRI); ok {
				out = append(out, node(id))
			}
		}
		return out
	}
	if class == schema.AidShipment {
		f.donors = sortWho(nodes(schema.Donor))
		f.recipients = sortWho(nodes(schema.Recipient))
		return f
	}
	f.who = sortWho(nodes(schema.Participant))
	if len(f.who) == 0 {
		f.who = sortWho(nodes(schema.Organizer))
	}
	if where := sortWho(nodes(schema.Location)); len(where) > 0 {
		f.where = strings.Join(where, " & ")
	}
	f.mode, f.status = str(schema.Mode), str(schema.Status)
	return f
}

// label is the label of an event or shipment from its facts, else "".
func (f labelFacts) label(class quad.IRI) string {
	if class == schema.AidShipment {
		return f.shipmentLabel()
	}
	return f.eventLabel()
}

// labelled reports the classes whose nodes are labelled by their facts.
func labelled(class quad.IRI) bool { return isEvent(class) || class == schema.AidShipment }
