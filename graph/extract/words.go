package extract

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// The word lists the rules read names and titles with are knowledge of
// English, kept as data in the lexicon (words.tsv: closed classes;
// commonwords.tsv: ordinary words, from a treebank and a dictionary). They
// are read once from the built-in lexicon into sets.
var (
	words *lexicon.Lexicon

	// titleWords stand in front of names without being offices by
	// themselves ("Secretary Blinken", "Sheikh X"), forms of address included.
	titleWords map[string]bool
	// honorifics go to schema:honorificPrefix rather than into the name.
	honorifics map[string]string
	// styles stand with a title: "Senator the Hon Marise Payne", "the Rt Hon".
	styles map[string]bool
	// majesty: the second word of "His Majesty", "Her Excellency".
	majesty map[string]bool
	// notNames are capitalised words that do not begin or belong to a
	// person's name.
	notNames map[string]bool
	// orgWords mark a capitalised run as the name of a thing, not a person.
	orgWords map[string]bool
	// roleNouns stand in front of a person's name without being offices:
	// "Australian writer Yang Hengjun", "economist Sean Turnell".
	roleNouns map[string]bool
	// particles join the parts of a name: "Mohammed bin Salman".
	particles map[string]bool
	// rankLasts end a military rank of two words: "Air Commodore", "Major
	// General"; the word before one belongs to the rank.
	rankLasts map[string]bool
	// honorNames are forms of address that are also family names ("Pak"),
	// with the country codes where they are the form of address.
	honorNames map[string]string
	// attributionVerbs tie a quote or statement to the name next to them.
	attributionVerbs map[string]bool
	// personVerbs follow a person who does something.
	personVerbs map[string]bool
	// otherPartyVerbs take another party as object: "thanked Japan",
	// "urged Chad"
	otherPartyVerbs map[string]bool
	// regionWords before a country make a region of it.
	regionWords map[string]bool
	// organParent maps a grouping that is an organ of another to it: its
	// officials are the parent's.
	organParent map[string]string
	// genericTLDs are country-code domains sold as generic ones ("tv").
	genericTLDs map[string]bool
	// worldRegions are parts of the world that are no country: "Africa".
	worldRegions map[string]bool
	// placeNameWords after a place make it the name of a building, a body or
	// a paper: "Hyderabad House", "Washington Post"; facilityWords still name
	// the city ("Colombo Airport").
	placeNameWords map[string]bool
	// subnationalNouns name a part of a country; the cities listed after
	// them name those parts ("the provinces of Idlib and Aleppo")
	subnationalNouns map[string]bool
	facilityWords    map[string]bool
	// continentals name continents; a demonym that is one, listed with
	// another, is the continent's ("African, Asian and American
	// countries").
	continentals map[string]bool
	// notDemonym after a demonym makes both a name: "Indian Ocean".
	notDemonym map[string]string
	// vessels are the prefixes of ships' names: "INS Deepak", "USS X".
	vessels map[string]bool
	// currencies after a country or demonym name money, not the country:
	// "US dollars".
	currencies map[string]bool
	// storms are the words before a storm's name: "Cyclone Idai".
	storms map[string]bool
	// pastWords before a title say its holder holds it no longer: "former".
	pastWords map[string]bool
	// candidacyWords before "for" and a title say one seeks the office:
	// "candidate for Vice-Chair".
	candidacyWords map[string]bool
	// namingWords right before a quote make it a name or a term, not
	// words someone said: "dubbed “Sea Bridge”", "under the motto “…”".
	namingWords map[string]bool
	// describers stand between "the" and a title without changing the
	// post: "the visiting minister", "the top diplomat".
	describers map[string]bool
	// refRoles are nouns that after "the" stand for the person last named
	// who holds an office of one of their roles: "the Indian diplomat".
	refRoles map[string]map[string]bool
	// governmentBodies are the bodies of a government a title can belong
	// to: "spokesman for Israel's Foreign Ministry".
	governmentBodies map[string]bool
	// titleHeads are capitalised words that head a title phrase without
	// being a title of the lexicon alone: "Minister of Information", "Head
	// of the President's Office".
	titleHeads map[string]bool
	// polityWords make a country's formal name before "of": "Republic of".
	polityWords map[string]bool
	// appositionModifiers stand between the comma and a title in apposition
	// without changing the post: "X, Federal Minister of Health".
	appositionModifiers map[string]bool
	// memberNouns name the members of a grouping after its name: "NATO
	// allies Turkey and Hungary", "the BRICS countries".
	memberNouns map[string]bool
	// blocNouns name a grouping itself: "the bloc", "the 22-nation League"
	// refer back to one the article named.
	blocNouns map[string]bool
	// blocHeads stand for the grouping named right before them ("the
	// AUKUS pact", "the C5+1 format") but refer back to none.
	blocHeads map[string]bool
	// countryRefs name a state itself: "the island", "the neighbouring
	// country" refer back to one the article named.
	countryRefs map[string]bool
	// commonWords are ordinary English words that are not names: written in
	// lower case by the treebank, hardly ever as part of a name, and not
	// listed as a name by the dictionary ("Calling", "Relief", "Missions";
	// not "Price", "Rose", "Will").
	commonWords map[string]bool
	// verbs are the ordinary words the treebank tags as verbs most often.
	verbs map[string]bool
	// nouns are the words the treebank tags as nouns most often.
	nouns map[string]bool
	// patronymics are the particles that join a name to a forebear's
	// ("bin", "ibn"): more forebears or the family's name may follow
	patronymics map[string]bool
	// givenPatronymics are those after which the name's last word is the
	// forebear's, not a family name: such a name is called by its first
	// ("Prince Mohammed" of Mohammed bin Salman, whose father is "King
	// Salman").
	givenPatronymics map[string]bool
	// notTitleWords are ordinary words that are no part of a title's name:
	// verbs and function words ("Do" in "Deputy Minister of Health Do Xuan
	// Tuyen" begins the name).
	notTitleWords map[string]bool
	// The words aid is told with (aidwords.tsv, by kind). sendVerbs move
	// goods to a recipient; departVerbs tell of goods leaving (their object
	// is where from, "for X" where to; they send only when goods or a
	// carrier go: "the aid left Paris", not "the minister left Paris");
	// intransitive ones have the goods before them ("arrived", "on its
	// way"); receiveVerbs have the recipient as subject ("Sri Lanka
	// received"); nounVerbs are sending verbs whose base form is as often a
	// noun ("gift", "ship").
	sendVerbs, departVerbs, intransitive, receiveVerbs, nounVerbs map[string]bool
	// dispatchVerbs and arrivalVerbs tell of the first and the second step
	// of goods' journey, for the date of a consignment told twice.
	dispatchVerbs, arrivalVerbs map[string]bool
	// destinedWords are participles that tell where goods are meant to
	// go ("flour destined for Syria", "tents bound for Chad").
	destinedWords map[string]bool
	// shipNouns name a sending act ("the delivery of 1,200 tents");
	// containVerbs say what a shipment holds; madeVerbs are participles of
	// making that say where goods come from in front of them ("made in
	// Japan", "locally produced", "Chinese-made").
	shipNouns, containVerbs, madeVerbs map[string]bool
	// occasionNouns name the occasion goods are handed over at ("a
	// farewell ceremony at the port on Monday").
	occasionNouns map[string]bool
	// packNouns name goods packed to be handed out as one ("food
	// packages", "hygiene kits"): what they include is their contents.
	packNouns map[string]bool
	// askNouns name a request, whose maker is the one aid goes to
	askNouns map[string]bool
	// genericItems name aid in general rather than an item; umbrellaWords
	// are those that still name goods ("humanitarian aid"), the others
	// ("shipment", "package", "help") name no goods at all.
	genericItems, umbrellaWords map[string]bool
	// sourceNouns are bodies that speak in their own name: a quote whose
	// verb has one for subject is not a person's ("the ministry said").
	// timeNouns head a time adverbial, not a subject ("Jane Doe the next
	// day said").
	sourceNouns, timeNouns map[string]bool
	// joinVerbs make the subject a member of the grouping after them;
	// partyHeads are the words for those who act for a list of countries
	// ("leaders of A, B and C": parties, not members).
	joinVerbs, partyHeads map[string]bool
	// leaveVerbs are a country's leaving of a grouping, "past" for the
	// forms that tell it done; exitIntents make the leaving one to come
	// ("decided to withdraw", "announced its withdrawal").
	leaveVerbs  map[string]string
	exitIntents map[string]bool
	// rejoinVerbs are the joinVerbs of joining anew ("rejoined"): a
	// country that left and came back is a member.
	rejoinVerbs map[string]bool
	// englishWords are all the words of commonwords.tsv, names too
	// ("steel", "price"): a name of none of them is no company's ("Tata
	// Steel").
	englishWords map[string]bool
)

