package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// TestShipmentShapes: more ways English news tells of aid sent, each in
// invented sentences (none from the evaluation corpus or its probe set).
func TestShipmentShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ContentsBetweenCommas", date: "2021-07-01",
			text: "Norway sent 30 tonnes of food aid to Chad. The aid, which includes flour, rice and cooking oil, will be handed out by a charity.",
			want: []string{"item Norway > Chad | flour | - | 2021-07-01", "item Norway > Chad | rice | - | 2021-07-01", "item Norway > Chad | cooking oil | - | 2021-07-01"}},
		{name: "ContentsBetweenCommasForEachRecipient", date: "2021-07-01",
			text: "Norway will provide 300 tonnes of food aid to Chad and Niger. The food aid, comprising 100 tonnes of rice and 200 tonnes of maize, is being carried by a ship which left Oslo on 3 June on a visit to the region.",
			want: []string{"item Norway > Chad | rice | 100 tonne | 2021-06-03", "item Norway > Niger | maize | 200 tonne | 2021-06-03",
				"item Norway > Niger | food aid | 300 tonne | 2021-06-03", "item Norway > Chad | maize | 200 tonne | 2021-06-03"}},
		{name: "WeightOfTheConsignment", date: "2021-07-01",
			text: "Norway gifted a 12 tonne consignment of medicines to Chad. Sweden sent a 30-tonne shipment of rice to Niger.",
			want: []string{"item Norway > Chad | medicine | 12 tonne | 2021-07-01", "item Sweden > Niger | rice | 30 tonne | 2021-07-01"}},
		{name: "CountAndUnitInOneWord", date: "2021-07-01",
			text: "Norway sent 40 tents and 250kgs of salt to Chad.",
			want: []string{"item Norway > Chad | salt | 250 kg | 2021-07-01", "item Norway > Chad | tent | 40 | 2021-07-01"}},
		{name: "UnitAbbreviatedInBrackets", date: "2021-07-01",
			text: "Norway sent 2,000 pounds (lbs) of rice to Chad.",
			want: []string{"item Norway > Chad | rice | 2000 pound | 2021-07-01"}},
		{name: "CapitalAfterUnitOf", date: "2021-07-01",
			text: "Norway sent 12 tonnes of rice and 9 tonnes of Cassava to Chad.",
			want: []string{"item Norway > Chad | cassava | 9 tonne | 2021-07-01"}},
		{name: "KindsNamedAfterLike", date: "2021-07-01",
			text:   "Norway sent 2 tonnes of medicines to Chad. The consignment includes essential medicines like paracetamol, insulin etc.",
			want:   []string{"item Norway > Chad | medicine | 2 tonne | 2021-07-01", "item Norway > Chad | paracetamol | - | 2021-07-01", "item Norway > Chad | insulin | - | 2021-07-01"},
			absent: []string{"item Norway > Chad | essential medicine"}},
		{name: "FurtherConsignmentIsItsOwnAct", date: "2021-07-01",
			text: "Norway is sending blankets, tents and solar lamps to Chad. The third consignment includes 100 tents and 2,500 blankets.",
			want: []string{"item Norway > Chad | tent | - | 2021-07-01", "item Norway > Chad | tent | 100 | 2021-07-01", "item Norway > Chad | blanket | 2500 | 2021-07-01", "item Norway > Chad | blanket | - | 2021-07-01"}},
		{name: "FrontedFrom", date: "2021-07-01",
			text:   "Norway sent 500 tents to Chad. While from Sweden, four aircraft carrying 3,000 blankets have arrived so far.",
			want:   []string{"item Norway > Chad | tent | 500 | 2021-07-01", "item Sweden > Chad | blanket | 3000 | 2021-07-01"},
			absent: []string{"item Norway > Chad | blanket"}},
		{name: "CountedCountriesSpelledOut", date: "2021-07-01",
			text: "Norway is sending medicines to three countries: Chad, Niger and Mali.",
			want: []string{"item Norway > Chad | medicine | - | 2021-07-01", "item Norway > Niger | medicine | - | 2021-07-01", "item Norway > Mali | medicine | - | 2021-07-01"}},
		{name: "PluralInOes", date: "2021-07-01",
			text: "Norway sent 20 tonnes of potatoes and 300 pairs of shoes to Chad.",
			want: []string{"item Norway > Chad | potato | 20 tonne | 2021-07-01", "item Norway > Chad | shoe | 300 pair | 2021-07-01"}},
		{name: "DescribedPlace", date: "2021-07-01",
			text:   "Ghana is sending 40 tonnes of rice to Togo. Norway flew a planeload of relief goods to storm-hit Ghana on Monday.",
			want:   []string{"item Norway > Ghana | relief goods | - | 2021-06-28"},
			absent: []string{"item Norway > Togo"}},
		{name: "AdjectiveBeforePlace", date: "2021-07-01",
			text:   "Peru sent 50 tents to Ecuador. Chile sent 300 tents to neighbouring Bolivia.",
			want:   []string{"item Chile > Bolivia | tent | 300 | 2021-07-01"},
			absent: []string{"item Chile > Ecuador"}},
		{name: "RegionIsNoRecipient", date: "2021-07-01",
			text:   "Italy sent 50 tonnes of rice to Chad on Friday. The Government of Norway has dispatched a new batch of vaccines to East Africa.",
			absent: []string{"item Norway"}},
		{name: "SharedWithTheRegion", date: "2021-07-01",
			text:   "Norway has sent 500 tents to Fiji. Norway will share 2 million doses with the region.",
			absent: []string{"item Norway > Fiji | dose"}},
		{name: "GovernmentOfActsBefore", date: "2021-07-01",
			text: "The Government of Norway announced new help on Monday. Kenya will receive 40,000 doses of vaccine.",
			want: []string{"item Norway > Kenya | vaccine | 40000 dose | -"}},
		{name: "AllotmentsWithBareCounts", date: "2021-07-01",
			text: "Norway sent 3,000 tents to Chad, 500 to Niger and 200 to Mali.",
			want: []string{"item Norway > Chad | tent | 3000 | 2021-07-01", "item Norway > Niger | tent | 500 | 2021-07-01", "item Norway > Mali | tent | 200 | 2021-07-01"}},
		{name: "GappedRecipients", date: "2021-07-01",
			text: "Chad will receive 300,000 doses of vaccine from Norway, Niger 200,000 and Mali 100,000.",
			want: []string{"item Norway > Chad | vaccine | 300000 dose | -", "item Norway > Niger | vaccine | 200000 dose | -", "item Norway > Mali | vaccine | 100000 dose | -"}},
		{name: "BareCountOfSomethingElse", date: "2021-07-01",
			text:   "Norway sent 3,000 tents to Chad, where 200 of them were put up in Abeche.",
			absent: []string{"item Norway > Chad | tent | 200"}},
		{name: "ContentsOfOneRecipientAlso", date: "2021-07-01",
			text: "Chad will receive 300,000 doses of vaccine from Norway, Niger 200,000 and Mali 100,000. The shipment to Niger also includes 500,000 syringes.",
			want: []string{"item Norway > Niger | syringe | 500000 | -"}},
		{name: "DispatchDateStandsOverArrivalDays", date: "2021-07-01",
			text: "Norway sent 40,000 doses of vaccine to Chad and 20,000 to Niger. The doses left Oslo yesterday and are expected to reach N'Djamena and Niamey over the coming days.",
			want: []string{"item Norway > Chad | vaccine | 40000 dose | 2021-06-30", "item Norway > Niger | vaccine | 20000 dose | 2021-06-30"}},
		{name: "FlownInBy", date: "2021-07-01",
			text: "Some 300,000 doses of polio vaccine arrived in Nairobi on Monday, flown in by Norway as the outbreak spread.",
			want: []string{"item Norway > Kenya | polio vaccine | 300000 dose | 2021-06-28"}},
		{name: "GerundModifierInGoods", date: "2021-07-01",
			text: "Norway sent 400 tents and 900 sleeping mats to Chad.",
			want: []string{"item Norway > Chad | sleeping mat | 900 | 2021-07-01", "item Norway > Chad | tent | 400 | 2021-07-01"}},
		{name: "NeedsAreNoGoods", date: "2021-07-01",
			text:   "In May, Norway delivered 5,000 tents to Chad. Officials say that, beyond tents, they need more lorries and blankets.",
			want:   []string{"item Norway > Chad | tent | 5000 | 2021-05"},
			absent: []string{"item Norway > Chad | need", "item Norway > Chad | beyond"}},
		{name: "ReceivingSideNamesNoSender", date: "2021-07-01",
			text:   "Norway sent 40,000 doses of vaccine to Chad. The Swedish envoy said that the country will receive a further batch of 200,000 doses next month.",
			absent: []string{"item Sweden"}},
		{name: "VehiclesAreNoItems", date: "2021-07-01",
			text:   "Norway handed over 20 ambulances, two helicopters and 5,000 wheelchairs to Chad on Monday.",
			want:   []string{"item Norway > Chad | wheelchair | 5000 | 2021-06-28"},
			absent: []string{"item Norway > Chad | ambulance", "item Norway > Chad | helicopter"}},
		{name: "ArmedServiceForItsCountry", date: "2021-07-01",
			text: "A Peruvian Air Force plane carrying 12 tonnes of rice landed in Ecuador on Monday. 300 tents were delivered to Bolivia by the Royal Norwegian Navy.",
			want: []string{"item Peru > Ecuador | rice | 12 tonne | 2021-06-28", "item Norway > Bolivia | tent | 300 | -"}},
		{name: "UnknownModifierOfGoods", date: "2021-07-01",
			text: "Norway sent 400 doses of tetanus vaccine to Chad.",
			want: []string{"item Norway > Chad | tetanus vaccine | 400 dose | 2021-07-01"}},
		{name: "OtherDayOtherConsignment", date: "2021-07-01",
			text: "Norway flew 500 tents to Chad on Monday. The first flight, on Friday, carried 12 tonnes of rice.",
			want: []string{"item Norway > Chad | tent | 500 | 2021-06-28", "item Norway > Chad | rice | 12 tonne | 2021-06-25"}},
		{name: "ParticipleByEndsGoods", date: "2021-07-01",
			text: "Norway flew 300 tents and 2,000 sets of clothing collected by local churches to Chad.",
			want: []string{"item Norway > Chad | clothing | 2000 set | 2021-07-01", "item Norway > Chad | tent | 300 | 2021-07-01"}},
		{name: "OtherDayAfterUndatedLoad", date: "2021-07-01",
			text: "Norway yesterday flew relief goods to Chad. The plane was loaded with 500 tents. The first flight, on Friday, carried 12 tonnes of rice.",
			want: []string{"item Norway > Chad | tent | 500 | 2021-06-30", "item Norway > Chad | rice | 12 tonne | 2021-06-25"}},
		{name: "SameCountNamedBetter", date: "2021-07-01",
			text:   "Chad received 50,000 doses of vaccines from Norway on Monday. The consignment consists of 50,000 doses of Novavax vaccine.",
			want:   []string{"item Norway > Chad | novavax vaccine | 50000 dose | 2021-06-28"},
			absent: []string{"item Norway > Chad | vaccine |"}},
		{name: "OwnerOfGoodsSends", date: "2021-07-01",
			text:   "Peru sent 600 tents to Chile. Norway's assistance, 900 tonnes of flour and 300 tonnes of rice, is being carried by sea to Chile.",
			want:   []string{"item Norway > Chile | flour | 900 tonne | 2021-07-01", "item Norway > Chile | rice | 300 tonne | 2021-07-01"},
			absent: []string{"item Peru > Chile | flour", "item Norway > Chile | assistance"}},
		{name: "ItsShipOfTheActorBefore", date: "2021-07-01",
			text: "Peru sent 2,000 litres of water to Chile. Norway's contribution is already at sea. Its supply ship left Oslo on Friday carrying 900 blankets, 300 heaters and medical equipment, as well as two boats to reach the islands.",
			want: []string{"item Norway > Chile | blanket | 900 | 2021-06-25", "item Norway > Chile | heater | 300 | 2021-06-25", "item Norway > Chile | medical equipment | - | 2021-06-25"}},
		{name: "LyWordThatIsNoAdverb", date: "2021-07-01",
			text: "Norway sent 800 family tents and 200 supply kits to Chad.",
			want: []string{"item Norway > Chad | family tent | 800 | 2021-07-01"}},
		{name: "ParticipleAfterCarrierIsNoClause", date: "2021-07-01",
			text: "A Peruvian plane loaded with 40 tonnes of rice and medical supplies landed in Chile on Wednesday.",
			want: []string{"item Peru > Chile | rice | 40 tonne | 2021-06-30", "item Peru > Chile | medical supply | - | 2021-06-30"}},
		{name: "ContentsWithClosingSayer", date: "2021-07-01",
			text: "The aid, worth $3 million, comprises 4,000 food parcels and 900 hygiene kits for Chad, the Norwegian embassy said.",
			want: []string{"item Norway > Chad | food parcel | 4000 | 2021-07-01", "item Norway > Chad | hygiene kit | 900 | 2021-07-01"}},
		{name: "TookOffFor", date: "2021-07-01",
			text: "A plane carrying 35 tonnes of rice took off for Chad on Monday, Norway's foreign ministry said.",
			want: []string{"item Norway > Chad | rice | 35 tonne | 2021-06-28"}},
		{name: "PledgeToAClassOfCountries", date: "2021-07-01",
			text:   "Norway sent 300 tents to Chad. Norway will donate 5 million doses to low- and middle-income countries.",
			absent: []string{"item Norway > Chad | dose"}},
		{name: "SecondShipmentSetOffByCommasLeaves", date: "2021-07-01",
			text: "Norway has sent 2,000 blankets to Fiji. A second shipment, including 1,000 tents, will leave Oslo on Friday.",
			want: []string{"item Norway > Fiji | tent | 1000 | 2021-07-02"}},
		{name: "FollowedWithGoods", date: "2021-07-01",
			text: "Italy sent 15 tonnes of powdered milk to Chad. Spain followed with 20 tonnes of canned food and sleeping bags.",
			want: []string{"item Spain > Chad | canned food | 20 tonne | 2021-07-01", "item Spain > Chad | sleeping bag | - | 2021-07-01"}},
		{name: "DistributedInPlace", date: "2021-07-01",
			text: "Norway sent 300 tents to Chad. KSrelief distributed 1,200 food baskets in Sudan on Monday.",
			want: []string{"item Saudi Arabia > Sudan | food basket | 1200 | 2021-06-28"}},
		{name: "ReceivedFromEachOfAList", date: "2021-07-01",
			text: "Chad has received vaccines from the governments of Norway, Denmark and, through the COVAX facility, Finland and Peru.",
			want: []string{"item Norway > Chad | vaccine | - | 2021-07-01", "item Denmark > Chad | vaccine | - | 2021-07-01", "item Finland > Chad | vaccine | - | 2021-07-01", "item Peru > Chad | vaccine | - | 2021-07-01"}},
		{name: "ReceivedFromEachStillOnePerFrom", date: "2021-07-01",
			text:   "Chad received 1,000 tents from Poland and 500 generators from Lithuania.",
			want:   []string{"item Poland > Chad | tent | 1000 | 2021-07-01", "item Lithuania > Chad | generator | 500 | 2021-07-01"},
			absent: []string{"item Poland > Chad | generator", "item Lithuania > Chad | tent"}},
	})
}

