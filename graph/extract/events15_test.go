package extract_test

import "testing"

// Events, round 15: shapes of real news prose (invented sentences, none
// from the evaluation corpus).

// TestEventPhoneTalksDate: "held telephone talks", "had a conversation
// over the phone": the mode word is no verb of its own, so the day told
// before it dates the call.
func TestEventPhoneTalksDate(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TelephoneTalks", date: "2019-05-06",
			text: "On Monday, May 6, Ms. Ana Lopez, Minister for Foreign Affairs of Peru, held telephone talks with Mr. Paul Brandt, Minister of Foreign Affairs of Chile.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2019-05-06 | - | phone"}},
		{name: "ConversationOverThePhone", date: "2019-05-09",
			text: "On Thursday, May 9, Ms. Ana Lopez, Minister for Foreign Affairs of Peru, had a conversation over the phone with Mr. Paul Brandt, Minister of Foreign Affairs of Chile.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2019-05-09 | - | phone"}},
	})
}

// TestWeekdayNextRank: "to the next level" is no word of the future: a
// past "on Monday" stays the Monday before the story.
func TestWeekdayNextRank(t *testing.T) {
	checkShapes(t, []shape{
		{name: "NextLevel", date: "2023-03-08",
			text:   "Prime Minister Ana Lopez and Chilean President Paul Brandt on Monday, during a phone call, set out a plan to take ties to the next level.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2023-03-06 | - | phone"},
			absent: []string{"Meeting Ana Lopez, Paul Brandt | 2023-03-13"}},
		{name: "NextWeek", date: "2023-03-08",
			text: "Prime Minister Ana Lopez will on Monday hold talks with Chilean President Paul Brandt in Lima, and more talks are planned next week.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2023-03-13 | Lima | -"}},
	})
}

// TestThisMonthName: "this October" is the article's year's October, past
// or ahead.
func TestThisMonthName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ThisOctoberAhead", date: "2022-06-12",
			text: "The meeting prepares the summit of Andean leaders in Lima this October.",
			want: []string{"Summit - | 2022-10 | Lima | -"}},
	})
}

// TestEventWithinFramework: a meeting "within the framework of" or "on the
// occasion of" a named gathering is held on its sidelines: there and then.
func TestEventWithinFramework(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WithinFramework", date: "2021-07-22",
			text: "Kenyan Foreign Minister John Kamau met Peruvian Foreign Minister Ana Lopez within the framework of the 19th Summit of the Andean Community held in Lima, Peru.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-07-22 | Lima | -", "Summit Ana Lopez, John Kamau | 2021-07-22 | Lima | -"}},
		{name: "OnTheOccasion", date: "2021-07-22",
			text: "President Ana Lopez will visit Kenya on the occasion of the Nairobi Summit of the East African Community next year.",
			want: []string{"Visit Ana Lopez | 2022 | Kenya | -"}},
	})
}

// TestEventCredentialsList: the sentence after a credentials ceremony
// that lists the envoys ("The ambassadors are A from X, B from Y") names
// its people; the day told before the verb dates it.
func TestEventCredentialsList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AmbassadorsAre", date: "2022-03-09",
			text: "Peruvian President Ana Lopez on Wednesday received the credentials of three new ambassadors to Peru at the palace in Lima.\n\nThe ambassadors are Ambassador John Kamau from Kenya, Ambassador Paul Brandt from Chile and Ambassador Rosa Gil from Spain.\n\nLopez welcomed the envoys.",
			want: []string{"Meeting Ana Lopez, John Kamau, Paul Brandt, Rosa Gil | 2022-03-09 | Lima | -"}},
		{name: "NotAfterOtherSentence", date: "2022-03-09",
			text:   "Peruvian President Ana Lopez on Wednesday received the credentials of three new ambassadors to Peru at the palace in Lima.\n\nLopez welcomed the envoys.\n\nThe ambassadors are said to admire Foreign Minister Rosa Gil.",
			want:   []string{"Meeting Ana Lopez | 2022-03-09 | Lima | -"},
			absent: []string{"Meeting Ana Lopez, Rosa Gil"}},
	})
}

// TestEventCredentialsNoList: "The ambassadors are said to …" right after
// the ceremony lists nobody.
func TestEventCredentialsNoList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AreSaidTo", date: "2022-03-09",
			text:   "Peruvian President Ana Lopez on Wednesday received the credentials of three new ambassadors to Peru at the palace in Lima.\n\nThe ambassadors are said to admire Foreign Minister Rosa Gil.",
			want:   []string{"Meeting Ana Lopez | 2022-03-09 | Lima | -"},
			absent: []string{"Meeting Ana Lopez, Rosa Gil"}},
	})
}

// TestEventAccredited: "X accredited four new ambassadors" tells the
// credentials ceremony; one told of another day is another ceremony;
// "ambassadors accredited to Y" tells none.
func TestEventAccredited(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AccreditedTwoDays", date: "2023-05-12",
			text: "Peruvian President Ana Lopez on Thursday in Lima accredited two new ambassadors.\n\nThe head of state received the credentials of the new ambassadors of Kenya, John Kamau, and Chile, Paul Brandt.\n\nOn Wednesday, President Lopez also accredited the ambassadors of Spain, Rosa Gil, and Japan, Kenji Sato.",
			want: []string{"Meeting Ana Lopez, John Kamau, Paul Brandt | 2023-05-11 | Lima | -", "Meeting Ana Lopez, Kenji Sato, Rosa Gil | 2023-05-10 | - | -"}},
		{name: "AccreditedTo", date: "2023-05-12",
			text:   "Ambassador John Kamau, who is accredited to Peru, met Foreign Minister Rosa Gil of Spain in Madrid.",
			absent: []string{"Meeting John Kamau |", "Meeting John Kamau, Rosa Gil | - | - |"}},
	})
}

// TestEventVehicleTravels: a vehicle that arrives or flies is no visit of
// the person who tells of it; a posting ("tour of duty") is no trip.
func TestEventVehicleTravels(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HelicoptersArrive", date: "2021-07-22",
			text:   "Navy spokesman Captain John Kamau said that six Kenyan helicopters were scheduled to arrive in Peru on Monday.",
			absent: []string{"Visit John Kamau"}},
		{name: "AircraftWithRations", date: "2021-07-22",
			text:   "Navy spokesman Captain John Kamau said an aircraft with dry rations and drugs was also scheduled to arrive in Peru from Kenya on Monday.",
			absent: []string{"Visit John Kamau"}},
		{name: "PersonArrives", date: "2021-07-24",
			text: "Navy spokesman Captain John Kamau said that Foreign Minister Rosa Gil of Kenya was scheduled to arrive in Peru on Monday.",
			want: []string{"Visit Rosa Gil | 2021-07-26 | Peru | -"}},
		{name: "TourOfDuty", date: "2021-07-22",
			text:   "President Ana Lopez assured Ambassador Rosa Gil of Spain of all support during her tour of duty in Peru.",
			absent: []string{"Visit"}},
	})
}
