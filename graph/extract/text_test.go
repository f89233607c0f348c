package extract

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"U.S. and U.K. aid", "U.S.|and|U.K.|aid"},
		{"Dr. S Jaishankar's visit", "Dr.|S|Jaishankar|'s|visit"},
		{"India’s envoy", "India|’s|envoy"},
		{"1,50,000 doses and 2.5 million", "1,50,000|doses|and|2.5|million"},
		{"COVID-19 large-scale N95", "COVID-19|large-scale|N95"},
		{`"We know," he said`, `"|We|know|,|"|he|said`},
		{"@JakeSullivan46 #VaccineMaitri", "@JakeSullivan46|#VaccineMaitri"},
		{"Côte d'Ivoire", "Côte|d'Ivoire"},
		{"May 3-5, 2021", "May|3-5|,|2021"},
		{"''friend and partner''", "''|friend|and|partner|''"},
		{"\u2018\u2018friend\u2019\u2019 ``partner''", "\u2018\u2018|friend|\u2019\u2019|``|partner|''"},
		{"Lloyd J. Austin", "Lloyd|J.|Austin"},
		{"zero\u200bwidth \u202eRTL", "zero|width|RTL"},
	}
	for _, c := range cases {
		var got []string
		for _, tok := range tokenize(c.in) {
			got = append(got, tok.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("tokenize(%q) = %q, want %q", c.in, strings.Join(got, "|"), c.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Dr. S Jaishankar met Mr. Blinken. They talked.", "Dr. S Jaishankar met Mr. Blinken.|They talked."},
		{"He flew to the U.S. The talks began.", "He flew to the U.S.|The talks began."},
		{"Aid reached the U.S. Embassy today.", "Aid reached the U.S. Embassy today."},
		{`"We will help." The minister left.`, `"We will help."|The minister left.`},
		{"“It is done,” he said. “Now we wait.”", "“It is done,” he said.|“Now we wait.”"},
		{"First paragraph without a stop\n\nSecond one.", "First paragraph without a stop|Second one."},
		{"Goals:\n• one thing\n• another thing", "Goals:|• one thing|• another thing"},
		{"It cost 2.5 million. Then more.", "It cost 2.5 million.|Then more."},
		{"Antony J. Blinken spoke.", "Antony J. Blinken spoke."},
		// name abbreviations (words.tsv abbrev) and dotted honorifics
		{"President Md. Karim Uddin met Smt. Lata Rao. They talked.", "President Md. Karim Uddin met Smt. Lata Rao.|They talked."},
		{"Engr. Tunde Bello signed it in Abuja Inc. The rest followed.", "Engr. Tunde Bello signed it in Abuja Inc.|The rest followed."},
	}
	for _, c := range cases {
		var got []string
		for _, s := range splitSentences(tokenize(c.in)) {
			got = append(got, c.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("splitSentences(%q) =\n  %q\nwant\n  %q", c.in, strings.Join(got, "|"), c.want)
		}
	}
}

func TestUpperOf(t *testing.T) {
	for _, c := range []struct{ pat, text string }{
		{"India", "INDIA"}, {"India", "INDIa"}, {"India", "INDI"}, {"India", "INDIAS"}, {"Côte", "CÔTE"},
		{"Côte", "COTE"}, {"", ""}, {"", "A"}, {"a", ""}, {"straße", "STRASSE"}, {"straße", "STRAßE"},
	} {
		if got, want := upperOf(c.pat, c.text), strings.ToUpper(c.pat) == c.text; got != want {
			t.Errorf("upperOf(%q, %q) = %v, want %v", c.pat, c.text, got, want)
		}
	}
}
