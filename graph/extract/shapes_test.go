package extract_test

import (
	"strings"
	"testing"
)

// shape is a piece of news prose and what a careful reader takes from it.
// The sentences are written for these tests, in the shapes diplomacy and
// aid reporting uses; none comes from the evaluation corpus.
type shape struct {
	name   string
	date   string
	text   string
	want   []string // lines of view() that must be there
	absent []string // line prefixes that must not be
}

func checkShapes(t *testing.T, shapes []shape) {
	t.Helper()
	for _, c := range shapes {
		t.Run(c.name, func(t *testing.T) {
			got := view(run(c.date, c.text))
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("from %q\nmissing %q; got:\n  %s", c.text, w, strings.Join(got, "\n  "))
				}
			}
			for _, a := range c.absent {
				if hasPrefix(got, a) {
					t.Errorf("from %q\nunwanted %q; got:\n  %s", c.text, a, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

func TestPeopleAndOffices(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DemonymTitleName", date: "2022-05-10",
			text: "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday.",
			want: []string{"holds Olaf Scholz | Chancellor | Germany", "holds Emmanuel Macron | President | France", "city Paris"}},
		{name: "PossessiveTitle", date: "2021-05-03",
			text:   "Kenya's Health Minister Mutahi Kagwe thanked Japan for the help. Kagwe said more was needed.",
			want:   []string{"holds Mutahi Kagwe | Health Minister | Kenya", "person Mutahi Kagwe"},
			absent: []string{"person Kagwe"}},
		{name: "ApposedTitleAfter", date: "2021-05-03",
			text: "Tedros Adhanom Ghebreyesus, the WHO Director-General, said the virus was not done with us.",
			want: []string{"holds Tedros Adhanom Ghebreyesus | Director-General | WHO"}},
		{name: "TitleOfGroupingBefore", date: "2021-05-03",
			text: "The Secretary General of NATO, Jens Stoltenberg, visited Warsaw.",
			want: []string{"holds Jens Stoltenberg | Secretary General | NATO"}},
		{name: "ImpliedJurisdiction", date: "2021-05-03",
			text: "EAM Jaishankar spoke to reporters in Mumbai.",
			want: []string{"holds Jaishankar | External Affairs Minister | India", "city Mumbai"}},
		{name: "AttributionNamesPerson", date: "2021-05-03",
			text: `"Help is on the way," said Maria Fernanda Espinosa.`,
			want: []string{"person Maria Fernanda Espinosa", "quote Maria Fernanda Espinosa | Help is on the way,"}},
		{name: "NoInventedPeople", date: "2021-05-03",
			text:   `The aircraft left Ramstein Air Base for New Delhi. Covid Care Centres in Mumbai received Made-in-India ventilators. The embassy tweeted that a "gift of 5,000" Made-in-Japan Ventilators was handed over.`,
			absent: []string{"person "}},
		{name: "CoordinatedTitlesShareJurisdiction", date: "2021-05-03",
			text: "The vaccines were received by Ghanaian Foreign Minister Shirley Ayorkor Botchwey and Health Minister Kwaku Agyeman-Manu.",
			want: []string{"holds Kwaku Agyeman-Manu | Health Minister | Ghana", "holds Shirley Ayorkor Botchwey | Foreign Minister | Ghana"}},
		{name: "Particles", date: "2021-05-03",
			text: "Syrian President Bashar al-Assad met European Commission President Ursula von der Leyen.",
			want: []string{"person Bashar al-Assad", "person Ursula von der Leyen"}},
		{name: "FullestNameIsCanonical", date: "2021-05-03",
			text: "Jaishankar arrived on Monday. External Affairs Minister Subrahmanyam Jaishankar then met officials.",
			want: []string{"person Subrahmanyam Jaishankar"}, absent: []string{"person Jaishankar"}},
	})
}

func TestQuotations(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SaidAfterWithTitle", date: "2021-08-02",
			text: `"We will not forget this help," said Nepal's Prime Minister Sher Bahadur Deuba.`,
			want: []string{"quote Sher Bahadur Deuba | We will not forget this help,", "holds Sher Bahadur Deuba | Prime Minister | Nepal"}},
		{name: "ColonBefore", date: "2021-08-02",
			text: `Nepal's Prime Minister Sher Bahadur Deuba was grateful. Deuba added: "The vaccines arrived at the right time."`,
			want: []string{"quote Sher Bahadur Deuba | The vaccines arrived at the right time."}},
		{name: "CurlyOverTwoSentencesPronoun", date: "2021-08-02",
			text: "Australian Foreign Minister Marise Payne was in Jakarta. “This is a good day. It shows what partners can do,” she told reporters.",
			want: []string{"quote Marise Payne | This is a good day. It shows what partners can do,"}},
		{name: "StatementIsNoPerson", date: "2021-08-02",
			text:   `Minister Ana Lopez was away. A ministry statement said, "The aid is ready to leave."`,
			absent: []string{"quote "}},
		{name: "ContinuedQuote", date: "2021-08-02",
			text: `“We are ready,” said Foreign Minister Ana Lopez of Peru. “The first flight leaves tonight.”`,
			want: []string{"quote Ana Lopez | The first flight leaves tonight."}},
		{name: "AccordingToBefore", date: "2021-08-02",
			text: `According to Foreign Minister Ana Lopez of Peru, "the aid has arrived."`,
			want: []string{"quote Ana Lopez | the aid has arrived."}},
		{name: "AccordingToAfter", date: "2021-08-02",
			text: `"Help is on its way," according to Health Minister Mutahi Kagwe of Kenya.`,
			want: []string{"quote Mutahi Kagwe | Help is on its way,"}},
		{name: "SpeakerTweeted", date: "2021-08-02",
			text: `"Landed in Male with 100,000 doses," Indian envoy Sunil Kumar tweeted.`,
			want: []string{"quote Sunil Kumar | Landed in Male with 100,000 doses,", "holds Sunil Kumar | Ambassador | India"}},
	})
}

