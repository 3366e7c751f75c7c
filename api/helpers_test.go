package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
)

// seedName is the main fixture: the real 2023 济南市历下区 document.
const seedName = "2023-jinan-lixia-government-work-report-tasks.txt"

// seedPath finds the seed document in seeds/ or seeds/documents/.
func seedPath(tb testing.TB) string {
	tb.Helper()
	for _, p := range []string{filepath.Join("..", "seeds", seedName), filepath.Join("..", "seeds", "documents", seedName)} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	tb.Fatalf("seed document %s not found under ../seeds", seedName)
	return ""
}

// parseOptions are the seed tables, as `govgraph serve` loads them.
func parseOptions(tb testing.TB) extract.Options {
	tb.Helper()
	opts, err := extract.LoadTables(filepath.Join("..", "seeds"))
	if err != nil {
		tb.Fatalf("load seed tables: %v", err)
	}
	return opts
}

var (
	seedOnce sync.Once
	seedData []byte
	seedDoc  *graph.Document
	seedErr  error
)

// seed returns the seed's bytes and a fresh copy of its parsed document.
func seed(tb testing.TB) ([]byte, *graph.Document) {
	tb.Helper()
	seedOnce.Do(func() {
		seedData, seedErr = os.ReadFile(seedPath(tb))
		if seedErr == nil {
			seedDoc, seedErr = extract.Parse(seedName, seedData, parseOptions(tb))
		}
	})
	if seedErr != nil {
		tb.Fatalf("parse seed: %v", seedErr)
	}
	raw, err := json.Marshal(seedDoc)
	if err != nil {
		tb.Fatal(err)
	}
	var doc graph.Document
	if err := json.Unmarshal(raw, &doc); err != nil {
		tb.Fatal(err)
	}
	doc.Source = seedDoc.Source
	return seedData, &doc
}

// env is a server on a real embedded store in a temporary directory.
type env struct {
	store   *embedded.Store
	handler http.Handler
	cfg     api.Config
	logs    *bytes.Buffer
	doc     *graph.Document // the seed, when loaded
}

type option func(*api.Config)

func withAdmin(token string) option { return func(c *api.Config) { c.AdminToken = token } }

