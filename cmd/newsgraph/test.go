package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

func (a *app) testCmd() *cobra.Command {
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	var update bool
	var argv []string
	cmd := &cobra.Command{
		Use:   "test [flags] [NAME]...",
		Short: "run your saved queries against their golden files: what changed",
		Long: `Run each saved query that has a golden file (DIR/NAME.golden.json, DIR the
--queries folder) against the store and print ok, or the rows gained (+) and
lost (-); any difference is exit status 1. --update writes the golden files
from what the queries give now (review the diff).`,
		Example: `  newsgraph test --queries myq
  newsgraph test --queries myq --update persons
  newsgraph test --update office-holders --arg country=India`,
		RunE: func(cmd *cobra.Command, names []string) error {
			return a.test(sf, qf, lf, update, argv, names)
		},
	}
	sf.register(cmd)
	qf.register(cmd)
	lf.register(cmd)
	cmd.Flags().BoolVar(&update, "update", false, "write the golden files from what the queries give now")
	cmd.Flags().StringArrayVar(&argv, "arg", nil, "`k=v`: an argument of the one query NAME given (the golden file keeps it)")
	cmd.RegisterFlagCompletionFunc("arg", completeArgs(&sf, &lf))
	cmd.ValidArgsFunction = completeQueries(&sf, &lf)
	return cmd
}

// test runs the saved queries that have a golden file in the user's
// queries folder against the store and tells, per query, ok or the rows
// gained and lost: what changed after an ingest or an upgrade. update
// writes the golden files instead.
func (a *app) test(sf storeFlags, qf queryFlags, lf queriesFlag, update bool, argv []string, names []string) error {
	qargs := map[string]string{}
	for _, kv := range argv {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return usagef("test: --arg %q: want k=v", kv)
		}
		qargs[k] = v
	}
	if len(qargs) > 0 && (len(names) != 1 || !update) {
		return usagef("test: --arg goes with --update and one NAME: the golden file keeps the arguments it was written with")
	}
	lib, err := lf.library(sf)
	if err != nil {
		return err
	}
	for _, p := range lib.Problems {
		a.note(fmt.Sprintf("%v (not a saved query: skipped)", p))
	}
	st, err := sf.open(qf.timeout)
	if err != nil {
		return err
	}
	defer st.Close()
	run := func(ctx context.Context, q queries.Query, args map[string]string) ([]any, error) {
		if lib.Overridden(q.Name) {
			a.note(lib.OverrideNote(q.Name))
		}
		res, err := st.Query(ctx, q.Code, graph.QueryOptions{Args: args, Limit: -1, Timeout: qf.timeout})
		return res.Values, err
	}
	outs, err := lib.Test(context.Background(), run, queries.TestOptions{Names: names, Update: update, Args: qargs})
	if err != nil {
		return fmt.Errorf("test: %w", err)
	}
	passed, failed := 0, 0
	for _, o := range outs {
		o.Report(a.stdout)
		if o.Passed() {
			passed++
		} else {
			failed++
		}
	}
	if update {
		fmt.Fprintf(a.stdout, "%d written, %d failed\n", passed, failed)
	} else {
		fmt.Fprintf(a.stdout, "%d passed, %d failed\n", passed, failed)
	}
	if failed > 0 {
		return fmt.Errorf("test: %d of %d saved queries differ from their golden files or could not run", failed, len(outs))
	}
	return nil
}
