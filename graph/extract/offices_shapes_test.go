package extract_test

import "testing"

// Titles and the names they stand with: where the jurisdiction is, which
// name a title belongs to. The sentences are invented.
func TestTitlePhrases(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TitleOfCountryBeforeName", date: "2022-05-10",
			text: "President of the Republic of Chile Ana Soto and Prime Minister of the Republic of India Raj Mehta attended the forum.",
			want: []string{"holds Ana Soto | President | Chile", "holds Raj Mehta | Prime Minister | India"}},
		{name: "ListOfTitledNames", date: "2022-05-10",
			text: "Attending were Prime Minister of Nepal Hari Thapa, President of Chile Ana Soto, and Foreign Minister of Peru Luis Vega.",
			want: []string{"holds Hari Thapa | Prime Minister | Nepal", "holds Ana Soto | President | Chile",
				"holds Luis Vega | Foreign Minister | Peru"},
			absent: []string{"holds Hari Thapa | President", "holds Ana Soto | Foreign Minister"}},
		{name: "NextTitleIsNotApposition", date: "2022-05-10",
			text:   "The Maldivian health minister Ali Rasheed, environment minister Hassan Latheef and two others met the team.",
			want:   []string{"holds Hassan Latheef | Environment Minister | Maldives"},
			absent: []string{"holds Ali Rasheed | Environment Minister"}},
		{name: "PostingBeforeName", date: "2022-05-10",
			text: "Brazilian ambassador to Kenya Paulo Mendes said the talks went well.",
			want: []string{"holds Paulo Mendes | Ambassador | Brazil"}},
		{name: "AccreditedPosting", date: "2022-05-10",
			text: "The Indian High Commissioner accredited in Kenya, Ravi Menon, said the doses had arrived.",
			want: []string{"holds Ravi Menon | High Commissioner | India"}},
		{name: "PostNameOf", date: "2022-05-10",
			text: "President Mendes spoke today with Prime Minister Okafor of Nigeria.",
			want: []string{"holds Okafor | Prime Minister | Nigeria"}},
		{name: "WhoIsAlso", date: "2022-05-10",
			text: "Prime Minister Omar Farah of Somalia, who is also the Finance Minister, spoke first.",
			want: []string{"holds Omar Farah | Prime Minister | Somalia", "holds Omar Farah | Finance Minister | Somalia"}},
		{name: "AppositionBeforeHonorific", date: "2022-05-10",
			text: "The Emir of Qatar, Sheikh Fahad bin Ali al-Kuwari, visited Cairo on Monday.",
			want: []string{"holds Fahad bin Ali al-Kuwari | Emir | Qatar"}},
		{name: "SameTitleStatedElsewhere", date: "2022-05-10",
			text: "The Saudi foreign minister said aid would reach every region. Foreign Minister Prince Khalid bin Saad spoke on Monday.",
			want: []string{"holds Khalid bin Saad | Foreign Minister | Saudi Arabia"}},
		{name: "OtherTitlesCountryIsNotTheActor", date: "2022-05-10",
			text:   "President Ana Soto received US Secretary of State John Roe in Lima.",
			want:   []string{"holds John Roe | Secretary of State | United States", "holds Ana Soto | President | Peru"},
			absent: []string{"holds Ana Soto | President | United States"}},
		{name: "CoordinatedWithImpliedCountry", date: "2022-05-10",
			text: "Prime Minister Raj Mehta and EAM Anil Rao welcomed the decision.",
			want: []string{"holds Raj Mehta | Prime Minister | India", "holds Anil Rao | External Affairs Minister | India"}},
		{name: "CityBeforeTitle", date: "2022-05-10",
			text: "India's ambassador met Yangon Chief Minister Tun Lin Aung on Friday.",
			want: []string{"holds Tun Lin Aung | Chief Minister | Myanmar"}},
		{name: "BracketedAcronymBetween", date: "2022-05-10",
			text: "Organization of American States (OAS) Secretary General Pedro Lira arrived in Lima.",
			want: []string{"holds Pedro Lira | Secretary General | OAS"}},
	})
}
