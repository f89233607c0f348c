package extract_test

import "testing"

// "Comprising" and its kin after a noun phrase that stands for the
// grouping: a field word before the bloc noun ("the Mercosur trade bloc,
// comprising …"), a member noun ("the G7 industrialised nations,
// comprising …"), "group of NOUN" with no comma before the clause, an
// adverb before the participle ("now comprising"), and the past
// "comprised". The sentences are invented.
func TestMembersComprisingAfterNoun(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FieldWordBloc", date: "2023-05-15",
			text: "The CARICOM trade bloc, comprising Jamaica, Barbados, Guyana and Haiti, met in Georgetown on Friday.",
			want: []string{"member CARICOM | Jamaica", "member CARICOM | Haiti"}},
		{name: "GroupingFieldNoun", date: "2023-05-15",
			text: "The SADC security grouping, which comprises Angola, Botswana and Zambia, met in Gaborone on Friday.",
			want: []string{"member SADC | Angola", "member SADC | Zambia"}},
		{name: "MemberNounComprising", date: "2023-05-15",
			text: "The Group of Seven industrialised nations, comprising the United States, Japan, Germany, Britain, France, Italy and Canada, met on Friday.",
			want: []string{"member G7 | Japan", "member G7 | Canada"}},
		{name: "CountriesComprising", date: "2023-05-15",
			text: "Nordic Council countries comprising Denmark, Finland and Iceland signed the accord.",
			want: []string{"member Nordic Council | Denmark", "member Nordic Council | Iceland"}},
		{name: "GroupOfNounNoComma", date: "2023-05-15",
			text: "The BRICS bloc of emerging economies comprising Brazil, Russia and India met in Kazan.",
			want: []string{"member BRICS | Brazil", "member BRICS | India"}},
		{name: "GroupOfNounVerb", date: "2023-05-15",
			text: "The G7 group of rich democracies comprises Japan, Italy and Canada.",
			want: []string{"member G7 | Japan", "member G7 | Canada"}},
		{name: "NowComprising", date: "2023-05-15",
			text: "The EAC, now comprising Kenya, Uganda, Rwanda and Somalia, met in Arusha.",
			want: []string{"member EAC | Kenya", "member EAC | Somalia"}},
		{name: "OriginallyComprised", date: "2023-05-15",
			text: "The SCO, which originally comprised China, Russia, Kazakhstan and Tajikistan, met in Astana.",
			want: []string{"member SCO | China", "member SCO | Tajikistan"}},
		{name: "BlocIncludingNotMembers", date: "2023-05-15",
			text:   "The Mercosur trade bloc, including talks with Chile and Peru, ended on Friday.",
			absent: []string{"member Mercosur | Chile"}},
		{name: "NationsThatNotMembers", date: "2023-05-15",
			text:   "The G7 nations that met Brazil and India on Friday pledged aid.",
			absent: []string{"member G7 | Brazil", "member G7 | India"}},
	})
}

