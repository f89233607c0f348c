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
			text: "Andean leaders today opened the 12th Andean Summit in Lima.\n\nOn behalf of President Paul Brandt, the Chilean delegation is led by Foreign Minister Jorge Ruiz.",
			want:   []string{"Summit Jorge Ruiz | 2021-11-16 | Lima | -"},
			absent: []string{"Summit Jorge Ruiz, Paul Brandt"}},
	})
}
