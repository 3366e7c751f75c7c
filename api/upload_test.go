package api_test

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"govgraph/api"
	"govgraph/graph"
	"govgraph/graph/neo4j"
)

const adminToken = "s3cret-admin-token"

var bearer = []string{"Authorization", "Bearer " + adminToken}

func TestUploadAndDelete(t *testing.T) {
	e := newEnv(t, false, withAdmin(adminToken))
	data, doc := seed(t)

	var res api.UploadResult
	r := e.upload(t, "file", seedName, data, bearer...).status(t, http.StatusCreated)
	r.decode(t, &res)
	if res.Document != doc.Meta.ID || res.Replaced || res.Unchanged || res.Tasks != len(doc.Tasks) || res.Meta.Title != doc.Meta.Title {
		t.Fatalf("upload result %+v, want the seed's %d tasks", res.ImportResult, len(doc.Tasks))
	}
	if len(res.Diagnostics) != len(doc.Diagnostics) {
		t.Errorf("%d diagnostics, the parser gives %d", len(res.Diagnostics), len(doc.Diagnostics))
	}
	if loc := r.Header().Get("Location"); loc != api.Prefix+"/documents/"+doc.Meta.ID {
		t.Errorf("Location %q", loc)
	}

	// The raw upload is kept, byte for byte, under a timestamped safe name.
	if !strings.HasSuffix(res.Upload, "-"+seedName) {
		t.Errorf("kept as %q", res.Upload)
	}
	kept, err := os.ReadFile(filepath.Join(e.cfg.UploadDir, res.Upload))
	if err != nil || !bytes.Equal(kept, data) {
		t.Fatalf("kept upload differs from the upload (%v)", err)
	}

	var page api.TaskList
	e.get(t, u("/tasks", "limit", "1000")).status(t, http.StatusOK).decode(t, &page)
	if page.Total != len(doc.Tasks) {
		t.Fatalf("%d tasks stored, want %d", page.Total, len(doc.Tasks))
	}

	// The same file again changes nothing.
	e.upload(t, "file", seedName, data, bearer...).status(t, http.StatusCreated).decode(t, &res)
	if !res.Unchanged {
		t.Errorf("second upload %+v, want unchanged", res.ImportResult)
	}

	// Delete needs the token too.
	del := func(id string, header ...string) response {
		return e.send(t, httptest.NewRequest(http.MethodDelete, u("/documents/"+id), nil), header...)
	}
	del(doc.Meta.ID).problem(t, http.StatusUnauthorized)
	del(doc.Meta.ID, "Authorization", "Bearer wrong").problem(t, http.StatusUnauthorized)
	del(doc.Meta.ID, bearer...).status(t, http.StatusNoContent)
	e.get(t, u("/documents/"+doc.Meta.ID)).problem(t, http.StatusNotFound)
	del(doc.Meta.ID, bearer...).problem(t, http.StatusNotFound)
	if !strings.Contains(e.logs.String(), "document deleted") {
		t.Error("the delete is not logged")
	}
}

func TestUploadKeepsMarkupVerbatim(t *testing.T) {
	e := newEnv(t, false, withAdmin(adminToken))
	data, doc := seed(t)
	// Put markup into one task's text: it must come back as it was written.
	victim := doc.Tasks[3].Text
	markup := `<script>alert("x")</script><b onmouseover=alert(1)>` + victim + `</b> & <img src=x>`
	if bytes.Count(data, []byte(victim)) < 1 {
		t.Fatalf("task text %q not found in the seed", victim)
	}
	data = bytes.Replace(data, []byte(victim), []byte(markup), 1)
	e.upload(t, "file", "markup.txt", data, bearer...).status(t, http.StatusCreated)

	var page api.TaskList
	r := e.get(t, u("/tasks", "q", "<script>"))
	r.status(t, http.StatusOK).decode(t, &page)
	if page.Total != 1 || !strings.Contains(page.Tasks[0].Text, markup) {
		t.Fatalf("task text with markup: %+v", page.Tasks)
	}
	if r.Header().Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(r.Header().Get("Content-Type"), "application/json") {
		t.Errorf("markup served with headers %v", r.Header())
	}
	var hits []graph.SearchHit
	e.get(t, u("/search", "q", "<b onmouseover")).status(t, http.StatusOK).decode(t, &hits)
	if len(hits) != 1 || !strings.Contains(hits[0].Snippet, "<b onmouseover=alert(1)>") {
		t.Errorf("search hits %+v", hits)
	}
}

