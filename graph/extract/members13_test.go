package extract_test

import "testing"

// A list of members opened by a colon after the verb: "The members of X
// are: A, B and C". The sentences are invented.
func TestMembersAfterColon(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MembersAreColon", date: "2023-05-15",
			text: "The members of the Southern African Customs Union are: Botswana, Eswatini, Lesotho, Namibia and South Africa.",
			want: []string{"member SACU | Botswana", "member SACU | Namibia"}},
		{name: "IncludesColon", date: "2023-05-15",
			text: "The Gulf Cooperation Council includes: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.",
			want: []string{"member GCC | Bahrain", "member GCC | Oman"}},
	})
}

// Shapes of real membership statements: a relative clause after the
// grouping or a noun for it ("the bloc which also comprises …"), "the
// member nations, which include …", a relative clause with a date's comma
// between the grouping and its verb, "it" for the grouping the sentence
// before opens with, and a word on one member's standing inside the list.
// The sentences are invented.
func TestMembersRelativeAndPronoun(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BlocWhichComprises", date: "2023-05-15",
			text: "The Economic Community of West African States met in Abuja. President Jane Doe is the current chair of the bloc which also comprises Ghana, Senegal and Togo.",
			want: []string{"member ECOWAS | Ghana", "member ECOWAS | Senegal", "member ECOWAS | Togo"}},
		{name: "BlocThatIncludes", date: "2023-05-15",
			text: "Mongolia has joined the Shanghai Cooperation Organisation, another expansion of the bloc that includes China, Russia and Pakistan.",
			want: []string{"member SCO | Mongolia", "member SCO | China", "member SCO | Pakistan"}},
		{name: "MemberNationsWhichInclude", date: "2023-05-15",
			text: "The Arab Maghreb Union summit opened in Rabat. It is attended by the leaders of the member nations, which include Algeria, Libya and Tunisia.",
			want: []string{"member Arab Maghreb Union | Algeria", "member Arab Maghreb Union | Tunisia"}},
		{name: "DateCommaInClause", date: "2023-05-15",
			text: "The Eurasian Economic Union, which came into force on January 1, 2015, includes Russia, Kazakhstan and Belarus.",
			want: []string{"member EAEU | Kazakhstan", "member EAEU | Belarus"}},
		{name: "ItComprises", date: "2023-05-15",
			text: "The Caribbean Community is the region's main organisation. Founded in 1973, it comprises 15 members: Jamaica, Barbados, Guyana and Haiti.",
			want: []string{"member CARICOM | Jamaica", "member CARICOM | Haiti"}},
		{name: "ItNotAGrouping", date: "2023-05-15",
			text:   "The summit of the Caribbean Community ended on Friday. It included talks with Canada, Mexico and Brazil.",
			absent: []string{"member CARICOM | Canada"}},
		{name: "StandingInList", date: "2023-05-15",
			text: "The current members of the Andean Community are Bolivia, Colombia, suspended Ecuador and Peru.",
			want: []string{"member Andean Community | Ecuador", "member Andean Community | Peru"}},
	})
}

// A list of members that names a territory with a demonym or a state by
// its formal name, and "the members of X, namely A, B and C".
func TestMembersListForms(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TerritoryAndFormalName", date: "2023-05-15",
			text:   "The Pacific Community comprises 26 members: Australia, Fiji, French Polynesia, Kiribati, Republic of the Marshall Islands, Samoa and Tonga.",
			want:   []string{"member Pacific Community | Kiribati", "member Pacific Community | Marshall Islands", "member Pacific Community | Tonga"},
			absent: []string{"member Pacific Community | France"}},
		{name: "Namely", date: "2023-05-15",
			text: "Brazil will join the other ten elected members of the Human Rights Council, namely Chile, Ghana, India and Japan.",
			want: []string{"member UN Human Rights Council | Chile", "member UN Human Rights Council | Japan"}},
	})
}

// "X groups the islands of A, B and C": the members after a noun for them
// and "of"; "St Kitts-Nevis" is Saint Kitts and Nevis.
func TestMembersTheIslandsOf(t *testing.T) {
	checkShapes(t, []shape{
		{name: "IslandsOf", date: "2023-05-15",
			text: "The OECS groups the islands of Grenada, Dominica, St Lucia and St Kitts-Nevis.",
			want: []string{"member OECS | Grenada", "member OECS | Saint Lucia", "member OECS | Saint Kitts and Nevis"}},
	})
}

// Admissions told with the leaders as subject, ordinals joined by "and",
// and membership granted "to" a country.
func TestMembersAdmittedShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HeadsOfStateAdmit", date: "2023-05-15",
			text: "The East African Community (EAC) Heads of State have admitted Somalia into the regional bloc.",
			want: []string{"member EAC | Somalia"}},
		{name: "OrdinalsJoined", date: "2023-05-15",
			text: "The Commonwealth has admitted Gabon and Togo as its 55th and 56th members respectively.",
			want: []string{"member Commonwealth | Gabon", "member Commonwealth | Togo"}},
		{name: "GrantedMembership", date: "2023-05-15",
			text: "The Mercosur regional trading bloc granted full membership to Bolivia on Monday.",
			want: []string{"member Mercosur | Bolivia"}},
		{name: "ObserverNotGranted", date: "2023-05-15",
			text:   "The Mercosur bloc granted observer status to Mexico on Monday.",
			absent: []string{"member Mercosur | Mexico"}},
	})
}

