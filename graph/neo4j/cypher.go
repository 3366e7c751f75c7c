package neo4j

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"govgraph/graph"
)

// Console limits.
const (
	DefaultMaxRows = 1000
	maxQueryLen    = 10000
)

// ReadCypher implements graph.CypherRunner for the read-only console. A
// query that writes or administers is refused twice: by CheckReadOnly, and
// by the server, since the query runs in a read transaction. At most
// maxRows rows are returned (0 means DefaultMaxRows), with Truncated set
// when there were more; the query timeout applies.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (*graph.CypherResult, error) {
	const op = "neo4j.ReadCypher"
	if err := s.ready(); err != nil {
		return nil, err
	}
	if maxRows < 0 {
		return nil, graph.Errorf(graph.EINVALID, "the row limit must not be negative; got %d", maxRows)
	}
	if maxRows == 0 {
		maxRows = DefaultMaxRows
	}
	if err := CheckReadOnly(query); err != nil {
		return nil, withOp(op, err)
	}
	return s.readOnly(ctx, query, params, maxRows)
}

// readOnly runs a query in a read transaction, without CheckReadOnly.
func (s *Store) readOnly(ctx context.Context, query string, params map[string]any, maxRows int) (*graph.CypherResult, error) {
	const op = "neo4j.ReadCypher"
	sess := s.session(ctx, neo4jdrv.AccessModeRead)
	defer sess.Close(context.Background())
	tx, err := sess.BeginTransaction(ctx, neo4jdrv.WithTxTimeout(s.timeout),
		neo4jdrv.WithTxMetadata(map[string]any{"app": "govgraph-console"}))
	if err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	// Read only: closing without commit rolls back, and stops a query
	// whose remaining rows are not wanted.
	defer tx.Close(context.Background())
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	keys, err := res.Keys()
	if err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	out := &graph.CypherResult{Columns: keys, Rows: [][]any{}}
	for len(out.Rows) < maxRows && res.Next(ctx) {
		values := res.Record().Values
		row := make([]any, len(values))
		for i, v := range values {
			row[i] = jsonValue(v)
		}
		out.Rows = append(out.Rows, row)
	}
	if len(out.Rows) == maxRows && res.Next(ctx) {
		out.Truncated = true
	}
	if err := res.Err(); err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	return out, nil
}

// consoleError is wrap for the console, where errors about the user's own
// query (syntax, types, missing parameters) are theirs to see.
func (s *Store) consoleError(ctx context.Context, op string, err error) error {
	var dbErr *neo4jdrv.Neo4jError
	if errors.As(rootCause(err), &dbErr) {
		switch {
		case dbErr.Code == codeAccessMode || dbErr.Code == codeForbidden:
			return &graph.Error{Code: graph.EFORBIDDEN, Op: op, Message: "the Cypher console is read-only", Err: err}
		case dbErr.Code == codeTxTimedOut || dbErr.Code == codeTxTimedOutClient:
			// wrap handles it below.
		case strings.HasPrefix(dbErr.Code, "Neo.ClientError.Statement.") ||
			strings.HasPrefix(dbErr.Code, "Neo.ClientError.Procedure.") ||
			strings.HasPrefix(dbErr.Code, "Neo.ClientError.Schema."):
			return &graph.Error{Code: graph.EINVALID, Op: op, Message: "Cypher error: " + dbErr.Msg, Err: err}
		}
	}
	var usage *neo4jdrv.UsageError
	if errors.As(err, &usage) && !s.closed.Load() {
		// e.g. a parameter of a type Bolt cannot carry.
		return &graph.Error{Code: graph.EINVALID, Op: op, Message: "the query cannot be sent: " + usage.Message, Err: err}
	}
	return s.wrap(ctx, op, "the Cypher query failed", err)
}

// Words that start a clause or command that writes or administers.
var forbiddenWords = map[string]bool{
	"CREATE": true, "MERGE": true, "DELETE": true, "DETACH": true, "SET": true, "REMOVE": true,
	"DROP": true, "FOREACH": true, "GRANT": true, "REVOKE": true, "DENY": true, "ALTER": true,
	"RENAME": true, "USE": true, "TERMINATE": true, "ENABLE": true, "DEALLOCATE": true,
	"REALLOCATE": true, "INSERT": true,
}

// Procedures (by name prefix, lower case) that write or administer.
var forbiddenProcedures = []string{"dbms.", "db.create", "db.drop", "db.clear", "db.checkpoint", "db.index.fulltext.create", "db.index.fulltext.drop", "apoc.", "gds.", "tx."}

