// Package graph is newsgraph's store: the only package that imports Cayley.
// It opens or creates a Cayley quad store (bolt by default), replaces an
// article's quads in one transaction, runs Gizmo with our namespaces and a
// time limit, and exports the graph.
package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"    // --backend leveldb
	_ "github.com/cayleygraph/cayley/graph/memstore"      // --backend memstore
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // --backend cockroach
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // --backend postgres
	"github.com/cayleygraph/cayley/query/shape"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// BoltLockTimeout is how long opening a bolt store waits for another
// process that holds it.
var BoltLockTimeout = 2 * time.Second

// boltBackend is Cayley's bolt store registered with a lock timeout: Cayley's
// own "bolt" registration opens the file with none and waits forever when
// another process has the store open.
const boltBackend = "newsgraph-bolt"

// ErrInUse is returned when another process holds the store.
var ErrInUse = errors.New("is in use by another process (close it, or query through its server)")

func init() {
	kv.Register(boltBackend, kv.Registration{
		NewFunc:      func(path string, _ graph.Options) (hkv.KV, error) { return openBolt(path, false) },
		InitFunc:     func(path string, _ graph.Options) (hkv.KV, error) { return openBolt(path, true) },
		IsPersistent: true,
	})
}

func openBolt(path string, create bool) (hkv.KV, error) {
	if path == "" {
		return nil, kv.ErrEmptyPath
	}
	file := filepath.Join(path, "indexes.bolt")
	if create {
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, err
		}
	}
	_, err := os.Stat(file)
	if err != nil && !create {
		return nil, graph.ErrNotInitialized
	}
	isNew := errors.Is(err, os.ErrNotExist)
	db, err := hbolt.Open(file, &bolt.Options{Timeout: BoltLockTimeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrInUse
	} else if err != nil {
		return nil, err
	}
	if isNew {
		if err := markCounts(db.DB()); err != nil {
			db.Close()
			return nil, err
		}
		if err := markRecords(db.DB()); err != nil {
			db.Close()
			return nil, err
		}
	}
	kv := boltKV{db, &txGroup{}}
	opened.Store(file, kv)
	return kv, nil
}

// opened hands OpenWith the bolt database that Cayley's registry opened
// for a store (by file), which Cayley's quad store keeps to itself.
var opened sync.Map

// Store is an open newsgraph store.
type Store struct {
	qs    graph.QuadStore
	qw    graph.QuadWriter
	known map[string]bool // lexicon quads known to be stored
	// entities whose lexicon quads an ingest has made the current
	// lexicon's (Batch.refreshLexicon)
	lexChecked map[quad.Value]bool
	names      names        // the entities' names, for search
	dates      articleDates // the articles by date, for serve's start page
	writes     atomic.Int64 // writes made through qw, to tell the names are stale
	counts     *txGroup     // how a bolt store's writes keep newsgraph's counts; nil if not bolt
	sql        bool         // one of Cayley's SQL backends
	name       string       // the backend's registered name
	rawAddr    string       // addr as given, password and all
	Backend    string
	Addr       string // as given, with any password masked
}

// Options configure Open.
type Options struct {
	// QueryTimeout is the time limit of the queries the store will run
	// (0 means DefaultTimeout). On PostgreSQL and CockroachDB it is also
	// each connection's statement_timeout, so that the server stops a
	// statement the client has given up on.
	QueryTimeout time.Duration
	// Create makes the store when there is none (ingest does). Without it
	// an address that holds no newsgraph store is refused with ErrNoStore,
	// and nothing is made there: a typo in --db does not leave an empty
	// store behind.
	Create bool
}

// ErrNoStore is the error of opening, without Options.Create, an address
// that holds no newsgraph store.
var ErrNoStore = errors.New("holds no newsgraph store (newsgraph ingest makes one)")

// Open opens the store of the given Cayley backend ("bolt", "memstore",
// "leveldb", "postgres", "cockroach", …) at addr, creating it when it does
// not exist (OpenWith without Options.Create refuses to). For postgres and cockroach addr is a connection URL,
// postgres://user@host:port/dbname?sslmode=disable; the database must
// exist, its tables are created on first use.
func Open(backend, addr string) (*Store, error) {
	return OpenWith(backend, addr, Options{Create: true})
}

