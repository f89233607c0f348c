package extract_test

import "testing"

// Membership told by joining in order, by "the Nth country to join", by a
// count that refers back to a list, and by taking part "as members of";
// invented sentences (GUIDELINES §3).
func TestMembersJoinersAndReferences(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "JoinedFollowedBy", date: d,
			text: "Norway joined the OSCE in 1973, followed by Iceland in 1975, Malta and Cyprus in 1980, and Andorra in 1996.",
			want: []string{"member OSCE | Norway", "member OSCE | Iceland", "member OSCE | Malta", "member OSCE | Cyprus", "member OSCE | Andorra"}},
		{name: "JoinedFollowedByNoCountries", date: d,
			text:   "Norway joined the OSCE in 1973, followed by talks with Denmark.",
			want:   []string{"member OSCE | Norway"},
			absent: []string{"member OSCE | Denmark"}},
		{name: "NthCountryToJoin", date: d,
			text: "Estonia became the 35th country to join the OECD. Peru and Chile were the latest nations to join APEC.",
			want: []string{"member OECD | Estonia", "member APEC | Peru", "member APEC | Chile"}},
		{name: "NextCountryToJoinIsNone", date: d,
			text:   "Moldova is the next country to join the EU.",
			absent: []string{"member "}},
		{name: "CountedReference", date: d,
			text: "Crowds cheered in Chile and Peru on Sunday as the two Andean nations became the newest members of the OECD.",
			want: []string{"member OECD | Chile", "member OECD | Peru"}},
		{name: "CountedReferenceWrongCount", date: d,
			text:   "Crowds cheered in Chile, Peru and Bolivia on Sunday as the two nations became the newest members of the OECD.",
			absent: []string{"member "}},
		{name: "TakingPartAsMembers", date: d,
			text:   "The OAS met in Lima. The presidents of Chile, Peru and Ecuador attended the summit as full members of the organisation, while Spain came as an observer.",
			want:   []string{"member OAS | Chile", "member OAS | Peru", "member OAS | Ecuador"},
			absent: []string{"member OAS | Spain"}},
		{name: "TakingPartAsObserversOrHoping", date: d,
			text:   "Chile and Peru attended the APEC summit as guests. Bolivia hopes to attend as a member of APEC.",
			absent: []string{"member "}},
		{name: "AdmittedAsMembersPlural", date: d,
			text: "Chile and Peru were admitted as full members of the OECD in 2010.",
			want: []string{"member OECD | Chile", "member OECD | Peru"}},
		{name: "AssociationOfCountriesIncluding", date: d,
			text: "The OIC is an association of 57 member countries, including Senegal and Malaysia.",
			want: []string{"member OIC | Senegal", "member OIC | Malaysia"}},
		{name: "AdmittedNewMembersIncluding", date: d,
			text:   "In 1995, the OSCE admitted three new members, including Andorra and Malta. The OAS welcomed guests such as Spain and Italy.",
			want:   []string{"member OSCE | Andorra", "member OSCE | Malta"},
			absent: []string{"member OAS"}},
		{name: "MemberStatesOfLaterGrouping", date: d,
			text: "Delegations from member states Chile, Peru and Ecuador attended the OAS assembly in Lima.",
			want: []string{"member OAS | Chile", "member OAS | Peru", "member OAS | Ecuador"}},
	})
}

// A person after a verb in -ing at the head of a sentence is its object,
// not the sentence's subject, so "she said" after it is the subject's;
// invented sentences.
func TestPronounAfterParticipleObject(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "AfterMeetingPresident", date: d,
			text:   "Speaking to reporters soon after meeting Chilean President Gabriel Boric in Santiago, Peruvian Foreign Minister Ana Cecilia Gervasi said she was pleased.\n\n\"We agreed on a road map for the border,\" she said.",
			want:   []string{"quote Ana Cecilia Gervasi | We agreed on a road map for the border,"},
			absent: []string{"quote Gabriel Boric"}},
	})
}

// "According to X," makes X the person a following "he" means; a pronoun
// before a verb of calling is its subject, so the person after the verb
// (its object) is no speaker; invented sentences.
func TestPronounSpeakers(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "SheAfterAccordingTo", date: d,
			text:   "Peruvian Foreign Minister Ana Cecilia Gervasi hosted Chilean President Gabriel Boric in Lima on Monday.\n\nThe talks lasted five hours, the Ambassador said.\n\nAccording to Gervasi, \"the border deal is close.\"\n\nShe also called the visit of Boric \"timely and useful for both sides.\"",
			want:   []string{"quote Ana Cecilia Gervasi | timely and useful for both sides."},
			absent: []string{"quote Gabriel Boric"}},
		{name: "UnresolvedPronounBlocksObject", date: d,
			text:   "Officials met in Lima.\n\nHe also called the visit of Chilean President Gabriel Boric \"timely and useful for both sides.\"",
			absent: []string{"quote "}},
	})
}

// A welcome "as the Nth member of X", also quoted and after another role
// coordinated before it; invented sentences.
func TestMembersWelcomedAs(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "QuotedWelcome", date: d,
			text: "\"Let me welcome Andorra as a signatory of the charter and the 58th member of the OSCE,\" the chairman said.",
			want: []string{"member OSCE | Andorra"}},
		{name: "WelcomeAsPartnerIsNone", date: d,
			text:   "\"We welcome Andorra as a partner and hope it will one day be a member of the OSCE,\" he said. The chairman welcomed Monaco as a friend of the OSCE.",
			absent: []string{"member "}},
		{name: "AlongWithNoComma", date: d,
			text:   "Chile along with Peru and Ecuador are members of the OAS. Bolivia along with Paraguay attended the OAS summit.",
			want:   []string{"member OAS | Chile", "member OAS | Peru", "member OAS | Ecuador"},
			absent: []string{"member OAS | Bolivia", "member OAS | Paraguay"}},
		{name: "UnquotedWelcome", date: d,
			text: "The chairman welcomed Andorra as a signatory of the charter and the 58th member of the OSCE.",
			want: []string{"member OSCE | Andorra"}},
	})
}

// "a country|neighbour that is a G member|ally" after a country: that
// country; invented sentences.
func TestMembersNounThatIsAMember(t *testing.T) {
	const d = "2024-03-10"
	checkShapes(t, []shape{
		{name: "NeighbourThatIsAnAlly", date: d,
			text: "Peru flew tents to flood victims in Chile, in a gesture of support for a neighbour that is an OAS member but also a rival.",
			want: []string{"member OAS | Chile"}, absent: []string{"member OAS | Peru"}},
		{name: "CountryThatIsAMember", date: d,
			text: "Peru helped Chile, a country that is a member of the OAS.",
			want: []string{"member OAS | Chile"}, absent: []string{"member OAS | Peru"}},
		{name: "CountryThatHopesOrWas", date: d,
			text:   "Peru helped Chile, a country that is hoping to become a member of the OAS. Peru helped Bolivia, a country that was once a member of the OAS.",
			absent: []string{"member "}},
	})
}
