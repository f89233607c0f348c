package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/extract"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// The index layouts a bolt store may have: newsgraph's (storeIndexes),
// an older newsgraph's, and Cayley's own (`cayley init`).
var layouts = []struct {
	name    string
	indexes []kv.QuadIndex
}{
	{"labelled", storeIndexes},
	{"older", []kv.QuadIndex{spIndex, opsIndex, labelIndex}},
	{"cayley", []kv.QuadIndex{spIndex, opsIndex}},
}

// openLayout makes a bolt store in dir with the given indexes, as a
// program that makes stores with them would have.
// layoutAndMemstore opens a bolt store with indexes and a memstore, both
// holding quads, closed when the test ends.
func layoutAndMemstore(t *testing.T, indexes []kv.QuadIndex, quads []quad.Quad) (st, mem *Store) {
	t.Helper()
	st = openLayout(t, filepath.Join(t.TempDir(), "db"), indexes)
	t.Cleanup(func() { st.Close() })
	mem, err := Open("memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mem.Close() })
	for _, s := range []*Store{st, mem} {
		if err := s.qw.AddQuadSet(quads); err != nil {
			t.Fatal(err)
		}
	}
	return st, mem
}

func openLayout(t *testing.T, dir string, indexes []kv.QuadIndex) *Store {
	t.Helper()
	saved := kv.DefaultQuadIndexes
	kv.DefaultQuadIndexes = indexes
	st, err := Open("bolt", dir)
	kv.DefaultQuadIndexes = saved
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// A store is read with the indexes it was made with, whichever newsgraph
// or Cayley made it, and after it is opened again.
func TestStoreIndexes(t *testing.T) {
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			st := openLayout(t, dir, l.indexes)
			st.Close()
			st, err := Open("bolt", dir)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got := st.qs.(kvStore).indexes; !slices.EqualFunc(got, l.indexes, sameIndex) {
				t.Errorf("indexes %v, made with %v", got, l.indexes)
			}
		})
	}
}

func sameIndex(a, b kv.QuadIndex) bool { return slices.Equal(a.Dirs, b.Dirs) && a.Unique == b.Unique }

// deleteReads is how many entries of Cayley's index lists deleting q reads:
// Cayley finds the quad to delete by intersecting the lists under its key
// in every index of the store.
func deleteReads(t *testing.T, st *Store, q quad.Quad) int64 {
	t.Helper()
	ctx := context.Background()
	kq := st.qs.(kvStore)
	var n int64
	for _, ind := range kq.indexes {
		var key []uint64
		for _, d := range ind.Dirs {
			r, err := kq.ValueOf(q.Get(d))
			if err != nil || r == nil {
				t.Fatalf("%s: no node %v: %v", q, q.Get(d), err)
			}
			key = append(key, uint64(r.(kv.Int64Value)))
		}
		c, err := kv.IndexScan{Index: ind, Values: key}.BuildIterator(kq.QuadStore).Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		n += c.Size.Value
	}
	return n
}

