package graph

import (
	"bytes"
	"context"
	"errors"

	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// readTx is a bolt read transaction for Cayley: hidalgo's, except that it
// keeps the buckets it has opened. hidalgo's opens a key's bucket for every
// Get, a search of bolt's root, which Cayley's layout fills with 131,072
// node buckets; Cayley reads a quad's primitive and each value it wants by
// a Get of its own, so that the searches of the root took a sixth of the
// CPU of the saved queries. Cayley's keys are a bucket and a key; its read
// scans are of a bucket (options.WithPrefixKV of a bucket, or of a bucket
// and a key prefix), which is what Scan serves.
type readTx struct {
	tx      *bolt.Tx
	buckets map[string]*bolt.Bucket // nil: no such bucket
}

func newReadTx(tx *bolt.Tx) *readTx {
	return &readTx{tx: tx, buckets: map[string]*bolt.Bucket{}}
}

func (t *readTx) bucket(name []byte) *bolt.Bucket {
	b, ok := t.buckets[string(name)]
	if !ok {
		b = t.tx.Bucket(name)
		t.buckets[string(name)] = b
	}
	return b
}

// lookup is the bucket that holds k and k's last part.
func (t *readTx) lookup(k hkv.Key) (*bolt.Bucket, []byte) {
	if len(k) < 2 {
		return nil, nil
	}
	b := t.bucket(k[0])
	for _, name := range k[1 : len(k)-1] {
		if b == nil {
			break
		}
		b = b.Bucket(name)
	}
	return b, k[len(k)-1]
}

func (t *readTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	b, key := t.lookup(k)
	if b == nil {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(key)
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

func (t *readTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	for i, k := range keys {
		if b, key := t.lookup(k); b != nil {
			vals[i] = b.Get(key)
		}
	}
	return vals, nil
}

func (t *readTx) Put(context.Context, hkv.Key, hkv.Value) error { return hkv.ErrReadOnly }

func (t *readTx) Del(context.Context, hkv.Key) error { return hkv.ErrReadOnly }

func (t *readTx) Commit(context.Context) error { return hkv.ErrReadOnly }

func (t *readTx) Close() error {
	if err := t.tx.Rollback(); err != bolt.ErrTxClosed {
		return err
	}
	return nil
}

// Scan scans the keys of a bucket, under a prefix if the options give one
// (options.WithPrefixKV of [bucket] or [bucket, prefix]); a scan of the
// whole store or of nested buckets is an error.
func (t *readTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	return hkv.ApplyIteratorOptions(&readScan{t: t, err: errScan}, opts)
}

var errScan = errors.New("kv: newsgraph scans a bucket, or a bucket under a prefix, only")

// readScan is readTx's Scan.
type readScan struct {
	t    *readTx
	name []byte // the bucket's
	pref []byte
	c    *bolt.Cursor // nil: not started
	k, v []byte
	done bool
	err  error
}

func (it *readScan) WithPrefix(pref hkv.Key) hkv.Iterator {
	*it = readScan{t: it.t}
	switch len(pref) {
	case 1:
		it.name = pref[0]
	case 2:
		it.name, it.pref = pref[0], pref[1]
	default:
		it.err = errScan
	}
	return it
}

func (it *readScan) Reset() {
	it.c, it.k, it.v, it.done = nil, nil, nil, false
}

func (it *readScan) Next(ctx context.Context) bool {
	if it.err != nil || it.done {
		return false
	}
	if it.c == nil {
		b := it.t.bucket(it.name)
		if b == nil {
			it.done = true
			return false
		}
		it.c = b.Cursor()
		it.k, it.v = it.c.Seek(it.pref)
	} else {
		it.k, it.v = it.c.Next()
	}
	if it.k == nil || !bytes.HasPrefix(it.k, it.pref) {
		it.k, it.v, it.done = nil, nil, true
		return false
	}
	if it.v == nil {
		it.err = errScan // a nested bucket
		return false
	}
	return true
}

func (it *readScan) Key() hkv.Key {
	if it.k == nil {
		return nil
	}
	return hkv.Key{it.name, append([]byte(nil), it.k...)}
}

func (it *readScan) Val() hkv.Value { return it.v }

func (it *readScan) Err() error { return it.err }

func (it *readScan) Close() error {
	it.c, it.k, it.v, it.done = nil, nil, nil, true
	return nil
}

// sharedReadKey is the key of the context value that makes boltKV hand
// Cayley's reads one read transaction (see withRead).
type sharedReadKey struct{}

// sharedRead is a read transaction shared by several of Cayley's reads:
// their Close leaves it open for the next.
type sharedRead struct{ *readTx }

func (sharedRead) Close() error { return nil }

// withRead runs fn with a context under which the reads Cayley makes with
// it on db share one read transaction (its scans, ValuesOf), ended when fn
// returns: a lookup of several such reads opens it and its buckets once.
// fn must not read the store by other means (NameOf, ValueOf, which take no
// context, open transactions of their own): one goroutine holding two read
// transactions deadlocks with a writer that waits to grow the file between
// them.
func withRead(ctx context.Context, db *bolt.DB, fn func(ctx context.Context) error) error {
	if _, ok := ctx.Value(sharedReadKey{}).(*readTx); ok {
		return fn(ctx)
	}
	btx, err := db.Begin(false)
	if err != nil {
		return err
	}
	t := newReadTx(btx)
	defer t.Close()
	return fn(context.WithValue(ctx, sharedReadKey{}, t))
}
