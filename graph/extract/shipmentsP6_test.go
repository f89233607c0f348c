package extract_test

import "testing"

// TestShipmentContentsSentence: a sentence after the act that tells what
// the consignment held joins it, whatever the shape of its subject: a bare
// mass noun ("Cargo included …") or a head with a long string of words in
// front ("The EU humanitarian cargo donation includes …").
func TestShipmentContentsSentence(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BareMassSubject", date: "2023-02-11",
			text: "New Zealand air force planes delivered humanitarian supplies to Tonga on Saturday, the foreign ministry said.\n\n" +
				"Cargo included hygiene kits, tools and tarpaulins for covering damaged roofs.",
			want: []string{"item New Zealand > Tonga | hygiene kit | - | 2023-02-11", "item New Zealand > Tonga | tarpaulin | - | 2023-02-11"}},
		{name: "LongModifierChain", date: "2022-03-09",
			text: "The second Japanese humanitarian cargo donated to UNICEF reached Juba on Monday and delivered health supplies to Wau on Wednesday.\n\n" +
				"The Japanese emergency relief cargo donation includes 40 emergency health kits and 600 blankets, according to the ministry.",
			want: []string{"item Japan > South Sudan | emergency health kit | 40 | 2022-03-07", "item Japan > South Sudan | blanket | 600 | 2022-03-07"}},
	})
}

// TestShipmentUnitWithoutOf: a count and its unit directly before goods
// the lexicon knows ("350 cartons plumpy nut", "9,000 MT rice") counts
// the goods; before a noun that is no item ("50 kilogram bags") it stays
// the size of each.
func TestShipmentUnitWithoutOf(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CartonsNoOf", date: "2019-06-14",
			text: "Norway sent 120 cartons high-energy biscuits and 30 tonnes rice to Chad on Friday.",
			want: []string{"item Norway > Chad | high-energy biscuit | 120 carton | 2019-06-14", "item Norway > Chad | rice | 30 tonne | 2019-06-14"}},
	})
}

// TestShipmentKitContents: goods in a bracket right after a kit are what
// the kit holds, not items of the shipment (guidelines 4.3).
func TestShipmentKitContents(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BracketAfterKit", date: "2019-06-14",
			text:   "Denmark sent 25 emergency drug kits (various kinds of medicine) and 300 tents to Niger on Friday.",
			want:   []string{"item Denmark > Niger | emergency drug kit | 25 | 2019-06-14", "item Denmark > Niger | tent | 300 | 2019-06-14"},
			absent: []string{"item Denmark > Niger | medicine"}},
	})
}
