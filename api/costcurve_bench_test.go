package api_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/neo4j"
)

// BenchmarkCostCurve measures what a growing corpus costs, for the sizes
// GOVGRAPH_COST_SIZES (default 1,10,100,1000,5000) of GOVGRAPH_CORPUS's
// documents in name order, on the store the environment chooses (Neo4j
// with NEO4J_URI, else embedded). The corpus is imported in steps (the
// first size, then the documents up to the next, ...), and after each step
// it records:
//
//   - import: the wall and CPU seconds of the store's Import (parse
//     excluded, its seconds recorded apart), summed over the steps so far;
//   - memory: embedded, the Go heap in use after a GC and the process RSS;
//     Neo4j, the size on disk of the files under GOVGRAPH_NEO4J_DATA and
//     the JVM heap in use after a full GC (jcmd, jstat; GOVGRAPH_NEO4J_PID);
//   - cold: GOVGRAPH_COST_COLD rounds (default 5; 3 above 1,000 documents),
//     each asking every route once, each time of a new handler (empty
//     caches; the database's own caches stay warm);
//   - warm: the handler of a route's last cold answer, asked
//     GOVGRAPH_COST_WARM times (20) more: answers from its response cache
//     after a version read.
//
// Rows go to GOVGRAPH_COST_OUT (a TSV file: store, docs, name, value, unit)
// and to stdout; scripts/costcurve draws and tabulates them. Answers may
// take up to 10 minutes (they are measured, not cut off); one the API
// refuses (e.g. 413 past its task limit) is recorded with its status.
func BenchmarkCostCurve(b *testing.B) {
	s := loadEnv(b)
	if s.corpus == "" {
		b.Fatal("set GOVGRAPH_CORPUS to a synthetic corpus (govgraph synth --n 5000 --out DIR)")
	}
	sizes := []int{1, 10, 100, 1000, 5000}
	if v := os.Getenv("GOVGRAPH_COST_SIZES"); v != "" {
		sizes = nil
		for f := range strings.SplitSeq(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 || len(sizes) > 0 && n <= sizes[len(sizes)-1] {
				b.Fatalf("GOVGRAPH_COST_SIZES=%q: want increasing positive numbers", v)
			}
			sizes = append(sizes, n)
		}
	}
	paths, err := filepath.Glob(filepath.Join(s.corpus, "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(paths)
	if len(paths) < sizes[len(sizes)-1] {
		b.Fatalf("GOVGRAPH_CORPUS=%s has %d documents, fewer than %d", s.corpus, len(paths), sizes[len(sizes)-1])
	}
	out := io.Discard
	if p := os.Getenv("GOVGRAPH_COST_OUT"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		out = f
	}
	coldRounds := envInt(b, "GOVGRAPH_COST_COLD", 0)
	warmCalls := envInt(b, "GOVGRAPH_COST_WARM", 20)

	opts := parseOptions(b)
	if load := os.Getenv("GOVGRAPH_COST_LOAD"); load == "bulk" {
		bulkCostCurve(b, s, paths, sizes, opts, out, coldRounds, warmCalls)
	} else if load != "" && load != "tx" {
		b.Fatalf("GOVGRAPH_COST_LOAD=%q: want tx (the default) or bulk", load)
	} else {
		txCostCurve(b, s, paths, sizes, opts, out, coldRounds, warmCalls)
	}
	for b.Loop() {
		// The measurements above are the benchmark; its loop has nothing to repeat.
	}
}

// costRecorder writes one measure of one size to the TSV file and stdout.
type costRecorder func(docs int, name string, value float64, unit string)

func newCostRecorder(out io.Writer, kind string) costRecorder {
	return func(docs int, name string, value float64, unit string) {
		fmt.Fprintf(out, "%s\t%d\t%s\t%g\t%s\n", kind, docs, name, value, unit)
		fmt.Printf("# cost %s docs=%d %s = %.4g %s\n", kind, docs, name, value, unit)
	}
}

// txCostCurve imports the corpus in steps through the store's own Import
// (one document, one transaction) and measures after each step.
func txCostCurve(b *testing.B, s loadSettings, paths []string, sizes []int, opts extract.Options, out io.Writer, coldRounds, warmCalls int) {
	store := openCostStore(b, s)
	kind := store.Kind()
	record := newCostRecorder(out, kind)
	ctx := context.Background()
	var importWall, importCPU, parseWall time.Duration
	var rels, tasks int
	var ids []string
	for _, n := range sizes {
		for _, p := range paths[len(ids):n] {
			t0 := time.Now()
			doc, err := extract.ParseFile(p, opts)
			if err != nil {
				b.Fatalf("parse %s: %v", p, err)
			}
			parseWall += time.Since(t0)
			t0, c0 := time.Now(), cpuTime()
			res, err := store.Import(ctx, doc)
			if err != nil {
				b.Fatalf("import %s: %v", p, err)
			}
			importWall += time.Since(t0)
			importCPU += cpuTime() - c0
			rels += res.Rels
			tasks += res.Tasks
			ids = append(ids, res.Document)
		}
		record(n, "tasks", float64(tasks), "tasks")
		record(n, "relationships", float64(rels), "rels")
		record(n, "import", importWall.Seconds(), "s")
		record(n, "import-cpu-govgraph", importCPU.Seconds(), "s")
		record(n, "parse", parseWall.Seconds(), "s")
		for _, m := range storeMemory(b, kind, os.Getenv("GOVGRAPH_NEO4J_DATA"), os.Getenv("GOVGRAPH_NEO4J_PID")) {
			record(n, m.name, m.value, m.unit)
		}
		measureAnswers(store, kind, record, n, ids, coldRounds, warmCalls)
	}
}

// bulkCostCurve measures, at each size, a Neo4j that holds the first N
// documents of the corpus and nothing else, loaded by the bulk first load:
// the private server (scripts/neo4j-local, NEO4J_LOCAL_DIR and NEO4J_PORT)
// stopped, `govgraph import --bulk --overwrite` (GOVGRAPH_BIN) into its
// home, the server started keeping that data, and the store's Open (which
// creates the schema and waits for its range indexes: from then on the
// store answers any question). Its "import" is that whole time, the three
// parts recorded apart (import-bulk, server-start, first-answer) with the
// bulk import's parse, its CPU (govgraph and neo4j-admin) and the tasks
// and relationships it reports. An untimed load of the first size comes
// first: it writes the importer's class data sharing archive, which every
// later load maps (BENCHMARKS.md §13c). Rows are recorded as the store
// "neo4j-bulk". The server is stopped at the end.
func bulkCostCurve(b *testing.B, s loadSettings, paths []string, sizes []int, opts extract.Options, out io.Writer, coldRounds, warmCalls int) {
	bin, dir := os.Getenv("GOVGRAPH_BIN"), os.Getenv("NEO4J_LOCAL_DIR")
	if bin == "" || dir == "" || os.Getenv("NEO4J_PORT") == "" {
		b.Fatal("GOVGRAPH_COST_LOAD=bulk needs GOVGRAPH_BIN (a govgraph binary), NEO4J_LOCAL_DIR and NEO4J_PORT (a private scripts/neo4j-local server: its database is replaced)")
	}
	if s.neo4jURI != "" {
		b.Fatal("GOVGRAPH_COST_LOAD=bulk starts its own server (NEO4J_LOCAL_DIR, NEO4J_PORT): unset NEO4J_URI")
	}
	script, err := filepath.Abs(filepath.Join("..", "scripts", "neo4j-local"))
	if err != nil {
		b.Fatal(err)
	}
	home := filepath.Join(dir, "home")
	local := func(keep bool, arg string) string {
		b.Helper()
		cmd := exec.Command(script, arg)
		cmd.Env = os.Environ()
		if keep {
			cmd.Env = append(cmd.Env, "NEO4J_KEEP_DATA=1")
		}
		cmd.Stderr = os.Stderr
		got, err := cmd.Output()
		if err != nil {
			b.Fatalf("neo4j-local %s: %v", arg, err)
		}
		return strings.TrimSpace(string(got))
	}
	b.Cleanup(func() { local(false, "stop") })
	// A fresh start and stop writes the home's configuration.
	local(false, "stop")
	local(false, "start")
	local(false, "stop")
	if _, err := bulkLoad(bin, home, paths[:sizes[0]]); err != nil {
		b.Fatalf("untimed bulk load: %v", err)
	}
	// The compared documents are the first two in name order, as in the
	// transactional curve.
	var ids []string
	for _, p := range paths[:min(2, len(paths))] {
		doc, err := extract.ParseFile(p, opts)
		if err != nil {
			b.Fatalf("parse %s: %v", p, err)
		}
		ids = append(ids, doc.Meta.ID)
	}
	const kind = "neo4j-bulk"
	record := newCostRecorder(out, kind)
	ctx := context.Background()
	for _, n := range sizes {
		t0 := time.Now()
		res, err := bulkLoad(bin, home, paths[:n])
		if err != nil {
			b.Fatalf("bulk load of %d documents: %v", n, err)
		}
		t1 := time.Now()
		uri := local(true, "start")
		t2 := time.Now()
		store, err := neo4j.Open(ctx, neo4j.Config{URI: uri, QueryTimeout: 10 * time.Minute})
		if err != nil {
			b.Fatalf("open %s: %v", uri, err)
		}
		counts, err := store.Counts(ctx)
		if err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		if counts.Documents != n {
			b.Fatalf("the bulk-loaded store holds %d documents, want %d", counts.Documents, n)
		}
		record(n, "tasks", float64(res.tasks), "tasks")
		record(n, "relationships", float64(res.rels), "rels")
		record(n, "import", t3.Sub(t0).Seconds(), "s")
		record(n, "import-bulk", t1.Sub(t0).Seconds(), "s")
		record(n, "server-start", t2.Sub(t1).Seconds(), "s")
		record(n, "first-answer", t3.Sub(t2).Seconds(), "s")
		record(n, "import-cpu-govgraph", res.cpu.Seconds(), "s")
		record(n, "import-cpu-neo4j-admin", res.adminCPU.Seconds(), "s")
		record(n, "parse", res.parse.Seconds(), "s")
		pid, err := os.ReadFile(filepath.Join(home, "run", "neo4j.pid"))
		if err != nil {
			b.Fatal(err)
		}
		for _, m := range storeMemory(b, "neo4j", filepath.Join(home, "data"), strings.TrimSpace(string(pid))) {
			record(n, m.name, m.value, m.unit)
		}
		measureAnswers(store, kind, record, n, ids[:min(n, len(ids))], coldRounds, warmCalls)
		store.Close()
		local(false, "stop")
	}
}

// bulkResult is what a bulk load reports and costs.
type bulkResult struct {
	tasks, rels          int
	parse, adminCPU, cpu time.Duration // cpu: the govgraph process with neo4j-admin, its child
}

// bulkLoad runs `govgraph import --bulk --overwrite` of paths into the
// (stopped) server's home and reads its summary line.
func bulkLoad(bin, home string, paths []string) (bulkResult, error) {
	cmd := exec.Command(bin, append([]string{"import", "--bulk", "--overwrite", "--neo4j-home", home}, paths...)...)
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return bulkResult{}, fmt.Errorf("%v: %s", err, stdout.Bytes())
	}
	res, err := parseBulkSummary(stdout.String())
	if err != nil {
		return res, err
	}
	// The child's rusage includes the children it waited for (neo4j-admin).
	res.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return res, nil
}

// bulkSummary matches the line `govgraph import --bulk` ends with.
var bulkSummary = regexp.MustCompile(`(\d+) tasks, (\d+) relationships in \S+ \(neo4j bulk import: parse (\S+), neo4j-admin \S+, its CPU (\S+)\)`)

func parseBulkSummary(out string) (bulkResult, error) {
	m := bulkSummary.FindStringSubmatch(out)
	if m == nil {
		return bulkResult{}, fmt.Errorf("no bulk import summary in %q", out)
	}
	var res bulkResult
	var err error
	if res.tasks, err = strconv.Atoi(m[1]); err != nil {
		return res, err
	}
	if res.rels, err = strconv.Atoi(m[2]); err != nil {
		return res, err
	}
	if res.parse, err = time.ParseDuration(m[3]); err != nil {
		return res, err
	}
	if res.adminCPU, err = time.ParseDuration(m[4]); err != nil {
		return res, err
	}
	return res, nil
}

// measureAnswers records the cold and warm p50 / p99 of the main answers
// on store (recorded as kind), which holds the n documents ids begins with.
func measureAnswers(store graph.Store, kind string, record costRecorder, n int, ids []string, coldRounds, warmCalls int) {
	cfg := api.Config{Store: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), RequestTimeout: 10 * time.Minute}
	routes := costRoutes(ids)
	rounds := coldRounds
	if rounds == 0 {
		rounds = 5
		if n > 1000 {
			rounds = 3
		}
	}
	cold := map[string][]time.Duration{}
	last := map[string]http.Handler{} // the handler of each route's last cold answer
	for range rounds {
		for _, r := range routes {
			// Each answer from empty caches, none helped by another's.
			handler := api.NewHandler(cfg)
			last[r.name] = handler
			d, status := timeRoute(handler, r.path)
			if status != http.StatusOK {
				record(n, r.name+"-status", float64(status), "http")
				fmt.Printf("# cost %s docs=%d %s answered %d after %.4g ms\n", kind, n, r.name, status, ms(d))
				continue
			}
			cold[r.name] = append(cold[r.name], d)
			// Printed at once, so that a run stopped early still tells.
			fmt.Printf("# cost %s docs=%d %s cold answer %d = %.4g ms\n", kind, n, r.name, len(cold[r.name]), ms(d))
		}
	}
	for _, r := range routes {
		if len(cold[r.name]) == 0 {
			continue
		}
		p50, p99 := percentiles(cold[r.name])
		record(n, r.name+"-cold-p50", ms(p50), "ms")
		record(n, r.name+"-cold-p99", ms(p99), "ms")
		// Warm: the handler of the last cold answer, asked again
		// and again, answers from its cache.
		var warm []time.Duration
		for range warmCalls {
			d, status := timeRoute(last[r.name], r.path)
			if status == http.StatusOK {
				warm = append(warm, d)
			}
		}
		if len(warm) > 0 {
			p50, p99 := percentiles(warm)
			record(n, r.name+"-warm-p50", ms(p50), "ms")
			record(n, r.name+"-warm-p99", ms(p99), "ms")
		}
	}
}

