package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/web"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// noRedirect is a client that reports redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// addArticle stores a one-sentence article with a headline, a date (or
// none) and one person.
func addArticle(t *testing.T, st *graph.Store, n int, headline, date, person string) quad.IRI {
	t.Helper()
	art := schema.ArticleIRI(strings.Repeat(fmt.Sprintf("%02x", n+1), 32))
	s1 := schema.SentenceIRI(art, 1)
	p := ngid("person/" + schema.Slug(person))
	qs := []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: art, Predicate: schema.Source, Object: quad.String(fmt.Sprintf("https://news.example/%d", n)), Label: art},
		{Subject: art, Predicate: schema.Headline, Object: quad.String(headline), Label: art},
		{Subject: s1, Predicate: schema.IsPartOf, Object: art, Label: art},
		{Subject: s1, Predicate: schema.Text, Object: quad.String(person + " spoke."), Label: art},
		{Subject: p, Predicate: schema.Type, Object: schema.Person, Label: s1},
		{Subject: p, Predicate: schema.Name, Object: quad.String(person), Label: s1},
	}
	if date != "" {
		qs = append(qs, quad.Quad{Subject: art, Predicate: schema.DatePublished, Object: quad.TypedString{Value: quad.String(date), Type: schema.XSDDate}, Label: art})
	}
	if _, err := st.ReplaceArticle(context.Background(), art, fmt.Sprintf("https://news.example/%d", n), qs); err != nil {
		t.Fatal(err)
	}
	return art
}

