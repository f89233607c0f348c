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
