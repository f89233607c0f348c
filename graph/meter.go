package graph

import (
	"context"
	"math"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"
)

// meter is a query's memory budget: it counts the bytes of what the query
// itself makes — the values it reads from the store (each one Gizmo or an
// ng helper turns into a JavaScript value), the strings and array slots its
// JavaScript builds through the builtins that make them (see meterBuiltins),
// and the results it hands back — and stops the query, with ErrMemory, once
// they pass its limit. It counts what is made, not what is freed: a query
// that reads the same values again and again counts them each time, so the
// limit is one on the bytes a query may make, which bounds the heap it can
// hold. Nothing else in the process counts against it, and it costs no
// pause: no runtime.ReadMemStats (which stops the world), no ticker, only
// an atomic add where a value is made.
type meter struct {
	used   atomic.Int64
	limit  int64
	cancel context.CancelCauseFunc
}

func newMeter(limit uint64, cancel context.CancelCauseFunc) *meter {
	if limit > math.MaxInt64 {
		limit = math.MaxInt64
	}
	return &meter{limit: int64(limit), cancel: cancel}
}

// add counts n bytes; past the limit it cancels the query's context with
// ErrMemory (which stops its JavaScript, see RunGizmo) and returns it.
func (m *meter) add(n int) error {
	if m == nil {
		return nil
	}
	if m.used.Add(int64(n)) > m.limit {
		m.cancel(ErrMemory)
		return ErrMemory
	}
	return nil
}

// Used is the number of bytes the meter has counted.
func (m *meter) Used() int64 { return m.used.Load() }

// The sizes counted, near what Go holds for each: a string's bytes and
// header, an interface or a JavaScript value's slot.
const (
	slotSize   = 16
	stringSize = 16
	mapEntry   = 48
)

// valueSize is about what a value read from the store takes in memory.
func valueSize(v quad.Value) int {
	switch v := v.(type) {
	case nil:
		return 0
	case quad.IRI:
		return stringSize + len(v)
	case quad.String:
		return stringSize + len(v)
	case quad.BNode:
		return stringSize + len(v)
	case quad.TypedString:
		return 2*stringSize + len(v.Value) + len(v.Type)
	case quad.LangString:
		return 2*stringSize + len(v.Value) + len(v.Lang)
	case quad.Int, quad.Float, quad.Bool:
		return slotSize
	case quad.Time:
		return 24
	}
	return stringSize + len(v.String())
}

// resultSize is about what a result (a value of Gizmo's JSON form) takes.
func resultSize(v any) int {
	switch v := v.(type) {
	case string:
		return stringSize + len(v)
	case map[string]any:
		n := mapEntry
		for k, x := range v {
			n += mapEntry + len(k) + resultSize(x)
		}
		return n
	case []any:
		n := 24
		for _, x := range v {
			n += resultSize(x)
		}
		return n
	case quad.Value:
		return valueSize(v)
	}
	return slotSize
}

// meteredStore is the quad store as one query's Gizmo session sees it:
// every value the session reads (NameOf, ValuesOf, Quad) counts against
// the query's meter. Everything else is the store's own, its plans too.
type meteredStore struct {
	graph.QuadStore
	m *meter
}

func (s meteredStore) NameOf(r graph.Ref) (quad.Value, error) {
	v, err := s.QuadStore.NameOf(r)
	if err != nil || v == nil {
		return v, err
	}
	if err := s.m.add(valueSize(v)); err != nil {
		return nil, err
	}
	return v, nil
}

func (s meteredStore) ValuesOf(ctx context.Context, refs []graph.Ref) ([]quad.Value, error) {
	vals, err := graph.ValuesOf(ctx, s.QuadStore, refs)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, v := range vals {
		n += valueSize(v)
	}
	if err := s.m.add(n); err != nil {
		return nil, err
	}
	return vals, nil
}

func (s meteredStore) RefsOf(ctx context.Context, nodes []quad.Value) ([]graph.Ref, error) {
	return graph.RefsOf(ctx, s.QuadStore, nodes)
}

func (s meteredStore) Quad(r graph.Ref) (quad.Quad, error) {
	q, err := s.QuadStore.Quad(r)
	if err != nil {
		return q, err
	}
	if err := s.m.add(valueSize(q.Subject) + valueSize(q.Predicate) + valueSize(q.Object) + valueSize(q.Label)); err != nil {
		return quad.Quad{}, err
	}
	return q, nil
}

// OptimizeShape plans as the store does (kvStore's use of its indexes).
func (s meteredStore) OptimizeShape(ctx context.Context, sh shape.Shape) (shape.Shape, bool) {
	if o, ok := s.QuadStore.(shape.Optimizer); ok {
		return o.OptimizeShape(ctx, sh)
	}
	return sh, false
}

// meterBuiltins makes the JavaScript builtins that build strings or grow
// arrays count what they make against m: the string a method returns, a
// slot for each element an array gains. A query that builds without end
// (`while (true) a.push(s.repeat(1000))`) is stopped when they pass the
// limit, and a query of another goroutine, or any other allocation in the
// process, is not counted. Strings joined with + and elements set by index
// are not counted here; what they hold was mostly counted as it was made.
func meterBuiltins(vm *goja.Runtime, m *meter) error {
	wrap := func(ctor, name string, size func(call goja.FunctionCall, out goja.Value) int) error {
		proto := vm.Get(ctor).ToObject(vm).Get("prototype").ToObject(vm)
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return nil
		}
		fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			out, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			if err := m.add(size(call, out)); err != nil {
				panic(vm.NewGoError(err))
			}
			return out
		})
		// in the builtin's place: not enumerable, as before
		return proto.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	str := func(_ goja.FunctionCall, out goja.Value) int {
		if s, ok := out.(goja.String); ok {
			return stringSize + s.Length() // UTF-16 units: a byte each for ASCII
		}
		return slotSize
	}
	slots := func(call goja.FunctionCall, _ goja.Value) int { return slotSize * len(call.Arguments) }
	arrayLen := func(_ goja.FunctionCall, out goja.Value) int {
		if o, ok := out.(*goja.Object); ok {
			return 24 + slotSize*int(o.Get("length").ToInteger())
		}
		return slotSize
	}
	for _, w := range []struct {
		ctor, name string
		size       func(goja.FunctionCall, goja.Value) int
	}{
		{"String", "repeat", str}, {"String", "concat", str}, {"String", "padStart", str},
		{"String", "padEnd", str}, {"String", "replace", str}, {"String", "replaceAll", str},
		{"String", "toUpperCase", str}, {"String", "toLowerCase", str},
		{"Array", "join", str}, {"Array", "push", slots}, {"Array", "unshift", slots},
		{"Array", "concat", arrayLen}, {"Array", "map", arrayLen}, {"Array", "slice", arrayLen},
		{"Array", "splice", slots}, {"String", "split", arrayLen},
	} {
		if err := wrap(w.ctor, w.name, w.size); err != nil {
			return err
		}
	}
	stringify := vm.Get("JSON").ToObject(vm)
	if orig, ok := goja.AssertFunction(stringify.Get("stringify")); ok {
		fn := func(call goja.FunctionCall) goja.Value {
			out, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			if err := m.add(str(call, out)); err != nil {
				panic(vm.NewGoError(err))
			}
			return out
		}
		if err := stringify.DefineDataProperty("stringify", vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}
