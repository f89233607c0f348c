package extract_test

import "testing"

// TestShipmentConjunctOwnSubject: "…, and COUNTRY VERB GOODS to PLACE"
// after a clause of another sender is an act of its own even when its
// goods follow the verb and are named by an umbrella word only ("medical
// aid", "relief supplies"): the goods are not the first clause's sender's.
func TestShipmentConjunctOwnSubject(t *testing.T) {
	checkShapes(t, []shape{
		{name: "UmbrellaAfterVerb", date: "2020-04-02",
			text:   "A team of 40 doctors from Ukraine arrived in Moldova on Wednesday, and Romania sent medical aid to Moldova.",
			want:   []string{"item Romania > Moldova | medical aid | - | -"},
			absent: []string{"item Ukraine > Moldova"}},
		{name: "ListAfterVerb", date: "2018-10-05",
			text:   "Rescue workers from Japan landed in Palu on Thursday, and Singapore delivered tents and medical supplies to Indonesia.",
			want:   []string{"item Singapore > Indonesia | tent | - | -"},
			absent: []string{"item Japan > Indonesia"}},
	})
}
