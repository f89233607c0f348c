package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// An article's record is every quad labelled with the article's IRI or
// with one of its sentences (ART#sN): what a new version of the article
// removes. On a bolt store newsgraph keeps each article's record in a
// bucket of its own, ngRecordsBucket, under the article's IRI, written in
// the same bolt transaction as the Cayley writes it follows (keepRecords),
// so that replacing an article reads its earlier version with one Get
// instead of walking Cayley's label index and reading each quad's four
// values.
//
// recordsMark, in ngBucket, holds the stamp of the store (see stamp) as the
// records last followed it: a write that does not keep them (Cayley's own
// tools, a RemoveNode through Cayley's HTTP API) moves the store on from
// its stamp, and the records are not read (Cayley's iterators answer) until
// RebuildRecords makes them again.
var (
	ngRecordsBucket = []byte("newsgraph-articles")
	recordsMark     = []byte("articles")
)

// recordsTag ends the stamp of the records' mark: the version of their
// encoding (encodeRecord).
const recordsTag = " records 1"

func recordsStamp(tx *bolt.Tx) []byte {
	b := tx.Bucket(metaBucket)
	return append(stamp(func(k []byte) []byte {
		if b == nil {
			return nil
		}
		return b.Get(k)
	}), recordsTag...)
}

// recordsCurrent tells whether the article records follow the store.
func recordsCurrent(tx *bolt.Tx) bool {
	b := tx.Bucket(ngBucket)
	return b != nil && bytes.Equal(b.Get(recordsMark), recordsStamp(tx))
}

// markRecords records, in a store just created, that its article records
// (none) follow it.
func markRecords(db *bolt.DB) error {
	return db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(ngRecordsBucket); err != nil {
			return err
		}
		b, err := tx.CreateBucketIfNotExists(ngBucket)
		if err != nil {
			return err
		}
		return b.Put(recordsMark, recordsStamp(tx))
	})
}

var articleNS = schema.IDNS + "article/"

// recordOf is the article whose record holds a quad with this label, ""
// for none (the lexicon's, the store's own).
func recordOf(label quad.Value) string {
	iri, ok := label.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), articleNS) {
		return ""
	}
	s := string(iri)
	i := strings.IndexByte(s, '#')
	if i < 0 {
		if strings.IndexByte(s[len(articleNS):], '/') >= 0 {
			return "" // an event's, a shipment's: no article's label
		}
		return s
	}
	if !strings.HasPrefix(s[i:], "#s") || strings.IndexByte(s[len(articleNS):i], '/') >= 0 {
		return ""
	}
	return s[:i]
}

// keepRecords brings the article records up to date with deltas, which the
// transaction tx has just applied to Cayley's store (a quad both removed
// and added stays, as storeWriter applies them), and moves their mark on with
// the store. current tells whether they followed the store before those
// writes; if not, they are left as they are (still not current).
func keepRecords(tx *bolt.Tx, current bool, deltas []graph.Delta) error {
	if !current {
		return nil
	}
	type change struct{ removed, added []quad.Quad }
	changes := map[string]*change{}
	for _, d := range deltas {
		a := recordOf(d.Quad.Label)
		if a == "" {
			continue
		}
		c := changes[a]
		if c == nil {
			c = &change{}
			changes[a] = c
		}
		if d.Action == graph.Delete {
			c.removed = append(c.removed, d.Quad)
		} else {
			c.added = append(c.added, d.Quad)
		}
	}
	b, err := tx.CreateBucketIfNotExists(ngRecordsBucket)
	if err != nil {
		return err
	}
	arts := make([]string, 0, len(changes))
	for a := range changes {
		arts = append(arts, a)
	}
	slices.Sort(arts) // bolt writes in key order
	for _, a := range arts {
		c := changes[a]
		var rec []quad.Quad
		if v := b.Get([]byte(a)); v != nil {
			if rec, err = decodeRecord(quad.IRI(a), v); err != nil {
				return err
			}
		}
		if len(c.removed) > 0 || len(rec) > 0 && len(c.added) > 0 {
			rec = applyToRecord(rec, c.removed, c.added)
		} else {
			rec = append(rec, c.added...)
		}
		if len(rec) == 0 {
			if err := b.Delete([]byte(a)); err != nil {
				return err
			}
			continue
		}
		if err := b.Put([]byte(a), encodeRecord(quad.IRI(a), rec)); err != nil {
			return err
		}
	}
	ng, err := tx.CreateBucketIfNotExists(ngBucket)
	if err != nil {
		return err
	}
	return ng.Put(recordsMark, recordsStamp(tx))
}

