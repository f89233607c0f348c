package extract

import (
	"math"
	"strconv"
	"strings"
)

// Quantities as news writes them: Western and Indian digit grouping
// ("20,000", "1,50,000"), decimals with a scale word ("2.5 million"),
// number words ("two", "a dozen", "a million"), with a qualifier in front
// ("over", "more than", "nearly", "about", "up to").

// quantity is a number the text gives, on tokens [i, j).
type quantity struct {
	i, j      int
	value     float64
	qualifier string
}

// text is the value as an xsd:decimal.
func (q quantity) text() string {
	if q.value == math.Trunc(q.value) && math.Abs(q.value) < 1e18 {
		return strconv.FormatInt(int64(q.value), 10)
	}
	return strconv.FormatFloat(q.value, 'f', -1, 64)
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "hundred": 100, "thousand": 1000,
}

var scaleWords = map[string]float64{
	"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "billion": 1e9,
	"bn": 1e9, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
}

// qualifiers, longest first.
var qualifiers = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"up", "to"}, {"at", "least"},
	{"close", "to"}, {"as", "many", "as"}, {"in", "excess", "of"},
	{"over"}, {"nearly"}, {"about"}, {"around"}, {"approximately"}, {"almost"}, {"some"},
	{"roughly"}, {"approx."}, {"under"}, {"above"}, {"below"}, {"estimated"}, {"an", "estimated"},
}

var currency = map[string]bool{"$": true, "US$": true, "USD": true, "Rs": true, "Rs.": true, "INR": true,
	"₹": true, "€": true, "£": true, "¥": true, "EUR": true, "GBP": true}

// quantityAt reads a quantity starting at token i, within [i, end). It
// refuses money ("$23 million") and years.
func (d *doc) quantityAt(i, end int) (quantity, bool) {
	q := quantity{i: i}
	k := i
	for _, qual := range qualifiers {
		if k+len(qual) > end {
			continue
		}
		ok := true
		for n, w := range qual {
			if d.toks[k+n].Low != w {
				ok = false
				break
			}
		}
		if ok {
			q.qualifier = strings.Join(qual, " ")
			k += len(qual)
			break
		}
	}
	if k >= end || currency[d.toks[k].Text] || k > 0 && currency[d.toks[k-1].Text] {
		return q, false
	}
	v, n := d.numberAt(k, end)
	if n == 0 {
		return q, false
	}
	k += n
	if lo, j, ok := d.rangeTo(v, n, k, end); ok {
		v, k = lo, j
	}
	q.value, q.j = v, k
	if k < end && (d.toks[k].is("%", "percent", "per") || currency[d.toks[k].Text]) {
		return q, false
	}
	return q, true
}

// numberAt reads a number at token k: digits or words, with scale words;
// it returns the value and the tokens it took.
func (d *doc) numberAt(k, end int) (float64, int) {
	start := k
	var v float64
	t := d.toks[k]
	switch {
	case t.Kind == tNum:
		if _, isYear := yearNumber(t.Text); isYear && !strings.Contains(t.Text, ",") {
			if k+1 < end {
				if _, scale := scaleWords[d.toks[k+1].Low]; !scale && !d.nounFollows(k+1) {
					return 0, 0
				}
			}
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(t.Text, ",", ""), 64)
		if err != nil {
			return 0, 0
		}
		v = f
		k++
	case t.Low == "a" || t.Low == "an":
		if k+1 >= end {
			return 0, 0
		}
		w := d.toks[k+1].Low
		if s, ok := scaleWords[w]; ok && w != "hundred" || w == "dozen" {
			if w == "dozen" {
				s = 12
			}
			return s, 2
		}
		return 0, 0
	default:
		w := t.Low
		// "twenty-five"
		if a, b, ok := strings.Cut(w, "-"); ok && numberWords[a] >= 20 && numberWords[b] > 0 && numberWords[b] < 10 {
			v = numberWords[a] + numberWords[b]
		} else if n, ok := numberWords[w]; ok && w != "hundred" && w != "thousand" {
			v = n
		} else if lo, ok := numberRange(w); ok {
			v = lo // "18-20 tons": the first number, as for "over" or "nearly"
		} else {
			return 0, 0
		}
		k++
	}
	for k < end {
		s, ok := scaleWords[d.toks[k].Low]
		if !ok {
			break
		}
		v *= s
		k++
	}
	return v, k - start
}

// rangeTo reads the rest of a range written with "to" after the number v
// of n tokens that ends at k ("30 to 40 tonnes", "2 to 3 million doses"):
// the first number counts, as in "30-40 tonnes", with the scale of the
// second when it has none of its own. It returns that number and the
// index after the range.
func (d *doc) rangeTo(v float64, n, k, end int) (float64, int, bool) {
	if k+1 >= end || d.toks[k].Low != "to" {
		return 0, 0, false
	}
	hi, hn := d.numberAt(k+1, end)
	if hn == 0 {
		return 0, 0, false
	}
	if base, bn := d.numberAt(k+1, k+2); n == 1 && bn == 1 && base > 0 {
		v *= hi / base
	}
	if v >= hi {
		return 0, 0, false
	}
	return v, k + 1 + hn, true
}

// numberRange reads a range written as one word, "18-20" or "1,000-1,500",
// and returns its first number; a span of years ("2023-24") is no range.
func numberRange(w string) (float64, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		a, b, ok = strings.Cut(w, "–")
	}
	if !ok || a == "" || b == "" || !isNumber(a) || !isNumber(b) {
		return 0, false
	}
	lo, err1 := strconv.ParseFloat(strings.ReplaceAll(a, ",", ""), 64)
	hi, err2 := strconv.ParseFloat(strings.ReplaceAll(b, ",", ""), 64)
	if err1 != nil || err2 != nil || lo >= hi {
		return 0, false
	}
	if _, year := yearNumber(a); year && !strings.Contains(a, ",") {
		return 0, false
	}
	return lo, true
}

// nounFollows: the word at k is a lower-case word, as after a count.
func (d *doc) nounFollows(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	return t.Kind == tWord && !t.capitalised() && !d.toks[k].is("and", "or", "to", "in", "of", "on", "at", "for", "the")
}

// fusedUnit reads one token that joins a count and a unit: "450kgs",
// "25-tonne", "10mt". It returns the count (on token k alone) and the
// unit's lexicon row.
func (d *doc) fusedUnit(k int) (quantity, int, bool) {
	if k >= len(d.toks) {
		return quantity{}, 0, false
	}
	t := d.toks[k]
	if t.Kind != tWord || len(t.Low) < 2 || !isDigit(rune(t.Low[0])) {
		return quantity{}, 0, false
	}
	n := 0
	for n < len(t.Low) && (isDigit(rune(t.Low[n])) || t.Low[n] == ',' || t.Low[n] == '.') {
		n++
	}
	num, unit := t.Low[:n], strings.TrimPrefix(t.Low[n:], "-")
	if unit == "" || strings.HasSuffix(num, ".") || strings.HasSuffix(num, ",") {
		return quantity{}, 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return quantity{}, 0, false
	}
	ut := tokenize(unit)
	if len(ut) != 1 {
		return quantity{}, 0, false
	}
	for _, p := range d.x.terms.match(ut, 0) {
		if p.kind == kUnit && len(p.toks) == 1 {
			return quantity{i: k, j: k + 1, value: v}, p.ref, true
		}
	}
	return quantity{}, 0, false
}
