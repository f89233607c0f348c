package extract_test

import "testing"

// Countries that joined the grouping the clause before "since" joins or
// names a member of, told with no grouping of their own ("the first new
// member since A joined in 2007", "the first country to join the UN since
// A in 2006"); leaving before "since" states nothing. A hyphen in
// "re-joined" leaves the verb a joining. The sentences are invented.
func TestMembersJoinedSince(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MemberSinceJoined", date: "2015-03-02",
			text: "Paraguay is the first new Mercosur member since Chile and Bolivia joined in 2009.",
			want: []string{"member Mercosur | Chile", "member Mercosur | Bolivia", "member Mercosur | Paraguay"}},
		{name: "ToJoinSinceInYear", date: "2015-03-02",
			text: "Nauru is the first country to join the UN body since Tuvalu in 2000, diplomats said.",
			want: []string{"member UN | Tuvalu"}},
		{name: "HasJoinedTheBlocSince", date: "2015-03-02",
			text: "The Commonwealth met in Malta. No country has joined the bloc since Cameroon joined in 1995.",
			want: []string{"member Commonwealth | Cameroon"}},
		{name: "ToLeaveSince", date: "2015-03-02",
			text:   "Nauru is the first country to leave the Commonwealth since Cameroon in 1995.",
			absent: []string{"member Commonwealth | Cameroon"}},
		{name: "HostedSince", date: "2015-03-02",
			text:   "Nauru has hosted the Commonwealth since Cameroon joined in 1995.",
			absent: []string{"member Commonwealth | Cameroon"}},
		{name: "HyphenReJoined", date: "2015-03-02",
			text: "Three former colonies — Kenya, Malawi as well as Ghana have re-joined the Commonwealth after leaving it.",
			want: []string{"member Commonwealth | Kenya", "member Commonwealth | Malawi", "member Commonwealth | Ghana"}},
	})
}
