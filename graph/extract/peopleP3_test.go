package extract_test

import "testing"

// Names first given without a title, with the role in apposition after
// them and no article: the role takes its complement (the sentences are
// invented).
func TestPeopleBareRoleAfter(t *testing.T) {
	checkShapes(t, []shape{
		{name: "HeadOfBranch", date: "2023-10-15",
			text: "Omar Haddad, head of the Jordanian Red Crescent's northern branch, said the aid would reach the border by road.",
			want: []string{"person Omar Haddad"}},
		{name: "SeniorDirectorFor", date: "2022-12-13",
			text: "Vice Foreign Minister Li Wen held talks with Daniel Osei, assistant secretary for African affairs, and Mara Lindqvist, senior director for Asia at the National Security Council, in Beijing on Monday.",
			want: []string{"person Mara Lindqvist"}},
		{name: "CapitalisedTitleOf", date: "2019-06-29",
			text: "Gambia was represented by Lamin Ceesay Touray, Minister of Regional Integration and Ghana was represented by Kofi Mensah, Minister of Foreign Affairs.",
			want: []string{"person Lamin Ceesay Touray"}},
		{name: "RoleWithNoComplementIsNoApposition", date: "2019-06-29",
			text:   "The convoy reached Santa Rosa, head office of the cooperative, on Monday.",
			absent: []string{"person Santa Rosa"}},
	})
}

// A spouse named by the given name alone is a person; one word after the
// article with no title is no person, even before a title in apposition
// (the sentences are invented).
func TestPeopleSpouseAndArticle(t *testing.T) {
	checkShapes(t, []shape{
		{name: "WifeGivenName", date: "2010-11-07",
			text: "The two leaders met before the private dinner hosted by the Prime Minister for the visiting President Tomas Berg and his wife Ingrid at his residence.",
			want: []string{"person Ingrid"}},
		{name: "NicknameSplitsNoSpouse", date: "2017-11-13",
			text:   "The President, together with his partner Maria “Lita” Santos, welcomed the leaders.",
			absent: []string{"person Maria"}},
		{name: "TheWordBeforeTitleIsNoPerson", date: "2011-12-07",
			text:   "According to the Protocol, the President of the Republic is accompanied by the Minister of Foreign Affairs.",
			absent: []string{"person Protocol"}},
	})
}
