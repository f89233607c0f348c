package extract_test

import "testing"

// Events, round 10: shapes of fresh news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventOneSummit: a story names its one summit several ways; a
// mention with no day or place of its own, or with the same place, is
// that summit; another grouping's summit stays apart.
func TestEventOneSummit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SamePlaceNamedLater", date: "2021-06-17",
			text: "President Ana Lopez plans to attend a regional summit in Nairobi. " +
				"Lopez will be at the Summit of the Lakes in Nairobi on Saturday.",
			want:   []string{"Summit Ana Lopez | 2021-06-19 | Nairobi | -"},
			absent: []string{"Summit Ana Lopez | - |"}},
		{name: "BareMentionLater", date: "2021-06-17",
			text: "The 12th summit of the Southern African Development Community opened in Nairobi on Thursday. " +
				"President Ana Lopez is taking part in the SADC Summit.",
			want:   []string{"Summit Ana Lopez | 2021-06-17 | Nairobi | -"},
			absent: []string{"Summit Ana Lopez | - | - |"}},
		{name: "OtherGrouping", date: "2021-06-17",
			text: "President Ana Lopez attended the G20 summit in Rome on Saturday. " +
				"She will attend the G7 summit.",
			want: []string{"Summit Ana Lopez | 2021-06-12 | Rome | -"}},
	})
}

// TestEventWeekdaySpan: "Friday to Sunday" is one span, dated by its
// first day; a schedule told in the present ("X spends …") is ahead.
func TestEventWeekdaySpan(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PresentSchedule", date: "2021-06-17",
			text:   "Then President Ana Lopez spends Friday to Sunday at the Lakes Summit in Nairobi.",
			want:   []string{"Summit Ana Lopez | 2021-06-18 | Nairobi | -"},
			absent: []string{"Summit Ana Lopez | 2021-06-20"}},
		{name: "PastSpan", date: "2021-06-17",
			text: "President Ana Lopez attended the Lakes Summit in Nairobi from Monday to Wednesday.",
			want: []string{"Summit Ana Lopez | 2021-06-14 | Nairobi | -"}},
	})
}

// TestEventInvitedVisit: a visit someone is invited to make is proposed
// (GUIDELINES 6.2); a visit made at an invitation is told.
func TestEventInvitedVisit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InvitedToVisit", date: "2021-06-17",
			text:   "President Ana Lopez spoke by phone with Prime Minister Paul Brandt on Thursday. Lopez invited Brandt to visit Peru.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | - | phone"},
			absent: []string{"Visit"}},
		{name: "InvitationToTravel", date: "2021-06-17",
			text:   "Lopez extended an invitation to Prime Minister Paul Brandt to travel to Lima later this year.",
			absent: []string{"Visit"}},
		{name: "AtTheInvitation", date: "2021-06-17",
			text: "Prime Minister Paul Brandt arrived in Lima on Thursday at the invitation of President Ana Lopez.",
			want: []string{"Visit Paul Brandt | 2021-06-17 | Lima | -"}},
	})
}

// TestEventPluralMeetings: "held meetings with A and B", "Among phone
// calls …, X spoke with A and B": one meeting with each; "held talks with
// A and B" stays one.
func TestEventPluralMeetings(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BilateralMeetings", date: "2021-06-17",
			text:   "Foreign Minister Ana Lopez held bilateral meetings with Chilean Foreign Minister Paul Brandt and Peruvian Foreign Minister Mario Ruiz on Thursday.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | - | -", "Meeting Ana Lopez, Mario Ruiz | 2021-06-17 | - | -"},
			absent: []string{"Meeting Ana Lopez, Mario Ruiz, Paul Brandt"}},
		{name: "AmongPhoneCalls", date: "2021-06-17",
			text:   "Among several phone calls with her counterparts, Foreign Minister Ana Lopez spoke on Thursday with Chilean Foreign Minister Paul Brandt and Peruvian Foreign Minister Mario Ruiz.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | - | phone", "Meeting Ana Lopez, Mario Ruiz | 2021-06-17 | - | -"},
			absent: []string{"Meeting Ana Lopez, Mario Ruiz, Paul Brandt", "Meeting Ana Lopez |"}},
		{name: "TalksStayOne", date: "2021-06-17",
			text: "Foreign Minister Ana Lopez held talks with Chilean Foreign Minister Paul Brandt and Peruvian Foreign Minister Mario Ruiz on Thursday.",
			want: []string{"Meeting Ana Lopez, Mario Ruiz, Paul Brandt | 2021-06-17 | - | -"}},
	})
}

// TestEventOpenedDates: a relative clause of opening dates the summit it
// follows; "has opened", "is now underway" with no date: the article's
// day; a participle on another noun keeps its date; two summits of one
// sentence on different days stay two.
func TestEventOpenedDates(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WhichOpened", date: "2021-06-14",
			text: "Leaders met at the Lakes Union's annual summit which opened in Nairobi on Sunday.",
			want: []string{"Summit - | 2021-06-13 | Nairobi | -"}},
		{name: "HasOpenedToday", date: "2021-06-14",
			text:   "The 12th summit of the Lakes Union heads of state has officially opened in Nairobi under a new chairman elected in January 2021.",
			want:   []string{"Summit - | 2021-06-14 | Nairobi | -"},
			absent: []string{"Summit - | 2021-01"}},
		{name: "IsUnderway", date: "2021-06-14",
			text: "The 12th Lakes Union Leaders' Summit is now underway in Nairobi.",
			want: []string{"Summit - | 2021-06-14 | Nairobi | -"}},
		{name: "TwoDays", date: "2021-06-14",
			text: "President Ana Lopez last night attended the committee summit, which was called ahead of the 12th Lakes Union summit, which has kicked off in Nairobi today.",
			want: []string{"Summit Ana Lopez | 2021-06-13 | - | -"}},
	})
}

