package extract_test

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Quotations in the shapes news prose attributes them: the speaker named
// after the quote or in the next sentence, a pronoun or a title standing
// for them, a participle ("adding that"), a quote interrupted by its
// attribution, a quote reopened in a new paragraph. The sentences are
// invented for these tests.
func TestQuoteSpeakers(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ParticipleAfterInvertedSaid", date: "2021-08-02",
			text: `"We want the talks to go on," said Foreign Minister Ana Lopez at a press conference, adding that both sides were ready "to look at new ways of paying for the plan" if asked.`,
			want: []string{"quote Ana Lopez | We want the talks to go on,", "quote Ana Lopez | to look at new ways of paying for the plan"}},
		{name: "WithSpeakerArguing", date: "2021-08-02",
			text: `The summit ended with Peruvian President Ana Lopez arguing, "We need one answer to the crisis, not five."`,
			want: []string{"quote Ana Lopez | We need one answer to the crisis, not five."}},
		{name: "SpokesmanForMinistry", date: "2021-08-02",
			text: `Spokesman John Roe for the Foreign Ministry said, "This visit does not help the peace process."`,
			want: []string{"quote John Roe | This visit does not help the peace process."}},
		{name: "PronounAsked", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez spoke at the university. Addressing students, she asked, "Why are we still waiting?"`,
			want: []string{"quote Ana Lopez | Why are we still waiting?"}},
		{name: "QuoteAfterTweetSentence", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez tweeted with pictures of the cargo. "Grateful for the quick help from our friends in Chile."`,
			want: []string{"quote Ana Lopez | Grateful for the quick help from our friends in Chile."}},
		{name: "QuoteParagraphAfterIndirectSpeech", date: "2021-08-02",
			text: "Health Minister Ana Lopez received the vaccines at the airport.\n\nThe doses will reach every province, she noted, adding that more would follow.\n\n\"I hope this partnership will grow in the years to come.\"",
			want: []string{"quote Ana Lopez | I hope this partnership will grow in the years to come."}},
		{name: "SpeakerInNextSentence", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez met aid workers in Lima. "We will send more aid next week." Lopez said this to reporters after the meeting.`,
			want: []string{"quote Ana Lopez | We will send more aid next week."}},
		{name: "SoSaidInNextSentence", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez met aid workers in Lima. "We will not leave anyone behind." So said Lopez as the first trucks left.`,
			want: []string{"quote Ana Lopez | We will not leave anyone behind."}},
		{name: "QuotedAsSaying", date: "2021-08-02",
			text: `The agency quoted Ambassador Ana Lopez as saying "the ship carries tents and blankets for the families."`,
			want: []string{"quote Ana Lopez | the ship carries tents and blankets for the families."}},
		{name: "FamilyNameFirst", date: "2021-08-02",
			text: `President Kim Dae-sung met officials in Hanoi. "Our ties have never been stronger," Kim said.`,
			want: []string{"quote Kim Dae-sung | Our ties have never been stronger,"}},
		{name: "InterruptedByAttribution", date: "2021-08-02",
			text: `"We are ready," Foreign Minister Ana Lopez said. "The first flight leaves tonight," she added.`,
			want: []string{"quote Ana Lopez | We are ready,", "quote Ana Lopez | The first flight leaves tonight,"}},
		{name: "ReopenedInNewParagraph", date: "2021-08-02",
			text: "Foreign Minister Ana Lopez said: \"The first planes have landed and more are on their way.\n\n\"We will not stop until every family has shelter.\"",
			want: []string{"quote Ana Lopez | The first planes have landed and more are on their way.", "quote Ana Lopez | We will not stop until every family has shelter."}},
		{name: "OpenQuoteGoesOnToItsAttribution", date: "2021-08-02",
			text: "The planes landed in Lima on Monday.\n\n\"We have worked for months to get here.\n\n\"Now it is time to rebuild,\" Foreign Minister Ana Lopez said.",
			want: []string{"quote Ana Lopez | We have worked for months to get here.", "quote Ana Lopez | Now it is time to rebuild,"}},
		{name: "TitleStandsForPerson", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez of Peru arrived in Quito. "The roads must open now," the minister said.`,
			want: []string{"quote Ana Lopez | The roads must open now,"}},
		{name: "AgencyAfterQuoteIsNoPerson", date: "2021-08-02",
			text:   `Foreign Minister Ana Lopez said the roads were closed. "We need access to the valley now," the aid agency said in a statement.`,
			absent: []string{"quote "}},
		{name: "CountryAfterQuoteIsNoPerson", date: "2021-08-02",
			text:   `Foreign Minister Ana Lopez arrived in Kathmandu. "We stand with Nepal in this hour," India said in a statement.`,
			absent: []string{"quote "}},
		{name: "UnknownNameTakesThePronoun", date: "2021-08-02",
			text:   `Foreign Minister Ana Lopez arrived in Lima. Later, Okonkwo, the head of the mission, said he expected "a long and very hard winter for everyone".`,
			absent: []string{"quote Ana Lopez"}},
		{name: "UnknownTitleHolderTakesThePronoun", date: "2021-08-02",
			text:   `Health Minister Ana Lopez received the ship in Port Sudan. The agency quoted the Turkish ambassador as confirming his country's support for "the families hit by the floods." He said that "more ships will follow before winter."`,
			absent: []string{"quote Ana Lopez"}},
		{name: "NarrativeQuoteAfterAQuoteIsNotMoreOfIt", date: "2021-08-02",
			text:   "\"The first trucks left this morning,\" said Foreign Minister Ana Lopez.\n\nThe two delegations discussed \"the corridors that are still needed.\"",
			want:   []string{"quote Ana Lopez | The first trucks left this morning,"},
			absent: []string{"quote Ana Lopez | the corridors"}},
		{name: "SentenceAdverbIsNoUnknownName", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez arrived in Lima. Moreover, she said the aid was "only the first of many shipments to come".`,
			want: []string{"quote Ana Lopez | only the first of many shipments to come"}},
		{name: "PluralSubjectIsNoOneWeKnow", date: "2021-08-02",
			text:   `Foreign Minister Ana Lopez arrived in Lima amid what local officials called "the worst floods in a century".`,
			absent: []string{"quote Ana Lopez"}},
		{name: "RelativeClauseBeforeVerb", date: "2021-08-02",
			text: `Ana Lopez, who heads the national aid agency, said "the first planes will land on Friday."`,
			want: []string{"quote Ana Lopez | the first planes will land on Friday."}},
		{name: "AdverbBeforeVerb", date: "2021-08-02",
			text: `Peruvian President Ana Lopez likewise stated "The region must speak with one voice."`,
			want: []string{"quote Ana Lopez | The region must speak with one voice."}},
		{name: "ApposedNameAfterPostedTitle", date: "2021-08-02",
			text: `The Peruvian Ambassador to Kenya, Rosa Quispe, received the cargo. The agency quoted the Peruvian ambassador as saying "the tents will reach the camps by Friday."`,
			want: []string{"holds Rosa Quispe | Ambassador | Peru", "quote Rosa Quispe | the tents will reach the camps by Friday."}},
		{name: "TitleOfAnotherCountryIsNotTheLastMinister", date: "2021-08-02",
			text:   `Foreign Minister Ana Lopez of Peru arrived in Nairobi. Later, the Kenyan minister of health expressed his thanks for "the quick and generous help from Lima."`,
			absent: []string{"quote Ana Lopez"}},
		{name: "CounterpartTitle", date: "2021-08-02",
			text: `External Affairs Minister S Jaishankar met his Saudi counterpart Prince Faisal bin Farhan in Riyadh. The Saudi foreign minister said the two countries had "a shared vision for the region."`,
			// (the counterpart holds the Saudi post of the kind Jaishankar
			// holds, as without "Prince"; the reference makes no other)
			want:   []string{"quote Faisal bin Farhan | a shared vision for the region.", "holds Faisal bin Farhan | Foreign Minister | Saudi Arabia"},
			absent: []string{"holds Faisal bin Farhan | External Affairs Minister | India"}},
		{name: "TermAfterCalledIsNoQuote", date: "2021-08-02",
			text:   `Foreign Minister Ana Lopez defended a policy called "neighbours come first" in a speech. She called it "the best answer we have".`,
			want:   []string{"quote Ana Lopez | the best answer we have"},
			absent: []string{"quote Ana Lopez | neighbours"}},
		{name: "ClauseAfterQuoteIsNotItsAttribution", date: "2021-08-02",
			text: `Foreign Minister Ana Lopez said her country was ready "to send doctors and nurses at once" if Quito said it needed them.`,
			want: []string{"quote Ana Lopez | to send doctors and nurses at once"}},
	})
}

// Names in speaker position that the name shapes must read whole.
func TestSpeakerNames(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InitialsWithoutDots", date: "2021-08-02",
			text: `"We stand together," Foreign Minister Dewi AR Santoso said on Tuesday.`,
			want: []string{"quote Dewi AR Santoso | We stand together,"}},
		{name: "TitleAbbreviationBeforeName", date: "2021-08-02",
			text:   `Deputy FM Jan Kowalczyk said the aid was for the families who lost their homes.`,
			want:   []string{"person Jan Kowalczyk"},
			absent: []string{"person Deputy"}},
		{name: "TitledNameAfterSaid", date: "2021-08-02",
			text: `“We have sent two million doses so far,” said Peru’s Vice Minister of Foreign Trade Carla Mendes on public radio.`,
			want: []string{"person Carla Mendes", "quote Carla Mendes | We have sent two million doses so far,"}},
		{name: "ApposedNameBeforeVerbAfterQuote", date: "2021-08-02",
			text: `"We need safe roads to the valley," the agency's head of operations, Pierre Moulin, said in a statement.`,
			want: []string{"person Pierre Moulin", "quote Pierre Moulin | We need safe roads to the valley,"}},
		{name: "SurnameOfAFullNameNoRuleTook", date: "2021-08-02",
			text: "Jean-Luc Marchand, a junior minister at the Foreign Ministry, told journalists the planes were ready.\n\n\"This is the best of our country,\" Marchand said.",
			want: []string{"person Jean-Luc Marchand", "quote Jean-Luc Marchand | This is the best of our country,"}},
		{name: "NameFromBodySays", date: "2021-08-02",
			text: "Anna Berger from the Red Crescent says donations are coming in.\n\n\"We have raised more than we hoped,\" she said.",
			want: []string{"person Anna Berger", "quote Anna Berger | We have raised more than we hoped,"}},
		{name: "NoPersonFromATitlesWords", date: "2021-08-02",
			text:   `“We brought tents and blankets,” said Greek Civil Protection Minister Nikos Petrou, who came with the aid.`,
			want:   []string{"quote Nikos Petrou | We brought tents and blankets,"},
			absent: []string{"person Civil"}},
		{name: "PortugueseParticle", date: "2021-08-02",
			text: `Prime Minister Carlos Alberto do Nascimento thanked India. "The vaccine has arrived," Nascimento said.`,
			want: []string{"person Carlos Alberto do Nascimento", "quote Carlos Alberto do Nascimento | The vaccine has arrived,"}},
		{name: "StraightOpenCurlyClose", date: "2021-08-02",
			text: `"This is a fine day,” Foreign Minister Ana Lopez said. “More will follow.”`,
			want: []string{"quote Ana Lopez | This is a fine day,", "quote Ana Lopez | More will follow."}},
		{name: "ApposedTitleBeforeHonorific", date: "2021-08-02",
			text: "The Emir of Qatar, Sheikh Tamim Al Nasser, arrived in Gaza. The Emir of Qatar called for unity. Speaking at the university, he asked, \"Why are you still divided?\"",
			want: []string{"quote Tamim Al Nasser | Why are you still divided?"}},
		{name: "ParagraphAboutSomeoneIsNoNameLine", date: "2021-08-02",
			text:   "Aid official Maria Keller said: \"They need a lot more.\n\n\"It's going to go on for weeks and months.\"\n\nCharity head Tom Baker is urging people to give.",
			want:   []string{"quote Maria Keller | It's going to go on for weeks and months."},
			absent: []string{"quote Tom Baker"}},
	})
}

