package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/export"
	"govgraph/graph/survey"
)

func init() {
	register("export", "export the unit network with metrics: GraphML, GEXF (Gephi), CSV or JSON", runExport)
}

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	var sf storeFlags
	sf.register(fs, env)
	var docs multiFlag
	fs.Var(&docs, "document", "document `id` to include (repeatable; default all)")
	format := fs.String("format", "", "export `format`: "+strings.Join(export.Formats, ", ")+" (required)")
	out := fs.String("out", "", "output `file`, or directory (existing, or ending in /); default standard output")
	withTasks := fs.Bool("tasks", false, "add the leader–unit–task assignment graph")
	role := fs.String("role", graph.RoleAny, "units' role in the tasks that link them: any, lead or responsible")
	minWeight := fs.Int("min-weight", 1, "drop links shared by fewer tasks")
	groups := fs.String("groups", analytics.GroupByKind, "brokerage groups: kind or leader")
	tables := fs.String("tables", "seeds", "`dir` with lineage.tsv, for the lineage ids of --format panel")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: govgraph export --format graphml|gexf|csv|json|panel [--document ID]... [--out FILE|DIR] [store flags]")
		fmt.Fprintln(env.Stderr, "CSV goes to a directory as nodes.csv, edges.csv, metadata.json and README.txt, and elsewhere as one zip archive.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *format == "" {
		fs.Usage()
		return errUsage
	}
	f, err := export.Format(*format)
	if err != nil {
		return err
	}

	store, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()

	infos, err := store.Documents(ctx)
	if err != nil {
		return err
	}
	var metas []graph.DocumentMeta
	for _, d := range infos {
		if len(docs) == 0 || slices.Contains(docs, d.ID) {
			metas = append(metas, d.DocumentMeta)
		}
	}
	for _, id := range docs {
		if !slices.ContainsFunc(metas, func(m graph.DocumentMeta) bool { return m.ID == id }) {
			return graph.Errorf(graph.ENOTFOUND, "document %q is not in the %s store", id, store.Kind())
		}
	}
	if len(metas) == 0 {
		return graph.Errorf(graph.ENOTFOUND, "the %s store holds no documents; import some first", store.Kind())
	}
	if f == export.FormatPanel {
		return writePanel(ctx, env, store, docs, *tables, sf.dataTables(), *out)
	}

	filter := graph.NetworkFilter{Documents: docs, Role: *role, MinWeight: *minWeight}
	sv, err := survey.New(store).Analyse(ctx, filter, analytics.Options{Groups: *groups, Seed: survey.Seed})
	if err != nil {
		return err
	}
	for _, w := range sv.Report.Warnings {
		fmt.Fprintln(env.Stderr, "govgraph export: warning:", w)
	}
	ds := sv.Dataset(*withTasks)
	net := sv.Network

	switch {
	case *out == "":
		return export.Write(env.Stdout, f, ds)
	case isDirTarget(*out):
		paths, err := export.WriteDir(*out, f, ds)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "wrote %s\n", strings.Join(paths, ", "))
	default:
		var buf bytes.Buffer
		if err := export.Write(&buf, f, ds); err != nil {
			return err
		}
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", *out, err)
		}
		fmt.Fprintf(env.Stderr, "wrote %s (%d units, %d links, data version %s)\n", *out, len(net.Nodes), len(net.Links), sv.Version)
	}
	return nil
}

// isDirTarget reports whether --out names a directory: one that exists, or
// a path ending in a separator.
func isDirTarget(path string) bool {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(os.PathSeparator)) {
		return true
	}
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
