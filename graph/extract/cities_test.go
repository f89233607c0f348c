package extract_test

import "testing"

// TestEventIslandNoCity: "in Bali" is the Indonesian island, no city (a
// town of that name elsewhere is not meant); the meeting has no place.
func TestEventIslandNoCity(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BaliSidelines", date: "2023-03-09",
			text:   "U.S. President Robert Hale will meet Chinese President Zhang Wei in Bali next week on the sidelines of the G20 summit, the White House said on Thursday.",
			want:   []string{"Meeting Robert Hale, Zhang Wei | - | - | -"},
			absent: []string{"city "}},
	})
}
