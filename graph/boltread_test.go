package graph

import (
	"context"
	"path/filepath"
	"testing"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	bolt "go.etcd.io/bbolt"
)

// TestReadTx: boltKV's read transaction reads and scans as hidalgo's does
// for the keys and scans Cayley makes, and withRead hands one transaction
// to the reads under its context.
func TestReadTx(t *testing.T) {
	ctx := context.Background()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "t.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("a"))
		if err != nil {
			return err
		}
		for _, k := range []string{"x1", "x2", "y1"} {
			if err := b.Put([]byte(k), []byte("v"+k)); err != nil {
				return err
			}
		}
		n, err := tx.CreateBucket([]byte("n"))
		if err != nil {
			return err
		}
		_, err = n.CreateBucket([]byte("inner"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	btx, err := db.Begin(false)
	if err != nil {
		t.Fatal(err)
	}
	tx := newReadTx(btx)
	defer tx.Close()

	if v, err := tx.Get(ctx, hkv.Key{[]byte("a"), []byte("x2")}); err != nil || string(v) != "vx2" {
		t.Errorf("Get a/x2 = %q, %v", v, err)
	}
	for _, k := range []hkv.Key{{[]byte("a"), []byte("z")}, {[]byte("b"), []byte("x1")}, {[]byte("a")}} {
		if _, err := tx.Get(ctx, k); err != hkv.ErrNotFound {
			t.Errorf("Get %q: %v, want not found", k, err)
		}
	}
	vals, _ := tx.GetBatch(ctx, []hkv.Key{{[]byte("a"), []byte("y1")}, {[]byte("b"), []byte("y1")}, {[]byte("a"), []byte("x1")}})
	if string(vals[0]) != "vy1" || vals[1] != nil || string(vals[2]) != "vx1" {
		t.Errorf("GetBatch = %q", vals)
	}
	if err := tx.Put(ctx, hkv.Key{[]byte("a"), []byte("q")}, nil); err != hkv.ErrReadOnly {
		t.Errorf("Put: %v", err)
	}

	scan := func(pref hkv.Key) (keys []string, err error) {
		it := tx.Scan(ctx, options.WithPrefixKV(pref))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			keys = append(keys, string(k[0])+"/"+string(k[1])+"="+string(it.Val()))
		}
		return keys, it.Err()
	}
	for _, c := range []struct {
		pref hkv.Key
		want string
	}{
		{hkv.Key{[]byte("a")}, "[a/x1=vx1 a/x2=vx2 a/y1=vy1]"},
		{hkv.Key{[]byte("a"), []byte("x")}, "[a/x1=vx1 a/x2=vx2]"},
		{hkv.Key{[]byte("a"), []byte("y1")}, "[a/y1=vy1]"},
		{hkv.Key{[]byte("a"), []byte("z")}, "[]"},
		{hkv.Key{[]byte("b")}, "[]"},
	} {
		keys, err := scan(c.pref)
		if got := fmtList(keys); err != nil || got != c.want {
			t.Errorf("scan %q = %s, %v; want %s", c.pref, got, err, c.want)
		}
	}
	if _, err := scan(hkv.Key{[]byte("n")}); err == nil {
		t.Error("scan of nested buckets: no error")
	}
	if it := tx.Scan(ctx); it.Next(ctx) || it.Err() == nil {
		t.Error("scan of the whole store: no error")
	}

	// withRead: the reads under its context share one transaction, which
	// their Close leaves open
	kvdb := boltKV{nil, &txGroup{}}
	err = withRead(ctx, db, func(ctx context.Context) error {
		t1, err := kvdb.Tx(ctx, false)
		if err != nil {
			return err
		}
		t1.Close()
		t2, err := kvdb.Tx(ctx, false)
		if err != nil {
			return err
		}
		defer t2.Close()
		if t1.(sharedRead).readTx != t2.(sharedRead).readTx {
			t.Error("two transactions under withRead")
		}
		if v, err := t2.Get(ctx, hkv.Key{[]byte("a"), []byte("x1")}); err != nil || string(v) != "vx1" {
			t.Errorf("Get after Close = %q, %v", v, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func fmtList(s []string) string {
	out := "["
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out + "]"
}
