package extract_test

import "testing"

// TestShipmentRestatedDate: an act its own sentence leaves undated takes
// the one date of a nearby sentence that tells the same act again by a
// noun (the donation, the farewell ceremony, the relief plane) and names
// no other country (guidelines 4.2: the date of dispatch or handover).
func TestShipmentRestatedDate(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DonationHandedOverLater", date: "2019-03-09", title: "Japan donates maize",
			text: "Japan has donated 4,000 tonnes of maize to Zimbabwe to help families hit by drought.\n\n" +
				"The Japanese ambassador made the donation to Zimbabwe's agriculture minister at a warehouse in Harare on Thursday.",
			want: []string{"item Japan > Zimbabwe | maize | 4000 tonne | 2019-03-07"}},
		{name: "FarewellCeremonyLater", date: "2023-02-14", title: "Aid ship leaves for Syria",
			text: "A ship carrying 1,200 tonnes of flour prepared by Egyptian charities has been dispatched from Alexandria to Syria.\n\n" +
				"The flour was loaded onto the vessel at the port.\n\n" +
				"Speaking at a farewell ceremony at the port on Monday, the governor said Egypt stood by the people of Syria.",
			want: []string{"item Egypt > Syria | flour | 1200 tonne | 2023-02-13"}},
		{name: "PlaneOperatedBefore", date: "2022-08-31", title: "Kuwait airlifts aid",
			text: "Kuwait operated on Tuesday its first relief plane bound for Pakistan.\n\n" +
				"The aircraft is carrying 40 tonnes of food and tents, a Kuwaiti official said.",
			want: []string{"item Kuwait > Pakistan | food | 40 tonne | 2022-08-30"}},
		{name: "OtherCountryNoDate", date: "2019-03-09", title: "Japan donates maize",
			text: "Japan has donated 4,000 tonnes of maize to Zimbabwe to help families hit by drought.\n\n" +
				"The Japanese ambassador also attended a ceremony in Zambia on Thursday.",
			want:   []string{"item Japan > Zimbabwe | maize | 4000 tonne | 2019-03-09"},
			absent: []string{"2019-03-07"}},
	})
}
