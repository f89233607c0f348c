package extract_test

import "testing"

// A name in apposition with a role or title in lower case, after an
// article: the sentences are invented, on the shape of real failures
// (readR2).
func TestPeopleRoleApposed(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TitleAfterArticle", date: "2023-11-29",
			text: "The ship is due in port on Thursday, Omer Talay, the minister, said on Wednesday.\n\n" +
				"\u201cWe will keep helping the people of the region,\u201d he added.",
			want: []string{"person Omer Talay", "quote Omer Talay | We will keep helping the people of the region,"}},
		{name: "QualifiedRole", date: "2023-11-29",
			text: "Lena Varga, a senior official at the ministry, said the convoy had crossed.",
			want: []string{"person Lena Varga"}},
		{name: "QualifiedTitle", date: "2023-11-29",
			text: "The convoy crossed at dawn, Pedro Anselmo, a government spokesman, told reporters.",
			want: []string{"person Pedro Anselmo"}},
		// a thing's name with a title word inside a longer noun
		{name: "TitleWordInsideNoun", date: "2023-11-29",
			text:   "The ferry docked at Port Anselmo, the crown jewel of the coast, on Monday.",
			absent: []string{"person"}},
	})
}

// An airline named after its country names no country; China's name with
// the possessive left out is China, not the Republic of China (Taiwan).
func TestCountryNameForms(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AirlineNamedForCountry", date: "2021-12-15",
			text:   "The doses from Germany reached Manila on a Qatar Airways flight, and more came on Singapore Airlines.",
			want:   []string{"country Germany"},
			absent: []string{"country Qatar", "country Singapore"}},
		{name: "PeopleRepublicWithoutPossessive", date: "2019-10-12",
			text:   "Minister for Foreign Affairs of the People Republic of China Wang Yi met officials in Kathmandu.",
			want:   []string{"country China"},
			absent: []string{"country Taiwan"}},
	})
}
