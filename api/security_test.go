package api_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gin-gonic/gin"

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

// Every route accepts only the query parameters its OpenAPI operation
// declares, so that junk parameters cannot bypass the response cache.
func TestUnknownQueryParametersAreRefused(t *testing.T) {
	e := newEnv(t, true)
	for _, tt := range []struct{ target, names string }{
		{u("/networks/units", "role", "lead", "cachebust", "1"), "cachebust"},
		{u("/metrics/units", "_", "17"), "_"},
		{u("/charts/bottlenecks", "Document", "x"), "Document"},
		{u("/tasks", "limit", "5", "colour", "red"), "colour"},
		{u("/health", "x", "1"), "none"},
		{u("/units/"+esc("区财政局"), "v", "2"), "v"},
	} {
		p := e.get(t, tt.target).problem(t, http.StatusBadRequest)
		if p.Code != graph.EINVALID || !strings.Contains(p.Detail, "unknown query parameter") || !strings.Contains(p.Detail, tt.names) {
			t.Errorf("%s: problem %+v", tt.target, p)
		}
	}
	// The known ones still work, repeated or not.
	e.get(t, u("/networks/units", "role", "lead", "min_weight", "2")).status(t, http.StatusOK)
	e.get(t, api.Prefix+"/tasks?document="+e.doc.Meta.ID+"&document="+e.doc.Meta.ID+"&limit=3").status(t, http.StatusOK)
}

// A malformed %-escape in the query string is a problem+json 400, not a
// silently dropped parameter.
func TestMalformedQueryEscape(t *testing.T) {
	e := newEnv(t, true)
	for _, q := range []string{"q=%zz", "q=%E4%zz", "q=a%", "limit=%"} {
		p := e.get(t, api.Prefix+"/tasks?"+q).problem(t, http.StatusBadRequest)
		if !strings.Contains(p.Detail, "malformed") {
			t.Errorf("%s: detail %q", q, p.Detail)
		}
	}
}

// blockingStore holds unit-network computations until released.
type blockingStore struct {
	graph.Store
	entered chan struct{}
	release chan struct{}
}

func (s *blockingStore) NetworkSelection(ctx context.Context, f graph.NetworkFilter, withTasks bool) (*graph.Selection, error) {
	s.entered <- struct{}{}
	<-s.release
	return s.Store.NetworkSelection(ctx, f, withTasks)
}

// Expensive routes run a bounded number of computations; beyond the slots
// and the queue a request gets 503 with Retry-After at once.
func TestExpensiveRoutesAreBounded(t *testing.T) {
	e := newEnv(t, true)
	store := &blockingStore{Store: e.store, entered: make(chan struct{}), release: make(chan struct{})}
	e.cfg.Store = store
	e.cfg.ComputeSlots, e.cfg.ComputeQueue = 1, -1
	e.handler = api.NewHandler(e.cfg)

	first := make(chan response, 1)
	go func() {
		req := httptest.NewRequest(http.MethodGet, u("/networks/units", "role", "lead"), nil)
		first <- e.sendRaw(t, req)
	}()
	<-store.entered // the first computation holds the only slot
	// A different question (no shared computation) finds no slot.
	r := e.get(t, u("/networks/units", "role", "responsible"))
	if p := r.problem(t, http.StatusServiceUnavailable); p.Code != graph.EUNAVAILABLE || r.Header().Get("Retry-After") == "" {
		t.Errorf("problem %+v, Retry-After %q", p, r.Header().Get("Retry-After"))
	}
	// Other routes have their own bound.
	e.get(t, u("/metrics/assignment")).status(t, http.StatusOK)
	close(store.release)
	if r := <-first; r.Code != http.StatusOK {
		t.Errorf("the first request: status %d", r.Code)
	}
	go func() {
		for range store.entered {
		}
	}()
	e.get(t, u("/networks/units", "role", "responsible")).status(t, http.StatusOK)
	close(store.entered)
}

// A request that waited for a compute slot does not start a computation
// that its deadline leaves too little time for: it gets 503 with
// Retry-After, not a 504 after computing in vain.
func TestNoComputationStartsTooLateForItsDeadline(t *testing.T) {
	e := newEnv(t, true)
	store := &blockingStore{Store: e.store, entered: make(chan struct{}), release: make(chan struct{})}
	e.cfg.Store = store
	e.cfg.ComputeSlots, e.cfg.ComputeQueue = 1, 1
	const timeout = 3 * time.Second
	e.cfg.RequestTimeout = timeout
	e.handler = api.NewHandler(e.cfg)
	ask := func(role string) chan response {
		out := make(chan response, 1)
		go func() {
			out <- e.sendRaw(t, httptest.NewRequest(http.MethodGet, u("/networks/units", "role", role), nil))
		}()
		return out
	}

	// One computation of half the timeout teaches the route how long its
	// answers take.
	first := ask("lead")
	<-store.entered
	time.Sleep(timeout / 2)
	store.release <- struct{}{}
	if r := <-first; r.Code != http.StatusOK {
		t.Fatalf("the first request: status %d %s", r.Code, r.Body)
	}

	// The next one holds the slot for most of the timeout while a third
	// waits for it; when the slot comes free the third has less time left
	// than an answer takes.
	second := ask("responsible")
	<-store.entered
	third := ask("any")
	hold := time.After(timeout * 5 / 6)
	select {
	case r := <-third:
		if p := r.problem(t, http.StatusServiceUnavailable); p.Code != graph.EUNAVAILABLE || r.Header().Get("Retry-After") == "" {
			t.Errorf("problem %+v, Retry-After %q", p, r.Header().Get("Retry-After"))
		}
	case <-hold:
		store.release <- struct{}{} // the second one ends
		select {
		case <-store.entered:
			t.Errorf("the waiting request started a computation with less than a typical computation's time left")
			store.release <- struct{}{}
			r := <-third
			t.Logf("it was answered %d", r.Code)
		case r := <-third:
			t.Errorf("the waiting request: status %d %s, want 503 before the slot came free", r.Code, r.Body)
		}
		<-second
		return
	}
	store.release <- struct{}{}
	if r := <-second; r.Code != http.StatusOK {
		t.Errorf("the second request: status %d", r.Code)
	}
}

