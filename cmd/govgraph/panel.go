package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"govgraph/graph"
	"govgraph/graph/compare"
	"govgraph/graph/export"
	"govgraph/graph/survey"
)

// writePanel writes the research panel of the documents (all when none are
// named): the bytes of GET /api/v1/export?format=panel, to standard output,
// a file, or PanelFileName in a directory.
func writePanel(ctx context.Context, env *Env, store graph.Store, documents []string, tables, dataTables, out string) error {
	lin, err := loadLineage(tables, dataTables)
	if err != nil {
		return err
	}
	docs, version, err := compare.Panel(ctx, survey.New(store), lin, compare.PanelScope{Documents: documents})
	if err != nil {
		return err
	}
	if version == "" { // a write came between: name the data as of now, as the API does
		if version, err = store.Version(ctx); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := export.WritePanel(&buf, version, docs); err != nil {
		return err
	}
	if out == "" {
		_, err := env.Stdout.Write(buf.Bytes())
		return err
	}
	if isDirTarget(out) {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fmt.Errorf("create %s: %w", out, err)
		}
		out = filepath.Join(out, export.PanelFileName)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s (%d documents)\n", out, len(docs))
	return nil
}
