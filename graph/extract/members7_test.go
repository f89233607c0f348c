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

// Memberships of two groupings at once, in relative clauses after the
// grouping, with "one of", "serving as" and "since joining".
func TestMembersMoreClauses(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "TwoGroupings", date: d,
			text: "Estonia, an EU and NATO member, objected. Latvia is a member of both the OSCE and the Council of Europe. Slovakia and Hungary are both EU and NATO members.",
			want: []string{"member EU | Estonia", "member NATO | Estonia", "member OSCE | Latvia", "member Council of Europe | Latvia",
				"member EU | Slovakia", "member NATO | Hungary"}},
		{name: "PossessiveApposition", date: d,
			text: "Spain and Italy, the EU's two largest southern members, objected.",
			want: []string{"member EU | Spain", "member EU | Italy"}},
		{name: "OfWhichAMember", date: d,
			text: "The Commonwealth, of which Gabon is a member, met. The OIC, to which Senegal belongs, met. The AU, which counts Ghana and Kenya among its members, met.",
			want: []string{"member Commonwealth | Gabon", "member OIC | Senegal", "member African Union | Ghana", "member African Union | Kenya"}},
		{name: "OfWhichNotAMember", date: d,
			text:   "The OAS, of which Cuba is no longer a member, met. The Commonwealth, of which Zimbabwe was once a member, met.",
			absent: []string{"member "}},
		{name: "MembershipIncludes", date: d,
			text: "The Arctic Council's membership includes Canada, Denmark and Russia.",
			want: []string{"member Arctic Council | Canada", "member Arctic Council | Russia"}},
		{name: "OneOfTheN", date: d,
			text: "Malta is one of the 27 EU countries. Ghana and Togo are two of ECOWAS's 15 members.",
			want: []string{"member EU | Malta", "member ECOWAS | Ghana", "member ECOWAS | Togo"}},
		{name: "ServingAs", date: d,
			text: "Mexico, in its capacity as a non-permanent member of the UN Security Council, spoke. Ecuador is serving a two-year term as a non-permanent member of the Security Council.",
			want: []string{"member UN Security Council | Mexico", "member UN Security Council | Ecuador"}},
		{name: "ServingAsChair", date: d,
			text:   "Mexico, serving as chair of the G20, spoke. Brazil will serve as a member of the Security Council.",
			absent: []string{"member "}},
		{name: "SinceJoining", date: d,
			text: "Lithuania has received billions since joining the EU in 2004. Since joining NATO in 1999, Poland has modernised its army. Malta has grown since it joined the EU.",
			want: []string{"member EU | Lithuania", "member NATO | Poland", "member EU | Malta"}},
		{name: "AfterJoiningAhead", date: d,
			text:   "Georgia will receive funds after joining the EU. Ukraine hopes to grow after joining NATO.",
			absent: []string{"member "}},
	})
}

// Admission to the UN and its seats, subjects after a fronted date or
// before an apposition, and groupings described before their members.
func TestMembersAdmissionShapes(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "FrontedDate", date: d,
			text: "In 2011, Tuvalu became the 190th member of the UN. On Monday, Chile joined the OECD.",
			want: []string{"member UN | Tuvalu", "member OECD | Chile"}},
		{name: "AdmittedAsUNMemberState", date: d,
			text: "Palau was admitted as the 185th UN member state.",
			want: []string{"member UN | Palau"}},
		{name: "SingularApposition", date: d,
			text: "The newest NATO member, Finland, held drills.",
			want: []string{"member NATO | Finland"}},
		{name: "AcronymThenDescription", date: d,
			text: "The Group of Seven (G7) industrialised nations of Canada, France, Germany, Italy, Japan, Britain and the US met.",
			want: []string{"member G7 | Canada", "member G7 | United States"}},
		{name: "GroupingNounThenMadeUpOf", date: d,
			text: "The IBSA grouping, made up of India, Brazil and South Africa, met. MIKTA, which stands for Mexico, Indonesia, South Korea, Turkey and Australia, met.",
			want: []string{"member IBSA | India", "member IBSA | South Africa", "member MIKTA | Mexico", "member MIKTA | Australia"}},
		{name: "WonASeat", date: d,
			text: "Tuvalu won a seat at the United Nations on Friday. Malta won a non-permanent seat on the Security Council.",
			want: []string{"member UN | Tuvalu", "member UN Security Council | Malta"}},
		{name: "SeatNotMembership", date: d,
			text:   "India won a seat at the G20 table. Malta will take a seat on the Security Council next year.",
			absent: []string{"member "}},
		{name: "PastAnApposition", date: d,
			text: "The island nation of Nauru, the world's smallest republic, won a seat at the United Nations in 1999.",
			want: []string{"member UN | Nauru"}},
		{name: "AssemblyAdmitsToTheUN", date: d,
			text:   "The United Nations grew on Friday. The General Assembly welcomed Tuvalu – which broke away from Kiribati in 1978 – as its newest member.",
			want:   []string{"member UN | Tuvalu"},
			absent: []string{"member UN General Assembly"}},
	})
}

// Groupings the lexicon gained: the EEC (not read inside the name of the
// EU's humanitarian office) and the Five Power Defence Arrangements.
func TestMembersNewGroupings(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "EEC", date: d,
			text: "Denmark joined the European Economic Community in 1973. Malaysia and Singapore are members of the Five Power Defence Arrangements.",
			want: []string{"member EEC | Denmark", "member FPDA | Malaysia", "member FPDA | Singapore"}},
		{name: "ECHOIsTheEU", date: d,
			text:   "The European Community Humanitarian Office (ECHO) sent aid to Chad.",
			want:   []string{"grouping EU"},
			absent: []string{"grouping EEC"}},
	})
}

// "fellow" makes the clause's subject a member too.
func TestMembersFellowSubject(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "FellowAfterVerb", date: d,
			text: "Oman and Kuwait cut ties with fellow GCC member Qatar. Spain sent tents to fellow NATO member Portugal.",
			want: []string{"member GCC | Oman", "member GCC | Kuwait", "member GCC | Qatar", "member NATO | Spain", "member NATO | Portugal"}},
		{name: "NoFellow", date: d,
			text:   "Spain sent tents to NATO headquarters.",
			absent: []string{"member "}},
	})
}
