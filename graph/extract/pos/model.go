package pos

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sync"
)

// Model is a trained tagger. It is read-only once loaded and safe for
// concurrent use.
type Model struct {
	slots   []slot // open addressing on the features' 48-bit keys
	shift   uint   // a key's home slot is key >> shift
	mask    uint64 // len(slots)-1
	weights []byte // per feature, NumTags bytes: the weight of each tag +128
	about   string
	nDict   int
	nAmb    int
	nFeat   int
}

// slot is a table entry: the low 32 bits of a key (odd, so 0 is an empty
// slot) and its value: for a feature, its number n (its weights are the
// NumTags bytes of Model.weights from NumTags*n); for a tag dictionary
// entry, the tag; for an ambiguity class, its tags, a bit each.
type slot struct{ fp, val uint32 }

//go:embed upos.model
var defaultModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) { return Load(defaultModel) })

// Default is the model embedded in the package, trained on the Universal
// Dependencies English Web Treebank (see the package doc). It is loaded
// once, at the first call.
func Default() *Model {
	m, err := loadDefault()
	if err != nil {
		panic("pos: the embedded model does not load: " + err.Error())
	}
	return m
}

// About is the model's own description: what it was trained on, its
// licence.
func (m *Model) About() string { return m.about }

// Size is the number of tag dictionary entries, of words with an ambiguity
// class and of features.
func (m *Model) Size() (dict, classes, features int) { return m.nDict, m.nAmb, m.nFeat }

// key48 is the part of a feature hash a model keeps; odd, never 0.
func key48(k uint64) uint64 { return k>>16 | 1 }

func (m *Model) find(k uint64) (uint32, bool) {
	k = key48(k)
	fp := uint32(k)
	i := k >> m.shift
	for {
		s := m.slots[i]
		if s.fp == fp {
			return s.val, true
		}
		if s.fp == 0 {
			return 0, false
		}
		i = (i + 1) & m.mask
	}
}

// window holds the infos of the tokens around the one being tagged, in a
// ring: the infos of tokens j-2…j+2 while token j is tagged.
type window struct {
	ring  [8]info
	words []string
}

// at is the info of token j, which must be within two of the last one
// filled in by fill.
func (w *window) at(j int) *info {
	switch {
	case j == -1:
		return &start1
	case j < -1:
		return &start2
	case j == len(w.words):
		return &end1
	case j > len(w.words):
		return &end2
	}
	return &w.ring[j&7]
}

// fill computes the info of token j, when there is one.
func (w *window) fill(m *Model, j int) {
	if j >= 0 && j < len(w.words) {
		in := &w.ring[j&7]
		*in = infoOf(w.words[j])
		if v, ok := m.find(ambKey(in)); ok {
			in.amb = uint64(v)
		}
	}
}

// Tag appends the tags of words, one sentence's tokens, to tags and returns
// the extended slice: tags = m.Tag(words, tags[:0]) reuses its memory. It
// expects the tokens of English text split the way the extractor splits it
// (see the package doc) and does not allocate beyond growing tags.
func (m *Model) Tag(words []string, tags []Tag) []Tag {
	if cap(tags)-len(tags) < len(words) {
		grown := make([]Tag, len(tags), len(tags)+len(words))
		copy(grown, tags)
		tags = grown
	}
	var w window
	w.words = words
	w.fill(m, 0)
	w.fill(m, 1)
	t1, t2 := start1Tag, start2Tag
	var buf [maxFeatures]uint64
	for i := range words {
		w.fill(m, i+2)
		c := w.at(i)
		tag, ok := m.dict(c)
		if !ok {
			fs := appendFeatures(buf[:0], c, w.at(i-1), w.at(i-2), w.at(i+1), w.at(i+2), i == 0, t1, t2)
			tag = m.predict(fs)
		}
		tags = append(tags, tag)
		t1, t2 = uint64(tag), t1
	}
	return tags
}

func (m *Model) dict(c *info) (Tag, bool) {
	v, ok := m.find(dictKey(c))
	return Tag(v), ok && v < uint32(NumTags) // (a feature's key could share the 32 bits kept)
}

// predict's lanes hold 17 tags.
var _ = [1]struct{}{}[NumTags-17]

// predict adds up the weights of the features and returns the best tag.
// It adds the weights of eight tags at a time: the bytes of a weight word,
// even and odd ones apart, into 16-bit fields of the sums (a weight is kept
// +128, so a byte is never negative; 32 features add up to less than
// 1<<16). Tags 0-7 are in the first word, 8-15 in the second, 16 alone.
func (m *Model) predict(fs []uint64) Tag {
	const bytes = 0x00ff00ff00ff00ff
	var even0, odd0, even1, odd1, sum16 uint64
	for _, f := range fs {
		v, ok := m.find(f)
		if !ok || int(v) >= m.nFeat {
			continue // (a dictionary word's or ambiguity class's key could share the 32 bits kept)
		}
		w := m.weights[NumTags*int(v):][:NumTags]
		w0, w1 := binary.LittleEndian.Uint64(w), binary.LittleEndian.Uint64(w[8:])
		even0 += w0 & bytes
		odd0 += w0 >> 8 & bytes
		even1 += w1 & bytes
		odd1 += w1 >> 8 & bytes
		sum16 += uint64(w[16])
	}
	even, odd := [2]uint64{even0, even1}, [2]uint64{odd0, odd1}
	best, bestScore := 0, uint64(0)
	for t := range 16 {
		sums := even[t/8]
		if t&1 == 1 {
			sums = odd[t/8]
		}
		score := sums >> (16 * (t % 8 / 2)) & 0xffff
		if t == 0 || score > bestScore {
			best, bestScore = t, score
		}
	}
	if sum16 > bestScore {
		best = 16
	}
	return Tag(best)
}

