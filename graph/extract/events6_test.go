package extract_test

import (
	"strings"
	"testing"
)

// Events, round 6: shapes of unseen news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventSummitPeople: the one elected at a summit, and the leaders a
// sentence names among those who gathered for it, take part in it.
func TestEventSummitPeople(t *testing.T) {
	checkShapes(t, []shape{
		{name: "EndedWithElectionOf", date: "2021-06-12",
			text: "The 12th Summit of the East African Union ended in Nairobi on Friday with the election of President John Kamau as chairman of the union.",
			want: []string{"Summit John Kamau | 2021-06-11 | Nairobi | -"}},
		{name: "PossessiveElection", date: "2021-06-12",
			text: "President Ana Lopez's election took place in a closed session at the East African Union Summit in Nairobi on Friday.",
			want: []string{"Summit Ana Lopez | 2021-06-11 | Nairobi | -"}},
		{name: "ElectedAs", date: "2021-06-12",
			text: "The East African Union Summit in Nairobi on Friday elected President John Kamau as its new chairman.",
			want: []string{"Summit John Kamau | 2021-06-11 | Nairobi | -"}},
		{name: "LeadersIncluding", date: "2021-06-12",
			text: "Leaders of the East African Union, including President John Kamau and Prime Minister Ana Lopez, gathered in Nairobi on Friday for the opening of the 12th East African Union Summit.",
			want: []string{"Summit Ana Lopez, John Kamau | 2021-06-11 | Nairobi | -"}},
		{name: "IncludingNoLeaders", date: "2021-06-12",
			text:   "Several topics, including a proposal by John Kamau, were raised at the 12th East African Union Summit in Nairobi on Friday.",
			absent: []string{"Summit John Kamau"}},
		{name: "ElectionNoSummit", date: "2021-06-12",
			text:   "The election of John Kamau as party leader was announced in Nairobi on Friday.",
			absent: []string{"Summit "}},
	})
}

// TestEventLeadersBody: a meeting of a body of heads of government, and a
// leaders’ meeting written with a curly apostrophe, are summits; "and
// Related Summits" in a summit's name is no second summit; a later
// "a Forum leaders' meeting" with nothing of its own is the summit told.
func TestEventLeadersBody(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MeetingOfConferenceOfHeads", date: "2021-06-12",
			text: "The Ninth Regular Meeting of the Conference of Heads of Government of the Caribbean Union was held in Kingston on Friday.",
			want: []string{"Summit - | 2021-06-11 | Kingston | -"}},
		{name: "CurlyLeadersMeeting", date: "2021-06-12",
			text: "The Caribbean Union Leaders’ Meeting opened in Kingston on Friday.",
			want: []string{"Summit - | 2021-06-11 | Kingston | -"}},
		{name: "BareLeadersMeetingIsTheSummit", date: "2021-06-12",
			text: "African Union leaders wrapped up their annual meeting in Kingston on Friday. " +
				"Prime Minister Ana Lopez returned to an African Union leaders' meeting for the first time in years. " +
				"She also attended.",
			want:   []string{"Summit Ana Lopez | 2021-06-11 | Kingston | -"},
			absent: []string{"Summit - |", "Summit Ana Lopez | - |"}},
	})
}

// TestEventRelatedSummits: "the 9th X Summit and Related Summits" is one
// summit.
func TestEventRelatedSummits(t *testing.T) {
	got := view(run("2021-06-12", "Leaders gathered in Kingston on Friday for the 9th African Union Summit and Related Summits."))
	n := 0
	for _, l := range got {
		if strings.HasPrefix(l, "Summit ") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one summit; got:\n  %s", strings.Join(got, "\n  "))
	}
}

