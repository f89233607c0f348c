package extract_test

import "testing"

// Shapes of real reports whose titles were read but given no country: a
// minister an envoy deals with, the country's post after a demonym, and a
// title the lexicon knows for another country written out with its "of".
// The sentences are invented.
func TestOfficeUnsaidCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "EnvoyPostedToHandsOverToMinister", date: "2023-05-15",
			text: "Norway gave 2,000 tonnes of maize to Malawi to help flood victims. Norwegian Ambassador to Malawi Erik Lund handed over the documents to Minister for Lands and Housing Grace Phiri.",
			want: []string{"holds Grace Phiri | Minister for Lands and Housing | Malawi", "holds Erik Lund | Ambassador | Norway"}},
		{name: "EnvoyMeetsUnsaidMinister", date: "2023-05-15",
			text:   "Ghana's Foreign Minister Kofi Mensah and French Foreign Minister Paul Girard spoke on Tuesday about trade with Ghana, the Foreign Ministry said.\n\nSeparately, French Ambassador Luc Moreau met Minister of State for Trade, Ama Owusu, and discussed matters of mutual interest.",
			want:   []string{"holds Ama Owusu | Minister of State for Trade | Ghana"},
			absent: []string{"holds Ama Owusu | Minister of State for Trade | France"}},
		{name: "TheCountrysAfterDemonym", date: "2023-05-15",
			text:   "His appointment comes after talks in Washington with the U.S. President.\n\nChilean President Ana Rojas appointed, on Tuesday, Pedro Vidal as the country's new Minister of Foreign Affairs.",
			want:   []string{"holds Pedro Vidal | Foreign Minister | Chile"},
			absent: []string{"holds Pedro Vidal | Secretary of State"}},
		{name: "OtherCountrysFormWrittenOut", date: "2023-05-15",
			text: "Ecuadorian President Ana Rojas swore in the new cabinet in Quito. The President of the Council of Ministers, Pedro Vidal, was present at the ceremony.",
			want: []string{"holds Pedro Vidal | President of the Council of Ministers | Ecuador"}},
		// a name after the title's portfolios, whose surname is an
		// ordinary word too, is no part of the title
		{name: "NameAfterPortfolioPair", date: "2023-05-15",
			text:   "Turkey sent a ship with 2,000 tonnes of flour to Gaza. Deputy Minister of Youth and Sports Mert Gong also expressed Turkey's continued support for the relief effort.",
			want:   []string{"holds Mert Gong | Deputy Minister of Youth and Sports | Turkey"},
			absent: []string{"office Deputy Minister of Youth and Sports Mert Gong"}},
	})
}
