package extract_test

import "testing"

// Events, round 2: the shapes that must hold on text nobody tuned on.
// Invented sentences (none from the evaluation corpus or the probe set).

// TestEventPlaceNotTopic: the place of what an event is about is not
// where it took place.
func TestEventPlaceNotTopic(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "TopicAfterOn", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru held talks with Kenyan Foreign Minister Peter Mwangi on Tuesday on trade and the crisis in Sudan.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | -"}},
		{name: "SituationIn", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi to discuss the situation in Ethiopia.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-10 | - | -"}},
		{name: "PlaceAfterTheTopicStillOK", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi in Nairobi on Tuesday to discuss the drought.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | Nairobi | -"}},
		{name: "MeetingOfACommissionIn", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru and Kenyan Foreign Minister Peter Mwangi agreed to hold the next meeting of the joint commission in Lima in 2022.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2022 | Lima | -"}},
	})
}

// TestWeekdayTense: a weekday counts back or forward by the tense of its
// own clause, not of a later one; "next"/"last" move it off the
// article's day.
func TestWeekdayTense(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "LaterClauseWillIsNotTheEventsTense", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru spoke on Tuesday by phone with Kenyan Foreign Minister Peter Mwangi, who said the vaccines will reach remote clinics.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | phone"}},
		{name: "NextWeekdaySameDay", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru will meet Kenyan Foreign Minister Peter Mwangi in Nairobi next Thursday.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-17 | Nairobi | -"}},
		{name: "LastWeekdaySameDay", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi in Nairobi last Thursday.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-03 | Nairobi | -"}},
		{name: "ToBeHeldInMonthAhead", date: "2021-06-10",
			text: "The next African Union summit is due to be held in Kenya in March, Foreign Minister Ana Lopez of Peru said.",
			want: []string{"Summit - | 2022-03 | Kenya | -"}},
		{name: "MetInMonthPast", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi in Lima in March, and said the two would meet again.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-03 | Lima | -"}},
	})
}

// TestEventHereAndLaterThatDay: "here" is the dateline's city; a
// courtesy call ("called on X") is in person, in the city of the visit;
// "later in the day", "in the evening" take the day told before.
func TestEventHereAndLaterThatDay(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "HereIsTheDateline", date: "2021-06-10",
			text: "NAIROBI, June 10 - Foreign Minister Ana Lopez of Peru held talks with Kenyan Foreign Minister Peter Mwangi here today.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-10 | Nairobi | -"}},
		{name: "ArrivedHere", date: "2021-06-10",
			text: "NAIROBI, June 10 - Foreign Minister Ana Lopez of Peru arrived here on Tuesday for talks on trade.",
			want: []string{"Visit Ana Lopez | 2021-06-08 | Nairobi | -"}},
		{name: "QuotedHereIsNoPlace", date: "2021-06-10",
			text:   "NAIROBI, June 10 - Foreign Minister Ana Lopez of Peru said on the phone with Kenyan Foreign Minister Peter Mwangi: \"We are here to help.\"",
			absent: []string{"Meeting Ana Lopez, Peter Mwangi | - | Nairobi"}},
		{name: "CourtesyCallInTheVisitCity", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru, who arrived in Nairobi on Wednesday on a three-day visit, called on Kenyan President John Kamau at State House today.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-10 | Nairobi | -"}},
		{name: "InTheEveningTheDayBefore", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi on Tuesday. She also met Kenyan President John Kamau in the evening.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | - | -"}},
		{name: "LaterInTheDayFarBack", date: "2021-06-10",
			text: "President John Kamau of Kenya on Tuesday received the credentials of five new ambassadors. " +
				"He urged them to promote trade. He said Kenya valued its friends. He spoke of the drought. He thanked donors. He praised the envoys. " +
				"Later in the day, Foreign Minister Ana Lopez of Peru held talks with Kenyan Foreign Minister Peter Mwangi.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | -"}},
	})
}

