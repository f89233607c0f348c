package extract_test

import "testing"

// A Visit's host is not its participant (GUIDELINES 6.3): one who holds an
// office of the country visited is no visitor of it, and a visit to a
// country that only its own office-holders make was misread. A trip inside
// one's own country to a city stays. The sentences are invented.
func TestVisitHostIsNoVisitor(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ThankedForVisiting", date: "2023-05-10",
			text:   "Peruvian Foreign Minister Ana Soto held a meeting with Norwegian Foreign Minister Jonas Berg, who is visiting Peru. Foreign Minister Soto welcomed Foreign Minister Berg and appreciated him for visiting Peru at a difficult time.",
			want:   []string{"Visit Jonas Berg | - | Peru | -"},
			absent: []string{"Visit Ana Soto"}},
		{name: "TheHostsPrimeMinister", date: "2023-05-10",
			text:   "Indian Prime Minister Ravi Kumar will travel to Kenya on Monday at the invitation of Kenyan Prime Minister Samuel Otieno. This will be the Prime Minister's first visit to Kenya.",
			want:   []string{"Visit Ravi Kumar | 2023-05-15 | Kenya | -"},
			absent: []string{"Visit Samuel Otieno"}},
		{name: "TripAtHome", date: "2023-05-10",
			text: "Kenyan President Samuel Otieno visited Mombasa on Monday to open a new port terminal.",
			want: []string{"Visit Samuel Otieno | 2023-05-08 | Mombasa | -"}},
	})
}

// Those a travelling party takes along go on its visit (GUIDELINES 6.3):
// "the delegation accompanying X includes A and B", "the delegation will
// also include A". The sentences are invented.
func TestVisitDelegationMembers(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DelegationAccompanyingIncludes", date: "2023-05-10",
			text: "Kenyan President Samuel Otieno arrived in Lima on Monday for a state visit. The delegation accompanying President Otieno includes Foreign Minister Grace Wanjiru and Trade Minister Peter Kamau.",
			want: []string{"Visit Grace Wanjiru, Peter Kamau, Samuel Otieno | 2023-05-08 | Lima | -"}},
		{name: "DelegationWillInclude", date: "2023-05-10",
			text: "Kenyan President Samuel Otieno will pay an official visit to Peru on May 14. The Kenyan delegation will also include Foreign Minister Grace Wanjiru, Trade Minister Peter Kamau and business leaders.",
			want: []string{"Visit Grace Wanjiru, Peter Kamau, Samuel Otieno | 2023-05-14 | Peru | -"}},
		{name: "NoVisitNoMembers", date: "2023-05-10",
			text:   "Kenyan President Samuel Otieno met Peruvian President Ana Soto in Nairobi on Monday. The Peruvian delegation included Foreign Minister Luis Vega.",
			absent: []string{"Visit"}},
	})
}

// "during his visit to the island", "the minister's visit to the
// neighbouring country": the country named just before, not the visitor's
// own (GUIDELINES 6.3: the country the text names). The sentences are
// invented.
func TestVisitToTheCountryNamedBefore(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TheIsland", date: "2019-06-20",
			text: "Chile donated 3,000 tons of wheat to Jamaica on June 20, following a pledge made in March by Chilean President Ana Soto during her visit to the island.",
			want: []string{"Visit Ana Soto | 2019-03 | Jamaica | -"}},
		{name: "TheNeighbouringCountry", date: "2019-06-20",
			text:   "Today, Peruvian Foreign Minister Luis Vega met a group of ambassadors in Quito. The meeting, held at the embassy during the minister's visit to the neighbouring country, addressed trade.",
			want:   []string{"Visit Luis Vega | 2019-06-20 | Ecuador | -"},
			absent: []string{"Visit Luis Vega | - | Peru"}},
		{name: "NotTheVisitorsOwn", date: "2019-06-20",
			text:   "Chilean President Ana Soto said Chile would help. She spoke during her visit to the country's north.",
			absent: []string{"Visit Ana Soto | - | Chile"}},
	})
}
