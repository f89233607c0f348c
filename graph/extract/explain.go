package extract

import (
	"github.com/cayleygraph/quad"
)

// Explained is one quad of an article with what made it.
type Explained struct {
	Quad quad.Quad
	// Rule names the rule: "mention/country", "event/meeting",
	// "shipment/item", …; "" where none is recorded.
	Rule string
	// Words are the words of the text the rule matched, as written; ""
	// when it matched none of its own (a fact of the lexicon, say).
	Words string
}

// Explain is Article that also tells, of every quad, the rule that made it
// and the words it matched: what `newsgraph extract --explain` prints, so
// that a reader can see why a fact is in the graph. The quads are
// Article's, in the same order.
func (x *Extractor) Explain(a Article) []Explained {
	d := x.newDoc(a, new(scratch))
	d.explain = true
	d.run()
	qs := d.quads()
	out := make([]Explained, len(qs))
	for i, q := range qs {
		out[i].Quad = q
		if w := d.outWhy[i]; w > 0 {
			y := d.whys[w-1]
			out[i].Rule = y.rule
			if y.j > y.i {
				out[i].Words = d.text(y.i, y.j)
			}
		}
	}
	return out
}
