package pos

import (
	"encoding/binary"
	"math"
	"slices"
)

// Sentence is a tagged sentence, to train on or to measure with.
type Sentence struct {
	Words []string
	Tags  []Tag
}

// TrainOptions are the settings of Train; zero fields take the defaults.
type TrainOptions struct {
	Iterations int     // passes over the sentences; 8
	Seed       uint64  // the seed of the order the sentences are taken in each pass; 1
	DictMin    int     // the tag dictionary holds the words seen at least DictMin times… ; 20
	DictShare  float64 // …with one tag at least this share of the time; 0.97
	AmbMin     int     // the ambiguity class of a word (the tags it had) is known for words seen at least AmbMin times…; 3
	AmbShare   float64 // …and has the tags it had at least this share of the time; 0.05
	MinCount   int     // features seen fewer times than this in the sentences (with the gold tags before) are left out; 2
	Quantum    float64 // the step of the weights kept: an averaged weight w is kept as round(w/Quantum), at most 127 steps; 1
	About      string  // the model's description (what it was trained on, its licence)
}

func (o *TrainOptions) defaults() {
	if o.Iterations == 0 {
		o.Iterations = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.DictMin == 0 {
		o.DictMin = 20
	}
	if o.DictShare == 0 {
		o.DictShare = 0.97
	}
	if o.AmbMin == 0 {
		o.AmbMin = 3
	}
	if o.AmbShare == 0 {
		o.AmbShare = 0.05
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	if o.Quantum == 0 {
		o.Quantum = 1
	}
}

// Train learns an averaged perceptron from sents (greedy, left to right,
// each token's features including the tags given to the two before it) and
// returns the model file. The same sentences and options give the same
// bytes.
func Train(sents []Sentence, opt TrainOptions) []byte {
	opt.defaults()
	t := &trainer{weights: map[uint64]*weight{}, dict: buildDict(sents, opt), amb: buildAmb(sents, opt)}
	var keep map[uint64]bool
	if opt.MinCount > 1 {
		counts := map[uint64]int{}
		for _, s := range sents {
			t.pass(s, func(fs []uint64, truth Tag) Tag {
				for _, f := range fs {
					counts[f]++
				}
				return truth
			})
		}
		keep = map[uint64]bool{}
		for f, n := range counts {
			if n >= opt.MinCount {
				keep[f] = true
			}
		}
	}
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := opt.Seed
	for range opt.Iterations {
		// Fisher–Yates with splitmix64: the same order on every machine
		for i := len(order) - 1; i > 0; i-- {
			rng += 0x9e3779b97f4a7c15
			j := int(mix(rng) % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, si := range order {
			t.pass(sents[si], func(fs []uint64, truth Tag) Tag {
				if keep != nil {
					fs = slices.DeleteFunc(fs, func(f uint64) bool { return !keep[f] })
				}
				guess := t.predict(fs)
				t.update(truth, guess, fs)
				return guess
			})
		}
	}
	return t.export(opt)
}

// pass goes through a sentence left to right, giving learn the features and
// the gold tag of each token that the tag dictionary does not tag; learn
// returns the tag to take as given.
func (t *trainer) pass(s Sentence, learn func(fs []uint64, truth Tag) Tag) {
	t.infos = t.infos[:0]
	for _, w := range s.Words {
		in := infoOf(w)
		in.amb = uint64(t.amb[key48(ambKey(&in))])
		t.infos = append(t.infos, in)
	}
	infos := t.infos
	at := func(j int) *info {
		switch {
		case j == -1:
			return &start1
		case j < -1:
			return &start2
		case j == len(infos):
			return &end1
		case j > len(infos):
			return &end2
		}
		return &infos[j]
	}
	t1, t2 := start1Tag, start2Tag
	for i := range infos {
		c := &infos[i]
		guess, ok := t.dict[key48(dictKey(c))]
		if !ok {
			t.fs = appendFeatures(t.fs[:0], c, at(i-1), at(i-2), at(i+1), at(i+2), i == 0, t1, t2)
			guess = learn(t.fs, s.Tags[i])
		}
		t1, t2 = uint64(guess), t1
	}
}

type weight struct {
	w   [NumTags]int32
	tot [NumTags]int64 // the sum of w over the steps before ts
	ts  [NumTags]int32 // the step at which tot was last brought up to date
}

type trainer struct {
	weights map[uint64]*weight
	dict    map[uint64]Tag    // by key48
	amb     map[uint64]uint32 // by key48
	step    int32
	infos   []info
	fs      []uint64
}

func (t *trainer) predict(fs []uint64) Tag {
	var scores [NumTags]int64
	for _, f := range fs {
		if w := t.weights[f]; w != nil {
			for c, v := range w.w {
				scores[c] += int64(v)
			}
		}
	}
	best := 0
	for c := 1; c < NumTags; c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return Tag(best)
}

func (t *trainer) update(truth, guess Tag, fs []uint64) {
	t.step++
	if truth == guess {
		return
	}
	for _, f := range fs {
		w := t.weights[f]
		if w == nil {
			w = new(weight)
			t.weights[f] = w
		}
		for _, cv := range [2]struct {
			c Tag
			v int32
		}{{truth, 1}, {guess, -1}} {
			c := cv.c
			w.tot[c] += int64(t.step-w.ts[c]) * int64(w.w[c])
			w.ts[c] = t.step
			w.w[c] += cv.v
		}
	}
}

// buildDict finds the frequent words that nearly always have one tag.
func buildDict(sents []Sentence, opt TrainOptions) map[uint64]Tag {
	counts := map[uint64]*[NumTags]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			in := infoOf(w)
			k := key48(dictKey(&in))
			c := counts[k]
			if c == nil {
				c = new([NumTags]int)
				counts[k] = c
			}
			c[s.Tags[i]]++
		}
	}
	dict := map[uint64]Tag{}
	for k, c := range counts {
		total, best := 0, 0
		for t, n := range c {
			total += n
			if n > c[best] {
				best = t
			}
		}
		if total >= opt.DictMin && float64(c[best]) >= opt.DictShare*float64(total) {
			dict[k] = Tag(best)
		}
	}
	return dict
}

// buildAmb finds the tags each word had, for the words seen at least
// AmbMin times: a bit for each tag it had at least AmbShare of the time.
func buildAmb(sents []Sentence, opt TrainOptions) map[uint64]uint32 {
	counts := map[uint64]*[NumTags]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			in := infoOf(w)
			k := key48(ambKey(&in))
			c := counts[k]
			if c == nil {
				c = new([NumTags]int)
				counts[k] = c
			}
			c[s.Tags[i]]++
		}
	}
	amb := map[uint64]uint32{}
	for k, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < opt.AmbMin {
			continue
		}
		var bits uint32
		for t, n := range c {
			if float64(n) >= opt.AmbShare*float64(total) {
				bits |= 1 << t
			}
		}
		amb[k] = bits
	}
	return amb
}