// Founding members in the shapes news gives them: "whose founding members
// are", "was formed|launched in 1991 by", "a bloc founded in 1991 by",
// "co-founded", "set up|established|created X", "the bloc's founding
// members" after the list, "ECOWAS' founding members", and "a group of
// emerging economies known as X". The sentences are invented.
func TestMembersFoundingShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WhoseFoundingMembers", date: "2023-05-15",
			text: "The Andean Community, whose founding members are Bolivia, Colombia, Ecuador and Peru, met in Lima.",
			want: []string{"member Andean Community | Bolivia", "member Andean Community | Peru"}},
		{name: "FormedBy", date: "2023-05-15",
			text: "The Arab Maghreb Union was formed in 1989 by Algeria, Libya, Mauritania, Morocco and Tunisia.",
			want: []string{"member Arab Maghreb Union | Algeria", "member Arab Maghreb Union | Tunisia"}},
		{name: "ABlocFoundedBy", date: "2023-05-15",
			text: "The Arab Maghreb Union, a bloc founded in 1989 by Algeria, Libya and Tunisia, met in Rabat.",
			want: []string{"member Arab Maghreb Union | Algeria", "member Arab Maghreb Union | Tunisia"}},
		{name: "CoFounded", date: "2023-05-15",
			text: "Kenya, Tanzania and Uganda co-founded the East African Community in 1967.",
			want: []string{"member EAC | Kenya", "member EAC | Uganda"}},
		{name: "SetUp", date: "2023-05-15",
			text: "Guinea, Liberia and Sierra Leone set up the Mano River Union in 1973.",
			want: []string{"member Mano River Union | Guinea", "member Mano River Union | Liberia"}},
		{name: "Established", date: "2023-05-15",
			text: "Guinea, Liberia and Sierra Leone established the Mano River Union in 1973.",
			want: []string{"member Mano River Union | Guinea", "member Mano River Union | Sierra Leone"}},
		{name: "EstablishedTiesNot", date: "2023-05-15",
			text:   "Chile and Peru established ASEAN ties in 2010.",
			absent: []string{"member ASEAN | Chile", "member ASEAN | Peru"}},
		{name: "CreatedFundNot", date: "2023-05-15",
			text:   "Norway and Iceland created the EU's new fund for the Arctic.",
			absent: []string{"member EU | Norway", "member EU | Iceland"}},
		{name: "TheBlocsFoundingMembers", date: "2023-05-15",
			text: "SADC leaders met in Luanda on Friday. Angola, Botswana and Zambia, the bloc's founding members, signed the charter.",
			want: []string{"member SADC | Angola", "member SADC | Zambia"}},
		{name: "AmongTheBlocsMembers", date: "2023-05-15",
			text: "SADC leaders met in Luanda on Friday. Angola, Botswana and Zambia are among the bloc's members.",
			want: []string{"member SADC | Angola", "member SADC | Zambia"}},
		{name: "BareApostrophe", date: "2023-05-15",
			text: "ECOWAS' founding members include Ghana, Nigeria and Togo.",
			want: []string{"member ECOWAS | Ghana", "member ECOWAS | Togo"}},
		{name: "AGroupKnownAs", date: "2023-05-15",
			text: "India, Brazil and South Africa - a group of large southern democracies known as IBSA - met in Pretoria.",
			want: []string{"member IBSA | India", "member IBSA | South Africa"}},
	})
}

// The make-up of a grouping told around the list: "A, B and C, comprising
// the X bloc,", "A, B and C, the countries making up X,", a sentence that
// opens "Made up of A, B and C, the bloc …", and "an alliance of five
// Sahel countries — A, B, …". The sentences are invented.
func TestMembersMakeUpAroundList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ListComprisingBloc", date: "2023-05-15",
			text: "Kenya, Uganda and Tanzania, comprising the EAC bloc, signed the customs deal.",
			want: []string{"member EAC | Kenya", "member EAC | Tanzania"}},
		{name: "TheCountriesMakingUp", date: "2023-05-15",
			text: "Kenya, Uganda and Tanzania, the countries making up the EAC, signed the customs deal.",
			want: []string{"member EAC | Kenya", "member EAC | Tanzania"}},
		{name: "MakingUpBudgetNot", date: "2023-05-15",
			text:   "Spain, Poland and Austria, making up the EU's largest net recipients, met on Tuesday.",
			absent: []string{"member EU | Spain", "member EU | Poland"}},
		{name: "FrontedMadeUpOf", date: "2023-05-15",
			text: "The Lake Chad Basin Commission met in Ndjamena. Made up of Cameroon, Chad, Niger and Nigeria, the group manages the lake.",
			want: []string{"member Lake Chad Basin Commission | Cameroon", "member Lake Chad Basin Commission | Nigeria"}},
		{name: "FrontedNotGrouping", date: "2023-05-15",
			text:   "Comprising Ghana, Togo and Benin, the delegation met ECOWAS officials.",
			absent: []string{"member ECOWAS | Ghana"}},
		{name: "AllianceOfRegionCountries", date: "2023-05-15",
			text: "The Mano River Union, an alliance of four West African countries - Guinea, Liberia, Sierra Leone and Ivory Coast - met in Conakry.",
			want: []string{"member Mano River Union | Guinea", "member Mano River Union | Liberia"}},
	})
}
