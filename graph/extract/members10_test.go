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

// The members listed one to a line after a colon; a city-state of
// another country inside a list of members is passed, not its end.
// Invented lists.
func TestMemberListShapesR3(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OneToALine", date: "2021-03-01",
			text: "The summit of SADC opened in Maputo on Monday.\n\nSADC member states are:\n- Angola\n- Botswana\n- Lesotho\n\nThe talks went on late.",
			want: []string{"member SADC | Angola", "member SADC | Botswana", "member SADC | Lesotho"}},
		{name: "AttendanceOneToALine", date: "2021-03-01",
			text:   "The SADC summit in Maputo was attended by delegations from:\n- Angola\n- Botswana\n\nThe talks went on late.",
			absent: []string{"member"}},
		{name: "CityInsideList", date: "2021-03-01",
			text: "APEC's member economies are Chile, China, Hong Kong, Indonesia, Japan and Peru.",
			want: []string{"member APEC | Indonesia", "member APEC | Japan", "member APEC | Peru"}},
	})
}