// The model file: the magic, the description, the tag names, the tag
// dictionary and the features, keys in increasing order and each given as
// its difference from the one before:
//
//	"NGPOS2\n"
//	uint64 the fingerprint of the features (little-endian)
//	uvarint len, about
//	uvarint n, n × (uvarint len, tag name)
//	uvarint d, a, f: the number of dictionary words, ambiguity classes, features
//	d × (uvarint key delta, byte tag)
//	a × (uvarint key delta, uvarint tags, a bit each)
//	f × (uvarint key delta, byte k, k × (byte tag, int8 weight))
const magic = "NGPOS2\n"

// Load reads a model file.
func Load(data []byte) (*Model, error) {
	r := reader{data: data}
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errors.New("pos: not a model file")
	}
	r.pos = len(magic)
	if len(data) < len(magic)+8 || binary.LittleEndian.Uint64(data[r.pos:]) != featureFingerprint() {
		return nil, errors.New("pos: the model was trained with other features than this code computes: train it again (see the package doc)")
	}
	r.pos += 8
	m := &Model{about: string(r.bytes())}
	if n := r.uvarint(); n != uint64(NumTags) {
		return nil, fmt.Errorf("pos: the model has %d tags, not %d", n, NumTags)
	}
	for t := range NumTags {
		if name := string(r.bytes()); name != tagNames[t] {
			return nil, fmt.Errorf("pos: the model's tag %d is %q, not %q", t, name, tagNames[t])
		}
	}
	nDict, nAmb, nFeat := r.uvarint(), r.uvarint(), r.uvarint()
	if left := uint64(len(data) - r.pos); nDict > left/2 || nAmb > left/2 || nFeat > left/3 || 2*nDict+2*nAmb+3*nFeat > left {
		return nil, errors.New("pos: the model file is cut short or malformed")
	}
	m.nDict, m.nAmb, m.nFeat = int(nDict), int(nAmb), int(nFeat)
	size := 1 << bits.Len(uint(2*(m.nDict+m.nAmb+m.nFeat)))
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	m.shift = uint(48 - bits.Len(uint(size-1)))
	m.weights = make([]byte, NumTags*m.nFeat)
	for j := range m.weights {
		m.weights[j] = 128 // weight 0
	}

	key := uint64(0)
	for range m.nDict {
		key += r.uvarint()
		t := r.byte()
		if int(t) >= NumTags {
			return nil, errors.New("pos: a tag dictionary entry has no tag")
		}
		m.insert(key, uint32(t))
	}
	key = 0
	for range m.nAmb {
		key += r.uvarint()
		m.insert(key, uint32(r.uvarint()))
	}
	key = 0
	for i := range m.nFeat {
		key += r.uvarint()
		k := int(r.byte())
		if k == 0 || k > NumTags {
			return nil, errors.New("pos: a feature has no weights or too many")
		}
		m.insert(key, uint32(i))
		w := m.weights[NumTags*i:][:NumTags]
		for range k {
			t, x := r.byte(), r.byte()
			if int(t) >= NumTags {
				return nil, errors.New("pos: a weight has no tag")
			}
			w[t] = x + 128
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.pos != len(data) {
		return nil, errors.New("pos: the model file has bytes after its end")
	}
	return m, nil
}

func (m *Model) insert(k48 uint64, val uint32) {
	if k48>>48 != 0 || k48&1 == 0 {
		k48 = 1 // a malformed key: it cannot be found, but it cannot break the table either
	}
	i := k48 >> m.shift
	for m.slots[i].fp != 0 {
		i = (i + 1) & m.mask
	}
	m.slots[i] = slot{fp: uint32(k48), val: val}
}

// reader reads a model file; its first error sticks.
type reader struct {
	data []byte
	pos  int
	err  error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errors.New("pos: the model file is cut short or malformed")
	}
	r.pos = len(r.data)
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.pos += n
	return v
}

func (r *reader) byte() byte {
	if r.pos >= len(r.data) {
		r.fail()
		return 0
	}
	r.pos++
	return r.data[r.pos-1]
}

func (r *reader) bytes() []byte {
	n := r.uvarint()
	if n > uint64(len(r.data)-r.pos) {
		r.fail()
		return nil
	}
	r.pos += int(n)
	return r.data[r.pos-int(n) : r.pos]
}
