package compare

import (
	"context"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// Snapshot reads one stored document as Documents compares it: its
// metadata, its tasks and the analytics report of its unit network. It is
// the only place this package touches a store (network of a filter → tasks
// → analytics); an unknown document is graph.ENOTFOUND.
func Snapshot(ctx context.Context, store graph.Store, document string) (*Side, error) {
	docs, err := store.Documents(ctx)
	if err != nil {
		return nil, err
	}
	side := &Side{}
	found := false
	for _, d := range docs {
		if d.ID == document {
			side.Meta, found = d.DocumentMeta, true
			break
		}
	}
	if !found {
		return nil, graph.Errorf(graph.ENOTFOUND, "document %q not found", document)
	}
	ids := []string{document}
	net, err := store.UnitNetwork(ctx, graph.NetworkFilter{Documents: ids})
	if err != nil {
		return nil, err
	}
	if side.Tasks, err = graph.AllTasks(ctx, store, graph.TaskFilter{Documents: ids}, 0); err != nil {
		return nil, err
	}
	if side.Report, err = analytics.Units(net, side.Tasks, analytics.Options{Groups: analytics.GroupByKind}); err != nil {
		return nil, err
	}
	return side, nil
}
