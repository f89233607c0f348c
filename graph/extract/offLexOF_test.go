package extract_test

import "testing"

// National titles news writes that the lexicon lacked, or knew in one form
// only: a foreign ministry with another portfolio is the Foreign Minister's
// post; the head of a president's office; an embassy's economic and
// commercial counsellor; Venezuela's "Minister of the People's Power"
// titles, which name Venezuela on their own; the chair of SADC and of its
// Organ. The sentences are invented.
func TestNationalTitleForms(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ForeignAffairsAndPortfolio", date: "2021-06-10",
			text: "The Minister of Foreign Affairs and European Integration of Moldova Ion Rusu attended the ceremony.",
			want: []string{"holds Ion Rusu | Foreign Minister | Moldova"}},
		{name: "ForeignAndRegionalAffairs", date: "2021-06-10",
			text: "Grenada's Minister of Foreign and CARICOM Affairs, Lisa Charles, spoke at the meeting.",
			want: []string{"holds Lisa Charles | Foreign Minister | Grenada"}},
		{name: "StateMinisterAtTheForeignMinistry", date: "2021-06-10",
			text: "Chad's Minister of State at the Ministry of Foreign Affairs Idriss Mahamat arrived in Nairobi.",
			want: []string{"holds Idriss Mahamat | Minister of State for Foreign Affairs | Chad"}},
		{name: "DevelopmentCooperation", date: "2021-06-10",
			text: "Danish Minister of Development Cooperation Karen Holm announced the grant.",
			want: []string{"holds Karen Holm | Development Minister | Denmark"}},
		{name: "PortfolioEndsTheTitle", date: "2021-06-10",
			text:   "Jordan's Minister of Social Affairs and Labor Rana Haddad visited the camp.",
			want:   []string{"holds Rana Haddad | Social Affairs Minister | Jordan"},
			absent: []string{"person Haddad"}},
		{name: "EmergenciesMinister", date: "2021-06-10",
			text: "Kazakh Emergencies Minister Yuri Ilin flew to the flooded region.",
			want: []string{"holds Yuri Ilin | Emergency Situations Minister | Kazakhstan"}},
		{name: "HeadOfThePresidentsOffice", date: "2021-06-10",
			text: "Georgia's Head of the President's Office Nika Beridze met the delegation in Tbilisi.",
			want: []string{"holds Nika Beridze | Head of the Office of the President | Georgia"}},
		{name: "EconomicAndCommercialCounsellor", date: "2021-06-10",
			text: "Japan's Economic and Commercial Counselor Kenji Mori handed over the equipment in Lusaka.",
			want: []string{"holds Kenji Mori | Economic and Commercial Counsellor | Japan"}},
		{name: "PeoplesPowerNamesVenezuela", date: "2021-06-10",
			text: "The Minister of the People's Power for Foreign Affairs, Rosa Marquez, received the ship.",
			want: []string{"holds Rosa Marquez | Foreign Minister | Venezuela"}},
		{name: "ChairOfSADC", date: "2021-06-10",
			text: "The Summit elected President Hage Geingob of Namibia as Chairperson of SADC.",
			want: []string{"office Chairperson of SADC | SADC"}},
		{name: "ChairOfTheOrgan", date: "2021-06-10",
			text:   "Ramaphosa handed over to the Chairperson of the SADC Organ on Politics, Defence and Security Cooperation, Hichilema.",
			want:   []string{"office Chairperson of the SADC Organ on Politics, Defence and Security Cooperation | SADC"},
			absent: []string{"office Chairperson of SADC | SADC"}},
	})
}

// A ministry's spokesperson written with the ministry's name after the
// title, heads of state named by their council, an assistant foreign
// minister and an honorary consul. The sentences are invented.
func TestCouncilAndSpokespersonTitles(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SpokespersonOfTheMinistry", date: "2023-05-01",
			text: "Rahul Verma, spokesperson of the ministry of external affairs, said more flights would follow.",
			want: []string{"holds Rahul Verma | Spokesperson | India"}},
		{name: "SpokesmanForTheForeignMinistry", date: "2023-05-01",
			text: "Kenya's spokesman for the foreign ministry, Peter Otieno, said the convoy had left.",
			want: []string{"holds Peter Otieno | Spokesperson | Kenya"}},
		{name: "SovereignCouncil", date: "2023-05-01",
			text: "Sovereign Council chairman Ahmed Osman received the ship's crew in Port Sudan.",
			want: []string{"holds Ahmed Osman | Chairman of the Sovereignty Council | Sudan"}},
		{name: "AssistantForeignMinister", date: "2023-05-01",
			text: "Egypt's Assistant Foreign Minister Nabil Kamel met the delegation in Cairo.",
			want: []string{"holds Nabil Kamel | Assistant Foreign Minister | Egypt"}},
		{name: "HonoraryConsulOfTheSender", date: "2023-05-01",
			text:   "Ghana's Honorary Consul in Lyon, Paul Mensah, was present.",
			want:   []string{"holds Paul Mensah | Honorary Consul | Ghana"},
			absent: []string{"holds Paul Mensah | Consul | France"}},
	})
}

// In Latin America "Chancellor" (canciller) is the foreign minister, as
// English news from the region writes it; elsewhere it stays the head of
// government. The sentences are invented.
func TestLatinAmericanChancellor(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ChancellorOfPeru", date: "2023-05-01",
			text:   "Peruvian Chancellor Rosa Quispe received the donation in Lima.",
			want:   []string{"holds Rosa Quispe | Foreign Minister | Peru"},
			absent: []string{"holds Rosa Quispe | Chancellor | Peru"}},
		{name: "ChancellorOfAustria", date: "2023-05-01",
			text: "Austrian Chancellor Karl Huber spoke in Vienna.",
			want: []string{"holds Karl Huber | Chancellor | Austria"}},
	})
}
