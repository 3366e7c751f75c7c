package api_test

// Load benchmarks for BENCHMARKS.md. They serve the API on a real
// http.Server on loopback, over the embedded store or Neo4j, loaded with the
// seed or with a synthetic corpus. They are skipped unless GOVGRAPH_LOAD=1, so
// that `go test -bench .` stays quick.
//
//	GOVGRAPH_LOAD=1 go test -run '^$' -bench StoreLoad -benchtime 1x ./api/
//
// Knobs (environment):
//
//	GOVGRAPH_CORPUS=DIR            load DIR/*.txt instead of the seed (relative to api/)
//	NEO4J_URI=bolt://...           use Neo4j (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
//	GOVGRAPH_LOAD_DURATION=30s     length of each measured HTTP run
//	GOVGRAPH_LOAD_CLIENTS=50       concurrent HTTP clients
//	GOVGRAPH_QUERY_DURATION=10s    length of each in-process query run
//	GOVGRAPH_IMPORT_SIZES=1,100,1000  corpus prefixes BenchmarkCorpusImport imports
//	GOVGRAPH_NAIVE_MAX=100         largest prefix imported the naive way (Neo4j)
//
// On Neo4j the database must hold no document other than those loaded: the
// benchmarks refuse to run over someone else's data, and delete what they
// imported when they end.

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"govgraph/api"
	"govgraph/api/internal/loadgen"
	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
	"govgraph/graph/neo4j"
)

// loadSettings are the knobs of the load benchmarks.
type loadSettings struct {
	corpus        string // directory of documents; empty: the seed
	neo4jURI      string
	duration      time.Duration // of each HTTP run
	clients       int
	queryDuration time.Duration // of each in-process query run
	importSizes   []int
	naiveMax      int
}

// loadEnv reads the knobs, skipping the benchmark unless GOVGRAPH_LOAD=1.
func loadEnv(b *testing.B) loadSettings {
	b.Helper()
	if os.Getenv("GOVGRAPH_LOAD") != "1" {
		b.Skip("load benchmark: set GOVGRAPH_LOAD=1 to run it (see scripts/bench and BENCHMARKS.md)")
	}
	s := loadSettings{
		corpus:        os.Getenv("GOVGRAPH_CORPUS"),
		neo4jURI:      os.Getenv("NEO4J_URI"),
		duration:      envDuration(b, "GOVGRAPH_LOAD_DURATION", 30*time.Second),
		clients:       envInt(b, "GOVGRAPH_LOAD_CLIENTS", 50),
		queryDuration: envDuration(b, "GOVGRAPH_QUERY_DURATION", 10*time.Second),
		naiveMax:      envInt(b, "GOVGRAPH_NAIVE_MAX", 100),
	}
	sizes := cmp.Or(os.Getenv("GOVGRAPH_IMPORT_SIZES"), "1,100,1000")
	for f := range strings.SplitSeq(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			b.Fatalf("GOVGRAPH_IMPORT_SIZES=%q: %q is not a positive number", sizes, f)
		}
		s.importSizes = append(s.importSizes, n)
	}
	return s
}

func envDuration(b *testing.B, key string, def time.Duration) time.Duration {
	b.Helper()
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		b.Fatalf("%s=%q is not a positive duration such as 30s", key, v)
	}
	return d
}

func envInt(b *testing.B, key string, def int) int {
	b.Helper()
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("%s=%q is not a positive number", key, v)
	}
	return n
}

// loadDocuments parses the seed, or every *.txt of the corpus directory, with
// the seed tables.
func loadDocuments(b *testing.B, corpus string) []*graph.Document {
	b.Helper()
	opts := parseOptions(b)
	paths := []string{seedPath(b)}
	if corpus != "" {
		var err error
		if paths, err = filepath.Glob(filepath.Join(corpus, "*.txt")); err != nil {
			b.Fatal(err)
		}
		if len(paths) == 0 {
			b.Fatalf("GOVGRAPH_CORPUS=%s: no *.txt documents there (a relative path is taken from api/; make a corpus with `govgraph synth --n 1000 --out DIR`)", corpus)
		}
		slices.Sort(paths)
	}
	docs := make([]*graph.Document, 0, len(paths))
	for _, p := range paths {
		doc, err := extract.ParseFile(p, opts)
		if err != nil {
			b.Fatalf("parse %s: %v", p, err)
		}
		if len(doc.Tasks) == 0 {
			b.Fatalf("%s: no annotated tasks", p)
		}
		docs = append(docs, doc)
	}
	return docs
}

