package extract_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// Plural titles as real summit reports write them: over a list of
// countries with no names ("The Presidents of A, B and C are expected"),
// over names each with its country after "from" or in brackets of two
// words, and a post given by "its" or "of that country". The sentences
// are invented.
func TestOfficesOfListedCountries(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CapitalisedPluralOverCountries", date: "2023-05-15",
			text: "The Presidents of Ghana, Togo, and Benin, Prime Minister of Niger are expected to attend the summit in Accra.",
			want: []string{"office President | Ghana", "office President | Togo", "office President | Benin"}},
		{name: "PluralOverCountriesMeeting", date: "2023-05-15",
			text: "Presidents of Chile, Paraguay and Uruguay are meeting Sunday in the Bolivian capital.",
			want: []string{"office President | Chile", "office President | Paraguay", "office President | Uruguay"}},
		// in lower case the plural speaks of the people, not the posts
		{name: "LowerCasePluralOverCountries", date: "2023-05-15",
			text:   "The meeting in Amman was attended by the foreign ministers of Jordan, Iraq, Egypt and Lebanon.",
			absent: []string{"office Foreign Minister"}},
		// a country whose envoy holds another post of the kind keeps it
		{name: "EnvoysOwnTitle", date: "2016-07-02",
			text:   "Ambassadors of Peru, Norway and Fiji presented their credentials in New Delhi. They were Ana Rojas, Ambassador of Peru, Lars Holm, Ambassador of Norway, and Sami Rabuka, High Commissioner of Fiji.",
			want:   []string{"office Ambassador | Peru", "office High Commissioner | Fiji"},
			absent: []string{"office Ambassador | Fiji"}},
		{name: "NamesFromCountries", date: "2023-08-14",
			text: "These are Presidents Ana Rojas from Ghana, Pedro Vidal ( Sierra Leone), Lena Holm (Liberia) and Samuel Deng ( South Sudan), the last of whom will chair the summit.",
			want: []string{"holds Ana Rojas | President | Ghana", "holds Pedro Vidal | President | Sierra Leone",
				"holds Lena Holm | President | Liberia", "holds Samuel Deng | President | South Sudan"}},
		{name: "ItsTitleAndOfThatCountry", date: "2023-08-14",
			text: "Ana Rojas said that the delegation of Eswatini will be led by its Prime Minister, while that of Mauritius will be headed by the Vice-President of that country.",
			want: []string{"office Prime Minister | Eswatini", "office Vice President | Mauritius"}},
	})
}

// A list of leaders where a later item leaves its title out ("that of
// Niger, X") and the first item holds two titles, the second after
// "and outgoing", the first a phrase whose country is a demonym. The
// sentences are invented.
func TestElidedAndCoordinatedTitles(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ThatOfCountry", date: "2023-02-20",
			text: "The meeting took place in the presence of Guinean President Ana Rojas; that of Senegal, Pedro Vidal; and Gambian Foreign Minister Lena Holm.",
			want: []string{"holds Ana Rojas | President | Guinea", "holds Pedro Vidal | President | Senegal", "holds Lena Holm | Foreign Minister | Gambia"}},
		{name: "AndOutgoing", date: "2023-02-20",
			text: "The summit opened in the presence of the President of the Malian Transition and outgoing President of the G5 Sahel, Samuel Deng.",
			want: []string{"holds Samuel Deng | President of the Malian Transition | Mali", "holds Samuel Deng | President | G5 Sahel"}},
		{name: "DemonymOfAnOrganisation", date: "2023-02-20",
			text:   "Relief arrived in Rafah on Monday, said the Head of the Egyptian Red Crescent, Ali Hassan.",
			absent: []string{"holds Ali Hassan | Head of the Egyptian Red Crescent | Egypt"}},
	})
}

