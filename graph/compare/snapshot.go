package compare

import (
	"context"
	"slices"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/survey"
)

// Snapshot reads one stored document as Documents compares it, through the
// survey of its unit network (one seed, one task rule, the store's data
// version). An unknown document is graph.ENOTFOUND.
func Snapshot(ctx context.Context, sv *survey.Service, document string) (*Side, error) {
	return snapshot(ctx, sv, document)
}

// Snapshots reads every stored document of a jurisdiction, as Trend follows
// them, and the data version all of them were read from ("" when a write
// came between); a jurisdiction without documents is graph.ENOTFOUND.
func Snapshots(ctx context.Context, sv *survey.Service, jurisdiction string) ([]*Side, string, error) {
	out, version, err := snapshots(ctx, sv, func(d graph.DocumentInfo) bool { return d.Jurisdiction == jurisdiction })
	if err == nil && len(out) == 0 {
		err = graph.Errorf(graph.ENOTFOUND, "no document of jurisdiction %q", jurisdiction)
	}
	return out, version, err
}

// Version is the data version every side was read from, or "" when they
// differ (a write came between the reads) and nothing may cache the answer.
func Version(sides ...*Side) string {
	if len(sides) == 0 {
		return ""
	}
	for _, s := range sides[1:] {
		if s.Version != sides[0].Version {
			return ""
		}
	}
	return sides[0].Version
}

// snapshots reads the stored documents that keep selects, and the version
// they were read from: the version read before the list of documents must
// be that of every side, or a write came between.
func snapshots(ctx context.Context, sv *survey.Service, keep func(graph.DocumentInfo) bool) ([]*Side, string, error) {
	docs, listed, err := sv.Documents(ctx)
	if err != nil {
		return nil, "", err
	}
	var out []*Side
	for _, d := range docs {
		if !keep(d) {
			continue
		}
		side, err := snapshot(ctx, sv, d.ID)
		if err != nil {
			return nil, "", err
		}
		out = append(out, side)
	}
	version := Version(out...)
	if version != listed {
		version = ""
	}
	return out, version, nil
}

// snapshot is the one place this package reads a document: the survey of
// its unit network with the tasks behind it, analysed.
func snapshot(ctx context.Context, sv *survey.Service, document string) (*Side, error) {
	s, err := sv.Analyse(ctx, graph.NetworkFilter{Documents: []string{document}}, analytics.Options{Groups: analytics.GroupByKind, Seed: survey.Seed})
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(s.Documents, func(m graph.DocumentMeta) bool { return m.ID == document })
	if i < 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "document %q not found", document)
	}
	return &Side{Meta: s.Documents[i], Tasks: s.Tasks, Report: s.Report, Version: s.Version}, nil
}
