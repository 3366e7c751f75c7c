// Package neo4j is govgraph's graph store on Neo4j 5, over Bolt with the
// official Go driver. The model is described in docs/graph-model.md and the
// answers follow docs/store-semantics.md, like the embedded store's.
//
// All Cypher is constant text in this package; every value is a parameter.
// Labels and relationship types come from constants, never from input.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"govgraph/graph"
)

var (
	_ graph.Store        = (*Store)(nil)
	_ graph.CypherRunner = (*Store)(nil)
)

// DefaultQueryTimeout bounds each read transaction when Config.QueryTimeout
// is zero.
const DefaultQueryTimeout = 5 * time.Second

// Config says where Neo4j is and how long a read may take.
type Config struct {
	URI      string // bolt://, bolt+s://, neo4j:// (routing), neo4j+s://, ...
	User     string // empty: no authentication
	Password string
	Database string // empty: the server's default database
	// QueryTimeout is the transaction timeout of reads and of the Cypher
	// console; 0 means DefaultQueryTimeout. Imports are bounded by their
	// context only.
	QueryTimeout time.Duration
	// MaxImportBytes bounds the text and JSON of one imported document
	// (held in one transaction's memory); 0 means DefaultMaxImportBytes.
	MaxImportBytes int
}

// DefaultMaxImportBytes is the largest document Import takes when
// Config.MaxImportBytes is zero; a server needs about 15 times as much
// transaction memory (docs/neo4j-local.md).
const DefaultMaxImportBytes = 16 << 20

// Store is a graph.Store on Neo4j. It holds one driver (a connection pool)
// and is safe for concurrent use.
type Store struct {
	driver    neo4jdrv.DriverWithContext
	cfg       Config
	where     string // the URI without credentials, for messages
	timeout   time.Duration
	maxImport int
	closed    atomic.Bool
	// fullTextOnline is set once the task text index is seen online.
	fullTextOnline atomic.Bool
}

// Open connects to Neo4j, checks that it answers and creates the schema
// (constraints, indexes, the full-text index) when it is missing.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	const op = "neo4j.Open"
	where := redactURI(cfg.URI)
	if strings.TrimSpace(cfg.URI) == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: "no Neo4j URI given"}
	}
	if cfg.QueryTimeout < 0 {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: "the Neo4j query timeout must not be negative"}
	}
	token := neo4jdrv.NoAuth()
	if cfg.User != "" {
		token = neo4jdrv.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4jdrv.NewDriverWithContext(cfg.URI, token, func(c *config.Config) {
		c.UserAgent = "govgraph"
	})
	if err != nil {
		// The driver's message may quote the URI, credentials included.
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: fmt.Sprintf("%s is not a valid Neo4j URI (use bolt://, neo4j://, bolt+s:// or neo4j+s://)", where)}
	}
	s := &Store{driver: driver, cfg: cfg, where: where, timeout: cfg.QueryTimeout}
	if s.timeout == 0 {
		s.timeout = DefaultQueryTimeout
	}
	s.maxImport = cfg.MaxImportBytes
	if s.maxImport <= 0 {
		s.maxImport = DefaultMaxImportBytes
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.Background())
		msg := "cannot reach Neo4j at " + where
		if isAuthError(err) {
			msg += ": the server refused the credentials"
		}
		return nil, &graph.Error{Code: graph.EUNAVAILABLE, Op: op, Message: msg, Err: err}
	}
	if err := s.createSchema(ctx); err != nil {
		driver.Close(context.Background())
		return nil, err
	}
	return s, nil
}

// redactURI drops user information from a URI so that it can be shown.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		return "the configured URI"
	}
	u.User = nil
	return u.String()
}

// schema is created in one transaction; every statement is idempotent.
// Each uniqueness constraint is populated as it is created; the indexes
// are populated after the commit by one job, sharing its scan of the
// store.
var schema = []string{
	"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT section_key IF NOT EXISTS FOR (n:Section) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT theme_key IF NOT EXISTS FOR (n:Theme) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT leader_key IF NOT EXISTS FOR (n:Leader) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT unit_key IF NOT EXISTS FOR (n:Unit) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT target_key IF NOT EXISTS FOR (n:Target) REQUIRE n.key IS UNIQUE",
	// The one :Meta node holds the data version.
	"CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE",
	// One unit table per jurisdiction (unittable.go).
	"CREATE CONSTRAINT unit_table_jurisdiction IF NOT EXISTS FOR (n:UnitTable) REQUIRE n.jurisdiction IS UNIQUE",
	// A document's own nodes are found by document id when it is replaced.
	"CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.document)",
	"CREATE INDEX theme_document IF NOT EXISTS FOR (n:Theme) ON (n.document)",
	"CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.document)",
	"CREATE INDEX target_document IF NOT EXISTS FOR (n:Target) ON (n.document)",
	// Network filters select documents by jurisdiction and year.
	"CREATE INDEX document_jurisdiction IF NOT EXISTS FOR (n:Document) ON (n.jurisdiction)",
	"CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year)",
	// Entities are looked up by name (filters, Unit, Project, Portfolio).
	"CREATE INDEX leader_name IF NOT EXISTS FOR (n:Leader) ON (n.name)",
	"CREATE INDEX unit_name IF NOT EXISTS FOR (n:Unit) ON (n.name)",
	"CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name)",
	"CREATE FULLTEXT INDEX " + taskTextIndex + " IF NOT EXISTS FOR (t:Task) ON EACH [t.text] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
}

