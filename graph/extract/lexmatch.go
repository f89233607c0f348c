package extract

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a mention names.
type kind uint8

const (
	kNone     kind = iota
	kCountry       // a country by name: "India", "the US"
	kDemonym       // a country by its people: "Indian", "British"
	kGrouping      // "Quad", "G7", "United Nations"
	kCity          // "London"
	kAgency        // a national body acting for its country: "USAID"
	kOffice        // a title: "External Affairs Minister", "envoy"
	kTopic         // "Covid-19", "climate change"
	kItem          // an aid item word: "oxygen concentrators"
	kUnit          // a counting unit: "doses", "courses"
	kPerson        // set by the people pass, not by the lexicon
	kRegion        // a region named after a country or a part of the world: "South Australia", "East Africa"
	kTown          // a town the lexicon does not list, where the text calls it one: "the city of Van"
)

func (k kind) String() string {
	return [...]string{"none", "country", "demonym", "grouping", "city", "agency", "office", "topic", "item", "unit", "person", "region", "town"}[k]
}

// priority decides between lexicon entries of the same length and text.
func (k kind) priority() int {
	switch k {
	case kGrouping:
		return 9
	case kAgency:
		return 8
	case kCountry:
		return 7
	case kDemonym:
		return 6
	case kCity:
		return 5
	case kOffice:
		return 4
	case kItem:
		return 3
	case kTopic:
		return 2
	case kUnit:
		return 1
	}
	return 0
}

// pattern is one surface form of a lexicon entry, as tokens.
type pattern struct {
	toks []string
	lows []string // toks in lower case, apostrophes straight
	kind kind
	ref  int  // index into the lexicon slice of its kind
	fold bool // match case-insensitively (acronyms still need capitals)
	form string
}

// matcher finds lexicon forms in token sequences, longest first.
type matcher struct {
	byFirst map[string][]*pattern // key: lower-cased first token; add fills it, finish empties it
	index   map[string]*firstWord // byFirst split by second token, built by finish
}

// firstWord holds the patterns that begin with one word: those of two
// words or more by their second word (a bucket such as "minister" holds
// hundreds of forms, and a token is matched against only the few that can
// fit it), then those of one word. Each list keeps the bucket's order.
type firstWord struct {
	bySecond map[string][]*pattern
	single   []*pattern
}

func (m *matcher) add(form string, k kind, ref int) {
	form = strings.TrimSpace(form)
	// "Guinea Bissau", "Timor Leste": a hyphen between capitalised parts
	// of a name is often written as a space
	if spaced := spacedHyphens(form); spaced != form {
		m.add(spaced, k, ref)
	}
	fold := form == strings.ToLower(form)
	if form == "" {
		return
	}
	var toks, lows []string
	for _, t := range tokenize(form) {
		toks = append(toks, t.Text)
		lows = append(lows, t.Low)
	}
	if len(toks) == 0 {
		return
	}
	key := lows[0]
	m.byFirst[key] = append(m.byFirst[key], &pattern{toks: toks, lows: lows, kind: k, ref: ref, fold: fold, form: form})
}

// finish orders each bucket longest pattern first, then by priority, so the
// first pattern that matches is the one to take.
func (m *matcher) finish() {
	m.index = make(map[string]*firstWord, len(m.byFirst))
	for first, ps := range m.byFirst {
		sort.SliceStable(ps, func(a, b int) bool {
			if len(ps[a].toks) != len(ps[b].toks) {
				return len(ps[a].toks) > len(ps[b].toks)
			}
			return ps[a].kind.priority() > ps[b].kind.priority()
		})
		fw := &firstWord{bySecond: map[string][]*pattern{}}
		for _, p := range ps {
			if len(p.lows) == 1 {
				fw.single = append(fw.single, p)
			} else {
				fw.bySecond[p.lows[1]] = append(fw.bySecond[p.lows[1]], p)
			}
		}
		m.index[first] = fw
	}
	m.byFirst = nil // index holds every pattern now
}

// match yields the patterns that match toks at i, longest first.
func (m *matcher) match(toks []token, i int) iter.Seq2[int, *pattern] {
	return func(yield func(int, *pattern) bool) {
		fw := m.index[toks[i].Low]
		if fw == nil {
			return
		}
		// longer patterns sort before single words, so the two lists are
		// yielded in the bucket's order
		var multi []*pattern
		if i+1 < len(toks) {
			multi = fw.bySecond[toks[i+1].Low]
		}
		n := 0
		for _, ps := range [2][]*pattern{multi, fw.single} {
			for _, p := range ps {
				if matches(p, toks, i) {
					if !yield(n, p) {
						return
					}
					n++
				}
			}
		}
	}
}

// matches reports whether p matches toks at i.
func matches(p *pattern, toks []token, i int) bool {
	if i+len(p.toks) > len(toks) {
		return false
	}
	for k, pt := range p.toks {
		t := toks[i+k]
		if k > 0 && t.Breaks >= 2 || p.lows[k] != t.Low {
			return false
		}
		if !p.fold && !sameWord(pt, t.Text, false) {
			return false
		}
	}
	return true
}

// sameWord compares a pattern word with a text word. Exact patterns (any
// form written with capitals in the lexicon, "EAM", "India") match their own
// spelling or the text in capitals ("INDIA"); folded patterns (forms written
// in lower case, "defence secretary") match any case.
func sameWord(pat, text string, fold bool) bool {
	pat = strings.ReplaceAll(pat, "’", "'")
	text = strings.ReplaceAll(text, "’", "'")
	if pat == text {
		return true
	}
	if fold {
		return strings.EqualFold(pat, text)
	}
	return len(text) > 1 && upperOf(pat, text) && hasLetter(text)
}

// upperOf reports whether text is strings.ToUpper(pat), without making it.
func upperOf(pat, text string) bool {
	for _, p := range pat {
		t, n := utf8.DecodeRuneInString(text)
		if n == 0 || t != unicode.ToUpper(p) {
			return false
		}
		text = text[n:]
	}
	return text == ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// spacedHyphens writes each hyphen of name that joins two capitalised parts
// as a space ("Guinea-Bissau" -> "Guinea Bissau"); other hyphens stay.
func spacedHyphens(name string) string {
	b := []byte(name)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '-' && b[i-1] != ' ' && b[i+1] >= 'A' && b[i+1] <= 'Z' {
			b[i] = ' '
		}
	}
	return string(b)
}
