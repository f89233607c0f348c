package extract_test

import "testing"

// More ways news writes a date: an ordinal day before "of" and the month,
// ISO 8601, and a month with the part of it joined by a hyphen.
func TestDateForms(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "OrdinalOfMonth", date: "2021-06-10",
			text: "Japan sent 500 ventilators to Vietnam on the 3rd of June.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2021-06-03"}},
		{name: "ISO", date: "2021-06-10",
			text: "Japan sent 500 ventilators to Vietnam on 2021-06-03.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2021-06-03"}},
		{name: "MidMonth", date: "2021-06-10",
			text: "Japan will send 500 ventilators to Vietnam by mid-July.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2021-07"}},
		{name: "EarlyMonthLastYear", date: "2021-06-10",
			text: "In early-December, Japan sent 500 ventilators to Vietnam.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2020-12"}},
	})
}
