package extract_test

import "testing"

// TestSummitDelegationLedBy: "the delegation of X is headed by Y", "the
// Chilean delegation is led by Z" after (or in) a sentence that tells a
// summit puts Y and Z at the summit (GUIDELINES 6.3), not the leader the
// delegation speaks for ("On behalf of President W, …").
// The sentences are invented.
func TestSummitDelegationLedBy(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HeadedAtThisSummit", date: "2021-11-16",
			text: "The 12th Andean Summit began in Lima today, chaired by Peruvian President Ana Lopez.\n\nThe delegation of the Republic of Chile is headed at this summit by Foreign Minister Jorge Ruiz, while the Bolivian delegation is headed by Vice-President Rosa Gil.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Rosa Gil | 2021-11-16 | Lima | -"}},
		{name: "OnBehalfOfIsNotThere", date: "2021-11-16",
			text:   "Andean leaders today opened the 12th Andean Summit in Lima.\n\nOn behalf of President Paul Brandt, the Chilean delegation is led by Foreign Minister Jorge Ruiz.",
			want:   []string{"Summit Jorge Ruiz | 2021-11-16 | Lima | -"},
			absent: []string{"Summit Jorge Ruiz, Paul Brandt"}},
	})
}

// TestSummitArrivals: a sentence that tells who arrived for a summit it
// names, and the sentences of arrivals right after it ("First to arrive
// was A, followed by B", "Other heads of state who have arrived include
// C", "D also touched down. He was followed by E"), put those who arrived
// at the summit; not those who received them, nor arrivals with no summit
// named before them. The sentences are invented.
func TestSummitArrivals(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FirstToArriveFollowedBy", date: "2021-06-10",
			text: "Andean leaders have started to arrive in Quito ahead of the Andean Summit that will be held on Friday.\n\nFirst to arrive was Peruvian President Ana Lopez, followed by Chilean President Jorge Ruiz and Bolivian Vice-President Rosa Gil.\n\nThey were received by Foreign Minister Paul Brandt.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Rosa Gil | 2021-06-11 | Quito | -"}},
		{name: "OtherHeadsWhoHaveArrived", date: "2021-06-10",
			text: "President Ana Lopez on Thursday arrived in Quito where she is expected to attend the 20th summit of the Andean Community.\n\nOther heads of state who have arrived include the President of Chile, Mr Jorge Ruiz, and Colombia's Marta Diaz.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Marta Diaz | - | Quito | -"}},
		{name: "TouchedDownThenHandover", date: "2021-06-10",
			text: "Heads of state of the Andean Community arrived in Quito for the 20th Andean Summit. Chilean President Jorge Ruiz touched down at the airport in the morning. He was followed by Bolivian President Rosa Gil.\n\nThe summit takes place under the theme of trade. Ruiz is expected to hand over the chairmanship to Peru's President Ana Lopez on Saturday.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Rosa Gil | 2021-06-10 | Quito | -"}},
		{name: "NoSummitNamedNoArrivals", date: "2021-06-10",
			text:   "The Andean Summit will be held in Quito on Friday. Leaders will discuss trade.\n\nPeruvian President Ana Lopez arrived in Lima on Thursday.",
			absent: []string{"Summit Ana Lopez"}},
	})
}

// TestSummitEndedThenLength: "the summit concluded today" tells the day
// it ended; "the two-day summit" told after it gives its first day (a
// range gives its first day, GUIDELINES 6.3); with no length the day it
// ended stays. The sentences are invented.
func TestSummitEndedThenLength(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ConcludedTodayTwoDay", date: "2019-05-17",
			text: "Lima: The 9th Andean summit successfully concluded today with Peruvian President Ana Lopez handing over the chairmanship to Chilean President Jorge Ruiz.\n\nPresident Rosa Gil and the leaders of other member states attended the two-day summit in Lima.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Rosa Gil | 2019-05-16 | Lima | -"}},
		{name: "EndedNoLength", date: "2019-05-17",
			text: "The 9th Andean summit concluded in Lima on Thursday with Peruvian President Ana Lopez handing over the chairmanship to Chilean President Jorge Ruiz.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz | 2019-05-16 | Lima | -"}},
	})
}

// TestSummitCityRefinesCountry: two mentions of one summit, the first in
// a country, the second in one of its cities ("the G20 summit in Brazil
// … the G20 summit in Brazil's Rio de Janeiro"): the summit is in the
// city (GUIDELINES 6.3: the City the text places the event in, else the
// Country). The sentences are invented.
func TestSummitCityRefinesCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CountryThenCity", date: "2024-11-12",
			text: "The talks are part of a series of meetings Lopez will have this week on the sidelines of the G20 Summit in Brazil.\n\nPeruvian President Ana Lopez and Chilean President Jorge Ruiz will hold their first meeting on the sidelines of the G20 summit in Brazil's Rio de Janeiro later this week.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz | - | Rio de Janeiro | -"}},
	})
}
