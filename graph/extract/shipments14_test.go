package extract_test

import "testing"

// TestShipmentNotSent: verbs of sending in uses that send nothing, from
// real failures, in invented sentences.
func TestShipmentNotSent(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BringAboutCausesNothingToBeSent", date: "2022-03-01", title: "Bloc summit opens in Accra",
			text: "ACCRA, March 1: The 20th summit of the bloc opened in Accra on Tuesday.\n\nAs chair of the bloc, Senegalese President Amadou Diallo opened the summit and handed over the responsibility of the chair of the bloc to Ghana’s Prime Minister Kofi Mensah.\n\n" +
				"The summit also decided to improve agricultural productivity, food and nutritional security, enhance cooperation on trade and health and bring about project-based engagement of the observers.",
			absent: []string{"item "}},
		{name: "ReachWithoutPlaceOrGoodsSendsNothing", date: "2022-03-01", title: "Oil ministers meet",
			text:   "Ministers from Azerbaijan and Kuwait met in Baku on Monday. The main goal of the talks is to reach a consensus on demand and supply in oil markets, the Kuwaiti minister said.",
			absent: []string{"item "}},
		{name: "GoodsOrCarrierStillReach", date: "2022-03-02", title: "Help for Malawi",
			text: "Zambia sent 20 tonnes of maize to Malawi. The ship reached port on Wednesday. Kenya's 500 tents reached Malawi on Thursday.",
			want: []string{"item Zambia > Malawi | maize | 20 tonne | 2022-03-02", "item Kenya > Malawi | tent | 500 | 2022-02-24"}},
	})
}

// TestShipmentGoodsMeantFor: a participle of destination after the goods
// ends their name ("flour destined for Syria").
func TestShipmentGoodsMeantFor(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DestinedForAfterCountedGoods", date: "2024-03-28", title: "Aid ship leaves Izmir",
			text: "A humanitarian aid ship, carrying 3,100 tons of aid destined for Lebanon, has sailed from Izmir, Turkey's disaster agency said.",
			want: []string{"item Turkey > Lebanon | aid | 3100 ton | 2024-03-28"}},
		{name: "BoundAndIntendedFor", date: "2024-03-28", title: "Relief for Chad",
			text:   "Niger sent 400 tonnes of sorghum bound for Chad. Egypt sent 900 tents intended for Sudan.",
			want:   []string{"item Niger > Chad | sorghum | 400 tonne | 2024-03-28", "item Egypt > Sudan | tent | 900 | 2024-03-28"},
			absent: []string{"item Niger > Chad | sorghum bound"}},
	})
}

// TestShipmentAbstractHelp: help named by a word of service or money is no
// goods ("technical assistance", "material and spiritual assistance").
func TestShipmentAbstractHelp(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TechnicalAndFinancialAssistance", date: "2018-06-21", title: "Help for Laos",
			text:   "Japan gave technical assistance to Laos. Korea provided financial aid to Laos on Monday.",
			absent: []string{"item "}},
		{name: "MaterialAndSpiritualAssistanceInThePast", date: "2018-06-21", title: "Rice for Laos",
			text:   "Thailand donated 3,000 tons of rice to Laos on June 20th. The minister recalled the material and spiritual assistance the Lao people had given to Thailand in the past.",
			want:   []string{"item Thailand > Laos | rice | 3000 ton | 2018-06-20"},
			absent: []string{"item Laos > Thailand"}},
		{name: "TechnicalEquipmentIsGoods", date: "2018-06-21", title: "Relief for Laos",
			text: "Japan sent 20 tonnes of relief material and technical equipment to Laos.",
			want: []string{"item Japan > Laos | relief material | 20 tonne | 2018-06-21", "item Japan > Laos | technical equipment | - | 2018-06-21"}},
	})
}

// TestShipmentGroupingOwnMember: a grouping's act the story names no
// recipient for is not for the member it names most; a recipient the story
// or the headline names still counts.
func TestShipmentGroupingOwnMember(t *testing.T) {
	checkShapes(t, []shape{
		{name: "NoRecipientNamed", date: "2022-05-24", title: "Fact sheet: the Quad leaders' meeting",
			text:   "Since March, the Quad has expanded vaccine manufacturing capacity, donated vaccines from its own supply, and worked together to help the region. Australia will host the next meeting, and Australia's prime minister welcomed the plan.",
			absent: []string{"item "}},
		{name: "HeadlineNamesTheMember", date: "2022-05-24", title: "ASEAN sends tents to Myanmar",
			text: "ASEAN donated 5,000 tents on Monday, officials said.",
			want: []string{"item ASEAN > Myanmar | tent | 5000 | 2022-05-23"}},
		{name: "StoryNamedTheMemberBefore", date: "2022-05-24", title: "ASEAN aid",
			text: "ASEAN donated 5,000 tents to Myanmar on Monday. The bloc also sent rice.",
			want: []string{"item ASEAN > Myanmar | rice | - | 2022-05-23"}},
	})
}

// TestShipmentItemWordInName: an item word written with a capital inside a
// sentence and joined to a capitalised word is part of a name.
func TestShipmentItemWordInName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ProgrammeName", date: "2022-12-04", title: "Wheat for Kenya",
			text:   "The first ship carrying 30,000 tonnes of Ukrainian wheat under the Grain from Ukraine humanitarian programme arrived in Kenya on 3 December.",
			want:   []string{"item Ukraine > Kenya | ukrainian wheat | 30000 tonne | 2022-12-03"},
			absent: []string{"item Ukraine > Kenya | grain"}},
		{name: "LowerCaseGoodsStay", date: "2022-12-04", title: "Grain for Kenya",
			text: "Ukraine sent grain from Odesa to Kenya on 3 December.",
			want: []string{"item Ukraine > Kenya | grain | - | 2022-12-03"}},
	})
}
