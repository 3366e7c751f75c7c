package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/db"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"govgraph/graph"
)

// Console limits.
const (
	DefaultMaxRows = 1000
	maxQueryLen    = 10000
	// consoleFetchSize is how many records the driver pulls at a time, so
	// that the byte cap stops a query before many large rows are in memory.
	consoleFetchSize = 50
)

// ConsoleProcedures are the only procedures the console may call: schema
// introspection and full-text search, all reads. docker-compose.yml ships the
// same list as Neo4j's dbms.security.procedures.allowlist.
var ConsoleProcedures = []string{
	"db.labels", "db.relationshipTypes", "db.propertyKeys",
	"db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
	"db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
}

// readOperators are the plan operators of Neo4j 5 that only read. Anything
// else (Create, Merge, SetProperty, LoadCSV, TransactionApply, ShowSettings,
// ShowTransactions, TerminateTransactions, AdministrationCommand, …) is
// refused; ProcedureCall is checked against ConsoleProcedures.
var readOperators = setOf(
	// leaves
	"AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
	"SubtractionNodeByLabelsScan", "NodeByIdSeek", "NodeByElementIdSeek",
	"NodeIndexSeek", "NodeUniqueIndexSeek", "MultiNodeIndexSeek", "AssertingMultiNodeIndexSeek",
	"NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange", "NodeIndexContainsScan", "NodeIndexEndsWithScan", "NodeIndexScan",
	"DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
	"DirectedRelationshipUniqueIndexSeek", "UndirectedRelationshipUniqueIndexSeek",
	"DirectedRelationshipIndexSeekByRange", "UndirectedRelationshipIndexSeekByRange",
	"DirectedRelationshipUniqueIndexSeekByRange", "UndirectedRelationshipUniqueIndexSeekByRange",
	"DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
	"DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
	"DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
	"DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
	"DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
	"DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
	"DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
	"DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
	"NodeCountFromCountStore", "RelationshipCountFromCountStore", "Argument", "ArgumentTracker",
	// traversal
	"Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)",
	"VarLengthExpand(All)", "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)",
	"BFSPruningVarLengthExpand", "ShortestPath", "StatefulShortestPath(All)", "StatefulShortestPath(Into)",
	"Trail", "Repeat(Trail)", "ProjectEndpoints", "AssertSameNode", "AssertSameRelationship", "NullifyMetadata",
	"TriadicSelection", "TriadicBuild", "TriadicFilter",
	// rows
	"ProduceResults", "EmptyResult", "Filter", "Projection", "CacheProperties", "Unwind", "Eager",
	"Limit", "ExhaustiveLimit", "Skip", "Sort", "PartialSort", "Top", "Top1WithTies", "PartialTop",
	"Distinct", "OrderedDistinct", "EagerAggregation", "OrderedAggregation", "Optional", "Anti",
	"Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply",
	"SelectOrSemiApply", "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply",
	"ConditionalApply", "AntiConditionalApply", "RollUpApply", "CartesianProduct",
	"NodeHashJoin", "ValueHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin",
	"Union", "OrderedUnion",
	// harmless listings of the schema
	"ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions",
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// ReadCypher implements graph.CypherRunner for the read-only console. The
// database decides what the query does: it is planned with EXPLAIN in a read
// transaction, and runs in that transaction only if the plan is a plain read
// (CheckPlan). At most maxRows rows (0 means DefaultMaxRows) and
// graph.MaxCypherBytes of JSON are returned, with Truncated set when there
// was more; a first row alone over the byte cap is ETOOLARGE. The query
// timeout and ctx apply.
func (s *Store) ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (*graph.CypherResult, error) {
	return s.readCypher(ctx, query, params, maxRows, true)
}

func (s *Store) readCypher(ctx context.Context, query string, params map[string]any, maxRows int, checkPlan bool) (*graph.CypherResult, error) {
	const op = "neo4j.ReadCypher"
	if err := s.ready(); err != nil {
		return nil, err
	}
	switch {
	case maxRows < 0:
		return nil, graph.Errorf(graph.EINVALID, "the row limit must not be negative; got %d", maxRows)
	case maxRows == 0:
		maxRows = DefaultMaxRows
	}
	switch {
	case strings.TrimSpace(query) == "":
		return nil, graph.Errorf(graph.EINVALID, "the Cypher query is empty")
	case len(query) > maxQueryLen:
		return nil, graph.Errorf(graph.EINVALID, "the Cypher query is longer than %d bytes", maxQueryLen)
	}
	sess := s.driver.NewSession(ctx, neo4jdrv.SessionConfig{
		AccessMode:      neo4jdrv.AccessModeRead,
		DatabaseName:    s.cfg.Database,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
		Bookmarks:       neo4jdrv.BookmarksFromRawValues(graph.BookmarksOf(ctx)...),
		FetchSize:       consoleFetchSize,
	})
	defer sess.Close(context.Background())
	tx, err := sess.BeginTransaction(ctx, neo4jdrv.WithTxTimeout(s.timeout),
		neo4jdrv.WithTxMetadata(map[string]any{"app": "govgraph-console"}))
	if err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	// Read only: closing without commit rolls back, and stops a query
	// whose remaining rows are not wanted.
	defer tx.Close(context.Background())
	if checkPlan {
		if err := s.checkPlan(ctx, tx, query, params); err != nil {
			return nil, withOp(op, err)
		}
	}
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	keys, err := res.Keys()
	if err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	out := &graph.CypherResult{Columns: keys, Rows: [][]any{}}
	size := 0
	for res.Next(ctx) {
		if len(out.Rows) == maxRows {
			out.Truncated = true
			break
		}
		values := res.Record().Values
		row := make([]any, len(values))
		for i, v := range values {
			row[i] = jsonValue(v)
		}
		encoded, err := json.Marshal(row)
		if err != nil {
			return nil, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "encode a console row", Err: err}
		}
		if size += len(encoded) + 1; size > graph.MaxCypherBytes {
			if len(out.Rows) == 0 {
				return nil, &graph.Error{Code: graph.ETOOLARGE, Op: op, Message: fmt.Sprintf(
					"the first row of the answer is %d bytes of JSON, over the console's limit of %d MB", len(encoded), graph.MaxCypherBytes>>20)}
			}
			out.Truncated = true
			break
		}
		out.Rows = append(out.Rows, row)
	}
	if err := res.Err(); err != nil {
		return nil, s.consoleError(ctx, op, err)
	}
	if !out.Truncated && explainRE.MatchString(query) {
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, s.consoleError(ctx, op, err)
		}
		if p, ok := planTree(sum.Plan()); ok {
			out.Plan = consolePlan(p)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, s.wrap(ctx, op, "the Cypher query failed", err)
	}
	return out, nil
}

