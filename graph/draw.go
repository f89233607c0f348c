package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Limits of a picture: deeper or larger neighbourhoods are unreadable, and
// cost more than a page should.
const (
	MaxDepth        = 3
	MaxPictureNodes = 60
)

// Edge is a fact between two pictured nodes.
type Edge struct {
	From, To  quad.IRI
	Predicate quad.IRI
}

// Subgraph is what a picture shows: nodes sorted by IRI, edges sorted.
type Subgraph struct {
	Center    quad.IRI // the entity drawn; "" for the whole graph
	Depth     int
	Nodes     []Node
	Edges     []Edge
	Truncated bool // some nodes left out: more than MaxPictureNodes
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

// otherStyle is for a class dotStyle does not know (an article drawn as
// the centre of its own picture).
const otherStyle = `shape=box,style=dashed`

// hidden reports a node that pictures leave out: sentences, articles, the
// store's own record, and nodes of no class (Wikidata IRIs, the lexicon).
func hidden(id, class quad.IRI) bool {
	return class == "" || class == schema.Sentence || class == schema.NewsArticle ||
		id == storeNode || id == schema.Lexicon
}

// drawn reports a predicate that pictures show as an edge.
func drawn(p quad.IRI) bool {
	return p != schema.Type && p != schema.Mentions && p != schema.IsPartOf
}

// Neighbourhood is the part of the graph within depth edges of id (either
// direction), without sentences and articles: depth is held to
// 0…MaxDepth, nodes to MaxPictureNodes. ErrNotFound when the store holds
// nothing about id.
func (s *Store) Neighbourhood(ctx context.Context, id quad.IRI, depth int) (*Subgraph, error) {
	depth = max(0, min(depth, MaxDepth))
	nm := s.newNamer(ctx)
	if err := s.exists(ctx, id); err != nil {
		return nil, err
	}
	g := &Subgraph{Center: id, Depth: depth}
	in := map[quad.IRI]bool{id: true}
	seen := map[Edge]bool{}
	frontier := []quad.IRI{id}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []quad.IRI
		for _, n := range frontier {
			var qs []quad.Quad
			for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
				part, more, err := s.quadsUpTo(ctx, dir, n, maxNodeQuadRun)
				if err != nil {
					return nil, err
				}
				g.Truncated = g.Truncated || more
				qs = append(qs, part...)
			}
			sort.Slice(qs, func(i, j int) bool { return quadKey(qs[i]) < quadKey(qs[j]) })
			for _, q := range qs {
				sub, ok1 := q.Subject.(quad.IRI)
				obj, ok2 := q.Object.(quad.IRI)
				pred := asIRI(q.Predicate)
				if !ok1 || !ok2 || !drawn(pred) {
					continue
				}
				other := obj
				if obj == n {
					other = sub
				}
				if o := nm.node(other); hidden(o.ID, o.Class) {
					continue
				}
				if !in[other] {
					if len(in) >= MaxPictureNodes {
						g.Truncated = true
						continue
					}
					in[other] = true
					next = append(next, other)
				}
				e := Edge{From: sub, To: obj, Predicate: pred}
				if !seen[e] {
					seen[e] = true
					g.Edges = append(g.Edges, e)
				}
			}
		}
		frontier = next
	}
	for n := range in {
		g.Nodes = append(g.Nodes, *nm.node(n))
	}
	g.sort()
	return g, nil
}

func quadKey(q quad.Quad) string {
	return quad.StringOf(q.Predicate) + " " + quad.StringOf(q.Subject) + " " + quad.StringOf(q.Object)
}

func (g *Subgraph) sort() {
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.To < b.To
	})
}

