package extract_test

import "testing"

// Events, round 14: shapes of real news prose (invented sentences, none
// from the evaluation corpus).

// TestEventMovedDate: a meeting "postponed to" or "moved forward to" a
// day takes place that day, not on the day given up; a day a few weeks
// after the story that a past verb frames keeps the story's year.
func TestEventMovedDate(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PostponedTo", date: "2022-11-27",
			text:   "The ASEAN Economic Ministers Meeting, originally planned for December 2, has been postponed to December 6, the secretariat said.",
			want:   []string{"Meeting - | 2022-12-06 | - | -"},
			absent: []string{"Meeting - | 2021-12-02", "Meeting - | 2022-12-02"}},
		{name: "MovedForward", date: "2022-04-20",
			text: "The summit of Andean leaders was moved forward to May 3 because of the election.",
			want: []string{"Summit - | 2022-05-03 | - | -"}},
		{name: "PastDayLastYear", date: "2022-11-20",
			text: "Foreign Minister Ana Lopez met her Chilean counterpart Paul Brandt on December 2 in Lima.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-12-02 | Lima | -"}},
	})
}

// TestEventFollowingDay: "arrives on May 30, and will meet Y the
// following day": the meeting is on the day after the one told.
func TestEventFollowingDay(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MeetFollowingDay", date: "2021-05-17",
			text: "Chilean President Paul Brandt arrives in Lima on May 30, and he will meet with President Ana Lopez for talks the following day.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-05-31 | - | -"}},
		{name: "NoWordsSameDay", date: "2021-05-17",
			text: "Chilean President Paul Brandt arrives in Lima on May 30, and he will meet with President Ana Lopez for talks.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-05-30 | - | -"}},
	})
}

// TestEventVisitingDignitary: "the visiting dignitary" with no name after
// stands for the visitor of the visit just told.
func TestEventVisitingDignitary(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CallsOn", date: "2022-03-08",
			text: "Kenyan Foreign Minister John Kamau reached Peru last night for his first visit to the country.\n\nThe visiting dignitary will also call on President Ana Lopez for an exchange of views.",
			want: []string{"Meeting Ana Lopez, John Kamau | - | Peru | -"}},
		{name: "NoVisitTold", date: "2022-03-08",
			text:   "Kenyan Foreign Minister John Kamau spoke to reporters in Nairobi.\n\nThe visiting dignitary will also call on President Ana Lopez for an exchange of views.",
			absent: []string{"Meeting Ana Lopez, John Kamau"}},
	})
}

// TestEventCompanionInTalks: "X was accompanied by Y" paragraphs after
// X's talks puts Y in those talks too (GUIDELINES 6.3), not only in
// X's visit.
func TestEventCompanionInTalks(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TalksFurtherBack", date: "2019-10-04",
			text: "President Ana Lopez this evening held talks with Kenyan Foreign Minister John Kamau at the palace in Lima.\n\nThey discussed trade and security.\n\nThey also reviewed the situation in the region.\n\nLopez said the visit by the minister showed close ties.\n\nThe two governments have fought corruption.\n\nKenya had promised to fund schools.\n\nKamau was accompanied by Kenya's Ambassador to Peru, Rosa Mwende.",
			want: []string{"Meeting Ana Lopez, John Kamau, Rosa Mwende | 2019-10-04 | Lima | -"}},
	})
}

// TestEventDelegationHeads: "A and the Foreign Minister of Y B led their
// respective delegations in the talks" puts both heads in the talks told
// before.
func TestEventDelegationHeads(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LedDelegations", date: "2023-08-03",
			text: "Peru and Chile on Thursday held delegation-level talks at the Foreign Ministry in Lima.\n\nThe Foreign Minister of Peru Ana Lopez and the Foreign Minister of Chile Paul Brandt led their respective delegations in the talks.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2023-08-03 | Lima | -"}},
		{name: "LedDelegation", date: "2023-08-03",
			text: "Peru and Chile on Thursday held talks in Lima.\n\nTrade Minister Rosa Gil led the Peruvian delegation at the talks.",
			want: []string{"Meeting Rosa Gil | 2023-08-03 | Lima | -"}},
	})
}

