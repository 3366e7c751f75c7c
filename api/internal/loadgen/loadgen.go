// Package loadgen drives an HTTP endpoint with concurrent clients for a
// fixed time and reports throughput and latency percentiles, for the
// benchmarks of the API (BENCHMARKS.md).
package loadgen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Result summarises a run. Latencies are those of all requests, failed
// ones included.
type Result struct {
	Requests int           // requests completed
	Errors   int           // transport errors and answers with status >= 400
	Duration time.Duration // wall time of the run
	P50, P99 time.Duration
	Max      time.Duration
}

// RPS is the completed requests per second.
func (r Result) RPS() float64 {
	if r.Duration <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Duration.Seconds()
}

func (r Result) String() string {
	return fmt.Sprintf("%d requests in %s (%.0f/s), %d errors, p50 %s, p99 %s, max %s",
		r.Requests, r.Duration.Round(time.Millisecond), r.RPS(), r.Errors, r.P50, r.P99, r.Max)
}

// Run sends GET url from clients concurrent clients, each waiting for its
// answer before the next request, until duration has passed or ctx ends.
func Run(ctx context.Context, url string, clients int, duration time.Duration) (Result, error) {
	return RunTargets(ctx, []string{url}, clients, duration)
}

// RunTargets is Run over several URLs, which each client takes in turn
// (client i starts at URL i mod len(urls)).
func RunTargets(ctx context.Context, urls []string, clients int, duration time.Duration) (Result, error) {
	if len(urls) == 0 {
		return Result{}, errors.New("loadgen: no URL to request")
	}
	if clients < 1 {
		return Result{}, fmt.Errorf("loadgen: clients must be at least 1; got %d", clients)
	}
	if duration <= 0 {
		return Result{}, fmt.Errorf("loadgen: duration must be positive; got %s", duration)
	}
	for _, u := range urls {
		req, err := http.NewRequest(http.MethodGet, u, nil)
		if err != nil {
			return Result{}, fmt.Errorf("loadgen: %w", err)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return Result{}, fmt.Errorf("loadgen: %q is not an http(s) URL", u)
		}
	}
	transport := &http.Transport{
		MaxIdleConns:        clients,
		MaxIdleConnsPerHost: clients,
		IdleConnTimeout:     30 * time.Second,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport}

	ctx, cancel := context.WithTimeout(ctx, duration)
	defer cancel()
	start := time.Now()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
		wg        sync.WaitGroup
	)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			failed := 0
			for k := i; ctx.Err() == nil; k++ {
				t0 := time.Now()
				ok, err := get(ctx, client, urls[k%len(urls)])
				if err != nil && ctx.Err() != nil {
					break // cut off by the end of the run: not a request
				}
				mine = append(mine, time.Since(t0))
				if !ok {
					failed++
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += failed
			mu.Unlock()
		}()
	}
	wg.Wait()
	return Summarize(latencies, errs, time.Since(start)), nil
}

// get sends one request and reads the whole answer.
func get(ctx context.Context, client *http.Client, url string) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false, err
	}
	res, err := client.Do(req)
	if err != nil {
		return false, err
	}
	_, err = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if err != nil {
		return false, err
	}
	return res.StatusCode < 400, nil
}

// Summarize computes a Result from the latencies of all requests, the
// number that failed and the wall time.
func Summarize(latencies []time.Duration, errs int, wall time.Duration) Result {
	sorted := slices.Clone(latencies)
	slices.Sort(sorted)
	r := Result{Requests: len(sorted), Errors: errs, Duration: wall}
	if len(sorted) > 0 {
		r.P50 = Percentile(sorted, 50)
		r.P99 = Percentile(sorted, 99)
		r.Max = sorted[len(sorted)-1]
	}
	return r
}

// Percentile is the nearest-rank p-th percentile (0 < p <= 100) of sorted
// latencies: the smallest value with at least p% of the values at or below
// it.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}
