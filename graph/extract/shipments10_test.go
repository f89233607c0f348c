package extract_test

import "testing"

// TestShipmentShapes10: classes of real aid prose, in invented sentences.
func TestShipmentShapes10(t *testing.T) {
	for _, c := range []struct {
		name, date, title, text string
		want, absent            []string
	}{
		{name: "RangeWithToCountsItsFirstNumber", date: "2022-05-04", title: "Relief for Fiji",
			text:   "Australia today sent a navy ship with 20 to 25 tonnes of relief material to Fiji. Canada will send 2 to 3 million doses of vaccines to Ghana.",
			want:   []string{"item Australia > Fiji | relief material | 20 tonne | 2022-05-04", "item Canada > Ghana | vaccine | 2000000 dose | -"},
			absent: []string{"item Australia > Fiji | relief material | 25 tonne"}},
		{name: "SameCountTellsTheSameConsignment", date: "2022-05-04", title: "Relief for Fiji",
			text: "Australia today dispatched two navy ships with 20 tonnes of relief material to Fiji.\n\nThe ships left Darwin with 20 tons of relief material which includes tents, blankets and drinking water and are due to reach Suva tomorrow, the navy said.",
			want: []string{"item Australia > Fiji | relief material | 20 tonne | 2022-05-04", "item Australia > Fiji | tent | - | 2022-05-04",
				"item Australia > Fiji | blanket | - | 2022-05-04"},
			absent: []string{"item Australia > Fiji | relief material | 20 ton |", "| 2022-05-05"}},
		{name: "TruckloadsCountVehicles", date: "2022-05-04", title: "Relief for Chad",
			text:   "Meanwhile, eight truckloads of relief material provided by Niger were sent to Chad.",
			want:   []string{"item Niger > Chad | relief material | - | -"},
			absent: []string{"| 8 "}},
		{name: "WeekdayWithDayInBrackets", date: "2023-03-05", title: "Aid for Malawi",
			text: "A Zambian aircraft carrying 800 kgs of medicines for Malawi had arrived in Lilongwe on Sunday (26) evening, the day of the floods.",
			want: []string{"item Zambia > Malawi | medicine | 800 kg | 2023-02-26"}},
		{name: "UncountedUmbrellaGoesBesideCountedGoods", date: "2023-03-05", title: "Aid for Malawi",
			text:   "Zambia has provided steady humanitarian assistance to flood-hit Malawi from the first day, officials said. A Zambian plane carrying 800 kgs of medical supplies arrived in Lilongwe on Friday.",
			want:   []string{"item Zambia > Malawi | medical supply | 800 kg | 2023-03-03"},
			absent: []string{"item Zambia > Malawi | steady humanitarian assistance"}},
		{name: "AreaCountOfTheSameGoods", date: "2019-03-20", title: "Relief for Tonga and Samoa",
			text:   "Fiji sent on Monday two shipments of equipment to help rebuild homes in Tonga and Samoa, after the cyclone.\n\nTonga will get 12,000 square metres of sheeting, while Samoa will get 8,000 square metres of the same.",
			want:   []string{"item Fiji > Tonga | sheeting | 12000 square metre | 2019-03-18", "item Fiji > Samoa | sheeting | 8000 square metre | 2019-03-18"},
			absent: []string{"item Fiji > Samoa | same"}},
		{name: "HandoverCeremonyAfterArrival", date: "2011-08-10", title: "Rice for Laos",
			text:   "KPL, Vientiane\n\nKorea handed over 8,000 tonnes of rice to Laos yesterday. Korean Ambassador Park Min-su gave away the documents to Minister for Food and Relief Services Somsak Phan. This Korean consignment arrived in Vientiane on 14 July.",
			want:   []string{"item South Korea > Laos | rice | 8000 tonne | 2011-07-14"},
			absent: []string{"item South Korea > Laos | food", "item South Korea > Laos | rice | 8000 tonne | 2011-08-09"}},
		{name: "AgencyProgrammeInCountry", date: "2011-08-10", title: "Wheat for Laos",
			text:   "Korea gave 3,000 tons of wheat to WFP supported School Meals Support (SMS) activities in Laos in May.",
			want:   []string{"item South Korea > Laos | wheat | 3000 ton | 2011-05"},
			absent: []string{"item South Korea > World Food Programme"}},
		{name: "AgencyNameInsideALongerName", date: "2018-06-21", title: "Rice for Cuba",
			text:   "Laos donated 3,000 tons of rice to Cuba on June 20th at a ceremony in Vientiane.\n\nThe Department of State Reserves will hand over 3,000 tonnes of rice to the Cuban people at Mariel Port in July.",
			want:   []string{"item Laos > Cuba | rice | 3000 ton | 2018-06-20"},
			absent: []string{"item United States", "country United States"}},
		{name: "FirstOfASeriesOfFlightsHasNoDate", date: "2011-10-29", title: "UN airlift to Chad",
			text:   "UNICEF is making an emergency airlift to send tents, blankets and other shelter supplies to Chad. The first of three daily cargo planes carrying emergency supplies is scheduled to land in Chad on Friday. Each flight will be carrying about 400 tents and 8,000 blankets.",
			want:   []string{"item UNICEF > Chad | tent | 400 | -", "item UNICEF > Chad | blanket | 8000 | -"},
			absent: []string{"item UNICEF > Chad | tent | - |", "item UNICEF > Chad | tent | 400 | 2011"}},
		{name: "ObjectOfAnotherInfinitiveIsNoGoods", date: "2024-12-21", title: "Rice for Malawi",
			text:   "Malawi received 2,000 tonnes of rice from Kenya on Friday. The contribution from Kenya will enable the government to reach more families struggling to put food on their tables.",
			want:   []string{"item Kenya > Malawi | rice | 2000 tonne | 2024-12-20"},
			absent: []string{"item Kenya > Malawi | put food", "item Kenya > Malawi | food"}},
		{name: "TravellingTeamCarriesTheGoods", date: "2017-03-31", title: "Cuban doctors for Ecuador",
			text: "A 30-strong Cuban medical brigade departed Thursday night for Ecuador.\n\nThe brigade, that comprises doctors and nurses, carries with them 3.5 tons of medicines and medical supplies, along with 2 million purification tablets to make water drinkable in the flooded areas.",
			want: []string{"item Cuba > Ecuador | medicine | 3.5 ton | 2017-03-30", "item Cuba > Ecuador | purification tablet | 2000000 | 2017-03-30"}},
		{name: "GroupingOwnsTheCarrierAndFundsThePartner", date: "2022-02-24", title: "Medical aid for Yemen",
			text:   "Today, the first of a new series of EU Humanitarian Air Bridge flights has delivered nearly 20 tonnes of medical supplies to Aden.\n\nToday's EU funded flight operation ensures safe delivery of critical health items provided by UNICEF. Norway delivered 150 tonnes of humanitarian cargo to Yemen between March and June 2021.",
			want:   []string{"item EU > Yemen | medical supply | 20 tonne | 2022-02-24", "item Norway > Yemen | humanitarian cargo | 150 tonne | -"},
			absent: []string{"item UNICEF"}},
		{name: "PossessiveRunningTotalAndLatestGoods", date: "2021-11-05", title: "Norway donates more vaccines to Ghana",
			text:   "The Government of Norway has donated an additional 250,000 doses of the Pfizer COVID-19 vaccine to Ghana. The donation was made possible through COVAX and brings Norway's total vaccine donations to Ghana, to just over 900,000 doses.\n\nThe most recent vaccines arrived in the country on November 2.",
			want:   []string{"item Norway > Ghana | pfizer COVID-19 vaccine | 250000 dose | 2021-11-02"},
			absent: []string{"item Norway > Ghana | pfizer COVID-19 vaccine | 900000", "item Norway > Ghana | most recent vaccine"}},
		{name: "WouldWithAWeekdayIsTheNearerDay", date: "2014-12-06", title: "Water for Tonga",
			text:   "Australia on Friday sent naval vessels carrying water to Tonga.\n\nThe patrol vessel HMAS Larrakia would arrive in Nuku'alofa on Friday night. It is carrying 40 tonnes of fresh water.",
			want:   []string{"item Australia > Tonga | fresh water | 40 tonne | 2014-12-05"},
			absent: []string{"item Australia > Tonga | fresh water | 40 tonne | 2014-12-12"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkTitled(t, c.date, c.title, c.text, c.want, c.absent) })
	}
}
