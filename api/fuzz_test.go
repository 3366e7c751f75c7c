package api_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"govgraph/api"
)

// The fuzzer builds requests for every operation of the OpenAPI document
// from its parameters' schemas — valid values, boundaries, wrong types,
// huge values, unicode, unknown parameters, escaped and very long path
// parameters, bodies with and without the admin token and with wrong
// content types — and sends them to the real router on an embedded store
// holding the seed. Every answer must be below 500 (501 and 503 with
// Retry-After aside), match the OpenAPI document, and be problem+json when
// it is a 4xx. The run is bounded by a request count, never by time.

const fuzzToken = "fuzz-admin-token"

// fuzzer generates requests for the operations of the document.
type fuzzer struct {
	ops    []fuzzOp
	values map[string][]string // parameter name -> values known in the seed
	docID  string
}

type fuzzOp struct {
	method, path string
	op           *openapi3.Operation
}

func newFuzzer(tb testing.TB, e *env) *fuzzer {
	tb.Helper()
	f := &fuzzer{values: map[string][]string{}, docID: e.doc.Meta.ID}
	doc := contract(tb).doc
	paths := doc.Paths.InMatchingOrder()
	slices.Sort(paths)
	for _, p := range paths {
		item := doc.Paths.Value(p)
		methods := []string{}
		for m := range item.Operations() {
			methods = append(methods, m)
		}
		slices.Sort(methods)
		for _, m := range methods {
			f.ops = append(f.ops, fuzzOp{method: m, path: p, op: item.GetOperation(m)})
		}
	}
	add := func(name string, vs ...string) {
		for _, v := range vs {
			if v != "" && !slices.Contains(f.values[name], v) && len(f.values[name]) < 12 {
				f.values[name] = append(f.values[name], v)
			}
		}
	}
	add("id", e.doc.Meta.ID)
	add("document", e.doc.Meta.ID)
	for _, t := range e.doc.Tasks {
		add("leader", t.Leaders...)
		add("unit", t.LeadUnits...)
		add("unit", t.Units...)
		add("project", t.Projects...)
		add("task", t.ID)
	}
	f.values["name"] = slices.Concat(f.values["leader"], f.values["unit"], f.values["project"])
	add("from", f.values["unit"]...)
	add("to", f.values["unit"]...)
	add("q", "河", "产业", "x")
	return f
}

// junk values of every kind, whatever the schema.
var fuzzJunk = []string{
	"", " ", "-1", "0", "1.5", "1e9", "NaN", "true", "null", "[]", "{}",
	"99999999999999999999999", "-9223372036854775809", "0x10",
	"历下区", "历下区,历下区", "🏛️", "\u200b", "a\u0000b", "\ufffd", "%", "%zz", "%2F", "../..",
	"<script>alert(1)</script>", "' OR 1=1 --", "MATCH (n) DETACH DELETE n", "$x",
	strings.Repeat("长", 300), strings.Repeat("x", 5000),
}

// value draws a value for a parameter: mostly from its schema, sometimes junk.
func (f *fuzzer) value(r *rand.Rand, p *openapi3.Parameter) string {
	if r.IntN(4) == 0 {
		return fuzzJunk[r.IntN(len(fuzzJunk))]
	}
	if known := f.values[p.Name]; len(known) > 0 && r.IntN(2) == 0 {
		v := known[r.IntN(len(known))]
		if r.IntN(4) == 0 && len(known) > 1 {
			v += "," + known[r.IntN(len(known))]
		}
		return v
	}
	var s *openapi3.Schema
	if p.Schema != nil {
		s = p.Schema.Value
	}
	if s != nil && s.Items != nil && s.Type.Is("array") {
		s = s.Items.Value
	}
	if s == nil {
		return fuzzJunk[r.IntN(len(fuzzJunk))]
	}
	if len(s.Enum) > 0 {
		v := fmt.Sprint(s.Enum[r.IntN(len(s.Enum))])
		if r.IntN(5) == 0 {
			v = strings.ToUpper(v)
		}
		return v
	}
	switch {
	case s.Type.Is("integer"), s.Type.Is("number"):
		var cands []float64
		if s.Min != nil {
			cands = append(cands, *s.Min, *s.Min-1, *s.Min+1)
		}
		if s.Max != nil {
			cands = append(cands, *s.Max, *s.Max+1, *s.Max-1)
		}
		cands = append(cands, 0, 1, 2, 10, 1e6, 1e12, -5)
		v := cands[r.IntN(len(cands))]
		if s.Type.Is("number") && r.IntN(2) == 0 {
			return strconv.FormatFloat(v+r.Float64(), 'g', -1, 64)
		}
		return strconv.FormatInt(int64(v), 10)
	case s.Type.Is("boolean"):
		return []string{"true", "false", "1", "0", "yes"}[r.IntN(5)]
	}
	return []string{"a", "济南", "2023", "x y", "河长制", strings.Repeat("段", 40)}[r.IntN(6)]
}

