package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
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
	db *bolt.DB // the store's bolt database, for inCounts; nil: another KV
}

// The buckets of the two indexes the direct reads below use; a store
// without them (made with other indexes) is read through Cayley.
var (
	spBucket  = indexBucket(kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}})
	opsBucket = indexBucket(kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}})
)

// kvIndexes are the indexes the lookups below plan on: the two that every
// store Cayley has made since it recorded its indexes has (Cayley's
// defaults before labelIndex was added to them).
var kvIndexes = []kv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
}

// labelIndex finds a label's quads: an article's, a sentence's, the
// lexicon's. Cayley has no index by label of its own, and reads every quad
// of the store for a lookup by one; replacing an article, which reads its
// sentences' quads, took time in proportion to the store. The stores
// newsgraph makes on a KV backend have it beside Cayley's two: Cayley
// records a store's indexes when it makes it and keeps them all as it
// writes (kv.DefaultQuadIndexes is what it makes a store with). A store
// made before has none, and such lookups read the whole store.
var labelIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Label, quad.Subject}}

func init() {
	kv.DefaultQuadIndexes = append(append([]kv.QuadIndex(nil), kvIndexes...), labelIndex)
}

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
		// Cayley's plan, which may scan an index the lookup gives in full
		// (the label index, by label and subject)
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
		return kvStore{k, db}
	}
	return qs
}

// key is the index key (or key prefix) of two nodes, as Cayley's KV indexes
// write it; ok is false unless the store is bolt and both are its nodes.
func (qs kvStore) key(a, b graph.Ref) (k []byte, ok bool) {
	av, ok1 := a.(kv.Int64Value)
	bv, ok2 := b.(kv.Int64Value)
	if qs.db == nil || !ok1 || !ok2 {
		return nil, false
	}
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, uint64(av)), uint64(bv)), true
}

// nodeCount is a node, its value when asked for, and a number of quads.
type nodeCount struct {
	node  graph.Ref
	value quad.Value
	n     int
}

// The direct reads below run in a read transaction of their own and return
// what they read: a caller that read the store again before it ended
// would hold two read transactions in one goroutine, which bolt forbids
// (a writer waiting to grow the file between them deadlocks both).

// inCounts gives, in subject order, each distinct subject s of the live
// quads (s, p, o) and how many such quads there are. It reads the keys of
// the object–predicate–subject index and the lengths of their lists, not
// the quads: a count of the articles that name a country reads one key per
// article instead of one quad per sentence. That holds only where every
// list is known to hold live quads alone (see boltKV); ok is false where
// it is not, or the store is not bolt, and the caller asks Cayley's
// iterators instead.
func (qs kvStore) inCounts(ctx context.Context, o, p graph.Ref, values bool) (out []nodeCount, ok bool, err error) {
	ok, err = qs.scanIn(ctx, o, p, func(s uint64, n int) {
		out = append(out, nodeCount{node: kv.Int64Value(s), n: n})
	}, func(tx *bolt.Tx) error {
		if values {
			return readValues(tx, out)
		}
		return nil
	})
	return out, ok, err
}

// inCount is len(inCounts(…)) without making the list.
func (qs kvStore) inCount(ctx context.Context, o, p graph.Ref) (n int, ok bool, err error) {
	ok, err = qs.scanIn(ctx, o, p, func(uint64, int) { n++ }, nil)
	return n, ok, err
}

// scanIn calls fn with each subject of the live quads (s, p, o) and their
// number, then end, in one read transaction (see inCounts).
func (qs kvStore) scanIn(ctx context.Context, o, p graph.Ref, fn func(s uint64, n int), end func(tx *bolt.Tx) error) (ok bool, err error) {
	prefix, isKV := qs.key(o, p)
	if !isKV {
		return false, nil
	}
	err = qs.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(opsBucket)
		if b == nil || !isLive(tx) {
			return nil
		}
		ok = true
		c := b.Cursor()
		i := 0
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			if i++; i%4096 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			n, err := listLen(v)
			if err != nil {
				return err
			}
			if n > 0 && len(k) == 24 {
				fn(binary.BigEndian.Uint64(k[16:]), n)
			}
		}
		if end != nil {
			return end(tx)
		}
		return nil
	})
	return ok, err
}

