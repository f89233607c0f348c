package extract_test

import (
	"strings"
	"testing"
)

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

// countLines counts the lines of view that start with prefix.
func countLines(lines []string, prefix string) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			n++
		}
	}
	return n
}

// TestEventPluralNoOccasion: a plural event noun with nobody, no place
// and no date names no one occasion ("the summit and related summits");
// with a place or a date it may ("the joint committee meetings held in
// Lima").
func TestEventPluralNoOccasion(t *testing.T) {
	got := view(run("2021-06-10", "The leaders opened the 12th Andean Summit and Related Summits at the convention centre."))
	if n := countLines(got, "Summit "); n != 1 {
		t.Errorf("want one summit, got %d:\n  %s", n, strings.Join(got, "\n  "))
	}
	got = view(run("2021-06-10", "Ministers opened the annual meetings of the Andean Community in Lima on Tuesday."))
	if n := countLines(got, "Meeting "); n != 1 {
		t.Errorf("want one meeting, got %d:\n  %s", n, strings.Join(got, "\n  "))
	}
}

// TestEventVenueCity: "at State House, Nairobi": a building, in the city
// named after it, is the event's place.
func TestEventVenueCity(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "VenueCommaCity", date: "2021-06-10",
			text: "President John Kamau on Tuesday held talks with Peruvian Foreign Minister Ana Lopez at State House, Nairobi.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | Nairobi | -"}},
		{name: "TheVenueCommaCity", date: "2021-06-10",
			text: "President John Kamau on Tuesday met Peruvian Foreign Minister Ana Lopez at the Presidential Palace, Nairobi.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | Nairobi | -"}},
		{name: "NotAVenue", date: "2021-06-10",
			text:   "President John Kamau on Tuesday met Peruvian Foreign Minister Ana Lopez at Ministry of Trade talks, Nairobi officials said.",
			absent: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | Nairobi"}},
	})
}

// TestEventTwoLeadersSameTalks: "The two leaders discussed …" after a
// meeting of theirs is that meeting, and "The meeting was attended by"
// adds to it.
func TestEventTwoLeadersSameTalks(t *testing.T) {
	// 2021-06-10 is a Thursday
	text := "President John Kamau on Tuesday held talks with Peruvian Foreign Minister Ana Lopez at State House, Nairobi. " +
		"The two leaders discussed trade and the drought. " +
		"The meeting was attended by Kenyan Foreign Minister Peter Mwangi."
	got := view(run("2021-06-10", text))
	if n := countLines(got, "Meeting "); n != 1 {
		t.Errorf("want one meeting, got %d:\n  %s", n, strings.Join(got, "\n  "))
	}
	if !has(got, "Meeting Ana Lopez, John Kamau, Peter Mwangi | 2021-06-08 | Nairobi | -") {
		t.Errorf("missing the meeting with all three:\n  %s", strings.Join(got, "\n  "))
	}
	// another day is another meeting
	got = view(run("2021-06-10", "President John Kamau on Tuesday held talks with Peruvian Foreign Minister Ana Lopez. The two leaders will meet again on Friday."))
	if n := countLines(got, "Meeting "); n != 2 {
		t.Errorf("want two meetings, got %d:\n  %s", n, strings.Join(got, "\n  "))
	}
}

// TestEventSummitsOfOneGrouping: two summits of one grouping, told with
// other places and dates, stay two; "in December of last year" is last
// year's December; "inaugurated the summit" puts its subject there; "will
// arrive in X to attend a summit" places the summit in X.
func TestEventSummitsOfOneGrouping(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "LastSummitElsewhere", date: "2021-06-10",
			text: "King Abdul Rahman inaugurated the 12th Andean Community Summit in Lima today. The last Andean Community summit was in December of last year in Quito.",
			want: []string{"Summit Abdul Rahman | 2021-06-10 | Lima | -", "Summit - | 2020-12 | Quito | -"}},
		{name: "MonthOfLastYear", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi in Nairobi in March of last year.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2020-03 | Nairobi | -"}},
		{name: "ArriveToAttend", date: "2021-06-10",
			text: "Kenyan President Peter Mwangi will arrive in Lima tomorrow to participate in an Andean Summit with Peruvian President Ana Lopez.",
			want: []string{"Summit Ana Lopez, Peter Mwangi | 2021-06-11 | Lima | -"}},
	})
}

// TestEventTripStops: a trip to a list of places is one trip and a visit
// to each place.
func TestEventTripStops(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "TravelToThreeCountries", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru will travel to Kenya, Tanzania and Uganda on Saturday.",
			want: []string{"Visit Ana Lopez | 2021-06-12 | - | -", "Visit Ana Lopez | - | Kenya | -", "Visit Ana Lopez | - | Tanzania | -", "Visit Ana Lopez | - | Uganda | -"}},
		{name: "VisitTwoCountries", date: "2021-06-10",
			text: "The foreign minister departed for Nairobi on Monday. Foreign Minister Ana Lopez of Peru will also visit Chile and Brazil.",
			want: []string{"Visit Ana Lopez | - | Chile | -", "Visit Ana Lopez | - | Brazil | -"}},
	})
}