// A quotation's ng:date is the date the text gives for the words, else the
// article's date; dates inside the words are not theirs.
func TestQuoteDates(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []string // "words | date"
	}{
		{"SaidOnWeekday", "2021-08-06",
			`"The aid is on its way," Foreign Minister Ana Lopez said on Wednesday.`,
			[]string{"The aid is on its way, | 2021-08-04"}},
		{"ArticleDate", "2021-08-06",
			`"The first ship arrived on 19 July," Foreign Minister Ana Lopez said.`,
			[]string{"The first ship arrived on 19 July, | 2021-08-06"}},
		{"NearestToTheQuote", "2021-08-06",
			`Foreign Minister Ana Lopez, who arrived in Lima on Monday, told reporters on Thursday: "We will stay as long as we are needed."`,
			[]string{"We will stay as long as we are needed. | 2021-08-05"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := quoteDates(run(c.date, c.text))
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("from %q\nmissing %q; got %q", c.text, w, got)
				}
			}
		})
	}
}

func quoteDates(qs []quad.Quad) []string {
	text, date := map[quad.Value]string{}, map[quad.Value]string{}
	for _, q := range qs {
		if !strings.Contains(lexical(q.Subject), "/quote/") {
			continue
		}
		switch q.Predicate {
		case schema.Text:
			text[q.Subject] = lexical(q.Object)
		case schema.Date:
			date[q.Subject] = lexical(q.Object)
		}
	}
	var out []string
	for s, t := range text {
		out = append(out, t+" | "+date[s])
	}
	return out
}

