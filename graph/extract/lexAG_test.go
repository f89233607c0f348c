package extract_test

import "testing"

// A national body that flies or ships aid — an air force, a navy, a
// development or disaster agency — sends it for its country (guidelines
// 4.2), where the text names the country nowhere else. The sentences are
// invented.
func TestShipmentByNationalBody(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Navy", date: "2023-05-18",
			text: "The Royal Thai Navy shipped 20 tonnes of rice to Myanmar on Tuesday.",
			want: []string{"item Thailand > Myanmar | rice | 20 tonne | 2023-05-16"}},
		{name: "AirForce", date: "2023-05-18",
			text: "A Royal Malaysian Air Force plane delivered 500 tents to Türkiye on Monday.",
			want: []string{"item Malaysia > Turkey | tent | 500 | 2023-05-15"}},
		{name: "AirForceAcronym", date: "2023-05-18",
			text: "JASDF transport aircraft flew 300 blankets to Turkey on Monday.",
			want: []string{"item Japan > Turkey | blanket | 300 | 2023-05-15"}},
		{name: "DevelopmentAgency", date: "2023-05-18",
			text: "Enabel handed over 40 water pumps to Burundi on Monday.",
			want: []string{"item Belgium > Burundi | water pump | 40 | 2023-05-15"}},
		{name: "DisasterAgency", date: "2023-05-18",
			text: "BNPB sent 2,000 hygiene kits to Vanuatu on Monday.",
			want: []string{"item Indonesia > Vanuatu | hygiene kit | 2000 | 2023-05-15"}},
	})
}

// A leader's palace that news names the office by is its country's, never
// a person, however it is written ("received at Rashtrapati Bhavan").
func TestLeadersPalaceIsNoPerson(t *testing.T) {
	checkShapes(t, []shape{
		{name: "Palace", date: "2022-09-06",
			text: "NEW DELHI: Prime Minister Ana Tora of Fiji met President Ram Nath Kovind on Tuesday. She received a ceremonial welcome at Rashtrapati Bhavan.\n\n" +
				"Rashtrapati Bhavan was decked up for the welcome.",
			absent: []string{"person Rashtrapati"}},
	})
}
