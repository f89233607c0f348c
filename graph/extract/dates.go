package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
	"github.com/newsgraph/newsgraph/schema"
)

// Dates are as precise as the text allows and resolved against the
// article's date: a weekday is the latest such day up to the article's date
// (or the next one, when the sentence speaks of the future), "last year" is
// the year before, "in June" is June of the year the tense points to. What
// cannot be fixed is left out, never guessed.

// dateExpr is a date the text gives, on tokens [i, j).
type dateExpr struct {
	i, j  int
	value string   // "2021-05-28", "2021-05", "2021"
	typ   quad.IRI // xsd:date, xsd:gYearMonth or xsd:gYear
}

func (e dateExpr) literal() quad.Value { return schema.Typed(e.value, e.typ) }

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "jan.": 1, "feb": 2, "feb.": 2, "mar": 3, "mar.": 3, "apr": 4, "apr.": 4, "jun": 6, "jun.": 6,
	"jul": 7, "jul.": 7,
	"aug": 8, "aug.": 8, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "oct": 10, "oct.": 10,
	"nov": 11, "nov.": 11, "dec": 12, "dec.": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// futureWords mark a sentence (or clause) that speaks of what is to come.
var futureWords = map[string]bool{"will": true, "shall": true, "slated": true, "due": true,
	"plans": true, "planned": true, "upcoming": true, "scheduled": true, "expected": true, "next": true,
	"'ll": true, "going": true, "would": true}

// futureAt: the word at k speaks of what is to come. "next" does so of a
// time or an occasion ("next week", "next Monday", "the next summit"), not
// of a rank ("to the next level", "the next generation").
func (d *doc) futureAt(k int) bool {
	if !futureWords[d.toks[k].Low] {
		return false
	}
	if !d.toks[k].is("next", "Next") || k+1 >= len(d.toks) {
		return true
	}
	n := d.toks[k+1]
	return calendarWord(n) || timeNouns[strings.TrimSuffix(n.Low, "s")] || n.is("few", "couple") ||
		d.ew(k+1)&(evMeetNoun|evSummitNoun|evVisitNoun|evCallNoun|evBackref) != 0
}

// monthOf reads a month name token: capitalised ("May") or any case for
// unambiguous full names.
func monthOf(t token) (time.Month, bool) {
	if !t.capitalised() {
		return 0, false
	}
	m, ok := months[t.Low]
	return m, ok
}

// partOfMonth reads a month written with the part of it: "mid-June",
// "early-May", "late-March".
func partOfMonth(w string) (time.Month, bool) {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !(strings.EqualFold(p, "mid") || strings.EqualFold(p, "early") || strings.EqualFold(p, "late")) {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return 0, false
	}
	m, ok := months[strings.ToLower(rest)]
	return m, ok
}

// calendarWord: a month's or a weekday's name.
func calendarWord(t token) bool {
	_, month := monthOf(t)
	return month || isWeekday(t.Low)
}

func dayNumber(s string) (int, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "th"), "st"), "nd"), "rd")
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

func yearNumber(s string) (int, bool) {
	if len(s) != 4 || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && len(s) == 4 && n >= 1800 && n <= 2200
}

