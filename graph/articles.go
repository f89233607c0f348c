package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Change counts what replacing an article did to the store.
type Change struct {
	Added, Removed int
	Replaced       bool // an earlier version of the article was there
}

// Unchanged reports whether the store already holds the article with the
// given IRI and exactly these header quads (subject and label: the
// article), so that ingesting it again would change nothing. The header's
// ng:version literal is unique to one version of one article: one lookup
// finds it.
func (s *Store) Unchanged(ctx context.Context, art quad.IRI, header []quad.Quad) (bool, error) {
	var version quad.Value
	for _, q := range header {
		if q.Predicate == schema.Version {
			version = q.Object
		}
	}
	if version == nil {
		return false, nil
	}
	var have []quad.Quad
	err := s.read(ctx, func(ctx context.Context) error {
		var err error
		have, err = s.quadsWith(ctx, quad.Object, version)
		return err
	})
	if err != nil {
		return false, err
	}
	for _, q := range have {
		if q.Subject == art && q.Predicate == schema.Version && q.Label == art {
			return true, nil
		}
	}
	return false, nil
}

// ReplaceArticle makes quads the store's whole record of the article art
// from source: in one transaction it removes what an earlier version of the
// article (the same IRI, or the same ng:source) put there and adds quads.
// Quads labelled with the lexicon are shared and only ever added.
func (s *Store) ReplaceArticle(ctx context.Context, art quad.IRI, source string, quads []quad.Quad) (Change, error) {
	b := s.NewBatch()
	ch, err := b.Replace(ctx, art, source, quads)
	if err != nil {
		return ch, err
	}
	return ch, b.Commit()
}

// Batch gathers the replacement of many articles into one transaction:
// one commit for all, so each article is written whole or not at all, and
// so is the batch. Replace reads earlier versions from the store as it was
// before the batch: a batch must not hold two versions of one source.
type Batch struct {
	s       *Store
	tx      *graph.Transaction
	sources map[string]bool
	arts    map[quad.Value]bool // articles the batch writes or replaces
	lexicon []string            // lexicon quads the batch adds
	lexSeen map[string]bool     // the same, as a set
	// Quads is the batch's size for a transaction: the quads it adds and
	// half those it removes. A transaction's cost is the pages of bolt
	// it writes, and a removal writes about half what an addition does
	// (its log entry, beside its article's others, and the use counts of
	// nodes the new version mostly uses too; no index key), so that a
	// transaction of replacements writes about the pages one of new
	// articles does (at 10,000 articles, 0.56 pages a removal, 1.25 an
	// addition), in fewer commits than when removals counted in full.
	Quads int
	n     int // articles replaced
	// the entities whose schema:mentions the batch removes (each quad's
	// key) and adds: those no article names any longer lose what the
	// lexicon says of them when the batch commits
	lost       map[quad.Value]bool
	unmentions map[string]bool
	mentioned  map[quad.Value]bool
	pointers   map[quad.Value][]quad.Value // the lexicon's word in the batch: object → subjects
	// a name quad the batch renames (its key) → the quads it adds in its
	// place, under the same label: they go if a replacement removes the
	// version of the article the name quad belongs to
	renamed map[string][]quad.Quad
	ctx     context.Context
}

// NewBatch starts an empty batch.
func (s *Store) NewBatch() *Batch {
	return &Batch{s: s, tx: graph.NewTransactionN(1024), sources: map[string]bool{}, arts: map[quad.Value]bool{}}
}

// ErrBatchHasArticle is Replace's answer when the batch already writes one
// of the articles the replacement reads (the same text from two sources):
// commit the batch, and replace in a new one.
var ErrBatchHasArticle = errors.New("the batch already writes that article")

// Has reports whether the batch already replaces an article from source
// (never for no source: such an article replaces only its own text).
func (b *Batch) Has(source string) bool { return source != "" && b.sources[source] }

// Articles is the number of articles in the batch.
func (b *Batch) Articles() int { return b.n }