// TestEventTheseWere: "Only four leaders attended the summit. These were
// Presidents A, B, C and D." puts the four at the summit; so does a
// sentence that tells a count of leaders taking part.
func TestEventTheseWere(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AfterAttended", date: "2019-11-14",
			text: "Only three Andean leaders attended Wednesday's opening in Lima of an extraordinary summit of the Andean Community.\n\nThese were presidents Ana Lopez of Peru, Chile's Paul Brandt and Juan Cruz of Bolivia.",
			want: []string{"Summit Ana Lopez, Juan Cruz, Paul Brandt | 2019-11-13 | Lima | -"}},
		{name: "AfterConfirmed", date: "2019-11-14",
			text: "Lima - Presidents from three countries have confirmed their participation in the 12th Ordinary Summit of the Andean Community taking place on 20 November in Lima.\n\nThese are Presidents Ana Lopez from Peru, Paul Brandt (Chile) and Juan Cruz (Bolivia).",
			want: []string{"Summit Ana Lopez, Juan Cruz, Paul Brandt | 2019-11-20 | Lima | -"}},
	})
}

// TestEventAmongThosePresent: "Among those present were A and B" after
// the talks of a state visit puts A and B in the talks.
func TestEventAmongThosePresent(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AfterVisitAndTalks", date: "2023-07-26",
			text: "LIMA, July 26 - Chilean President Paul Brandt held talks with Peru's President Ana Lopez in Lima today during his three-day state visit to Peru.\n\nThe meeting will also identify new areas of cooperation.\n\nAmong those present were Trade Minister Rosa Gil and Foreign Minister Juan Cruz.",
			want: []string{"Meeting Ana Lopez, Juan Cruz, Paul Brandt, Rosa Gil | 2023-07-26 | Lima | -"}},
	})
}

// TestEventLeadersSessionPeople: leaders who "started the 12th session of
// the Council" hold a summit; the one who "arrived … to head the
// delegation" is at it; "The other leaders taking part in the summit are
// A; B" puts A and B there, and the leaders named since the summit.
func TestEventLeadersSessionPeople(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SessionHeadOthers", date: "2019-11-14",
			text: "Lima - Leaders and heads of delegations of Andean Community countries started the 12th session of the Andean Presidential Council here on Wednesday.\n\nPresident Ana Lopez of Ecuador arrived in Lima on Wednesday to head the Ecuadorian delegation.\n\nUpon arrival, she was received by President Juan Cruz of Peru.\n\nThe other Andean leaders taking part in the summit are Paul Brandt, President of Chile; and Rosa Gil, Vice-President of Bolivia.",
			want: []string{"Summit Ana Lopez, Juan Cruz, Paul Brandt, Rosa Gil | 2019-11-13 | Lima | -"}},
		{name: "HeadNoGathering", date: "2019-11-14",
			text:   "President Ana Lopez of Ecuador arrived in Lima on Wednesday to head the Ecuadorian delegation.",
			absent: []string{"Summit", "Meeting"}},
	})
}

// TestEventFrontedDateDuringCall: "On October 18, A and B agreed …
// during a telephone call": the clause after the fronted date tells who
// took part.
func TestEventFrontedDateDuringCall(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FrontedDate", date: "2018-11-20",
			text: "On October 18, Ana Lopez and Paul Brandt expressed resolve to expand ties during a telephone call.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2018-10-18 | - | phone"}},
	})
}

// TestEventAndHisCounterpart: "A and her Chilean counterpart expressed …
// during a telephone call", the counterpart named before: both took part;
// with the first not read, no one-sided call.
func TestEventAndHisCounterpart(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BothRead", date: "2018-11-20",
			text: "Chilean President Paul Brandt will visit Peru next month. On October 18, President Ana Lopez and her Chilean counterpart expressed firm resolve to expand ties during a telephone call.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2018-10-18 | - | phone"}},
		{name: "FirstNotRead", date: "2018-11-20",
			text:   "Chilean President Paul Brandt will visit Peru next month. On October 18, the premier and his Chilean counterpart expressed firm resolve to expand ties during a telephone call.",
			absent: []string{"Meeting Paul Brandt | 2018-10-18"}},
	})
}

