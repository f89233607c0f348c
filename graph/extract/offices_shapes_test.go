package extract_test

import "testing"

// Titles and the names they stand with: where the jurisdiction is, which
// name a title belongs to. The sentences are invented.
func TestTitlePhrases(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TitleOfCountryBeforeName", date: "2022-05-10",
			text: "President of the Republic of Chile Ana Soto and Prime Minister of the Republic of India Raj Mehta attended the forum.",
			want: []string{"holds Ana Soto | President | Chile", "holds Raj Mehta | Prime Minister | India"}},
		{name: "ListOfTitledNames", date: "2022-05-10",
			text: "Attending were Prime Minister of Nepal Hari Thapa, President of Chile Ana Soto, and Foreign Minister of Peru Luis Vega.",
			want: []string{"holds Hari Thapa | Prime Minister | Nepal", "holds Ana Soto | President | Chile",
				"holds Luis Vega | Foreign Minister | Peru"},
			absent: []string{"holds Hari Thapa | President", "holds Ana Soto | Foreign Minister"}},
		{name: "NextTitleIsNotApposition", date: "2022-05-10",
			text:   "The Maldivian health minister Ali Rasheed, environment minister Hassan Latheef and two others met the team.",
			want:   []string{"holds Hassan Latheef | Environment Minister | Maldives"},
			absent: []string{"holds Ali Rasheed | Environment Minister"}},
		{name: "GulfHonorificHE", date: "2022-05-10",
			text:   "The minister met Prime Minister of the Republic of Kenya HE Daniel Mwangi and Ambassador of the State of Qatar HE Saeed Al Kuwari in Nairobi.",
			want:   []string{"holds Daniel Mwangi | Prime Minister | Kenya", "holds Saeed Al Kuwari | Ambassador | Qatar"},
			absent: []string{"person HE "}},
		{name: "PostingBeforeName", date: "2022-05-10",
			text: "Brazilian ambassador to Kenya Paulo Mendes said the talks went well.",
			want: []string{"holds Paulo Mendes | Ambassador | Brazil"}},
		{name: "AccreditedPosting", date: "2022-05-10",
			text: "The Indian High Commissioner accredited in Kenya, Ravi Menon, said the doses had arrived.",
			want: []string{"holds Ravi Menon | High Commissioner | India"}},
		{name: "PostNameOf", date: "2022-05-10",
			text: "President Mendes spoke today with Prime Minister Okafor of Nigeria.",
			want: []string{"holds Okafor | Prime Minister | Nigeria"}},
		{name: "WhoIsAlso", date: "2022-05-10",
			text: "Prime Minister Omar Farah of Somalia, who is also the Finance Minister, spoke first.",
			want: []string{"holds Omar Farah | Prime Minister | Somalia", "holds Omar Farah | Finance Minister | Somalia"}},
		{name: "AppositionBeforeHonorific", date: "2022-05-10",
			text: "The Emir of Qatar, Sheikh Fahad bin Ali al-Kuwari, visited Cairo on Monday.",
			want: []string{"holds Fahad bin Ali al-Kuwari | Emir | Qatar"}},
		{name: "SameTitleStatedElsewhere", date: "2022-05-10",
			text: "The Saudi foreign minister said aid would reach every region. Foreign Minister Prince Khalid bin Saad spoke on Monday.",
			want: []string{"holds Khalid bin Saad | Foreign Minister | Saudi Arabia"}},
		{name: "OtherTitlesCountryIsNotTheActor", date: "2022-05-10",
			text:   "President Ana Soto received US Secretary of State John Roe in Lima.",
			want:   []string{"holds John Roe | Secretary of State | United States", "holds Ana Soto | President | Peru"},
			absent: []string{"holds Ana Soto | President | United States"}},
		{name: "CoordinatedWithImpliedCountry", date: "2022-05-10",
			text: "Prime Minister Raj Mehta and EAM Anil Rao welcomed the decision.",
			want: []string{"holds Raj Mehta | Prime Minister | India", "holds Anil Rao | External Affairs Minister | India"}},
		{name: "CityBeforeTitle", date: "2022-05-10",
			text: "India's ambassador met Yangon Chief Minister Tun Lin Aung on Friday.",
			want: []string{"holds Tun Lin Aung | Chief Minister | Myanmar"}},
		{name: "BracketedAcronymBetween", date: "2022-05-10",
			text: "Organization of American States (OAS) Secretary General Pedro Lira arrived in Lima.",
			want: []string{"holds Pedro Lira | Secretary General | OAS"}},
	})
}