type costRoute struct{ name, path string }

// costRoutes are the main answers: the unit network with each role filter,
// its metrics, the bottleneck chart and the comparison of two documents.
func costRoutes(ids []string) []costRoute {
	routes := []costRoute{
		{"network", u("/networks/units")},
		{"network-lead", u("/networks/units", "role", "lead")},
		{"network-responsible", u("/networks/units", "role", "responsible")},
		{"metrics", u("/metrics/units")},
		{"bottleneck", u("/charts/bottleneck")},
	}
	if len(ids) >= 2 {
		routes = append(routes, costRoute{"compare", u("/compare", "from", ids[0], "to", ids[1])})
	}
	return routes
}

func timeRoute(h http.Handler, path string) (time.Duration, int) {
	rec := httptest.NewRecorder()
	start := time.Now()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return time.Since(start), rec.Code
}

// percentiles are the nearest-rank p50 and p99 (of few samples, p99 is
// the slowest).
func percentiles(d []time.Duration) (p50, p99 time.Duration) {
	s := slices.Clone(d)
	slices.Sort(s)
	rank := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.999999) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return rank(0.50), rank(0.99)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime is the user and system CPU time of this process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// openCostStore opens an empty store: embedded in a temporary directory, or
// Neo4j, whose reads may take 10 minutes here.
func openCostStore(b *testing.B, s loadSettings) graph.Store {
	b.Helper()
	if s.neo4jURI == "" {
		return openLoadStore(b, s, nil)
	}
	ctx := context.Background()
	store, err := neo4j.Open(ctx, neo4j.Config{URI: s.neo4jURI, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"), QueryTimeout: 10 * time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	counts, err := store.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if counts.Documents > 0 {
		b.Fatalf("Neo4j at %s holds %d documents; the cost curve needs an empty database", s.neo4jURI, counts.Documents)
	}
	return store
}

type measure struct {
	name  string
	value float64
	unit  string
}

// storeMemory is what the store holds; on Neo4j, the files under dataDir
// and the JVM of pid (either may be empty: not measured).
func storeMemory(b *testing.B, kind, dataDir, pid string) []measure {
	b.Helper()
	const mib = 1 << 20
	if kind != "neo4j" {
		runtime.GC()
		debug.FreeOSMemory()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return []measure{{"go-heap", float64(m.HeapAlloc) / mib, "MiB"}, {"process-rss", procStatusKB("self", "VmRSS") / 1024, "MiB"}}
	}
	var got []measure
	if dir := dataDir; dir != "" {
		var size int64
		err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			info, err := d.Info()
			if err == nil {
				size += info.Size()
			}
			return err
		})
		if err != nil {
			b.Logf("size of %s: %v", dir, err)
		} else {
			got = append(got, measure{"neo4j-disk", float64(size) / mib, "MiB"})
		}
	}
	if pid != "" {
		if used, err := jvmHeapUsed(pid); err != nil {
			b.Logf("JVM heap of %s: %v", pid, err)
		} else {
			got = append(got, measure{"jvm-heap", used / mib, "MiB"})
		}
		got = append(got, measure{"jvm-rss", procStatusKB(pid, "VmRSS") / 1024, "MiB"},
			measure{"jvm-cpu", procCPUSeconds(pid), "s"})
	}
	return got
}

