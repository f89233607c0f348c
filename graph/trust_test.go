package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// A query that allocates without end is stopped by its meter with
// a clear error, and the store answers the next query.
func TestQueryMemoryGuard(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	if _, err := st.ReplaceArticle(ctx, art1, "a.txt", articleQuads(art1, "a.txt", "Jane Roe")); err != nil {
		t.Fatal(err)
	}
	_, err := st.Query(ctx, `var a = []; while (true) { a.push(new Array(1001).join("x").repeat(100)); }`,
		// a time limit far off: the memory guard, not the clock, must
		// end it, however slow a busy machine runs the loop
		graph.QueryOptions{MaxMemory: 64 << 20, Timeout: 10 * time.Minute})
	if err == nil || !strings.Contains(err.Error(), "more memory than its limit") {
		t.Fatalf("runaway allocation: %v", err)
	}
	res, err := st.Query(ctx, `g.V("<ngid:person/jane-roe>").all()`, graph.QueryOptions{})
	if err != nil || len(res.Values) != 1 {
		t.Errorf("the next query: %v, %v", res.Values, err)
	}
}

// A query with millions of results is cut at the result limit.
func TestQueryResultLimit(t *testing.T) {
	st, _ := MustOpen(t)
	res, err := st.Query(context.Background(), `for (var i = 0; i < 3000000; i++) { g.emit(i) }`, graph.QueryOptions{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Values) != 1000 || !res.Truncated {
		t.Errorf("%d results, truncated %v; want 1000, true", len(res.Values), res.Truncated)
	}
}

// A query that goes on emitting after its page is full is stopped there,
// not at its time limit: a page costs a page.
func TestQueryStopsAtPage(t *testing.T) {
	st, _ := MustOpen(t)
	res, err := st.Query(context.Background(), `while (true) { g.emit(1) }`, graph.QueryOptions{Limit: 5, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Values) != 5 || !res.Truncated {
		t.Errorf("%d results, truncated %v; want 5, true", len(res.Values), res.Truncated)
	}
	// below 0: no limit
	res, err = st.Query(context.Background(), `for (var i = 0; i < 500; i++) { g.emit(i) }`, graph.QueryOptions{Limit: -1})
	if err != nil || len(res.Values) != 500 || res.Truncated {
		t.Errorf("no limit: %d results, truncated %v, %v; want 500", len(res.Values), res.Truncated, err)
	}
}

// serve answers many queries at once, correctly; it refuses writes unless
// writable, bodies over its limit, and stops runaway queries.
func TestServer(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	if _, err := st.ReplaceArticle(ctx, art1, "a.txt", articleQuads(art1, "a.txt", "Jane Roe")); err != nil {
		t.Fatal(err)
	}
	// A time limit far off for all but the runaway query: on a busy
	// machine under the race detector, 60 small queries at once can take
	// seconds, and they must not be stopped by the clock.
	srv := httptest.NewServer(st.Handler(graph.ServerOptions{Timeout: 10 * time.Minute, MaxBody: 4096}))
	defer srv.Close()
	short := httptest.NewServer(st.Handler(graph.ServerOptions{Timeout: 2 * time.Second, MaxBody: 4096}))
	defer short.Close()
	queryAt := func(url, code string) (int, string) {
		resp, err := http.Post(url+"/api/v2/query?lang=gizmo", "application/javascript", strings.NewReader(code))
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	query := func(code string) (int, string) { return queryAt(srv.URL, code) }

	t.Run("Concurrent", func(t *testing.T) {
		var wg sync.WaitGroup
		errs := make(chan string, 60)
		for i := 0; i < 60; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				code, body := query(fmt.Sprintf(`g.addDefaultNamespaces(); g.emit(%d); g.V(g.IRI("ngid:person/jane-roe")).out(g.IRI("schema:name")).all()`, i))
				var r struct{ Result []any }
				if code != 200 || json.Unmarshal([]byte(body), &r) != nil || len(r.Result) != 2 ||
					fmt.Sprint(r.Result[0]) != fmt.Sprint(i) || !strings.Contains(body, "Jane Roe") {
					errs <- fmt.Sprintf("query %d: %d %s", i, code, body)
				}
			}(i)
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	})
	t.Run("ReadOnly", func(t *testing.T) {
		resp, err := http.Post(srv.URL+"/api/v2/write", "application/n-quads", strings.NewReader("<a> <b> <c> .\n"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("write to a read-only server: %d", resp.StatusCode)
		}
	})
	t.Run("BodyLimit", func(t *testing.T) {
		code, _ := query("g.emit('" + strings.Repeat("x", 10000) + "')")
		if code == 200 {
			t.Errorf("a body over the limit was answered")
		}
	})
	t.Run("Runaway", func(t *testing.T) {
		// stopped by the server's time limit (the test would not end
		// otherwise), with an error, and the store answers the next one
		code, body := queryAt(short.URL, `while (true) {}`)
		if code == 200 || !strings.Contains(body, "time limit") {
			t.Errorf("runaway query: %d %s", code, body)
		}
		if code, body := query(`g.emit(1)`); code != 200 || !strings.Contains(body, "1") {
			t.Errorf("after a runaway query: %d %s", code, body)
		}
	})
}

// When Query returns, the code it ran has ended: a query stopped at its
// page, its time limit or an error leaves no goroutine behind that could
// still read the store after the store is closed (on bolt, a crash).
func TestQueryEndsBeforeReturn(t *testing.T) {
	ctx := context.Background()
	st, _ := MustOpen(t)
	if _, err := st.ReplaceArticle(ctx, art1, "a.txt", articleQuads(art1, "a.txt", "Jane Roe")); err != nil {
		t.Fatal(err)
	}
	codes := []struct {
		code string
		opt  graph.QueryOptions
	}{
		// stopped at the page while the code is reading the store
		{`g.emit(1); g.emit(2); for (var i = 0; i < 100000; i++) { g.V().out().toArray(); }`, graph.QueryOptions{Limit: 1}},
		// stopped at its time limit while reading the store
		{`for (var i = 0; i < 100000; i++) { g.V().out().toArray(); }`, graph.QueryOptions{Timeout: 50 * time.Millisecond}},
	}
	for _, c := range codes {
		for range 10 {
			st.Query(ctx, c.code, c.opt)
			var b strings.Builder
			pprof.Lookup("goroutine").WriteTo(&b, 2)
			// the goroutine that ran the code may not have returned yet
			// from its last line (it has handed its end over: closeWait
			// saw it), but none may still be in the code
			if strings.Contains(b.String(), "gizmo.(*Session).run") {
				t.Fatalf("%s: the query's code runs on after Query returned:\n%s", c.code, b.String())
			}
		}
	}
}
