package extract_test

import "testing"

// Shapes of office prose from real failures (readable sets), in invented
// sentences.
func TestOfficeShapesP3(t *testing.T) {
	checkShapes(t, []shape{
		// a verb of taking up a post before "as": presenting one's
		// credentials, assuming charge, joining
		{name: "CredentialsChargeJoinedAs", date: "2024-05-02",
			text: "NEW DELHI: President Ana Soto on Thursday accepted the credentials of new envoys.\n\n" +
				"Marco Bellini presented his credentials as the Ambassador of the Italian Republic. Anna Berg assumed charge as the Ambassador of the Kingdom of Sweden, while Paul Grant joined as the High Commissioner of Australia.",
			want: []string{"holds Marco Bellini | Ambassador | Italy", "holds Anna Berg | Ambassador | Sweden", "holds Paul Grant | High Commissioner | Australia"}},
		// China's head of government is the Premier, however the text
		// names the post: "PM", "Premier of the State Council"
		{name: "ChinesePMIsPremier", date: "2019-10-08",
			text:   "Pakistani Prime Minister Ali Raza arrived in Beijing at the invitation of Premier of the State Council of the Peoples Republic of China Wang Tao.\n\nChinese PM Wang Tao will host a banquet in his honour.",
			want:   []string{"holds Wang Tao | Premier | China", "holds Ali Raza | Prime Minister | Pakistan"},
			absent: []string{"office Prime Minister | China"}},
		// a country's embassy in front of a title is its country's, not the
		// host's; attachés of a portfolio are an embassy's posts
		{name: "EmbassyInHostTitle", date: "2021-09-28",
			text:   "The doses were received by Health PS Amina Otieno and the Japanese Embassy in Ghana Chargé d'Affaires Kenji Sato.\n\nThey were met by the U.S. Embassy Health Attaché, Dr Paul Grant.",
			want:   []string{"holds Kenji Sato | Charge d'Affaires | Japan", "holds Paul Grant | Health Attache | United States"},
			absent: []string{"holds Kenji Sato | Charge d'Affaires | Ghana"}},
		// Kenya's Principal Secretary and Chief Administrative Secretary
		// by their abbreviations; a country's embassy in front of another
		// title is no actor that places them
		{name: "KenyanPSAndCAS", date: "2021-09-28",
			text: "The US Embassy in Nairobi on Tuesday announced the arrival of a donation to Kenya.\n\nThe consignment was received by Health PS Amina Otieno, Foreign CAS Peter Wafula, and the US Embassy in Kenya Chargé d'Affaires Paul Grant.",
			want: []string{"holds Amina Otieno | Principal Secretary | Kenya", "holds Peter Wafula | Chief Administrative Secretary | Kenya", "holds Paul Grant | Charge d'Affaires | United States"}},
		// an ordinary noun after a title of the lexicon written with
		// "for" goes on with its portfolio, not with the name after it
		{name: "PortfolioNounBeforeName", date: "2019-10-08",
			text:   "LAHORE: The delegation included Minister for Water Resources Hamid Khan and senior officials.",
			want:   []string{"person Hamid Khan"},
			absent: []string{"person Resources Hamid Khan"}},
		// the holder's country in brackets between the name and the title
		// in apposition, as UN releases write it
		{name: "BracketedCountryThenApposition", date: "2011-07-14",
			text: "Welcoming Ghana, Pedro Alves (Brazil), President of the General Assembly, said the country's membership mattered.",
			want: []string{"holds Pedro Alves | President of the General Assembly | UN"}},
		// the regime's or government's word between the country and the
		// title leaves the title the country's
		{name: "JuntaSpokesman", date: "2024-01-28",
			text: "The military regimes in Chad, Gabon and Guinea have announced their withdrawal from ECOWAS.\n\n“We leave,” Guinea junta spokesman, Ousmane Barry said in the statement.",
			want: []string{"holds Ousmane Barry | Spokesperson | Guinea"}},
	})
}