// openLoadStore opens Neo4j when a URI is given, else an embedded store in
// a temporary directory. On Neo4j it refuses a database that holds
// documents other than docs, and deletes at the end those of docs that were
// not stored before.
func openLoadStore(b *testing.B, s loadSettings, docs []*graph.Document) graph.Store {
	b.Helper()
	if s.neo4jURI == "" {
		store, err := embedded.Open(b.TempDir())
		if err != nil {
			b.Fatalf("open embedded store: %v", err)
		}
		b.Cleanup(func() { store.Close() })
		return store
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	store, err := neo4j.Open(ctx, neo4j.Config{
		URI: s.neo4jURI, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), QueryTimeout: api.DefaultRequestTimeout, // as `govgraph serve`
	})
	if err != nil {
		b.Fatalf("open Neo4j at %s: %v", s.neo4jURI, err)
	}
	wanted := map[string]bool{}
	for _, d := range docs {
		wanted[d.Meta.ID] = true
	}
	stored, err := store.Documents(ctx)
	if err != nil {
		store.Close()
		b.Fatalf("list the documents in Neo4j: %v", err)
	}
	before := map[string]bool{}
	for _, d := range stored {
		if !wanted[d.ID] {
			store.Close()
			b.Fatalf("Neo4j at %s holds document %s (%s), which this benchmark did not load; use an empty database (scripts/neo4j-local start gives a fresh one)",
				s.neo4jURI, d.ID, d.Title)
		}
		before[d.ID] = true
	}
	b.Cleanup(func() {
		ctx := context.Background()
		for _, d := range docs {
			if before[d.Meta.ID] {
				continue
			}
			if err := store.DeleteDocument(ctx, d.Meta.ID); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
				b.Errorf("clean up: delete %s: %v", d.Meta.ID, err)
			}
		}
		store.Close()
	})
	return store
}

// importAll imports docs and returns what was stored.
func importAll(ctx context.Context, store graph.Store, docs []*graph.Document,
	imp func(context.Context, *graph.Document) (graph.ImportResult, error)) (rels, nodes int, err error) {
	for _, d := range docs {
		res, err := imp(ctx, d)
		if err != nil {
			return rels, nodes, fmt.Errorf("import %s: %w", d.Meta.ID, err)
		}
		rels += res.Rels
		nodes += res.Nodes
	}
	return rels, nodes, nil
}

// busiestStoredLeader is the named (not placeholder) leader with the most tasks,
// whose portfolio is the heaviest one to ask for.
func busiestStoredLeader(b *testing.B, store graph.Store) graph.LeaderInfo {
	b.Helper()
	leaders, err := store.Leaders(context.Background(), graph.EntityFilter{})
	if err != nil {
		b.Fatalf("list leaders: %v", err)
	}
	var best graph.LeaderInfo
	for _, l := range leaders {
		if !l.Placeholder && l.Tasks > best.Tasks {
			best = l
		}
	}
	if best.Tasks == 0 {
		b.Fatal("no leader with tasks in the store")
	}
	return best
}

// loadRow is one line of the table a benchmark prints.
type loadRow struct {
	name    string
	clients int
	res     loadgen.Result
	bytes   int
}

