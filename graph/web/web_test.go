package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/seedtest"
	"github.com/newsgraph/newsgraph/graph/web"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

func openStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open("bolt", filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// seedStore holds ../../seeds, as `newsgraph ingest seeds` builds it.
func seedStore(t *testing.T) *graph.Store {
	t.Helper()
	st := openStore(t)
	seedtest.Ingest(t, st, "../../seeds")
	return st
}

func serve(t *testing.T, st *graph.Store, opt web.Options) *httptest.Server {
	t.Helper()
	if opt.Timeout == 0 {
		opt.Timeout = 20 * time.Second
	}
	srv := httptest.NewServer(web.Handler(st, opt))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, u string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func entityURL(srv *httptest.Server, id quad.IRI) string {
	return srv.URL + "/ng/entity?" + url.Values{"id": {graph.ShortIRI(id)}}.Encode()
}

func ngid(s string) quad.IRI { return quad.IRI(schema.IDNS + s) }

func TestSavedQueries(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{ServerOptions: graph.ServerOptions{Limit: 100}})
	run := func(name string, args map[string]string) string {
		q, err := queries.Find(name)
		if err != nil {
			t.Fatal(err)
		}
		res, err := st.Query(context.Background(), q.Code, graph.QueryOptions{Args: args})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(res.Values)
		return string(b)
	}
	for _, c := range []struct {
		name string
		args map[string]string
	}{
		{"aid-shipments", nil},
		{"quotations", nil},
		{"office-holders", map[string]string{"country": "India"}},
		{"evidence", map[string]string{"subject": "Antony Blinken", "predicate": "ng:holdsOffice"}},
	} {
		v := url.Values{}
		for k, a := range c.args {
			v.Set(k, a)
		}
		code, hdr, body := get(t, srv.URL+"/api/saved/"+c.name+"?"+v.Encode())
		var got struct {
			Query     string
			Args      map[string]string
			Truncated bool
			Result    []any
		}
		if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") || json.Unmarshal([]byte(body), &got) != nil {
			t.Fatalf("%s: %d %s %s", c.name, code, hdr.Get("Content-Type"), body)
		}
		b, _ := json.Marshal(got.Result)
		if want := run(c.name, c.args); string(b) != want || len(got.Result) == 0 || got.Query != c.name || got.Truncated {
			t.Errorf("%s over HTTP:\n%s\nas `newsgraph query`:\n%s", c.name, b, want)
		}
	}

	code, _, body := get(t, srv.URL+"/api/saved/aid-shipments?limit=1")
	var page struct {
		Truncated bool
		Result    []any
	}
	if json.Unmarshal([]byte(body), &page); code != 200 || len(page.Result) != 1 || !page.Truncated {
		t.Errorf("limit=1: %d %s", code, body)
	}
	for path, want := range map[string]int{
		"/api/saved/no-such-query":                           404,
		"/api/saved/office-holders":                          400, // needs country
		"/api/saved/office-holders?country=India&colour=red": 400,
		"/api/saved/office-holders?country=India&country=UN": 400,
		"/api/saved/aid-shipments?limit=-1":                  400,
		"/api/saved/aid-shipments?limit=lots":                400,
		"/api/saved/":                                        200,
	} {
		code, hdr, body := get(t, srv.URL+path)
		var e map[string]any
		json.Unmarshal([]byte(body), &e)
		if code != want || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") || (want != 200 && e["error"] == nil) {
			t.Errorf("GET %s: %d %s, want %d and JSON", path, code, body, want)
		}
	}
	// Cayley's UI and API are still there
	if code, _, body := get(t, srv.URL+"/cayley/"); code != 200 || !strings.Contains(body, "<title>Cayley</title>") {
		t.Errorf("Cayley's UI at /cayley/: %d", code)
	}
	resp, err := http.Post(srv.URL+"/api/v2/query?lang=gizmo", "application/javascript",
		strings.NewReader(`g.V("<`+string(ngid("person/antony-blinken"))+`>").out("<http://schema.org/name>").all()`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "Antony Blinken") {
		t.Errorf("Cayley's API: %d %s", resp.StatusCode, b)
	}
}

