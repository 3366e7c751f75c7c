package api

import (
	_ "embed"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
	"github.com/goccy/go-yaml"
)

// openAPIYAML is the contract of the API; tests validate real responses
// against it.
//
//go:embed openapi.yaml
var openAPIYAML []byte

// openAPIJSON is the same document as JSON, converted once, on first use
// (not at start: every CLI command links this package).
var openAPIJSON = sync.OnceValue(func() []byte {
	b, err := yaml.YAMLToJSON(openAPIYAML)
	if err != nil {
		panic("api: openapi.yaml is not valid YAML: " + err.Error())
	}
	return b
})

// OpenAPI returns the OpenAPI 3 document of the API as JSON.
func OpenAPI() []byte { return append([]byte(nil), openAPIJSON()...) }

func (s *server) serveOpenAPIJSON(c *gin.Context) {
	c.Header("Cache-Control", "no-cache")
	c.Data(http.StatusOK, "application/json; charset=utf-8", openAPIJSON())
}

func (s *server) serveOpenAPIYAML(c *gin.Context) {
	c.Header("Cache-Control", "no-cache")
	c.Data(http.StatusOK, "application/yaml; charset=utf-8", openAPIYAML)
}
