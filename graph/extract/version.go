package extract

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"sync"

	"github.com/newsgraph/newsgraph/schema/lexicon"
)

// The extractor's own source, to tell one version of its rules from another.
//
//go:embed *.go
var rulesFS embed.FS

// RulesVersion identifies this extractor: a hash of its rules (this
// package's source) and of the built-in lexicon's files. It is part of an
// article's ng:version, so that a newer newsgraph reads an article again on
// the next ingest instead of taking it as unchanged.
var RulesVersion = sync.OnceValue(func() string {
	h := sha256.New()
	// fs.WalkDir visits names in lexical order: the same hash every time
	err := fs.WalkDir(rulesFS, ".", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := rulesFS.ReadFile(path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write(b)
		return nil
	})
	if err != nil {
		panic(err) // embedded files can be read
	}
	h.Write([]byte(lexicon.Hash()))
	return hex.EncodeToString(h.Sum(nil))[:16]
})