func TestDates(t *testing.T) {
	// 2021-06-10 is a Thursday
	checkShapes(t, []shape{
		{name: "PastWeekday", date: "2021-06-10",
			text: "On Monday, Japan sent 1,000 oxygen concentrators to Vietnam.",
			want: []string{"item Japan > Vietnam | oxygen concentrator | 1000 | 2021-06-07"}},
		{name: "FutureWeekday", date: "2021-06-10",
			text: "Japan will send 1,000 oxygen concentrators to Vietnam on Monday.",
			want: []string{"item Japan > Vietnam | oxygen concentrator | 1000 | 2021-06-14"}},
		{name: "DayMonth", date: "2021-06-10",
			text: "Japan sent 500 ventilators to Vietnam on 3 June.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2021-06-03"}},
		{name: "MonthYear", date: "2021-06-10",
			text: "In March 2020, Japan sent 500 ventilators to Vietnam.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2020-03"}},
		{name: "LastMonth", date: "2021-06-10",
			text: "Japan sent 500 ventilators to Vietnam last month.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | 2021-05"}},
		{name: "NoArticleDateNoGuess", date: "",
			text: "Japan sent 500 ventilators to Vietnam on Monday.",
			want: []string{"item Japan > Vietnam | ventilator | 500 | -"}},
		{name: "RangeStart", date: "2021-06-10",
			text: "Foreign Minister Marise Payne of Australia will attend the Asia Security Summit in Singapore on June 14-16.",
			want: []string{"Summit Marise Payne | 2021-06-14 | Singapore | -"}},
	})
}

