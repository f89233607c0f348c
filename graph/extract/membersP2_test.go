package extract_test

import "testing"

// "the QUALIFIER members of GROUPING, A, B and C" spells out the members
// the qualifier picks out even when the list runs on to a preposition or
// the sentence's end ("invited the African members of the Security
// Council, A, B and C to talks"); without a qualifier, or with a count the
// list does not fill, or with a country the lexicon does not count among
// the grouping's members, the list may be of other parties. The sentences
// are invented.
func TestMembersQualifiedApposedList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ContinentalToTalks", date: "2019-04-12",
			text: "The minister invited the African members of the UN Security Council, Kenya, Ghana and Gabon to consultations on Sudan.",
			want: []string{"member UN Security Council | Kenya", "member UN Security Council | Ghana", "member UN Security Council | Gabon"}},
		{name: "RegionalAdjectiveSentenceEnd", date: "2019-04-12",
			text: "Ms Dalca met the European members of the Security Council, Estonia, Poland and Belgium.",
			want: []string{"member UN Security Council | Estonia", "member UN Security Council | Belgium"}},
		{name: "PermanentCountFilled", date: "2019-04-12",
			text: "He wrote to the five permanent members of the Security Council, China, France, Russia, Britain and the United States on Monday.",
			want: []string{"member UN Security Council | China", "member UN Security Council | United States"}},
		{name: "CountNotFilled", date: "2019-04-12",
			text:   "He wrote to the five permanent members of the Security Council, Germany and Japan on Monday.",
			absent: []string{"member UN Security Council | Germany", "member UN Security Council | Japan"}},
		{name: "NoQualifier", date: "2019-04-12",
			text:   "The minister invited the members of the EU, Norway and Iceland to talks on fisheries.",
			absent: []string{"member EU | Norway", "member EU | Iceland"}},
		{name: "NotLexiconMembers", date: "2019-04-12",
			text:   "The minister invited the Baltic members of the EU, Norway and Iceland to talks on fisheries.",
			absent: []string{"member EU | Norway", "member EU | Iceland"}},
	})
}

// A country named as the object of an admission still to come ("agreed to
// admit A as its 11th member", "will welcome A as the newest member of
// X") is no member yet. The sentences are invented.
func TestMembersAdmissionToCome(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AgreedToAdmitAs", date: "2021-06-02",
			text:   "Pacific leaders agreed in principle to admit Palau as the 12th member of the Pacific Islands Forum.",
			absent: []string{"member Pacific Islands Forum | Palau"}},
		{name: "AgreedToAdmitAsGroupingMember", date: "2021-06-02",
			text:   "The Caribbean Community agreed to admit Cuba as the 16th CARICOM member, a statement said.",
			absent: []string{"member CARICOM | Cuba"}},
		{name: "AdmittedAs", date: "2021-06-02",
			text: "The Pacific Islands Forum admitted Palau as its 12th member on Friday.",
			want: []string{"member Pacific Islands Forum | Palau"}},
	})
}

// A person whose office the text ties to a country speaks for it:
// "President X, whose country rejoined the League," and "Prime Minister X
// will host her fellow G7 leaders" make that country a member; not one
// whose office is a grouping's, nor one named among the fellows. "Was
// welcomed (back) into X" is an admission; "welcomed to the X summit" is
// none. The sentences are invented.
func TestMembersPersonsCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WhoseCountryWelcomedBack", date: "2023-05-18",
			text: "The Arab League met in Algiers. The talks were attended by Libyan President Omar Said, whose country has been welcomed back into the 22-member league after a suspension.",
			want: []string{"member Arab League | Libya"}},
		{name: "WhoseCountryIsAMember", date: "2023-05-18",
			text: "Kenyan President Daniel Mwangi, whose country is a member of the East African Community, spoke first.",
			want: []string{"member EAC | Kenya"}},
		{name: "WhoseCountryWillJoin", date: "2023-05-18",
			text:   "Ukrainian President Ivan Petrenko, whose country hopes to join NATO, spoke first.",
			absent: []string{"member NATO | Ukraine"}},
		{name: "PassiveWelcomedInto", date: "2023-05-18",
			text: "The African Union met in Addis Ababa. Mali has been welcomed back into the bloc after a suspension.",
			want: []string{"member African Union | Mali"}},
		{name: "WelcomedToSummit", date: "2023-05-18",
			text:   "India was welcomed to the G7 summit in Hiroshima as a guest.",
			absent: []string{"member G7 | India"}},
		{name: "HerFellowCountries", date: "2024-06-13",
			text: "The summit opens in Canada. Canadian Prime Minister Anne Roy will host her fellow G7 countries - the United States, Japan, Germany, France, Italy and the United Kingdom - in Kananaskis.",
			want: []string{"member G7 | Canada", "member G7 | Japan"}},
		{name: "HisFellowLeaders", date: "2024-06-13",
			text: "French President Paul Marin told his fellow NATO leaders that the alliance must stay united.",
			want: []string{"member NATO | France"}},
		{name: "FellowOfGroupingOffice", date: "2024-06-13",
			text:   "EU Commission President Anna Berg joined her fellow G7 leaders in Italy.",
			absent: []string{"member G7 | Italy"}},
	})
}

// One country that a definition of the grouping includes is a member
// ("the 21-member grouping including Chile and many Pacific economies");
// after the bare grouping, "including" may list others ("on the sidelines
// of the UNGA, including Peru's Foreign Minister"). The sentences are
// invented.
func TestMembersDefinitionIncludingOne(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TheGroupingIncludingOne", date: "2013-10-02",
			text: "Nauru has withdrawn from the Commonwealth, the 54-member grouping including Britain and most of its former colonies, the government said.",
			want: []string{"member Commonwealth | United Kingdom"}},
		{name: "ABlocThatIncludesOne", date: "2013-10-02",
			text: "Ministers of APEC, a forum that includes Chile, met in Lima.",
			want: []string{"member APEC | Chile"}},
		{name: "BareGroupingIncluding", date: "2013-10-02",
			text:   "He met delegates on the sidelines of the UNGA, including Peru Foreign Minister Ana Lopez, and others.",
			absent: []string{"member UN General Assembly | Peru"}},
	})
}

// "withdrew COUNTRY from GROUPING", "pulled COUNTRY out of GROUPING" tell
// the country gone from it, and so do "withdrew the country from the
// bloc" after a person the text gives a country, a former holder too;
// withdrawing from a meeting of the grouping is no leaving. The sentences
// are invented.
func TestMembersWithdrewCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WithdrewCountryFrom", date: "2018-05-22",
			text:   "President Ivan Toma withdrew Moldova from the Commonwealth in 2003. Moldova joined the Commonwealth in 1990.",
			absent: []string{"member Commonwealth | Moldova"}},
		{name: "FormerLeaderWithdrewTheCountry", date: "2018-05-22",
			text:   "Malawi, which had been a member of the Commonwealth since 1964, was suspended in 2002. Then Malawian President John Banda withdrew the country from the bloc in 2003.",
			absent: []string{"member Commonwealth | Malawi"}},
		{name: "PulledOutOf", date: "2018-05-22",
			text:   "Peru is a member of the Andean Community. President Luis Vega pulled Peru out of the Andean Community last year.",
			absent: []string{"member Andean Community | Peru"}},
		{name: "WithdrewFromSummit", date: "2018-05-22",
			text: "Kenya is a member of the African Union. President Paul Otieno withdrew Kenya from the African Union summit in protest.",
			want: []string{"member African Union | Kenya"}},
	})
}
