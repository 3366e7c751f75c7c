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

// An upload's original is kept in the store: another server on the same
// store (here a second handler with its own upload directory) serves it,
// as an attachment, until the document is deleted.
func TestUploadedOriginalIsKeptInTheStore(t *testing.T) {
	e := newEnv(t, false, withAdmin("secret"))
	data, _ := seed(t)
	r := e.upload(t, "file", "报告<script>.txt", data, "Authorization", "Bearer secret").status(t, http.StatusCreated)
	var res api.UploadResult
	r.decode(t, &res)
	if r.Header().Get(api.BookmarkHeader) != "" {
		t.Errorf("the embedded store hands out no bookmarks, yet the upload answered %s: %q", api.BookmarkHeader, r.Header().Get(api.BookmarkHeader))
	}

	other := *e
	other.cfg.UploadDir = t.TempDir()
	other.handler = api.NewHandler(other.cfg)
	got := other.get(t, u("/documents/"+esc(res.Document)+"/original")).status(t, http.StatusOK)
	if !bytes.Equal(got.Body.Bytes(), data) {
		t.Errorf("the original is %d bytes, not the %d uploaded", got.Body.Len(), len(data))
	}
	if cd := got.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || strings.Contains(cd, "<") {
		t.Errorf("Content-Disposition %q, want an attachment with a sanitised name", cd)
	}
	if ct := got.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type %q, want text/plain for a .txt", ct)
	}

	other.send(t, httptest.NewRequest(http.MethodDelete, u("/documents/"+esc(res.Document)), nil), "Authorization", "Bearer secret").status(t, http.StatusNoContent)
	if p := e.get(t, u("/documents/"+esc(res.Document)+"/original")).problem(t, http.StatusNotFound); p.Code != graph.ENOTFOUND {
		t.Errorf("after the delete: %+v", p)
	}
}

// A document imported without its upload (the CLI) has no original.
func TestImportedDocumentHasNoOriginal(t *testing.T) {
	e := newEnv(t, true)
	if p := e.get(t, u("/documents/"+esc(e.doc.Meta.ID)+"/original")).problem(t, http.StatusNotFound); !strings.Contains(p.Detail, "no original") {
		t.Errorf("detail %q", p.Detail)
	}
}

// A malformed bookmark header is refused before any handler runs.
func TestMalformedBookmarkIsABadRequest(t *testing.T) {
	e := newEnv(t, true)
	for _, h := range []string{"a b", "x,,y", strings.Repeat("a", 600), strings.Repeat("a,", 20) + "a", "\u4e2d"} {
		if p := e.get(t, u("/documents"), api.BookmarkHeader, h).problem(t, http.StatusBadRequest); !strings.Contains(p.Detail, api.BookmarkHeader) {
			t.Errorf("%q: detail %q does not name the header", h, p.Detail)
		}
	}
	e.get(t, u("/documents"), api.BookmarkHeader, "FB:abc+/=_-.").status(t, http.StatusOK)
}
