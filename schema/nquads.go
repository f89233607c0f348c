package schema

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
)

// FormatQuad is the N-Quads statement of q (RDF 1.1 N-Quads), without the
// final newline: the canonical text of a quad, which every output sorts by. Unlike Cayley's writer it prints datatypes as full IRIs
// and escapes what IRIs and literals may not hold, so that strict RDF tools
// read it.
func FormatQuad(q quad.Quad) string {
	var b strings.Builder
	b.Grow(160)
	writeTerm(&b, q.Subject)
	b.WriteByte(' ')
	writeTerm(&b, q.Predicate)
	b.WriteByte(' ')
	writeTerm(&b, q.Object)
	if q.Label != nil {
		b.WriteByte(' ')
		writeTerm(&b, q.Label)
	}
	b.WriteString(" .")
	return b.String()
}

// Term is the N-Quads text of one term in parts, Open+Body+Tail: most
// terms are their value between fixed marks, so the text can be written
// where it is wanted without first being made as a string of its own.
type Term struct {
	Open       byte
	Body, Tail string
}

// TermOf splits FormatTerm(v) into a Term without formatting it when v is
// an IRI or a literal that needs no escapes.
func TermOf(v quad.Value) Term {
	switch v := v.(type) {
	case quad.IRI:
		if s := string(v); strings.Contains(s, "://") && !needsIRIEscape(s) {
			return Term{'<', s, ">"}
		}
	case quad.String:
		if !needsLiteralEscape(string(v)) {
			return Term{'"', string(v), `"`}
		}
	case quad.TypedString:
		if tail, ok := typedTails[v.Type]; ok && !needsLiteralEscape(string(v.Value)) {
			return Term{'"', string(v.Value), tail}
		}
	}
	t := FormatTerm(v)
	return Term{t[0], t[1:], ""}
}

// typedTails are the ends of typed literals of the datatypes we write.
var typedTails = map[quad.IRI]string{}

func init() {
	for _, dt := range []quad.IRI{XSDDate, XSDGYearMonth, XSDGYear, XSDDecimal, XSDInteger, XSDDuration} {
		typedTails[dt] = `"^^<` + string(dt) + `>`
	}
}

// FormatTerm is the N-Quads text of one term, as FormatQuad writes it.
func FormatTerm(v quad.Value) string {
	// the common cases in one allocation
	switch v := v.(type) {
	case quad.IRI:
		if s := string(v); strings.Contains(s, "://") && !needsIRIEscape(s) {
			return "<" + s + ">"
		}
	case quad.String:
		if !needsLiteralEscape(string(v)) {
			return `"` + string(v) + `"`
		}
	}
	var b strings.Builder
	b.Grow(64)
	writeTerm(&b, v)
	return b.String()
}

const xsd = "http://www.w3.org/2001/XMLSchema#"

func writeTerm(b *strings.Builder, v quad.Value) {
	switch v := v.(type) {
	case quad.IRI:
		writeIRI(b, string(v))
	case quad.BNode:
		b.WriteString("_:")
		for _, r := range string(v) {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(b, "_%X_", r)
			}
		}
	case quad.String:
		writeLiteral(b, string(v))
	case quad.TypedString:
		writeLiteral(b, string(v.Value))
		b.WriteString("^^")
		writeIRI(b, string(v.Type))
	case quad.LangString:
		writeLiteral(b, string(v.Value))
		b.WriteByte('@')
		b.WriteString(v.Lang)
	case quad.Int:
		writeLiteral(b, strconv.FormatInt(int64(v), 10))
		b.WriteString("^^<" + xsd + "integer>")
	case quad.Float:
		writeLiteral(b, strconv.FormatFloat(float64(v), 'E', -1, 64))
		b.WriteString("^^<" + xsd + "double>")
	case quad.Bool:
		writeLiteral(b, strconv.FormatBool(bool(v)))
		b.WriteString("^^<" + xsd + "boolean>")
	case quad.Time:
		writeLiteral(b, time.Time(v).UTC().Format(time.RFC3339Nano))
		b.WriteString("^^<" + xsd + "dateTime>")
	default:
		writeLiteral(b, quad.StringOf(v))
	}
}

// writeIRI writes <iri>, with a known prefix ("xsd:") expanded, escaping
// the characters an IRIREF may not hold.
func writeIRI(b *strings.Builder, iri string) {
	if !strings.Contains(iri, "://") && strings.Contains(iri, ":") {
		iri = voc.FullIRI(iri)
	}
	b.WriteByte('<')
	if !needsIRIEscape(iri) {
		b.WriteString(iri)
	} else {
		for _, r := range iri {
			switch {
			case r <= 0x20, r == '<', r == '>', r == '"', r == '{', r == '}', r == '|', r == '^', r == '`', r == '\\':
				fmt.Fprintf(b, `\u%04X`, r)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('>')
}

func needsIRIEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= 0x20, c == '<', c == '>', c == '"', c == '{', c == '}', c == '|', c == '^', c == '`', c == '\\':
			return true
		}
	}
	return false
}

func writeLiteral(b *strings.Builder, s string) {
	b.WriteByte('"')
	if !needsLiteralEscape(s) {
		b.WriteString(s)
		b.WriteByte('"')
		return
	}
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0xfffe || r == 0xffff {
				fmt.Fprintf(b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func needsLiteralEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == 0x7f || c == 0xef {
			return true // 0xef starts U+FFFE and U+FFFF
		}
	}
	return false
}

// WriteNQuads writes quads, one statement a line, in the order given.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	bw := bufio.NewWriter(w)
	for _, q := range quads {
		bw.WriteString(FormatQuad(q))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
