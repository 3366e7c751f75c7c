package api_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/graph"
)

// countingStore counts the unit networks it builds, slowly enough that
// concurrent requests overlap.
type countingStore struct {
	graph.Store
	networks atomic.Int32
}

func (s *countingStore) NetworkSelection(ctx context.Context, f graph.NetworkFilter, withTasks bool) (*graph.Selection, error) {
	s.networks.Add(1)
	time.Sleep(50 * time.Millisecond)
	return s.Store.NetworkSelection(ctx, f, withTasks)
}

func TestResponseCache(t *testing.T) {
	e := newEnv(t, true)
	first := e.get(t, "/api/v1/networks/units?min_weight=2").status(t, http.StatusOK)
	second := e.get(t, "/api/v1/networks/units?min_weight=2").status(t, http.StatusOK)
	if first.Header().Get("X-Cache") != "miss" || second.Header().Get("X-Cache") != "hit" {
		t.Errorf("X-Cache = %q then %q, want miss then hit", first.Header().Get("X-Cache"), second.Header().Get("X-Cache"))
	}
	if !bytes.Equal(first.Body.Bytes(), second.Body.Bytes()) {
		t.Error("the cached answer differs from the computed one")
	}
	if first.Header().Get("X-Request-ID") == second.Header().Get("X-Request-ID") {
		t.Error("a cached answer repeats the request id of the request that computed it")
	}

	// Errors are never kept.
	for range 2 {
		if r := e.get(t, "/api/v1/networks/units?role=boss"); r.Header().Get("X-Cache") == "hit" {
			t.Error("an error answer came from the cache")
		}
	}

	// A changed document is a new data version: the next answer is computed.
	doc := *e.doc
	doc.Source += "\n"
	doc.Meta.Hash = graph.Hash(doc.Source)
	doc.Tasks = doc.Tasks[:len(doc.Tasks)-20]
	if _, err := e.store.Import(context.Background(), &doc); err != nil {
		t.Fatal(err)
	}
	after := e.get(t, "/api/v1/networks/units?min_weight=2").status(t, http.StatusOK)
	if after.Header().Get("X-Cache") != "miss" || bytes.Equal(after.Body.Bytes(), first.Body.Bytes()) {
		t.Errorf("after an import: X-Cache %q, same body %v; want a new answer", after.Header().Get("X-Cache"), bytes.Equal(after.Body.Bytes(), first.Body.Bytes()))
	}
}

// Identical requests that arrive together are computed once.
func TestResponseCacheComputesOnce(t *testing.T) {
	e := newEnv(t, true)
	store := &countingStore{Store: e.store}
	cfg := e.cfg
	cfg.Store = store
	h := api.NewHandler(cfg)
	var wg sync.WaitGroup
	bodies := make([][]byte, 20)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/networks/units", nil))
			if rec.Code == http.StatusOK {
				bodies[i] = rec.Body.Bytes()
			}
		}()
	}
	wg.Wait()
	for i, b := range bodies {
		if !bytes.Equal(b, bodies[0]) || len(b) == 0 {
			t.Fatalf("answer %d differs or failed", i)
		}
	}
	if n := store.networks.Load(); n != 1 {
		t.Errorf("%d unit networks built for 20 identical requests, want 1", n)
	}
}