// future reports whether the words before token i in its sentence speak
// of the future; a verb of saying between ends the clause that does
// ("Germany would …, Merkel said on Tuesday after talks").
func (d *doc) future(start, i int) bool {
	for k := i - 1; k >= start; k-- {
		if k < len(d.quoted) && d.quoted[k] {
			continue // the words of a quote have their own tense
		}
		w := d.toks[k].Low
		if d.futureAt(k) {
			return true
		}
		if w == "to" && k+2 < len(d.toks) && d.toks[k+1].is("be") {
			return true // "to be held"
		}
		if w == "to" && k > start && d.toks[k-1].is("is", "are") && k+1 < i && d.tag(k+1) == pos.VERB {
			return true // "X is to visit Y on Friday", "is to welcome"
		}
		if w == "to" && k > start && d.toks[k-1].is("agreed", "agree", "agrees", "decided", "decide", "decides") {
			return true // "agreed to meet again in September": after the agreement
		}
		if w == "forward" && k > start && k+1 < i && d.toks[k+1].is("to") && d.toks[k-1].is("look", "looks", "looked", "looking") {
			return true // "looked forward to the President's visit in July": it is to come
		}
		if w == "ahead" && k+1 < i && d.toks[k+1].is("of") && i-k <= 4 {
			return true // "ahead of the April 3-4 summit": it is to come
		}
		// "invited X to visit the US in July", "hopes to travel in
		// March": what is invited, hoped or intended is to come
		if w == "to" && k > start && k+1 < i {
			for b := k - 1; b >= start && b >= k-10; b-- {
				if d.toks[b].is("invited", "invites", "invite", "inviting", "hopes", "hope", "hoped", "intends", "intend", "intended") {
					return true
				}
				if d.toks[b].is(",", ";", "to") {
					break
				}
			}
		}
		if attributionVerbs[d.toks[k].Text] && k+1 < i && !d.toks[k+1].is("that", "he", "she", "they", "it") {
			return false
		}
	}
	return false
}

// wouldBefore: the nearest word of the future before i in its sentence
// is "would" or a plan in the past tense ("was scheduled to", "were
// expected to"): the future seen from a past day.
func (d *doc) wouldBefore(sstart, i int) bool {
	for k := i - 1; k >= sstart; k-- {
		if d.futureAt(k) {
			p := k - 1
			if p >= sstart && d.toks[p].is("also", "originally", "initially") {
				p--
			}
			return d.toks[k].is("would") || p >= sstart && d.toks[p].is("was", "were") && d.toks[k].is("scheduled", "expected", "due", "slated", "planned")
		}
	}
	return false
}

// weekdayAhead: the clause of a weekday at i speaks of the future: "will
// travel on Friday", "On Sunday, Scholz will travel", not "said on
// Tuesday that it would".
func (d *doc) weekdayAhead(sstart, send, i int) bool {
	for k := i - 1; k >= sstart && k >= i-4; k-- {
		w := d.toks[k].Text
		if k > sstart && d.toks[k-1].is("be") {
			continue // "to be held in June", "will be visited on Friday"
		}
		if attributionVerbs[w] || w == "met" || w == "held" || w == "arrived" || w == "visited" {
			return false // "said on Tuesday"
		}
		if d.toks[k].is("was", "were", "had") {
			return false // "was sent on Monday and more would follow", "was scheduled to arrive Monday"
		}
		// "… will be a launch near the hall where leaders started gathering
		// on Monday": a verb in the past tense
		if t := d.toks[k]; t.Kind == tWord && !t.capitalised() && strings.HasSuffix(t.Low, "ed") && d.mat(k) == nil && d.tag(k) == pos.VERB &&
			!(k > sstart && d.toks[k-1].is("be", "been", "being", "is", "are", "was", "were", "to", "will", "would", "'ll")) {
			return false
		}
		// "Then X spends Friday to Sunday at the summit", "X heads to Y on
		// Monday": the present of a schedule is ahead
		if t := d.toks[k]; t.Kind == tWord && !t.capitalised() && strings.HasSuffix(t.Low, "s") && !strings.HasSuffix(t.Low, "ss") && d.mat(k) == nil &&
			d.tag(k) == pos.VERB && !t.is("is", "was", "has", "does") && k > sstart && d.personEndsAt(k-1) {
			return true
		}
	}
	if d.future(sstart, i) {
		return true
	}
	for k := i + 1; k < send; k++ {
		if attributionVerbs[d.toks[k].Text] {
			return false
		}
		if d.futureAt(k) {
			return true
		}
		// the clause's verb: "On Thursday, X met Y to discuss …, as Z
		// prepares for next year" is past; "is to travel" is ahead
		if d.toks[k].Kind == tWord && !d.toks[k].capitalised() && d.mat(k) == nil && d.tag(k) == pos.VERB {
			if d.toks[k-1].is("to") {
				if d.toks[k-2].is("is", "are") {
					return true
				}
				continue
			}
			if k+1 < send && d.toks[k+1].is("by") && (d.tag(k-1) == pos.NOUN || d.tag(k-1) == pos.PROPN) {
				continue // "On Friday, during a meeting chaired by X, they will …": a participle on a noun
			}
			return false
		}
	}
	return false
}

