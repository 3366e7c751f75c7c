// Package neo4jtest runs the API's Cypher console against a real Neo4j 5
// server. It is a package of its own so that the rest of the API's tests do
// not need the Neo4j store to build.
package neo4jtest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/neo4j"
)

// openNeo4j connects to NEO4J_URI; without it the test is skipped, except
// under CI=true, where it fails.
func openNeo4j(t *testing.T) *neo4j.Store {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		msg := "NEO4J_URI is not set: the Cypher console tests need a Neo4j 5 server (scripts/neo4j-local start; NEO4J_URI=bolt://127.0.0.1:7687)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	store, err := neo4j.Open(ctx, neo4j.Config{URI: uri, User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatalf("open Neo4j at %s: %v", uri, err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

// validator checks answers against the OpenAPI document the API serves.
func validator(t *testing.T) func(req *http.Request, rec *httptest.ResponseRecorder) {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return func(req *http.Request, rec *httptest.ResponseRecorder) {
		t.Helper()
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Fatal(err)
		}
		opts := &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}
		in := &openapi3filter.ResponseValidationInput{
			RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: opts},
			Status:                 rec.Code, Header: rec.Header(), Options: opts,
		}
		in.SetBodyBytes(rec.Body.Bytes())
		if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
			t.Fatalf("%s: status %d does not match the OpenAPI document: %v\n%s", req.URL, rec.Code, err, rec.Body.String())
		}
	}
}

// The queries need no data, so that they do not depend on what other tests
// have loaded into the shared server.
func TestCypherConsoleOnNeo4j(t *testing.T) {
	store := openNeo4j(t)
	validate := validator(t)
	// A generous limit: these cases test caps and refusals, not time, and the
	// byte-cap queries take seconds under -race on a busy machine.
	handler := api.NewHandler(api.Config{Store: store, Logger: slog.New(slog.DiscardHandler), CypherTimeout: time.Minute})
	post := func(body string) (*httptest.ResponseRecorder, map[string]any) {
		t.Helper()
		req := httptest.NewRequest(http.MethodPost, api.Prefix+"/cypher", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		validate(req, rec)
		var out map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		return rec, out
	}

	t.Run("health says cypher", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodGet, api.Prefix+"/health", nil)
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		validate(req, rec)
		var h api.Health
		json.Unmarshal(rec.Body.Bytes(), &h)
		if rec.Code != http.StatusOK || h.Store != "neo4j" || !h.Cypher {
			t.Errorf("health %d %+v", rec.Code, h)
		}
	})

	t.Run("parameters", func(t *testing.T) {
		rec, out := post(`{"query": "RETURN $n + 1 AS next, $word AS word, $list[1] AS second", "params": {"n": 41, "word": "区财政局", "list": [1, 2.5]}}`)
		if rec.Code != http.StatusOK {
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
		row := out["rows"].([]any)[0].([]any)
		cols := out["columns"].([]any)
		if len(cols) != 3 || cols[0] != "next" || row[0] != float64(42) || row[1] != "区财政局" || row[2] != 2.5 || out["truncated"] != false {
			t.Errorf("answer %v", out)
		}
	})

	t.Run("row cap", func(t *testing.T) {
		rec, out := post(`{"query": "UNWIND range(1, 2500) AS i RETURN i"}`)
		if rec.Code != http.StatusOK || len(out["rows"].([]any)) != api.MaxCypherRows || out["truncated"] != true {
			t.Errorf("status %d, %d rows, truncated %v", rec.Code, len(out["rows"].([]any)), out["truncated"])
		}
	})

	t.Run("byte cap", func(t *testing.T) {
		rec, out := post(`{"query": "UNWIND range(1, 1000) AS i RETURN range(1, 50000) AS xs"}`)
		if rec.Code != http.StatusOK || out["truncated"] != true || rec.Body.Len() > graph.MaxCypherBytes+1024 {
			t.Errorf("status %d, %d bytes, truncated %v: want at most %d bytes, truncated", rec.Code, rec.Body.Len(), out["truncated"], graph.MaxCypherBytes)
		}
	})

	refused := []struct {
		name, body string
		status     int
		code       string
	}{
		{"write", `{"query": "CREATE (n:GovgraphConsoleProbe) RETURN n"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"write hidden in a subquery", `{"query": "CALL { MERGE (n:GovgraphConsoleProbe) RETURN n } RETURN 1"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"syntax error", `{"query": "RETURN RETURN"}`, http.StatusBadRequest, graph.EINVALID},
		{"missing parameter", `{"query": "RETURN $absent AS x"}`, http.StatusBadRequest, graph.EINVALID},
		// The red team's spellings that got past the keyword filter.
		{"dbms, space before the dot", `{"query": "CALL dbms .listConfig()"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"dbms, comment before the dot", `{"query": "CALL dbms/**/.listConfig()"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"dbms, spaces around the dot", `{"query": "CALL dbms . listConnections()"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"kill connections", `{"query": "CALL dbms . killConnections($ids)", "params": {"ids": ["bolt-1"]}}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"clear query caches", `{"query": "CALL db . clearQueryCaches()"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"show settings", `{"query": "SHOW SETTINGS $x", "params": {"x": "dbms.directories.data"}}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"show transactions", `{"query": "SHOW TRANSACTIONS $x", "params": {"x": "neo4j-transaction-1"}}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"show database", `{"query": "SHOW DATABASE $x", "params": {"x": "neo4j"}}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"load csv", `{"query": "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"}`, http.StatusForbidden, graph.EFORBIDDEN},
		{"apoc-like call", `{"query": "CALL apoc.load.json('file:///etc/passwd')"}`, http.StatusBadRequest, graph.EINVALID},
		{"one row over the byte cap", `{"query": "RETURN [i IN range(1, 120000) | $s] AS xs", "params": {"s": "` + strings.Repeat("x", 100) + `"}}`, http.StatusRequestEntityTooLarge, graph.ETOOLARGE},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			rec, out := post(tt.body)
			if rec.Code != tt.status || out["code"] != tt.code || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/problem+json") {
				t.Errorf("status %d %v, want %d %s", rec.Code, out, tt.status, tt.code)
			}
		})
	}

	t.Run("time limit", func(t *testing.T) {
		h := api.NewHandler(api.Config{Store: store, Logger: slog.New(slog.DiscardHandler), CypherTimeout: 200 * time.Millisecond})
		req := httptest.NewRequest(http.MethodPost, api.Prefix+"/cypher",
			bytes.NewReader([]byte(`{"query": "UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 99 RETURN count(i)"}`)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		validate(req, rec)
		if rec.Code != http.StatusGatewayTimeout {
			t.Errorf("status %d: %s", rec.Code, rec.Body.String())
		}
	})
}
