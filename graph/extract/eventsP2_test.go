package extract_test

import "testing"

// TestEventDiscussions: "discussions" are talks when people hold them ("A
// and B held productive discussions", "the discussions between A and B"),
// not when they are what was said at a meeting told before. The sentences
// are invented.
func TestEventDiscussions(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PairHeldDiscussions", date: "2019-06-14",
			text: "President Ana Lopez and President Jorge Ruiz held productive discussions in Lima on June 13, 2019.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2019-06-13 | Lima | -"}},
		{name: "DiscussionsBetween", date: "2019-06-14",
			text: "The main event of the trip will be the discussions between President Ana Lopez and Prime Minister Jorge Ruiz on Friday.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2019-06-14 | - | -"}},
		{name: "DiscussionsCovered", date: "2019-06-14",
			text:   "President Ana Lopez received Foreign Minister Jorge Ruiz on Thursday. Discussions at the meeting covered trade, and Deputy Minister Karl Olsen attended the meeting.",
			absent: []string{"Meeting Karl Olsen |"}},
	})
}

// TestEventDateOfAnotherNoun: a date that modifies another noun ("the
// March 3 elections", "a narrow May 9 win") or ends a ", following …"
// phrase dates that, not the event. The sentences are invented.
func TestEventDateOfAnotherNoun(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AttributiveDate", date: "2016-05-20",
			text:   "Prime Minister Tom Hale, who won a second term with a narrow May 9 win over his rival, spoke with Italian Prime Minister Marco Bellini on Thursday.",
			want:   []string{"Meeting Marco Bellini, Tom Hale | 2016-05-19 | - | -"},
			absent: []string{"Meeting Marco Bellini, Tom Hale | 2016-05-09"}},
		{name: "AttributiveDateNoDay", date: "2016-05-20",
			text:   "The ministerial meeting of the Pacific Islands Forum is taking place in Suva in the shadow of the March 3 floods, and Foreign Minister Jone Tala chaired the meeting.",
			absent: []string{"Meeting Jone Tala | 2016-03-03"}},
		{name: "FollowingClashes", date: "2025-10-26",
			text: "The 12th summit of the Pacific Islands Forum opened on Sunday in Suva. Canadian Prime Minister Mark Dorsey is attending the gathering, where he is set to witness the signing of an accord, following deadly clashes in July.",
			want: []string{"Summit Mark Dorsey | 2025-10-26 | Suva | -"}},
	})
}

// TestEventMeetingsApart: "X met his counterpart from A, B, and C of D"
// followed by "The meetings were held …" are a meeting with each
// (GUIDELINES 6.2), held where the gathering on whose sidelines they were
// took place, even a town the lexicon does not list ("in Tarma city of
// Peru"). The sentences are invented.
func TestEventMeetingsApart(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MeetingsOnSidelines", date: "2023-10-10",
			text: "Foreign Minister Ana Lopez on Tuesday met her counterpart from Chile Jorge Ruiz and Karl Olsen of Norway, and discussed bilateral ties. " +
				"The meetings were held on the sidelines of the Tenth Council of Ministers held in Tarma city of Peru.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2023-10-10 | Tarma | -", "Meeting Ana Lopez, Karl Olsen | 2023-10-10 | Tarma | -", "city Tarma"}},
		{name: "OneMeetingWithBoth", date: "2023-10-10",
			text: "Foreign Minister Ana Lopez on Tuesday met her counterpart from Chile Jorge Ruiz and Karl Olsen of Norway. The talks focused on trade.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz, Karl Olsen | 2023-10-10 | - | -"}},
		{name: "MeetingWasHeldIn", date: "2023-10-10",
			text: "Foreign Minister Ana Lopez met Chilean Foreign Minister Jorge Ruiz on Monday. The meeting was held in Paris.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2023-10-09 | Paris | -"}},
	})
}

// TestEventHopedFor: a trip someone hopes will happen ("said he hoped X
// would visit Chile next year", "hopes to travel to Y") is wished for, not
// planned (GUIDELINES 6.2); a planned one stays. The sentences are invented.
func TestEventHopedFor(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HopedWouldVisit", date: "2012-11-14",
			text:   "President Ana Lopez sent Prime Minister Tom Hale a letter, saying she hoped Hale would visit Chile next year.",
			absent: []string{"Visit Tom Hale"}},
		{name: "HopesToTravel", date: "2012-11-14",
			text:   "Prime Minister Tom Hale said he hopes to travel to Chile in the spring.",
			absent: []string{"Visit Tom Hale"}},
		{name: "WillVisit", date: "2012-11-14",
			text: "Prime Minister Tom Hale will visit Chile next year, his office said.",
			want: []string{"Visit Tom Hale | 2013 | Chile | -"}},
	})
}

// TestEventVisitToldAgain: "X is scheduled to conduct a State Visit to Y"
// is X's trip; "X's visit marks …" and "X is the third Peruvian President
// to go on a State Visit to the country" then tell that one trip again,
// not others. The sentences are invented.
func TestEventVisitToldAgain(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ConductVisit", date: "2019-10-12",
			text: "Peruvian President Ana Lopez is scheduled to conduct a State Visit to Kenya from October 17 to 21, the ministry announced on Friday.",
			want: []string{"Visit Ana Lopez | 2019-10-17 | Kenya | -"}},
		{name: "NamedPossessorAndNth", date: "2019-10-12",
			text: "Peruvian President Ana Lopez is scheduled to conduct a State Visit to Kenya from October 17 to 21, the ministry announced on Friday. " +
				"The ministry said Lopez's visit marks a milestone as both countries celebrate the 50th anniversary of their relations this year. " +
				"Lopez is the third Peruvian President to go on a State Visit to the country since 1969.",
			want:   []string{"Visit Ana Lopez | 2019-10-17 | Kenya | -"},
			absent: []string{"Visit Ana Lopez | 2019 |", "Visit Ana Lopez | - |"}},
	})
}

// TestEventOneSummitTwoNames: the leaders' meeting a leader arrived for
// and "the Forum summit" told the same day with the same leader, sentences
// apart, are one summit. The sentences are invented.
func TestEventOneSummitTwoNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "UnnamedThenNamed", date: "2017-11-11",
			text: "Prime Minister Tom Hale arrived in Suva yesterday for the annual Pacific Islands Forum (PIF) leaders' meeting. " +
				"The PIF was formed in 1971 as an informal forum. The grouping has grown from its original seven members to 18. " +
				"One of its goals is a regional trade area. " +
				"Yesterday, Mr Hale joined fellow leaders in a dialogue with business leaders, an annual event held alongside the PIF summit.",
			want:   []string{"Summit Tom Hale | 2017-11-10 | Suva | -"},
			absent: []string{"Summit Tom Hale | 2017-11-10 | - |"}},
	})
}
