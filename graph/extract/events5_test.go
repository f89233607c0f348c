package extract_test

import "testing"

// Events, round 5: shapes of unseen news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventOtherLeadersMeeting: "X and other heads of state of G are
// meeting in CITY" is a summit with X at it; "Also present were …",
// "Other heads of state present include …" add to it; a document's title
// ("the Report of the 9th Ordinary Meeting") is no meeting.
func TestEventOtherLeadersMeeting(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OtherHeadsOfStateMeeting", date: "2021-06-10",
			text: "President John Kamau and other Heads of State and Government of the African Union are currently meeting in Nairobi.",
			want: []string{"Summit John Kamau | 2021-06-10 | Nairobi | -"}},
		{name: "OtherGroupingLeadersMet", date: "2021-06-10",
			text: "President John Kamau and other African Union leaders met in Nairobi on Tuesday.",
			want: []string{"Summit John Kamau | 2021-06-08 | Nairobi | -"}},
		{name: "OtherOppositionLeadersNoSummit", date: "2021-06-10",
			text:   "John Kamau and other opposition leaders are meeting in Nairobi.",
			absent: []string{"Summit "}},
		{name: "PresentInclude", date: "2021-06-10",
			text: "President John Kamau and other Heads of State of the African Union are meeting in Nairobi. " +
				"The leaders will consider the annual budget. " +
				"Other Heads of State present include the President of Ghana, Ana Lopez, and Kenyan Vice President Peter Mwangi.",
			want: []string{"Summit Ana Lopez, John Kamau, Peter Mwangi | 2021-06-10 | Nairobi | -"}},
		{name: "AlsoPresentWere", date: "2021-06-10",
			text: "President John Kamau and other Heads of State of the African Union are meeting in Nairobi. " +
				"Also present were the Foreign Minister of Ghana, Ana Lopez.",
			want: []string{"Summit Ana Lopez, John Kamau | 2021-06-10 | Nairobi | -"}},
		{name: "PresentVerbNoAttendance", date: "2021-06-10",
			text: "President John Kamau and other Heads of State of the African Union are meeting in Nairobi. " +
				"Ana Lopez will present a report on trade.",
			want: []string{"Summit John Kamau | 2021-06-10 | Nairobi | -"}},
		{name: "ReportOfMeetingNoEvent", date: "2021-06-10",
			text:   "The council will consider the Report of the 9th Ordinary Meeting of the Committee of Experts.",
			absent: []string{"Meeting "}},
	})
}

// TestEventIndefiniteFollowOn: "A one-on-one meeting took place at … in
// CITY" right after "X met Y" is where that meeting was held; not when the
// meeting told already has a place, nor two sentences later.
func TestEventIndefiniteFollowOn(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TookPlaceIn", date: "2021-06-10",
			text: "President John Kamau met Peruvian Foreign Minister Ana Lopez on Tuesday. A one-on-one meeting took place at the State Palace in Lima.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | Lima | -"}},
		{name: "WasHeldIn", date: "2021-06-10",
			text: "President John Kamau met Peruvian Foreign Minister Ana Lopez on Tuesday. A closed-door meeting was held in Lima.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | Lima | -"}},
		{name: "TooFar", date: "2021-06-10",
			text:   "President John Kamau met Peruvian Foreign Minister Ana Lopez on Tuesday. They discussed trade. A one-on-one meeting took place in Lima.",
			absent: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | Lima"}},
	})
}
