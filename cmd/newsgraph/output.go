package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// writeOutput writes what write gives into the file path, whole or not at
// all: into a new file beside it, renamed over it once complete, so that a
// failed write leaves no half file (nor an old file half overwritten). The
// file's mode is what the umask leaves of 0666, as a shell's > gives.
// Errors name path, not the file beside it.
func writeOutput(path string, write func(io.Writer) error) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s: is a folder", path)
	}
	dir := filepath.Dir(path)
	var f *os.File
	var err error
	for try := 0; try < 100; try++ {
		var b [6]byte
		rand.Read(b[:])
		tmp := filepath.Join(dir, ".newsgraph-"+hex.EncodeToString(b[:])+"-"+filepath.Base(path))
		f, err = os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: no such folder %s", path, dir)
		}
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer os.Remove(f.Name()) // when it was not renamed
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(f.Name(), path); err != nil {
		var le *os.LinkError
		if errors.As(err, &le) {
			err = le.Err
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// fileFormats tells the formats of files by their extensions.
type fileFormats struct {
	cmd     string            // the command, for messages
	written map[string]string // extension → a format the command writes
	what    string            // what the command writes, for messages: "SVG or DOT"
	hint    string            // how to make one of the others, %s the file
}

// foreign are extensions of formats newsgraph writes none of.
var foreign = map[string]string{
	".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP", ".bmp": "BMP",
	".tif": "TIFF", ".tiff": "TIFF", ".pdf": "PDF", ".ps": "PostScript", ".eps": "PostScript",
	".svg": "SVG", ".ttl": "Turtle", ".nt": "N-Triples", ".rdf": "RDF/XML", ".owl": "RDF/XML",
}

// choose is the format to write out in: the one its extension names, else
// format (the flag's). A file whose extension names a format the command
// does not write, or another format than a --format given (set), is
// refused: a .png holds PNG, not SVG.
func (ff fileFormats) choose(out, format string, set bool) (string, error) {
	if out == "" {
		return format, nil
	}
	ext := strings.ToLower(filepath.Ext(out))
	byExt, ok := ff.written[ext]
	switch {
	case ok && set && byExt != format:
		return "", usagef("%s: -o %s is a file of %s, not %s: leave --format out (the extension chooses), or name the file for its format", ff.cmd, out, byExt, format)
	case ok:
		return byExt, nil
	}
	if name, ok := foreign[ext]; ok {
		return "", usagef("%s: -o %s: newsgraph %s writes %s, not %s (%s)", ff.cmd, out, ff.cmd, ff.what, name, fmt.Sprintf(ff.hint, out))
	}
	return format, nil
}

var drawFormats = fileFormats{
	cmd:     "draw",
	written: map[string]string{".svg": "svg", ".dot": "dot", ".gv": "dot"},
	what:    "SVG or DOT",
	hint:    "Graphviz makes the others from DOT: newsgraph draw ENTITY --format dot | dot -Tpng -o %s",
}

var exportFormats = fileFormats{
	cmd:     "export",
	written: map[string]string{".nq": "nquads", ".nquads": "nquads", ".jsonld": "jsonld", ".json": "jsonld", ".dot": "dot", ".gv": "dot"},
	what:    "N-Quads (.nq), JSON-LD (.jsonld) or DOT (.dot)",
	hint:    "for a picture: newsgraph export --format dot | dot -Tsvg -o %s",
}
