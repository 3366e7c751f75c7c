package neo4jtest_test

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"govgraph/api"
	"govgraph/graph"
)

// The comparison itself is checked on Neo4j by the conformance case
// CompareThroughLineage (graph/storetest); here the routes' problems, which
// need no data, are validated against the OpenAPI document on Neo4j.
func TestCompareProblemsOnNeo4j(t *testing.T) {
	store := openNeo4j(t)
	validate := validator(t)
	handler := api.NewHandler(api.Config{Store: store, Logger: slog.New(slog.DiscardHandler)})
	for _, tc := range []struct {
		target string
		status int
		code   string
	}{
		{"/compare?to=x", http.StatusBadRequest, graph.EINVALID},
		{"/compare?from=govgraph-no-such-document&to=govgraph-no-such-document-either", http.StatusNotFound, graph.ENOTFOUND},
		{"/trends", http.StatusBadRequest, graph.EINVALID},
		{"/trends?jurisdiction=" + url.QueryEscape("不存在的行政区"), http.StatusNotFound, graph.ENOTFOUND},
	} {
		req := httptest.NewRequest(http.MethodGet, api.Prefix+tc.target, nil)
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		validate(req, rec)
		var p api.Problem
		json.Unmarshal(rec.Body.Bytes(), &p)
		if rec.Code != tc.status || p.Code != tc.code {
			t.Errorf("%s: %d %+v, want %d %s", tc.target, rec.Code, p, tc.status, tc.code)
		}
	}
}
