package extract_test

import "testing"

// Names read from real failures' shapes (readR5, readR6, readA1, readA2,
// readM1): the sentences are invented; the leaders' rows are leaders.tsv's.
func TestPeopleShapesR9(t *testing.T) {
	checkShapes(t, []shape{
		// a name ending in a forebear's after "bin" is called by its given
		// name: the forebear's name alone is someone else
		{name: "PatronymNotSurname", date: "2019-03-04",
			text: "The envoy carried greetings from Emir Nasser and Crown Prince Tariq bin Nasser.",
			want: []string{"person Tariq bin Nasser", "person Nasser"}},
		{name: "PatronymGivenName", date: "2019-03-04",
			text: "Crown Prince Tariq bin Nasser received the delegation on Monday.\n\n" +
				"\"The talks have gone very well,\" Tariq said.",
			want: []string{"quote Tariq bin Nasser | The talks have gone very well,"}},
		// "ould" names are called by their last word
		{name: "OuldSurname", date: "2019-03-04",
			text: "Minister Sidi Ould Bellal received the delegation on Monday.\n\n" +
				"\"The talks have gone very well,\" Bellal said.",
			want: []string{"quote Sidi Ould Bellal | The talks have gone very well,"}},
		// envoys listed each with the country they come from, "from" or
		// "of", the country's name perhaps after "the"
		{name: "NamesFromCountries", date: "2019-08-28",
			text: "Others who presented credentials were Tomas Lepik from Estonia, Hawa Nizam from the Maldives, and Kaba Sylla of the Gambia.",
			want: []string{"person Tomas Lepik", "person Hawa Nizam", "person Kaba Sylla"}},
		{name: "ThingFromCountry", date: "2019-08-28",
			text:   "The cargo was carried by Baltic Freight Lines from Estonia and Ocean Relief from the Philippines.",
			absent: []string{"person"}},
		// "King X and his Crown Prince Y": the king's country
		{name: "AndHisTitle", date: "2021-01-05",
			text: "DUBAI: The summit was held under the patronage of King Salman and his Crown Prince Tariq Faisal, the minister said.",
			want: []string{"holds Tariq Faisal | Crown Prince | Saudi Arabia"}},
		{name: "AndTheTitle", date: "2021-01-05",
			text:   "DUBAI: The summit was held under the patronage of King Salman and the Crown Prince Tariq Faisal, the minister said.",
			absent: []string{"holds Tariq Faisal | Crown Prince | Saudi Arabia"}},
	})
}

// A leader the text names by a title and one word is named in full by the
// row of leaders.tsv that places the title, the text's word kept as an
// alternate name (GUIDELINES 1.1).
func TestLeaderWholeNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "KingFirstName", date: "2021-05-26",
			text: "The minister conveyed greetings from King Salman and Crown Prince Mohammed bin Salman.",
			want: []string{"person Salman bin Abdulaziz Al Saud", "person Mohammed bin Salman",
				"holds Salman bin Abdulaziz Al Saud | King | Saudi Arabia"}},
		{name: "PresidentSurname", date: "2019-03-04",
			text: "President Buhari told reporters on Monday that the talks had gone well.",
			want: []string{"person Muhammadu Buhari", "holds Muhammadu Buhari | President | Nigeria"}},
		{name: "FormOfAddressFirstName", date: "2023-09-15",
			text: "The UAE sent a plane of aid to Libya.\n\nThe flight comes after President Sheikh Mohamed on Monday ordered urgent aid to the region.",
			want: []string{"person Mohamed bin Zayed Al Nahyan"}},
		// a former holder is not placed by the table
		{name: "FormerStaysAsWritten", date: "2019-03-04",
			text:   "Former President Buhari told reporters on Monday that the talks had gone well.",
			absent: []string{"person Muhammadu Buhari"}},
		// two kings of that name reigned in 2008: the table cannot say
		{name: "TwoKingsStayAsWritten", date: "2008-08-11",
			text:   "King Abdullah received the delegation on Monday.",
			absent: []string{"person Abdullah "}},
		// a name the text gives in two words or more stays the text's
		{name: "TextNameStays", date: "2019-03-04",
			text:   "President Aliyu Buhari told reporters on Monday that the talks had gone well.",
			absent: []string{"person Muhammadu Buhari"}},
	})
}