// TestSummitShapes: leaders' meetings told by their ends and openings,
// and who the text puts at them.
func TestSummitShapes(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "GroupingLeadersEndedTheirMeeting", date: "2021-06-10",
			text: "African Union leaders ended their annual meeting in Nairobi on Wednesday. Kenyan President John Kamau chaired the talks.",
			want: []string{"Summit John Kamau | 2021-06-09 | Nairobi | -"}},
		{name: "OppositionLeadersNoSummit", date: "2021-06-10",
			text:   "Opposition leaders ended their meeting in Nairobi on Wednesday with Kenyan President John Kamau.",
			absent: []string{"Summit "}},
		{name: "EndedNDaySummitFirstDay", date: "2021-06-10",
			text: "African Union leaders ended a three-day summit in Nairobi on Wednesday. Kenyan President John Kamau chaired the talks.",
			want: []string{"Summit John Kamau | 2021-06-07 | Nairobi | -"}},
		{name: "WrappedUpTwoDaysOfTalks", date: "2021-06-10",
			text: "Kenyan Foreign Minister Peter Mwangi and Ghanaian Foreign Minister Kofi Mensah wrapped up two days of talks in Nairobi on Wednesday.",
			want: []string{"Meeting Kofi Mensah, Peter Mwangi | 2021-06-08 | Nairobi | -"}},
		{name: "WhichOpenedOnGivesFirstDay", date: "2021-06-10",
			text: "African Union leaders ended their annual meeting in Nairobi on Wednesday. The three-day leaders' meeting, which opened on Monday, was chaired by Kenyan President John Kamau.",
			want: []string{"Summit John Kamau | 2021-06-07 | Nairobi | -"}},
		{name: "UnderTheChairmanshipOf", date: "2021-06-10",
			text: "The African Union summit opened in Nairobi on Monday under the chairmanship of the host, Kenyan President John Kamau.",
			want: []string{"Summit John Kamau | 2021-06-07 | Nairobi | -"}},
		{name: "AlsoAttended", date: "2021-06-10",
			text: "The African Union summit opened in Nairobi on Monday. Kenyan President John Kamau and Ghanaian President Kofi Mensah also attended.",
			want: []string{"Summit John Kamau, Kofi Mensah | 2021-06-07 | Nairobi | -"}},
		{name: "AmongTheLeadersAtTheSummitWere", date: "2021-06-10",
			text: "The African Union summit opened in Nairobi on Monday. Among the leaders at the summit were Kenyan President John Kamau and Ghanaian President Kofi Mensah.",
			want: []string{"Summit John Kamau, Kofi Mensah | 2021-06-07 | Nairobi | -"}},
		{name: "BareSidelinesIsTheSummits", date: "2021-06-10",
			text: "The African Union summit opened in Nairobi on Monday. On the sidelines on Tuesday, Kenyan President John Kamau held talks with Ghanaian President Kofi Mensah.",
			want: []string{"Meeting John Kamau, Kofi Mensah | 2021-06-08 | Nairobi | -"}},
	})
}

