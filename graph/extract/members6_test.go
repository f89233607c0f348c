package extract_test

import "testing"

// Membership shapes of news prose (GUIDELINES §3), invented sentences.
func TestMembersMoreShapes(t *testing.T) {
	const d = "2021-03-06"
	checkShapes(t, []shape{
		{name: "NonPermanentMember", date: d,
			text: "Peru, which is currently a non-permanent member of the UN Security Council, objected. Chile is a non-permanent member of the UNSC.",
			want: []string{"member UN Security Council | Peru", "member UN Security Council | Chile"}},
		{name: "DeniedOrDatedByAdverb", date: d,
			text:   "Ukraine is no longer a member of the CIS. Georgia was once a member of the CIS. Serbia is not a member of NATO. Norway has never been a member of the EU.",
			absent: []string{"member "}},
		{name: "FoundedInYearBy", date: d,
			text: "The SCO was set up in 2001 by China, Russia and Kazakhstan. Mercosur, established in 1991 by Brazil, Argentina, Uruguay and Paraguay, met.",
			want: []string{"member SCO | China", "member SCO | Kazakhstan", "member Mercosur | Brazil", "member Mercosur | Paraguay"}},
		{name: "FoundedInCountryIsNoList", date: d,
			text:   "The SCO was founded in China by decree.",
			absent: []string{"member "}},
		{name: "GroupOfDescribedMembers", date: d,
			text: "The BRICS group of emerging economies — Brazil, Russia, India, China and South Africa — met. The G20 group of major economies, which includes Mexico and Turkey, met too.",
			want: []string{"member BRICS | Brazil", "member BRICS | South Africa", "member G20 | Mexico", "member G20 | Turkey"}},
		{name: "DescribedBlocRefersBack", date: d,
			text: "ECOWAS leaders met on Monday. The West African bloc, which includes Ghana, Togo and Benin, urged calm. NATO met too. The 30-member Western alliance includes Greece and Turkey.",
			want: []string{"member ECOWAS | Ghana", "member ECOWAS | Benin", "member NATO | Greece", "member NATO | Turkey"}},
		{name: "PossessiveQualifiedMembers", date: d,
			text: "The UN Security Council's five permanent members — the US, Russia, China, Britain and France — met.",
			want: []string{"member UN Security Council | United States", "member UN Security Council | France"}},
		{name: "MembersOfApposedList", date: d,
			text: "The permanent members of the Security Council, the US, Russia, China, Britain and France, met.",
			want: []string{"member UN Security Council | Russia", "member UN Security Council | United Kingdom"}},
		{name: "MembersOfThenPartiesIsNoList", date: d,
			text:   "The members of the EU, Britain and Norway agreed on a plan.",
			absent: []string{"member EU | United Kingdom", "member EU | Norway"}},
		{name: "HyphenAsDash", date: d,
			text: "The Group of Seven (G7) nations - Canada, France, Germany, Italy, Japan, Britain and the United States - met.",
			want: []string{"member G7 | Canada", "member G7 | United States"}},
		{name: "TheOtherMembersAre", date: d,
			text: "The SCO met in Goa on Friday. The other members are China, Russia and Pakistan.",
			want: []string{"member SCO | China", "member SCO | Russia", "member SCO | Pakistan"}},
		{name: "AlongWith", date: d,
			text: "Peru, along with Chile and Mexico, is a member of APEC. Kenya is a member of the EAC along with Uganda and Tanzania.",
			want: []string{"member APEC | Peru", "member APEC | Chile", "member APEC | Mexico", "member EAC | Kenya", "member EAC | Uganda", "member EAC | Tanzania"}},
		{name: "AreAlsoMembers", date: d,
			text: "The SCO met in Goa on Friday. India and Pakistan are also members. The EAC met too. Somalia became a member in 2023.",
			want: []string{"member SCO | India", "member SCO | Pakistan", "member EAC | Somalia"}},
		{name: "AlsoExpectedIsNoMembership", date: d,
			text:   "The SCO met in Goa on Friday. India and Pakistan are also expected to attend.",
			absent: []string{"member "}},
		{name: "OnlyMemberTo", date: d,
			text: "Hungary was the only EU member to object.",
			want: []string{"member EU | Hungary"}},
		{name: "OtherMembers", date: d,
			text: "Peru and other APEC members condemned the attack. Kenya, like other EAC member states, closed its border.",
			want: []string{"member APEC | Peru", "member EAC | Kenya"}},
		{name: "OtherPartnersAreNoMembers", date: d,
			text:   "China and other ASEAN partners met. Japan, an ASEAN partner, sent aid.",
			absent: []string{"member "}},
		{name: "PartnerOfSmallGrouping", date: d,
			text: "Japan, India's Quad partner, sent aid. Turkey, its NATO ally, sent tents.",
			want: []string{"member Quad | Japan", "member NATO | Turkey"}},
		{name: "FrontedAsMember", date: d,
			text: "As a member of NATO, Turkey objected. As fellow ASEAN members, Vietnam and Laos agreed. The EU met. As a member of the bloc, Croatia sent aid.",
			want: []string{"member NATO | Turkey", "member ASEAN | Vietnam", "member ASEAN | Laos", "member EU | Croatia"}},
		{name: "FrontedAsOther", date: d,
			text:   "As the chair of ASEAN, Vietnam objected. As a guest of the G7, India agreed.",
			absent: []string{"member "}},
		{name: "LeadersOfMemberStates", date: d,
			text: "The SCO summit brought together the leaders of member states China, Russia and Pakistan. The Quad summit was attended by leaders of the member countries, India, Japan, Australia and the US.",
			want: []string{"member SCO | China", "member SCO | Pakistan", "member Quad | India", "member Quad | United States"}},
		{name: "CooperationSpelling", date: d,
			text: "Members of the Shanghai Co-operation Organisation include China and Russia.",
			want: []string{"member SCO | China", "member SCO | Russia"}},
	})
}

