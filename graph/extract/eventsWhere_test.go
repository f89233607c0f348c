package extract_test

import "testing"

// TestEventWhereaboutsOfItsPeople: a meeting no rule places took place
// where an earlier sentence of the same time puts one of its people
// (GUIDELINES 6.3: the City the text places the event in); not where a
// sentence of another day, another tense or before a trip put them, and a
// call has no place.
func TestEventWhereaboutsOfItsPeople(t *testing.T) {
	checkShapes(t, []shape{
		{name: "EarlierSentenceSameDay", date: "2024-03-05",
			text: "Foreign Minister Ana Lopez of Chile was in Geneva on Tuesday for the Human Rights Council session. Lopez held talks with Swiss Foreign Minister Karl Baum on Tuesday.",
			want: []string{"Meeting Ana Lopez, Karl Baum | 2024-03-05 | Geneva | -"}},
		{name: "CityOverCountry", date: "2024-03-05",
			text: "Kenyan Foreign Minister John Kamau spoke to reporters in Ghana, at a hotel in Accra, on Monday. Kamau met Ghanaian President Kofi Mensah on Monday.",
			want: []string{"Meeting John Kamau, Kofi Mensah | 2024-03-04 | Accra | -"}},
		{name: "VisitingParticiple", date: "2024-03-05",
			text: "Visiting Nairobi on Tuesday, Foreign Minister Ana Lopez of Chile held talks with Kenyan Foreign Minister John Kamau.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2024-03-05 | Nairobi | -"}},
		{name: "VisitingDelegation", date: "2024-03-05",
			text:   "Foreign Minister Ana Lopez of Chile met the visiting Kenya Trade Mission and Kenyan Foreign Minister John Kamau on Tuesday.",
			absent: []string{"Meeting Ana Lopez, John Kamau | 2024-03-05 | Kenya"}},
		{name: "AnotherDay", date: "2024-03-05",
			text:   "Foreign Minister Ana Lopez of Chile was in Geneva on Monday. Lopez held talks with Swiss Foreign Minister Karl Baum on Tuesday.",
			absent: []string{"Meeting Ana Lopez, Karl Baum | 2024-03-05 | Geneva"}},
		{name: "TripBetween", date: "2024-03-05",
			text:   "Foreign Minister Ana Lopez of Chile spoke in Geneva on Tuesday. She will then travel to Poland. There, Lopez will meet Polish Foreign Minister Jan Nowak.",
			absent: []string{"Meeting Ana Lopez, Jan Nowak | - | Geneva"}},
		{name: "SaidHeWouldMeet", date: "2024-03-05",
			text:   "Foreign Minister Ana Lopez of Chile said in Santiago on Monday that she would travel abroad. Lopez will meet Swiss Foreign Minister Karl Baum on Friday.",
			absent: []string{"Meeting Ana Lopez, Karl Baum | 2024-03-08 | Santiago"}},
		{name: "CallHasNoPlace", date: "2024-03-05",
			text:   "Foreign Minister Ana Lopez of Chile was in Geneva on Tuesday. Lopez held a phone call with Swiss Foreign Minister Karl Baum on Tuesday.",
			absent: []string{"Meeting Ana Lopez, Karl Baum | 2024-03-05 | Geneva"}},
	})
}
