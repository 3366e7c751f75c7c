// Package analytics measures the unit co-assignment network: who carries the
// load, who sits between groups of units, who answers to many leaders, which
// units form communities, and how each leader's portfolio overlaps others.
//
// Graph algorithms come from gonum (PageRank, Louvain, modularity, k-cores,
// connected components). Betweenness and closeness come from a parallel
// Brandes over gonum's graph types (brandes.go), tested against gonum's own
// answers and much faster (BENCHMARKS.md). What gonum does not have is
// written here, small and documented: Burt's constraint and effective size,
// Gould–Fernandez brokerage, Freeman degree centralisation, eigenvector
// centrality and the bottleneck score. docs/metrics.md defines
// every metric.
package analytics

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"govgraph/graph"
)

// Grouping of units for brokerage.
const (
	GroupByKind   = "kind"   // the unit's kind (department, street, …)
	GroupByLeader = "leader" // the unit's main supervising leader
)

// Options tune an analysis.
type Options struct {
	// Groups is how units are grouped for brokerage roles: GroupByKind
	// (default) or GroupByLeader, which needs the tasks.
	Groups string
	// Seed makes Louvain community detection reproducible.
	Seed int64
}

// Report is the analysis of one unit network.
type Report struct {
	Groups      string            `json:"groups"`
	Seed        int64             `json:"seed"`
	Network     NetworkMetrics    `json:"network"`
	Units       []UnitMetrics     `json:"units"`   // by bottleneck score descending, then name, then id
	Leaders     []LeaderMetrics   `json:"leaders"` // by span descending, then tasks descending, then name
	Paths       PathSampling      `json:"paths"`   // how betweenness and closeness were computed
	Definitions map[string]string `json:"definitions"`
	Warnings    []string          `json:"warnings,omitempty"`
}

// NetworkMetrics describe the network as a whole.
type NetworkMetrics struct {
	Nodes                int     `json:"nodes"`
	Links                int     `json:"links"`
	Density              float64 `json:"density"`
	DegreeCentralisation float64 `json:"degreeCentralisation"`
	Modularity           float64 `json:"modularity"`
	Communities          int     `json:"communities"`
	Components           int     `json:"components"`
}

// PathSampling says how betweenness and closeness were computed: exactly,
// with Brandes' algorithm from every unit, or — when units × (units + links)
// would exceed 10⁸, about 3,000 units at ten links per unit —
// estimated from 10⁸ / (units + links) source units drawn with Options.Seed
// from each connected component in proportion to its size
// (docs/metrics.md, Shortest paths).
type PathSampling struct {
	Sampled bool `json:"sampled"`
	Sources int  `json:"sources"` // source units searched; all units when exact
	// BetweennessError bounds the estimate: with probability Confidence,
	// every unit's betweenness is within this of its exact value
	// (Hoeffding–Serfling bound for sampling without replacement, union over
	// the units). 0 when exact.
	BetweennessError float64 `json:"betweennessError"`
	Confidence       float64 `json:"confidence"`
	// BetweennessStdErr is the largest of the units' standard errors
	// (UnitMetrics.BetweennessStdErr): a typical error, much smaller than
	// the bound. 0 when exact.
	BetweennessStdErr float64 `json:"betweennessStdErr"`
}

// UnitMetrics are one unit's measures. TaskIDs are the tasks behind them.
type UnitMetrics struct {
	ID             string  `json:"id"`
	Name           string  `json:"name"`
	Jurisdiction   string  `json:"jurisdiction"`
	Kind           string  `json:"kind"`
	Group          string  `json:"group"` // its brokerage group
	Tasks          int     `json:"tasks"`
	LeadTasks      int     `json:"leadTasks"`
	Leaders        int     `json:"leaders"`
	Degree         int     `json:"degree"`
	WeightedDegree float64 `json:"weightedDegree"`
	Betweenness    float64 `json:"betweenness"`
	// BetweennessStdErr is the estimated standard error of Betweenness when
	// it is sampled (Report.Paths), absent when exact.
	BetweennessStdErr float64    `json:"betweennessStdErr,omitempty"`
	Closeness         float64    `json:"closeness"`
	PageRank          float64    `json:"pageRank"`
	Eigenvector       float64    `json:"eigenvector"`
	Community         int        `json:"community"`
	CoreNumber        int        `json:"coreNumber"`
	Constraint        float64    `json:"constraint"`
	EffectiveSize     float64    `json:"effectiveSize"`
	Brokerage         Brokerage  `json:"brokerage"`
	Bottleneck        Bottleneck `json:"bottleneck"`
	TaskIDs           []string   `json:"taskIds"`
}

