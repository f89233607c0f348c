package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with digits and inner - ' .
	tNum                  // a number: digits with "," grouping and a "." decimal
	tPunct                // one punctuation character
	tQuote                // a quote mark: " “ ” ‘ ’ ' « » „, or a double one typed as two singles: '' `` ‘‘ ’’
)

// token is a word, number or punctuation mark with its byte offsets in the
// article text.
type token struct {
	Text       string
	Start, End int
	Kind       tokKind
	Space      bool   // whitespace before it
	Breaks     int    // newlines in the whitespace before it
	I          int    // its index in the article's tokens
	Low        string // Text in lower case
}

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.Text == w {
			return true
		}
	}
	return false
}

// lower is the token's text in lower case, with curly apostrophes straight.
func (t token) lower() string {
	return strings.ToLower(strings.ReplaceAll(t.Text, "’", "'"))
}

// capitalised reports whether the token starts with an upper-case letter.
func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t.Text, "@#"))
	return unicode.IsUpper(r)
}

// abbreviations (words.tsv's abbrev class, and the dotted honorifics:
// "Smt.", "Engr.") keep their final dot inside the word token; canEnd are
// those that may also end a sentence (value "end": "U.S.", "Inc.").
// Both are read with the other word lists (loadWords).
var abbreviations, canEnd map[string]bool

// sentenceStarters are words that, capitalised after a dotted abbreviation,
// show that a new sentence began.
var sentenceStarters = map[string]bool{"The": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "In": true, "On": true, "At": true, "But": true, "And": true, "This": true,
	"That": true, "These": true, "Those": true, "A": true, "An": true, "As": true, "After": true,
	"Before": true, "During": true, "While": true, "His": true, "Her": true, "Their": true, "Its": true,
	"Both": true, "Meanwhile": true, "However": true, "There": true, "Earlier": true, "Later": true}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }
func isDigit(r rune) bool  { return r >= '0' && r <= '9' }

// tokenize splits text into tokens. It never fails and takes time linear in
// the text's length.
func tokenize(text string) []token {
	ensureWords()
	return tokenizeAppend(nil, text)
}

// tokenizeAppend is tokenize appending to toks[:0], reusing its memory.
func tokenizeAppend(toks []token, text string) []token {
	if n := len(text)/5 + 8; cap(toks) < n {
		toks = make([]token, 0, n)
	}
	toks = toks[:0]
	space, breaks := true, 0
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00a0' ||
			(r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') || r == '\u200e' || r == '\u200f' {
			if r == '\n' {
				breaks++
			}
			space = true
			i += size
			continue
		}
		start := i
		kind := tPunct
		switch {
		case isLetter(r) || isDigit(r) || ((r == '@' || r == '#') && isLetter(at(text, i+size))):
			i = scanWord(text, i)
			kind = tWord
			if isDigit(r) && isNumber(text[start:i]) {
				kind = tNum
			}
		case (r == '\'' || r == '’') && (at(text, i+size) == 's' || at(text, i+size) == 'S') &&
			!isLetter(at(text, i+size+1)) && !space && len(toks) > 0 && toks[len(toks)-1].Kind == tWord:
			i += size + 1 // the possessive "'s" of the word before
			kind = tWord
		case (r == '\'' || r == '`' || r == '‘' || r == '’') && at(text, i+size) == r:
			// a double mark typed as two single ones: '' `` ‘‘ ’’
			i += 2 * size
			kind = tQuote
		case r == '"' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '\'' || r == '«' || r == '»' || r == '„':
			i += size
			kind = tQuote
		default:
			i += size
		}
		toks = append(toks, token{Text: text[start:i], Low: lowerWord(text[start:i]), Start: start, End: i, Kind: kind, Space: space, Breaks: breaks, I: len(toks)})
		space, breaks = false, 0
	}
	return toks
}

