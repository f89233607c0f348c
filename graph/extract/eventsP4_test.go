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

// TestTripWithStopsIn: "will visit five countries" is a trip through
// several, in none (not the dateline's city); "The trip … will include
// stops in A, B and C" is a visit to each, by the trip's travellers, and
// its days refine the month told before; "X and first lady Y" both
// travel. The sentences are invented.
func TestTripWithStopsIn(t *testing.T) {
	// 2019-05-02 is a Thursday
	checkShapes(t, []shape{
		{name: "FiveCountriesThenStopsIn", date: "2019-05-02",
			text: "LIMA - The palace announced on Thursday that Peruvian President Jorge Ruiz and first lady Ana Ruiz will visit four countries in a one-week tour of Asia next month. " +
				"The trip between June 10 and 16 will include stops in Japan, Vietnam, Thailand and India.",
			want: []string{"Visit Ana Ruiz, Jorge Ruiz | 2019-06-10 | - | -", "Visit Ana Ruiz, Jorge Ruiz | - | Japan | -",
				"Visit Ana Ruiz, Jorge Ruiz | - | Vietnam | -", "Visit Ana Ruiz, Jorge Ruiz | - | India | -"},
			absent: []string{"Visit Ana Ruiz, Jorge Ruiz | 2019-06-10 | Lima", "Visit Ana Ruiz, Jorge Ruiz | 2019-06 | Lima"}},
		{name: "StopsInWithNoTripIsNone", date: "2019-05-02",
			text:   "The airline said its new route will include stops in Japan and Vietnam.",
			absent: []string{"Visit"}},
	})
}

// TestOneSummitPlaced: a story's summit told many ways ("The annual
// summit … kicks off today in Kenya", "the 20th summit in Naivasha", "The
// EAC Naivasha Summit will be held …", "attend the summit") is one, in the
// place the story gives it. The sentences are invented.
func TestOneSummitPlaced(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ManyNamesOneSummit", date: "2023-11-20",
			text: "The annual summit of the group of East African countries kicks off today in Kenya. After his election win, President John Kamau is all set to host his fellow EAC countries - Uganda, Tanzania and Rwanda - for the 20th summit in Naivasha.\n\n" +
				"The EAC Naivasha Summit will be held over two days from November 20 to 21. The summit will be held in a lakeside hotel in the Rift Valley.\n\n" +
				"Tanzanian President Ana Mwita is expected to attend the summit with Ugandan President Paul Okello.",
			want:   []string{"Summit Ana Mwita, John Kamau, Paul Okello | 2023-11-20 | Kenya | -"},
			absent: []string{"Summit John Kamau |", "Summit Ana Mwita, Paul Okello |", "Summit - |"}},
	})
}
