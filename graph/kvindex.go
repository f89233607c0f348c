package graph

import (
	"context"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/shape"
)

// kvStore is Cayley's KV quad store (bolt, leveldb) with the use of its
// indexes that Cayley's own optimiser misses. Cayley keeps two indexes,
// subject–predicate and object–predicate–subject, but uses an index for a
// quads lookup only when the lookup gives every direction of it: a lookup
// by object and predicate — every g.V(x).in(p) — scans all the quads whose
// object is x and reads each one to test its predicate. A country that ten
// thousand articles mention is the object of tens of thousands of
// schema:mentions quads, so g.V(country).in("<ng:donor>") read all of them
// to find a handful. Here a lookup takes the index whose leading
// directions it gives, and scans that prefix.
type kvStore struct {
	*kv.QuadStore
}

// kvIndexes are the indexes of the stores newsgraph creates: Cayley's
// defaults (they can be changed only when a store is created, through an
// environment variable newsgraph does not set).
var kvIndexes = kv.DefaultQuadIndexes

func (qs kvStore) OptimizeShape(ctx context.Context, s shape.Shape) (shape.Shape, bool) {
	a, ok := s.(shape.QuadsAction)
	if !ok || len(a.Filter) == 0 {
		return qs.QuadStore.OptimizeShape(ctx, s)
	}
	var (
		best kv.QuadIndex
		vals []uint64
	)
	for _, ind := range kvIndexes {
		var vs []uint64
		for _, d := range ind.Dirs {
			ref, ok := a.Filter[d]
			if !ok {
				break
			}
			v, ok := ref.(kv.Int64Value)
			if !ok {
				return qs.QuadStore.OptimizeShape(ctx, s)
			}
			vs = append(vs, uint64(v))
		}
		// the index serves the lookup when its leading directions are
		// all the lookup gives; the more, the narrower the scan
		if len(vs) == len(a.Filter) && len(vs) > len(vals) {
			best, vals = ind, vs
		}
	}
	if vals == nil {
		return qs.QuadStore.OptimizeShape(ctx, s)
	}
	return a.SimplifyFrom(prefixScan{qs: qs.QuadStore, scan: kv.IndexScan{Index: best, Values: vals}}), true
}

// prefixScan scans the quads of an index under a prefix of its directions'
// values. Cayley's IndexScan builds its iterator only on the *kv.QuadStore
// itself, not on a store that wraps it, so prefixScan hands it that.
type prefixScan struct {
	qs   *kv.QuadStore
	scan kv.IndexScan
}

func (s prefixScan) BuildIterator(graph.QuadStore) iterator.Shape { return s.scan.BuildIterator(s.qs) }

func (s prefixScan) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) { return s, false }

// wrapKV gives a KV store kvStore's index use; other stores pass as they are.
func wrapKV(qs graph.QuadStore) graph.QuadStore {
	if k, ok := qs.(*kv.QuadStore); ok {
		return kvStore{k}
	}
	return qs
}
