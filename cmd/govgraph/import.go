package main

import (
	"context"
	"flag"
	"fmt"
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
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph import [flags] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	opts, err := parseOptions(*tables, sf.dataTables())
	if err != nil {
		return err
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
	var sum importSummary
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := importFile(ctx, store, path, opts)
		bar.Add(1)
		if err != nil {
			sum.failed++
			fmt.Fprintf(env.Stderr, "\ngovgraph: %s: %v\n", path, err)
			continue
		}
		sum.add(res)
	}
	bar.Finish()
	fmt.Fprintf(env.Stdout, "%d documents: %d new, %d replaced, %d unchanged, %d failed; %d tasks, %d relationships in %s (%s store)\n",
		fs.NArg(), sum.created, sum.replaced, sum.unchanged, sum.failed, sum.tasks, sum.rels,
		time.Since(start).Round(time.Millisecond), store.Kind())
	if sum.failed > 0 {
		return fmt.Errorf("%d of %d documents failed", sum.failed, fs.NArg())
	}
	return nil
}

// importFile parses one file and imports it as one atomic unit.
func importFile(ctx context.Context, store graph.Store, path string, opts extract.Options) (graph.ImportResult, error) {
	doc, err := extract.ParseFile(path, opts)
	if err != nil {
		return graph.ImportResult{}, err
	}
	if len(doc.Tasks) == 0 {
		return graph.ImportResult{}, graph.Errorf(graph.EINVALID, "no annotated tasks found; nothing was imported")
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
