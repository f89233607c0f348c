package extract_test

import "testing"

// TestShipmentQuotedPassive: an official quoted telling, in the passive,
// that counted goods were sent ("30 tonnes of … were flown out today,"
// the minister posted) tells of an act of the speaker's country; the
// date of the quoted act dates the act the narrative told undated, and a
// "by X" inside the quotation names another sender.
func TestShipmentQuotedPassive(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MinisterPosts", date: "2023-02-08", title: "Relief for Syria",
			text: "The Egyptian government said on Wednesday that it had dispatched 30 tonnes of relief supplies to Syria.\n\n" +
				"Egyptian Foreign Minister Karim Fahmy wrote on X: \"30 tonnes of relief supplies including tents, blankets, field kitchens and medicines were flown out today.\"",
			want: []string{"item Egypt > Syria | relief supply | 30 tonne | 2023-02-08", "item Egypt > Syria | tent | - | 2023-02-08",
				"item Egypt > Syria | field kitchen | - | 2023-02-08", "item Egypt > Syria | medicine | - | 2023-02-08"}},
		{name: "ByAnotherSender", date: "2022-03-10", title: "Vaccines for Peru",
			text: "Peru received two million vaccines from Japan on Wednesday.\n\n" +
				"\"With this batch, 3 million doses have been donated to Peru by Japan,\" said Peru's Health Minister Rosa Quispe.",
			absent: []string{"item Peru >"}},
	})
}
