package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// recordedArticle is a small article: header, sentences, facts in them,
// and a lexicon fact (in no article's record).
func recordedArticle(art quad.IRI, source string, people ...string) []quad.Quad {
	qs := []quad.Quad{
		{Subject: art, Predicate: schema.Type, Object: schema.NewsArticle, Label: art},
		{Subject: art, Predicate: schema.Source, Object: quad.String(source), Label: art},
		{Subject: art, Predicate: schema.Version, Object: quad.String(string(art) + source), Label: art},
		{Subject: quad.IRI(schema.IDNS + "country/in"), Predicate: schema.ISO3166, Object: quad.String("IN"), Label: schema.Lexicon},
	}
	for i, name := range people {
		s := schema.SentenceIRI(art, i+1)
		p := quad.IRI(schema.IDNS + "person/" + schema.Slug(name))
		qs = append(qs,
			quad.Quad{Subject: s, Predicate: schema.IsPartOf, Object: art, Label: art},
			quad.Quad{Subject: s, Predicate: schema.Text, Object: quad.String(name + " spoke."), Label: art},
			quad.Quad{Subject: s, Predicate: schema.CharStart, Object: schema.Typed(fmt.Sprint(10*i), schema.XSDInteger), Label: art},
			quad.Quad{Subject: p, Predicate: schema.Type, Object: schema.Person, Label: s},
			quad.Quad{Subject: p, Predicate: schema.Name, Object: quad.String(name), Label: s},
			quad.Quad{Subject: art, Predicate: schema.Mentions, Object: p, Label: s},
			quad.Quad{Subject: quad.IRI(string(art) + "/quote/" + fmt.Sprint(i+1)), Predicate: schema.Text, Object: quad.LangString{Value: quad.String(name), Lang: "en"}, Label: s},
		)
	}
	return qs
}