// report sets the benchmark's metrics from a run. A run in which no
// request completed has no latencies to report: it says so instead of
// reporting zeros.
func report(b *testing.B, r loadgen.Result) {
	if r.Requests == 0 {
		fmt.Printf("# %s: no request completed within %s\n", b.Name(), r.Duration.Round(time.Second))
		b.ReportMetric(0, "requests")
		return
	}
	b.ReportMetric(float64(r.P50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(r.P99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(r.Errors), "errors")
	b.ReportMetric(r.RPS(), "req/s")
	b.ReportMetric(float64(r.Requests), "requests")
}

// timeQueries calls query one at a time until d has passed (and at least
// 20 times), and summarises the latencies; a failed call counts as an error.
func timeQueries(ctx context.Context, d time.Duration, query func(context.Context) error) loadgen.Result {
	var lat []time.Duration
	errs := 0
	start := time.Now()
	for len(lat) < 20 || time.Since(start) < d {
		t0 := time.Now()
		if err := query(ctx); err != nil {
			if errs == 0 {
				fmt.Printf("# first failed call: %v\n", err)
			}
			errs++
		}
		lat = append(lat, time.Since(t0))
	}
	return loadgen.Summarize(lat, errs, time.Since(start))
}

// BenchmarkStoreLoad loads the seed (or GOVGRAPH_CORPUS) into the store
// and measures, for the unit co-assignment network and the busiest leader's
// portfolio:
//
//   - query=…: the store call in process, one at a time, for
//     GOVGRAPH_QUERY_DURATION (p50/p99 of single calls);
//   - http=…: GET on a real http.Server on 127.0.0.1 from 50 concurrent
//     loadgen clients for GOVGRAPH_LOAD_DURATION, after a short warm-up.
//
// Client and server share the machine, so the HTTP figures include the
// load generator's own CPU.
func BenchmarkStoreLoad(b *testing.B) {
	s := loadEnv(b)
	docs := loadDocuments(b, s.corpus)
	store := openLoadStore(b, s, docs)
	ctx := context.Background()

	t0 := time.Now()
	rels, _, err := importAll(ctx, store, docs, store.Import)
	if err != nil {
		b.Fatal(err)
	}
	loadTime := time.Since(t0)
	leader := busiestStoredLeader(b, store)
	ref := graph.EntityRef{Jurisdiction: leader.Jurisdiction, Name: leader.Name}
	// Printed rather than logged: the parent of sub-benchmarks shows no log.
	fmt.Printf("# %s store, %d documents (%d relationships, loaded in %s), busiest leader %s/%s with %d tasks\n",
		store.Kind(), len(docs), rels, loadTime.Round(time.Millisecond), leader.Jurisdiction, leader.Name, leader.Tasks)

	handler := api.NewHandler(api.Config{
		Store: store,
		// Access logs are formatted as in production, then dropped.
		Logger: slog.New(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo})),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })
	base := "http://" + ln.Addr().String()

	routes := []struct {
		name  string
		label string // the route as the table shows it
		path  string
		query func(context.Context) error
	}{
		{"network", "GET /networks/units", u("/networks/units"), func(ctx context.Context) error {
			net, err := store.UnitNetwork(ctx, graph.NetworkFilter{})
			if err == nil && len(net.Links) == 0 {
				err = errors.New("empty network")
			}
			return err
		}},
		{"portfolio", "GET /leaders/" + leader.Name + "/portfolio", u("/leaders/"+esc(leader.Name)+"/portfolio", "jurisdiction", leader.Jurisdiction), func(ctx context.Context) error {
			p, err := store.Portfolio(ctx, ref, nil)
			if err == nil && len(p.Tasks) == 0 {
				err = errors.New("empty portfolio")
			}
			return err
		}},
	}

	var rows []loadRow
	name := fmt.Sprintf("store=%s/docs=%d", store.Kind(), len(docs))
	b.Run(name, func(b *testing.B) {
		for _, r := range routes {
			b.Run("query="+r.name, func(b *testing.B) {
				var res loadgen.Result
				for b.Loop() {
					res = timeQueries(ctx, s.queryDuration, r.query)
				}
				report(b, res)
				rows = append(rows, loadRow{name: "query " + r.name, clients: 1, res: res})
			})
		}
		for _, r := range routes {
			b.Run("http="+r.name, func(b *testing.B) {
				url := base + r.path
				size := checkRoute(b, url)
				warm := min(s.duration/10, 3*time.Second)
				if _, err := loadgen.Run(ctx, url, s.clients, warm); err != nil {
					b.Fatal(err)
				}
				var res loadgen.Result
				for b.Loop() {
					if res, err = loadgen.Run(ctx, url, s.clients, s.duration); err != nil {
						b.Fatal(err)
					}
				}
				report(b, res)
				b.ReportMetric(float64(size)/1024, "resp-KiB")
				rows = append(rows, loadRow{name: r.label, clients: s.clients, res: res, bytes: size})
			})
		}
	})

	var tab strings.Builder
	w := tabwriter.NewWriter(&tab, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "%s\tclients\trequests\treq/s\tp50\tp99\tmax\terrors\tresponse\t\n", name)
	for _, r := range rows {
		resp := "-"
		if r.bytes > 0 {
			resp = fmt.Sprintf("%.1f KiB", float64(r.bytes)/1024)
		}
		if r.res.Requests == 0 {
			fmt.Fprintf(w, "%s\t%d\t0\t0\tnone completed within %s\t\t\t%d\t%s\t\n", r.name, r.clients,
				r.res.Duration.Round(time.Second), r.res.Errors, resp)
			continue
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%.0f\t%s\t%s\t%s\t%d\t%s\t\n", r.name, r.clients, r.res.Requests, r.res.RPS(),
			r.res.P50.Round(10*time.Microsecond), r.res.P99.Round(10*time.Microsecond), r.res.Max.Round(10*time.Microsecond),
			r.res.Errors, resp)
	}
	w.Flush()
	fmt.Printf("\n%s\n", tab.String())
}

