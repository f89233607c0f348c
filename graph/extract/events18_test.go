package extract_test

import "testing"

// TestEventNewsDay: a meeting or summit the story tells as held and dates
// nowhere is news of the article's day (the gold's reading of "X had a
// telephone conversation with Y"); not one its sentence sets at another
// time ("had met", "two years ago", "once"), nor a trip, whose first day
// the story does not tell. The sentences are invented.
func TestEventNewsDay(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HadAConversation", date: "2020-03-12",
			text: "President Ana Lopez had a telephone conversation with President of the Republic of Kenya Peter Mwangi.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2020-03-12 | - | phone"}},
		{name: "AgreedDuringTalks", date: "2022-09-02",
			text: "Peruvian Foreign Minister Ana Lopez and her Chilean counterpart Jorge Ruiz agreed during their phone talks to expand trade in lithium, the ministry said.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2022-09-02 | - | phone"}},
		{name: "CalledOn", date: "2021-12-15",
			text: "Foreign Minister Jorge Ruiz separately called on President Ana Lopez and briefed her on the joint projects.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2021-12-15 | - | -"}},
		{name: "PluperfectStaysUndated", date: "2021-12-15",
			text:   "President Ana Lopez had met President Jorge Ruiz in Lima.",
			absent: []string{"Meeting Ana Lopez, Jorge Ruiz | 2021"}},
		{name: "AgoStaysUndated", date: "2021-12-15",
			text:   "President Ana Lopez and President Jorge Ruiz held talks in Lima two years ago.",
			absent: []string{"Meeting Ana Lopez, Jorge Ruiz | 2021"}},
		{name: "VisitStaysUndated", date: "2021-12-15",
			text:   "Foreign Minister Jorge Ruiz of Chile is on his first visit to Kenya.",
			absent: []string{"Visit Jorge Ruiz | 2021"}},
	})
}
