package extract_test

import "testing"

// Event participants, round 11: who the text puts at an event. Invented
// sentences (none from the evaluation corpus or the probe sets).

// TestAttendanceChain: sentences that go on telling who attended ("Also
// present were …", "Bolivia was represented by …", lines of names after
// "attended by the following leaders:") put their people at the gathering
// the sentence before filled; "X presided." puts X at the gathering just
// told.
func TestAttendanceChain(t *testing.T) {
	checkShapes(t, []shape{
		{name: "RepresentedAndAlsoPresent", date: "2021-03-09",
			text: "The Lakes Summit was held in Nairobi on 8 March 2021. It discussed trade and water. " +
				"The leaders also adopted a declaration on fisheries. " +
				"Other members of the summit in attendance were President Ana Lopez of Peru and President Jorge Ruiz of Chile. " +
				"Bolivia was represented by Foreign Minister Mario Soto. " +
				"Special guests in attendance were Prime Minister Paul Brandt of Fiji.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Mario Soto, Paul Brandt | 2021-03-08 | Nairobi | -"}},
		{name: "Presided", date: "2021-03-09",
			text: "The Lakes Summit was held in Nairobi on 8 March 2021. President Ana Lopez of Kenya presided.",
			want: []string{"Summit Ana Lopez | 2021-03-08 | Nairobi | -"}},
		{name: "LinesOfNames", date: "2021-03-09",
			text: "The Lakes Summit was held in Nairobi on 8 March 2021.\n\nThe Summit was attended by the following Heads of State:\n\n" +
				"Peru : President Ana Lopez\nChile : President Jorge Ruiz\n\nBolivia : Foreign Minister Mario Soto\nFiji : Prime Minister Paul Brandt",
			want: []string{"Summit Ana Lopez, Jorge Ruiz, Mario Soto, Paul Brandt | 2021-03-08 | Nairobi | -"}},
		{name: "ProseAfterTheList", date: "2021-03-09",
			text: "The Lakes Summit was held in Nairobi on 8 March 2021.\n\nThe Summit was attended by the following Heads of State:\n\n" +
				"Peru : President Ana Lopez\nChile : President Jorge Ruiz\n\nForeign Minister Mario Soto of Bolivia said the talks were useful.",
			want:   []string{"Summit Ana Lopez, Jorge Ruiz | 2021-03-08 | Nairobi | -"},
			absent: []string{"Summit Ana Lopez, Jorge Ruiz, Mario Soto"}},
		{name: "NoChainAcrossASentence", date: "2021-03-09",
			text: "The Lakes Summit was held in Nairobi on 8 March 2021. Present were President Ana Lopez of Peru and President Jorge Ruiz of Chile. " +
				"Trade was the main topic. The drought was discussed too. Mario Soto was represented by his deputy in Lima.",
			want:   []string{"Summit Ana Lopez, Jorge Ruiz | 2021-03-08 | Nairobi | -"},
			absent: []string{"Summit Ana Lopez, Jorge Ruiz, Mario Soto"}},
	})
}

