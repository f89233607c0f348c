// Package queries holds newsgraph's saved Gizmo queries: plain Gizmo files
// NAME.js with a header of "// name:", "// description:" and "// args:"
// lines, runnable unchanged in the REPL and in Cayley's web UI. A Library
// is the built-in ones and a user's folder of more (library.go); a query's
// golden file NAME.golden.json beside it holds the rows it is expected to
// give, and Library.Test compares them (golden.go), for `newsgraph test`
// and `go test ./queries` alike.
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.js
var files embed.FS

// Query is one saved query.
type Query struct {
	Name        string
	Description string
	Args        []Arg
	Code        string
	File        string // the user's file it was read from; "" for a built-in query
}

// Arg is a named argument a query reads from `args`.
type Arg struct {
	Name, Help string
}

// Example is the first value the help gives after "e.g.": "the country's
// name, e.g. India, United States" gives "India".
func (a Arg) Example() string {
	_, ex, ok := strings.Cut(a.Help, "e.g.")
	if !ok {
		return ""
	}
	ex, _, _ = strings.Cut(ex, ",")
	ex, _, _ = strings.Cut(ex, " or ")
	return strings.TrimSpace(ex)
}

// All returns the saved queries sorted by name.
func All() ([]Query, error) {
	return Load(files)
}

// Load reads every *.js file at the root of fsys.
func Load(fsys fs.FS) ([]Query, error) {
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, err
	}
	var out []Query
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		q, err := Parse(n, string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Find returns the built-in saved query with the given name.
func Find(name string) (Query, error) {
	lib, err := Open("")
	if err != nil {
		return Query{}, err
	}
	return lib.Find(name)
}

// Parse reads a query file's header. file names it in errors; the name in
// the header must match the file's base name.
func Parse(file, code string) (Query, error) {
	q := Query{Code: code}
	for _, line := range strings.Split(code, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "args":
			if val == "" || strings.HasPrefix(val, "(none)") {
				continue
			}
			for _, a := range strings.Split(val, ";") {
				n, h, _ := strings.Cut(a, ":")
				if n = strings.TrimSpace(n); n != "" {
					q.Args = append(q.Args, Arg{Name: n, Help: strings.TrimSpace(h)})
				}
			}
		}
	}
	base := strings.TrimSuffix(path.Base(file), ".js")
	switch {
	case q.Name == "":
		return q, fmt.Errorf("%s: no \"// name:\" header", file)
	case q.Name != base && base != "-" && base != "":
		return q, fmt.Errorf("%s: header names %q, the file is %q", file, q.Name, base)
	case q.Description == "":
		return q, fmt.Errorf("%s: no \"// description:\" header", file)
	}
	return q, nil
}

// CheckArgs reports an argument args gives that the query does not take
// ("office-holders takes country, not counry"), or one it needs that args
// lacks.
func (q Query) CheckArgs(args map[string]string) error {
	known := map[string]bool{}
	var names []string
	for _, a := range q.Args {
		known[a.Name] = true
		names = append(names, a.Name)
	}
	var unknown []string
	for k := range args {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		takes := "no arguments"
		if len(names) > 0 {
			takes = names[len(names)-1]
			if len(names) > 1 {
				takes = strings.Join(names[:len(names)-1], ", ") + " and " + takes
			}
		}
		return fmt.Errorf("%s takes %s, not %s", q.Name, takes, strings.Join(unknown, ", "))
	}
	for _, a := range q.Args {
		if _, ok := args[a.Name]; !ok {
			return fmt.Errorf("query %s needs --arg %s=… (%s)", q.Name, a.Name, a.Help)
		}
	}
	return nil
}
