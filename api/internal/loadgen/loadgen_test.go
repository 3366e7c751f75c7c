package loadgen_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"govgraph/api/internal/loadgen"
)

func TestPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one", ms(7), 99, 7 * time.Millisecond},
		{"median of four", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p99 of four", ms(1, 2, 3, 4), 99, 4 * time.Millisecond},
		{"p50 of 1..100", ms(hundred...), 50, 50 * time.Millisecond},
		{"p99 of 1..100", ms(hundred...), 99, 99 * time.Millisecond},
		{"p100", ms(hundred...), 100, 100 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := loadgen.Percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("Percentile(%v) = %s, want %s", tt.p, got, tt.want)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	lat := []time.Duration{5, 1, 4, 2, 3}
	r := loadgen.Summarize(lat, 2, time.Second)
	if r.Requests != 5 || r.Errors != 2 || r.P50 != 3 || r.P99 != 5 || r.Max != 5 || r.RPS() != 5 {
		t.Errorf("Summarize = %+v", r)
	}
	if lat[0] != 5 {
		t.Error("Summarize sorted its input")
	}
}

func TestRunAgainstAServer(t *testing.T) {
	var served, failed atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		if r.URL.Path == "/fail" {
			failed.Add(1)
			http.Error(w, "no", http.StatusInternalServerError)
			return
		}
		w.Write([]byte(`{"ok":true}`))
	}))
	defer srv.Close()

	r, err := loadgen.RunTargets(context.Background(), []string{srv.URL + "/ok", srv.URL + "/fail"}, 4, 200*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	// Every counted request reached the server, and every failure is one
	// the server gave (a request cut off at the end is not counted).
	if r.Requests == 0 || int64(r.Requests) > served.Load() || int64(r.Errors) > failed.Load() || r.Errors == 0 || r.Errors == r.Requests {
		t.Errorf("result %+v; server served %d, failed %d", r, served.Load(), failed.Load())
	}
	if r.P50 <= 0 || r.P50 > r.P99 || r.P99 > r.Max {
		t.Errorf("percentiles out of order: %+v", r)
	}
	if !strings.Contains(r.String(), "requests") {
		t.Errorf("String() = %q", r.String())
	}

	ok, err := loadgen.Run(context.Background(), srv.URL+"/ok", 2, 50*time.Millisecond)
	if err != nil || ok.Requests == 0 || ok.Errors != 0 {
		t.Errorf("Run = %+v, %v", ok, err)
	}
}

func TestRunRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		urls    []string
		clients int
		d       time.Duration
		want    string
	}{
		{nil, 1, time.Second, "no URL"},
		{[]string{"http://x"}, 0, time.Second, "clients"},
		{[]string{"http://x"}, 1, 0, "duration"},
		{[]string{"ftp://x"}, 1, time.Second, "http"},
	} {
		if _, err := loadgen.RunTargets(ctx, tc.urls, tc.clients, tc.d); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("RunTargets(%v, %d, %s) = %v, want an error about %s", tc.urls, tc.clients, tc.d, err, tc.want)
		}
	}
}

func TestRunStopsWithTheContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := loadgen.Run(ctx, srv.URL, 3, time.Hour)
	if err != nil || r.Requests != 0 {
		t.Errorf("a cancelled run made %d requests (%v)", r.Requests, err)
	}
}

func TestRunWithBustingAndACount(t *testing.T) {
	var junk, known atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for name := range r.URL.Query() {
			if strings.HasPrefix(name, "cb") {
				junk.Add(1)
				http.Error(w, "unknown parameter", http.StatusBadRequest)
				return
			}
		}
		if r.URL.Query().Get("top") == "" {
			t.Errorf("request %s has neither junk nor a known parameter", r.URL)
		}
		known.Add(1)
		if r.URL.Query().Get("top") == "7" {
			w.WriteHeader(http.StatusServiceUnavailable) // no Retry-After
			return
		}
		w.Write([]byte("{}"))
	}))
	defer srv.Close()
	res, err := loadgen.RunWith(context.Background(), []string{srv.URL + "/x"}, loadgen.Options{
		Clients: 4, Duration: time.Minute, MaxRequests: 200,
		Vary: loadgen.Bust(map[string][]string{"top": {"5", "7"}}),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 200 || junk.Load()+known.Load() != 200 {
		t.Fatalf("%d requests recorded, %d junk + %d known served; want 200", res.Requests, junk.Load(), known.Load())
	}
	if junk.Load() == 0 || known.Load() == 0 {
		t.Fatalf("busting should mix junk (%d) and known (%d) parameters", junk.Load(), known.Load())
	}
	if res.Statuses[400] != int(junk.Load()) || res.Statuses[200]+res.Statuses[503] != int(known.Load()) ||
		res.BareUnavailable != res.Statuses[503] || res.Errors != res.Statuses[400]+res.Statuses[503] {
		t.Fatalf("counts do not add up: %+v (junk %d, known %d)", res, junk.Load(), known.Load())
	}
}
