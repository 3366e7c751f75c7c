package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

const (
	requestIDHeader = "X-Request-ID"
	requestIDKey    = "govgraph.requestId"
)

// contentSecurityPolicy lets the UI load only its own files: no inline or
// foreign scripts. Inline styles are allowed because ECharts tooltips carry
// style attributes.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// requestID takes a well-formed X-Request-ID from the client or makes one,
// and echoes it in the response.
func (s *server) requestID(c *gin.Context) {
	id := c.GetHeader(requestIDHeader)
	if !validRequestID(id) {
		var b [12]byte
		_, _ = rand.Read(b[:])
		id = hex.EncodeToString(b[:])
	}
	c.Set(requestIDKey, id)
	c.Header(requestIDHeader, id)
	c.Next()
}

func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

func requestID(c *gin.Context) string { return c.GetString(requestIDKey) }

func (s *server) securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	c.Next()
}

// accessLog writes one structured line per request.
func (s *server) accessLog(c *gin.Context) {
	start := time.Now()
	c.Next()
	status := c.Writer.Status()
	level := slog.LevelInfo
	switch {
	case status == statusClientClosed:
	case serverFault(status):
		level = slog.LevelError
	case status >= 400:
		level = slog.LevelWarn
	}
	s.log.LogAttrs(c.Request.Context(), level, "http request",
		slog.String("requestId", requestID(c)),
		slog.String("method", c.Request.Method),
		slog.String("path", c.Request.URL.Path),
		slog.String("query", redactedQuery(c.Request.URL.RawQuery)),
		slog.Int("status", status),
		slog.Int("bytes", c.Writer.Size()),
		slog.Duration("duration", time.Since(start)),
		slog.String("remote", c.ClientIP()),
	)
}

// recover turns a panic into a logged 500 problem.
func (s *server) recover(c *gin.Context) {
	defer func() {
		v := recover()
		if v == nil {
			return
		}
		if v == http.ErrAbortHandler {
			panic(v)
		}
		s.log.Error("panic", "requestId", requestID(c), "method", c.Request.Method,
			"path", c.Request.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
		if c.Writer.Written() {
			c.Abort()
			return
		}
		s.problem(c, http.StatusInternalServerError, graph.EINTERNAL, "internal error")
	}()
	c.Next()
}

// timeout bounds every API request by RequestTimeout through its context.
func (s *server) timeout(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	c.Request = c.Request.WithContext(ctx)
	c.Next()
}

// requireAdmin lets a request through only with the admin bearer token.
func (s *server) requireAdmin(c *gin.Context) {
	if s.cfg.AdminToken == "" {
		s.fail(c, graph.Errorf(graph.EFORBIDDEN, "read-only: set GOVGRAPH_ADMIN_TOKEN to allow uploads and deletes"))
		return
	}
	auth := c.GetHeader("Authorization")
	scheme, _, found := strings.Cut(auth, " ")
	if auth == "" || !found || !strings.EqualFold(scheme, "Bearer") {
		c.Header("WWW-Authenticate", `Bearer realm="govgraph"`)
		s.fail(c, graph.Errorf(graph.EUNAUTHORIZED, "this request needs the header Authorization: Bearer <admin token>"))
		return
	}
	if !s.adminTokenIn(auth) {
		c.Header("WWW-Authenticate", `Bearer realm="govgraph", error="invalid_token"`)
		s.fail(c, graph.Errorf(graph.EUNAUTHORIZED, "the admin token is wrong"))
		return
	}
	c.Next()
}

// checkHost answers only requests whose Host is one of Config.AllowedHosts
// (any port), so that a page on a rebinding domain cannot read the API
// through the browser. An empty list allows any host.
func (s *server) checkHost(c *gin.Context) {
	if len(s.cfg.AllowedHosts) == 0 {
		c.Next()
		return
	}
	host := hostName(c.Request.Host)
	for _, h := range s.cfg.AllowedHosts {
		if strings.EqualFold(host, hostName(h)) {
			c.Next()
			return
		}
	}
	s.fail(c, graph.Errorf(graph.EFORBIDDEN, "this server does not answer to the host %q (see --allowed-hosts)", c.Request.Host))
}

// hostName is the host of "host", "host:port", "[::1]:port" or "::1".
func hostName(hostport string) string {
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		return h
	}
	return strings.Trim(hostport, "[]")
}

// sameOrigin refuses requests that a page of another site made the browser
// send (CSRF): Sec-Fetch-Site other than same-origin or none, or an Origin
// that is not this server's.
func (s *server) sameOrigin(c *gin.Context) {
	switch site := c.GetHeader("Sec-Fetch-Site"); site {
	case "", "same-origin", "none":
	default:
		s.fail(c, graph.Errorf(graph.EFORBIDDEN, "cross-site requests are not allowed here (Sec-Fetch-Site: %s)", site))
		return
	}
	if origin := c.GetHeader("Origin"); origin != "" {
		u, err := url.Parse(origin)
		if err != nil || u.Host == "" || !strings.EqualFold(u.Host, c.Request.Host) {
			s.fail(c, graph.Errorf(graph.EFORBIDDEN, "requests from the origin %q are not allowed here", origin))
			return
		}
	}
	c.Next()
}

