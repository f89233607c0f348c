package extract_test

import "testing"

// A minister's portfolio written in capitals in front of the title, in
// words the lexicon has no title of ("National Unity Minister X",
// "Malaysian Rural Development Minister X"): the title as written, of the
// country a demonym, possessive or the context gives. The sentences are
// invented.
func TestPortfolioBeforeMinister(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DemonymAndUnknownPortfolio", date: "2023-05-02",
			text: "Malaysian National Unity Minister Aaron Dagang met officials in Jakarta on Tuesday.",
			want: []string{"holds Aaron Dagang | National Unity Minister | Malaysia"}},
		{name: "PossessiveAndPairedPortfolio", date: "2023-05-02",
			text: "Kenya's Water and Sanitation Minister Alice Wahome opened the plant in Kisumu.",
			want: []string{"holds Alice Wahome | Water and Sanitation Minister | Kenya"}},
		{name: "WordInFrontOfAKnownTitle", date: "2023-05-02",
			text: "Ghanaian Rural Development Minister Kofi Mensah toured the region on Monday.",
			want: []string{"holds Kofi Mensah | Rural Development Minister | Ghana"}},
		{name: "ListAfterLeader", date: "2023-07-26",
			text: "Malaysian Prime Minister Anwar Ibrahim met the delegation in Putrajaya. Among those present were International Trade and Industry Minister Datuk Seri Ali Hamzah Yusof and Plantation and Commodities Minister Datuk Lee Chong Wei.",
			want: []string{"holds Ali Hamzah Yusof | International Trade and Industry Minister | Malaysia",
				"holds Lee Chong Wei | Plantation and Commodities Minister | Malaysia"}},
		// the portfolio after "and" begins further back: no title is read
		{name: "AfterAnd", date: "2022-03-29",
			text:   "EAC and Regional Affairs Principal Secretary Ann Kiptoo said the bloc would admit the country.",
			absent: []string{"office Regional Affairs Principal Secretary"}},
		{name: "ModifierIsNoPortfolio", date: "2023-05-02",
			text:   "Acting Finance Minister Jan Kowal of Poland met officials in Warsaw.",
			absent: []string{"office Acting Finance Minister"}},
	})
}

// A plural title after a list of peoples ("Russian and French Foreign
// Ministers met"): one office of each country; names after it take the
// countries in turn. The sentences are invented.
func TestPluralTitleAfterPeoples(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TwoPeoplesNoNames", date: "2017-02-18",
			text: "Indian and Japanese Foreign Ministers met on the sidelines of the conference in Munich on Saturday.",
			want: []string{"office External Affairs Minister | India", "office Foreign Minister | Japan"}},
		{name: "ThreePeoplesAndNames", date: "2019-03-02",
			text: "German, Spanish and Italian Defence Ministers Anna Weber, Pablo Ruiz and Marco Rossi signed the accord in Rome.",
			want: []string{"holds Anna Weber | Defence Minister | Germany", "holds Pablo Ruiz | Defence Minister | Spain",
				"holds Marco Rossi | Defence Minister | Italy"}},
		// in lower case the plural speaks of the people, not the posts
		{name: "LowerCase", date: "2020-09-04",
			text:   "The Indian and Chinese defence ministers met in Moscow on Friday.",
			absent: []string{"office Defence Minister"}},
	})
}

// A body's acronym or name news writes before a spokesperson's title:
// "FO spokesperson X" (Foreign Office), "MOFA spokesperson X", "State
// House Spokesperson X" (a presidency's). The sentences are invented.
func TestBodyBeforeSpokesperson(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FO", date: "2020-01-11",
			text: "FO spokesperson Aisha Rahman said on Friday that Pakistan would send a second consignment of relief goods.",
			want: []string{"holds Aisha Rahman | Spokesperson | Pakistan"}},
		{name: "MOFA", date: "2021-06-02",
			text: "The vaccines arrived in Dhaka on Tuesday, MOFA spokesperson Rahim Khan said, adding that Bangladesh thanked Japan.",
			want: []string{"holds Rahim Khan | Spokesperson | Bangladesh"}},
		{name: "StateHouse", date: "2021-06-02",
			text: "Ugandan President Yoweri Museveni will open the bridge on Friday, State House spokesman Samuel Okot said.",
			want: []string{"holds Samuel Okot | Spokesperson | Uganda"}},
	})
}

// A president's title in front of a name that a king also bears is not
// the king's ("President Sheikh Mohamed" is not Morocco's Mohammed VI);
// a title, a form of address and a first name ("Emir Sheikh Tamim") is
// the ruler's whose name begins so. The sentences are invented.
func TestLeaderByFirstName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PresidentIsNoKing", date: "2023-09-15",
			text:   "The aid flight left after President Sheikh Mohamed ordered urgent help for the flood victims.",
			absent: []string{"office President | Morocco"}},
		{name: "FirstNameAfterFormOfAddress", date: "2016-05-02",
			text: "President Sheikh Khalifa sent a cable of congratulations on the national day.",
			want: []string{"holds Khalifa bin Zayed Al Nahyan | President | United Arab Emirates"}},
	})
}
