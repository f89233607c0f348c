package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/newsgraph/newsgraph/schema"
)

// QueryOptions bound a Gizmo query.
type QueryOptions struct {
	Args      map[string]string // reach the query as the object `args`, as data
	Limit     int               // most results kept; 0 means DefaultLimit, below 0 no limit
	Timeout   time.Duration     // 0 means DefaultTimeout
	MaxMemory uint64            // heap the query may grow; 0 means DefaultMaxMemory
	// Raw keeps the values as Cayley's HTTP API gives them (full IRIs,
	// typed literals), not Simplified.
	Raw bool
	// Value keeps the code's own value (of its last statement, as a
	// REPL shows it) as a last result, when it is data: ng.name(x)
	// alone gives the name. A path or the graph object is not data.
	Value bool
}

// Defaults of QueryOptions.
const (
	DefaultLimit     = 100 // a page, as in Cayley's own HTTP API
	DefaultTimeout   = 30 * time.Second
	DefaultMaxMemory = 1 << 30
)

var errPageFull = errors.New("the result limit is reached")

// ErrTimeout is returned when a query runs past its time limit.
var ErrTimeout = errors.New("query stopped: it ran past its time limit")

// ErrMemory is returned when a query grows the heap past its limit.
var ErrMemory = errors.New("query stopped: it used more memory than its limit")

// Result is what a query returned.
type Result struct {
	Values    []any
	Truncated bool // more results than the limit; only the first Limit kept
	// Columns are the keys of the objects the query emitted, in the
	// order it wrote them (g.emit({name: …, offices: …}) gives name,
	// offices), each once, as first seen. Keys of rows Gizmo made from
	// tags (path.all()) are not in it: a table adds those, id first.
	Columns []string
}

// prefixInString matches "<ng:…>" and the other prefixes of ONTOLOGY.md
// written as a quoted IRI, which Gizmo would take literally.
var prefixInString = regexp.MustCompile(`<(ng|ngid|schema|rdf|rdfs|owl|xsd):`)

// ExpandPrefixes rewrites "<ng:holdsOffice>" in a query's text into the full
// IRI, so that both g.IRI("ng:…") and "<ng:…>" work.
func ExpandPrefixes(code string) string {
	return prefixInString.ReplaceAllStringFunc(code, func(m string) string {
		p := m[1:]
		for _, ns := range schema.Prefixes {
			if ns.Prefix == p {
				return "<" + ns.Full
			}
		}
		return m
	})
}

// Prelude runs before every query, on the query's first line so that error
// positions stay right. It registers our namespaces and defines ng, helpers
// for the lookups saved queries make per row:
//
//	ng.first(id, pred)  the first object of id's pred, or null
//	ng.all(id, pred)    every distinct object of id's pred, as an array
//	ng.name(id)         ng.first(id, "<schema:name>")
//	ng.count(id, pred)  how many distinct nodes have id as their pred
//	ng.inCounts(id, pred)  {node: number of quads (node, pred, id)}
//	ng.outCounts(id, pred) {node: number of quads (id, pred, node)}
//	ng.quads(id, pred)  how many quads (id, pred, *) there are
//	ng.has(s, p, o, label)  whether the store holds that quad
//	ng.links            the predicates whose object is a node (schema.Links)
//	ng.entities(ref)    the entities a name (any case), other name or IRI
//	                    names, as an array of IRIs; throws "no entity is
//	                    named …" when none
//
// They are answered in Go (see lookups). first and all are memoised for the
// query: the same lookup as g.V(id).out(pred).limit(1).toArray() or
// .unique().toArray() without building and optimising a path in JavaScript
// for every row. The counts read newsgraph's own counts where the store
// keeps them (kvStore.inCounts, boltKV), and Cayley's iterators elsewhere.
const Prelude = `g.addDefaultNamespaces(); var ng = (function () { var first = __ngFirst; ` +
	`return { first: first, all: __ngAll, count: __ngCount, inCounts: __ngInCounts, outCounts: __ngOutCounts, quads: __ngQuads, has: __ngHas, links: __ngLinks, entities: __ngEntities, ` +
	`name: function (id) { return first(id, "<http://schema.org/name>"); } }; })();`

