package extract_test

import "testing"

// "his Qatari counterpart Sheikh X": forms of address between the role
// noun and the name leave the counterpart's post as it is without them.
// The sentences are invented.
func TestCounterpartWithFormOfAddress(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Sheikh", date: "2023-06-12",
			text: "In a telephone call on Sunday, Omani Foreign Minister Salim Al Harthy and his Kuwaiti counterpart Sheikh Nasser bin Faisal Al Sabah discussed regional issues.",
			want: []string{"holds Nasser bin Faisal Al Sabah | Foreign Minister | Kuwait"}},
		{name: "Doctor", date: "2022-03-29",
			text: "Kenyan Foreign Minister Peter Mwangi met his Ugandan counterpart Dr. John Okello in Kampala.",
			want: []string{"holds John Okello | Foreign Minister | Uganda"}},
		{name: "Plain", date: "2022-03-29",
			text: "Kenyan Foreign Minister Peter Mwangi met his Ugandan counterpart John Okello in Kampala.",
			want: []string{"holds John Okello | Foreign Minister | Uganda"}},
	})
}
