package extract_test

import "testing"

// Shapes of office prose from real failures (readable sets), in invented
// sentences.
func TestOfficeShapesP2(t *testing.T) {
	checkShapes(t, []shape{
		// "in PLACE, COUNTRY, TITLE X said": the country is where, not
		// whose
		{name: "PlaceCommaCountryIsGoverned", date: "2023-03-01",
			text:   "Chile has agreed to expand grain trade with Peru, the Chilean Foreign Ministry said on Monday.\n\nThe two sides discussed the accord reached last month by the two presidents in Patagonia, Argentina, Foreign Ministry spokesperson Ana Vidal said at a press conference.",
			absent: []string{"holds Ana Vidal | Spokesperson | Argentina", "office Spokesperson | Argentina"}},
		// "the country's TITLE": the country the sentence has act, not
		// the last one named
		{name: "TheCountrysIsTheActor", date: "2023-11-29",
			text:   "Jordan sent another convoy carrying relief goods for the people of Syria, the country's interior minister has said.",
			want:   []string{"office Interior Minister | Jordan"},
			absent: []string{"office Interior Minister | Syria"}},
		// "Ambassador Extraordinary and Plenipotentiary" is an
		// ambassador's full title, before a name or after it
		{name: "AmbassadorExtraordinary", date: "2023-03-01",
			text: "LIMA: Ambassador Extraordinary and Plenipotentiary of Chile Jorge Ruiz presented his credentials to President Ana Soto.\n\nTomas Vega, Ambassador Extraordinary and Plenipotentiary of Bolivia, also attended.",
			want: []string{"holds Jorge Ruiz | Ambassador | Chile", "holds Tomas Vega | Ambassador | Bolivia"}},
		// a plural title, and after a colon the list of names, each with
		// its country
		{name: "PluralTitleColonList", date: "2023-03-01",
			text: "The following Ambassadors Extraordinary and Plenipotentiary will be the guests of the President in the Palace: Jorge Ruiz of Chile, Tomas Vega of Bolivia, and Ana Kruger of Austria.",
			want: []string{"holds Jorge Ruiz | Ambassador | Chile", "holds Tomas Vega | Ambassador | Bolivia", "holds Ana Kruger | Ambassador | Austria"}},
		{name: "PluralTitleColonListPlain", date: "2023-03-01",
			text: "Three new ambassadors presented their letters to the King on Tuesday: Jorge Ruiz of Chile, Tomas Vega of Bolivia and Ana Kruger of Austria.",
			want: []string{"holds Jorge Ruiz | Ambassador | Chile", "holds Ana Kruger | Ambassador | Austria"}},
		// a ruling family's members share a given name's initial and the
		// family's name: two names with other middle names are two
		// persons; a counterpart of a deputy prime minister and foreign
		// minister holds the portfolio; a given name and the father's
		// name is the longer name they begin
		{name: "FamilyNamesCounterpartLineage", date: "2021-03-01",
			text: "DOHA: His Highness the Emir Sheikh Fahad Al-Hamad Al-Jassim Al-Thani received Deputy Prime Minister and Foreign Minister Sheikh Faisal Al-Nasser Al-Thani, along with his Peruvian counterpart Ana Soto.\n\n" +
				"Sheikh Faisal Al-Nasser and Soto then held talks on trade.",
			want: []string{"holds Fahad Al-Hamad Al-Jassim Al-Thani | Emir | Qatar", "holds Faisal Al-Nasser Al-Thani | Foreign Minister | Qatar",
				"holds Ana Soto | Foreign Minister | Peru", "Meeting Ana Soto, Faisal Al-Nasser Al-Thani | - | Doha | -"},
			absent: []string{"holds Fahad Al-Hamad Al-Jassim Al-Thani | Foreign Minister", "holds Ana Soto | Deputy Prime Minister"}},
		// a city-state's name as the dateline places the titles the
		// story leaves without a country
		{name: "CountryDateline", date: "2021-03-01",
			text: "SINGAPORE: The Peruvian envoy called on the President on Monday.\n\nLater, Minister for Trade and Industry Tan Wei Ming received the envoy.",
			want: []string{"holds Tan Wei Ming | Minister for Trade and Industry | Singapore"}},
		// a list that begins with a title: each title stands before its
		// name, past forms of address and a rank
		{name: "TitleFirstList", date: "2021-01-22",
			text:   "LIMA: The Chilean Ambassador to Peru, H.E. General Tomas Vega, Minister for Foreign Affairs and Trade, Mr. Jorge Ruiz, Minister for Health, Mrs. Ana Soto and Principal Secretary of Health, Dr. Luis Prado were all present for the occasion.",
			want:   []string{"holds Tomas Vega | Ambassador | Chile", "holds Jorge Ruiz | Foreign Minister | Peru", "holds Ana Soto | Health Minister | Peru"},
			absent: []string{"holds Tomas Vega | Minister", "holds Jorge Ruiz | Health"}},
		// a list that begins with a name: each title is the name's before
		// it
		{name: "NameFirstList", date: "2021-01-22",
			text: "Present were Tomas Vega, Chilean Ambassador to Peru, Jorge Ruiz, Peruvian Minister for Health, and others.",
			want: []string{"holds Tomas Vega | Ambassador | Chile", "holds Jorge Ruiz | Health Minister | Peru"}},
		// "X, who is here on a visit, will meet TITLE Y": the host is of
		// the dateline's country
		{name: "VisitorHereMeetsHost", date: "2009-03-12",
			text: "BRASILIA, March 11 (Xinhua) -- Peruvian Foreign Minister Ana Soto will meet the president of Peru's neighbour on Thursday to discuss issues of mutual concern, a Peruvian spokesman said.\n\n" +
				"Soto, who is here on a three-day working visit, would first meet Chief of Staff Tomas Vega.",
			want:   []string{"holds Tomas Vega | Chief of Staff | Brazil"},
			absent: []string{"holds Tomas Vega | Chief of Staff | China"}},
		// coordinated titles in apposition with no country: the country
		// whose foreign minister the person is on the day (leaders.tsv,
		// a real term) places both
		{name: "CoordinatedTitlesOfALeader", date: "2019-10-20",
			text: "The Russian delegation paid a working visit to Peru on Monday and met with President Jorge Ruiz.\n\n" +
				"Sergey Lavrov, Deputy Prime Minister and Minister of Foreign Affairs, recalled his visit to Peru at the government meeting on 19 October.",
			want:   []string{"holds Sergey Lavrov | Deputy Prime Minister | Russia", "holds Sergey Lavrov | Foreign Minister | Russia"},
			absent: []string{"holds Sergey Lavrov | Deputy Prime Minister | Peru"}},
		// "the President of the Republic" is the country's President,
		// one office with "President X"
		{name: "PresidentOfTheRepublic", date: "2017-09-12",
			text:   "ACCRA: The President of the Republic, Kwame Asante, on Tuesday opened the new hospital in Kumasi.\n\nPresident Asante said the hospital would serve the whole region.",
			want:   []string{"holds Kwame Asante | President | Ghana"},
			absent: []string{"office President of the Republic"}},
		// a title broken over two lines is the title of one line
		{name: "TitleOverALineBreak", date: "2007-08-17",
			text:   "The summit was opened by Jorge Ruiz, the President of the\nRepublic of Chile, on Friday.",
			want:   []string{"holds Jorge Ruiz | President | Chile"},
			absent: []string{"office President of"}},
		// "Head of the Office of the President X": X heads a body, and
		// is no president
		{name: "OfficeOfThePresident", date: "2024-10-18",
			text:   "HANOI: Also attending were Head of the Office of the President Tran Van Minh and Deputy Foreign Minister Nguyen Thi Lan. At the ceremony, Deputy Head of the Office of the President Pham Quoc Bao read the decision.",
			want:   []string{"person Tran Van Minh", "person Pham Quoc Bao"},
			absent: []string{"holds Tran Van Minh | President", "holds Pham Quoc Bao | President"}},
	})
}

// An envoy's country does not pass along a list to the host's office
// holders, nor theirs to the envoy.
func TestEnvoyJurisdictionStays(t *testing.T) {
	checkShapes(t, []shape{
		{name: "EnvoyThenHostMinister", date: "2020-03-02",
			text:   "NAIROBI: The Ghanaian Ambassador to Kenya, Kofi Mensah, Minister for Foreign Affairs and Trade, Mr. Peter Kamau, were present.",
			want:   []string{"holds Kofi Mensah | Ambassador | Ghana"},
			absent: []string{"holds Peter Kamau | Foreign Minister | Ghana"}},
	})
}