// TestNextSummit: the next summit of a story about one: hosted by a
// country, "leaders will meet again", "the next session of the Assembly",
// a numeric ordinal.
func TestNextSummit(t *testing.T) {
	// 2021-06-10 is a Thursday
	const told = "African Union leaders ended a three-day summit in Nairobi on Wednesday. Kenyan President John Kamau chaired the talks. "
	checkShapes(t, []shape{
		{name: "CountryWillHost", date: "2021-06-10",
			text: told + "Ghana will host the next African Union summit next year.",
			want: []string{"Summit - | 2022 | Ghana | -"}},
		{name: "LeadersWillMeetAgain", date: "2021-06-10",
			text: told + "Leaders will meet again in Accra in November.",
			want: []string{"Summit - | 2021-11 | Accra | -"}},
		{name: "AgreedToMeetAgainAhead", date: "2021-06-10",
			text: told + "The leaders agreed to meet again, in person if conditions allow, in Accra in early May.",
			want: []string{"Summit - | 2022-05 | Accra | -"}},
		{name: "MeetForTheirNumberedSummitIsOne", date: "2021-06-10",
			text: told + "Leaders will meet again in Accra in November for their 21st summit.",
			want: []string{"Summit - | 2021-11 | Accra | -"}},
		{name: "NextSessionOfTheAssembly", date: "2021-06-10",
			text: told + "The next ordinary session of the Assembly will take place in Accra, Ghana, in December.",
			want: []string{"Summit - | 2021-12 | Accra | -"}},
		{name: "HostTheNextMeetingOfTheConference", date: "2021-06-10",
			text: told + "Ghana will host the next intersessional meeting of the Conference in February.",
			want: []string{"Summit - | 2022-02 | Ghana | -"}},
		{name: "NoSummitToldNoNextSummit", date: "2021-06-10",
			text:   "The next ordinary session of the Assembly will take place in Accra, Ghana, in December.",
			absent: []string{"Summit "}},
		{name: "PastLeadersMeetIsNoNextSummit", date: "2021-06-10",
			text:   told + "Leaders met in Accra in November.",
			absent: []string{"Summit - | 2020-11"}},
	})
}

// TestSeparateCalls: "in separate calls", "met separately with", "to A,
// to B and to C" are one meeting with each; "a series of calls" names the
// calls told next and gives them its day.
func TestSeparateCalls(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "InSeparateCallsToEach", date: "2021-06-10",
			text:   "Foreign Minister Ana Lopez of Peru today held a series of telephone calls on the drought. In separate calls, she spoke to Kenyan Foreign Minister Peter Mwangi, to Ghanaian Foreign Minister Kofi Mensah and to the Foreign Minister of Chile, Rosa Diaz.",
			want:   []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-10 | - | -", "Meeting Ana Lopez, Kofi Mensah | 2021-06-10 | - | -", "Meeting Ana Lopez, Rosa Diaz | 2021-06-10 | - | -"},
			absent: []string{"Meeting Ana Lopez | ", "Meeting Ana Lopez, Kofi Mensah, Peter Mwangi"}},
		{name: "MetSeparately", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met separately with Kenyan Foreign Minister Peter Mwangi and Ghanaian Foreign Minister Kofi Mensah on Tuesday.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | -", "Meeting Ana Lopez, Kofi Mensah | 2021-06-08 | - | -"}},
		{name: "TogetherStaysOne", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met Kenyan Foreign Minister Peter Mwangi and Ghanaian Foreign Minister Kofi Mensah on Tuesday.",
			want: []string{"Meeting Ana Lopez, Kofi Mensah, Peter Mwangi | 2021-06-08 | - | -"}},
		{name: "PluralMeetingsHeldIsStillAnEvent", date: "2021-06-10",
			text:   "Foreign Minister Ana Lopez of Peru praised the joint commission meetings held in Lima with Kenyan Foreign Minister Peter Mwangi.",
			absent: []string{"Meeting - "}},
	})
}

// TestWhereClauseMeetingDate: "will travel to X tomorrow, where she will
// hold talks with Y": the talks are there and then.
func TestWhereClauseMeetingDate(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "WhereSheWillHoldTalks", date: "2021-06-10",
			text: "Tomorrow Foreign Minister Ana Lopez of Peru will travel to Nairobi, where she will hold talks with Kenyan Foreign Minister Peter Mwangi on trade.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-11 | Nairobi | -", "Visit Ana Lopez | 2021-06-11 | Nairobi | -"}},
		{name: "PhoneCallFromTheTripIsNotThere", date: "2021-06-10",
			text:   "Tomorrow Foreign Minister Ana Lopez of Peru will travel to Nairobi, where she will speak by phone with Chilean Foreign Minister Rosa Diaz.",
			absent: []string{"Meeting Ana Lopez, Rosa Diaz | 2021-06-11 | Nairobi"}},
	})
}

