//go:build unix

package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// writeOutput's files get the mode the umask leaves of 0666, as a shell's
// > gives them, whether the file is new or replaces one.
func TestWriteOutputUmask(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		umask int
		want  fs.FileMode
	}{{0o022, 0o644}, {0o027, 0o640}, {0o002, 0o664}} {
		old := syscall.Umask(c.umask)
		for _, name := range []string{"new.nq", "new.nq"} { // the second replaces the first
			p := filepath.Join(dir, name)
			err := writeOutput(p, func(w io.Writer) error { _, err := io.WriteString(w, "x\n"); return err })
			if err != nil {
				syscall.Umask(old)
				t.Fatal(err)
			}
			info, err := os.Stat(p)
			if err != nil {
				syscall.Umask(old)
				t.Fatal(err)
			}
			if got := info.Mode().Perm(); got != c.want {
				t.Errorf("umask %03o: %s has mode %03o, want %03o", c.umask, name, got, c.want)
			}
		}
		syscall.Umask(old)
		os.Remove(filepath.Join(dir, "new.nq"))
	}
	left, _ := os.ReadDir(dir)
	for _, e := range left {
		if strings.HasPrefix(e.Name(), ".newsgraph-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// export -o and draw -o write through writeOutput: their files follow the
// umask too (they were 0600 whatever it was).
func TestExportUmask(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	var out, errb bytes.Buffer
	in := strings.NewReader("date: 2021-05-28\n\nJapan sent 300 courses of remdesivir to India on Friday.\n")
	if code := Main([]string{"ingest", "--db", db, "-"}, in, &out, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	for _, args := range [][]string{{"export", "-o", "all.nq"}, {"draw", "India", "-o", "india.dot"}} {
		p := filepath.Join(dir, args[len(args)-1])
		args[len(args)-1] = p
		if code := Main(append(args, "--db", db), nil, &out, &errb); code != 0 {
			t.Fatalf("%s: %d %s", args[0], code, errb.String())
		}
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != 0o644 {
			t.Errorf("umask 022: %s -o gives mode %03o, want 644", args[0], got)
		}
	}
}
