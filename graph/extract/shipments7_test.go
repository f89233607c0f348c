package extract_test

import (
	"strings"
	"testing"
)

// TestShipmentShapes7: shapes of fresh aid prose, in invented sentences.
func TestShipmentShapes7(t *testing.T) {
	for _, c := range []struct {
		name, date, title, text string
		want, absent            []string
	}{
		{name: "GoodsLackedAreNotSent", date: "2022-03-02", title: "Help reaches Chad",
			text:   "A second consignment of 10 tonnes of Norway's relief material reached Chad on Wednesday. It comprised tents and blankets for families in the east, where villagers face a shortage of food, warm clothes and medicines.",
			want:   []string{"item Norway > Chad | tent | - | 2022-03-02", "item Norway > Chad | blanket | - | 2022-03-02"},
			absent: []string{"item Norway > Chad | food", "item Norway > Chad | warm clothes", "item Norway > Chad | medicine"}},
		{name: "GoodsAppealedForAreNotSent", date: "2022-03-02", title: "Floods in Chad",
			text:   "Norway sent 500 tents to Chad on Monday. The Chadian government appealed for water purification tablets and food.",
			want:   []string{"item Norway > Chad | tent | 500 | 2022-02-28"},
			absent: []string{"item Norway > Chad | water purification tablet", "item Norway > Chad | food"}},
		{name: "UrgedToSendIsNoAct", date: "2022-03-02", title: "Floods in Chad",
			text:   "Norway is flying 20 tonnes of tents to Chad. The bishop called for charities to provide assistance and urged neighbours to send blankets.",
			want:   []string{"item Norway > Chad | tent | 20 tonne | -"},
			absent: []string{"item Norway > Chad | assistance", "item Norway > Chad | blanket"}},
		{name: "AidMadeUpOfGoodsWithItsWeightSetOff", date: "2022-03-02", title: "Aid for Chad",
			text: "A Norwegian air force plane took off on Tuesday for Chad with emergency relief. The relief, weighing 30 tonnes, is made up of canned food products, water filters and blankets.",
			want: []string{"item Norway > Chad | relief | 30 tonne | 2022-03-01", "item Norway > Chad | canned food product | - | 2022-03-01",
				"item Norway > Chad | water filter | - | 2022-03-01", "item Norway > Chad | blanket | - | 2022-03-01"}},
		{name: "ConsignmentComposedOf", date: "2022-03-02", title: "Aid for Chad",
			text: "Norway sent a consignment to Chad on Tuesday. The consignment was composed of tents and mosquito nets.",
			want: []string{"item Norway > Chad | tent | - | 2022-03-01", "item Norway > Chad | mosquito net | - | 2022-03-01"}},
		{name: "BarePluralSubjectWithModalIncludes", date: "2022-03-02", title: "Aid for Chad",
			text: "Norway will send 12-15 tonnes of relief material to Chad today, the minister said. Donations will include water, rice and hygiene kits.",
			want: []string{"item Norway > Chad | relief material | 12 tonne | 2022-03-02", "item Norway > Chad | water | - | 2022-03-02",
				"item Norway > Chad | rice | - | 2022-03-02", "item Norway > Chad | hygiene kit | - | 2022-03-02"}},
		{name: "GoodsAboardTheCarrierThatTookOff", date: "2022-03-02", title: "Plane leaves for Chad",
			text: "On the orders of the Norwegian government an Antonov-124 with relief goods aboard took off for Chad on Tuesday. The plane is carrying 40 tonnes of relief goods: 300 tents, 1,000 blankets, tins, flour.",
			want: []string{"item Norway > Chad | relief goods | 40 tonne | 2022-03-01", "item Norway > Chad | tent | 300 | 2022-03-01",
				"item Norway > Chad | blanket | 1000 | 2022-03-01", "item Norway > Chad | flour | - | 2022-03-01"}},
		{name: "OnInstructionsOfTheKing", date: "2022-03-02", title: "Aid for Chad",
			text: "Following the instructions of the Norwegian government, a military plane took off on Monday for Chad carrying 20 tonnes of rice.",
			want: []string{"item Norway > Chad | rice | 20 tonne | 2022-02-28"}},
		{name: "PeopleLeavingAreNoAct", date: "2022-03-02", title: "Floods in Chad",
			text:   "With their belongings aboard, families left for Chad on Monday.",
			absent: []string{"item "}},
		{name: "PartOfACountrysAidMission", date: "2022-03-02", title: "Floods in Chad",
			text: "A team of 12 engineers has been deployed as part of the Norwegian government's relief mission to Chad, hit by floods on Saturday. The plane carried 800 family tents as well as 900 water filters.",
			want: []string{"item Norway > Chad | family tent | 800 | -", "item Norway > Chad | water filter | 900 | -"}},
		{name: "PeopleDeployedAreNoAct", date: "2022-03-02", title: "Floods in Chad",
			text:   "Some 40 soldiers were deployed to Chad on Saturday. Norway said it would send tents.",
			want:   []string{"item Norway > Chad | tent | - | -"},
			absent: []string{"item Norway > Chad | tent | - | 2022-02-26"}},
		{name: "PartOfACountrysReliefEffort", date: "2022-03-02", title: "Floods in Chad",
			text: "Tents and blankets were flown to Chad on Monday as part of Norway's relief effort.",
			want: []string{"item Norway > Chad | tent | - | 2022-02-28", "item Norway > Chad | blanket | - | 2022-02-28"}},
		{name: "FrontedPlaceIsTheRecipient", date: "2022-03-02", title: "Agency helps three countries",
			text:   "Norway sent aid packages to Chad, Niger and Mali. In Niger, the Norwegian embassy distributed 300 tents and water filters with a local charity.",
			want:   []string{"item Norway > Niger | tent | 300 | -", "item Norway > Niger | water filter | - | -"},
			absent: []string{"item Norway > Mali | tent", "item Norway > Chad | tent"}},
		{name: "CarrierFetchesGoodsFromTheDonor", date: "2022-03-02", title: "Masks arrive",
			text:   "Last month, a Chadian air force military transport Il-76 airplane delivered the first batch of masks and ventilators from the Norwegian city of Bergen.",
			want:   []string{"item Norway > Chad | mask | - | 2022-02", "item Norway > Chad | ventilator | - | 2022-02"},
			absent: []string{"item Chad > Norway"}},
		{name: "HelpingTransportIsAVerb", date: "2022-03-02", title: "Aid for Chad",
			text: "A Norwegian plane is also helping transport supplies including 2,000 tarpaulins and 500 jerry cans to Chad.",
			want: []string{"item Norway > Chad | tarpaulin | 2000 | -", "item Norway > Chad | jerry can | 500 | -"}},
		{name: "AuthoritiesAreNoGoods", date: "2022-03-02", title: "Vaccines for Chad",
			text:   "Norway will ask AstraZeneca and European authorities for one million doses of its contracted supplies to gift to Chad.",
			absent: []string{"item Norway > Chad | european authorit"}},
		{name: "LaterDatelineDatesTheReportNotTheAct", date: "2022-03-02", title: "First Norwegian aid reaches Chad",
			text:   "Relief flights to continue through the week\n\nOSLO, March 2, 2022 – The first aircraft of a Norwegian relief airlift arrived in N'Djamena on Sunday, laden with food and shelter items for the flood victims.",
			want:   []string{"item Norway > Chad | food | - | 2022-02-27", "item Norway > Chad | shelter item | - | 2022-02-27"},
			absent: []string{"item Norway > Chad | food | - | 2022-03-02"}},
		{name: "NonFoodItemsAreGoods", date: "2022-03-02", title: "Aid for Chad",
			text: "Norway sent 500 non-food items to Chad on Monday.",
			want: []string{"item Norway > Chad | non-food item | 500 | 2022-02-28"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := runTitled(c.date, c.title, c.text)
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("from %q\nmissing %q; got:\n  %s", c.text, w, strings.Join(got, "\n  "))
				}
			}
			for _, a := range c.absent {
				for _, g := range got {
					if strings.HasPrefix(g, a) {
						t.Errorf("from %q\nunwanted %q", c.text, g)
					}
				}
			}
		})
	}
}
