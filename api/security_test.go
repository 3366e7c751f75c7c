package api_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"govgraph/api"
	"govgraph/graph"
)

// State-changing and console routes refuse what a page of another site can
// make a browser send: simple bodies (forms, text/plain) and cross-site
// requests.
func TestCrossSiteRequestsAreRefused(t *testing.T) {
	data, _ := seed(t)
	e := newEnv(t, false, withAdmin(adminToken))
	console := &consoleStore{Store: e.store}
	e.cfg.Store = console
	e.handler = api.NewHandler(e.cfg)
	cypher := func(contentType string, header ...string) response {
		req := httptest.NewRequest(http.MethodPost, u("/cypher"), strings.NewReader(`{"query": "RETURN $x AS x", "params": {"x": 1}}`))
		req.Header.Set("Content-Type", contentType)
		return e.send(t, req, header...)
	}

	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""} {
		p := cypher(ct).problem(t, http.StatusUnsupportedMediaType)
		if p.Code != graph.EUNSUPPORTED || !strings.Contains(p.Detail, "application/json") {
			t.Errorf("Content-Type %q: problem %+v", ct, p)
		}
	}
	cypher("application/json; charset=utf-8").status(t, http.StatusOK)
	cypher("application/json", "Origin", "http://example.com", "Sec-Fetch-Site", "same-origin").status(t, http.StatusOK)

	crossSite := [][]string{
		{"Origin", "https://evil.example"},
		{"Origin", "null"},
		{"Origin", "http://example.com:8081"},
		{"Sec-Fetch-Site", "cross-site"},
		{"Sec-Fetch-Site", "same-site"},
	}
	for _, h := range crossSite {
		if p := cypher("application/json", h...).problem(t, http.StatusForbidden); p.Code != graph.EFORBIDDEN {
			t.Errorf("/cypher with %v: %+v", h, p)
		}
		if p := e.upload(t, "file", seedName, data, append(h, bearer...)...).problem(t, http.StatusForbidden); p.Code != graph.EFORBIDDEN {
			t.Errorf("upload with %v: %+v", h, p)
		}
		req := httptest.NewRequest(http.MethodDelete, u("/documents/x"), nil)
		if p := e.send(t, req, append(h, bearer...)...).problem(t, http.StatusForbidden); p.Code != graph.EFORBIDDEN {
			t.Errorf("delete with %v: %+v", h, p)
		}
	}
	// The UI's own upload: same origin, multipart.
	e.upload(t, "file", seedName, data, append([]string{"Origin", "http://example.com", "Sec-Fetch-Site", "same-origin"}, bearer...)...).status(t, http.StatusCreated)
	// Reads stay open to any origin.
	e.get(t, u("/health"), "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site").status(t, http.StatusOK)
}

// With AllowedHosts, a request naming another host (DNS rebinding) is
// refused on every route, the UI included.
func TestHostIsChecked(t *testing.T) {
	e := newEnv(t, false, func(c *api.Config) { c.AllowedHosts = []string{"localhost", "127.0.0.1", "::1"} })
	for _, tt := range []struct {
		host   string
		status int
	}{
		{"localhost:8080", http.StatusOK},
		{"LOCALHOST", http.StatusOK},
		{"127.0.0.1:8080", http.StatusOK},
		{"[::1]:8080", http.StatusOK},
		{"rebound.evil.example:8080", http.StatusForbidden},
		{"127.0.0.1.evil.example", http.StatusForbidden},
		{"", http.StatusForbidden},
	} {
		for _, path := range []string{u("/health"), u("/documents")} {
			req := httptest.NewRequest(http.MethodGet, path, nil)
			req.Host = tt.host
			r := e.sendRaw(t, req)
			if r.Code != tt.status {
				t.Errorf("Host %q, %s: status %d, want %d", tt.host, path, r.Code, tt.status)
			}
			if tt.status == http.StatusForbidden && !bytes.Contains(r.Body.Bytes(), []byte("allowed-hosts")) {
				t.Errorf("Host %q: body %s does not say how to allow it", tt.host, r.Body.String())
			}
		}
	}
}