// requireBody refuses a body of another media type than mediaType (415),
// so that an HTML form or a text/plain fetch cannot reach the handler.
func (s *server) requireBody(mediaType string) gin.HandlerFunc {
	return func(c *gin.Context) {
		mt, _, err := mime.ParseMediaType(c.GetHeader("Content-Type"))
		if err != nil || mt != mediaType {
			s.fail(c, graph.Errorf(graph.EUNSUPPORTED, "the body must be %s; got Content-Type %q", mediaType, c.GetHeader("Content-Type")))
			return
		}
		c.Next()
	}
}

// computeLimit bounds the concurrent computations of one expensive route:
// slots run at once, queue more wait for a slot, and beyond them a request
// is answered 503 with Retry-After at once, so that memory stays bounded
// whatever the mix of requests. It also keeps how long its computations
// typically take, so that a request whose deadline would pass before its
// answer is ready gets 503 instead of starting (and then a 504).
type computeLimit struct {
	slots, admitted chan struct{}

	mu      sync.Mutex
	typical time.Duration // moving average of computation times; 0: none yet
}

func newComputeLimit(slots, queue int) *computeLimit {
	return &computeLimit{slots: make(chan struct{}, slots), admitted: make(chan struct{}, slots+queue)}
}

// typicalWeight is the weight of the newest computation in the average.
const typicalWeight = 0.25

func (l *computeLimit) observe(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.typical == 0 {
		l.typical = d
		return
	}
	l.typical = time.Duration(typicalWeight*float64(d) + (1-typicalWeight)*float64(l.typical))
}

func (l *computeLimit) expected() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.typical
}

// bounded returns the middleware of one route's computeLimit. It only
// hands the limit to the handler: serveCached takes a slot to compute an
// answer, so that answers from the cache take none.
func (s *server) bounded() gin.HandlerFunc {
	l := newComputeLimit(s.cfg.ComputeSlots, s.cfg.ComputeQueue)
	return func(c *gin.Context) {
		c.Set(computeLimitKey, l)
		c.Next()
	}
}

const computeLimitKey = "govgraph.computeLimit"

// admit waits for a slot of the route's computeLimit (none: no wait) and
// returns its release; when the queue is full, when the request's deadline
// leaves less than a typical computation's time, or when the client
// leaves, it answers the request and returns false.
func (s *server) admit(c *gin.Context) (release func(), ok bool) {
	v, _ := c.Get(computeLimitKey)
	l, _ := v.(*computeLimit)
	if l == nil {
		return func() {}, true
	}
	busy := func(why string) {
		c.Header("Retry-After", retryAfterSeconds)
		s.fail(c, graph.Errorf(graph.EUNAVAILABLE, "the server is busy with this kind of question (%s); try again shortly", why))
	}
	select {
	case l.admitted <- struct{}{}:
	default:
		busy(fmt.Sprintf("%d at once, %d waiting", cap(l.slots), cap(l.admitted)-cap(l.slots)))
		return nil, false
	}
	ctx := c.Request.Context()
	var giveUp <-chan time.Time // when too little time would be left to compute
	if deadline, ok := ctx.Deadline(); ok {
		wait := time.Until(deadline) - l.expected()
		if wait <= 0 {
			<-l.admitted
			busy(fmt.Sprintf("an answer typically takes %s, more than this request has left", l.expected().Round(time.Millisecond)))
			return nil, false
		}
		t := time.NewTimer(wait)
		defer t.Stop()
		giveUp = t.C
	}
	select {
	case l.slots <- struct{}{}:
	case <-giveUp:
		<-l.admitted
		busy(fmt.Sprintf("no slot came free in time for a computation of typically %s", l.expected().Round(time.Millisecond)))
		return nil, false
	case <-ctx.Done():
		<-l.admitted
		s.fail(c, ctx.Err())
		return nil, false
	}
	start := time.Now()
	return func() { l.observe(time.Since(start)); <-l.slots; <-l.admitted }, true
}

const retryAfterSeconds = "2"

// sensitiveParam tells query parameters whose values the access log must
// not keep (a token pasted into a URL).
func sensitiveParam(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"token", "auth", "key", "secret", "password", "passwd", "session", "jwt", "bearer"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// redactedQuery is the query string for the access log, with the values
// of sensitive parameters replaced; one that does not parse is not logged.
func redactedQuery(raw string) string {
	if raw == "" {
		return ""
	}
	values, err := url.ParseQuery(raw)
	if err != nil {
		return fmt.Sprintf("(malformed, %d bytes, not logged)", len(raw))
	}
	redacted := false
	for name, vs := range values {
		if sensitiveParam(name) {
			for i := range vs {
				vs[i] = "REDACTED"
			}
			redacted = true
		}
	}
	if !redacted {
		return raw
	}
	return values.Encode()
}