func TestQuantitiesAndShipments(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ScaleAndUnit", date: "2021-07-01",
			text: "Japan delivered 1.2 million doses of AstraZeneca vaccine to Vietnam.",
			want: []string{"item Japan > Vietnam | AstraZeneca vaccine | 1200000 dose | -"}},
		{name: "IndianGroupingAndQualifier", date: "2021-07-01",
			text: "India gifted over 1,50,000 PPE kits and 2 lakh masks to Sri Lanka.",
			want: []string{"item India > Sri Lanka | PPE kit | 150000 | -", "item India > Sri Lanka | mask | 200000 | -"}},
		{name: "NumberWords", date: "2021-07-01",
			text: "Canada shipped two dozen ventilators and five oxygen generation plants to Nepal.",
			want: []string{"item Canada > Nepal | ventilator | 24 | -", "item Canada > Nepal | oxygen generation plant | 5 | -"}},
		{name: "PassiveByDonorCityRecipient", date: "2021-07-04",
			text: "Oxygen concentrators donated by Singapore arrived in Kolkata on Tuesday.",
			want: []string{"item Singapore > India | oxygen concentrator | - | 2021-06-29"}},
		{name: "TonnesOfSupplies", date: "2021-07-01",
			text: "The EU sent 2,000 ventilators and 50 tonnes of medical supplies to Indonesia.",
			want: []string{"item EU > Indonesia | ventilator | 2000 | -", "item EU > Indonesia | medical supply | 50 tonne | -"}},
		{name: "MoneyIsNoItem", date: "2021-07-01",
			text:   "The United States has provided $50 million in assistance to Haiti.",
			absent: []string{"item "}},
		{name: "EachRecipientItsShipment", date: "2021-07-01",
			text: "China sent 300,000 doses of Sinopharm vaccine to Laos and 500,000 doses to Cambodia.",
			want: []string{"item China > Laos | sinopharm vaccine | 300000 dose | -", "item China > Cambodia | sinopharm vaccine | 500000 dose | -"}},
		{name: "ReceiverMustBeThePlace", date: "2021-07-01",
			text:   "Over 250,000 people have received the two doses of vaccine from Japan so far.",
			absent: []string{"item "}},
		{name: "ReceiverWithCount", date: "2021-07-01",
			text: "Laos has received two million Sinopharm vaccines from China.",
			want: []string{"item China > Laos | sinopharm vaccine | 2000000 | -"}},
		{name: "ParticipleAfterGoods", date: "2021-07-01",
			text:   "In all, the country has now got 900,000 doses of vaccine, after the 300,000 doses from the Chinese firm Sinopharm donated in June by the Chinese government to Laos.",
			want:   []string{"item China > Laos | vaccine | 300000 dose | 2021-06"},
			absent: []string{"item China > Laos | vaccine | 900000", "item China > Laos | firm"}},
		{name: "ParticipleAfterCommaHasNoSubjectDonor", date: "2021-07-01",
			text:   "Peruvian officials praised the 50,000 doses of vaccines, delivered on Monday.",
			absent: []string{"item Peru"}},
		{name: "GovernmentOfDonor", date: "2021-07-01",
			text: "The government of Japan is extending a grant of two million dollars to procure 12 million doses of oral polio vaccine for Nigeria.",
			want: []string{"item Japan > Nigeria | oral polio vaccine | 12000000 dose | -"}},
		{name: "CountedGoodsTheLexiconLacks", date: "2021-07-01",
			text: "Norway sent 40 hospital monitors and 12 ventilators to Kenya.",
			want: []string{"item Norway > Kenya | hospital monitor | 40 | -", "item Norway > Kenya | ventilator | 12 | -"}},
		{name: "CountsOfPeopleAndCarriersAreNoItems", date: "2021-07-01",
			text:   "Norway sent 35 rescue workers, 4 sniffer dogs and two planes to Nepal.",
			absent: []string{"item "}},
		{name: "UmbrellaOnlyDescription", date: "2021-07-01",
			text: "Bhutan sent relief material to Nepal.",
			want: []string{"item Bhutan > Nepal | relief material | - | -"}},
		{name: "UmbrellaSpelledOut", date: "2021-07-01",
			text:   "Bhutan sent relief material including tents and blankets to Nepal.",
			want:   []string{"item Bhutan > Nepal | tent | - | -", "item Bhutan > Nepal | blanket | - | -"},
			absent: []string{"item Bhutan > Nepal | relief material"}},
		{name: "UmbrellaInAList", date: "2021-07-01",
			text: "The aid Bhutan sent to Nepal included rice, medical aid and tents.",
			want: []string{"item Bhutan > Nepal | medical aid | - | -"}},
		{name: "OtherSuppliesIsNoItem", date: "2021-07-01",
			text:   "Bhutan sent tents, blankets and other emergency supplies to Nepal.",
			absent: []string{"item Bhutan > Nepal | other", "item Bhutan > Nepal | emergency"}},
		{name: "RecipientOfTheStory", date: "2021-07-01",
			text: "A Danish plane with 20 ventilators landed in Nepal on Monday. Norway also sent 30 tents.",
			want: []string{"item Norway > Nepal | tent | 30 | -"}},
		{name: "UmbrellaInANameIsNoItem", date: "2021-07-01",
			text:   "Norway sent the Humanitarian Aid Centre's staff to Nepal.",
			absent: []string{"item "}},
		{name: "ActAndItsGoodsToldApart", date: "2021-07-01",
			text:   "A Danish plane carrying humanitarian aid was sent to Nepal on Monday. In a statement, the ministry said it sent Nepal 500 tents and blankets.",
			want:   []string{"item Denmark > Nepal | tent | 500 | 2021-06-28", "item Denmark > Nepal | blanket | - | 2021-06-28"},
			absent: []string{"item Denmark > Nepal | humanitarian aid"}},
		{name: "CarrierCarrying", date: "2021-07-01",
			text: "A Norwegian cargo plane carrying 300 tents touched down in Kathmandu this morning.",
			want: []string{"item Norway > Nepal | tent | 300 | 2021-07-01"}},
		{name: "GoodsLeaveForRecipient", date: "2021-07-04",
			text: "Oxygen concentrators from Canada left Toronto on Saturday bound for India.",
			want: []string{"item Canada > India | oxygen concentrator | - | 2021-07-03"}},
		{name: "MinisterLeavingSendsNothing", date: "2021-07-04",
			text:   "The Canadian minister left Toronto on Saturday for India with a promise of vaccines.",
			absent: []string{"item "}},
		{name: "DeliveryOfGoods", date: "2021-07-01",
			text: "The EU operation includes the delivery of over 1,200 tents to Moldova.",
			want: []string{"item EU > Moldova | tent | 1200 | -"}},
		{name: "OnTheirWay", date: "2021-07-01",
			text: "More than 600 pieces of medical equipment from Britain will be on their way to India soon.",
			want: []string{"item United Kingdom > India | medical equipment | 600 piece | -"}},
		{name: "UmbrellaCountRenamed", date: "2021-07-01",
			text:   "UNICEF said it had sent 20 tonnes of supplies, this time therapeutic food, to Yemen.",
			want:   []string{"item UNICEF > Yemen | therapeutic food | 20 tonne | -"},
			absent: []string{"item UNICEF > Yemen | supply"}},
		{name: "CountAfterTheGoods", date: "2021-07-01",
			text: "Russia sent 20 ventilators and medicines totalling 12 metric tonnes to India.",
			want: []string{"item Russia > India | medicine | 12 metric tonne | -"}},
		{name: "UnitAfterTheGoods", date: "2021-07-01",
			text: "China has pledged to donate 25 million vaccine doses to Ethiopia.",
			want: []string{"item China > Ethiopia | vaccine | 25000000 dose | -"}},
		{name: "SizeOfEachIsNoCount", date: "2021-07-01",
			text:   "Japan sent wheat to Yemen, packed into 50 kilogram bags.",
			absent: []string{"item Japan > Yemen | kilogram", "item Japan > Yemen | bag"}},
		{name: "ReportedPronounSubjectUnknown", date: "2021-07-01",
			text:   "The Red Crescent said it had sent 500 tents from Jordan to Syria.",
			absent: []string{"item "}},
		{name: "GoodsDonatedByInActiveClause", date: "2021-07-01",
			text: "The WFP ship began to unload 10,000 tonnes of wheat donated by Japan for Yemen.",
			want: []string{"item Japan > Yemen | wheat | 10000 tonne | -"}},
		{name: "PossessiveAgencyDonor", date: "2021-07-01",
			text: "An RAAF transport plane carrying tents and mosquito nets landed in Fiji on Thursday.",
			want: []string{"item Australia > Fiji | tent | - | 2021-07-01", "item Australia > Fiji | mosquito net | - | 2021-07-01"}},
		{name: "RateIsNoCount", date: "2021-07-01",
			text:   "The Indian ship carrying 40 tonnes of water, with two desalination (RO) units able to make 10 tonnes of water per day, reached the Maldives.",
			want:   []string{"item India > Maldives | water | 40 tonne | -"},
			absent: []string{"item India > Maldives | water | 10"}},
		{name: "DefiniteGoodsPointBack", date: "2021-07-01",
			text: "India delivered 300 tonnes of food aid to Myanmar on Friday. The aid, including rice, lentils and noodles, arrived at Yangon port and was handed over to the regional governor.",
			want: []string{"item India > Myanmar | noodle | - | 2021-06-25", "item India > Myanmar | food aid | 300 tonne | 2021-06-25"}},
		{name: "PledgeOfGoods", date: "2021-07-01",
			text: "Germany pledged 500,000 doses of vaccine to Namibia.",
			want: []string{"item Germany > Namibia | vaccine | 500000 dose | -"}},
		{name: "PledgeOfUseIsNoShipment", date: "2021-07-01",
			text:   "Namibian President Hage Geingob pledged a careful use of the 500,000 doses of vaccines, delivered on Monday.",
			absent: []string{"item "}},
		{name: "BulletedListAfterColon", date: "2021-07-01",
			text: "India has sent a consignment of medical supplies to Sri Lanka. The consignment includes:\n• 500 oxygen cylinders\n• 2 tonnes of medicines",
			want: []string{"item India > Sri Lanka | oxygen cylinder | 500 | -", "item India > Sri Lanka | medicine | 2 tonne | -"}},
		{name: "QuotedContents", date: "2021-07-01",
			text: `Japan on Monday handed over emergency relief goods to Nepal. "The goods include 200 tents and 300 sleeping mats," the Japanese embassy said.`,
			want: []string{"item Japan > Nepal | tent | 200 | 2021-06-28", "item Japan > Nepal | sleeping mat | 300 | 2021-06-28"}},
		{name: "ListMembersTheLexiconLacks", date: "2021-07-01",
			text: "The aid sent by India to Myanmar included rice, cooking oil, instant soup and tinned sardines.",
			want: []string{"item India > Myanmar | instant soup | - | -", "item India > Myanmar | tinned sardine | - | -"}},
		{name: "AbstractListMembersAreNoGoods", date: "2021-07-01",
			text:   "Japan sent tents and blankets to Laos to support sanitation, education and livelihoods.",
			absent: []string{"item Japan > Laos | sanitation", "item Japan > Laos | livelihood"}},
		{name: "EveryPlaceOfAList", date: "2021-07-01",
			text: "India sent vaccines to Nepal, Bhutan and the Maldives on Monday.",
			want: []string{"item India > Nepal | vaccine | - | 2021-06-28", "item India > Bhutan | vaccine | - | 2021-06-28", "item India > Maldives | vaccine | - | 2021-06-28"}},
		{name: "DonorOfTheSuppliesNamedLater", date: "2021-07-01",
			text: "Two flights are bringing medicine and food to Lebanon. These supplies consist of aid from the French government.",
			want: []string{"item France > Lebanon | medicine | - | -", "item France > Lebanon | food | - | -"}},
		{name: "FollowedByIsANewAct", date: "2020-08-08",
			text: "On Thursday 6 August, a French flight of emergency aid left for Beirut, followed by a freight flight that departed on Friday 7 August to transport 11 tonnes of medicine.",
			want: []string{"item France > Lebanon | medicine | 11 tonne | 2020-08-07"}},
		{name: "SemicolonListWithTrailingAttribution", date: "2021-07-01",
			text: "France sent aid to India. The shipment includes eight oxygen generators; liquid oxygen; and 28 ventilators, the ambassador said.",
			want: []string{"item France > India | ventilator | 28 | -", "item France > India | oxygen generator | 8 | -"}},
		{name: "ForWhomIsNoItem", date: "2021-07-01",
			text:   "France sent oxygen for 250 beds to India.",
			absent: []string{"item France > India | bed"}},
		{name: "ReceivedGoodsGiftedBy", date: "2021-07-01",
			text: "Nepal on Thursday received 100,000 doses of Covishield vaccine gifted by the Government of India.",
			want: []string{"item India > Nepal | covishield vaccine | 100000 dose | 2021-07-01"}},
		{name: "AnotherCountNamedByTheUnitBefore", date: "2021-07-01",
			text: "Laos received its first batch of 600,000 Sinopharm vaccine doses from China. China has also pledged another 500,000 doses.",
			want: []string{"item China > Laos | sinopharm vaccine | 600000 dose | -", "item China > Laos | sinopharm vaccine | 500000 dose | -"}},
		{name: "BareHeadRetoldIsNoNewItem", date: "2021-07-01",
			text:   "Laos received 600,000 Sinopharm vaccine doses from China. The vaccines arrived on a flight from Beijing.",
			absent: []string{"item China > Laos | vaccine"}},
		{name: "PromiseOfUmbrellaIsNoShipment", date: "2021-07-01",
			text:   "India has promised full assistance to the people of the Maldives.",
			absent: []string{"item "}},
		{name: "ConsignmentToEachRecipient", date: "2021-07-01",
			text:   "India on Saturday dispatched humanitarian aid to Syria and Turkey. The consignment to Syria contains 6 tonnes of emergency medicines. The consignment to Turkey includes a field hospital.",
			want:   []string{"item India > Syria | emergency medicine | 6 tonne | 2021-06-26", "item India > Turkey | field hospital | - | 2021-06-26"},
			absent: []string{"item India > Turkey | emergency medicine", "item India > Syria | field hospital"}},
		{name: "MoneyActThenGoods", date: "2021-07-01",
			text: "China will provide 30 million yuan in emergency aid to Syria. The assistance to Syria includes 5,000 tents and 10,000 blankets.",
			want: []string{"item China > Syria | tent | 5000 | -", "item China > Syria | blanket | 10000 | -"}},
		{name: "GoodsWorthMoney", date: "2021-07-01",
			text: "Vietnam donated rice worth $1 million to Cuba.",
			want: []string{"item Vietnam > Cuba | rice | - | -"}},
		{name: "PoundsOfGoods", date: "2021-07-01",
			text: "The US military delivered 500,000 pounds of food to Pakistan.",
			want: []string{"item United States > Pakistan | food | 500000 pound | -"}},
		{name: "CountedUnitsOfUnknownGoods", date: "2021-07-01",
			text: "Japan will provide Iraq with 5 mobile X-ray units.",
			want: []string{"item Japan > Iraq | mobile x-ray unit | 5 | -"}},
		{name: "RetellingIsOneShipment", date: "2021-07-01",
			text: "Japan sent 1,000 ventilators to Vietnam. The 1,000 ventilators were handed over to Vietnam's Health Minister Nguyen Thanh Long.",
			want: []string{"item Japan > Vietnam | ventilator | 1000 | -"}},
	})
	// a retelling adds no second item
	got := view(run("2021-07-01", "Japan sent 1,000 ventilators to Vietnam. The 1,000 ventilators were handed over to Vietnam's Health Minister Nguyen Thanh Long."))
	n := 0
	for _, l := range got {
		if strings.HasPrefix(l, "item ") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("a retold shipment gave %d items: %v", n, got)
	}
}

