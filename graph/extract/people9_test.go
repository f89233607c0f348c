package extract_test

import (
	"strings"
	"testing"
)

// A name joined by particles may have more than six tokens, and a name with
// a patronymic is the longer name it begins (invented text).
func TestLongPatronymicNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SevenTokens", date: "2022-03-01",
			text: "Qatar's Foreign Minister Khalid bin Hamad bin Jassim Al Thani met the envoy in Doha.",
			want: []string{"holds Khalid bin Hamad bin Jassim Al Thani | Foreign Minister | Qatar"}},
		{name: "ShorterFormsMerge", date: "2022-03-01",
			text: "Crown Prince Faisal bin Khalid Al Nahyan of the United Arab Emirates opened the talks. " +
				"Later Crown Prince Faisal bin Khalid met the delegation, and Crown Prince Faisal thanked them.",
			want: []string{"holds Faisal bin Khalid Al Nahyan | Crown Prince | United Arab Emirates"}},
		{name: "TwoLineagesStayApart", date: "2022-03-01",
			text: "Sheikh Faisal bin Khalid Al Nahyan and Sheikh Faisal bin Khalid Al Thani met Sheikh Faisal bin Khalid on Monday.",
			want: []string{"person Faisal bin Khalid Al Nahyan", "person Faisal bin Khalid Al Thani"}},
	})
}

// noLines fails when any of the exact lines is in the view of text.
func noLines(t *testing.T, date, text string, lines ...string) {
	t.Helper()
	got := view(run(date, text))
	for _, l := range lines {
		if has(got, l) {
			t.Errorf("from %q\nunwanted %q; got:\n  %s", text, l, strings.Join(got, "\n  "))
		}
	}
}

func TestLongPatronymicNamesWhole(t *testing.T) {
	noLines(t, "2022-03-01", "Qatar's Foreign Minister Khalid bin Hamad bin Jassim Al Thani met the envoy in Doha.",
		"person Khalid bin Hamad bin Jassim Al")
	noLines(t, "2022-03-01", "Crown Prince Faisal bin Khalid Al Nahyan of the United Arab Emirates opened the talks. "+
		"Later Crown Prince Faisal bin Khalid met the delegation, and Crown Prince Faisal thanked them.",
		"person Faisal bin Khalid", "person Faisal")
}

// A lone name word as the subject of a reporting verb makes a person of the
// earlier untitled name it ends or, family name first, begins (invented
// text).
func TestLoneSubjectOfSaying(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SurnameLater", date: "2024-03-02",
			text: "The ceremony was attended by Tomas Verhoeven and many others. " +
				"For his part, Verhoeven said the rice would reach the villages.",
			want: []string{"person Tomas Verhoeven"}},
		{name: "FamilyNameFirst", date: "2024-03-02",
			text: "The handover was attended by Liu Weiming and local officials. " +
				"Liu further said the two countries were friends.",
			want: []string{"person Liu Weiming"}},
		{name: "NotMidClause", date: "2024-03-02",
			text:   "The boat was named Blue Harbour last year. The crew of Harbour said nothing.",
			absent: []string{"person Blue Harbour"}},
	})
}

// Diplomatic ranks below ambassador are offices; one sought ("candidate
// for") is not held, and the rank before the name then is (invented
// text).
func TestMissionRanksAndCandidacy(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MinisterCounsellor", date: "2024-03-02",
			text: "Peter Lindqvist, minister counsellor at the Swedish Embassy in Kenya, said the tents had arrived.",
			want: []string{"holds Peter Lindqvist | Minister Counsellor | Sweden"}},
		{name: "DeputyHeadOfMission", date: "2024-03-02",
			text: "Canada's Deputy Head of Mission Anne Tremblay handed over the supplies.",
			want: []string{"holds Anne Tremblay | Deputy Head of Mission | Canada"}},
		{name: "CandidateFor", date: "2024-03-02",
			text:   "He was accompanied by Ghana's candidate for Vice-Chair of the African Union Commission, Kofi Mensah Asare.",
			want:   []string{"person Kofi Mensah Asare"},
			absent: []string{"holds Kofi Mensah Asare"}},
	})
}

