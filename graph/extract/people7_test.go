package extract_test

import "testing"

// The first word of a two-word military rank belongs to the rank, not to
// the name (invented text).
func TestRankFirstWords(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AirCommodore", date: "2022-05-10",
			text:   "Air Commodore Daniel Whitaker said the plane carried tents.",
			want:   []string{"person Daniel Whitaker"},
			absent: []string{"person Air Commodore Daniel Whitaker"}},
		{name: "AirViceMarshal", date: "2022-05-10",
			text:   "Air Vice-Marshal Neil Hart said the aircraft landed.",
			want:   []string{"person Neil Hart"},
			absent: []string{"person Air Vice-Marshal Neil Hart"}},
		{name: "Commander", date: "2022-05-10",
			text:   "The ship arrived on Monday. Commander Lee Ward said the cargo was unloaded.",
			want:   []string{"person Lee Ward"},
			absent: []string{"person Commander Lee Ward"}},
		{name: "RearAdmiral", date: "2022-05-10",
			text:   "Rear Admiral Tom Kessler said more ships would follow.",
			want:   []string{"person Tom Kessler"},
			absent: []string{"person Rear Admiral Tom Kessler", "person Rear"}},
	})
}

// A title word after a particle is a patronymic ("bin Sultan"), and a
// final apostrophe before an "al-" particle is part of the name (invented
// text).
func TestParticleNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BinTitleWord", date: "2023-05-19",
			text: "Saudi Prince Fahd bin Sultan, deputy governor of Tabuk, welcomed the guests.",
			want: []string{"person Fahd bin Sultan"}},
		{name: "ApostropheBeforeAl", date: "2023-05-19",
			text: "Iraq's Prime Minister Rashid Karim' al-Tamimi arrived in the Kingdom on Friday.",
			want: []string{"holds Rashid Karim' al-Tamimi | Prime Minister | Iraq"}},
		{name: "CurlyApostropheBeforeAl", date: "2023-05-19",
			text: "Iraq's Prime Minister Rashid Karim’ al-Tamimi arrived in the Kingdom on Friday.",
			want: []string{"holds Rashid Karim’ al-Tamimi | Prime Minister | Iraq"}},
		{name: "QuoteEndsNoName", date: "2023-05-19",
			text:   "Prime Minister Omar Faris called the plan 'Karim' al-Tamimi'.",
			want:   []string{"person Omar Faris"},
			absent: []string{"person Karim"}},
	})
}

// A form of address that is also a family name begins the name right after
// a title; elsewhere it stays the form of address (invented text).
func TestHonorificThatIsAName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AfterTitle", date: "2010-02-10",
			text: "The envoy held talks with the DPRK's Foreign Minister Pak Son Ho on Wednesday in Pyongyang.",
			want: []string{"holds Pak Son Ho | Foreign Minister | North Korea"}},
		{name: "NoTitleStaysAddress", date: "2010-02-10",
			text:   "Pak Hendra Wijaya said the rice had arrived in Jakarta.",
			want:   []string{"person Hendra Wijaya"},
			absent: []string{"person Pak"}},
		{name: "OtherAddressAfterTitle", date: "2010-02-10",
			text:   "Myanmar's President U Tin Aung met the envoy.",
			absent: []string{"person U Tin Aung"}},
	})
}

func TestHonorificThatIsANameByCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PossessiveCountryOfAddress", date: "2010-02-10",
			text: "Indonesia's Foreign Minister Pak Hendra Wijaya met the envoy in Jakarta.",
			want: []string{"holds Hendra Wijaya | Foreign Minister | Indonesia"}},
		{name: "OtherCountryName", date: "2010-02-10",
			text: "South Korea's Foreign Minister Pak Min Su met the envoy in Seoul.",
			want: []string{"holds Pak Min Su | Foreign Minister | South Korea"}},
	})
}

// A later part of a long name stands for the whole person (invented text).
func TestPartOfLongName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InnerWord", date: "2023-01-23",
			text: "Brazilian President Marcos Tadeu Ribas da Costa arrived in Lima on Monday. \"We came to stay,\" Ribas said.",
			want: []string{"quote Marcos Tadeu Ribas da Costa | We came to stay,"}, absent: []string{"person Ribas", "person Osuna"}},
		{name: "CompoundSurname", date: "2023-01-23",
			text: "Mexican Interior Secretary Luis Alberto Osuna Pardo arrived in Lima on Monday. \"We came to stay,\" Osuna Pardo said.",
			want: []string{"quote Luis Alberto Osuna Pardo | We came to stay,"}, absent: []string{"person Ribas", "person Osuna"}},
	})
}

// A line without a full stop that is mostly capitalised is still a
// sentence when it has a lower-case verb (invented text).
func TestCapitalisedLineWithVerb(t *testing.T) {
	checkShapes(t, []shape{
		{name: "GuestLine", date: "2012-03-09",
			text: "Leaders met in Lima on Friday.\n\nSpecial Guest in attendance was His Excellency, Tomas Rivera Ocampo, President of the Republic of Chile\n\nThe meeting ended on Saturday.",
			want: []string{"holds Tomas Rivera Ocampo | President | Chile"}},
		{name: "TitleCaseHeadlineStaysHeading", date: "2012-03-09",
			text:   "Leaders met in Lima on Friday.\n\nGuest Was President Tomas Rivera Ocampo Of Chile\n\nThe meeting ended on Saturday.",
			absent: []string{"person Tomas Rivera Ocampo"}},
	})
}

// After "of" or "in", a demonym and one capitalised word name a place, not
// a country and a person (invented text).
func TestDemonymPlaceName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OfDemonymPlace", date: "2016-08-12",
			text:   "The President of French Guiana and a senior official also attended as associate members.",
			absent: []string{"person Guiana", "country France", "holds"}},
		{name: "InDemonymPlace", date: "2016-08-12",
			text:   "The minister stayed in British Columbia for two days.",
			absent: []string{"country United Kingdom"}},
		{name: "DemonymTitleStays", date: "2016-08-12",
			text: "The visit of French President Paul Arnaud ended on Friday.",
			want: []string{"holds Paul Arnaud | President | France"}},
	})
}
