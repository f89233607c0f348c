package extract_test

import "testing"

// TestEventStoryPlace: a meeting told with no place of its own took place
// where the story puts one of its people in person that day, told before
// it or else after it; a call has no place, and a meeting of another day
// takes none. The sentences are invented.
func TestEventStoryPlace(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SeriesThenMeeting", date: "2022-09-21",
			text: "Foreign Minister Ana Lopez held a series of meetings with President Jorge Ruiz and others on the sidelines of the General Assembly in New York on Tuesday. " +
				"She exchanged views on trade. Lopez also met her counterpart from Norway, Karl Olsen, and discussed shipping.",
			want: []string{"Meeting Ana Lopez, Karl Olsen | 2022-09-20 | New York | -"}},
		{name: "ArrivedThenWillMeet", date: "2022-09-21",
			text: "Prime Minister Tom Hale arrived in Hanoi on Wednesday on a two-day visit. He was received at the airport by officials. " +
				"Hale will hold talks with Prime Minister Van Minh and President Le Quan.",
			want: []string{"Meeting Le Quan, Tom Hale, Van Minh | - | Hanoi | -"}},
		{name: "PlaceToldAfter", date: "2022-11-16",
			text: "Prime Minister Tom Hale met President Jorge Ruiz on Tuesday and discussed trade. On Tuesday, Hale also held talks in Jakarta with Chancellor Karl Olsen.",
			want: []string{"Meeting Jorge Ruiz, Tom Hale | 2022-11-15 | Jakarta | -"}},
		{name: "CallHasNoPlace", date: "2022-09-21",
			text:   "Prime Minister Tom Hale arrived in Hanoi on Wednesday. Hale spoke by phone with Chancellor Karl Olsen.",
			absent: []string{"Meeting Karl Olsen, Tom Hale | 2022-09-21 | Hanoi"}},
		{name: "OtherDayNoPlace", date: "2022-11-16",
			text: "Prime Minister Tom Hale met President Jorge Ruiz in Lima on Tuesday. Hale met Chancellor Karl Olsen last month.",
			want: []string{"Meeting Karl Olsen, Tom Hale | 2022-10 | - | -"}},
	})
}