var wordsOnce sync.Once

// ensureWords reads the word lists from the built-in lexicon, once, when an
// extractor is first made: commands that extract nothing (queries, stats,
// help) do not pay for it at start.
func ensureWords() { wordsOnce.Do(loadWords) }

func loadWords() {
	words = lexicon.Default()
	titleWords = union(words.WordSet("title"), keys(words.WordValues("honorific")))
	honorifics = words.WordValues("honorific")
	abbreviations, canEnd = abbreviationSets(words.WordValues("abbrev"), honorifics)
	styles = words.WordSet("style")
	majesty = words.WordSet("majesty")
	notNames = words.WordSet("notname")
	orgWords = words.WordSet("org")
	roleNouns = words.WordSet("role")
	particles = words.WordSet("particle")
	patronymics = words.WordSet("patronymic")
	givenPatronymics = valued(words.WordValues("patronymic"), "given")
	rankLasts = words.WordSet("rank")
	honorNames = words.WordValues("honorname")
	attributionVerbs = words.WordSet("say")
	personVerbs = words.WordSet("act")
	otherPartyVerbs = words.WordSet("otherparty")
	regionWords = words.WordSet("region")
	continentals = words.WordSet("continental")
	organParent = words.WordValues("organ")
	genericTLDs = words.WordSet("generictld")
	worldRegions = words.WordSet("worldregion")
	placeNameWords = words.WordSet("placename")
	subnationalNouns = words.WordSet("subnational")
	facilityWords = valued(words.WordValues("placename"), "facility")
	notDemonym = words.WordValues("notdemonym")
	vessels = words.WordSet("vessel")
	currencies = words.WordSet("currency")
	storms = words.WordSet("storm")
	pastWords = words.WordSet("past")
	candidacyWords = words.WordSet("candidacy")
	namingWords = words.WordSet("naming")
	describers = words.WordSet("describer")
	sourceNouns, timeNouns = words.WordSet("speakerbody"), words.WordSet("timenoun")
	joinVerbs, partyHeads = words.WordSet("joinverb"), words.WordSet("partyhead")
	leaveVerbs, exitIntents = words.WordValues("leaveverb"), words.WordSet("exitintent")
	rejoinVerbs = valued(words.WordValues("joinverb"), "again")
	refRoles = map[string]map[string]bool{}
	for w, v := range words.WordValues("refrole") {
		refRoles[w] = map[string]bool{}
		for _, r := range strings.Split(v, "|") {
			refRoles[w][r] = true
		}
	}
	governmentBodies = words.WordSet("govbody")
	titleHeads = words.WordSet("titlehead")
	polityWords = words.WordSet("polity")
	appositionModifiers = words.WordSet("modifier")
	memberNouns = words.WordSet("member")
	blocNouns = words.WordSet("bloc")
	blocHeads = union(blocNouns, words.WordSet("blochead"))
	countryRefs = words.WordSet("countryref")
	commonWords = common(words)
	verbs = posSet(words, "VERB", false)
	nouns = posSet(words, "NOUN", true)
	notTitleWords = functionSet(words)
	englishWords = wordSet(words)
	notMemberWords = union(words.WordSet("notmember"), pastWords)
	leadFunctionWords = leadFunctionSet(words)
	portfolioNouns, portfolioAdjectives = portfolioSets(words)
	sendVerbs, departVerbs, intransitive = aidWords("sendverb"), aidWords("departverb"), aidWords("arriveverb")
	receiveVerbs, nounVerbs, shipNouns = aidWords("receiveverb"), aidWords("nounverb"), aidWords("shipnoun")
	containVerbs, madeVerbs, occasionNouns = aidWords("containverb"), aidWords("madeverb"), aidWords("occasion")
	dispatchVerbs, arrivalVerbs = aidWords("dispatchverb"), aidWords("arrivalverb")
	destinedWords, packNouns, askNouns = aidWords("destined"), aidWords("pack"), aidWords("asknoun")
	genericItems, umbrellaWords = aidWords("generic"), aidWords("umbrella")
}

