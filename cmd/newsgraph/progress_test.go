package main

import (
	"strings"
	"testing"
	"time"
)

// Progress on a terminal is a bar redrawn in place; in a log, plain lines
// with no carriage return. Both tell the pace, how far and the time left
// when the input's size is known, and leave them out when it is not.
func TestProgressLines(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(terminal bool, total, done int64, n int) string {
		p := &progress{terminal: terminal, total: total, start: start, n: n, done: done}
		return p.line(start.Add(40 * time.Second))
	}
	// a quarter of 4 MB in 40 s: 2 minutes left
	term := at(true, 4<<20, 1<<20, 500)
	for _, want := range []string{"\r[#######.......................]  25% ", "500 articles, 12/s, 40s", "ETA 2m0s"} {
		if !strings.Contains(term, want) {
			t.Errorf("terminal line %q lacks %q", term, want)
		}
	}
	if strings.Contains(term, "\n") {
		t.Errorf("terminal line %q ends the line", term)
	}
	log := at(false, 4<<20, 1<<20, 500)
	if strings.Contains(log, "\r") || !strings.HasSuffix(log, "\n") ||
		!strings.HasPrefix(log, "ingest: 500 articles, 12/s, 40s, 25%, ETA 2m0s") {
		t.Errorf("log line %q", log)
	}
	// stdin: size unknown, so neither bar nor ETA
	for _, l := range []string{at(true, 0, 1<<20, 500), at(false, 0, 1<<20, 500)} {
		if strings.Contains(l, "%") || strings.Contains(l, "ETA") || strings.Contains(l, "[") {
			t.Errorf("line %q claims to know how far", l)
		}
	}
	// a shorter line blanks what the longer one before it left
	p := &progress{terminal: true, total: 100, start: start, n: 5000, done: 10}
	long := p.line(start.Add(time.Hour))
	p.n, p.done = 5, 100
	short := p.line(start.Add(time.Second))
	if len(short) < len(long) {
		t.Errorf("redrawn line %q is shorter than the one before %q", short, long)
	}
}
