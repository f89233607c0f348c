package extract_test

import "testing"

// TestShipmentListPastKnownGoods: a list of goods goes on past members
// read already, so a member the lexicon does not know that stands between
// known ones is goods too ("medicines, surgical supplies, hearing aids,
// wound dressings and rehydration salts").
func TestShipmentListPastKnownGoods(t *testing.T) {
	checkShapes(t, []shape{
		{name: "UnknownBetweenKnown", date: "2022-05-10",
			text: "Chile sent 12 tonnes of essential items, including medicines, surgical supplies, orthopaedic braces, general medical items and high-energy biscuits to Haiti on Monday.",
			want: []string{"item Chile > Haiti | orthopaedic brace | - | 2022-05-09", "item Chile > Haiti | surgical supply | - | 2022-05-09",
				"item Chile > Haiti | high-energy biscuit | - | 2022-05-09"}},
		{name: "UnknownInContents", date: "2022-05-10",
			text: "Kenya sent a consignment of relief goods to Somalia on Monday. The consignment includes a range of essential medicines and surgical supplies, baby diapers, general medical items and blankets.",
			want: []string{"item Kenya > Somalia | baby diaper | - | 2022-05-09", "item Kenya > Somalia | blanket | - | 2022-05-09"}},
	})
}
