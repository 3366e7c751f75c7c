package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"govgraph/graph"
	"govgraph/graph/extract"
	"govgraph/graph/neo4j"
)

// bulkFlags choose the offline first load of a Neo4j database.
type bulkFlags struct {
	bulk      bool
	home      string
	admin     string
	overwrite bool
}

func (b *bulkFlags) register(fs *flag.FlagSet, env *Env) {
	fs.BoolVar(&b.bulk, "bulk", false, "load a new Neo4j database offline with neo4j-admin database import (the server must be stopped; all files or none)")
	fs.StringVar(&b.home, "neo4j-home", env.Getenv("NEO4J_HOME"), "with --bulk: the `dir`ectory of the stopped Neo4j server (NEO4J_HOME) [NEO4J_HOME]")
	fs.StringVar(&b.admin, "neo4j-admin", "", "with --bulk: the neo4j-admin `command`; default DIR/bin/neo4j-admin, else java with DIR/lib")
	fs.BoolVar(&b.overwrite, "overwrite", false, "with --bulk: replace the database when it exists already")
}

// runBulkImport parses paths in parallel into one bulk load and runs it:
// a file that fails stops it before the database is touched.
func runBulkImport(ctx context.Context, env *Env, paths []string, opts extract.Options, workers int, quiet bool, sf storeFlags, bf bulkFlags) error {
	if bf.home == "" {
		return fmt.Errorf("--bulk needs --neo4j-home DIR, the home of the stopped Neo4j server")
	}
	start := time.Now()
	var log io.Writer
	if !quiet {
		log = env.Stderr
	}
	loader, err := neo4j.NewBulkLoader(neo4j.BulkConfig{Home: bf.home, Database: sf.neo4jDatabase, Admin: bf.admin, Overwrite: bf.overwrite, Log: log})
	if err != nil {
		return err
	}
	defer loader.Close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var sum importSummary
	for p := range parseAhead(ctx, paths, opts, workers) {
		err := p.err
		var res graph.ImportResult
		if err == nil {
			res, err = loader.Add(p.doc)
		}
		if err != nil {
			if !strings.Contains(err.Error(), p.path) {
				err = fmt.Errorf("%s: %w", p.path, err)
			}
			return fmt.Errorf("%w; nothing was imported (a bulk import takes all files or none)", err)
		}
		sum.add(res)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	parsed := time.Since(start)
	if err := loader.Load(ctx); err != nil {
		return err
	}
	db := sf.neo4jDatabase
	if db == "" {
		db = "neo4j"
	}
	fmt.Fprintf(env.Stdout, "%d documents: %d new, 0 replaced, %d unchanged, 0 failed; %d tasks, %d relationships in %s (neo4j bulk import: parse %s, neo4j-admin %s, its CPU %s)\n",
		len(paths), sum.created, sum.unchanged, sum.tasks, sum.rels, time.Since(start).Round(time.Millisecond),
		parsed.Round(time.Millisecond), (time.Since(start) - parsed).Round(time.Millisecond), loader.ImporterCPU.Round(10*time.Millisecond))
	fmt.Fprintf(env.Stdout, "database %s of %s is loaded; start the server (it must keep its data, e.g. NEO4J_KEEP_DATA=1 scripts/neo4j-local start): govgraph creates the indexes when it first connects\n", db, bf.home)
	return nil
}
