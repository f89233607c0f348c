package web

import (
	"encoding/json"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// The query page: a Gizmo editor (a plain textarea) whose code runs
// through the server's own Gizmo endpoint, /api/v2/query?lang=gizmo, with
// newsgraph's prefixes and ng helpers and the arguments its header names;
// the rows come back as a table, entities named and linked as pages name
// them (through /ng/labels), and as the endpoint's JSON. Nothing is
// loaded from another site: the script is served from /ng/static/.

// defaultCode is what the editor holds when nothing else is asked for.
const defaultCode = `// Gizmo, with newsgraph's prefixes (ng:, ngid:, schema:, …) and helpers (ng.name, ng.all, …).
// Ctrl+Enter runs it. A header like a saved query's ("// args: entity: …") adds argument fields.
g.V("<schema:Person>").in("<rdf:type>").forEach(function (p) {
  g.emit({ person: p.id, offices: ng.all(p.id, "<ng:holdsOffice>").map(ng.name).sort() });
});
`

type queryPage struct {
	page
	Saved    []savedInfo
	Selected string // the saved query loaded, if any
	Code     string
	Limit    int
	Data     queryData // for the script
}

// queryData is what the page's script is given, as JSON.
type queryData struct {
	Prefixes map[string]string `json:"prefixes"` // full namespace → prefix ("ng:")
	Args     map[string]string `json:"args"`     // arguments the page's address gives
	Run      bool              `json:"run"`      // run the code as the page opens
	Saved    string            `json:"saved"`    // the saved query loaded, to keep its name in the address
}

// reservedQueryParams are the query page's parameters that are not
// arguments of the query.
var reservedQueryParams = map[string]bool{"saved": true, "code": true, "run": true, "limit": true}

func (h *handler) queryPage(w http.ResponseWriter, r *http.Request) {
	params := r.URL.Query()
	saved, err := h.savedInfos()
	if err != nil {
		h.failErr(w, err)
		return
	}
	p := queryPage{page: page{Title: "Query"}, Saved: saved, Code: defaultCode, Limit: graph.DefaultLimit,
		Data: queryData{Prefixes: map[string]string{}, Args: map[string]string{}, Run: params.Get("run") == "1"}}
	for _, ns := range schema.Prefixes {
		p.Data.Prefixes[ns.Full] = ns.Prefix
	}
	if name := params.Get("saved"); name != "" {
		q, err := h.lib.Find(name)
		if err != nil {
			h.fail(w, http.StatusNotFound, err.Error())
			return
		}
		p.Selected, p.Code, p.Data.Saved, p.Title = q.Name, q.Code, q.Name, "Query: "+q.Name
		// the examples of its header, unless the address gives arguments
		if !hasArgs(params) {
			for _, a := range q.Args {
				p.Data.Args[a.Name] = a.Example()
			}
		}
	}
	if code := params.Get("code"); code != "" {
		p.Code, p.Selected, p.Data.Saved = code, "", ""
	}
	if s := params.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			h.fail(w, http.StatusBadRequest, "limit="+strconv.Quote(s)+": want a whole number, 1 or more")
			return
		}
		p.Limit = min(n, graph.ServerLimit)
	}
	for k, vs := range params {
		if !reservedQueryParams[k] && len(vs) > 0 {
			p.Data.Args[k] = vs[0]
		}
	}
	h.render(w, http.StatusOK, "query", p)
}

func hasArgs(params url.Values) bool {
	for k := range params {
		if !reservedQueryParams[k] {
			return true
		}
	}
	return false
}

// Most entities and names one /ng/labels request looks up.
const maxLabels = 5000

// labelRequest is the body of POST /ng/labels.
type labelRequest struct {
	IDs   []string `json:"ids"`   // IRIs as Gizmo gives them, "<https://…>", or short, "ngid:person/x"
	Names []string `json:"names"` // strings that may be entities' names
	// the keys of a query's rows and its code, to put the columns of its
	// table in the order the code gives them, as the saved queries' pages
	// do
	Keys []string `json:"keys"`
	Code string   `json:"code"`
}

type labelEntity struct {
	Name  string `json:"name"`
	Class string `json:"class"` // "Person"; "" when it has none
	Short string `json:"short"` // the IRI with its prefix
	URL   string `json:"url"`   // its page
}

type labelName struct {
	URL      string `json:"url"`      // the page of the one entity named so, else a search
	Entities int    `json:"entities"` // how many entities have the name
}

// labels answers how pages name entities and which entities have names,
// and the order of a table's columns: {"ids": {ID: {name, class, short,
// url}}, "names": {NAME: {url, entities}}, "columns": [KEY, …]}, each
// leaving out what the store does not know.
func (h *handler) labels(w http.ResponseWriter, r *http.Request) {
	maxBody := h.opt.MaxBody
	if maxBody <= 0 {
		maxBody = 1 << 20
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	var req labelRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		jsonError(w, http.StatusBadRequest, "want {\"ids\": […], \"names\": […]}: "+err.Error())
		return
	}
	if len(req.IDs)+len(req.Names)+len(req.Keys) > maxLabels {
		jsonError(w, http.StatusBadRequest, "at most "+strconv.Itoa(maxLabels)+" ids and names a request")
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	given := map[quad.IRI][]string{}
	var ids []quad.IRI
	for _, s := range req.IDs {
		if id, ok := graph.ParseID(s); ok {
			if _, seen := given[id]; !seen {
				ids = append(ids, id)
			}
			given[id] = append(given[id], s)
		}
	}
	out := struct {
		IDs     map[string]labelEntity `json:"ids"`
		Names   map[string]labelName   `json:"names"`
		Columns []string               `json:"columns"`
	}{IDs: map[string]labelEntity{}, Names: map[string]labelName{}, Columns: []string{}}
	if len(req.Keys) > 0 {
		out.Columns = columnOrder(req.Code, req.Keys)
	}
	for id, n := range h.st.Labels(ctx, ids) {
		e := labelEntity{Name: n.Name, Short: graph.ShortIRI(id), URL: entityURL(id)}
		if n.Class != "" {
			e.Class = n.ClassName()
		}
		for _, s := range given[id] {
			out.IDs[s] = e
		}
	}
	var names []string
	for _, n := range req.Names {
		if n != "" && len(n) <= maxNameLen {
			names = append(names, n)
		}
	}
	named, err := h.st.EntitiesNamed(ctx, names)
	if err != nil {
		jsonError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	for n, ids := range named {
		l := labelName{Entities: len(ids), URL: entityURL(ids[0])}
		if len(ids) > 1 {
			l.URL = "/ng/search?" + url.Values{"q": {n}}.Encode()
		}
		out.Names[n] = l
	}
	writeJSON(w, http.StatusOK, out)
}

// staticServer serves the files of static/ (the query page's script).
func staticServer() http.Handler {
	sub, err := fs.Sub(staticFS, ".")
	if err != nil {
		panic(err)
	}
	files := http.FileServer(http.FS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r) // no listings
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
