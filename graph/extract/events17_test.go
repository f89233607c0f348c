package extract_test

import "testing"

// A credentials ceremony is told over several sentences: the envoys the
// next sentences name ("first received the Ambassador of X, A", "it was
// the turn of the ambassador of Y, B", "the next to present his
// credentials") are at it; "a conversation with each of the ambassadors"
// makes it one Meeting per envoy (GUIDELINES 6.2). The sentences are
// invented.
func TestEventCredentialsCeremony(t *testing.T) {
	checkShapes(t, []shape{
		{name: "EachOfTheAmbassadors", date: "2022-05-11",
			text: "Four new ambassadors accredited to Peru presented their credentials to the President yesterday at the palace.\n\n" +
				"President Ana Lopez, who was accompanied by Foreign Minister Jorge Ruiz, first received the Ambassador of Kenya, John Kamau.\n\n" +
				"Afterwards, it was the turn of the Ghanaian ambassador, Kofi Mensah, former minister under President Paul Osei.\n\n" +
				"Each of the new ambassadors then had a private conversation with the President.",
			want:   []string{"Meeting Ana Lopez, John Kamau, Jorge Ruiz | 2022-05-10 | - | -", "Meeting Ana Lopez, Jorge Ruiz, Kofi Mensah | 2022-05-10 | - | -"},
			absent: []string{"Paul Osei"}},
		{name: "PresentationOfTheAmbassadors", date: "2022-05-11",
			text: "President Ana Lopez received the official presentation of the Ambassadors of Kenya, John Kamau; Ghana, Kofi Mensah, and Norway, Lars Berg.\n\n" +
				"A protocol conversation was also held with each of the Ambassadors.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2022-05-11 | - | -", "Meeting Ana Lopez, Kofi Mensah | 2022-05-11 | - | -", "Meeting Ana Lopez, Lars Berg | 2022-05-11 | - | -"}},
		{name: "NextToPresent", date: "2022-05-11",
			text: "President Ana Lopez has received letters of credence from three new ambassadors.\n\n" +
				"John Kamau from Kenya was the first to present his credentials to the President.\n\n" +
				"He spoke of the ties between Kenya and Peru.\n\n" +
				"Kofi Mensah from Ghana was the next to present his credentials to President Lopez.",
			want:   []string{"Meeting Ana Lopez, John Kamau, Kofi Mensah | 2022-05-11 | - | -"},
			absent: []string{"Meeting Ana Lopez, John Kamau |"}},
		{name: "ReceptionForTheAmbassadors", date: "2022-05-11",
			text: "The new ambassadors of Kenya and Ghana presented their credentials to President Ana Lopez in Lima on Wednesday.\n\n" +
				"Following the presentation, the President hosted a reception for the ambassadors - John Kamau of Kenya and Kofi Mensah of Ghana.",
			want: []string{"Meeting Ana Lopez, John Kamau, Kofi Mensah | 2022-05-11 | Lima | -"}},
	})
}
