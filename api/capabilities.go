package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// Capabilities is the answer of GET /capabilities: what this server lets a
// client do, so that a UI offers only what will work.
type Capabilities struct {
	// Writes: the server accepts uploads and deletes (an admin token is configured).
	Writes bool `json:"writes"`
	// TokenAccepted: the request's Authorization: Bearer token is the admin token.
	TokenAccepted bool             `json:"tokenAccepted"`
	Cypher        CypherCapability `json:"cypher"`
}

// CypherCapability describes the read-only Cypher console.
type CypherCapability struct {
	Available      bool    `json:"available"` // the store runs Cypher (Neo4j only)
	Store          string  `json:"store"`
	TimeoutSeconds float64 `json:"timeoutSeconds"`
	MaxRows        int     `json:"maxRows"`
}

func (s *server) capabilities(c *gin.Context) {
	_, cypher := s.store.(graph.CypherRunner)
	s.ok(c, Capabilities{
		Writes:        s.cfg.AdminToken != "",
		TokenAccepted: s.adminTokenIn(c.GetHeader("Authorization")),
		Cypher: CypherCapability{Available: cypher, Store: s.store.Kind(),
			TimeoutSeconds: s.cfg.CypherTimeout.Seconds(), MaxRows: MaxCypherRows},
	})
}

// adminTokenIn reports whether an Authorization header carries the admin
// bearer token; never when the server has none.
func (s *server) adminTokenIn(auth string) bool {
	scheme, token, found := strings.Cut(auth, " ")
	if s.cfg.AdminToken == "" || !found || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	// Compare digests, so that the time taken says nothing about the length.
	want := sha256.Sum256([]byte(s.cfg.AdminToken))
	got := sha256.Sum256([]byte(strings.TrimSpace(token)))
	return subtle.ConstantTimeCompare(want[:], got[:]) == 1
}