// TestTripAndModeNouns: "leaves today for a tour" is the leaver's trip;
// "spoke by videoconference with X" is one meeting, not two.
func TestTripAndModeNouns(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "LeavesForATour", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru leaves today for a week-long tour of Africa that will take her to Kenya, Ghana and Nigeria.",
			want: []string{"Visit Ana Lopez | 2021-06-10 | - | -"}},
		{name: "ByVideoconferenceIsTheMode", date: "2021-06-10",
			text:   "Foreign Minister Ana Lopez of Peru spoke on Tuesday by videoconference with Kenyan Foreign Minister Peter Mwangi.",
			want:   []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | virtual"},
			absent: []string{"Meeting Peter Mwangi |"}},
	})
}

// TestNthDayOfVisit: "on Monday, the second day of his visit" began the
// day before; "a visit to A and B" is in neither.
func TestNthDayOfVisit(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "SecondDayOfHisVisit", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru held talks with Kenyan Foreign Minister Peter Mwangi in Nairobi on Tuesday, the second day of her official visit to Kenya.",
			want: []string{"Visit Ana Lopez | 2021-06-07 | Kenya | -", "Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | Nairobi | -"}},
		{name: "ThirdDayOfAVisitIsTheSubjects", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru met today with Kenyan Foreign Minister Peter Mwangi, on the third day of a working visit to Kenya and Ghana.",
			want: []string{"Visit Ana Lopez | 2021-06-08 | - | -"}},
	})
}

// TestTripStops: "The tour will conclude in X" is a stop of the trip
// told, the traveller's.
func TestTripStops(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "TourWillConcludeIn", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru leaves today for a week-long tour of Africa. The tour will conclude in Accra.",
			want: []string{"Visit Ana Lopez | 2021-06-10 | - | -", "Visit Ana Lopez | - | Accra | -"}},
		{name: "TripThenContinuesIn", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru arrived in Nairobi on Tuesday for a three-nation trip. The trip then continues in Accra.",
			want: []string{"Visit Ana Lopez | - | Accra | -"}},
	})
}

// TestSummitSpeakers: a speaker to the gathering just told is at it.
func TestSummitSpeakers(t *testing.T) {
	// 2021-06-10 is a Thursday
	const told = "The African Union summit opened in Nairobi on Monday. Kenyan President John Kamau chaired the talks. "
	checkShapes(t, []shape{
		{name: "ToldTheDelegates", date: "2021-06-10",
			text: told + "\"We must act now,\" Ghanaian President Kofi Mensah told the delegates.",
			want: []string{"Summit John Kamau, Kofi Mensah | 2021-06-07 | Nairobi | -"}},
		{name: "AddressedTheOpeningCeremony", date: "2021-06-10",
			text: told + "UN Deputy Secretary-General Ana Costa addressed the opening ceremony as a guest.",
			want: []string{"Summit Ana Costa, John Kamau | 2021-06-07 | Nairobi | -"}},
		{name: "ToldReportersIsNoAudience", date: "2021-06-10",
			text: told + "Ghanaian President Kofi Mensah told reporters the talks went well.",
			want: []string{"Summit John Kamau | 2021-06-07 | Nairobi | -"}},
		{name: "NoGatheringTold", date: "2021-06-10",
			text:   "Ghanaian President Kofi Mensah told the delegates that the drought was over.",
			absent: []string{"Summit", "Meeting"}},
	})
}

