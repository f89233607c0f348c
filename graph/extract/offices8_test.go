package extract_test

import "testing"

// Two titles joined by "and" in apposition before a name are both held;
// a grouping's chair written out in full is the title as written, without
// the acronym after it (invented text).
func TestCoordinatedApposition(t *testing.T) {
	const d = "2023-02-22"
	checkShapes(t, []shape{
		{name: "PrimeMinisterAndChairOfGrouping", date: d,
			text:   "Kenya's Prime Minister and Chair of the East African Community (EAC), Jane Wambui, will host the meeting on Friday.",
			want:   []string{"holds Jane Wambui | Prime Minister | Kenya", "holds Jane Wambui | Chairperson | EAC"},
			absent: []string{"holds Jane Wambui | Prime Minister and"}},
		{name: "ChairOfGroupingAlone", date: d,
			text: "The Chair of the African Union, Peter Banda, opened the session.",
			want: []string{"holds Peter Banda | Chairperson of the African Union | African Union"}},
	})
}

// A title that states its jurisdiction settles which office an earlier
// mention of the same person meant (invented text).
func TestStatedJurisdictionFirst(t *testing.T) {
	checkShapes(t, []shape{
		{name: "LaterOfCountry", date: "2017-03-29",
			text:   "The White House said US President Tom Baker invited PM Ravi Kumar to visit Washington. Baker spoke with Prime Minister Ravi Kumar of India on Monday.",
			want:   []string{"holds Ravi Kumar | Prime Minister | India"},
			absent: []string{"holds Ravi Kumar | Prime Minister | United States"}},
	})
}

// A list of delegations whose lines begin with the country and a colon:
// each title is of its line's country (invented text).
func TestLineLabelJurisdiction(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CountryColonLines", date: "2010-01-14",
			text:   "The meeting was attended by the following leaders:\nKenya : President Peter Mwangi\nGhana : President Kofi Mensah\nTogo : Hon. Ama Owusu, Minister of Foreign Affairs\n\nThe leaders discussed trade.",
			want:   []string{"holds Peter Mwangi | President | Kenya", "holds Kofi Mensah | President | Ghana", "holds Ama Owusu | Foreign Minister | Togo"},
			absent: []string{"holds Peter Mwangi | President | Ghana", "holds Kofi Mensah | President | Togo"}},
	})
}

// Communiqués write family names in capitals after a form of address
// (invented text).
func TestCapitalisedFamilyName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "MrGivenSURNAME", date: "2014-07-17",
			text: "The following leaders attended the summit:\n\n- H. E. Mr. Kofi Adjei MENSAH, President of Ghana\n\n- H. E. Mrs. Ama OWUSU, Vice-President of Togo",
			want: []string{"person Kofi Adjei MENSAH", "holds Kofi Adjei MENSAH | President | Ghana", "holds Ama OWUSU | Vice President | Togo"}},
		{name: "NoAddressStaysAThing", date: "2014-07-17",
			text:   "The Covid CARE fund paid for the masks.",
			absent: []string{"person"}},
	})
}

// A state's formal name after a title is its jurisdiction, not part of
// the title (invented text).
func TestFormalStateName(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FederalRepublicOf", date: "2014-07-17",
			text:   "The session was opened by Kofi Mensah, President of the Federal Republic of Nigeria. Ama Owusu, Vice-President of the Republic of The Gambia, spoke next.",
			want:   []string{"holds Kofi Mensah | President | Nigeria", "holds Ama Owusu | Vice President | Gambia"},
			absent: []string{"holds Kofi Mensah | President of", "holds Ama Owusu | Vice-President of"}},
	})
}

// The country a titled person visits, or the one in "X's US visit", is
// not the title's; "on behalf of COUNTRY" is; in a list of titles each
// before its name, a title after a name is the next name's (invented
// text).
func TestContextJurisdictionShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "VisitedCountry", date: "2016-04-20",
			text:   "Australia's aid reached Tonga on Monday. Foreign Minister Jane Marsh visited Tonga on 13-14 March.",
			absent: []string{"holds Jane Marsh | Foreign Minister | Tonga"}},
		{name: "PossessiveVisit", date: "2016-01-27",
			text:   "BEIJING: Chinese Foreign Minister Li Wei met his guest on Wednesday. Li said the talks would build on President Chen Bo's US visit last September.",
			absent: []string{"holds Chen Bo | President | United States"}},
		{name: "OnBehalfOf", date: "2020-03-13",
			text:   "ANTANANARIVO: Ambassador Ravi Kumar handed over 600 tonnes of rice on behalf of India to the Madagascar Foreign Minister.",
			want:   []string{"holds Ravi Kumar | Ambassador | India"},
			absent: []string{"holds Ravi Kumar | Ambassador | Madagascar"}},
		{name: "TitleNameList", date: "2016-04-20",
			text:   "She met with Fiji's Prime Minister, Tomasi Vula, Foreign Minister, Ratu Josefa Naivalu, and Health Minister, Mere Tora.",
			want:   []string{"holds Tomasi Vula | Prime Minister | Fiji", "holds Josefa Naivalu | Foreign Minister | Fiji", "holds Mere Tora | Health Minister | Fiji"},
			absent: []string{"holds Tomasi Vula | Foreign Minister"}},
	})
}

// "of COUNTRY" after the name of an organisation's official is the
// holder's country, not the office's (invented text).
func TestOrganisationTitleOfCountry(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AssemblyPresidentOfCountry", date: "2002-09-27",
			text: "General Assembly President Jan Novak of the Czech Republic said after the vote that it was good. Prime Minister Eva Dvorak of the Czech Republic agreed.",
			want: []string{"holds Jan Novak | President of the General Assembly | UN", "holds Eva Dvorak | Prime Minister | Czech Republic"}},
	})
}

// "First Vice President" and "First Deputy Prime Minister" are posts of
// their own (invented text).
func TestFirstDeputyTitles(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FirstVicePresident", date: "2014-01-29",
			text:   "Turkish Prime Minister Ali Kaya was welcomed by Iranian First Vice President Reza Tehrani. Russia's First Deputy Prime Minister Igor Petrov also came.",
			want:   []string{"holds Reza Tehrani | First Vice President | Iran", "holds Igor Petrov | First Deputy Prime Minister | Russia"},
			absent: []string{"holds Reza Tehrani | Vice President"}},
	})
}

// "Speaker of the X Parliament" heads a title written out in full
// (invented text).
func TestSpeakerPhrase(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SpeakerOfGroupingParliament", date: "2018-12-22",
			text: "Also present were the Speaker of the ECOWAS Parliament, Musa Diallo; and others.",
			want: []string{"holds Musa Diallo | Speaker of the ECOWAS Parliament | ECOWAS"}},
	})
}
