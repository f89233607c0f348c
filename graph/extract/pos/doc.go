// Package pos is a part-of-speech tagger for English news: it gives each
// token of a sentence its Universal Dependencies UPOS tag (NOUN, PROPN,
// VERB, AUX, ADJ, NUM…). It is pure Go, allocation-free per call and safe
// for concurrent use:
//
//	m := pos.Default()               // the embedded model, loaded once
//	tags = m.Tag(words, tags[:0])    // one sentence's tokens
//
// # The model
//
// An averaged perceptron, greedy left to right (the design of Honnibal's "A
// good part-of-speech tagger in about 200 lines of Python" and NLTK's
// PerceptronTagger). A token's features: its word (as written and in lower
// case), its last 1–4 and first 1 and 3 characters, its shape ("Xx", "d,d"),
// whether it starts the sentence, a hyphenated word's last part, the words,
// suffixes and shapes around it (two each side), the word pairs it is in,
// the tags given to the two tokens before it, and the ambiguity classes
// (the tags a word had in training) of the words around it. Frequent words
// that nearly always have one tag ("the", ",", "of") take it from a tag
// dictionary. Features are 64-bit hashes; the model keeps 48 bits of each,
// the features seen at least twice in training, and their averaged weights
// rounded to whole updates, as bytes.
//
// Trained on the Universal Dependencies English Web Treebank (UD_English-EWT,
// commit 15d613d8; 12,544 sentences, 204,577 words of weblogs, newsgroups,
// e-mail, reviews and answers). Measured (go run ./graph/extract/pos/train,
// or go test ./graph/extract/pos -run Accuracy -v):
//
//	UPOS accuracy     dev 94.86%    test 95.00%
//	capitalised first words of a sentence: dev 94.9%, test 94.4%
//	PROPN: precision 89.8%, recall 86.3% (dev)
//
// The file, upos.model, is 676 KB (673 dictionary words, 6,066 ambiguity
// classes, 49,704 features); loading it takes 2–4 ms (more at a process's
// first use, while the memory is new), tagging 155–190 ns per token (go
// test ./graph/extract/pos -bench .).
//
// # Tokens
//
// Tag expects tokens split the way graph/extract splits text, which the
// training reads the treebank's words as (see ReadCoNLLU): "India's" is
// "India" + "'s", "don't", "I'm" and "cannot" are one token each, "al-Ani",
// "four-day" and "COVID-19" are one token, "U.S." keeps its dots, "1,500" is
// one number. The typography of edited news is read as the treebank's plain
// text: curly quotes and apostrophes as straight ones, dashes as "--", "…" as
// "...", and every number ("1,500", "2.5") as one word.
//
// # Licence and rebuilding
//
// The model file is derived from UD_English-EWT, whose annotations are ©
// The Board of Trustees of The Leland Stanford Junior University and
// licensed under CC BY-SA 4.0; so is the model file upos.model (see
// UPOS-MODEL-LICENSE.txt and README.md; Model.About says it too). The code
// of this package is the project's.
//
// To rebuild the model after a change to the features or the training,
// from the repository's root:
//
//	go run ./graph/extract/pos/train -ud /work/shared/data/ud-english-ewt
//
// It reads en_ewt-ud-train.conllu in that folder (the treebank is not in
// the repository), writes graph/extract/pos/upos.model (the same files give
// the same bytes) and prints its accuracy on the dev and test files. A model
// file records a fingerprint of the features that trained it; Load refuses
// one the code no longer computes the same features for.
package pos