// Speakers of unseen articles: the classes where a quote was missed or
// given to the wrong person. The sentences are invented for these tests.
func TestQuoteSpeakersUnseen(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PossessivePronounIsNotTheSubject", date: "2021-08-02",
			text: `President Juan Perez of Peru welcomed the planes. For her part, Foreign Minister Ana Lopez praised the crews. She said: "We will send more planes next week."`,
			want: []string{"quote Ana Lopez | We will send more planes next week."}},
		{name: "HonorificNameThenPronoun", date: "2021-08-02",
			text:   `"Peru has stood with us in hard years," President Ana Lopez said. For his part, HE Dr. Al Rashidi affirmed his country's support. He said: "Our support is not a passing gesture but a long partnership."`,
			absent: []string{"quote Ana Lopez | Our support"}},
		{name: "TheseWereTheWordsOf", date: "2021-08-02",
			text: "President Ana Lopez met the Japanese delegation in Lima.\n\n\"The partnership has never been stronger than it is today.\" These were the words of Foreign Minister Juan Perez, who briefed reporters after the talks.",
			want: []string{"quote Juan Perez | The partnership has never been stronger than it is today."}},
		{name: "TheWordsAreThoseOfNoPerson", date: "2021-08-02",
			text:   "President Ana Lopez met the Japanese delegation in Lima.\n\n\"The partnership has never been stronger than it is today.\" The words are those of the ministry's spokesman.",
			absent: []string{"quote Ana Lopez"}},
		{name: "DemonymLeader", date: "2021-08-02",
			text: `Chilean President Ana Lopez met Peruvian Foreign Minister Juan Perez in Lima. "We want a deal that binds, not one that only asks," the Chilean leader said on Tuesday.`,
			want: []string{"quote Ana Lopez | We want a deal that binds, not one that only asks,"}},
		{name: "LeaderOfAnotherCountryIsNoOneKnown", date: "2021-08-02",
			text:   `Chilean President Ana Lopez met Peruvian Foreign Minister Juan Perez in Lima. "We want a deal that binds, not one that only asks," the Peruvian leader said on Tuesday.`,
			absent: []string{"quote Ana Lopez", "quote Juan Perez"}},
		{name: "TheChairperson", date: "2021-08-02",
			text: `Foreign Minister Juan Perez of Peru arrived in Addis Ababa. The summit elected Senegalese President Amadou Diallo as Chairperson of the African Union. "We must feed ourselves before we feed the world," the chairperson said.`,
			want: []string{"quote Amadou Diallo | We must feed ourselves before we feed the world,"}},
		{name: "PossessiveBeforeTheSubjectNounPhrase", date: "2021-08-02",
			text:   `President Juan Perez of Peru welcomed the planes. In his speech, the new chairperson of the bloc said the region "must trade before it talks".`,
			absent: []string{"quote Juan Perez"}},
		{name: "CommonNounSubjectIsNotAnEarlierName", date: "2021-08-02",
			text:   `After President Juan Perez left the hall, the union's secretary said the deal was "only a first step for the workers".`,
			absent: []string{"quote Juan Perez"}},
		{name: "ObjectOfAParticipleIsNoSubject", date: "2021-08-02",
			text: `President Juan Perez, addressing the crowd said the deal was "only a first step for the workers".`,
			want: []string{"quote Juan Perez | only a first step for the workers"}},
		{name: "TimeAdverbIsNoSubject", date: "2021-08-02",
			text: `President Juan Perez the next day said the deal was "only a first step for the workers".`,
			want: []string{"quote Juan Perez | only a first step for the workers"}},
		{name: "TheNewChairperson", date: "2021-08-02",
			text: `The summit elected Senegalese President Amadou Diallo as Chairperson of the African Union. Diallo succeeds Ghanaian President Kofi Mensah, who hosted the summit. In his acceptance speech, the new chairperson said Africa could feed "itself and the rest of the world".`,
			want: []string{"quote Amadou Diallo | itself and the rest of the world"}},
		{name: "UnknownTitleSubjectIsNotAnEarlierName", date: "2021-08-02",
			text:   `Ghanaian President Kofi Mensah hosted the summit. In his closing remarks, the outgoing chairperson said the bloc had "done more than anyone expected".`,
			absent: []string{"quote Kofi Mensah"}},
		{name: "MiddleSurnameOfASpanishName", date: "2021-08-02",
			text: `Peruvian President Carlos Quiroga Rivas arrived in Beijing on Sunday. In an interview before the trip, Quiroga said, "Peru is ready to trade with the whole region." He described the visit as "the most important trade mission in our history."`,
			want: []string{"quote Carlos Quiroga Rivas | Peru is ready to trade with the whole region.", "quote Carlos Quiroga Rivas | the most important trade mission in our history."}},
		{name: "MiddleNameSharedIsNoOne", date: "2021-08-02",
			text:   `Peruvian President Carlos Quiroga Rivas met Foreign Minister Luis Quiroga Paz in Lima. In an interview, Quiroga said, "Peru is ready to trade with the whole region."`,
			absent: []string{"quote Carlos Quiroga Rivas", "quote Luis Quiroga Paz"}},
		{name: "EpigraphNameLineNoRuleTook", date: "2021-08-02",
			text: "\u201cA good neighbour shares the harvest with those in need.\u201d\n\nMinister Marta R. Ortega, June 3, 2021\n\nThe ministry sent rice and lentils to the valley on Friday.",
			want: []string{"person Marta R. Ortega", "quote Marta R. Ortega | A good neighbour shares the harvest with those in need."}},
		{name: "PronounAfterParagraphAboutSomeoneElse", date: "2021-08-02",
			text: "Foreign Minister Ana Lopez arrived in Quito on Monday.\n\nPresident Juan Perez of Ecuador received her at the palace. The two leaders discussed trade and the border.\n\n\"We agreed to open two new crossings this year,\" he said.",
			want: []string{"quote Juan Perez | We agreed to open two new crossings this year,"}},
		{name: "QuoteReopenedInNewParagraph", date: "2021-08-02",
			text: "Foreign Minister Ana Lopez arrived in Quito on Monday.\n\n\"Our friendship is older than our borders,\" she told reporters at the airport. \"We will leave with real agreements.\n\n\"The first of them will be on trade.\"",
			want: []string{"quote Ana Lopez | Our friendship is older than our borders,", "quote Ana Lopez | We will leave with real agreements.", "quote Ana Lopez | The first of them will be on trade."}},
		{name: "CurlyOpenClosedByTwoApostrophes", date: "2021-08-02",
			text: "\u201cPeru is now part of the family of free nations. A family that stands together,\u2019\u2019 Secretary-General Ana Lopez said in a statement.",
			want: []string{"quote Ana Lopez | Peru is now part of the family of free nations. A family that stands together,"}},
		{name: "TwoBackticksOpenTwoApostrophesClose", date: "2021-08-02",
			text: "``Peru is now part of the family of free nations,'' Secretary-General Ana Lopez said.",
			want: []string{"quote Ana Lopez | Peru is now part of the family of free nations,"}},
		{name: "StraightOpenClosedByTwoCurlyApostrophes", date: "2021-08-02",
			text: "\"Peru is now part of the family of free nations,\u2019\u2019 Secretary-General Ana Lopez said.",
			want: []string{"quote Ana Lopez | Peru is now part of the family of free nations,"}},
		{name: "SpeakerNameWithParticle", date: "2021-08-02",
			text: "\"Chile is the most important partner in our foreign relations,\" Marcos de Sa Oliveira, a professor of international relations, told reporters.",
			want: []string{"quote Marcos de Sa Oliveira | Chile is the most important partner in our foreign relations,"}},
		{name: "ObjectOfPrepositionAfterCounterpartIsNoSubject", date: "2021-08-02",
			text:   "President Ana Lopez and Prime Minister Juan Perez sent messages to China. Earlier this week, the prime minister wrote to his Chinese counterpart Li Wei and expressed his grief with the \"brethren of China\" and offered help.",
			want:   []string{"quote Juan Perez | brethren of China"},
			absent: []string{"quote Li Wei"}},
		{name: "UntitledNameThenLongLowerCaseApposition", date: "2021-08-02",
			text: "\"Chile is the most important partner in our foreign relations,\" Marcos de Sa Oliveira, academic director of a research centre in Lima, told reporters.",
			want: []string{"person Marcos de Sa Oliveira", "quote Marcos de Sa Oliveira | Chile is the most important partner in our foreign relations,"}},
		{name: "CapitalisedAppositionIsNotPassed", date: "2021-08-02",
			text:   "\"Chile is the most important partner in our foreign relations,\" Trade Center, Andean Studies Group, told reporters.",
			absent: []string{"person Trade Center", "quote "}},
		{name: "SpeakerSurnameInNextSentence", date: "2021-08-02",
			text: "Foreign Minister Ana Lopez arrived in Quito on Monday.\n\n\"Our friendship is older than our borders.\" Lopez said this at the airport, where she was met by her counterpart.",
			want: []string{"quote Ana Lopez | Our friendship is older than our borders."}},
		{name: "NameOfCountryThenParticipleClause", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. Foreign Minister Ana Lopez of Peru, speaking after the meeting, told reporters: \"We have an agreement on the border.\"",
			want: []string{"quote Ana Lopez | We have an agreement on the border."}},
		{name: "NameOfCountrySaidAfterIntroPhrase", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks.\n\nSpeaking to reporters after the meeting, Foreign Minister Ana Lopez of Peru said: \"We have an agreement on the border.\"",
			want: []string{"quote Ana Lopez | We have an agreement on the border."}},
		{name: "ApposedNameAfterPossessiveTitle", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. \"We have an agreement on the border,\" Peru's foreign minister, Ana Lopez, told reporters.",
			want: []string{"quote Ana Lopez | We have an agreement on the border,"}},
		{name: "DemonymTitleStandsForPerson", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. Foreign Minister Ana Lopez of Peru thanked him. \"This is a historic day for both our peoples,\" the Peruvian minister said.",
			want: []string{"quote Ana Lopez | This is a historic day for both our peoples,"}},
		{name: "UnknownDescriptionIsNotTheLastName", date: "2021-08-02",
			text:   "President Juan Perez of Ecuador hosted the talks. Foreign Minister Ana Lopez of Peru thanked him. \"This is a historic day for both our peoples,\" the top diplomat said.",
			absent: []string{"quote Juan Perez"}},
		{name: "NameThenPhraseThenWrote", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks.\n\nPeruvian Foreign Minister Ana Lopez, in a post on X, wrote: \"A historic day for both our peoples.\"",
			want: []string{"quote Ana Lopez | A historic day for both our peoples."}},
		{name: "RepliedThat", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. Asked about the border, Foreign Minister Ana Lopez replied that \"the map will not change\".",
			want: []string{"quote Ana Lopez | the map will not change"}},
		{name: "SaidNameThenApposedTitle", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. \"We have an agreement on the border,\" said Ana Lopez, Peru's foreign minister.",
			want: []string{"quote Ana Lopez | We have an agreement on the border,"}},
		{name: "DemonymPresidentAmongTwo", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks with Foreign Minister Ana Lopez of Peru. \"We have an agreement on the border,\" the Ecuadorian president told reporters afterwards.",
			want: []string{"quote Juan Perez | We have an agreement on the border,"}},
		{name: "SurnameBeforeItsFullName", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. \"We have an agreement on the border,\" Lopez, who leads Peru's diplomacy, said. Foreign Minister Ana Lopez of Peru signed the deal.",
			want: []string{"quote Ana Lopez | We have an agreement on the border,"}},
		{name: "UnnamedOfficialIsNoOne", date: "2021-08-02",
			text:   "President Juan Perez of Ecuador hosted the talks.\n\n\"We have an agreement on the border,\" a senior Peruvian official said.",
			absent: []string{"quote Juan Perez"}},
		{name: "MinistryStatementIsNoOne", date: "2021-08-02",
			text:   "President Juan Perez of Ecuador hosted the talks.\n\nIn a statement, the ministry said: \"We have an agreement on the border.\"",
			absent: []string{"quote Juan Perez"}},
		{name: "StatementQuotedHim", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks.\n\n\"We have an agreement on the border,\" the statement quoted him as saying.",
			want: []string{"quote Juan Perez | We have an agreement on the border,"}},
		{name: "SurnameToldHisGuest", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted Foreign Minister Ana Lopez of Peru.\n\n\"We have an agreement on the border,\" Perez told his guest.",
			want: []string{"quote Juan Perez | We have an agreement on the border,"}},
		{name: "HonorificSurnameSaid", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. Mr Perez said: \"We have an agreement on the border.\"",
			want: []string{"quote Juan Perez | We have an agreement on the border."}},
		{name: "WarnedThatAfterAdverbialPhrase", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. Foreign Minister Ana Lopez of Peru, on the other hand, warned that \"the border is not yet settled\".",
			want: []string{"quote Ana Lopez | the border is not yet settled"}},
		{name: "PossessedNounIsTheSubject", date: "2021-08-02",
			text:   "President Juan Perez of Ecuador hosted the talks. Foreign Minister Ana Lopez of Peru attended. Perez's spokesman said the deal \"closes a century of disputes\".",
			absent: []string{"quote Juan Perez", "quote Ana Lopez"}},
		{name: "PronounSaidAccordingToHisOffice", date: "2021-08-02",
			text: "President Juan Perez of Ecuador hosted the talks. \"The deal closes a century of disputes,\" he said, according to his office.",
			want: []string{"quote Juan Perez | The deal closes a century of disputes,"}},
	})
}

