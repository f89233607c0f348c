package extract_test

import "testing"

// TestShipmentShapes: more ways English news tells of aid sent, each in
// invented sentences (none from the evaluation corpus or its probe set).
func TestShipmentShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DescribedPlace", date: "2021-07-01",
			text:   "Ghana is sending 40 tonnes of rice to Togo. Norway flew a planeload of relief goods to storm-hit Ghana on Monday.",
			want:   []string{"item Norway > Ghana | relief good | - | 2021-06-28"},
			absent: []string{"item Norway > Togo"}},
		{name: "AdjectiveBeforePlace", date: "2021-07-01",
			text:   "Peru sent 50 tents to Ecuador. Chile sent 300 tents to neighbouring Bolivia.",
			want:   []string{"item Chile > Bolivia | tent | 300 | -"},
			absent: []string{"item Chile > Ecuador"}},
	})
}
