package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// kvStore is Cayley's KV quad store (bolt, leveldb) with the use of its
// indexes that Cayley's own optimiser misses (see OptimizeShape), and
// newsgraph's counts on bolt.
type kvStore struct {
	*kv.QuadStore
	db      *bolt.DB       // the store's bolt database, for inCounts; nil: another KV
	preds   *sync.Map      // predicate ref → whether newsgraph counts its quads (countedPreds)
	indexes []kv.QuadIndex // the store's indexes among knownIndexes (storeIndexes)
}

// The indexes of Cayley's KV stores that the lookups below plan on. Cayley
// records a store's indexes when it makes it (kv.DefaultQuadIndexes is
// what it makes a store with) and keeps them all as it writes; a store
// keeps the indexes it was made with.
var (
	// Cayley's own two, subject–predicate and object–predicate–subject:
	// every store Cayley has made since it recorded its indexes has them,
	// and so has every store of an older newsgraph
	spIndex  = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	opsIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
	// labelIndex finds a label's quads: an article's, a sentence's, the
	// lexicon's. Cayley has no index by label of its own, and reads every
	// quad of the store for a lookup by one; replacing an article, which
	// reads its sentences' quads, took time in proportion to the store.
	// Stores of an older newsgraph have it beside Cayley's two, those
	// made before it none.
	labelIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject}}
	// Cayley's two with the label last (see storeIndexes)
	splIndex  = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate, quad.Label}}
	opslIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject, quad.Label}}
)

// storeIndexes are the indexes of the stores newsgraph makes on a KV
// backend. To delete a quad, Cayley reads the list of quads under the
// quad's key in every index of the store and intersects them (no index
// is unique); under Cayley's own keys, a fact that many sentences state
// (what the lexicon says a topic is called, that a country is one) has
// one entry a sentence, so deleting one of its quads read a list as long
// as the store is large, and replacing an article took time in proportion
// to the store. With the label in every key, each list holds the quads of
// one sentence at most. A lookup that gives fewer directions than a key
// scans the keys under its prefix (kvStore.OptimizeShape).
var storeIndexes = []kv.QuadIndex{splIndex, opslIndex, labelIndex}

// knownIndexes are the indexes that a store newsgraph reads may have.
var knownIndexes = []kv.QuadIndex{spIndex, opsIndex, splIndex, opslIndex, labelIndex}

func init() {
	kv.DefaultQuadIndexes = slices.Clone(storeIndexes)
}

// indexesOf lists which of knownIndexes the store has, as Cayley's own
// planner tells: it plans a lookup that gives exactly an index's
// directions as a scan of that index when the store has it.
func indexesOf(qs *kv.QuadStore) []kv.QuadIndex {
	var out []kv.QuadIndex
	for _, ind := range knownIndexes {
		filter := make(map[quad.Direction]graph.Ref, len(ind.Dirs))
		for _, d := range ind.Dirs {
			filter[d] = kv.Int64Value(1)
		}
		sh, ok := qs.OptimizeShape(context.Background(), shape.QuadsAction{Result: quad.Subject, Filter: filter})
		if nf, isNF := sh.(shape.NodesFrom); ok && isNF {
			if scan, isScan := nf.Quads.(kv.IndexScan); isScan && slices.Equal(scan.Index.Dirs, ind.Dirs) {
				out = append(out, ind)
			}
		}
	}
	return out
}

// index is the store's index that leads with dirs, in that order.
func (qs kvStore) index(dirs ...quad.Direction) (kv.QuadIndex, bool) {
	for _, ind := range qs.indexes {
		if len(ind.Dirs) >= len(dirs) && slices.Equal(ind.Dirs[:len(dirs)], dirs) {
			return ind, true
		}
	}
	return kv.QuadIndex{}, false
}