// outObjects gives the distinct objects of the live quads (s, p, *), in the
// order Cayley's iterators give them (that of the subject–predicate
// index's list), with how many quads have each; max > 0 stops at that
// many objects. It reads the list and each quad's primitive straight from
// the log bucket, skipping dead ones, without Cayley's iterators and their
// plan for every call. ok is false where the store is not bolt.
func (qs kvStore) outObjects(ctx context.Context, s, p graph.Ref, max int, values bool) (out []nodeCount, ok bool, err error) {
	key, isKV := qs.key(s, p)
	if !isKV {
		return nil, false, nil
	}
	err = qs.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(spBucket)
		log := tx.Bucket(logBucket)
		if b == nil || log == nil {
			return nil
		}
		ok = true
		at := map[uint64]int{} // object → its place in out
		var id [8]byte
		for list, i := b.Get(key), 0; len(list) > 0; i++ {
			q, m := binary.Uvarint(list)
			if m <= 0 {
				return errors.New("kv: corrupt index list")
			}
			list = list[m:]
			if i%4096 == 4095 && ctx.Err() != nil {
				return ctx.Err()
			}
			binary.BigEndian.PutUint64(id[:], q)
			o, dead, err := quadObject(log.Get(id[:]))
			if err != nil {
				return fmt.Errorf("quad %d: %w", q, err)
			}
			if dead {
				continue
			}
			if j, seen := at[o]; seen {
				out[j].n++
				continue
			}
			if max > 0 && len(out) == max {
				break
			}
			at[o] = len(out)
			out = append(out, nodeCount{node: kv.Int64Value(o), n: 1})
		}
		if values {
			return readValues(tx, out)
		}
		return nil
	})
	return out, ok, err
}

// quadCount is the number of live quads (s, p, *), read as the length of
// the subject–predicate index's list. ok is as for inCounts.
func (qs kvStore) quadCount(s, p graph.Ref) (n int, ok bool, err error) {
	key, isKV := qs.key(s, p)
	if !isKV {
		return 0, false, nil
	}
	err = qs.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(spBucket)
		if b == nil || !isLive(tx) {
			return nil
		}
		ok = true
		var err error
		n, err = listLen(b.Get(key))
		return err
	})
	return n, ok, err
}

// readValues reads the values of the nodes from their primitives in the
// log bucket, as Cayley's NameOf does, in the same transaction.
func readValues(tx *bolt.Tx, nodes []nodeCount) error {
	log := tx.Bucket(logBucket)
	if log == nil {
		return errors.New("kv: no log bucket")
	}
	var id [8]byte
	for i := range nodes {
		n := uint64(nodes[i].node.(kv.Int64Value))
		binary.BigEndian.PutUint64(id[:], n)
		b := log.Get(id[:])
		if b == nil {
			continue // no value behind the ref, as NameOf's nil
		}
		var p cproto.Primitive
		if err := proto.Unmarshal(b, &p); err != nil {
			return fmt.Errorf("node %d: %w", n, err)
		}
		v, err := pquads.UnmarshalValue(p.Value)
		if err != nil {
			return fmt.Errorf("node %d: %w", n, err)
		}
		nodes[i].value = v
	}
	return nil
}

// quadObject reads a quad's object and whether it is dead from its
// primitive as Cayley's log stores it (protobuf: Object is field 4,
// Deleted field 9).
func quadObject(b []byte) (object uint64, dead bool, err error) {
	if b == nil {
		return 0, false, errors.New("kv: no such primitive")
	}
	for len(b) > 0 {
		num, typ, m := protowire.ConsumeTag(b)
		if m < 0 {
			return 0, false, protowire.ParseError(m)
		}
		b = b[m:]
		if typ == protowire.VarintType && (num == 4 || num == 9) {
			v, m := protowire.ConsumeVarint(b)
			if m < 0 {
				return 0, false, protowire.ParseError(m)
			}
			b = b[m:]
			if num == 4 {
				object = v
			} else {
				dead = v != 0
			}
			continue
		}
		m = protowire.ConsumeFieldValue(num, typ, b)
		if m < 0 {
			return 0, false, protowire.ParseError(m)
		}
		b = b[m:]
	}
	return object, dead, nil
}

// listLen is the number of IDs in an index list.
func listLen(list []byte) (int, error) {
	n := 0
	for len(list) > 0 {
		_, m := binary.Uvarint(list)
		if m <= 0 {
			return 0, errors.New("kv: corrupt index list")
		}
		n++
		list = list[m:]
	}
	return n, nil
}
