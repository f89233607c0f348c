package extract_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// Shapes of real reports whose titles were read but given no country: the
// country's post after a demonym, and a
// title the lexicon knows for another country written out with its "of".
// The sentences are invented.
func TestOfficeUnsaidCountry(t *testing.T) {
	checkShapes(t, []shape{
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

// Lists under a plural title, as real summit reports write them: an item
// with its country in front, an item with its own post in apposition,
// and countries listed first with their holders "respectively" or in
// apposition. The sentences are invented.
func TestPluralTitleLists(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PossessiveAndApposedItems", date: "2023-05-15",
			text: "The summit opened in Nairobi on Monday. Attending were presidents Ali Hassan of Djibouti, the current IGAD chairman, Kenya's John Mwangi, Peter Okello of Uganda and Samuel Deng of South Sudan.",
			want: []string{"holds Ali Hassan | President | Djibouti", "holds Ali Hassan | Chairperson | IGAD", "holds John Mwangi | President | Kenya",
				"holds Peter Okello | President | Uganda", "holds Samuel Deng | President | South Sudan"}},
		{name: "Respectively", date: "2023-05-15",
			text:   "Also attending the summit in Lima are the presidents of Paraguay and Uruguay – Ana Rojas and Pedro Vidal, respectively – as well as representatives from Chile and Peru.",
			want:   []string{"holds Ana Rojas | President | Paraguay", "holds Pedro Vidal | President | Uruguay"},
			absent: []string{"holds Ana Rojas | President | Uruguay", "holds Pedro Vidal | President | Paraguay"}},
		{name: "ParallelListsNoRespectively", date: "2023-05-15",
			text:   "The treaty was signed in Minsk by the presidents of Armenia, Georgia and Moldova, Ana Rojas, Pedro Vidal and Lena Holm.",
			want:   []string{"holds Ana Rojas | President | Armenia", "holds Pedro Vidal | President | Georgia", "holds Lena Holm | President | Moldova"},
			absent: []string{"holds Ana Rojas | President | Georgia"}},
		{name: "ParallelListsInApposition", date: "2023-05-15",
			text: "The foreign ministers of Chile and Peru, Ana Rojas and Pedro Vidal, met in Lima on Monday.",
			want: []string{"holds Ana Rojas | Foreign Minister | Chile", "holds Pedro Vidal | Foreign Minister | Peru"}},
	})
}

// A title word of the lexicon inside a leader's whole name ("Amir", an
// Emir's title, is a given name too) is the name's, with an invented
// foreign minister added to the leaders' table.
func TestTitleWordInsideLeadersName(t *testing.T) {
	lex := *lexicon.Default()
	lex.Leaders = append(slices.Clone(lex.Leaders), lexicon.Leader{Country: "IR", Roles: []string{"foreign minister"},
		Name: "Reza Amir Tabandeh", From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	lx := extract.New(&lex)
	text := "The Foreign Minister of Iran Reza Amir Tabandeh reached Pakistan last night for his first visit."
	got := view(lx.Article(extract.Article{Source: "test", Text: text, Date: time.Date(2023, 8, 3, 0, 0, 0, 0, time.UTC)}))
	if !has(got, "holds Reza Amir Tabandeh | Foreign Minister | Iran") || hasPrefix(got, "office Emir") {
		t.Errorf("from %q got:\n  %s", text, strings.Join(got, "\n  "))
	}
}

// Titles news writes that the lexicon lacked, and a consulate's city after
// the title: "Consul General of CITY NAME" (the city is the post's seat,
// not part of the name, and the title not the name's before it). The
// sentences are invented.
func TestOfficeFormsAndConsulates(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ViceChancellorOfGermany", date: "2024-12-11",
			text:   "The Ukrainian prime minister will meet Chancellor Karl Vogel and Vice-Chancellor Anna Brandt in Berlin.",
			want:   []string{"holds Anna Brandt | Vice-Chancellor | Germany", "person Anna Brandt"},
			absent: []string{"person Vice-Chancellor"}},
		{name: "KremlinLeader", date: "2024-12-11",
			text: "He said Kremlin leader Ivan Sokolov would only negotiate when Ukraine could defend itself.",
			want: []string{"holds Ivan Sokolov | President | Russia"}},
		{name: "PakistanParliamentTitlesWithoutOf", date: "2023-08-03",
			text: "ISLAMABAD: The Turkish foreign minister will also call on the Speaker National Assembly Tariq Mahmood and the Chairman Senate Usman Ghani.",
			want: []string{"holds Tariq Mahmood | Speaker of the National Assembly | Pakistan", "holds Usman Ghani | Chairman of the Senate | Pakistan"}},
		{name: "ConsulGeneralOfCity", date: "2008-05-17",
			text:   "India's ambassador to China, Meera Nair, Consul General of Shanghai Arjun Mehta and local officials were present at the airport.",
			want:   []string{"holds Meera Nair | Ambassador | India", "holds Arjun Mehta | Consul General | India"},
			absent: []string{"holds Meera Nair | Consul General"}},
	})
}
