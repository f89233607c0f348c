// Package web serves newsgraph's own pages and endpoints beside Cayley's
// HTTP API and web UI: a start page with what the store holds, a search
// by name, a page per entity with every fact and the sentence it was read
// from, a picture of the entity's neighbourhood, the saved queries as
// tables and as JSON, and a query page of its own. Every page works
// offline: nothing is loaded from another site.
//
//	/                            the start page: search, what the store holds, latest articles, saved queries
//	/ng/search?q=TEXT            entities whose name holds TEXT
//	/ng/entity?id=IRI            an entity's facts (&page=N) and picture (&depth=N)
//	/ng/picture.svg?id=IRI       the picture alone (&depth=N); picture.dot for DOT
//	/ng/saved/                   the saved queries
//	/ng/saved/NAME?k=v           a saved query's results as a table, with a form for its arguments (&limit=N)
//	/ng/query                    a Gizmo editor, run through /api/v2/query?lang=gizmo (?saved=NAME, ?code=…, &k=v, &run=1)
//	/ng/labels                   POST {"ids", "names", "keys", "code"}: how pages name entities and order columns, for the query page
//	/ng/static/…                 the query page's script
//	/api/saved/                  the saved queries, as JSON
//	/api/saved/NAME?k=v          a saved query's results, as JSON (&limit=N)
//
// Everything else goes to graph.Store.Handler: Cayley's API at /api/v2/
// and its web UI at /cayley/.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"net/url"
	"os/exec"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// Options configure Handler.
type Options struct {
	graph.ServerOptions                  // Cayley's API, and the limits of saved queries
	Dot                 string           // Graphviz's dot program for pictures; "" means "dot" on $PATH
	Queries             *queries.Library // the saved queries; nil means the built-in ones
}

// Sizes of pages.
const (
	FactsPerPage = 100
	maxQuery     = 200 // bytes of a search
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

var funcs = template.FuncMap{
	"entityURL": entityURL,
	"short":     graph.ShortIRI,
}

var pages = func() map[string]*template.Template {
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html"))
	out := map[string]*template.Template{}
	for _, p := range []string{"home", "search", "entity", "error", "saved", "savedlist", "query"} {
		out[p] = template.Must(template.Must(layout.Clone()).ParseFS(templateFS, "templates/"+p+".html"))
	}
	return out
}()

// entityURL is the page of an entity, its IRI written short.
func entityURL(id quad.IRI) string {
	return "/ng/entity?" + url.Values{"id": {graph.ShortIRI(id)}}.Encode()
}

func pictureURL(id quad.IRI, depth int, ext string) string {
	return "/ng/picture." + ext + "?" + url.Values{"id": {graph.ShortIRI(id)}, "depth": {strconv.Itoa(depth)}}.Encode()
}

type handler struct {
	st  *graph.Store
	opt Options
	lib *queries.Library
}

// Handler serves our pages and endpoints over st, and Cayley's API and UI
// (st.Handler) for every other path.
func Handler(st *graph.Store, opt Options) http.Handler {
	if opt.Timeout <= 0 {
		opt.Timeout = graph.DefaultTimeout
	}
	h := &handler{st: st, opt: opt, lib: opt.Queries}
	if h.lib == nil {
		lib, err := queries.Open("")
		if err != nil {
			panic(err) // the built-in queries are compiled in and tested
		}
		h.lib = lib
	}
	mux := http.NewServeMux()
	mux.Handle("/", st.Handler(opt.ServerOptions))
	mux.HandleFunc("GET /{$}", h.home)
	home := func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/", http.StatusMovedPermanently) }
	mux.HandleFunc("GET /ng", home) // the start page's former address
	mux.HandleFunc("GET /ng/{$}", home)
	mux.HandleFunc("GET /ng/search", h.search)
	mux.HandleFunc("GET /ng/saved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ng/saved/", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /ng/saved/{$}", h.savedListPage)
	mux.HandleFunc("GET /ng/saved/{name}", h.savedPage)
	mux.HandleFunc("GET /ng/query", h.queryPage)
	mux.HandleFunc("POST /ng/labels", h.labels)
	mux.Handle("GET /ng/static/", http.StripPrefix("/ng/", staticServer()))
	mux.HandleFunc("GET /ng/entity", h.entity)
	mux.HandleFunc("GET /ng/picture.svg", h.picture)
	mux.HandleFunc("GET /ng/picture.dot", h.picture)
	mux.HandleFunc("GET /api/saved/{$}", h.savedList)
	mux.HandleFunc("GET /api/saved/{name}", h.saved)
	return mux
}

// page is what every page's layout needs.
type page struct {
	Title string
	Query string // the search box's text
}

func (h *handler) render(w http.ResponseWriter, status int, name string, data any) {
	var b strings.Builder
	if err := pages[name].ExecuteTemplate(&b, "layout.html", data); err != nil {
		log.Printf("newsgraph: page %s: %v", name, err)
		http.Error(w, "newsgraph: the page could not be drawn", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write([]byte(b.String()))
}

type errorPage struct {
	page
	Status  int
	Message string
}

func (h *handler) fail(w http.ResponseWriter, status int, msg string) {
	h.render(w, status, "error", errorPage{page: page{Title: http.StatusText(status)}, Status: status, Message: msg})
}

// failErr answers err: 404 for an unknown entity, 503 for a look-up that
// ran out of time, else 500.
func (h *handler) failErr(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, graph.ErrNotFound):
		h.fail(w, http.StatusNotFound, err.Error())
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, graph.ErrTimeout):
		h.fail(w, http.StatusServiceUnavailable, "the look-up ran past its time limit")
	default:
		log.Printf("newsgraph: %v", err)
		h.fail(w, http.StatusInternalServerError, err.Error())
	}
}

func (h *handler) context(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), h.opt.Timeout)
}