// The start page is newsgraph's, at /: what the store holds, counted by
// class as a full count of the store's quads gives it, its latest
// articles, and the saved queries, each linking to its page.
func TestStartPage(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	code, hdr, body := get(t, srv.URL+"/")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
		t.Fatalf("/: %d %s", code, hdr.Get("Content-Type"))
	}
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	classes := 0
	for _, c := range []quad.IRI{schema.Person, schema.Country, schema.Grouping, schema.Office, schema.Meeting, schema.AidShipment, schema.Quotation} {
		n := stats.ByClass[graph.ShortIRI(c)]
		if n == 0 {
			continue
		}
		classes++
		words := graph.ClassCount{Class: c, N: n}.Words()
		if !strings.Contains(body, fmt.Sprintf("<strong>%d</strong> %s</a>", n, words)) {
			t.Errorf("the start page does not count %d %s", n, words)
		}
	}
	if classes < 5 {
		t.Fatalf("the seed graph has entities of %d classes", classes)
	}
	// the seed article, by date, linking to its page, named by its source
	// as its page names it (it has no headline)
	ov, err := st.Overview(context.Background(), 1)
	if err != nil || len(ov.Latest) != 1 || ov.Latest[0].Headline != "" {
		t.Fatalf("the seed's overview: %+v, %v", ov, err)
	}
	e, err := st.Entity(context.Background(), ov.Latest[0].ID, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(body, fmt.Sprintf("<strong>%d</strong> article", stats.Articles)) || !strings.Contains(body, "<td>2021-05-29</td>") ||
		!strings.Contains(body, `href="/ng/entity?id=ngid%3Aarticle%2F`) || !strings.Contains(body, ">"+html.EscapeString(e.Name)+"</a>") ||
		strings.Contains(body, "(no headline)") {
		t.Errorf("the start page does not list the seed article as %q:\n%s", e.Name, body)
	}
	lib, _ := queries.Open("")
	for _, q := range lib.Queries {
		if !strings.Contains(body, `<a href="/ng/saved/`+q.Name) {
			t.Errorf("the start page does not link to %s's page", q.Name)
		}
	}
	for _, want := range []string{`href="/ng/query"`, `href="/cayley/"`, `<form action="/ng/search"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the start page lacks %s", want)
		}
	}
	// a class's count opens the query page listing its entities
	m := regexp.MustCompile(`<a href="(/ng/query\?[^"]+)" title="list them in the query page"><strong>\d+</strong> People</a>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no link from the count of people")
	}
	u, _ := url.Parse(html.UnescapeString(m[1]))
	res, err := st.Query(context.Background(), u.Query().Get("code"), graph.QueryOptions{})
	if err != nil || len(res.Values) != stats.ByClass["schema:Person"] || u.Query().Get("run") != "1" {
		t.Errorf("the people's link runs %q: %d rows, %v", u.Query().Get("code"), len(res.Values), err)
	}
	// the former address of the start page leads there
	for _, p := range []string{"/ng/", "/ng"} {
		resp, err := noRedirect.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/" {
			t.Errorf("%s: %d to %q, want a redirect to /", p, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
}

// The start page lists the ten latest articles, latest first, and says
// how many there are; an empty store says how to fill it.
func TestStartPageLatest(t *testing.T) {
	st := openStore(t)
	srv := serve(t, st, web.Options{})
	if _, _, body := get(t, srv.URL+"/"); !strings.Contains(body, "The store holds no article yet") {
		t.Errorf("an empty store's start page:\n%s", body)
	}
	for i := 0; i < 12; i++ {
		date := fmt.Sprintf("2021-03-%02d", i+1)
		if i == 5 {
			date = "" // undated: last
		}
		addArticle(t, st, i, fmt.Sprintf("Story %02d", i), date, fmt.Sprintf("Person %c", 'A'+i))
	}
	_, _, body := get(t, srv.URL+"/")
	got := regexp.MustCompile(`>(Story \d\d)</a>`).FindAllStringSubmatch(body, -1)
	var order []string
	for _, m := range got {
		order = append(order, m[1])
	}
	want := []string{"Story 11", "Story 10", "Story 09", "Story 08", "Story 07", "Story 06", "Story 04", "Story 03", "Story 02", "Story 01"}
	if strings.Join(order, ",") != strings.Join(want, ",") {
		t.Errorf("latest articles %v, want %v", order, want)
	}
	if !strings.Contains(body, "The latest 10 of 12") || !strings.Contains(body, "<strong>12</strong> articles") ||
		!strings.Contains(body, "<strong>12</strong> People") || !strings.Contains(body, "2021-03-12") {
		t.Errorf("the start page of 12 articles:\n%s", body)
	}
}

// A saved query's page runs it with the arguments of its address and shows
// the same rows as /api/saved/NAME, as a table: the query's columns in the
// order its code gives them, each name of an entity a link to its page,
// and each entity named as pages name it (an event by who, where and when).
func TestSavedPage(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{ServerOptions: graph.ServerOptions{Limit: 100}})
	ctx := context.Background()

	code, _, body := get(t, srv.URL+"/ng/saved/office-holders?country=India")
	if code != 200 {
		t.Fatalf("office-holders: %d\n%s", code, body)
	}
	q, _ := queries.Find("office-holders")
	res, err := st.Query(ctx, q.Code, graph.QueryOptions{Args: map[string]string{"country": "India"}})
	if err != nil || len(res.Values) == 0 {
		t.Fatalf("office-holders India: %v, %d rows", err, len(res.Values))
	}
	if !strings.Contains(body, "<thead><tr><th>jurisdiction</th><th>office</th><th>role</th><th>holders</th></tr></thead>") {
		t.Errorf("the columns are not in the query's order:\n%s", body)
	}
	india, _ := st.Resolve(ctx, "India")
	for _, v := range res.Values {
		row := v.(map[string]any)
		for _, k := range []string{"jurisdiction", "office"} {
			id, err := st.Resolve(ctx, row[k].(string))
			if err != nil {
				t.Fatal(err)
			}
			link := `<a href="` + html.EscapeString(strings.TrimPrefix(entityURL(srv, id), srv.URL)) + `" title="` + graph.ShortIRI(id) + `">` + html.EscapeString(row[k].(string)) + `</a>`
			if !strings.Contains(body, link) {
				t.Errorf("the page does not link %s %q to its page: want %s", k, row[k], link)
			}
		}
		if id, _ := st.Resolve(ctx, row["jurisdiction"].(string)); id != india {
			t.Errorf("a row of another country: %v", row)
		}
	}
	if !strings.Contains(body, `<input type="text" name="country" value="India"`) || !strings.Contains(body, `href="/api/saved/office-holders?country=India"`) ||
		!strings.Contains(body, `href="/ng/query?country=India&amp;run=1&amp;saved=office-holders"`) {
		t.Errorf("the page lacks its form, its JSON link or its query page link:\n%s", body)
	}

	// events are named by who, where and when, as their pages name them
	_, _, body = get(t, srv.URL+"/ng/saved/meetings")
	mq, _ := queries.Find("meetings")
	mres, err := st.Query(ctx, mq.Code, graph.QueryOptions{})
	if err != nil || len(mres.Values) < 2 {
		t.Fatalf("meetings: %v", err)
	}
	labels := map[string]bool{}
	for _, v := range mres.Values {
		id, _ := graph.ParseID(v.(map[string]any)["event"].(string))
		e, err := st.Entity(ctx, id, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(body, ">"+html.EscapeString(e.Name)+"</a>") {
			t.Errorf("the meetings page does not name %s %q", graph.ShortIRI(id), e.Name)
		}
		if !strings.Contains(e.Name, ": ") {
			t.Errorf("%s is named %q, not by who, where or when", graph.ShortIRI(id), e.Name)
		}
		labels[e.Name] = true
	}
	if strings.Contains(body, "Meeting 1 (") || len(labels) < 3 {
		t.Errorf("meetings named alike: %v", labels)
	}

	for _, c := range []struct {
		path, want string
		status     int
	}{
		{"/ng/saved/office-holders", "Give country above to run it.", 200},
		{"/ng/saved/office-holders?country=India&colour=red", "office-holders takes country, not colour", 400},
		{"/ng/saved/office-holders?country=Atlantis", `no entity is named &#34;Atlantis&#34;`, 404},
		{"/ng/saved/office-holders?country=India&country=UN", `argument &#34;country&#34; given 2 times`, 400},
		{"/ng/saved/aid-shipments?limit=lots", `limit=&#34;lots&#34;`, 400},
		{"/ng/saved/no-such-query", "no-such-query", 404},
		{"/ng/saved/no-such-query", `<a href="/">Back to the start</a>`, 404},
		{"/ng/saved/aid-shipments?limit=1", "1 row: the first 1; there are more", 200},
		{"/ng/saved/", `<a href="/ng/saved/office-holders?country=India">office-holders</a>`, 200},
		{"/ng/saved", "", 200}, // redirected
	} {
		code, hdr, body := get(t, srv.URL+c.path)
		if code != c.status || !strings.Contains(body, c.want) || !strings.HasPrefix(hdr.Get("Content-Type"), "text/html") {
			t.Errorf("GET %s: %d, want %d and %q\n%s", c.path, code, c.status, c.want, body)
		}
		if c.status == 200 && c.path == "/ng/saved/office-holders" && strings.Contains(body, "<table class=\"results\"") {
			t.Errorf("%s ran without its argument", c.path)
		}
	}
	if _, _, body := get(t, srv.URL+"/ng/saved/aid-shipments?limit=1"); !strings.Contains(body, `href="/ng/saved/aid-shipments?limit=1000"`) {
		t.Errorf("a truncated page does not offer more:\n%s", body)
	}
}

// A name several entities have links to a search for it; a string no
// entity has is text; a nested object is shown as JSON; an IRI nothing is
// known of (a predicate) is text, not a link to a page that is not there.
func TestSavedPageCells(t *testing.T) {
	st := openStore(t)
	addArticle(t, st, 1, "One", "2021-01-01", "John Smith")
	art := schema.ArticleIRI(strings.Repeat("f", 64))
	s1 := schema.SentenceIRI(art, 1)
	other := ngid("person/john-smith-2")
	if _, err := st.ReplaceArticle(context.Background(), art, "two", []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: s1, Predicate: schema.IsPartOf, Object: art, Label: art},
		{Subject: s1, Predicate: schema.Text, Object: quad.String("Another John Smith."), Label: art},
		{Subject: other, Predicate: schema.Type, Object: schema.Person, Label: s1},
		{Subject: other, Predicate: schema.Name, Object: quad.String("John Smith"), Label: s1},
		{Subject: ngid("person/jane"), Predicate: schema.Type, Object: schema.Person, Label: s1},
		{Subject: ngid("person/jane"), Predicate: schema.Name, Object: quad.String("Jane <Doe>"), Label: s1},
	}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeQuery(t, dir, "cells", `// name: cells
// description: Cells of every kind.
// args: (none)
g.emit({ zeta: "John Smith", alpha: "Jane <Doe>", plain: "nobody's name", n: 2500000, yes: true, nested: { a: 1 }, none: null, list: [], who: "<ngid:person/john-smith-2>", pred: "<http://schema.org/name>", day: "2021-05-28" });
`)
	lib, err := queries.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, st, web.Options{Queries: lib})
	code, _, body := get(t, srv.URL+"/ng/saved/cells")
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	for _, want := range []string{
		"<th>zeta</th><th>alpha</th><th>plain</th><th>n</th><th>yes</th><th>nested</th><th>none</th><th>list</th><th>who</th><th>pred</th><th>day</th>",
		`<td><span class="date">2021-05-28</span></td>`, // on one line
		`<td>schema:name</td>`,                          // a predicate: nothing is known of it, no page to link to
		`<a href="/ng/search?q=John&#43;Smith" title="2 entities have this name">John Smith</a>`,
		`<a href="/ng/entity?id=ngid%3Aperson%2Fjane" title="ngid:person/jane">Jane &lt;Doe&gt;</a>`,
		`<td>nobody&#39;s name</td>`, `<td>2500000</td>`, `<td>true</td>`, `<code class="json">{&#34;a&#34;:1}</code>`,
		`<td><span class="empty">—</span></td><td><span class="empty">—</span></td>`,
		`<a href="/ng/entity?id=ngid%3Aperson%2Fjohn-smith-2" title="ngid:person/john-smith-2">John Smith</a> <span class="class">Person</span>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(body, "<Doe>") {
		t.Error("a name is written as markup")
	}
}

// The query page holds an editor with the code asked for (a saved query's,
// with its example arguments, or the address's), and its script, served
// from the server itself.
func TestQueryPage(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	data := func(body string) map[string]any {
		t.Helper()
		m := regexp.MustCompile(`(?s)<script type="application/json" id="query-data">(.*?)</script>`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no data for the script:\n%s", body)
		}
		var d map[string]any
		if err := json.Unmarshal([]byte(m[1]), &d); err != nil {
			t.Fatalf("the script's data %s: %v", m[1], err)
		}
		return d
	}
	textarea := func(body string) string {
		m := regexp.MustCompile(`(?s)<textarea id="code"[^>]*>(.*?)</textarea>`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no editor:\n%s", body)
		}
		return html.UnescapeString(m[1])
	}
	code, _, body := get(t, srv.URL+"/ng/query")
	if code != 200 || !strings.Contains(textarea(body), `g.V("<schema:Person>")`) || !strings.Contains(body, `<script src="/ng/static/query.js"></script>`) {
		t.Fatalf("the query page: %d\n%s", code, body)
	}
	d := data(body)
	if d["run"] != false || d["prefixes"].(map[string]any)[schema.IDNS] != "ngid:" {
		t.Errorf("the script's data: %v", d)
	}
	// the default code runs as it is
	res, err := st.Query(context.Background(), textarea(body), graph.QueryOptions{})
	if err != nil || len(res.Values) == 0 {
		t.Errorf("the editor's first code: %v, %d rows", err, len(res.Values))
	}

	profile, _ := queries.Find("profile")
	_, _, body = get(t, srv.URL+"/ng/query?saved=profile")
	if textarea(body) != profile.Code || !strings.Contains(body, `<option value="profile" selected>`) {
		t.Errorf("?saved=profile: the editor holds\n%s", textarea(body))
	}
	if d := data(body); d["args"].(map[string]any)["entity"] != "India" || d["saved"] != "profile" {
		t.Errorf("?saved=profile: the example arguments: %v", d)
	}
	_, _, body = get(t, srv.URL+"/ng/query?saved=profile&entity=Quad&run=1&limit=5")
	if d := data(body); d["args"].(map[string]any)["entity"] != "Quad" || len(d["args"].(map[string]any)) != 1 || d["run"] != true ||
		!strings.Contains(body, `value="5"`) {
		t.Errorf("?saved=profile&entity=Quad&run=1: %v", d)
	}
	_, _, body = get(t, srv.URL+"/ng/query?code="+url.QueryEscape(`g.emit("</textarea><script>")`))
	if textarea(body) != `g.emit("</textarea><script>")` {
		t.Errorf("?code=: the editor holds %q", textarea(body))
	}
	for p, want := range map[string]int{
		"/ng/query?saved=no-such": 404,
		"/ng/query?limit=0":       400,
		"/ng/static/":             404,
		"/ng/static/nothing.js":   404,
	} {
		if code, _, _ := get(t, srv.URL+p); code != want {
			t.Errorf("GET %s: %d, want %d", p, code, want)
		}
	}
	code, hdr, js := get(t, srv.URL+"/ng/static/query.js")
	if code != 200 || !strings.Contains(hdr.Get("Content-Type"), "javascript") || !strings.Contains(js, `"/api/v2/query?"`) || !strings.Contains(js, `"/ng/labels"`) {
		t.Errorf("the script: %d %s", code, hdr.Get("Content-Type"))
	}
}

// /ng/labels names entities as pages do and finds entities by name.
func TestLabels(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	post := func(body string) (int, map[string]map[string]map[string]any) {
		t.Helper()
		resp, err := http.Post(srv.URL+"/ng/labels", "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]map[string]map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	full := "<" + string(ngid("person/antony-blinken")) + ">"
	code, out := post(`{"ids": ["` + full + `", "ngid:country/in", "ngid:country/zz", "not an iri"], "names": ["S Jaishankar", "Atlantis", "India"]}`)
	if code != 200 {
		t.Fatalf("%d %v", code, out)
	}
	if b := out["ids"][full]; b["name"] != "Antony Blinken" || b["class"] != "Person" || b["url"] != "/ng/entity?id=ngid%3Aperson%2Fantony-blinken" || b["short"] != "ngid:person/antony-blinken" {
		t.Errorf("Blinken: %v", b)
	}
	if in := out["ids"]["ngid:country/in"]; in["name"] != "India" || len(out["ids"]) != 2 {
		t.Errorf("ids: %v", out["ids"])
	}
	if j := out["names"]["S Jaishankar"]; j["url"] != "/ng/entity?id=ngid%3Aperson%2Fs-jaishankar" || j["entities"] != 1.0 || len(out["names"]) != 2 {
		t.Errorf("names: %v", out["names"])
	}
	// events by who, where and when
	q, _ := queries.Find("meetings")
	res, _ := st.Query(context.Background(), q.Code, graph.QueryOptions{Raw: true})
	ev := res.Values[0].(map[string]any)["event"].(string)
	id, _ := graph.ParseID(ev)
	e, _ := st.Entity(context.Background(), id, 0, 1)
	if _, out := post(`{"ids": ["` + ev + `"]}`); out["ids"][ev]["name"] != e.Name || !strings.Contains(e.Name, ": ") {
		t.Errorf("an event: %v, its page names it %q", out["ids"][ev], e.Name)
	}
	for body, want := range map[string]int{
		`{"ids": "x"}`: 400,
		`not json`:     400,
		`{"names": [` + strings.Repeat(`"x",`, 5000) + `"x"]}`: 400,
	} {
		if code, _ := post(body); code != want {
			t.Errorf("POST %.40s: %d, want %d", body, code, want)
		}
	}
	if code, _, _ := get(t, srv.URL+"/ng/labels"); code != http.StatusMethodNotAllowed && code != http.StatusNotFound {
		t.Errorf("GET /ng/labels: %d", code)
	}
}

// Cayley's UI has moved to /cayley/, its files still where its page asks
// for them; / is newsgraph's start page.
func TestCayleyUIMoved(t *testing.T) {
	srv := serve(t, seedStore(t), web.Options{})
	_, _, start := get(t, srv.URL+"/")
	if strings.Contains(start, `<div id="root">`) || !strings.Contains(start, "What the store holds") {
		t.Errorf("/ is not newsgraph's start page")
	}
	code, _, ui := get(t, srv.URL+"/cayley/")
	if code != 200 || !strings.Contains(ui, "<title>Cayley</title>") {
		t.Fatalf("/cayley/: %d\n%s", code, ui)
	}
	if code, _, ui2 := get(t, srv.URL+"/cayley/?entity=Quad"); code != 200 || ui2 != ui {
		t.Errorf("/cayley/?entity=Quad: %d", code)
	}
	files := regexp.MustCompile(`(?:src|href)="(/[^"]+)"`).FindAllStringSubmatch(ui, -1)
	if len(files) < 3 {
		t.Fatalf("Cayley's page asks for %d files", len(files))
	}
	for _, f := range files {
		if code, _, _ := get(t, srv.URL+f[1]); code != 200 {
			t.Errorf("Cayley's UI asks for %s: %d", f[1], code)
		}
	}
	resp, err := noRedirect.Get(srv.URL + "/cayley")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/cayley/" {
		t.Errorf("/cayley: %d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
	for _, p := range []string{"/index.html", "/static/", "/nothing", "/static/js/nothing.js"} {
		if code, _, _ := get(t, srv.URL+p); code != 404 {
			t.Errorf("GET %s: %d, want 404", p, code)
		}
	}
}