// CheckReadOnly refuses Cypher that writes or administers: EFORBIDDEN
// naming what it found, EINVALID for an empty or overlong query. Words in
// string literals, comments and `quoted` names do not count; property keys
// (n.set, {set: 1}) and parameters ($set) do not either. It is the first
// line of defence; the read transaction is the second.
func CheckReadOnly(query string) error {
	if strings.TrimSpace(query) == "" {
		return graph.Errorf(graph.EINVALID, "the Cypher query is empty")
	}
	if len(query) > maxQueryLen {
		return graph.Errorf(graph.EINVALID, "the Cypher query is longer than %d bytes", maxQueryLen)
	}
	code, quoted := stripCypher(query)
	refuse := func(what string) error {
		return graph.Errorf(graph.EFORBIDDEN, "the Cypher console is read-only: %s is not allowed", what)
	}
	for _, name := range quoted {
		if strings.Contains(strings.ToLower(name), "apoc") {
			return refuse("APOC")
		}
	}
	words := cypherWords(code)
	for _, w := range words {
		if l := strings.ToLower(w.text); strings.HasPrefix(l, "apoc.") || l == "apoc" {
			return refuse("APOC")
		}
	}
	for i, w := range words {
		up := strings.ToUpper(w.text)
		if w.key {
			continue
		}
		next := func(k int) string {
			if i+k < len(words) {
				return strings.ToUpper(words[i+k].text)
			}
			return ""
		}
		switch {
		case forbiddenWords[up]:
			return refuse(up)
		case up == "LOAD" && next(1) == "CSV":
			return refuse("LOAD CSV")
		case (up == "START" || up == "STOP") && next(1) == "DATABASE":
			return refuse(up + " DATABASE")
		case up == "SHOW" && !showsSchema(words[i+1:]):
			return refuse("SHOW " + next(1))
		case up == "CALL" && i+1 < len(words):
			name := strings.ToLower(words[i+1].text)
			if strings.HasPrefix(name, quotedName) {
				return refuse("CALL of a `quoted` procedure name")
			}
			for _, p := range forbiddenProcedures {
				if strings.HasPrefix(name, p) {
					return refuse("CALL " + words[i+1].text)
				}
			}
		}
	}
	return nil
}

// showsSchema reports whether a SHOW command lists indexes, constraints,
// functions or procedures (harmless), rather than transactions, users,
// settings or databases.
func showsSchema(rest []word) bool {
	for i, w := range rest {
		if i == 4 {
			break
		}
		switch strings.ToUpper(w.text) {
		case "INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION", "FUNCTIONS", "PROCEDURE", "PROCEDURES":
			return true
		}
	}
	return false
}

// word is an identifier-like token of a query; key marks property keys,
// map keys and parameters, which are names rather than keywords.
type word struct {
	text string
	key  bool
}

// cypherWords splits code into words; dots join procedure names.
func cypherWords(code string) []word {
	var out []word
	r := []rune(code)
	for i := 0; i < len(r); {
		if !isWordRune(r[i]) {
			i++
			continue
		}
		j := i
		for j < len(r) && (isWordRune(r[j]) || r[j] == '.' && j+1 < len(r) && isWordRune(r[j+1])) {
			j++
		}
		prev := prevNonSpace(r, i)
		nxt := nextNonSpace(r, j)
		key := prev == '.' || prev == '$' || (nxt == ':' && (prev == '{' || prev == ','))
		out = append(out, word{text: string(r[i:j]), key: key})
		i = j
	}
	return out
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func prevNonSpace(r []rune, i int) rune {
	for i--; i >= 0; i-- {
		if !unicode.IsSpace(r[i]) {
			return r[i]
		}
	}
	return 0
}

func nextNonSpace(r []rune, j int) rune {
	for ; j < len(r); j++ {
		if !unicode.IsSpace(r[j]) {
			return r[j]
		}
	}
	return 0
}

// quotedName stands for a `quoted name` in stripped code.
const quotedName = "__quoted__"

// stripCypher blanks out string literals, `quoted names` and comments, so
// that only code is left to check; it returns the quoted names apart.
func stripCypher(q string) (string, []string) {
	var b strings.Builder
	var quoted []string
	r := []rune(q)
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case c == '/' && i+1 < len(r) && r[i+1] == '/':
			for i < len(r) && r[i] != '\n' {
				i++
			}
			b.WriteRune(' ')
		case c == '/' && i+1 < len(r) && r[i+1] == '*':
			i += 2
			for i < len(r) && !(r[i] == '*' && i+1 < len(r) && r[i+1] == '/') {
				i++
			}
			i++ // the closing slash
			b.WriteRune(' ')
		case c == '\'' || c == '"':
			for i++; i < len(r) && r[i] != c; i++ {
				if r[i] == '\\' {
					i++
				}
			}
			b.WriteString(" '' ")
		case c == '`':
			// `` inside a quoted name is an escaped backtick.
			var name strings.Builder
			for i++; i < len(r); i++ {
				if r[i] == '`' {
					if i+1 < len(r) && r[i+1] == '`' {
						i++
					} else {
						break
					}
				}
				name.WriteRune(r[i])
			}
			quoted = append(quoted, name.String())
			b.WriteString(" " + quotedName + " ")
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), quoted
}

// jsonValue converts a value from Neo4j into one encoding/json can write:
// nodes, relationships and paths become maps, temporal values strings.
func jsonValue(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, string:
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Sprint(x)
		}
		return x
	case []byte:
		return x // base64 in JSON
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = jsonValue(e)
		}
		return out
	case map[string]any:
		return jsonMap(x)
	case dbtype.Node:
		return map[string]any{"elementId": x.ElementId, "labels": x.Labels, "properties": jsonMap(x.Props)}
	case dbtype.Relationship:
		return map[string]any{
			"elementId": x.ElementId, "type": x.Type,
			"start": x.StartElementId, "end": x.EndElementId,
			"properties": jsonMap(x.Props),
		}
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = jsonValue(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = jsonValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Date:
		return x.String()
	case dbtype.LocalTime:
		return x.String()
	case dbtype.Time:
		return x.String()
	case dbtype.LocalDateTime:
		return x.String()
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return map[string]any{"srid": x.SpatialRefId, "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": x.SpatialRefId, "x": x.X, "y": x.Y, "z": x.Z}
	default:
		return fmt.Sprint(x)
	}
}

func jsonMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = jsonValue(v)
	}
	return out
}
