package api

import (
	"bytes"
	"io"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// Cache-Control of the UI's files: Vite names files under assets/ by their
// content hash, so they never change; index.html must be revalidated.
const (
	cacheImmutable  = "public, max-age=31536000, immutable"
	cacheRevalidate = "no-cache"
)

// serveUI serves the built UI SPA-style: a file when it exists, index.html
// for other paths (client-side routes), 404 for missing files that look like
// assets.
func (s *server) serveUI(c *gin.Context) {
	if s.cfg.Assets == nil {
		s.problem(c, http.StatusNotFound, graph.ENOTFOUND, "the UI is not built into this server; the API is at "+Prefix)
		return
	}
	if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
		c.Header("Allow", "GET, HEAD")
		s.problem(c, http.StatusMethodNotAllowed, "method_not_allowed", "the UI is read with GET")
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+c.Request.URL.Path), "/")
	if name == "" {
		name = "index.html"
	}
	if s.serveAsset(c, name) {
		return
	}
	if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" {
		s.problem(c, http.StatusNotFound, graph.ENOTFOUND, "no file "+c.Request.URL.Path)
		return
	}
	if !s.serveAsset(c, "index.html") {
		s.problem(c, http.StatusNotFound, graph.ENOTFOUND, "the UI has no index.html")
	}
}

// serveAsset serves one regular file of the UI; false when there is none.
func (s *server) serveAsset(c *gin.Context, name string) bool {
	f, err := s.cfg.Assets.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return false
	}
	rs, ok := f.(io.ReadSeeker)
	if !ok {
		data, err := io.ReadAll(f)
		if err != nil {
			return false
		}
		rs = bytes.NewReader(data)
	}
	if strings.HasPrefix(name, "assets/") {
		c.Header("Cache-Control", cacheImmutable)
	} else {
		c.Header("Cache-Control", cacheRevalidate)
	}
	// Embedded files have no modification time; content hashes do the work.
	http.ServeContent(c.Writer, c.Request, name, time.Time{}, rs)
	return true
}
