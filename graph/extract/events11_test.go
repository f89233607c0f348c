package extract_test

import "testing"

// Events, round 11: shapes of fresh news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventUnnamedOtherSide: a meeting of one named person with people
// the text does not name (a leadership, members of a group, foreign
// leaders) is no event; counterparts still are.
func TestEventUnnamedOtherSide(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Leadership", date: "2021-06-17",
			text:   "Foreign Minister Ana Lopez is expected to meet the Chilean leadership during the trip.",
			absent: []string{"Meeting"}},
		{name: "MembersOfCommunity", date: "2021-06-17",
			text:   "Foreign Minister Ana Lopez will also meet members of the Peruvian community.",
			absent: []string{"Meeting"}},
		{name: "ForeignLeaders", date: "2021-06-17",
			text:   "President Ana Lopez will hold more bilateral meetings with foreign leaders on Friday.",
			absent: []string{"Meeting"}},
		{name: "Counterparts", date: "2021-06-17",
			text: "President Ana Lopez held talks with her counterparts on Friday.",
			want: []string{"Meeting Ana Lopez | 2021-06-11 | - | -"}},
	})
}
