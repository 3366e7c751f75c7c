package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// CypherRequest is the body of POST /cypher.
type CypherRequest struct {
	Query  string         `json:"query"`
	Params map[string]any `json:"params"`
}

func (s *server) cypher(c *gin.Context) {
	runner, ok := s.store.(graph.CypherRunner)
	if !ok {
		s.fail(c, graph.Errorf(graph.ENOTIMPLEMENTED,
			"the Cypher console needs the Neo4j store; this server uses the %s store (start it with --neo4j-uri or NEO4J_URI)", s.store.Kind()))
		return
	}
	// The time limit covers the whole request: reading, the query, and
	// encoding the answer.
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.CypherTimeout)
	defer cancel()
	overTime := func(err error) error {
		return &graph.Error{Code: graph.ETIMEOUT, Message: fmt.Sprintf("the query ran over the Cypher time limit of %s", s.cfg.CypherTimeout), Err: err}
	}
	raw, err := io.ReadAll(http.MaxBytesReader(c.Writer, c.Request.Body, MaxCypherBody))
	if err != nil {
		var maxErr *http.MaxBytesError
		if errors.As(err, &maxErr) {
			s.fail(c, graph.Errorf(graph.ETOOLARGE, "the request body is larger than %s", byteSize(MaxCypherBody)))
			return
		}
		s.fail(c, &graph.Error{Code: graph.EINVALID, Message: "the request body could not be read", Err: err})
		return
	}
	var req CypherRequest
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(&req); err != nil {
		s.fail(c, &graph.Error{Code: graph.EINVALID, Message: "the body must be JSON {\"query\": string, \"params\": object}: " + err.Error(), Err: err})
		return
	}
	req.Query = strings.TrimSpace(req.Query)
	switch {
	case req.Query == "":
		s.fail(c, graph.Errorf(graph.EINVALID, "field query is required"))
		return
	case len(req.Query) > MaxCypherQuery:
		s.fail(c, graph.Errorf(graph.EINVALID, "field query is %d bytes long; at most %d", len(req.Query), MaxCypherQuery))
		return
	}
	params, err := plainParams(req.Params)
	if err != nil {
		s.fail(c, err)
		return
	}
	res, err := runner.ReadCypher(ctx, req.Query, params, MaxCypherRows)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded && errorCode(err) != graph.EINVALID {
			err = overTime(err)
		}
		s.fail(c, err)
		return
	}
	res.Columns, res.Rows = nonNil(res.Columns), nonNil(res.Rows)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		s.fail(c, &graph.Error{Code: graph.EINTERNAL, Message: "encode the console answer", Err: err})
		return
	}
	if err := ctx.Err(); err != nil {
		s.fail(c, overTime(err))
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", buf.Bytes())
}

// plainParams turns JSON numbers into int64 or float64, as the Neo4j
// driver wants them.
func plainParams(in map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(in))
	for k, v := range in {
		pv, err := plainValue(v)
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "params.%s: %s", k, err)
		}
		out[k] = pv
	}
	return out, nil
}

func plainValue(v any) (any, error) {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i, nil
		}
		f, err := x.Float64()
		if err != nil {
			return nil, fmt.Errorf("%s is not a number", x)
		}
		return f, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			pe, err := plainValue(e)
			if err != nil {
				return nil, err
			}
			out[i] = pe
		}
		return out, nil
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			pe, err := plainValue(e)
			if err != nil {
				return nil, err
			}
			out[k] = pe
		}
		return out, nil
	}
	return v, nil
}