// Countries that sign the founding text of a grouping are its members.
func TestMembersSignedFounding(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SignedAccordCreating", date: "2023-05-15",
			text: "Chile, Peru, Colombia and Mexico signed an accord on Wednesday creating the Pacific Alliance.",
			want: []string{"member Pacific Alliance | Chile", "member Pacific Alliance | Mexico"}},
		{name: "SignedTreatyToEstablish", date: "2023-05-15",
			text: "The leaders of Ghana, Togo and Benin signed a treaty to establish the Economic Community of West African States.",
			want: []string{"member ECOWAS | Ghana", "member ECOWAS | Benin"}},
		{name: "SignedWithGrouping", date: "2023-05-15",
			text:   "Chile and Peru signed an agreement with the European Union creating a free trade area.",
			absent: []string{"member EU | Chile"}},
	})
}

// "will (formally) remain part of X": a member still.
func TestMembersWillRemain(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WillRemainPartOf", date: "2023-05-15",
			text: "Moldova will formally remain part of the CIS for another twelve months.",
			want: []string{"member CIS | Moldova"}},
		{name: "WillNotRemain", date: "2023-05-15",
			text:   "Moldova will no longer remain part of the CIS.",
			absent: []string{"member CIS | Moldova"}},
	})
}

// "the five permanent members of A, B, …" after a sentence that opens with
// the grouping: its members; not a grouping named last in passing.
func TestMembersDescribedMembersOfList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PermanentMembersOf", date: "2023-05-15",
			text:   "The UN Security Council has ten members elected by the General Assembly. Five are elected each year to join the five permanent members of Britain, China, France, Russia and the United States.",
			want:   []string{"member UN Security Council | China", "member UN Security Council | France"},
			absent: []string{"member UN | China"}},
		{name: "NoGroupingBefore", date: "2023-05-15",
			text:   "The talks went well. The two founding members of Brazil and Chile signed.",
			absent: []string{"member"}},
	})
}

// "X is composed of N members: A, B", "X was established in 2009 with A, B
// and C as its founding members", and a list tagged "(member countries)".
func TestMembersComposedFoundedTagged(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ComposedOf", date: "2023-05-15",
			text: "The Gulf Cooperation Council is composed of six members: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.",
			want: []string{"member GCC | Bahrain", "member GCC | Qatar"}},
		{name: "EstablishedWith", date: "2023-05-15",
			text: "The Turkic Council was established in October 2009 with Azerbaijan, Kazakhstan, Kyrgyzstan and Turkey as the group's founding members.",
			want: []string{"member Organization of Turkic States | Azerbaijan", "member Organization of Turkic States | Turkey"}},
		{name: "TaggedList", date: "2023-05-15",
			text: "Sri Lanka will host the Indian Ocean Rim Association meeting. It will see participation from Kenya, Oman, Singapore and Yemen (member countries).",
			want: []string{"member IORA | Kenya", "member IORA | Yemen"}},
		{name: "TaggedObservers", date: "2023-05-15",
			text:   "Sri Lanka will host the Indian Ocean Rim Association meeting. It will see participation from China, Japan and Egypt (dialogue partners).",
			absent: []string{"member IORA | China"}},
	})
}

// "X comprises founders A, B and C as well as D and E", and "X was founded
// on August 8, 1967 in Bangkok by five countries – A, B, C".
func TestMembersFoundersAsWellAs(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FoundersAsWellAs", date: "2023-05-15",
			text: "SADC, founded in 1980, comprises founders Angola, Botswana and Zambia as well as Namibia and South Africa.",
			want: []string{"member SADC | Angola", "member SADC | Zambia", "member SADC | Namibia", "member SADC | South Africa"}},
		{name: "FoundedOnDateBy", date: "2023-05-15",
			text: "ASEAN was founded on August 8, 1967 in Bangkok by five countries – Indonesia, Malaysia, the Philippines, Singapore and Thailand.",
			want: []string{"member ASEAN | Indonesia", "member ASEAN | Thailand"}},
	})
}

// A quotation that states members counts as the text does.
func TestMembersQuoted(t *testing.T) {
	checkShapes(t, []shape{
		{name: "QuotedElected", date: "2023-05-15",
			text: "“Kenya, Ghana and Peru are elected members of the Security Council for two years,” the President of the General Assembly said.",
			want: []string{"member UN Security Council | Kenya", "member UN Security Council | Peru"}},
		{name: "QuotedHope", date: "2023-05-15",
			text:   "“We hope Georgia will become a member of NATO one day,” the minister said.",
			absent: []string{"member NATO | Georgia"}},
	})
}

// A participle's clause that opens the sentence and names no country
// stands before the subject list.
func TestMembersAfterParticipleClause(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HavingObtained", date: "2023-05-15",
			text: "Having obtained the required majority, Kenya, Ghana and Peru are elected members of the Security Council, the President said.",
			want: []string{"member UN Security Council | Kenya", "member UN Security Council | Peru"}},
		{name: "HavingObtainedQuoted", date: "2023-05-15",
			text: "\"Having obtained the required majority, Kenya, Ghana and Peru are elected members of the Security Council,\" the President said.",
			want: []string{"member UN Security Council | Kenya", "member UN Security Council | Peru"}},
	})
}
