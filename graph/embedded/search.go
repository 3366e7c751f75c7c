package embedded

import (
	"context"
	"strings"
	"unicode/utf8"

	"govgraph/graph"
)

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, q string, limit int, jurisdiction string) ([]graph.SearchHit, error) {
	jurisdiction = strings.TrimSpace(jurisdiction)
	q, limit, err := graph.NormalizeSearch(q, limit)
	if err != nil {
		return nil, err
	}
	lq := graph.Lower(q)

	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	hits := []graph.SearchHit{}
	for _, idx := range []*entityIndex{s.units, s.leaders, s.projects} {
		for _, e := range idx.byKey {
			if (jurisdiction == "" || e.jurisdiction == jurisdiction) && strings.Contains(graph.Lower(e.name), lq) {
				hits = append(hits, graph.SearchHit{ID: e.nodeID, Kind: e.kind, Label: e.name})
			}
		}
	}
	for _, d := range s.selectDocs(graph.DocumentScope{Jurisdiction: jurisdiction}) {
		if err := ctxError(ctx); err != nil {
			return nil, err
		}
		for pos := range d.tasks {
			ts := &d.tasks[pos]
			at := strings.Index(ts.lower, lq)
			if at < 0 {
				continue
			}
			hits = append(hits, graph.SearchHit{
				ID:      graph.NodeID(graph.NodeTask, ts.task.ID),
				Kind:    graph.NodeTask,
				Label:   graph.TaskLabel(ts.task.Text),
				Snippet: graph.Snippet(ts.task.Text, utf8.RuneCountInString(ts.lower[:at])),
			})
		}
	}
	return graph.FinishSearch(hits, limit), nil
}
