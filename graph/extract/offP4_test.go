package extract_test

import "testing"

// Shapes of office prose from real failures (readable sets), in invented
// sentences (real foreign ministers' terms where the lexicon's table of
// leaders is the knowledge read).
func TestOfficeShapesP4(t *testing.T) {
	checkShapes(t, []shape{
		// a titled person listed right after another whose country is
		// known serves the same government
		{name: "ListMateGovernment", date: "2018-09-18",
			text: "Prime Minister Imran Khan has left for a two-day visit to Saudi Arabia and Qatar.\n\n" +
				"The premier is accompanied by Foreign Minister Shah Mehmood Qureshi, Finance Minister Omar Siddiq, Information Minister Bilal Haider and senior officials.\n\n" +
				"During his visit on the invitation of King Salman bin Abdulaziz and Crown Prince Mohammad Bin Salman, the premier will hold talks with the king.",
			want: []string{"holds Omar Siddiq | Finance Minister | Pakistan", "holds Bilal Haider | Information Minister | Pakistan"}},
		{name: "ListMateSemicolons", date: "2017-02-27",
			text: "President Elena Ruiz of Mexico received the visitors from the United States and Canada.\n\n" +
				"The meeting was attended by Foreign Minister of Mexico Luis Herrera; Minister of Tourism Carlos Ortiz; and Minister of Energy Pablo Ortega.",
			want: []string{"holds Carlos Ortiz | Tourism Minister | Mexico", "holds Pablo Ortega | Energy Minister | Mexico"}},
		// a bare "Secretary" or "Minister" before the name of a
		// country's foreign minister, whose title has that word
		{name: "BareSecretaryIsSecretaryOfState", date: "2018-03-02",
			text: "On his first trip to Africa, Secretary Rex Tillerson will travel to Chad, Djibouti, Ethiopia, Kenya and Nigeria.",
			want: []string{"holds Rex Tillerson | Secretary of State | United States"}},
		{name: "BareMinisterIsForeignMinister", date: "2008-05-02",
			text: "The talks in Brasilia were opened by Minister Celso Amorim and the visiting delegation.",
			want: []string{"holds Celso Amorim | Foreign Minister | Brazil"}},
		// no foreign minister of that name that day: no post
		{name: "BareSecretaryNoLeader", date: "2018-03-02",
			text:   "On his first trip to Africa, Secretary Daniel Okafor will travel to Chad and Kenya.",
			absent: []string{"holds Daniel Okafor"}},
		// a list of names each followed by its title: the title after A
		// set off by no comma is still A's, never the next name's
		{name: "AppositionListNoComma", date: "2022-09-26",
			text: "The delegation held meetings with Mr. Karim Belkacem Foreign Minister of Algeria, Mr. Nikola Petrovic, Minister of Foreign Affairs of the Republic of Serbia, Mr. Tesfaye Alemu, Deputy Prime Minister and Foreign Minister of the Federal Democratic Republic of Ethiopia, Mr. Rami Haddad, Minister of Foreign Affairs of the Syrian Arab Republic.",
			want: []string{"holds Nikola Petrovic | Foreign Minister | Serbia", "holds Tesfaye Alemu | Foreign Minister | Ethiopia",
				"holds Tesfaye Alemu | Deputy Prime Minister | Ethiopia", "holds Rami Haddad | Foreign Minister | Syria"},
			absent: []string{"holds Nikola Petrovic | Foreign Minister | Algeria", "holds Tesfaye Alemu | Foreign Minister | Serbia",
				"holds Tesfaye Alemu | Deputy Prime Minister | Serbia", "holds Rami Haddad | Foreign Minister | Ethiopia", "holds Rami Haddad | Deputy Prime Minister"}},
		// a Red Cross or Red Crescent society's post is no government's,
		// its country's name in front notwithstanding (GUIDELINES 1.4:
		// NGOs' positions are no offices)
		{name: "RedCrescentVicePresident", date: "2017-05-28",
			text:   "ANKARA: Turkish Red Crescent Vice-president Ali Demir headed a delegation to Mogadishu this week. Fiji Red Cross president Peter Kalo said the country was flattened.",
			want:   []string{"person Ali Demir", "person Peter Kalo"},
			absent: []string{"holds Ali Demir", "holds Peter Kalo"}},
		// (a country's own vice president still is its post)
		{name: "CountryVicePresidentStays", date: "2017-05-28",
			text: "Kenyan Vice-President Amina Otieno met the delegation in Nairobi.",
			want: []string{"holds Amina Otieno | Vice President | Kenya"}},
		// an adviser's title names the brief after "on": "Special
		// Assistant to the Prime Minister on Health", with the next
		// title in a list its own holder's
		{name: "AdviserOnBrief", date: "2019-10-08",
			text: "KATHMANDU: The delegation includes Adviser to the Prime Minister on Commerce Hari Thapa, Special Assistant to the Prime Minister on Petroleum Ram Karki and senior officials.",
			want: []string{"holds Hari Thapa | Adviser to the Prime Minister on Commerce | Nepal",
				"holds Ram Karki | Special Assistant to the Prime Minister on Petroleum | Nepal"},
			absent: []string{"holds Hari Thapa | Special Assistant"}},
		// the one a visiting delegation holds talks with in the country
		// it visits is of that country, however the title stands:
		// "with the TITLE, Mr. X", "with Ms. X, TITLE", "and the TITLE, Y"
		{name: "VisitedHostTheTitleAndApposition", date: "2016-07-21",
			text: "Asmara, 21 July 2016. A senior Kenyan government delegation is conducting a working visit to the Republic of Korea.\n\n" +
				"The Kenyan delegation held talks with Ms. Han Mi-ra, Vice Minister of Education, on bilateral relations.\n\n" +
				"The Kenyan delegation also held talks with the Minister of Trade, Mr. Park Jun-ho and the Vice Minister, Mr. Lee Sung-min.",
			want:   []string{"holds Han Mi-ra | Vice Minister of Education | South Korea", "holds Park Jun-ho | Trade Minister | South Korea"},
			absent: []string{"holds Han Mi-ra | Vice Minister of Education | Kenya", "holds Park Jun-ho | Trade Minister | Kenya", "holds Lee Sung-min | Deputy Minister | Kenya"}},
	})
}
