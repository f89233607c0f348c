package extract_test

import "testing"

// The members told after the grouping in shapes that dated or enclosed
// the verb: "which then comprised A, B" (the membership at the time told
// counts, GUIDELINES §3), "the bloc (comprising A and B)", and a second
// predicate of a grouping that is the subject ("was founded in 2001 and
// includes A, B"). The sentences are invented.
func TestMembersThenBracketAnd(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WhichThenComprised", date: "2019-04-02",
			text: "The accord was signed under the Andean Community, which then comprised Peru, Bolivia, Ecuador and Colombia.",
			want: []string{"member Andean Community | Peru", "member Andean Community | Colombia"}},
		{name: "WasThenMadeUpOf", date: "2019-04-02",
			text: "The Southern African Customs Union was then made up of Botswana, Lesotho, Namibia and Eswatini.",
			want: []string{"member SACU | Botswana", "member SACU | Eswatini"}},
		{name: "BracketComprising", date: "2019-04-02",
			text: "The East African Community (comprising Kenya, Uganda and Tanzania) held an extraordinary summit in Arusha.",
			want: []string{"member EAC | Kenya", "member EAC | Tanzania"}},
		{name: "BracketWhichIncludes", date: "2019-04-02",
			text: "The Visegrad Group (which includes Poland and Hungary) rejected the quota.",
			want: []string{"member Visegrad Group | Poland", "member Visegrad Group | Hungary"}},
		{name: "FoundedAndIncludes", date: "2019-04-02",
			text: "The Arab Maghreb Union was set up in 1989 and includes Algeria, Libya, Morocco and Tunisia.",
			want: []string{"member Arab Maghreb Union | Algeria", "member Arab Maghreb Union | Tunisia"}},
		{name: "CreatedAndWasThenMadeUpOf", date: "2019-04-02",
			text: "The Mano River Union was created in 1973 to promote trade and was then made up of Liberia and Sierra Leone.",
			want: []string{"member Mano River Union | Liberia", "member Mano River Union | Sierra Leone"}},
		{name: "AndCountriesSubject", date: "2019-04-02",
			text:   "The Arab Maghreb Union met in Rabat and Algeria and Tunisia included a clause on trade.",
			absent: []string{"member Arab Maghreb Union | Algeria", "member Arab Maghreb Union | Tunisia"}},
		{name: "BracketDate", date: "2019-04-02",
			text:   "The Mano River Union (founded in 1973) sent observers to Liberia and Guinea.",
			absent: []string{"member Mano River Union | Liberia", "member Mano River Union | Guinea"}},
	})
}

// Joining a grouping as an observer, a guest or a dialogue partner is no
// membership (GUIDELINES §3); joining as a member is. The sentences are
// invented.
func TestMembersJoinedAsObserver(t *testing.T) {
	checkShapes(t, []shape{
		{name: "JoinedAsObserver", date: "2019-10-16",
			text:   "At the Turkic Council's summit in Cholpon-Ata last year, Hungary joined the group as an observer.",
			absent: []string{"member Organization of Turkic States | Hungary"}},
		{name: "JoinedAsDialoguePartner", date: "2019-10-16",
			text:   "Nepal joined the Shanghai Cooperation Organisation as a dialogue partner in 2015.",
			absent: []string{"member SCO | Nepal"}},
		{name: "JoinedAsObserverState", date: "2019-10-16",
			text:   "Turkmenistan joined the Organization of Turkic States as an observer state.",
			absent: []string{"member Organization of Turkic States | Turkmenistan"}},
		{name: "JoinedAsFoundingMember", date: "2019-10-16",
			text: "Chile joined the Pacific Alliance as a founding member.",
			want: []string{"member Pacific Alliance | Chile"}},
	})
}

// Groupings the lexicon knows by their former and formal names, the UN's
// regional groups and standing formats. The sentences are invented.
func TestGroupingsFormerAndRegionalNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FormerNameJoined", date: "2019-10-16",
			text: "Uzbekistan has officially joined the Cooperation Council of Turkic Speaking States.",
			want: []string{"member Organization of Turkic States | Uzbekistan"}},
		{name: "ShanghaiFive", date: "2000-07-05",
			text: "Leaders of the Shanghai Five met in Dushanbe on Wednesday.",
			want: []string{"grouping Shanghai Five"}},
		{name: "UNRegionalGroup", date: "2017-06-02",
			text: "Italy was elected as a representative of the Western European and Others Group.",
			want: []string{"grouping WEOG"}},
		{name: "HumanRightsCommission", date: "2018-04-13",
			text: "The minister met the Inter-American Commission on Human Rights in Lima.",
			want: []string{"grouping IACHR"}},
	})
}

// A grouping's name with the noun of its kind after it ("the AUKUS
// pact", "the C5+1 format", "the Lancang-Mekong Cooperation mechanism")
// before its members; "the pact" alone refers back to nothing. The
// sentences are invented.
func TestMembersPactFormatMechanism(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PactComprising", date: "2023-03-14",
			text: "The three-nation AUKUS security pact comprising Australia, Britain and the United States unveiled the submarine plan.",
			want: []string{"member AUKUS | Australia", "member AUKUS | United States"}},
		{name: "MechanismComprises", date: "2023-03-14",
			text: "The Lancang-Mekong Cooperation mechanism comprises China, Cambodia, Laos, Myanmar, Thailand and Vietnam.",
			want: []string{"member Lancang-Mekong Cooperation | Laos", "member Lancang-Mekong Cooperation | Vietnam"}},
		{name: "FormatWhichIncludes", date: "2023-03-14",
			text: "Talks in the Normandy format, which includes Germany, France, Russia and Ukraine, resumed in Paris.",
			want: []string{"member Normandy Format | Germany", "member Normandy Format | Ukraine"}},
		{name: "PactBackRefNoMembers", date: "2023-03-14",
			text:   "NATO leaders met in Vilnius. The pact, which includes Germany and Japan as signatories, was renewed.",
			absent: []string{"member NATO | Japan"}},
	})
}