// subgraphOf is the picture of a whole set of quads: every node of a class
// that pictures show, and the edges between them.
func subgraphOf(quads []quad.Quad) *Subgraph {
	type info struct {
		class                   quad.IRI
		name, text, date, title string
		mode, status            string
		rel                     map[quad.IRI][]quad.Value // what a label names
	}
	nodes := map[quad.IRI]*info{}
	get := func(id quad.IRI) *info {
		if nodes[id] == nil {
			nodes[id] = &info{}
		}
		return nodes[id]
	}
	setOnce := func(dst *string, v quad.Value) {
		if *dst == "" {
			*dst = lexical(v)
		}
	}
	for _, q := range quads {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		switch q.Predicate {
		case schema.Type:
			if c, ok := q.Object.(quad.IRI); ok && get(s).class == "" {
				get(s).class = c
			}
		case schema.Name:
			setOnce(&get(s).name, q.Object)
		case schema.Text:
			setOnce(&get(s).text, q.Object)
		case schema.Headline:
			setOnce(&get(s).title, q.Object)
		case schema.Date:
			setOnce(&get(s).date, q.Object)
		case schema.Mode:
			setOnce(&get(s).mode, q.Object)
		case schema.Status:
			setOnce(&get(s).status, q.Object)
		case schema.Participant, schema.Organizer, schema.Location, schema.Donor, schema.Recipient:
			in := get(s)
			if in.rel == nil {
				in.rel = map[quad.IRI][]quad.Value{}
			}
			in.rel[q.Predicate.(quad.IRI)] = append(in.rel[q.Predicate.(quad.IRI)], q.Object)
		}
	}
	for _, q := range quads {
		// lexicon facts name nodes no article typed: a G7 member
		for _, v := range []quad.Value{q.Subject, q.Object} {
			if id, ok := v.(quad.IRI); ok && nodes[id] == nil && kindClass(id) != "" {
				nodes[id] = &info{}
			}
		}
	}
	for id, in := range nodes {
		if in.class == "" {
			in.class = kindClass(id)
		}
	}
	named := map[quad.IRI]*Node{}
	var node func(id quad.IRI) *Node
	node = func(id quad.IRI) *Node {
		if n, ok := named[id]; ok {
			return n
		}
		in := nodes[id]
		if in == nil {
			in = &info{class: kindClass(id)}
		}
		n := &Node{ID: id, Name: in.name, Class: in.class}
		named[id] = n // before naming related nodes, which may point back
		if labelled(in.class) {
			objects := func(p quad.IRI) []quad.Value { return in.rel[p] }
			str := func(p quad.IRI) string {
				switch p {
				case schema.Date:
					return in.date
				case schema.Mode:
					return in.mode
				case schema.Status:
					return in.status
				}
				return ""
			}
			if l := relatedFacts(in.class, in.name, objects, str, node).label(in.class); l != "" {
				n.Name = l
				return n
			}
		}
		if n.Name == "" {
			text := ""
			if in.class == schema.Quotation {
				text = in.text
			}
			n.Name = displayName(id, in.class, text, in.date)
		}
		return n
	}
	g := &Subgraph{}
	for id, in := range nodes {
		if hidden(id, in.class) {
			continue
		}
		g.Nodes = append(g.Nodes, *node(id))
	}
	seen := map[Edge]bool{}
	for _, q := range quads {
		s, ok1 := q.Subject.(quad.IRI)
		o, ok2 := q.Object.(quad.IRI)
		p := asIRI(q.Predicate)
		if !ok1 || !ok2 || !drawn(p) || nodes[s] == nil || nodes[o] == nil {
			continue
		}
		if hidden(s, nodes[s].class) || hidden(o, nodes[o].class) {
			continue
		}
		e := Edge{From: s, To: o, Predicate: p}
		if !seen[e] {
			seen[e] = true
			g.Edges = append(g.Edges, e)
		}
	}
	g.sort()
	return g
}

// WriteDOT writes the graph of quads for Graphviz: nodes labelled by
// schema:name, shaped and coloured by class, edges labelled by predicate;
// sentences and articles left out.
func WriteDOT(w io.Writer, quads []quad.Quad) error {
	return subgraphOf(quads).WriteDOT(w, nil)
}

