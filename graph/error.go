package graph

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status in api's single table.
const (
	EINVALID        = "invalid"         // bad input from the caller
	ENOTFOUND       = "not_found"       // no such document or entity
	ECONFLICT       = "conflict"        // the request clashes with stored state
	EUNAUTHORIZED   = "unauthorized"    // missing or wrong credentials
	EFORBIDDEN      = "forbidden"       // not allowed, e.g. writes on a read-only server
	ETOOLARGE       = "too_large"       // over a size limit
	EUNSUPPORTED    = "unsupported"     // a file type or format we cannot read
	ENOTIMPLEMENTED = "not_implemented" // not available on this store
	EUNAVAILABLE    = "unavailable"     // a dependency (Neo4j) cannot be reached
	ETIMEOUT        = "timeout"         // a query ran over its time limit
	EINTERNAL       = "internal"        // a bug or an unexpected failure
)

// Error is govgraph's one error type. Message is safe to show to users;
// Err keeps the underlying cause for logs only.
type Error struct {
	Code    string
	Op      string // the operation, e.g. "extract.Parse"
	Message string
	Err     error
}

func (e *Error) Error() string {
	s := e.Message
	if e.Op != "" {
		s = e.Op + ": " + s
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted user message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err; internal errors get a
// plain "internal error" so that no driver detail leaks.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return "internal error"
}
