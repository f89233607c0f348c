package extract_test

import "testing"

// TestEventCoNamed: the people a sentence names beside the one meeting or
// summit it tells take part in it (GUIDELINES 6.3), whatever the clause
// that names them; not a source, a possessor or a person a noun belongs to.
func TestEventCoNamed(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WhereClause", date: "2021-06-17",
			text: "Kenyan President Peter Mwangi hosted the East African Community summit in Nairobi on Monday, " +
				"where Ugandan President John Okello and Rwandan Prime Minister Marie Uwase signed the new trade protocol.",
			want: []string{"Summit John Okello, Marie Uwase, Peter Mwangi | 2021-06-14 | Nairobi | -"}},
		{name: "BroughtTogether", date: "2021-06-17",
			text: "The talks in Lima on Tuesday, which Chilean Foreign Minister Jorge Ruiz also joined, " +
				"brought together Foreign Minister Ana Soto and her Bolivian counterpart Luis Vega.",
			want: []string{"Meeting Ana Soto, Jorge Ruiz, Luis Vega | 2021-06-15 | Lima | -"}},
		{name: "WithAbsolute", date: "2021-06-17",
			text: "Foreign Minister Ana Soto met Chilean Foreign Minister Jorge Ruiz in Lima on Tuesday, with Deputy Minister Carla Mendez taking notes.",
			want: []string{"Meeting Ana Soto, Carla Mendez, Jorge Ruiz | 2021-06-15 | Lima | -"}},
		{name: "AdviserTo", date: "2021-06-17",
			text:   "Omar Haddad, an adviser to President Peter Mwangi, met Foreign Minister Ana Soto in Lima on Tuesday.",
			want:   []string{"Meeting Ana Soto, Omar Haddad | 2021-06-15 | Lima | -"},
			absent: []string{"Meeting Ana Soto, Omar Haddad, Peter Mwangi"}},
		{name: "Source", date: "2021-06-17",
			text: "Foreign Minister Ana Soto met President Peter Mwangi in Lima on Tuesday, spokesman Luis Vega said.",
			want: []string{"Meeting Ana Soto, Peter Mwangi | 2021-06-15 | Lima | -"}},
		{name: "AccordingTo", date: "2021-06-17",
			text: "Foreign Minister Ana Soto met President Peter Mwangi in Lima on Tuesday, according to spokesman Luis Vega.",
			want: []string{"Meeting Ana Soto, Peter Mwangi | 2021-06-15 | Lima | -"}},
		{name: "AccordingToFronted", date: "2021-06-17",
			text:   "According to spokesman Luis Vega, Foreign Minister Ana Soto met President Peter Mwangi in Lima on Tuesday.",
			want:   []string{"Meeting Ana Soto, Peter Mwangi | 2021-06-15 | Lima | -"},
			absent: []string{"Meeting Ana Soto, Luis Vega"}},
		{name: "PossessorIsNoSubject", date: "2021-06-17",
			text:   "President Peter Mwangi's envoy met Foreign Minister Ana Soto and Trade Minister Luis Vega in Lima on Tuesday.",
			absent: []string{"Meeting Ana Soto, Luis Vega, Peter Mwangi"}},
		{name: "VisitHostIsNoParticipant", date: "2021-06-17",
			text:   "Foreign Minister Ana Soto arrived in Nairobi on Tuesday for a two-day visit at the invitation of President Peter Mwangi.",
			absent: []string{"Visit Ana Soto, Peter Mwangi"}},
		{name: "Quoted", date: "2021-06-17",
			text: "Foreign Minister Ana Soto met President Peter Mwangi in Lima on Tuesday and said \"Jorge Ruiz would have liked this\".",
			want: []string{"Meeting Ana Soto, Peter Mwangi | 2021-06-15 | Lima | -"}},
	})
}
