package extract_test

import "testing"

// TestShipmentQuotedPassive: an official quoted telling, in the passive,
// that counted goods were sent ("30 tonnes of … were flown out today,"
// the minister posted) tells of an act of the speaker's country; the
// date of the quoted act dates the act the narrative told undated, and a
// "by X" inside the quotation names another sender.
func TestShipmentQuotedPassive(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MinisterPosts", date: "2023-02-08", title: "Relief for Syria",
			text: "The Egyptian government said on Wednesday that it had dispatched 30 tonnes of relief supplies to Syria.\n\n" +
				"Egyptian Foreign Minister Karim Fahmy wrote on X: \"30 tonnes of relief supplies including tents, blankets, field kitchens and medicines were flown out today.\"",
			want: []string{"item Egypt > Syria | relief supply | 30 tonne | 2023-02-08", "item Egypt > Syria | tent | - | 2023-02-08",
				"item Egypt > Syria | field kitchen | - | 2023-02-08", "item Egypt > Syria | medicine | - | 2023-02-08"}},
		{name: "ByAnotherSender", date: "2022-03-10", title: "Vaccines for Peru",
			text: "Peru received two million vaccines from Japan on Wednesday.\n\n" +
				"\"With this batch, 3 million doses have been donated to Peru by Japan,\" said Peru's Health Minister Rosa Quispe.",
			absent: []string{"item Peru >"}},
	})
}

// TestShipmentRoundUpRecipient: in a round-up of donors, an act that
// names no recipient goes to the country the article names most that
// sends nothing itself, not to a donor named more often; two countries
// that help each other stay each other's recipients.
func TestShipmentRoundUpRecipient(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DonorsNamedMore", date: "2016-04-18", title: "Help pours in after quake",
			text: "Ecuador was hit by an earthquake on Saturday.\n\n" +
				"Neighbouring Peru has sent blankets and field hospitals.\n\n" +
				"Canada has sent 200 tents to Ecuador. The tents sent by Canada came from Canada's stocks in Panama, Canada said.\n\n" +
				"Norway has sent water purification units to Ecuador.",
			want:   []string{"item Peru > Ecuador | blanket | - | 2016-04-18"},
			absent: []string{"item Peru > Canada", "item Peru > Norway"}},
		{name: "TwoHelpEachOther", date: "2021-06-02", title: "Partners in the pandemic",
			text: "Amid the second wave, Japan sent 800 oxygen concentrators and 2,000 ventilators. Thailand thanked Japan.\n\n" +
				"Last year, Thailand had sent masks to Japan. Japan and Thailand will hold talks in Tokyo, and Japan's foreign minister will meet Thailand's.",
			want: []string{"item Japan > Thailand | oxygen concentrator | 800 | 2021-06-02"}},
	})
}

// TestShipmentPackContents: what a pack ("the food parcels", "the
// hygiene kits") is said to include is its contents, not items of the
// shipment (guidelines 4.3); what a consignment or a relief package
// includes stays its goods.
func TestShipmentPackContents(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FoodPackagesInclude", date: "2020-01-26", title: "Relief for quake victims",
			text: "Azerbaijan delivered 800 food packages and 800 blankets to Turkey's quake-hit Elazig province on Sunday.\n\n" +
				"Also, 300 tents were set up in the province.\n\n" +
				"The food packages include rice, lentils, sugar, flour and tea.",
			want:   []string{"item Azerbaijan > Turkey | food package | 800 | 2020-01-26", "item Azerbaijan > Turkey | blanket | 800 | 2020-01-26"},
			absent: []string{"item Azerbaijan > Turkey | rice", "item Azerbaijan > Turkey | lentil", "item Azerbaijan > Turkey | flour"}},
		{name: "ReliefPackageIncludes", date: "2020-01-26", title: "Relief for quake victims",
			text: "Azerbaijan sent a relief package to Turkey on Sunday.\n\n" +
				"The relief package includes tents, blankets and heaters.",
			want: []string{"item Azerbaijan > Turkey | tent | - | 2020-01-26", "item Azerbaijan > Turkey | heater | - | 2020-01-26"}},
	})
}

// TestShipmentAsClause: "as" with a country acting after it opens a
// clause of its own, whose act has its own sender ("… landed in Lima as
// Chile announced it was sending …"); a size word ("an entire field
// hospital") names no product.
func TestShipmentAsClause(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AsCountryAnnounced", date: "2007-08-17", title: "Relief reaches Peru",
			text: "A Canadian plane with 50 tonnes of relief supplies for quake victims arrived in Lima on Friday morning as Chile announced that it was dispatching an entire field hospital to Pisco.",
			want: []string{"item Canada > Peru | relief supply | 50 tonne | 2007-08-17", "item Chile > Peru | field hospital | - | -"},
			absent: []string{"item Canada > Peru | field hospital", "item Canada > Peru | entire field hospital",
				"item Chile > Peru | entire"}},
		{name: "SuchAsStaysAList", date: "2007-08-17", title: "Relief reaches Peru",
			text: "Chile sent tents and blankets to Peru on Friday, as well as medicines.",
			want: []string{"item Chile > Peru | medicine | - | 2007-08-17"}},
	})
}

// TestShipmentCarryingTheGoods: a carrier arriving "carrying the relief
// provisions, which include …" brings the goods the sentence before
// told of: one consignment; "its first planes carrying the initial
// supplies" is an act of its own.
func TestShipmentCarryingTheGoods(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ArrivedCarryingThe", date: "2015-05-04", title: "Relief ship in Kathmandu",
			text: "Nepal's health minister on Sunday accepted 90 tonnes of relief material from the Chinese ambassador at the airport.\n\n" +
				"Tianlu, a Chinese cargo plane arrived at the Kathmandu airport carrying the relief provisions which includes 40 tonnes of rice, cooking utensils including gas stoves, tents and water filters for the people hit by the quake.",
			want:   []string{"item China > Nepal | relief material | 90 tonne | 2015-05-03", "item China > Nepal | rice | 40 tonne | 2015-05-03", "item China > Nepal | water filter | - | 2015-05-03"},
			absent: []string{"item China > Nepal | rice | 40 tonne | -"}},
	})
}