// lookups answers ng.first and ng.all for one query, remembering what it
// read: rows share nodes (a country, an office, the same event's fields).
type lookups struct {
	ctx  context.Context
	s    *Store
	vm   *goja.Runtime
	refs map[string]graph.Ref // node (as JavaScript has it) → ref; nil: not in the store
	memo map[[2]string]goja.Value
	all  map[[2]string][]any
	m    *meter // the query's: the values the helpers read count on it
	// failed is the error a helper threw, to return as it is if the
	// query fails with it (rather than as JavaScript's text of it)
	failed error
}

func (s *Store) newLookups(ctx context.Context, vm *goja.Runtime) *lookups {
	return &lookups{ctx: ctx, s: s, vm: vm, refs: map[string]graph.Ref{},
		memo: map[[2]string]goja.Value{}, all: map[[2]string][]any{}}
}

// args reads (id, pred) from a call: id must be an IRI, as Gizmo gives it.
func (l *lookups) args(call goja.FunctionCall) (k [2]string, ok bool) {
	id, ok1 := call.Argument(0).Export().(string)
	pred, ok2 := call.Argument(1).Export().(string)
	return [2]string{id, pred}, ok1 && ok2 && strings.HasPrefix(id, "<")
}

// must hands err, if any, to the query as a JavaScript error.
func (l *lookups) must(err error) {
	if err != nil {
		panic(l.vm.NewGoError(err))
	}
}

// pair reads (id, pred) from a call as the refs of two nodes in the store.
func (l *lookups) pair(call goja.FunctionCall) (a, b graph.Ref, ok bool) {
	k, ok := l.args(call)
	if !ok {
		return nil, nil, false
	}
	a, b = l.ref(k[0]), l.ref(k[1])
	return a, b, a != nil && b != nil
}

func (l *lookups) ref(v string) graph.Ref {
	r, ok := l.refs[v]
	if !ok {
		var err error
		r, err = l.s.qs.ValueOf(quad.StringToValue(v))
		l.must(err)
		l.refs[v] = r
	}
	return r
}

// objects gives the values of the objects of (id, pred), read through the
// store's subject–predicate index: the first one (with a value) if first,
// else every one, once each if unique. On bolt they are read straight from
// the store (kvStore.outObjects), elsewhere through Cayley's iterators.
func (l *lookups) objects(k [2]string, unique, first bool) []quad.Value {
	ref, pref := l.ref(k[0]), l.ref(k[1])
	if ref == nil || pref == nil {
		return nil
	}
	if kq, ok := l.s.qs.(kvStore); ok {
		max := 0
		if first {
			max = 1
		}
		objs, ok, err := kq.outObjects(l.ctx, ref, pref, max, true)
		l.must(err)
		if ok && (!first || len(objs) == 0 || objs[0].value != nil) {
			vals := make([]quad.Value, 0, len(objs))
			for _, o := range objs {
				if o.value != nil {
					vals = append(vals, o.value)
				}
			}
			l.countValues(vals...)
			return vals
		}
		// the first had no value: try the others as Cayley does
	}
	var sh shape.Shape = shape.NodesFrom{Dir: quad.Object, Quads: shape.Quads{
		{Dir: quad.Subject, Values: shape.Fixed{ref}},
		{Dir: quad.Predicate, Values: shape.Fixed{pref}},
	}}
	if unique {
		// as Gizmo's .unique(): nodes that many quads reach come once
		sh = shape.Unique{From: sh}
	}
	it := shape.BuildIterator(l.ctx, l.s.qs, sh).Iterate()
	defer it.Close()
	var rs []graph.Ref
	for it.Next(l.ctx) {
		if first {
			v, err := l.s.qs.NameOf(it.Result())
			l.must(err)
			if v != nil {
				l.countValues(v)
				return []quad.Value{v}
			}
			continue // no value behind the ref: try the next
		}
		rs = append(rs, it.Result())
	}
	l.must(it.Err())
	// the values in one batch: a KV store reads them in one transaction
	vals, err := graph.ValuesOf(l.ctx, l.s.qs, rs)
	l.must(err)
	l.countValues(vals...)
	return slices.DeleteFunc(vals, func(v quad.Value) bool { return v == nil })
}