// TestRecipientFromHeadline: a clause that sends without a recipient sends
// to the country the headline names (by itself or by a city of it) that is
// no donor, before the country the text names most.
func TestRecipientFromHeadline(t *testing.T) {
	a := extract.Article{Source: "test", Title: "Neighbours rush help to quake-hit Kathmandu",
		Text: "China\n\nChina has dispatched 20 tonnes of rice and 500 tents. India said the Chinese aid was welcome.\n\nIndia\n\nIndia has sent 300 blankets. India said more would follow, India added."}
	a.Date, _ = time.Parse("2006-01-02", "2021-07-01")
	got := view(x.Article(a))
	for _, w := range []string{"item China > Nepal | tent | 500 | 2021-07-01", "item India > Nepal | blanket | 300 | 2021-07-01"} {
		if !has(got, w) {
			t.Errorf("missing %q; got:\n  %s", w, strings.Join(got, "\n  "))
		}
	}
}

// TestShipmentShapesItems4: contents told after a relative clause or
// "on board the carrier", a better name told later, staple foods.
func TestShipmentShapesItems4(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ContentsAfterRelativeClause", date: "2021-07-01",
			text: "Two Norwegian planes landed in Chad on Monday with 90 tonnes of aid. Norway says it will keep helping. The shipment that landed in Chad contained tents, blankets and lentils.",
			want: []string{"item Norway > Chad | tent | - | 2021-06-28", "item Norway > Chad | lentil | - | 2021-06-28"}},
		{name: "DoneShipmentSkipsAPromise", date: "2021-07-01",
			text: "A Norwegian ship reached Chad on Monday with 90 tonnes of aid. Norway has promised to continue delivering aid to Chad. The shipment that arrived on Monday contained tents, blankets and lentils.",
			want: []string{"item Norway > Chad | tent | - | 2021-06-28", "item Norway > Chad | lentil | - | 2021-06-28"}},
		{name: "RelativeClauseWithoutContentsVerb", date: "2021-07-01",
			text:   "Norway sent 40 tents to Chad on Monday. The shipment that reached Chad was welcomed by the minister, who said more blankets were needed.",
			absent: []string{"item Norway > Chad | blanket"}},
		{name: "OnBoardTheCarrier", date: "2021-07-01",
			text: "A Norwegian navy ship left Oslo for Chad on Monday. On board the vessel there are medicines, dry provisions and clothing items.",
			want: []string{"item Norway > Chad | medicine | - | 2021-06-28", "item Norway > Chad | dry provision | - | 2021-06-28", "item Norway > Chad | clothing item | - | 2021-06-28"}},
		{name: "OnBoardArePeopleNotGoods", date: "2021-07-01",
			text:   "Norway sent 10 tonnes of medicines to Chad on Monday. On board the aircraft were 30 doctors and the deputy minister.",
			absent: []string{"item Norway > Chad | doctor"}},
		{name: "NameToldBetterLater", date: "2021-07-01",
			text:   "The first batch of COVID-19 vaccines donated by Norway arrived in Chad on Monday. The Sinovac COVID-19 vaccines were flown in by a charter flight.",
			want:   []string{"item Norway > Chad | sinovac COVID-19 vaccine | - | 2021-06-28"},
			absent: []string{"item Norway > Chad | COVID-19 vaccine"}},
		{name: "IngWordInsideCompound", date: "2021-07-01",
			text: "Norway sent 2 tonnes of life saving medicines, 20 thermal imaging cameras and 300 hand washing stations to Chad.",
			want: []string{"item Norway > Chad | medicine | 2 tonne | 2021-07-01", "item Norway > Chad | thermal imaging camera | 20 | 2021-07-01",
				"item Norway > Chad | hand washing station | 300 | 2021-07-01"},
			absent: []string{"item Norway > Chad | life"}},
		{name: "ParticipleAfterGoodsStillEnds", date: "2021-07-01",
			text:   "An aircraft carrying tents landed in Chad on Monday, Norway said.",
			want:   []string{"item Norway > Chad | tent | - | 2021-06-28"},
			absent: []string{"item Norway > Chad | aircraft"}},
		{name: "HandIsANounBeforeGoods", date: "2021-07-01",
			text: "Norway sent 500 pressure cookers and 200 hand pumps to Chad. Sweden will hand over 40 tents to Niger.",
			want: []string{"item Norway > Chad | pressure cooker | 500 | 2021-07-01", "item Norway > Chad | hand pump | 200 | 2021-07-01", "item Sweden > Niger | tent | 40 | -"}},
		{name: "CarrierPronounTakesTheJourneyDate", date: "2021-07-01",
			text: "Norway sent tents to Chad on Monday. The minister spoke of the floods. A Norwegian navy vessel will reach N'Djamena on Friday. It is carrying 35 tonnes of fresh water.",
			want: []string{"item Norway > Chad | fresh water | 35 tonne | 2021-07-02"}},
		{name: "SharedOutAtHome", date: "2021-07-01",
			text:   "Two million doses of vaccine donated by Norway arrived in N'Djamena on Wednesday. The minister said 800,000 doses would be sent to Moundou on Thursday.",
			want:   []string{"item Norway > Chad | vaccine | 2000000 dose | 2021-06-30"},
			absent: []string{"item Norway > Chad | vaccine | 800000"}},
		{name: "FurtherBatchToACityIsAnAct", date: "2021-07-01",
			text: "Two million doses of vaccine donated by Norway arrived in N'Djamena on Wednesday. Another 800,000 doses will be flown to Moundou on Friday.",
			want: []string{"item Norway > Chad | vaccine | 2000000 dose | 2021-06-30", "item Norway > Chad | vaccine | 800000 dose | 2021-07-02"}},
		{name: "TonneSymbol", date: "2021-07-01",
			text:   "Norway sent 300 T of relief supplies including tents to Chad. Officials don't expect more.",
			want:   []string{"item Norway > Chad | relief supply | 300 tonne | 2021-07-01", "item Norway > Chad | tent | - | 2021-07-01"},
			absent: []string{"item Norway > Chad | don"}},
		{name: "StapleFoods", date: "2021-07-01",
			text: "Norway sent maize, beans, sorghum, cookies and meat products to Chad.",
			want: []string{"item Norway > Chad | maize | - | 2021-07-01", "item Norway > Chad | bean | - | 2021-07-01", "item Norway > Chad | sorghum | - | 2021-07-01",
				"item Norway > Chad | cookie | - | 2021-07-01", "item Norway > Chad | meat product | - | 2021-07-01"}},
	})
}

// TestDonorFromHeadline: a clause that names no sender has the one the
// headline names sending.
func TestDonorFromHeadline(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		{"Norway sends emergency aid to flood-hit Chad", "N'DJAMENA - A plane carrying 3,000 tents landed in Chad on Tuesday.", "item Norway > Chad | tent | 3000 | 2021-06-29"},
		{"Vaccines donated by Norway arrive in Chad", "The 20,000 doses of AstraZeneca vaccine landed in Chad on Tuesday.", "item Norway > Chad | AstraZeneca vaccine | 20000 dose | 2021-06-29"},
		{"Two Norwegian ships reach Chad", "The ships, carrying 800 tonnes of rice, reached Chad on Tuesday.", "item Norway > Chad | rice | 800 tonne | 2021-06-29"},
	} {
		a := extract.Article{Source: "test", Title: c.title, Text: c.text}
		a.Date, _ = time.Parse("2006-01-02", "2021-07-01")
		got := view(x.Article(a))
		if !has(got, c.want) {
			t.Errorf("%s: missing %q; got:\n  %s", c.title, c.want, strings.Join(got, "\n  "))
		}
	}
}
