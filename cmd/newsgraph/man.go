package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func (a *app) manCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "man [flags] DIR",
		Short: "write man pages for newsgraph and each of its commands into DIR",
		Long: `Write a man page (section 1) for newsgraph and one for each command
(newsgraph-ingest.1, …) into DIR, made from the same text as --help.`,
		Example: `  newsgraph man /usr/local/share/man/man1
  newsgraph man man1 && man ./man1/newsgraph-query.1`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("man: give one DIR to write the pages into")
			}
			dir := args[0]
			if err := os.MkdirAll(dir, 0o777); err != nil {
				return fmt.Errorf("man: %w", err)
			}
			root := cmd.Root()
			root.DisableAutoGenTag = true
			hdr := &doc.GenManHeader{Title: "NEWSGRAPH", Section: "1", Source: "newsgraph", Manual: "newsgraph manual"}
			if err := doc.GenManTree(root, hdr, dir); err != nil {
				return fmt.Errorf("man: %w", err)
			}
			n, _ := filepath.Glob(filepath.Join(dir, "newsgraph*.1"))
			fmt.Fprintf(a.stderr, "newsgraph: wrote %d man pages into %s\n", len(n), dir)
			return nil
		},
	}
}