// Replace adds to the batch what ReplaceArticle would do.
func (b *Batch) Replace(ctx context.Context, art quad.IRI, source string, quads []quad.Quad) (ch Change, err error) {
	// the earlier versions and the lexicon's facts read in one transaction
	err = b.s.read(ctx, func(rctx context.Context) error {
		ch, err = b.replace(rctx, art, source, quads)
		return err
	})
	if err == nil {
		b.ctx = ctx // for Commit, after that transaction
	}
	return ch, err
}

func (b *Batch) replace(ctx context.Context, art quad.IRI, source string, quads []quad.Quad) (Change, error) {
	s := b.s
	var ch Change
	arts, err := s.oldArticles(ctx, art, source)
	if err != nil {
		return ch, fmt.Errorf("read earlier version of %s: %w", source, err)
	}
	for _, a := range arts {
		if b.arts[a] {
			return ch, ErrBatchHasArticle
		}
	}
	old, err := s.articleQuads(ctx, arts, art, source)
	if err != nil {
		return ch, fmt.Errorf("read earlier version of %s: %w", source, err)
	}
	b.sources[source] = true
	b.n++
	for _, a := range arts {
		b.arts[a] = true
	}
	ch.Replaced = len(old) > 0
	// only a quad of art's own record can be one of the new version's
	// (the others' labels are other articles' and their sentences'): the
	// rest goes without comparing
	var have, want map[string]bool
	for _, q := range old {
		var k string
		if recordOf(q.Label) == string(art) {
			if want == nil {
				want = make(map[string]bool, len(quads))
				for _, q := range quads {
					want[schema.FormatQuad(q)] = true
				}
				have = make(map[string]bool, len(old))
			}
			k = schema.FormatQuad(q)
			have[k] = true
			if want[k] {
				continue
			}
		}
		b.tx.RemoveQuad(q)
		ch.Removed++
		if q.Predicate == schema.Name && len(b.renamed) > 0 {
			if k == "" {
				k = schema.FormatQuad(q)
			}
			b.unrename(k, want)
		}
		if q.Predicate == schema.Mentions {
			if b.lost == nil {
				b.lost, b.unmentions = map[quad.Value]bool{}, map[string]bool{}
			}
			if k == "" {
				k = schema.FormatQuad(q)
			}
			b.lost[q.Object] = true
			b.unmentions[k] = true
		}
	}
	if err := b.refreshLexicon(ctx, quads); err != nil {
		return ch, fmt.Errorf("read the lexicon's facts: %w", err)
	}
	for _, q := range quads {
		if have != nil && have[schema.FormatQuad(q)] {
			continue
		}
		if q.Label == schema.Lexicon {
			if iri, ok := q.Object.(quad.IRI); ok && q.Subject != q.Object && strings.HasPrefix(string(iri), schema.IDNS) {
				if b.pointers == nil {
					b.pointers = map[quad.Value][]quad.Value{}
				}
				b.pointers[iri] = append(b.pointers[iri], q.Subject)
			}
			// shared by every article that names the entity: written once
			// per process; the store ignores a quad it already holds
			k := schema.FormatQuad(q)
			if s.known[k] || b.lexSeen[k] {
				continue
			}
			if b.lexSeen == nil {
				b.lexSeen = map[string]bool{}
			}
			b.lexSeen[k] = true
			b.lexicon = append(b.lexicon, k)
			b.tx.AddQuad(q)
			ch.Added++
			continue
		}
		b.tx.AddQuad(q)
		ch.Added++
		if q.Predicate == schema.Mentions {
			if b.mentioned == nil {
				b.mentioned = map[quad.Value]bool{}
			}
			b.mentioned[q.Object] = true
		}
	}
	b.Quads += ch.Added + (ch.Removed+1)/2
	return ch, nil
}

