package extract_test

import "testing"

// Events, round 13: shapes of real news prose (invented sentences, none
// from the evaluation corpus).

// TestEventLedeDay: a lede that dates what two people did ("A and B on
// Tuesday agreed to …") dates the meeting the next paragraph tells with
// no day of its own; a dateline on a line of its own places it.
func TestEventLedeDay(t *testing.T) {
	checkShapes(t, []shape{
		{name: "NextParagraph", date: "2021-06-17",
			text: "President Ana Lopez and her Chilean counterpart Paul Brandt on Tuesday agreed to expand trade.\n\nDuring their meeting, both sides discussed energy links.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-15 | - | -"}},
		{name: "BareWeekday", date: "2021-06-20",
			text: "President Ana Lopez and her Chilean counterpart Paul Brandt Saturday agreed to expand trade.\n\nDuring their meeting, both sides discussed energy links.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-19 | - | -"}},
		{name: "CityLineDateline", date: "2021-06-20",
			text: "Lima\n\nPresident Ana Lopez and her Chilean counterpart Paul Brandt on Saturday agreed to expand trade.\n\nDuring their meeting, both sides discussed energy links.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-19 | Lima | -"}},
		{name: "LaterParagraphNoDay", date: "2021-06-17",
			text:   "President Ana Lopez and her Chilean counterpart Paul Brandt on Tuesday agreed to expand trade.\n\nThe ministers of both countries will meet next month.\n\nDuring their meeting, both sides discussed energy links.",
			absent: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-15"}},
	})
}

// TestEventCounterpartCall: "a call from his Chilean counterpart" with
// no name after is the Chilean office-holder named before.
func TestEventCounterpartCall(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CallFromCounterpart", date: "2021-06-17",
			text: "Peru's Foreign Minister Ana Lopez and Chilean Foreign Minister Paul Brandt on Wednesday reaffirmed their wish to deepen ties.\n\nLopez received a phone call from her Chilean counterpart during which she raised visas.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-16 | - | phone"}},
		{name: "NoHolderNamed", date: "2021-06-17",
			text:   "Peru's Foreign Minister Ana Lopez met Trade Minister Rosa Gil on Wednesday.\n\nLopez later received a phone call from her Chilean counterpart.",
			absent: []string{"Meeting Ana Lopez, Rosa Gil | - |"}},
	})
}

// TestEventCountedVisit: "This was her second Peru visit" counts the trip
// just told; it is no other visit.
func TestEventCountedVisit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ThisWasSecond", date: "2021-06-17",
			text:   "Chilean President Ana Lopez, who arrived in Lima on Tuesday, was welcomed by President Paul Brandt. This was her second Peru visit in a month.",
			want:   []string{"Visit Ana Lopez | 2021-06-15 | Lima | -"},
			absent: []string{"Visit Ana Lopez | 2021-06-15 | Peru"}},
		{name: "ItIsFirstTripTo", date: "2021-06-17",
			text:   "Chilean President Ana Lopez arrived in Lima on Tuesday. It is her first official trip to Peru since 2019.",
			want:   []string{"Visit Ana Lopez | 2021-06-15 | Lima | -"},
			absent: []string{"Visit Ana Lopez | - | Peru"}},
		{name: "OtherCountry", date: "2021-06-17",
			text: "Chilean President Ana Lopez arrived in Lima on Tuesday. It will be her third visit to Bolivia when she travels to La Paz next week.",
			want: []string{"Visit Ana Lopez | 2021-06-15 | Lima | -", "Visit Ana Lopez | - | La Paz | -"}},
	})
}

// TestEventReceivedGuest: a foreign office-holder received in the host's
// city, where the text speaks of the visit, made a visit there; the host
// of a visit is no visitor.
func TestEventReceivedGuest(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ReceivedVisitWord", date: "2021-06-17",
			text:   "Peruvian President Ana Lopez received Chilean President Paul Brandt in Lima on Wednesday. They discussed trade. It was the first visit by a foreign guest to be hosted by the president this year.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-16 | Lima | -", "Visit Paul Brandt | 2021-06-16 | Lima | -"},
			absent: []string{"Visit Ana Lopez"}},
		{name: "ReceivedNoVisitWord", date: "2021-06-17",
			text:   "Peruvian President Ana Lopez received Chilean Trade Minister Paul Brandt in Lima on Wednesday. They discussed trade.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-16 | Lima | -"},
			absent: []string{"Visit Paul Brandt"}},
		{name: "ReceivedCompatriot", date: "2021-06-17",
			text:   "Peruvian President Ana Lopez received Peruvian Trade Minister Paul Brandt in Lima on Wednesday, ahead of his visit to Chile.",
			absent: []string{"Visit Paul Brandt | 2021-06-16 | Lima"}},
	})
}

// TestEventSetToOpenIn: "the summit was set to open in X": where it
// opens, not a topic ("to discuss the crisis in X").
func TestEventSetToOpenIn(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SetToOpenIn", date: "2021-06-17",
			text: "The third summit of the African Union was set to open in Nairobi today, with the crisis in Sudan high on the agenda.",
			want: []string{"Summit - | 2021-06-17 | Nairobi | -"}},
		{name: "ToDiscussIn", date: "2021-06-17",
			text:   "President Ana Lopez held talks with President Paul Brandt to discuss the crisis in Sudan.",
			absent: []string{"Meeting Ana Lopez, Paul Brandt | - | Sudan"}},
	})
}