// Which capitalised runs are persons' names. The sentences are invented.
func TestNameShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OrdinaryWordsAreNoName", date: "2022-05-10",
			text:   "Rescue and Relief Missions led by the army reached the coast. Thanking Maria Lopez, who led the team, the minister left.",
			want:   []string{"person Maria Lopez"},
			absent: []string{"person Relief", "person Calling"}},
		{name: "NameBeginningWithFunctionWord", date: "2022-05-10",
			text:   "Leaders included Myanmar's President Than Aung and Vietnamese Health Minister To Quang Hai. The Prime Minister On Monday spoke.",
			want:   []string{"holds Than Aung | President | Myanmar", "holds To Quang Hai | Health Minister | Vietnam"},
			absent: []string{"person On Monday", "person Aung"}},
		{name: "SentenceInitialFunctionWord", date: "2022-05-10",
			text:   "Besides Nairobi, the Kenyan president will also visit Mombasa. Grace Njeri, the Kenyan health minister, said the doses had come.",
			want:   []string{"person Grace Njeri", "city Nairobi"},
			absent: []string{"person Besides", "person Nairobi"}},
		{name: "DeterminerMakesAThing", date: "2022-05-10",
			text:   "The Green Crescent also called for calm, said Omar Haddad.",
			want:   []string{"person Omar Haddad"},
			absent: []string{"person Green Crescent"}},
		{name: "TitleCaseHeading", date: "2022-05-10",
			text:   "Prime Minister Raj Mehta met the envoy on Friday.\n\nPM Mehta Reaffirms Support To Farmers\n\nThe talks went well, Mehta said.",
			want:   []string{"person Raj Mehta"},
			absent: []string{"person Mehta Reaffirms", "person Reaffirms"}},
		{name: "ListWithAPerson", date: "2022-05-10",
			text: "He held talks with Tomas Berg, Lena Holm and Foreign Minister Anna Lind of Sweden.",
			want: []string{"person Tomas Berg", "person Lena Holm", "holds Anna Lind | Foreign Minister | Sweden"}},
		{name: "RegionIsNoName", date: "2022-05-10",
			text:   "Doctors from Queensland and South Australia has landed in Apia, said Ana Vea.",
			absent: []string{"person South Australia"}},
		{name: "SpeakerFromAnOrganisation", date: "2022-05-10",
			text: "Petra Novak from the Blue Shield says donors can give online.",
			want: []string{"person Petra Novak"}},
		{name: "TitleWordOfCountry", date: "2022-05-10",
			text: "Chairman of the People's Republic of China Li Wei and President of Chile Ana Soto attended.",
			want: []string{"person Li Wei", "holds Ana Soto | President | Chile"}},
		{name: "ParticleDo", date: "2022-05-10",
			text: "Prime Minister Carlos Alberto do Nascimento of Mozambique thanked India.",
			want: []string{"holds Carlos Alberto do Nascimento | Prime Minister | Mozambique"}},
		{name: "DemonymNamesTheCountry", date: "2022-05-10",
			text: "The emir called for unity of the various Palestinian groups.",
			want: []string{"country Palestine"}},
	})
}