type homePage struct {
	page
	Saved    []savedInfo
	Overview graph.Overview
	Classes  []classLink
}

// classLink is a count of one class, linking to the query page listing
// its entities.
type classLink struct {
	graph.ClassCount
	URL string
}

type savedInfo struct {
	Name, Description string
	Args              []queries.Arg
	Example           string // the API's URL of a run with the example arguments
	Page              string // the page of a run with the example arguments
}

func (h *handler) savedInfos() ([]savedInfo, error) {
	var out []savedInfo
	for _, q := range h.lib.Queries {
		v := url.Values{}
		for _, a := range q.Args {
			v.Set(a.Name, a.Example())
		}
		ex, pg := "/api/saved/"+url.PathEscape(q.Name), savedURL(q.Name)
		if len(v) > 0 {
			ex += "?" + v.Encode()
			pg += "?" + v.Encode()
		}
		out = append(out, savedInfo{Name: q.Name, Description: q.Description, Args: q.Args, Example: ex, Page: pg})
	}
	return out, nil
}

func savedURL(name string) string { return "/ng/saved/" + url.PathEscape(name) }

// LatestArticles is how many articles the start page lists.
const LatestArticles = 10

func (h *handler) home(w http.ResponseWriter, r *http.Request) {
	saved, err := h.savedInfos()
	if err != nil {
		h.failErr(w, err)
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	ov, err := h.st.Overview(ctx, LatestArticles)
	if err != nil {
		h.failErr(w, err)
		return
	}
	p := homePage{page: page{Title: "newsgraph"}, Saved: saved, Overview: ov}
	for _, c := range ov.Classes {
		code := fmt.Sprintf("g.V(%q).in(\"<rdf:type>\").all()", "<"+graph.ShortIRI(c.Class)+">")
		p.Classes = append(p.Classes, classLink{ClassCount: c, URL: "/ng/query?" + url.Values{"code": {code}, "run": {"1"}}.Encode()})
	}
	h.render(w, http.StatusOK, "home", p)
}

type searchPage struct {
	page
	Hits  []graph.Node
	Total int
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > maxQuery {
		h.fail(w, http.StatusBadRequest, fmt.Sprintf("a search is at most %d bytes", maxQuery))
		return
	}
	p := searchPage{page: page{Title: "Search", Query: q}}
	if q != "" {
		ctx, cancel := h.context(r)
		defer cancel()
		var err error
		p.Hits, p.Total, err = h.st.Search(ctx, q, graph.DefaultSearch)
		if err != nil {
			h.failErr(w, err)
			return
		}
		p.Title = "Search: " + q
	}
	h.render(w, http.StatusOK, "search", p)
}

// intParam reads a whole number ≥ 0 from the query, or def when absent.
func intParam(r *http.Request, name string, def int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s=%q: want a whole number, 0 or more", name, s)
	}
	return n, nil
}

