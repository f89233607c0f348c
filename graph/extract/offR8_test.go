package extract_test

import "testing"

// A title whose jurisdiction neither the sentence nor the context gives,
// in a story whose office holders serve one government more than any
// other: that government's post ("Finance Minister X will act as prime
// minister in Y's absence", a delegation's list). Not where the sentence
// names other countries, nor for an envoy. The sentences are invented.
func TestTitleOfTheStorysGovernment(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ActsInTheLeadersAbsence", date: "2019-03-04",
			text: "Jamaican Prime Minister Andrew Holness will pay an official visit to Japan and Korea on March 14. " +
				"He will be accompanied by Foreign Minister Kamina Johnson Smith. " +
				"Finance Minister Nigel Clarke will act as prime minister in Holness's absence.",
			want: []string{"holds Nigel Clarke | Finance Minister | Jamaica"}},
		{name: "ListWithARank", date: "2019-03-04",
			text: "Ghanaian President Nana Akufo-Addo will travel to Brazil and Chile on Monday. " +
				"The delegation includes Foreign Minister Shirley Botchway and Chief of Defence Staff Rear Admiral Seth Amoama.",
			want: []string{"holds Seth Amoama | Chief of Defence Staff | Ghana"}},
		{name: "SentenceNamesAnotherCountry", date: "2019-03-04",
			text: "Jamaican Prime Minister Andrew Holness will pay an official visit to Japan and Korea on March 14. " +
				"He will be accompanied by Foreign Minister Kamina Johnson Smith. " +
				"On Friday he met the Korean lawmakers Lee Min-ho and Park Ji-sung.",
			absent: []string{"holds Lee Min-ho | Member of Parliament | Jamaica"}},
		{name: "VisitorMetByTheHosts", date: "2023-02-22",
			text: "Leota Sefo was met by Tonga's Minister for Tourism, Viliami Taufa. " +
				"PM Leota will join the leaders for their retreat on Friday. " +
				"Tonga's Prime Minister, Siaosi Kupu, will host the meeting. " +
				"The chair of the group will pass from Tonga to Palau.",
			absent: []string{"holds Leota Sefo | Prime Minister | Tonga"}},
		{name: "NoEnvoy", date: "2019-03-04",
			text: "Jamaican Prime Minister Andrew Holness will pay an official visit to Japan and Korea on March 14. " +
				"He will be accompanied by Foreign Minister Kamina Johnson Smith. " +
				"Ambassador Leo Park greeted him at the airport.",
			absent: []string{"holds Leo Park | Ambassador | Jamaica"}},
	})
}

// "In his meeting with [TITLE] X, the TITLE raised …": a title after the
// comma that a verb follows is the subject of the main clause, also when
// the one met has titles of his own in front of his name or in
// apposition before it. The sentences are invented.
func TestSubjectAfterTitledObject(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TitleInFront", date: "2016-09-20",
			text:   "In his meeting with Foreign Minister Ana Torres of Peru, the Secretary-General raised the situation in the region.",
			want:   []string{"holds Ana Torres | Foreign Minister | Peru"},
			absent: []string{"holds Ana Torres | Secretary-General | UN"}},
		{name: "TwoTitlesInFront", date: "2016-09-20",
			text:   "In his meeting with Deputy Prime Minister and Chile's Minister for Foreign Affairs Ana Torres, the Secretary-General expressed appreciation for Chile's support.",
			absent: []string{"holds Ana Torres | Secretary-General | UN"}},
		{name: "TitleInApposition", date: "2016-09-20",
			text:   "In his meeting with Peru's Minister for Foreign Affairs, Ana Torres, the Secretary-General raised the situation in the region.",
			want:   []string{"holds Ana Torres | Foreign Minister | Peru"},
			absent: []string{"holds Ana Torres | Secretary-General | UN"}},
		// not governed: the apposition is the person's
		{name: "Apposition", date: "2016-09-20",
			text: "Ana Torres, the Secretary-General of the Andean Community, raised the situation in the region.",
			want: []string{"holds Ana Torres | Secretary-General | Andean Community"}},
	})
}
