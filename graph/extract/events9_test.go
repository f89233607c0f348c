package extract_test

import "testing"

// Events, round 9: shapes of unseen news prose. Invented sentences (none
// from the evaluation corpus or the probe sets).

// TestEventStoryDay: a lede that dates a held meeting sets the day of the
// story's later undated meetings of the same person; not those told as
// earlier ("had met", "last year") nor those of other people.
func TestEventStoryDay(t *testing.T) {
	lede := "Foreign Minister Ana Lopez on Friday held talks with her counterparts from Chile and Peru.\n\n"
	checkShapes(t, []shape{
		{name: "LaterParagraph", date: "2021-06-12",
			text: lede + "Lopez held talks with Chilean Foreign Minister Paul Brandt and discussed trade.\n\n" +
				"She also held a bilateral meeting with Peruvian Foreign Minister Mario Ruiz.",
			want: []string{"Meeting Ana Lopez, Paul Brandt | 2021-06-11 | - | -", "Meeting Ana Lopez, Mario Ruiz | 2021-06-11 | - | -"}},
		{name: "HadMet", date: "2021-06-12",
			text:   lede + "Lopez had held talks with Chilean Foreign Minister Paul Brandt in Lima.",
			want:   []string{"Meeting Ana Lopez, Paul Brandt | - | Lima | -"},
			absent: []string{"Paul Brandt | 2021-06-11"}},
		{name: "OtherPeople", date: "2021-06-12",
			text:   lede + "Chilean Foreign Minister Paul Brandt held talks with Peruvian Foreign Minister Mario Ruiz.",
			want:   []string{"Meeting Mario Ruiz, Paul Brandt | - | - | -"},
			absent: []string{"Paul Brandt | 2021-06-11"}},
	})
}

// TestEventStoryDayTrip: a story of a trip dates no undated meeting of it.
func TestEventStoryDayTrip(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DuringTrip", date: "2021-06-12",
			text: "Foreign Minister Ana Lopez on Friday held talks with Chilean Foreign Minister Paul Brandt.\n\n" +
				"Lopez is on a three-day visit to Peru, where she held talks with Peruvian Foreign Minister Mario Ruiz.",
			absent: []string{"Mario Ruiz | 2021-06-11"}},
	})
}

// TestEventCouncilOfTheHeads: "the Meeting of the Council of the Heads of
// State" of a grouping is its leaders' summit (GUIDELINES 6.1).
func TestEventCouncilOfTheHeads(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OfTheHeads", date: "2021-06-12",
			text:   "The 12th Meeting of the Council of the Heads of State of the East African Union opened in Nairobi on Friday.",
			want:   []string{"Summit - | 2021-06-11 | Nairobi | -"},
			absent: []string{"Meeting - | 2021-06-11"}},
		{name: "OfHeads", date: "2021-06-12",
			text: "The 12th Meeting of the Council of Heads of State of the East African Union opened in Nairobi on Friday.",
			want: []string{"Summit - | 2021-06-11 | Nairobi | -"}},
		{name: "OfMinisters", date: "2021-06-12",
			text:   "The 12th Meeting of the Council of the Foreign Ministers of the East African Union opened in Nairobi on Friday.",
			absent: []string{"Summit"}},
	})
}

// TestEventDatelineHome: a dateline in the visitor's own country is where
// the trip starts, not its place; a foreign visitor's stays.
func TestEventDatelineHome(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OwnCapital", date: "2021-06-12",
			text:   "NAIROBI (Wire) – Kenyan President John Kamau's journey to South America begins today.",
			want:   []string{"Visit John Kamau | 2021-06-12 | - | -"},
			absent: []string{"Visit John Kamau | 2021-06-12 | Nairobi"}},
		{name: "ForeignVisitor", date: "2021-06-12",
			text: "NAIROBI (Wire) – Chilean President Ana Lopez's state visit begins today.",
			want: []string{"Visit Ana Lopez | 2021-06-12 | Nairobi | -"}},
	})
}

// TestEventMergedDayRefines: two mentions of one occasion, a month and
// later a day of it: the day.
func TestEventMergedDayRefines(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MonthThenDay", date: "2021-05-12",
			text: "The 12th East African Union Summit will be held in Nairobi in June. " +
				"President John Kamau said the 12th East African Union Summit would open on June 14.",
			want:   []string{"Summit - | 2021-06-14 | Nairobi | -"},
			absent: []string{"| 2021-06 |"}},
	})
}