func isNumber(s string) bool {
	for _, r := range s {
		if !isDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	start := i
	if text[i] == '@' || text[i] == '#' {
		i++
	}
	digits := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isLetter(r) || isDigit(r) {
			if !isDigit(r) {
				digits = false
			}
			i += size
			continue
		}
		next := at(text, i+size)
		word := text[start:i]
		switch r {
		case '-', '‑', '_':
			if isLetter(next) || isDigit(next) {
				i += size
				continue
			}
		case '\'', '’':
			// "India's" splits into "India" + "'s"; "d'Ivoire" stays whole.
			if isLetter(next) && !(next == 's' || next == 'S') || (next == 's' || next == 'S') && isLetter(at(text, i+size+1)) {
				i += size
				continue
			}
		case '.':
			switch {
			case digits && isDigit(next):
				i += size
				continue
			case isLetter(next) && at(text, i+size+1) == '.' && isDottedSoFar(word):
				i += size // U.S.
				continue
			case isDottedSoFar(word) && strings.Contains(word, "."):
				return i + size // the last dot of "U.S."
			case isDottedSoFar(word) && unicode.IsUpper(next) && !isLetter(at(text, i+size+utf8.RuneLen(next))) && at(text, i+size+utf8.RuneLen(next)) != '.':
				// "H.E Jane Doe", "U.S forces": capitals joined by a dot
				// with the last dot left out
				return i + size + utf8.RuneLen(next)
			case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
				return i + size // an initial: "J."
			case abbreviations[word]:
				return i + size
			}
		case ',':
			if digits && isDigit(next) && isDigit(at(text, i+size+1)) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func at(text string, j int) rune {
	if j >= len(text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r
}

// isDottedSoFar reports whether word is single letters joined by dots: "U", "U.S".
func isDottedSoFar(word string) bool {
	prevLetter := false
	for _, r := range word {
		if r == '.' {
			if !prevLetter {
				return false
			}
			prevLetter = false
			continue
		}
		if !isLetter(r) || prevLetter {
			return false
		}
		prevLetter = true
	}
	return prevLetter
}

// sentence is a span of tokens; N counts from 1 in the article.
type sentence struct {
	N          int
	Start, End int // byte offsets into the article text
	Toks       []token
	Para       int // paragraph number, from 0
}

// splitSentences groups tokens into sentences: at a blank line, at a bullet,
// and after . ! ? (past closing quotes and brackets) when the next token can
// start a sentence.
func splitSentences(toks []token) []sentence {
	var out []sentence
	para := 0
	begin := 0
	flush := func(end int) {
		if end > begin {
			s := sentence{N: len(out) + 1, Toks: toks[begin:end], Para: para}
			s.Start, s.End = s.Toks[0].Start, s.Toks[len(s.Toks)-1].End
			out = append(out, s)
		}
		begin = end
	}
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Breaks >= 2 {
			flush(i)
			para++
			continue
		}
		if t.Breaks == 1 && (isBullet(t) || isLineBullet(t) || endsSentence(toks, i) || endsLine(toks, i)) {
			flush(i)
			continue
		}
		if isBullet(t) && t.Space {
			flush(i)
			continue
		}
		if endsSentence(toks, i) && canStart(toks, i) {
			flush(i)
		}
	}
	flush(len(toks))
	return capSentences(out)
}

// maxSentence is the most tokens a sentence may have. News sentences run
// to forty or fifty; text that runs far longer without a stop (a list, a
// table, garbage) is cut, at a semicolon or comma where one is near, so
// that the rules, which look across a sentence, take time linear in the
// text.
const maxSentence = 150

func capSentences(in []sentence) []sentence {
	long := false
	for _, s := range in {
		long = long || len(s.Toks) > maxSentence
	}
	if !long {
		return in
	}
	var out []sentence
	for _, s := range in {
		toks := s.Toks
		for len(toks) > maxSentence {
			cut := maxSentence
			for k := maxSentence - 1; k > maxSentence-50; k-- {
				if toks[k].is(";", ",") {
					cut = k + 1
					break
				}
			}
			out = append(out, sentence{Toks: toks[:cut], Para: s.Para})
			toks = toks[cut:]
		}
		out = append(out, sentence{Toks: toks, Para: s.Para})
	}
	for i := range out {
		out[i].N = i + 1
		out[i].Start, out[i].End = out[i].Toks[0].Start, out[i].Toks[len(out[i].Toks)-1].End
	}
	return out
}

func isBullet(t token) bool {
	return t.Kind == tPunct && (t.Text == "•" || t.Text == "▪" || t.Text == "◦")
}

// endsLine: the line before ends in a colon ("…said:") or the line that
// starts at i is a bullet.
func endsLine(toks []token, i int) bool {
	return toks[i-1].is(":")
}

// endsSentence reports whether the tokens before i end a sentence.
func endsSentence(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (isClosing(toks, j) || toks[j].is(")", "]")) && !toks[j].Space {
		j--
	}
	if j < 0 {
		return false
	}
	t := toks[j]
	switch {
	case t.Kind == tPunct && t.is(".", "!", "?", "…"):
		return true
	case t.Kind == tWord && strings.HasSuffix(t.Text, ".") && canEnd[t.Text]:
		return i < len(toks) && sentenceStarters[toks[i].Text]
	}
	return false
}

// canStart reports whether token i can begin a sentence.
func canStart(toks []token, i int) bool {
	t := toks[i]
	if !t.Space && t.Breaks == 0 {
		return false
	}
	switch {
	case t.capitalised(), t.Kind == tNum, isBullet(t):
		return true
	case t.Kind == tQuote && isOpening(toks, i):
		return true
	case t.Kind == tWord && (t.Text[0] == '@' || t.Text[0] == '#'):
		return true
	}
	return false
}

// isOpening and isClosing tell opening from closing quote marks.
func isOpening(toks []token, i int) bool {
	t := toks[i]
	switch t.Text {
	case "“", "‘", "«", "``", "‘‘", "„":
		return true
	case "»", "’’":
		return false
	}
	// straight quotes (and ’, ”): opening after space or an opening
	// bracket, when a word follows ("said: ”We will …”" typed with the
	// wrong curly mark)
	prevOK := i == 0 || t.Space || t.Breaks > 0 || toks[i-1].is("(", "[", "—", "-", "–") || toks[i-1].Kind == tQuote && isOpening(toks, i-1)
	nextOK := i+1 < len(toks) && !toks[i+1].Space && toks[i+1].Breaks == 0
	if t.Text == "”" {
		return prevOK && nextOK && toks[i+1].Kind != tPunct && toks[i+1].Kind != tQuote
	}
	// "said:"We will …", "said,"We will …": glued to the colon or comma
	// after a verb of saying
	if !prevOK && nextOK && i >= 2 && t.Text == "\"" && (toks[i-1].is(":") || toks[i-1].is(",") && attributionVerbs[toks[i-2].Low] && toks[i+1].capitalised()) {
		return true
	}
	return prevOK && nextOK && t.Text != "’"
}

func isClosing(toks []token, i int) bool {
	t := toks[i]
	if t.Kind != tQuote {
		return false
	}
	switch t.Text {
	case "“", "‘", "«", "``", "‘‘":
		return false
	case "”", "»", "’", "’’":
		return true
	}
	return !isOpening(toks, i)
}

// isLineBullet: a dash or star that starts a line ("- item").
func isLineBullet(t token) bool {
	return t.Breaks > 0 && t.Kind == tPunct && (t.Text == "-" || t.Text == "–" || t.Text == "—" || t.Text == "*")
}

// lowerWord is a token's text in lower case with curly apostrophes straight.
func lowerWord(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}