// Names and terms in quote marks are no one's words (GUIDELINES 5, "Not
// quotes"), however near a speaker they stand: a title-case name with its
// function words in lower case, a motto or a slogan; and a reporting verb
// less common than "said" still gives the quote to its subject. The
// sentences are invented for these tests.
func TestQuotedNamesAndRarerVerbs(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TitleCaseWithPreposition", date: "2023-05-02",
			text:   `Foreign Minister Ana Lopez said the "Bread for Lima" campaign had raised money in every province.`,
			absent: []string{"quote Ana Lopez | Bread for Lima"}},
		{name: "TitleCaseWithArticle", date: "2023-05-02",
			text:   `Foreign Minister Ana Lopez met the minister for "Jobs in the Andes" on Monday, she said.`,
			absent: []string{"quote Ana Lopez | Jobs in the Andes"}},
		{name: "Motto", date: "2023-05-02",
			text:   `President Ana Lopez opened the summit, held under the motto "build bridges for a shared future", she said.`,
			absent: []string{"quote Ana Lopez | build bridges"}},
		{name: "ShortQuoteInLowerCaseStays", date: "2023-05-02",
			text: `"We stand with you," Foreign Minister Ana Lopez said.`,
			want: []string{"quote Ana Lopez | We stand with you,"}},
		{name: "Elaborated", date: "2023-05-02",
			text: `The talks aim to "deepen trade between the two neighbours and open new routes," spokesperson Ana Lopez elaborated.`,
			want: []string{"quote Ana Lopez | deepen trade between the two neighbours and open new routes,"}},
		{name: "Revealed", date: "2023-05-02",
			text: `"The first ship left the port this morning," Foreign Minister Ana Lopez revealed on Tuesday.`,
			want: []string{"quote Ana Lopez | The first ship left the port this morning,"}},
	})
}

// A speaker named without a title and placed in a unit of an organisation
// ("X from the Red Crescent's logistics unit told …") is a person and the
// quote's speaker; goods from such a unit are no one (invented sentences).
func TestSpeakerFromAnOrganisationsUnit(t *testing.T) {
	checkShapes(t, []shape{
		{name: "UnitOfOrganisation", date: "2023-05-02",
			text: `"As the first team to arrive, we have begun to count the damage," Ana Lopez from the Red Cross's logistics and operations unit told reporters.`,
			want: []string{"quote Ana Lopez | As the first team to arrive, we have begun to count the damage,"}},
		{name: "GoodsFromAUnitAreNoOne", date: "2023-05-02",
			text:   `Tents from the Red Cross's logistics unit arrived in Lima on Monday, officials told reporters.`,
			absent: []string{"person Tents"}},
	})
}
