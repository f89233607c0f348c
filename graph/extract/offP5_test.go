package extract_test

import "testing"

// Shapes of office prose from real failures (readable sets), in invented
// sentences.
func TestOfficeShapesP5(t *testing.T) {
	checkShapes(t, []shape{
		// a national agency's story filed from another country: a
		// plain title is the dateline country's, not the agency's
		{name: "AgencyAbroadPlainTitle", date: "2019-04-02",
			text: "LIMA, Peru, April 2 (Kyodo) -- Floods have killed at least 40 people in the north of the country, officials said.\n\n" +
				"On Monday, Foreign Ministry Spokesman Carlos Medina said several countries had offered relief.",
			want:   []string{"holds Carlos Medina | Spokesperson | Peru"},
			absent: []string{"holds Carlos Medina | Spokesperson | Japan"}},
		// (a title only some countries have stays the agency's own)
		{name: "AgencyAbroadAgencyTitle", date: "2019-04-02",
			text: "Lima [Peru], April 2 (ANI): India delivered tents to Peru on Monday after the floods.\n\n" +
				"\"We stand with Peru,\" said Foreign Secretary Rohan Mehta.",
			want:   []string{"holds Rohan Mehta | Foreign Secretary | India"},
			absent: []string{"holds Rohan Mehta | Foreign Secretary | Peru"}},
	})
}
