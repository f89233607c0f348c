package graph

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"

	"github.com/newsgraph/newsgraph/schema"
)

// NoEntityError is a name or IRI that no entity of the store has.
type NoEntityError struct{ Ref string }

func (e *NoEntityError) Error() string { return fmt.Sprintf("no entity is named %q", e.Ref) }

// Unwrap makes errors.Is(err, ErrNotFound) true.
func (e *NoEntityError) Unwrap() error { return ErrNotFound }

// entities is ng.entities(ref): every entity that ref names, as the IRIs
// Gizmo gives ("<https://…>"), sorted. ref is an entity's IRI (as
// ParseID reads it) or a schema:name or schema:alternateName in any case.
// A ref that names nothing throws "no entity is named …": a query's
// argument that matches nothing is a mistake to show, not an empty answer.
func (l *lookups) entities(call goja.FunctionCall) goja.Value {
	ref := ""
	if v := call.Argument(0); !goja.IsUndefined(v) && !goja.IsNull(v) {
		ref = v.String()
	}
	ids, err := l.entityIDs(ref)
	if err == nil && len(ids) == 0 {
		err = &NoEntityError{Ref: strings.TrimSpace(ref)}
	}
	if err != nil {
		l.failed = err
		l.must(err)
	}
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = quad.StringOf(id)
		l.must(l.m.add(valueSize(id)))
	}
	return l.vm.NewArray(out...)
}

// entityIDs finds the entities ref names: an IRI the store holds quads
// about; else the subjects of that exact schema:name or alternateName,
// read from the index; else of the name in a few casings (Title Case,
// UPPER, lower), likewise; else, reading every name in the store once
// (Store.named), of any name equal to ref but for case.
func (l *lookups) entityIDs(ref string) ([]quad.IRI, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, nil
	}
	if id, ok := ParseID(ref); ok {
		if err := l.s.exists(l.ctx, id); err != nil {
			return nil, nil
		}
		return []quad.IRI{id}, nil
	}
	if ids := l.named(ref); len(ids) > 0 {
		return ids, nil
	}
	var ids []quad.IRI
	seen := map[string]bool{ref: true}
	for _, v := range casings(ref) {
		if !seen[v] {
			seen[v] = true
			ids = append(ids, l.named(v)...)
		}
	}
	if len(ids) > 0 {
		return sortIRIs(ids), nil
	}
	return l.s.named(l.ctx, func(n string) bool { return strings.EqualFold(n, ref) })
}

// named is the entities whose schema:name or schema:alternateName is
// exactly name, from the object index.
func (l *lookups) named(name string) []quad.IRI {
	o, err := l.s.qs.ValueOf(quad.String(name))
	l.must(err)
	if o == nil {
		return nil
	}
	var ids []quad.IRI
	for _, p := range []quad.IRI{schema.Name, schema.AlternateName} {
		pr := l.ref(quad.StringOf(p))
		if pr == nil {
			continue
		}
		for _, nc := range l.subjects(o, pr, true) {
			v := nc.value
			if v == nil {
				v, err = l.s.qs.NameOf(nc.node)
				l.must(err)
			}
			if id, ok := v.(quad.IRI); ok {
				ids = append(ids, id)
			}
		}
	}
	return sortIRIs(ids)
}

// casings are the ways a name is likely written: each word in Title
// case, UPPER or lower ("un security council" gives "UN Security
// Council"), for names of up to four words; else all in Title case,
// UPPER, lower; and with its first letter raised.
func casings(s string) []string {
	words := strings.Fields(s)
	forms := func(w string) []string {
		r, n := utf8.DecodeRuneInString(w)
		return []string{string(unicode.ToUpper(r)) + strings.ToLower(w[n:]), strings.ToUpper(w), strings.ToLower(w)}
	}
	var out []string
	if len(words) <= 4 {
		out = []string{""}
		for i, w := range words {
			var next []string
			for _, prefix := range out {
				for _, f := range forms(w) {
					if i > 0 {
						f = " " + f
					}
					next = append(next, prefix+f)
				}
			}
			out = next
		}
	} else {
		for k := 0; k < 3; k++ {
			ws := make([]string, len(words))
			for i, w := range words {
				ws[i] = forms(w)[k]
			}
			out = append(out, strings.Join(ws, " "))
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	return append(out, string(unicode.ToUpper(r))+s[n:])
}

func sortIRIs(ids []quad.IRI) []quad.IRI {
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}
