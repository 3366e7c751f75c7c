package api

import (
	"bytes"
	"encoding/json"
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
// do. A key joins the data version (graph.Store.Version) with the route and
// its normalised parameters, so an import or a delete is never answered
// from an old entry.
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

// cacheKey names a cached question: the route and its normalised
// parameters (never the raw query string, so that equal questions asked
// differently share an answer).
func cacheKey(route string, parts ...any) string {
	b, err := json.Marshal(parts)
	if err != nil {
		panic(err) // parameters are plain data
	}
	return route + " " + string(b)
}

// serveCached answers c from the cache when an answer to key is kept under
// the current data version. Otherwise answer writes the answer and returns
// the data version it was computed from (graph.Selection.Version; "" when
// it has none), and a 200 answer is kept under that version, never under
// the version that was current when the request arrived. Concurrent
// identical requests wait for one computation (singleflight).
func (s *server) serveCached(c *gin.Context, key string, answer func() string) {
	current, err := s.store.Version(c.Request.Context())
	if err != nil {
		s.compute(c, answer) // which meets the same store error and answers it
		return
	}
	// The answers of the comparison routes also follow the editable tables.
	key = s.tablesVersion() + " " + key
	if r := s.responses.get(current + " " + key); r != nil {
		s.replay(c, r, "hit")
		return
	}
	ran := false
	v, err, _ := s.responses.flight.Do(current+" "+key, func() (any, error) {
		ran = true
		w := &teeWriter{ResponseWriter: c.Writer}
		c.Writer = w
		c.Header("X-Cache", "miss")
		version := s.compute(c, answer)
		if w.Status() != http.StatusOK {
			return nil, errNotCacheable
		}
		r := &cachedResponse{header: w.Header().Clone(), body: bytes.Clone(w.body.Bytes())}
		if version != "" {
			s.responses.put(version+" "+key, r)
		}
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
		s.compute(c, answer)
	}
}

// compute runs answer in a slot of the route's computeLimit; "" when it
// got none (and the request has its 503).
func (s *server) compute(c *gin.Context, answer func() string) string {
	release, ok := s.admit(c)
	if !ok {
		return ""
	}
	defer release()
	return answer()
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
