package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"slices"

	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// Cayley's KV layout, as graph/kv writes it: quads and nodes as primitives
// in the log bucket under their big-endian ID, the store's index list in
// the meta bucket, and an index's bucket named by its directions' letters
// ("sp", "ops") with, under the big-endian IDs of those directions, the
// varint-coded IDs of the quads that have them.
var (
	logBucket  = []byte("log")
	metaBucket = []byte("meta")
	metaIndex  = []byte("indexes")
)

// Our own bucket beside Cayley's, and its key saying that every index list
// holds live quads only. Its value is the stamp (see stamp) of the store as
// boltKV last wrote it: a store written since by a program that does not
// prune (Cayley's own tools) has moved on from its stamp, and is not
// taken for pruned.
var (
	ngBucket  = []byte("newsgraph")
	liveLists = []byte("live-index-lists")
)

// stamp is Cayley's record of the store's extent, its highest ID and its
// number of quads, which every write that adds or deletes a quad changes.
func stamp(meta func(key []byte) []byte) []byte {
	return append(append(slices.Clone(meta([]byte("horizon"))), '/'), meta([]byte("size"))...)
}

func boltStamp(tx *bolt.Tx) []byte {
	b := tx.Bucket(metaBucket)
	return stamp(func(k []byte) []byte {
		if b == nil {
			return nil
		}
		return b.Get(k)
	})
}

func kvStamp(ctx context.Context, tx hkv.Tx) ([]byte, error) {
	var err error
	s := stamp(func(k []byte) []byte {
		v, e := tx.Get(ctx, hkv.Key{metaBucket, k})
		if e != nil && !errors.Is(e, hkv.ErrNotFound) {
			err = e
		}
		return v
	})
	return s, err
}

// markLive records, in a store just created, that its index lists hold
// live quads only.
func markLive(db *bolt.DB) error {
	return db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(ngBucket)
		if err != nil {
			return err
		}
		return b.Put(liveLists, boltStamp(tx))
	})
}

// isLive tells whether the store's index lists are known to hold live
// quads only.
func isLive(tx *bolt.Tx) bool {
	b := tx.Bucket(ngBucket)
	return b != nil && bytes.Equal(b.Get(liveLists), boltStamp(tx))
}

// boltKV is the bolt database under Cayley's KV quad store: hidalgo's bolt
// adapter, except that a quad Cayley deletes leaves its indexes too.
// Cayley deletes a quad by rewriting its primitive as dead; the quad's ID
// stays in the index lists and every reader that meets it reads the
// primitive to skip it. boltKV takes the ID out of the lists in the same
// transaction, so that an index list holds live quads only and the number
// of quads or distinct nodes under an index prefix can be read from the
// index alone (see kvStore.inCounts), without a read per quad. Cayley
// reads such a store as its own: a list without dead IDs is one it could
// have written itself had the quads never been there.
type boltKV struct {
	*hbolt.DB
	g *txGroup
}

// txGroup makes the write transactions Cayley opens while group runs one
// bolt transaction.
type txGroup struct {
	on bool
	tx *pruneTx
}

// group runs fn so that every write transaction Cayley opens in it shares
// one bolt transaction, committed when fn returns nil and rolled back when
// it fails: several of Cayley's writes, written whole or not at all. The
// caller is the store's only writer while fn runs (storeWriter holds its
// lock); readers see the store as it was until the commit.
func (db boltKV) group(fn func() error) error {
	ctx := context.Background()
	db.g.on = true
	err := fn()
	db.g.on = false
	tx := db.g.tx
	db.g.tx = nil
	if tx == nil {
		return err
	}
	if err != nil {
		tx.Tx.Close()
		return err
	}
	return tx.Commit(ctx)
}

// groupPart is one of Cayley's write transactions inside a group: its
// commit takes its dead quads out of the index lists and leaves the bolt
// transaction open, and closing it leaves that to the group.
type groupPart struct{ *pruneTx }

func (p groupPart) Commit(ctx context.Context) error {
	if err := p.prune(ctx); err != nil {
		return err
	}
	p.dead = nil
	return nil
}

func (p groupPart) Close() error { return nil }

func (db boltKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	if !rw || !db.g.on {
		return db.begin(ctx, rw)
	}
	if db.g.tx == nil {
		tx, err := db.begin(ctx, true)
		if err != nil {
			return nil, err
		}
		db.g.tx = tx.(*pruneTx)
	}
	return groupPart{db.g.tx}, nil
}

