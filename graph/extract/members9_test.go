package extract_test

import "testing"

// Membership shapes of fresh news prose (GUIDELINES §3), invented
// sentences.
func TestMembersStatedShapes(t *testing.T) {
	const d = "2024-03-06"
	checkShapes(t, []shape{
		{name: "MembersAlsoInAnother", date: d,
			text: "Three EU members are in the G7 - France, Germany and Italy. Three SCO members are also in BRICS: China, Russia and India.",
			want: []string{"member EU | France", "member G7 | France", "member EU | Italy", "member G7 | Italy",
				"member SCO | China", "member SCO | India", "member BRICS | Russia"}},
		{name: "MembersAlsoInCountMustFit", date: d,
			text:   "Two SCO members are also in BRICS: China, Russia and India.",
			absent: []string{"member SCO"}},
		{name: "WithJoining", date: d,
			text: "Mercosur was founded in 1991 by Brazil, Argentina, Uruguay and Paraguay, with Bolivia joining it in 2024. The SCO was formed by China and Russia, with Iran joining in 2023. NATO expanded in 2023, with Finland becoming its 31st member.",
			want: []string{"member Mercosur | Bolivia", "member Mercosur | Paraguay", "member SCO | Iran", "member NATO | Finland"}},
		{name: "WithJoiningAMeetingIsNoMembership", date: d,
			text:   "The G7 summit opened in Rome, with India joining later. The SCO talks began, with Iran joining in 2023.",
			absent: []string{"member "}},
		{name: "MemberStatesListOpensSentence", date: d,
			text: "The SCO summit ended in Astana on Friday. Member states China, Russia and Pakistan signed the declaration.",
			want: []string{"member SCO | China", "member SCO | Russia", "member SCO | Pakistan"}},
		{name: "DashListAfterTheGrouping", date: d,
			text: "The G7 - the US, Japan, Germany, Britain, France, Italy and Canada - met in Rome.",
			want: []string{"member G7 | United States", "member G7 | Canada"}},
		{name: "ColonAfterACoordinatedGroupingIsNoList", date: d,
			text:   "The G20 consists of 19 countries and the European Union: Argentina, Australia, Brazil and Canada.",
			absent: []string{"member EU"}},
		{name: "TitleCaseAcronyms", date: d,
			text: "Apec members Peru and Chile met. Sadc members Angola and Namibia met. Igad members Kenya and Uganda met.",
			want: []string{"member APEC | Peru", "member SADC | Namibia", "member IGAD | Uganda"}},
	})
}
