package extract_test

import "testing"

// Lists of envoys presenting credentials: a form of address before each
// name, the title after it on the same line; a plural title over country,
// name pairs parted by ";". The sentences are invented.
func TestEnvoyListShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ExcellencyLines", date: "2021-03-02",
			text: "The following new heads of mission presented their credentials:\n\n" +
				"His Excellency Marek Dvorak Ambassador of the Republic of Serbia\n\n" +
				"Her Excellency Dr. Anna Kowalska Ambassador of the Hellenic Republic\n\n" +
				"The ceremony was held online.",
			want:   []string{"holds Marek Dvorak | Ambassador | Serbia", "holds Anna Kowalska | Ambassador | Greece"},
			absent: []string{"person Her", "person His"}},
		{name: "ExcellencyWithoutTitleAfter", date: "2021-03-02",
			text: "Guests were greeted by Her Excellency Marta Lindqvist on Monday.",
			want: []string{"person Marta Lindqvist"}},
		{name: "NoTitleMidSentence", date: "2021-03-02",
			text:   "His Excellency Tomas Berg Ambassador of Peru said the talks went well.",
			absent: []string{"holds Tomas Berg"}},
		{name: "PairsPartedBySemicolons", date: "2021-03-02",
			text: "President Amara Diallo received the letters of credence of the Ambassadors of Egypt, Tarek Mansour; Kenya, John Otieno, and Peru, Luis Vargas.",
			want: []string{"holds Tarek Mansour | Ambassador | Egypt", "holds John Otieno | Ambassador | Kenya", "holds Luis Vargas | Ambassador | Peru"}},
		{name: "PairsAfterAnotherBody", date: "2021-03-02",
			text:   "The President received the Ambassadors of the Sovereign Order of Malta, Pablo Ortega; Egypt, Tarek Mansour; and Kenya, John Otieno.",
			want:   []string{"person Pablo Ortega", "holds Tarek Mansour | Ambassador | Egypt", "holds John Otieno | Ambassador | Kenya"},
			absent: []string{"holds Pablo Ortega"}},
	})
}

// A counterpart named with no country of their own holds the post of the
// kind their opposite number holds: in the country visited, or after a
// title whose holder is unnamed or was named in the sentences before.
// The sentences are invented.
func TestCounterpartWithoutCountryShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CountryVisited", date: "2023-03-01",
			text: "Foreign Minister Ana Ruiz of Peru will travel to Chile next week. " +
				"During the visit to Chile, Ruiz will hold discussions with her counterpart Tomas Vidal on trade.",
			want: []string{"holds Tomas Vidal | Foreign Minister | Chile"}},
		{name: "UnnamedTitleBefore", date: "2023-03-01",
			text: "India sent aid. Early this week, the prime minister wrote to his Japanese counterpart Kenji Morimoto.",
			want: []string{"holds Kenji Morimoto | Prime Minister | Japan"}},
		{name: "HolderNamedBefore", date: "2023-03-01",
			text: "The President of Ghana, Kofi Mensah, landed in Dakar on Monday. " +
				"At the airport, the visitor, accompanied by his wife, was received by the Senegalese counterpart Moussa Diallo.",
			want: []string{"holds Moussa Diallo | President | Senegal"}},
		{name: "NoVisitNoPost", date: "2023-03-01",
			text:   "Foreign Minister Ana Ruiz of Peru said she spoke with her counterpart Tomas Vidal on Monday.",
			absent: []string{"holds Tomas Vidal"}},
	})
}

// A list of titled names, one title written after a comma before its own
// name; a title of two portfolios joined by "and" before its head; a
// Speaker of a House of Representatives that is no US one. The sentences
// are invented.
func TestTitledListShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ApposedTitleStaysWithUntitledName", date: "2016-10-09",
			text: "The visitor met Julie Bishop, the Australian Foreign Minister, and Tony Smith on Monday.",
			want: []string{"holds Julie Bishop | Minister for Foreign Affairs | Australia"}},
		{name: "TwoPortfoliosLowerCase", date: "2016-10-09",
			text: "In Canberra, the visitor met Australia's trade and investment minister Peter Walsh on Monday.",
			want: []string{"holds Peter Walsh | Minister for Trade | Australia"}},
		{name: "TwoPortfoliosCapitalised", date: "2016-10-09",
			text: "Brazil's Health and Population Minister Rosa Lima said the aid was ready.",
			want: []string{"holds Rosa Lima | Health Minister | Brazil"}},
		{name: "NoTitleOfTheFirstWord", date: "2016-10-09",
			text:   "The bread and butter minister said nothing.",
			absent: []string{"office"}},
	})
}