// newEnv opens an embedded store, loads the seed unless empty is set, and
// builds the handler.
func newEnv(tb testing.TB, loadSeed bool, opts ...option) *env {
	tb.Helper()
	store, err := embedded.Open(tb.TempDir())
	if err != nil {
		tb.Fatalf("open embedded store: %v", err)
	}
	tb.Cleanup(func() { store.Close() })
	e := &env{store: store, logs: &bytes.Buffer{}}
	if loadSeed {
		_, doc := seed(tb)
		if _, err := store.Import(context.Background(), doc); err != nil {
			tb.Fatalf("import seed: %v", err)
		}
		e.doc = doc
	}
	popts := parseOptions(tb)
	e.cfg = api.Config{
		Store: store,
		Parse: func(ctx context.Context, name string, data []byte) (*graph.Document, error) {
			return extract.ParseContext(ctx, name, data, popts)
		},
		UploadDir: filepath.Join(tb.TempDir(), "uploads"),
		Logger:    slog.New(slog.NewJSONHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	for _, o := range opts {
		o(&e.cfg)
	}
	e.handler = api.NewHandler(e.cfg)
	return e
}

// response is a recorded answer.
type response struct {
	*httptest.ResponseRecorder
	req *http.Request
}

func (r response) decode(tb testing.TB, v any) {
	tb.Helper()
	if err := json.Unmarshal(r.Body.Bytes(), v); err != nil {
		tb.Fatalf("%s %s: body is not the JSON expected: %v\n%s", r.req.Method, r.req.URL, err, r.Body.String())
	}
}

// problem decodes a problem+json answer and checks its members.
func (r response) problem(tb testing.TB, status int) api.Problem {
	tb.Helper()
	if r.Code != status {
		tb.Fatalf("%s %s: status %d, want %d\n%s", r.req.Method, r.req.URL, r.Code, status, r.Body.String())
	}
	if ct := r.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
		tb.Fatalf("%s %s: content type %q, want application/problem+json", r.req.Method, r.req.URL, ct)
	}
	var p api.Problem
	r.decode(tb, &p)
	if p.Status != status || p.Title != http.StatusText(status) || p.Detail == "" || p.Instance != r.req.URL.RequestURI() ||
		p.Type != "urn:govgraph:problem:"+p.Code || p.RequestID == "" || p.RequestID != r.Header().Get("X-Request-ID") {
		tb.Fatalf("%s %s: malformed problem %+v", r.req.Method, r.req.URL, p)
	}
	return p
}

func (r response) status(tb testing.TB, want int) response {
	tb.Helper()
	if r.Code != want {
		tb.Fatalf("%s %s: status %d, want %d\n%s", r.req.Method, r.req.URL, r.Code, want, r.Body.String())
	}
	return r
}

// get sends a GET and validates the answer against the OpenAPI document.
func (e *env) get(tb testing.TB, target string, header ...string) response {
	tb.Helper()
	return e.send(tb, httptest.NewRequest(http.MethodGet, target, nil), header...)
}

// send serves req and validates the response against the OpenAPI document.
func (e *env) send(tb testing.TB, req *http.Request, header ...string) response {
	tb.Helper()
	r := e.sendRaw(tb, req, header...)
	contract(tb).validate(tb, req, r.ResponseRecorder)
	return r
}

// sendRaw serves req without validation: for paths the API does not
// describe (unknown routes, the UI).
func (e *env) sendRaw(tb testing.TB, req *http.Request, header ...string) response {
	tb.Helper()
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	e.handler.ServeHTTP(rec, req)
	return response{ResponseRecorder: rec, req: req}
}

// postJSON sends a JSON body.
func (e *env) postJSON(tb testing.TB, target string, body any, header ...string) response {
	tb.Helper()
	var raw []byte
	switch b := body.(type) {
	case string:
		raw = []byte(b)
	default:
		var err error
		if raw, err = json.Marshal(b); err != nil {
			tb.Fatal(err)
		}
	}
	req := httptest.NewRequest(http.MethodPost, target, bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	return e.send(tb, req, header...)
}

// upload posts a multipart form with one file in field.
func (e *env) upload(tb testing.TB, field, name string, data []byte, header ...string) response {
	tb.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if name != "" || field != "" {
		part, err := w.CreateFormFile(field, name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := part.Write(data); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, api.Prefix+"/documents", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return e.send(tb, req, header...)
}

// u builds an API URL with query parameters given as name, value pairs.
func u(path string, kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		q.Add(kv[i], kv[i+1])
	}
	if len(q) == 0 {
		return api.Prefix + path
	}
	return api.Prefix + path + "?" + q.Encode()
}

// esc escapes one path segment, '/' included.
func esc(s string) string { return url.PathEscape(s) }

// ---- the OpenAPI contract ----

type openAPI struct {
	doc    *openapi3.T
	router routers.Router

	mu      sync.Mutex
	covered map[string]map[int]bool // "METHOD path" -> statuses validated
}

var (
	contractOnce sync.Once
	theContract  *openAPI
	contractErr  error
)

// contract loads the OpenAPI document the server itself serves.
func contract(tb testing.TB) *openAPI {
	tb.Helper()
	contractOnce.Do(func() { theContract, contractErr = loadContract() })
	if contractErr != nil {
		tb.Fatalf("OpenAPI document: %v", contractErr)
	}
	return theContract
}

func loadContract() (*openAPI, error) {
	store, err := embedded.Open("")
	if err != nil {
		return nil, err
	}
	defer store.Close()
	rec := httptest.NewRecorder()
	api.NewHandler(api.Config{Store: store, Logger: slog.New(slog.DiscardHandler)}).
		ServeHTTP(rec, httptest.NewRequest(http.MethodGet, api.Prefix+"/openapi.json", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("GET /openapi.json: status %d", rec.Code)
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(rec.Body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("invalid: %w", err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		return nil, err
	}
	// Export formats: XML must be well-formed, the zip is checked by tests.
	xmlDecoder := func(body io.Reader, _ http.Header, _ *openapi3.SchemaRef, _ openapi3filter.EncodingFn) (any, error) {
		data, err := io.ReadAll(body)
		if err != nil {
			return nil, err
		}
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				return nil, fmt.Errorf("not well-formed XML: %w", err)
			}
		}
		return string(data), nil
	}
	openapi3filter.RegisterBodyDecoder("application/graphml+xml", xmlDecoder)
	openapi3filter.RegisterBodyDecoder("application/gexf+xml", xmlDecoder)
	openapi3filter.RegisterBodyDecoder("application/zip", openapi3filter.FileBodyDecoder)
	return &openAPI{doc: doc, router: router, covered: map[string]map[int]bool{}}, nil
}

// validate checks a real response against the operation it answers.
func (o *openAPI) validate(tb testing.TB, req *http.Request, rec *httptest.ResponseRecorder) {
	tb.Helper()
	route, params, err := o.router.FindRoute(req)
	if err != nil {
		tb.Fatalf("%s %s: not described by the OpenAPI document: %v", req.Method, req.URL, err)
	}
	opts := &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: opts},
		Status:                 rec.Code,
		Header:                 rec.Header(),
		Options:                opts,
	}
	in.SetBodyBytes(rec.Body.Bytes())
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		body := rec.Body.String()
		if len(body) > 600 {
			body = body[:600] + "…"
		}
		tb.Fatalf("%s %s: status %d does not match the OpenAPI document: %v\n%s", req.Method, req.URL, rec.Code, err, body)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	key := req.Method + " " + route.Path
	if o.covered[key] == nil {
		o.covered[key] = map[int]bool{}
	}
	o.covered[key][rec.Code] = true
}

// uncovered lists the operations no test validated a success answer of.
func (o *openAPI) uncovered() []string {
	var out []string
	for path, item := range o.doc.Paths.Map() {
		for method, op := range item.Operations() {
			key := method + " " + path
			ok := false
			for status := range o.covered[key] {
				if status < 300 {
					ok = true
				}
			}
			if !ok {
				out = append(out, key+" ("+op.OperationID+")")
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestMain checks, after a full run, that every operation of the OpenAPI
// document had a real success answer validated against it.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if code == 0 && theContract != nil && flag.Lookup("test.run").Value.String() == "" && !testing.Short() {
		if missing := theContract.uncovered(); len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "OpenAPI operations without a validated success response:\n  %s\n", strings.Join(missing, "\n  "))
			code = 1
		}
		var lines []string
		for key, statuses := range theContract.covered {
			var s []int
			for st := range statuses {
				s = append(s, st)
			}
			slices.Sort(s)
			lines = append(lines, fmt.Sprintf("%s %v", key, s))
		}
		sort.Strings(lines)
		if testing.Verbose() {
			fmt.Fprintf(os.Stderr, "validated against OpenAPI:\n  %s\n", strings.Join(lines, "\n  "))
		}
	}
	os.Exit(code)
}