// A token pasted into a URL never reaches the log.
func TestTokensInTheQueryStringAreNotLogged(t *testing.T) {
	e := newEnv(t, true)
	const secret = "s3cret-in-the-url"
	for _, q := range []string{"token=" + secret, "access_token=" + secret + "&limit=2", "api_key=" + secret, "Authorization=Bearer%20" + secret, "token=" + secret + "%zz"} {
		e.sendRaw(t, httptest.NewRequest(http.MethodGet, api.Prefix+"/tasks?"+q, nil))
	}
	if strings.Contains(e.logs.String(), secret) {
		t.Errorf("the log holds the token:\n%s", e.logs.String())
	}
	if !strings.Contains(e.logs.String(), "REDACTED") {
		t.Errorf("the log does not say a value was redacted:\n%s", e.logs.String())
	}
}

// A client that goes away is not a server error.
func TestClientDisconnectIsNotAnError(t *testing.T) {
	e := newEnv(t, false)
	console := &consoleStore{Store: e.store, block: true}
	e.cfg.Store = console
	e.handler = api.NewHandler(e.cfg)
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequest(http.MethodPost, u("/cypher"), strings.NewReader(`{"query": "RETURN 1"}`)).WithContext(ctx)
	req.Header.Set("Content-Type", "application/json")
	cancel()
	e.sendRaw(t, req)
	logs := e.logs.String()
	if strings.Contains(logs, `"level":"ERROR"`) || strings.Contains(logs, `"status":503`) {
		t.Errorf("a client disconnect was logged as a server error:\n%s", logs)
	}
	if !strings.Contains(logs, `"status":499`) {
		t.Errorf("the access log does not say the client closed the request:\n%s", logs)
	}
}

// The task lists of a unit, a project and a portfolio are paged (by default
// the first graph.MaxPageSize), with the total in X-Total-Count.
func TestDetailTaskListsArePaged(t *testing.T) {
	e := newEnv(t, true)
	var full, page graph.UnitDetail
	r := e.get(t, u("/units/"+esc("区财政局"))).status(t, http.StatusOK)
	r.decode(t, &full)
	if len(full.TaskList) < 4 || r.Header().Get("X-Total-Count") != strconv.Itoa(len(full.TaskList)) {
		t.Fatalf("%d tasks, X-Total-Count %q", len(full.TaskList), r.Header().Get("X-Total-Count"))
	}
	r = e.get(t, u("/units/"+esc("区财政局"), "limit", "2", "offset", "1")).status(t, http.StatusOK)
	r.decode(t, &page)
	if len(page.TaskList) != 2 || page.TaskList[0].ID != full.TaskList[1].ID || page.TaskList[1].ID != full.TaskList[2].ID ||
		page.UnitInfo.Tasks != full.UnitInfo.Tasks || r.Header().Get("X-Total-Count") != strconv.Itoa(len(full.TaskList)) {
		t.Errorf("page %+v of %d tasks", page.TaskList, len(full.TaskList))
	}

	var pf, pfPage graph.Portfolio
	e.get(t, u("/leaders/"+esc("武毅")+"/portfolio")).status(t, http.StatusOK).decode(t, &pf)
	r = e.get(t, u("/leaders/"+esc("武毅")+"/portfolio", "limit", "3", "offset", strconv.Itoa(len(pf.Tasks)-1))).status(t, http.StatusOK)
	r.decode(t, &pfPage)
	if len(pfPage.Tasks) != 1 || pfPage.Tasks[0].ID != pf.Tasks[len(pf.Tasks)-1].ID || len(pfPage.Units) != len(pf.Units) {
		t.Errorf("last page of the portfolio: %d tasks, %d units (of %d)", len(pfPage.Tasks), len(pfPage.Units), len(pf.Units))
	}
	e.get(t, u("/units/"+esc("区财政局"), "limit", "0")).problem(t, http.StatusBadRequest)
	e.get(t, u("/leaders/"+esc("武毅")+"/portfolio", "limit", "1001")).problem(t, http.StatusBadRequest)
}

// The known-parameter check covers every API route: each one refuses a
// parameter its OpenAPI operation does not declare.
func TestEveryRouteRefusesUnknownParameters(t *testing.T) {
	e := newEnv(t, true)
	engine, ok := e.handler.(*gin.Engine)
	if !ok {
		t.Fatalf("the handler is a %T, not a gin engine", e.handler)
	}
	n := 0
	for _, r := range engine.Routes() {
		if !strings.HasPrefix(r.Path, api.Prefix) {
			continue
		}
		segs := strings.Split(r.Path, "/")
		for i, s := range segs {
			if strings.HasPrefix(s, ":") || strings.HasPrefix(s, "*") {
				segs[i] = "x"
			}
		}
		req := httptest.NewRequest(r.Method, strings.Join(segs, "/")+"?zz_unknown=1", nil)
		p := e.send(t, req).problem(t, http.StatusBadRequest)
		if !strings.Contains(p.Detail, `unknown query parameter "zz_unknown"`) {
			t.Errorf("%s %s: %q", r.Method, r.Path, p.Detail)
		}
		n++
	}
	if n < 25 {
		t.Errorf("only %d API routes checked", n)
	}
}
