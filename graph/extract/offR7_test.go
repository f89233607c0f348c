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