// pathValue draws a path parameter: known, escaped, or very long.
func (f *fuzzer) pathValue(r *rand.Rand, p *openapi3.Parameter) string {
	switch r.IntN(6) {
	case 0:
		return strings.Repeat("名", 2000+r.IntN(3000))
	case 1:
		return "a/b%c?d#e"
	case 2:
		return fuzzJunk[r.IntN(len(fuzzJunk))]
	}
	return f.value(r, p)
}

// request builds one request for op.
func (f *fuzzer) request(r *rand.Rand, op fuzzOp) *http.Request {
	path := op.path
	q := url.Values{}
	raw := "" // appended to the query undecoded
	for _, pr := range op.op.Parameters {
		p := pr.Value
		switch p.In {
		case "path":
			v := f.pathValue(r, p)
			if v == "" {
				v = "x"
			}
			path = strings.ReplaceAll(path, "{"+p.Name+"}", url.PathEscape(v))
		case "query":
			if !p.Required && r.IntN(3) == 0 {
				continue
			}
			for range 1 + r.IntN(2) { // sometimes repeated
				q.Add(p.Name, f.value(r, p))
			}
		}
	}
	switch r.IntN(8) {
	case 0:
		q.Add(fmt.Sprintf("junk%d", r.IntN(1000)), "1")
	case 1:
		raw = "%zz=1"
	case 2:
		raw = "limit=%ff%fe"
	}
	target := api.Prefix + path
	if enc := q.Encode(); enc != "" || raw != "" {
		target += "?" + strings.Trim(enc+"&"+raw, "&")
	}
	var req *http.Request
	switch op.method {
	case http.MethodPost:
		body, ct := f.body(r, op)
		req = httptest.NewRequest(op.method, target, bytes.NewReader(body))
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
	default:
		req = httptest.NewRequest(op.method, target, nil)
	}
	if r.IntN(2) == 0 {
		req.Header.Set("Authorization", "Bearer "+fuzzToken)
	} else if r.IntN(4) == 0 {
		req.Header.Set("Authorization", "Bearer wrong")
	}
	if r.IntN(10) == 0 {
		req.Header.Set("Origin", "https://evil.example")
	}
	return req
}

// body builds a POST body: the documented kind or something else.
func (f *fuzzer) body(r *rand.Rand, op fuzzOp) ([]byte, string) {
	wrong := [][2]string{
		{"query=MATCH+(n)+RETURN+n", "application/x-www-form-urlencoded"},
		{`{"query":"MATCH (n) RETURN n"}`, "text/plain"},
		{"", ""},
		{"\x00\x01\x02", "application/octet-stream"},
	}
	if r.IntN(4) == 0 {
		w := wrong[r.IntN(len(wrong))]
		return []byte(w[0]), w[1]
	}
	if strings.HasSuffix(op.path, "/documents") {
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		seedData, _ := seedBytes()
		contents := [][]byte{
			[]byte("一、无注释的段落\n没有任何任务。\n"),
			[]byte("\xff\xfe not utf-8 \x00"),
			seedData[:min(len(seedData), 2000+r.IntN(4000))],
			[]byte("PK\x03\x04 not really a zip"),
		}
		names := []string{"a.txt", "b.docx", "c.xlsx", "../../etc/passwd", "名.txt", "", strings.Repeat("n", 400) + ".txt"}
		field := "file"
		if r.IntN(6) == 0 {
			field = "other"
		}
		part, _ := w.CreateFormFile(field, names[r.IntN(len(names))])
		part.Write(contents[r.IntN(len(contents))])
		w.Close()
		return buf.Bytes(), w.FormDataContentType()
	}
	queries := []string{
		`{"query":"MATCH (t:Task) RETURN t.id LIMIT 3"}`,
		`{"query":"CALL dbms . listConfig()"}`,
		`{"query":"MATCH (n) DETACH DELETE n"}`,
		`{"query":"RETURN $x","params":{"x":1}}`,
		`{"query":""}`, `{"query":1}`, `{}`, `[]`, `null`, `{"query":"` + strings.Repeat("A", 20000) + `"}`,
		`{"query":"RETURN 1","extra":true}`, `{"query":"RETURN 1"`,
	}
	return []byte(queries[r.IntN(len(queries))]), "application/json"
}

// seedBytes is the seed's text, read once.
func seedBytes() ([]byte, error) { return os.ReadFile(seedPathNoTB()) }

