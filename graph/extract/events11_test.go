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

// TestEventDatedStops: a trip whose stops are told each with its own days
// is one Visit (first day; no place when the stops are in several
// countries) plus one Visit per stop, dated by the stop's first day; "will
// be on a visit" is the subject's visit.
func TestEventDatedStops(t *testing.T) {
	checkShapes(t, []shape{
		{name: "VerbWithBareDays", date: "2021-06-17",
			text: "Prime Minister Ana Lopez will visit Chile from June 20-22, Peru from 23-25 and Brazil from 26 to 28, the ministry said.",
			want: []string{"Visit Ana Lopez | 2021-06-20 | - | -", "Visit Ana Lopez | 2021-06-20 | Chile | -",
				"Visit Ana Lopez | 2021-06-23 | Peru | -", "Visit Ana Lopez | 2021-06-26 | Brazil | -"}},
		{name: "WillBeOnAVisit", date: "2021-06-17",
			text: "Foreign Minister Paul Brandt will be on an official visit to Chile from June 20 to June 21 and to Peru between June 22-23.",
			want: []string{"Visit Paul Brandt | 2021-06-20 | - | -", "Visit Paul Brandt | 2021-06-20 | Chile | -",
				"Visit Paul Brandt | 2021-06-22 | Peru | -"}},
		{name: "OneCountryTrip", date: "2021-06-17",
			text: "President Ana Lopez will visit Lima from June 20 to 21 and Cusco on June 22.",
			want: []string{"Visit Ana Lopez | 2021-06-20 | Peru | -", "Visit Ana Lopez | 2021-06-20 | Lima | -",
				"Visit Ana Lopez | 2021-06-22 | Cusco | -"}},
		{name: "OneDatedPlace", date: "2021-06-17",
			text:   "President Ana Lopez will visit Chile from June 20 to 22.",
			want:   []string{"Visit Ana Lopez | 2021-06-20 | Chile | -"},
			absent: []string{"Visit Ana Lopez | 2021-06-20 | - |"}},
	})
}

// TestEventDaysAfter: "spoke today, one day after X's meeting with Y in
// Z" tells two occasions: the one of the "after" clause is dated from the
// first, and keeps its own place.
func TestEventDaysAfter(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OneDayAfterNoun", date: "2021-06-17",
			text:   "President Ana Lopez and President Paul Brandt spoke by phone today, one day after Lopez's meeting with Prime Minister Mario Ruiz in Lima, Peru.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-17 | - | phone", "Meeting Ana Lopez, Mario Ruiz | 2021-06-16 | Lima | -"},
			absent: []string{"Meeting Ana Lopez, Mario Ruiz, Paul Brandt"}},
		{name: "TwoDaysAfterVerb", date: "2021-06-17",
			text: "President Ana Lopez and President Paul Brandt spoke by phone on Tuesday, two days after Lopez met Prime Minister Mario Ruiz in Lima.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-15 | - | phone", "Meeting Ana Lopez, Mario Ruiz | 2021-06-13 | Lima | -"}},
		{name: "DayBefore", date: "2021-06-17",
			text: "President Ana Lopez met Prime Minister Mario Ruiz in Lima on Monday, a day before she travelled to Chile.",
			want: []string{"Meeting Ana Lopez, Mario Ruiz | 2021-06-14 | Lima | -", "Visit Ana Lopez | 2021-06-15 | Chile | -"}},
	})
}

// TestEventDateAfterWithList: a meeting noun's date after the list of
// people it is with ("meetings with A, B and C on June 21-22") is its own,
// not the date of the clause before.
func TestEventDateAfterWithList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ListThenDate", date: "2021-06-17",
			text:   "In Chile, her programme includes a speech on June 20 in Santiago, meetings with President Paul Brandt, foreign minister Mario Ruiz and trade minister Rosa Gil on June 21-22 in Valparaiso.",
			want:   []string{"Meeting Mario Ruiz, Paul Brandt, Rosa Gil | 2021-06-21 | Valparaíso | -"},
			absent: []string{"Meeting Mario Ruiz, Paul Brandt, Rosa Gil | 2021-06-20"}},
		{name: "RelativeClauseKeepsOwnDate", date: "2021-06-17",
			text: "President Ana Lopez held talks on Monday with Prime Minister Paul Brandt, who arrived on Sunday.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-14 | - | -"}},
	})
}