// Brokerage counts Gould–Fernandez roles on open two-paths a–v–b (a and b
// not linked) through the unit v. The network is undirected, so the
// directed roles gatekeeper and representative cannot be told apart and are
// counted together: one of a, b shares v's group and the other does not.
type Brokerage struct {
	Coordinator              int `json:"coordinator"`              // a, v, b in one group
	GatekeeperRepresentative int `json:"gatekeeperRepresentative"` // exactly one of a, b in v's group
	Itinerant                int `json:"itinerant"`                // a, b in one group, v in another
	Liaison                  int `json:"liaison"`                  // three different groups
	Total                    int `json:"total"`                    // open two-paths through v
}

// Bottleneck is the bottleneck score with the min-max normalised parts it
// averages: Score = (Load + Betweenness + Leaders) / 3, each part in [0, 1].
type Bottleneck struct {
	Score       float64 `json:"score"`
	Load        float64 `json:"load"`        // normalised Tasks
	Betweenness float64 `json:"betweenness"` // normalised Betweenness
	Leaders     float64 `json:"leaders"`     // normalised Leaders
}

// LeaderMetrics describe one leader's share of the network.
type LeaderMetrics struct {
	ID               string          `json:"id"`
	Name             string          `json:"name"`
	Jurisdiction     string          `json:"jurisdiction"`
	Span             int             `json:"span"` // distinct units of the network in their tasks
	Tasks            int             `json:"tasks"`
	MultiLeaderTasks int             `json:"multiLeaderTasks"`
	Overlap          []LeaderOverlap `json:"overlap"` // by shared units descending, then name
}

// LeaderOverlap is another leader whose tasks involve some of the same units.
type LeaderOverlap struct {
	LeaderID    string   `json:"leaderId"`
	Leader      string   `json:"leader"`
	SharedUnits []string `json:"sharedUnits"` // unit names, sorted
}

