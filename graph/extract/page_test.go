package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/extract"
)

// want is a page's NAME.want: header lines (title:, date:, url:, boiler:
// for text of the page that is not the article, kept: for such text the
// reader is known to keep), a blank line, the article's paragraphs.
type want struct {
	title, date, url string
	boiler           []string
	paragraphs       []string
}

func readWant(t *testing.T, path string) want {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var w want
	head, text, _ := strings.Cut(string(b), "\n\n")
	for _, l := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(l, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "title":
			w.title = v
		case "date":
			w.date = v
		case "url":
			w.url = v
		case "boiler":
			w.boiler = append(w.boiler, v)
		}
	}
	for _, p := range strings.Split(text, "\n\n") {
		if p = norm(p); p != "" {
			w.paragraphs = append(w.paragraphs, p)
		}
	}
	return w
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// The hand-written pages of testdata/pages (invented news in the layouts
// sites use) give their headline, date and url, every paragraph of the
// article, and none of the navigation, captions, related links, comments
// and promotions around it.
func TestPages(t *testing.T) {
	pages, _ := filepath.Glob("testdata/pages/*.html")
	if len(pages) < 5 {
		t.Fatalf("%d test pages", len(pages))
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			w := readWant(t, strings.TrimSuffix(p, ".html")+".want")
			a, err := extract.ParseHTML(p, data)
			if err != nil {
				t.Fatal(err)
			}
			date := ""
			if a.HasDate() {
				date = a.Date.Format("2006-01-02")
			}
			if a.Title != w.title || date != w.date || a.URL != w.url || a.Source != w.url {
				t.Errorf("title %q date %q url %q source %q, want %q %q %q", a.Title, date, a.URL, a.Source, w.title, w.date, w.url)
			}
			text := norm(a.Text)
			for _, para := range w.paragraphs {
				if !strings.Contains(text, para) {
					t.Errorf("lost the paragraph %q", para)
				}
			}
			for _, b := range w.boiler {
				if strings.Contains(text, norm(b)) {
					t.Errorf("kept %q, which is not the article's", b)
				}
			}
			if strings.Contains(a.Text, "\n\n\n") || a.Text != strings.TrimSpace(a.Text)+"\n" {
				t.Errorf("text not tidy: %q", a.Text)
			}
			// each paragraph on a line of its own, so that sentences do not
			// run into each other
			var lines []string
			for _, l := range strings.Split(a.Text, "\n") {
				lines = append(lines, norm(l))
			}
			for _, para := range w.paragraphs {
				found := false
				for _, l := range lines {
					found = found || strings.Contains(l, para)
				}
				if !found && strings.Contains(text, para) {
					t.Errorf("the paragraph %q runs into another", para)
				}
			}
			// the same page reads the same every time
			for i := 0; i < 5; i++ {
				again, _ := extract.ParseHTML(p, data)
				if again != a {
					t.Fatalf("read %d differs from the first", i+2)
				}
			}
		})
	}
}

// Bad pages are refused with one line naming the file; a page that is
// only markup has no text.
func TestBadPages(t *testing.T) {
	deep := "<html><body>" + strings.Repeat("<div>", 200) + "<p>India sent aid to Nepal on Monday, officials said in a statement.</p></body></html>"
	cases := []struct{ name, page, err string }{
		{"empty", "", "no article text found in the page"},
		{"markup only", "<html><head><title>T</title><style>p{}</style></head><body><script>var x = 1;</script><img src=a.png></body></html>", "no article text found in the page"},
		{"binary", "GIF89a\x00\x01", "binary data (NUL byte at offset 6), not a web page"},
		{"deep", deep, "tags nested 204 deep, more than the limit of 128"},
		{"deeper", strings.Repeat("<div>", 600), "tags nested more than 512 deep, more than the limit of 128"},
		{"huge", strings.Repeat("<p>x</p>", extract.MaxArticleSize/8+1), "page is 10485768 bytes, more than the limit of 10485760"},
	}
	for _, c := range cases {
		_, err := extract.ParseHTML("p.html", []byte(c.page))
		var ie *extract.InputError
		if err == nil || !errors.As(err, &ie) || err.Error() != "p.html: "+c.err {
			t.Errorf("%s: error %v, want p.html: %s", c.name, err, c.err)
		}
	}
}

// A page in Windows-1252 (its <meta> says so) reads as the same text in
// UTF-8; so does one that declares nothing but is UTF-8.
func TestPageEncodings(t *testing.T) {
	cp := []byte("<html><head><meta charset=windows-1252><title>T</title></head><body><p>Ciar\xe1n Doyle said \x93we will help\x94 Sierra Leone with school meals this year, and the ministry agreed.</p></body></html>")
	a, err := extract.ParseHTML("cp.html", cp)
	if err != nil || !strings.Contains(a.Text, "Ciarán Doyle said “we will help”") {
		t.Errorf("windows-1252 page read as %q, %v", a.Text, err)
	}
	// UTF-16 with its byte order mark
	var u16 []byte
	u16 = append(u16, 0xff, 0xfe)
	for _, r := range "<html><body><p>Ciarán Doyle said “we will help” Sierra Leone with school meals this year.</p></body></html>" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	a, err = extract.ParseHTML("u16.html", u16)
	if err != nil || !strings.Contains(a.Text, "Ciarán Doyle said “we will help”") {
		t.Errorf("UTF-16 page read as %q, %v", a.Text, err)
	}
	u := []byte("<html><body><p>" + strings.Repeat("Plain words first. ", 80) + "Then Ciarán Doyle said “we will help” Sierra Leone.</p></body></html>")
	a, err = extract.ParseHTML("u.html", u)
	if err != nil || !strings.Contains(a.Text, "Ciarán Doyle said “we will help”") {
		t.Errorf("undeclared UTF-8 page read as %q, %v", a.Text, err)
	}
}

// Formatting tags dropped before parsing take none of the text with them.
func TestPageFormattingKeepsText(t *testing.T) {
	page := "<html><body><article><p>India <b>sent</b> <i>10,000</i> <strong>doses</strong> of <em>vaccine</em> to <font color=red>Nepal</font> on <u>Monday</u>, <a href=/x>officials</a> said.</p></article></body></html>"
	a, err := extract.ParseHTML("f.html", []byte(page))
	if err != nil || a.Text != "India sent 10,000 doses of vaccine to Nepal on Monday, officials said.\n" {
		t.Errorf("read %q, %v", a.Text, err)
	}
	// "<b>" inside a script or a title is text, and stays so
	page = "<html><head><title>A <b> B</title><script>var s = '<b>';</script></head><body><p>India sent 10,000 doses of vaccine to Nepal on Monday.</p></body></html>"
	a, err = extract.ParseHTML("f.html", []byte(page))
	if err != nil || a.Title != "A <b> B" {
		t.Errorf("title %q, %v", a.Title, err)
	}
}