// target reads ?id= and ?depth= (default 1, held to graph.MaxDepth).
func (h *handler) target(r *http.Request) (id quad.IRI, depth int, capped bool, err error) {
	raw := r.URL.Query().Get("id")
	id, ok := graph.ParseID(raw)
	if !ok {
		return "", 0, false, fmt.Errorf("id=%q: want an entity's IRI, e.g. ngid:country/in", raw)
	}
	depth, err = intParam(r, "depth", 1)
	if err != nil {
		return "", 0, false, err
	}
	if depth > graph.MaxDepth {
		return id, graph.MaxDepth, true, nil
	}
	return id, depth, false, nil
}

type entityPage struct {
	page
	E                *graph.Entity
	Out, In          []graph.Fact
	From, To         int
	Prev, Next       string
	Depth            int
	DepthCapped      bool
	MaxDepth         int
	Depths           []int
	ID               string // the IRI written short, for links
	SVG, DOTURL      string
	DOT              string // the picture as text, when dot is not installed
	PictureNote      string
	PictureTruncated bool
	Queries          []savedInfo // the saved queries about one entity, run for this one
}

func (h *handler) entity(w http.ResponseWriter, r *http.Request) {
	id, depth, capped, err := h.target(r)
	if err != nil {
		h.fail(w, http.StatusBadRequest, err.Error())
		return
	}
	pg, err := intParam(r, "page", 1)
	if err != nil || pg < 1 {
		h.fail(w, http.StatusBadRequest, fmt.Sprintf("page=%q: want a page number, 1 or more", r.URL.Query().Get("page")))
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	offset := (pg - 1) * FactsPerPage
	if offset/FactsPerPage != pg-1 || offset < 0 {
		h.fail(w, http.StatusBadRequest, "page: too large")
		return
	}
	e, err := h.st.Entity(ctx, id, offset, FactsPerPage)
	if err != nil {
		h.failErr(w, err)
		return
	}
	p := entityPage{page: page{Title: e.Name}, E: e, Depth: depth, DepthCapped: capped,
		MaxDepth: graph.MaxDepth, ID: graph.ShortIRI(id)}
	for d := 0; d <= graph.MaxDepth; d++ {
		p.Depths = append(p.Depths, d)
	}
	for _, f := range e.Facts {
		if f.Out {
			p.Out = append(p.Out, f)
		} else {
			p.In = append(p.In, f)
		}
	}
	if len(e.Facts) > 0 {
		p.From, p.To = e.Offset+1, e.Offset+len(e.Facts)
	}
	link := func(n int) string {
		return "/ng/entity?" + url.Values{"id": {p.ID}, "page": {strconv.Itoa(n)}, "depth": {strconv.Itoa(depth)}}.Encode()
	}
	if pg > 1 {
		p.Prev = link(pg - 1)
	}
	if p.To < e.Total {
		p.Next = link(pg + 1)
	}
	p.Queries = h.queriesAbout(ctx, id, e.Name)
	p.DOTURL = pictureURL(id, depth, "dot")
	if _, err := exec.LookPath(h.dot()); err == nil {
		p.SVG = pictureURL(id, depth, "svg")
	} else {
		// no Graphviz here: the picture as DOT text, to render elsewhere
		g, err := h.st.Neighbourhood(ctx, id, depth)
		if err != nil {
			h.failErr(w, err)
			return
		}
		p.PictureNote = graph.ErrNoGraphviz.Error()
		p.DOT = string(g.DOT(entityURL))
		p.PictureTruncated = g.Truncated
	}
	h.render(w, http.StatusOK, "entity", p)
}

// queriesAbout are the saved queries that take one entity (their one
// argument is named entity), each with its page run for the entity id: by
// its name when no other entity has it (as a reader would write it), else
// by its IRI.
func (h *handler) queriesAbout(ctx context.Context, id quad.IRI, name string) []savedInfo {
	ref := graph.ShortIRI(id)
	if named, err := h.st.EntitiesNamed(ctx, []string{name}); err == nil && len(named[name]) == 1 && named[name][0] == id {
		ref = name
	}
	var out []savedInfo
	for _, q := range h.lib.Queries {
		if len(q.Args) == 1 && q.Args[0].Name == "entity" {
			out = append(out, savedInfo{Name: q.Name, Description: q.Description, Args: q.Args,
				Page: savedURL(q.Name) + "?" + url.Values{"entity": {ref}}.Encode()})
		}
	}
	return out
}

func (h *handler) dot() string {
	if h.opt.Dot == "" {
		return "dot"
	}
	return h.opt.Dot
}

// picture answers /ng/picture.svg (run through Graphviz) and .dot.
func (h *handler) picture(w http.ResponseWriter, r *http.Request) {
	plain := func(status int, msg string) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(status)
		fmt.Fprintln(w, msg)
	}
	id, depth, _, err := h.target(r)
	if err != nil {
		plain(http.StatusBadRequest, err.Error())
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	g, err := h.st.Neighbourhood(ctx, id, depth)
	if errors.Is(err, graph.ErrNotFound) {
		plain(http.StatusNotFound, err.Error())
		return
	}
	if err != nil {
		plain(http.StatusInternalServerError, err.Error())
		return
	}
	dot := g.DOT(entityURL)
	if strings.HasSuffix(r.URL.Path, ".dot") {
		w.Header().Set("Content-Type", "text/vnd.graphviz; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Write(dot)
		return
	}
	svg, err := graph.RenderSVG(ctx, h.dot(), dot)
	if err != nil {
		plain(http.StatusServiceUnavailable, err.Error())
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	// Graphviz writes no script; forbid any all the same
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:")
	w.Write(svg)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func jsonError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func (h *handler) savedList(w http.ResponseWriter, r *http.Request) {
	saved, err := h.savedInfos()
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	type arg struct {
		Name string `json:"name"`
		Help string `json:"help"`
	}
	type entry struct {
		Name        string `json:"name"`
		Description string `json:"description"`
		Args        []arg  `json:"args"`
		Example     string `json:"example"` // its JSON with the example arguments
		Page        string `json:"page"`    // its page (a table) with the example arguments
	}
	out := []entry{}
	for _, s := range saved {
		e := entry{Name: s.Name, Description: s.Description, Args: []arg{}, Example: s.Example, Page: s.Page}
		for _, a := range s.Args {
			e.Args = append(e.Args, arg{a.Name, a.Help})
		}
		out = append(out, e)
	}
	writeJSON(w, http.StatusOK, out)
}

// savedResult is the JSON of /api/saved/NAME.
type savedResult struct {
	Query     string            `json:"query"`
	Args      map[string]string `json:"args"`
	Limit     int               `json:"limit"`
	Truncated bool              `json:"truncated"` // more results than limit
	Result    []any             `json:"result"`
}

// saved runs a saved query as `newsgraph query NAME --arg k=v` does: the
// query's parameters are its arguments, and limit (unless the query takes
// an argument of that name) the most results, up to graph.ServerLimit.
func (h *handler) saved(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	q, err := h.lib.Find(name)
	if err != nil {
		jsonError(w, http.StatusNotFound, err.Error())
		return
	}
	args, limit, err := h.savedArgs(q, r.URL.Query())
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err := q.CheckArgs(args); err != nil {
		jsonError(w, http.StatusBadRequest, strings.Replace(err.Error(), "--arg ", "", 1))
		return
	}
	res, err := h.st.Query(r.Context(), q.Code, graph.QueryOptions{Args: args, Limit: limit,
		Timeout: h.opt.Timeout, MaxMemory: h.opt.MaxMemory})
	if err != nil {
		jsonError(w, queryStatus(err), fmt.Sprintf("query %s: %v", q.Name, err))
		return
	}
	out := savedResult{Query: q.Name, Args: args, Limit: limit, Truncated: res.Truncated, Result: res.Values}
	if out.Result == nil {
		out.Result = []any{}
	}
	writeJSON(w, http.StatusOK, out)
}