// TestBackrefToTheOnlyGathering: "the conference" names the one gathering
// the story told, however far back.
func TestBackrefToTheOnlyGathering(t *testing.T) {
	// 2021-06-10 is a Thursday
	const told = "The African Union summit opened on Monday. Kenyan President John Kamau chaired the talks. The union has 55 members. Its budget grew last year. Trade rose by a tenth. "
	checkShapes(t, []shape{
		{name: "FarBackrefGivesPlace", date: "2021-06-10",
			text: told + "At the Nairobi conference, the leaders agreed to a new fund.",
			want: []string{"Summit John Kamau | 2021-06-07 | Nairobi | -"}},
		{name: "NotWhenAnotherEventWasTold", date: "2021-06-10",
			text: told + "Kamau met Ghanaian President Kofi Mensah on Tuesday. Mensah's budget grew. Trade rose. Prices fell. At the Accra conference, the leaders agreed to a new fund.",
			want: []string{"Meeting John Kamau, Kofi Mensah | 2021-06-08 | - | -", "Summit John Kamau | 2021-06-07 | - | -"}},
	})
}

// TestPlaceOfAnotherClause: a place told in a new clause after the event
// ("…, they will review …") is not the event's.
func TestPlaceOfAnotherClause(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "NewSubjectClause", date: "2021-06-10",
			text: "On Friday, during a meeting chaired by Kenyan Foreign Minister Peter Mwangi, they will review the pledges made at Accra last year.",
			want: []string{"Meeting Peter Mwangi | 2021-06-11 | - | -"}},
		{name: "ParticipleOnANounIsNotTheTense", date: "2021-06-10",
			text: "On Friday, at a meeting chaired by Kenyan Foreign Minister Peter Mwangi, the ministers approved the plan.",
			want: []string{"Meeting Peter Mwangi | 2021-06-04 | - | -"}},
		{name: "PlaceBeforeTheClauseStays", date: "2021-06-10",
			text: "Kenyan Foreign Minister Peter Mwangi met Ghanaian Foreign Minister Kofi Mensah in Accra on Tuesday and they agreed to meet again.",
			want: []string{"Meeting Kofi Mensah, Peter Mwangi | 2021-06-08 | Accra | -"}},
	})
}

// TestOneSidedMeeting: a meeting of one named person with no place and no
// unnamed other side told is a meeting whose other side was not read.
func TestOneSidedMeeting(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "OtherSideNotRead", date: "2021-06-10",
			text:   "Kenyan President John Kamau held a meeting on Tuesday with the woman who had led the opposition for a decade.",
			absent: []string{"Meeting"}},
		{name: "UnnamedCounterpartsKeepIt", date: "2021-06-10",
			text: "Kenyan President John Kamau will meet his counterparts on Friday.",
			want: []string{"Meeting John Kamau | 2021-06-11 | - | -"}},
		{name: "ChairedGatheringKeepsIt", date: "2021-06-10",
			text: "Kenyan President John Kamau chaired a meeting on Tuesday.",
			want: []string{"Meeting John Kamau | 2021-06-08 | - | -"}},
		{name: "PlaceKeepsIt", date: "2021-06-10",
			text: "Kenyan President John Kamau held a meeting in Accra on Tuesday.",
			want: []string{"Meeting John Kamau | 2021-06-08 | Accra | -"}},
	})
}