// No page loads anything from another site: scripts, styles, pictures and
// frames all come from the server (links to an article's own site are
// links, not loads).
func TestPagesLoadNothingFromElsewhere(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	load := regexp.MustCompile(`(?i)<(script|link|img|object|iframe|embed|source|audio|video)\b[^>]*?\b(src|href|data)="([^"]*)"`)
	imports := regexp.MustCompile(`(?i)@import|url\(`)
	for _, p := range []string{"/", "/ng/search?q=a", "/ng/entity?id=ngid:person/antony-blinken", "/ng/saved/",
		"/ng/saved/office-holders?country=India", "/ng/query", "/ng/query?saved=profile", "/ng/saved/nothing"} {
		_, _, body := get(t, srv.URL+p)
		loads := load.FindAllStringSubmatch(body, -1)
		for _, m := range loads {
			u := html.UnescapeString(m[3])
			if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
				t.Errorf("%s loads %s from elsewhere: %s", p, m[1], u)
			}
		}
		if imports.MatchString(body) {
			t.Errorf("%s's style loads something", p)
		}
		if p == "/ng/query" && len(loads) == 0 {
			t.Errorf("the query page loads no script")
		}
	}
	_, _, js := get(t, srv.URL+"/ng/static/query.js")
	if m := regexp.MustCompile(`https?://`).FindString(js); m != "" {
		t.Errorf("the query page's script names another site: %s", m)
	}
}