// countValues counts the values a helper read on the query's meter.
func (l *lookups) countValues(vals ...quad.Value) {
	n := 0
	for _, v := range vals {
		n += valueSize(v)
	}
	l.must(l.m.add(n))
}

// native is v as Gizmo hands values to JavaScript.
func native(v quad.Value) any {
	n := v.Native()
	if nv, ok := n.(quad.Value); ok && nv == v {
		return quad.StringOf(v)
	}
	return n
}

func (l *lookups) first(call goja.FunctionCall) goja.Value {
	k, ok := l.args(call)
	if !ok {
		return goja.Null()
	}
	if v, ok := l.memo[k]; ok {
		return v
	}
	out := goja.Null()
	if vals := l.objects(k, false, true); len(vals) > 0 {
		out = l.vm.ToValue(native(vals[0]))
	}
	l.memo[k] = out
	return out
}

// allOf is ng.all: the distinct objects of (id, pred), as a new array
// each time (the query may sort or change it).
func (l *lookups) allOf(call goja.FunctionCall) goja.Value {
	k, ok := l.args(call)
	if !ok {
		return l.vm.NewArray()
	}
	if vals, ok := l.all[k]; ok {
		return l.vm.NewArray(vals...)
	}
	qvs := l.objects(k, true, false)
	vals := []any{}
	seen := map[quad.Value]bool{}
	for _, v := range qvs {
		if v != nil && !seen[v] {
			seen[v] = true
			vals = append(vals, native(v))
		}
	}
	l.all[k] = vals
	return l.vm.NewArray(vals...)
}

// subjects gives each distinct subject of the live quads (s, p, o), with
// its value if values, and how many quads there are: from newsgraph's
// counts where the store keeps them (kvStore.inCounts), else through Cayley's
// iterators (and no values).
func (l *lookups) subjects(o, p graph.Ref, values bool) []nodeCount {
	if kq, ok := l.s.qs.(kvStore); ok {
		subs, ok, err := kq.inCounts(l.ctx, o, p, values)
		l.must(err)
		if ok {
			l.countNodes(subs)
			return subs
		}
	}
	return l.tally(quad.Object, o, p, quad.Subject)
}

// objectCounts gives each distinct object of the live quads (s, p, o), with
// its value, and how many quads there are: read straight from the store on
// bolt (kvStore.outObjects), else through Cayley's iterators (no values).
func (l *lookups) objectCounts(s, p graph.Ref) []nodeCount {
	if kq, ok := l.s.qs.(kvStore); ok {
		objs, ok, err := kq.outObjects(l.ctx, s, p, 0, true)
		l.must(err)
		if ok {
			l.countNodes(objs)
			return objs
		}
	}
	return l.tally(quad.Subject, s, p, quad.Object)
}

// countNodes counts, on the query's meter, the nodes a helper read and
// the values it read with them.
func (l *lookups) countNodes(nodes []nodeCount) {
	n := 0
	for _, nc := range nodes {
		n += mapEntry + valueSize(nc.value)
	}
	l.must(l.m.add(n))
}

// tally counts, through Cayley's iterators, the quads whose from direction
// is node and predicate p by their to direction: each node of that
// direction in the order met, with its number of quads.
func (l *lookups) tally(from quad.Direction, node, p graph.Ref, to quad.Direction) []nodeCount {
	it := shape.BuildIterator(l.ctx, l.s.qs, shape.Quads{
		{Dir: from, Values: shape.Fixed{node}},
		{Dir: quad.Predicate, Values: shape.Fixed{p}},
	}).Iterate()
	defer it.Close()
	var out []nodeCount
	at := map[any]int{}
	for it.Next(l.ctx) {
		r, err := l.s.qs.QuadDirection(it.Result(), to)
		l.must(err)
		if i, ok := at[r.Key()]; ok {
			out[i].n++
			continue
		}
		at[r.Key()] = len(out)
		out = append(out, nodeCount{node: r, n: 1})
		l.must(l.m.add(mapEntry))
	}
	l.must(it.Err())
	return out
}