// explainRE matches a query the database plans without running it.
var explainRE = regexp.MustCompile(`(?i)^\s*EXPLAIN\b`)

// consolePlan is the console's copy of a plan: operator (without its
// database), details, estimated rows, identifiers, children.
func consolePlan(p *db.Plan) *graph.CypherPlan {
	op, _, _ := strings.Cut(p.Operator, "@")
	details, _ := p.Arguments["Details"].(string)
	rows, _ := p.Arguments["EstimatedRows"].(float64)
	out := &graph.CypherPlan{Operator: op, Details: details, EstimatedRows: rows, Identifiers: nonNilStrings(p.Identifiers), Children: []graph.CypherPlan{}}
	for i := range p.Children {
		out.Children = append(out.Children, *consolePlan(&p.Children[i]))
	}
	return out
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// checkPlan has the database plan query (EXPLAIN, which runs nothing) and
// refuses it unless it is a plain read: query type "r", every operator in
// readOperators, every ProcedureCall in ConsoleProcedures. A query that
// does not plan, or plans as an administration command, is refused too.
func (s *Store) checkPlan(ctx context.Context, tx neo4jdrv.ExplicitTransaction, query string, params map[string]any) error {
	const op = "neo4j.ReadCypher"
	res, err := tx.Run(ctx, explainPrefix+query, params)
	if err != nil {
		return s.explainError(ctx, op, err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return s.explainError(ctx, op, err)
	}
	plan, ok := planTree(sum.Plan())
	if !ok {
		return &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "the query plan cannot be read from this driver version"}
	}
	if err := CheckPlan(plan); err != nil {
		return err
	}
	if t := sum.StatementType(); t != neo4jdrv.StatementTypeReadOnly {
		return readOnlyRefusal("a query of type %q (it writes, changes the schema or administers)", statementTypes[t])
	}
	return nil
}

var statementTypes = map[neo4jdrv.StatementType]string{
	neo4jdrv.StatementTypeUnknown: "unknown", neo4jdrv.StatementTypeReadOnly: "r",
	neo4jdrv.StatementTypeReadWrite: "rw", neo4jdrv.StatementTypeWriteOnly: "w",
	neo4jdrv.StatementTypeSchemaWrite: "s",
}

// CheckPlan refuses a plan with an operator that is not a read, or a
// procedure call outside ConsoleProcedures (EFORBIDDEN naming it).
func CheckPlan(p *db.Plan) error {
	op, _, _ := strings.Cut(p.Operator, "@") // "Filter@neo4j": the operator and its database
	switch {
	case op == "ProcedureCall":
		name := procedureName(p.Arguments)
		if !slices.Contains(ConsoleProcedures, name) {
			return readOnlyRefusal("CALL %s (the console may call only %s)", name, strings.Join(ConsoleProcedures, ", "))
		}
	case !readOperators[op]:
		return readOnlyRefusal("the plan operator %s", op)
	}
	for i := range p.Children {
		if err := CheckPlan(&p.Children[i]); err != nil {
			return err
		}
	}
	return nil
}

// procedureName reads the name from a ProcedureCall's details, which the
// database writes in canonical form: "db.labels() :: (label :: STRING)".
func procedureName(args map[string]any) string {
	details, _ := args["Details"].(string)
	name, _, _ := strings.Cut(details, "(")
	return strings.TrimSpace(name)
}

func readOnlyRefusal(format string, args ...any) error {
	return graph.Errorf(graph.EFORBIDDEN, "the Cypher console is read-only: "+format+" is not allowed", args...)
}

// planTree returns the driver's own plan structure. The driver's
// Plan.Children (v5.28) points every child at the last one (a loop variable
// taken by address), which would hide all but one branch of a plan, so the
// tree is read from the db.Plan the interface wraps.
func planTree(p neo4jdrv.Plan) (*db.Plan, bool) {
	if p == nil {
		return nil, false
	}
	v := reflect.ValueOf(p)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil, false
	}
	f := v.Elem().FieldByName("plan")
	if !f.IsValid() || f.Type() != reflect.TypeOf((*db.Plan)(nil)) || f.IsNil() {
		return nil, false
	}
	return (*db.Plan)(f.UnsafePointer()), true
}

