package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/web"
)

func (a *app) serveCmd() *cobra.Command {
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	var addr string
	var writable bool
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "serve newsgraph's pages, the saved queries and Cayley's API over HTTP",
		Long: `Serve the store over HTTP: newsgraph's pages at / (a start page with what the
store holds, search, entities with the sentences behind each fact, pictures),
the saved queries as tables at /ng/saved/ and as JSON at /api/saved/NAME, a
Gizmo query page at /ng/query, Cayley's HTTP API at /api/v2/ and its own web
UI at /cayley/ (which loads its editor from the internet). Read-only unless
--writable; listens on 127.0.0.1 unless told otherwise. Ctrl-C stops it.`,
		Example: `  newsgraph serve
  newsgraph serve --addr 127.0.0.1:8080 --queries myq`,
		Args: noArgs("serve"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.serve(sf, qf, lf, addr, writable)
		},
	}
	sf.register(cmd)
	qf.register(cmd)
	lf.register(cmd)
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:64210", "`HOST:PORT` to listen on")
	cmd.Flags().BoolVar(&writable, "writable", false, "accept writes through the HTTP API")
	return cmd
}

func (a *app) serve(sf storeFlags, qf queryFlags, lf queriesFlag, addr string, writable bool) error {
	lib, err := lf.library(sf)
	if err != nil {
		return err
	}
	a.note(lib.Notes()...)
	st, err := sf.open(qf.timeout)
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler: web.Handler(st, web.Options{
			ServerOptions: graph.ServerOptions{Writable: writable, Limit: qf.limit, Timeout: qf.timeout},
			Dot:           os.Getenv("NEWSGRAPH_DOT"),
			Queries:       lib,
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	fmt.Fprintf(a.stdout, "serving %s on http://%s: newsgraph's pages at /, its query page at /ng/query, saved queries at /ng/saved/ (as JSON at /api/saved/NAME), Cayley's web UI at /cayley/, its HTTP API at /api/v2/query?lang=gizmo\n", st.Addr, ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// read the names a search looks in before the first search asks; the
	// store closes only after this reading has stopped
	warmCtx, stopWarm := context.WithCancel(ctx)
	warmed := make(chan struct{})
	go func() { st.WarmNames(warmCtx); close(warmed) }()
	defer func() { stopWarm(); <-warmed }()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(shut)
}
