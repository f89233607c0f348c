package extract_test

import "testing"

// Events and dates: invented sentences in the shapes diplomatic reporting
// uses (none from the evaluation corpus).

func TestEventDates(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "AbbreviatedMonthNoDot", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on Mar 3.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-03-03 | - | -"}},
		{name: "AbbreviatedMonthPastYear", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on Jul 5.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2020-07-05 | - | -"}},
		{name: "DayRangeBeforeMonth", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on 8-9 June 2017.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2017-06-08 | - | -"}},
		{name: "DaysJoinedByAnd", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on 16 and 17 May.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-05-16 | - | -"}},
		{name: "WeekdaysWithDays", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru will meet Kenyan Foreign Minister Peter Mwangi on Monday 14 and Tuesday 15 June.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-14 | - | -"}},
		{name: "WeekdayBeforeMonthDay", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on Friday, May 7.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-05-07 | - | -"}},
		{name: "OrdinalDayCommaYear", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on 3rd Jun, 2021.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-03 | - | -"}},
		{name: "LastNight", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi last night.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-09 | - | -"}},
	})
}