// A fact that many sentences state (what a topic is called, each time an
// article names it) is deleted from one sentence by reading lists of that
// sentence's quads on the store newsgraph makes, not one entry a sentence
// as on an older store; the delete, a second one, and adding the quad
// again and again answer as on Cayley's in-memory store.
func TestDeleteReadsOneSentence(t *testing.T) {
	const sentences = 300
	topic, pred, name := quad.IRI("ex:topic/trade"), schema.AlternateName, quad.String("trade")
	fact := func(i int) quad.Quad {
		return quad.Quad{Subject: topic, Predicate: pred, Object: name, Label: quad.IRI(fmt.Sprintf("ex:s%d", i))}
	}
	var all []quad.Quad
	for i := range sentences {
		all = append(all, fact(i),
			quad.Quad{Subject: quad.IRI(fmt.Sprintf("ex:a%d", i/10)), Predicate: schema.Mentions, Object: topic, Label: quad.IRI(fmt.Sprintf("ex:s%d", i))})
	}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			st, mem := layoutAndMemstore(t, l.indexes, all)
			reads := deleteReads(t, st, fact(7))
			if slices.ContainsFunc(l.indexes, func(i kv.QuadIndex) bool { return sameIndex(i, splIndex) }) {
				if reads > int64(len(l.indexes)) {
					t.Errorf("deleting one sentence's quad reads %d list entries, want at most one an index", reads)
				}
			} else if reads < sentences {
				t.Errorf("deleting one sentence's quad reads %d list entries on %s's layout, want one a sentence (%d)", reads, l.name, sentences)
			}
			for _, step := range []struct {
				del  bool
				quad quad.Quad
			}{{true, fact(7)}, {true, fact(7)}, {false, fact(7)}, {false, fact(7)}, {true, fact(8)}, {false, fact(sentences)}} {
				for _, s := range []*Store{st, mem} {
					tx := cgraph.NewTransaction()
					if step.del {
						tx.RemoveQuad(step.quad)
					} else {
						tx.AddQuad(step.quad)
					}
					if err := s.qw.ApplyTransaction(tx); err != nil {
						t.Fatal(err)
					}
				}
				if got, want := exportOf(t, st), exportOf(t, mem); got != want {
					t.Fatalf("after %+v: bolt holds\n%s\nmemstore\n%s", step, got, want)
				}
			}
			for _, code := range []string{
				`g.V("<ex:topic/trade>").out("<http://schema.org/alternateName>").all()`,
				`g.emit(g.V("<ex:topic/trade>").out("<http://schema.org/alternateName>").count())`,
				`g.V("<ex:topic/trade>").in("<http://schema.org/mentions>").all()`,
				`g.emit(g.V("trade").in("<http://schema.org/alternateName>").count())`,
				`g.V("<ex:topic/trade>").labelContext("<ex:s9>").out().all()`,
			} {
				if got, want := queryRows(t, st, code), queryRows(t, mem, code); got != want {
					t.Errorf("%s\nbolt:     %s\nmemstore: %s", code, got, want)
				}
			}
		})
	}
}

// exportOf is the store's quads as sorted N-Quads, as export writes them.
func exportOf(t *testing.T, st *Store) string {
	t.Helper()
	all, err := st.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Export(&b, "nquads", all); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// layoutArticle is an invented article i of a small corpus that names
// its countries, people and topics again and again; changed, it has a
// sentence more.
func layoutArticle(t *testing.T, i int, changed bool) extract.Article {
	t.Helper()
	countries := [][2]string{{"India", "Indian"}, {"France", "French"}, {"Kenya", "Kenyan"}, {"Japan", "Japanese"}}
	a, b := countries[i%len(countries)], countries[(i+1)%len(countries)]
	text := fmt.Sprintf("date: 2022-03-%02d\ntitle: %s and %s talk trade\nurl: https://example.test/%d\n\n"+
		"%s Foreign Minister Ravi Kumar%d met %s Trade Minister Anne Dupont in Paris on Monday to discuss trade and aid. "+
		"“We agreed to deepen trade,” Kumar%d said. %s will send 10,000 doses of vaccine to %s.\n",
		1+i%28, a[0], b[0], i, a[1], i%3, b[1], i%3, a[0], b[0])
	if changed {
		text += "\nThe minister also met officials on Monday.\n"
	}
	art, err := extract.ParseArticle(fmt.Sprintf("a%d.txt", i), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	art.Source = art.URL
	return art
}

// Replacing changed articles leaves every store, whatever its indexes,
// holding what a new store holds that was given the final articles only.
func TestReplaceAsNew(t *testing.T) {
	ctx := context.Background()
	x := extract.New(lexicon.Default())
	const n = 12
	ingest := func(st *Store, i int, changed bool) {
		t.Helper()
		a := layoutArticle(t, i, changed)
		iri, _ := extract.Header(a)
		if _, err := st.ReplaceArticle(ctx, iri, a.Source, x.Article(a)); err != nil {
			t.Fatal(err)
		}
	}
	changed := func(i int) bool { return i%3 == 0 }
	fresh, err := Open("bolt", filepath.Join(t.TempDir(), "fresh"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	for i := range n {
		ingest(fresh, i, changed(i))
	}
	want := exportOf(t, fresh)
	if !strings.Contains(want, "also met officials") {
		t.Fatal("no changed article in the fresh store")
	}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			st := openLayout(t, filepath.Join(t.TempDir(), "db"), l.indexes)
			defer st.Close()
			for i := range n {
				ingest(st, i, false)
			}
			// the changed ones, in one batch as an ingest writes them
			b := st.NewBatch()
			replaced := 0
			for i := range n {
				if !changed(i) {
					continue
				}
				a := layoutArticle(t, i, true)
				iri, _ := extract.Header(a)
				ch, err := b.Replace(ctx, iri, a.Source, x.Article(a))
				if err != nil {
					t.Fatal(err)
				}
				if ch.Replaced {
					replaced++
				}
			}
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
			if replaced != n/3 {
				t.Errorf("%d articles replaced, want %d", replaced, n/3)
			}
			if got := exportOf(t, st); got != want {
				t.Errorf("after replacing, the store holds\n%s\na new store of the same articles\n%s", got, want)
			}
			checkRecords(t, st)
			checkCounts(t, st)
		})
	}
}

// A replacement leaves in the store, with the IDs they had, the nodes that
// both versions of an article use (its sentences' texts, its title): they
// are not deleted with the old version and made again for the new one.
func TestReplaceKeepsSharedNodes(t *testing.T) {
	ctx := context.Background()
	x := extract.New(lexicon.Default())
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			st := openLayout(t, filepath.Join(t.TempDir(), "db"), l.indexes)
			defer st.Close()
			replace := func(a extract.Article) []quad.Quad {
				t.Helper()
				iri, _ := extract.Header(a)
				qs := x.Article(a)
				if _, err := st.ReplaceArticle(ctx, iri, a.Source, qs); err != nil {
					t.Fatal(err)
				}
				return qs
			}
			old := replace(layoutArticle(t, 1, false))
			literals := map[quad.Value]cgraph.Ref{}
			for _, q := range old {
				if s, ok := q.Object.(quad.String); ok && q.Label != schema.Lexicon {
					r, err := st.qs.ValueOf(s)
					if err != nil || r == nil {
						t.Fatalf("no node %q: %v", s, err)
					}
					literals[s] = r
				}
			}
			both := 0
			for _, q := range replace(layoutArticle(t, 1, true)) {
				was, ok := literals[q.Object]
				if !ok {
					continue
				}
				both++
				if r, err := st.qs.ValueOf(q.Object); err != nil || r == nil || r.Key() != was.Key() {
					t.Errorf("%s: node %v after replacing, %v before (%v)", q.Object, r, was, err)
				}
			}
			if both < 5 {
				t.Fatalf("%d literals in both versions, want some", both)
			}
			checkRecords(t, st)
			checkCounts(t, st)
		})
	}
}

