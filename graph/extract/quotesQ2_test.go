package extract_test

import "testing"

// The speaker of a quote whose attribution follows it in a passive or in
// an agency's "quoted X as saying", of a quote after a name and an
// aside that names someone else, and of a pronoun after a sentence whose
// subject follows a title that is the object of "on behalf of" (the
// sentences are invented).
func TestQuoteSpeakersPastAsides(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PassiveQuotedAfterTitleAside", date: "2021-03-04",
			text:   "\"Welcome to the new hospital!\" Zambian Health Minister Peter Mwale said to the crowd.\n\n\"The cargo will reach the camps within days,\" Maria Lopez, WFP Country Director for West and Central Africa was quoted as saying.",
			want:   []string{"quote Maria Lopez | The cargo will reach the camps within days,"},
			absent: []string{"quote Peter Mwale | The cargo"}},
		{name: "AgencyQuotedObjectAfterQuote", date: "2021-03-04",
			text:   "\"Welcome to the new hospital!\" Zambian Health Minister Peter Mwale said to the crowd.\n\n\"Norway decided to give 50 tonnes of rice to the people of Chad,\" the agency quoted Norwegian Crown Prince Olav Berg as saying during the meeting.",
			want:   []string{"quote Olav Berg | Norway decided to give 50 tonnes of rice to the people of Chad,"},
			absent: []string{"quote Peter Mwale | Norway"}},
		{name: "NameThenAsideNamingAnother", date: "2022-08-25",
			text:   `Anna Berg, the deputy of Swedish Prime Minister Lars Holm, called the deal a "turning point for the region."`,
			want:   []string{"quote Anna Berg | turning point for the region."},
			absent: []string{"quote Lars Holm"}},
		{name: "TitleThenNameAsideStillSpeaks", date: "2022-08-25",
			text: `"We will rebuild every school," the agency's regional director, Tomas Varga, said on Friday.`,
			want: []string{"quote Tomas Varga | We will rebuild every school,"}},
		{name: "PronounAfterOnBehalfOfTitle", date: "2014-08-12",
			text:   "President Ellen Kamara thanked Japan for the aid.\n\nReceiving the materials on behalf of the President, the Deputy Minister of Foreign Affairs, Abu Kollie said the gift showed that \"a friend in need is a friend indeed.\"\n\nShe noted that the outbreak \"took us by surprise\".",
			want:   []string{"quote Abu Kollie | took us by surprise"},
			absent: []string{"quote Ellen Kamara"}},
	})
}

// A press release's quotes each with the speaker's name line right under
// it, not a paragraph apart (the sentences are invented).
func TestQuoteNameLineUnderQuote(t *testing.T) {
	checkShapes(t, []shape{
		{name: "NameLinesUnderQuotes", date: "2019-03-20",
			text: "\"The floods have cut off whole districts and we need boats now.\"\nMaria Castell, WFP Deputy Executive Director, Rome\n\n\"We cannot reach the villages by road.\"\nPedro Nunes, WFP Logistics Officer in Beira\n\nWFP is flying food to the stricken areas.",
			want: []string{"person Maria Castell", "quote Maria Castell | The floods have cut off whole districts and we need boats now.", "quote Pedro Nunes | We cannot reach the villages by road."}},
		{name: "NarrativeLineUnderQuoteIsNoNameLine", date: "2019-03-20",
			text:   "\"We cannot reach the villages by road.\"\nRescue Teams worked through the night near Beira.",
			absent: []string{"person Rescue Teams", "quote Rescue Teams"}},
	})
}

// A title-case exclamation is words said, not a name (the sentences are
// invented).
func TestQuoteTitleCaseExclamation(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WelcomeExclamation", date: "2007-01-01",
			text: "Crowds gathered in the main square of Sofia.\n\n\"Welcome to the Union of Nations!\" Commission President Karl Weber said to the crowd.",
			want: []string{"quote Karl Weber | Welcome to the Union of Nations!"}},
		{name: "TitleStillAName", date: "2007-01-01",
			text:   "The campaign, called \"Hope for the Valley\", was launched by Commission President Karl Weber.",
			absent: []string{"quote Karl Weber"}},
	})
}
