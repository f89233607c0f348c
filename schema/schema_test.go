package schema_test

import (
	"testing"

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