// Commit writes the batch in one transaction.
func (b *Batch) Commit() error {
	if len(b.tx.Deltas) == 0 {
		return nil
	}
	stale, err := b.staleLexicon()
	if err != nil {
		return fmt.Errorf("write %d articles: %w", len(b.sources), err)
	}
	for _, q := range stale {
		b.tx.RemoveQuad(q)
	}
	if err := b.s.qw.ApplyTransaction(b.tx); err != nil {
		if b.s.sql {
			err = sqlError(err)
		}
		return fmt.Errorf("write %d articles: %w", len(b.sources), err)
	}
	if b.s.known == nil {
		b.s.known = map[string]bool{}
	}
	for _, k := range b.lexicon {
		b.s.known[k] = true
	}
	for _, q := range stale {
		delete(b.s.known, schema.FormatQuad(q))
	}
	return nil
}

// refreshLexicon makes what an article's extraction says of each entity
// it names the lexicon's whole word on it: stored lexicon quads about such
// an entity that the extraction lacks came from another version of the
// lexicon (a grouping's former full name) and go. Each entity is looked at
// once per process.
func (b *Batch) refreshLexicon(ctx context.Context, quads []quad.Quad) error {
	s := b.s
	var fresh map[quad.Value]map[string]bool
	for _, q := range quads {
		if q.Label != schema.Lexicon || q.Predicate != schema.Type || s.lexChecked[q.Subject] {
			continue
		}
		if fresh == nil {
			fresh = map[quad.Value]map[string]bool{}
		}
		fresh[q.Subject] = map[string]bool{}
	}
	if len(fresh) == 0 {
		return nil
	}
	for _, q := range quads {
		if set := fresh[q.Subject]; set != nil && q.Label == schema.Lexicon {
			set[schema.FormatQuad(q)] = true
		}
	}
	subjects := make([]quad.Value, 0, len(fresh))
	for e := range fresh {
		subjects = append(subjects, e)
	}
	sort.Slice(subjects, func(i, j int) bool { return quad.ToString(subjects[i]) < quad.ToString(subjects[j]) })
	if s.lexChecked == nil {
		s.lexChecked = map[quad.Value]bool{}
	}
	for _, e := range subjects {
		stored, err := s.lexiconOf(ctx, e)
		if err != nil {
			return err
		}
		for _, q := range stored {
			if k := schema.FormatQuad(q); !fresh[e][k] {
				b.tx.RemoveQuad(q)
				delete(s.known, k)
				b.Quads++
			}
		}
		s.lexChecked[e] = true
	}
	return nil
}

// staleLexicon lists the lexicon's quads about the entities that no
// article will name once the batch is written: what it says of a country,
// grouping, city, office or topic stays in the store while an article names
// it, or while the lexicon's word on a named one points at it (a named
// grouping's members keep their names), and goes with the last article
// that named it.
func (b *Batch) staleLexicon() ([]quad.Quad, error) {
	if len(b.lost) == 0 {
		return nil, nil
	}
	ctx := b.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	s := b.s
	// named: an article names e once the batch is written
	named := map[quad.Value]bool{}
	isNamed := func(e quad.Value) (bool, error) {
		if v, ok := named[e]; ok {
			return v, nil
		}
		v := b.mentioned[e]
		if !v {
			err := s.eachQuad(ctx, quad.Object, e, schema.Mentions, func(q quad.Quad) bool {
				v = !b.unmentions[schema.FormatQuad(q)]
				return !v
			})
			if err != nil {
				return false, err
			}
		}
		named[e] = v
		return v, nil
	}
	queue := make([]quad.Value, 0, len(b.lost))
	for e := range b.lost {
		queue = append(queue, e)
	}
	sort.Slice(queue, func(i, j int) bool { return quad.ToString(queue[i]) < quad.ToString(queue[j]) })
	seen := map[quad.Value]bool{}
	var out []quad.Quad
	for len(queue) > 0 {
		e := queue[0]
		queue = queue[1:]
		if seen[e] {
			continue
		}
		seen[e] = true
		if ok, err := isNamed(e); err != nil || ok {
			if err != nil {
				return nil, err
			}
			continue
		}
		// the lexicon's word on a named entity points at it
		pointed := false
		for _, sub := range b.pointers[e] {
			if ok, err := isNamed(sub); err != nil {
				return nil, err
			} else if ok {
				pointed = true
				break
			}
		}
		if !pointed {
			in, err := s.quadsWith(ctx, quad.Object, e)
			if err != nil {
				return nil, err
			}
			for _, q := range in {
				if q.Label != schema.Lexicon || q.Subject == e {
					continue
				}
				if ok, err := isNamed(q.Subject); err != nil {
					return nil, err
				} else if ok {
					pointed = true
					break
				}
			}
		}
		own, err := s.lexiconOf(ctx, e)
		if err != nil {
			return nil, err
		}
		for _, q := range own {
			// an entity the lexicon's word on a named one points at keeps
			// its name, and only that, as the extractor gives it (a
			// grouping's members are named, not typed as named by the text)
			if pointed && q.Predicate == schema.Name {
				continue
			}
			out = append(out, q)
			// what it pointed at may be left unnamed and unpointed at
			if iri, ok := q.Object.(quad.IRI); ok && strings.HasPrefix(string(iri), schema.IDNS) {
				queue = append(queue, iri)
			}
		}
	}
	return out, nil
}

