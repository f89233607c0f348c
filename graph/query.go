package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"github.com/dop251/goja"

	"github.com/newsgraph/newsgraph/schema"
)

// QueryOptions bound a Gizmo query.
type QueryOptions struct {
	Args      map[string]string // reach the query as the object `args`, as data
	Limit     int               // most results kept; 0 means DefaultLimit, below 0 no limit
	Timeout   time.Duration     // 0 means DefaultTimeout
	MaxMemory uint64            // heap the query may grow; 0 means DefaultMaxMemory
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

// guardMemory cancels ctx with ErrMemory once the heap has grown more than
// limit bytes above what it was when the guard started, until stop is
// closed. JavaScript that allocates without end is stopped this way; the
// runtime offers no per-query accounting, so the guard watches the process.
func guardMemory(cancel context.CancelCauseFunc, limit uint64, stop <-chan struct{}) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > base+limit {
				cancel(ErrMemory)
				return
			}
		}
	}
}

// Result is what a query returned.
type Result struct {
	Values    []any
	Truncated bool // more results than the limit; only the first Limit kept
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
//	ng.first(id, pred)  the first object of id's pred, or null (memoised)
//	ng.name(id)         ng.first(id, "<schema:name>")
//
// ng.first is answered in Go (see firstFunc): the same lookup as
// g.V(id).out(pred).limit(1).toArray() without building and optimising a
// path in JavaScript for every row, which costs more than the lookup.
const Prelude = `g.addDefaultNamespaces(); var ng = (function () { var first = __ngFirst; ` +
	`return { first: first, name: function (id) { return first(id, "<http://schema.org/name>"); } }; })();`

// firstFunc is ng.first: the first object of (id, pred), as Gizmo would
// hand it to JavaScript, or null; memoised for the query.
func (s *Store) firstFunc(ctx context.Context, vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	memo := map[[2]string]goja.Value{}
	preds := map[string]graph.Ref{}
	return func(call goja.FunctionCall) goja.Value {
		id, ok := call.Argument(0).Export().(string)
		pred, pok := call.Argument(1).Export().(string)
		if !ok || !pok || !strings.HasPrefix(id, "<") {
			return goja.Null()
		}
		k := [2]string{id, pred}
		if v, ok := memo[k]; ok {
			return v
		}
		out := goja.Null()
		if v, err := s.first(ctx, quad.StringToValue(id), quad.StringToValue(pred), preds); err != nil {
			panic(vm.NewGoError(err))
		} else if v != nil {
			native := v.Native()
			if nv, ok := native.(quad.Value); ok && nv == v {
				native = quad.StringOf(v)
			}
			out = vm.ToValue(native)
		}
		memo[k] = out
		return out
	}
}

// first is the first object of the quads (subject, pred, ·), read through
// the store's subject–predicate index, or nil.
func (s *Store) first(ctx context.Context, subject, pred quad.Value, preds map[string]graph.Ref) (quad.Value, error) {
	sref, err := s.qs.ValueOf(subject)
	if err != nil || sref == nil {
		return nil, err
	}
	pk := quad.StringOf(pred)
	pref, ok := preds[pk]
	if !ok {
		if pref, err = s.qs.ValueOf(pred); err != nil {
			return nil, err
		}
		preds[pk] = pref
	}
	if pref == nil {
		return nil, nil
	}
	sh := shape.NodesFrom{Dir: quad.Object, Quads: shape.Quads{
		{Dir: quad.Subject, Values: shape.Fixed{sref}},
		{Dir: quad.Predicate, Values: shape.Fixed{pref}},
	}}
	it := shape.BuildIterator(ctx, s.qs, sh).Iterate()
	defer it.Close()
	if !it.Next(ctx) {
		return nil, it.Err()
	}
	return s.qs.NameOf(it.Result())
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
	stop := make(chan struct{})
	defer close(stop)
	go guardMemory(cancelMem, opt.MaxMemory, stop)

	sess := gizmo.NewSession(s.qs)
	vm, err := sessionVM(sess)
	if err != nil {
		return Result{}, err
	}
	args := vm.NewObject()
	for k, v := range opt.Args {
		if err := args.Set(k, v); err != nil {
			return Result{}, err
		}
	}
	vm.Set("args", args)
	vm.Set("__ngFirst", s.firstFunc(ctx, vm))
	// the prelude shares the first line, so that error positions stay right
	limit := opt.Limit + 1 // one more, to know that there were more
	if opt.Limit < 0 {
		limit = 0
	}
	it, err := sess.Execute(ctx, Prelude+ExpandPrefixes(code), query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return Result{}, queryErr(err)
	}
	defer closeWait(it)
	var res Result
	for it.Next(ctx) {
		v := it.Result()
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
		res.Values = append(res.Values, Simplify(v))
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
		if isStatementTimeout(err) {
			// the server's statement_timeout ended it (see OpenWith)
			return Result{}, fmt.Errorf("%w (%s)", ErrTimeout, opt.Timeout)
		}
		return Result{}, queryErr(err)
	}
	return res, nil
}

// closeWait stops a Gizmo query and waits for the goroutine that runs its
// code to end. Closing the iterator only asks the code to stop, and code in
// the middle of a call into the store goes on for a while: a store closed
// under it crashes the process (bolt's memory map is gone).
func closeWait(it query.Iterator) {
	it.Close()
	// Next, once the code is stopped, returns false when its goroutine ends
	for it.Next(context.Background()) {
	}
}

func queryErr(err error) error {
	msg := sqlError(err).Error()
	msg = strings.TrimPrefix(msg, "SyntaxError: ")
	var synt *goja.CompilerSyntaxError
	if errors.As(err, &synt) {
		return fmt.Errorf("syntax error: %s", msg)
	}
	return errors.New(msg)
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
