package extract_test

import "testing"

// Shapes of real wire copy that named a post and lost it: a title in
// apposition after "accompanied by the", a qualifier between demonym and
// title ("Presidential Aide", "Presidential Spokesman"), a portfolio in
// front of a country's own title ("Foreign Affairs Cabinet Secretary"),
// and one who serves an office "to" it ("adviser to the President"). The
// sentences are invented.
func TestOfficeRealShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AccompaniedByTheTitleComma", date: "2023-05-15",
			text: "Senegal's President Amadou Ba will be accompanied by the Minister for Foreign Affairs, Fatou Ndiaye, and officials of the Presidency.",
			want: []string{"holds Fatou Ndiaye | Foreign Minister | Senegal"}},
		{name: "PresidentialAideInList", date: "2023-05-15",
			text:   "The talks in Astana also involve Kazakh Deputy Prime Minister Aidar Nurlanov, Presidential Aide Yerlan Sadykov, Finance Minister Bolat Omarov and Deputy Foreign Minister Timur Zhaksybek.",
			want:   []string{"holds Yerlan Sadykov | Presidential Aide | Kazakhstan", "holds Bolat Omarov | Finance Minister | Kazakhstan", "holds Timur Zhaksybek | Deputy Foreign Minister | Kazakhstan"},
			absent: []string{"person Aide "}},
		{name: "DemonymPresidentialSpokesman", date: "2023-05-15",
			text: "Turkish Presidential Spokesman Ibrahim Yilmaz told reporters that the two leaders would meet first.",
			want: []string{"holds Ibrahim Yilmaz | Spokesperson | Turkey"}},
		{name: "RussianPresidentialSpokesmanIsKremlins", date: "2023-05-15",
			text: "Russian Presidential Spokesman Ivan Morozov told reporters that no documents would be signed.",
			want: []string{"holds Ivan Morozov | Spokesperson | Russia"}},
		{name: "ForeignAffairsCabinetSecretary", date: "2023-05-15",
			text:   "Foreign Affairs Cabinet Secretary Mary Wanjiru received the British envoy at State House, Nairobi.",
			want:   []string{"holds Mary Wanjiru | Cabinet Secretary for Foreign Affairs | Kenya"},
			absent: []string{"holds Mary Wanjiru | Cabinet Secretary | "}},
		{name: "AdviserToDemonymPresident", date: "2023-05-15",
			text:   "Spain's foreign minister held a phone call with Lars Holm, diplomatic adviser to Finnish President Mikko Laine.",
			want:   []string{"holds Lars Holm | Diplomatic Adviser | Finland", "holds Mikko Laine | President | Finland"},
			absent: []string{"holds Mikko Laine | Diplomatic Adviser"}},
		{name: "ChiefOfProtocolNotAPerson", date: "2023-05-15",
			text:   "The ambassador was received by Portugal's Chief of Protocol, Rui Almeida, in Lisbon.",
			want:   []string{"holds Rui Almeida | Chief of Protocol | Portugal"},
			absent: []string{"person Protocol"}},

		// A cabinet list in a story about one country, wherever published.
		{name: "OneCountryStoryCabinet", date: "2023-05-15",
			text: "Leader of Tonga's ruling party, Mele Vea, was appointed on Tuesday as the country's new foreign minister.\n\nFive other lawmakers were named ministers, including Sione Tupou as minister of commerce and Siaosi Fifita as minister of health.",
			want: []string{"holds Sione Tupou | Commerce Minister | Tonga", "holds Siaosi Fifita | Health Minister | Tonga"}},
		{name: "AsTitleCommaNextName", date: "2023-05-15",
			text:   "Tonga named its cabinet on Tuesday, with Dr. Sione Tupou as minister of commerce, Dr. Mele Vea as minister of health and Siaosi Fifita as minister of information.",
			want:   []string{"holds Mele Vea | Health Minister | Tonga", "holds Siaosi Fifita | Information Minister | Tonga"},
			absent: []string{"holds Mele Vea | Commerce Minister"}},
	})
}