// count is ng.count(id, pred): how many distinct nodes are the subject of
// a quad (node, pred, id), as g.V(id).in(pred).unique().count().
func (l *lookups) count(call goja.FunctionCall) goja.Value {
	o, p, ok := l.pair(call)
	if !ok {
		return l.vm.ToValue(0)
	}
	if kq, ok := l.s.qs.(kvStore); ok {
		n, ok, err := kq.inCount(l.ctx, o, p)
		l.must(err)
		if ok {
			return l.vm.ToValue(n)
		}
	}
	// as Gizmo counts it, which Cayley plans better than tally
	it := shape.BuildIterator(l.ctx, l.s.qs, shape.Unique{From: shape.NodesFrom{Dir: quad.Subject, Quads: shape.Quads{
		{Dir: quad.Object, Values: shape.Fixed{o}},
		{Dir: quad.Predicate, Values: shape.Fixed{p}},
	}}}).Iterate()
	defer it.Close()
	n := 0
	for it.Next(l.ctx) {
		n++
	}
	l.must(it.Err())
	return l.vm.ToValue(n)
}

// inCounts is ng.inCounts(id, pred): an object that gives each subject of
// the quads (subject, pred, id) the number of those quads, one per label.
func (l *lookups) inCounts(call goja.FunctionCall) goja.Value {
	o, p, ok := l.pair(call)
	if !ok {
		return l.vm.NewObject()
	}
	return l.countsObject(l.subjects(o, p, true))
}

// outCounts is ng.outCounts(id, pred): an object that gives each object
// of the quads (id, pred, object) the number of those quads.
func (l *lookups) outCounts(call goja.FunctionCall) goja.Value {
	s, p, ok := l.pair(call)
	if !ok {
		return l.vm.NewObject()
	}
	return l.countsObject(l.objectCounts(s, p))
}

// countsObject is {node: number of quads} in JavaScript.
func (l *lookups) countsObject(nodes []nodeCount) *goja.Object {
	out := l.vm.NewObject()
	for _, nc := range nodes {
		v := nc.value
		if v == nil {
			var err error
			v, err = l.s.qs.NameOf(nc.node)
			l.must(err)
			l.countValues(v)
		}
		if v != nil {
			if err := out.Set(quad.StringOf(v), nc.n); err != nil {
				panic(err)
			}
		}
	}
	return out
}

// quads is ng.quads(id, pred): how many quads (id, pred, *) there are.
func (l *lookups) quads(call goja.FunctionCall) goja.Value {
	s, p, ok := l.pair(call)
	if !ok {
		return l.vm.ToValue(0)
	}
	if kq, ok := l.s.qs.(kvStore); ok {
		n, ok, err := kq.quadCount(s, p)
		l.must(err)
		if ok {
			return l.vm.ToValue(n)
		}
	}
	n := 0
	for _, o := range l.tally(quad.Subject, s, p, quad.Object) {
		n += o.n
	}
	return l.vm.ToValue(n)
}

// has is ng.has(s, p, o, label): whether that quad is in the store.
func (l *lookups) has(call goja.FunctionCall) goja.Value {
	var dirs shape.Quads
	for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		v, ok := call.Argument(i).Export().(string)
		if !ok {
			return l.vm.ToValue(false)
		}
		r := l.ref(v)
		if r == nil {
			return l.vm.ToValue(false)
		}
		dirs = append(dirs, shape.QuadFilter{Dir: d, Values: shape.Fixed{r}})
	}
	it := shape.BuildIterator(l.ctx, l.s.qs, dirs).Iterate()
	defer it.Close()
	found := it.Next(l.ctx)
	l.must(it.Err())
	return l.vm.ToValue(found)
}

// Query runs Gizmo code over the store in a session of its own (a Gizmo
// session cannot run a second query), with our namespaces registered and
// opt.Args bound to `args`. It stops the query at the time limit.
func (s *Store) Query(ctx context.Context, code string, opt QueryOptions) (Result, error) {
	return RunGizmo(ctx, s, code, opt)
}