const taskTextIndex = "task_text"

// qAwaitIndexes waits for the indexes $names.
const qAwaitIndexes = `UNWIND $names AS name CALL db.awaitIndex(name, 300)`

// awaitedIndexes are the indexes Open waits for: all but the full-text
// one, which is left to populate (see Store.fullTextReady).
func awaitedIndexes() []string {
	var names []string
	for _, stmt := range schema {
		f := strings.Fields(stmt)
		if i := slices.IndexFunc(f, func(w string) bool { return w == "CONSTRAINT" || w == "INDEX" }); i >= 0 && f[i+1] != taskTextIndex {
			names = append(names, f[i+1])
		}
	}
	return names
}

// schemaAttempts bounds the retries of the schema transaction when other
// stores opening at once create the same rules first.
const schemaAttempts = 3

// createSchema creates what is missing and waits until the range indexes
// are online.
func (s *Store) createSchema(ctx context.Context) error {
	const op = "neo4j.Open"
	for attempt := 1; ; attempt++ {
		err := s.writeTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
			for _, stmt := range schema {
				if _, err := run(ctx, tx, stmt, nil); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil {
			break
		}
		var dbErr *neo4jdrv.Neo4jError
		// Two stores opening at once may race on IF NOT EXISTS; the next
		// attempt finds the other's rules.
		if attempt < schemaAttempts && errors.As(rootCause(err), &dbErr) &&
			strings.HasPrefix(dbErr.Code, "Neo.ClientError.Schema.") && strings.Contains(dbErr.Code, "AlreadyExists") {
			continue
		}
		return s.wrap(ctx, op, "cannot create the graph schema", err)
	}
	if _, err := s.write(ctx, qAwaitIndexes, map[string]any{"names": awaitedIndexes()}); err != nil {
		return s.wrap(ctx, op, "the graph indexes did not come online", err)
	}
	if _, err := s.write(ctx, qCreateMeta, nil); err != nil {
		return s.wrap(ctx, op, "cannot create the data version", err)
	}
	if err := s.backfillSnapshots(ctx); err != nil {
		return err
	}
	return s.rebuildUnitTables(ctx)
}

// The data version is kept on one :Meta node: a random epoch, drawn when
// the node is created, and a counter that every write transaction bumps
// (qBumpVersion, unittable.go) in the transaction itself, so a version
// names exactly the data committed with it.
const (
	qCreateMeta = `MERGE (m:Meta {id: 'data'}) ON CREATE SET m.epoch = randomUUID(), m.version = 0`
	qVersion    = `OPTIONAL MATCH (m:Meta {id: 'data'}) RETURN ` + versionExpr + ` AS version`
	// versionExpr is the version of the :Meta node m, null without it.
	versionExpr = `m.epoch + '-' + toString(m.version)`
)

// noVersion is the version of a database without its :Meta node: one that
// was emptied from outside since the store opened.
const noVersion = "none"

// Version implements graph.Store.
func (s *Store) Version(ctx context.Context) (string, error) {
	res, err := s.read(ctx, qVersion, nil)
	if err != nil {
		return "", s.wrap(ctx, "neo4j.Version", "", err)
	}
	return versionOf(res.Records), nil
}

func versionOf(recs []*neo4jdrv.Record) string {
	if len(recs) == 0 {
		return noVersion
	}
	return versionValue(recs[0].Values[0])
}

// versionValue is a version read as a value (versionExpr).
func versionValue(v any) string {
	if v == nil {
		return noVersion
	}
	return str(v)
}

// selectionAttempts bounds the reads of a selection that a write overlapped.
const selectionAttempts = 3

// readSelection runs read in one read transaction between two readings of
// the data version (see readVersioned).
func (s *Store) readSelection(ctx context.Context, read func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, error)) (*graph.Selection, error) {
	return s.readVersioned(ctx, func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, string, string, error) {
		recs, err := run(ctx, tx, qVersion, nil)
		if err != nil {
			return nil, "", "", err
		}
		before := versionOf(recs)
		sel, err := read(tx)
		if err != nil {
			return nil, "", "", err
		}
		recs, err = run(ctx, tx, qVersion, nil)
		return sel, before, versionOf(recs), err
	})
}

