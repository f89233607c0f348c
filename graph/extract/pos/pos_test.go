package pos

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// tagged parses "word/TAG word word/TAG": the tokens, and the tags wanted
// of those that have one (-1: any).
func tagged(t testing.TB, s string) (words []string, want []int) {
	for _, f := range strings.Fields(s) {
		i := strings.LastIndex(f, "/")
		if i <= 0 {
			words, want = append(words, f), append(want, -1)
			continue
		}
		words = append(words, f[:i])
		tg, known := ParseTag(f[i+1:])
		if !known {
			t.Fatalf("%q: no tag %q", s, f[i+1:])
		}
		want = append(want, int(tg))
	}
	return words, want
}

// TestInvented: sentences written for this test (news prose, tokens as the
// extractor splits them), the tags of their unambiguous words.
func TestInvented(t *testing.T) {
	cases := []string{
		// a name or a common word at the start of a sentence
		"Brown/PROPN said/VERB the/DET talks/NOUN were/AUX useful/ADJ ./PUNCT",
		"Brown/ADJ rice/NOUN is/AUX cheap/ADJ ./PUNCT",
		"Talks/NOUN will/AUX resume/VERB in/ADP Geneva/PROPN on/ADP Monday/PROPN ./PUNCT",
		"Food/NOUN and/CCONJ medicine/NOUN arrived/VERB in/ADP Gaza/PROPN ./PUNCT",
		"Troops/NOUN left/VERB the/DET city/NOUN ./PUNCT",
		"Turkey/PROPN and/CCONJ Syria/PROPN signed/VERB a/DET deal/NOUN ./PUNCT",
		"Minister/PROPN Jane/PROPN Doe/PROPN met/VERB her/PRON counterpart/NOUN in/ADP Paris/PROPN ./PUNCT",
		"General/PROPN Kim/PROPN visited/VERB the/DET base/NOUN ./PUNCT",
		// verbs, auxiliaries, numbers, the extractor's tokens
		"The/DET ministry/NOUN said/VERB 1,200/NUM tonnes/NOUN of/ADP wheat/NOUN arrived/VERB on/ADP 3/NUM May/PROPN 2021/NUM ./PUNCT",
		"Officials/NOUN said/VERB the/DET U.S./PROPN would/AUX send/VERB 500,000/NUM doses/NOUN ./PUNCT",
		"He/PRON doesn’t/AUX expect/VERB India/PROPN ’s/PART exports/NOUN to/PART rise/VERB ./PUNCT",
		"He/PRON does/AUX n't expect/VERB India/PROPN 's/PART exports/NOUN to/PART rise/VERB ./PUNCT",
		"China/PROPN ’s/PART Foreign Ministry/PROPN spokesman/NOUN told/VERB reporters/NOUN that/SCONJ Beijing/PROPN would/AUX donate/VERB 10/NUM million/NUM vaccines/NOUN ./PUNCT",
		"“/PUNCT We/PRON will/AUX help/VERB ,/PUNCT ”/PUNCT she/PRON said/VERB ./PUNCT",
		"It/PRON ’s/AUX a/DET long-term plan/NOUN ,/PUNCT the/DET envoy/NOUN said/VERB on/ADP Tuesday/PROPN ./PUNCT",
		"COVID-19/PROPN vaccines/NOUN arrived/VERB in/ADP Accra/PROPN ./PUNCT",
		"Nations/NOUN must/AUX act/VERB now/ADV ,/PUNCT said/VERB Ms./PROPN Roe/PROPN ./PUNCT",
		"The/DET two/NUM leaders/NOUN discussed/VERB trade/NOUN and/CCONJ security/NOUN —/PUNCT and/CCONJ climate/NOUN change/NOUN …/PUNCT",
	}
	m := Default()
	for _, c := range cases {
		words, want := tagged(t, c)
		got := m.Tag(words, nil)
		if len(got) != len(words) {
			t.Fatalf("%q: %d tags for %d words", c, len(got), len(words))
		}
		for i, w := range want {
			if w >= 0 && got[i] != Tag(w) {
				t.Errorf("%q: %s/%v, want %v", c, words[i], got[i], Tag(w))
			}
		}
	}
}

// TestTagAppends: Tag appends to the slice it is given.
func TestTagAppends(t *testing.T) {
	m := Default()
	tags := m.Tag([]string{"Aid", "arrived", "."}, nil)
	tags = m.Tag([]string{"It", "rained", "."}, tags)
	if len(tags) != 6 || tags[1] != VERB || tags[3] != PRON || tags[4] != VERB || tags[5] != PUNCT {
		t.Errorf("%v, want [? VERB PUNCT PRON VERB PUNCT]", tags)
	}
}

// TestNoAllocs: tagging into a slice with room allocates nothing.
func TestNoAllocs(t *testing.T) {
	m := Default()
	words := strings.Fields("Foreign Minister Jane Doe arrived in Ruritania’s capital on Tuesday for talks on 1,500 tonnes of aid .")
	tags := make([]Tag, 0, 64)
	if n := testing.AllocsPerRun(100, func() { tags = m.Tag(words, tags[:0]) }); n != 0 {
		t.Errorf("%v allocations per call", n)
	}
}

