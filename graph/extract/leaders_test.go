package extract_test

import (
	"strings"
	"testing"
)

// A leader's title whose country the text leaves unsaid takes the country
// whose holder of that post bears the name on the article's day
// (leaders.tsv), and the table's whole name; the text's own country comes
// first, and the table never gives an untitled person a post (invented
// sentences, real leaders' terms).
func TestLeaderTerms(t *testing.T) {
	for _, c := range []struct {
		date, text string
		want       string // a holds line that must be there ("" for none)
		not        string // a word no holds line may have
	}{
		{"2019-03-04", "President Buhari told reporters on Monday that the talks had gone well.",
			"holds Muhammadu Buhari | President | Nigeria", ""},
		{"2019-03-04", "President Muhammadu Buhari told reporters on Monday that the talks had gone well.",
			"holds Muhammadu Buhari | President | Nigeria", ""},
		// India's foreign minister has India's title
		{"2022-06-01", "Foreign Minister Jaishankar told reporters on Monday that the talks had gone well.",
			"holds S. Jaishankar | External Affairs Minister | India", ""},
		// Chinese and Korean leaders named by the family name, first
		{"2019-03-04", "Premier Li told reporters on Monday that the talks had gone well.",
			"holds Li Keqiang | Premier | China", ""},
		{"2019-03-04", "President Moon told reporters on Monday that the talks had gone well.",
			"holds Moon Jae-in | President | South Korea", ""},
		// a country shared over "and" gives way to the leader's own
		{"2019-01-09", "Russian President Vladimir Putin and PM Modi also spoke over the phone on Monday.",
			"holds Narendra Modi | Prime Minister | India", "Modi | Prime Minister | Russia"},
		{"2019-01-09", "Russian President Vladimir Putin and PM Modi also spoke over the phone on Monday.",
			"holds Vladimir Putin | President | Russia", ""},
		// the leader's whole name with a word more in front of it
		{"2010-06-01", "President Percy Mahinda Rajapaksa told reporters on Monday that the talks had gone well.",
			"holds Percy Mahinda Rajapaksa | President | Sri Lanka", ""},
		// (but not another name that only ends like a leader's)
		{"2019-03-04", "President Aliyu Buhari told reporters on Monday that the talks had gone well.",
			"", "Nigeria"},
		// before his term: not Nigeria's president
		{"2010-03-01", "President Buhari told reporters on Monday that the talks had gone well.",
			"", "Nigeria"},
		// a post the person did not hold
		{"2019-03-04", "Foreign Minister Buhari told reporters on Monday that the talks had gone well.",
			"", "Nigeria"},
		// no title, no post
		{"2019-03-04", "Buhari told reporters on Monday that the talks had gone well.",
			"", "holds"},
		// the text's country first
		{"2019-03-04", "Kenyan President Buhari told reporters on Monday that the talks had gone well.",
			"holds Buhari | President | Kenya", "Nigeria"},
		// two kings of that name reigned in 2008 (Jordan's Abdullah II,
		// Saudi Arabia's Abdullah): the table cannot say which
		{"2008-08-11", "King Abdullah received the delegation on Monday.",
			"", "Jordan"},
		{"2008-08-11", "King Abdullah received the delegation on Monday.",
			"", "Saudi"},
		// a leader's whole name whose last word is a month's: the name
		// goes on to it
		{"2017-03-17", "He passed on a message from Prime Minister Theresa May, alongside an invitation.",
			"holds Theresa May | Prime Minister | United Kingdom", ""},
		{"2017-03-17", "Theresa May spoke to the president by phone on Friday.",
			"", "holds Theresa |"},
		// a title word inside a leader's whole name
		{"2023-11-25", "\u201cWe have opened a new chapter,\u201d said President of Somalia Hassan Sheikh Mohamud.",
			"holds Hassan Sheikh Mohamud | President | Somalia", "holds Hassan |"},
		// a title word that is an office of the lexicon on its own
		// ("Amir") inside a leader's whole name, after a name word
		{"2022-05-16", "Iran's Foreign Minister Hossein Amir Abdollahian told reporters on Monday that the talks had gone well.",
			"holds Hossein Amir Abdollahian | Foreign Minister | Iran", "Emir"},
		// a leader's name that a dictionary also lists as a word is a
		// name after a title
		{"2022-09-20", "President Macron welcomed Prime Minister Truss in Paris on Monday.",
			"holds Emmanuel Macron | President | France", ""},
		{"2022-09-20", "President Macron welcomed Prime Minister Truss in Paris on Monday.",
			"holds Liz Truss | Prime Minister | United Kingdom", ""},
		// a title of the lexicon with the state's formal name after it,
		// before such a name
		{"2017-06-09", "Chairman of the People's Republic of China Xi Jinping attended the meeting.",
			"holds Xi Jinping | Chairman of the People's Republic of China | China", ""},
		// between the Saudi king's death (2015) and the Malaysian king's reign (2019), one
		{"2017-04-17", "King Abdullah received the delegation on Monday.",
			"holds Abdullah II | King | Jordan", ""},
	} {
		got := view(run(c.date, c.text))
		if c.want != "" && !hasLine(got, c.want) {
			t.Errorf("%s %q: want %q in %q", c.date, c.text, c.want, got)
		}
		if c.not == "" {
			continue
		}
		for _, l := range got {
			if strings.HasPrefix(l, "holds") && strings.Contains(l, c.not) {
				t.Errorf("%s %q: no %s wanted, got %q", c.date, c.text, c.not, l)
			}
		}
	}
}

// A leader's whole name is a person's wherever the text names it, with no
// title ("John Mahama"), and the table still gives no post.
func TestKnownLeaderNames(t *testing.T) {
	got := view(run("2025-02-02", "Those who attended the meeting were John Mahama, Azali Assoumani and others."))
	for _, want := range []string{"person John Mahama", "person Azali Assoumani"} {
		if !hasLine(got, want) {
			t.Errorf("want %q in %q", want, got)
		}
	}
	for _, l := range got {
		if strings.HasPrefix(l, "holds") {
			t.Errorf("unwanted %q", l)
		}
	}
}

// The heads of organisations (orgleaders.tsv) are read as the leaders are:
// a title the text leaves unsaid takes the organisation the person heads,
// not the one the story names most, and a head's whole name is a person.
func TestOrganisationHeads(t *testing.T) {
	got := view(run("2019-03-04", "ASEAN leaders met in Bangkok on Monday. Secretary-General Guterres said the talks went well. Director-General Tedros also spoke. Ban Ki-moon sent a message."))
	for _, want := range []string{"holds António Guterres | Secretary-General | UN", "holds Tedros Adhanom Ghebreyesus | Director-General | WHO", "person Ban Ki-moon"} {
		if !hasLine(got, want) {
			t.Errorf("want %q in %q", want, got)
		}
	}
	for _, l := range got {
		if strings.Contains(l, "ASEAN") && strings.HasPrefix(l, "holds") {
			t.Errorf("unwanted %q", l)
		}
	}
}