// Long portfolio titles as real cabinet and summit reports write them: a
// lexicon title with its "of" that goes on ("Minister of Interior
// Relations, Justice and Peace"), a list in lower case whose last noun
// the word lists lack ("relief and resettlement"), and a two-word
// portfolio before a name ("Consumer Protection Jane Doe"). The sentences
// are invented.
func TestLongPortfolioTitles(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LexiconTitleRunsOn", date: "2016-10-23",
			text: "Ecuador sent two ships of aid to Haiti on Saturday. The Minister of Interior Relations, Justice and Peace, Ana Rojas, told reporters that more would follow.",
			want: []string{"holds Ana Rojas | Minister of Interior Relations, Justice and Peace | Ecuador"}},
		{name: "LowerCaseNominalEnding", date: "2016-03-30",
			text: "Five MPs from the ruling party in Laos were appointed, including Pedro Vidal as minister of social welfare, relief and resettlement, and Ana Rojas as minister of planning and finance.",
			want: []string{"holds Pedro Vidal | Minister of Social Welfare, Relief and Resettlement | Laos"}},
		{name: "TwoWordPortfolioBeforeName", date: "2004-05-01",
			text:   "The ten new members of the European Union were welcomed by European Commissioner for Trade and Consumer Protection Lena Holm.",
			want:   []string{"holds Lena Holm | European Commissioner for Trade and Consumer Protection | EU"},
			absent: []string{"person Protection Lena Holm"}},
	})
}

// A title whose country the text leaves unsaid, in a story of other
// countries on a site of a country the story never names, is none of the
// site's country's posts. The sentence is invented.
func TestSiteCountryUnnamed(t *testing.T) {
	a := extract.Article{Source: "test", URL: "http://news.example.cn/2016/aid.htm", Date: time.Date(2016, 10, 23, 0, 0, 0, 0, time.UTC),
		Text: "Two ships left for Havana and Port-au-Prince with aid for Cuba and Haiti.\n\nThe Minister of Interior Relations, Justice and Peace, Ana Rojas, told a television channel that a humanitarian corridor had been set up."}
	got := view(x.Article(a))
	if slices.ContainsFunc(got, func(l string) bool { return strings.HasSuffix(l, "| China") }) {
		t.Errorf("got:\n  %s", strings.Join(got, "\n  "))
	}
}

// Gulf leaders as summit reports list them: an apposition of several
// titles that "and" closes, a city's ruler ("Ruler of Sharjah": the
// country's), and a deputy's post written out in full. The sentences are
// invented.
func TestTitleListsAndRulers(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ApposedTitleList", date: "2016-12-07",
			text: "Also attending is Sheikh Saif bin Zayed Al Nahyan, Vice-President of the United Arab Emirates, Prime Minister and Ruler of Sharjah; and Sayyid Salim bin Nasser Al Busaidi, Deputy Premier for Defence Affairs of Oman.",
			want: []string{"holds Saif bin Zayed Al Nahyan | Vice President | United Arab Emirates", "holds Saif bin Zayed Al Nahyan | Prime Minister | United Arab Emirates",
				"holds Saif bin Zayed Al Nahyan | Ruler | United Arab Emirates", "holds Salim bin Nasser Al Busaidi | Deputy Premier for Defence Affairs of Oman | Oman"},
			absent: []string{"office Premier for Defence Affairs of Oman | Oman"}},
		{name: "TitlesJoinedByAnd", date: "2021-01-05",
			text: "Sheikh Saif bin Zayed Al Nahyan, Vice President and Prime Minister of the UAE and Ruler of Sharjah, said the summit had been a success.",
			want: []string{"holds Saif bin Zayed Al Nahyan | Vice President | United Arab Emirates", "holds Saif bin Zayed Al Nahyan | Prime Minister | United Arab Emirates",
				"holds Saif bin Zayed Al Nahyan | Ruler | United Arab Emirates"}},
		{name: "MayorOfCity", date: "2023-03-01",
			text: "The aid convoy was received by the Mayor of Kharkiv, Ihor Terekhov.",
			want: []string{"office Mayor | Ukraine"}},
	})
}