func TestSearchPage(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	code, _, body := get(t, srv.URL+"/ng/search?q=BLINK")
	if code != 200 || !strings.Contains(body, `href="/ng/entity?id=ngid%3Aperson%2Fantony-blinken"`) ||
		!strings.Contains(body, "Antony Blinken") || !strings.Contains(body, "Person") || !strings.Contains(body, "Showing 1 of 1") {
		t.Errorf("search BLINK: %d\n%s", code, body)
	}
	// every page has the search box
	for _, p := range []string{"/", "/ng/", "/ng/search", "/ng/search?q=zzzz", "/ng/entity?id=ngid:country/in",
		"/ng/saved/", "/ng/saved/meetings", "/ng/query"} {
		code, _, body := get(t, srv.URL+p)
		if code != 200 || !strings.Contains(body, `<form action="/ng/search"`) {
			t.Errorf("%s: %d, or no search box", p, code)
		}
	}
	if _, _, body := get(t, srv.URL+"/ng/search?q=zzzz"); !strings.Contains(body, "No entity has a name holding") {
		t.Error("a search that finds nothing does not say so")
	}
	if code, _, _ := get(t, srv.URL+"/ng/search?q="+strings.Repeat("x", 1000)); code != 400 {
		t.Errorf("a 1000-byte search: %d", code)
	}
}

// The entity page lists every fact with the sentence it was read from.
func TestEntityPage(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	ctx := context.Background()
	all, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	text := map[quad.Value]string{}
	for _, q := range all {
		if q.Predicate == schema.Text {
			text[q.Subject] = quad.ToString(q.Object)
		}
	}
	blinken := ngid("person/antony-blinken")
	code, _, body := get(t, entityURL(srv, blinken))
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	facts := 0
	for _, q := range all {
		if q.Subject != blinken && q.Object != blinken {
			continue
		}
		facts++
		s, ok := text[q.Label]
		if !ok {
			t.Fatalf("fact %v has no sentence", q)
		}
		if !strings.Contains(body, html.EscapeString(s)) {
			t.Errorf("Blinken's page lacks the sentence of %v: %s", q, s)
		}
		if q.Object == blinken && q.Predicate == schema.Speaker {
			if !strings.Contains(body, html.EscapeString(text[q.Subject])) {
				t.Errorf("Blinken's page lacks his quotation %q", text[q.Subject])
			}
		}
	}
	if facts == 0 || !strings.Contains(body, "Secretary of State") || !strings.Contains(body, "ng:holdsOffice") ||
		!strings.Contains(body, `href="/ng/entity?id=ngid%3Aarticle%2F`) {
		t.Errorf("Blinken's page:\n%s", body)
	}
	// lexicon facts say so
	if _, _, body := get(t, srv.URL+"/ng/entity?id=ngid:country/in"); !strings.Contains(body, "from the lexicon") || !strings.Contains(body, "ng:iso3166") {
		t.Error("India's page does not mark its lexicon facts")
	}
	for p, want := range map[string]int{
		"/ng/entity?id=ngid:country/zz":                                 404,
		"/ng/entity?id=India":                                           400,
		"/ng/entity":                                                    400,
		"/ng/entity?id=ngid:country/in&depth=-1":                        400,
		"/ng/entity?id=ngid:country/in&depth=two":                       400,
		"/ng/entity?id=ngid:country/in&depth=1000000000":                200,
		"/ng/entity?id=ngid:country/in&page=0":                          400,
		"/ng/entity?id=ngid:country/in&page=99999":                      200,
		"/ng/entity?id=ngid:country/in&page=99999999999999999":          400,
		"/ng/entity?id=ngid:country/in&page=99999999999999999999999999": 400,
		"/ng/picture.dot?id=ngid:country/zz":                            404,
		"/ng/picture.dot?id=ngid:country/in&depth=99":                   200,
		"/ng": 200, // redirected to /
	} {
		if code, _, body := get(t, srv.URL+p); code != want {
			t.Errorf("GET %s: %d, want %d\n%s", p, code, want, body)
		}
	}
	if _, _, body := get(t, srv.URL+"/ng/entity?id=ngid:country/in&depth=1000000000"); !strings.Contains(body, "held to 3") {
		t.Error("a huge depth is not said to be held")
	}
}