// The columns of a saved query's table come in the order of the row its
// code emits, whatever else in the code names the same keys first.
func TestColumnOrder(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	for name, want := range map[string]string{
		"timeline":       "date what who place id",
		"office-holders": "jurisdiction office role holders",
		"aid-shipments":  "shipment donor recipient date item quantity qualifier unit",
		"quotations":     "speaker text date article",
		"meetings":       "event type name participants date location status mode",
	} {
		q, err := queries.Find(name)
		if err != nil {
			t.Fatal(err)
		}
		v := url.Values{}
		for _, a := range q.Args {
			v.Set(a.Name, a.Example())
		}
		_, _, body := get(t, srv.URL+"/ng/saved/"+name+"?"+v.Encode())
		m := regexp.MustCompile(`<thead><tr>(.*?)</tr></thead>`).FindStringSubmatch(body)
		if m == nil {
			t.Errorf("%s: no table\n%s", name, body)
			continue
		}
		var cols []string
		for _, c := range regexp.MustCompile(`<th>([^<]*)</th>`).FindAllStringSubmatch(m[1], -1) {
			cols = append(cols, c[1])
		}
		if got := strings.Join(cols, " "); got != want {
			t.Errorf("%s: columns %s, want %s", name, got, want)
		}
	}
	// the query page asks /ng/labels for the same order
	resp, err := http.Post(srv.URL+"/ng/labels", "application/json", strings.NewReader(
		`{"keys": ["zeta", "alpha", "mid", "other"], "code": "// args: alpha: x\nvar o = { alpha: 1 };\ng.emit({ zeta: 1, 'mid': 2, \"alpha\": o });"}`))
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Columns []string }
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if got := strings.Join(out.Columns, " "); got != "zeta mid alpha other" {
		t.Errorf("/ng/labels orders the columns %s", got)
	}
}