// TestCompanions: a sentence of its own that tells who went with the
// visitor puts them in the visitor's visit (GUIDELINES 6.3), after a
// description and a comma too; the one accompanied is read before the
// verb, in an apposition, or after the active verb.
func TestCompanions(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DescriptionCommaName", date: "2021-06-17",
			text: "President Ana Lopez of Peru arrived in Santiago on Thursday on a state visit. " +
				"Lopez was accompanied by Peru's candidate for the post of envoy, Ambassador Mario Soto.",
			want: []string{"Visit Ana Lopez, Mario Soto | 2021-06-17 | Santiago | -"}},
		{name: "AppositionSubject", date: "2021-06-17",
			text: "President Ana Lopez of Peru arrived in Santiago on Thursday on a state visit. " +
				"At the airport, the Peruvian President, accompanied by the first lady, Rosa Lopez, was greeted by a band.",
			want: []string{"Visit Ana Lopez, Rosa Lopez | 2021-06-17 | Santiago | -"}},
		{name: "ActiveAccompanying", date: "2021-06-17",
			text: "President Ana Lopez of Peru arrived in Santiago on Thursday on a state visit. " +
				"Officials said the talks would cover trade. " +
				"According to the ministry, Foreign Minister Mario Soto, Trade Minister Paul Brandt and senior officials are accompanying President Lopez during the visit.",
			want: []string{"Visit Ana Lopez, Mario Soto, Paul Brandt | 2021-06-17 | Santiago | -"}},
		{name: "SaidIsNoCompanion", date: "2021-06-17",
			text: "President Ana Lopez of Peru arrived in Santiago on Thursday on a state visit. " +
				"Foreign Minister Mario Soto said Trade Minister Paul Brandt would accompany Lopez.",
			want:   []string{"Visit Ana Lopez, Paul Brandt | 2021-06-17 | Santiago | -"},
			absent: []string{"Visit Ana Lopez, Mario Soto"}},
		{name: "OtherPersonsTrip", date: "2021-06-17",
			text: "President Ana Lopez of Peru arrived in Santiago on Thursday on a state visit. " +
				"Foreign Minister Mario Soto was accompanied by his deputy, Paul Brandt.",
			want:   []string{"Visit Ana Lopez | 2021-06-17 | Santiago | -"},
			absent: []string{"Visit Ana Lopez, Paul Brandt"}},
	})
}

// TestChairHandover: a summit's chair passed on ("passing the presidency
// to …", "the leadership of the summit went from A to B") puts both sides
// at the summit; a chair word with no handover adds no one.
func TestChairHandover(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PassingToApposedName", date: "2021-06-17",
			text: "President Ana Lopez of Peru opened the Andean Summit in Lima on Wednesday. " +
				"Lopez closed the summit by passing the rotating presidency of the bloc to the president of Chile, Jorge Ruiz.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz | 2021-06-16 | Lima | -"}},
		{name: "FromTo", date: "2021-06-17",
			text: "The Andean Summit opened in Lima on Wednesday. " +
				"At the summit, the leadership of the bloc was handed from President Ana Lopez of Peru to President Jorge Ruiz of Chile.",
			want: []string{"Summit Ana Lopez, Jorge Ruiz | 2021-06-16 | Lima | -"}},
		{name: "NoHandover", date: "2021-06-17",
			text: "The Andean Summit opened in Lima on Wednesday with President Jorge Ruiz of Chile. " +
				"President Ana Lopez of Peru praised the leadership of the bloc from Santiago.",
			want:   []string{"Summit Jorge Ruiz | 2021-06-16 | Lima | -"},
			absent: []string{"Summit Ana Lopez"}},
	})
}

// TestSpouses: "X and his wife, Y" after X's arrival: Y is on the visit
// too; a spouse named with someone not on a trip joins nothing.
func TestSpouses(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HisWife", date: "2021-06-17",
			text: "President Ana Lopez of Peru arrived in Santiago on Thursday on a state visit. " +
				"Lopez and her husband, Mario Soto, were greeted at the airport by a band.",
			want: []string{"Visit Ana Lopez, Mario Soto | 2021-06-17 | Santiago | -"}},
		{name: "FirstLady", date: "2021-06-17",
			text: "President Jorge Ruiz of Chile arrived in Lima on Thursday on a state visit. " +
				"Ruiz and First Lady Carmen Vidal laid a wreath.",
			want: []string{"Visit Carmen Vidal, Jorge Ruiz | 2021-06-17 | Lima | -"}},
		{name: "NotTheTraveller", date: "2021-06-17",
			text: "President Jorge Ruiz of Chile arrived in Lima on Thursday on a state visit. " +
				"Foreign Minister Paul Brandt and his wife, Rosa Brandt, stayed home.",
			want:   []string{"Visit Jorge Ruiz | 2021-06-17 | Lima | -"},
			absent: []string{"Visit Jorge Ruiz, Rosa Brandt", "Visit Jorge Ruiz, Paul Brandt"}},
	})
}
