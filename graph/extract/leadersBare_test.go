package extract_test

import "testing"

// A leader written by the surname alone, with no title and no full name,
// is the one leader of leaders.tsv in office that day who bears it, when
// the article names the leader's country (invented sentences, real
// leaders' terms).
func TestBareLeaderSurname(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SurnamesOfTwoForeignMinisters", date: "2017-02-18",
			text: "Lavrov and Ayrault discussed the war in Syria in Munich on Saturday, the Russian Foreign Ministry said.\n\n\"We meet often and it helps,\" Lavrov said.\n\nFrance wants a ceasefire.",
			want: []string{"person Sergey Lavrov", "person Jean-Marc Ayrault", "quote Sergey Lavrov | We meet often and it helps,"}},
		// the head of an organisation the story names (orgleaders.tsv)
		{name: "HeadOfNamedOrganisation", date: "2023-09-25",
			text: "The United Nations will send more aid to Haiti, Guterres said.",
			want: []string{"person António Guterres"}},
		// two leaders in office bear the name: no one is sure
		{name: "TwoLeadersOfTheName", date: "2019-09-25",
			text:   "The United Nations will send more aid to Haiti, Guterres said.",
			absent: []string{"person António Guterres", "person Francisco Guterres"}},
		// the leader's country unnamed: no one is sure
		{name: "CountryNotNamed", date: "2017-02-18",
			text:   "Lavrov and Ayrault discussed the war in Syria in Munich on Saturday.",
			absent: []string{"person Sergey Lavrov", "person Jean-Marc Ayrault"}},
		// out of office on the article's day
		{name: "OutOfOffice", date: "2001-02-18",
			text:   "Lavrov spoke to reporters in Moscow about Russia's plans on Saturday.",
			absent: []string{"person Sergey Lavrov"}},
	})
}
