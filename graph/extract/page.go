package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// Saved web pages are read with go-readability (Mozilla's Readability
// ported to Go), which finds the article's main text and leaves out
// navigation, related links, comments and the like; newsgraph takes the
// captions, and short newsletter, "read more" and consent boxes, out of
// what it keeps. The headline and publication date come
// from the page's metadata as go-readability reads it (JSON-LD
// NewsArticle, <meta property="article:published_time">, og:title,
// <title>); the url from <link rel="canonical">, else og:url.
//
// go-trafilatura was measured against it on the same pages
// (tools/pagecompare, whose README has the figures): it kept boilerplate
// on twice as many pages as this reader and took time quadratic in the
// page (13.6 s for 2 MB, which this reads in 0.4 s).

// MaxPageDepth is how deeply a page's elements may nest. go-readability
// takes time in proportion to a page's size times its depth (it counts
// the text of every block it weighs); real pages nest a few dozen deep,
// and browsers stop nesting at 512.
const MaxPageDepth = 128

// formatting elements (HTML's list, less <a>) are dropped before the page
// is parsed: they carry no text of their own, and a page that leaves many
// of them open makes the HTML parser rebuild them all at every paragraph
// (time quadratic in the page).
var formatting = map[string]bool{"b": true, "big": true, "code": true, "em": true, "font": true, "i": true,
	"nobr": true, "s": true, "small": true, "strike": true, "strong": true, "tt": true, "u": true}