// oldArticles lists the stored articles that a new version of source, the
// article art, replaces: art itself and any article stored under source.
// An article without a source replaces only its own text.
func (s *Store) oldArticles(ctx context.Context, art quad.IRI, source string) ([]quad.Value, error) {
	arts := []quad.Value{art}
	if source == "" {
		return arts, nil
	}
	bySource, err := s.quadsWith(ctx, quad.Object, quad.String(source))
	if err != nil {
		return nil, err
	}
	for _, q := range bySource {
		if q.Predicate == schema.Source && q.Subject != art && !slices.Contains(arts, q.Subject) {
			arts = append(arts, q.Subject)
		}
	}
	return arts, nil
}

// articleQuads lists what a new version of source, the article art,
// replaces: the quads of every stored version of the article, those
// labelled with the article's IRI or with one of its sentences, each
// version's read from its record on a bolt store that keeps them
// (readRecord), else through Cayley's label index (sentenceQuads).
//
// The same text can come from two sources (a wire story saved twice): one
// article, with two ng:source. Such an article stays while another source
// has it. Of the one that source leaves, only its ng:source goes, with the
// article's versions (a version covers one source's header, and which is
// whose cannot be told apart, so the other sources' are read again the next
// time they are ingested); of art itself, nothing goes.
func (s *Store) articleQuads(ctx context.Context, arts []quad.Value, art quad.IRI, source string) ([]quad.Quad, error) {
	var out []quad.Quad
	// what an older newsgraph called this source: its version is this one's
	legacy := quad.String(legacySource(source))
	mine := func(o quad.Value) bool { return o == quad.String(source) || legacy != "" && o == legacy }
	for _, a := range arts {
		rec, kept, err := s.readRecord(ctx, a)
		if err != nil {
			return nil, err
		}
		var header []quad.Quad
		if kept {
			for _, q := range rec {
				if q.Label == a {
					header = append(header, q)
				}
			}
		} else if header, err = s.quadsWith(ctx, quad.Label, a); err != nil {
			return nil, err
		}
		shared := false
		for _, q := range header {
			if q.Subject == a && q.Predicate == schema.Source && !mine(q.Object) {
				shared = true
			}
		}
		if shared {
			for _, q := range header {
				if q.Subject != a {
					continue
				}
				switch {
				case a == art && q.Predicate == schema.Source && legacy != "" && q.Object == legacy:
					// the source under its old name moves to its new one
					out = append(out, q)
				case a != art && (q.Predicate == schema.Version || q.Predicate == schema.Source && mine(q.Object)):
					out = append(out, q)
				}
			}
			continue
		}
		if !kept {
			if rec, err = s.sentenceQuads(ctx, a, header); err != nil {
				return nil, err
			}
		}
		out = append(out, rec...)
	}
	return out, nil
}

