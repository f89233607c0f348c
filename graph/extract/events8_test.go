package extract_test

import "testing"

// Events, round 8: shapes of unseen news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventDatelinePlace: an event the lede tells with no place of its own
// took place in the dateline's city; a call has no place.
func TestEventDatelinePlace(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LedeSummit", date: "2021-06-12",
			text: "NAIROBI, June 12 – Leaders of the East African Union will gather at the convention centre today for the opening of the 12th East African Union Summit.",
			want: []string{"Summit - | 2021-06-12 | Nairobi | -"}},
		{name: "LedeCall", date: "2021-06-12",
			text:   "NAIROBI, June 12 – President John Kamau spoke by phone with Prime Minister Ana Lopez on Friday.",
			want:   []string{"Meeting Ana Lopez, John Kamau | 2021-06-11 | - | phone"},
			absent: []string{"Nairobi | -"}},
		{name: "LaterSentence", date: "2021-06-12",
			text: "NAIROBI, June 12 – President John Kamau returned home on Saturday. " +
				"He had met Prime Minister Ana Lopez on Friday.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-11 | - | -"}},
	})
}

// TestEventOrdinalOfDay: "the first day of the summit" is no first summit.
func TestEventOrdinalOfDay(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FirstDayOf", date: "2021-06-12",
			text: "The 12th East African Union Summit opened in Nairobi on Friday. " +
				"On the first day of the Summit, the leaders are to meet business groups.",
			want:   []string{"Summit - | 2021-06-11 | Nairobi | -"},
			absent: []string{"Summit - | - | - | -"}},
	})
}

// TestEventSubjectSeparately: "A and B held talks with C separately" is a
// meeting of each of them with C.
func TestEventSubjectSeparately(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SubjectSeparately", date: "2021-06-12",
			text:   "On Friday, Prime Minister Ana Lopez and Finance Minister Paul Brandt held talks with President John Kamau separately.",
			want:   []string{"Meeting Ana Lopez, John Kamau | 2021-06-11 | - | -", "Meeting John Kamau, Paul Brandt | 2021-06-11 | - | -"},
			absent: []string{"Meeting Ana Lopez, John Kamau, Paul Brandt"}},
		{name: "TogetherStaysOne", date: "2021-06-12",
			text: "On Friday, Prime Minister Ana Lopez and Finance Minister Paul Brandt held talks with President John Kamau.",
			want: []string{"Meeting Ana Lopez, John Kamau, Paul Brandt | 2021-06-11 | - | -"}},
	})
}

// TestEventCityOf: "the Libyan city of Sirte", "the port of X" name the
// city.
func TestEventCityOf(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DemonymCityOf", date: "2021-06-12",
			text: "Prime Minister Ana Lopez attended the East African Union Summit in the Kenyan city of Mombasa on Friday.",
			want: []string{"Summit Ana Lopez | 2021-06-11 | Mombasa | -"}},
		{name: "PortOf", date: "2021-06-12",
			text: "The East African Union Summit will be held in the port of Mombasa on Friday.",
			want: []string{"Summit - | 2021-06-18 | Mombasa | -"}},
	})
}

// TestEventAttributiveVisiting: "held talks with visiting X this
// morning": "visiting" describes X and keeps the talks' date.
func TestEventAttributiveVisiting(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WithVisiting", date: "2021-06-12",
			text: "Foreign Minister Ana Lopez held talks with visiting Kenyan President John Kamau this morning, and voiced hope for closer ties.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-12 | - | -"}},
	})
}

// TestEventPlacelessVisit: a visit with no place next to the same
// person's visit to one country is that visit; a placeless trip of one
// through several countries stays its own.
func TestEventPlacelessVisit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OnAVisitThenTripTo", date: "2021-06-12",
			text: "Defence Minister Ana Lopez met President John Kamau on Friday. " +
				"Lopez is on a week-long official visit. This is her first trip to Kenya as minister.",
			want:   []string{"Visit Ana Lopez | 2021-06-11 | Kenya | -"},
			absent: []string{"Visit Ana Lopez | - | - |", "Visit Ana Lopez | 2021-06-11 | - |"}},
		{name: "SeveralCountries", date: "2021-06-12",
			text: "Defence Minister Ana Lopez is on a week-long tour. " +
				"She will visit Kenya, Peru and Chile.",
			want: []string{"Visit Ana Lopez | - | - | -", "Visit Ana Lopez | - | Kenya | -", "Visit Ana Lopez | - | Peru | -"}},
	})
}