// export averages, quantises and prunes the weights and writes the model
// file.
func (t *trainer) export(opt TrainOptions) []byte {
	type feat struct {
		k48 uint64
		avg [NumTags]float64
	}
	feats := make([]feat, 0, len(t.weights))
	for k, w := range t.weights {
		f := feat{k48: key48(k)}
		for c := range NumTags {
			total := w.tot[c] + int64(t.step-w.ts[c])*int64(w.w[c])
			f.avg[c] = float64(total) / float64(t.step)
		}
		feats = append(feats, f)
	}
	slices.SortFunc(feats, func(a, b feat) int {
		if a.k48 != b.k48 {
			if a.k48 < b.k48 {
				return -1
			}
			return 1
		}
		// two features of one key48 (rare): summed below, in a fixed order
		for c := range NumTags {
			if a.avg[c] != b.avg[c] {
				if a.avg[c] < b.avg[c] {
					return -1
				}
				return 1
			}
		}
		return 0
	})

	out := []byte(magic)
	out = binary.LittleEndian.AppendUint64(out, featureFingerprint())
	out = binary.AppendUvarint(out, uint64(len(opt.About)))
	out = append(out, opt.About...)
	out = binary.AppendUvarint(out, uint64(NumTags))
	for _, n := range tagNames {
		out = binary.AppendUvarint(out, uint64(len(n)))
		out = append(out, n...)
	}

	dictKeys := make([]uint64, 0, len(t.dict))
	for k := range t.dict {
		dictKeys = append(dictKeys, k)
	}
	slices.Sort(dictKeys)
	var body []byte
	prev := uint64(0)
	for _, k := range dictKeys {
		body = binary.AppendUvarint(body, k-prev)
		body = append(body, byte(t.dict[k]))
		prev = k
	}
	ambKeys := make([]uint64, 0, len(t.amb))
	for k := range t.amb {
		ambKeys = append(ambKeys, k)
	}
	slices.Sort(ambKeys)
	prev = 0
	for _, k := range ambKeys {
		body = binary.AppendUvarint(body, k-prev)
		body = binary.AppendUvarint(body, uint64(t.amb[k]))
		prev = k
	}

	n := 0
	prev = 0
	for i := 0; i < len(feats); {
		f := feats[i]
		for i++; i < len(feats) && feats[i].k48 == f.k48; i++ {
			for c := range NumTags {
				f.avg[c] += feats[i].avg[c]
			}
		}
		if _, ok := t.dict[f.k48]; ok {
			continue
		}
		if _, ok := t.amb[f.k48]; ok {
			continue
		}
		var q [NumTags]int8
		k := 0
		for c, a := range f.avg {
			v := math.Round(a / opt.Quantum)
			v = max(-127, min(127, v))
			q[c] = int8(v)
			if q[c] != 0 {
				k++
			}
		}
		if k == 0 {
			continue
		}
		body = binary.AppendUvarint(body, f.k48-prev)
		prev = f.k48
		body = append(body, byte(k))
		for c, v := range q {
			if v != 0 {
				body = append(body, byte(c), byte(v))
			}
		}
		n++
	}
	out = binary.AppendUvarint(out, uint64(len(dictKeys)))
	out = binary.AppendUvarint(out, uint64(len(ambKeys)))
	out = binary.AppendUvarint(out, uint64(n))
	return append(out, body...)
}
