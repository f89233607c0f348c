package extract_test

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Names read from real failures' shapes (readR1, readE1): the sentences
// are invented.
func TestPeopleAfterTitleField(t *testing.T) {
	checkShapes(t, []shape{
		// a title's field after "on" or "for" is no word of the name
		{name: "AdviserOnField", date: "2021-06-02",
			text:   "The president was accompanied by Adviser to the Prime Minister on Commerce Halima Osei Bonsu and senior officials.",
			want:   []string{"person Halima Osei Bonsu"},
			absent: []string{"person Commerce"}},
		{name: "AssistantOnField", date: "2021-06-02",
			text:   "The delegation included Special Assistant to the President on Petroleum Kofi Mensah Adjei.",
			want:   []string{"person Kofi Mensah Adjei"},
			absent: []string{"person Petroleum"}},
		// a field joined to the title's own by "&" or a list
		{name: "AmpersandField", date: "2022-11-29",
			text:   "Ghanaian Minister for Mines & Petroleum Yaw Boateng Owusu was also present at the talks.",
			want:   []string{"person Yaw Boateng Owusu"},
			absent: []string{"person Petroleum"}},
		{name: "ListedFields", date: "2019-10-08",
			text:   "The delegation included Minister for Planning, Development and Reform Kwame Ofori and other officials.",
			want:   []string{"person Kwame Ofori"},
			absent: []string{"person Reform"}},
		// two words of the name stay, whatever they are
		{name: "TwoWordsStay", date: "2019-10-08",
			text: "The delegation included Minister for Health Grace Mensah and other officials.",
			want: []string{"person Grace Mensah"}},
	})
}

// "Amir" after a title begins the name, a given name, as "Pak" does
// (words.tsv honorname); alone in front of a name it stays a title.
func TestPeopleAmirGivenName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AfterTitle", date: "2022-11-29",
			text:   "Minister of State Aisha Rahman met Afghanistan's Foreign Minister Amir Hassan Sadiqi in Kabul on Tuesday.",
			want:   []string{"person Amir Hassan Sadiqi", "holds Amir Hassan Sadiqi | Foreign Minister | Afghanistan"},
			absent: []string{"person Hassan Sadiqi"}},
	})
}

// A leader named in full by leaders.tsv keeps the table's other forms of
// the name as alternate names ("King X", "X bin Y"), the ones a reader
// knows the person by.
func TestLeaderWholeNameAliases(t *testing.T) {
	cases := []struct{ date, text, name, alt string }{
		{"2021-05-26", "The minister conveyed greetings from King Salman and Crown Prince Mohammed bin Salman.",
			"Salman bin Abdulaziz Al Saud", "Salman bin Abdulaziz"},
		{"2019-03-04", "President Buhari told reporters on Monday that the talks had gone well.",
			"Muhammadu Buhari", ""},
	}
	for _, c := range cases {
		alts := map[string]bool{}
		var subject quad.Value
		qs := run(c.date, c.text)
		for _, q := range qs {
			if q.Predicate == schema.Name && q.Object == quad.String(c.name) {
				subject = q.Subject
			}
		}
		for _, q := range qs {
			if q.Subject == subject && q.Predicate == schema.AlternateName {
				alts[string(q.Object.(quad.String))] = true
			}
		}
		if subject == nil || c.alt != "" && !alts[c.alt] {
			t.Errorf("from %q: %q with alternates %v, want %q among them", c.text, c.name, alts, c.alt)
		}
	}
}

// "and" followed at once by an organisation's head noun begins another
// noun phrase ("Congress leader X"), no longer name of a thing.
func TestPeopleBeforeAndOrgWord(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AndCongressLeader", date: "2004-11-07",
			text: "The visitor will also meet Ghanaian President Kofi Agyeman and Senate leader Ama Boateng during his stay.",
			want: []string{"person Kofi Agyeman", "holds Kofi Agyeman | President | Ghana"}},
		{name: "ThingStays", date: "2004-11-07",
			text:   "The grant was made by the Kofi Agyeman Education and Health Foundation in Accra.",
			absent: []string{"person Kofi Agyeman"}},
	})
}
