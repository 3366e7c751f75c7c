package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"govgraph/graph"
	"govgraph/graph/embedded"
	"govgraph/graph/extract"
	"govgraph/graph/lineage"
	"govgraph/graph/neo4j"
)

// storeFlags choose and configure the store: Neo4j when a URI is given (by
// flag or NEO4J_URI), otherwise the embedded store in the data directory.
type storeFlags struct {
	data          string
	neo4jURI      string
	neo4jUser     string
	neo4jPassword string
	neo4jDatabase string
	queryTimeout  time.Duration
}

func (s *storeFlags) register(fs *flag.FlagSet, env *Env) {
	fs.StringVar(&s.data, "data", "./data", "data directory of the embedded store and of uploads")
	fs.StringVar(&s.neo4jURI, "neo4j-uri", env.Getenv("NEO4J_URI"), "Neo4j URI (bolt:// or neo4j://); empty uses the embedded store [NEO4J_URI]")
	fs.StringVar(&s.neo4jUser, "neo4j-user", envOr(env, "NEO4J_USER", "neo4j"), "Neo4j user [NEO4J_USER]")
	fs.StringVar(&s.neo4jPassword, "neo4j-password", env.Getenv("NEO4J_PASSWORD"), "Neo4j password [NEO4J_PASSWORD]")
	fs.StringVar(&s.neo4jDatabase, "neo4j-database", env.Getenv("NEO4J_DATABASE"), "Neo4j database; empty means the server's default [NEO4J_DATABASE]")
	fs.DurationVar(&s.queryTimeout, "query-timeout", 30*time.Second, "time limit of one store query")
}

func envOr(env *Env, key, def string) string {
	if v := env.Getenv(key); v != "" {
		return v
	}
	return def
}

// open opens the configured store.
func (s *storeFlags) open(ctx context.Context) (graph.Store, error) {
	if s.neo4jURI != "" {
		return neo4j.Open(ctx, neo4j.Config{
			URI:          s.neo4jURI,
			User:         s.neo4jUser,
			Password:     s.neo4jPassword,
			Database:     s.neo4jDatabase,
			QueryTimeout: s.queryTimeout,
		})
	}
	dir := filepath.Join(s.data, "store")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	return embedded.Open(dir)
}

// tablesDir is where the alias and unit-kind tables live: ./seeds when it
// exists, else none (the parser's built-in rules apply).
// Overlays are the data directory's own tables (dataTables), read over them.
func parseOptions(seeds string, overlays ...string) (extract.Options, error) {
	if seeds == "" {
		return extract.Options{}, nil
	}
	if _, err := os.Stat(seeds); err != nil {
		return extract.Options{}, nil
	}
	if _, err := loadLineage(seeds, overlays...); err != nil {
		return extract.Options{}, err
	}
	return extract.LoadTables(seeds, overlays...)
}

// dataTables is the data directory's own tables folder, written by accepted
// suggestions of the quality queue (docs/quality.md).
func (s *storeFlags) dataTables() string { return filepath.Join(s.data, "tables") }

// loadLineage reads the lineage table beside the other tables; no directory
// or no lineage.tsv is an empty table, a malformed line an error.
func loadLineage(dir string, overlays ...string) (*lineage.Table, error) {
	if dir == "" {
		return &lineage.Table{}, nil
	}
	if _, err := os.Stat(dir); err != nil {
		return &lineage.Table{}, nil
	}
	return lineage.Load(dir, overlays...)
}
