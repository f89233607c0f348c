package extract_test

import "testing"

// "here" in a story with no dateline stands for the one city the story
// names, not counting one a traveller comes "from" (GUIDELINES 6.3: the
// City the text places the event in); with two cities it names none. The
// sentences are invented.
func TestHereIsTheStorysOneCity(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivedHereCityLater", date: "2023-05-10",
			text: "Kenyan President Samuel Otieno arrived here on Monday on a three-day state visit. He was welcomed by Peruvian Foreign Minister Luis Vega at the airport in Lima.",
			want: []string{"Visit Samuel Otieno | 2023-05-08 | Lima | -"}},
		{name: "HereNotWhereFrom", date: "2023-05-10",
			text: "Kenyan President Samuel Otieno held talks here on Monday with Peruvian President Ana Soto. Otieno flew in from Quito, and the two later toured Lima's old town.",
			want: []string{"Meeting Ana Soto, Samuel Otieno | 2023-05-08 | Lima | -"}},
		{name: "TwoCitiesNoHere", date: "2023-05-10",
			text:   "Kenyan President Samuel Otieno held talks here on Monday with Peruvian President Ana Soto. The two discussed new flights between Lima and Cusco.",
			absent: []string{"Meeting Ana Soto, Samuel Otieno | 2023-05-08 | Lima", "Meeting Ana Soto, Samuel Otieno | 2023-05-08 | Cusco"}},
	})
}

// "During the visit, X met Y": a meeting told in a visit to one country,
// with no place of its own, is in that country (GUIDELINES 6.3: else the
// Country it names); not in the last of the countries a trip lists. The
// sentences are invented.
func TestMeetingDuringVisitToACountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TourBeginsInCountry", date: "2023-05-10",
			text: "Kenyan President Samuel Otieno will begin his tour in Peru on Monday. During the visit, he will hold talks with Peruvian President Ana Soto on trade.",
			want: []string{"Meeting Ana Soto, Samuel Otieno | - | Peru | -"}},
		{name: "NotTheLastListed", date: "2023-05-10",
			text:   "Peruvian Foreign Minister Luis Vega will visit Kenya, Uganda and Tanzania next week. During the visit, Vega will meet Kenyan President Samuel Otieno.",
			absent: []string{"Meeting Luis Vega, Samuel Otieno | - | Tanzania"}},
	})
}

// A visit told with no place is the visit to the one place the text has
// the same person visit, however far apart the two are told (GUIDELINES
// 6.2: all mentions of one occasion are one event); not when the person
// visits two places, nor a visit told as past. The sentences are invented.
func TestPlacelessVisitIsTheOnePlaced(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivedThenVisitToCountry", date: "2023-05-10",
			text:   "Kenyan President Samuel Otieno arrived on Wednesday on a four-day state visit. Trade deals are expected to be signed. Officials said the talks would cover energy. Otieno was received by officials on his maiden visit to Peru.",
			want:   []string{"Visit Samuel Otieno | 2023-05-10 | Peru | -"},
			absent: []string{"Visit Samuel Otieno | 2023-05-10 | - | -"}},
		{name: "TwoPlacesStayApart", date: "2023-05-10",
			text:   "Kenyan President Samuel Otieno arrived on Wednesday on a four-day state visit. Trade deals are expected to be signed. Officials said the talks would cover energy. Otieno will travel to Lima on Friday and to Cusco on Sunday.",
			absent: []string{"Visit Samuel Otieno | 2023-05-10 | Lima", "Visit Samuel Otieno | 2023-05-10 | Cusco"}},
	})
}
