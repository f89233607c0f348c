package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"
)

// meterStore is a bolt store of n people with their names, each some
// size bytes long.
func meterStore(t *testing.T, n, size int) *Store {
	t.Helper()
	st, err := Open("bolt", filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var qs []quad.Quad
	for i := range n {
		p := quad.IRI(fmt.Sprintf("ex:person%d", i))
		qs = append(qs, quad.Quad{Subject: p, Predicate: quad.IRI("http://schema.org/name"),
			Object: quad.String(fmt.Sprintf("Person %d %s", i, strings.Repeat("x", size))), Label: quad.IRI("ex:a")})
	}
	if err := st.qw.AddQuadSet(qs); err != nil {
		t.Fatal(err)
	}
	return st
}

// hook binds fns into the queries run while the test runs.
func hook(t *testing.T, fns map[string]func()) {
	queryTestHook = func(vm *goja.Runtime) {
		for name, fn := range fns {
			vm.Set(name, fn)
		}
	}
	t.Cleanup(func() { queryTestHook = nil })
}

// A small query under a 64 MiB limit is not stopped while another
// goroutine of the process allocates 200 MB: a query's limit counts what
// the query makes, not the process's heap. The query waits, mid-way, for
// the allocation to be made (and held), then reads on and ends.
func TestQueryNotStoppedByOthersMemory(t *testing.T) {
	st := meterStore(t, 50, 20)
	started, allocated := make(chan struct{}), make(chan struct{})
	hook(t, map[string]func(){
		"__started":   func() { close(started) },
		"__allocated": func() { <-allocated },
	})
	type result struct {
		res Result
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := st.Query(context.Background(),
			`__started(); __allocated(); g.emit(g.V().has("<schema:name>").count()); g.emit(g.V("<ex:person7>").out("<schema:name>").toArray())`,
			QueryOptions{MaxMemory: 64 << 20, Timeout: 10 * time.Minute})
		done <- result{res, err}
	}()
	<-started
	// 200 MB that another request holds, written so that it is resident
	big := make([][]byte, 200)
	for i := range big {
		big[i] = make([]byte, 1<<20)
		for j := 0; j < len(big[i]); j += 4096 {
			big[i][j] = 1
		}
	}
	close(allocated)
	r := <-done
	runtime.KeepAlive(big)
	if r.err != nil {
		t.Fatalf("a small query while another goroutine allocated 200 MB: %v", r.err)
	}
	if len(r.res.Values) != 2 || fmt.Sprint(r.res.Values[0]) != "50" {
		t.Errorf("results %v, want [50 [name]]", r.res.Values)
	}
}

// A query that really builds a huge result — every name of the store
// (1 MB of them), again and again, kept — is stopped at its limit, by its meter, not by
// the clock (its time limit is far off).
func TestQueryBuildingHugeResultStopped(t *testing.T) {
	st := meterStore(t, 1000, 1000)
	hook(t, nil)
	_, err := st.Query(context.Background(), `var all = []; while (true) { all.push(g.V().out("<schema:name>").toArray()); }`,
		QueryOptions{MaxMemory: 64 << 20, Timeout: 10 * time.Minute})
	if !errors.Is(err, ErrMemory) {
		t.Fatalf("a query keeping every name again and again: %v, want %v", err, ErrMemory)
	}
	// the store answers the next query
	res, err := st.Query(context.Background(), `g.emit(g.V("<ex:person1>").out("<schema:name>").toValue())`, QueryOptions{})
	if err != nil || len(res.Values) != 1 {
		t.Errorf("the next query: %v, %v", res.Values, err)
	}
}

// Each way a query builds counts on its meter: values it reads through
// Gizmo and the ng helpers, strings and arrays its JavaScript builds, its
// results; and none of it goes unstopped past the limit.
func TestQueryMeterCounts(t *testing.T) {
	st := meterStore(t, 20, 20)
	for _, code := range []string{
		`var a = []; while (true) a.push(g.V().out("<schema:name>").toArray())`,
		`var a = []; while (true) a.push(g.V().out("<schema:name>").tagArray())`,
		`var a = []; while (true) g.V().out("<schema:name>").forEach(function (v) { a.push(v) })`,
		`var a = []; while (true) a.push("y".repeat(10000))`,
		`var a = []; while (true) a.push(new Array(1000).join("z"))`,
		`var a = []; while (true) a.push(JSON.stringify({k: "w".repeat(5000)}).toUpperCase())`,
		`var s = "abc"; var a = []; while (true) a.push(s.padEnd(10000, "q"))`,
		`var a = []; for (var i = 0; ; i++) a.push(i)`,
		`var a = []; for (var i = 0; ; i++) a = a.concat([i, i, i])`,
		`for (var i = 0; ; i++) g.emit("result " + i)`,
	} {
		t.Run(code, func(t *testing.T) {
			_, err := st.Query(context.Background(), code, QueryOptions{MaxMemory: 1 << 20, Limit: -1, Timeout: 10 * time.Minute})
			if !errors.Is(err, ErrMemory) {
				t.Errorf("%v, want %v", err, ErrMemory)
			}
		})
	}
}
