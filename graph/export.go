package graph

import (
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/newsgraph/newsgraph/schema"
)

// Formats export can write.
var Formats = []string{"nquads", "jsonld", "dot"}

// Export writes sorted quads in the named format.
func Export(w io.Writer, format string, quads []quad.Quad) error {
	switch format {
	case "", "nquads", "nq":
		return schema.WriteNQuads(w, quads)
	case "jsonld", "json-ld":
		return writeJSONLD(w, quads)
	case "dot":
		return WriteDOT(w, quads)
	}
	return fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats, ", "))
}

// JSONLDContext is the @context of the JSON-LD export: the prefixes of
// ONTOLOGY.md, so that the document reads as the vocabulary
// ("ng:holdsOffice", "ngid:person/antony-blinken").
func JSONLDContext() map[string]any {
	ctx := map[string]any{}
	for _, ns := range schema.Prefixes {
		ctx[strings.TrimSuffix(ns.Prefix, ":")] = ns.Full
	}
	return ctx
}

func writeJSONLD(w io.Writer, quads []quad.Quad) error {
	jw := jsonld.NewWriter(w)
	jw.SetLdContext(JSONLDContext())
	for _, q := range quads {
		q.Subject, q.Predicate, q.Object = fullValue(q.Subject), fullValue(q.Predicate), fullValue(q.Object)
		if q.Label != nil {
			q.Label = fullValue(q.Label)
		}
		if err := jw.WriteQuad(q); err != nil {
			return err
		}
	}
	return jw.Close()
}

func fullValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return v.Full()
	case quad.TypedString:
		v.Type = v.Type.Full()
		return v
	}
	return v
}
