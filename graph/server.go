package graph

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"

	"github.com/newsgraph/newsgraph/queries"
)

// ServerOptions configure Handler.
type ServerOptions struct {
	Writable  bool // accept /api/v2/write and /delete
	Limit     int
	Timeout   time.Duration
	MaxBody   int64  // request body limit in bytes; 0 means 1 MiB
	MaxMemory uint64 // bytes a Gizmo query may make (QueryOptions.MaxMemory); 0 means DefaultMaxMemory
}

// ServerLimit is the most results one API query returns unless
// ServerOptions say otherwise; a request asks for fewer with ?limit=.
const ServerLimit = 10000

// Handler serves Cayley's HTTP API v2 and its web UI (at CayleyUI) over
// the store: read-only unless opt.Writable, with request bodies
// size-limited. The root, /, is not found here: newsgraph's start page
// (graph/web) is served there.
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
		if r.URL.Path == "/api/v2/query" && r.URL.Query().Get("lang") == "gizmo" {
			s.serveGizmo(w, r, opt) // with the meter of every query
			return
		}
		// no query runs here (Gizmo is the only language registered):
		// writes are bounded by MaxBody, and /read streams the store
		// as export writes it
		api.ServeHTTP(w, r)
	}))
	mux.Handle("/", cayleyUI())
	return mux
}

// CayleyUI is where Cayley's own web UI is served. Its page asks for its
// files at the root (/static/…, /favicon.ico, …), which are served there
// too; its editor loads from a CDN, so offline it shows "Loading…".
const CayleyUI = "/cayley/"

// cayleyUI serves Cayley's web UI: its page at CayleyUI (and below, for
// the addresses it is opened at, /cayley/?entity=Quad), its files at the
// root where the page asks for them; anything else is not found. The root
// itself is left to newsgraph's start page.
func cayleyUI() http.Handler {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return http.NotFoundHandler()
	}
	index, err := fs.ReadFile(web, "index.html")
	if err != nil {
		return http.NotFoundHandler()
	}
	files := http.FileServer(http.FS(web))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case p == strings.TrimSuffix(CayleyUI, "/"):
			http.Redirect(w, r, CayleyUI, http.StatusMovedPermanently)
		case strings.HasPrefix(p, CayleyUI):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(index)
		case p != "/" && p != "/index.html" && !strings.HasSuffix(p, "/") && fileIn(web, strings.TrimPrefix(p, "/")):
			files.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

// fileIn reports whether name is a file (not a folder) of fsys.
func fileIn(fsys fs.FS, name string) bool {
	st, err := fs.Stat(fsys, name)
	return err == nil && !st.IsDir()
}

// reservedParams are the parameters of /api/v2/query that are not a
// query's arguments.
var reservedParams = map[string]bool{"lang": true, "qu": true, "limit": true}

// serveGizmo answers /api/v2/query?lang=gizmo as Cayley does ({"result":
// […]}, null for none; {"error": …} with 400), but runs the code as
// newsgraph's queries run: with our prefixes, the ng helpers, and `args`
// from the URL's other parameters (else from the page that asked, for
// Cayley's web UI opened as /cayley/?entity=Quad), so that a saved query posted
// as it is gives what `newsgraph query` gives. A saved query's header is
// checked against the arguments.
func (s *Store) serveGizmo(w http.ResponseWriter, r *http.Request, opt ServerOptions) {
	fail := func(msg string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		b, _ := json.Marshal(map[string]string{"error": msg})
		w.Write(b)
	}
	params := r.URL.Query()
	code := params.Get("qu")
	if r.Method == http.MethodPost {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			fail("request is too large")
			return
		}
		code = string(b)
	}
	if strings.TrimSpace(code) == "" {
		fail("query is empty")
		return
	}
	args := argsOf(params)
	if len(args) == 0 {
		// Cayley's UI sends none: they are in the address it was opened at
		if ref, err := url.Parse(r.Referer()); err == nil && ref.Host == r.Host && strings.HasPrefix(ref.Path, CayleyUI) {
			args = argsOf(ref.Query())
		}
	}
	if q, err := queries.Parse("-", code); err == nil {
		if err := q.CheckArgs(args); err != nil {
			fail(strings.Replace(err.Error(), "--arg ", "", 1) + "; give arguments as parameters of the URL, ?" + exampleParams(q))
			return
		}
	}
	limit := opt.Limit
	if n, err := strconv.Atoi(params.Get("limit")); err == nil && n > 0 && n < limit {
		limit = n
	}
	// always Gizmo's JSON form, though the web UI asks for JSON-LD: in
	// that one a node reaches the code as {"@id": …}, not as the IRI
	// saved queries (and ng's helpers) take
	res, err := s.Query(r.Context(), code, QueryOptions{Args: args, Limit: limit, Timeout: opt.Timeout,
		MaxMemory: opt.MaxMemory, Raw: true})
	if err != nil {
		fail(err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"result": res.Values})
}

// argsOf is a query's arguments from URL parameters: each but the
// reserved ones, its first value.
func argsOf(params url.Values) map[string]string {
	args := map[string]string{}
	for k, vs := range params {
		if !reservedParams[k] && len(vs) > 0 {
			args[k] = vs[0]
		}
	}
	return args
}

// exampleParams is a URL query giving a saved query's arguments their
// examples: "entity=India".
func exampleParams(q queries.Query) string {
	v := url.Values{}
	for _, a := range q.Args {
		v.Set(a.Name, a.Example())
	}
	return v.Encode()
}

func isWrite(path string) bool {
	return strings.HasSuffix(path, "/write") || strings.HasSuffix(path, "/delete")
}
