package extract_test

import "testing"

// TestEventBackrefPlace: a sentence that names the event told before
// ("The meeting took place …", "attended the summit on Sunday in …")
// places it, past the verb of taking place and the day it gives; a
// dateline is only where the story was filed. The sentences are invented.
func TestEventBackrefPlace(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TookPlaceOnSidelines", date: "2022-09-24",
			text:   "LIMA (Agency) Peruvian Foreign Minister Ana Soto met with her Chilean counterpart, Jorge Ruiz, to discuss trade, the ministry said on Saturday.\n\nThe meeting took place on the sidelines of the 77th session of the UN General Assembly in New York.",
			want:   []string{"Meeting Ana Soto, Jorge Ruiz | 2022-09-24 | New York | -"},
			absent: []string{"Meeting Ana Soto, Jorge Ruiz | 2022-09-24 | Lima"}},
		{name: "AttendedTheSummitOnDayIn", date: "2021-06-06",
			text: "Regional leaders decided at an extraordinary summit, chaired by President Jorge Ruiz, to suspend Bolivia from the bloc. Nine heads of state attended the summit on Saturday in the Peruvian capital Lima.",
			want: []string{"Summit Jorge Ruiz | 2021-06-05 | Lima | -"}},
		{name: "WillTakePlaceIn", date: "2023-03-01",
			text: "President Ana Soto will meet President Jorge Ruiz on Friday. The meeting will take place in Nairobi.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-03-03 | Nairobi | -"}},
		{name: "WereHeldOnDayIn", date: "2023-03-01",
			text: "Peruvian Foreign Minister Ana Soto held talks with Foreign Minister Jorge Ruiz of Chile. The talks were held on Monday in Hanoi.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-02-27 | Hanoi | -"}},
		{name: "TopicPlaceStaysOut", date: "2023-03-01",
			text:   "Foreign Minister Ana Soto held talks with Foreign Minister Jorge Ruiz of Chile on Monday. The talks focused on the crisis in Haiti.",
			absent: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-02-27 | Haiti"}},
	})
}

// TestEventStoryPlaceMore: a meeting told with no place took place where
// the story puts one of its people: at the gathering a roll-up of
// meetings places them ("held a series of meetings with his counterparts
// on the sidelines of X in Y"), at the summit the sentences around name
// them at. The sentences are invented.
func TestEventStoryPlaceMore(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SeriesOnSidelinesPlacesLaterMeeting", date: "2023-09-26",
			text: "Foreign Minister Ana Soto held a series of bilateral meetings with her counterparts on the sidelines of the UN General Assembly session in New York. She met Foreign Minister Jorge Ruiz of Chile on Monday.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-09-25 | New York | -"}},
		{name: "MetWhilePresentAtSummit", date: "2016-11-19",
			text: "LIMA, Peru — Trade hung heavy over the gathering of Pacific leaders on Saturday.\n\nJapan's Prime Minister Taro Sato is present at the summit in Lima but keeping a low profile.\n\nCanadian Prime Minister Anne Leblanc on Saturday met with Sato to discuss trade.",
			want: []string{"Meeting Anne Leblanc, Taro Sato | 2016-11-19 | Lima | -"}},
		{name: "SeriesByPhonePlacesNothing", date: "2023-09-26",
			text:   "Foreign Minister Ana Soto held a series of phone calls with her counterparts from her office in Lima. She met Foreign Minister Jorge Ruiz of Chile in person on Monday.",
			absent: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-09-25 | Lima"}},
	})
}

// TestEventCapitalByDemonym: "the Indian capital" is the country's seat of
// government, not another city the lexicon adds. The sentences are
// invented.
func TestEventCapitalByDemonym(t *testing.T) {
	checkShapes(t, []shape{
		{name: "IndianCapital", date: "2023-05-20",
			text:   "Foreign Minister Ana Soto of Peru met Foreign Minister Ravi Menon in the Indian capital on Tuesday.",
			want:   []string{"Meeting Ana Soto, Ravi Menon | 2023-05-16 | New Delhi | -"},
			absent: []string{"city Navi Mumbai"}},
		{name: "MalaysianCapital", date: "2023-05-20",
			text: "Foreign Minister Ana Soto of Peru arrived in the Malaysian capital on Tuesday.",
			want: []string{"Visit Ana Soto | 2023-05-16 | Kuala Lumpur | -"}},
	})
}

// TestEventDatelineOrSummit: a meeting the lede tells with no place took
// place at the summit the story has one of its people attend that day in
// another city, not in the dateline's city, where the story was filed. A
// summit told as before ("had attended") or to come leaves the dateline.
// The sentences are invented.
func TestEventDatelineOrSummit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InCityToAttendSummit", date: "2023-05-20",
			text: "NEW DELHI: Prime Minister Ana Soto held bilateral talks with President Jorge Ruiz on Tuesday.\n\nSoto is in Hiroshima to attend the G7 summit.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-05-16 | Hiroshima | -"}},
		{name: "SummitIsBeingHeldIn", date: "2023-05-20",
			text: "NEW DELHI: Prime Minister Ana Soto held talks with President Jorge Ruiz on Tuesday on the sidelines of the G7 summit.\n\nThe summit is being held in Hiroshima.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-05-16 | Hiroshima | -"}},
		{name: "HadAttendedKeepsDateline", date: "2023-05-20",
			text: "NEW DELHI: Prime Minister Ana Soto met President Jorge Ruiz on Monday.\n\nSoto had attended the G7 summit in Hiroshima.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-05-15 | New Delhi | -"}},
		{name: "WillAttendKeepsDateline", date: "2023-05-20",
			text: "NEW DELHI: Prime Minister Ana Soto met President Jorge Ruiz on Monday.\n\nSoto will attend the G7 summit in Hiroshima.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz | 2023-05-15 | New Delhi | -"}},
	})
}
