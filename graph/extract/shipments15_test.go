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

// TestShipmentWireDateline: a wire dateline with no colon or dash ("City
// (Country), Mon DD (AGENCY) Text", "City, Mon DD Text") names neither the
// sender nor the day of the act; "WHO" in capitals is the organisation, not
// a relative pronoun that ends the clause.
func TestShipmentWireDateline(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BracketedCountryAndAgency", date: "2014-03-03", title: "Unicef airlifts supplies",
			text:   "Peshawar (Pakistan), Mar 3 (IANS/WAM) A plane carrying 80 tonnes of Unicef emergency supplies arrived Sunday night in Peshawar.",
			want:   []string{"item UNICEF > Pakistan | emergency supply | 80 tonne | 2014-03-02"},
			absent: []string{"item Pakistan >", "2014-03-03"}},
		{name: "DateAloneEndsIt", date: "2023-10-16", title: "Medical plane lands",
			text:   "Amman, Oct 16 A plane loaded with medical supplies from the WHO for Syria reached Damascus airport, said the Jordanian Red Crescent.",
			want:   []string{"item WHO > Syria | medical supply | - | 2023-10-16"},
			absent: []string{"item Jordan >"}},
	})
}

// TestShipmentPlanSeenFromThePast: "was scheduled to arrive Monday" in a
// Tuesday paper is a plan told from a past day, like "would arrive": the
// nearer Monday, the day before; a day close ahead stays ahead.
func TestShipmentPlanSeenFromThePast(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WereScheduledYesterday", date: "2013-11-12", title: "Aid reaches the Philippines",
			text: "Two Indonesian planes carrying 30 tonnes of rice were also scheduled to arrive in Manila Monday afternoon, officials said.",
			want: []string{"item Indonesia > Philippines | rice | 30 tonne | 2013-11-11"}},
		{name: "WasExpectedSoonAhead", date: "2013-11-12", title: "Aid reaches the Philippines",
			text: "A Malaysian ship carrying 900 tents was expected to dock in Manila on Thursday, officials said.",
			want: []string{"item Malaysia > Philippines | tent | 900 | 2013-11-14"}},
	})
}

// TestShipmentJourneySteps: one consignment told at its arrival, then at
// its departure, then counted: the departure's day (guidelines 4.2:
// dispatch where both are given) and the counts of the later telling.
func TestShipmentJourneySteps(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivalThenDepartureThenCounts", date: "2005-10-10", title: "Relief convoy for Pakistan",
			text: "A ten-truck UNHCR convoy carrying thousands of tents and blankets was expected to arrive Monday in Muzaffarabad, Pakistan.\n\n" +
				"The convoy left the agency's warehouse in Peshawar on Saturday morning. Roads were blocked by landslides.\n\n" +
				"The agency said the convoy was carrying 2,000 tents and 8,000 blankets from its stocks.",
			want:   []string{"item UNHCR > Pakistan | tent | 2000 | 2005-10-08", "item UNHCR > Pakistan | blanket | 8000 | 2005-10-08"},
			absent: []string{"2005-10-10", "| tent | - |"}},
		{name: "OtherCountsStayApart", date: "2005-10-10", title: "Relief convoy for Pakistan",
			text: "A UNHCR convoy carrying 2,000 tents and 8,000 blankets left Peshawar for Pakistan's Kashmir on Saturday.\n\n" +
				"Roads were blocked by landslides. Aftershocks went on.\n\n" +
				"In all, UNHCR has sent 5,000 tents and 20,000 blankets to Pakistan, it said.",
			want: []string{"item UNHCR > Pakistan | tent | 2000 | 2005-10-08", "item UNHCR > Pakistan | tent | 5000 | -"}},
	})
}
