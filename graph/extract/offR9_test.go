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

// A list of delegations in a communiqué: each line labels its country
// with a colon and names its delegate by a form of address, without a
// full stop ("Zambia: His Excellency President X"). Such a line is no
// heading in title case: its names are people with their titles. The
// sentences are invented.
func TestDelegationLinesAreNoHeadings(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Excellency", date: "2022-01-15",
			text: "The summit was attended by the following Heads of State:\n\n" +
				"Kenya: His Excellency President Amadou Koroma\n\n" +
				"Togo: Right Hon. Peter Banda, Prime Minister of the Republic of Togo\n\n" +
				"Ghana: Hon. Kwame Mensah Boateng, Minister of Finance of the Republic of Ghana\n",
			want: []string{"holds Amadou Koroma | President | Kenya", "holds Peter Banda | Prime Minister | Togo",
				"holds Kwame Mensah Boateng | Finance Minister | Ghana"}},
		// a sub-heading in title case still names no one by its capitals
		{name: "Heading", date: "2022-01-15",
			text:   "The summit opened on Monday.\n\nKenya: New Trade Talks Begin In Nairobi\n\nThe talks will last two days.",
			absent: []string{"person New Trade Talks"}},
	})
}

// "Ambassador X, High Commissioner of Y to Z": the diplomatic rank in
// front of a name whose post is the apposition after it is a form of
// address, not a second post. The sentences are invented.
func TestAmbassadorRankBeforeDiplomaticApposition(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HighCommissioner", date: "2022-01-15",
			text:   "She met His Excellency Ambassador Juan Ruiz, High Commissioner of the Republic of Ghana to South Africa, on Monday.",
			want:   []string{"holds Juan Ruiz | High Commissioner | Ghana"},
			absent: []string{"holds Juan Ruiz | Ambassador | Ghana"}},
		{name: "PermanentRepresentative", date: "2022-01-15",
			text:   "The council heard Ambassador Peter Banda, Permanent Representative of Kenya to the United Nations.",
			want:   []string{"holds Peter Banda | Permanent Representative | Kenya"},
			absent: []string{"holds Peter Banda | Ambassador | Kenya"}},
		// another post in apposition: both are held
		{name: "Minister", date: "2022-01-15",
			text: "She met Ambassador Juan Ruiz, Deputy Foreign Minister of Ghana, on Monday.",
			want: []string{"holds Juan Ruiz | Deputy Foreign Minister | Ghana"}},
	})
}

// "the deputy governor of X", "Vice Governor X", "deputy health minister
// X": a deputy's post whose title the lexicon does not have is not the
// post of the title after "deputy" or "vice"; it is the title as
// written. The sentences are invented.
func TestDeputyOfATitle(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LowerCaseApposition", date: "2023-04-11",
			text:   "Mohammad Rahimi, the deputy governor of Kandahar, said relations with Iran are improving in Afghanistan.",
			want:   []string{"holds Mohammad Rahimi | Deputy Governor | Afghanistan"},
			absent: []string{"office Governor | Afghanistan"}},
		{name: "Vice", date: "2023-04-11",
			text:   "Vice Governor Ana Cruz of the Philippines received the shipment.",
			want:   []string{"holds Ana Cruz | Vice Governor | Philippines"},
			absent: []string{"office Governor | Philippines"}},
		{name: "Portfolio", date: "2023-04-11",
			text:   "Afghanistan's deputy health minister Karim Noori received the shipment.",
			want:   []string{"holds Karim Noori | Deputy Health Minister | Afghanistan"},
			absent: []string{"holds Karim Noori | Health Minister | Afghanistan"}},
		// the lexicon's own deputy titles stay as they are
		{name: "Known", date: "2023-04-11",
			text: "Kenyan Deputy Foreign Minister Ruth Otieno received the shipment.",
			want: []string{"holds Ruth Otieno | Deputy Foreign Minister | Kenya"}},
	})
}

// "the Ambassador from Denmark, Her Excellency X": an envoy "from" a
// country is its envoy, as one "of" it is. The sentences are invented.
func TestEnvoyFromACountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ApposedWithAddress", date: "2013-08-20",
			text: "President John Mahama received letters of credence in Accra. The Ambassador from Norway, Her Excellency Ingrid Berg took her turn followed by the first Ambassador from Peru, Rosa Alvarez.",
			want: []string{"holds Ingrid Berg | Ambassador | Norway", "holds Rosa Alvarez | Ambassador | Peru"}},
		{name: "InFront", date: "2013-08-20",
			text: "Ambassador from Chile Juan Soto presented his credentials to President John Mahama in Accra.",
			want: []string{"holds Juan Soto | Ambassador | Chile"}},
	})
}
