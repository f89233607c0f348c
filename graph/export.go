package graph

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/newsgraph/newsgraph/schema"
)

// Formats export can write.
var Formats = []string{"nquads", "jsonld", "dot"}

// Export writes sorted quads in the named format.
func Export(w io.Writer, format string, quads []quad.Quad) error {
	switch format {
	case "", "nquads", "nq":
		return schema.WriteNQuads(w, quads)
	case "jsonld", "json-ld":
		return writeJSONLD(w, quads)
	case "dot":
		return WriteDOT(w, quads)
	}
	return fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, ", "))
}

func writeJSONLD(w io.Writer, quads []quad.Quad) error {
	jw := jsonld.NewWriter(w)
	for _, q := range quads {
		q.Subject, q.Predicate, q.Object = fullValue(q.Subject), fullValue(q.Predicate), fullValue(q.Object)
		if q.Label != nil {
			q.Label = fullValue(q.Label)
		}
		if err := jw.WriteQuad(q); err != nil {
			return err
		}
	}
	return jw.Close()
}

func fullValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return v.Full()
	case quad.TypedString:
		v.Type = v.Type.Full()
		return v
	}
	return v
}

// dotStyle is the shape and colour of each class's nodes.
var dotStyle = map[quad.IRI]string{
	schema.Person:      `shape=ellipse,style=filled,fillcolor="#ffe0b2"`,
	schema.Country:     `shape=box,style=filled,fillcolor="#c8e6c9"`,
	schema.Grouping:    `shape=box,style="filled,rounded",fillcolor="#b2dfdb"`,
	schema.Office:      `shape=note,style=filled,fillcolor="#e1bee7"`,
	schema.City:        `shape=house,style=filled,fillcolor="#dcedc8"`,
	schema.Topic:       `shape=hexagon,style=filled,fillcolor="#fff9c4"`,
	schema.Meeting:     `shape=diamond,style=filled,fillcolor="#bbdefb"`,
	schema.Summit:      `shape=diamond,style=filled,fillcolor="#90caf9"`,
	schema.Visit:       `shape=diamond,style=filled,fillcolor="#e3f2fd"`,
	schema.Quotation:   `shape=box,style=filled,fillcolor="#f5f5f5"`,
	schema.AidShipment: `shape=cds,style=filled,fillcolor="#ffcdd2"`,
	schema.AidItem:     `shape=component,style=filled,fillcolor="#ffebee"`,
	schema.Initiative:  `shape=octagon,style=filled,fillcolor="#d7ccc8"`,
}

// WriteDOT writes the graph for Graphviz: nodes labelled by schema:name,
// shaped and coloured by class, edges labelled by predicate; articles and
// sentences left out, literals other than names folded into the label.
func WriteDOT(w io.Writer, quads []quad.Quad) error {
	class := map[string]quad.IRI{}
	name := map[string]string{}
	for _, q := range quads {
		s := quad.ToString(q.Subject)
		switch q.Predicate {
		case schema.Type:
			if c, ok := q.Object.(quad.IRI); ok {
				class[s] = c
			}
		case schema.Name:
			if _, ok := name[s]; !ok {
				name[s] = quad.ToString(q.Object)
			}
		case schema.Text:
			if _, ok := name[s]; !ok {
				name[s] = "“" + clip(quad.ToString(q.Object), 40) + "”"
			}
		}
	}
	hidden := func(n string) bool {
		c := class[n]
		return c == schema.Sentence || c == schema.NewsArticle || n == string(storeNode)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph newsgraph {")
	fmt.Fprintln(bw, `  graph [rankdir=LR, fontname="Helvetica"];`)
	fmt.Fprintln(bw, `  node [fontname="Helvetica", fontsize=10];`)
	fmt.Fprintln(bw, `  edge [fontname="Helvetica", fontsize=8, color="#607d8b"];`)
	var nodes []string
	for n, c := range class {
		if !hidden(n) && dotStyle[c] != "" {
			nodes = append(nodes, n)
		}
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		label := name[n]
		if label == "" {
			label = short(quad.IRI(n))
		}
		fmt.Fprintf(bw, "  %s [label=%s,%s];\n", dotID(n), dotString(label), dotStyle[class[n]])
	}
	seen := map[string]bool{}
	for _, q := range quads {
		s, ok1 := q.Subject.(quad.IRI)
		o, ok2 := q.Object.(quad.IRI)
		if !ok1 || !ok2 || q.Predicate == schema.Type || q.Predicate == schema.Mentions {
			continue
		}
		if hidden(string(s)) || hidden(string(o)) || class[string(s)] == "" || class[string(o)] == "" {
			continue
		}
		k := string(s) + " " + quad.ToString(q.Predicate) + " " + string(o)
		if seen[k] {
			continue
		}
		seen[k] = true
		p := short(asIRI(q.Predicate))
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", dotID(string(s)), dotID(string(o)), dotString(p))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

func dotID(iri string) string { return dotString(short(quad.IRI(iri))) }

func dotString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
