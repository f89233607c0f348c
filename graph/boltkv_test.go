package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// hubQuads: articles that mention a hub, some of them in several sentences,
// and donors that give to it, stated in one or two sentences.
func hubQuads() []quad.Quad {
	hub := quad.IRI("ex:hub")
	var qs []quad.Quad
	for i := range 40 {
		a := quad.IRI(fmt.Sprintf("ex:a%d", i))
		for j := range 1 + i%3 {
			qs = append(qs, quad.Quad{Subject: a, Predicate: quad.IRI("ex:mentions"), Object: hub, Label: quad.IRI(fmt.Sprintf("ex:a%d#s%d", i, j))})
		}
	}
	for i := range 6 {
		d := quad.IRI(fmt.Sprintf("ex:d%d", i))
		qs = append(qs, quad.Quad{Subject: hub, Predicate: quad.IRI("ex:member"), Object: d, Label: quad.IRI("ex:lexicon")})
		for j := range i % 3 {
			qs = append(qs, quad.Quad{Subject: hub, Predicate: quad.IRI("ex:member"), Object: d, Label: quad.IRI(fmt.Sprintf("ex:d%d#s%d", i, j))})
		}
	}
	return qs
}

// Quads that die leave the index lists of a store newsgraph made, and the
// counts read from those lists agree with Cayley's own answers, on bolt
// before and after deletions, on a bolt store not known to be pruned (the
// counts then come from Cayley's iterators) and on memstore.
func TestDeadQuadsLeaveIndexes(t *testing.T) {
	open := func(backend string) *Store {
		addr := ""
		if backend == "bolt" {
			addr = filepath.Join(t.TempDir(), "db")
		}
		st, err := Open(backend, addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	live, unmarked, mem := open("bolt"), open("bolt"), open("memstore")
	if err := unmarked.qs.(kvStore).db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(ngBucket).Delete(liveLists)
	}); err != nil {
		t.Fatal(err)
	}

	all := hubQuads()
	var dead []quad.Quad
	for i, q := range all {
		// every third quad dies: some articles and members lose a sentence,
		// others every quad they had
		if i%3 == 0 {
			dead = append(dead, q)
		}
	}
	queries := []string{
		`g.emit(ng.count("<ex:hub>", "<ex:mentions>"))`,
		`g.emit(g.V("<ex:hub>").in("<ex:mentions>").unique().count())`,
		`g.emit(ng.inCounts("<ex:hub>", "<ex:mentions>"))`,
		`g.emit(ng.outCounts("<ex:hub>", "<ex:member>"))`,
		`g.emit(ng.count("<ex:d1>", "<ex:member>"))`,
		`g.emit(ng.count("<ex:hub>", "<ex:nothing>"))`,
		`g.emit(ng.count("<ex:nowhere>", "<ex:mentions>"))`,
		`g.emit(ng.outCounts("<ex:nowhere>", "<ex:member>"))`,
		`g.emit(ng.all("<ex:hub>", "<ex:member>").sort())`,
		`g.emit(ng.first("<ex:a1>", "<ex:mentions>"))`,
		`g.emit(ng.first("<ex:a0>", "<ex:mentions>"))`,
		`g.emit(ng.has("<ex:hub>", "<ex:member>", "<ex:d0>", "<ex:lexicon>"))`,
		`g.emit(ng.has("<ex:hub>", "<ex:member>", "<ex:d3>", "<ex:lexicon>"))`,
		`g.emit(ng.has("<ex:hub>", "<ex:member>", "<ex:d3>", "<ex:nothing>"))`,
	}
	check := func(step string, pruned bool) {
		t.Helper()
		for _, code := range queries {
			want := queryRows(t, mem, code)
			for name, st := range map[string]*Store{"bolt": live, "bolt not known pruned": unmarked} {
				if got := queryRows(t, st, code); got != want {
					t.Errorf("%s, %s: %s\n got %s\nwant %s (memstore)", step, name, code, got, want)
				}
			}
		}
		if pruned {
			checkLiveLists(t, live)
		}
	}
	for _, st := range []*Store{live, unmarked, mem} {
		if err := st.qw.AddQuadSet(all); err != nil {
			t.Fatal(err)
		}
	}
	check("added", true)
	if got := queryRows(t, live, queries[0]); got != `["40"]` {
		t.Errorf("ng.count after adding = %s, want 40", got)
	}
	for _, st := range []*Store{live, unmarked, mem} {
		tx := graph.NewTransaction()
		for _, q := range dead {
			tx.RemoveQuad(q)
		}
		if err := st.qw.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	check("removed", true)
	// the dead come back, as new quads
	for _, st := range []*Store{live, unmarked, mem} {
		if err := st.qw.AddQuadSet(dead[:len(dead)/2]); err != nil {
			t.Fatal(err)
		}
	}
	check("added again", true)
	// removals and additions in one transaction: on bolt one bolt
	// transaction in two steps (storeWriter)
	for _, st := range []*Store{live, unmarked, mem} {
		tx := graph.NewTransaction()
		for _, q := range all[20:40] {
			tx.RemoveQuad(q)
		}
		for _, q := range dead[len(dead)/2:] {
			tx.AddQuad(q)
		}
		if err := st.qw.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	check("removed and added at once", true)

	// a program that does not prune, here Cayley over hidalgo's own bolt
	// adapter, deletes quads: the lists hold dead quads again, and the
	// counts come from Cayley's iterators
	foreign, err := kv.New(hbolt.New(live.qs.(kvStore).db), graph.Options{"no_bloom": true})
	if err != nil {
		t.Fatal(err)
	}
	fw, err := graph.NewQuadWriter("single", foreign, graph.Options{"ignore_missing": true})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []graph.QuadWriter{fw, unmarked.qw, mem.qw} {
		tx := graph.NewTransaction()
		for _, q := range all[1:20] {
			tx.RemoveQuad(q)
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	if err := live.qs.(kvStore).db.View(func(tx *bolt.Tx) error {
		if isLive(tx) {
			t.Error("a store another program wrote to is still taken for pruned")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	check("deleted by another program", false)
}

// checkLiveLists fails unless every quad ID in every index list of a bolt
// store is a live quad, and every live quad is in each index.
func checkLiveLists(t *testing.T, st *Store) {
	t.Helper()
	db := st.qs.(kvStore).db
	err := db.View(func(tx *bolt.Tx) error {
		log := tx.Bucket(logBucket)
		for _, name := range []string{"sp", "ops"} {
			n := 0
			err := tx.Bucket([]byte(name)).ForEach(func(k, v []byte) error {
				if len(v) == 0 {
					t.Errorf("index %s: empty list kept at %x", name, k)
				}
				for len(v) > 0 {
					id, m := binary.Uvarint(v)
					v = v[m:]
					n++
					var p cproto.Primitive
					if err := proto.Unmarshal(log.Get(binary.BigEndian.AppendUint64(nil, id)), &p); err != nil {
						return err
					}
					if p.Deleted || p.IsNode() {
						t.Errorf("index %s lists quad %d, which is dead or a node", name, id)
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			if int64(n) != st.qs.(kvStore).Size() {
				t.Errorf("index %s lists %d quads, the store holds %d", name, n, st.qs.(kvStore).Size())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Cayley's writes inside a group are one bolt transaction: none of them
// stays when the group fails, and the store then takes no more writes (Cayley
// keeps the failed writes' node IDs in a cache); they all stay when it ends.
func TestGroupIsOneTransaction(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	st, err := Open("bolt", dir)
	if err != nil {
		t.Fatal(err)
	}
	q1 := quad.Quad{Subject: quad.IRI("ex:a"), Predicate: quad.IRI("ex:p"), Object: quad.IRI("ex:b"), Label: quad.IRI("ex:s1")}
	q2 := quad.Quad{Subject: quad.IRI("ex:a"), Predicate: quad.IRI("ex:p"), Object: quad.IRI("ex:c"), Label: quad.IRI("ex:s2")}
	if err := st.qw.AddQuad(q1); err != nil {
		t.Fatal(err)
	}
	before := queryRows(t, st, `g.V("<ex:a>").out("<ex:p>").all()`)
	w := st.qw.(storeWriter)
	stop := errors.New("stop")
	err = w.run(func() error {
		return w.group(func() error {
			if err := w.QuadWriter.RemoveQuad(q1); err != nil {
				return err
			}
			if err := w.QuadWriter.AddQuad(q2); err != nil {
				return err
			}
			return stop
		})
	})
	if err != stop {
		t.Fatalf("group = %v, want its function's error", err)
	}
	if err := st.qw.AddQuad(q2); err == nil {
		t.Error("a store whose group failed took another write")
	}
	st.Close()
	if st, err = Open("bolt", dir); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := queryRows(t, st, `g.V("<ex:a>").out("<ex:p>").all()`); got != before {
		t.Errorf("after a failed group the store holds %s, want %s", got, before)
	}
	w = st.qw.(storeWriter)
	err = w.run(func() error {
		return w.group(func() error {
			if err := w.QuadWriter.RemoveQuad(q1); err != nil {
				return err
			}
			return w.QuadWriter.AddQuad(q2)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := queryRows(t, st, `g.V("<ex:a>").out("<ex:p>").all()`), `["{\"id\":\"\\u003cex:c\\u003e\"}"]`; got != want {
		t.Errorf("after the group the store holds %s, want %s", got, want)
	}
	checkLiveLists(t, st)
}

// A store whose lists hold dead quads (written by Cayley's own adapter) is
// made live by LiveIndexLists: the dead go, the stamp is written, and the
// counts read from the index agree with memstore's.
func TestLiveIndexLists(t *testing.T) {
	st, err := Open("bolt", filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mem, err := Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	foreign, err := kv.New(hbolt.New(st.qs.(kvStore).db), graph.Options{"no_bloom": true})
	if err != nil {
		t.Fatal(err)
	}
	fw, err := graph.NewQuadWriter("single", foreign, graph.Options{"ignore_missing": true})
	if err != nil {
		t.Fatal(err)
	}
	all := hubQuads()
	for _, w := range []graph.QuadWriter{fw, mem.qw} {
		if err := w.AddQuadSet(all); err != nil {
			t.Fatal(err)
		}
		tx := graph.NewTransaction()
		for _, q := range all[:25] {
			tx.RemoveQuad(q)
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	n, err := st.LiveIndexLists(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// each dead quad leaves every index: Cayley's two and the label's
	if want := len(kv.DefaultQuadIndexes) * 25; n != want || len(kv.DefaultQuadIndexes) != 3 {
		t.Errorf("LiveIndexLists took out %d IDs from %d indexes, want %d from 3", n, len(kv.DefaultQuadIndexes), want)
	}
	if err := st.qs.(kvStore).db.View(func(tx *bolt.Tx) error {
		if !isLive(tx) {
			t.Error("the store is not taken for pruned after LiveIndexLists")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	checkLiveLists(t, st)
	for _, code := range []string{
		`g.emit(ng.count("<ex:hub>", "<ex:mentions>"))`,
		`g.emit(ng.inCounts("<ex:hub>", "<ex:mentions>"))`,
		`g.emit(ng.quads("<ex:hub>", "<ex:member>"))`,
	} {
		if got, want := queryRows(t, st, code), queryRows(t, mem, code); got != want {
			t.Errorf("%s: %s, memstore %s", code, got, want)
		}
	}
	if n, err := st.LiveIndexLists(context.Background()); n != 0 || err != nil {
		t.Errorf("LiveIndexLists on a pruned store = %d, %v", n, err)
	}
}