// OptimizeShape plans a quads lookup on the index whose leading directions
// the lookup gives, as a scan of the keys under that prefix. Cayley's own
// planner takes an index only when the lookup gives every direction of
// it: a lookup by object and predicate — every g.V(x).in(p) — scanned all
// the quads whose object is x and read each one to test its predicate. A
// country that ten thousand articles mention is the object of tens of
// thousands of schema:mentions quads, so g.V(country).in("<ng:donor>") read
// all of them to find a handful.
func (qs kvStore) OptimizeShape(ctx context.Context, s shape.Shape) (shape.Shape, bool) {
	a, ok := s.(shape.QuadsAction)
	if !ok || len(a.Filter) == 0 {
		return qs.QuadStore.OptimizeShape(ctx, s)
	}
	var (
		best kv.QuadIndex
		vals []uint64
	)
	for _, ind := range qs.indexes {
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
		// Cayley's plan
		out, ok := qs.QuadStore.OptimizeShape(ctx, s)
		return ownScans(out, qs.QuadStore), ok
	}
	return a.SimplifyFrom(prefixScan{qs: qs.QuadStore, scan: kv.IndexScan{Index: best, Values: vals}}), true
}

// ownScans hands the index scans of a plan of Cayley's the *kv.QuadStore
// they are built on (see prefixScan): built on kvStore, Cayley's IndexScan
// is an error ("expected KV quadstore").
func ownScans(s shape.Shape, qs *kv.QuadStore) shape.Shape {
	switch s := s.(type) {
	case kv.IndexScan:
		return prefixScan{qs: qs, scan: s}
	case shape.NodesFrom:
		s.Quads = ownScans(s.Quads, qs)
		return s
	case shape.Intersect:
		out := make(shape.Intersect, len(s))
		for i, sub := range s {
			out[i] = ownScans(sub, qs)
		}
		return out
	}
	return s
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

// wrapKV gives a KV store kvStore's index use, and inCounts when db is its
// bolt database; other stores pass as they are.
func wrapKV(qs graph.QuadStore, db *bolt.DB) graph.QuadStore {
	if k, ok := qs.(*kv.QuadStore); ok {
		return kvStore{k, db, new(sync.Map), indexesOf(k)}
	}
	return qs
}

// key is the key (or key prefix) of a node and a predicate in newsgraph's
// count buckets; ok is false unless the store is bolt, both are its nodes,
// and newsgraph counts the predicate's quads.
func (qs kvStore) key(a, p graph.Ref) (k []byte, ok bool, err error) {
	av, ok1 := a.(kv.Int64Value)
	pv, ok2 := p.(kv.Int64Value)
	if qs.db == nil || !ok1 || !ok2 {
		return nil, false, nil
	}
	if counted, err := qs.isCounted(p); err != nil || !counted {
		return nil, false, err
	}
	return key2(uint64(av), uint64(pv)), true, nil
}

// isCounted tells whether newsgraph counts the quads of the predicate p
// (see countedPreds).
func (qs kvStore) isCounted(p graph.Ref) (bool, error) {
	if c, ok := qs.preds.Load(p); ok {
		return c.(bool), nil
	}
	v, err := qs.NameOf(p)
	if err != nil {
		return false, err
	}
	qs.preds.Store(p, countedPreds[v])
	return countedPreds[v], nil
}

// nodeCount is a node, its value when asked for, and a number of quads.
type nodeCount struct {
	node  graph.Ref
	value quad.Value
	n     int
}

// The direct reads below run in a read transaction of their own and end it
// before they read values through Cayley: a caller that read the store
// again before it ended would hold two read transactions in one goroutine,
// which bolt forbids (a writer waiting to grow the file between them
// deadlocks both).

// inCounts gives, in subject order, each distinct subject s of the live
// quads (s, p, o) and how many such quads there are. It reads newsgraph's
// count bucket (see ngOPSBucket), not the quads: a count of the articles
// that name a country reads one key per article instead of one quad per
// sentence. ok is false where the counts do not follow the store (see
// countsCurrent), or the store is not bolt, and the caller asks Cayley's
// iterators instead.
func (qs kvStore) inCounts(ctx context.Context, o, p graph.Ref, values bool) (out []nodeCount, ok bool, err error) {
	ok, err = qs.scanIn(ctx, o, p, func(s uint64, n int) {
		out = append(out, nodeCount{node: kv.Int64Value(s), n: n})
	})
	if err == nil && ok && values {
		err = qs.readValues(ctx, out)
	}
	return out, ok, err
}

// inCount is len(inCounts(…)) without making the list.
func (qs kvStore) inCount(ctx context.Context, o, p graph.Ref) (n int, ok bool, err error) {
	ok, err = qs.scanIn(ctx, o, p, func(uint64, int) { n++ })
	return n, ok, err
}

// scanIn calls fn with each subject of the live quads (s, p, o) and their
// number, in one read transaction (see inCounts).
func (qs kvStore) scanIn(ctx context.Context, o, p graph.Ref, fn func(s uint64, n int)) (ok bool, err error) {
	prefix, isKV, err := qs.key(o, p)
	if err != nil || !isKV {
		return false, err
	}
	err = qs.db.View(func(tx *bolt.Tx) error {
		if !countsCurrent(tx) {
			return nil
		}
		ok = true
		b := tx.Bucket(ngOPSBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		i := 0
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			if i++; i%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			n, m := binary.Uvarint(v)
			if m <= 0 || len(k) != 24 {
				return errors.New("newsgraph: corrupt count")
			}
			fn(binary.BigEndian.Uint64(k[16:]), int(n))
		}
		return nil
	})
	return ok, err
}

// outObjects gives the distinct objects of the live quads (s, p, *), in the
// order Cayley's iterators give them (that of its subject–predicate index),
// with how many quads have each; max > 0 stops at that many objects. It
// reads them through Cayley's scan of that index, without the plan Cayley
// makes for every path. ok is false where the store is not bolt.
func (qs kvStore) outObjects(ctx context.Context, s, p graph.Ref, max int, values bool) (out []nodeCount, ok bool, err error) {
	sv, ok1 := s.(kv.Int64Value)
	pv, ok2 := p.(kv.Int64Value)
	ind, ok3 := qs.index(quad.Subject, quad.Predicate)
	if qs.db == nil || !ok1 || !ok2 || !ok3 {
		return nil, false, nil
	}
	// the scan and the values in one read transaction
	err = withRead(ctx, qs.db, func(ctx context.Context) error {
		it := kv.IndexScan{Index: ind, Values: []uint64{uint64(sv), uint64(pv)}}.BuildIterator(qs.QuadStore).Iterate()
		at := map[any]int{} // object (its Key) → its place in out
		for it.Next(ctx) {
			o, err := qs.QuadDirection(it.Result(), quad.Object)
			if err != nil {
				it.Close()
				return err
			}
			if j, seen := at[o.Key()]; seen {
				out[j].n++
				continue
			}
			if max > 0 && len(out) == max {
				break
			}
			at[o.Key()] = len(out)
			out = append(out, nodeCount{node: o, n: 1})
		}
		err := it.Err()
		it.Close()
		if err != nil || !values {
			return err
		}
		return qs.readValues(ctx, out)
	})
	if err != nil {
		return nil, false, err
	}
	return out, true, nil
}

// quadCount is the number of live quads (s, p, *), read from newsgraph's
// count bucket (see ngSPBucket). ok is as for inCounts.
func (qs kvStore) quadCount(s, p graph.Ref) (n int, ok bool, err error) {
	key, isKV, err := qs.key(s, p)
	if err != nil || !isKV {
		return 0, false, err
	}
	err = qs.db.View(func(tx *bolt.Tx) error {
		if !countsCurrent(tx) {
			return nil
		}
		ok = true
		b := tx.Bucket(ngSPBucket)
		if b == nil {
			return nil
		}
		if v := b.Get(key); v != nil {
			u, m := binary.Uvarint(v)
			if m <= 0 {
				return errors.New("newsgraph: corrupt count")
			}
			n = int(u)
		}
		return nil
	})
	return n, ok, err
}

// readValues reads the values of the nodes through Cayley, in one batch.
func (qs kvStore) readValues(ctx context.Context, nodes []nodeCount) error {
	refs := make([]graph.Ref, len(nodes))
	for i, n := range nodes {
		refs[i] = n.node
	}
	vals, err := graph.ValuesOf(ctx, qs.QuadStore, refs)
	if err != nil {
		return err
	}
	for i := range nodes {
		nodes[i].value = vals[i]
	}
	return nil
}