// Offices of organisations and the generic titles of the lexicon. The
// sentences are invented.
func TestOrganisationOffices(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OrganisationGenericTitle", date: "2022-05-10",
			text: "WFP Country Director Sara Kone said the food had arrived. Unicef representative Paul Otieno agreed.",
			want: []string{"holds Sara Kone | Country Director | WFP", "holds Paul Otieno | Representative | UNICEF"}},
		{name: "CountryTitleNotForOrganisation", date: "2022-05-10",
			text:   "NATO Foreign Minister Jan Berg spoke.",
			absent: []string{"holds Jan Berg"}},
		{name: "OrganisationOfficeNotForCountry", date: "2022-05-10",
			text:   "Indian Country Director Ravi Rao spoke.",
			absent: []string{"holds Ravi Rao"}},
		{name: "GroupingSpokesperson", date: "2022-05-10",
			text: "According to AU spokesman Amina Diallo, the vote was held on Monday.",
			want: []string{"holds Amina Diallo | Spokesperson | African Union"}},
		{name: "PortfolioMinister", date: "2022-05-10",
			text: "Greek Civil Protection Minister Nikos Pappas and Kenyan Information Minister Jane Wambui met.",
			want: []string{"holds Nikos Pappas | Civil Protection Minister | Greece", "holds Jane Wambui | Information Minister | Kenya"}},
		{name: "DeputyFM", date: "2022-05-10",
			text: "Polish Deputy FM Jan Nowak said the aid was ready.",
			want: []string{"holds Jan Nowak | Deputy Foreign Minister | Poland"}},
		{name: "SecretaryGeneralOfTheGroupingNamed", date: "2022-05-10",
			text:   "Caribbean Community leaders met in Georgetown. Secretary-General Ann Baptiste said CARICOM would act.",
			want:   []string{"holds Ann Baptiste | Secretary-General | CARICOM"},
			absent: []string{"holds Ann Baptiste | Secretary-General | UN", "grouping UN"}},
		{name: "TitleOfAnOfficesHolder", date: "2022-05-10",
			text:   "GENEVA, May 9 - The minister spoke with the UN Secretary-General's Special Representative for Yemen, Hans Berg, on Monday.",
			want:   []string{"holds Hans Berg | Special Representative of the Secretary-General | UN"},
			absent: []string{"holds Hans Berg | Special Envoy | Switzerland"}},
		{name: "ChiefOfStaffIsNoGroupingsHead", date: "2022-05-10",
			text:   "ACCRA, May 9 - ECOWAS leaders met in Accra. The Chief of Staff, Mr Kwame Mensah, was present.",
			want:   []string{"holds Kwame Mensah | Chief of Staff | Ghana"},
			absent: []string{"holds Kwame Mensah | Chief of Staff | ECOWAS"}},
		{name: "SecretaryGeneralOfTheUNStays", date: "2022-05-10",
			text: "The UN and the Caribbean Community met in Georgetown. UN Secretary-General Ana Torres spoke; Secretary-General Torres then left the UN building.",
			want: []string{"holds Ana Torres | Secretary-General | UN"}},
		{name: "CommissionPresident", date: "2022-05-10",
			text: "The communique was read by the President of the ECOWAS Commission, Paul Diouf.",
			want: []string{"holds Paul Diouf | President of the ECOWAS Commission | ECOWAS"}},
		{name: "NewGroupings", date: "2022-05-10",
			text: "Leaders of IGAD and CELAC met; the Forum on China-Africa Cooperation met too.",
			want: []string{"grouping IGAD", "grouping CELAC", "grouping FOCAC"}},
	})
}

// One person named in several ways. The sentences are invented.
func TestNameMerging(t *testing.T) {
	checkShapes(t, []shape{
		{name: "InitialAndFullName", date: "2022-05-10",
			text:   "President of the Republic of Kazakhstan Nurlan Abenov opened the forum. President of the Republic of Kazakhstan N. Abenov chaired it.",
			want:   []string{"person Nurlan Abenov"},
			absent: []string{"person N. Abenov"}},
		{name: "TwoWordSurname", date: "2022-05-10",
			text:   "President Jorge Ruiz Tagle received the envoy. President Ruiz Tagle said ties were strong.",
			want:   []string{"person Jorge Ruiz Tagle"},
			absent: []string{"person Ruiz Tagle"}},
		{name: "TitledOrdinaryWordsAreNoName", date: "2022-05-10",
			text:   "Director of the WHO Regional Emergency Structure Ana Lima spoke.",
			absent: []string{"person Regional"}},
	})
}

