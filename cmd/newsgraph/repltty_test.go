//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPTY opens a pseudo-terminal: its master, and the terminal a program
// reads and writes (the slave).
func openPTY(t *testing.T) (master, tty *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlockpt: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, master.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("ptsname: %v", e)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the terminal: %v", err)
	}
	// 80 columns: a terminal of none is one line editors take for none
	ws := [4]uint16{24, 80, 0, 0}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, tty.Fd(), syscall.TIOCSWINSZ, uintptr(unsafe.Pointer(&ws))); e != 0 {
		t.Skipf("set the window size: %v", e)
	}
	return master, tty
}

// screen collects what a program writes to its terminal.
type screen struct {
	mu      sync.Mutex
	b       bytes.Buffer
	changed chan struct{}
}

func (s *screen) read(master *os.File) {
	buf := make([]byte, 4096)
	for {
		n, err := master.Read(buf)
		s.mu.Lock()
		s.b.Write(buf[:n])
		s.mu.Unlock()
		select {
		case s.changed <- struct{}{}:
		default:
		}
		if err != nil {
			return
		}
	}
}

// text is what the screen shows so far.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// expect waits until the screen, from offset from, matches re, and
// returns the offset past the match. The two minutes are a guard against a
// hang, not a timing the test relies on.
func (s *screen) expect(t *testing.T, from int, re string) int {
	t.Helper()
	rx := regexp.MustCompile(re)
	guard := time.After(2 * time.Minute)
	for {
		text := s.text()
		if loc := rx.FindStringIndex(text[from:]); loc != nil {
			return from + loc[1]
		}
		select {
		case <-s.changed:
		case <-guard:
			t.Fatalf("the terminal never showed %s; it shows\n%q", re, text)
		}
	}
}

// On a terminal, Ctrl-C drops the line being typed and the REPL goes on,
// and each line entered is in the history file at once: a REPL that ends
// by its terminal hanging up (SIGHUP), not by Ctrl-D, keeps its history.
func TestREPLTerminal(t *testing.T) {
	bin, err := exec.LookPath("newsgraph") // this test binary, as testscript.Main set it up
	if err != nil {
		t.Skip(err)
	}
	db := ingestOne(t)
	home := t.TempDir()
	master, tty := openPTY(t)
	defer master.Close()
	cmd := exec.Command(bin, "repl", "--db", db)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.Env = append(os.Environ(), "HOME="+home, "TERM=xterm")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	scr := &screen{changed: make(chan struct{}, 1)}
	go scr.read(master)

	at := scr.expect(t, 0, `gizmo> $`)
	master.WriteString(`g.emit("first")` + "\r")
	at = scr.expect(t, at, `"first"[\s\S]*gizmo> $`)
	// a line half typed, then Ctrl-C: dropped, and the REPL goes on
	master.WriteString(`g.V(`)
	at = scr.expect(t, at, `g\.V\($`)
	master.WriteString("\x03")
	at = scr.expect(t, at, `gizmo> $`)
	master.WriteString(`g.emit("second")` + "\r")
	at = scr.expect(t, at, `"second"[\s\S]*gizmo> $`)
	if text := scr.text(); strings.Contains(text, "error") {
		t.Errorf("the dropped line was run: %q", text)
	}

	// the history is on disk while the REPL still runs
	hist := filepath.Join(home, ".newsgraph_history")
	b, err := os.ReadFile(hist)
	if err != nil || string(b) != "g.emit(\"first\")\ng.emit(\"second\")\n" {
		t.Errorf("history while the REPL runs: %q %v", b, err)
	}
	// the terminal hangs up (its window closes: the master side closes, the
	// REPL's reads fail, and it gets SIGHUP unless it was started with
	// SIGHUP ignored, as under nohup): the REPL ends, its history kept
	master.Close()
	cmd.Process.Signal(syscall.SIGHUP)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(2 * time.Minute): // a guard against a hang, not a timing
		cmd.Process.Kill()
		<-done
		t.Fatal("the REPL did not end when its terminal hung up")
	}
	b, err = os.ReadFile(hist)
	if err != nil || !strings.Contains(string(b), `g.emit("second")`) || strings.Contains(string(b), "g.V(") {
		t.Errorf("history after the terminal closed: %q %v", b, err)
	}
}
