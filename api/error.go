package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// statusOf is the one table from graph error codes to HTTP statuses.
var statusOf = map[string]int{
	graph.EINVALID:        http.StatusBadRequest,
	graph.EUNAUTHORIZED:   http.StatusUnauthorized,
	graph.EFORBIDDEN:      http.StatusForbidden,
	graph.ENOTFOUND:       http.StatusNotFound,
	graph.ECONFLICT:       http.StatusConflict,
	graph.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	graph.EUNSUPPORTED:    http.StatusUnsupportedMediaType,
	graph.EINTERNAL:       http.StatusInternalServerError,
	graph.ENOTIMPLEMENTED: http.StatusNotImplemented,
	graph.EUNAVAILABLE:    http.StatusServiceUnavailable,
	graph.ETIMEOUT:        http.StatusGatewayTimeout,
}

// codeUnprocessable is the API's own code for a document that was received
// but could not be parsed (422); the graph package has no such kind.
const codeUnprocessable = "unprocessable"

// Problem is an RFC 9457 problem detail, sent as application/problem+json.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Instance string `json:"instance"`
	// Extensions: the graph error code and the request id to quote in reports.
	Code      string `json:"code"`
	RequestID string `json:"requestId,omitempty"`
}

const problemContentType = "application/problem+json"

// HTTPStatus returns the status that err is answered with.
func HTTPStatus(err error) int {
	if status, ok := statusOf[errorCode(err)]; ok {
		return status
	}
	if errorCode(err) == codeUnprocessable {
		return http.StatusUnprocessableEntity
	}
	return http.StatusInternalServerError
}

// errorCode is graph.ErrorCode, with context errors mapped to their kinds.
func errorCode(err error) string {
	var ge *graph.Error
	switch {
	case errors.As(err, &ge):
		return ge.Code
	case errors.Is(err, context.DeadlineExceeded):
		return graph.ETIMEOUT
	case errors.Is(err, context.Canceled):
		return graph.EUNAVAILABLE
	}
	return graph.ErrorCode(err)
}

// errorDetail is the user-facing message: internal errors say only
// "internal error", context errors say what happened.
func errorDetail(err error) string {
	var ge *graph.Error
	switch {
	case errors.As(err, &ge):
		return graph.ErrorMessage(err)
	case errors.Is(err, context.DeadlineExceeded):
		return "the request ran over its time limit"
	case errors.Is(err, context.Canceled):
		return "the request was cancelled"
	}
	return "internal error"
}

// statusClientClosed is logged for requests whose client went away before
// the answer (nginx's 499); nothing reaches the client.
const statusClientClosed = 499

// fail answers the request with the problem that err describes and logs
// what clients are not told.
func (s *server) fail(c *gin.Context, err error) {
	if errors.Is(err, context.Canceled) && errors.Is(c.Request.Context().Err(), context.Canceled) {
		s.log.Debug("client went away", "requestId", requestID(c), "method", c.Request.Method, "path", c.Request.URL.Path)
		c.AbortWithStatus(statusClientClosed)
		return
	}
	code := errorCode(err)
	status := HTTPStatus(err)
	level := slog.LevelDebug
	if serverFault(status) {
		level = slog.LevelError
	}
	s.log.Log(c.Request.Context(), level, "request failed",
		"requestId", requestID(c), "method", c.Request.Method, "path", c.Request.URL.Path,
		"status", status, "code", code, "error", err.Error())
	s.problem(c, status, code, errorDetail(err))
}

// problem writes a problem+json body and aborts the handler chain.
func (s *server) problem(c *gin.Context, status int, code, detail string) {
	if detail == "" {
		detail = http.StatusText(status)
	}
	p := Problem{
		Type:      "urn:govgraph:problem:" + code,
		Title:     http.StatusText(status),
		Status:    status,
		Detail:    detail,
		Instance:  c.Request.URL.RequestURI(),
		Code:      code,
		RequestID: requestID(c),
	}
	c.Abort()
	s.writeJSON(c, status, problemContentType, p)
}

// invalid is a graph.EINVALID error about a request parameter.
func invalid(format string, args ...any) error {
	return graph.Errorf(graph.EINVALID, format, args...)
}

// serverFault tells the statuses that mean something went wrong here, as
// opposed to a request this server cannot or will not serve (501).
func serverFault(status int) bool {
	return status >= 500 && status != http.StatusNotImplemented
}