// Chairs of groupings and a country's post named by "that country's", as
// summit reports write them. The sentences are invented.
func TestGroupingChairsAndThatCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SecondAppositionClosesSentence", date: "2014-07-17",
			text: "The Summit of the Economic Community of West African States (ECOWAS) was chaired by His Excellency Samuel Deng, President of the Republic of Liberia, current Chairman of the Authority.",
			want: []string{"holds Samuel Deng | President | Liberia", "holds Samuel Deng | Chairman of the Authority of Heads of State and Government | ECOWAS"}},
		{name: "AUCommissionPresident", date: "2003-02-03",
			text:   "Some 30 heads of state gathered in Addis Ababa on Sunday, AU Commission President Ana Rojas said.",
			want:   []string{"holds Ana Rojas | Chairperson of the African Union Commission | African Union"},
			absent: []string{"holds Ana Rojas | President"}},
		{name: "ThatCountrysPresident", date: "2017-05-15",
			text: "He left Ghana on Monday for Togo where he will hold talks with that country's President.",
			want: []string{"office President | Togo"}},
	})
}

// A title with its country in front and a past word between ("Kazakhstan's
// former President X") is that country's office, held no longer; an
// organisation's honorary chair is its own post. The sentences are
// invented.
func TestFormerTitleAndHonoraryChair(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CountrysFormerPresident", date: "2019-10-16",
			text:   "The summit of the Turkic Council opened in Baku on Tuesday. Kyrgyzstan's former President Ali Hassan, who represented his country at the summit, was elected as honorary chairman of the Turkic Council.",
			want:   []string{"office President | Kyrgyzstan", "office Honorary Chairman | Organization of Turkic States"},
			absent: []string{"office President | Azerbaijan", "holds Ali Hassan | President"}},
	})
}

// Titles given to names "respectively", as cabinet reports list them;
// a title's lower-case portfolio ends before the next title's head. The
// sentences are invented.
func TestRespectiveHolders(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ServeAsRespectively", date: "2016-03-30",
			text:   "Laos named its new cabinet on Wednesday. Three generals, Lt. Gen. Ana Rojas, Lt. Gen. Pedro Vidal and Lt. Gen. Lena Holm, will serve as the minister of defense, minister of home affairs and minister of border affairs, respectively.",
			want:   []string{"holds Ana Rojas | Defence Minister | Laos", "holds Pedro Vidal | Home Minister | Laos", "holds Lena Holm | Minister of Border Affairs | Laos"},
			absent: []string{"holds Ana Rojas | Home Minister | Laos", "office Minister of Home Affairs and Minister | Laos"}},
	})
}

// "X, the president's spokesman, said": the apposition's post is the
// spokesman's, of the country the office spoken for is. The sentence is
// invented.
func TestPossessiveTitleApposition(t *testing.T) {
	checkShapes(t, []shape{
		{name: "PresidentsSpokesman", date: "2019-02-22",
			text:   "Ana Rojas, the president's spokesman, said Thursday that Chile will keep its aid plan to Bolivia.",
			want:   []string{"holds Ana Rojas | Spokesperson | Chile", "office President | Chile"},
			absent: []string{"holds Ana Rojas | President | Chile"}},
	})
}

// A title in apposition before a name whose form of address is set off by
// commas too ("Minister of Health, Dr, X"). The sentence is invented.
func TestApposedTitleCommaHonorific(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TitleCommaDrComma", date: "2022-06-27",
			text: "Kenya received the vaccines from China. Minister of Health, Dr, Ana Rojas has today received the donation from the Chinese Ambassador to Kenya, Li Wei.",
			want: []string{"holds Ana Rojas | Health Minister | Kenya", "holds Li Wei | Ambassador | China"}},
	})
}