// An entity with more facts than a page shows them a page at a time.
func TestEntityPaging(t *testing.T) {
	st := openStore(t)
	art := schema.ArticleIRI(strings.Repeat("c", 64))
	s1 := schema.SentenceIRI(art, 1)
	g := ngid("grouping/big")
	qs := []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: s1, Predicate: schema.IsPartOf, Object: art, Label: art},
		{Subject: s1, Predicate: schema.Text, Object: quad.String("Many joined."), Label: art},
		{Subject: g, Predicate: schema.Type, Object: schema.Grouping, Label: s1},
		{Subject: g, Predicate: schema.Name, Object: quad.String("Big"), Label: s1},
	}
	for i := 0; i < 250; i++ {
		qs = append(qs, quad.Quad{Subject: g, Predicate: schema.Member, Object: ngid(fmt.Sprintf("country/x%03d", i)), Label: s1})
	}
	if _, err := st.ReplaceArticle(context.Background(), art, "big.txt", qs); err != nil {
		t.Fatal(err)
	}
	srv := serve(t, st, web.Options{Dot: "/no/such/dot"})
	_, _, p1 := get(t, entityURL(srv, g))
	_, _, p3 := get(t, entityURL(srv, g)+"&page=3")
	if !strings.Contains(p1, "Showing facts 1–100 of 252") || !strings.Contains(p1, "next →") || strings.Contains(p1, "x150") {
		t.Errorf("page 1 of 252 facts:\n%s", p1)
	}
	if !strings.Contains(p3, "Showing facts 201–252 of 252") || !strings.Contains(p3, "x249") || strings.Contains(p3, "next →") {
		t.Errorf("page 3 of 252 facts:\n%s", p3)
	}
	// the picture holds a bounded number of nodes
	_, _, dot := get(t, srv.URL+"/ng/picture.dot?id=ngid:grouping/big")
	if n := strings.Count(dot, "[label=") - strings.Count(dot, "->"); n > graph.MaxPictureNodes {
		t.Errorf("the picture of 250 members draws %d nodes", n)
	}
}