// aidWords is the set of the forms of one kind of aidwords.tsv.
func aidWords(kind string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words.AidWords {
		if w.Kind == kind {
			for _, f := range w.Forms {
				out[f] = true
			}
		}
	}
	return out
}

func union(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func keys(m map[string]string) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}

// valued is the words of a class whose value is v.
func valued(m map[string]string, v string) map[string]bool {
	out := map[string]bool{}
	for w, x := range m {
		if x == v {
			out[w] = true
		}
	}
	return out
}

func common(l *lexicon.Lexicon) map[string]bool {
	named := leaderNameWords(l)
	out := make(map[string]bool, len(l.CommonWords))
	for _, w := range l.CommonWords {
		// a word only the dictionary lists (never seen in the treebank)
		// that is part of a leader's name is a name ("Macron", "Tusk",
		// "Xi"), as the dictionary's own names are
		if !w.Name && !(w.POS == "" && named[w.Word]) {
			out[w.Word] = true
		}
	}
	return out
}

// leaderNameWords are the lower-case words of the names in leaders.tsv,
// without titles, forms of address, particles and regnal numbers.
func leaderNameWords(l *lexicon.Lexicon) map[string]bool {
	skip := union(l.WordSet("title"), keys(l.WordValues("honorific")))
	for w := range l.WordSet("particle") {
		skip[w] = true
	}
	out := map[string]bool{}
	for _, e := range l.Leaders {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' }) {
				if skip[w] || romanNumeral(w) || strings.ToLower(w) == w {
					continue
				}
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
}

func wordSet(l *lexicon.Lexicon) map[string]bool {
	out := make(map[string]bool, len(l.CommonWords))
	for _, w := range l.CommonWords {
		out[w.Word] = true
	}
	return out
}

func functionSet(l *lexicon.Lexicon) map[string]bool {
	out := map[string]bool{}
	for _, w := range l.CommonWords {
		switch w.POS {
		case "AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "ADV", "VERB":
			if !w.Name {
				out[w.Word] = true
			}
		}
	}
	return out
}

// posSet: the words the treebank tags tag most often, with the words
// that are also names or without them.
func posSet(l *lexicon.Lexicon, tag string, names bool) map[string]bool {
	out := map[string]bool{}
	for _, w := range l.CommonWords {
		if w.POS == tag && (names || !w.Name) {
			out[w.Word] = true
		}
	}
	return out
}

// titleCompound: a title of title words joined by hyphens
// ("Vice-Chancellor", "Vice-Premier"), no word of a name.
func titleCompound(w string) bool {
	first, rest, ok := strings.Cut(w, "-")
	if !ok || !titleWords[first] {
		return false
	}
	for ok {
		first, rest, ok = strings.Cut(rest, "-")
		if !titleWords[first] {
			return false
		}
	}
	return true
}

// isCommon: a capitalised word that is an ordinary English word, not a
// name ("Calling", "Relief"); hyphenated words by their parts.
func isCommon(w string) bool {
	low := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	if commonWords[low] {
		return true
	}
	if !strings.Contains(low, "-") {
		return false
	}
	for _, part := range strings.Split(low, "-") {
		if !commonWords[part] {
			return false
		}
	}
	return true
}

// commonLead: an ordinary word long enough not to be a short name too
// ("Calling", "Further"; not "Xi", "Song", "Park") that can stand before a
// name at the start of a sentence.
func commonLead(w string) bool {
	return len(w) >= 5 && isCommon(w)
}

// allCommon: every word of the run is an ordinary word ("Relief Missions").
func allCommon(ts []token) bool {
	for _, t := range ts {
		if !isCommon(t.Text) {
			return false
		}
	}
	return true
}

// abbreviationSets: the words (without their dot) whose dot the tokenizer
// keeps, the abbrev class's and the dotted honorifics ("Smt.", "Engr."),
// and the dotted tokens that may also end a sentence (value "end").
func abbreviationSets(abbrev, honorifics map[string]string) (keep, end map[string]bool) {
	keep, end = map[string]bool{}, map[string]bool{}
	for w, v := range abbrev {
		keep[strings.TrimSuffix(w, ".")] = true
		if v == "end" {
			end[w] = true
		}
	}
	for w := range honorifics {
		if stem, ok := strings.CutSuffix(w, "."); ok && !strings.Contains(stem, ".") {
			keep[stem] = true
		}
	}
	return keep, end
}