// RunGizmo is Query over any Cayley quad store holder.
func RunGizmo(ctx context.Context, s *Store, code string, opt QueryOptions) (Result, error) {
	if opt.Limit == 0 {
		opt.Limit = DefaultLimit
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxMemory == 0 {
		opt.MaxMemory = DefaultMaxMemory
	}
	ctx, cancelMem := context.WithCancelCause(ctx)
	defer cancelMem(nil)
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	m := newMeter(opt.MaxMemory, cancelMem)

	// On Cayley's SQL backends the session reads the store itself: their
	// plans build only on *sql.QuadStore ("not a SQL quadstore"), so there
	// the meter counts what the code builds and returns, not what it reads,
	// and the server's statement_timeout bounds the reads (see OpenWith)
	var qs graph.QuadStore = meteredStore{s.qs, m}
	if s.sql {
		qs = s.qs
	}
	sess := gizmo.NewSession(qs)
	vm, err := sessionVM(sess)
	if err != nil {
		return Result{}, err
	}
	if err := meterBuiltins(vm, m); err != nil {
		return Result{}, err
	}
	args := vm.NewObject()
	for k, v := range opt.Args {
		if err := args.Set(k, v); err != nil {
			return Result{}, err
		}
	}
	vm.Set("args", args)
	lk := s.newLookups(ctx, vm)
	lk.m = m
	if queryTestHook != nil {
		queryTestHook(vm)
	}
	vm.Set("__ngFirst", lk.first)
	vm.Set("__ngAll", lk.allOf)
	vm.Set("__ngCount", lk.count)
	vm.Set("__ngInCounts", lk.inCounts)
	vm.Set("__ngOutCounts", lk.outCounts)
	vm.Set("__ngQuads", lk.quads)
	vm.Set("__ngHas", lk.has)
	vm.Set("__ngEntities", lk.entities)
	links := make([]any, len(schema.Links))
	for i, p := range schema.Links {
		links[i] = quad.StringOf(p)
	}
	vm.Set("__ngLinks", vm.NewArray(links...))
	var res Result
	if err := recordColumns(vm, &res.Columns); err != nil {
		return Result{}, err
	}
	// the prelude shares the first line, so that line numbers stay right;
	// queryErr takes it (and the prefixes' expansion) out of columns
	limit := opt.Limit + 1 // one more, to know that there were more
	if opt.Limit < 0 {
		limit = 0
	}
	it, err := sess.Execute(ctx, Prelude+ExpandPrefixes(code), query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return Result{}, queryErr(err, code)
	}
	defer closeWait(it)
	for it.Next(ctx) {
		v, err := s.jsonResult(it.Result(), opt.Value)
		if err != nil {
			return Result{}, err
		}
		if v == nil {
			continue
		}
		if opt.Limit >= 0 && len(res.Values) == opt.Limit {
			// Gizmo's emit does not stop the code when the limit is
			// reached: stop it here, so that a page costs a page
			res.Truncated = true
			vm.Interrupt(errPageFull)
			return res, nil
		}
		if !opt.Raw {
			v = Simplify(v)
		}
		if m.add(resultSize(v)) != nil {
			break // the context's cause says why
		}
		res.Values = append(res.Values, v)
	}
	if ctx.Err() != nil {
		if errors.Is(context.Cause(ctx), ErrMemory) {
			return Result{}, fmt.Errorf("%w (%d MiB)", ErrMemory, opt.MaxMemory>>20)
		}
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Result{}, fmt.Errorf("%w (%s)", ErrTimeout, opt.Timeout)
		}
		return Result{}, ctx.Err()
	}
	if err := it.Err(); err != nil {
		if lk.failed != nil {
			return Result{}, lk.failed
		}
		if isStatementTimeout(err) {
			// the server's statement_timeout ended it (see OpenWith)
			return Result{}, fmt.Errorf("%w (%s)", ErrTimeout, opt.Timeout)
		}
		return Result{}, queryErr(err, code)
	}
	return res, nil
}

