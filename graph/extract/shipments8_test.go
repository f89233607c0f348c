package extract_test

import "testing"

// TestShipmentShapes8: classes of fresh aid prose, in invented sentences.
func TestShipmentShapes8(t *testing.T) {
	for _, c := range []struct {
		name, date, title, text string
		want, absent            []string
	}{
		{name: "HyphenatedIngWordIsAnAdjective", date: "2022-03-02", title: "Aid for Chad",
			text: "Norway flew 40 tonnes of life-saving medical cargo to Chad. Sweden sent long-lasting mosquito nets to Niger.",
			want: []string{"item Norway > Chad | medical cargo | 40 tonne | 2022-03-02", "item Sweden > Niger | long-lasting mosquito net | - | 2022-03-02"}},
		{name: "CountedUmbrellaKeepsTheUmbrellaThatSpellsItOut", date: "2022-03-02", title: "Aid for Chad",
			text: "Norway flew 40 tonnes of medical cargo to Chad. The cargo consists of medical equipment.",
			want: []string{"item Norway > Chad | medical cargo | 40 tonne | 2022-03-02", "item Norway > Chad | medical equipment | - | 2022-03-02"}},
		{name: "CountedUmbrellaGivesWayToNamedGoods", date: "2022-03-02", title: "Aid for Chad",
			text:   "Norway flew 40 tonnes of relief material to Chad. The material includes tents and blankets, and other supplies.",
			want:   []string{"item Norway > Chad | relief material | 40 tonne | 2022-03-02", "item Norway > Chad | tent | - | 2022-03-02", "item Norway > Chad | blanket | - | 2022-03-02"},
			absent: []string{"item Norway > Chad | supply", "item Norway > Chad | other"}},
		{name: "OwnerWithItsAcronymBeforeTheGoods", date: "2022-03-02", title: "Aid for Chad",
			text: "A plane carrying 30 tonnes of European Union (EU) humanitarian aid for flood victims arrived in Chad on Tuesday.",
			want: []string{"item EU > Chad | humanitarian aid | 30 tonne | 2022-03-01"}},
		{name: "NewBeforeACountryNamesAnotherPlace", date: "2022-03-02", title: "Relief for an eruption",
			text:   "In response to Chad's request for support, Norway flew tents and blankets to West New Britain on Monday.",
			want:   []string{"item Norway > Chad | tent | - | 2022-02-28", "item Norway > Chad | blanket | - | 2022-02-28"},
			absent: []string{"country United Kingdom", "item Norway > United Kingdom"}},
		{name: "NewMexicoIsNoMexico", date: "2022-03-02", title: "Floods",
			text:   "Norway sent 200 tents to New Mexico.",
			absent: []string{"country Mexico", "item Norway > Mexico"}},
		{name: "TheGovernmentsOwnAgencyIsTheDonor", date: "2022-03-02", title: "Navy ship brings aid to Chad",
			text: "The navy ship is carrying supplies including 12,500 blankets and 20,000 candles. The supplies have been provided by the Government's Department for International Development (DFID).",
			want: []string{"item United Kingdom > Chad | blanket | 12500 | 2022-03-02", "item United Kingdom > Chad | candle | 20000 | 2022-03-02"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkTitled(t, c.date, c.title, c.text, c.want, c.absent) })
	}
}

// An act told without goods ("… arrived in Kathmandu") names where the goods
// the sentence set off before it go, when the story names no country of
// their own (the sentences are invented for this test).
func TestArrivalNamesTheGoodsPlace(t *testing.T) {
	checkTitled(t, "2023-03-10", "Quake relief",
		"The relief consignment from Japan, consisting of tents and blankets, arrived in Kathmandu on Friday.",
		[]string{"item Japan > Nepal | tent | - | 2023-03-10", "item Japan > Nepal | blanket | - | 2023-03-10"}, nil)
}
