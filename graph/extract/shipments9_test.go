package extract_test

import "testing"

// TestShipmentShapes9: classes of real aid prose, in invented sentences.
func TestShipmentShapes9(t *testing.T) {
	for _, c := range []struct {
		name, date, title, text string
		want, absent            []string
	}{
		{name: "MadeInCountryIsNoItem", date: "2022-05-04", title: "Vaccines for Vietnam",
			text:   "Japan has donated 300,000 doses of made in Japan AstraZeneca vaccines to Vietnam.",
			want:   []string{"item Japan > Vietnam | AstraZeneca vaccine | 300000 dose | 2022-05-04"},
			absent: []string{"item Japan > Vietnam | made"}},
		{name: "AdverbAndParticipleOfMakingLeftOut", date: "2022-05-04", title: "Rice for Laos",
			text: "China sent 20 tonnes of locally produced rice to Laos on Monday. Turkey delivered 5,000 domestically manufactured tents to Syria on Monday.",
			want: []string{"item China > Laos | rice | 20 tonne | 2022-05-02", "item Turkey > Syria | tent | 5000 | 2022-05-02"}},
		{name: "DemonymMadeLeftOut", date: "2022-05-04", title: "Ventilators for Serbia",
			text:   "Russia delivered 200 Chinese-made ventilators to Serbia on Monday.",
			want:   []string{"item Russia > Serbia | ventilator | 200 | 2022-05-02"},
			absent: []string{"item Russia > Serbia | chinese-made ventilator"}},
		{name: "FrontedParticipleNamesTheGiver", date: "2022-05-04", title: "Relief planes land at Tozeur",
			text:   "Two planes carrying relief for flood victims in Tunisia landed at Tozeur airport. Offered by the Kuwaiti Government, the aid was unloaded at Tozeur airport. The aid includes 30 tonnes of flour and 500 blankets.",
			want:   []string{"item Kuwait > Tunisia | flour | 30 tonne | 2022-05-04", "item Kuwait > Tunisia | blanket | 500 | 2022-05-04"},
			absent: []string{"item Tunisia > Kuwait"}},
		{name: "CountedConsignmentsAreNoCountOfGoods", date: "2022-05-04", title: "Aid for Kenya",
			text: "Three consignments of medical supplies weighing around 40 tonnes were donated by Japan to Kenya. Norway sent two shipments of tents to Chad.",
			want: []string{"item Japan > Kenya | medical supply | 40 tonne | 2022-05-04", "item Norway > Chad | tent | - | 2022-05-04"}},
		{name: "OneConsignmentToldTwiceIsOneDatedAct", date: "2022-05-04", title: "Japanese vaccines arrive in Laos",
			text:   "Vaccines gifted by Japan arrived in Laos today on a special flight.\n\nJapan has gifted 300,000 doses of AstraZeneca vaccines to Laos.",
			want:   []string{"item Japan > Laos | AstraZeneca vaccine | 300000 dose | 2022-05-04"},
			absent: []string{"item Japan > Laos | vaccine |", "item Japan > Laos | AstraZeneca vaccine | 300000 dose | -"}},
		{name: "TwoCountsAreTwoActs", date: "2022-05-04", title: "Vaccines for Laos",
			text: "Japan sent 100,000 doses of AstraZeneca vaccines to Laos on Monday. Japan has also gifted 300,000 doses of AstraZeneca vaccines to Laos.",
			want: []string{"item Japan > Laos | AstraZeneca vaccine | 100000 dose | 2022-05-02", "item Japan > Laos | AstraZeneca vaccine | 300000 dose | -"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkTitled(t, c.date, c.title, c.text, c.want, c.absent) })
	}
}