// TestEventAlsoPresent: "A, B and C were also present." puts them at the
// summit just told.
func TestEventAlsoPresent(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WereAlsoPresent", date: "2021-06-14",
			text: "Leaders gathered in Nairobi on Sunday for the 12th Lakes Union summit. " +
				"Kenyan President John Kamau attended the gathering. " +
				"Ugandan President Ana Lopez and Rwandan Prime Minister Paul Brandt were also present.",
			want: []string{"Summit Ana Lopez, John Kamau, Paul Brandt | 2021-06-13 | Nairobi | -"}},
	})
}

// TestEventIsToFuture: "X is to welcome Y on Friday" speaks of what is to
// come.
func TestEventIsToFuture(t *testing.T) {
	checkShapes(t, []shape{
		{name: "IsToWelcome", date: "2021-06-15",
			text: "Foreign Minister Ana Lopez is to welcome her Chilean counterpart Paul Brandt on Friday in Lima.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-18 | Lima | -"}},
	})
}

// TestEventVisitWhereMet: a trip with no place, whose traveller the
// sentences around it have meet someone in one foreign country, went
// there; not a trip at home.
func TestEventVisitWhereMet(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TripAbroad", date: "2021-06-17",
			text: "Peruvian Foreign Minister Ana Lopez held talks with Chilean President Paul Brandt on Wednesday in Santiago. " +
				"Lopez arrived on Tuesday, saying her three-day trip aims to build cooperation.",
			want: []string{"Visit Ana Lopez | 2021-06-15 | Chile | -"}},
		{name: "AtHome", date: "2021-06-17",
			text: "Peruvian Foreign Minister Ana Lopez held talks with Chilean President Paul Brandt on Wednesday in Lima. " +
				"Lopez returned on Tuesday from a three-day trip.",
			absent: []string{"Visit Ana Lopez | 2021-06-15 | Peru"}},
	})
}

// TestEventSummitOfTwo: a summit told with no one named, then "their
// meeting at a hotel in X" and "his meeting with Y": one summit of the
// two, in X; "On the summit's eve, Z said" puts Z at no summit.
func TestEventSummitOfTwo(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TwoLeaders", date: "2021-06-14",
			text: "President Ana Lopez plans to have lunch with President Paul Brandt, kicking off a historic summit on Tuesday between two rivals. " +
				"Their meeting at a seaside hotel in Lima will be the first in a decade. " +
				"On the summit's eve, Foreign Minister Mario Ruiz said sanctions would stay. " +
				"Lopez has approached her meeting with Brandt like a negotiation.",
			want:   []string{"Summit Ana Lopez, Paul Brandt | 2021-06-15 | Lima | -"},
			absent: []string{"Meeting Ana Lopez, Paul Brandt", "Summit Ana Lopez, Mario Ruiz", "Summit Ana Lopez, Mario Ruiz, Paul Brandt"}},
	})
}

// TestEventTripDatedByStop: a trip to a country with no day of its own
// began with the traveller's first dated stop in it.
func TestEventTripDatedByStop(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ReachCityThenCountry", date: "2021-06-14",
			text: "President Ana Lopez will reach Osaka on June 19 and attend a trade fair. She is visiting Japan at the invitation of the Japanese government.",
			want: []string{"Visit Ana Lopez | 2021-06-19 | Japan | -", "Visit Ana Lopez | 2021-06-19 | Osaka | -"}},
	})
}

// TestEventGroupingMeetingIsSummit: in a story of a grouping's one summit,
// "the G-meeting" and "attend the summit on June 20-21" are that summit;
// its ministers' meeting is not.
func TestEventGroupingMeetingIsSummit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "G20Meeting", date: "2021-06-19",
			text: "President Ana Lopez is in Italy to attend the G20 Summit scheduled to be held in Rome from June 19-21. " +
				"Prime Minister Paul Brandt will represent Chile at the G20 meeting in Rome. " +
				"President John Kamau will attend the G20 summit on June 20-21.",
			want:   []string{"Summit Ana Lopez, John Kamau, Paul Brandt | 2021-06-19 | Rome | -"},
			absent: []string{"Meeting", "Summit John Kamau | 2021-06-20"}},
		{name: "MinistersMeeting", date: "2021-06-19",
			text: "President Ana Lopez is in Italy to attend the G20 Summit scheduled to be held in Rome from June 19-21. " +
				"Foreign Minister Paul Brandt attended the G20 Foreign Ministers' Meeting in Rome on Friday.",
			want: []string{"Meeting Paul Brandt | 2021-06-18 | Rome | -"}},
	})
}