// OpenWith is Open with options.
func OpenWith(backend, addr string, o Options) (*Store, error) {
	name := backend
	if name == "" || name == "bolt" {
		name = boltBackend
	}
	if !graph.IsRegistered(name) {
		return nil, fmt.Errorf("unknown backend %q", backend)
	}
	if addr == "" && graph.IsPersistent(name) {
		return nil, fmt.Errorf("backend %s needs an address (--db)", backend)
	}
	shown := addr
	dsn := addr
	sqlBackend := isSQL(name)
	if sqlBackend {
		shown = Redact(addr)
		if o.QueryTimeout <= 0 {
			o.QueryTimeout = DefaultTimeout
		}
		dsn = withStatementTimeout(addr, o.QueryTimeout)
	}
	// Cayley's KV stores keep bloom filters sized for 100 million quads
	// (some 500 MB of memory from the first write on); without them an
	// ingest runs faster here, in a quarter of the memory.
	opts := graph.Options{"no_bloom": true}
	if graph.IsPersistent(name) {
		if o.Create {
			err := graph.InitQuadStore(name, dsn, opts)
			if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
				return nil, wrapOpen(shown, sqlBackend, err)
			}
		} else if !sqlBackend {
			if _, err := os.Stat(dsn); err != nil {
				return nil, fmt.Errorf("%s %w", shown, ErrNoStore)
			}
		}
	}
	qs, err := graph.NewQuadStore(name, dsn, opts)
	if errors.Is(err, graph.ErrNotInitialized) && !o.Create {
		return nil, fmt.Errorf("%s %w", shown, ErrNoStore)
	}
	if err != nil {
		return nil, wrapOpen(shown, sqlBackend, err)
	}
	var (
		db     *bolt.DB
		group  func(func() error) error
		keep   func([]graph.Delta, func() error) error
		counts *txGroup
	)
	if name == boltBackend {
		if v, ok := opened.LoadAndDelete(filepath.Join(dsn, "indexes.bolt")); ok {
			db, group, keep, counts = v.(boltKV).DB.DB(), v.(boltKV).group, v.(boltKV).keep, v.(boltKV).g
		}
	}
	qs = wrapKV(qs, db)
	qw, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("store %s: %w", shown, err)
	}
	s := &Store{qs: qs, counts: counts, sql: sqlBackend, name: name, rawAddr: addr, Backend: backend, Addr: shown}
	_, isKV := qs.(kvStore)
	s.qw = storeWriter{QuadWriter: qw, n: &s.writes, mu: new(sync.Mutex), kv: isKV, group: group, keep: keep, failed: new(error)}
	if err := s.checkVersion(o.Create); err != nil {
		s.Close()
		if sqlBackend {
			return nil, wrapOpen(shown, true, err)
		}
		return nil, err
	}
	return s, nil
}

func wrapOpen(addr string, sqlBackend bool, err error) error {
	if errors.Is(err, ErrInUse) {
		return fmt.Errorf("store %s %w", addr, err)
	}
	if errors.Is(err, ErrNoStore) {
		return err
	}
	if sqlBackend {
		if strings.HasPrefix(err.Error(), "store ") {
			return err
		}
		err = sqlError(err)
	}
	return fmt.Errorf("store %s: %w", addr, err)
}

// SetQueryTimeout changes the time limit that OpenWith gave the server's
// statement_timeout (PostgreSQL, CockroachDB) by connecting again; other
// backends have none. A query's own limit is QueryOptions.Timeout.
func (s *Store) SetQueryTimeout(d time.Duration) error {
	if !s.sql {
		return nil
	}
	qs, err := graph.NewQuadStore(s.name, withStatementTimeout(s.rawAddr, d), graph.Options{})
	if err != nil {
		return wrapOpen(s.Addr, true, err)
	}
	qw, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return fmt.Errorf("store %s: %w", s.Addr, err)
	}
	s.Close()
	s.qs, s.qw = qs, storeWriter{QuadWriter: qw, n: &s.writes, mu: new(sync.Mutex), failed: new(error)}
	return nil
}

