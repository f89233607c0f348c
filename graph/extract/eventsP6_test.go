package extract_test

import "testing"

// TestEventMetTitledNameThenWith: "met" a person named behind titles,
// then a clause with "with" ("met Kenyan President X and spoke with
// her"): the titled name is the one met, not the pronoun after "with".
// The sentences are invented.
func TestEventMetTitledNameThenWith(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MetTitledNameAndChattedWithHer", date: "2022-06-10",
			text: "Peruvian President Ana Lopez met Chilean President Jorge Ruiz in Lima on Monday.\n\nShe also met Kenyan Foreign Minister Grace Wanjiru and chatted with her.",
			want: []string{"Meeting Ana Lopez, Grace Wanjiru | 2022-06-06 | Lima | -"}},
		{name: "MetOnDayWithStillReadsWith", date: "2022-06-10",
			text: "Peruvian President Ana Lopez met on Monday with Chilean President Jorge Ruiz.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz | 2022-06-06 | - | -"}},
	})
}

// TestEventCredentialsTitleAfterName: the envoys of a credentials
// ceremony named with their title after the name ("A, Ambassador of X;
// B, Ambassador of Y", "B assumed charge as the Ambassador of Y") are
// envoys: each of them at the ceremony, and a meeting with each when the
// head of state "met individually with each of the ambassadors"; not the
// head of state who "acknowledged their posting as Ambassadors".
func TestEventCredentialsTitleAfterName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MetEachOfTheEnvoys", date: "2021-03-10",
			text:   "On Wednesday, President Ana Lopez accepted the credentials of ambassadors of three nations. President Lopez acknowledged their posting as Ambassadors in Peru by accepting the credentials. Those who presented their credentials were the Ambassador of Kenya, John Kamau; the Ambassador of Chile, Paul Brandt; and the Ambassador of Spain, Rosa Gil. Following the ceremony, the President met individually with each of the three Ambassadors.",
			want:   []string{"Meeting Ana Lopez, John Kamau | 2021-03-10 | Peru | -", "Meeting Ana Lopez, Paul Brandt | 2021-03-10 | Peru | -", "Meeting Ana Lopez, Rosa Gil | 2021-03-10 | Peru | -"},
			absent: []string{"Meeting Ana Lopez, John Kamau, Paul Brandt"}},
		{name: "AssumedChargeAsAmbassador", date: "2025-10-03",
			text: "President Ana Lopez on Thursday accepted the credentials of newly appointed envoys from Chile, Spain and Canada at the palace in Lima. Paul Brandt presented his credentials as the Ambassador of Chile. Rosa Gil assumed charge as the Ambassador of the Kingdom of Spain, while John Smith joined as the High Commissioner of Canada.",
			want: []string{"Meeting Ana Lopez, John Smith, Paul Brandt, Rosa Gil | 2025-10-02 | Lima | -"}},
	})
}

// TestEventAlsoPresentAfterMeeting: "X was also present." after a
// meeting puts X at that meeting when no summit is near, also when the
// sentence between says what the meeting was about ("The meeting focused
// on political consultations between the two governments": the talks of
// that meeting, no other).
func TestEventAlsoPresentAfterMeeting(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AlsoPresent", date: "2022-11-29",
			text: "Foreign Minister Ana Lopez held a meeting with the Deputy Prime Minister of Chile Jorge Ruiz. Chilean Minister for Mines Paul Brandt was also present. They discussed trade.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz, Paul Brandt | 2022-11-29 | - | -"}},
		{name: "AlsoPresentAfterTopic", date: "2022-11-29",
			text: "Foreign Minister Ana Lopez met Chile's Foreign Minister Jorge Ruiz in Santiago.\n\nThe meeting focused on political consultations between the two governments. Special Envoy for Chile Ambassador Paul Brandt was also present.",
			want: []string{"Meeting Ana Lopez, Jorge Ruiz, Paul Brandt | 2022-11-29 | Santiago | -"}},
	})
}

// TestEventAccompanyingDelegationList: "is accompanied by a high-level
// delegation including A, B …" and "is accompanied by Foreign Minister A,
// Finance Minister B and C" put each named member on the visit
// (GUIDELINES 6.3: a visitor and those accompanying them); a meeting of
// which only the visitor's side was read gains no companions (it stays no
// event).
func TestEventAccompanyingDelegationList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DelegationIncluding", date: "2019-10-08",
			text: "Prime Minister Ana Lopez arrived in Chile on Tuesday on a two-day official visit. Lopez is accompanied by a high-level delegation including the Foreign Minister Jorge Ruiz, Minister for Planning, Development and Reform Rosa Gil, Adviser to the Prime Minister on Commerce Juan Perez and senior officials.",
			want: []string{"Visit Ana Lopez, Jorge Ruiz, Juan Perez, Rosa Gil | 2019-10-08 | Chile | -"}},
		{name: "TitledList", date: "2018-09-18",
			text: "Prime Minister Ana Lopez has left Lima for a two-day visit to Chile. The premier is accompanied by Foreign Minister Jorge Ruiz, Finance Minister Paul Brandt and Information Minister Rosa Gil.",
			want: []string{"Visit Ana Lopez, Jorge Ruiz, Paul Brandt, Rosa Gil | - | Chile | -"}},
		{name: "OneSidedMeetingStaysNone", date: "2019-10-08",
			text:   "Prime Minister Ana Lopez arrived in Chile on Tuesday on a two-day official visit. The Ambassador of Peru to Chile was also present at the airport to receive Lopez. Lopez is accompanied by a high-level delegation including the Foreign Minister Jorge Ruiz and Minister for Planning Rosa Gil.",
			absent: []string{"Meeting"}},
	})
}