// Titles written out in full before names. The sentences are invented.
func TestTitlePhraseShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ExtendedLexiconTitle", date: "2022-05-10",
			text: "Saudi Minister of State for African Affairs Ahmed Kattan delivered a letter.",
			want: []string{"holds Ahmed Kattan | Minister of State for African Affairs | Saudi Arabia"}},
		{name: "PortfolioAddedWithAnd", date: "2022-05-10",
			text: "Ana Soto held talks with Kenya's Minister of Trade and Industry, Peter Kamau, and Uganda's Minister of Foreign Affairs and Regional Cooperation Sam Okello.",
			want: []string{"holds Peter Kamau | Minister of Trade and Industry | Kenya",
				"holds Sam Okello | Minister of Foreign Affairs and Regional Cooperation | Uganda"}},
		{name: "PortfolioList", date: "2022-05-10",
			text: "The envoy met Zambia's Minister of Land, Environment and Rural Development, Joseph Banda, in Lusaka.",
			want: []string{"person Joseph Banda", "holds Joseph Banda | Minister of Land, Environment and Rural Development | Zambia"}},
		{name: "PostAtTheMinistry", date: "2022-05-10",
			text: "Oman's Minister of State at the Ministry of Energy Salim Al Harthy arrived in Nairobi.",
			want: []string{"holds Salim Al Harthy | Minister of State at the Ministry of Energy | Oman"}},
		{name: "SecretaryOfStateForIsNotUS", date: "2022-05-10",
			text:   "MADRID, May 9 - The Secretary of State for International Cooperation, Lucia Marin, said the doses would leave on Friday.",
			want:   []string{"holds Lucia Marin | Secretary of State for International Cooperation | Spain"},
			absent: []string{"holds Lucia Marin | Secretary of State | United States", "country United States", "person International"}},
		{name: "TopicWordInTitle", date: "2022-05-10",
			text: "Bolivia's Vice Minister of Foreign Trade Pedro Rojas spoke on television.",
			want: []string{"holds Pedro Rojas | Vice Minister of Foreign Trade | Bolivia"}},
		{name: "ProperAdjectiveInTitle", date: "2022-05-10",
			text: "Governor of the Red Sea State Musa Nour received the ship in Port Sudan.",
			want: []string{"holds Musa Nour | Governor of the Red Sea State | Sudan"}},
		{name: "OrganisationUnitTitle", date: "2022-05-10",
			text: "Director of the SCO Regional Anti-Terrorist Structure (SCO RATS) Executive Committee Ivan Petrov took part.",
			want: []string{"holds Ivan Petrov | Director of the SCO Regional Anti-Terrorist Structure (SCO RATS) Executive Committee | SCO", "grouping SCO"}},
		{name: "HeadlessTitlesCoordinated", date: "2022-05-10",
			text: "In Amman, Adviser to His Majesty and Director of the Office of His Majesty Yusuf Haddad attended.",
			want: []string{"holds Yusuf Haddad | Adviser to His Majesty | Jordan", "holds Yusuf Haddad | Director of the Office of His Majesty | Jordan"}},
		{name: "TitlesOfTheNextName", date: "2022-05-10",
			text:   "Attending were Ana Lima, Chairman of the Executive Committee and Executive Secretary of the CIS Oleg Popov.",
			want:   []string{"holds Oleg Popov | Executive Secretary | CIS"},
			absent: []string{"holds Ana Lima"}},
		{name: "PostingCityIsNoTitle", date: "2022-05-10",
			text: "The Turkish Ambassador to Khartoum, Emre Kaya, said the ship had arrived.",
			want: []string{"holds Emre Kaya | Ambassador | Turkey"}},
	})
}

// Acronyms, organisations' titles, things that are no persons, and
// appositions that are none. The sentences are invented.
func TestContextShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "AccompaniedByTakesHostsCountry", date: "2022-05-10",
			text:   "NAIROBI, May 10 -- Peruvian President Ana Soto arrived here on Monday for a state visit. Soto is accompanied by Foreign Minister Luis Vega and a group of business leaders.",
			want:   []string{"holds Luis Vega | Foreign Minister | Peru"},
			absent: []string{"holds Luis Vega | Foreign Minister | Kenya"}},
		{name: "SecondMetWithTakesFirstsCountry", date: "2022-05-10",
			text:   "NAIROBI, May 10 -- The Peruvian envoy met with Prime Minister of Uganda Daniel Okello, and later with Minister of Foreign Affairs and Regional Integration Grace Atim.",
			want:   []string{"holds Grace Atim | Foreign Minister | Uganda"},
			absent: []string{"holds Grace Atim | Foreign Minister | Kenya"}},
		{name: "VisitorIsNotOfTheCityMet", date: "2022-05-10",
			text:   "King Hassan on Monday held talks in Kampala with Ugandan Prime Minister Daniel Okello.",
			want:   []string{"holds Daniel Okello | Prime Minister | Uganda"},
			absent: []string{"holds Hassan | King | Uganda"}},
		{name: "WhoAccompaniedTakesHostsCountry", date: "2022-05-10",
			text:   "NAIROBI, May 10 -- Peruvian President Ana Soto arrived here on Monday. Trade Minister Luis Vega, who accompanied Soto, met business leaders.",
			want:   []string{"holds Luis Vega | Trade Minister | Peru"},
			absent: []string{"holds Luis Vega | Trade Minister | Kenya"}},
		{name: "DefinedAcronym", date: "2022-05-10",
			text: "The League of Arab States (LAS) met in Cairo. LAS Secretary General Omar Nasser read the text.",
			want: []string{"holds Omar Nasser | Secretary-General | Arab League"}},
		{name: "OrganisationTitleFromArticle", date: "2022-05-10",
			text: "Ministers of the Council of Europe meet in Strasbourg. The Council of Europe said so. Invited by the Organisation's Secretary General Anna Berg, they will talk.",
			want: []string{"holds Anna Berg | Secretary General | Council of Europe"}},
		{name: "UNBodyNotUN", date: "2022-05-10",
			text:   "The United Nations World Food Program welcomed the ship.",
			want:   []string{"grouping WFP"},
			absent: []string{"grouping UN"}},
		{name: "ShipIsNoPerson", date: "2022-05-10",
			text:   "A tanker INS Kaveri has also set sail from Mumbai.",
			absent: []string{"person"}},
		{name: "InitialsInName", date: "2022-05-10",
			text: "Foreign Minister Siti LP Rahayu said on Tuesday that the text was agreed.",
			want: []string{"person Siti LP Rahayu"}},
		{name: "NameBeginsAThing", date: "2022-05-10",
			text:   "King Faisal Humanitarian Aid and Relief Centre sent tents.",
			absent: []string{"person"}},
		{name: "TitleIsNextClauseSubject", date: "2022-05-10",
			text:   "At a meeting with Amina Deng, the Kenyan Foreign Minister discussed trade.",
			absent: []string{"holds Amina Deng"}},
		{name: "AsConjunction", date: "2022-05-10",
			text:   "He was accompanied by Ambassador Ravi Menon as the External Affairs Minister began his visit.",
			absent: []string{"holds Ravi Menon | External Affairs Minister"}},
		{name: "AsTitle", date: "2022-05-10",
			text: "The African Union has elected Libyan leader Omar Salem as the new AU Chairman to head the body.",
			want: []string{"holds Omar Salem | Chairperson of the African Union | African Union"}},
		{name: "PreviousNamesApposition", date: "2022-05-10",
			text:   "The plane was received by Saeed Ali, UAE Ambassador to Sudan, Dr Hassan Musa, and officials.",
			want:   []string{"holds Saeed Ali | Ambassador | United Arab Emirates"},
			absent: []string{"holds Hassan Musa"}},
	})
}