// Units analyses a unit network. tasks are the task records behind it: they
// are needed for leader metrics and for Groups "leader"; with nil tasks the
// leader list is empty. Every task id a unit lists must be among tasks when
// tasks are given. Invalid input is a graph.EINVALID error saying what is
// wrong and where. net is not modified; see Annotate.
func Units(net *graph.UnitNetwork, tasks []graph.TaskRecord, opts Options) (*Report, error) {
	const op = "analytics.Units"
	if opts.Groups == "" {
		opts.Groups = GroupByKind
	}
	in, err := prepare(net, tasks, opts)
	if err != nil {
		if e, ok := err.(*graph.Error); ok {
			e.Op = op
		}
		return nil, err
	}
	rep := &Report{
		Groups:      opts.Groups,
		Seed:        opts.Seed,
		Units:       make([]UnitMetrics, len(in.nodes)),
		Leaders:     leaderMetrics(in),
		Definitions: maps.Clone(Definitions),
	}
	for i, n := range in.nodes {
		rep.Units[i] = UnitMetrics{
			ID: n.ID, Name: n.Name, Jurisdiction: n.Jurisdiction, Kind: n.Kind,
			Group: in.group[i], Tasks: n.Tasks, LeadTasks: n.LeadTasks, Leaders: n.Leaders,
			Degree: len(in.adj.nbr[i]), WeightedDegree: in.adj.strength(i),
			TaskIDs: slices.Clone(n.TaskIDs),
		}
		if rep.Units[i].TaskIDs == nil {
			rep.Units[i].TaskIDs = []string{}
		}
	}
	rep.Network = NetworkMetrics{
		Nodes:                len(in.nodes),
		Links:                in.links,
		Density:              density(len(in.nodes), in.links),
		DegreeCentralisation: degreeCentralisation(in.adj),
	}
	if len(in.nodes) > 0 {
		rep.Warnings = measure(in, opts, rep)
	}
	bottleneck(rep.Units)
	slices.SortFunc(rep.Units, func(a, b UnitMetrics) int {
		return cmp.Or(cmp.Compare(b.Bottleneck.Score, a.Bottleneck.Score),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return rep, nil
}

// Annotate copies each unit's metrics from rep into net.Nodes[i].Metrics
// (keys as in UnitMetrics.Values), so that a network can carry them inline.
// A node missing from rep is a graph.EINVALID error and leaves net unchanged.
func Annotate(net *graph.UnitNetwork, rep *Report) error {
	if net == nil || rep == nil {
		return &graph.Error{Code: graph.EINVALID, Op: "analytics.Annotate", Message: "network and report are required"}
	}
	byID := make(map[string]*UnitMetrics, len(rep.Units))
	for i := range rep.Units {
		byID[rep.Units[i].ID] = &rep.Units[i]
	}
	values := make([]map[string]float64, len(net.Nodes))
	for i, n := range net.Nodes {
		m, ok := byID[n.ID]
		if !ok {
			return &graph.Error{Code: graph.EINVALID, Op: "analytics.Annotate",
				Message: fmt.Sprintf("node %d (%s) is not in the report", i, n.ID)}
		}
		values[i] = m.Values()
	}
	for i := range net.Nodes {
		net.Nodes[i].Metrics = values[i]
	}
	return nil
}

// Metric keys of UnitMetrics.Values and Definitions.
const (
	MetricTasks                  = "tasks"
	MetricLeadTasks              = "leadTasks"
	MetricLeaders                = "leaders"
	MetricDegree                 = "degree"
	MetricWeightedDegree         = "weightedDegree"
	MetricBetweenness            = "betweenness"
	MetricCloseness              = "closeness"
	MetricPageRank               = "pageRank"
	MetricEigenvector            = "eigenvector"
	MetricCommunity              = "community"
	MetricCoreNumber             = "coreNumber"
	MetricConstraint             = "constraint"
	MetricEffectiveSize          = "effectiveSize"
	MetricBrokerCoordinator      = "brokerage.coordinator"
	MetricBrokerGatekeeperRepr   = "brokerage.gatekeeperRepresentative"
	MetricBrokerItinerant        = "brokerage.itinerant"
	MetricBrokerLiaison          = "brokerage.liaison"
	MetricBrokerTotal            = "brokerage.total"
	MetricBottleneck             = "bottleneck"
	MetricBottleneckLoad         = "bottleneck.load"
	MetricBottleneckBetweenness  = "bottleneck.betweenness"
	MetricBottleneckLeaders      = "bottleneck.leaders"
	MetricDensity                = "density"
	MetricDegreeCentralisation   = "degreeCentralisation"
	MetricModularity             = "modularity"
	MetricCommunities            = "communities"
	MetricComponents             = "components"
	MetricLeaderSpan             = "leader.span"
	MetricLeaderTasks            = "leader.tasks"
	MetricLeaderMultiLeaderTasks = "leader.multiLeaderTasks"
	MetricLeaderOverlap          = "leader.overlap"
)

// Values returns the unit's numeric metrics by key.
func (u UnitMetrics) Values() map[string]float64 {
	return map[string]float64{
		MetricTasks:                 float64(u.Tasks),
		MetricLeadTasks:             float64(u.LeadTasks),
		MetricLeaders:               float64(u.Leaders),
		MetricDegree:                float64(u.Degree),
		MetricWeightedDegree:        u.WeightedDegree,
		MetricBetweenness:           u.Betweenness,
		MetricCloseness:             u.Closeness,
		MetricPageRank:              u.PageRank,
		MetricEigenvector:           u.Eigenvector,
		MetricCommunity:             float64(u.Community),
		MetricCoreNumber:            float64(u.CoreNumber),
		MetricConstraint:            u.Constraint,
		MetricEffectiveSize:         u.EffectiveSize,
		MetricBrokerCoordinator:     float64(u.Brokerage.Coordinator),
		MetricBrokerGatekeeperRepr:  float64(u.Brokerage.GatekeeperRepresentative),
		MetricBrokerItinerant:       float64(u.Brokerage.Itinerant),
		MetricBrokerLiaison:         float64(u.Brokerage.Liaison),
		MetricBrokerTotal:           float64(u.Brokerage.Total),
		MetricBottleneck:            u.Bottleneck.Score,
		MetricBottleneckLoad:        u.Bottleneck.Load,
		MetricBottleneckBetweenness: u.Bottleneck.Betweenness,
		MetricBottleneckLeaders:     u.Bottleneck.Leaders,
	}
}

// Definitions says in one line what each metric key means; docs/metrics.md
// has the formulas. Every report carries a copy.
var Definitions = map[string]string{
	MetricTasks:                  "tasks of the network the unit is involved in (its task load)",
	MetricLeadTasks:              "of those, tasks the unit leads",
	MetricLeaders:                "distinct leaders supervising the unit's tasks",
	MetricDegree:                 "distinct units it shares at least one task with",
	MetricWeightedDegree:         "co-assignment strength: sum over partners of shared tasks",
	MetricBetweenness:            "share of shortest paths between other units that pass through it (distance 1/shared tasks, normalised to [0,1]; the project's parallel Brandes, checked against gonum BetweennessWeighted; estimated from sampled source units on networks beyond about 3,000 units, see the report's paths)",
	MetricCloseness:              "Wasserman–Faust closeness: (r-1)/(n-1) × (r-1)/sum of distances to the r-1 units it reaches (distance 1/shared tasks; from the same Brandes searches, checked against gonum Closeness)",
	MetricPageRank:               "weighted PageRank, damping 0.85, sums to 1 (gonum PageRankSparse; accurate to about 1e-10)",
	MetricEigenvector:            "leading eigenvector of the weighted adjacency matrix, unit Euclidean norm (power iteration)",
	MetricCommunity:              "Louvain community (gonum Modularize, resolution 1, seeded); 0 is the largest",
	MetricCoreNumber:             "largest k such that the unit is in the k-core (gonum DegeneracyOrdering)",
	MetricConstraint:             "Burt's constraint: how much its ties lead into one closed cluster (high = embedded, low = broker; 0 when isolated)",
	MetricEffectiveSize:          "Burt's effective size: partners minus their redundancy (high = broker between unconnected units)",
	MetricBrokerCoordinator:      "open two-paths a–unit–b with a, b and the unit in one group",
	MetricBrokerGatekeeperRepr:   "open two-paths where exactly one of a, b is in the unit's group (gatekeeper and representative merged: the network is undirected)",
	MetricBrokerItinerant:        "open two-paths with a, b in one group and the unit in another",
	MetricBrokerLiaison:          "open two-paths with a, b and the unit in three different groups",
	MetricBrokerTotal:            "open two-paths a–unit–b (a, b not linked) through the unit",
	MetricBottleneck:             "mean of the three normalised parts: load, betweenness, leaders (in [0,1])",
	MetricBottleneckLoad:         "tasks, min-max normalised over the network",
	MetricBottleneckBetweenness:  "betweenness, min-max normalised over the network",
	MetricBottleneckLeaders:      "supervising leaders, min-max normalised over the network",
	MetricDensity:                "links / possible links, 2L / (n(n-1))",
	MetricDegreeCentralisation:   "Freeman degree centralisation: sum(maxDegree - degree) / ((n-1)(n-2)); 1 for a star, 0 for a clique",
	MetricModularity:             "Newman modularity Q of the Louvain partition on tie weights (gonum Q)",
	MetricCommunities:            "number of Louvain communities",
	MetricComponents:             "number of connected components (gonum ConnectedComponents)",
	MetricLeaderSpan:             "distinct units of the network involved in the leader's tasks",
	MetricLeaderTasks:            "the leader's tasks among the network's tasks",
	MetricLeaderMultiLeaderTasks: "of those, tasks with more than one leader",
	MetricLeaderOverlap:          "other leaders whose tasks involve the same units, with those units",
}
