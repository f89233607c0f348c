package extract_test

import "testing"

// TestShipmentCountedSubject: a clause whose subject is a count in a unit
// or in carriers ("Some 1,500 tonnes of aid included …", "60 trucks of
// freight contained …") tells the goods of the act told just before, as
// "the aid included" would; a count in a unit weighs the whole consignment
// (guidelines 4.3 b).
func TestShipmentCountedSubject(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TonsOfAidIncluded", date: "2024-02-07",
			text: "Twenty rail wagons of humanitarian aid from Uzbekistan arrived in Afghanistan on Monday.\n\n" +
				"Some 1,500 tons of aid included wheat flour, cooking oil and blankets.",
			want: []string{"item Uzbekistan > Afghanistan | aid | 1500 ton | 2024-02-05",
				"item Uzbekistan > Afghanistan | wheat flour | - | 2024-02-05",
				"item Uzbekistan > Afghanistan | cooking oil | - | 2024-02-05",
				"item Uzbekistan > Afghanistan | blanket | - | 2024-02-05"}},
		{name: "TrucksOfFreightAfterComma", date: "2022-11-03",
			text: "A convoy of relief goods from Turkmenistan reached Afghanistan on Wednesday.\n\n" +
				"According to border officials, 45 trucks of freight, by road, contained rice, sugar and tents.",
			want: []string{"item Turkmenistan > Afghanistan | rice | - | 2022-11-02",
				"item Turkmenistan > Afghanistan | tent | - | 2022-11-02"},
			absent: []string{"item Turkmenistan > Afghanistan | truck"}},
	})
}