// readVersioned runs read in one read transaction; read returns the
// selection with the data version it read before and after it (in its own
// statements or folded into them). Neo4j reads committed data, not a
// snapshot, so a write that commits during the read shows as a changed
// version: the read is repeated, and after selectionAttempts the selection
// has no version (and no cache keeps it).
func (s *Store) readVersioned(ctx context.Context, read func(tx neo4jdrv.ManagedTransaction) (sel *graph.Selection, before, after string, err error)) (*graph.Selection, error) {
	var sel *graph.Selection
	for range selectionAttempts {
		var before, after string
		err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
			var err error
			sel, before, after, err = read(tx)
			return err
		})
		if err != nil {
			return nil, err
		}
		if before == after {
			sel.Version = before
			return sel, nil
		}
	}
	sel.Version = ""
	return sel, nil
}

// Kind implements graph.Store.
func (s *Store) Kind() string { return "neo4j" }

// Ping implements graph.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.ready(); err != nil {
		return err
	}
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		if ctxCode(ctx, err) != "" {
			return s.wrap(ctx, "neo4j.Ping", "", err)
		}
		return &graph.Error{Code: graph.EUNAVAILABLE, Op: "neo4j.Ping", Message: "cannot reach Neo4j at " + s.where, Err: err}
	}
	return nil
}

// Close releases the connection pool; later calls fail with EUNAVAILABLE.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.driver.Close(context.Background()); err != nil {
		return &graph.Error{Code: graph.EINTERNAL, Op: "neo4j.Close", Message: "cannot close the Neo4j driver", Err: err}
	}
	return nil
}

func (s *Store) ready() error {
	if s.closed.Load() {
		return graph.Errorf(graph.EUNAVAILABLE, "the Neo4j store is closed")
	}
	return nil
}

// read runs one read query with read routing and the query timeout. With
// bookmarks from the context (graph.WithBookmarks) it runs in a session
// that waits for them.
func (s *Store) read(ctx context.Context, query string, params map[string]any) (*neo4jdrv.EagerResult, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	if len(graph.BookmarksOf(ctx)) > 0 {
		var out *neo4jdrv.EagerResult
		err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
			res, err := tx.Run(ctx, query, params)
			if err != nil {
				return err
			}
			recs, err := res.Collect(ctx)
			if err != nil {
				return err
			}
			keys, err := res.Keys()
			if err != nil {
				return err
			}
			sum, err := res.Consume(ctx)
			out = &neo4jdrv.EagerResult{Keys: keys, Records: recs, Summary: sum}
			return err
		})
		return out, err
	}
	return neo4jdrv.ExecuteQuery(ctx, s.driver, query, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase(s.cfg.Database),
		neo4jdrv.ExecuteQueryWithReadersRouting(),
		neo4jdrv.ExecuteQueryWithTransactionConfig(neo4jdrv.WithTxTimeout(s.timeout)))
}

// write runs one statement in its own write transaction.
func (s *Store) write(ctx context.Context, query string, params map[string]any) (*neo4jdrv.EagerResult, error) {
	if err := s.ready(); err != nil {
		return nil, err
	}
	return neo4jdrv.ExecuteQuery(ctx, s.driver, query, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase(s.cfg.Database),
		neo4jdrv.ExecuteQueryWithWritersRouting())
}

// session opens a session that shares ExecuteQuery's bookmarks, so that
// reads after an import see it, also on a cluster, and that also waits for
// the bookmarks of the context (another replica's writes a client has seen).
func (s *Store) session(ctx context.Context, mode neo4jdrv.AccessMode) neo4jdrv.SessionWithContext {
	return s.driver.NewSession(ctx, neo4jdrv.SessionConfig{
		AccessMode:      mode,
		DatabaseName:    s.cfg.Database,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
		Bookmarks:       neo4jdrv.BookmarksFromRawValues(graph.BookmarksOf(ctx)...),
	})
}

// readTx runs work in one read transaction (several queries that must see
// the same data), with the query timeout.
func (s *Store) readTx(ctx context.Context, work func(tx neo4jdrv.ManagedTransaction) error) error {
	if err := s.ready(); err != nil {
		return err
	}
	sess := s.session(ctx, neo4jdrv.AccessModeRead)
	defer sess.Close(context.Background())
	_, err := sess.ExecuteRead(ctx, func(tx neo4jdrv.ManagedTransaction) (any, error) {
		return nil, work(tx)
	}, neo4jdrv.WithTxTimeout(s.timeout))
	return err
}

