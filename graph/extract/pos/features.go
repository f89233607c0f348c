package pos

import (
	"unicode"
	"unicode/utf8"
)

// A feature is a 64-bit hash of a template number and the strings or tags
// it looks at. Training and tagging compute them with the same code, so a
// model is only a table from feature hashes to weights.

// info is what the features need of one token, computed once per token.
type info struct {
	exact, lower uint64    // the normalised word as written, and in lower case
	suf          [4]uint64 // its last 1..4 characters, lower case
	pre1         uint64    // its first character as written
	pre3         uint64    // its first three characters, lower case
	shape        uint64    // its shape: "Xx", "x", "d,d", "X.X."
	head         uint64    // a hyphenated word's last part, lower case (0: none)
	amb          uint64    // the tags the word had in training, a bit each (0: unknown); see Model.fill
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(h uint64, r rune) uint64 { return (h ^ uint64(r)) * fnvPrime }

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = fnv(h, r)
	}
	return h
}

// mix is splitmix64's finaliser: every bit of x moves every bit of the result.
func mix(x uint64) uint64 {
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// sentinels stand for the words before the first and after the last.
var (
	start1 = sentinel("-START-")
	start2 = sentinel("-START2-")
	end1   = sentinel("-END-")
	end2   = sentinel("-END2-")
)

func sentinel(s string) info {
	h := hashString(s)
	return info{exact: h, lower: h, suf: [4]uint64{h, h, h, h}, pre1: h, pre3: h, shape: h, amb: h}
}

var (
	hashDigits = hashString("!DIGITS")
	hashYear   = hashString("!YEAR")
)

// shapeClass is the class of a character in a word's shape.
func shapeClass(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'x'
	case r >= 'A' && r <= 'Z':
		return 'X'
	case r >= '0' && r <= '9':
		return 'd'
	case r < utf8.RuneSelf:
		return r
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return 'l' // a letter of a script without case
	case unicode.IsDigit(r):
		return 'd'
	}
	return '*'
}

// normRune maps the typography of edited news to the plain keyboard text of
// the web treebank: curly quotes and apostrophes straight, dashes "--", the
// ellipsis "...". It returns the rune and how many times it stands.
func normRune(r rune) (rune, int) {
	if r < utf8.RuneSelf {
		if r == '`' {
			return '\'', 1
		}
		return r, 1
	}
	switch r {
	case '’', '‘', '‛', '′', 'ʼ':
		return '\'', 1
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"', 1
	case '—', '–', '―':
		return '-', 2
	case '‑', '‐', '−':
		return '-', 1
	case '…':
		return '.', 3
	case '\u00a0':
		return ' ', 1
	}
	return r, 1
}

// longWord bounds the work done for one token: of a token longer than
// longWord bytes, only the first and the last longWord/2 bytes are read.
const longWord = 256

// asciiLower and asciiShape are the lower case and the shape class of the
// ASCII characters.
var asciiLower, asciiShape [128]byte

func init() {
	for c := range 128 {
		asciiLower[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			asciiLower[c] = byte(c + 'a' - 'A')
		}
		asciiShape[c] = byte(shapeClass(rune(c)))
	}
}