// sentenceQuads is the record of article a read through Cayley's
// iterators: header, its quads labelled a, and the quads labelled with
// each of its sentences (the subjects of a's schema:isPartOf a).
func (s *Store) sentenceQuads(ctx context.Context, a quad.Value, header []quad.Quad) ([]quad.Quad, error) {
	out := slices.Clone(header)
	parts, err := s.quadsWith(ctx, quad.Object, a)
	if err != nil {
		return nil, err
	}
	for _, q := range parts {
		if q.Predicate != schema.IsPartOf || q.Label != a || q.Subject == a {
			continue
		}
		qs, err := s.quadsWith(ctx, quad.Label, q.Subject)
		if err != nil {
			return nil, err
		}
		out = append(out, qs...)
	}
	return out, nil
}

// legacySource is the ng:source that newsgraph gave an article from the
// file of the file: source before sources were absolute (schema version 1
// wrote the base name, "story.txt", or "lines.jsonl:3" for a line of a
// .jsonl), or "" when source is not a file's. An article stored under it
// with the same text takes the new source in its place; one with another
// text stays (the base name may be another folder's file).
func legacySource(source string) string {
	u, err := url.Parse(source)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return ""
	}
	base := path.Base(u.Path)
	if line, ok := strings.CutPrefix(u.Fragment, "L"); ok {
		return base + ":" + line
	}
	return base
}

// People lists every person of the store with its names (schema:name and
// schema:alternateName), for extract.People.
func (s *Store) People(ctx context.Context) (map[quad.IRI][]string, error) {
	if out, ok, err := s.countedPeople(ctx); err != nil || ok {
		return out, err
	}
	typed, err := s.quadsWith(ctx, quad.Object, schema.Person)
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI][]string{}
	for _, t := range typed {
		p, ok := t.Subject.(quad.IRI)
		if !ok || t.Predicate != schema.Type {
			continue
		}
		if _, done := out[p]; done {
			continue
		}
		qs, err := s.quadsWith(ctx, quad.Subject, p)
		if err != nil {
			return nil, err
		}
		out[p] = []string{}
		for _, q := range qs {
			if q.Predicate == schema.Name || q.Predicate == schema.AlternateName {
				out[p] = append(out[p], quad.ToString(q.Object))
			}
		}
	}
	return out, nil
}

// countedPeople is People on a bolt store with newsgraph's counts: the
// persons read from the counts of rdf:type, their names through Cayley's
// index by subject and predicate, without the other quads of each person
// (one type a sentence that names it). ok is false where the counts do not
// serve, and People reads the quads.
func (s *Store) countedPeople(ctx context.Context) (out map[quad.IRI][]string, ok bool, err error) {
	kq, isKV := s.qs.(kvStore)
	if !isKV {
		return nil, false, nil
	}
	var refs []graph.Ref
	for _, v := range []quad.Value{schema.Person, schema.Type, schema.Name, schema.AlternateName} {
		r, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, false, err
		}
		refs = append(refs, r)
	}
	if refs[0] == nil || refs[1] == nil {
		return nil, false, nil
	}
	persons, ok, err := kq.inCounts(ctx, refs[0], refs[1], true)
	if err != nil || !ok {
		return nil, false, err
	}
	// the names in the order of the index by subject and predicate, as
	// the quads of a person come: the predicate of lower ID first
	preds := []graph.Ref{}
	for _, r := range refs[2:] {
		if _, ok := r.(kv.Int64Value); ok {
			preds = append(preds, r)
		}
	}
	slices.SortFunc(preds, func(a, b graph.Ref) int { return cmp.Compare(a.(kv.Int64Value), b.(kv.Int64Value)) })
	out = make(map[quad.IRI][]string, len(persons))
	// every person's names in one read transaction: the objects of each
	// person's name quads first, then the values of all of them in one
	// batch, in the order of their IDs (the order of Cayley's log, where
	// each value is read), not a person at a time (some 50,000 persons at
	// 10,000 articles)
	type named struct {
		iri  quad.IRI
		objs []nodeCount
	}
	var all []named
	var nodes []nodeCount
	err = withRead(ctx, kq.db, func(ctx context.Context) error {
		seen := make(map[quad.IRI]bool, len(persons))
		for _, p := range persons {
			iri, isIRI := p.value.(quad.IRI)
			if !isIRI || seen[iri] {
				continue
			}
			seen[iri] = true
			n := named{iri: iri}
			for _, pr := range preds {
				objs, ok, err := kq.outObjects(ctx, p.node, pr, 0, false)
				if err != nil {
					return err
				}
				if !ok {
					return errNoCounts
				}
				n.objs = append(n.objs, objs...)
				nodes = append(nodes, objs...)
			}
			all = append(all, n)
		}
		slices.SortFunc(nodes, func(a, b nodeCount) int {
			return cmp.Compare(a.node.(kv.Int64Value), b.node.(kv.Int64Value))
		})
		nodes = slices.CompactFunc(nodes, func(a, b nodeCount) bool { return a.node == b.node })
		return kq.readValues(ctx, nodes)
	})
	if errors.Is(err, errNoCounts) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	values := make(map[graph.Ref]quad.Value, len(nodes))
	for _, n := range nodes {
		values[n.node] = n.value
	}
	for _, n := range all {
		names := []string{}
		for _, o := range n.objs {
			if v := values[o.node]; v != nil {
				names = append(names, quad.ToString(v))
			}
		}
		out[n.iri] = names
	}
	return out, true, nil
}