// Close closes the store.
func (s *Store) Close() error {
	// the quads an ingest left to be counted (DeferCounts)
	err := s.FoldCounts()
	if cerr := s.qw.Close(); err == nil {
		err = cerr
	}
	if cerr := s.qs.Close(); err == nil {
		err = cerr
	}
	return err
}

// QuadStore is the underlying Cayley store, for Cayley's HTTP API.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// SchemaVersion is the version of the graph's shape that this build writes.
// A store written by another version is refused rather than misread.
const SchemaVersion = "1"

var storeNode = quad.IRI(schema.IDNS + "store")

func (s *Store) checkVersion(create bool) error {
	ctx := context.Background()
	vals, err := s.objects(ctx, storeNode, schema.SchemaVersion)
	if err != nil {
		if !create && s.sql && strings.Contains(err.Error(), "does not exist") {
			return fmt.Errorf("%s %w", s.Addr, ErrNoStore) // no tables
		}
		return fmt.Errorf("store %s: %w", s.Addr, err)
	}
	switch {
	case len(vals) == 0:
		empty, err := s.empty(ctx)
		if err != nil {
			return fmt.Errorf("store %s: %w", s.Addr, err)
		}
		if empty && !create {
			return fmt.Errorf("%s %w", s.Addr, ErrNoStore)
		}
		if empty {
			err := s.qw.AddQuad(quad.Quad{Subject: storeNode, Predicate: schema.SchemaVersion,
				Object: quad.String(SchemaVersion), Label: storeNode})
			if err != nil {
				return fmt.Errorf("store %s: %w", s.Addr, err)
			}
			return nil
		}
		return fmt.Errorf("store %s holds quads but no newsgraph schema version: it was not written by newsgraph; use a new --db", s.Addr)
	case len(vals) == 1 && quad.ToString(vals[0]) == SchemaVersion:
		return nil
	}
	return fmt.Errorf("store %s was written with newsgraph schema version %v, this build reads version %s: export it with the build that wrote it and ingest the articles again into a new --db", s.Addr, vals, SchemaVersion)
}

// empty reports whether the store holds no quad.
func (s *Store) empty(ctx context.Context) (bool, error) {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	has := it.Next(ctx)
	return !has, it.Err()
}

// objects lists the objects of (subject, predicate) quads.
func (s *Store) objects(ctx context.Context, subject quad.Value, pred quad.IRI) ([]quad.Value, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, subject)
	if err != nil {
		return nil, err
	}
	var out []quad.Value
	for _, q := range qs {
		if q.Predicate == pred {
			out = append(out, q.Object)
		}
	}
	return out, nil
}

// quadsWith lists the quads whose direction dir holds v.
func (s *Store) quadsWith(ctx context.Context, dir quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.refOf(ctx, v)
	if err != nil || ref == nil {
		return nil, err
	}
	return s.iteratedQuads(ctx, s.qs.QuadIterator(dir, ref))
}

// iteratedQuads reads the quads an iterator over quads gives.
func (s *Store) iteratedQuads(ctx context.Context, sh iterator.Shape) ([]quad.Quad, error) {
	it := sh.Iterate()
	var rs []graph.Ref
	for it.Next(ctx) {
		rs = append(rs, it.Result())
	}
	err := it.Err()
	it.Close() // before the values are read (see kvStore's direct reads)
	if err != nil {
		return nil, err
	}
	return s.quadsOf(ctx, rs)
}

// refOf is the store's ref of v, nil if it has none. On a KV store it is
// read with ctx, so in the read transaction of a read (Store.read), where
// ValueOf would open one of its own.
func (s *Store) refOf(ctx context.Context, v quad.Value) (graph.Ref, error) {
	kq, ok := s.qs.(kvStore)
	if !ok {
		return s.qs.ValueOf(v)
	}
	rs, err := kq.QuadStore.RefsOf(ctx, []quad.Value{v})
	if err != nil {
		return nil, err
	}
	if id, _ := rs[0].(kv.Int64Value); id == 0 {
		return nil, nil
	}
	return rs[0], nil
}

