package extract_test

import "testing"

// An air force named by its acronym before a capitalised noun ("RNZAF
// Hercules aircraft", "RNZAF Air Component Commander") is its country's
// body, not the start of a person's name; and the New Zealand Defence
// Force's air component commander is a post of New Zealand, which a story
// may place through the force alone. The sentences are invented.
func TestAirForceAcronymsAndComponentCommander(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Aircraft", date: "2020-04-23",
			text: "RNZAF Hercules aircraft have also made two trips to Samoa, delivering tents to Apia.\n\n" +
				"Air Commodore Mere Tane said crews were tested before each flight.\n\n" +
				"“This included crews working in small bubbles.\n\n“Doctors have also been on hand to help.”\n\n" +
				"The Hercules that went to Tonga yesterday carried 300 tents and 40 generators.",
			absent: []string{"person RNZAF", "person Hercules"}},
		{name: "Commander", date: "2020-04-23",
			text: "The New Zealand Defence Force flew relief supplies to Samoa and Tonga on Monday.\n\n" +
				"Air Component Commander Air Commodore Mere Tane said the crews were tested before departure.",
			want: []string{"holds Mere Tane | Air Component Commander | New Zealand"}},
		{name: "AcronymTitle", date: "2020-04-23",
			text:   "Most of the crews are now home, said RNZAF Air Component Commander, Air Commodore Mere Tane.",
			want:   []string{"holds Mere Tane | Air Component Commander | New Zealand"},
			absent: []string{"person RNZAF"}},
	})
}
