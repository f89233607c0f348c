package extract

import "github.com/newsgraph/newsgraph/graph/extract/pos"

// tag is the part of speech of token k (a UPOS tag: pos.PROPN, pos.VERB…),
// from the tagger of package pos. The article's tokens are tagged sentence
// by sentence at the first call, so an article no rule asks about costs
// nothing.
func (d *doc) tag(k int) pos.Tag {
	if len(d.tags) != len(d.toks) {
		d.tagAll()
	}
	return d.tags[k]
}

// tagAll tags the tokens of every sentence; the sentences cover the tokens
// in order, so tags line up with toks.
func (d *doc) tagAll() {
	m := pos.Default()
	d.tags = d.tags[:0]
	for _, s := range d.sents {
		d.words = d.words[:0]
		for _, t := range s.Toks {
			d.words = append(d.words, t.Text)
		}
		d.tags = m.Tag(d.words, d.tags)
	}
}