func TestEvents(t *testing.T) {
	checkShapes(t, []shape{
		{name: "VirtualSummitWith", date: "2020-06-05",
			text: "Prime Minister Narendra Modi of India held a virtual summit with Australian Prime Minister Scott Morrison on June 4.",
			want: []string{"Summit Narendra Modi, Scott Morrison | 2020-06-04 | - | virtual"}},
		{name: "PlannedVisit", date: "2021-03-01",
			text: "US Secretary of State Antony Blinken will travel to Tokyo later this month.",
			want: []string{"Visit Antony Blinken | 2021-03 | Tokyo | -"}},
		{name: "PhoneCallBothLeaders", date: "2021-03-06",
			text: "Australian Prime Minister Scott Morrison met Japanese Prime Minister Yoshihide Suga in Tokyo in November. The two leaders spoke over the phone on Friday.",
			want: []string{"Meeting Scott Morrison, Yoshihide Suga | 2021-03-05 | - | phone"}},
		{name: "MeetVerbNeedsSomeone", date: "2021-03-06",
			text:   "The funds will meet the urgent needs of hospitals.",
			absent: []string{"Meeting "}},
		{name: "CapitalByCountry", date: "2021-03-06",
			text: "Foreign Minister Ana Lopez of Peru met Ukrainian Foreign Minister Dmytro Kuleba in the Ukrainian capital on Friday.",
			want: []string{"Meeting Ana Lopez, Dmytro Kuleba | 2021-03-05 | Kyiv | -", "city Kyiv"}},
		{name: "ThatDay", date: "2021-03-06",
			text: "On March 2, Foreign Minister Ana Lopez of Peru arrived in Lima. Later that day she met Ukrainian Foreign Minister Dmytro Kuleba.",
			want: []string{"Meeting Ana Lopez, Dmytro Kuleba | 2021-03-02 | - | -"}},
		{name: "EarlierInTheDay", date: "2021-03-06",
			text: "On Friday 5 March the minister of trade, Ana Lopez, arrived in Lima. Earlier in the day Foreign Minister Ana Lopez of Peru held talks with Ukrainian Foreign Minister Dmytro Kuleba.",
			want: []string{"Meeting Ana Lopez, Dmytro Kuleba | 2021-03-05 | - | -"}},
		{name: "CoordinatedSubjectWithTitles", date: "2021-03-06",
			text: "Brazilian Trade Minister Ana Costa and Kenyan Deputy President and Foreign Minister Peter Mwangi agreed in talks in Nairobi on Thursday to widen trade.",
			want: []string{"Meeting Ana Costa, Peter Mwangi | 2021-03-04 | Nairobi | -"}},
		{name: "MeetingDuringVisit", date: "2021-03-06",
			text: "The trip follows the President's visit to Nairobi on Tuesday 2 March, when Ana Lopez met Kenyan Foreign Minister Peter Mwangi.",
			want: []string{"Meeting Ana Lopez, Peter Mwangi | 2021-03-02 | Nairobi | -"}},
		{name: "BackReferenceDates", date: "2021-03-06",
			text: "Foreign Minister Ana Lopez of Peru has ended a three-day visit to Kenya. The visit began in Mombasa on Wednesday.",
			want: []string{"Visit Ana Lopez | 2021-03-03 | Kenya | -"}},
		{name: "AccompaniedByPostedEnvoy", date: "2021-03-06",
			text: "On Friday Foreign Minister Ana Lopez of Peru held talks with Kenyan Foreign Minister Peter Mwangi. Peru's ambassador to Kenya, Carlos Ruiz, accompanied the minister at the meeting.",
			want: []string{"Meeting Ana Lopez, Carlos Ruiz, Peter Mwangi | 2021-03-05 | - | -"}},
		{name: "OneMeetingPerCounterpart", date: "2021-03-06",
			text: "Foreign Minister Marise Payne of Australia held talks with Indian Defence Minister Rajnath Singh and Japanese Foreign Minister Toshimitsu Motegi in Delhi.",
			want: []string{"Meeting Marise Payne, Rajnath Singh | - | New Delhi | -", "Meeting Marise Payne, Toshimitsu Motegi | - | New Delhi | -"}},
	})
}

