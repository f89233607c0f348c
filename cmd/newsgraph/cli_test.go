package main

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Exit statuses: 0 success (help, --version), 1 failure, 2 usage error;
// an error is one line on stderr.
func TestExitStatus(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	cases := []struct {
		args []string
		code int
		out  string // on stdout
		err  string // on stderr: its one line starts with it
	}{
		{[]string{"--help"}, 0, "Usage:", ""},
		{[]string{"help", "query"}, 0, "newsgraph query [flags]", ""},
		{[]string{"ingest", "-h"}, 0, "Examples:", ""},
		{[]string{"--version"}, 0, "newsgraph ", ""},
		{[]string{}, 2, "Usage:", ""},
		{[]string{"frobnicate"}, 2, "", `newsgraph: unknown command "frobnicate"`},
		{[]string{"help", "frobnicate"}, 2, "", `newsgraph: unknown command "frobnicate"`},
		{[]string{"query", "--nope"}, 2, "", "newsgraph: query: unknown flag --nope"},
		{[]string{"query", "--limit", "x", "people-offices"}, 2, "", `newsgraph: query: --limit "x": want a whole number`},
		{[]string{"query", "--format", "xml", "people-offices"}, 2, "", `newsgraph: query: --format "xml": want`},
		{[]string{"ingest"}, 2, "", "newsgraph: ingest: no articles given"},
		{[]string{"stats", "extra"}, 2, "", `newsgraph: stats: unexpected "extra"`},
		{[]string{"completion", "nosh"}, 2, "", `newsgraph: completion: no shell "nosh": want bash, zsh, fish or powershell`},
		{[]string{"completion"}, 0, "bash", ""},
		{[]string{"stats", "--db", db}, 1, "", "newsgraph: " + db + " holds no newsgraph store"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		code := Main(c.args, strings.NewReader(""), &out, &errb)
		if code != c.code {
			t.Errorf("newsgraph %q: exit status %d, want %d (stderr %q)", c.args, code, c.code, errb.String())
		}
		if c.out != "" && !strings.Contains(out.String(), c.out) {
			t.Errorf("newsgraph %q: stdout %q, want %q in it", c.args, out.String(), c.out)
		}
		if c.err == "" && errb.Len() > 0 {
			t.Errorf("newsgraph %q: stderr %q, want none", c.args, errb.String())
		}
		if c.err != "" && (!strings.HasPrefix(errb.String(), c.err) || strings.Count(errb.String(), "\n") != 1) {
			t.Errorf("newsgraph %q: stderr %q, want one line starting %q", c.args, errb.String(), c.err)
		}
	}
}

// The flag spellings of Go's flag package become pflag's; values are left
// as they are.
func TestNormalizeFlags(t *testing.T) {
	root := (&app{}).newRoot()
	cases := []struct{ in, want []string }{
		{[]string{"query", "-db", "x.db", "-format=table", "people-offices"}, []string{"query", "--db", "x.db", "--format=table", "people-offices"}},
		{[]string{"query", "--e", "g.V()", "-e", "-1"}, []string{"query", "-e", "g.V()", "-e", "-1"}},
		{[]string{"export", "--o", "x.nq", "-ox.nq", "--output", "-weird"}, []string{"export", "-o", "x.nq", "-ox.nq", "--output", "-weird"}},
		{[]string{"query", "-formt", "table"}, []string{"query", "--formt", "table"}},
		{[]string{"ingest", "-force", "-", "--", "-db"}, []string{"ingest", "--force", "-", "--", "-db"}},
		{[]string{"query", "--limit", "-1", "-help"}, []string{"query", "--limit", "-1", "--help"}},
	}
	for _, c := range cases {
		if got := normalizeFlags(root, c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("normalizeFlags(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLevenshtein(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"format", "format", 0}, {"formt", "format", 1}, {"ingets", "ingest", 2}, {"", "abc", 3}, {"é", "e", 1}} {
		if d := levenshtein(c.a, c.b); d != c.d {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", c.a, c.b, d, c.d)
		}
	}
}