// TestOddInput: no panic, one tag per token, on what no treebank has.
func TestOddInput(t *testing.T) {
	m := Default()
	long := strings.Repeat("abcdefghij", 10000)
	cases := [][]string{
		nil,
		{},
		{""},
		{"", "", ""},
		{long},
		{long + "’s", "-" + long, strings.Repeat("1,", 5000) + "1"},
		{strings.Repeat("é", 1000), strings.Repeat("東", 1000)},
		{"東京", "で", "会談", "が", "行われた", "。"},
		{"Москва", "и", "Киев", "подписали", "соглашение", "."},
		{"محادثات", "في", "القاهرة"},
		{"\x00", "\xff\xfe", "a\x00b", "\u200b", "🙂", "#VaccineMaitri", "@user"},
		{"-", "--", "''", "``", "'", "’", "…", "...", "U.S.", "$", "%"},
		strings.Fields(strings.Repeat("the ", 5000)),
	}
	for _, c := range cases {
		tags := m.Tag(c, nil)
		if len(tags) != len(c) {
			t.Errorf("%d tags for %d words", len(tags), len(c))
		}
		for _, tg := range tags {
			if int(tg) >= NumTags {
				t.Errorf("tag %d", tg)
			}
		}
	}
}

// TestConcurrent: one model tags from many goroutines at once (run with
// -race).
func TestConcurrent(t *testing.T) {
	m := Default()
	words := strings.Fields("The envoy said talks on aid would resume in Geneva .")
	want := m.Tag(words, nil)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tags []Tag
			for i := 0; i < 200; i++ {
				tags = m.Tag(words, tags[:0])
				for k := range want {
					if tags[k] != want[k] {
						t.Errorf("goroutine: %v, want %v", tags, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestNormalise: the typography of edited news reads as the treebank's plain
// keyboard text.
func TestNormalise(t *testing.T) {
	same := [][2]string{{"’s", "'s"}, {"don’t", "don't"}, {"“", `"`}, {"”", `"`}, {"''", `"`}, {"``", `"`},
		{"—", "--"}, {"–", "--"}, {"…", "..."}, {"‘", "'"}, {"O’Brien", "O'Brien"}, {"non‑state", "non-state"}}
	for _, p := range same {
		if a, b := infoOf(p[0]), infoOf(p[1]); a != b {
			t.Errorf("%q and %q differ", p[0], p[1])
		}
	}
	// numbers are one word: "!DIGITS", or "!YEAR"
	if a, b := infoOf("1,500"), infoOf("20,000"); a.lower != b.lower || a.lower != hashDigits {
		t.Errorf("1,500 and 20,000 differ")
	}
	if a := infoOf("2021"); a.lower != hashYear {
		t.Errorf("2021 is not a year")
	}
}

// TestFastPath: the ASCII fast path of infoOf computes what infoSlow does.
func TestFastPath(t *testing.T) {
	words := []string{"a", "A", "I", "the", "The", "THE", "U.S.", "1,500", "2021", "1990s", "3-5", "COVID-19",
		"anti-war", "Secretary-General", "-", "--", "-x", "x-", "a-b-c", "'s", "'S", "don't", ".", ",", "$", "5.",
		"e-mail", "N95", "@user", "#tag", "McDonald", "al-Ani", "F-102", "3.14", "1,2,3", ",1", "'", "\"", "x--y",
		strings.Repeat("ab", 100)}
	for _, w := range words {
		if infoOf(w) != infoSlow(w) {
			t.Errorf("%q: the fast path differs", w)
		}
	}
}

// TestTrainDeterministic: the same sentences and options give the same
// model file, byte for byte; the model learns them.
func TestTrainDeterministic(t *testing.T) {
	sents := inventedCorpus(t)
	if sents2 := treebank(t, "train"); sents2 != nil {
		sents = append(sents, sents2[:300]...)
	}
	opt := TrainOptions{Iterations: 3, MinCount: 1, About: "test"}
	a, b := Train(sents, opt), Train(sents, opt)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same sentences differ")
	}
	m, err := Load(a)
	if err != nil {
		t.Fatal(err)
	}
	if m.About() != "test" {
		t.Errorf("about %q", m.About())
	}
	right, total := 0, 0
	for _, s := range sents {
		for i, tg := range m.Tag(s.Words, nil) {
			total++
			if tg == s.Tags[i] {
				right++
			}
		}
	}
	if float64(right) < 0.9*float64(total) {
		t.Errorf("%d of %d training tokens tagged right", right, total)
	}
}

func inventedCorpus(t *testing.T) []Sentence {
	var out []Sentence
	for _, s := range []string{
		"The/DET envoy/NOUN arrived/VERB in/ADP Ruritania/PROPN on/ADP Monday/PROPN ./PUNCT",
		"Talks/NOUN will/AUX resume/VERB next/ADJ week/NOUN ./PUNCT",
		"She/PRON said/VERB that/SCONJ 500/NUM tonnes/NOUN of/ADP rice/NOUN had/AUX arrived/VERB ./PUNCT",
		"Jane/PROPN Doe/PROPN met/VERB the/DET minister/NOUN and/CCONJ his/PRON aides/NOUN ./PUNCT",
		"Aid/NOUN is/AUX not/PART enough/ADJ ,/PUNCT officials/NOUN said/VERB ./PUNCT",
	} {
		var sent Sentence
		for _, f := range strings.Fields(s) {
			i := strings.LastIndex(f, "/")
			tg, ok := ParseTag(f[i+1:])
			if !ok {
				t.Fatalf("%q", f)
			}
			sent.Words = append(sent.Words, f[:i])
			sent.Tags = append(sent.Tags, tg)
		}
		out = append(out, sent)
	}
	return out
}

// treebankDir holds the UD English Web Treebank, when this machine has it;
// the tests that need it skip otherwise.
var treebankDir = "/work/shared/data/ud-english-ewt"

func treebank(t testing.TB, split string) []Sentence {
	f, err := os.Open(filepath.Join(treebankDir, "en_ewt-ud-"+split+".conllu"))
	if err != nil {
		return nil
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestAccuracy measures the embedded model on the treebank's dev and test
// files (the numbers of the package doc).
func TestAccuracy(t *testing.T) {
	for _, split := range []string{"dev", "test"} {
		sents := treebank(t, split)
		if sents == nil {
			t.Skip("no treebank at " + treebankDir)
		}
		right, total := 0, 0
		var tags []Tag
		for _, s := range sents {
			tags = Default().Tag(s.Words, tags[:0])
			for i, tg := range tags {
				total++
				if tg == s.Tags[i] {
					right++
				}
			}
		}
		acc := 100 * float64(right) / float64(total)
		t.Logf("%s: UPOS accuracy %.2f%% (%d of %d tokens)", split, acc, right, total)
		if acc < 94 {
			t.Errorf("%s: UPOS accuracy %.2f%%, want at least 94%%", split, acc)
		}
	}
}

// TestReadCoNLLU: multiword tokens and hyphenated words come out as the
// extractor's tokens.
func TestReadCoNLLU(t *testing.T) {
	const doc = "# text = I don't think al-Ani's four-day F-102 trip is it.\n" +
		"1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
		"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
		"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
		"4\tthink\tthink\tVERB\tVB\t_\t0\troot\t_\t_\n" +
		"5\tal\tal\tPROPN\tNNP\t_\t7\tcompound\t_\tSpaceAfter=No\n" +
		"6\t-\t-\tPUNCT\tHYPH\t_\t7\tpunct\t_\tSpaceAfter=No\n" +
		"7-8\tAni's\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"7\tAni\tAni\tPROPN\tNNP\t_\t12\tnmod:poss\t_\t_\n" +
		"8\t's\t's\tPART\tPOS\t_\t7\tcase\t_\t_\n" +
		"9\tfour\tfour\tNUM\tCD\t_\t11\tnummod\t_\tSpaceAfter=No\n" +
		"10\t-\t-\tPUNCT\tHYPH\t_\t11\tpunct\t_\tSpaceAfter=No\n" +
		"11\tday\tday\tNOUN\tNN\t_\t13\tcompound\t_\t_\n" +
		"11.1\tx\tx\tNOUN\tNN\t_\t_\t_\t_\t_\n" +
		"12\tF\tF\tPROPN\tNNP\t_\t13\tcompound\t_\tSpaceAfter=No\n" +
		"13\t-\t-\tPUNCT\tHYPH\t_\t14\tpunct\t_\tSpaceAfter=No\n" +
		"14\t102\t102\tNUM\tCD\t_\t13\tnummod\t_\t_\n" +
		"15\ttrip\ttrip\tNOUN\tNN\t_\t4\tccomp\t_\t_\n" +
		"16\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\t_\n" +
		"17\tit\tit\tPRON\tPRP\t_\t4\tobj\t_\tSpaceAfter=No\n" +
		"18\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	sents, err := ReadCoNLLU(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sents {
		for i, w := range s.Words {
			got = append(got, w+"/"+s.Tags[i].String())
		}
	}
	want := "I/PRON don't/AUX think/VERB al-Ani/PROPN 's/PART four-day/NOUN F-102/PROPN trip/NOUN -/PUNCT it/PRON ./PUNCT"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// TestLoadBad: a damaged model file is an error or a model, never a panic.
func TestLoadBad(t *testing.T) {
	if _, err := Load(nil); err == nil {
		t.Error("Load(nil): no error")
	}
	if _, err := Load(defaultModel[:len(defaultModel)-1]); err == nil {
		t.Error("a cut file: no error")
	}
	if _, err := Load(append(append([]byte{}, defaultModel...), 0)); err == nil {
		t.Error("a file with a byte after its end: no error")
	}
	words := strings.Fields("The envoy said talks would resume .")
	for i := 0; i < 50; i++ {
		cut := i * len(defaultModel) / 50
		Load(defaultModel[:cut])
		damaged := append([]byte{}, defaultModel...)
		damaged[cut] ^= 0x5a
		if m, err := Load(damaged); err == nil {
			m.Tag(words, nil)
		}
	}
}
