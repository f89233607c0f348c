package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports an ingest's pace: a line redrawn in place on a
// terminal, a plain line every few seconds when stderr is a file or pipe.
type progress struct {
	w        io.Writer
	terminal bool
	start    time.Time
	last     time.Time
	n        int
	shown    bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	p.last = p.start
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		p.terminal = true
	}
	return p
}

func (p *progress) tick() {
	p.n++
	now := time.Now()
	every := 10 * time.Second
	if p.terminal {
		every = 200 * time.Millisecond
	}
	if now.Sub(p.last) < every || now.Sub(p.start) < time.Second {
		return
	}
	p.last = now
	p.print(now)
}

func (p *progress) print(now time.Time) {
	rate := float64(p.n) / now.Sub(p.start).Seconds()
	if p.terminal {
		fmt.Fprintf(p.w, "\ringest: %d articles, %.0f/s, %s", p.n, rate, now.Sub(p.start).Truncate(time.Second))
	} else {
		fmt.Fprintf(p.w, "ingest: %d articles, %.0f/s, %s\n", p.n, rate, now.Sub(p.start).Truncate(time.Second))
	}
	p.shown = true
}

func (p *progress) finish() {
	if p.shown && p.terminal {
		p.print(time.Now())
		fmt.Fprintln(p.w)
	}
}
