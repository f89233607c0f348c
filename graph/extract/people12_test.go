package extract_test

import "testing"

// Names and places read from real failures' shapes (readR1–R4, readM1,
// readM2, tune): the sentences are invented.
func TestPeopleShapesR5(t *testing.T) {
	checkShapes(t, []shape{
		// a photo's caption in title case: names after countries'
		// possessives are persons, other capitals say nothing
		{name: "CaptionPossessives", date: "2019-05-26",
			text: "Kenya's Wanjiru Kamau, Ghana's Kofi Mensah Boateng and Senegal's Awa Diallo\n\n" +
				"The three presidents met in Accra on Sunday.",
			want: []string{"person Wanjiru Kamau", "person Kofi Mensah Boateng", "person Awa Diallo"}},
		{name: "HeadingStaysSilent", date: "2019-05-26",
			text: "Kenya's Trade Push Meets Ghana's Cocoa Board\n\n" +
				"The two presidents met in Accra on Sunday.",
			absent: []string{"person"}},
		// a name before "of" and the country the person comes from
		{name: "NameOfCountry", date: "2016-07-21",
			text: "The assembly was expected to elect Marie Joseph of Saint Lucia as speaker. Dwayne Lorde of Barbados was expected to take on the role of deputy speaker.",
			want: []string{"person Marie Joseph", "person Dwayne Lorde"}},
		{name: "ThingOfCountry", date: "2016-07-21",
			text:   "The loan came from the Development Bank of Barbados and the Hashemite Kingdom of Jordan.",
			absent: []string{"person"}},
		// a lone surname after a quote, the full name never given
		{name: "LoneSurnameAfterQuote", date: "2017-06-02",
			text: "\"Having won the required majority, the five states are elected members of the council,\" Ferrante said.",
			want: []string{"person Ferrante", "quote Ferrante | Having won the required majority, the five states are elected members of the council,"}},
		{name: "LoneBodyAfterQuote", date: "2017-06-02",
			text:   "Fighters of Kalimba attacked the town on Monday.\n\n\"We will not withdraw from the town,\" Kalimba said.",
			absent: []string{"person Kalimba"}},
		// a quote inside a sentence, a person named after it in a
		// phrase, the speaker right before the verb
		{name: "SpeakerAfterNamedPhrase", date: "2012-06-30",
			text: "Chile's President Ana Soto chaired the talks in Santiago.\n\n" +
				"The bloc decided to \"suspend the country until an election is held,\" after the removal of former president Juan Ortega, Soto said.",
			want: []string{"quote Ana Soto | suspend the country until an election is held,"}},
		// a title posted to a part of the world, in apposition before
		// the name; the post is the title the phrase begins with
		{name: "TitleInRegionApposed", date: "2002-12-18",
			text:   "The AU commissioner and the special representative of the UN secretary general in Central Africa, Jean-Paul Mbeki are also attending the summit.",
			want:   []string{"person Jean-Paul Mbeki", "holds Jean-Paul Mbeki | Special Representative of the Secretary-General | UN"},
			absent: []string{"holds Jean-Paul Mbeki | Secretary-General | UN"}},
		// a name, a comma, a country's possessive and a role in lower case
		{name: "CountryRoleApposed", date: "2002-12-18",
			text: "Kofi Adjei, Ghana's senior minister in charge of planning, represented the president.",
			want: []string{"person Kofi Adjei"}},
		{name: "CountryThingApposed", date: "2002-12-18",
			text:   "The talks were held in Port Loko, Sierra Leone's largest market town, on Monday.",
			absent: []string{"person"}},
		// a title word and its place, no office the lexicon reads, a
		// comma, then the name
		{name: "TitleOfPlaceApposed", date: "2019-06-21",
			text: "The aid was received in the presence of the Governor of Tessalit, Moussa Ag Ibrahim and Deputy Governor of Kidal, Hawa Traore, in addition to officials.",
			want: []string{"person Moussa Ag Ibrahim", "person Hawa Traore"}},
		{name: "TitleOfListApposed", date: "2019-06-21",
			text:   "He met the Minister of Trade, Industry and Tourism on Monday.",
			absent: []string{"person"}},
		// a short function word, capitalised inside a name
		{name: "FunctionWordInName", date: "2016-03-30",
			text: "The list was read by Speaker of the Parliament U Aung Kyaw Than at the ceremony.",
			want: []string{"person Aung Kyaw Than"}},
		{name: "FunctionWordAfterName", date: "2016-03-30",
			text: "The list was read by Foreign Minister Aung Kyaw, and The Times reported it.",
			want: []string{"person Aung Kyaw"}},
		// the article of a surname written apart once, joined once
		{name: "ArticleApartAndJoined", date: "2021-06-23",
			text: "The plane was received in Juba by Dr Hassan Al-Tayeb, the Minister of Health.\n\n" +
				"Al Tayeb thanked the donors for the vaccines.",
			want:   []string{"person Hassan Al-Tayeb"},
			absent: []string{"person Al Tayeb"}},
		{name: "ArticleJoinedThenApart", date: "2021-06-23",
			text: "The plane was received in Juba by Dr Hassan Al Tayeb, the Minister of Health.\n\n" +
				"Al-Tayeb thanked the donors for the vaccines.",
			want:   []string{"person Hassan Al Tayeb"},
			absent: []string{"person Al-Tayeb"}},
	})
}

// Places inside other names (GUIDELINES 1.2, 1.5).
func TestPlacesInsideNamesR5(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CityBeforeModifiedAccord", date: "2007-03-05",
			text:   "The ministers urged support for the Nairobi peace accord signed in 2006.",
			absent: []string{"city Nairobi"}},
		{name: "CityCriteria", date: "2004-05-01",
			text:   "Each candidate had to fulfil the Nairobi Criteria before joining.",
			absent: []string{"city Nairobi"}},
		{name: "CityStillPlace", date: "2007-03-05",
			text: "The ministers met in Nairobi on Monday.",
			want: []string{"city Nairobi"}},
		// a demonym that is also a continent's adjective, listed with
		// another continent's
		{name: "ContinentalAmerican", date: "2021-03-09",
			text:   "The vaccine is used in several European, African, Asian and American countries, the Angolan minister said.",
			want:   []string{"country Angola"},
			absent: []string{"country United States"}},
		{name: "StateDemonymWithContinent", date: "2021-03-09",
			text: "Kenyan and African officials met American and European envoys in Nairobi.",
			want: []string{"country Kenya", "country United States"}},
		{name: "TerritoryWithDemonym", date: "2021-02-09",
			text:   "Its members include Fiji, French Polynesia, Samoa and the British Virgin Islands.",
			want:   []string{"country Fiji"},
			absent: []string{"country France", "country United Kingdom"}},
	})
}
