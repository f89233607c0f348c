package extract_test

import "testing"

// Shapes of office prose from real failures (readable sets), in invented
// sentences.
func TestOfficeShapesP5(t *testing.T) {
	checkShapes(t, []shape{
		// a national agency's story filed from another country: a
		// plain title is the dateline country's, not the agency's
		{name: "AgencyAbroadPlainTitle", date: "2019-04-02",
			text: "LIMA, Peru, April 2 (Kyodo) -- Floods have killed at least 40 people in the north of the country, officials said.\n\n" +
				"On Monday, Foreign Ministry Spokesman Carlos Medina said several countries had offered relief.",
			want:   []string{"holds Carlos Medina | Spokesperson | Peru"},
			absent: []string{"holds Carlos Medina | Spokesperson | Japan"}},
		// (a title only some countries have stays the agency's own)
		{name: "AgencyAbroadAgencyTitle", date: "2019-04-02",
			text: "Lima [Peru], April 2 (ANI): India delivered tents to Peru on Monday after the floods.\n\n" +
				"\"We stand with Peru,\" said Foreign Secretary Rohan Mehta.",
			want:   []string{"holds Rohan Mehta | Foreign Secretary | India"},
			absent: []string{"holds Rohan Mehta | Foreign Secretary | Peru"}},
		// an envoy in a story filed from where he is posted serves the
		// other country the story names, not the dateline's
		{name: "EnvoyAtDatelineHost", date: "2021-08-14",
			text: "Accra: High Commissioner Rajan Pillai handed over medicines from the people of Nigeria to Health Minister Kofi Mensah in Accra on Friday.\n\n" +
				"More assistance from Nigeria will follow, officials said.",
			want:   []string{"holds Rajan Pillai | High Commissioner | Nigeria", "holds Kofi Mensah | Health Minister | Ghana"},
			absent: []string{"holds Rajan Pillai | High Commissioner | Ghana"}},
		// (an envoy the title posts elsewhere is the dateline's own)
		{name: "EnvoyPostedElsewhere", date: "2014-06-17",
			text: "NAIROBI, June 17 (Xinhua) -- The new cabinet was sworn in on Tuesday.\n\n" +
				"The cabinet includes former ambassador to Washington Peter Kamau, who was named trade minister.",
			absent: []string{"holds Peter Kamau | Ambassador | China", "office Ambassador | China"}},
		// a cabinet's line-up: "will serve as", a parenthesis between
		// the name and "has been appointed as", "who" with no comma
		{name: "CabinetLineUp", date: "2019-05-12",
			text: "DHAKA: The new cabinet of Bangladesh took oath on Sunday.\n\n" +
				"Kamal Hossain will serve as the minister of foreign affairs in the new cabinet.\n\n" +
				"Rafiq Ahmed, an economist, has been appointed as minister of finance while Nurul Islam will serve as minister of defense.\n\n" +
				"Salma Begum, who is also known as Salma Khatun, has been appointed as minister of information.\n\n" +
				"The cabinet also includes Anwar Hossain who was appointed as trade minister.",
			want: []string{"holds Kamal Hossain | Foreign Minister | Bangladesh", "holds Rafiq Ahmed | Finance Minister | Bangladesh",
				"holds Nurul Islam | Defence Minister | Bangladesh", "holds Salma Begum | Information Minister | Bangladesh",
				"holds Anwar Hossain | Trade Minister | Bangladesh"},
			absent: []string{"holds Salma Khatun"}},
		// (a parenthesis that names a title is no parenthesis)
		{name: "ParenthesisWithTitle", date: "2019-05-12",
			text:   "DHAKA: Rafiq Ahmed, the finance minister, has been appointed as head of the panel.",
			want:   []string{"holds Rafiq Ahmed | Finance Minister | Bangladesh"},
			absent: []string{"holds Rafiq Ahmed | Head"}},
		// a monarch's title word after a form of address is a given
		// name: "Mr. Amir X Y", "Mawlawi Amir X Y", "Dr. Sultan X"
		{name: "TitleWordAfterFormOfAddress", date: "2023-06-08",
			text: "In Kabul the delegation met Mr. Amir Jan Durrani and Mawlawi Sultan Ahmad Zaheer, as well as Dr. Amir Rahimi.",
			want: []string{"person Amir Jan Durrani", "person Sultan Ahmad Zaheer", "person Amir Rahimi"},
			absent: []string{"holds Jan Durrani", "holds Amir Jan Durrani", "holds Ahmad Zaheer", "holds Sultan Ahmad Zaheer",
				"holds Rahimi", "holds Amir Rahimi", "office Emir", "office Sultan"}},
		// (after a title too, where the title is not of a sultanate)
		{name: "SultanNameAfterTitle", date: "2023-06-08",
			text:   "Pakistan's Interior Minister Sultan Mahmood Qadir met the visiting delegation.",
			want:   []string{"holds Sultan Mahmood Qadir | Interior Minister | Pakistan"},
			absent: []string{"office Sultan"}},
		// (and a monarch's style keeps the title)
		{name: "MonarchStyleKeepsTitle", date: "2023-06-08",
			text: "H.H. Amir Sheikh Tamim bin Hamad Al Thani received the visiting minister in Doha.",
			want: []string{"holds Tamim bin Hamad Al Thani | Emir | Qatar"}},
		// a title no sentence places: the country whose people the
		// story's first subject is ("A Danish aircraft … has been
		// dispatched")
		{name: "LeadSubjectDemonym", date: "2021-04-16",
			text: "A Danish aircraft carrying humanitarian aid has been dispatched to Armenia to help those caught up in the fighting.\n\n" +
				"Fighting flared up in the region, which is part of Azerbaijan, last year.\n\n" +
				"Deputy FM Lars Holm said the aid was intended for people who had suffered in the conflict.",
			want:   []string{"holds Lars Holm | Deputy Foreign Minister | Denmark"},
			absent: []string{"holds Lars Holm | Deputy Foreign Minister | Armenia", "holds Lars Holm | Deputy Foreign Minister | Azerbaijan"}},
		// (a demonym that is not the subject's says nothing)
		{name: "LeadDemonymNotSubject", date: "2021-04-16",
			text: "Fighting in the Danish-run camp, which is part of Azerbaijan, flared up last year.\n\n" +
				"Deputy FM Lars Holm said the aid was intended for people who had suffered in the conflict.",
			absent: []string{"holds Lars Holm | Deputy Foreign Minister | Denmark"}},
		// "Communication Minister", singular, is the Communications
		// Minister, also set off by a comma before the name
		{name: "CommunicationMinisterSingular", date: "2012-10-09",
			text: "Kenya Communication Minister, Otieno Kamau and other senior officials received the visiting president on his arrival in Nairobi.",
			want: []string{"holds Otieno Kamau | Communications Minister | Kenya"}},
		// counterparts listed by country, one name after a form of
		// address
		{name: "CounterpartsWithFormOfAddress", date: "2023-06-08",
			text:   "ISLAMABAD: At the dialogue in May, Foreign Minister Ali Raza and his Chinese and Afghan counterparts Wang Lei and Mawlawi Amir Jan Jalali, respectively, held productive discussions.",
			want:   []string{"holds Amir Jan Jalali | Foreign Minister | Afghanistan", "holds Wang Lei | Foreign Minister | China"},
			absent: []string{"holds Jan Jalali", "holds Amir Jan Jalali | Emir"}},
	})
}