// infoOf computes a token's info. Most tokens are short plain ASCII: they
// take a fast path, with the same result as infoSlow's.
func infoOf(w string) info {
	if len(w) == 0 || len(w) > longWord || w == "''" {
		return infoSlow(w)
	}
	lower, shape, pre3 := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var prevClass byte
	classes, digits := 0, 0
	number, upper, hyphen := true, false, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '`' {
			return infoSlow(w)
		}
		lc := asciiLower[c]
		upper = upper || lc != c
		switch {
		case c >= '0' && c <= '9':
			digits++
		case (c == ',' || c == '.') && i > 0:
		default:
			number = false
		}
		if c == '-' && i > 0 {
			hyphen = true
		}
		if i < 3 {
			pre3 = fnv(pre3, rune(lc))
		}
		lower = fnv(lower, rune(lc))
		if sc := asciiShape[c]; sc != prevClass && classes < 8 {
			shape = fnv(shape, rune(sc))
			prevClass = sc
			classes++
		}
	}
	in := info{lower: lower, exact: lower, shape: shape, pre3: pre3, pre1: fnv(fnvOffset, rune(w[0]))}
	if upper {
		h := uint64(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = fnv(h, rune(w[i]))
		}
		in.exact = h
	}
	if number && digits > 0 {
		in.exact = hashDigits
		if digits == 4 && len(w) == 4 && (w[0] == '1' || w[0] == '2') {
			in.exact = hashYear
		}
		in.lower = in.exact
	}
	if hyphen {
		h := uint64(fnvOffset)
		for i := 1; i < len(w); i++ {
			if w[i] == '-' {
				h = fnvOffset
			} else {
				h = fnv(h, rune(asciiLower[w[i]]))
			}
		}
		if h != fnvOffset {
			in.head = h
		}
	}
	// the suffixes: the last 1..4 characters, and as in infoSlow, a word
	// shorter than 4 is taken as preceded by NULs
	var last [4]rune
	for k := 0; k < 4 && k < len(w); k++ {
		last[3-k] = rune(asciiLower[w[len(w)-1-k]])
	}
	for k := 0; k < 4; k++ {
		h := uint64(fnvOffset)
		for j := 3 - k; j < 4; j++ {
			h = fnv(h, last[j])
		}
		in.suf[k] = h
	}
	return in
}

// infoSlow computes a token's info in one pass over its characters.
func infoSlow(w string) info {
	var in info
	exact, lower := uint64(fnvOffset), uint64(fnvOffset)
	shape, pre3 := uint64(fnvOffset), uint64(fnvOffset)
	head := uint64(fnvOffset)
	hyphen := false
	var last [4]rune // the last four lower-case characters, last[3] the latest
	n := 0           // characters seen
	digits, number := 0, true
	var prevClass rune
	classes := 0
	if w == "''" || w == "``" {
		w = `"`
	}
	// a hostile token: its start and its end are enough
	a, b := len(w), len(w)
	if len(w) > longWord {
		a, b = longWord/2, len(w)-longWord/2
	}
	for seg := 0; seg < 2; seg++ {
		s := w[:a]
		if seg == 1 {
			s = w[b:]
		}
		for _, r0 := range s {
			r, times := normRune(r0)
			lr := r
			if r >= 'A' && r <= 'Z' {
				lr = r + 'a' - 'A'
			} else if r >= utf8.RuneSelf {
				lr = unicode.ToLower(r)
			}
			switch {
			case r >= '0' && r <= '9':
				digits++
			case (r == ',' || r == '.') && n > 0:
			default:
				number = false
			}
			if n == 0 {
				in.pre1 = fnv(fnvOffset, r)
			}
			for ; times > 0; times-- {
				if n < 3 {
					pre3 = fnv(pre3, lr)
				}
				exact = fnv(exact, r)
				lower = fnv(lower, lr)
				if r == '-' && n > 0 {
					hyphen = true
					head = fnvOffset
				} else {
					head = fnv(head, lr)
				}
				if c := shapeClass(r); c != prevClass && classes < 8 {
					shape = fnv(shape, c)
					prevClass = c
					classes++
				}
				last[0], last[1], last[2], last[3] = last[1], last[2], last[3], lr
				n++
			}
		}
	}
	if number && digits > 0 {
		exact = hashDigits
		if digits == 4 && len(w) == 4 && (w[0] == '1' || w[0] == '2') {
			exact = hashYear
		}
		lower = exact
	}
	in.exact, in.lower, in.shape, in.pre3 = exact, lower, shape, pre3
	if hyphen && head != fnvOffset {
		in.head = head
	}
	for k := 0; k < 4; k++ {
		h := uint64(fnvOffset)
		for j := 3 - k; j < 4; j++ {
			h = fnv(h, last[j])
		}
		in.suf[k] = h
	}
	return in
}

// The feature templates.
const (
	fBias uint64 = iota + 1
	fWord
	fExact
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre3
	fShape
	fShapeFirst
	fTag1
	fTag2
	fTag12
	fTag1Word
	fPrevWord
	fPrevSuf
	fPrev2Word
	fNextWord
	fNextSuf
	fNext2Word
	fNextShape
	fPrevShape
	fHead
	fWordNext
	fPrevWordWord
	fNextAmb
	fAmbNextAmb
	fPrevAmb
	fNext2Amb
	fDict   // the tag dictionary's key, not a feature
	fAmbKey // the ambiguity classes' key, not a feature
)

