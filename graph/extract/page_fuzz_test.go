package extract

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseHTML: no page panics; a page read has a valid UTF-8 text that
// is not empty, and reads the same a second time.
func FuzzParseHTML(f *testing.F) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<p><b c=1><i>India</p><p>sent aid"))
	f.Add([]byte("<svg><style><b>x</b></style></svg><p>India sent aid.</p>"))
	f.Add([]byte("<html><head><meta charset=windows-1252></head><body><p>Caf\xe9</p>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte(`<html><head><link rel=canonical href="//x"><meta property="og:url" content="https://a.example/b"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"99999-01-01"}</script></head><body><p>India.</p>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseHTML("f.html", data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error of more than one line: %q", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Title) {
			t.Fatalf("accepted a page with text %q, title %q", a.Text, a.Title)
		}
		if b, _ := ParseHTML("f.html", data); b != a {
			t.Fatalf("read twice, read differently:\n%+v\n%+v", a, b)
		}
	})
}

// FuzzFeed: no feed panics; every item read has a valid UTF-8 text that
// is not empty; errors are one line.
func FuzzFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><link>https://x.example/</link><item><title>T</title><link>/a</link><pubDate>Wed, 19 Jul 2023 22:30:00 -0300</pubDate><description>India sent aid.</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><updated>2022-01-29T09:00:00Z</updated><content type="html">&lt;p&gt;India&lt;/p&gt;</content></entry></feed>`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>T</title><description>India sent aid.</description></item></rdf:RDF>`))
	f.Add([]byte(`<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><item><description>Caf` + "\xe9" + `</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fr, err := NewFeedReader("f.xml", data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error of more than one line: %q", err)
			}
			return
		}
		again, _ := NewFeedReader("f.xml", data)
		for {
			a, err := fr.Next()
			if b, errb := again.Next(); b != a || (err == nil) != (errb == nil) {
				t.Fatalf("read twice, read differently:\n%+v %v\n%+v %v", a, err, b, errb)
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				if strings.Contains(err.Error(), "\n") {
					t.Fatalf("error of more than one line: %q", err)
				}
				continue
			}
			if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Source) {
				t.Fatalf("accepted an item with text %q, title %q", a.Text, a.Title)
			}
		}
	})
}
