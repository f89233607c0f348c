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
		{name: "RegionIsNoRecipient", date: "2021-07-01",
			text:   "Italy sent 50 tonnes of rice to Chad on Friday. The Government of Norway has dispatched a new batch of vaccines to East Africa.",
			absent: []string{"item Norway"}},
		{name: "SharedWithTheRegion", date: "2021-07-01",
			text:   "Norway has sent 500 tents to Fiji. Norway will share 2 million doses with the region.",
			absent: []string{"item Norway > Fiji | dose"}},
		{name: "GovernmentOfActsBefore", date: "2021-07-01",
			text: "The Government of Norway announced new help on Monday. Kenya will receive 40,000 doses of vaccine.",
			want: []string{"item Norway > Kenya | vaccine | 40000 dose | -"}},
		{name: "AllotmentsWithBareCounts", date: "2021-07-01",
			text: "Norway sent 3,000 tents to Chad, 500 to Niger and 200 to Mali.",
			want: []string{"item Norway > Chad | tent | 3000 | -", "item Norway > Niger | tent | 500 | -", "item Norway > Mali | tent | 200 | -"}},
		{name: "GappedRecipients", date: "2021-07-01",
			text: "Chad will receive 300,000 doses of vaccine from Norway, Niger 200,000 and Mali 100,000.",
			want: []string{"item Norway > Chad | vaccine | 300000 dose | -", "item Norway > Niger | vaccine | 200000 dose | -", "item Norway > Mali | vaccine | 100000 dose | -"}},
		{name: "BareCountOfSomethingElse", date: "2021-07-01",
			text:   "Norway sent 3,000 tents to Chad, where 200 of them were put up in Abeche.",
			absent: []string{"item Norway > Chad | tent | 200"}},
		{name: "ContentsOfOneRecipientAlso", date: "2021-07-01",
			text: "Chad will receive 300,000 doses of vaccine from Norway, Niger 200,000 and Mali 100,000. The shipment to Niger also includes 500,000 syringes.",
			want: []string{"item Norway > Niger | syringe | 500000 | -"}},
		{name: "DispatchDateStandsOverArrivalDays", date: "2021-07-01",
			text: "Norway sent 40,000 doses of vaccine to Chad and 20,000 to Niger. The doses left Oslo yesterday and are expected to reach N'Djamena and Niamey over the coming days.",
			want: []string{"item Norway > Chad | vaccine | 40000 dose | 2021-06-30", "item Norway > Niger | vaccine | 20000 dose | 2021-06-30"}},
	})
}
