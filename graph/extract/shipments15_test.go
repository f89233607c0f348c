package extract_test

import "testing"

// TestShipmentTerritoryRecipient: goods for a territory the lexicon knows
// as part of a country ("the Gaza Strip") go to that country (guidelines
// 4.2: the recipient is the country, even when the goods are for a region).
func TestShipmentTerritoryRecipient(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ToTheStrip", date: "2024-02-12", title: "Relief for Gaza",
			text: "Jordan sent 40 tonnes of flour to the Gaza Strip on Sunday.",
			want: []string{"item Jordan > Palestine | flour | 40 tonne | 2024-02-11"}},
		{name: "ForPlainGaza", date: "2024-02-12", title: "Aid flight",
			text: "A Malaysian plane carrying 2,000 tents for Gaza left Kuala Lumpur on Monday.",
			want: []string{"item Malaysia > Palestine | tent | 2000 | 2024-02-12"}},
	})
}