// datesIn finds the dates the text gives in tokens [start, end) of one
// sentence, resolved against the article's date.
func (d *doc) datesIn(start, end int) []dateExpr {
	key := [2]int{start, end}
	if ds, ok := d.dateCache[key]; ok {
		return ds
	}
	ds := d.findDates(start, end)
	if d.dateCache == nil {
		d.dateCache = map[[2]int][]dateExpr{}
	}
	d.dateCache[key] = ds
	return ds
}

func (d *doc) findDates(start, end int) []dateExpr {
	var out []dateExpr
	art, known := d.a.Date, d.a.HasDate()
	// the sentence's tense: "On Sunday, Scholz will travel" is ahead
	sstart, send := d.bounds(d.sentOf[start])
	for i := start; i < end; i++ {
		t := d.toks[i]
		low := t.Low
		// Month [day][-day][,] [year]; "mid-June" [year]: the month
		m, ok := monthOf(t)
		part := false
		if !ok {
			m, ok = partOfMonth(t.Text)
			part = ok
		}
		if ok {
			j := i + 1
			day, year := 0, 0
			if j < end && !part {
				dt := d.toks[j].Text
				if k := strings.IndexAny(dt, "-–"); k > 0 {
					dt = dt[:k] // "3-5": the start
				}
				if n, ok := dayNumber(dt); ok {
					day = n
					j++
					if j+1 < end && d.toks[j].is("-", "–", "to") {
						if _, ok := dayNumber(d.toks[j+1].Text); ok {
							j += 2
						}
					}
				}
			}
			k := j
			if k < end && d.toks[k].is(",") {
				k++
			}
			if k < end {
				if y, ok := yearNumber(d.toks[k].Text); ok {
					year, j = y, k+1
				}
			}
			if day == 0 && year == 0 && !part && !(i > start && d.toks[i-1].is("in", "In", "of", "since", "by", "until", "during", "from", "early", "late", "mid", "mid-")) {
				if m == time.May || !(i > start && d.toks[i-1].is("this", "last", "next")) {
					continue // "May" the verb, or a month with nothing to fix it
				}
			}
			// "in June last year", "in March next year", "in December of
			// last year"
			of := 0
			if j+2 < end && d.toks[j].is("of") {
				of = 1
			}
			if year == 0 && known && j+of+1 < end && d.toks[j+of].is("last", "this", "next") && d.toks[j+of+1].is("year") {
				year = art.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[d.toks[j+of].Low]
				j += of + 2
			}
			if year == 0 {
				if !known {
					continue
				}
				year = resolveYear(art, m, d.weekdayAhead(sstart, send, i), i > start && d.toks[i-1].is("last"), i > start && d.toks[i-1].is("next"))
				if i > start && d.toks[i-1].is("this") {
					year = art.Year() // "in Kazan this October": of the article's year, past or ahead
				}
				if day > 0 && i > start && d.toks[i-1].is("for", "to", "until", "till") {
					year = daysAhead(art, year, m, day)
				}
			}
			if day > 0 {
				if !validDay(year, m, day) {
					continue
				}
				out = append(out, dateExpr{i, j, fmt.Sprintf("%04d-%02d-%02d", year, m, day), schema.XSDDate})
			} else {
				out = append(out, dateExpr{i, j, fmt.Sprintf("%04d-%02d", year, m), schema.XSDGYearMonth})
			}
			i = j - 1
			continue
		}
		// day Month [year]: "3 May", "26 May 2021", and a range's first
		// day: "8-9 June", "16 and 17 May", "Wednesday 16 and Thursday 17 November"
		if n, mi, ok := d.dayBeforeMonth(i, end); ok {
			if m, ok := monthOf(d.toks[mi]); ok {
				j := mi + 1
				year := 0
				y := j
				if y+1 < end && d.toks[y].is(",") {
					y++
				}
				if y < end {
					if yr, ok := yearNumber(d.toks[y].Text); ok {
						year, j = yr, y+1
					}
				}
				if year == 0 && known {
					year = resolveYear(art, m, d.weekdayAhead(sstart, send, i), false, false)
					if i > start && d.toks[i-1].is("for", "to", "until", "till") {
						year = daysAhead(art, year, m, n)
					}
				}
				if year != 0 && validDay(year, m, n) {
					out = append(out, dateExpr{i, j, fmt.Sprintf("%04d-%02d-%02d", year, m, n), schema.XSDDate})
					i = j - 1
					continue
				}
			}
		}
		if !known {
			// a bare year still says something: "in 2004"
			if y, ok := yearNumber(t.Text); ok && i > start && d.toks[i-1].is("in", "In", "of", "since", "during", "by") {
				out = append(out, dateExpr{i, i + 1, fmt.Sprintf("%04d", y), schema.XSDGYear})
			}
			continue
		}
		switch {
		case weekdays[low] != 0 || low == "sunday":
			if !t.capitalised() || d.dateFollows(i+1, end) {
				continue // "Wednesday 16 November", "Friday, May 7": the date says it
			}
			wd := weekdays[low]
			from := i
			var back int
			switch {
			case i > start && d.toks[i-1].is("next", "Next"):
				// "next Monday": after the article's day, never on it
				back, from = -((int(wd)-int(art.Weekday())+6)%7 + 1), i-1
			case i > start && d.toks[i-1].is("last", "Last") && !(i-1 > start && d.toks[i-2].is("the")):
				back, from = (int(art.Weekday())-int(wd)+6)%7+1, i-1
			case d.weekdayAhead(sstart, send, i):
				back = -((int(wd) - int(art.Weekday()) + 7) % 7)
				if back < -3 && (d.wouldBefore(sstart, i) || i > start && d.toks[i-1].is("later", "Later")) {
					// "would arrive on Friday night" in a Saturday
					// paper, "is to land later Tuesday" in a Wednesday
					// one: the future of the day it was written, the
					// nearer weekday
					back += 7
				}
			default:
				back = (int(art.Weekday()) - int(wd) + 7) % 7
			}
			j := i + 1
			// "Friday to Sunday", "Monday through Wednesday": one span, of
			// its first day; in the past it ended by the article's day
			if i+2 < end && d.toks[i+1].is("to", "through", "until", "-", "–") && d.toks[i+2].capitalised() {
				if wd2, ok := weekdays[d.toks[i+2].Low]; ok || d.toks[i+2].Low == "sunday" {
					span := (int(wd2) - int(wd) + 7) % 7
					if back > 0 && !(i > start && d.toks[i-1].is("last", "Last")) {
						back = (int(art.Weekday())-int(wd2)+7)%7 + span
					}
					j = i + 3
				}
			}
			day := art.AddDate(0, 0, -back)
			if dd, n, ok := dayInBrackets(d.toks, i+1, end, art, wd, back >= 0); ok {
				day, j = dd, n
			}
			out = append(out, dateExpr{from, j, day.Format("2006-01-02"), schema.XSDDate})
			i = j - 1
		case low == "today" || low == "tonight":
			if i+1 < end && d.toks[i+1].is(",") && d.dateFollows(i+1, end) {
				continue // "held its session today, 22 June 2025": the date says which day
			}
			out = append(out, dateExpr{i, i + 1, art.Format("2006-01-02"), schema.XSDDate})
		case low == "yesterday":
			out = append(out, dateExpr{i, i + 1, art.AddDate(0, 0, -1).Format("2006-01-02"), schema.XSDDate})
		case i+2 < end && d.toks[i+1].is("days", "day") && d.toks[i+2].is("ago") && daysAgo(t) > 0:
			// "two days ago", "3 days ago", "a day ago"
			out = append(out, dateExpr{i, i + 3, art.AddDate(0, 0, -daysAgo(t)).Format("2006-01-02"), schema.XSDDate})
			i += 2
		case low == "last" && i+1 < end && d.toks[i+1].is("night", "evening"):
			out = append(out, dateExpr{i, i + 2, art.AddDate(0, 0, -1).Format("2006-01-02"), schema.XSDDate})
			i++
		case low == "this" && i+1 < end && d.toks[i+1].is("morning", "afternoon", "evening"):
			out = append(out, dateExpr{i, i + 2, art.Format("2006-01-02"), schema.XSDDate})
			i++
		case low == "tomorrow":
			out = append(out, dateExpr{i, i + 1, art.AddDate(0, 0, 1).Format("2006-01-02"), schema.XSDDate})
		case (low == "last" || low == "this" || low == "next") && i+1 < end && d.toks[i+1].is("year", "month"):
			j := i + 2
			if d.toks[i+1].is("year") {
				y := art.Year() + map[string]int{"last": -1, "this": 0, "next": 1}[low]
				out = append(out, dateExpr{i, j, fmt.Sprintf("%04d", y), schema.XSDGYear})
			} else {
				m := time.Date(art.Year(), art.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, map[string]int{"last": -1, "this": 0, "next": 1}[low], 0)
				out = append(out, dateExpr{i, j, m.Format("2006-01"), schema.XSDGYearMonth})
			}
			i = j - 1
		case len(low) == 10 && isoDate.MatchString(low):
			// "on 2021-06-05": the date as ISO 8601 writes it
			if tm, err := time.Parse("2006-01-02", low); err == nil {
				out = append(out, dateExpr{i, i + 1, tm.Format("2006-01-02"), schema.XSDDate})
			}
		default:
			if y, ok := yearNumber(t.Text); ok && i > start && d.toks[i-1].is("in", "In", "of", "since", "during", "by") {
				out = append(out, dateExpr{i, i + 1, fmt.Sprintf("%04d", y), schema.XSDGYear})
			}
		}
	}
	return out
}

