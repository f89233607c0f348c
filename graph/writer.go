package graph

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// storeWriter is the one writer of a Store: ours and, with serve
// --writable, Cayley's HTTP API's. It takes one write at a time, counts
// them (so that the names are read again after any of them, even one that
// leaves the store's size as it was), and applies a transaction that both
// removes and adds quads in two steps, additions first.
//
// Cayley's KV stores (bolt, leveldb) get such a transaction wrong when it
// uses a node fewer times after it than before (a new version of an
// article with fewer sentences uses schema:isPartOf fewer times): Cayley
// nets the node's uses over the transaction, resolves only the nodes whose
// uses grow when it adds quads, and writes the added quads without the
// others, as if their predicate or object were empty. In two steps no node
// is netted down while it is added. Adding first keeps the nodes that both
// versions of an article use (its sentences' texts, its title, its
// numbers) in the store throughout: removing first took them out with the
// old version, when no other article used them, and made them again, with
// new IDs, for the new one; half the nodes a replacement deleted, each a
// write to two of Cayley's 131,072 node buckets and to its log, and as
// many again to make it. A quad that the transaction both removes and adds
// is in the store after it, as when the removal came first (see
// withoutReadded). On bolt both steps are one bolt transaction
// (boltKV.group), so an article is still written whole or not at all; on
// leveldb they are two. On bolt the same transaction brings newsgraph's
// article records up to date with the quads written (boltKV.keep).
//
// A write that fails on a KV store leaves Cayley's cache of node IDs with
// IDs the store never committed: the store takes no more writes until it
// is opened again (the commands end on the error anyway).
type storeWriter struct {
	graph.QuadWriter
	n     *atomic.Int64
	mu    *sync.Mutex
	kv    bool                        // a Cayley KV store
	group func(fn func() error) error // one bolt transaction for fn's writes; nil if not bolt
	// group for fn's writes of deltas, keeping the article records in the
	// same bolt transaction (boltKV.keep); nil if not bolt
	keep   func(deltas []graph.Delta, fn func() error) error
	failed *error // the write that failed
}

// ErrWriteFailed is the answer to a write after one that failed.
var ErrWriteFailed = errors.New("the store takes no more writes")

// run makes a write, one at a time, and counts it.
func (w storeWriter) run(write func() error) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	defer w.n.Add(1)
	if *w.failed != nil {
		return fmt.Errorf("%w: open it again (an earlier write failed: %v)", ErrWriteFailed, *w.failed)
	}
	err := write()
	if err != nil && w.kv {
		*w.failed = err
	}
	return err
}

// kept runs fn, the write of deltas, so that the article records follow
// it (see boltKV.keep).
func (w storeWriter) kept(deltas []graph.Delta, fn func() error) error {
	if w.keep == nil {
		return fn()
	}
	return w.keep(deltas, fn)
}

func (w storeWriter) AddQuad(q quad.Quad) error {
	return w.run(func() error {
		return w.kept([]graph.Delta{{Quad: q, Action: graph.Add}}, func() error { return w.QuadWriter.AddQuad(q) })
	})
}

func (w storeWriter) AddQuadSet(qs []quad.Quad) error {
	deltas := make([]graph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	return w.run(func() error { return w.kept(deltas, func() error { return w.QuadWriter.AddQuadSet(qs) }) })
}

func (w storeWriter) RemoveQuad(q quad.Quad) error {
	return w.run(func() error {
		return w.kept([]graph.Delta{{Quad: q, Action: graph.Delete}}, func() error { return w.QuadWriter.RemoveQuad(q) })
	})
}

// RemoveNode removes quads it does not name: a store's article records do
// not follow it (they are made again by RebuildRecords).
func (w storeWriter) RemoveNode(v quad.Value) error {
	return w.run(func() error { return w.QuadWriter.RemoveNode(v) })
}

func (w storeWriter) ApplyTransaction(tx *graph.Transaction) error {
	return w.run(func() error { return w.apply(tx) })
}

func (w storeWriter) apply(tx *graph.Transaction) error {
	if !w.kv {
		return w.QuadWriter.ApplyTransaction(tx)
	}
	removals, additions := graph.NewTransaction(), graph.NewTransaction()
	for _, d := range tx.Deltas {
		if d.Action == graph.Delete {
			removals.Deltas = append(removals.Deltas, d)
		} else {
			additions.Deltas = append(additions.Deltas, d)
		}
	}
	if len(removals.Deltas) == 0 || len(additions.Deltas) == 0 {
		return w.kept(tx.Deltas, func() error { return w.QuadWriter.ApplyTransaction(tx) })
	}
	removals.Deltas = withoutReadded(removals.Deltas, additions.Deltas)
	both := func() error {
		if err := w.QuadWriter.ApplyTransaction(additions); err != nil {
			return err
		}
		if len(removals.Deltas) == 0 {
			return nil
		}
		return w.QuadWriter.ApplyTransaction(removals)
	}
	if w.keep != nil {
		return w.keep(tx.Deltas, both)
	}
	if w.group != nil {
		return w.group(both)
	}
	return both()
}

// withoutReadded is removals without the quads that additions add again
// (as Cayley tells quads apart, sameQuad): removed, then added, such a
// quad is in the store; added first, then removed, it would not be.
func withoutReadded(removals, additions []graph.Delta) []graph.Delta {
	added := make(map[quad.Quad]bool, len(additions))
	for _, d := range additions {
		added[sameQuad(d.Quad)] = true
	}
	out := removals[:0]
	for _, d := range removals {
		if !added[sameQuad(d.Quad)] {
			out = append(out, d)
		}
	}
	return out
}
