package api_test

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/graph"
)

func TestCypherOnTheEmbeddedStore(t *testing.T) {
	e := newEnv(t, true)
	p := e.postJSON(t, u("/cypher"), map[string]any{"query": "MATCH (n) RETURN count(n)"}).problem(t, http.StatusNotImplemented)
	if p.Code != graph.ENOTIMPLEMENTED || !strings.Contains(p.Detail, "Neo4j") || !strings.Contains(p.Detail, "embedded") {
		t.Errorf("problem %+v, want not_implemented explaining the Neo4j store is needed", p)
	}
}

// consoleStore is the embedded store with a Cypher console that records
// what the API hands it: it checks the HTTP side of /cypher (limits,
// parameters, time limit) without a database. Real Cypher runs in
// api/neo4jtest against a real Neo4j.
type consoleStore struct {
	graph.Store
	mu      sync.Mutex
	query   string
	params  map[string]any
	maxRows int
	block   bool // wait for the deadline
	slow    bool // answer at once with a value that encodes only after the deadline
}

// encodesAfter is a value whose JSON is ready only when done is closed.
type encodesAfter struct{ done <-chan struct{} }

func (v encodesAfter) MarshalJSON() ([]byte, error) {
	<-v.done
	return []byte(`"late"`), nil
}

func (s *consoleStore) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (*graph.CypherResult, error) {
	s.mu.Lock()
	s.query, s.params, s.maxRows = query, params, maxRows
	s.mu.Unlock()
	if s.block {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	if s.slow {
		return &graph.CypherResult{Columns: []string{"x"}, Rows: [][]any{{encodesAfter{ctx.Done()}}}}, nil
	}
	return &graph.CypherResult{Columns: []string{"x"}, Rows: [][]any{{params["x"]}}}, nil
}

func TestCypherRequests(t *testing.T) {
	e := newEnv(t, false)
	console := &consoleStore{Store: e.store}
	e.cfg.Store = console
	e.cfg.CypherTimeout = 30 * time.Millisecond
	e.handler = api.NewHandler(e.cfg)

	var res graph.CypherResult
	e.postJSON(t, u("/cypher"), `{"query": " RETURN $x AS x ", "params": {"x": 42, "y": [1.5, {"z": 7}]}}`).status(t, http.StatusOK).decode(t, &res)
	if console.query != "RETURN $x AS x" || console.maxRows != api.MaxCypherRows {
		t.Errorf("console got %q with %d rows", console.query, console.maxRows)
	}
	if x, ok := console.params["x"].(int64); !ok || x != 42 {
		t.Errorf("params.x = %#v, want int64 42", console.params["x"])
	}
	y := console.params["y"].([]any)
	if f, ok := y[0].(float64); !ok || f != 1.5 || y[1].(map[string]any)["z"] != int64(7) {
		t.Errorf("params.y = %#v", y)
	}
	if len(res.Rows) != 1 || res.Columns[0] != "x" {
		t.Errorf("result %+v", res)
	}

	bad := []struct {
		name, body string
		status     int
		detail     string
	}{
		{"not JSON", `MATCH (n) RETURN n`, http.StatusBadRequest, "JSON"},
		{"unknown field", `{"query": "RETURN 1", "limit": 5}`, http.StatusBadRequest, "limit"},
		{"no query", `{"params": {}}`, http.StatusBadRequest, "query"},
		{"query too long", `{"query": "RETURN ` + strings.Repeat("1+", api.MaxCypherQuery) + `1"}`, http.StatusBadRequest, "query"},
		{"body too large", `{"query": "RETURN 1", "params": {"s": "` + strings.Repeat("x", api.MaxCypherBody) + `"}}`, http.StatusRequestEntityTooLarge, "body"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			p := e.postJSON(t, u("/cypher"), tt.body).problem(t, tt.status)
			if !strings.Contains(p.Detail, tt.detail) {
				t.Errorf("detail %q does not mention %q", p.Detail, tt.detail)
			}
		})
	}

	t.Run("time limit", func(t *testing.T) {
		console.block = true
		defer func() { console.block = false }()
		p := e.postJSON(t, u("/cypher"), `{"query": "CALL apoc.util.sleep(60000)"}`).problem(t, http.StatusGatewayTimeout)
		if p.Code != graph.ETIMEOUT || !strings.Contains(p.Detail, "30ms") {
			t.Errorf("problem %+v", p)
		}
	})

	t.Run("the time limit covers encoding", func(t *testing.T) {
		console.slow = true
		defer func() { console.slow = false }()
		p := e.postJSON(t, u("/cypher"), `{"query": "RETURN 1"}`).problem(t, http.StatusGatewayTimeout)
		if p.Code != graph.ETIMEOUT || !strings.Contains(p.Detail, "30ms") {
			t.Errorf("problem %+v", p)
		}
	})
}