// jsonResult is one result of a Gizmo session run with the Raw collation,
// as its JSON collation gives it (Cayley's results.jsonResult: an emitted
// value as it is; a path's tags as an object of their values' JSON forms,
// tags without a value left out), or nil for none. The code's own value
// (Meta) is kept when value is set and it is data.
func (s *Store) jsonResult(r any, value bool) (any, error) {
	data, ok := r.(*gizmo.Result)
	if !ok || data == nil {
		return nil, nil
	}
	switch {
	case data.Meta:
		if value && isData(data.Val) {
			return data.Val, nil
		}
		return nil, nil
	case data.Val != nil:
		return data.Val, nil
	}
	obj := make(map[string]any, len(data.Tags))
	for k, ref := range data.Tags {
		v, err := s.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		if v == nil {
			continue
		}
		out := v.Native()
		if nv, ok := out.(quad.Value); ok && v == nv {
			out = quad.StringOf(v)
		}
		obj[k] = out
	}
	return obj, nil
}

// isData tells a value that JSON can hold from Gizmo's own objects (a path,
// the graph) and from undefined.
func isData(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case string, bool, float64, int64, int:
		return true
	case map[string]any:
		for _, x := range v {
			if x != nil && !isData(x) {
				return false
			}
		}
		return true
	case []any:
		for _, x := range v {
			if x != nil && !isData(x) {
				return false
			}
		}
		return true
	}
	return false
}

