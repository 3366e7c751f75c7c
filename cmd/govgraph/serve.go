package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"govgraph/api"
	"govgraph/frontend"
	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/quality"
)

func init() {
	register("serve", "serve the API and the UI", runServe)
}

// serveConfig is what `govgraph serve` is told by flags and environment.
type serveConfig struct {
	store      storeFlags
	addr       string
	seeds      string
	adminToken string
	reqTimeout time.Duration
	cypherTime time.Duration
	maxUpload  int64
	hosts      string
	slots      int
	queue      int
}

func newServeFlags(env *Env) (*flag.FlagSet, *serveConfig) {
	c := &serveConfig{}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	c.store.register(fs, env)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen address")
	fs.StringVar(&c.seeds, "seeds", "seeds", "seed directory: tables, and documents/ loaded into an empty store")
	fs.StringVar(&c.adminToken, "admin-token", env.Getenv("GOVGRAPH_ADMIN_TOKEN"), "bearer token that allows uploads and deletes; empty means read-only [GOVGRAPH_ADMIN_TOKEN]")
	fs.DurationVar(&c.reqTimeout, "request-timeout", api.DefaultRequestTimeout, "time limit of one API request")
	fs.DurationVar(&c.cypherTime, "cypher-timeout", api.DefaultCypherTimeout, "time limit of one query of the read-only Cypher console")
	fs.Int64Var(&c.maxUpload, "max-upload", api.DefaultMaxUpload, "largest accepted upload in bytes")
	fs.IntVar(&c.slots, "compute-slots", 0, "computations at once per expensive route (networks, metrics, charts, export); 0: the number of CPUs")
	fs.IntVar(&c.queue, "compute-queue", api.DefaultComputeQueue, "requests that may wait per expensive route beyond the slots before 503; -1: none")
	fs.StringVar(&c.hosts, "allowed-hosts", env.Getenv("GOVGRAPH_ALLOWED_HOSTS"), "comma-separated host names the server answers to (Host header, any port); "+
		"empty: the listen address (the loopback names on loopback; any host on 0.0.0.0 or ::); * allows any [GOVGRAPH_ALLOWED_HOSTS]")
	return fs, c
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs, c := newServeFlags(env)
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))

	if _, err := parseOptions(c.seeds); err != nil {
		return err
	}
	// The seed tables with the data directory's own (accepted suggestions of
	// the quality queue) over them; docs/quality.md.
	tables, err := quality.OpenTables(c.seeds, filepath.Join(c.store.data, "tables"))
	if err != nil {
		return err
	}
	store, err := c.store.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := loadSeeds(ctx, store, filepath.Join(c.seeds, "documents"), tables.Options(), log); err != nil {
		return err
	}

	assets, err := frontendAssets()
	if err != nil {
		return err
	}
	hosts := allowedHosts(c.hosts, c.addr)
	handler := api.NewHandler(api.Config{
		Store:      store,
		Quality:    &quality.Service{Store: store, Tables: tables},
		AdminToken: c.adminToken,
		Parse: func(ctx context.Context, name string, data []byte) (*graph.Document, error) {
			return extract.ParseContext(ctx, name, data, tables.Options())
		},
		UploadDir:      filepath.Join(c.store.data, "uploads"),
		Logger:         log,
		Assets:         assets,
		RequestTimeout: c.reqTimeout,
		CypherTimeout:  c.cypherTime,
		MaxUpload:      c.maxUpload,
		AllowedHosts:   hosts,
		ComputeSlots:   c.slots,
		ComputeQueue:   c.queue,
	})

	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", c.addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      c.reqTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	if hosts == nil {
		log.Warn("answering any Host header: set --allowed-hosts to the names clients use, against DNS rebinding", "addr", c.addr)
	}
	log.Info("govgraph serving", "url", "http://"+ln.Addr().String(), "store", store.Kind(), "readOnly", c.adminToken == "", "allowedHosts", hosts)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// allowedHosts is the --allowed-hosts list, or by default the listen
// address: the loopback names when it is a loopback address, the address
// itself when it is another one, any host (nil) when it is all of them.
func allowedHosts(flag, addr string) []string {
	var hosts []string
	for _, h := range strings.Split(flag, ",") {
		if h = strings.TrimSpace(h); h == "*" {
			return nil
		} else if h != "" {
			hosts = append(hosts, h)
		}
	}
	if len(hosts) > 0 {
		return hosts
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	ip := net.ParseIP(host)
	switch {
	case host == "localhost" || ip != nil && ip.IsLoopback():
		return []string{"localhost", "127.0.0.1", "::1"}
	case host == "" || ip != nil && ip.IsUnspecified():
		return nil // every address: the names clients use are not known
	}
	return []string{host}
}

// frontendAssets returns the built UI, or nil when it was not built.
func frontendAssets() (fs.FS, error) {
	dist, err := fs.Sub(frontend.Dist, "dist")
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(dist, "index.html"); err != nil {
		return nil, nil
	}
	return dist, nil
}

// loadSeeds imports every document in dir when the store holds none.
func loadSeeds(ctx context.Context, store graph.Store, dir string, opts extract.Options, log *slog.Logger) error {
	counts, err := store.Counts(ctx)
	if err != nil {
		return err
	}
	if counts.Documents > 0 {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		log.Info("no seed documents", "dir", dir)
		return nil
	}
	if err != nil {
		return fmt.Errorf("read seeds: %w", err)
	}
	var paths []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		res, err := importFile(ctx, store, p, opts)
		if err != nil {
			return fmt.Errorf("seed %s: %w", p, err)
		}
		log.Info("seed loaded", "file", p, "document", res.Document, "tasks", res.Tasks)
	}
	return nil
}
