package extract_test

import "testing"

// Shapes of office prose from real failures (readable sets), in invented
// sentences.
func TestOfficeShapesP2(t *testing.T) {
	checkShapes(t, []shape{
		// "in PLACE, COUNTRY, TITLE X said": the country is where, not
		// whose
		{name: "PlaceCommaCountryIsGoverned", date: "2023-03-01",
			text:   "Chile has agreed to expand grain trade with Peru, the Chilean Foreign Ministry said on Monday.\n\nThe two sides discussed the accord reached last month by the two presidents in Patagonia, Argentina, Foreign Ministry spokesperson Ana Vidal said at a press conference.",
			absent: []string{"holds Ana Vidal | Foreign Ministry Spokesperson | Argentina", "office Foreign Ministry Spokesperson | Argentina"}},
		// "the country's TITLE": the country the sentence has act, not
		// the last one named
		{name: "TheCountrysIsTheActor", date: "2023-11-29",
			text:   "Jordan sent another convoy carrying relief goods for the people of Syria, the country's interior minister has said.",
			want:   []string{"office Interior Minister | Jordan"},
			absent: []string{"office Interior Minister | Syria"}},
	})
}