// dayBeforeMonth reads the day of "3 May", or the first day of a range
// before its month ("8-9 June", "16 and 17 May", "16 to 18 May",
// "Wednesday 16 and Thursday 17 November"); it returns the day and the
// index of the month's token.
func (d *doc) dayBeforeMonth(i, end int) (int, int, bool) {
	t := d.toks[i]
	text := t.Text
	ranged := false
	if k := strings.IndexAny(text, "-–"); k > 0 && t.Kind == tWord {
		_, size := utf8.DecodeRuneInString(text[k:])
		if _, ok := dayNumber(text[k+size:]); !ok {
			return 0, 0, false
		}
		text, ranged = text[:k], true
	} else if t.Kind != tNum && !(t.Kind == tWord && len(text) > 2 && isDigitByte(text[0]) && !isDigitByte(text[len(text)-1])) {
		return 0, 0, false // a number, or an ordinal day: "23rd"
	}
	n, ok := dayNumber(text)
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	// "the 5th of June": an ordinal day, "of", the month
	if !ranged && t.Kind == tWord && j+1 < end && d.toks[j].is("of") {
		if _, ok := monthOf(d.toks[j+1]); ok {
			return n, j + 1, true
		}
	}
	if !ranged && j+1 < end && d.toks[j].is("-", "–", "to", "and") {
		q := j + 1
		if weekdays[d.toks[q].Low] != 0 || d.toks[q].Low == "sunday" {
			q++
		}
		if q < end && d.toks[q].Kind == tNum {
			if _, ok := dayNumber(d.toks[q].Text); ok {
				j = q + 1
			}
		}
	}
	if j >= end {
		return 0, 0, false
	}
	return n, j, true
}