func TestUploadRefused(t *testing.T) {
	data, _ := seed(t)
	docx := []byte("PK not really a docx")
	tests := []struct {
		name     string
		token    string
		maxBytes int64
		field    string
		file     string
		data     []byte
		header   []string
		status   int
		code     string
		detail   string
	}{
		{"read-only server", "", 0, "file", seedName, data, bearer, http.StatusForbidden, graph.EFORBIDDEN, "GOVGRAPH_ADMIN_TOKEN"},
		{"no token", adminToken, 0, "file", seedName, data, nil, http.StatusUnauthorized, graph.EUNAUTHORIZED, "Bearer"},
		{"wrong token", adminToken, 0, "file", seedName, data, []string{"Authorization", "Bearer " + adminToken + "x"}, http.StatusUnauthorized, graph.EUNAUTHORIZED, "wrong"},
		{"basic auth", adminToken, 0, "file", seedName, data, []string{"Authorization", "Basic " + adminToken}, http.StatusUnauthorized, graph.EUNAUTHORIZED, "Bearer"},
		{"too large", adminToken, 4 << 10, "file", seedName, data, bearer, http.StatusRequestEntityTooLarge, graph.ETOOLARGE, "4 KB"},
		{"wrong type", adminToken, 0, "file", "report.doc", data, bearer, http.StatusUnsupportedMediaType, graph.EUNSUPPORTED, ".doc"},
		{"no extension", adminToken, 0, "file", "report", data, bearer, http.StatusUnsupportedMediaType, graph.EUNSUPPORTED, ".txt"},
		{"wrong field", adminToken, 0, "document", seedName, data, bearer, http.StatusBadRequest, graph.EINVALID, `"file"`},
		{"empty file", adminToken, 0, "file", "empty.txt", nil, bearer, http.StatusBadRequest, graph.EINVALID, "empty"},
		{"not a docx", adminToken, 0, "file", "fake.docx", docx, bearer, http.StatusUnprocessableEntity, "unprocessable", "fake.docx"},
		{"no tasks", adminToken, 0, "file", "notes.md", []byte("# 会议纪要\n\n没有任何分工。\n"), bearer, http.StatusUnprocessableEntity, "unprocessable", "no annotated tasks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, false, withAdmin(tt.token), func(c *api.Config) { c.MaxUpload = tt.maxBytes })
			p := e.upload(t, tt.field, tt.file, tt.data, tt.header...).problem(t, tt.status)
			if p.Code != tt.code || !strings.Contains(p.Detail, tt.detail) {
				t.Errorf("problem %+v, want %s mentioning %q", p, tt.code, tt.detail)
			}
			counts, _ := e.store.Counts(t.Context())
			if counts.Documents != 0 {
				t.Errorf("a refused upload stored %d documents", counts.Documents)
			}
			if entries, _ := os.ReadDir(e.cfg.UploadDir); tt.status != http.StatusUnprocessableEntity && len(entries) != 0 {
				t.Errorf("a refused upload was kept: %v", entries)
			}
		})
	}

	t.Run("not multipart", func(t *testing.T) {
		e := newEnv(t, false, withAdmin(adminToken))
		req := httptest.NewRequest(http.MethodPost, u("/documents"), bytes.NewReader(data))
		req.Header.Set("Content-Type", "text/plain")
		p := e.send(t, req, bearer...).problem(t, http.StatusUnsupportedMediaType)
		if !strings.Contains(p.Detail, "multipart/form-data") {
			t.Errorf("detail %q", p.Detail)
		}
	})
	t.Run("declared too large", func(t *testing.T) {
		e := newEnv(t, false, withAdmin(adminToken))
		req := httptest.NewRequest(http.MethodPost, u("/documents"), bytes.NewReader([]byte("x")))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
		req.ContentLength = api.DefaultMaxUpload * 2
		e.send(t, req, bearer...).problem(t, http.StatusRequestEntityTooLarge)
	})
	t.Run("unauthorized says how", func(t *testing.T) {
		e := newEnv(t, false, withAdmin(adminToken))
		r := e.upload(t, "file", seedName, data)
		r.problem(t, http.StatusUnauthorized)
		if !strings.HasPrefix(r.Header().Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("WWW-Authenticate = %q", r.Header().Get("WWW-Authenticate"))
		}
	})
	t.Run("no parser", func(t *testing.T) {
		e := newEnv(t, false, withAdmin(adminToken), func(c *api.Config) { c.Parse = nil })
		e.upload(t, "file", seedName, data, bearer...).problem(t, http.StatusNotImplemented)
	})
	t.Run("delete on a read-only server", func(t *testing.T) {
		e := newEnv(t, true)
		e.send(t, httptest.NewRequest(http.MethodDelete, u("/documents/"+e.doc.Meta.ID), nil), bearer...).problem(t, http.StatusForbidden)
	})
}

func TestSanitizeFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2023年任务分解.docx", "2023年任务分解.docx"},
		{"../../etc/passwd", "passwd"},
		{`C:\Users\me\任务 表(终稿).csv`, "任务_表_终稿_.csv"},
		{".hidden.txt", "hidden.txt"},
		{"a;rm -rf.txt", "a_rm_-rf.txt"},
		{"", "upload"},
		{strings.Repeat("长", 120) + ".txt", strings.Repeat("长", 96) + ".txt"},
	}
	for _, tt := range tests {
		if got := api.SanitizeFileName(tt.in); got != tt.want {
			t.Errorf("SanitizeFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A failed upload is kept for diagnosis under failed/, but only the most
// recent FailedUploadsKept of them; an imported one stays where it was.
func TestFailedUploadsAreRetired(t *testing.T) {
	data, _ := seed(t)
	e := newEnv(t, false, withAdmin(adminToken))
	failedDir := filepath.Join(e.cfg.UploadDir, "failed")
	// An old failure from last month goes at the next prune.
	if err := os.MkdirAll(failedDir, 0o750); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(failedDir, "20200101T000000.000000000Z-old.md")
	if err := os.WriteFile(old, []byte("x"), 0o640); err != nil {
		t.Fatal(err)
	}
	month := time.Now().Add(-30 * 24 * time.Hour)
	if err := os.Chtimes(old, month, month); err != nil {
		t.Fatal(err)
	}
	for i := range api.FailedUploadsKept + 5 {
		e.upload(t, "file", fmt.Sprintf("notes-%02d.md", i), []byte("# 会议纪要\n\n没有任何分工。\n"), bearer...).problem(t, http.StatusUnprocessableEntity)
	}
	var res api.UploadResult
	e.upload(t, "file", seedName, data, bearer...).status(t, http.StatusCreated).decode(t, &res)

	failed, err := os.ReadDir(failedDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != api.FailedUploadsKept {
		t.Errorf("%d failed uploads kept, want %d", len(failed), api.FailedUploadsKept)
	}
	for _, f := range failed {
		if strings.Contains(f.Name(), "old.md") || strings.Contains(f.Name(), "notes-00") || strings.Contains(f.Name(), "notes-04") {
			t.Errorf("%s should have been pruned", f.Name())
		}
	}
	if _, err := os.Stat(filepath.Join(e.cfg.UploadDir, res.Upload)); err != nil {
		t.Errorf("the imported upload is not kept: %v", err)
	}
	top, _ := os.ReadDir(e.cfg.UploadDir)
	if len(top) != 2 { // the imported upload and failed/
		t.Errorf("upload dir holds %v", top)
	}
}

// TestUploadOverTheNeo4jImportLimit: on the Neo4j store a document too large
// for one import transaction is refused up front with 413 naming the limit.
func TestUploadOverTheNeo4jImportLimit(t *testing.T) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI not set under CI=true")
		}
		t.Skip("NEO4J_URI not set (scripts/neo4j-local start)")
	}
	store, err := neo4j.Open(t.Context(), neo4j.Config{URI: uri, MaxImportBytes: 1 << 10})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	data, doc := seed(t)
	if err := store.DeleteDocument(t.Context(), doc.Meta.ID); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Fatal(err)
	}
	e := newEnv(t, false, withAdmin(adminToken), func(c *api.Config) { c.Store = store })
	p := e.upload(t, "file", seedName, data, bearer...).problem(t, http.StatusRequestEntityTooLarge)
	if p.Code != graph.ETOOLARGE || !strings.Contains(p.Detail, "at most 1 KB per document") {
		t.Errorf("problem %+v, want %s naming the limit of 1 KB", p, graph.ETOOLARGE)
	}
	if _, err := store.Document(t.Context(), doc.Meta.ID); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("the refused document is stored (err %v)", err)
	}
}
