package graph_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

// Renaming a person keeps each quad's label and the old name as an
// alternate one.
func TestRenamePerson(t *testing.T) { onEachBackend(t, testRenamePerson) }

func testRenamePerson(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	q := articleQuads(art1, "a.txt", "Blinken")
	if _, err := st.ReplaceArticle(ctx, art1, "a.txt", q); err != nil {
		t.Fatal(err)
	}
	person := q[4].Subject.(quad.IRI)
	if err := st.RenamePerson(ctx, person, "Blinken", "Antony Blinken"); err != nil {
		t.Fatal(err)
	}
	people, err := st.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names := strings.Join(people[person], "|")
	if names != "Antony Blinken|Blinken" && names != "Blinken|Antony Blinken" {
		t.Errorf("after renaming, People()[%s] = %q", person, people[person])
	}
	got := export(t, st)
	s1 := schema.SentenceIRI(art1, 1)
	for _, want := range []string{
		fmt.Sprintf(`%s %s "Antony Blinken" %s`, person, schema.Name.Full(), s1),
		fmt.Sprintf(`%s %s "Blinken" %s`, person, schema.AlternateName.Full(), s1),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("after renaming, the store lacks %s; it holds:\n%s", want, got)
		}
	}
	if strings.Contains(got, fmt.Sprintf(`%s "Blinken"`, schema.Name.Full())) {
		t.Errorf("the old name is still a schema:name:\n%s", got)
	}
}

// Renaming one person twice in a batch (as two articles of a batch may)
// removes the same quad twice; the store stays whole and writable.
func TestRepeatedRemovalInOneBatch(t *testing.T) { onEachBackend(t, testRepeatedRemoval) }

func testRepeatedRemoval(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	q := articleQuads(art1, "a.txt", "Blinken")
	if _, err := st.ReplaceArticle(ctx, art1, "a.txt", q); err != nil {
		t.Fatal(err)
	}
	person := q[4].Subject.(quad.IRI)
	b := st.NewBatch()
	for i := 0; i < 2; i++ {
		if err := b.RenamePerson(ctx, person, "Blinken", "Antony Blinken"); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	before := export(t, st)
	// a new version of a.txt removes the old one's quads, then another
	// removes that one's
	for i, fact := range []string{"Jane Roe", "John Doe"} {
		art := art2
		if i == 1 {
			art = art1
		}
		if _, err := st.ReplaceArticle(ctx, art, "a.txt", articleQuads(art, "a.txt", fact)); err != nil {
			t.Fatalf("replacing after a batch with a repeated removal: %v\nthe store held:\n%s", err, before)
		}
	}
	got := export(t, st)
	if strings.Contains(got, "Blinken") || strings.Contains(got, "Jane Roe") || !strings.Contains(got, "John Doe") {
		t.Errorf("after the replacements the store holds:\n%s", got)
	}
}

// denseGraph writes n×n quads between n subjects and n objects: a few
// out/in steps over it make a join of billions of rows.
func denseGraph(t *testing.T, st *graph.Store, n int) {
	t.Helper()
	var qs []quad.Quad
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			qs = append(qs, quad.Quad{Subject: quad.IRI(fmt.Sprintf("http://s/%d", i)), Predicate: quad.IRI("http://p"),
				Object: quad.IRI(fmt.Sprintf("http://o/%d", j)), Label: art1})
		}
	}
	if _, err := st.ReplaceArticle(context.Background(), art1, "dense", qs); err != nil {
		t.Fatal(err)
	}
}

const runaway = `g.emit(g.V().out().in().out().in().out().in().out().in().count())`

// A query that runs past its time limit on PostgreSQL is stopped by the
// server (statement_timeout), reported as a timeout, and leaves nothing
// running there — even when the client would wait longer.
func TestPostgresRunawayQuery(t *testing.T) {
	addr := pgtest.URL(t)
	st, err := graph.OpenWith("postgres", addr, graph.Options{QueryTimeout: time.Second, Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	denseGraph(t, st, 30)

	check := func(t *testing.T, clientLimit time.Duration) {
		start := time.Now()
		_, err := st.Query(context.Background(), runaway, graph.QueryOptions{Timeout: clientLimit})
		took := time.Since(start)
		if !errors.Is(err, graph.ErrTimeout) {
			t.Fatalf("runaway query: error %v after %s, want %v", err, took, graph.ErrTimeout)
		}
		db, err := sql.Open("postgres", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var running int
		deadline := time.Now().Add(2 * time.Minute) // a guard, not a measure: a busy server may take a while to cancel
		for {
			err := db.QueryRow(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`).Scan(&running)
			if err != nil {
				t.Fatal(err)
			}
			if running == 0 || time.Now().After(deadline) {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if running != 0 {
			t.Errorf("%d statements still running on the server after the query stopped", running)
		}
	}
	// the server's statement_timeout (1s) ends it, though the client
	// would wait a minute
	t.Run("ServerLimit", func(t *testing.T) { check(t, time.Minute) })
	// the client's own limit, as bolt has it
	t.Run("ClientLimit", func(t *testing.T) { check(t, 500*time.Millisecond) })

	// the store answers the next query
	res, err := st.Query(context.Background(), `g.emit(g.V("<http://s/1>").out("<http://p>").count())`, graph.QueryOptions{})
	if err != nil || len(res.Values) != 1 {
		t.Errorf("after a timeout: %v, %v", res.Values, err)
	}
}

// An unreachable server is one line naming the address, password masked.
func TestPostgresUnreachable(t *testing.T) {
	_, err := graph.Open("postgres", "postgres://ann:secret@127.0.0.1:1/news?sslmode=disable")
	want := "store postgres://ann:xxxxx@127.0.0.1:1/news?sslmode=disable: connection refused"
	if err == nil || err.Error() != want {
		t.Errorf("Open of a closed port: %v, want %q", err, want)
	}
}

func TestRedact(t *testing.T) {
	cases := []struct{ in, want string }{
		{"postgres://ann:secret@db:5432/news", "postgres://ann:xxxxx@db:5432/news"},
		{"postgres://ann@db/news?password=secret&sslmode=disable", "postgres://ann@db/news?password=xxxxx&sslmode=disable"},
		{"host=db user=ann password=secret dbname=news", "host=db user=ann password=xxxxx dbname=news"},
		{"host=db password='se cret' dbname=news", "host=db password=xxxxx dbname=news"},
		{"newsgraph.db", "newsgraph.db"},
	}
	for _, c := range cases {
		if got := graph.Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
