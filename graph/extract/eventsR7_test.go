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
