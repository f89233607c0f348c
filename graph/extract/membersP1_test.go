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

// A country's leaving of a grouping: one to come leaves it a member still
// ("is to leave", "was withdrawing from", "has decided to withdraw its
// membership from", "announced their withdrawal from", "said it would
// quit"); one told done makes it one no more, whatever else the text says
// of it, unless it joined anew. The sentences are invented.
func TestMembersLeaving(t *testing.T) {
	checkShapes(t, []shape{
		{name: "IsToLeave", date: "2019-05-06",
			text: "Ecuador is to leave the Organization of the Petroleum Exporting Countries (OPEC) in January, its energy minister announced.",
			want: []string{"member OPEC | Ecuador"}},
		{name: "SaidItWasWithdrawing", date: "2019-05-06",
			text: "Nicaragua said on Friday it was withdrawing from the Organization of American States, the regional bloc.",
			want: []string{"member OAS | Nicaragua"}},
		{name: "DecidedToWithdrawMembership", date: "2019-05-06",
			text: "\"Gabon has decided to withdraw its membership from OPEC effective next year,\" the minister told reporters.",
			want: []string{"member OPEC | Gabon"}},
		{name: "AnnouncedWithdrawal", date: "2019-05-06",
			text: "The governments of Chad, Sudan and Libya have announced their immediate withdrawal from the Economic Community of West African States.",
			want: []string{"member ECOWAS | Chad", "member ECOWAS | Sudan", "member ECOWAS | Libya"}},
		{name: "WithdrawingFromSummit", date: "2019-05-06",
			text:   "Nicaragua is withdrawing from the OAS summit in protest.",
			absent: []string{"member OAS | Nicaragua"}},
		{name: "HasWithdrawnThenJoined", date: "2019-05-06",
			text:   "Maldives has withdrawn from the Commonwealth, the government said. Maldives joined the Commonwealth in 1982.",
			absent: []string{"member Commonwealth | Maldives"}},
		{name: "LeftThenRejoined", date: "2019-05-06",
			text: "Maldives left the Commonwealth in 2016. Maldives and Fiji have rejoined the Commonwealth.",
			want: []string{"member Commonwealth | Maldives", "member Commonwealth | Fiji"}},
	})
}

// A country in apposition as the Nth one to join a grouping ("A, the
// first landlocked republic to have joined the bloc,"; not "the next
// country to join"), the UN's capitalised "Member State" after "became",
// a sentence opened by a preposition's phrase ("By unanimous vote, A
// became …") and a member noun followed by "without". The sentences are
// invented.
func TestMembersApposedJoinerAndMemberState(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ApposedToHaveJoined", date: "2016-07-01",
			text: "The European Union grew on Monday. Guards left the crossings with Austria, the first former imperial state to have joined the bloc, and with Italy.",
			want: []string{"member EU | Austria"}},
		{name: "ApposedToJoin", date: "2016-07-01",
			text: "Palau, the latest country to join the Pacific Islands Forum, sent its envoy.",
			want: []string{"member Pacific Islands Forum | Palau"}},
		{name: "ApposedNextToJoin", date: "2016-07-01",
			text:   "Palau, the next country to join the Pacific Islands Forum, sent its envoy.",
			absent: []string{"member Pacific Islands Forum | Palau"}},
		{name: "CapitalisedMemberState", date: "2016-07-01",
			text: "By unanimous vote, Tuvalu became the 189th United Nations Member State this morning.",
			want: []string{"member UN | Tuvalu"}},
		{name: "OnlyOtherMemberWithout", date: "2016-07-01",
			text: "Togo is the only other Commonwealth member without historic ties to Britain.",
			want: []string{"member Commonwealth | Togo"}},
	})
}

// A grouping's suspending of a country's membership leaves it a member
// (suspended, not expelled); a withdrawal begun is one to come. The
// sentences are invented.
func TestMembersSuspendedMembership(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SuspendedMembershipInTheOrganisation", date: "2014-02-03",
			text: "The African Union suspended Madagascar's membership in the organisation Monday after the coup.",
			want: []string{"member African Union | Madagascar"}},
		{name: "SuspendedGroupingMembership", date: "2014-02-03",
			text: "Foreign ministers suspended Nauru's Commonwealth membership in 2012.",
			want: []string{"member Commonwealth | Nauru"}},
		{name: "SuspendedNoGrouping", date: "2014-02-03",
			text:   "Ghana suspended Togo's membership, officials said.",
			absent: []string{"member Commonwealth | Togo"}},
		{name: "BeganWithdrawal", date: "2014-02-03",
			text: "Nicaragua formally began its withdrawal from the OAS on Sunday.",
			want: []string{"member OAS | Nicaragua"}},
	})
}

// "joining current members A, B and C": the members of the grouping the
// sentence named before. The sentences are invented.
func TestMembersCurrentMembersList(t *testing.T) {
	checkShapes(t, []shape{
		{name: "JoiningCurrentMembers", date: "2023-08-25",
			text:   "Bolivia and Peru were also invited to enter Mercosur next year, joining current members Brazil, Argentina and Uruguay in a larger bloc.",
			want:   []string{"member Mercosur | Brazil", "member Mercosur | Argentina", "member Mercosur | Uruguay"},
			absent: []string{"member Mercosur | Bolivia", "member Mercosur | Peru"}},
	})
}
