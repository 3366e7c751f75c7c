// Package api is govgraph's HTTP API, version 1: a gin engine under
// /api/v1 that answers questions about the graph as JSON, builds ECharts
// options for the UI, accepts uploads from administrators, and serves the
// built UI. Its contract is openapi.yaml (served as /api/v1/openapi.json);
// docs/api.md explains it.
package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"time"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
	"govgraph/graph/lineage"
	"govgraph/graph/quality"
	"govgraph/graph/survey"
)

// Config is what NewHandler needs. Only Store is required.
type Config struct {
	Store graph.Store
	// Lineage maps unit names forward for comparisons; nil means none.
	// Quality's tables replace it when set.
	Lineage *lineage.Table
	// Quality answers the data-quality queue and applies accepted
	// suggestions to the data directory's tables; nil: no queue.
	Quality *quality.Service
	// AdminToken allows uploads and deletes (Authorization: Bearer ...);
	// empty means the server is read-only.
	AdminToken string
	// Parse extracts a document from an upload, stopping when ctx (the
	// request's) is done; nil refuses uploads.
	Parse func(ctx context.Context, name string, data []byte) (*graph.Document, error)
	// UploadDir keeps every raw upload before it is parsed; empty keeps none.
	UploadDir string
	Logger    *slog.Logger // nil: slog.Default()
	// Assets is the built frontend, served at / when not nil.
	Assets         fs.FS
	RequestTimeout time.Duration // default 30 s
	CypherTimeout  time.Duration // default 5 s
	MaxUpload      int64         // bytes, default 10 MB
	// AllowedHosts are the host names (without port) the server answers
	// to; empty answers any Host.
	AllowedHosts []string
	// ComputeSlots and ComputeQueue bound each expensive route (networks,
	// metrics, charts, export): so many computations at once (default
	// GOMAXPROCS), so many more waiting (default 8, negative: none);
	// beyond, 503.
	ComputeSlots int
	ComputeQueue int
}

// Defaults of Config.
const (
	DefaultRequestTimeout = 30 * time.Second
	DefaultCypherTimeout  = 5 * time.Second
	DefaultMaxUpload      = 10 << 20
	DefaultComputeQueue   = 8
)

// Limits of the API beyond those of graph.
const (
	MaxCypherRows   = 1000
	MaxCypherQuery  = 10000   // bytes of query text
	MaxCypherBody   = 1 << 20 // bytes of request body
	MaxSearchLimit  = 100
	MaxQueryLength  = 200 // code points of free-text parameters
	maxAnalysedTask = 200000
)

// Prefix is the path of API version 1.
const Prefix = "/api/v1"

type server struct {
	cfg       Config
	store     graph.Store
	log       *slog.Logger
	survey    *survey.Service
	responses responseCache
}

// NewHandler builds the API and UI handler.
func NewHandler(cfg Config) http.Handler {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.CypherTimeout <= 0 {
		cfg.CypherTimeout = DefaultCypherTimeout
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	if cfg.ComputeSlots <= 0 {
		cfg.ComputeSlots = runtime.GOMAXPROCS(0)
	}
	if cfg.ComputeQueue < 0 {
		cfg.ComputeQueue = 0
	} else if cfg.ComputeQueue == 0 {
		cfg.ComputeQueue = DefaultComputeQueue
	}
	if os.Getenv(gin.EnvGinMode) == "" {
		gin.SetMode(gin.ReleaseMode)
	}
	s := &server{cfg: cfg, store: cfg.Store, log: cfg.Logger, survey: survey.New(cfg.Store)}

	r := gin.New()
	r.UseEscapedPath = true // a %2F inside a name or node id stays in its segment
	r.HandleMethodNotAllowed = true
	r.ContextWithFallback = true
	r.MaxMultipartMemory = 1 << 20
	r.Use(s.requestID, s.securityHeaders, s.accessLog, s.recover, s.checkHost)

	v1 := r.Group(Prefix, s.timeout, s.knownParams, s.bookmarks)
	v1.GET("/health", s.health)
	v1.GET("/capabilities", s.capabilities)
	v1.GET("/openapi.json", s.serveOpenAPIJSON)
	v1.GET("/openapi.yaml", s.serveOpenAPIYAML)

	v1.GET("/documents", s.documents)
	v1.POST("/documents", s.sameOrigin, s.requireAdmin, s.requireBody("multipart/form-data"), s.upload)
	v1.GET("/documents/:id", s.document)
	v1.DELETE("/documents/:id", s.sameOrigin, s.requireAdmin, s.deleteDocument)
	v1.GET("/documents/:id/source", s.documentSource)
	v1.GET("/documents/:id/original", s.documentOriginal)
	v1.GET("/documents/:id/quality", s.quality)
	v1.POST("/documents/:id/quality/:item/accept", s.sameOrigin, s.requireAdmin, s.qualityDecision(true))
	v1.POST("/documents/:id/quality/:item/dismiss", s.sameOrigin, s.requireAdmin, s.qualityDecision(false))

	v1.GET("/tasks", s.tasks)
	v1.GET("/leaders", s.leaders)
	v1.GET("/leaders/:name/portfolio", s.portfolio)
	v1.GET("/units", s.units)
	v1.GET("/units/:name", s.unit)
	v1.GET("/projects", s.projects)
	v1.GET("/projects/:name", s.project)

	v1.GET("/networks/units", s.bounded(), s.unitNetwork)
	v1.GET("/networks/leaders", s.bounded(), s.leaderNetwork)
	v1.GET("/networks/bipartite", s.bounded(), s.bipartiteNetwork)
	v1.GET("/metrics/units", s.bounded(), s.unitMetrics)
	v1.GET("/metrics/assignment", s.bounded(), s.assignmentMetrics)

	v1.GET("/paths", s.paths)
	v1.GET("/neighbours", s.neighbours)
	v1.GET("/neighbours/*id", s.neighbours)
	v1.GET("/search", s.search)
	v1.GET("/charts/:view", s.bounded(), s.chart)
	v1.POST("/cypher", s.sameOrigin, s.requireBody("application/json"), s.cypher)
	v1.GET("/export", s.bounded(), s.exportNetwork)
	v1.GET("/compare", s.bounded(), s.compare)
	v1.GET("/trends", s.bounded(), s.trends)

	r.NoMethod(func(c *gin.Context) {
		s.problem(c, http.StatusMethodNotAllowed, "method_not_allowed",
			c.Request.Method+" is not allowed on "+c.Request.URL.Path+"; allowed: "+c.Writer.Header().Get("Allow"))
	})
	r.NoRoute(s.noRoute)
	return r
}

// writeJSON encodes v first, so that an encoding failure becomes a problem
// rather than half a body.
func (s *server) writeJSON(c *gin.Context, status int, contentType string, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		if contentType == problemContentType {
			panic(err) // a Problem always encodes
		}
		s.fail(c, &graph.Error{Code: graph.EINTERNAL, Message: "encode response", Err: err})
		return
	}
	c.Data(status, contentType+"; charset=utf-8", buf.Bytes())
}

// ok writes a 200 JSON answer.
func (s *server) ok(c *gin.Context, v any) {
	s.writeJSON(c, http.StatusOK, "application/json", v)
}