// applyToRecord is rec without the quads removed, then with those added,
// each quad once, as the store holds them: Cayley tells quads apart by
// their values' N-Quads forms (sameQuad).
func applyToRecord(rec, removed, added []quad.Quad) []quad.Quad {
	gone := make(map[quad.Quad]bool, len(removed))
	for _, q := range removed {
		gone[sameQuad(q)] = true
	}
	have := make(map[quad.Quad]bool, len(rec)+len(added))
	out := rec[:0:0]
	for _, q := range rec {
		k := sameQuad(q)
		if gone[k] || have[k] {
			continue
		}
		have[k] = true
		out = append(out, q)
	}
	for _, q := range added {
		if k := sameQuad(q); !have[k] {
			have[k] = true
			out = append(out, q)
		}
	}
	return out
}

// sameQuad is q with each value in one form of those that Cayley takes for
// the same node (it hashes a value's N-Quads form): a number, a boolean or
// a time as the typed string it writes as.
func sameQuad(q quad.Quad) quad.Quad {
	for _, d := range quad.Directions {
		if ts, ok := q.Get(d).(quad.TypedStringer); ok {
			q.Set(d, ts.TypedString())
		}
	}
	return q
}

// readRecord is the record of article a from the records of a read
// transaction; ok is false when the store keeps no records that follow it
// (not bolt, or written since by a program that does not keep them), or ctx
// carries no read transaction of a bolt store (see Store.read).
func (s *Store) readRecord(ctx context.Context, a quad.Value) (rec []quad.Quad, ok bool, err error) {
	iri, isIRI := a.(quad.IRI)
	t, inRead := ctx.Value(sharedReadKey{}).(*readTx)
	if w, isW := s.qw.(storeWriter); !isW || w.keep == nil || !isIRI || !inRead {
		return nil, false, nil
	}
	if !recordsCurrent(t.tx) {
		return nil, false, nil
	}
	b := t.bucket(ngRecordsBucket)
	if b == nil {
		return nil, false, nil
	}
	v := b.Get([]byte(iri))
	if v == nil {
		return nil, true, nil
	}
	rec, err = decodeRecord(iri, v)
	return rec, err == nil, err
}

// The encoding of a record: a version byte; the number of distinct values,
// then each value (a tag byte and its fields, each a uvarint length and its
// bytes); the number of quads, then each quad as four uvarints, the place
// of its subject, predicate, object and label among the values plus one
// (0 for none). An IRI under the article's own (its sentences, events,
// quotations) keeps only what follows the article's IRI.
const recordVersion = 1

const (
	tagOwnIRI = iota // the article's IRI and a suffix
	tagIRI
	tagString
	tagTyped // value, then datatype IRI
	tagLang  // value, then language
	tagBNode
	tagOther // pquads' encoding
)

func encodeRecord(art quad.IRI, rec []quad.Quad) []byte {
	at := make(map[quad.Value]uint64, len(rec))
	var vals []quad.Value
	for _, q := range rec {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				if _, ok := at[v]; !ok {
					at[v] = uint64(len(vals)) + 1
					vals = append(vals, v)
				}
			}
		}
	}
	buf := make([]byte, 0, 64*len(vals)+16*len(rec))
	buf = append(buf, recordVersion)
	buf = binary.AppendUvarint(buf, uint64(len(vals)))
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	for _, v := range vals {
		switch v := v.(type) {
		case quad.IRI:
			if rest, ok := strings.CutPrefix(string(v), string(art)); ok {
				buf = append(buf, tagOwnIRI)
				str(rest)
			} else {
				buf = append(buf, tagIRI)
				str(string(v))
			}
		case quad.String:
			buf = append(buf, tagString)
			str(string(v))
		case quad.TypedString:
			buf = append(buf, tagTyped)
			str(string(v.Value))
			str(string(v.Type))
		case quad.LangString:
			buf = append(buf, tagLang)
			str(string(v.Value))
			str(v.Lang)
		case quad.BNode:
			buf = append(buf, tagBNode)
			str(string(v))
		default:
			p, _ := pquads.MarshalValue(v)
			buf = append(buf, tagOther)
			str(string(p))
		}
	}
	buf = binary.AppendUvarint(buf, uint64(len(rec)))
	for _, q := range rec {
		for _, d := range quad.Directions {
			var i uint64
			if v := q.Get(d); v != nil {
				i = at[v]
			}
			buf = binary.AppendUvarint(buf, i)
		}
	}
	return buf
}

var errRecord = errors.New("newsgraph: corrupt article record")

