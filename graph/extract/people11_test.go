package extract_test

import "testing"

// Names read from real failures' shapes (readR3, readR4): the sentences
// are invented.
func TestPeopleShapesR3(t *testing.T) {
	checkShapes(t, []shape{
		// a title of title words joined by a hyphen is no word of the name
		{name: "HyphenatedTitle", date: "2024-12-11",
			text:   "The visitor will meet Prime Minister Jan Novak and Vice-Chancellor Anna Kowalska in Vienna.",
			want:   []string{"person Anna Kowalska"},
			absent: []string{"person Vice-Chancellor"}},
	})
}