// writeTx runs work in one write transaction.
func (s *Store) writeTx(ctx context.Context, work func(tx neo4jdrv.ManagedTransaction) error) error {
	if err := s.ready(); err != nil {
		return err
	}
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(context.Background())
	_, err := sess.ExecuteWrite(ctx, func(tx neo4jdrv.ManagedTransaction) (any, error) {
		return nil, work(tx)
	})
	return err
}

// run runs one query inside a transaction and collects its records.
func run(ctx context.Context, tx neo4jdrv.ManagedTransaction, query string, params map[string]any) ([]*neo4jdrv.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// Neo4j status codes that govgraph tells apart.
const (
	codeTxTimedOut       = "Neo.ClientError.Transaction.TransactionTimedOut"
	codeTxTimedOutClient = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
	codeAccessMode       = "Neo.ClientError.Statement.AccessMode"
	codeForbidden        = "Neo.ClientError.Security.Forbidden"
	codeUnauthorized     = "Neo.ClientError.Security.Unauthorized"
	codeInvalidBookmark  = "Neo.ClientError.Transaction.InvalidBookmark" // and ...InvalidBookmarkMixture
	codeBookmarkTimeout  = "Neo.TransientError.Transaction.BookmarkTimeout"
)

// wrap turns a driver error into a *graph.Error that is safe to show: the
// driver's detail goes to Err only. msg describes what failed; empty means
// a generic message.
func (s *Store) wrap(ctx context.Context, op, msg string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	cause := rootCause(err)
	if errors.As(cause, &ge) {
		return cause
	}
	// The driver reports a context that ended as a connectivity error that
	// does not unwrap to the context's error, so the context is asked.
	switch ctxCode(ctx, cause) {
	case graph.ETIMEOUT:
		return &graph.Error{Code: graph.ETIMEOUT, Op: op, Message: "the query ran over its time limit", Err: err}
	case graph.EUNAVAILABLE:
		return &graph.Error{Code: graph.EUNAVAILABLE, Op: op, Message: "the request was cancelled", Err: err}
	}
	var dbErr *neo4jdrv.Neo4jError
	if errors.As(cause, &dbErr) {
		switch {
		case dbErr.Code == codeTxTimedOut || dbErr.Code == codeTxTimedOutClient:
			return &graph.Error{Code: graph.ETIMEOUT, Op: op, Message: fmt.Sprintf("the query ran over its time limit (%s)", s.timeout), Err: err}
		case strings.HasPrefix(dbErr.Code, codeInvalidBookmark):
			return &graph.Error{Code: graph.EINVALID, Op: op, Message: "the bookmark given is not one this database handed out", Err: err}
		case dbErr.Code == codeBookmarkTimeout:
			return &graph.Error{Code: graph.EUNAVAILABLE, Op: op, Message: "the database has not caught up with the bookmark given yet; try again shortly", Err: err}
		}
	}
	if neo4jdrv.IsConnectivityError(cause) || isAuthError(cause) {
		return &graph.Error{Code: graph.EUNAVAILABLE, Op: op, Message: "cannot reach Neo4j at " + s.where, Err: err}
	}
	var usage *neo4jdrv.UsageError
	if errors.As(cause, &usage) && s.closed.Load() {
		return &graph.Error{Code: graph.EUNAVAILABLE, Op: op, Message: "the Neo4j store is closed", Err: err}
	}
	if msg == "" {
		msg = "the Neo4j query failed"
	}
	return &graph.Error{Code: graph.EINTERNAL, Op: op, Message: msg, Err: err}
}

// rootCause unwraps the driver's retry envelope to the last attempt's error.
func rootCause(err error) error {
	var limit *neo4jdrv.TransactionExecutionLimit
	for errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1]
	}
	return err
}

// ctxCode returns the code for a context that ended, or "".
func ctxCode(ctx context.Context, err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return graph.ETIMEOUT
	case errors.Is(err, context.Canceled) || errors.Is(ctx.Err(), context.Canceled):
		return graph.EUNAVAILABLE
	}
	return ""
}

func isAuthError(err error) bool {
	var auth *neo4jdrv.InvalidAuthenticationError
	if errors.As(err, &auth) {
		return true
	}
	var dbErr *neo4jdrv.Neo4jError
	return errors.As(err, &dbErr) && (dbErr.Code == codeUnauthorized || dbErr.IsAuthenticationFailed())
}