// Forms of address in front of a name are not part of it; a city's
// English exonym and its name with a capitalised particle are the city
// (invented text).
func TestAddressesAndCityForms(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ProfNoDot", date: "2024-03-02",
			text:   "Prof Amani Kisanga said the maize would be sent on Friday.",
			want:   []string{"person Amani Kisanga"},
			absent: []string{"person Prof"}},
		{name: "Alhaji", date: "2024-03-02",
			text:   "Alhaji Musa Danladi Bello said the trucks had left.",
			want:   []string{"person Musa Danladi Bello"},
			absent: []string{"person Alhaji"}},
		// Malaysian styles of address before a name
		{name: "DatukSeri", date: "2023-05-10",
			text:   "Malaysian Foreign Minister Datuk Seri Amran Hakim met his Thai counterpart in Bangkok.",
			want:   []string{"person Amran Hakim", "holds Amran Hakim | Foreign Minister | Malaysia"},
			absent: []string{"person Seri Amran Hakim"}},
		{name: "DatoSri", date: "2023-05-10",
			text:   "Dato' Sri Lim Boon Keat said the rice would be shipped on Friday.",
			want:   []string{"person Lim Boon Keat"},
			absent: []string{"person Sri Lim Boon Keat"}},
		// a function word begins a name after a form of address
		{name: "HonorificThan", date: "2016-03-30",
			text:   "Dr. Than Myint was named minister of commerce, and U Than Htay said the talks went well.",
			want:   []string{"person Than Myint", "person Than Htay"},
			absent: []string{"person Myint", "person Htay"}},
		// the other side of a meeting or a call, untitled
		{name: "MeetingObject", date: "2022-09-17",
			text: "The envoy held a phone conversation with Emmanuel Brunet, an adviser to the president. The minister met Jana Novak in Prague on Monday.",
			want: []string{"person Emmanuel Brunet", "person Jana Novak"}},
		{name: "MeetingObjectQualifyingANoun", date: "2022-09-17",
			text:   "The minister met Blue Cross officials in Geneva on Monday.",
			absent: []string{"person Blue Cross"}},
		// capitals joined by a dot with the last dot left out
		{name: "DottedCapitalsWithoutLastDot", date: "2024-01-10",
			text:   "The Ambassador of Kenya to Spain H.E Jane Wambui presented her credentials. The U.S sent 500 tents to Turkey.",
			want:   []string{"person Jane Wambui", "country United States", "item United States > Turkey | tent | 500 | 2024-01-10"},
			absent: []string{"person H.E Jane Wambui", "person E Jane Wambui"}},
		{name: "CapitalisedParticle", date: "2024-03-02",
			text: "Dar Es Salaam, Tanzania said on Tuesday it would send maize.",
			want: []string{"city Dar es Salaam"}},
		{name: "Exonym", date: "2024-03-02",
			text: "The ministers met in Seville on Monday.",
			want: []string{"city Seville"}},
	})
}

// A title with no country near it: the country named in its "on behalf
// of" phrase, else the country the story leads with as its actor, also
// after a dateline written into the prose (invented text).
func TestBareTitleJurisdiction(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OnBehalfOfPhrase", date: "2024-03-02",
			text: "Kenya sent fuel to Uganda. Minister of Energy, Grace Atuhaire, received the fuel on behalf of President Ochieng and the Government of Uganda.",
			want: []string{"holds Grace Atuhaire | Energy Minister | Uganda"}},
		{name: "LeadActorAfterProseDateline", date: "2024-03-02",
			text: "Dodoma, Tanzania said on Tuesday it was sending maize to Malawi. Health Minister, Ms Neema Kisanga, said the medicine was ready.",
			want: []string{"holds Neema Kisanga | Health Minister | Tanzania"}},
		{name: "EnvoyNotLeadActor", date: "2024-03-02",
			text:   "Tanzania said on Tuesday it was sending maize to Malawi. Ambassador Joseph Banda thanked the people.",
			absent: []string{"holds Joseph Banda | Ambassador | Tanzania"}},
	})
}

// Names listed each with its country in brackets are persons; after a
// plural title and a copula, each holds the title for that country
// (invented text).
func TestCountryTaggedNameLists(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BareList", date: "2024-03-02",
			text: "Those who attended the meeting were Kofi Mensah (Ghana), Said Ahmed Bakari (Comoros) and Tesfaye Alemu Bekele (Ethiopia).",
			want: []string{"person Kofi Mensah", "person Said Ahmed Bakari", "person Tesfaye Alemu Bekele"}},
		{name: "PluralTitleCopula", date: "2024-03-02",
			text: "Representing their countries, ambassadors from the three countries were Grace Mwale Phiri (Malawi), Tendai Moyo (Zimbabwe) and Ana Sitoe (Mozambique).",
			want: []string{"holds Grace Mwale Phiri | Ambassador | Malawi", "holds Tendai Moyo | Ambassador | Zimbabwe", "holds Ana Sitoe | Ambassador | Mozambique"}},
		{name: "OneTaggedThingIsNoList", date: "2024-03-02",
			text:   "The goods came from Mombasa Cement (Kenya) last week.",
			absent: []string{"person Mombasa Cement"}},
	})
}

