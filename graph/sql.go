package graph

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley's SQL backends (graph/sql/postgres and graph/sql/cockroach, both
// on PostgreSQL's wire protocol) differ from its KV stores in ways this
// file routes around:
//
//   - Each statement runs on the server, which goes on running it when the
//     client gives up. Every connection carries a statement_timeout equal to
//     the query time limit, so a runaway query ends on the server too.
//   - Their errors name the address they were given, password included,
//     and say the same thing twice through Cayley's log: the log is off and
//     errors are rewritten to one line with the password masked.
//   - Their estimated store size is the planner's (-1 before the first
//     ANALYZE): Size counts exactly there.

// isSQL reports whether backend is one of Cayley's SQL backends.
func isSQL(backend string) bool {
	return backend == "postgres" || backend == "cockroach"
}

func init() {
	// Cayley logs, before returning it, every error of its SQL backends,
	// and the connection address with it. Errors reach the user through our
	// own messages; nothing in the packages we use logs a fatal error.
	clog.SetLogger(quietLog{})
}

type quietLog struct{}

func (quietLog) Infof(string, ...any)    {}
func (quietLog) Warningf(string, ...any) {}
func (quietLog) Errorf(string, ...any)   {}
func (quietLog) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf(format, args...)) // unreachable: no Fatalf in our Cayley packages
}
func (quietLog) V(int) bool { return false }
func (quietLog) SetV(int)   {}

// withStatementTimeout adds a statement_timeout to a PostgreSQL connection
// string (a URL or key=value pairs), unless it sets one already. Both
// lib/pq (postgres) and pgx (cockroach) send "options" to the server at
// connection, and both servers read "-c name=value" there.
func withStatementTimeout(addr string, d time.Duration) string {
	if d <= 0 || strings.Contains(addr, "statement_timeout") {
		return addr
	}
	opt := fmt.Sprintf("-c statement_timeout=%d", d.Milliseconds())
	if u, err := url.Parse(addr); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		if o := q.Get("options"); o != "" {
			opt = o + " " + opt
		}
		q.Set("options", opt)
		u.RawQuery = q.Encode()
		return u.String()
	}
	if strings.Contains(addr, "options=") {
		return addr // key=value form with options of its own: leave it be
	}
	return strings.TrimSpace(addr) + " options='" + opt + "'"
}

var passwordKV = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact masks the password of a store address for messages.
func Redact(addr string) string {
	if u, err := url.Parse(addr); err == nil && u.Scheme != "" && u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	return passwordKV.ReplaceAllString(addr, "${1}xxxxx")
}

// sqlError turns an error of Cayley's SQL backends into a short phrase
// without the query text Cayley appends or the driver's prefix.
func sqlError(err error) error {
	if errors.Is(err, syscall.ECONNREFUSED) {
		return errors.New("connection refused")
	}
	msg := err.Error()
	if i := strings.Index(msg, "\nquery:"); i >= 0 {
		msg = msg[:i]
	}
	msg = strings.TrimPrefix(msg, "sql query failed: ")
	msg = strings.ReplaceAll(msg, "pq: ", "")
	if msg == err.Error() {
		return err
	}
	return errors.New(msg)
}

// isStatementTimeout reports whether err is the server ending a statement
// at its statement_timeout (PostgreSQL and CockroachDB word it apart).
// Cayley formats the driver's error into its own, so the text is all
// there is to go by.
func isStatementTimeout(err error) bool {
	return err != nil && strings.Contains(err.Error(), "statement timeout")
}
