package extract_test

import "testing"

// A country that is the object of a verb of dealing with another party
// ("thanked Japan", "urged Chad") is not the titled subject's own (the
// sentences are invented).
func TestOfficeNotFromOtherParty(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ThankedCountry", date: "2014-08-12",
			text:   "Liberia received 500 tonnes of rice from Japan on Monday.\n\nForeign Minister Abu Kollie thanked Japan for the rice on Tuesday.",
			want:   []string{"holds Abu Kollie | Foreign Minister | Liberia"},
			absent: []string{"holds Abu Kollie | Foreign Minister | Japan"}},
		{name: "UrgedCountry", date: "2014-08-12",
			text:   "Liberia closed its schools on Monday as the outbreak spread.\n\nHealth Minister Sara Doe urged Chad to open its border.",
			want:   []string{"holds Sara Doe | Health Minister | Liberia"},
			absent: []string{"holds Sara Doe | Health Minister | Chad"}},
		{name: "RepresentedCountryIsOwn", date: "2014-08-12",
			text: "NAIROBI — Foreign Minister Abu Kollie represented Liberia at the talks.",
			want: []string{"holds Abu Kollie | Foreign Minister | Liberia"}},
	})
}
