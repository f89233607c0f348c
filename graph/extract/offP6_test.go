package extract_test

import "testing"

// A grouping's chair written "chair" ("the current chair of SADC", "PIF
// chair X") is the organisation's Chairperson; a state in the chair holds
// no office ("in its capacity as Chair of ASEAN"); "who also serves as" ties
// the title to the name as "who serves as" does (the sentences are
// invented).
func TestOfficeGroupingChair(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CurrentChairOf", date: "2019-08-18",
			text: "Prime Minister Lazarus Banda, the current chair of BIMSTEC, opened the summit in Thimphu.",
			want: []string{"holds Lazarus Banda | Chairperson | BIMSTEC"}},
		{name: "ChairBeforeName", date: "2019-08-18",
			text: "The summit was opened by Pacific Islands Forum chair Tomasi Vunga on Tuesday.",
			want: []string{"holds Tomasi Vunga | Chairperson | Pacific Islands Forum"}},
		{name: "WhoAlsoServesAs", date: "2019-08-18",
			text: "The minister held talks with Kenyan President Peter Mwangi, who also serves as the IGAD chairperson.",
			want: []string{"holds Peter Mwangi | Chairperson | IGAD"}},
		{name: "TitleOfGroupingWithAcronym", date: "2019-08-18",
			text: "Ghana's President and Chairman of the Economic Community of West African States (ECOWAS), Kwame Asante, opened the session.",
			want: []string{"holds Kwame Asante | President | Ghana", "holds Kwame Asante | Chairperson | ECOWAS"}},
		{name: "StateInItsCapacityAsChair", date: "2019-08-18",
			text:   "Australia, India and Brunei in its capacity as Chair of ASEAN were invited as guests.",
			absent: []string{"office Chairperson | ASEAN"}},
	})
}

// An organisation's head named with a loose generic title ("the director of
// NATO", "director of the FAO") holds the organisation's own head title when
// orgleaders.tsv has that person heading it on the article's day; a title
// with a qualifier ("regional director") stays what it says; "the UN's FAO"
// is the FAO's (the sentences are invented).
func TestOfficeLooseHeadTitle(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DirectorOfAlliance", date: "2021-03-02",
			text:   "The director of NATO, Jens Stoltenberg, thanked Ankara for the aircraft.",
			want:   []string{"holds Jens Stoltenberg | Secretary General | NATO"},
			absent: []string{"office Director | NATO"}},
		{name: "DirectorOfPossessedAgency", date: "2015-05-20",
			text:   "Seeds were flown in, said José Graziano da Silva, director of the UN's Food and Agriculture Organization (FAO).",
			want:   []string{"holds José Graziano da Silva | Director-General | FAO"},
			absent: []string{"office Director | United Nations"}},
		{name: "QualifiedTitleStays", date: "2015-05-20",
			text: "Seeds were flown in, said Anna Berg, regional director of the Food and Agriculture Organization.",
			want: []string{"holds Anna Berg | Regional Director | FAO"}},
	})
}
