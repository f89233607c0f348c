package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/web"
	"github.com/newsgraph/newsgraph/queries"
)

// post sends code to Cayley's query endpoint as its web UI does.
func post(t *testing.T, u, code string, hdr map[string]string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, u, strings.NewReader(code))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// Every saved query posted unchanged to Cayley's endpoint, /api/v2/query
// (what its web UI does), with its arguments in the URL, gives what
// `newsgraph query` gives: the same rows, in Cayley's form.
func TestSavedQueriesInCayleysAPI(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	lib, err := queries.Open("")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range lib.Queries {
		t.Run(q.Name, func(t *testing.T) {
			// the arguments its golden file tests it with
			var golden queries.Golden
			b, err := os.ReadFile(filepath.Join("../../queries", q.Name+queries.GoldenSuffix))
			if err != nil || json.Unmarshal(b, &golden) != nil {
				t.Fatalf("golden file: %v", err)
			}
			want, err := st.Query(context.Background(), q.Code, graph.QueryOptions{Args: golden.Args, Limit: -1})
			if err != nil || len(want.Values) == 0 {
				t.Fatalf("newsgraph query %s: %v, %d rows", q.Name, err, len(want.Values))
			}
			v := url.Values{"lang": {"gizmo"}}
			for k, a := range golden.Args {
				v.Set(k, a)
			}
			code, body := post(t, srv.URL+"/api/v2/query?"+v.Encode(), q.Code, nil)
			var got struct{ Result []any }
			if code != 200 || json.Unmarshal([]byte(body), &got) != nil {
				t.Fatalf("%d %s", code, body)
			}
			for i, r := range got.Result {
				got.Result[i] = graph.Simplify(r)
			}
			gb, _ := json.Marshal(got.Result)
			wb, _ := json.Marshal(want.Values)
			if string(gb) != string(wb) {
				t.Errorf("over Cayley's API:\n%s\nas newsgraph query:\n%s", gb, wb)
			}
		})
	}
}

// The endpoint says what a saved query lacks, refuses an argument it does
// not take by name, and tells a name no entity has; the address of
// Cayley's web UI gives the arguments when the request's has none.
func TestCayleysAPIArguments(t *testing.T) {
	st := seedStore(t)
	srv := serve(t, st, web.Options{})
	q, err := queries.Find("profile")
	if err != nil {
		t.Fatal(err)
	}
	api := srv.URL + "/api/v2/query?lang=gizmo"
	for _, c := range []struct {
		url, referer, want string
		status             int
	}{
		{api, "", `profile needs entity=… (a name, e.g. India, Antony Blinken, Quad); give arguments as parameters of the URL, ?entity=India`, 400},
		{api + "&entty=Quad", "", `profile takes entity, not entty`, 400},
		{api + "&entity=Atlantis", "", `no entity is named \"Atlantis\"`, 400},
		{api + "&entity=quad", "", `"entity":"Quad"`, 200},
		{api, srv.URL + "/cayley/?entity=ngid:grouping/quad", `"entity":"Quad"`, 200},
		{api, "http://elsewhere.example/cayley/?entity=Quad", `profile needs entity`, 400},
		// only Cayley's UI: the address of a page of newsgraph's own is no query's arguments
		{api, srv.URL + "/ng/query?saved=profile&entity=Quad", `profile needs entity`, 400},
	} {
		hdr := map[string]string{"Accept": "application/ld+json"}
		if c.referer != "" {
			hdr["Referer"] = c.referer
		}
		code, body := post(t, c.url, q.Code, hdr)
		if code != c.status || !strings.Contains(body, c.want) {
			t.Errorf("POST %s (from %q): %d %s, want %d and %s", c.url, c.referer, code, body, c.status, c.want)
		}
	}
	// Gizmo without a header runs as before, with the helpers
	code, body := post(t, api, `g.emit(ng.name("<ngid:country/in>"))`, nil)
	if code != 200 || body != `{"result":["India"]}`+"\n" {
		t.Errorf("ad hoc Gizmo: %d %s", code, body)
	}
	// and GET with ?qu= as Cayley's API takes it
	code, _, body = get(t, api+"&qu="+url.QueryEscape(`g.V("<ngid:country/in>").all()`))
	if code != 200 || !strings.Contains(body, "country/in") {
		t.Errorf("GET ?qu=: %d %s", code, body)
	}
}

// /api/saved serves the user's queries beside the built-in ones, a user's
// in place of a built-in of the same name; an argument that names no
// entity is a 404.
func TestUserQueriesServed(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "persons.js"), []byte("// name: persons\n// description: Every person.\n// args: (none)\n"+
		`g.V("<schema:Person>").in("<rdf:type>").unique().forEach(function (p) { g.emit(ng.name(p.id)); });`), 0o644)
	os.WriteFile(filepath.Join(dir, "countries.js"), []byte("// name: countries\n// description: Mine.\n// args: (none)\ng.emit(\"mine\");"), 0o644)
	lib, err := queries.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	srv := serve(t, seedStore(t), web.Options{Queries: lib})
	if code, _, body := get(t, srv.URL+"/api/saved/persons"); code != 200 || !strings.Contains(body, `"S Jaishankar"`) {
		t.Errorf("persons: %d %s", code, body)
	}
	if code, _, body := get(t, srv.URL+"/api/saved/countries"); code != 200 || !strings.Contains(body, `"mine"`) {
		t.Errorf("countries: %d %s", code, body)
	}
	if code, _, body := get(t, srv.URL+"/api/saved/"); code != 200 || !strings.Contains(body, `"name": "persons"`) ||
		!strings.Contains(body, `"page": "/ng/saved/persons"`) || !strings.Contains(body, `"page": "/ng/saved/profile?entity=India"`) {
		t.Errorf("the list: %d %s", code, body)
	}
	if code, _, body := get(t, srv.URL+"/ng/"); code != 200 || !strings.Contains(body, "persons") {
		t.Errorf("the start page: %d", code)
	}
	if code, _, body := get(t, srv.URL+"/api/saved/profile?entity=Atlantis"); code != 404 || !strings.Contains(body, `no entity is named \"Atlantis\"`) {
		t.Errorf("profile of Atlantis: %d %s", code, body)
	}
}
