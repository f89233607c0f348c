package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Feeds are read with gofeed (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and 1.0):
// each item is an article, its text the item's full content when the feed
// carries it (content:encoded, Atom content), else its summary
// (description, Atom summary), read as HTML the way pages are.

// MaxFeedSize is the limit on a feed file's size in bytes; each of its
// items is held to MaxArticleSize.
const MaxFeedSize = 64 << 20

// FeedReader reads the items of an RSS or Atom feed as articles.
type FeedReader struct {
	// File is the feed's FileSource, if it is a file: an item with
	// neither link nor guid gets it with the item's number as source
	// ("file:///x.xml#item3"), else none.
	File  string
	name  string
	link  *url.URL // the feed's own link, for items' relative links
	items []*gofeed.Item
	i     int
}

// NewFeedReader parses the feed in data; name is used in errors. A feed
// that cannot be parsed, or holds no items, is an *InputError.
func NewFeedReader(name string, data []byte) (*FeedReader, error) {
	if len(data) > MaxFeedSize {
		return nil, inputErr(name, "feed is %d bytes, more than the limit of %d", len(data), MaxFeedSize)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, inputErr(name, "binary data (NUL byte at offset %d), not a feed", i)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, inputErr(name, "not an RSS or Atom feed")
	}
	if err != nil {
		return nil, inputErr(name, "not a well-formed feed: %s", strings.Join(strings.Fields(err.Error()), " "))
	}
	if len(f.Items) == 0 {
		return nil, inputErr(name, "the feed has no items")
	}
	fr := &FeedReader{name: name, items: f.Items}
	if u, err := url.Parse(strings.TrimSpace(f.Link)); err == nil && u.IsAbs() {
		fr.link = u
	}
	return fr, nil
}

// Len is the number of items in the feed.
func (fr *FeedReader) Len() int { return len(fr.items) }

// Next returns the next item as an article, or io.EOF when none are left.
// An *InputError names the item; reading may go on after it.
func (fr *FeedReader) Next() (Article, error) {
	if fr.i >= len(fr.items) {
		return Article{}, io.EOF
	}
	it := fr.items[fr.i]
	fr.i++
	origin := fmt.Sprintf("%s item %d", fr.name, fr.i)
	a := Article{Origin: origin}
	a.URL = fr.itemLink(it)
	switch guid := strings.TrimSpace(it.GUID); {
	case a.URL != "":
		a.Source = a.URL
	case guid != "" && len(guid) <= 2048:
		a.Source = guid
	case fr.File != "":
		a.Source = fmt.Sprintf("%s#item%d", fr.File, fr.i)
	}
	if it.PublishedParsed != nil {
		a.Date = writtenDate(it.Published, *it.PublishedParsed)
	} else if it.UpdatedParsed != nil {
		a.Date = writtenDate(it.Updated, *it.UpdatedParsed)
	}
	if a.Date.Year() < 1800 || a.Date.Year() > 2200 {
		a.Date = time.Time{} // no date we can believe
	}
	a.Title = plainTitle(it.Title)
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	if len(body) > MaxArticleSize {
		return a, inputErr(origin, "item is %d bytes, more than the limit of %d", len(body), MaxArticleSize)
	}
	text, err := htmlText(body)
	if err != nil {
		return a, inputErr(origin, "%v", err)
	}
	if text == "" {
		return a, inputErr(origin, "no article text (the item has neither content nor summary)")
	}
	a.Text = text + "\n"
	return a, nil
}

// rfc822 are the forms of RSS dates, with their zone.
var rfc822 = []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 06 15:04:05 -0700", time.RFC822Z}

// writtenDate is the day a feed's date falls on where it was written:
// gofeed gives the time in UTC, which can be the day after or before.
func writtenDate(raw string, utc time.Time) time.Time {
	if m := isoDate.FindStringSubmatch(raw); m != nil {
		if d, err := time.Parse("2006-01-02", m[1]); err == nil {
			return d
		}
	}
	raw = strings.TrimSpace(raw)
	for _, layout := range rfc822 {
		if t, err := time.Parse(layout, raw); err == nil {
			return calendarDate(t)
		}
	}
	return calendarDate(utc)
}

// itemLink is the item's link as an absolute URL (resolved against the
// feed's own link), or "".
func (fr *FeedReader) itemLink(it *gofeed.Item) string {
	l := strings.TrimSpace(it.Link)
	if l == "" && len(it.Links) > 0 {
		l = strings.TrimSpace(it.Links[0])
	}
	if l == "" || len(l) > 2048 || strings.ContainsAny(l, " \t\n\r\"<>") {
		return ""
	}
	u, err := url.Parse(l)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if fr.link == nil {
			return ""
		}
		u = fr.link.ResolveReference(u)
	}
	return u.String()
}

// plainTitle is a title without markup or runs of white space.
func plainTitle(s string) string {
	if strings.ContainsAny(s, "<&") {
		if t, err := htmlText(s); err == nil {
			s = t
		}
	}
	return strings.Join(strings.Fields(s), " ")
}
