package extract_test

import "testing"

// Names read from real failures' shapes (readR3, readR4): the sentences
// are invented.
func TestPeopleShapesR3(t *testing.T) {
	checkShapes(t, []shape{
		// a title of title words joined by a hyphen is no word of the name
		{name: "HyphenatedTitle", date: "2024-12-11",
			text:   "The visitor will meet Prime Minister Jan Novak and Vice-Chancellor Anna Kowalska in Vienna.",
			want:   []string{"person Anna Kowalska"},
			absent: []string{"person Vice-Chancellor"}},
		// a name whose last word is also an ordinary word after a title
		// written out, whose portfolio is complete without it
		{name: "NameAfterPortfolio", date: "2024-03-28",
			text:   "Deputy Minister of Trade and Industry Rohan Mast also praised the exhibition in Lusaka.",
			want:   []string{"person Rohan Mast"},
			absent: []string{"person Industry"}},
		{name: "ProperAdjectiveOfPortfolio", date: "2024-03-28",
			text:   "The Minister of Culture and African Affairs also praised the exhibition in Lusaka.",
			absent: []string{"person"}},
		// "the monarch" stands for the king last named
		{name: "MonarchRefersToKing", date: "2017-12-12",
			text: "Bhutan's King Tashi Wangdi held talks in Thimphu with Nepal's President Ram Thapa on Tuesday.\n\n" +
				"The Bhutanese monarch said that \"the friendship of our two peoples will only grow\".",
			want: []string{"quote Tashi Wangdi | the friendship of our two peoples will only grow"}},
		// "Mahatma" is a form of address, not a word of the name
		{name: "MahatmaHonorific", date: "2024-06-22",
			text: "Before the talks, the visiting president laid a wreath at the memorial to Mahatma Varma.",
			want: []string{"person Varma"}},
		// a name of no ordinary word after a country's possessive
		{name: "CountryPossessive", date: "2024-11-20",
			text: "The troika comprises Mozambican President Ana Tembe and incoming chair, Malawi’s Tomas Nirina Chirwa.",
			want: []string{"person Tomas Nirina Chirwa"}},
		{name: "CountryPossessiveThing", date: "2024-11-20",
			text:   "The plan was drawn up with India’s Serum Institute and Japan’s Self-Defense Forces.",
			absent: []string{"person"}},
		// "his deputy, X": a role noun and a comma before the name
		{name: "DeputyApposed", date: "2024-12-21",
			text: "The minister was represented at the ceremony by his deputy, Rudo Chikore Mabika.",
			want: []string{"person Rudo Chikore Mabika"}},
		// a title of a city, the name after the city
		{name: "TitleOfCityName", date: "2008-05-17",
			text: "Ambassador Meera Rao and Consul General of Chengdu Vikram Sood were present at the airport.",
			want: []string{"person Vikram Sood"}},
		// "Said X:" puts the verb first: "Said" is no first name
		{name: "FrontedSaying", date: "2024-12-21",
			text:   "In a speech read on his behalf, Tembo said that the maize would reach the elderly first. Said Tembo:\n\nThe support we receive reflects a long friendship.",
			absent: []string{"person Said"}},
		// a storm's name is no person's
		{name: "StormName", date: "2016-10-23",
			text:   "The ships carry material to rebuild houses after Hurricane Lorenzo caused damage in Haiti.",
			want:   []string{"country Haiti"},
			absent: []string{"person"}},
		// a portfolio noun written with a hyphen ends a title, no name
		{name: "HyphenedPortfolioNoun", date: "2024-11-20",
			text:   "Present was Dr Amina Juma, the President of Kenya and Chairperson of the Committee on Defence and Security Co-operation.",
			want:   []string{"person Amina Juma"},
			absent: []string{"person Co-operation"}},
		// a broadcaster's name is no person's
		{name: "BroadcasterTold", date: "2016-10-23",
			text:   "The Interior Minister, Luis Pardo, told Caracola de Television that the ships had left.",
			want:   []string{"person Luis Pardo"},
			absent: []string{"person Caracola"}},
		// after a role noun, a given name a dictionary also lists as a word
		{name: "DictionaryWordNameAfterRoleNoun", date: "2016-06-25",
			text: "President Ortega’s wife Cilia Morales and Foreign Minister Ana Soto also took part in the talks.",
			want: []string{"person Cilia Morales"}},
	})
}

// A given name and the first of two family names is the person of the
// whole name, written once in full (an invented sentence).
func TestSecondFamilyNameLeftOff(t *testing.T) {
	got := view(run("2016-06-25", "Peruvian President Luis Vargas Ortega held talks with Chilean President Ana Soto in Lima.\n\n"+
		"Luis Vargas reiterated his support for the talks."))
	if !hasLine(got, "person Luis Vargas Ortega") || hasLine(got, "person Luis Vargas") {
		t.Errorf("want one person Luis Vargas Ortega, got %q", got)
	}
}