// Whose and whether: former holders, countries given elsewhere, plural
// titles. The sentences are invented.
func TestHoldingShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "FormerHoldsNot", date: "2022-05-10",
			text:   "Former Kenyan President Paul Mwangi met the late King Omar of Jordan.",
			want:   []string{"office President | Kenya", "office King | Jordan"},
			absent: []string{"holds Paul Mwangi", "holds Omar"}},
		{name: "WhoTookOverAs", date: "2022-05-10",
			text: "The talks were chaired by Ghana's President Kofi Boateng, who took over as ECOWAS chairman in June. Amina Diallo, who was recently appointed AU spokesperson, said the vote was held.",
			want: []string{"holds Kofi Boateng | President | Ghana", "holds Kofi Boateng | Chairman of the Authority of Heads of State and Government | ECOWAS",
				"holds Amina Diallo | Spokesperson | African Union"}},
		{name: "AppointedAsHisEnvoy", date: "2022-05-10",
			text: "The UN Secretary-General on Monday appointed Maria Lind of Sweden as his Special Envoy for the Sahel.",
			want: []string{"person Maria Lind", "holds Maria Lind | Special Envoy for the Sahel | UN"}},
		{name: "WhoServedAsHoldsNot", date: "2022-05-10",
			text:   "Paul Otieno, who served as Kenya's foreign minister, spoke.",
			absent: []string{"holds Paul Otieno"}},
		{name: "UKDevelopmentSecretary", date: "2019-03-22",
			text: "International Development Secretary Helen Marsh said the UK would send tents.",
			want: []string{"holds Helen Marsh | International Development Secretary | United Kingdom"}},
		{name: "ElectHoldsNot", date: "2022-05-10",
			text:   "Kenyan President-elect Paul Mwangi spoke.",
			absent: []string{"holds Paul Mwangi"}},
		{name: "ActingHolds", date: "2022-05-10",
			text: "Acting Foreign Minister Lena Berg of Sweden spoke.",
			want: []string{"holds Lena Berg | Foreign Minister | Sweden"}},
		{name: "BracketedDateline", date: "2022-05-10",
			text: "May 9, 2022 (NAIROBI) — Foreign Minister Amina Odhiambo met envoys.",
			want: []string{"holds Amina Odhiambo | Foreign Minister | Kenya"}},
		{name: "TheCountrysEnvoy", date: "2022-05-10",
			text: "President Samuel Okello of Uganda was represented by the country's envoy to Kenya, Ambassador Grace Akello.",
			want: []string{"holds Grace Akello | Ambassador | Uganda"}},
		{name: "MinistryOfACountry", date: "2022-05-10",
			text: "Spokesman David Levi for Israel's Foreign Ministry said it was strange. Paul Marin, a junior minister in the French Foreign Ministry, agreed.",
			want: []string{"holds David Levi | Spokesperson | Israel", "holds Paul Marin | Junior Minister | France"}},
		{name: "NationalityThenTitle", date: "2022-05-10",
			text: "The bloc elected Libyan leader Omar Salem. President Salem thanked the delegates in Addis Ababa.",
			want: []string{"holds Omar Salem | President | Libya"}},
		{name: "PluralTitleList", date: "2022-05-10",
			text: "It was attended by Presidents Ali Farah (Djibouti), John Mwangi (Kenya) and Hassan Ali (Somalia).",
			want: []string{"holds Ali Farah | President | Djibouti", "holds John Mwangi | President | Kenya", "holds Hassan Ali | President | Somalia"}},
	})
}

