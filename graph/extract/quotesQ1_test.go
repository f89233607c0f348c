package extract_test

import "testing"

// Quote speakers in shapes of real reports (the sentences are invented):
// a quote that is its own paragraph after a paragraph about a person, a
// quote after a colon in a sentence opened by a name, an attribution past
// an apposition that holds an "and", and a ministry's abbreviation that is
// no person.
func TestQuoteSpeakersAroundParagraphs(t *testing.T) {
	checkShapes(t, []shape{
		{name: "QuoteParagraphAfterPersonParagraph", date: "2020-03-30",
			text: "NATO Secretary General Carlos Ruiz addressed the ceremony, welcoming the country to the alliance.\n\n\"This is a proud day for the people of Moldova. It follows years of hard work and reform.\"\n\nAccording to him, joining the alliance is good for the region.",
			want: []string{"quote Carlos Ruiz | This is a proud day for the people of Moldova. It follows years of hard work and reform."}},
		{name: "QuoteParagraphAfterUntitledName", date: "2026-02-13",
			text: "The ships docked in Valparaiso on Friday.\n\nMarta Quispe Ramos, a 41-year-old nurse, watched the cargo come ashore with her son.\n\n\"This help matters a great deal to the families here. We have waited a long time.\"",
			want: []string{"quote Marta Quispe Ramos | This help matters a great deal to the families here. We have waited a long time."}},
		{name: "NarrativeSentenceIsNoNameLine", date: "2026-02-13",
			text: "Marta Quispe Ramos, a 41-year-old nurse, watched the cargo come ashore with her son.\n\n\"This help matters a great deal to the families here.\"\n\nPedro Mamani Flores, standing on the pier as he watched the crates unloaded, was doubtful: \"Sometimes the help never reaches the villages.\"",
			want: []string{"quote Marta Quispe Ramos | This help matters a great deal to the families here.", "quote Pedro Mamani Flores | Sometimes the help never reaches the villages."}},
		{name: "AppositionWithAndBeforeTold", date: "2016-04-15",
			text: `"It means they are now full partners of the bloc. Among the first steps is removing visa rules for its citizens," Jane Wambui Kariuki, the bloc's head of communications and public affairs, told reporters after the ceremony.`,
			want: []string{"quote Jane Wambui Kariuki | It means they are now full partners of the bloc. Among the first steps is removing visa rules for its citizens,"}},
		{name: "MinistryAbbreviationIsNoPerson", date: "2023-05-04",
			text:   `Following the talks, Amina Yusuf Bello, spokesperson of the Nigerian MoFA, tweeted, "The two ministers agreed to expand trade links this year."`,
			want:   []string{"quote Amina Yusuf Bello | The two ministers agreed to expand trade links this year."},
			absent: []string{"person MoFA"}},
	})
}

// A participle after a comma has the subject of the clause it hangs on,
// not the clause's object (the sentences are invented).
func TestQuoteParticipleSubject(t *testing.T) {
	checkShapes(t, []shape{
		{name: "EmphasizingAfterObject", date: "2024-06-12",
			text:   `Foreign Minister Ana Lopez reassured her counterpart Jorge Ruiz of Peru's steady support for Chile, emphasizing the government's commitment to "the continuity of our ties and steady cooperation in all areas."`,
			want:   []string{"quote Ana Lopez | the continuity of our ties and steady cooperation in all areas."},
			absent: []string{"quote Jorge Ruiz"}},
		{name: "AddingAfterObject", date: "2024-06-12",
			text: `President Mark Otieno thanked Prime Minister Sara Kimani for the aid, adding that "the two peoples will always stand together in hard times."`,
			want: []string{"quote Mark Otieno | the two peoples will always stand together in hard times."}},
	})
}
