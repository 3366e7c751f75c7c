package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"sync"

	"github.com/gin-gonic/gin"
	"golang.org/x/sync/singleflight"
)

// responseCache keeps the encoded answers of the analysis routes (networks,
// metrics, charts, exports): they are the expensive ones, asked again and
// again with the same parameters, and they change only when the documents
// do. A key joins the data version with the request URI, so an import or a
// delete is never answered from an old entry. Concurrent identical requests
// wait for one computation (singleflight) instead of all running it.
type responseCache struct {
	mu      sync.Mutex
	entries map[string]*cachedResponse
	order   []string // oldest first
	size    int      // bytes of bodies held
	flight  singleflight.Group
}

type cachedResponse struct {
	header http.Header
	body   []byte
}

// Limits of the response cache.
const (
	responseCacheBytes   = 256 << 20
	responseCacheEntries = 256
	responseCacheLargest = 64 << 20 // larger answers are not kept
)

func (rc *responseCache) get(key string) *cachedResponse {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return rc.entries[key]
}

func (rc *responseCache) put(key string, r *cachedResponse) {
	if len(r.body) > responseCacheLargest {
		return
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.entries == nil {
		rc.entries = make(map[string]*cachedResponse)
	}
	if _, ok := rc.entries[key]; ok {
		return
	}
	for len(rc.order) > 0 && (len(rc.order) >= responseCacheEntries || rc.size+len(r.body) > responseCacheBytes) {
		rc.size -= len(rc.entries[rc.order[0]].body)
		delete(rc.entries, rc.order[0])
		rc.order = rc.order[1:]
	}
	rc.entries[key] = r
	rc.order = append(rc.order, key)
	rc.size += len(r.body)
}

// teeWriter passes a response through while keeping a copy of its body.
type teeWriter struct {
	gin.ResponseWriter
	body bytes.Buffer
}

func (w *teeWriter) Write(b []byte) (int, error) {
	w.body.Write(b)
	return w.ResponseWriter.Write(b)
}

func (w *teeWriter) WriteString(s string) (int, error) {
	w.body.WriteString(s)
	return w.ResponseWriter.WriteString(s)
}

var errNotCacheable = errors.New("answer not cacheable")

// cached is the middleware of the cached routes.
func (s *server) cached(c *gin.Context) {
	version, err := s.dataVersion(c.Request.Context())
	if err != nil {
		c.Next() // the handler meets the same store error and answers it
		return
	}
	key := version + " " + s.tablesVersion() + " " + c.Request.URL.RequestURI()
	if r := s.responses.get(key); r != nil {
		s.replay(c, r, "hit")
		return
	}
	ran := false
	v, err, _ := s.responses.flight.Do(key, func() (any, error) {
		ran = true
		w := &teeWriter{ResponseWriter: c.Writer}
		c.Writer = w
		c.Header("X-Cache", "miss")
		c.Next()
		if w.Status() != http.StatusOK {
			return nil, errNotCacheable
		}
		r := &cachedResponse{header: w.Header().Clone(), body: bytes.Clone(w.body.Bytes())}
		s.responses.put(key, r)
		return r, nil
	})
	switch {
	case ran:
		// This request computed the answer and has written it.
	case err == nil:
		s.replay(c, v.(*cachedResponse), "shared")
	default:
		// The request it waited for failed (perhaps its client left):
		// answer this one on its own.
		c.Next()
	}
}

func (s *server) replay(c *gin.Context, r *cachedResponse, how string) {
	for k, vs := range r.header {
		if k == "X-Request-Id" || k == "Content-Length" {
			continue
		}
		c.Writer.Header()[k] = vs
	}
	c.Header("X-Cache", how)
	c.Header("Content-Length", strconv.Itoa(len(r.body)))
	c.Status(http.StatusOK)
	c.Writer.Write(r.body)
	c.Abort()
}

// dataVersion names the stored data: it changes with every import,
// replacement or delete of a document.
func (s *server) dataVersion(ctx context.Context) (string, error) {
	docs, err := s.store.Documents(ctx)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, d := range docs {
		st := d.Stats
		h.Write([]byte(d.ID + ":" + d.Hash + ":" + strconv.Itoa(st.Tasks) + "/" + strconv.Itoa(st.Units) + "/" +
			strconv.Itoa(st.Leaders) + "/" + strconv.Itoa(st.Projects) + "\n"))
	}
	return hex.EncodeToString(h.Sum(nil)[:12]), nil
}