// maxFeatures is the most features one token has.
const maxFeatures = 32

func key1(t, a uint64) uint64    { return mix(a ^ t*0x9e3779b97f4a7c15) }
func key2(t, a, b uint64) uint64 { return mix(mix(a^t*0x9e3779b97f4a7c15) + b*0xd1b54a32d192ed03) }

// start1Tag and start2Tag stand for the tags of the tokens before the
// first; the tags of the tokens before are uint64(tag).
const (
	start1Tag = uint64(NumTags) + 1
	start2Tag = uint64(NumTags) + 2
)

// appendFeatures appends the features of token c, with p and pp the two
// tokens before it, n and nn the two after it, first whether it starts the
// sentence, and t1, t2 the tags given to the two before.
func appendFeatures(dst []uint64, c, p, pp, n, nn *info, first bool, t1, t2 uint64) []uint64 {
	var fst uint64
	if first {
		fst = 1
	}
	dst = append(dst,
		key1(fBias, 0),
		key1(fWord, c.lower),
		key1(fSuf1, c.suf[0]),
		key1(fSuf2, c.suf[1]),
		key1(fSuf3, c.suf[2]),
		key1(fSuf4, c.suf[3]),
		key1(fPre1, c.pre1),
		key1(fPre3, c.pre3),
		key1(fShape, c.shape),
		key2(fShapeFirst, c.shape, fst),
		key1(fTag1, t1),
		key1(fTag2, t2),
		key2(fTag12, t1, t2),
		key2(fTag1Word, t1, c.lower),
		key1(fPrevWord, p.lower),
		key1(fPrevSuf, p.suf[2]),
		key1(fPrev2Word, pp.lower),
		key1(fNextWord, n.lower),
		key1(fNextSuf, n.suf[2]),
		key1(fNext2Word, nn.lower),
		key1(fNextShape, n.shape),
		key1(fPrevShape, p.shape),
		key2(fWordNext, c.lower, n.lower),
		key2(fPrevWordWord, p.lower, c.lower),
		key1(fNextAmb, n.amb),
		key2(fAmbNextAmb, c.amb, n.amb),
		key1(fPrevAmb, p.amb),
		key1(fNext2Amb, nn.amb),
	)
	if c.exact != c.lower {
		dst = append(dst, key1(fExact, c.exact))
	}
	if c.head != 0 {
		dst = append(dst, key1(fHead, c.head))
	}
	return dst
}

// dictKey is the tag dictionary's key of a token.
func dictKey(c *info) uint64 { return key1(fDict, c.exact) }

// ambKey is the ambiguity classes' key of a token.
func ambKey(c *info) uint64 { return key1(fAmbKey, c.lower) }

// featureProbe is a sentence whose features fingerprint the feature code:
// a model file records the fingerprint of the code that trained it, and
// Load refuses a model whose features the code no longer computes.
var featureProbe = []string{"“", "Dr.", "Jane", "O’Brien", "'s", "anti-war", "COVID-19", "talks", "ended", "on",
	"3", "May", "2021", ",", "1,500", "tonnes", "—", "Genève", "東京", "don't", "''", "…", "."}

func featureFingerprint() uint64 {
	infos := make([]info, len(featureProbe))
	for i, w := range featureProbe {
		infos[i] = infoOf(w)
		infos[i].amb = uint64(i)
	}
	at := func(j int) *info {
		switch {
		case j == -1:
			return &start1
		case j < -1:
			return &start2
		case j == len(infos):
			return &end1
		case j > len(infos):
			return &end2
		}
		return &infos[j]
	}
	h := uint64(fnvOffset)
	var fs []uint64
	for i := range infos {
		c := &infos[i]
		fs = appendFeatures(fs[:0], c, at(i-1), at(i-2), at(i+1), at(i+2), i == 0, uint64(i%NumTags), start1Tag)
		fs = append(fs, dictKey(c), ambKey(c))
		for _, f := range fs {
			h = mix(h ^ f)
		}
	}
	return h
}
