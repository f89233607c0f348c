package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func (a *app) drawCmd() *cobra.Command {
	var sf storeFlags
	var depth int
	var format, out string
	cmd := &cobra.Command{
		Use:   "draw [flags] ENTITY",
		Short: "draw an entity's neighbourhood, as SVG (through Graphviz) or DOT",
		Long: `Draw the entity a name, other name or IRI names, with the nodes within --depth
edges of it (at most 60): as SVG through Graphviz's dot ($NEWSGRAPH_DOT, else
dot on $PATH), or as DOT text. Sentences and articles are left out. With -o,
the file's extension chooses the format (.svg, .dot) unless --format is
given, and a picture format newsgraph does not write (.png) is refused.`,
		Example: `  newsgraph draw "Antony Blinken" -o blinken.svg
  newsgraph draw ngid:country/in --depth 2 --format dot`,
		RunE: func(cmd *cobra.Command, pos []string) error {
			return a.draw(sf, depth, format, cmd.Flags().Changed("format"), out, pos)
		},
	}
	sf.register(cmd)
	cmd.Flags().IntVar(&depth, "depth", 1, fmt.Sprintf("edges from the entity to draw, 0 to %d", graph.MaxDepth))
	cmd.Flags().StringVar(&format, "format", "svg", "svg (through Graphviz's dot) or dot (DOT text)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to `FILE` instead of stdout")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletions("svg", "dot"))
	cmd.ValidArgsFunction = cobra.NoFileCompletions
	return cmd
}

// draw writes a picture of an entity's neighbourhood: SVG through
// Graphviz's dot ($NEWSGRAPH_DOT, else dot on $PATH), or DOT text.
func (a *app) draw(sf storeFlags, depth int, format string, formatSet bool, out string, pos []string) error {
	if len(pos) != 1 {
		return usagef("draw: give one ENTITY: an IRI (ngid:person/antony-blinken) or a name")
	}
	if err := oneOf("draw", "format", format, "svg", "dot"); err != nil {
		return err
	}
	format, err := drawFormats.choose(out, format, formatSet)
	if err != nil {
		return err
	}
	if depth < 0 {
		return usagef("draw: --depth %d: want 0 to %d", depth, graph.MaxDepth)
	}
	if depth > graph.MaxDepth {
		fmt.Fprintf(a.stderr, "newsgraph: draw: --depth %d held to %d\n", depth, graph.MaxDepth)
	}
	st, err := sf.open(0)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	id, err := st.Resolve(ctx, pos[0])
	if err != nil {
		return fmt.Errorf("draw: %w", err)
	}
	g, err := st.Neighbourhood(ctx, id, depth)
	if err != nil {
		return fmt.Errorf("draw: %w", err)
	}
	if g.Truncated {
		fmt.Fprintf(a.stderr, "newsgraph: draw: %s has a large neighbourhood; only %d nodes drawn\n", graph.ShortIRI(id), len(g.Nodes))
	}
	pic := g.DOT(nil)
	if format == "svg" {
		if pic, err = graph.RenderSVG(ctx, os.Getenv("NEWSGRAPH_DOT"), pic); err != nil {
			return fmt.Errorf("draw: %w", err)
		}
	}
	if out == "" {
		_, err := a.stdout.Write(pic)
		return err
	}
	if err := writeOutput(out, func(w io.Writer) error { _, err := w.Write(pic); return err }); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "%s: %d nodes, %d edges around %s\n", out, len(g.Nodes), len(g.Edges), strings.TrimSpace(graph.ShortIRI(id)))
	return nil
}
