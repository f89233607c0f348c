package extract_test

import "testing"

// TestShipmentShapes5: more shapes of aid prose, in invented sentences.
func TestShipmentShapes5(t *testing.T) {
	checkShapes(t, []shape{
		{name: "BarePluralSubjectWithParticiple", date: "2022-03-02",
			text: "A second batch of aid from Norway arrived in Chad on Wednesday. Items delivered include 12 tonnes of medicines, 3,000 blankets and 150 hygiene kits, the ministry said.",
			want: []string{"item Norway > Chad | medicine | 12 tonne | 2022-03-02", "item Norway > Chad | blanket | 3000 | 2022-03-02",
				"item Norway > Chad | hygiene kit | 150 | 2022-03-02"}},
		{name: "BarePluralSubject", date: "2022-03-02",
			text: "Norway sent relief to Chad on Monday. Relief supplies include 400 tents and 900 blankets.",
			want: []string{"item Norway > Chad | tent | 400 | 2022-02-28", "item Norway > Chad | blanket | 900 | 2022-02-28"}},
		{name: "ParticipleBetweenSubjectAndVerb", date: "2022-03-02",
			text: "Norway sent food to Chad. The consignments meant for Niger and Mali will include insulin and antibiotics.",
			want: []string{"item Norway > Niger | insulin | - | -", "item Norway > Mali | insulin | - | -",
				"item Norway > Niger | antibiotic | - | -", "item Norway > Mali | antibiotic | - | -"},
			absent: []string{"item Norway > Chad | insulin"}},
		{name: "RelativeClauseTellsAnotherAct", date: "2022-03-02",
			text: "Norway sent food to Chad. The medical supplies bound for Niger will include insulin, which has already been sent to Mali.",
			want: []string{"item Norway > Niger | insulin | - | -", "item Norway > Mali | insulin | - | -"}},
		{name: "UnitCountWithoutGoodsIsNoItem", date: "2022-03-02",
			text:   "Norway sent tents to Chad. So far more than 40 tonnes have been flown to Chad.",
			want:   []string{"item Norway > Chad | tent | - | -"},
			absent: []string{"item Norway > Chad | tonne"}},
		{name: "SundayIsNoListMember", date: "2022-03-02",
			text:   "As of Sunday, 500 tents and 300 blankets had been delivered to Chad by Norway.",
			want:   []string{"item Norway > Chad | tent | 500 | 2022-02-27", "item Norway > Chad | blanket | 300 | 2022-02-27"},
			absent: []string{"item Norway > Chad | sunday"}},
		{name: "OwnerAfterUnitOf", date: "2022-03-02",
			text: "Norway will fly 860 tonnes of UNICEF relief supplies and 20 tonnes of Sweden's rice to Chad.",
			want: []string{"item Norway > Chad | relief supply | 860 tonne | -", "item Norway > Chad | rice | 20 tonne | -"}},
		{name: "RunningTotalIsNoItem", date: "2022-03-02",
			text:   "Norway sent 300 tents to Chad, bringing the total to 1,200 tents. Sweden sent 40 tons of water to Niger and will send more to make a total of 120 tons.",
			want:   []string{"item Norway > Chad | tent | 300 | -", "item Sweden > Niger | water | 40 ton | -"},
			absent: []string{"item Norway > Chad | tent | 1200", "item Sweden > Niger | water | 120"}},
		{name: "GerundAndSetInAList", date: "2022-03-02",
			text:   "Norway delivered generators, cord reels, sleeping pads, adaptor plug sets and jerry cans to Chad, while a plane landed in Niger, carrying tents and blankets from Sweden.",
			want:   []string{"item Norway > Chad | sleeping pad | - | -", "item Norway > Chad | adaptor plug set | - | -", "item Sweden > Niger | tent | - | -"},
			absent: []string{"carrying tent"}},
		{name: "TemporaryHospitalAndEquipments", date: "2022-03-02",
			text: "Norway sent one temporary hospital and 25 doctors to Chad. Sweden announced the dispatch of a plane with medical equipments and canned food to Niger.",
			want: []string{"item Norway > Chad | temporary hospital | 1 | -", "item Sweden > Niger | medical equipment | - | -", "item Sweden > Niger | canned food | - | -"}},
	})
}