// jvmHeapUsed is the JVM's heap in use after a full GC, in bytes: jstat's
// survivor, eden and old space usage.
func jvmHeapUsed(pid string) (float64, error) {
	if out, err := exec.Command("jcmd", pid, "GC.run").CombinedOutput(); err != nil {
		return 0, fmt.Errorf("jcmd GC.run: %v %s", err, out)
	}
	out, err := exec.Command("jstat", "-gc", pid).Output()
	if err != nil {
		return 0, fmt.Errorf("jstat: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 {
		return 0, fmt.Errorf("jstat: %q", out)
	}
	head, vals := strings.Fields(lines[0]), strings.Fields(lines[len(lines)-1])
	var kb float64
	for i, h := range head {
		if i < len(vals) && (h == "S0U" || h == "S1U" || h == "EU" || h == "OU") {
			v, err := strconv.ParseFloat(vals[i], 64)
			if err != nil {
				return 0, fmt.Errorf("jstat %s: %q", h, vals[i])
			}
			kb += v
		}
	}
	return kb * 1024, nil
}

// procStatusKB is a "kB" field of /proc/PID/status.
func procStatusKB(pid, field string) float64 {
	data, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if name, rest, ok := strings.Cut(sc.Text(), ":"); ok && name == field {
			f := strings.Fields(rest)
			if len(f) > 0 {
				v, _ := strconv.ParseFloat(f[0], 64)
				return v
			}
		}
	}
	return 0
}

// procCPUSeconds is the user and system CPU time of a process so far.
func procCPUSeconds(pid string) float64 {
	data, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0
	}
	// Fields after the command name, which is in parentheses.
	i := bytes.LastIndexByte(data, ')')
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // USER_HZ on Linux
}