// dateFollows: a day and month, or a month, start at k (after a comma).
func (d *doc) dateFollows(k, end int) bool {
	if k < end && d.toks[k].is(",") {
		k++
	}
	if k >= end {
		return false
	}
	if _, ok := monthOf(d.toks[k]); ok {
		return true
	}
	if _, mi, ok := d.dayBeforeMonth(k, end); ok {
		_, ok := monthOf(d.toks[mi])
		return ok
	}
	return false
}

// anaphoricDate is the date "that day", "the same day", "earlier in the
// day", "the next day",
// "the following day" or "the day before" in [start, end) stand for: the
// last full date the article gave before, moved by a day where the words
// say so.
func (d *doc) anaphoricDate(start, end int) *dateExpr {
	shift, found := 0, false
	for k := start; k+1 < end; k++ {
		switch {
		case d.toks[k].is("that", "same") && d.toks[k+1].is("day", "afternoon", "evening", "morning"):
			found = true
		case d.toks[k].is("earlier", "Earlier", "later", "Later") && k+3 < end && d.toks[k+1].is("in") && d.toks[k+2].is("the") && d.toks[k+3].is("day"):
			found = true // "earlier in the day"
		case d.toks[k].is("in", "In") && k+2 < end && d.toks[k+1].is("the") && d.toks[k+2].is("evening", "afternoon") && (k+3 >= end || !d.toks[k+3].is("of")):
			found = true // "also called on X in the evening": the day told
		case d.toks[k].is("next", "following") && d.toks[k+1].is("day"):
			found, shift = true, 1
		case d.toks[k].is("day") && d.toks[k+1].is("before") && k > start && d.toks[k-1].is("the"):
			found, shift = true, -1
		case d.toks[k].is("previous") && d.toks[k+1].is("day") && k > start && d.toks[k-1].is("the"):
			found, shift = true, -1 // "the previous day"
		case d.toks[k].is("day") && d.toks[k+1].is("earlier", "later") && k > start && d.toks[k-1].is("a", "one"):
			found, shift = true, map[string]int{"earlier": -1, "later": 1}[d.toks[k+1].Low] // "a day earlier"
		case d.toks[k].is("day") && d.toks[k+1].is("after") && k > start && d.toks[k-1].is("the") && (k+2 >= end || !d.toks[k+2].capitalised()):
			found, shift = true, 1 // "the day after"
		}
	}
	if !found {
		return nil
	}
	for si := d.sentOf[start]; si >= 0 && si >= d.sentOf[start]-4; si-- {
		s, e := d.bounds(si)
		if si == d.sentOf[start] {
			e = start
		}
		ds := d.actDates(s, e)
		for n := len(ds) - 1; n >= 0; n-- {
			if ds[n].typ != schema.XSDDate {
				continue
			}
			t, err := time.Parse("2006-01-02", ds[n].value)
			if err != nil {
				continue
			}
			out := ds[n]
			out.value = t.AddDate(0, 0, shift).Format("2006-01-02")
			return &out
		}
	}
	// further back: the day of the last event told, else the last day
	// the story gives ("President X on Tuesday received …" and,
	// paragraphs later, "Later in the day, Y held talks with Z")
	for n := len(d.events) - 1; n >= 0 && n >= len(d.events)-16; n-- {
		if e := d.events[n].root(); e.date != nil && e.date.typ == schema.XSDDate && e.status == "held" && e.sent < d.sentOf[start] {
			t, err := time.Parse("2006-01-02", e.date.value)
			if err != nil {
				return nil
			}
			out := *e.date
			out.value = t.AddDate(0, 0, shift).Format("2006-01-02")
			return &out
		}
	}
	for si := d.sentOf[start] - 5; si >= 0 && si >= d.sentOf[start]-16; si-- {
		ds := d.actDates(d.bounds(si))
		for n := len(ds) - 1; n >= 0; n-- {
			if t, err := time.Parse("2006-01-02", ds[n].value); err == nil && ds[n].typ == schema.XSDDate {
				out := ds[n]
				out.value = t.AddDate(0, 0, shift).Format("2006-01-02")
				return &out
			}
		}
	}
	return nil
}