func (db boltKV) begin(ctx context.Context, rw bool) (hkv.Tx, error) {
	if !rw {
		return db.DB.Tx(ctx, false)
	}
	btx, err := db.DB.DB().Begin(true)
	if err != nil {
		return nil, err
	}
	tx := writeTx{btx}
	// a store whose lists hold live quads stays so: its stamp moves on with
	// each commit (see pruneTx.Commit)
	before, err := kvStamp(ctx, tx)
	if err != nil {
		tx.Close()
		return nil, err
	}
	mark, err := tx.Get(ctx, hkv.Key{ngBucket, liveLists})
	if err != nil && !errors.Is(err, hkv.ErrNotFound) {
		tx.Close()
		return nil, err
	}
	return &pruneTx{Tx: tx, live: mark != nil && bytes.Equal(mark, before)}, nil
}

func (db boltKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

func (db boltKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

// pruneTx is a write transaction that notes the quads Cayley marks dead
// and takes them out of the index lists as it commits: after Cayley has
// written the lists' new IDs (it writes them just before committing), so
// that each list is read and written once however many of its quads die.
type pruneTx struct {
	hkv.Tx
	dead []*cproto.Primitive
	live bool // the store's lists held live quads only when the transaction began
}

// deadSuffix ends a primitive whose last field, Deleted (9), is true: Go's
// protobuf writes fields in order of their numbers. A node's value could
// end the same way, so a match is decoded to be sure.
var deadSuffix = []byte{9<<3 | 0, 1}

func (tx *pruneTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	if len(k) == 2 && bytes.Equal(k[0], logBucket) && bytes.HasSuffix(v, deadSuffix) {
		var p cproto.Primitive
		if err := proto.Unmarshal(v, &p); err != nil {
			return err
		}
		if p.Deleted && !p.IsNode() {
			tx.dead = append(tx.dead, &p)
		}
	}
	return tx.Tx.Put(ctx, k, v)
}

func (tx *pruneTx) Commit(ctx context.Context) error {
	if len(tx.dead) != 0 {
		if err := tx.prune(ctx); err != nil {
			tx.Tx.Close()
			return err
		}
		tx.dead = nil
	}
	if tx.live {
		after, err := kvStamp(ctx, tx)
		if err == nil {
			err = tx.Tx.Put(ctx, hkv.Key{ngBucket, liveLists}, after)
		}
		if err != nil {
			tx.Tx.Close()
			return err
		}
	}
	return tx.Tx.Commit(ctx)
}

// prune takes the dead quads out of every index list that has them.
func (tx *pruneTx) prune(ctx context.Context) error {
	inds, err := storeIndexes(ctx, tx)
	if err != nil {
		return err
	}
	for _, ind := range inds {
		bucket := indexBucket(ind)
		ids := map[string][]uint64{}
		for _, p := range tx.dead {
			k := make([]byte, 0, 8*len(ind.Dirs))
			for _, d := range ind.Dirs {
				k = binary.BigEndian.AppendUint64(k, p.GetDirection(d))
			}
			ids[string(k)] = append(ids[string(k)], p.ID)
		}
		keys := make([]string, 0, len(ids))
		for k := range ids {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			key := hkv.Key{bucket, []byte(k)}
			list, err := tx.Get(ctx, key)
			if errors.Is(err, hkv.ErrNotFound) {
				continue
			} else if err != nil {
				return err
			}
			kept, _, err := filterList(list, func(id uint64) bool { return !slices.Contains(ids[k], id) })
			if err != nil {
				return err
			}
			if len(kept) == 0 {
				err = tx.Del(ctx, key)
			} else {
				err = tx.Tx.Put(ctx, key, kept)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// filterList is an index list (varint-coded quad IDs) with only the IDs
// keep keeps, in a new slice (bolt keeps a value until the transaction
// commits), and how many it dropped.
func filterList(list []byte, keep func(id uint64) bool) ([]byte, int, error) {
	out := make([]byte, 0, len(list))
	dropped := 0
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return nil, 0, errors.New("kv: corrupt index list")
		}
		if keep(id) {
			out = append(out, list[:n]...)
		} else {
			dropped++
		}
		list = list[n:]
	}
	return out, dropped, nil
}

// storeIndexes reads the store's indexes as Cayley does: from the meta
// bucket, or Cayley's legacy pair when a store predates that record.
func storeIndexes(ctx context.Context, tx hkv.Tx) ([]kv.QuadIndex, error) {
	legacy := []kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}
	v, err := tx.Get(ctx, hkv.Key{metaBucket, metaIndex})
	if errors.Is(err, hkv.ErrNotFound) {
		return legacy, nil
	} else if err != nil {
		return nil, err
	}
	var out []kv.QuadIndex
	if err := json.Unmarshal(v, &out); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return legacy, nil
	}
	return out, nil
}

// indexBucket is the name of an index's bucket: its directions' letters.
func indexBucket(ind kv.QuadIndex) []byte {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return b
}

// writeTx is a bolt write transaction for Cayley: hidalgo's, except that a
// write finds its bucket among those the transaction has open instead of
// asking bolt to create it (CreateBucketIfNotExists searches the root for
// every write, and Cayley's layout puts 131,072 node buckets under it).
// Cayley reads and writes keys of a bucket and a key; it does not scan in a
// write transaction.
type writeTx struct{ tx *bolt.Tx }

func (t writeTx) bucket(k hkv.Key, create bool) (*bolt.Bucket, error) {
	if len(k) < 2 {
		return nil, errors.New("kv: a key without a bucket")
	}
	b := t.tx.Bucket(k[0])
	if b == nil && create {
		var err error
		if b, err = t.tx.CreateBucket(k[0]); err != nil {
			return nil, err
		}
	}
	for _, name := range k[1 : len(k)-1] {
		if b == nil {
			break
		}
		next := b.Bucket(name)
		if next == nil && create {
			var err error
			if next, err = b.CreateBucket(name); err != nil {
				return nil, err
			}
		}
		b = next
	}
	return b, nil
}

func (t writeTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	b, err := t.bucket(k, false)
	if err != nil || b == nil {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k[len(k)-1])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (t writeTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		if b, _ := t.bucket(k, false); b != nil {
			vals[i] = b.Get(k[len(k)-1])
		}
	}
	return vals, nil
}

func (t writeTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	b, err := t.bucket(k, true)
	if err != nil {
		return err
	}
	if len(k[len(k)-1]) == 0 && len(v) == 0 {
		return nil // the bucket was all the caller wanted
	}
	return b.Put(k[len(k)-1], v)
}

func (t writeTx) Del(ctx context.Context, k hkv.Key) error {
	b, err := t.bucket(k, false)
	if err != nil || b == nil {
		return nil
	}
	return b.Delete(k[len(k)-1])
}

func (t writeTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	return noScan{}
}

func (t writeTx) Commit(ctx context.Context) error { return t.tx.Commit() }

func (t writeTx) Close() error {
	if err := t.tx.Rollback(); err != bolt.ErrTxClosed {
		return err
	}
	return nil
}

// noScan is the scan of a write transaction: an error.
type noScan struct{}

func (noScan) Next(context.Context) bool { return false }
func (noScan) Err() error                { return errors.New("kv: no scan in a write transaction") }
func (noScan) Close() error              { return nil }
func (noScan) Reset()                    {}
func (noScan) Key() hkv.Key              { return nil }
func (noScan) Val() hkv.Value            { return nil }

// LiveIndexLists makes the index lists of a bolt store hold live quads
// only, and records it, for a store that is not known to: one made by an
// older newsgraph, or written since by a program that does not prune (see
// boltKV). It reads every list once and rewrites those with dead quads, in
// one transaction, and returns how many dead quad IDs it took out. Other
// stores, and a bolt store already known to be pruned, are left as they
// are (0, nil).
func (s *Store) LiveIndexLists(ctx context.Context) (int, error) {
	kq, ok := s.qs.(kvStore)
	if !ok || kq.db == nil {
		return 0, nil
	}
	var live bool
	if err := kq.db.View(func(tx *bolt.Tx) error { live = isLive(tx); return nil }); err != nil || live {
		return 0, err
	}
	w, ok := s.qw.(storeWriter)
	if !ok {
		return 0, nil
	}
	dropped := 0
	// under the writer's lock, so that no write of ours comes between the
	// lists read and the stamp (Cayley is not involved: a failure leaves
	// its caches as they were)
	w.mu.Lock()
	defer w.mu.Unlock()
	err := func() error {
		return kq.db.Update(func(tx *bolt.Tx) error {
			htx := writeTx{tx}
			inds, err := storeIndexes(ctx, htx)
			if err != nil {
				return err
			}
			log := tx.Bucket(logBucket)
			if log == nil {
				return nil
			}
			for _, ind := range inds {
				b := tx.Bucket(indexBucket(ind))
				if b == nil {
					continue
				}
				type change struct{ key, list []byte }
				var changes []change
				var id [8]byte
				err := b.ForEach(func(k, v []byte) error {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					kept, n, err := filterList(v, func(q uint64) bool {
						binary.BigEndian.PutUint64(id[:], q)
						_, dead, err := quadObject(log.Get(id[:]))
						return err == nil && !dead
					})
					if err != nil {
						return err
					}
					if n > 0 {
						dropped += n
						changes = append(changes, change{slices.Clone(k), kept})
					}
					return nil
				})
				if err != nil {
					return err
				}
				// bolt moves its cursor's pages as they change: written after
				// the walk
				for _, c := range changes {
					if len(c.list) == 0 {
						err = b.Delete(c.key)
					} else {
						err = b.Put(c.key, c.list)
					}
					if err != nil {
						return err
					}
				}
			}
			ng, err := tx.CreateBucketIfNotExists(ngBucket)
			if err != nil {
				return err
			}
			return ng.Put(liveLists, boltStamp(tx))
		})
	}()
	return dropped, err
}
