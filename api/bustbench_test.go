package api_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/api/internal/loadgen"
)

// BenchmarkCacheBusting drives the API with 50 clients (GOVGRAPH_LOAD_CLIENTS)
// that add random cache-busting parameters to every request (a junk name, or
// a known parameter with a random value), over a mix of expensive and cheap
// routes, for at most GOVGRAPH_BUST_REQUESTS requests (20,000) and
// GOVGRAPH_LOAD_DURATION (30 s). It reports the answers by status, p50/p99
// and the server's peak resident memory (VmHWM).
//
// The server is GOVGRAPH_LOAD_URL (e.g. http://127.0.0.1:8080, a `govgraph
// serve` of any version, whose process id GOVGRAPH_LOAD_PID gives) or, when
// unset, an in-process server over the seed or GOVGRAPH_CORPUS (the peak is
// then that of the whole test process).
//
//	GOVGRAPH_LOAD=1 go test -run '^$' -bench CacheBusting -benchtime 1x ./api/
func BenchmarkCacheBusting(b *testing.B) {
	s := loadEnv(b)
	maxRequests := envInt(b, "GOVGRAPH_BUST_REQUESTS", 20000)
	base, pid := os.Getenv("GOVGRAPH_LOAD_URL"), os.Getpid()
	if base == "" {
		store := openLoadStore(b, s, loadDocuments(b, s.corpus))
		handler := api.NewHandler(api.Config{Store: store,
			Logger: slog.New(slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))})
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		b.Cleanup(func() { srv.Close() })
		base = "http://" + ln.Addr().String()
	} else if v := os.Getenv("GOVGRAPH_LOAD_PID"); v != "" {
		var err error
		if pid, err = strconv.Atoi(v); err != nil {
			b.Fatalf("GOVGRAPH_LOAD_PID=%q: %v", v, err)
		}
	}
	targets := []string{
		base + u("/networks/units"), base + u("/metrics/units"), base + u("/charts/network"),
		base + u("/charts/matrix"), base + u("/charts/bottleneck"), base + u("/tasks", "limit", "50"),
		base + u("/search", "q", "河"), base + u("/units"), base + u("/leaders"),
	}
	known := map[string][]string{
		"min_weight": nil, "top": nil, "limit": nil, "offset": nil,
		"role": {"any", "lead", "responsible"}, "lang": {"zh", "en"}, "q": {"河", "产业", "安全", "服务"},
	}
	var res loadgen.Result
	for b.Loop() {
		var err error
		res, err = loadgen.RunWith(context.Background(), targets, loadgen.Options{
			Clients: s.clients, Duration: s.duration, MaxRequests: maxRequests, Vary: loadgen.Bust(known),
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	report(b, res)
	hwm, rss := procMemory(b, pid)
	b.ReportMetric(float64(hwm)/1024, "peak-MiB")
	fives := 0
	var codes []string
	for _, st := range slices.Sorted(func(yield func(int) bool) {
		for st := range res.Statuses {
			if !yield(st) {
				return
			}
		}
	}) {
		codes = append(codes, fmt.Sprintf("%d:%d", st, res.Statuses[st]))
		if st >= 500 && st != http.StatusServiceUnavailable {
			fives += res.Statuses[st]
		}
	}
	fmt.Printf("# cache busting, %d clients: %s; statuses %s; 5xx other than 503: %d; 503 without Retry-After: %d; server peak RSS %.0f MiB, RSS at end %.0f MiB\n",
		s.clients, res, strings.Join(codes, " "), fives, res.BareUnavailable, float64(hwm)/1024, float64(rss)/1024)
	if fives > 0 || res.BareUnavailable > 0 {
		b.Errorf("%d answers 5xx other than 503, %d 503 without Retry-After", fives, res.BareUnavailable)
	}
}

// procMemory reads VmHWM and VmRSS (KiB) of process pid.
func procMemory(b *testing.B, pid int) (hwm, rss int64) {
	b.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatalf("server memory: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(fields[1], 10, 64)
		switch fields[0] {
		case "VmHWM:":
			hwm = n
		case "VmRSS:":
			rss = n
		}
	}
	return hwm, rss
}
