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

// TestShipmentSoFar: a sender that "has so far donated" or "has delivered
// … to date" tells the sum of its acts, like a running total, not one act;
// a later count in the same measure takes its goods from the consignment
// told after that sum ("its first batch of Moderna vaccines"), not from it.
func TestShipmentSoFar(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FrontedSoFar", date: "2021-06-10",
			text:   "Japan delivered 300,000 doses of AstraZeneca vaccine to Peru on Tuesday. So far, Japan has donated close to 2 million vaccine doses to Peru.",
			want:   []string{"item Japan > Peru | AstraZeneca vaccine | 300000 dose | 2021-06-08"},
			absent: []string{"item Japan > Peru | vaccine | 2000000"}},
		{name: "SoFarAfterHas", date: "2021-06-10",
			text:   "A ship carrying 40 tonnes of rice left for Haiti on Monday. Chile has so far delivered 600 tonnes of food aid to Haiti, including this shipment.",
			absent: []string{"item Chile > Haiti | food aid | 600 tonne"}},
		{name: "ToDate", date: "2021-06-10",
			text:   "Norway has provided 12,000 tents to Chad to date, the embassy said.",
			absent: []string{"item Norway > Chad"}},
		{name: "LaterBatchNamesTheDoses", date: "2021-06-10",
			text:   "Japan delivered 300,000 doses of AstraZeneca vaccine to Peru on Tuesday. So far, Japan has donated close to 2 million COVID-19 vaccine doses to Peru. On May 3, Peru received its first batch of Moderna vaccines donated by Japan. The consignment of 400,000 doses arrived at Lima airport on a cargo plane.",
			want:   []string{"item Japan > Peru | moderna vaccine | 400000 dose | 2021-05-03"},
			absent: []string{"item Japan > Peru | COVID-19 vaccine | 400000"}},
	})
}

// TestShipmentPartOfCount: a bare count that borrows the name of goods the
// act counted already weighs a part of them ("57 tons from its own stock,
// consisting of blankets"), not a second entry of those goods.
func TestShipmentPartOfCount(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PartFromStock", date: "2023-11-07",
			text:   "Sweden said its relief flight landed in Chad on Monday, bringing 80 tonnes of relief supplies for flood victims. Sweden said it had donated 50 tonnes from its own stock, consisting of blankets and tents.",
			want:   []string{"item Sweden > Chad | relief supply | 80 tonne | 2023-11-06", "item Sweden > Chad | blanket | - | 2023-11-06"},
			absent: []string{"item Sweden > Chad | relief supply | 50 tonne"}},
	})
}

// TestShipmentTheBeforeEachMember: a list that puts "the" before each of
// its goods keeps a general word among them as goods ("the solar lamps,
// the medical supplies, water filters"), as it would without the article.
func TestShipmentTheBeforeEachMember(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TheMedicalSupplies", date: "2019-03-20",
			text: "On March 18, the relief supplies provided by the Korean government to Malawi for flood relief set out from Incheon.\n\n" +
				"The consignment mainly includes the solar lamps, the medical supplies, water filters and other supplies, together with the tentage and blankets.",
			want: []string{"item South Korea > Malawi | medical supply | - | 2019-03-18", "item South Korea > Malawi | solar lamp | - | 2019-03-18",
				"item South Korea > Malawi | tentage | - | 2019-03-18"},
			absent: []string{"item South Korea > Malawi | other supply"}},
	})
}

// TestShipmentAgentBeforeInfinitive: a "by" phrase just before the
// infinitive of the act names its sender ("a decision by Norway to send
// tents", "efforts by Japan to deliver food aid"), unless the noun it
// follows is a request, whose maker is the one the goods go to.
func TestShipmentAgentBeforeInfinitive(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DecisionBy", date: "2022-04-12",
			text: "The parliament backed a decision by Norway to send 500 family tents to Chad on Monday.",
			want: []string{"item Norway > Chad | family tent | 500 | 2022-04-11"}},
		{name: "PledgeByTheGrouping", date: "2022-04-12",
			text: "Ghana welcomed the pledge by the European Union to send 40 tonnes of medicines to the country.",
			want: []string{"item EU > Ghana | medicine | 40 tonne | -"}},
		{name: "EffortsOverEarlierActor", date: "2022-04-12",
			text:   "Kenyan officials visited a camp near the Somali border this week and distributed meals to children. It is part of wider efforts by Qatar to deliver food aid to Yemen, Sudan and Somalia.",
			want:   []string{"item Qatar > Yemen | food aid | - | -"},
			absent: []string{"item Kenya > Yemen", "item Somalia > Yemen"}},
		{name: "AppealByRecipient", date: "2022-04-12",
			text:   "An appeal by Nepal to send 2,000 tents was answered by India on Monday.",
			absent: []string{"item Nepal >"}},
	})
}

// TestShipmentNewsDayOfAidHeadline: a story whose headline tells of aid is
// a story of aid, so an undated act it tells in the simple past is news of
// the article's day even when its first paragraph holds no act; the usual
// traffic ("Commercial flights were to resume on Tuesday") does not tell
// the act again and gives it no date.
func TestShipmentNewsDayOfAidHeadline(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AidHeadline", date: "2023-01-22", title: "Relief effort gathers pace after floods in Malawi",
			text: "Relief goods began reaching flood-hit Malawi on Sunday as rivers burst their banks across the south.\n\nThe airport in Lilongwe reopened to allow supplies in.\n\nTwo Zambian air force planes landed with food, blankets and medicine.",
			want: []string{"item Zambia > Malawi | blanket | - | 2023-01-22"}},
		{name: "CommercialFlightsNoRestatement", date: "2023-01-22", title: "Relief effort gathers pace after floods in Malawi",
			text:   "Relief goods began reaching flood-hit Malawi on Sunday.\n\nThe airport in Lilongwe reopened to allow supplies in.\n\nTwo Zambian air force planes landed with food, blankets and medicine.\n\nCommercial flights were scheduled to resume on Tuesday.",
			absent: []string{"item Zambia > Malawi | blanket | - | 2023-01-24"}},
		{name: "NoAidHeadline", date: "2023-01-22", title: "Leaders meet in Lusaka for trade talks",
			text:   "Leaders of southern African states met in Lusaka on Sunday to discuss trade.\n\nThe talks covered tariffs and rail links.\n\nLast year, Zambian air force planes landed in Malawi with food, blankets and medicine.",
			absent: []string{"item Zambia > Malawi | blanket | - | 2023-01-22"}},
	})
}