// Counterparts and postings after an organisation. The sentences are
// invented.
func TestCounterpartShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "CounterpartSamePost", date: "2022-05-10",
			text: "External Affairs Minister Anil Rao held talks with his Nepalese counterpart Hari Thapa in Kathmandu.",
			want: []string{"holds Hari Thapa | Foreign Minister | Nepal"}},
		{name: "CounterpartPrimeMinister", date: "2022-05-10",
			text: "Prime Minister Raj Mehta of India spoke with his Japanese counterpart Ken Sato.",
			want: []string{"holds Ken Sato | Prime Minister | Japan"}},
		{name: "CounterpartInApposition", date: "2022-05-10",
			text: "Kenyan Foreign Minister Ruth Wanjiku met her Ugandan counterpart, Moses Okello, in Nairobi. Peru's Prime Minister Luis Vega called his Chilean counterpart, Dr. Ana Soto, on Monday.",
			want: []string{"person Moses Okello", "holds Moses Okello | Foreign Minister | Uganda", "holds Ana Soto | Prime Minister | Chile"}},
		{name: "CounterpartCountryIsNotTheHolders", date: "2022-05-10",
			text:   "LIMA, May 9 - Foreign Minister Jorge Salas will travel to Quito on Friday to meet his Ecuadorian counterpart, Maria Paz. Peru and Ecuador have argued over fishing rights. Peru wants a deal.",
			want:   []string{"holds Jorge Salas | Foreign Minister | Peru", "holds Maria Paz | Foreign Minister | Ecuador"},
			absent: []string{"holds Jorge Salas | Foreign Minister | Ecuador"}},
		{name: "CounterpartCountryIsNotTheDatelines", date: "2022-05-10",
			text:   "QUITO, May 9 - Foreign Minister Jorge Salas held talks with his Ecuadorian counterpart Maria Paz on Friday. Peru and Ecuador have argued over fishing rights. Peru wants a deal.",
			want:   []string{"holds Jorge Salas | Foreign Minister | Peru", "holds Maria Paz | Foreign Minister | Ecuador"},
			absent: []string{"holds Jorge Salas | Foreign Minister | Ecuador"}},
		{name: "OrganisationsEnvoyPosted", date: "2022-05-10",
			text: "The ambassador of the European Union to India, Marco Bianchi, visited Mumbai.",
			want: []string{"holds Marco Bianchi | Ambassador | EU"}},
	})
}

// Private people and other bodies' staff. The sentences are invented.
func TestPrivatePeopleShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ResidentApposition", date: "2022-05-10",
			text: "Ram Thapa, a resident of Bhaktapur, said his family had waited for days.",
			want: []string{"person Ram Thapa"}},
		{name: "OtherBodysTitle", date: "2022-05-10",
			text:   "The WHO sent oxygen. Oxfam's country director Bina Rai agreed with the WHO.",
			want:   []string{"person Bina Rai"},
			absent: []string{"holds Bina Rai"}},
		{name: "PartOfAnOrganisationsName", date: "2022-05-10",
			text:   "The International Federation of Blue Shield said the need was great.",
			absent: []string{"person"}},
		{name: "MilitaryRanksWithoutDots", date: "2022-05-10",
			text: "Nepal Army spokesperson Brig Gen Santosh Rai said troops were deployed.",
			want: []string{"person Santosh Rai"}},
	})
}

// Lists of names without titles. The sentences are invented.
func TestNameListShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "ThreeNames", date: "2022-05-10",
			text: "He said he had fruitful talks with Tomas Berg, Lena Holm and Kaito Mori.",
			want: []string{"person Tomas Berg", "person Lena Holm", "person Kaito Mori"}},
		{name: "TwoNamesAfterWith", date: "2022-05-10",
			text: "The minister held talks with Kaito Mori and Lena Holm on Friday.",
			want: []string{"person Kaito Mori", "person Lena Holm"}},
		{name: "PlacesAndThingsAreNoNames", date: "2022-05-10",
			text:   "Aid reached New Delhi, Mumbai and Kolkata. Serum Institute, Bharat Biotech and Zydus Cadila make vaccines.",
			absent: []string{"person"}},
	})
}