// A quad that one transaction removes and adds again (in another of the
// forms Cayley takes for the same quad) is in the store after it, as on
// Cayley's in-memory store.
func TestRemovedAndAddedStays(t *testing.T) {
	base := []quad.Quad{
		{Subject: quad.IRI("ex:a"), Predicate: schema.CharStart, Object: quad.Int(5), Label: quad.IRI("ex:s1")},
		{Subject: quad.IRI("ex:a"), Predicate: schema.Name, Object: quad.String("A"), Label: quad.IRI("ex:s1")},
	}
	again := quad.Quad{Subject: quad.IRI("ex:a"), Predicate: schema.CharStart,
		Object: quad.Int(5).TypedString(), Label: quad.IRI("ex:s1")}
	for _, l := range layouts {
		t.Run(l.name, func(t *testing.T) {
			st, mem := layoutAndMemstore(t, l.indexes, base)
			for _, s := range []*Store{st, mem} {
				tx := cgraph.NewTransaction()
				tx.RemoveQuad(base[0])
				tx.RemoveQuad(base[1])
				tx.AddQuad(again)
				tx.AddQuad(quad.Quad{Subject: quad.IRI("ex:b"), Predicate: schema.Name, Object: quad.String("B"), Label: quad.IRI("ex:s2")})
				if err := s.qw.ApplyTransaction(tx); err != nil {
					t.Fatal(err)
				}
			}
			got, want := exportOf(t, st), exportOf(t, mem)
			if got != want {
				t.Errorf("bolt holds\n%s\nmemstore\n%s", got, want)
			}
			if !strings.Contains(got, `"5"`) || strings.Contains(got, `"A"`) {
				t.Errorf("want the quad removed and added again, not the one removed:\n%s", got)
			}
			checkCounts(t, st)
		})
	}
}
