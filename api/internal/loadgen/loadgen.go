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
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strconv"
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
	// Statuses counts answers by HTTP status (RunWith only).
	Statuses map[int]int
	// BareUnavailable counts 503 answers without Retry-After (RunWith only).
	BareUnavailable int
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
	return RunWith(ctx, urls, Options{Clients: clients, Duration: duration})
}

// Options of RunWith.
type Options struct {
	Clients  int
	Duration time.Duration // the run ends after it
	// MaxRequests, when positive, also ends the run after so many
	// requests in all.
	MaxRequests int
	// Vary, when set, rewrites the URL of every request, with a random
	// source of the client's own (seeded by the client's number).
	Vary func(r *rand.Rand, u *url.URL)
}

// RunWith is RunTargets with options; it also counts answers by status.
func RunWith(ctx context.Context, urls []string, o Options) (Result, error) {
	clients, duration := o.Clients, o.Duration
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
		bare503   int
		statuses  = map[int]int{}
		wg        sync.WaitGroup
		budget    = make(chan struct{}, max(o.MaxRequests, 0))
	)
	for range o.MaxRequests {
		budget <- struct{}{}
	}
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			failed, bare := 0, 0
			seen := map[int]int{}
			r := rand.New(rand.NewPCG(uint64(i), 1))
			for k := i; ctx.Err() == nil; k++ {
				if o.MaxRequests > 0 {
					select {
					case <-budget:
					default:
						goto done
					}
				}
				target := urls[k%len(urls)]
				if o.Vary != nil {
					u, _ := url.Parse(target) // checked above
					o.Vary(r, u)
					target = u.String()
				}
				t0 := time.Now()
				status, retryAfter, err := get(ctx, client, target)
				if err != nil && ctx.Err() != nil {
					break // cut off by the end of the run: not a request
				}
				mine = append(mine, time.Since(t0))
				if err != nil || status >= 400 {
					failed++
				}
				if err == nil {
					seen[status]++
					if status == http.StatusServiceUnavailable && !retryAfter {
						bare++
					}
				}
			}
		done:
			mu.Lock()
			latencies = append(latencies, mine...)
			errs += failed
			bare503 += bare
			for s, n := range seen {
				statuses[s] += n
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	res := Summarize(latencies, errs, time.Since(start))
	res.Statuses, res.BareUnavailable = statuses, bare503
	return res, nil
}

// get sends one request and reads the whole answer.
func get(ctx context.Context, client *http.Client, url string) (status int, retryAfter bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, false, err
	}
	res, err := client.Do(req)
	if err != nil {
		return 0, false, err
	}
	_, err = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if err != nil {
		return 0, false, err
	}
	return res.StatusCode, res.Header.Get("Retry-After") != "", nil
}

// Bust returns a Vary that defeats response caches as an attacker would:
// each request gets either a junk parameter with a random name and value,
// or one of the known parameters set to a random value — one of its
// listed values or, when none is listed, a random integer below 1,000.
func Bust(known map[string][]string) func(r *rand.Rand, u *url.URL) {
	names := make([]string, 0, len(known))
	for name := range known {
		names = append(names, name)
	}
	slices.Sort(names)
	return func(r *rand.Rand, u *url.URL) {
		q := u.Query()
		if len(names) == 0 || r.IntN(2) == 0 {
			q.Set("cb"+strconv.Itoa(r.IntN(1e6)), strconv.FormatUint(r.Uint64(), 36))
		} else {
			name := names[r.IntN(len(names))]
			if vs := known[name]; len(vs) > 0 {
				q.Set(name, vs[r.IntN(len(vs))])
			} else {
				q.Set(name, strconv.Itoa(r.IntN(1000)))
			}
		}
		u.RawQuery = q.Encode()
	}
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