// read runs fn so that its reads of a bolt store through ctx (quadsWith,
// quadsOf) share one read transaction: the lookups of an article's
// earlier version, some thirty, begin one instead of three each. fn must
// read the store through ctx only (see withRead).
func (s *Store) read(ctx context.Context, fn func(ctx context.Context) error) error {
	if kq, ok := s.qs.(kvStore); ok && kq.db != nil {
		return withRead(ctx, kq.db, fn)
	}
	return fn(ctx)
}

// quadsOf reads the quads of refs, with their values in one batch: Cayley's
// Quad reads each of a quad's four values on its own (on a KV store, each
// in a read transaction of its own).
func (s *Store) quadsOf(ctx context.Context, rs []graph.Ref) ([]quad.Quad, error) {
	at := map[any]int{} // node (its Key) → its place in nodes
	var nodes []graph.Ref
	idx := make([]int, 0, 4*len(rs)) // each quad's nodes, by direction; -1: none
	for _, r := range rs {
		for _, d := range quad.Directions {
			n, err := s.qs.QuadDirection(r, d)
			if err != nil {
				return nil, err
			}
			if n == nil {
				idx = append(idx, -1)
				continue
			}
			i, ok := at[n.Key()]
			if !ok {
				i = len(nodes)
				at[n.Key()] = i
				nodes = append(nodes, n)
			}
			idx = append(idx, i)
		}
	}
	vals, err := graph.ValuesOf(ctx, s.qs, nodes)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, len(rs))
	for i := range out {
		for j, d := range quad.Directions {
			if k := idx[4*i+j]; k >= 0 {
				out[i].Set(d, vals[k])
			}
		}
	}
	return out, nil
}

// lexiconOf lists the quads labelled with the lexicon whose subject is e,
// through the index by label and subject: not all of e's quads, which are
// as many as the sentences that name it.
func (s *Store) lexiconOf(ctx context.Context, e quad.Value) ([]quad.Quad, error) {
	ref, err := s.refOf(ctx, e)
	if err != nil || ref == nil {
		return nil, err
	}
	lex, err := s.refOf(ctx, schema.Lexicon)
	if err != nil || lex == nil {
		return nil, err
	}
	return s.iteratedQuads(ctx, shape.BuildIterator(ctx, s.qs, shape.Quads{
		{Dir: quad.Subject, Values: shape.Fixed{ref}},
		{Dir: quad.Label, Values: shape.Fixed{lex}},
	}))
}

// eachQuad calls fn with each quad whose direction dir holds v and whose
// predicate is p, read through the index of both, until fn returns false.
func (s *Store) eachQuad(ctx context.Context, dir quad.Direction, v quad.Value, p quad.IRI, fn func(quad.Quad) bool) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	pref, err := s.qs.ValueOf(p)
	if err != nil || pref == nil {
		return err
	}
	it := shape.BuildIterator(ctx, s.qs, shape.Quads{
		{Dir: dir, Values: shape.Fixed{ref}},
		{Dir: quad.Predicate, Values: shape.Fixed{pref}},
	}).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if !fn(q) {
			break
		}
	}
	return it.Err()
}

// Size is the number of quads in the store.
func (s *Store) Size() int64 {
	// the SQL backends' inexact count is the planner's estimate: -1 before
	// the table is first analysed
	st, err := s.qs.Stats(context.Background(), s.sql)
	if err != nil {
		return -1
	}
	return st.Quads.Value
}

// AllQuads returns every quad of the graph, sorted by N-Quads text: the
// articles' and the lexicon's, without the store's record of its own
// schema version (labelled <ngid:store>), which is no fact of the graph.
func (s *Store) AllQuads(ctx context.Context) ([]quad.Quad, error) {
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		if q.Label == storeNode {
			continue
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	sortQuads(out)
	return out, nil
}

func sortQuads(qs []quad.Quad) {
	keys := make([]string, len(qs))
	for i, q := range qs {
		keys[i] = schema.FormatQuad(q)
	}
	idx := make([]int, len(qs))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	sorted := make([]quad.Quad, len(qs))
	for i, k := range idx {
		sorted[i] = qs[k]
	}
	copy(qs, sorted)
}

var _ = iterator.Iterate
