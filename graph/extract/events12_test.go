package extract_test

import "testing"

// Events, round 12: shapes of real news prose (invented sentences, none
// from the evaluation corpus).

// TestEventInvolves: "The meeting also involves A, B and C" puts them at
// the meeting told before.
func TestEventInvolves(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AlsoInvolves", date: "2021-06-17",
			text: "President Ana Lopez met Prime Minister Paul Brandt in Lima on Tuesday. The meeting, which is taking place at the palace, also involves Deputy Prime Minister Mario Ruiz and Finance Minister Rosa Gil.",
			want: []string{"Meeting Ana Lopez, Mario Ruiz, Paul Brandt, Rosa Gil | 2021-06-15 | Lima | -"}},
		{name: "TalksInvolved", date: "2021-06-17",
			text: "Foreign Minister Ana Lopez held talks with Foreign Minister Paul Brandt on Monday. The talks involved Trade Minister Rosa Gil as well.",
			want: []string{"Meeting Ana Lopez, Paul Brandt, Rosa Gil | 2021-06-14 | - | -"}},
	})
}

// TestEventHeldNow: a meeting told in the present progressive ("is holding
// a meeting with", "are holding talks", "is meeting") is on the article's
// day; a past or planned one is not.
func TestEventHeldNow(t *testing.T) {
	checkShapes(t, []shape{
		{name: "IsHoldingMeeting", date: "2021-06-17",
			text: "President Ana Lopez is holding a meeting with her Chilean counterpart Paul Brandt, who arrived in Peru for a state visit.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | Peru | -"}},
		{name: "AreHoldingTalks", date: "2021-06-17",
			text: "Foreign Minister Ana Lopez and Foreign Minister Paul Brandt are currently holding bilateral talks in Santiago.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | Santiago | -"}},
		{name: "WasHoldingNoDate", date: "2021-06-17",
			text:   "Foreign Minister Ana Lopez was holding talks with Foreign Minister Paul Brandt when the news broke.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | - | - | -"},
			absent: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17"}},
		{name: "IsToHold", date: "2021-06-17",
			text:   "Foreign Minister Ana Lopez is to hold talks with Foreign Minister Paul Brandt.",
			absent: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17"}},
	})
}

// TestEventSlashDateline: "LIMA, June 17. /Agency/." a line of its own
// before the lede: the lede's meeting is in the dateline's city.
func TestEventSlashDateline(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AgencyInSlashes", date: "2021-06-17",
			text: "LIMA, June 17. /Andina/. President Ana Lopez is holding talks with Chilean President Paul Brandt at the government palace.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | Lima | -"}},
	})
}

// TestForeignCommonwealthSecretary: the British foreign secretary's
// longer title, written before the name.
func TestForeignCommonwealthSecretary(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FCOSecretary", date: "2021-06-17",
			text: "President Ana Lopez held talks with UK Foreign and Commonwealth Affairs Secretary Paul Brandt in Lima.",
			want: []string{"holds Paul Brandt | Foreign Secretary | United Kingdom", "Meeting Ana Lopez, Paul Brandt | 2021-06-17 | Lima | -"}},
	})
}

// TestCompanionsOnTheVisit: those "accompanying" a visitor go on the
// visit told at the story's start, not only on the meeting told just
// before them.
func TestCompanionsOnTheVisit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AccompanyingThePresident", date: "2019-04-02",
			text: "President Ana Ruiz of Chile has arrived in Vietnam on a three-day state visit.\n\nShe was welcomed at the airport by officials of the foreign ministry.\n\nRuiz will meet Vietnamese Prime Minister Tran Van Minh to discuss trade.\n\nForeign Minister Pablo Soto and Trade Minister Lucia Vera are also accompanying the President.",
			want: []string{"Visit Ana Ruiz, Lucia Vera, Pablo Soto | 2019-04-02 | Vietnam | -"}},
		// a visit told long before is another trip
		{name: "VisitLongBefore", date: "2019-04-02",
			text:   "President Ana Ruiz of Chile visited Vietnam in 2015.\n\nThe two countries signed a trade pact in 2017.\n\nTrade grew fast.\n\nExports of copper doubled.\n\nImports of rice rose.\n\nTourism grew too.\n\nOn Monday Ruiz met Peruvian President Luis Vega in Lima.\n\nForeign Minister Pablo Soto is also accompanying the President.",
			absent: []string{"Visit Ana Ruiz, Pablo Soto"}},
	})
}
