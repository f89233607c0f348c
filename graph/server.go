package graph

import (
	"context"
	"io/fs"
	"net/http"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
)

// ServerOptions configure Handler.
type ServerOptions struct {
	Writable  bool // accept /api/v2/write and /delete
	Limit     int
	Timeout   time.Duration
	MaxBody   int64  // request body limit in bytes; 0 means 1 MiB
	MaxMemory uint64 // heap a query may grow; 0 means DefaultMaxMemory
}

// ServerLimit is the most results one API query returns unless
// ServerOptions say otherwise; a request asks for fewer with ?limit=.
const ServerLimit = 10000

// Handler serves Cayley's HTTP API v2 and its web UI over the store:
// read-only unless opt.Writable, with request bodies size-limited.
func (s *Store) Handler(opt ServerOptions) http.Handler {
	if opt.Limit <= 0 {
		opt.Limit = ServerLimit
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = 1 << 20
	}
	if opt.MaxMemory == 0 {
		opt.MaxMemory = DefaultMaxMemory
	}
	api := chttp.NewAPIv2(&graph.Handle{QuadStore: s.qs, QuadWriter: s.qw})
	api.SetQueryTimeout(opt.Timeout)
	api.SetQueryLimit(opt.Limit)
	api.SetReadOnly(!opt.Writable)
	mux := http.NewServeMux()
	mux.Handle("/api/v2/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !opt.Writable && r.Method == http.MethodPost && isWrite(r.URL.Path) {
			http.Error(w, `{"error":"this server is read-only (start it with --writable)"}`, http.StatusForbidden)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, opt.MaxBody)
		// the same memory guard as the CLI's queries
		ctx, cancel := context.WithCancelCause(r.Context())
		defer cancel(nil)
		stop := make(chan struct{})
		defer close(stop)
		go guardMemory(cancel, opt.MaxMemory, stop)
		api.ServeHTTP(w, r.WithContext(ctx))
	}))
	web, err := fs.Sub(ui.FS, "web")
	if err == nil {
		mux.Handle("/", http.FileServer(http.FS(web)))
	}
	return mux
}

func isWrite(path string) bool {
	return strings.HasSuffix(path, "/write") || strings.HasSuffix(path, "/delete")
}