func decodeRecord(art quad.IRI, b []byte) ([]quad.Quad, error) {
	if len(b) == 0 || b[0] != recordVersion {
		return nil, errRecord
	}
	b = b[1:]
	bad := false
	num := func() uint64 {
		x, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return x
	}
	str := func() string {
		n := num()
		if bad || n > uint64(len(b)) {
			bad = true
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	nv := num()
	if bad || nv > uint64(len(b)) {
		return nil, errRecord
	}
	vals := make([]quad.Value, nv)
	for i := range vals {
		if len(b) == 0 {
			return nil, errRecord
		}
		tag := b[0]
		b = b[1:]
		switch tag {
		case tagOwnIRI:
			vals[i] = art + quad.IRI(str())
		case tagIRI:
			vals[i] = quad.IRI(str())
		case tagString:
			vals[i] = quad.String(str())
		case tagTyped:
			v := str()
			vals[i] = quad.TypedString{Value: quad.String(v), Type: quad.IRI(str())}
		case tagLang:
			v := str()
			vals[i] = quad.LangString{Value: quad.String(v), Lang: str()}
		case tagBNode:
			vals[i] = quad.BNode(str())
		case tagOther:
			v, err := pquads.UnmarshalValue([]byte(str()))
			if err != nil {
				return nil, errRecord
			}
			vals[i] = v
		default:
			return nil, errRecord
		}
	}
	nq := num()
	if bad || nq > uint64(len(b)) {
		return nil, errRecord
	}
	rec := make([]quad.Quad, nq)
	for i := range rec {
		for _, d := range quad.Directions {
			j := num()
			if bad || j > nv {
				return nil, errRecord
			}
			if j > 0 {
				rec[i].Set(d, vals[j-1])
			}
		}
	}
	if bad || len(b) != 0 {
		return nil, errRecord
	}
	return rec, nil
}

// RebuildRecords makes the article records (see ngRecordsBucket) again,
// read through Cayley's iterators, when they do not follow the store: one
// made by an older newsgraph, or written since by a program that does not
// keep them. The articles are the subjects of rdf:type schema:NewsArticle;
// each one's record is read as a replacement without records reads it
// (sentenceQuads). It returns how many articles it recorded, 0 when there
// was nothing to rebuild (the records follow the store, or it is not
// bolt). Cayley's buckets are left as they are.
func (s *Store) RebuildRecords(ctx context.Context) (int, error) {
	kq, ok := s.qs.(kvStore)
	w, isW := s.qw.(storeWriter)
	if !ok || !isW || kq.db == nil || w.keep == nil {
		return 0, nil
	}
	// under the writer's lock, so that no write of ours comes between the
	// quads read and the stamp
	w.mu.Lock()
	defer w.mu.Unlock()
	var (
		current bool
		before  []byte
	)
	if err := kq.db.View(func(tx *bolt.Tx) error {
		current, before = recordsCurrent(tx), recordsStamp(tx)
		return nil
	}); err != nil || current {
		return 0, err
	}
	err := kq.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(ngRecordsBucket) != nil {
			if err := tx.DeleteBucket(ngRecordsBucket); err != nil {
				return err
			}
		}
		_, err := tx.CreateBucket(ngRecordsBucket)
		return err
	})
	if err != nil {
		return 0, err
	}
	var arts []quad.IRI
	err = withRead(ctx, kq.db, func(ctx context.Context) error {
		typed, err := s.quadsWith(ctx, quad.Object, schema.NewsArticle)
		for _, q := range typed {
			if a, ok := q.Subject.(quad.IRI); ok && q.Predicate == schema.Type && recordOf(a) == string(a) {
				arts = append(arts, a)
			}
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	slices.Sort(arts)
	arts = slices.Compact(arts)
	// some hundreds of articles read in a read transaction, then written in
	// a write transaction (one goroutine never holds both)
	const chunk = 256
	for i := 0; i < len(arts); i += chunk {
		part := arts[i:min(i+chunk, len(arts))]
		recs := make([][]quad.Quad, len(part))
		err := withRead(ctx, kq.db, func(ctx context.Context) error {
			for j, a := range part {
				header, err := s.quadsWith(ctx, quad.Label, a)
				if err != nil {
					return err
				}
				if recs[j], err = s.sentenceQuads(ctx, a, header); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
		err = kq.db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(ngRecordsBucket)
			for j, a := range part {
				if len(recs[j]) > 0 {
					if err := b.Put([]byte(a), encodeRecord(a, recs[j])); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return 0, err
		}
	}
	err = kq.db.Update(func(tx *bolt.Tx) error {
		if !bytes.Equal(recordsStamp(tx), before) {
			return errors.New("the store changed while its article records were made")
		}
		ng, err := tx.CreateBucketIfNotExists(ngBucket)
		if err != nil {
			return err
		}
		return ng.Put(recordsMark, before)
	})
	if err != nil {
		return 0, err
	}
	return len(arts), nil
}
