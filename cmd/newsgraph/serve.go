package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/web"
)

func (a *app) serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var sf storeFlags
	var qf queryFlags
	var lf queriesFlag
	sf.register(fs)
	qf.register(fs)
	lf.register(fs)
	addr := fs.String("addr", "127.0.0.1:64210", "address to listen on")
	writable := fs.Bool("writable", false, "accept writes through the HTTP API")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("serve: unexpected %q", pos[0])
	}
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
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler: web.Handler(st, web.Options{
			ServerOptions: graph.ServerOptions{Writable: *writable, Limit: qf.limit, Timeout: qf.timeout},
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
