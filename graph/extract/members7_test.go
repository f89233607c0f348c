package extract_test

import "testing"

// Membership told with phrases of time between subject and verb, by the
// grouping taking a member in, and by lists after "namely" (GUIDELINES §3);
// invented sentences.
func TestMembersJoiningShapes(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "TimeBeforeBecame", date: d,
			text: "Estonia on Tuesday officially became the 31st member of the OSCE. Latvia last year joined the Council of Europe. Peru became the 193rd member state of the UN on Friday.",
			want: []string{"member OSCE | Estonia", "member Council of Europe | Latvia", "member UN | Peru"}},
		{name: "GroupingWelcomesMember", date: d,
			text: "ASEAN on Sunday welcomed Timor-Leste as its 11th member. The African Union formally admitted Morocco as a full member. NATO welcomed Sweden into the alliance.",
			want: []string{"member ASEAN | East Timor", "member African Union | Morocco", "member NATO | Sweden"}},
		{name: "AdmittedAsMemberOfAnother", date: d,
			text:   "The General Assembly admitted Palau as the 185th member of the United Nations.",
			want:   []string{"member UN | Palau"},
			absent: []string{"member UN General Assembly"}},
		{name: "WelcomedIsNoMembership", date: d,
			text:   "NATO welcomed Ukraine's reforms. The EU welcomed Moldova as a candidate member. ASEAN welcomed Japan to the summit.",
			absent: []string{"member "}},
		{name: "AdmittedAsTheNth", date: d,
			text: "Tuvalu was admitted as the 189th member of the UN in 2000.",
			want: []string{"member UN | Tuvalu"}},
		{name: "Namely", date: d,
			text: "Leaders of seven SADC member states, namely Zambia, Malawi and Botswana, met. The EAC has six member states, namely Kenya, Uganda, Tanzania, Rwanda, Burundi and South Sudan.",
			want: []string{"member SADC | Zambia", "member SADC | Botswana", "member EAC | Kenya", "member EAC | South Sudan"}},
	})
}

// The grouping's members told after a clause about it, in a sentence of
// their own, or with "its"; and sentences that deny a membership.
func TestMembersClauseShapes(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "ClauseBeforeVerb", date: d,
			text: "The IGAD, founded in 1986, now has eight members: Djibouti, Eritrea, Ethiopia, Kenya, Somalia, Sudan, South Sudan and Uganda. Mercosur met. The bloc, which was set up in 1991, groups Argentina, Brazil, Paraguay and Uruguay.",
			want: []string{"member IGAD | Djibouti", "member IGAD | Uganda", "member Mercosur | Argentina", "member Mercosur | Uruguay"}},
		{name: "MembersOpenTheSentence", date: d,
			text: "The Arctic Council met in Tromso.\n\nMember states include Norway, Finland and Iceland. The OAS met too. Founding members were Chile and Peru.",
			want: []string{"member Arctic Council | Norway", "member Arctic Council | Iceland", "member OAS | Chile", "member OAS | Peru"}},
		{name: "MembersOpenNoGrouping", date: d,
			text:   "The talks ended.\n\nMembers include Norway, Finland and Iceland.",
			absent: []string{"member "}},
		{name: "AreItsMembers", date: d,
			text: "The Visegrad Group met in Prague. Poland, Hungary, Slovakia and the Czech Republic are its members.",
			want: []string{"member Visegrad Group | Poland", "member Visegrad Group | Czech Republic"}},
		{name: "AdjectivesBeforeBloc", date: d,
			text: "The GCC is a regional political, economic and security alliance of Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and the UAE.",
			want: []string{"member GCC | Saudi Arabia", "member GCC | Oman"}},
		{name: "BelongsTo", date: d,
			text:   "Norway belongs to NATO. Iceland belongs to the EU single market.",
			want:   []string{"member NATO | Norway"},
			absent: []string{"member EU"}},
		{name: "NeitherNor", date: d,
			text:   "Neither India nor China is a member of the International Criminal Court.",
			absent: []string{"member "}},
	})
}
