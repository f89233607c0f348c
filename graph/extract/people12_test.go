package extract_test

import "testing"

// Names and places read from real failures' shapes (readR1–R4, readM1,
// readM2, tune): the sentences are invented.
func TestPeopleShapesR5(t *testing.T) {
	checkShapes(t, []shape{
		// a photo's caption in title case: names after countries'
		// possessives are persons, other capitals say nothing
		{name: "CaptionPossessives", date: "2019-05-26",
			text: "Kenya's Wanjiru Kamau, Ghana's Kofi Mensah Boateng and Senegal's Awa Diallo\n\n" +
				"The three presidents met in Accra on Sunday.",
			want: []string{"person Wanjiru Kamau", "person Kofi Mensah Boateng", "person Awa Diallo"}},
		{name: "HeadingStaysSilent", date: "2019-05-26",
			text: "Kenya's Trade Push Meets Ghana's Cocoa Board\n\n" +
				"The two presidents met in Accra on Sunday.",
			absent: []string{"person"}},
	})
}
