package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
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
	line := fmt.Sprintf("ingest: %d articles, %.0f/s, %s%s", p.n, rate, now.Sub(p.start).Truncate(time.Second), memory())
	if p.terminal {
		fmt.Fprintf(p.w, "\r%s", line)
	} else {
		fmt.Fprintln(p.w, line)
	}
	p.shown = true
}

// memory tells the process's own resident memory apart from the pages of
// the store file that bolt maps: peak RSS counts both, and only the first
// is ours to bound; the second is page cache the kernel can take back.
func memory() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	kb := func(key string) int {
		i := bytes.Index(b, []byte(key+":"))
		if i < 0 {
			return -1
		}
		f := bytes.Fields(b[i+len(key)+1:])
		if len(f) == 0 {
			return -1
		}
		n, err := strconv.Atoi(string(f[0]))
		if err != nil {
			return -1
		}
		return n
	}
	anon, file := kb("RssAnon"), kb("RssFile")
	if anon < 0 || file < 0 {
		return ""
	}
	return fmt.Sprintf(", memory %d MB own + %d MB of mapped files", anon>>10, file>>10)
}

func (p *progress) finish() {
	if p.shown && p.terminal {
		p.print(time.Now())
		fmt.Fprintln(p.w)
	}
}
