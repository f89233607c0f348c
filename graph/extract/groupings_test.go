package extract_test

import "testing"

// Groupings by the names wire copy gives them.
func TestGroupingWireNames(t *testing.T) {
	const d = "2024-03-06"
	checkShapes(t, []shape{
		{name: "UNBodiesByDescription", date: d,
			text: "The U.N. migration agency said camps were full. The UN children's agency and the U.N. nuclear watchdog also spoke.",
			want: []string{"grouping IOM", "grouping UNICEF", "grouping IAEA"}},
		{name: "FormatsAndForums", date: d,
			text: "The C5+1 format brings together Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and the United States. The Craiova Group and the OSCE Minsk Group met, as did the Pacific Islands Development Forum.",
			want: []string{"grouping C5+1", "member C5+1 | Turkmenistan", "grouping Craiova Group", "grouping OSCE Minsk Group", "grouping PIDF"}},
	})
}
