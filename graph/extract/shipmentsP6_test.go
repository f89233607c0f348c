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

// TestShipmentSuchAs: "such A and B as X, Y and Z" names the kinds of A
// and B after "as": the kinds are the items, the words before "as" are
// not (guidelines 4.3); a value given twice, the second in brackets in
// another currency, is still the goods' value, not money sent; "later
// Tuesday" in a Wednesday paper is the day before, so the plane's goods
// join the batch sent that day.
func TestShipmentSuchAs(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SuchGoodsAs", date: "2015-04-28",
			text:   "India sent such relief goods as tents, blankets and water purifiers to Nepal on Tuesday.",
			want:   []string{"item India > Nepal | tent | - | 2015-04-28", "item India > Nepal | water purifier | - | 2015-04-28"},
			absent: []string{"item India > Nepal | relief goods"}},
		{name: "SuchTwoWordsAsValueInBrackets", date: "2015-04-29",
			text: "India shipped its second batch of relief materials to Nepal on Tuesday afternoon.\n\n" +
				"The aircraft, loaded with such relief materials and commodities as tents, blankets and medicine worth 50 million rupees (US$800,000), is scheduled to land in Nepal later Tuesday night.",
			want:   []string{"item India > Nepal | tent | - | 2015-04-28", "item India > Nepal | medicine | - | 2015-04-28"},
			absent: []string{"item India > Nepal | commodit", "item India > Nepal | relief material"}},
	})
}