// TestCredentials: envoys presenting their credentials meet the head of
// state who receives them; the sentences of one ceremony are one Meeting.
func TestCredentials(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "PresentedTo", date: "2021-06-10",
			text: "Peruvian Ambassador Ana Lopez presented her credentials to Kenyan President John Kamau on Tuesday.",
			want: []string{"Meeting Ana Lopez, John Kamau | 2021-06-08 | - | -"}},
		{name: "EnvoysNamedNext", date: "2021-06-10",
			text: "Three new envoys presented their credentials to Kenyan President John Kamau today. " +
				"The envoys who presented their credentials were Ambassador of Peru Ana Lopez, Ambassador of Ghana Kofi Mensah and Ambassador of Norway Lars Berg.",
			want: []string{"Meeting Ana Lopez, John Kamau, Kofi Mensah, Lars Berg | 2021-06-10 | - | -"}},
		{name: "AcceptedTheCredentialsOf", date: "2021-06-10",
			text: "Kenyan President John Kamau on Wednesday accepted the credentials of Ghana's new High Commissioner Kofi Mensah.",
			want: []string{"Meeting John Kamau, Kofi Mensah | 2021-06-09 | - | -"}},
		{name: "PlacedInTheCity", date: "2021-06-10",
			text: "Ghana's new High Commissioner Kofi Mensah presented his credentials to Kenyan President John Kamau in Nairobi on Monday.",
			want: []string{"Meeting John Kamau, Kofi Mensah | 2021-06-07 | Nairobi | -"}},
		{name: "HereUnderTheDateline", date: "2021-06-10",
			text: "NAIROBI, June 10 - Ghana's new High Commissioner Kofi Mensah presented his credentials to Kenyan President John Kamau here today.",
			want: []string{"Meeting John Kamau, Kofi Mensah | 2021-06-10 | Nairobi | -"}},
		{name: "OtherSenseNoEvent", date: "2021-06-10",
			text:   "Kenyan President John Kamau questioned the democratic credentials of opposition leader Kofi Mensah on Tuesday.",
			absent: []string{"Meeting "}},
		{name: "DefinitionNamesNobody", date: "2021-06-10",
			text:   "Credentials are letters an ambassador presents to the head of state of the host country.",
			absent: []string{"Meeting "}},
	})
}

// TestJustArrived: "has arrived" with no date is the article's day.
func TestJustArrived(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "HasArrivedIn", date: "2021-06-10",
			text: "Peruvian President Ana Lopez has arrived in Kenya for a three-day state visit.",
			want: []string{"Visit Ana Lopez | 2021-06-10 | Kenya | -"}},
		{name: "HadArrivedIsNoDay", date: "2021-06-10",
			text:   "Peruvian President Ana Lopez had arrived in Kenya for a three-day state visit.",
			absent: []string{"Visit Ana Lopez | 2021-06-10"}},
		{name: "TheSentenceDateWins", date: "2021-06-10",
			text: "Peruvian President Ana Lopez has arrived in Kenya on Tuesday for a three-day state visit.",
			want: []string{"Visit Ana Lopez | 2021-06-08 | Kenya | -"}},
	})
}

// TestBarePluralMeetings: "meetings" with no determiner, count or other
// side names a kind of meeting, not one.
func TestBarePluralMeetings(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "CommitteeMeetingsAsMembers", date: "2021-06-10",
			text:   "From Monday, Kenya will take part in council meetings as a full member, said spokesman Peter Mwangi.",
			absent: []string{"Meeting "}},
		{name: "AfterKeyMeetingsIn", date: "2021-06-10",
			text:   "After key meetings in Nairobi, Foreign Minister Ana Lopez of Peru left for Accra.",
			absent: []string{"Meeting "}},
		{name: "CountedMeetingsStay", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru held three meetings in Nairobi on Tuesday.",
			want: []string{"Meeting Ana Lopez | 2021-06-08 | Nairobi | -"}},
		{name: "MeetingsWithStay", date: "2021-06-10",
			text: "Foreign Minister Ana Lopez of Peru held meetings with Kenyan Foreign Minister Peter Mwangi on Tuesday.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-06-08 | - | -"}},
	})
}

// TestArriveInCityForCountryVisit: arriving in a city for a visit to a
// country is the trip (the country) and its first stop (the city).
func TestArriveInCityForCountryVisit(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "ArriveForVisitTo", date: "2021-06-10",
			text: "Peruvian President Ana Lopez will arrive in Nairobi on Sunday for a three-day official visit to Kenya.",
			want: []string{"Visit Ana Lopez | 2021-06-13 | Kenya | -", "Visit Ana Lopez | 2021-06-13 | Nairobi | -"}},
		{name: "VisitToCityStaysOne", date: "2021-06-10",
			text:   "Peruvian President Ana Lopez arrived in Nairobi on Tuesday for a visit to the city.",
			want:   []string{"Visit Ana Lopez | 2021-06-08 | Nairobi | -"},
			absent: []string{"Visit Ana Lopez | 2021-06-08 | - | -"}},
	})
}
