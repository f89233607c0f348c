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
