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

// TestEventTripEndsWithArrivalHome: "wrapped up a trip to Y, arriving in
// HOME-CITY on Thursday" is one Visit, to Y (GUIDELINES 6.3: the place of
// the trip), not a visit to the traveller's own capital; an arrival
// abroad stays what it was.
func TestEventTripEndsWithArrivalHome(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivingHome", date: "2021-11-26",
			text:   "Peruvian President Ana Lopez wrapped up a three-day official trip to Chile, arriving in Lima on Thursday evening.",
			want:   []string{"Visit Ana Lopez | - | Chile | -"},
			absent: []string{"Visit Ana Lopez | 2021-11-25 | Lima", "Visit Ana Lopez | - | Lima"}},
		{name: "ConcludedVisitArrivingHome", date: "2021-11-26",
			text:   "Kenyan Foreign Minister John Kamau concluded a four-day state visit to Ghana, arriving in Nairobi on Friday.",
			want:   []string{"Visit John Kamau | - | Ghana | -"},
			absent: []string{"Visit John Kamau | 2021-11-26 | Nairobi"}},
	})
}
