// Package survey is the one way from a network filter to its analysis: the
// unit network of the filter and the tasks behind it, read together from the
// store, analysed (graph/analytics), annotated and turned into an export
// dataset (graph/export). The API and the command line both call it, so
// that the same data gives the same communities and metrics through either
// door. Reports are cached per data version (graph.Store.Version).
package survey

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"govgraph/graph"
	"govgraph/graph/analytics"
	"govgraph/graph/export"
)

// Seed is the Louvain seed of every analysis that asks for none.
const Seed = 0

// Service answers survey questions over one store. It is safe for
// concurrent use.
type Service struct {
	store   graph.Store
	reports reportCache
}

// New returns a service over store.
func New(store graph.Store) *Service { return &Service{store: store} }

// Survey is a unit network with what was read and computed with it.
type Survey struct {
	Filter    graph.NetworkFilter  // normalised
	Network   *graph.UnitNetwork   // annotated with metrics when analysed
	Tasks     []graph.TaskRecord   // the tasks behind the network's units
	Documents []graph.DocumentMeta // the documents the filter selects, by id
	Report    *analytics.Report    // nil unless analysed
	// Version is the data version all of it was read from; empty when a
	// write overlapped the read, and then nothing may cache it.
	Version string
}

// Documents lists the stored documents and the data version read just
// before them: a read that later finds another version knows that a write
// came between.
func (s *Service) Documents(ctx context.Context) ([]graph.DocumentInfo, string, error) {
	version, err := s.store.Version(ctx)
	if err != nil {
		return nil, "", err
	}
	docs, err := s.store.Documents(ctx)
	if err != nil {
		return nil, "", err
	}
	return docs, version, nil
}

// Network reads the unit network of f without analysing it.
func (s *Service) Network(ctx context.Context, f graph.NetworkFilter) (*Survey, error) {
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	sel, err := s.store.NetworkSelection(ctx, f, false)
	if err != nil {
		return nil, err
	}
	return &Survey{Filter: f, Network: sel.Network, Documents: sel.Documents, Version: sel.Version}, nil
}

// Analyse reads the unit network of f with the tasks behind it, analyses it
// with opts (Groups defaults to kind; Seed is used as given, Seed by
// default) and annotates the network with each unit's metrics. The report
// is taken from the cache when one was computed from the same data.
func (s *Service) Analyse(ctx context.Context, f graph.NetworkFilter, opts analytics.Options) (*Survey, error) {
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	if opts.Groups == "" {
		opts.Groups = analytics.GroupByKind
	}
	sel, err := s.store.NetworkSelection(ctx, f, true)
	if err != nil {
		return nil, err
	}
	sv := &Survey{Filter: f, Network: sel.Network, Tasks: sel.Tasks, Documents: sel.Documents, Version: sel.Version}
	key := Key(f, opts)
	rep, ok := s.reports.get(sv.Version, key)
	if !ok {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if rep, err = analytics.Units(sv.Network, sv.Tasks, opts); err != nil {
			return nil, err
		}
		s.reports.put(sv.Version, key, rep)
	}
	if err := analytics.Annotate(sv.Network, rep); err != nil {
		return nil, err
	}
	sv.Report = rep
	return sv, nil
}

// Dataset is the export of an analysed survey; withTasks adds the tasks
// behind the network (the leader–unit–task assignment graph).
func (sv *Survey) Dataset(withTasks bool) export.Dataset {
	rep := sv.Report
	ds := export.Dataset{
		Network:     sv.Network,
		Documents:   sv.Documents,
		Definitions: rep.Definitions,
		GraphMetrics: map[string]float64{
			analytics.MetricDensity:              rep.Network.Density,
			analytics.MetricDegreeCentralisation: rep.Network.DegreeCentralisation,
			analytics.MetricModularity:           rep.Network.Modularity,
			analytics.MetricCommunities:          float64(rep.Network.Communities),
			analytics.MetricComponents:           float64(rep.Network.Components),
		},
		Description: Describe(sv.Filter, rep),
		Version:     sv.Version,
	}
	if withTasks {
		ds.Tasks = sv.Tasks
	}
	return ds
}

// Describe says in one sentence which network an export holds.
func Describe(f graph.NetworkFilter, rep *analytics.Report) string {
	parts := []string{"Unit co-assignment network: units linked by the tasks they share"}
	if len(f.Documents) > 0 {
		parts = append(parts, "documents "+strings.Join(f.Documents, ", "))
	}
	if f.Jurisdiction != "" {
		parts = append(parts, "jurisdiction "+f.Jurisdiction)
	}
	if f.Year != 0 {
		parts = append(parts, fmt.Sprintf("year %d", f.Year))
	}
	if f.Section != nil {
		parts = append(parts, fmt.Sprintf("section %d", *f.Section))
	}
	if f.Leader != "" {
		parts = append(parts, "leader "+f.Leader)
	}
	if f.Role != "" && f.Role != graph.RoleAny {
		parts = append(parts, "units as "+f.Role+" units")
	}
	if f.MinWeight > 1 {
		parts = append(parts, fmt.Sprintf("links of weight ≥ %d", f.MinWeight))
	}
	if f.Limit > 0 {
		parts = append(parts, fmt.Sprintf("the %d heaviest links", f.Limit))
	}
	if rep != nil {
		parts = append(parts, fmt.Sprintf("brokerage groups by %s; Louvain seed %d", rep.Groups, rep.Seed))
	}
	return strings.Join(parts, "; ") + "."
}

// Key names a question by its normalised filter and options: documents
// are sorted, so that the order they were given in does not matter.
func Key(f graph.NetworkFilter, opts any) string {
	f.Documents = slices.Clone(f.Documents)
	slices.Sort(f.Documents)
	f.Documents = slices.Compact(f.Documents)
	b, _ := json.Marshal(struct {
		Filter  graph.NetworkFilter
		Options any
	}{f, opts}) // plain data always encodes
	return string(b)
}

// Communities maps each unit id of an analysed survey to its community.
func (sv *Survey) Communities() map[string]int {
	out := make(map[string]int, len(sv.Report.Units))
	for _, u := range sv.Report.Units {
		out[u.ID] = u.Community
	}
	return out
}

// reportCache keeps recent reports. Betweenness on a network of a thousand
// units takes seconds, while the same view is asked for again and again; a
// report is kept under the version of the data it was computed from, and
// reused only for that version and the same filter and options.
type reportCache struct {
	mu      sync.Mutex
	entries map[string]*analytics.Report
	order   []string // oldest first
}

const reportCacheSize = 32

func (c *reportCache) get(version, key string) (*analytics.Report, bool) {
	if version == "" {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.entries[version+" "+key]
	return r, ok
}

func (c *reportCache) put(version, key string, r *analytics.Report) {
	if version == "" {
		return
	}
	key = version + " " + key
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
