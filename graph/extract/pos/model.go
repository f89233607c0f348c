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
	slots   []slot   // open addressing on the features' 48-bit keys
	shift   uint     // a key's home slot is key >> shift
	mask    uint64   // len(slots)-1
	weights []uint64 // lanes: per feature, its weights+128 for the tags as bytes, tag t in byte t%8 of word t/8
	about   string
	nDict   int
	nAmb    int
	nFeat   int
}

// slot is a table entry: the low 32 bits of a feature's key (odd, so 0 is
// an empty slot) and its value: for a feature, where its weights start in
// Model.weights <<5 | how many; for a tag dictionary entry, the tag.
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
	return Tag(v), ok
}

// lanes is the number of uint64 words that hold a feature's weights, one
// byte per tag.
const lanes = (NumTags + 7) / 8

// predict adds up the weights of the features and returns the best tag.
// It adds eight tags' weights at a time: the bytes of a lane word, even and
// odd ones apart, into 16-bit fields of the sums (a weight is kept +128, so
// a byte is never negative; 32 features add up to less than 1<<16).
func (m *Model) predict(fs []uint64) Tag {
	const bytes = 0x00ff00ff00ff00ff
	var even, odd [lanes]uint64
	for _, f := range fs {
		v, ok := m.find(f)
		if !ok {
			continue
		}
		w := m.weights[lanes*int(v):][:lanes]
		for j := range lanes {
			even[j] += w[j] & bytes
			odd[j] += w[j] >> 8 & bytes
		}
	}
	best, bestScore := 0, uint64(0)
	for t := range NumTags {
		sums := even[t/8]
		if t&1 == 1 {
			sums = odd[t/8]
		}
		score := sums >> (16 * (t % 8 / 2)) & 0xffff
		if t == 0 || score > bestScore {
			best, bestScore = t, score
		}
	}
	return Tag(best)
}

// The model file: the magic, the description, the tag names, the tag
// dictionary and the features, keys in increasing order and each given as
// its difference from the one before:
//
//	"NGPOS1\n"
//	uint64 the fingerprint of the features (little-endian)
//	uvarint len, about
//	uvarint n, n × (uvarint len, tag name)
//	uvarint n, n × (uvarint key delta, byte tag)
//	uvarint n, n × (uvarint key delta, uvarint tags)
//	uvarint n, n × (uvarint key delta, byte k, k × (byte tag, int8 weight))
const magic = "NGPOS1\n"

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
	dictStart := r.pos
	m.nDict = r.count(2)
	for range m.nDict {
		r.uvarint()
		r.byte()
	}
	ambStart := r.pos
	m.nAmb = r.count(2)
	for range m.nAmb {
		r.uvarint()
		r.uvarint()
	}
	featStart := r.pos
	m.nFeat = r.count(3)
	for range m.nFeat {
		r.uvarint()
		k := int(r.byte())
		r.skip(2 * k)
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.pos != len(data) {
		return nil, errors.New("pos: the model file has bytes after its end")
	}
	size := 1 << bits.Len(uint(2*(m.nDict+m.nAmb+m.nFeat)))
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	m.shift = uint(48 - bits.Len(uint(size-1)))
	m.weights = make([]uint64, lanes*(m.nFeat+NumTags))

	r.pos = dictStart
	r.count(2)
	key := uint64(0)
	for range m.nDict {
		key += r.uvarint()
		t := r.byte()
		if int(t) >= NumTags {
			return nil, errors.New("pos: a tag dictionary entry has no tag")
		}
		m.insert(key, uint32(t))
	}
	r.pos = ambStart
	r.count(2)
	key = 0
	for range m.nAmb {
		key += r.uvarint()
		m.insert(key, uint32(r.uvarint()))
	}
	r.pos = featStart
	r.count(3)
	key = 0
	for i := range m.nFeat {
		key += r.uvarint()
		k := int(r.byte())
		if k == 0 || k > NumTags {
			return nil, errors.New("pos: a feature has no weights or too many")
		}
		m.insert(key, uint32(i))
		w := m.weights[lanes*i:][:lanes]
		for j := range w {
			w[j] = 0x8080808080808080 // all weights 0
		}
		for range k {
			t, x := r.byte(), r.byte()
			if int(t) >= NumTags {
				return nil, errors.New("pos: a weight has no tag")
			}
			shift := 8 * (t % 8)
			w[t/8] = w[t/8]&^(0xff<<shift) | uint64(x+128)<<shift
		}
	}
	// the entries past the features' are 0 weights: a feature's key that met a
	// tag dictionary entry's would find them
	for j := lanes * m.nFeat; j < len(m.weights); j++ {
		m.weights[j] = 0x8080808080808080
	}
	return m, r.err
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

func (r *reader) skip(n int) {
	if n > len(r.data)-r.pos {
		r.fail()
		return
	}
	r.pos += n
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

// count reads a count of entries of at least min bytes each, and checks
// that they can fit in what is left.
func (r *reader) count(min int) int {
	n := r.uvarint()
	if n > uint64((len(r.data)-r.pos)/min) {
		r.fail()
		return 0
	}
	return int(n)
}
