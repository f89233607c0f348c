package extract_test

import "testing"

// TestShipmentGiverCompound: a compound participle of giving in front of
// goods ("Korea-donated vaccines", "EU-funded food aid") names the donor,
// and is no part of the goods' name.
func TestShipmentGiverCompound(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CountryDonatedArrived", date: "2021-03-04",
			text: "A batch of Korea-donated AstraZeneca vaccines arrived in Accra, capital of Ghana, on Wednesday.",
			want: []string{"item South Korea > Ghana | AstraZeneca vaccine | - | 2021-03-03"}},
		{name: "AbbreviationDonatedTransferred", date: "2003-07-10",
			text: "The UK-donated food aid was loaded onto trucks bound for Niger and Mali.",
			want: []string{"item United Kingdom > Niger | food aid | - | 2003-07-10", "item United Kingdom > Mali | food aid | - | 2003-07-10"}},
	})
}

// TestShipmentHasAsAuxiliary: "has" or "had" after a word for a shipment
// is an auxiliary when a verb follows ("the vaccine batch has been handed
// over"), not a verb of what the shipment holds, so the clause before it
// keeps its own act.
func TestShipmentHasAsAuxiliary(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HasBeenHeld", date: "2021-11-26",
			text: "The Prime Minister wrapped up a three-day trip to Korea, arriving in Manila on Thursday evening.\n\n" +
				"During the visit, the Korean Government donated another 1.2 million doses of Pfizer vaccines to the Philippines, and the handover ceremony for the vaccine batch has been held at the airport.",
			want: []string{"item South Korea > Philippines | pfizer vaccine | 1200000 dose | 2021-11-25"}},
		{name: "BroughtTheTotal", date: "2021-11-26",
			text: "Korea donated another 1.2 million doses of Pfizer vaccines to the Philippines on Thursday.\n\n" +
				"The latest shipment brought the total donation from Korea to 4.8 million doses.",
			want:   []string{"item South Korea > Philippines | pfizer vaccine | 1200000 dose | 2021-11-25"},
			absent: []string{"item South Korea > Philippines | pfizer vaccine | 4800000"}},
	})
}

// TestShipmentFrontedPlacePhrase: a place after a sentence-opening
// preposition ("After Kenya, the ship sails on …") is where the carrier has
// been, not who sends; "due" ends the goods' name ("the food due to
// arrive").
func TestShipmentFrontedPlacePhrase(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AfterPlace", date: "2004-05-28",
			text:   "Canada sent 20,000 tonnes of wheat to Kenya and Somalia last week. After Kenya, the ship is to sail for Mogadishu to deliver the remaining 6,000 tonnes of wheat for Somalia.",
			want:   []string{"item Canada > Somalia | wheat | 6000 tonne | -"},
			absent: []string{"item Kenya > Somalia"}},
		{name: "DueToArrive", date: "2004-05-28",
			text:   "Canada said the 6,000 tonnes of wheat due to arrive in Somalia on Saturday would feed the displaced for two months.",
			want:   []string{"item Canada > Somalia | wheat | 6000 tonne | 2004-05-29"},
			absent: []string{"item Canada > Somalia | wheat due"}},
	})
}

// TestShipmentSinceYear: a sender that "has delivered" goods "since" a
// year tells the sum of the acts of years, like "so far", not one act.
func TestShipmentSinceYear(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SinceYearFronted", date: "2024-09-29",
			text:   "A Saudi ship carrying 2,000 tons of humanitarian aid for Sudan left Jeddah on Sunday. At the ceremony, the minister said since 2015, Saudi Arabia has delivered over 50,000 tons of aid to the African country.",
			want:   []string{"item Saudi Arabia > Sudan | humanitarian aid | 2000 ton | 2024-09-29"},
			absent: []string{"item Saudi Arabia > Sudan | aid | 50000"}},
	})
}

// TestShipmentResidualGoods: "and related items", like "and other
// supplies", closes a list of goods and is no item of its own.
func TestShipmentResidualGoods(t *testing.T) {
	checkShapes(t, []shape{
		{name: "RelatedItems", date: "2017-09-27",
			text:   "A Canadian relief flight containing vital commodities, including tarpaulins, water filters, blankets, and related items, landed in Haiti today.",
			want:   []string{"item Canada > Haiti | water filter | - | 2017-09-27"},
			absent: []string{"item Canada > Haiti | related item"}},
	})
}