// Counterparts of several countries named in a list after them ("his
// Chilean and Peruvian colleagues -A and B-"): each holds the post of the
// one they are counterparts of, in the country in the same place. The
// sentence is invented.
func TestCounterpartList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ColleaguesDashed", date: "2022-06-13",
			text:   "Pedro Vidal and Lena Holm arrived in Asuncion on Sunday for the meeting. Uruguayan Foreign Minister Ana Rojas has discussed the agenda with his Chilean and Peruvian colleagues -Pedro Vidal and Lena Holm-, a statement said.",
			want:   []string{"holds Pedro Vidal | Foreign Minister | Chile", "holds Lena Holm | Foreign Minister | Peru"},
			absent: []string{"holds Pedro Vidal | Foreign Minister | Peru"}},
	})
}

// "X, whose TITLE": the title is the post of the country the relative
// clause is of. The sentences are invented.
func TestWhoseTitle(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WhosePresident", date: "2014-07-25",
			text: "During the summit, the chair of the bloc passed from Senegal to Cabo Verde, whose President will lead the bloc until 2016.",
			want: []string{"office President | Cape Verde"}},
	})
}

// "The ambassadors were A from X, B from (the) Y, …": a plural title, a
// copula and names each with "from" and a country, as credentials
// ceremonies are reported, longer than a dozen. The sentences are invented.
func TestPluralTitleFromList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AmbassadorsWereFrom", date: "2019-11-22",
			text: "The president received the credentials of new ambassadors on Friday. The ambassadors were Ana Lopez from Peru, Jan Novak from the Czech Republic, " +
				"Ali Hassan from Egypt, Maria Silva from Brazil, Tom Berg from Norway, Eva Kim from Chile, Omar Said from Oman, Lea Roth from Austria, " +
				"Ivan Petrov from Bulgaria, Sara Cohen from Israel, Luis Vega from Uruguay, Adil Khan from Pakistan and Nora Lind from Sweden.",
			want: []string{"holds Ana Lopez | Ambassador | Peru", "holds Jan Novak | Ambassador | Czech Republic", "holds Nora Lind | Ambassador | Sweden"}},
		{name: "AmbassadorsIncludeColonAndAnUnknownPlace", date: "2019-08-28",
			text: "The president received the credentials of new ambassadors on Wednesday. The ambassadors include: Ana Lopez from Peru, Jan Novak from Granada, and Nora Lind from Sweden.",
			want: []string{"holds Ana Lopez | Ambassador | Peru", "holds Nora Lind | Ambassador | Sweden"}},
	})
}

// Titles news writes that the lexicon lacked: a country's own portfolio
// posts (Kenya's cabinet secretaries, Malaysia's ministers in the Prime
// Minister's Department), the Holy See's, and generic ones (Attorney
// General, Deputy Speaker). The sentences are invented.
func TestLexiconTitlesR6(t *testing.T) {
	checkShapes(t, []shape{
		{name: "KenyanCabinetSecretary", date: "2019-05-02",
			text: "Kenya will host the talks. Interior Cabinet Secretary John Kamau said on Monday that security would be tight.",
			want: []string{"holds John Kamau | Cabinet Secretary for Interior | Kenya"}},
		{name: "PrimeMinistersDepartment", date: "2019-05-02",
			text: "Deputy Minister in the Prime Minister's Department Ana Lim said the delegation would arrive on Monday.",
			want: []string{"holds Ana Lim | Deputy Minister in the Prime Minister's Department | Malaysia"}},
		{name: "HolySee", date: "2019-05-02",
			text: "Georgia's Foreign Minister Ana Soto met with the Secretary for Relations with States, Archbishop Paul Marini, in Rome.",
			want: []string{"holds Paul Marini | Secretary for Relations with States | Vatican City"}},
		{name: "AttorneyGeneral", date: "2019-05-02",
			text: "Ghana's Attorney General Kofi Mensah told reporters in Accra that the case would go ahead.",
			want: []string{"holds Kofi Mensah | Attorney General | Ghana"}},
	})
}
