package compare

import (
	"context"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// Snapshot reads one stored document as Documents compares it: its
// metadata, its tasks and the analytics report of its unit network. An
// unknown document is graph.ENOTFOUND.
func Snapshot(ctx context.Context, store graph.Store, document string) (*Side, error) {
	docs, err := store.Documents(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		if d.ID == document {
			return snapshot(ctx, store, d.DocumentMeta)
		}
	}
	return nil, graph.Errorf(graph.ENOTFOUND, "document %q not found", document)
}

// Snapshots reads every stored document of a jurisdiction, as Trend follows
// them; a jurisdiction without documents is graph.ENOTFOUND.
func Snapshots(ctx context.Context, store graph.Store, jurisdiction string) ([]*Side, error) {
	out, err := snapshots(ctx, store, func(d graph.DocumentInfo) bool { return d.Jurisdiction == jurisdiction })
	if err == nil && len(out) == 0 {
		err = graph.Errorf(graph.ENOTFOUND, "no document of jurisdiction %q", jurisdiction)
	}
	return out, err
}

// snapshots reads the stored documents that keep selects.
func snapshots(ctx context.Context, store graph.Store, keep func(graph.DocumentInfo) bool) ([]*Side, error) {
	docs, err := store.Documents(ctx)
	if err != nil {
		return nil, err
	}
	var out []*Side
	for _, d := range docs {
		if !keep(d) {
			continue
		}
		side, err := snapshot(ctx, store, d.DocumentMeta)
		if err != nil {
			return nil, err
		}
		out = append(out, side)
	}
	return out, nil
}

// snapshot is the one place this package reads a store for a document:
// network of the document → its tasks → analytics.
func snapshot(ctx context.Context, store graph.Store, meta graph.DocumentMeta) (*Side, error) {
	side := &Side{Meta: meta}
	ids := []string{meta.ID}
	net, err := store.UnitNetwork(ctx, graph.NetworkFilter{Documents: ids})
	if err != nil {
		return nil, err
	}
	all, err := store.TaskSelection(ctx, graph.TaskFilter{Documents: ids}, 0)
	if err != nil {
		return nil, err
	}
	side.Tasks = all.Tasks
	if side.Report, err = analytics.Units(net, side.Tasks, analytics.Options{Groups: analytics.GroupByKind}); err != nil {
		return nil, err
	}
	return side, nil
}