// TestEventSubjectsAndDates: "X is due to meet Y … before heading to Z
// for talks with W": X in all three; "X will take part in a long-named
// summit"; "invited X to visit in July" is next July; a date inside the
// noun's phrase ("ahead of the April 3-4 summit") is its own; "in
// COUNTRY's CITY" is the city.
func TestEventSubjectsAndDates(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DueToMeetBeforeHeading", date: "2021-06-07",
			text: "Prime Minister Ana Lopez met President John Kamau. Lopez is also due to meet Chilean President Peter Mwangi in Lima before heading to Quito on Wednesday for talks with Ecuadorian President Omar Haddad.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | - | Lima | -", "Visit Ana Lopez | 2021-06-09 | Quito | -", "Meeting Ana Lopez, Omar Haddad | 2021-06-09 | Quito | -"}},
		{name: "TakePartInLongName", date: "2021-06-07",
			text: "Prime Minister Ana Lopez met President John Kamau. On Tuesday, Lopez will take part in a Community of Latin American and Caribbean States (CELAC) summit.",
			want: []string{"Summit Ana Lopez | 2021-06-08 | - | -"}},
		{name: "InvitedToVisitInJuly", date: "2021-05-11",
			text: "Prime Minister Ana Lopez will visit Kenya in July at the invitation of President John Kamau.",
			want: []string{"Visit Ana Lopez | 2021-07 | Kenya | -"}},
		{name: "VisitedInJulyPast", date: "2021-05-11",
			text: "Prime Minister Ana Lopez visited Kenya in July.",
			want: []string{"Visit Ana Lopez | 2020-07 | Kenya | -"}},
		{name: "DateInsideNounPhrase", date: "2021-03-20",
			text: "Peru joined the alliance ahead of the April 3-4 NATO summit in Brussels.",
			want: []string{"Summit - | 2021-04-03 | Brussels | -"}},
		{name: "CountrysCity", date: "2021-05-22",
			text: "President John Kamau arrived in Saudi Arabia's Jeddah on Friday to attend the Arab League summit.",
			want: []string{"Summit John Kamau | 2021-05-21 | Jeddah | -"}},
		{name: "CountrysCapitalCity", date: "2021-05-22",
			text: "The ASEAN summit opened on Friday in Indonesia's capital Jakarta.",
			want: []string{"Summit - | 2021-05-21 | Jakarta | -"}},
	})
}

// TestEventLeadersSession: a body of heads of state holding its session
// holds a summit; "today, 22 June 2025" is the date written out; "In his
// opening statement, X …" puts X at the gathering told.
func TestEventLeadersSession(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AuthorityHeldSession", date: "2025-06-23",
			text: "The Authority of Heads of State and Government of the African Union held its Ninth Ordinary Session, today, 22 June 2025, in Nairobi. " +
				"In his opening statement, President John Kamau urged leaders to act.",
			want: []string{"Summit John Kamau | 2025-06-22 | Nairobi | -"}},
		{name: "CourtSessionNoSummit", date: "2025-06-23",
			text:   "The High Court held its ordinary session in Nairobi on Friday.",
			absent: []string{"Summit "}},
		{name: "OpeningRemarksAtSummit", date: "2021-06-12",
			text: "The 12th African Union Summit opened in Nairobi on Friday. " +
				"In her opening remarks, Prime Minister Ana Lopez thanked the leaders.",
			want: []string{"Summit Ana Lopez | 2021-06-11 | Nairobi | -"}},
	})
}

// TestEventHeadingsAndPastClause: a verbless heading line names no event
// of its own; a weekday after a past-tense verb is past even in a
// sentence that speaks of the future.
func TestEventHeadingsAndPastClause(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HeadingLineNoEvent", date: "2016-08-12",
			text:   "The role of the Regional Foreign Ministers Meeting\n\nThe ministers discussed trade.",
			absent: []string{"Meeting "}},
		{name: "SentenceWithStopStays", date: "2016-08-12",
			text: "The Regional Foreign Ministers Meeting was held in Lima.\n\nThe ministers discussed trade.",
			want: []string{"Meeting - | 2016-08-12 | Lima | -"}},
		{name: "StartedGatheringOnMonday", date: "2002-07-09",
			text: "The highlight will be a parade near the hall where African heads of state started gathering on Monday for a three-day summit.",
			want: []string{"Summit - | 2002-07-08 | - | -"}},
		{name: "WillBeHeldOnMonday", date: "2002-07-09",
			text: "The summit of African heads of state will be held on Monday.",
			want: []string{"Summit - | 2002-07-15 | - | -"}},
	})
}