// Names and sentences are text, never markup, on every page and picture.
func TestHostileNames(t *testing.T) {
	st := openStore(t)
	art := schema.ArticleIRI(strings.Repeat("d", 64))
	s1 := schema.SentenceIRI(art, 1)
	p := ngid("person/evil")
	evil := `<script>alert("name")</script> & "Co" \N`
	qs := []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: art, Predicate: schema.Source, Object: quad.String(`<b>source</b>.txt`), Label: art},
		{Subject: art, Predicate: schema.URL, Object: quad.String(`javascript:alert(1)`), Label: art},
		{Subject: s1, Predicate: schema.IsPartOf, Object: art, Label: art},
		{Subject: s1, Predicate: schema.Text, Object: quad.String(`<img src=x onerror=alert(2)> said so.`), Label: art},
		{Subject: p, Predicate: schema.Type, Object: schema.Person, Label: s1},
		{Subject: p, Predicate: schema.Name, Object: quad.String(evil), Label: s1},
		{Subject: p, Predicate: schema.HoldsOffice, Object: ngid("office/x/boss"), Label: s1},
		{Subject: ngid("office/x/boss"), Predicate: schema.Name, Object: quad.String(`</object><script>alert(3)</script>`), Label: s1},
	}
	if _, err := st.ReplaceArticle(context.Background(), art, "evil.txt", qs); err != nil {
		t.Fatal(err)
	}
	check := func(what, body string) {
		t.Helper()
		for _, bad := range []string{"<script>", "<img src=x", "<b>source", "javascript:alert"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s holds %q unescaped", what, bad)
			}
		}
	}
	for _, dot := range []string{"/no/such/dot", ""} {
		srv := serve(t, st, web.Options{Dot: dot})
		_, _, body := get(t, entityURL(srv, p))
		check("the entity page", body)
		if !strings.Contains(body, "&lt;script&gt;alert(&#34;name&#34;)&lt;/script&gt; &amp; &#34;Co&#34;") || !strings.Contains(body, "&lt;img src=x") {
			t.Errorf("the entity page does not show the hostile name as text:\n%s", body)
		}
		_, _, body = get(t, srv.URL+"/ng/search?q="+url.QueryEscape(`<script>`))
		check("the search page", body)
		if !strings.Contains(body, "Showing 2 of 2") {
			t.Errorf("search for <script>:\n%s", body)
		}
		_, _, body = get(t, srv.URL+"/ng/search?q="+url.QueryEscape(`"><script>alert(4)</script>`))
		check("the search page's box", body)
	}
	if _, err := exec.LookPath("dot"); err == nil {
		srv := serve(t, st, web.Options{})
		code, hdr, svg := get(t, srv.URL+"/ng/picture.svg?id=ngid:person/evil")
		if code != 200 || hdr.Get("Content-Type") != "image/svg+xml" {
			t.Fatalf("picture: %d %s", code, svg)
		}
		check("the picture", svg)
		if !strings.Contains(svg, "&lt;script&gt;") {
			t.Errorf("the picture lacks the hostile name as text:\n%s", svg)
		}
	}
}

// Without Graphviz the page shows the picture as DOT text; the SVG says why
// it cannot be had.
func TestPictureWithoutGraphviz(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{Dot: "/no/such/dot"})
	code, _, body := get(t, srv.URL+"/ng/entity?id=ngid:person/antony-blinken")
	if code != 200 || !strings.Contains(body, "dot program is not found") || !strings.Contains(body, "digraph newsgraph") ||
		!strings.Contains(body, "&#34;Secretary of State&#34;") {
		t.Errorf("entity page without Graphviz: %d\n%s", code, body)
	}
	code, _, body = get(t, srv.URL+"/ng/picture.svg?id=ngid:person/antony-blinken")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "Graphviz") {
		t.Errorf("SVG without Graphviz: %d %s", code, body)
	}
}

// requireTool skips a test when program is not installed, or fails it when
// the environment variable env is set (as CI sets it).
func requireTool(t *testing.T, program, env string) string {
	t.Helper()
	p, err := exec.LookPath(program)
	if err != nil {
		if os.Getenv(env) != "" {
			t.Fatalf("%s is required (%s is set): %v", program, env, err)
		}
		t.Skipf("%s is not installed (set %s=1 to fail instead)", program, env)
	}
	return p
}

func TestPictureSVG(t *testing.T) {
	requireTool(t, "dot", "NEWSGRAPH_REQUIRE_GRAPHVIZ")
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	code, hdr, svg := get(t, srv.URL+"/ng/picture.svg?id=ngid:person/antony-blinken&depth=1")
	if code != 200 || hdr.Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("%d %s", code, svg)
	}
	for _, want := range []string{"<svg", "Antony Blinken", "Secretary of State", "holdsOffice", "speaker",
		`/ng/entity?id=ngid%3Aoffice%2Fus%2Fsecretary-of-state`} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
	if strings.Contains(svg, "#s1") || strings.Contains(svg, "India and the US on Friday") {
		t.Error("the SVG draws a sentence")
	}
	_, _, page := get(t, srv.URL+"/ng/entity?id=ngid:person/antony-blinken")
	if !strings.Contains(page, `<object type="image/svg+xml" data="/ng/picture.svg?depth=1&amp;id=ngid%3Aperson%2Fantony-blinken"`) {
		t.Errorf("the entity page does not show the picture:\n%s", page)
	}
}