var (
	selCanonical   = cascadia.MustCompile(`link[rel~="canonical" i][href]`)
	selOGURL       = cascadia.MustCompile(`meta[property="og:url" i][content]`)
	selItemDate    = cascadia.MustCompile(`[itemprop="datePublished" i], time.published[datetime], time[pubdate][datetime]`)
	selCaptions    = cascadia.MustCompile(`figcaption`)
	selPromos      = cascadia.MustCompile(promoSelector())
	isoDate        = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})`)
	manyNewlines   = regexp.MustCompile(`\n{3,}`)
	spaceAtLineEnd = regexp.MustCompile(`[ \t]+\n`)
)

// ParseHTML reads a saved web page: its main text, headline, publication
// date and canonical url. origin names the page in errors. Like
// ParseArticle it sets Source to the url when there is one, else leaves it
// empty for the caller.
func ParseHTML(origin string, data []byte) (Article, error) {
	a := Article{Origin: origin}
	if len(data) > MaxArticleSize {
		return a, inputErr(origin, "page is %d bytes, more than the limit of %d", len(data), MaxArticleSize)
	}
	utf16 := bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
	if i := bytes.IndexByte(data, 0); i >= 0 && !utf16 {
		return a, inputErr(origin, "binary data (NUL byte at offset %d), not a web page", i)
	}
	page, err := decodePage(data)
	if err != nil {
		return a, inputErr(origin, "%v", err)
	}
	doc, err := parseGuarded(page)
	if err != nil {
		return a, inputErr(origin, "%v", err)
	}
	a.URL = pageURL(doc)
	a.Source = a.URL
	var base *url.URL
	if a.URL != "" {
		base, _ = url.Parse(a.URL)
	}
	itemDate := attrOf(cascadia.Query(doc, selItemDate), "content", "datetime")
	dropPromos(doc)
	parser := readability.NewParser()
	// an article under 500 characters made go-readability try again
	// without its filters and take the whole page, comments and all
	parser.CharThresholds = 200
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return a, inputErr(origin, "no article found in the page: %v", err)
	}
	a.Title = strings.Join(strings.Fields(art.Title()), " ")
	if t, err := art.PublishedTime(); err == nil {
		a.Date = calendarDate(t)
	} else if m := isoDate.FindStringSubmatch(itemDate); m != nil {
		if d, err := time.Parse("2006-01-02", m[1]); err == nil {
			a.Date = d
		}
	}
	if a.Date.Year() < 1800 || a.Date.Year() > 2200 {
		a.Date = time.Time{} // no date we can believe
	}
	if art.Node != nil {
		a.Text = nodeText(art.Node)
	}
	if a.Text == "" {
		return a, inputErr(origin, "no article text found in the page")
	}
	if len(a.Text) > MaxArticleSize {
		return a, inputErr(origin, "article is %d bytes, more than the limit of %d", len(a.Text), MaxArticleSize)
	}
	a.Text += "\n" // as a text file ends, so that the text read back is the same
	return a, nil
}

// decodePage returns the page as UTF-8: in the encoding its byte order
// mark or <meta charset> names, else UTF-8 when it is valid UTF-8, else
// Windows-1252 (what browsers assume).
func decodePage(data []byte) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(data, "")
	if !certain && name == "windows-1252" && utf8.Valid(data) {
		return data, nil
	}
	if name == "utf-8" {
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return nil, fmt.Errorf("cannot decode the page as %s: %v", name, err)
	}
	return bytes.ToValidUTF8(out, []byte("\uFFFD")), nil
}

// parseGuarded parses a page after dropping its formatting elements, and
// refuses one nested deeper than MaxPageDepth: what is left takes the
// parser and go-readability time linear in the page.
func parseGuarded(page []byte) (*html.Node, error) {
	var clean bytes.Buffer
	clean.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	foreign := 0 // open <svg> and <math>: the parser reads no raw text there
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if err := z.Err(); err != io.EOF {
				return nil, err
			}
			break
		}
		if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			name, _ := z.TagName()
			if formatting[string(name)] {
				continue
			}
			switch n := string(name); {
			case (n == "svg" || n == "math") && tt == html.StartTagToken:
				foreign++
			case (n == "svg" || n == "math") && tt == html.EndTagToken && foreign > 0:
				foreign--
			case foreign > 0 && tt == html.StartTagToken:
				// as the parser does in SVG and MathML: <style> there
				// holds elements, not raw text
				z.NextIsNotRawText()
			}
		}
		clean.Write(z.Raw())
	}
	doc, err := html.Parse(&clean)
	if err != nil {
		if strings.Contains(err.Error(), "exceeds") {
			return nil, fmt.Errorf("tags nested more than 512 deep, more than the limit of %d", MaxPageDepth)
		}
		return nil, err
	}
	if d := depth(doc); d > MaxPageDepth {
		return nil, fmt.Errorf("tags nested %d deep, more than the limit of %d", d, MaxPageDepth)
	}
	return doc, nil
}

// depth is how deeply n's elements nest, walked without recursion.
func depth(n *html.Node) int {
	max, d := 0, 0
	for n != nil {
		if n.FirstChild != nil {
			n = n.FirstChild
			d++
			if d > max {
				max = d
			}
			continue
		}
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			d--
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	return max
}

// pageURL is the page's canonical url, else its og:url: an absolute http
// or https URL, or "".
func pageURL(doc *html.Node) string {
	og := absoluteURL(attrOf(cascadia.Query(doc, selOGURL), "content"), nil)
	var base *url.URL
	if og != "" {
		base, _ = url.Parse(og)
	}
	if c := absoluteURL(attrOf(cascadia.Query(doc, selCanonical), "href"), base); c != "" {
		return c
	}
	return og
}

// absoluteURL is s as an absolute http(s) URL, resolved against base
// when relative, or "".
func absoluteURL(s string, base *url.URL) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 2048 || strings.ContainsAny(s, " \t\n\r\"<>") {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if !u.IsAbs() && base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// attrOf is the first of keys that n has, or "".
func attrOf(n *html.Node, keys ...string) string {
	if n == nil {
		return ""
	}
	for _, k := range keys {
		for _, a := range n.Attr {
			if a.Key == k {
				return a.Val
			}
		}
	}
	return ""
}

// promoWords mark blocks that sites put inside an article's text:
// newsletter sign-ups, "read more" promotions, recommendations,
// consent notices. go-readability keeps them when they sit among the
// paragraphs.
var promoWords = []string{"newsletter", "promo", "subscribe", "signup", "sign-up", "read-more", "readmore",
	"recommend", "outbrain", "taboola", "paywall", "cookie", "consent"}

func promoSelector() string {
	var sel []string
	for _, w := range promoWords {
		sel = append(sel, fmt.Sprintf("[class*=%q i]", w), fmt.Sprintf("[id*=%q i]", w))
	}
	return strings.Join(sel, ", ")
}

// maxPromo is the most text a block marked as a promotion may hold and
// still be taken out: more is likely the article itself in a container
// some site named so.
const maxPromo = 400

// dropPromos takes out the short blocks marked as promotions.
func dropPromos(doc *html.Node) {
	for _, n := range cascadia.QueryAll(doc, selPromos) {
		if n.Parent != nil && n.Data != "body" && n.Data != "html" && textLen(n, maxPromo+1) <= maxPromo {
			n.Parent.RemoveChild(n)
		}
	}
}

// textLen is the length of n's text, counted up to max.
func textLen(n *html.Node, max int) int {
	total := 0
	for c := n.FirstChild; c != nil && total < max; c = c.NextSibling {
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		} else {
			total += textLen(c, max-total)
		}
	}
	return total
}

// calendarDate is the day t falls on where it was written, at midnight
// UTC, as dates from a header are.
func calendarDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// nodeText renders an article's HTML as plain text, paragraphs apart by
// a blank line, without the captions of its figures.
func nodeText(n *html.Node) string {
	for _, c := range cascadia.QueryAll(n, selCaptions) {
		if c.Parent != nil {
			c.Parent.RemoveChild(c)
		}
	}
	s := render.InnerText(n)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = spaceAtLineEnd.ReplaceAllString(s, "\n")
	s = manyNewlines.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
}

// htmlText renders an HTML fragment (a feed item's content) as text, with
// the same guard as pages.
func htmlText(fragment string) (string, error) {
	doc, err := parseGuarded([]byte(fragment))
	if err != nil {
		return "", err
	}
	return nodeText(doc), nil
}
