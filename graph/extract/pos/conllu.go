package pos

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadCoNLLU reads the sentences of a CoNLL-U file (universaldependencies.org
// /format.html) with their UPOS tags, as tokens split the way the
// extractor splits text (graph/extract/text.go), which differs from the
// treebank's syntactic words in two ways:
//
//   - A multiword token ("don't" = do + n't, "I'm", "cannot", "gonna") is one
//     token, with the tag of its first word (AUX, PRON, AUX, VERB), except a
//     possessive or contracted "'s" ("China's", "it's"), which the extractor
//     splits off as the treebank does.
//   - A word the treebank splits at a hyphen ("al - Ani", "four - day") is
//     one token, "al-Ani", with the tag of its last part, the head, except
//     that a noun with a number ("F - 102") stays a noun.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var words []cword
	var mwts []mwt
	line := 0
	flush := func() {
		if len(words) > 0 {
			out = append(out, align(words, mwts))
		}
		words, mwts = words[:0], mwts[:0]
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		if l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("line %d: %d fields, not 10", line, len(f))
		}
		space := !strings.Contains(f[9], "SpaceAfter=No")
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			from, err1 := strconv.Atoi(a)
			to, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || to <= from {
				return nil, fmt.Errorf("line %d: bad range %q", line, f[0])
			}
			mwts = append(mwts, mwt{from, to, f[1], space})
			continue
		}
		if strings.Contains(f[0], ".") {
			continue // an empty node of the enhanced graph
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: bad id %q", line, f[0])
		}
		tag, ok := ParseTag(f[3])
		if !ok {
			return nil, fmt.Errorf("line %d: unknown UPOS %q", line, f[3])
		}
		words = append(words, cword{id, f[1], tag, space})
	}
	flush()
	return out, sc.Err()
}

type cword struct {
	id    int
	form  string
	tag   Tag
	space bool // whitespace after it
}

type mwt struct {
	from, to int
	form     string
	space    bool
}

func align(words []cword, mwts []mwt) Sentence {
	var toks []cword
	for i := 0; i < len(words); i++ {
		w := words[i]
		var m *mwt
		for j := range mwts {
			if mwts[j].from == w.id {
				m = &mwts[j]
			}
		}
		if m == nil {
			toks = append(toks, w)
			continue
		}
		n := m.to - m.from + 1
		if i+n > len(words) {
			n = len(words) - i
		}
		parts := words[i : i+n]
		i += n - 1
		last := parts[len(parts)-1]
		if len(parts) == 2 && isApostropheS(last.form) && len(m.form) > len(last.form) && isApostropheS(m.form[len(m.form)-len(last.form):]) {
			first := parts[0]
			first.space = false
			last.space = m.space
			toks = append(toks, first, last)
			continue
		}
		toks = append(toks, cword{w.id, m.form, parts[0].tag, m.space})
	}
	// join hyphenated words
	var joined []cword
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if k := len(joined); k > 0 && (t.form == "-" || t.form == "‑") && !joined[k-1].space && !t.space &&
			i+1 < len(toks) && endsAlnum(joined[k-1].form) && startsAlnum(toks[i+1].form) {
			prev, next := joined[k-1], toks[i+1]
			tag := next.tag
			if tag == NUM && prev.tag.Noun() {
				tag = prev.tag // "F-102", "COVID-19": a name with a number
			}
			joined[k-1] = cword{prev.id, prev.form + t.form + next.form, tag, next.space}
			i++
			continue
		}
		joined = append(joined, t)
	}
	s := Sentence{Words: make([]string, len(joined)), Tags: make([]Tag, len(joined))}
	for i, t := range joined {
		s.Words[i], s.Tags[i] = t.form, t.tag
	}
	return s
}

func isApostropheS(s string) bool {
	return s == "'s" || s == "'S" || s == "’s" || s == "’S"
}

func endsAlnum(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func startsAlnum(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