// A plural title's list gives each name the country after it ("A of
// Uruguay and B of Argentina"), and the plural title is no part of the
// first name (invented text).
func TestPluralTitleOfCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OfCountry", date: "2023-03-18",
			text:   "Foreign Ministers Pablo Ferreyra of Chile and Santiago Moreno of Peru agreed to meet again.",
			want:   []string{"holds Pablo Ferreyra | Foreign Minister | Chile", "holds Santiago Moreno | Foreign Minister | Peru"},
			absent: []string{"city Santiago"}},
		{name: "PluralNotName", date: "2023-03-18",
			text:   "A meeting will be held between Presidents Carlos Ibarra and Jorge Medina Paz in April.",
			want:   []string{"person Carlos Ibarra", "person Jorge Medina Paz"},
			absent: []string{"person Presidents"}},
	})
}

// The chairs of groupings' leaders' organs are the grouping's offices, and
// a title joined by "and" to an apposition after a name is held too
// (invented text).
func TestGroupingChairs(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CoordinatedApposition", date: "2024-06-23",
			text: "Kwame Boateng Asante, President of the Republic of Ghana and Chair of the ECOWAS Authority, opened the session.",
			want: []string{"holds Kwame Boateng Asante | President | Ghana", "holds Kwame Boateng Asante | Chairman of the Authority of Heads of State and Government | ECOWAS"}},
		{name: "PSCChair", date: "2024-06-23",
			text: "As Chairperson of the Peace and Security Council, President Daniel Mwale of Zambia gave a report.",
			want: []string{"office Chairperson of the Peace and Security Council | African Union"}},
		{name: "CoordinatedNamedIsOther", date: "2024-06-23",
			text:   "Kwame Boateng Asante, President of Ghana and Foreign Minister Ama Owusu met on Monday.",
			absent: []string{"holds Kwame Boateng Asante | Foreign Minister"}},
	})
}

// A title only groupings have is the named grouping's even beside a
// country's title; a description coordinated after a title is no second
// office (invented text).
func TestGroupingOnlyTitleBesideCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ChairOfTheAuthority", date: "2021-06-23",
			text:   "The session of the Economic Community of West African States (ECOWAS) was held in Accra under the chairmanship of Kwame Boateng Asante, President of the Republic of Ghana, and Chair of the Authority.",
			want:   []string{"office Chairman of the Authority of Heads of State and Government | ECOWAS"},
			absent: []string{"office Chair of the Authority | Ghana"}},
		{name: "DescriptionNotOffice", date: "2021-06-23",
			text:   "The summit was attended by Issa Garba Moussa, Prime Minister and Head of Government of the Republic of Niger.",
			want:   []string{"person Issa Garba Moussa"},
			absent: []string{"holds Issa Garba Moussa | Head of Government"}},
	})
}

// The city of a posting is no part of the name after it; the head nouns
// of places and ships make a run a thing's name; "Madam" is a form of
// address (invented text).
func TestPostingCityAndThings(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PostingCity", date: "2020-04-11",
			text:   "Norway's Ambassador to Skopje Ingrid Solberg Dahl thanked the agency.",
			want:   []string{"holds Ingrid Solberg Dahl | Ambassador | Norway", "city Skopje"},
			absent: []string{"person Skopje"}},
		{name: "MemorialIsPlace", date: "2023-05-19",
			text:   "The leaders on Friday arrived at Nagasaki Peace Memorial Park in Japan.",
			absent: []string{"person Nagasaki"}},
		{name: "ShipIsThing", date: "2020-05-23",
			text:   "Indian Naval Ship Airavat entered the port on Saturday.",
			absent: []string{"person Ship"}},
		{name: "Madam", date: "2021-06-23",
			text:   "The meeting was attended by Madam Fatou Sarr Ndiaye, Minister of Foreign Affairs of the Republic of Senegal.",
			want:   []string{"holds Fatou Sarr Ndiaye | Foreign Minister | Senegal"},
			absent: []string{"person Madam"}},
	})
}

// A surname written alone without the article joined to it ("Rabeeah")
// is the person whose full name has it ("Al-Rabeeah") (invented text).
func TestSurnameWithoutArticle(t *testing.T) {
	noLines(t, "2018-05-28", "Dr. Khalid Al-Harbi, the head of the relief centre, said the aid was sent. "+
		"“The aid was sent on time,” Dr Harbi added.", "person Harbi")
	checkShapes(t, []shape{
		{name: "Merged", date: "2018-05-28",
			text: "Dr. Khalid Al-Harbi, the head of the relief centre, said the aid was sent. “The aid was sent on time,” Dr Harbi added.",
			want: []string{"person Khalid Al-Harbi"}},
	})
}

// A role noun before a name makes it a person ("opposition critic X")
// (invented text).
func TestMoreRoleNouns(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Critic", date: "2021-05-18",
			text: "The two sides clashed over the jailing of government critic Pavel Dragunov last year.",
			want: []string{"person Pavel Dragunov"}},
		{name: "Cleric", date: "2021-05-18",
			text: "Prominent cleric Hamid Noorzai welcomed the convoy.",
			want: []string{"person Hamid Noorzai"}},
	})
}
