package extract_test

import "testing"

// Events, round 4: shapes of unseen news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventByPhoneDate: "by telephone" is the mode of the talks, not a
// call of its own that takes the date told after it.
func TestEventByPhoneDate(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "ByTelephoneOnDayWith", date: "2021-06-10",
			text: "Peruvian Foreign Minister Ana Lopez spoke by telephone on Tuesday with her Kenyan counterpart, Peter Mwangi, and offered help.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | phone"}},
	})
}
