package extract_test

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/extract"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbour Times: World</title>
<link>https://harbourtimes.example/world/</link>
<description>World news</description>
<item>
  <title>Portugal sends &lt;b&gt;firefighting&lt;/b&gt; planes to Greece</title>
  <link>https://harbourtimes.example/world/2023/07/portugal-greece-planes</link>
  <guid isPermaLink="false">ht-20230719-001</guid>
  <pubDate>Wed, 19 Jul 2023 22:30:00 -0300</pubDate>
  <description>Two planes left Lisbon on Wednesday.</description>
  <content:encoded><![CDATA[<p>LISBON: Portugal sent two firefighting planes to Greece on Wednesday, Portuguese Interior Minister Jose Carneiro said.</p><figure><img src="p.jpg"><figcaption>A plane over Lisbon.</figcaption></figure><p>Greek Prime Minister Kyriakos Mitsotakis thanked Portugal.</p>]]></content:encoded>
</item>
<item>
  <title>Summary only</title>
  <link>/world/2023/07/summary-only</link>
  <dc:date>2023-07-20T08:00:00Z</dc:date>
  <description>Spain &amp; Italy will send 40 firefighters to Greece, officials said on Thursday.</description>
</item>
<item>
  <title>No link</title>
  <guid isPermaLink="false">ht-20230721-009</guid>
  <description>Cyprus offered a helicopter to Greece.</description>
</item>
<item>
  <title>Nothing at all</title>
</item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Pacific Ledger</title>
  <link href="https://pacificledger.example/"/>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2022-01-28T10:00:00Z</updated>
  <entry>
    <title type="html">Japan delivers water to Tonga</title>
    <link rel="alternate" href="https://pacificledger.example/2022/01/japan-tonga"/>
    <id>tag:pacificledger.example,2022:1</id>
    <published>2022-01-27T23:30:00+13:00</published>
    <updated>2022-01-28T09:00:00+13:00</updated>
    <summary>Japan delivered 50,000 litres of drinking water to Tonga on Thursday.</summary>
  </entry>
  <entry>
    <title>Atom without a link</title>
    <id>urn:x:2</id>
    <updated>2022-01-29T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>New Zealand sent tarpaulins to Tonga.</p></div></content>
  </entry>
</feed>`

func readFeed(t *testing.T, feed string) ([]extract.Article, []error) {
	t.Helper()
	fr, err := extract.NewFeedReader("f.xml", []byte(feed))
	if err != nil {
		t.Fatal(err)
	}
	fr.File = "file:///data/f.xml"
	var arts []extract.Article
	var errs []error
	for {
		a, err := fr.Next()
		if err == io.EOF {
			return arts, errs
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
}

func TestRSSFeed(t *testing.T) {
	arts, errs := readFeed(t, rssFeed)
	if len(arts) != 3 || len(errs) != 1 || errs[0].Error() != "f.xml item 4: no article text (the item has neither content nor summary)" {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	// the full content, not the summary; the item's own date (not UTC's)
	if a.Source != "https://harbourtimes.example/world/2023/07/portugal-greece-planes" || a.URL != a.Source ||
		a.Date.Format("2006-01-02") != "2023-07-19" || a.Title != "Portugal sends firefighting planes to Greece" ||
		a.Origin != "f.xml item 1" {
		t.Errorf("first item %+v", a)
	}
	if a.Text != "LISBON: Portugal sent two firefighting planes to Greece on Wednesday, Portuguese Interior Minister Jose Carneiro said.\n\nGreek Prime Minister Kyriakos Mitsotakis thanked Portugal.\n" {
		t.Errorf("first item's text %q", a.Text)
	}
	// a relative link resolved against the feed's; the summary as text
	if b := arts[1]; b.URL != "https://harbourtimes.example/world/2023/07/summary-only" || b.Date.Format("2006-01-02") != "2023-07-20" ||
		b.Text != "Spain & Italy will send 40 firefighters to Greece, officials said on Thursday.\n" {
		t.Errorf("second item %+v", b)
	}
	// no link: the guid is the source; no date
	if c := arts[2]; c.Source != "ht-20230721-009" || c.URL != "" || c.HasDate() {
		t.Errorf("third item %+v", c)
	}
}

func TestAtomFeed(t *testing.T) {
	arts, errs := readFeed(t, atomFeed)
	if len(arts) != 2 || len(errs) != 0 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	if a := arts[0]; a.Source != "https://pacificledger.example/2022/01/japan-tonga" || a.Date.Format("2006-01-02") != "2022-01-27" ||
		a.Text != "Japan delivered 50,000 litres of drinking water to Tonga on Thursday.\n" || a.Title != "Japan delivers water to Tonga" {
		t.Errorf("first entry %+v", a)
	}
	// no published date: the updated one; the id as source
	if b := arts[1]; b.Source != "urn:x:2" || b.Date.Format("2006-01-02") != "2022-01-29" || b.Text != "New Zealand sent tarpaulins to Tonga.\n" {
		t.Errorf("second entry %+v", b)
	}
	// an item with neither link nor id is the file's, by number
	feed := strings.Replace(atomFeed, "<id>urn:x:2</id>", "", 1)
	arts, _ = readFeed(t, feed)
	if arts[1].Source != "file:///data/f.xml#item2" {
		t.Errorf("source %q", arts[1].Source)
	}
}

func TestBadFeeds(t *testing.T) {
	cases := []struct{ name, feed, err string }{
		{"empty", "", "not an RSS or Atom feed"},
		{"html", "<html><body><p>Hello</p></body></html>", "not an RSS or Atom feed"},
		{"broken", `<rss version="2.0"><channel><item><title>x</title><description>India sent aid.</description></item>`, "not a well-formed feed: "},
		{"no items", `<rss version="2.0"><channel><title>x</title></channel></rss>`, "the feed has no items"},
		{"binary", "<rss>\x00</rss>", "binary data (NUL byte at offset 5), not a feed"},
	}
	for _, c := range cases {
		_, err := extract.NewFeedReader("f.xml", []byte(c.feed))
		var ie *extract.InputError
		if err == nil || !errors.As(err, &ie) || !strings.HasPrefix(err.Error(), "f.xml: "+c.err) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %v, want f.xml: %s", c.name, err, c.err)
		}
	}
}

// A feed of 10,000 items reads whole, each item an article in order.
func TestLargeFeed(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>T</title><link>https://x.example/</link>`)
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://x.example/%d</link><pubDate>Mon, 02 Jan 2006 15:04:05 GMT</pubDate><description>&lt;p&gt;Japan sent %d ventilators to Vietnam on Monday.&lt;/p&gt;</description></item>`, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	arts, errs := readFeed(t, b.String())
	if len(arts) != 10000 || len(errs) != 0 {
		t.Fatalf("%d articles, %d errors", len(arts), len(errs))
	}
	if a := arts[9999]; a.Source != "https://x.example/9999" || a.Text != "Japan sent 9999 ventilators to Vietnam on Monday.\n" {
		t.Errorf("last item %+v", a)
	}
}
