package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// The saved queries as pages: a list, and each query's results as a table
// under a form for its arguments. /api/saved/ gives the same as JSON.

type savedListPage struct {
	page
	Saved []savedInfo
}

func (h *handler) savedListPage(w http.ResponseWriter, r *http.Request) {
	saved, err := h.savedInfos()
	if err != nil {
		h.failErr(w, err)
		return
	}
	h.render(w, http.StatusOK, "savedlist", savedListPage{page: page{Title: "Saved queries"}, Saved: saved})
}

// argField is one argument of a saved query's form.
type argField struct {
	queries.Arg
	Value   string
	Example string
}

type savedPage struct {
	page
	Q          queries.Query
	Fields     []argField
	Ran        bool   // the query ran: Table holds its rows
	Missing    string // the arguments it needs before it can run, as words
	Error      string
	Table      table
	Limit      int
	LimitParam string // the limit the address gives, kept by the form
	Truncated  bool
	More       string // the page with a larger limit, when truncated
	JSON       string // the same run's JSON, /api/saved/NAME?…
	QueryPage  string // the same in the query page, to edit
	File       string // the user's file the query comes from; "" when built in
}

// moreRows is how many rows "show more" asks for.
const moreRows = 1000

// savedArgs reads a saved query's arguments and limit from the URL as
// /api/saved/NAME does: each parameter once; limit (unless the query
// takes an argument of that name) the most rows, 0 for up to
// graph.ServerLimit.
func (h *handler) savedArgs(q queries.Query, params url.Values) (args map[string]string, limit int, err error) {
	limit = h.opt.Limit
	if limit <= 0 || limit > graph.ServerLimit {
		limit = graph.ServerLimit
	}
	declared := map[string]bool{}
	for _, a := range q.Args {
		declared[a.Name] = true
	}
	args = map[string]string{}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vs := params[k]
		if len(vs) != 1 {
			return nil, 0, fmt.Errorf("argument %q given %d times", k, len(vs))
		}
		if k == "limit" && !declared[k] {
			n, err := strconv.Atoi(vs[0])
			if err != nil || n < 0 {
				return nil, 0, fmt.Errorf("limit=%q: want a whole number, 0 or more (0: up to %d)", vs[0], graph.ServerLimit)
			}
			limit = n
			if n == 0 || n > graph.ServerLimit {
				limit = graph.ServerLimit
			}
			continue
		}
		args[k] = vs[0]
	}
	return args, limit, nil
}

// queryStatus is the HTTP status of a query's error: 503 for one that ran
// out of time or memory, 404 for an argument that names no entity.
func queryStatus(err error) int {
	switch {
	case errors.Is(err, graph.ErrTimeout) || errors.Is(err, graph.ErrMemory):
		return http.StatusServiceUnavailable
	case errors.Is(err, graph.ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// savedPage runs a saved query as /api/saved/NAME does and shows its rows
// as a table; without the arguments it needs it shows the form alone.
func (h *handler) savedPage(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	q, err := h.lib.Find(name)
	if err != nil {
		h.fail(w, http.StatusNotFound, err.Error())
		return
	}
	params := r.URL.Query()
	p := savedPage{page: page{Title: q.Name}, Q: q, File: q.File, LimitParam: params.Get("limit")}
	for _, a := range q.Args {
		p.Fields = append(p.Fields, argField{Arg: a, Value: params.Get(a.Name), Example: a.Example()})
		if a.Name == "limit" {
			p.LimitParam = "" // the query's own argument, in the form already
		}
	}
	args, limit, err := h.savedArgs(q, params)
	if err != nil {
		p.Error = err.Error()
		h.render(w, http.StatusBadRequest, "saved", p)
		return
	}
	p.Limit = limit
	if len(args) == 0 && len(q.Args) > 0 {
		// no argument given (a first visit): the form alone
		var names []string
		for _, a := range q.Args {
			names = append(names, a.Name)
		}
		p.Missing = strings.Join(names, " and ")
		h.render(w, http.StatusOK, "saved", p)
		return
	}
	if err := q.CheckArgs(args); err != nil {
		p.Error = strings.Replace(err.Error(), "--arg ", "", 1)
		h.render(w, http.StatusBadRequest, "saved", p)
		return
	}
	v := url.Values{}
	for k, a := range args {
		v.Set(k, a)
	}
	enc := ""
	if len(v) > 0 {
		enc = "?" + v.Encode()
	}
	p.JSON = "/api/saved/" + url.PathEscape(q.Name) + enc
	qv := url.Values{"saved": {q.Name}, "run": {"1"}}
	for k, a := range args {
		qv.Set(k, a)
	}
	p.QueryPage = "/ng/query?" + qv.Encode()
	if len(args) > 0 {
		p.Title = q.Name + ": " + strings.Join(sortedValues(args), ", ")
	}
	res, err := h.st.Query(r.Context(), q.Code, graph.QueryOptions{Args: args, Limit: limit,
		Timeout: h.opt.Timeout, MaxMemory: h.opt.MaxMemory})
	if err != nil {
		p.Error = fmt.Sprintf("query %s: %v", q.Name, err)
		h.render(w, queryStatus(err), "saved", p)
		return
	}
	ctx, cancel := h.context(r)
	defer cancel()
	p.Ran, p.Truncated = true, res.Truncated
	p.Table = h.makeTable(ctx, q.Code, res.Values)
	if res.Truncated && limit < graph.ServerLimit {
		mv := url.Values{}
		for k, a := range args {
			mv.Set(k, a)
		}
		mv.Set("limit", strconv.Itoa(max(moreRows, limit*10)))
		p.More = savedURL(q.Name) + "?" + mv.Encode()
	}
	h.render(w, http.StatusOK, "saved", p)
}

// sortedValues are the arguments' values in the order of their names.
func sortedValues(args map[string]string) []string {
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = args[k]
	}
	return out
}