func seedPathNoTB() string {
	for _, p := range []string{"../seeds/" + seedName, "../seeds/documents/" + seedName} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "../seeds/" + seedName
}

// check serves req and asserts the fuzzer's invariants.
func (f *fuzzer) check(tb testing.TB, e *env, req *http.Request) int {
	tb.Helper()
	desc := req.Method + " " + req.URL.String()
	if len(desc) > 300 {
		desc = desc[:300] + "…"
	}
	rec := httptest.NewRecorder()
	e.handler.ServeHTTP(rec, req)
	switch {
	case rec.Code == http.StatusServiceUnavailable:
		if rec.Header().Get("Retry-After") == "" {
			tb.Fatalf("%s: 503 without Retry-After\n%s", desc, rec.Body.String())
		}
	case rec.Code >= 500 && rec.Code != http.StatusNotImplemented:
		tb.Fatalf("%s: status %d\n%s\nlog: %.9000s", desc, rec.Code, rec.Body.String(), e.logs.String()[max(0, e.logs.Len()-9000):])
	}
	if rec.Code >= 400 {
		if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
			tb.Fatalf("%s: status %d with content type %q, want application/problem+json\n%.300s", desc, rec.Code, ct, rec.Body.String())
		}
	}
	if _, _, err := contract(tb).router.FindRoute(req); err == nil {
		contract(tb).validate(tb, req, rec)
	} else if rec.Code < 400 {
		tb.Fatalf("%s: status %d for a request the OpenAPI document does not route: %v", desc, rec.Code, err)
	}
	return rec.Code
}

func fuzzEnv(tb testing.TB) (*env, *fuzzer) {
	tb.Helper()
	e := newEnv(tb, true, withAdmin(fuzzToken))
	return e, newFuzzer(tb, e)
}

// TestFuzzRoutes is the deterministic run of the normal suite: a fixed
// count of requests per operation (GOVGRAPH_FUZZ_N, default 40) from a
// fixed seed (GOVGRAPH_FUZZ_SEED, default 1).
func TestFuzzRoutes(t *testing.T) {
	n := 40
	if v, err := strconv.Atoi(os.Getenv("GOVGRAPH_FUZZ_N")); err == nil && v > 0 {
		n = v
	}
	seedValue := uint64(1)
	if v, err := strconv.ParseUint(os.Getenv("GOVGRAPH_FUZZ_SEED"), 10, 64); err == nil {
		seedValue = v
	}
	e, f := fuzzEnv(t)
	r := rand.New(rand.NewPCG(seedValue, 12))
	statuses := map[int]int{}
	for _, op := range f.ops {
		// Deletes go last: one of them may remove the seed.
		if op.method == http.MethodDelete {
			continue
		}
		for range n {
			statuses[f.check(t, e, f.request(r, op))]++
		}
	}
	for _, op := range f.ops {
		if op.method == http.MethodDelete {
			for range n {
				statuses[f.check(t, e, f.request(r, op))]++
			}
		}
	}
	if statuses[http.StatusOK] == 0 || statuses[http.StatusBadRequest] == 0 {
		t.Fatalf("the fuzzer should reach both answers and refusals: %v", statuses)
	}
	t.Logf("%d operations × %d requests: statuses %v", len(f.ops), n, statuses)
}

// FuzzAPI is the open-ended form: go test -run '^$' -fuzz FuzzAPI
// -fuzztime 5000x ./api/ (a count, so that the run stays bounded).
func FuzzAPI(f *testing.F) {
	e, fz := fuzzEnv(f)
	for i := range len(fz.ops) {
		f.Add(uint16(i), uint64(i))
	}
	f.Fuzz(func(t *testing.T, op uint16, seedValue uint64) {
		r := rand.New(rand.NewPCG(seedValue, uint64(op)))
		fz.check(t, e, fz.request(r, fz.ops[int(op)%len(fz.ops)]))
	})
}

// TestChartsOfEmptyNetwork: a min_weight above every link leaves no unit;
// the network view used to answer 500 (a panic in the layout), found by
// TestFuzzRoutes with GOVGRAPH_FUZZ_SEED=4 (fixed on main in 212ad03).
func TestChartsOfEmptyNetwork(t *testing.T) {
	e := newEnv(t, true)
	for _, view := range []string{"network", "matrix", "sankey", "bottleneck", "structure"} {
		r := e.get(t, u("/charts/"+view, "min_weight", "1000000"))
		if r.Code != http.StatusOK && r.Code != http.StatusNotFound {
			t.Errorf("%s of an empty network: status %d\n%s", view, r.Code, r.Body.String())
		}
	}
}
