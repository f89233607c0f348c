package extract_test

import "testing"

// TestSemicolonStops: a trip's stops told as "City, Country; City,
// Country; and City, Country" are one stop each (the country after a
// comma is the city's), the trip is in none of them, and its days told
// after the list are its own. The sentences are invented.
func TestSemicolonStops(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CityCountrySemicolons", date: "2019-05-02",
			text: "Foreign Minister Ana Lopez of Peru will travel to Nairobi, Kenya; Kampala, Uganda; and Accra, Ghana, May 6-10, 2019.",
			want: []string{"Visit Ana Lopez | 2019-05-06 | - | -", "Visit Ana Lopez | - | Nairobi | -",
				"Visit Ana Lopez | - | Kampala | -", "Visit Ana Lopez | - | Accra | -"},
			absent: []string{"Visit Ana Lopez | - | Kenya", "Visit Ana Lopez | - | Ghana"}},
		{name: "VisitSemicolons", date: "2019-05-02",
			text: "Foreign Minister Ana Lopez of Peru will visit Lima, Peru; and Quito, Ecuador.",
			want: []string{"Visit Ana Lopez | - | Lima | -", "Visit Ana Lopez | - | Quito | -"}},
	})
}

// TestStopInCity: a country a trip through several stops in, and the
// one city of that country the traveller is told to arrive in, are one
// stop, in the city; the trip itself stays in none of the countries met
// in. The sentences are invented.
func TestStopInCity(t *testing.T) {
	// 2020-01-11 is a Saturday
	const trip = "Foreign Minister Ana Lopez of Peru will embark on a three-nation tour from Monday. " +
		"Lopez will visit Kenya, Ghana and Chile. "
	checkShapes(t, []shape{
		{name: "ArriveInTheStopsCity", date: "2020-01-11",
			text:   trip + "Lopez will arrive in Nairobi on Monday and will hold talks with her Kenyan counterpart Peter Mwangi.",
			want:   []string{"Visit Ana Lopez | 2020-01-13 | - | -", "Visit Ana Lopez | 2020-01-13 | Nairobi | -", "Visit Ana Lopez | - | Ghana | -"},
			absent: []string{"Visit Ana Lopez | 2020-01-13 | Kenya", "Visit Ana Lopez | - | Kenya"}},
		{name: "TwoCitiesOfTheStopStayApart", date: "2020-01-11",
			text: trip + "Lopez will arrive in Nairobi on Monday. She will then travel to Mombasa.",
			want: []string{"Visit Ana Lopez | 2020-01-13 | Kenya | -", "Visit Ana Lopez | 2020-01-13 | Nairobi | -", "Visit Ana Lopez | - | Mombasa | -"}},
	})
}
