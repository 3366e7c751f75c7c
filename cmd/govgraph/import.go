package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func init() {
	register("import", "parse documents and load them into the store", runImport)
}

func runImport(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var sf storeFlags
	sf.register(fs, env)
	tables := fs.String("tables", "seeds", "directory with aliases.tsv and unit-kinds.tsv")
	quiet := fs.Bool("quiet", false, "no progress bar")
	workers := fs.Int("parse-workers", runtime.GOMAXPROCS(0), "files parsed at once, ahead of the imports")
	var bf bulkFlags
	bf.register(fs, env)
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph import [flags] FILE...")
		fmt.Fprintln(env.Stderr, "       govgraph import --bulk --neo4j-home DIR [--neo4j-database NAME] [--overwrite] FILE...")
		fmt.Fprintln(env.Stderr, "--bulk loads a new Neo4j database offline with neo4j-admin (the server stopped); see docs/neo4j-local.md.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if *workers < 1 {
		return fmt.Errorf("--parse-workers must be at least 1, got %d", *workers)
	}
	opts, err := parseOptions(*tables, sf.dataTables())
	if err != nil {
		return err
	}
	if bf.bulk {
		return runBulkImport(ctx, env, fs.Args(), opts, *workers, *quiet, sf, bf)
	}
	if bf.home != "" || bf.overwrite {
		return fmt.Errorf("--neo4j-home and --overwrite go with --bulk")
	}
	store, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()

	bar := progressbar.NewOptions(fs.NArg(),
		progressbar.OptionSetWriter(env.Stderr),
		progressbar.OptionSetDescription("importing"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetVisibility(!*quiet),
		progressbar.OptionClearOnFinish(),
	)
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var sum importSummary
	var stopped error // the store became unreachable
	// Files are parsed in parallel and imported in their order, one
	// transaction per document, while the next ones are being parsed.
	for p := range parseAhead(ctx, fs.Args(), opts, *workers) {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := p.err
		var res graph.ImportResult
		if err == nil {
			res, err = store.Import(ctx, p.doc)
		}
		bar.Add(1)
		if err != nil {
			sum.failed++
			fmt.Fprintf(env.Stderr, "\ngovgraph: %s: %v\n", p.path, err)
			if graph.ErrorCode(err) == graph.EUNAVAILABLE {
				stopped = err
				cancel()
				break
			}
			continue
		}
		sum.add(res)
	}
	bar.Finish()
	tried := sum.created + sum.replaced + sum.unchanged + sum.failed
	fmt.Fprintf(env.Stdout, "%d documents: %d new, %d replaced, %d unchanged, %d failed", fs.NArg(), sum.created, sum.replaced, sum.unchanged, sum.failed)
	if tried < fs.NArg() {
		fmt.Fprintf(env.Stdout, ", %d not tried", fs.NArg()-tried)
	}
	fmt.Fprintf(env.Stdout, "; %d tasks, %d relationships in %s (%s store)\n",
		sum.tasks, sum.rels, time.Since(start).Round(time.Millisecond), store.Kind())
	if stopped != nil {
		return fmt.Errorf("import stopped after %d of %d files (%d imported): %w", tried, fs.NArg(), tried-sum.failed, stopped)
	}
	if sum.failed > 0 {
		return fmt.Errorf("%d of %d documents failed", sum.failed, fs.NArg())
	}
	return nil
}

// parsedFile is one file's parse.
type parsedFile struct {
	path string
	doc  *graph.Document
	err  error
}

// parseAhead parses paths with workers goroutines and delivers them in
// their order. At most 2×workers parsed documents wait for the importer;
// after ctx ends no more files are started and the channel closes.
func parseAhead(ctx context.Context, paths []string, opts extract.Options, workers int) <-chan parsedFile {
	slots := make(chan chan parsedFile, workers)
	out := make(chan parsedFile)
	go func() {
		defer close(slots)
		busy := make(chan struct{}, workers)
		for _, path := range paths {
			slot := make(chan parsedFile, 1)
			select {
			case slots <- slot:
			case <-ctx.Done():
				return
			}
			select {
			case busy <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				defer func() { <-busy }()
				doc, err := parseForImport(path, opts)
				slot <- parsedFile{path: path, doc: doc, err: err}
			}()
		}
	}()
	go func() {
		defer close(out)
		for slot := range slots {
			select {
			case out <- <-slot:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// parseForImport parses one file that is to be imported as one atomic unit.
func parseForImport(path string, opts extract.Options) (*graph.Document, error) {
	doc, err := extract.ParseFile(path, opts)
	if err != nil {
		return nil, err
	}
	if len(doc.Tasks) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "no annotated tasks found; nothing was imported")
	}
	return doc, nil
}

// importFile parses one file and imports it as one atomic unit.
func importFile(ctx context.Context, store graph.Store, path string, opts extract.Options) (graph.ImportResult, error) {
	doc, err := parseForImport(path, opts)
	if err != nil {
		return graph.ImportResult{}, err
	}
	return store.Import(ctx, doc)
}

type importSummary struct {
	created, replaced, unchanged, failed int
	tasks, rels                          int
}

func (s *importSummary) add(r graph.ImportResult) {
	switch {
	case r.Unchanged:
		s.unchanged++
	case r.Replaced:
		s.replaced++
	default:
		s.created++
	}
	s.tasks += r.Tasks
	s.rels += r.Rels
}
