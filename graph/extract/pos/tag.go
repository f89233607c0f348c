package pos

// Tag is a Universal Dependencies part-of-speech tag (UPOS). The zero Tag
// is X, "other": what the tagger says of nothing it knows better.
type Tag uint8

// The seventeen UPOS tags (universaldependencies.org/u/pos/).
const (
	X     Tag = iota // other: foreign words, typos, unanalysable
	ADJ              // adjective: big, Indian, first
	ADP              // adposition: in, of, to (as a preposition)
	ADV              // adverb: very, also, not, here
	AUX              // auxiliary: is, has, will, can, do (as helpers and copula)
	CCONJ            // coordinating conjunction: and, or, but
	DET              // determiner: the, a, this, every
	INTJ             // interjection: yes, oh
	NOUN             // common noun: vaccine, minister, talks
	NUM              // numeral: 5, 1,000, two
	PART             // particle: possessive 's, infinitive to, not
	PRON             // pronoun: he, it, who, its
	PROPN            // proper noun: India, Modi, Reuters
	PUNCT            // punctuation
	SCONJ            // subordinating conjunction: that, if, while
	SYM              // symbol: $, %, +
	VERB             // verb: said, visit, arrived

	// NumTags is the number of tags.
	NumTags = int(VERB) + 1
)

var tagNames = [NumTags]string{"X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"}

// String is the tag's UPOS name, "NOUN".
func (t Tag) String() string {
	if int(t) < NumTags {
		return tagNames[t]
	}
	return "Tag(?)"
}

// ParseTag is the tag of a UPOS name; ok is false for an unknown name.
func ParseTag(s string) (t Tag, ok bool) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), true
		}
	}
	return X, false
}

// Noun reports whether t is a noun, common or proper.
func (t Tag) Noun() bool { return t == NOUN || t == PROPN }

// Verbal reports whether t is a verb or an auxiliary.
func (t Tag) Verbal() bool { return t == VERB || t == AUX }