func writeQuery(t *testing.T, dir, name, code string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name+".js"), []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
}

// An entity's page links to the saved queries about one entity, run for
// it: by its name when it is the only one with that name, else by its IRI;
// each link opens a table of its rows.
func TestEntityPageQueries(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	ctx := context.Background()
	lib, _ := queries.Open("")
	var about []string
	for _, q := range lib.Queries {
		if len(q.Args) == 1 && q.Args[0].Name == "entity" {
			about = append(about, q.Name)
		}
	}
	if len(about) < 2 {
		t.Fatalf("the saved queries about one entity: %v", about)
	}
	mq, _ := queries.Find("meetings")
	res, err := st.Query(ctx, mq.Code, graph.QueryOptions{Raw: true})
	if err != nil || len(res.Values) == 0 {
		t.Fatalf("meetings: %v", err)
	}
	meeting, _ := graph.ParseID(res.Values[0].(map[string]any)["event"].(string))
	for id, ref := range map[quad.IRI]string{
		ngid("person/antony-blinken"): "Antony Blinken",
		meeting:                       graph.ShortIRI(meeting), // its label is no name
	} {
		_, _, body := get(t, entityURL(srv, id))
		body = html.UnescapeString(body)
		for _, name := range about {
			link := "/ng/saved/" + name + "?" + url.Values{"entity": {ref}}.Encode()
			if !strings.Contains(body, `<a href="`+link+`"`) {
				t.Errorf("the page of %s does not link to %s", graph.ShortIRI(id), link)
				continue
			}
			// a meeting has no timeline of its own: no rows, but no error
			if code, _, page := get(t, srv.URL+link); code != 200 || !strings.Contains(page, `<table class="results"`) && !strings.Contains(page, "No results.") {
				t.Errorf("%s: %d, no table\n%s", link, code, page)
			}
		}
	}

	// a name two entities have: by IRI
	st2 := openStore(t)
	addArticle(t, st2, 1, "One", "2021-01-01", "John Smith")
	art := schema.ArticleIRI(strings.Repeat("f", 64))
	s1 := schema.SentenceIRI(art, 1)
	other := ngid("person/john-smith-2")
	if _, err := st2.ReplaceArticle(ctx, art, "two", []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: s1, Predicate: schema.IsPartOf, Object: art, Label: art},
		{Subject: s1, Predicate: schema.Text, Object: quad.String("Another John Smith."), Label: art},
		{Subject: other, Predicate: schema.Type, Object: schema.Person, Label: s1},
		{Subject: other, Predicate: schema.Name, Object: quad.String("John Smith"), Label: s1},
	}); err != nil {
		t.Fatal(err)
	}
	srv2 := serve(t, st2, web.Options{})
	_, _, body := get(t, entityURL(srv2, other))
	if !strings.Contains(body, `href="/ng/saved/profile?entity=ngid%3Aperson%2Fjohn-smith-2"`) {
		t.Errorf("John Smith (one of two) is not asked for by IRI:\n%s", body)
	}
}