// TestEventTravelWith: "X is to travel with Y" after X's trip was told:
// Y takes part in the trip and its stops.
func TestEventTravelWith(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TravelWithAfterTrip", date: "2021-06-12",
			text: "Foreign Minister Ana Lopez is to visit Kenya, Peru and Chile, the ministry said on Friday. " +
				"Lopez is to travel with Deputy Foreign Minister Paul Brandt, and they will leave on Tuesday.",
			want: []string{"Visit Ana Lopez, Paul Brandt | - | - | -", "Visit Ana Lopez, Paul Brandt | - | Kenya | -",
				"Visit Ana Lopez, Paul Brandt | - | Chile | -"}},
		{name: "NoTripTold", date: "2021-06-12",
			text: "Foreign Minister Ana Lopez met President John Kamau on Friday. " +
				"Lopez often travels with Deputy Foreign Minister Paul Brandt.",
			absent: []string{"Meeting Ana Lopez, John Kamau, Paul Brandt", "Visit "}},
	})
}

// TestEventAttendanceShapes: "Joining the meeting are …", "the summit saw
// the presence of …", "Union leaders at the Summit were …" put the people
// named at the event told.
func TestEventAttendanceShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "JoiningAre", date: "2021-06-12",
			text: "The East African Union Leaders' Meeting opened in Nairobi on Friday. " +
				"Joining the meeting are leaders of six member states, and Prime Minister Ana Lopez.",
			want: []string{"Summit Ana Lopez | 2021-06-11 | Nairobi | -"}},
		{name: "SawThePresenceOf", date: "2021-06-12",
			text: "The 12th East African Union Summit opened in Nairobi on Friday. " +
				"The summit also saw the presence of guests, including President John Kamau of Kenya.",
			want: []string{"Summit John Kamau | 2021-06-11 | Nairobi | -"}},
		{name: "LeadersAtTheSummitWere", date: "2021-06-12",
			text: "The 12th East African Union Summit opened in Nairobi on Friday. " +
				"Union leaders at the Summit were Kenya's President John Kamau and Peru's Prime Minister Ana Lopez.",
			want: []string{"Summit Ana Lopez, John Kamau | 2021-06-11 | Nairobi | -"}},
		{name: "TopicsAtTheSummitNoPeople", date: "2021-06-12",
			text: "The 12th East African Union Summit opened in Nairobi on Friday. " +
				"Topics at the Summit were trade and health, John Kamau told reporters in Lima.",
			absent: []string{"Summit John Kamau"}},
	})
}

// TestEventDatelineCityOfCountry: a summit the lede places in the
// dateline city's country was held in that city; a visit to the country
// stays the country's.
func TestEventDatelineCityOfCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SummitInCountry", date: "2021-06-12",
			text: "NAIROBI, June 12 – The 12th East African Union Summit began on Friday in Kenya.",
			want: []string{"Summit - | 2021-06-11 | Nairobi | -"}},
		{name: "VisitToCountry", date: "2021-06-12",
			text: "NAIROBI, June 12 – Prime Minister Ana Lopez of Peru began a three-day visit to Kenya on Friday.",
			want: []string{"Visit Ana Lopez | 2021-06-11 | Kenya | -"}},
	})
}

// TestEventForHisPart: "For his part, X stressed …" in a sentence that
// names the summit again puts X at it.
func TestEventForHisPart(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ForHisPart", date: "2021-06-12",
			text: "The 12th East African Union Summit opened in Nairobi on Friday. " +
				"For his part, Kenya's President John Kamau stressed that the summit is a time for reflection.",
			want: []string{"Summit John Kamau | 2021-06-11 | Nairobi | -"}},
		{name: "NoSummitNamed", date: "2021-06-12",
			text: "Prime Minister Ana Lopez met President Paul Brandt in Lima on Friday. " +
				"For his part, Kenya's President John Kamau stressed that trade matters.",
			absent: []string{"Meeting Ana Lopez, John Kamau", "Summit "}},
	})
}

// TestEventTheirMeeting: "welcome his fellow Heads of State for their
// annual meeting" after the summit was told is that summit, with the host.
func TestEventTheirMeeting(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HostWelcomesForTheirMeeting", date: "2021-06-12",
			text: "The 12th East African Union Summit opened in Nairobi on Friday. " +
				"President John Kamau of Kenya was on hand to welcome his fellow Heads of State for their annual meeting.",
			want:   []string{"Summit John Kamau | 2021-06-11 | Nairobi | -"},
			absent: []string{"Meeting John Kamau"}},
		{name: "TheirMeetingOfMinisters", date: "2021-06-12",
			text:   "Foreign Minister Ana Lopez met Foreign Minister Paul Brandt in Lima on Friday for their annual meeting.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-11 | Lima | -"},
			absent: []string{"Summit "}},
	})
}

// TestEventNameAlone: a summit named in passing, with nobody, no day, no
// place and no ordinal, is no occasion; one with an ordinal is.
func TestEventNameAlone(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AbleToMeetInSummit", date: "2021-06-12",
			text:   "Prime Minister Ana Lopez said the member countries are able to cooperate with major powers, as well as meet in the East African Summit.",
			absent: []string{"Summit "}},
		{name: "OrdinalStays", date: "2021-06-12",
			text: "The leaders opened the 12th East African Summit at the convention centre.",
			want: []string{"Summit - | 2021-06-12 | - | -"}},
	})
}