// errNoCounts ends a read that finds the counts do not serve.
var errNoCounts = errors.New("newsgraph: the counts do not serve")

// RenamePerson makes newName the schema:name of person wherever the store
// names it oldName, keeping each quad's label, and keeps oldName as a
// schema:alternateName under the same labels. One transaction.
func (s *Store) RenamePerson(ctx context.Context, person quad.IRI, oldName, newName string) error {
	b := s.NewBatch()
	if err := b.RenamePerson(ctx, person, oldName, newName); err != nil {
		return err
	}
	return b.Commit()
}

// RenamePerson adds to the batch what Store.RenamePerson does, for the
// quads the store holds and those the batch adds: an article and the
// renaming it causes are written together or not at all. The quads of an
// article version that the batch removes are not renamed, whether it
// removes it before or after the renaming: a renamed quad carries the
// label of the version it renames, and would outlive it.
func (b *Batch) RenamePerson(ctx context.Context, person quad.IRI, oldName, newName string) error {
	qs, err := b.s.quadsWith(ctx, quad.Subject, person)
	if err != nil {
		return err
	}
	var removed map[string]bool
	for _, d := range b.tx.Deltas {
		if d.Quad.Subject != person || d.Quad.Predicate != schema.Name {
			continue
		}
		switch d.Action {
		case graph.Add:
			qs = append(qs, d.Quad)
		case graph.Delete:
			if removed == nil {
				removed = map[string]bool{}
			}
			removed[schema.FormatQuad(d.Quad)] = true
		}
	}
	for _, q := range qs {
		if q.Predicate != schema.Name || quad.ToString(q.Object) != oldName {
			continue
		}
		k := schema.FormatQuad(q)
		if removed[k] {
			// removed with its article's old version, or renamed already
			continue
		}
		added := []quad.Quad{
			{Subject: person, Predicate: schema.Name, Object: quad.String(newName), Label: q.Label},
			{Subject: person, Predicate: schema.AlternateName, Object: quad.String(oldName), Label: q.Label},
		}
		b.tx.RemoveQuad(q)
		for _, a := range added {
			b.tx.AddQuad(a)
		}
		if b.renamed == nil {
			b.renamed = map[string][]quad.Quad{}
		}
		b.renamed[k] = append(b.renamed[k], added...)
		b.Quads += 3
	}
	return nil
}

// unrename takes back what the batch's renamings added in place of the
// name quad of key k, which a replacement removes with its article's old
// version, and what later renamings added in place of those, but for the
// quads the new version has too (keys in want).
func (b *Batch) unrename(k string, want map[string]bool) {
	added := b.renamed[k]
	delete(b.renamed, k)
	for _, q := range added {
		ak := schema.FormatQuad(q)
		if !want[ak] {
			// cancels the batch's addition, or removes the same quad
			// from the store, where it goes with the old version
			b.tx.RemoveQuad(q)
		}
		if q.Predicate == schema.Name {
			b.unrename(ak, want)
		}
	}
}
