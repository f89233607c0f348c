package extract_test

import "testing"

// TestEventStayAndCoordinatedVisit: "during his stay in X" places the
// meetings its sentence tells, before or after it; a bare "visit" is a verb
// after an adverb ("will officially visit") or after "and" under an
// auxiliary ("will attend the meeting in X and visit Y and Z"), and the
// trip it starts is not placed where the first verb's meeting is. The
// sentences are invented, on the shapes of real readouts.
func TestEventStayAndCoordinatedVisit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "StayAfterTwoVerbs", date: "2019-03-01",
			text: "According to the ministry, Foreign Minister Ana Soto of Chile will meet with Peruvian President Carlos Ruiz, his adviser Mario Lopez, and hold talks with Peruvian Foreign Minister Jorge Vega during her stay in Peru.",
			want: []string{"Meeting Ana Soto, Carlos Ruiz, Mario Lopez | - | Peru | -", "Meeting Ana Soto, Jorge Vega | - | Peru | -"}},
		{name: "StayOpening", date: "2019-03-01",
			text: "Kenyan President Peter Mwangi arrived in Hanoi on Tuesday. During his stay in Hanoi, Mwangi will meet Vietnamese Prime Minister Tran Van Minh.",
			want: []string{"Meeting Peter Mwangi, Tran Van Minh | - | Hanoi | -"}},
		{name: "AdverbBeforeVisit", date: "2019-03-01",
			text: "Foreign Minister Ana Soto of Chile will officially visit Peru, Ecuador and Bolivia from March 16 to 24, a spokesman said.",
			want: []string{"Visit Ana Soto | 2019-03-16 | - | -", "Visit Ana Soto | - | Ecuador | -"}},
		{name: "AttendAndVisit", date: "2019-03-01",
			text:   "Foreign Minister Ana Soto of Chile will attend the OAS foreign ministers' meeting in Panama, and officially visit Peru, Ecuador and Bolivia from March 16 to 24, a spokesman said.",
			want:   []string{"Visit Ana Soto | 2019-03-16 | - | -", "Visit Ana Soto | - | Bolivia | -"},
			absent: []string{"Visit Ana Soto | 2019-03-16 | Panama"}},
	})
}

// TestEventWithCounterparts: a meeting of one named person "with his
// counterparts" tells several meetings, no one occasion (GUIDELINES 6.2);
// "met his counterpart" and a counterpart named after it still make one.
// The sentences are invented, on the shapes of real readouts.
func TestEventWithCounterparts(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CountedMeetings", date: "2019-03-01",
			text:   "The Foreign Minister Ana Soto held 11 bilateral meetings with her foreign counterparts that included Peru, Chile and others, the ministry said.",
			absent: []string{"Meeting Ana Soto |"}},
		{name: "SeparateMeetingsPlaced", date: "2019-03-01",
			text:   "NEW YORK: Ana Soto held separate bilateral meetings with her counterparts from Peru, Chile and Bolivia in New York on Monday.",
			absent: []string{"Meeting Ana Soto |"}},
		{name: "TalksOnATour", date: "2019-03-01",
			text:   "Foreign Minister Ana Soto of Chile will visit Asian countries for talks with her counterparts on trade.",
			absent: []string{"Meeting Ana Soto |"}},
		{name: "OneCounterpartNamed", date: "2019-03-01",
			text: "Foreign Minister Ana Soto of Chile held talks with her Peruvian counterpart Jorge Vega in Lima on Monday.",
			want: []string{"Meeting Ana Soto, Jorge Vega | 2019-02-25 | Lima | -"}},
	})
}
