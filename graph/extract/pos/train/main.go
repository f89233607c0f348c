// Command train builds the part-of-speech model of package pos from the
// Universal Dependencies English Web Treebank and measures it:
//
//	go run ./graph/extract/pos/train -ud /work/shared/data/ud-english-ewt
//
// reads en_ewt-ud-train.conllu there, writes graph/extract/pos/upos.model
// (the same files give the same bytes) and prints the accuracy on
// en_ewt-ud-dev.conllu and en_ewt-ud-test.conllu. With -eval it only
// measures the model file.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/graph/extract/pos"
)

const about = "newsgraph UPOS tagger (averaged perceptron), trained on the Universal Dependencies " +
	"English Web Treebank (UD_English-EWT, github.com/UniversalDependencies/UD_English-EWT, " +
	"commit 15d613d8, file en_ewt-ud-train.conllu). Annotations (c) The Board of Trustees of " +
	"The Leland Stanford Junior University. This model is derived from that data and is licensed, " +
	"like it, under CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0/)."

func main() {
	ud := flag.String("ud", "/work/shared/data/ud-english-ewt", "the folder of the treebank's en_ewt-ud-{train,dev,test}.conllu")
	out := flag.String("out", "graph/extract/pos/upos.model", "the model file to write")
	eval := flag.Bool("eval", false, "only measure the model file -out")
	iter := flag.Int("iter", 0, "training passes (0: the default)")
	quantum := flag.Float64("quantum", 0, "weight quantum (0: the default)")
	dictMin := flag.Int("dictmin", 0, "tag dictionary: least count (0: the default)")
	minCount := flag.Int("mincount", 0, "least count of a feature (0: the default)")
	ambMin := flag.Int("ambmin", 0, "ambiguity classes: least count of a word (0: the default)")
	ambShare := flag.Float64("ambshare", 0, "ambiguity classes: least share of a tag (0: the default)")
	limit := flag.Int("n", 0, "train on the first n sentences only (0: all)")
	errs := flag.Int("errors", 0, "print the n most frequent confusions on dev")
	flag.Parse()
	log.SetFlags(0)

	read := func(split string) []pos.Sentence {
		f, err := os.Open(filepath.Join(*ud, "en_ewt-ud-"+split+".conllu"))
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		s, err := pos.ReadCoNLLU(f)
		if err != nil {
			log.Fatalf("%s: %v", f.Name(), err)
		}
		return s
	}

	if !*eval {
		train := read("train")
		if *limit > 0 && *limit < len(train) {
			train = train[:*limit]
		}
		t0 := time.Now()
		data := pos.Train(train, pos.TrainOptions{Iterations: *iter, Quantum: *quantum, DictMin: *dictMin, MinCount: *minCount, AmbMin: *ambMin, AmbShare: *ambShare, About: about})
		fmt.Printf("trained on %d sentences, %d tokens in %.1fs\n", len(train), tokens(train), time.Since(t0).Seconds())
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	data, err := os.ReadFile(*out)
	if err != nil {
		log.Fatal(err)
	}
	t0 := time.Now()
	m, err := pos.Load(data)
	if err != nil {
		log.Fatal(err)
	}
	dict, classes, feats := m.Size()
	fmt.Printf("%s: %d bytes, %d tag dictionary entries, %d ambiguity classes, %d features, loads in %.2f ms\n",
		*out, len(data), dict, classes, feats, float64(time.Since(t0).Microseconds())/1000)
	for _, split := range []string{"dev", "test"} {
		sents := read(split)
		right, total := 0, 0
		initRight, initTotal := 0, 0 // capitalised first words
		var propn [3]int             // PROPN: right, tagged, gold
		confusions := map[[2]pos.Tag]int{}
		var tags []pos.Tag
		for _, s := range sents {
			tags = m.Tag(s.Words, tags[:0])
			if w := s.Words[0]; w != "" && unicode.IsUpper([]rune(w)[0]) && !allUpper(w) {
				initTotal++
				if tags[0] == s.Tags[0] {
					initRight++
				}
			}
			for i, t := range tags {
				if t == pos.PROPN {
					propn[1]++
					if s.Tags[i] == pos.PROPN {
						propn[0]++
					}
				}
				if s.Tags[i] == pos.PROPN {
					propn[2]++
				}
				total++
				if t == s.Tags[i] {
					right++
				} else {
					confusions[[2]pos.Tag{s.Tags[i], t}]++
				}
			}
		}
		fmt.Printf("%s: UPOS accuracy %.2f%% (%d of %d tokens); capitalised first words %.1f%% (%d); PROPN precision %.1f%%, recall %.1f%%\n",
			split, 100*float64(right)/float64(total), right, total, 100*float64(initRight)/float64(initTotal), initTotal,
			100*float64(propn[0])/float64(propn[1]), 100*float64(propn[0])/float64(propn[2]))
		if split == "dev" && *errs > 0 {
			type conf struct {
				gold, got pos.Tag
				n         int
			}
			var cs []conf
			for k, n := range confusions {
				cs = append(cs, conf{k[0], k[1], n})
			}
			sort.Slice(cs, func(i, j int) bool {
				if cs[i].n != cs[j].n {
					return cs[i].n > cs[j].n
				}
				return cs[i].gold < cs[j].gold || cs[i].gold == cs[j].gold && cs[i].got < cs[j].got
			})
			for _, c := range cs[:min(*errs, len(cs))] {
				fmt.Printf("  gold %-5s tagged %-5s %d\n", c.gold, c.got, c.n)
			}
		}
	}
}

func allUpper(w string) bool { return strings.ToUpper(w) == w }

func tokens(ss []pos.Sentence) int {
	n := 0
	for _, s := range ss {
		n += len(s.Words)
	}
	return n
}
