package extract_test

import "testing"

// A grouping defined by a count of its members and another grouping
// ("19 countries plus the European Union: A, B, …") lists the first
// grouping's members, not the second's; and "comprising N countries
// including A and B" lists some of them. The sentences are invented.
func TestMembersCountPlusGrouping(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DefinitionPlusGrouping", date: "2022-11-15",
			text:   "Leaders of the G20, a forum comprising 19 countries plus the European Union: Argentina, Mexico, Turkey and Indonesia, met in Bali.",
			want:   []string{"member G20 | Argentina", "member G20 | Indonesia"},
			absent: []string{"member EU | Argentina", "member EU | Indonesia"}},
		{name: "VerbAndGrouping", date: "2022-11-15",
			text:   "The G20 comprises 19 countries and the European Union: Argentina, Mexico and Turkey among them.",
			want:   []string{"member G20 | Argentina", "member G20 | Turkey"},
			absent: []string{"member EU | Mexico"}},
		{name: "PlusGroupingIncluding", date: "2022-11-15",
			text:   "The G20, which groups 19 nations plus the European Union, including Mexico, Turkey and Indonesia, met in Bali.",
			want:   []string{"member G20 | Mexico", "member G20 | Indonesia"},
			absent: []string{"member EU | Mexico", "member EU | Indonesia"}},
		{name: "ComprisingCountIncluding", date: "2023-07-30",
			text: "The Economic Community of West African States (ECOWAS), comprising 15 countries including Benin, Togo and Liberia, condemned the coup.",
			want: []string{"member ECOWAS | Benin", "member ECOWAS | Liberia"}},
		{name: "DonorsNotMembers", date: "2023-07-30",
			text:   "Donors included 19 countries and the EU: France, Spain and Italy.",
			absent: []string{"member EU | France", "member EU | Spain"}},
	})
}

// Members counted and described at length before the list that names them
// ("seven member states lying on the Bay of Bengal – A, B, …"), and "body"
// as a noun for a grouping ("a regional body comprising …"). The sentences
// are invented.
func TestMembersDescribedList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DefinitionDescribedDash", date: "2022-03-30",
			text: "BIMSTEC, a regional organisation comprising seven member states lying along the Bay of Bengal - Nepal, Bhutan, Myanmar and Thailand - met in Colombo.",
			want: []string{"member BIMSTEC | Nepal", "member BIMSTEC | Thailand"}},
		{name: "VerbDescribedColon", date: "2022-03-30",
			text: "BIMSTEC comprises seven member states lying along the Bay of Bengal: Nepal, Bhutan, Myanmar and Thailand.",
			want: []string{"member BIMSTEC | Nepal", "member BIMSTEC | Thailand"}},
		{name: "RegionalBody", date: "2022-03-30",
			text: "Leaders of ASEAN - a regional body comprising Laos, Cambodia, Brunei and Vietnam - met in Hanoi.",
			want: []string{"member ASEAN | Laos", "member ASEAN | Vietnam"}},
		{name: "CountryInsideDescription", date: "2022-03-30",
			text:   "ASEAN leaders met with three partner countries from East Asia: Japan, China and South Korea.",
			absent: []string{"member ASEAN | Japan", "member ASEAN | China"}},
	})
}

// A membership verb in the perfect, after an adverb in the passive or in
// the past after a noun of members ("has always comprised A, B", "was
// originally made up of A, B", "the member states comprised A, B"). The
// sentences are invented.
func TestMembersVerbTenses(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HasAlwaysComprised", date: "2022-03-30",
			text: "Mercosur has always comprised Brazil, Argentina, Uruguay and Paraguay.",
			want: []string{"member Mercosur | Brazil", "member Mercosur | Paraguay"}},
		{name: "WasOriginallyMadeUpOf", date: "2022-03-30",
			text: "The Andean Community was originally made up of Bolivia, Chile, Colombia, Ecuador and Peru.",
			want: []string{"member Andean Community | Bolivia", "member Andean Community | Peru"}},
		{name: "MembersComprised", date: "2022-03-30",
			text: "The Mercosur member states comprised Brazil, Argentina, Uruguay and Paraguay.",
			want: []string{"member Mercosur | Brazil", "member Mercosur | Paraguay"}},
		{name: "WhoseMembersComprised", date: "2022-03-30",
			text: "The Andean Community, whose members comprised Bolivia, Colombia and Peru, met in Lima.",
			want: []string{"member Andean Community | Bolivia", "member Andean Community | Peru"}},
		{name: "HasIncludedTalks", date: "2022-03-30",
			text:   "Mercosur has always included talks with Chile and Bolivia.",
			absent: []string{"member Mercosur | Chile", "member Mercosur | Bolivia"}},
	})
}
