package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/schema"
)

// hubQuads: articles that mention a hub, some of them in several sentences,
// and donors that give to it, stated in one or two sentences.
func hubQuads() []quad.Quad {
	hub := quad.IRI("ex:hub")
	var qs []quad.Quad
	for i := range 40 {
		a := quad.IRI(fmt.Sprintf("ex:a%d", i))
		for j := range 1 + i%3 {
			qs = append(qs, quad.Quad{Subject: a, Predicate: schema.Mentions, Object: hub, Label: quad.IRI(fmt.Sprintf("ex:a%d#s%d", i, j))})
		}
	}
	for i := range 6 {
		d := quad.IRI(fmt.Sprintf("ex:d%d", i))
		qs = append(qs, quad.Quad{Subject: hub, Predicate: schema.Member, Object: d, Label: quad.IRI("ex:lexicon")})
		for j := range i % 3 {
			qs = append(qs, quad.Quad{Subject: hub, Predicate: schema.Member, Object: d, Label: quad.IRI(fmt.Sprintf("ex:d%d#s%d", i, j))})
		}
	}
	// typed in one or two sentences
	for i := range 8 {
		for j := range 1 + i%2 {
			qs = append(qs, quad.Quad{Subject: quad.IRI(fmt.Sprintf("ex:p%d", i)), Predicate: schema.Type, Object: schema.Person, Label: quad.IRI(fmt.Sprintf("ex:p%d#s%d", i, j))})
		}
	}
	// a predicate newsgraph does not count
	for i := range 5 {
		qs = append(qs, quad.Quad{Subject: quad.IRI(fmt.Sprintf("ex:a%d", i)), Predicate: quad.IRI("ex:says"), Object: hub, Label: quad.IRI(fmt.Sprintf("ex:a%d#s0", i))})
	}
	return qs
}