// checkRecords fails unless the article records follow the store and each
// holds exactly the quads labelled with its article or a sentence of it.
func checkRecords(t *testing.T, st *Store) {
	t.Helper()
	all, err := st.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for _, q := range all {
		if a := recordOf(q.Label); a != "" {
			want[a] = append(want[a], schema.FormatQuad(q))
		}
	}
	got := map[string][]string{}
	err = st.qs.(kvStore).db.View(func(tx *bolt.Tx) error {
		if !recordsCurrent(tx) {
			return fmt.Errorf("the article records do not follow the store")
		}
		return tx.Bucket(ngRecordsBucket).ForEach(func(k, v []byte) error {
			rec, err := decodeRecord(quad.IRI(k), v)
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			for _, q := range rec {
				got[string(k)] = append(got[string(k)], schema.FormatQuad(q))
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for a := range want {
		slices.Sort(want[a])
		slices.Sort(got[a])
		if !slices.Equal(got[a], want[a]) {
			t.Errorf("record of %s:\n%s\nthe store holds:\n%s", a, strings.Join(got[a], "\n"), strings.Join(want[a], "\n"))
		}
	}
	for a := range got {
		if _, ok := want[a]; !ok {
			t.Errorf("a record of %s, which the store does not hold", a)
		}
	}
}

// The article records follow every write of newsgraph's (new articles, new
// versions, the same again, a text from two sources, renamed people,
// single quads through the writer Cayley's HTTP API uses); a write that
// does not keep them (RemoveNode) leaves them unread, a replacement then
// reads Cayley's indexes, and RebuildRecords makes them again; so does a
// store of an older newsgraph, which kept none.
func TestArticleRecords(t *testing.T) {
	ctx := context.Background()
	a1, a2, a3 := schema.ArticleIRI(strings.Repeat("1", 64)), schema.ArticleIRI(strings.Repeat("2", 64)), schema.ArticleIRI(strings.Repeat("3", 64))
	dir := filepath.Join(t.TempDir(), "db")
	st, err := Open("bolt", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { st.Close() }()
	replace := func(art quad.IRI, source string, people ...string) Change {
		t.Helper()
		ch, err := st.ReplaceArticle(ctx, art, source, recordedArticle(art, source, people...))
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	checkRecords(t, st)

	replace(a1, "a", "Jane Roe", "John Doe")
	checkRecords(t, st)
	t.Run("NewVersion", func(t *testing.T) {
		if ch := replace(a2, "a", "Jane Roe"); !ch.Replaced {
			t.Errorf("%+v, want replaced", ch)
		}
		checkRecords(t, st)
	})
	t.Run("SameAgain", func(t *testing.T) {
		if ch := replace(a2, "a", "Jane Roe"); ch.Added != 0 || ch.Removed != 0 {
			t.Errorf("%+v, want no change", ch)
		}
		checkRecords(t, st)
	})
	t.Run("TwoSources", func(t *testing.T) {
		replace(a1, "b", "Ann Poe")
		replace(a1, "c", "Ann Poe")
		checkRecords(t, st)
		replace(a3, "c", "Max Moe") // c leaves a1 to b
		checkRecords(t, st)
	})
	t.Run("OneBatch", func(t *testing.T) {
		b := st.NewBatch()
		for _, v := range []struct {
			art    quad.IRI
			source string
		}{{a2, "a"}, {a3, "c"}} {
			art := schema.ArticleIRI(v.source + strings.Repeat("9", 63))
			if _, err := b.Replace(ctx, art, v.source, recordedArticle(art, v.source, "Kim Koe", "Jane Roe")); err != nil {
				t.Fatal(err)
			}
		}
		// a person of an article the batch keeps (b's) named more fully
		if err := b.RenamePerson(ctx, quad.IRI(schema.IDNS+"person/ann-poe"), "Ann Poe", "Ann B. Poe"); err != nil {
			t.Fatal(err)
		}
		if err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		checkRecords(t, st)
	})
	t.Run("SingleWrites", func(t *testing.T) {
		s1 := schema.SentenceIRI(a1, 1)
		q := quad.Quad{Subject: s1, Predicate: schema.Text, Object: quad.String("Ann Poe spoke."), Label: a1}
		if err := st.qw.RemoveQuad(q); err != nil {
			t.Fatal(err)
		}
		checkRecords(t, st)
		extra := []quad.Quad{q, {Subject: s1, Predicate: schema.CharEnd, Object: quad.Int(14), Label: a1}}
		if err := st.qw.AddQuadSet(extra); err != nil {
			t.Fatal(err)
		}
		// the same quad, its number as the typed string Cayley takes it for
		if err := st.qw.RemoveQuad(quad.Quad{Subject: s1, Predicate: schema.CharEnd, Object: schema.Typed("14", schema.XSDInteger), Label: a1}); err != nil {
			t.Fatal(err)
		}
		checkRecords(t, st)
	})
	t.Run("NotKept", func(t *testing.T) {
		if err := st.qw.RemoveNode(quad.IRI(schema.IDNS + "person/ann-poe")); err != nil {
			t.Fatal(err)
		}
		notCurrent(t, st)
		// read from Cayley's indexes, replaced all the same
		replace(a1, "b", "Eve Foe")
		if got := exportOf(t, st); strings.Contains(got, "Ann Poe") || !strings.Contains(got, "Eve Foe") {
			t.Errorf("after replacing without records:\n%s", got)
		}
		notCurrent(t, st)
		if n, err := st.RebuildRecords(ctx); err != nil || n != 3 {
			t.Fatalf("RebuildRecords = %d, %v; want 3 articles", n, err)
		}
		checkRecords(t, st)
		if n, err := st.RebuildRecords(ctx); err != nil || n != 0 {
			t.Errorf("RebuildRecords again = %d, %v; want nothing to do", n, err)
		}
	})
	t.Run("OlderStore", func(t *testing.T) {
		st.Close()
		db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			if err := tx.DeleteBucket(ngRecordsBucket); err != nil {
				return err
			}
			return tx.Bucket(ngBucket).Delete(recordsMark)
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if st, err = Open("bolt", dir); err != nil {
			t.Fatal(err)
		}
		notCurrent(t, st)
		replace(a1, "b", "Ivy Hoe")
		if got := exportOf(t, st); strings.Contains(got, "Eve Foe") || !strings.Contains(got, "Ivy Hoe") {
			t.Errorf("after replacing in an older store:\n%s", got)
		}
		if n, err := st.RebuildRecords(ctx); err != nil || n != 3 {
			t.Fatalf("RebuildRecords = %d, %v; want 3 articles", n, err)
		}
		checkRecords(t, st)
		replace(a2, "a", "Jane Roe", "Zed Zoe")
		checkRecords(t, st)
	})
}

func notCurrent(t *testing.T, st *Store) {
	t.Helper()
	st.qs.(kvStore).db.View(func(tx *bolt.Tx) error {
		if recordsCurrent(tx) {
			t.Error("the article records are taken to follow the store")
		}
		return nil
	})
}

// An article's record reads back as it was written.
func TestRecordEncoding(t *testing.T) {
	art := schema.ArticleIRI(strings.Repeat("e", 64))
	rec := recordedArticle(art, "file:///news/a.txt", "Jane Roe", "John Doe")
	rec = append(rec,
		quad.Quad{Subject: art, Predicate: quad.IRI("ex:n"), Object: quad.Int(7), Label: art},
		quad.Quad{Subject: quad.BNode("x"), Predicate: quad.IRI("ex:b"), Object: quad.Bool(true), Label: schema.SentenceIRI(art, 1)},
		quad.Quad{Subject: art, Predicate: quad.IRI("ex:f"), Object: quad.Float(0.5)},
	)
	got, err := decodeRecord(art, encodeRecord(art, rec))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, rec) {
		t.Errorf("decoded:\n%v\nwant:\n%v", got, rec)
	}
	enc := encodeRecord(art, rec)
	for _, cut := range []int{1, len(enc) / 2, len(enc) - 1} {
		if _, err := decodeRecord(art, enc[:cut]); err == nil {
			t.Errorf("a record cut at %d of %d bytes decoded", cut, len(enc))
		}
	}
}
