package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxArticleSize is the default limit on one article's size in bytes.
const MaxArticleSize = 10 << 20

// Article is one news text and what its header says about it.
type Article struct {
	Source string    // the url, else the .jsonl id, else FileSource of the file; "" for none (stdin)
	Origin string    // where it was read: "path" or "path:line", for messages
	Date   time.Time // publication date; zero when the input gives none
	Title  string
	URL    string
	Text   string // the text as read, after the header; offsets point into it
}

// HasDate reports whether the article's publication date is known.
func (a Article) HasDate() bool { return !a.Date.IsZero() }

// InputError is bad input: it names where (file, line or byte offset).
type InputError struct {
	Origin string
	Msg    string
}

func (e *InputError) Error() string { return e.Origin + ": " + e.Msg }

func inputErr(origin, format string, args ...any) error {
	return &InputError{Origin: origin, Msg: fmt.Sprintf(format, args...)}
}

var (
	headerLine  = regexp.MustCompile(`^([a-z][a-z_-]*):(?:[ \t]+(.*))?$`)
	oneLineDate = regexp.MustCompile(`^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+`)
	headerKeys  = map[string]bool{"date": true, "title": true, "url": true, "id": true, "source": true, "author": true, "lang": true}
)

// FileSource is the ng:source of an article read from the file at path
// whose header gives neither url nor id: the file's absolute path as a
// file: IRI, the same from any working folder, so that two different files
// are never one source ("day1/story.txt" and "day2/story.txt").
func FileSource(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// ParseArticle reads an article in the .txt form: optional header lines
// "key: value" (date, title, url, …), a blank line, then the text; or the
// one-line form " date YYYY-MM-DD text…". origin names the input in errors.
// The article's Source is its url or id header, else empty: a caller that
// read it from a file sets FileSource.
func ParseArticle(origin string, data []byte) (Article, error) {
	a := Article{Origin: origin}
	if err := checkText(origin, data, 0); err != nil {
		return a, err
	}
	s := string(data)
	s = strings.TrimPrefix(s, "\ufeff")
	if m := oneLineDate.FindStringSubmatchIndex(s); m != nil {
		d, err := parseDate(s[m[2]:m[3]])
		if err != nil {
			return a, inputErr(origin+":1", "header: %v", err)
		}
		a.Date = d
		s = s[m[1]:]
	} else if first, _, _ := strings.Cut(s, "\n"); headerLine.MatchString(strings.TrimRight(first, "\r")) &&
		headerKeys[headerLine.FindStringSubmatch(strings.TrimRight(first, "\r"))[1]] {
		line := 0
		for {
			line++
			var l string
			nl := strings.IndexByte(s, '\n')
			if nl < 0 {
				l, s = s, ""
			} else {
				l, s = s[:nl], s[nl+1:]
			}
			l = strings.TrimRight(l, "\r")
			if strings.TrimSpace(l) == "" {
				break
			}
			m := headerLine.FindStringSubmatch(l)
			if m == nil {
				return a, inputErr(fmt.Sprintf("%s:%d", origin, line), "malformed header line %q (want \"key: value\", then a blank line before the text)", clip(l, 60))
			}
			if err := a.set(m[1], strings.TrimSpace(m[2])); err != nil {
				return a, inputErr(fmt.Sprintf("%s:%d", origin, line), "header: %v", err)
			}
			if s == "" {
				break
			}
		}
	}
	a.Text = s
	if strings.TrimSpace(a.Text) == "" {
		return a, inputErr(origin, "no article text")
	}
	return a, nil
}

func (a *Article) set(key, value string) error {
	switch key {
	case "date":
		d, err := parseDate(value)
		if err != nil {
			return err
		}
		a.Date = d
	case "title":
		a.Title = value
	case "url":
		a.URL = value
		if value != "" {
			a.Source = value
		}
	case "id":
		if a.URL == "" && value != "" {
			a.Source = value
		}
	case "source", "author", "lang":
	default:
		return fmt.Errorf("unknown header key %q", key)
	}
	return nil
}

func parseDate(s string) (time.Time, error) {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("impossible date %q (want YYYY-MM-DD)", s)
	}
	return d, nil
}

// checkText refuses input that is not text: NUL bytes, invalid UTF-8, or
// more than MaxArticleSize bytes. base is the offset of data in its file.
func checkText(origin string, data []byte, base int) error {
	if len(data) > MaxArticleSize {
		return inputErr(origin, "article is %d bytes, more than the limit of %d", len(data), MaxArticleSize)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return inputErr(origin, "binary data (NUL byte at offset %d), not a text article", base+i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return inputErr(origin, "invalid UTF-8 at byte offset %d", base+off)
	}
	return nil
}

// jsonArticle is one line of a .jsonl file.
type jsonArticle struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Date  string `json:"date"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// JSONLReader reads articles from a .jsonl stream, one object per line.
type JSONLReader struct {
	// File is the file's FileSource, if it is a file: an article without
	// url or id gets it with its line as source ("file:///x.jsonl#L3"),
	// else none.
	File string
	name string
	sc   *bufio.Scanner
	line int
	off  int
}

// NewJSONLReader reads r; name is used in errors.
func NewJSONLReader(name string, r io.Reader) *JSONLReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxArticleSize+1024)
	return &JSONLReader{name: name, sc: sc}
}

// Next returns the next article. It returns io.EOF when none are left. An
// *InputError names the line; reading may go on after it.
func (jr *JSONLReader) Next() (Article, error) {
	for jr.sc.Scan() {
		jr.line++
		b := jr.sc.Bytes()
		start := jr.off
		jr.off += len(b) + 1
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		origin := fmt.Sprintf("%s:%d", jr.name, jr.line)
		if err := checkText(origin, b, start); err != nil {
			return Article{Origin: origin}, err
		}
		var j jsonArticle
		if err := json.Unmarshal(b, &j); err != nil {
			return Article{Origin: origin}, inputErr(origin, "not an article object: %v", err)
		}
		a := Article{Origin: origin, Title: j.Title, URL: j.URL, Text: j.Text}
		switch {
		case j.URL != "":
			a.Source = j.URL
		case j.ID != "":
			a.Source = j.ID
		case jr.File != "":
			a.Source = fmt.Sprintf("%s#L%d", jr.File, jr.line)
		}
		if j.Date != "" {
			d, err := parseDate(j.Date)
			if err != nil {
				return a, inputErr(origin, "%v", err)
			}
			a.Date = d
		}
		if strings.TrimSpace(a.Text) == "" {
			return a, inputErr(origin, "no article text")
		}
		return a, nil
	}
	if err := jr.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return Article{}, inputErr(fmt.Sprintf("%s:%d", jr.name, jr.line+1), "line longer than the limit of %d bytes", MaxArticleSize)
		}
		return Article{}, fmt.Errorf("%s: %w", jr.name, err)
	}
	return Article{}, io.EOF
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
