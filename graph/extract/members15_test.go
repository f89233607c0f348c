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
