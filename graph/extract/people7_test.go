package extract_test

import "testing"

// The first word of a two-word military rank belongs to the rank, not to
// the name (invented text).
func TestRankFirstWords(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AirCommodore", date: "2022-05-10",
			text:   "Air Commodore Daniel Whitaker said the plane carried tents.",
			want:   []string{"person Daniel Whitaker"},
			absent: []string{"person Air Commodore Daniel Whitaker"}},
		{name: "AirViceMarshal", date: "2022-05-10",
			text:   "Air Vice-Marshal Neil Hart said the aircraft landed.",
			want:   []string{"person Neil Hart"},
			absent: []string{"person Air Vice-Marshal Neil Hart"}},
		{name: "Commander", date: "2022-05-10",
			text:   "The ship arrived on Monday. Commander Lee Ward said the cargo was unloaded.",
			want:   []string{"person Lee Ward"},
			absent: []string{"person Commander Lee Ward"}},
		{name: "RearAdmiral", date: "2022-05-10",
			text:   "Rear Admiral Tom Kessler said more ships would follow.",
			want:   []string{"person Tom Kessler"},
			absent: []string{"person Rear Admiral Tom Kessler", "person Rear"}},
	})
}
