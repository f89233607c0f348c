package extract_test

import "testing"

// TestEventOtherSideNearby: a meeting has two sides (GUIDELINES 6.3: both
// sides of a meeting or call). A meeting whose people the verb or noun
// read as one named person takes the other persons its sentence names
// ("on a state visit at the invitation of President Y for talks", "met
// the EU special representative for the Sahel, Y, …") or the next one
// ("Both X and Y discussed …"), or, read with nobody else at all, the
// persons the next sentence names; a meeting read with both sides takes
// no one else, nor one with a person of another event of its sentence.
func TestEventOtherSideNearby(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InvitationForTalks", date: "2015-04-14",
			text: "President of Ghana, Kwame Mensah, arrived in Lima early Tuesday on a three-day state visit at the invitation of President Ana Lopez for talks on bilateral matters, officials said.",
			want: []string{"Meeting Ana Lopez, Kwame Mensah | 2015-04-14 | Lima | -"}},
		{name: "TitleWithTopicThenName", date: "2019-09-24",
			text: "Mr Kamau also met the EU special representative on Sahel stability, Peter Miller, for the first time since the talks broke down. Both Mr Kamau and Mr Miller discussed the regional security situation.",
			want: []string{"Meeting Kamau, Miller, Special Representative | 2019-09-24 | - | -"}},
		{name: "BothSidesRead", date: "2019-09-24",
			text:   "Kenyan Foreign Minister John Kamau met Ghanaian Foreign Minister Kofi Boateng in Accra on Monday. Nigerian President Musa Bello is expected in Lagos next week.",
			want:   []string{"Meeting John Kamau, Kofi Boateng | 2019-09-23 | Accra | -"},
			absent: []string{"Meeting John Kamau, Kofi Boateng, Musa Bello"}},
		{name: "NextSentenceNamesTheOtherSide", date: "2019-09-24",
			text: "Kenyan Foreign Minister John Kamau held talks in Geneva on Monday. Ghanaian Foreign Minister Kofi Boateng said the two countries would expand trade.",
			want: []string{"Meeting John Kamau, Kofi Boateng | 2019-09-23 | Geneva | -"}},
		{name: "OtherMeetingOfTheSentence", date: "2019-09-24",
			text:   "Kenyan Foreign Minister John Kamau held talks with the US defense secretary in Washington and will meet UN Secretary-General Maria Costa in New York.",
			absent: []string{"Meeting Defense Secretary, John Kamau, Maria Costa"}},
	})
}
