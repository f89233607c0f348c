package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into the IRI-safe key of ONTOLOGY.md: lower case ASCII,
// runs of other characters become one "-". Accents are dropped first, so
// "António Guterres" and "Antonio Guterres" get the same slug.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			dash = false
		case r == '\'' || r == '’' || r == '.':
			// "Côte d'Ivoire", "U.S.": apostrophes and dots join, not split.
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// TextHash is the sha256 of an article's text, in hex.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// ArticleIRI mints the IRI of the article whose text has the given sha256.
func ArticleIRI(sha string) quad.IRI {
	return quad.IRI(IDNS + "article/" + sha[:16])
}

// SentenceIRI is the IRI of the n-th sentence (1-based) of an article.
func SentenceIRI(article quad.IRI, n int) quad.IRI {
	return quad.IRI(string(article) + "#s" + strconv.Itoa(n))
}

// PartIRI is the IRI of the n-th event, shipment, item or quotation of an
// article: kind is one of "event", "shipment", "item", "quote".
func PartIRI(article quad.IRI, kind string, n int) quad.IRI {
	return quad.IRI(string(article) + "/" + kind + "/" + strconv.Itoa(n))
}

// PersonIRI mints a person's IRI from the key of its name (see PersonKey).
func PersonIRI(name string) quad.IRI { return quad.IRI(IDNS + "person/" + PersonKey(name)) }

// CountryIRI mints a country's IRI from its ISO 3166-1 alpha-2 code.
func CountryIRI(code string) quad.IRI { return quad.IRI(IDNS + "country/" + strings.ToLower(code)) }

// GroupingIRI mints a grouping's IRI from its slug.
func GroupingIRI(slug string) quad.IRI { return quad.IRI(IDNS + "grouping/" + slug) }

// OfficeIRI mints an office's IRI from its jurisdiction key (a lower-case
// country code or a grouping slug) and its canonical title.
func OfficeIRI(jurisdiction, title string) quad.IRI {
	return quad.IRI(IDNS + "office/" + jurisdiction + "/" + Slug(title))
}

// PlaceIRI mints a city's IRI from its canonical name.
func PlaceIRI(name string) quad.IRI { return quad.IRI(IDNS + "place/" + Slug(name)) }

// TopicIRI mints a topic's IRI from its slug.
func TopicIRI(slug string) quad.IRI { return quad.IRI(IDNS + "topic/" + slug) }

// InitiativeIRI mints an initiative's IRI from its name.
func InitiativeIRI(name string) quad.IRI { return quad.IRI(IDNS + "initiative/" + Slug(name)) }

// PersonKey is the slug that identifies a person across articles: the name
// without honorifics, middle initials and generational suffixes, so that
// "Antony J. Blinken" and "Antony Blinken" are the same person. A leading
// initial stays ("S Jaishankar").
func PersonKey(name string) string {
	words := strings.Fields(name)
	var kept []string
	for i, w := range words {
		bare := strings.TrimSuffix(w, ".")
		if i > 0 && i < len(words)-1 && isInitial(bare) {
			continue
		}
		if i > 0 && i == len(words)-1 && isSuffix(bare) {
			continue
		}
		kept = append(kept, w)
	}
	return Slug(strings.Join(kept, " "))
}

func isInitial(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n == 1
}

func isSuffix(w string) bool {
	switch w {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}