// Forms of address between a title phrase and a name. The sentences are
// invented.
func TestAddressShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "DrAfterTitleOfCountry", date: "2022-05-10",
			text: "Minister of External Affairs of India Dr. A. Rao paid an official visit to Sri Lanka.",
			want: []string{"holds A. Rao | External Affairs Minister | India"}},
		{name: "HisExcellency", date: "2022-05-10",
			text: "The President of the Maldives, H.E. Ahmed Nasir, welcomed the delegation.",
			want: []string{"holds Ahmed Nasir | President | Maldives"}},
		{name: "AgencyAdministrator", date: "2022-05-10",
			text: "The US Agency for International Development (USAID) Administrator Jane Roe announced the aid.",
			want: []string{"holds Jane Roe | Administrator of USAID | United States"}},
	})
}

// Heads of organisations. The sentences are invented.
func TestOrganisationHeadShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "OrganisationChief", date: "2022-05-10",
			text: "OCHA chief Maria Costa said the aid must flow.",
			want: []string{"holds Maria Costa | Emergency Relief Coordinator | OCHA"}},
		{name: "NameBeforeAnotherTitle", date: "2022-05-10",
			text: "European Commission President Anna Weber and European Council President Paul Dupont attended.",
			want: []string{"holds Anna Weber | President of the European Commission | EU", "holds Paul Dupont | President of the European Council | EU"}},
	})
}

// Names doing something, and what is no name. The sentences are invented.
func TestNameVerbShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "NameBeforePastVerb", date: "2022-05-10",
			text: "Park Min Jun fired the starting gun.",
			want: []string{"person Park Min Jun"}},
		{name: "CompanyBeforeVerb", date: "2022-05-10",
			text:   "Tata Steel donated oxygen. An Air Force C-17 Globemaster carried the cargo.",
			absent: []string{"person"}},
		{name: "PlaceAfterIn", date: "2022-05-10",
			text:   "Villagers in Kafr Zita received aid.",
			absent: []string{"person"}},
	})
}

// Regnal numbers. The sentences are invented.
func TestRegnalNumberShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "RegnalNumber", date: "2022-05-10",
			text: "Jordan's King Hussein III received the envoy.",
			want: []string{"holds Hussein III | King | Jordan"}},
	})
}

// Asian titles and names. The sentences are invented.
func TestAsianShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "SurnameAfterTitlePhrase", date: "2022-05-10",
			text: "Vietnam's Deputy Minister of Health Do Van Minh received the vaccines.",
			want: []string{"holds Do Van Minh | Deputy Minister of Health | Vietnam"}},
		{name: "KoreanDemonym", date: "2022-05-10",
			text: "Korean Foreign Minister Park Jin-woo held a call.",
			want: []string{"holds Park Jin-woo | Foreign Minister | South Korea"}},
		{name: "PublicHealthMinister", date: "2022-05-10",
			text: "Thai Public Health Minister Somchai Wong said more were coming.",
			want: []string{"holds Somchai Wong | Health Minister | Thailand"}},
	})
}

// Appositions with the country and the body of a title. The sentences are
// invented.
func TestAppositionBodyShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "TheCountrysMinister", date: "2022-05-10",
			text: "Ethiopia received the doses on Friday, said Almaz Kebede, the country's health minister.",
			want: []string{"holds Almaz Kebede | Health Minister | Ethiopia"}},
		{name: "LowerCaseMinistry", date: "2022-05-10",
			text: `"We are grateful," said Tesfaye Bekele, spokesman for Ethiopia's foreign ministry.`,
			want: []string{"holds Tesfaye Bekele | Spokesperson | Ethiopia"}},
		{name: "NameBetweenCommasBeforeVerb", date: "2022-05-10",
			text: "The head of the Blue Shield, Anna Weber, visited Yemen.",
			want: []string{"person Anna Weber"}},
		{name: "AmbassadorRankAfterAppositionPost", date: "2022-05-10",
			text:   "KHARTOUM, May 10 -- The spokesman of the Foreign Ministry, Ambassador Ali Hamid, said the envoy would stay two days.",
			want:   []string{"holds Ali Hamid | Spokesman of the Foreign Ministry | Sudan"},
			absent: []string{"holds Ali Hamid | Ambassador"}},
		{name: "CaretakerBetween", date: "2022-05-10",
			text: "Lebanese caretaker Prime Minister Karim Haddad met the envoy.",
			want: []string{"holds Karim Haddad | Prime Minister | Lebanon"}},
	})
}