// TestEventInCityOnVisit: "X is in CITY on/for a visit (to COUNTRY)" is
// X's visit, in the city; "held bilateral discussions with" is a
// meeting; a meeting with no place next to its visitor's stay in a city
// is held there.
func TestEventInCityOnVisit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "IsInCityOnVisit", date: "2022-10-06",
			text: "Prime Minister Ana Lopez is in Nairobi on a two-day visit.",
			want: []string{"Visit Ana Lopez | - | Nairobi | -"}},
		{name: "IsInCityForVisitToCountry", date: "2022-10-06",
			text: "President John Kamau is in Lima for an official visit to Peru.",
			want: []string{"Visit John Kamau | - | Lima | -"}},
		{name: "InCityForTalksNoVisit", date: "2022-10-06",
			text:   "President John Kamau is in Lima for talks.",
			absent: []string{"Visit "}},
		{name: "DiscussionsWithAndVisitCity", date: "2022-10-06",
			text: "Prime Minister Ana Lopez held bilateral discussions with the delegation of Kenya led by President John Kamau. " +
				"President John Kamau is in Lima for an official visit to Peru.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2022-10-06 | Lima | -", "Visit John Kamau | - | Lima | -"}},
		{name: "LeftForCityNotMeetingPlace", date: "2022-10-06",
			text: "Prime Minister Ana Lopez met President John Kamau on Monday. " +
				"Kamau left for Lima on Monday.",
			absent: []string{"Meeting Ana Lopez, John Kamau | 2022-10-03 | Lima"}},
		{name: "DiscussionsOnTradeNoMeeting", date: "2022-10-06",
			text:   "The discussions on trade with Kenya continued.",
			absent: []string{"Meeting "}},
	})
}

// TestEventVisitNounsAndCopula: "a piece of land in X" is no arrival;
// "X's trip is the first visit to Y" is one visit.
func TestEventVisitNounsAndCopula(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LandNounNoVisit", date: "2023-05-20",
			text:   "Prime Minister Ana Lopez, during her visit to Lima in February, had promised a piece of land in Quito for the embassy.",
			want:   []string{"Visit Ana Lopez | 2023-02 | Lima | -"},
			absent: []string{"Visit Ana Lopez | 2023-02 | Quito"}},
		{name: "LandedVerbStillVisit", date: "2023-05-20",
			text: "Prime Minister Ana Lopez landed in Quito on Friday.",
			want: []string{"Visit Ana Lopez | 2023-05-19 | Quito | -"}},
		{name: "TripIsFirstVisit", date: "2023-05-05",
			text:   "Foreign Minister Ana Lopez's trip is the first visit to Peru by a Chilean foreign minister since 2011.",
			want:   []string{"Visit Ana Lopez | - | Peru | -"},
			absent: []string{"Visit Ana Lopez | - | - |"}},
	})
}

// TestEventCallClauseObject: "A invited B to visit … during a phone call"
// is a call between A and B; "A spoke about B during a meeting" is not
// read so (no object of the verb).
func TestEventCallClauseObject(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InvitedDuringCall", date: "2010-05-11",
			text:   "President John Kamau invited new Prime Minister Ana Lopez to visit Kenya in July during a phone call on Tuesday.",
			want:   []string{"Meeting Ana Lopez, John Kamau | 2010-05-11 | - | phone"},
			absent: []string{"Visit"}}, // invited to visit: proposed (GUIDELINES 6.2)
		{name: "CongratulatedInConversation", date: "2010-05-11",
			text: "President John Kamau congratulated Prime Minister Ana Lopez in a telephone conversation on Monday.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2010-05-10 | - | phone"}},
	})
}

// TestEventNextVisitUnplaced: "his next visit" with no place or day is
// no event; "his next visit to Peru in May" is.
func TestEventNextVisitUnplaced(t *testing.T) {
	checkShapes(t, []shape{
		{name: "NextVisitVague", date: "2021-03-10",
			text:   "Envoy John Kamau said he would bring a new plan on his next visit.",
			absent: []string{"Visit "}},
		{name: "NextVisitPlacedDated", date: "2021-03-10",
			text: "Envoy John Kamau said he would bring a new plan on his next visit to Peru in May.",
			want: []string{"Visit John Kamau | 2021-05 | Peru | -"}},
	})
}
