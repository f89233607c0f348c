package extract_test

import "testing"

// TestConsignmentToldAtTwoSteps: a consignment told at two steps of its
// journey takes the date of the earlier step (guidelines 4.2: dispatch
// where both are given); a later step on a later day leaves it.
func TestConsignmentToldAtTwoSteps(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivalThenDeparture", date: "2023-03-10",
			text:   "Two Chilean Navy ships carrying 500 tons of aid, including rice and beans, docked in Haiti on Thursday. The ships left Valparaiso on March 2.",
			want:   []string{"item Chile > Haiti | rice | - | 2023-03-02", "item Chile > Haiti | aid | 500 ton | 2023-03-02"},
			absent: []string{"item Chile > Haiti | rice | - | 2023-03-09"}},
		{name: "HandoverThenArrival", date: "2022-05-20",
			text:   "Japan handed over 12,000 tonnes of rice to Bangladesh yesterday. The consignment arrived in Chittagong on 12 May.",
			want:   []string{"item Japan > Bangladesh | rice | 12000 tonne | 2022-05-12"},
			absent: []string{"item Japan > Bangladesh | rice | 12000 tonne | 2022-05-19"}},
		{name: "ReceiptThenArrival", date: "2021-12-14",
			text:   "Ghana formally received on Tuesday 1,200,000 doses of vaccine donated by Norway. On December 10, the shipment of 1,200,000 doses arrived in Accra, the Norwegian embassy said.",
			want:   []string{"item Norway > Ghana | vaccine | 1200000 dose | 2021-12-10"},
			absent: []string{"item Norway > Ghana | vaccine | 1200000 dose | 2021-12-14"}},
		{name: "LaterStepKeepsTheFirstDate", date: "2022-06-20",
			text:   "A ship carrying 300 tonnes of rice from Norway left Oslo for Chad on 3 June. The ship with the 300 tonnes of rice arrived in Chad on 15 June.",
			want:   []string{"item Norway > Chad | rice | 300 tonne | 2022-06-03"},
			absent: []string{"item Norway > Chad | rice | 300 tonne | 2022-06-15"}},
	})
}

// TestComesAfterIsNoJourney: "X comes after …" tells when, not a journey
// of goods; the act after it keeps the donor the story has.
func TestComesAfterIsNoJourney(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FlightComesAfter", date: "2023-09-15",
			text: "A Qatari aid plane has arrived in Chad to help flood victims. The flight comes after the emir on Monday ordered aid to Chad, according to a death toll from the Chadian Red Cross. " +
				"A further three planes carrying tents and medical supplies landed at N'Djamena airport on Thursday.",
			want:   []string{"item Qatar > Chad | tent | - | 2023-09-14"},
			absent: []string{"item Chad > Qatar"}},
	})
}

// TestDescribedPlaceIsNoDonor: a country after "to" and a word that
// describes it ("to quake-hit Peru") is where the goods go, never the
// sender of an act after it in the clause or of the acts that follow.
func TestDescribedPlaceIsNoDonor(t *testing.T) {
	checkShapes(t, []shape{
		{name: "QuakeHitPlace", date: "2007-08-17",
			text: "Chile on Thursday sent condolences and tonnes of relief material to quake-hit Peru to join international efforts to provide succour there. " +
				"At least 20 tonnes of rice was sent on Thursday and another 30 tonnes of rice would be despatched on Friday.",
			want:   []string{"item Chile > Peru | rice | 20 tonne | 2007-08-16"},
			absent: []string{"item Peru > Chile"}},
	})
}

// TestListWithoutBullets: after a sentence that opens a list with a colon,
// short lines of their own with no verb and no full stop are its items.
func TestListWithoutBullets(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OneItemALine", date: "2022-08-02",
			text:   "On 1 August 2022, the Government of Norway delivered relief goods to Chad.\n\nThe relief goods include the following items:\n\nGenerators\n\nTarpaulins\n\nThe Norwegian Embassy extends its sympathies to the families.",
			want:   []string{"item Norway > Chad | generator | - | 2022-08-01", "item Norway > Chad | tarpaulin | - | 2022-08-01"},
			absent: []string{"item Norway > Chad | embassy", "item Norway > Chad | family"}},
	})
}