// recordColumns makes g.emit (and graph.emit) note the keys of each object
// emitted, in their order, into cols: Gizmo hands the object on as a Go
// map, which has none. g becomes an object whose prototype is Gizmo's, so
// every other method is Gizmo's own.
func recordColumns(vm *goja.Runtime, cols *[]string) error {
	g, ok := vm.Get("g").(*goja.Object)
	if !ok {
		return errors.New("this Cayley's Gizmo session has no g object")
	}
	emit, ok := goja.AssertFunction(g.Get("emit"))
	if !ok {
		return errors.New("this Cayley's Gizmo has no g.emit")
	}
	seen := map[string]bool{}
	w := vm.NewObject()
	if err := w.SetPrototype(g); err != nil {
		return err
	}
	err := w.Set("emit", func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok && o.ClassName() == "Object" {
			for _, k := range o.Keys() {
				if !seen[k] {
					seen[k] = true
					*cols = append(*cols, k)
				}
			}
		}
		v, err := emit(g, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
	if err != nil {
		return err
	}
	vm.Set("g", w)
	vm.Set("graph", w)
	return nil
}

// queryTestHook, when a test sets it, binds functions of the test's into
// each query's JavaScript, for the test to follow the query's steps.
var queryTestHook func(vm *goja.Runtime)

// closeWait stops a Gizmo query and waits for the goroutine that runs its
// code to end. Closing the iterator only asks the code to stop, and code in
// the middle of a call into the store goes on for a while: a store closed
// under it crashes the process (bolt's memory map is gone).
func closeWait(it query.Iterator) {
	it.Close()
	// Next, once the code is stopped, returns false when its goroutine
	// hands over the code's error or ends; after an error, one more Next
	// waits for the goroutine to end (it closes the channel as it returns)
	for it.Next(context.Background()) {
	}
	it.Next(context.Background())
}

// queryErr is the error of a query whose code was code, its positions
// (line and column) in the user's code rather than in the code run.
func queryErr(err error, code string) error {
	msg := sqlError(err).Error()
	msg = strings.TrimPrefix(msg, "SyntaxError: ")
	msg = userPositions(msg, code)
	var synt *goja.CompilerSyntaxError
	var list parser.ErrorList
	if errors.As(err, &synt) || errors.As(err, &list) {
		return fmt.Errorf("syntax error: %s", msg)
	}
	return errors.New(msg)
}

// positionIn matches the positions goja writes in its errors: a syntax
// error's "(anonymous): Line 1:311 " and a thrown error's
// " at <eval>:1:378(15)" (a function's "at name (<eval>:1:40(3))").
var positionIn = regexp.MustCompile(`(?:\(anonymous\): )?Line (\d+):(\d+) |(?:<eval>|\(anonymous\))?:(\d+):(\d+)(?:\(\d+\))?`)

// userPositions rewrites the positions in msg, which are in the code run
// (Prelude, then code with its prefixes expanded), as "line L, column C"
// of the user's own code; a position in the prelude (in one of ng's
// helpers) is dropped.
func userPositions(msg, code string) string {
	return positionIn.ReplaceAllStringFunc(msg, func(m string) string {
		sm := positionIn.FindStringSubmatch(m)
		l, c, syntax := sm[3], sm[4], false
		if sm[1] != "" {
			l, c, syntax = sm[1], sm[2], true
		}
		line, _ := strconv.Atoi(l)
		col, _ := strconv.Atoi(c)
		line, col, ok := UserPosition(code, line, col)
		switch {
		case !ok && syntax:
			return ""
		case !ok:
			return "ng's helpers"
		case syntax:
			return fmt.Sprintf("line %d, column %d: ", line, col)
		}
		return fmt.Sprintf("line %d, column %d", line, col)
	})
}

// UserPosition maps a line and column of the code a query runs (Prelude,
// on the first line, then code with its prefixes expanded; columns in
// bytes, from 1) to the same place in code (columns in characters, from
// 1). ok is false for a place in the prelude.
func UserPosition(code string, line, col int) (int, int, bool) {
	if line == 1 {
		col -= len(Prelude)
		if col < 1 {
			return 0, 0, false
		}
	}
	lines := strings.Split(code, "\n")
	if line < 1 || line > len(lines) {
		return line, col, true
	}
	src := lines[line-1]
	// walk the expansions on the line: each "<ng:" grew by the difference
	// between the prefix and its namespace
	target := col - 1 // bytes into the expanded line
	orig, exp := 0, 0 // bytes of src and of the expanded line behind us
	off := -1
	for _, m := range prefixInString.FindAllStringIndex(src, -1) {
		start := exp + m[0] - orig
		end := start + len(ExpandPrefixes(src[m[0]:m[1]]))
		if target < start {
			break
		}
		if target < end {
			off = m[0] // inside an expansion: its start
			break
		}
		orig, exp = m[1], end
	}
	if off < 0 {
		off = orig + target - exp
	}
	off = min(max(off, 0), len(src))
	return line, utf8.RuneCountInString(src[:off]) + 1, true
}

var vmType = reflect.TypeOf((*goja.Runtime)(nil))

// sessionVM reaches the JavaScript runtime of a Gizmo session, which Cayley
// keeps unexported, so that arguments go in as values rather than as text
// pasted into the code. A test guards the field's shape.
func sessionVM(s *gizmo.Session) (*goja.Runtime, error) {
	f := reflect.ValueOf(s).Elem().FieldByName("vm")
	if !f.IsValid() || f.Type() != vmType {
		return nil, errors.New("this Cayley's Gizmo session has no vm field: query arguments cannot be bound")
	}
	return *(**goja.Runtime)(unsafe.Pointer(f.UnsafeAddr())), nil
}

var typedLiteral = regexp.MustCompile(`^"((?:[^"\\]|\\.)*)"\^\^<([^>]*)>$`)

// Simplify makes Gizmo's JSON values readable: a typed literal
// "\"20000\"^^<…#decimal>" becomes the number 20000 (a date, the string
// "2021-05-28"), and an IRI "<https://w3id.org/newsgraph/id/person/x>"
// becomes "<ngid:person/x>", which queries accept as they are.
func Simplify(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = Simplify(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = Simplify(x)
		}
		return out
	case string:
		if m := typedLiteral.FindStringSubmatch(v); m != nil {
			lex := strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(m[1])
			switch strings.TrimPrefix(m[2], schema.XSDNS) {
			case "decimal", "integer", "int", "long", "double", "float":
				if f, err := strconv.ParseFloat(lex, 64); err == nil {
					return f
				}
			}
			return lex
		}
		if strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") {
			return "<" + voc.ShortIRI(v[1:len(v)-1]) + ">"
		}
	}
	return v
}
