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

// A title the lexicon lists for one country only ("minister of trade and
// industry") written in lower case for another country is that country's
// post as written, capitalised.
func TestLowerCaseTitleOfAnotherCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TradeAndIndustry", date: "2023-05-15",
			text: "Kenya's minister of trade and industry, Paul Otieno, opened the fair in Nairobi.",
			want: []string{"holds Paul Otieno | Minister of Trade and Industry | Kenya"}},
		{name: "Capitalised", date: "2023-05-15",
			text: "Ghana's Minister of Trade and Industry, Ama Mensah, opened the fair in Accra.",
			want: []string{"holds Ama Mensah | Minister of Trade and Industry | Ghana"}},
	})
}
