package extract

import "github.com/newsgraph/newsgraph/graph/extract/pos"

// tag is the part of speech of token k (a UPOS tag: pos.PROPN, pos.VERB…),
// from the tagger of package pos. A sentence is tagged at the first call
// for one of its tokens (the tagger reads each sentence on its own), so
// sentences no rule asks about cost nothing.
func (d *doc) tag(k int) pos.Tag {
	if len(d.tags) != len(d.toks) {
		d.tags = grown(d.tags, len(d.toks))
		d.tagged = grown(d.tagged, len(d.sents))
	}
	if si := d.sentOf[k]; !d.tagged[si] {
		d.tagSentence(si)
	}
	return d.tags[k]
}

// tagSentence tags the tokens of sentence si in place in d.tags.
func (d *doc) tagSentence(si int) {
	s := d.sents[si]
	d.words = d.words[:0]
	for _, t := range s.Toks {
		d.words = append(d.words, t.Text)
	}
	if len(s.Toks) > 0 {
		first := s.Toks[0].I
		pos.Default().Tag(d.words, d.tags[first:first:first+len(s.Toks)])
	}
	d.tagged[si] = true
}
