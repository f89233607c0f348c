package extract_test

import "testing"

// A portfolio noun that is also a word of names ("Energy", "Electricity":
// "Duke Energy") stands last in a title written out before a name of two
// words: it ends the title, and the name begins after it. The sentences
// are invented.
func TestPortfolioNameWordBeforeName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AndNameWord", date: "2023-05-15",
			text:   "Kenyan Minister of Electricity and Energy Peter Kamau visited Mombasa on Monday.",
			want:   []string{"holds Peter Kamau | Minister of Electricity and Energy | Kenya"},
			absent: []string{"person Energy Peter Kamau"}},
		{name: "OfNameWord", date: "2023-05-15",
			text:   "Ghana's Minister of Electricity Kofi Boateng toured the new plant at Aboadze.",
			want:   []string{"holds Kofi Boateng | Minister of Electricity | Ghana"},
			absent: []string{"person Electricity Kofi Boateng"}},
		{name: "ReversedOrder", date: "2023-05-15",
			text:   "Kenyan Minister of Energy and Electricity Peter Kamau visited Mombasa on Monday.",
			want:   []string{"holds Peter Kamau | Minister of Energy and Electricity | Kenya"},
			absent: []string{"person Electricity Peter Kamau"}},
	})
}