func TestMembers(t *testing.T) {
	checkShapes(t, []shape{
		{name: "GroupingOfList", date: "2021-03-06",
			text: "The BRICS grouping of Brazil, Russia, India, China and South Africa issued a statement.",
			want: []string{"member BRICS | Brazil", "member BRICS | South Africa"}},
		{name: "ListAreMembersOf", date: "2021-03-06",
			text: "Fiji and Samoa are members of the Commonwealth.",
			want: []string{"member Commonwealth | Fiji", "member Commonwealth | Samoa"}},
		{name: "AlliesBeforeList", date: "2021-03-06",
			text: "Kenya is waiting for EU members France and Italy to ratify the deal.",
			want: []string{"member EU | France", "member EU | Italy"}},
		{name: "BothMembersOf", date: "2021-03-06",
			text: "The dispute strained ties between Chile and Peru, both members of APEC.",
			want: []string{"member APEC | Chile", "member APEC | Peru"}},
		{name: "OtherMembersInBrackets", date: "2021-03-06",
			text: "Brazil and the other members of BRICS (Russia, India, China and South Africa) met online.",
			want: []string{"member BRICS | Brazil", "member BRICS | Russia", "member BRICS | South Africa"}},
		{name: "Joined", date: "2021-03-06",
			text: "Croatia, which joined the EU in 2013, sent aid. Sweden became NATO's 32nd member.",
			want: []string{"member EU | Croatia", "member NATO | Sweden"}},
		{name: "JoinedPeopleIsNoMembership", date: "2021-03-06",
			text:   "Minister Ana Lopez of Peru joined her G20 counterparts in Rome.",
			absent: []string{"member "}},
		{name: "GuestsAreNotMembers", date: "2021-03-06",
			text:   "The G7 invited India, Australia and South Korea as guests.",
			absent: []string{"member "}},
	})
}
