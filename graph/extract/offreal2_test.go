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

// A title written in lower case with portfolios the lexicon does not list
// ("as minister of natural resources and environmental conservation") is
// the post as written, capitalised; one it lists goes on with more
// portfolios ("minister of mining and petroleum").
func TestLowerCasePortfolios(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AsMinisterOfUnlisted", date: "2023-05-15",
			text: "Kenya named John Mwangi as minister of natural resources and environmental conservation, and Mary Wanjiru as minister of hotels and tourism.",
			want: []string{"holds John Mwangi | Minister of Natural Resources and Environmental Conservation | Kenya",
				"holds Mary Wanjiru | Minister of Hotels and Tourism | Kenya"}},
		{name: "ListedThenMore", date: "2023-05-15",
			text: "Peter Otieno, Kenya's minister of mining and petroleum, said the plan would work.",
			want: []string{"holds Peter Otieno | Minister of Mining and Petroleum | Kenya"}},
		{name: "EndsBeforeVerb", date: "2023-05-15",
			text:   "Peter Otieno, Kenya's minister of health, said on Monday the plan would work.",
			want:   []string{"holds Peter Otieno | Health Minister | Kenya"},
			absent: []string{"holds Peter Otieno | Minister of Health"}},
	})
}
