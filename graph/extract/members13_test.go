package extract_test

import "testing"

// A list of members opened by a colon after the verb: "The members of X
// are: A, B and C". The sentences are invented.
func TestMembersAfterColon(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MembersAreColon", date: "2023-05-15",
			text: "The members of the Southern African Customs Union are: Botswana, Eswatini, Lesotho, Namibia and South Africa.",
			want: []string{"member SACU | Botswana", "member SACU | Namibia"}},
		{name: "IncludesColon", date: "2023-05-15",
			text: "The Gulf Cooperation Council includes: Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates.",
			want: []string{"member GCC | Bahrain", "member GCC | Oman"}},
	})
}
