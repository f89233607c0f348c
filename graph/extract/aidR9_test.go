package extract_test

import "testing"

// TestShipmentSinceDate: a date in a "since …" phrase or clause opens a
// span ("the first aid to land since the airport closed on 3 May", "since
// March"); it is not the day of the act (guidelines 4.2: null when the
// text does not date the act).
func TestShipmentSinceDate(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SinceClauseInRetelling", date: "2023-06-20",
			text: "UNICEF delivered 12 tonnes of medicines to Sudan, the agency said.\n\n" +
				"The shipment, the first relief to reach the airport since flights were halted on May 3, was flown in by a chartered plane.",
			want: []string{"item UNICEF > Sudan | medicine | 12 tonne | -"}},
		{name: "SinceDayAfterAct", date: "2019-11-14",
			text: "Chile has sent 400 tents and 2,000 blankets to Bolivia since October 28, the foreign ministry said.",
			want: []string{"item Chile > Bolivia | tent | 400 | -",
				"item Chile > Bolivia | blanket | 2000 | -"}},
	})
}

// TestShipmentGazansRecipient: news calls the people of Gaza "Gazans"; aid
// sent to them is for Palestine, as aid "for Palestinians" is.
func TestShipmentGazansRecipient(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ToGazans", date: "2024-03-06",
			text: "Algeria sent 30 tonnes of flour to Gazans on Monday, the foreign ministry said.",
			want: []string{"item Algeria > Palestine | flour | 30 tonne | 2024-03-04"}},
	})
}
