package schema_test

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

func TestSlug(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Antony Blinken", "antony-blinken"},
		{"António Guterres", "antonio-guterres"},
		{"Secretary-General", "secretary-general"},
		{"U.S. Trade Representative", "us-trade-representative"},
		{"Côte d'Ivoire", "cote-divoire"},
		{"  Covid-19 / vaccines  ", "covid-19-vaccines"},
		{"東京", ""},
	}
	for _, c := range cases {
		if got := schema.Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPersonKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Antony J. Blinken", "antony-blinken"},
		{"Antony Blinken", "antony-blinken"},
		{"Lloyd J Austin III", "lloyd-austin"},
		{"S Jaishankar", "s-jaishankar"},
		{"Taranjit Singh Sandhu", "taranjit-singh-sandhu"},
		{"Jaishankar", "jaishankar"},
	}
	for _, c := range cases {
		if got := schema.PersonKey(c.in); got != c.want {
			t.Errorf("PersonKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIRIs(t *testing.T) {
	art := schema.ArticleIRI(schema.TextHash("text"))
	if got, want := string(schema.SentenceIRI(art, 3)), string(art)+"#s3"; got != want {
		t.Errorf("SentenceIRI = %s, want %s", got, want)
	}
	if got := string(schema.OfficeIRI("in", "External Affairs Minister")); got != "https://w3id.org/newsgraph/id/office/in/external-affairs-minister" {
		t.Errorf("OfficeIRI = %s", got)
	}
	if got := string(schema.CountryIRI("IN")); got != "https://w3id.org/newsgraph/id/country/in" {
		t.Errorf("CountryIRI = %s", got)
	}
}

// A Term is FormatTerm's text in parts.
func TestTermOf(t *testing.T) {
	vals := []quad.Value{
		quad.IRI("https://w3id.org/newsgraph/id/article/ab"),
		quad.IRI("https://w3id.org/newsgraph/id/article/ab#s1"),
		quad.IRI("https://w3id.org/newsgraph/id/article/ab/shipment/1"),
		quad.IRI("https://w3id.org/newsgraph/id/article/a"),
		quad.IRI("https://example.org/a b"), quad.IRI("https://example.org/a>"),
		quad.IRI("schema:name"), quad.IRI("x"),
		quad.String(""), quad.String("India"), quad.String("India's"), quad.String("Indi"),
		quad.String(`say "no"`), quad.String("a\nb"), quad.String("Ind\u00e9"),
		schema.Typed("2021-05-28", schema.XSDDate), schema.Typed("2021", schema.XSDGYear), schema.Typed("2021-05", schema.XSDGYearMonth),
		schema.Typed("20000", schema.XSDDecimal), schema.Typed("20", schema.XSDInteger), schema.Typed("P3D", schema.XSDDuration),
		schema.Typed("x", quad.IRI("https://example.org/dt")), schema.Typed(`a"b`, schema.XSDDate),
		quad.LangString{Value: "Inde", Lang: "fr"}, quad.BNode("b1"),
	}
	for _, v := range vals {
		tm := schema.TermOf(v)
		if got := string(tm.Open) + tm.Body + tm.Tail; got != schema.FormatTerm(v) {
			t.Errorf("schema.TermOf(%#v) = %q, FormatTerm %q", v, got, schema.FormatTerm(v))
		}
	}
}
