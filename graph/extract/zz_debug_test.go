package extract

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema/lexicon"
)

func TestZZDebug(t *testing.T) {
	txt := os.Getenv("DBG")
	if txt == "" {
		t.Skip()
	}
	x := New(lexicon.Default())
	d := x.newDoc(Article{Text: txt, Date: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, &scratch{})
	d.findQuoted()
	d.findLexicon()
	for _, m := range d.ments() {
		fmt.Println("lex", m.kind, d.text(m.i, m.j))
	}
	d.findCapitals()
	d.findTitlePhrases()
	d.findDateline()
	d.findOffices()
	for _, m := range d.ments() {
		fmt.Println("off", m.kind, d.text(m.i, m.j), m.phrase, m.jur)
	}
}

func TestZZToks(t *testing.T) {
	txt := os.Getenv("DBGT")
	if txt == "" {
		t.Skip()
	}
	for _, tk := range tokenizeAppend(nil, txt) {
		fmt.Printf("%q %v\n", tk.Text, tk.Kind)
	}
}