// WriteDOT writes the subgraph for Graphviz (dot -Tsvg renders it). When
// link is not nil, each node links to link(its IRI), in the whole window.
func (g *Subgraph) WriteDOT(w io.Writer, link func(quad.IRI) string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph newsgraph {")
	fmt.Fprintln(bw, `  graph [rankdir=LR, fontname="Helvetica", bgcolor="white", pad=0.2];`)
	fmt.Fprintln(bw, `  node [fontname="Helvetica", fontsize=10];`)
	fmt.Fprintln(bw, `  edge [fontname="Helvetica", fontsize=8, color="#607d8b", fontcolor="#37474f"];`)
	for _, n := range g.Nodes {
		style, ok := dotStyle[n.Class]
		if !ok {
			style = otherStyle
		}
		attrs := fmt.Sprintf("label=%s,%s,tooltip=%s", dotString(wrap(n.Name, 28, 3)), style, dotString(n.Name+" ("+n.ClassName()+")"))
		if n.ID == g.Center {
			attrs += `,penwidth=2.5,fontsize=12`
		}
		if link != nil {
			attrs += fmt.Sprintf(`,URL=%s,target="_top"`, dotString(link(n.ID)))
		}
		fmt.Fprintf(bw, "  %s [%s];\n", dotID(n.ID), attrs)
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", dotID(e.From), dotID(e.To), dotString(localName(e.Predicate)))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// DOT is the subgraph as DOT text, as WriteDOT writes it.
func (g *Subgraph) DOT(link func(quad.IRI) string) []byte {
	var b bytes.Buffer
	g.WriteDOT(&b, link) // a bytes.Buffer does not fail
	return b.Bytes()
}

func dotID(iri quad.IRI) string { return dotString(short(iri)) }

// dotString quotes s for DOT. Graphviz reads escString in labels, so a
// backslash is doubled (no \l, \N surprises) and a newline written \n.
func dotString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "").Replace(s) + `"`
}

// wrap breaks s into lines of about width runes, at most lines of them,
// the last clipped: an event's label reads whole in a picture where one
// line would cut off its place and date. It breaks after ", ", ": ", " –"
// and " →" where it can, so that a name stays on one line, else at spaces.
func wrap(s string, width, lines int) string {
	var segs []string
	last := 0
	for _, m := range breakPoints.FindAllStringIndex(s, -1) {
		segs = append(segs, s[last:m[1]])
		last = m[1]
	}
	segs = append(segs, s[last:])
	var words []string // the pieces between break points, each with its space
	for _, seg := range segs {
		if len([]rune(seg)) <= width {
			words = append(words, seg)
			continue
		}
		for _, w := range strings.Fields(seg) {
			words = append(words, w+" ")
		}
	}
	var out []string
	line := ""
	for _, w := range words {
		if line != "" && len([]rune(strings.TrimSpace(line+w))) > width {
			out = append(out, strings.TrimSpace(line))
			line = ""
		}
		line += w
	}
	if strings.TrimSpace(line) != "" {
		out = append(out, strings.TrimSpace(line))
	}
	if len(out) > lines {
		out[lines-1] = clip(strings.Join(out[lines-1:], " "), width-1)
		out = out[:lines]
	}
	for i, l := range out {
		out[i] = clip(l, width+12) // a word longer than a line
	}
	return strings.Join(out, "\n")
}

// breakPoints splits a label after its separators, keeping them.
var breakPoints = regexp.MustCompile(`, |: | – | → `)

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// ErrNoGraphviz is returned by RenderSVG when Graphviz's dot is not found.
var ErrNoGraphviz = errors.New("Graphviz's dot program is not found (install graphviz): no SVG without it, only DOT text (draw --format dot)")

// RenderSVG runs Graphviz's dot (program: its name or path; "" means
// "dot") over DOT text and returns the SVG, within 30 seconds.
func RenderSVG(ctx context.Context, program string, dot []byte) ([]byte, error) {
	if program == "" {
		program = "dot"
	}
	p, err := exec.LookPath(program)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoGraphviz, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, p, "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.WaitDelay = time.Second
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("graphviz dot: %s", clip(msg, 300))
	}
	return out.Bytes(), nil
}