// "The bloc" far from the grouping's last mention: the grouping the story's
// lead names and names again; a territory inside a list of members is passed.
func TestMembersBlocOfTheStory(t *testing.T) {
	const d = "2021-03-06"
	checkShapes(t, []shape{
		{name: "BlocIsTheLeadsGrouping", date: d,
			text: "Leaders of the Caribbean Community (CARICOM) met in Georgetown on Monday.\n\nThe host spoke first. Trade was discussed. Then came the CARICOM budget. Then the climate. Then the sea.\n\nThe regional bloc includes Barbados, Belize, Jamaica and Guyana.",
			want: []string{"member CARICOM | Barbados", "member CARICOM | Guyana"}},
		{name: "LeadNamesTwoGroupings", date: d,
			text:   "Leaders of CARICOM and the OAS met in Georgetown on Monday.\n\nThe host spoke first. Trade was discussed. Then came the budget. Then the climate.\n\nThe regional bloc includes Barbados, Belize, Jamaica and Guyana.",
			absent: []string{"member "}},
		{name: "TerritoryInAList", date: d,
			text: "The members of CARICOM are Barbados, Belize, Montserrat, Jamaica and Guyana.",
			want: []string{"member CARICOM | Barbados", "member CARICOM | Belize", "member CARICOM | Jamaica", "member CARICOM | Guyana"}},
	})
}

// A country's hyphenated name written with a space is the country, not a
// country and a city ("Guinea Bissau", "Timor Leste").
func TestCountryHyphenWrittenAsSpace(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SpacedHyphen", date: "2021-03-06",
			text:   "President Ana Lopez of Guinea Bissau met the Prime Minister of Timor Leste in Lisbon.",
			want:   []string{"country Guinea-Bissau", "country East Timor"},
			absent: []string{"city Bissau"}},
	})
}
