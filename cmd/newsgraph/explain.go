package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// writeExplained prints an article's facts the way a reader checks them:
// sentence by sentence, the sentence's text, then each fact read from it
// (IRIs with their prefixes) with the rule that made it and the words it
// matched; then the facts of the article's header and of the lexicon. The
// sentences' own descriptions (text, offsets) are left out.
func writeExplained(w io.Writer, ex []extract.Explained) error {
	bw := bufio.NewWriter(w)
	text := map[quad.Value]string{}
	var sentences []quad.Value
	for _, e := range ex {
		if e.Quad.Predicate == schema.Type && e.Quad.Object == schema.Sentence {
			sentences = append(sentences, e.Quad.Subject)
		}
		if e.Quad.Predicate == schema.Text && e.Rule == "article/sentence" {
			text[e.Quad.Subject] = quad.ToString(e.Quad.Object)
		}
	}
	// sentences in text order: their IRIs end in #s1, #s2, …
	order := map[quad.Value]int{}
	for _, s := range sentences {
		str := string(s.(quad.IRI))
		n := 0
		fmt.Sscanf(str[strings.LastIndex(str, "#s")+2:], "%d", &n)
		order[s] = n
	}
	groups := map[int][]extract.Explained{}
	const header, lexiconGroup = -1, 1 << 30
	for _, e := range ex {
		switch {
		case e.Rule == "article/sentence":
			continue
		case e.Quad.Label == schema.Lexicon:
			groups[lexiconGroup] = append(groups[lexiconGroup], e)
		case order[e.Quad.Label] > 0:
			groups[order[e.Quad.Label]] = append(groups[order[e.Quad.Label]], e)
		default:
			groups[header] = append(groups[header], e)
		}
	}
	write := func(title string, es []extract.Explained) {
		if len(es) == 0 {
			return
		}
		fmt.Fprintln(bw, title)
		for _, e := range es {
			fmt.Fprintf(bw, "    %s %s %s", term(e.Quad.Subject), term(e.Quad.Predicate), term(e.Quad.Object))
			if e.Rule != "" {
				fmt.Fprintf(bw, "    [%s]", e.Rule)
			} else {
				fmt.Fprint(bw, "    [-]")
			}
			if e.Words != "" {
				fmt.Fprintf(bw, " %q", e.Words)
			}
			fmt.Fprintln(bw)
		}
	}
	write("article", groups[header])
	for n := 1; n <= len(sentences); n++ {
		for _, s := range sentences {
			if order[s] == n && len(groups[n]) > 0 {
				write(fmt.Sprintf("s%d %q", n, text[s]), groups[n])
			}
		}
	}
	write("lexicon", groups[lexiconGroup])
	return bw.Flush()
}

// term is a quad's term with its IRI prefixed where a prefix is known.
func term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + graph.ShortIRI(v) + ">"
	case quad.TypedString:
		return schema.FormatTerm(quad.String(v.Value)) + "^^<" + graph.ShortIRI(v.Type) + ">"
	}
	return schema.FormatTerm(v)
}