const explainPrefix = "EXPLAIN "

// explainError is consoleError for the EXPLAIN of a query: positions in
// the database's message count from the user's query, not the prefix.
func (s *Store) explainError(ctx context.Context, op string, err error) error {
	err = s.consoleError(ctx, op, err)
	var ge *graph.Error
	if errors.As(err, &ge) && ge.Code == graph.EINVALID {
		ge.Message = withoutExplainPrefix(ge.Message)
	}
	return err
}

var positionRE = regexp.MustCompile(`\(line (\d+), column (\d+) \(offset: (\d+)\)\)`)

// withoutExplainPrefix shifts "(line 1, column 17 (offset: 16))" and the
// echoed first line with its caret back by the length of the prefix.
func withoutExplainPrefix(msg string) string {
	n := len(explainPrefix)
	firstLine := false
	msg = positionRE.ReplaceAllStringFunc(msg, func(m string) string {
		p := positionRE.FindStringSubmatch(m)
		line, _ := strconv.Atoi(p[1])
		col, _ := strconv.Atoi(p[2])
		off, _ := strconv.Atoi(p[3])
		if line == 1 {
			firstLine = true
			col -= n
		}
		return fmt.Sprintf("(line %d, column %d (offset: %d))", line, max(col, 1), max(off-n, 0))
	})
	if firstLine {
		if i := strings.Index(msg, "\""+explainPrefix); i >= 0 {
			msg = msg[:i+1] + msg[i+1+n:]
			if j := strings.Index(msg[i:], "\n"); j >= 0 {
				caret := i + j + 1
				if strings.HasPrefix(msg[caret:], strings.Repeat(" ", n)) {
					msg = msg[:caret] + msg[caret+n:]
				}
			}
		}
	}
	return msg
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