// ofSaying: the date tells when something was said ("said on
// Tuesday", "told reporters on Monday"), not when the act took place.
func (d *doc) ofSaying(e dateExpr) bool {
	start, _ := d.bounds(d.sentOf[e.i])
	k := e.i - 1
	if k >= start && d.toks[k].is("on", "late", "early") {
		k--
	}
	for q := k; q >= start && q >= k-2; q-- {
		if attributionVerbs[d.toks[q].Text] || d.toks[q].is("reporters", "journalists") {
			return true
		}
	}
	return false
}

// actDates are the dates of [start, end) that can date an act.
func (d *doc) actDates(start, end int) []dateExpr {
	var out []dateExpr
	for _, e := range d.datesIn(start, end) {
		if !d.ofSaying(e) && e.i >= d.datelineEnd {
			out = append(out, e)
		}
	}
	return out
}

// resolveYear is the year of a month the text names without one.
func resolveYear(art time.Time, m time.Month, future, last, next bool) int {
	y := art.Year()
	switch {
	case last:
		if m >= art.Month() {
			y--
		}
	case next:
		if m <= art.Month() {
			y++
		}
	case future && m < art.Month():
		y++
	case !future && m > art.Month():
		y--
	}
	return y
}

// daysAhead keeps the article's year for a day a few weeks after the
// article's date that a past verb sets a plan for ("the meeting, originally
// planned for December 1, has been postponed to December 5" in a
// late-November story): a plan, not the same day of the year before ("met
// on July 5" in a June story is last year's).
func daysAhead(art time.Time, y int, m time.Month, day int) int {
	if y != art.Year()-1 {
		return y
	}
	t := time.Date(art.Year(), m, day, 0, 0, 0, 0, time.UTC)
	if t.After(art) && t.Sub(art) <= 31*24*time.Hour {
		return art.Year()
	}
	return y
}

