package queries

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Library is the saved queries a command runs: the built-in ones and
// those of the user's folder, a user's query replacing a built-in one of
// the same name.
type Library struct {
	Dir       string   // the user's folder, "" for none
	Queries   []Query  // by name
	Overrides []string // built-in queries a user's query of the same name replaces, by name
	Problems  []error  // files of the folder that are no saved query, each naming its file
}

// Open reads the built-in queries and the *.js files of dir, the user's
// folder ("" for none). A file that is not a saved query (no header, a
// name not its file's) is one of Problems, not an error: the others are
// still there to run.
func Open(dir string) (*Library, error) {
	builtin, err := All()
	if err != nil {
		return nil, err
	}
	lib := &Library{Dir: dir}
	byName := map[string]Query{}
	for _, q := range builtin {
		byName[q.Name] = q
	}
	if dir != "" {
		info, err := os.Stat(dir)
		if err != nil {
			return nil, fmt.Errorf("queries folder %s: %w", dir, unwrap(err))
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("queries folder %s: not a folder", dir)
		}
		files, err := filepath.Glob(filepath.Join(dir, "*.js"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				lib.Problems = append(lib.Problems, fmt.Errorf("%s: %w", f, unwrap(err)))
				continue
			}
			q, err := Parse(f, string(b))
			if err != nil {
				lib.Problems = append(lib.Problems, err)
				continue
			}
			q.File = f
			if b, ok := byName[q.Name]; ok && b.File == "" && b.Code != q.Code {
				lib.Overrides = append(lib.Overrides, q.Name)
			}
			byName[q.Name] = q
		}
	}
	for _, q := range byName {
		lib.Queries = append(lib.Queries, q)
	}
	sort.Slice(lib.Queries, func(i, j int) bool { return lib.Queries[i].Name < lib.Queries[j].Name })
	return lib, nil
}

func unwrap(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// Find returns the saved query with the given name.
func (l *Library) Find(name string) (Query, error) {
	for _, q := range l.Queries {
		if q.Name == name {
			return q, nil
		}
	}
	var names []string
	for _, q := range l.Queries {
		names = append(names, q.Name)
	}
	msg := fmt.Sprintf("no saved query %q (saved: %s)", name, strings.Join(names, ", "))
	for _, p := range l.Problems {
		if strings.TrimSuffix(filepath.Base(strings.SplitN(p.Error(), ":", 2)[0]), ".js") == name {
			msg += fmt.Sprintf("; %v", p)
		}
	}
	return Query{}, fmt.Errorf("%s", msg)
}

// Overridden tells whether name is a user's query in place of a built-in one.
func (l *Library) Overridden(name string) bool {
	for _, n := range l.Overrides {
		if n == name {
			return true
		}
	}
	return false
}

// Notes are the lines to tell a user about the library: the built-in
// queries their folder overrides and its files that are no query.
func (l *Library) Notes() []string {
	var out []string
	for _, n := range l.Overrides {
		out = append(out, l.OverrideNote(n))
	}
	for _, p := range l.Problems {
		out = append(out, fmt.Sprintf("%v (not a saved query: skipped)", p))
	}
	return out
}

// OverrideNote is the line that says a user's query replaces a built-in.
func (l *Library) OverrideNote(name string) string {
	return fmt.Sprintf("%s overrides the built-in query %s", filepath.Join(l.Dir, name+".js"), name)
}