// Lists of leaders and plural titles (people5).
func TestLeaderListShapes(t *testing.T) {
	checkShapes(t, []shape{
		{name: "RightHonourableDoctor", date: "2022-05-10",
			text: "The talks were opened by the Prime Minister of Fiji, Rt. Hon. Dr. Sefo Tora, on Monday.",
			want: []string{"holds Sefo Tora | Prime Minister | Fiji"}},
		{name: "PluralTitleFirstNameKeepsTitle", date: "2022-05-10",
			text: "Foreign Secretaries Mira Dalton and Owen Pike of Ireland and Norway signed the note.",
			want: []string{"holds Mira Dalton | Foreign Secretary | Ireland"}},
		{name: "PluralTitleCountriesRespectively", date: "2022-05-10",
			text:   "Foreign Ministers Lena Varga and Tomas Berg of Hungary and Sweden met in Vienna on Monday.",
			want:   []string{"holds Lena Varga | Foreign Minister | Hungary", "holds Tomas Berg | Foreign Minister | Sweden"},
			absent: []string{"holds Tomas Berg | Foreign Minister | Hungary", "holds Lena Varga | Foreign Minister | Sweden"}},
		{name: "PluralTitleOverCountryNamePairs", date: "2022-05-10",
			text:   "The prime ministers of Nepal, Hari Thapa, Fiji, Sefo Tora, and Samoa, Lui Sefo, signed the accord on Monday.",
			want:   []string{"holds Hari Thapa | Prime Minister | Nepal", "holds Sefo Tora | Prime Minister | Fiji", "holds Lui Sefo | Prime Minister | Samoa"},
			absent: []string{"holds Sefo Tora | Prime Minister | Nepal"}},
		{name: "LeaderListNameOfCountry", date: "2022-05-10",
			text: "Leaders at the forum included the Prime Minister of Nepal, Hari Thapa; Sefo Tora of Fiji, Lui Sefo of Samoa and Ana Vake of Tonga.",
			want: []string{"holds Hari Thapa | Prime Minister | Nepal", "holds Sefo Tora | Prime Minister | Fiji",
				"holds Lui Sefo | Prime Minister | Samoa", "holds Ana Vake | Prime Minister | Tonga"}},
		{name: "LeaderListNeedsSemicolon", date: "2022-05-10",
			text:   "The forum heard the Prime Minister of Nepal, Hari Thapa, and Sefo Tora of Fiji.",
			absent: []string{"holds Sefo Tora"}},
		{name: "LeaderListStopsAtNonName", date: "2022-05-10",
			text:   "The forum heard the Prime Minister of Nepal, Hari Thapa; the Bank of Fiji; and Lui Sefo of Samoa.",
			absent: []string{"holds Lui Sefo"}},
		{name: "EnvoyPostedAbroadAndMinister", date: "2022-05-10",
			text:   "The cargo was received by French Ambassador to Chad and Health Minister Idriss Mahamat at the airport.",
			absent: []string{"holds Idriss Mahamat | Ambassador"}},
		{name: "EnvoyAndPermanentRepresentative", date: "2022-05-10",
			text: "The letter was handed over by Indian Ambassador to Nepal and Permanent Representative Ravi Kumar on Monday.",
			want: []string{"holds Ravi Kumar | Ambassador | India"}},
		{name: "KenyanCabinetSecretaries", date: "2022-05-10",
			text: "NAIROBI: Kenyan President Daniel Otieno was joined by Cabinet Secretaries Grace Wanjiru and Peter Kamau at the talks.",
			want: []string{"holds Grace Wanjiru | Cabinet Secretary | Kenya", "holds Peter Kamau | Cabinet Secretary | Kenya"}},
		{name: "IndonesianPakIsAddress", date: "2022-05-10",
			text:   "Indonesian President Pak Budi Santoso met the envoy in Jakarta on Monday.",
			want:   []string{"holds Budi Santoso | President | Indonesia"},
			absent: []string{"person Pak"}},
		{name: "MinisterOfWorksIsNoPerson", date: "2022-05-10",
			text:   "Fiji was represented by Senator Ana Vake, Minister of Works.",
			want:   []string{"holds Ana Vake | Minister of Works | Fiji"},
			absent: []string{"person Works"}},
		{name: "PluralTitleOverCountriesOnly", date: "2022-05-10",
			text:   "The presidents of Chile and Peru, Ana Soto said, would meet in Lima.",
			absent: []string{"holds Ana Soto"}},
	})
}