// checkRoute makes sure url answers 200 with a JSON object before it is
// loaded, and returns the size of the answer.
func checkRoute(b *testing.B, url string) int {
	b.Helper()
	res, err := http.Get(url)
	if err != nil {
		b.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		b.Fatal(err)
	}
	var v map[string]any
	if res.StatusCode != http.StatusOK || json.Unmarshal(body, &v) != nil {
		b.Fatalf("GET %s: status %d, body %.300s", url, res.StatusCode, body)
	}
	return len(body)
}

// naiveImporter is the Neo4j store's one-statement-per-relationship import.
type naiveImporter interface {
	ImportNaive(ctx context.Context, doc *graph.Document) (graph.ImportResult, error)
}

// BenchmarkCorpusImport imports the first 1, 100 and 1,000 documents of
// GOVGRAPH_CORPUS (or the seed) into an empty store, already parsed, with
// the store's Import and, on Neo4j, with ImportNaive (one auto-commit
// statement per node and relationship) up to GOVGRAPH_NAIVE_MAX documents.
// The documents are deleted, untimed, before each round; each method is
// warmed up first on one document.
func BenchmarkCorpusImport(b *testing.B) {
	s := loadEnv(b)
	docs := loadDocuments(b, s.corpus)
	store := openLoadStore(b, s, docs)
	ctx := context.Background()

	methods := []struct {
		name string
		imp  func(context.Context, *graph.Document) (graph.ImportResult, error)
		max  int
	}{{"batched", store.Import, len(docs)}}
	if n, ok := store.(naiveImporter); ok {
		methods = append(methods, struct {
			name string
			imp  func(context.Context, *graph.Document) (graph.ImportResult, error)
			max  int
		}{"naive", n.ImportNaive, s.naiveMax})
	}
	deleteAll := func(b *testing.B, docs []*graph.Document) {
		b.Helper()
		for _, d := range docs {
			if err := store.DeleteDocument(ctx, d.Meta.ID); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
				b.Fatalf("delete %s: %v", d.Meta.ID, err)
			}
		}
	}
	// Warm up each method on the first document (connections, query plans,
	// the JIT of a freshly started Neo4j), untimed.
	for _, m := range methods {
		if _, err := m.imp(ctx, docs[0]); err != nil {
			b.Fatalf("warm-up import: %v", err)
		}
		deleteAll(b, docs[:1])
	}
	for _, n := range s.importSizes {
		if n > len(docs) {
			fmt.Printf("# docs=%d skipped: the corpus has %d documents\n", n, len(docs))
			continue
		}
		part := docs[:n]
		for _, m := range methods {
			if n > m.max {
				fmt.Printf("# docs=%d/%s skipped: above GOVGRAPH_NAIVE_MAX=%d\n", n, m.name, m.max)
				continue
			}
			b.Run(fmt.Sprintf("store=%s/docs=%d/%s", store.Kind(), n, m.name), func(b *testing.B) {
				rels, nodes := 0, 0
				for range b.N {
					b.StopTimer()
					deleteAll(b, part)
					b.StartTimer()
					r, nd, err := importAll(ctx, store, part, m.imp)
					if err != nil {
						b.Fatal(err)
					}
					rels += r
					nodes += nd
				}
				b.StopTimer()
				deleteAll(b, part)
				secs := b.Elapsed().Seconds()
				b.ReportMetric(float64(rels)/secs, "rels/s")
				b.ReportMetric(float64(nodes)/secs, "nodes/s")
				b.ReportMetric(float64(n*b.N)/secs, "docs/s")
				b.ReportMetric(float64(rels/b.N), "rels")
			})
		}
	}
}
