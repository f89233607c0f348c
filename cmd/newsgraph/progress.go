package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// progress reports an ingest's pace. On a terminal it is a bar redrawn in
// place five times a second; to a file or pipe (a log) it is a plain line
// every ten seconds, never a carriage return. With the inputs' size known
// (not stdin) it shows how far the ingest is and when it will end, from
// the bytes of input behind the articles done.
type progress struct {
	w        io.Writer
	terminal bool
	total    int64 // bytes of input in all; 0 when unknown
	start    time.Time
	last     time.Time
	n        int   // articles done
	done     int64 // bytes of input behind them
	shown    bool
	width    int // of the last line drawn, to blank its rest
}

func newProgress(w io.Writer, total int64) *progress {
	p := &progress{w: w, total: total, start: time.Now()}
	p.last = p.start
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		p.terminal = true
	}
	return p
}

// tick counts one article done, with done bytes of input read up to it.
func (p *progress) tick(done int64) {
	p.n++
	p.done = done
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
	fmt.Fprint(p.w, p.line(now))
	p.shown = true
}

// line is what print writes at now.
func (p *progress) line(now time.Time) string {
	took := now.Sub(p.start)
	rate := float64(p.n) / took.Seconds()
	var b strings.Builder
	frac := -1.0
	if p.total > 0 {
		frac = min(float64(p.done)/float64(p.total), 1)
	}
	if p.terminal {
		b.WriteString("\r")
		if frac >= 0 {
			const width = 30
			full := int(frac * width)
			fmt.Fprintf(&b, "[%s%s] %3.0f%% ", strings.Repeat("#", full), strings.Repeat(".", width-full), 100*frac)
		}
		fmt.Fprintf(&b, "%d articles, %.0f/s, %s", p.n, rate, took.Truncate(time.Second))
		if eta, ok := p.eta(took, frac); ok {
			fmt.Fprintf(&b, ", ETA %s", eta)
		}
		// blank what a longer line before left
		if pad := p.width - b.Len(); pad > 0 {
			b.WriteString(strings.Repeat(" ", pad))
		}
		p.width = b.Len()
		return b.String()
	}
	fmt.Fprintf(&b, "ingest: %d articles, %.0f/s, %s", p.n, rate, took.Truncate(time.Second))
	if frac >= 0 {
		fmt.Fprintf(&b, ", %.0f%%", 100*frac)
	}
	if eta, ok := p.eta(took, frac); ok {
		fmt.Fprintf(&b, ", ETA %s", eta)
	}
	b.WriteString(memory())
	b.WriteString("\n")
	return b.String()
}

// eta is the time left at the pace so far.
func (p *progress) eta(took time.Duration, frac float64) (time.Duration, bool) {
	if frac <= 0 {
		return 0, false
	}
	left := time.Duration(float64(took) * (1 - frac) / frac)
	return left.Round(time.Second), true
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