// newsgraph's own buckets follow the quads Cayley adds and deletes, and the
// counts read from them agree with Cayley's own answers, on bolt before and
// after deletions, on a bolt store whose buckets are not known to match
// (the counts then come from Cayley's iterators) and on memstore.
func TestOwnCounts(t *testing.T) {
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
		return tx.Bucket(ngBucket).Delete(countsMark)
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
		`g.emit(ng.count("<ex:hub>", "<schema:mentions>"))`,
		`g.emit(g.V("<ex:hub>").in("<schema:mentions>").unique().count())`,
		`g.emit(ng.inCounts("<ex:hub>", "<schema:mentions>"))`,
		`g.emit(ng.outCounts("<ex:hub>", "<schema:member>"))`,
		`g.emit(ng.count("<ex:d1>", "<schema:member>"))`,
		`g.emit(ng.count("<ex:hub>", "<ex:nothing>"))`,
		`g.emit(ng.count("<ex:nowhere>", "<schema:mentions>"))`,
		`g.emit(ng.count("<ex:hub>", "<ex:says>"))`,
		`g.emit(ng.count("<schema:Person>", "<rdf:type>"))`,
		`g.emit(ng.inCounts("<schema:Person>", "<rdf:type>"))`,
		`g.emit(ng.inCounts("<ex:hub>", "<ex:says>"))`,
		`g.emit(ng.quads("<ex:a1>", "<ex:says>"))`,
		`g.emit(ng.quads("<ex:hub>", "<schema:member>"))`,
		`g.emit(ng.quads("<ex:a2>", "<schema:mentions>"))`,
		`g.emit(ng.outCounts("<ex:nowhere>", "<schema:member>"))`,
		`g.emit(ng.all("<ex:hub>", "<schema:member>").sort())`,
		`g.emit(ng.first("<ex:a1>", "<schema:mentions>"))`,
		`g.emit(ng.first("<ex:a0>", "<schema:mentions>"))`,
		`g.emit(ng.has("<ex:hub>", "<schema:member>", "<ex:d0>", "<ex:lexicon>"))`,
		`g.emit(ng.has("<ex:hub>", "<schema:member>", "<ex:d3>", "<ex:lexicon>"))`,
		`g.emit(ng.has("<ex:hub>", "<schema:member>", "<ex:d3>", "<ex:nothing>"))`,
	}
	check := func(step string, current bool) {
		t.Helper()
		if current {
			checkCounts(t, live) // folds the pending quads in first
		}
		for _, code := range queries {
			want := queryRows(t, mem, code)
			for name, st := range map[string]*Store{"bolt": live, "bolt, counts not known to match": unmarked} {
				if got := queryRows(t, st, code); got != want {
					t.Errorf("%s, %s: %s\n got %s\nwant %s (memstore)", step, name, code, got, want)
				}
			}
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
	// read from newsgraph's counts, not through Cayley's iterators
	kq := live.qs.(kvStore)
	hub, _ := kq.ValueOf(quad.IRI("ex:hub"))
	if n, ok, err := kq.inCount(context.Background(), hub, refOf(t, kq, schema.Mentions)); n != 40 || !ok || err != nil {
		t.Errorf("inCount(hub, mentions) = %d, %v, %v; want 40 from the counts", n, ok, err)
	}
	if n, ok, err := kq.inCount(context.Background(), refOf(t, kq, schema.Person), refOf(t, kq, schema.Type)); n != 8 || !ok || err != nil {
		t.Errorf("inCount(Person, rdf:type) = %d, %v, %v; want 8 from the counts", n, ok, err)
	}
	if _, ok, err := kq.inCount(context.Background(), hub, refOf(t, kq, quad.IRI("ex:says"))); ok || err != nil {
		t.Errorf("inCount(hub, ex:says) read counts (%v, %v); newsgraph does not count ex:says", ok, err)
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

	// a program that does not keep newsgraph's buckets, here Cayley over
	// hidalgo's own bolt adapter, deletes quads: the buckets no longer match,
	// and the counts come from Cayley's iterators until RebuildCounts
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
		if countsCurrent(tx) {
			t.Error("a store another program wrote to is still taken for counted")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	check("deleted by another program", false)
	if n, err := live.RebuildCounts(context.Background()); err != nil || int64(n) != live.qs.(kvStore).Size() {
		t.Errorf("RebuildCounts = %d, %v; want the store's %d quads", n, err, live.qs.(kvStore).Size())
	}
	check("counts made again", true)
	if n, err := live.RebuildCounts(context.Background()); n != 0 || err != nil {
		t.Errorf("RebuildCounts on a store whose counts match = %d, %v", n, err)
	}
}

// checkCounts folds the quads pending, then fails unless newsgraph's
// counts in a bolt store follow it and hold what Cayley's own iterator
// gives of its live quads.
func checkCounts(t *testing.T, st *Store) {
	t.Helper()
	if err := st.FoldCounts(); err != nil {
		t.Fatal(err)
	}
	kq := st.qs.(kvStore)
	opsN, spN := map[string]uint64{}, map[string]uint64{}
	it := kq.QuadStore.QuadsAllIterator().Iterate()
	for it.Next(context.Background()) {
		p := it.Result().(*cproto.Primitive)
		if c, err := kq.isCounted(kv.Int64Value(p.Predicate)); err != nil {
			t.Fatal(err)
		} else if !c {
			continue
		}
		opsN[string(key3(p.Object, p.Predicate, p.Subject))]++
		spN[string(key2(p.Subject, p.Predicate))]++
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	it.Close()
	err := kq.db.View(func(tx *bolt.Tx) error {
		if !countsCurrent(tx) {
			t.Error("newsgraph's counts are not marked as following the store")
		}
		for name, want := range map[string]map[string]uint64{string(ngOPSBucket): opsN, string(ngSPBucket): spN} {
			got := map[string]uint64{}
			if b := tx.Bucket([]byte(name)); b != nil {
				b.ForEach(func(k, v []byte) error { got[string(k)], _ = binary.Uvarint(v); return nil })
			}
			if len(got) != len(want) {
				t.Errorf("bucket %s: %d keys, want %d", name, len(got), len(want))
			}
			for k, n := range want {
				if got[k] != n {
					t.Errorf("bucket %s at %x: %d, want %d", name, k, got[k], n)
				}
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
	checkCounts(t, st)
}

// newsgraph leaves Cayley's data exactly as Cayley writes it: the same
// writes made through newsgraph's store (its adapter, its groups, its own
// buckets) and through Cayley over hidalgo's plain bbolt adapter leave the
// same buckets of Cayley's, key for key and byte for byte (but for the
// time each quad was written, which Cayley records), and newsgraph's own
// buckets beside them.
func TestCayleyBucketsAsCayleyWrites(t *testing.T) {
	dir := t.TempDir()
	st, err := Open("bolt", filepath.Join(dir, "ng"))
	if err != nil {
		t.Fatal(err)
	}
	refFile := filepath.Join(dir, "ref.bolt")
	refDB, err := hbolt.Open(refFile, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := kv.Init(refDB, graph.Options{"no_bloom": true}); err != nil {
		t.Fatal(err)
	}
	refQS, err := kv.New(refDB, graph.Options{"no_bloom": true})
	if err != nil {
		t.Fatal(err)
	}
	rw, err := graph.NewQuadWriter("single", refQS, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		t.Fatal(err)
	}
	// the same two steps for a transaction as newsgraph's writer, without
	// its bolt group
	ref := storeWriter{QuadWriter: rw, n: new(atomic.Int64), mu: new(sync.Mutex), kv: true, failed: new(error)}
	if err := ref.AddQuad(quad.Quad{Subject: storeNode, Predicate: schema.SchemaVersion, Object: quad.String(SchemaVersion), Label: storeNode}); err != nil {
		t.Fatal(err)
	}

	all := hubQuads()
	var dead []quad.Quad
	for i, q := range all {
		if i%3 == 0 {
			dead = append(dead, q)
		}
	}
	for _, w := range []graph.QuadWriter{st.qw, ref} {
		if err := w.AddQuadSet(all); err != nil {
			t.Fatal(err)
		}
		tx := graph.NewTransaction()
		for _, q := range dead {
			tx.RemoveQuad(q)
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
		if err := w.AddQuadSet(dead[:len(dead)/2]); err != nil {
			t.Fatal(err)
		}
		tx = graph.NewTransaction()
		for _, q := range all[20:40] {
			tx.RemoveQuad(q)
		}
		for _, q := range dead[len(dead)/2:] {
			tx.AddQuad(q)
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	checkCounts(t, st)
	st.Close()
	refQS.Close()

	ours := boltContents(t, filepath.Join(dir, "ng", "indexes.bolt"))
	theirs := boltContents(t, refFile)
	for _, own := range [][]byte{ngBucket, ngSPBucket, ngOPSBucket, ngRecordsBucket} {
		if _, ok := ours[string(own)]; !ok {
			t.Errorf("newsgraph's bucket %s is missing", own)
		}
		delete(ours, string(own))
	}
	delete(ours, string(ngPendingBucket))
	if len(theirs["log"]) == 0 || len(theirs["spc"]) == 0 || len(theirs["opsc"]) == 0 || len(theirs["cs"]) == 0 {
		t.Fatalf("Cayley alone wrote no log or index: %d buckets", len(theirs))
	}
	if len(ours) != len(theirs) {
		t.Errorf("Cayley's buckets: %d, Cayley alone writes %d", len(ours), len(theirs))
	}
	for name, want := range theirs {
		got, ok := ours[name]
		if !ok {
			t.Errorf("bucket %q: missing", name)
			continue
		}
		if len(got) != len(want) {
			t.Errorf("bucket %q: %d keys, Cayley alone writes %d", name, len(got), len(want))
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("bucket %q at %x: %x, Cayley alone writes %x", name, k, got[k], v)
			}
		}
	}
}

// boltContents is every key and value of every bucket of a bolt file, log
// primitives without the time they were written.
func boltContents(t *testing.T, file string) map[string]map[string]string {
	t.Helper()
	db, err := bolt.Open(file, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]map[string]string{}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			m := map[string]string{}
			out[string(name)] = m
			return b.ForEach(func(k, v []byte) error {
				if v == nil {
					return fmt.Errorf("bucket %q: a bucket in it", name)
				}
				if bytes.Equal(name, logBucket) {
					var p cproto.Primitive
					if err := proto.Unmarshal(v, &p); err != nil {
						return err
					}
					p.Timestamp = 0
					v, err = proto.Marshal(&p)
					if err != nil {
						return err
					}
				}
				m[string(k)] = string(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// An ingest's writes (DeferCounts) leave their quads pending: queries
// answer through Cayley's iterators meanwhile, a transaction past foldLimit
// counts what waits, and closing the store counts the rest, as does the
// next RebuildCounts for a writer that ended without closing it. A store
// of an older newsgraph (Cayley's lists pruned, no counts) gets its counts
// from RebuildCounts.
func TestDeferredCounts(t *testing.T) {
	defer func(n int) { foldLimit = n }(foldLimit)
	foldLimit = 30
	dir := filepath.Join(t.TempDir(), "db")
	st, err := Open("bolt", dir)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	st.DeferCounts()
	all := hubQuads()
	queries := []string{
		`g.emit(ng.count("<ex:hub>", "<schema:mentions>"))`,
		`g.emit(ng.inCounts("<ex:hub>", "<schema:mentions>"))`,
		`g.emit(ng.quads("<ex:hub>", "<schema:member>"))`,
		`g.emit(ng.outCounts("<ex:hub>", "<schema:member>"))`,
	}
	pending := func() (marked, waiting bool) {
		t.Helper()
		if err := st.qs.(kvStore).db.View(func(tx *bolt.Tx) error {
			marked, waiting = countsMarked(tx), hasPending(tx)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return marked, waiting
	}
	same := func(step string) {
		t.Helper()
		for _, code := range queries {
			if got, want := queryRows(t, st, code), queryRows(t, mem, code); got != want {
				t.Errorf("%s: %s\n got %s\nwant %s (memstore)", step, code, got, want)
			}
		}
	}
	// 20 quads wait; the next 20 pass foldLimit and are counted with them
	for _, w := range []graph.QuadWriter{st.qw, mem.qw} {
		if err := w.AddQuadSet(all[:20]); err != nil {
			t.Fatal(err)
		}
	}
	if marked, waiting := pending(); !marked || !waiting {
		t.Errorf("after a deferred write: marked %v, pending %v; want both", marked, waiting)
	}
	same("pending")
	for _, w := range []graph.QuadWriter{st.qw, mem.qw} {
		if err := w.AddQuadSet(all[20:40]); err != nil {
			t.Fatal(err)
		}
	}
	if marked, waiting := pending(); !marked || waiting {
		t.Errorf("past foldLimit: marked %v, pending %v; want marked, none pending", marked, waiting)
	}
	same("folded past foldLimit")
	// an article replaced: its quads go, others come
	for _, w := range []graph.QuadWriter{st.qw, mem.qw} {
		tx := graph.NewTransaction()
		for _, q := range all[:10] {
			tx.RemoveQuad(q)
		}
		for _, q := range all[40:] {
			tx.AddQuad(q)
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	same("replaced, pending")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if st, err = Open("bolt", dir); err != nil {
		t.Fatal(err)
	}
	if _, waiting := pending(); waiting {
		t.Error("quads still pending after the store was closed")
	}
	same("closed and opened again")
	checkCounts(t, st)

	// a writer that ends without closing the store leaves its quads
	// pending; RebuildCounts counts them
	st.DeferCounts()
	for _, w := range []graph.QuadWriter{st.qw, mem.qw} {
		tx := graph.NewTransaction()
		for _, q := range all[10:15] {
			tx.RemoveQuad(q)
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := st.RebuildCounts(context.Background()); n != 0 || err != nil {
		t.Errorf("RebuildCounts with quads pending = %d, %v; want 0 (folded, not rebuilt)", n, err)
	}
	if _, waiting := pending(); waiting {
		t.Error("quads still pending after RebuildCounts")
	}
	same("pending counted by RebuildCounts")
	checkCounts(t, st)

	// an older newsgraph's store: its own mark, no counts
	if err := st.qs.(kvStore).db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{ngOPSBucket, ngSPBucket} {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
		}
		ng := tx.Bucket(ngBucket)
		if err := ng.Delete(countsMark); err != nil {
			return err
		}
		return ng.Put(oldLiveMark, boltStamp(tx))
	}); err != nil {
		t.Fatal(err)
	}
	same("older store")
	if n, err := st.RebuildCounts(context.Background()); err != nil || int64(n) != st.Size() {
		t.Errorf("RebuildCounts of an older store = %d, %v; want its %d quads", n, err, st.Size())
	}
	if err := st.qs.(kvStore).db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(ngBucket).Get(oldLiveMark) != nil {
			t.Error("the older newsgraph's mark is still there")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	same("older store, counted")
	checkCounts(t, st)
	st.Close()
}

func refOf(t *testing.T, qs graph.QuadStore, v quad.Value) graph.Ref {
	t.Helper()
	r, err := qs.ValueOf(v)
	if err != nil || r == nil {
		t.Fatalf("ValueOf(%v) = %v, %v", v, r, err)
	}
	return r
}

// People reads the persons from newsgraph's counts on bolt, and gives the
// same persons and names as read from the quads (memstore).
func TestPeopleFromCounts(t *testing.T) {
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
	var qs []quad.Quad
	for i := range 6 {
		p := quad.IRI(fmt.Sprintf("ex:p%d", i))
		for j := range 1 + i%3 {
			l := quad.IRI(fmt.Sprintf("ex:a%d#s%d", i, j))
			qs = append(qs,
				quad.Quad{Subject: p, Predicate: schema.Type, Object: schema.Person, Label: l},
				quad.Quad{Subject: p, Predicate: schema.Name, Object: quad.String(fmt.Sprintf("Ann Smith%d", i)), Label: l})
			if j > 0 {
				qs = append(qs, quad.Quad{Subject: p, Predicate: schema.AlternateName, Object: quad.String(fmt.Sprintf("Smith%d %d", i, j)), Label: l})
			}
		}
	}
	qs = append(qs, quad.Quad{Subject: quad.IRI("ex:c"), Predicate: schema.Type, Object: schema.Country, Label: schema.Lexicon})
	for _, s := range []*Store{st, mem} {
		if err := s.qw.AddQuadSet(qs); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok, err := st.countedPeople(context.Background()); !ok || err != nil {
		t.Fatalf("countedPeople on bolt = %v, %v; want the counts read", ok, err)
	}
	got, err := st.People(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want, err := mem.People(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	norm := func(m map[quad.IRI][]string) string {
		var rows []string
		for p, names := range m {
			names = slices.Clone(names)
			slices.Sort(names)
			rows = append(rows, fmt.Sprint(p, slices.Compact(names)))
		}
		slices.Sort(rows)
		return fmt.Sprint(rows)
	}
	if g, w := norm(got), norm(want); g != w || len(got) != 6 {
		t.Errorf("People on bolt = %s\nmemstore: %s", g, w)
	}
}

// A write transaction's reads (through the cursor it keeps for each
// bucket) give what bolt's Get gives, between writes to the same bucket:
// keys there and not, a nested bucket's key, an empty value, a deleted key.
func TestWriteTxReads(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "t.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	err = db.Update(func(btx *bolt.Tx) error {
		tx := writeTx{btx, map[*bolt.Bucket]*bolt.Cursor{}}
		key := func(i int) []byte { return binary.BigEndian.AppendUint64(nil, uint64(i)) }
		check := func(step string) {
			t.Helper()
			var keys []hkv.Key
			for i := range 1200 {
				keys = append(keys, hkv.Key{[]byte("b"), key(i)})
			}
			keys = append(keys, hkv.Key{[]byte("b"), []byte("nested")}, hkv.Key{[]byte("b"), []byte("empty")}, hkv.Key{[]byte("none"), key(1)})
			vals, err := tx.GetBatch(ctx, keys)
			if err != nil {
				t.Fatal(err)
			}
			for i, k := range keys {
				var want []byte
				if k0 := btx.Bucket(k[0]); k0 != nil {
					want = k0.Get(k[1])
				}
				got, err := tx.Get(ctx, k)
				if !bytes.Equal(got, want) || (want == nil) != errors.Is(err, hkv.ErrNotFound) || !bytes.Equal(vals[i], want) || (vals[i] == nil) != (want == nil) {
					t.Fatalf("%s: %q/%x: Get %q (%v), GetBatch %q; bolt's Get %q", step, k[0], k[1], got, err, vals[i], want)
				}
			}
		}
		for i := 0; i < 1000; i += 2 {
			if err := tx.Put(ctx, hkv.Key{[]byte("b"), key(i)}, bytes.Repeat([]byte{byte(i)}, i%50+1)); err != nil {
				return err
			}
		}
		if err := tx.Put(ctx, hkv.Key{[]byte("b"), []byte("empty")}, []byte{}); err != nil {
			return err
		}
		if _, err := btx.Bucket([]byte("b")).CreateBucket([]byte("nested")); err != nil {
			return err
		}
		check("written")
		for i := 0; i < 1200; i += 3 {
			if err := tx.Del(ctx, hkv.Key{[]byte("b"), key(i)}); err != nil {
				return err
			}
			if i%2 == 1 {
				if err := tx.Put(ctx, hkv.Key{[]byte("b"), key(i + 1000)}, key(i)); err != nil {
					return err
				}
			}
		}
		check("deleted and added")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
