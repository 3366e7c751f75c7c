package api

import (
	"context"
	"encoding/json"
	"sync"

	"govgraph/graph"
	"govgraph/graph/analytics"
)

// reportCache keeps recent analytics reports. Betweenness on a network of a
// thousand units takes seconds, while the same view is asked for again and
// again; a report is reused only for the same filter, options and data
// version (every document's id and content hash), so an import or a delete
// is never answered from an old report.
type reportCache struct {
	mu      sync.Mutex
	entries map[string]*analytics.Report
	order   []string // oldest first
}

const reportCacheSize = 32

func (c *reportCache) get(key string) (*analytics.Report, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.entries[key]
	return r, ok
}

func (c *reportCache) put(key string, r *analytics.Report) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = make(map[string]*analytics.Report)
	}
	if _, ok := c.entries[key]; ok {
		return
	}
	if len(c.order) == reportCacheSize {
		delete(c.entries, c.order[0])
		c.order = c.order[1:]
	}
	c.entries[key] = r
	c.order = append(c.order, key)
}

// reportKey names a report by what determines it.
func (s *server) reportKey(ctx context.Context, f graph.NetworkFilter, opts analytics.Options) (string, error) {
	version, err := s.dataVersion(ctx)
	if err != nil {
		return "", err
	}
	key, err := json.Marshal(struct {
		Filter  graph.NetworkFilter
		Options analytics.Options
		Version string
		Tables  string
	}{f, opts, version, s.tablesVersion()})
	return string(key), err
}