func validDay(y int, m time.Month, day int) bool {
	t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
	return t.Month() == m && t.Day() == day
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// daysAgo is the count of "two days ago": 1 to 31, else 0.
func daysAgo(t token) int {
	n := 0
	switch {
	case t.Low == "a" || t.Low == "one":
		n = 1
	case t.Kind == tNum:
		n, _ = strconv.Atoi(t.Text)
	default:
		n = int(numberWords[t.Low])
	}
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// dayInBrackets reads the day of the month that a weekday has after it in
// brackets ("arrived on Sunday (26) evening", as South Asian papers write
// it) at k: the day of that weekday and number nearest the article's date,
// before it for a past act (or after it for a coming one), within five
// weeks. It returns the day and the index after ")".
func dayInBrackets(toks []token, k, end int, art time.Time, wd time.Weekday, past bool) (time.Time, int, bool) {
	if k+2 >= end || !toks[k].is("(") || !toks[k+2].is(")") {
		return time.Time{}, 0, false
	}
	n, ok := dayNumber(toks[k+1].Text)
	if !ok {
		return time.Time{}, 0, false
	}
	step := -1
	if !past {
		step = 1
	}
	for back := 0; back <= 35; back++ {
		day := art.AddDate(0, 0, step*back)
		if day.Weekday() == wd && day.Day() == n {
			return day, k + 3, true
		}
	}
	return time.Time{}, 0, false
}

// dateComma: the comma at q stands inside a date, between its day and
// its year ("January 1, 2015").
func (d *doc) dateComma(q int) bool {
	if q < 2 || q+1 >= len(d.toks) {
		return false
	}
	_, day := dayNumber(d.toks[q-1].Text)
	_, month := monthOf(d.toks[q-2])
	_, year := yearNumber(d.toks[q+1].Text)
	return day && month && year
}
