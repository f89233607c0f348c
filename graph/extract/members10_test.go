package extract_test

import "testing"

// Membership shapes from real failures (readR1); the sentences are
// invented.
func TestMemberShapesR3(t *testing.T) {
	checkShapes(t, []shape{
		// the UN body with the UN's acronym in brackets inside its name
		{name: "BracketedAcronymInsideBody", date: "2022-09-17",
			text:   "Kenya and Norway are both elected members of the United Nations (UN) Security Council, the minister said.",
			want:   []string{"member UN Security Council | Kenya", "member UN Security Council | Norway"},
			absent: []string{"member UN |"}},
	})
}
