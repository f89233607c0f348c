package extract_test

import "testing"

// TestEventIslandNoCity: "in Bali" is the Indonesian island, no city (a
// town of that name elsewhere is not meant); the meeting has no place.
func TestEventIslandNoCity(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BaliSidelines", date: "2023-03-09",
			text:   "U.S. President Robert Hale will meet Chinese President Zhang Wei in Bali next week on the sidelines of the G20 summit, the White House said on Thursday.",
			want:   []string{"Meeting Robert Hale, Zhang Wei | - | - | -"},
			absent: []string{"city "}},
	})
}

// A town the lexicon does not list is a city where the text calls it one
// ("the city of X", "the port of X"); not a person either. Invented
// sentences and town names.
func TestTownsTheTextNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CityOf", date: "2011-10-29",
			text:   "Trucks will take the tents to the city of Varno for distribution there.",
			want:   []string{"city Varno"},
			absent: []string{"person Varno"}},
		{name: "PortOfTwoWords", date: "2016-10-23",
			text: "The two ships left the port of La Turquesa on Saturday, bound for Havana.",
			want: []string{"city La Turquesa", "city Havana"}},
		{name: "DemonymTownOf", date: "2023-02-14",
			text: "Relief lorries reached the north-western Syrian town of Kafr Halab on Monday.",
			want: []string{"city Kafr Halab", "country Syria"}},
		{name: "OrdinaryWordsNoTown", date: "2023-02-14",
			text:   "Paris is often called the city of Lights, and the town of Dreams is far away.",
			absent: []string{"city Lights", "city Dreams"}},
	})
}

// A country's name that names a currency or a continent's people names no
// country (GUIDELINES 1.2). Invented sentences.
func TestNoCountryOfCurrencyOrContinent(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DollarsOfACountry", date: "2005-06-09",
			text:   "Norway handed over rice worth 5 million US dollars to Peru on Monday.",
			want:   []string{"country Norway", "country Peru"},
			absent: []string{"country United States"}},
		{name: "DollarSign", date: "2012-03-20",
			text:   "Norway sent a consignment of rice worth US$4 million to Kenya.",
			absent: []string{"country United States"}},
		{name: "RegionOfTheContinent", date: "2023-08-25",
			text:   "The president signed a deal with Peru, allowing the South American country to grow its exports to the American continent.",
			want:   []string{"country Peru"},
			absent: []string{"country United States"}},
	})
}

// A national body named in ordinary words that several countries use
// ("the Foreign Office") is the lexicon's country only where the text
// names that country otherwise. Invented sentences.
func TestGenericBodyNamesNoCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "UnsaidCountry", date: "2020-01-11",
			text:   "Pakistan's foreign minister will visit Tehran on Sunday, the Foreign Office said in a statement.",
			want:   []string{"country Pakistan"},
			absent: []string{"country United Kingdom"}},
		{name: "CountryNamedToo", date: "2020-01-11",
			text: "Britain will send tents to Peru, the Foreign Office said in a statement.",
			want: []string{"country United Kingdom", "country Peru"}},
	})
}

// Provinces listed after the noun that announces them, and a city's name
// before a lower-case word for an agreement or a province, name no city
// (GUIDELINES 1.5). Invented sentences.
func TestNoCityOfProvinceOrAgreement(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ProvincesListed", date: "2023-03-15",
			text:   "The floods hit four Peruvian provinces — Arequipa, Cusco, Trujillo and Piura, officials in Lima said.",
			want:   []string{"city Lima"},
			absent: []string{"city Arequipa", "city Cusco", "city Trujillo", "city Piura"}},
		{name: "RegionsOfList", date: "2023-03-15",
			text:   "Relief reached the regions of Cusco and Piura, and the districts such as Arequipa, officials in Lima said.",
			want:   []string{"city Lima"},
			absent: []string{"city Cusco", "city Piura", "city Arequipa"}},
		{name: "AgreementNamedAfterCity", date: "2007-03-05",
			text:   "The ministers pledged to help implement the Havana agreement signed by the two parties.",
			absent: []string{"city Havana"}},
	})
}

// A capital named by its country names the country too ("the Ethiopian
// capital", "Israel's capital"; GUIDELINES 1.2). Invented sentences.
func TestCapitalNamesItsCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DemonymCapital", date: "2003-02-03",
			text: "The summit of the regional bloc opened in the Kenyan capital on Monday.",
			want: []string{"city Nairobi", "country Kenya"}},
		{name: "PossessiveCapital", date: "2017-12-12",
			text: "The decision to recognise Lima as Peru's capital was never in doubt.",
			want: []string{"city Lima", "country Peru"}},
	})
}
