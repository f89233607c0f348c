package extract_test

import "testing"

// TestEventDelegationSubjectIsItsLeader: "The Peruvian delegation (also)
// held talks with X" after "a Peruvian delegation led by Y" is a meeting
// of Y and X (GUIDELINES 6.3: named persons taking part); a delegation of
// another country, or a bare "the delegation", stands for no one.
func TestEventDelegationSubjectIsItsLeader(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DemonymDelegationHeldTalks", date: "2019-05-16",
			text: "A senior Peruvian Government delegation led by Mr. Juan Perez, adviser to the President, is conducting a working visit to Kenya.\n\nThe senior Peruvian delegation held talks with Ms. Grace Wanjiru, Deputy Minister of Trade, on investment.\n\nOn 14 May the Peruvian delegation also held talks with the Vice Minister of Foreign Affairs, Mr. John Kamau on regional issues.",
			want: []string{"Meeting Grace Wanjiru, Juan Perez | 2019-05-16 | Kenya | -", "Meeting John Kamau, Juan Perez | 2019-05-14 | Kenya | -"}},
		{name: "PassiveHeadedBy", date: "2019-05-16",
			text: "The Chilean delegation was headed by Foreign Minister Rosa Gil. On Tuesday the Chilean delegation met Kenyan President Paul Otieno in Nairobi.",
			want: []string{"Meeting Paul Otieno, Rosa Gil | 2019-05-14 | Nairobi | -"}},
		{name: "OtherCountrysDelegation", date: "2019-05-16",
			text:   "A Peruvian delegation led by Mr. Juan Perez is in Nairobi. The Chilean delegation held talks with Ms. Grace Wanjiru, Deputy Minister of Trade.",
			absent: []string{"Meeting Grace Wanjiru, Juan Perez", "Meeting Juan Perez"}},
		{name: "BareDelegation", date: "2019-05-16",
			text:   "A Peruvian delegation led by Mr. Juan Perez is in Nairobi. The delegation also held talks with Ms. Grace Wanjiru, Deputy Minister of Trade.",
			absent: []string{"Meeting Grace Wanjiru, Juan Perez", "Meeting Juan Perez"}},
	})
}