// TestEventLedeMeetingIsSummit: a first line that calls the story's
// summit a meeting of two heads of state tells that summit.
func TestEventLedeMeetingIsSummit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LedeLine", date: "2025-12-03",
			text:   "Peru's President Ana Lopez chairs meeting attended by Chilean President Paul Brandt for the first time since 2020\n\nLIMA\n\nThe 12th summit of the Andean Community opened Wednesday in Lima, with Peru's President Ana Lopez chairing the session.",
			want:   []string{"Summit Ana Lopez, Paul Brandt | 2025-12-03 | Lima | -"},
			absent: []string{"Meeting Ana Lopez, Paul Brandt"}},
		{name: "MinistersNotHeads", date: "2025-12-03",
			text:   "Peru's Trade Minister Ana Lopez holds meeting with Chilean Trade Minister Paul Brandt\n\nLIMA\n\nThe 12th summit of the Andean Community opened Wednesday in Lima.",
			absent: []string{"Summit Ana Lopez, Paul Brandt"}},
	})
}

// TestEventLookedForwardTo: "looked forward to the President's visit to
// the UK in July" is a visit to come: this year's July.
func TestEventLookedForwardTo(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LookedForward", date: "2018-05-11",
			text: "Finally, Prime Minister Ana Lopez and President Paul Brandt looked forward to Brandt's visit to Peru in July.",
			want: []string{"Visit Paul Brandt | 2018-07 | Peru | -"}},
	})
}

// TestEventHabitualPlural: "his annual visits to the shrine", "regular
// meetings" are a habit; "the annual summit" is one occasion.
func TestEventHabitualPlural(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AnnualVisits", date: "2006-09-28",
			text:   "Former Prime Minister Ana Lopez angered her neighbours with her public annual visits to the war shrine in Lima.",
			absent: []string{"Visit Ana Lopez"}},
		{name: "RegularMeetings", date: "2006-09-28",
			text:   "Foreign Minister Ana Lopez said regular meetings with Chilean Foreign Minister Paul Brandt had helped.",
			absent: []string{"Meeting Ana Lopez, Paul Brandt"}},
		{name: "AnnualSummitSingular", date: "2006-09-28",
			text: "President Ana Lopez will attend the annual summit of the Andean Community in Quito on Friday.",
			want: []string{"Summit Ana Lopez | 2006-09-29 | Quito | -"}},
	})
}

// TestEventSameDayMeeting: "X is among the ministers to attend the
// October 11 meeting" after the meeting of that day with X is that one.
func TestEventSameDayMeeting(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AmongMinisters", date: "2023-10-09",
			text:   "LIMA: Peru will host the Council of Ministers Meeting of the Andean Community on October 11, which will be attended by ministers of 4 countries, including Foreign Minister Ana Lopez.\n\nForeign Minister Ana Lopez is among the four ministers to attend the October 11 meeting.",
			want:   []string{"Meeting Ana Lopez | 2023-10-11 | Lima | -"},
			absent: []string{"Meeting Ana Lopez | 2023-10-11 | - | -"}},
	})
}

// TestEventUnnamedOfficeSide: "The Prime Minister held a telephone call
// with President X this evening", the Prime Minister never named: a call
// with X; a meeting with no other side told stays out.
func TestEventUnnamedOfficeSide(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OfficeSubject", date: "2018-05-11",
			text: "A government spokesperson said:\n\nThe Prime Minister held a telephone call with Chilean President Paul Brandt this evening.",
			want: []string{"Meeting Paul Brandt | 2018-05-11 | - | phone"}},
		{name: "NoOtherSide", date: "2018-05-11",
			text:   "Chilean President Paul Brandt held a meeting this evening.",
			absent: []string{"Meeting Paul Brandt"}},
	})
}
