package analytics

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/topo"

	"govgraph/graph"
)

// MaxAssignmentTasks caps Assignment. Betweenness is Brandes' algorithm from
// every node, so time grows with nodes × edges of each component; the cap
// dates from gonum's Betweenness, which took seconds at this size
// (docs/metrics.md, Performance).
const MaxAssignmentTasks = 1500

// AssignmentReport is the analysis of the leader–unit–task graph.
type AssignmentReport struct {
	Network     AssignmentNetwork   `json:"network"`
	Nodes       []AssignmentMetrics `json:"nodes"` // leaders and units, by betweenness descending, then kind, then name, then id
	Definitions map[string]string   `json:"definitions"`
	Warnings    []string            `json:"warnings,omitempty"`
}

// AssignmentNetwork counts the graph's nodes by kind, its edges and its
// connected components (tasks included).
type AssignmentNetwork struct {
	Leaders    int `json:"leaders"`
	Units      int `json:"units"`
	Tasks      int `json:"tasks"`
	Nodes      int `json:"nodes"`
	Edges      int `json:"edges"`
	Components int `json:"components"`
}

// AssignmentMetrics are one leader's or unit's measures on the assignment
// graph. TaskIDs are its tasks, the neighbours behind every measure.
type AssignmentMetrics struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"` // graph.NodeLeader or graph.NodeUnit
	Name         string   `json:"name"`
	Jurisdiction string   `json:"jurisdiction"`
	Tasks        int      `json:"tasks"`
	LeadTasks    int      `json:"leadTasks"` // tasks joined by LEADS: all of a leader's
	Degree       int      `json:"degree"`
	Betweenness  float64  `json:"betweenness"`
	Closeness    float64  `json:"closeness"`
	PageRank     float64  `json:"pageRank"`
	Eigenvector  float64  `json:"eigenvector"`
	TaskIDs      []string `json:"taskIds"`
}

// AssignmentDefinitions says in one line what each metric of an
// AssignmentReport means; docs/metrics.md has the formulas.
var AssignmentDefinitions = map[string]string{
	MetricTasks:       "tasks the leader supervises or the unit takes part in (its task load)",
	MetricLeadTasks:   "tasks joined by a LEADS edge: every task of a leader; a unit's tasks as lead unit",
	MetricDegree:      "edges of the node in the leader–unit–task graph; equals tasks, since a node has one edge per task",
	MetricBetweenness: "share of shortest paths between other nodes (leaders, units and tasks) that pass through it, normalised to [0,1] over all nodes (gonum Betweenness, per component)",
	MetricCloseness:   "Wasserman–Faust closeness: (r-1)/(n-1) × (r-1)/sum of hop distances to the r-1 nodes it reaches, n counting tasks too (gonum BreadthFirst)",
	MetricPageRank:    "PageRank over leaders, units and tasks, damping 0.85, sums to 1 with the tasks' share (gonum PageRankSparse; accurate to about 1e-10)",
	MetricEigenvector: "leading eigenvector of the adjacency matrix of the whole graph, unit Euclidean norm (power iteration)",
	MetricComponents:  "connected components of the graph, tasks included (gonum ConnectedComponents)",
}

// assignmentGraph is the validated graph: nodes indexed 0..n-1 in node id
// order, so that nothing depends on the order of the caller's slices.
type assignmentGraph struct {
	ids   []string
	nodes []*AssignmentMetrics // nil for task nodes
	adj   *adjacency           // every weight 1
	edges int
}

// Assignment analyses the leader–unit–task graph of tasks: leaders LEADS
// their tasks, lead units LEADS them, responsible units SUPPORTS them, each
// leader and unit one node per (jurisdiction, name), one unweighted edge per
// node and task. Leaders and units are reported; tasks are intermediate
// nodes and only counted. Options do not apply (there is no community
// detection); they are taken for a signature like Units'. Invalid input is
// a graph.EINVALID error naming the task; more than MaxAssignmentTasks tasks
// is a graph.ETOOLARGE error.
func Assignment(tasks []graph.TaskRecord, opts Options) (*AssignmentReport, error) {
	const op = "analytics.Assignment"
	if len(tasks) > MaxAssignmentTasks {
		return nil, &graph.Error{Code: graph.ETOOLARGE, Op: op, Message: fmt.Sprintf(
			"%d tasks is too many for the assignment graph's betweenness; narrow them to at most %d (by document, section or leader)",
			len(tasks), MaxAssignmentTasks)}
	}
	return assignment(tasks)
}

// assignment is Assignment without the cap.
func assignment(tasks []graph.TaskRecord) (*AssignmentReport, error) {
	const op = "analytics.Assignment"
	g, err := assignmentInput(tasks)
	if err != nil {
		err.Op = op
		return nil, err
	}
	rep := &AssignmentReport{
		Network:     AssignmentNetwork{Nodes: len(g.ids), Edges: g.edges},
		Nodes:       []AssignmentMetrics{},
		Definitions: maps.Clone(AssignmentDefinitions),
	}
	for i, m := range g.nodes {
		switch {
		case m == nil:
			rep.Network.Tasks++
		case m.Kind == graph.NodeLeader:
			rep.Network.Leaders++
		default:
			rep.Network.Units++
		}
		if m != nil {
			m.Degree = len(g.adj.nbr[i])
			graph.SortTaskIDs(m.TaskIDs)
		}
	}
	if len(g.ids) > 0 {
		rep.Network.Components, rep.Warnings = g.measure()
	}
	for _, m := range g.nodes {
		if m != nil {
			rep.Nodes = append(rep.Nodes, *m)
		}
	}
	slices.SortFunc(rep.Nodes, func(a, b AssignmentMetrics) int {
		return cmp.Or(cmp.Compare(b.Betweenness, a.Betweenness), strings.Compare(a.Kind, b.Kind),
			strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return rep, nil
}

// assignmentInput validates tasks and builds the graph.
func assignmentInput(tasks []graph.TaskRecord) (*assignmentGraph, *graph.Error) {
	byID := map[string]*AssignmentMetrics{}
	isTask := map[string]bool{}
	type edge struct{ node, task string }
	edges := map[edge]bool{} // every edge; true when it is LEADS
	for i := range tasks {
		t := &tasks[i]
		if strings.TrimSpace(t.ID) == "" {
			return nil, graph.Errorf(graph.EINVALID, "task %d has no id", i)
		}
		task := graph.NodeID(graph.NodeTask, t.ID)
		if isTask[task] {
			return nil, graph.Errorf(graph.EINVALID, "task %d: id %q appears twice", i, t.ID)
		}
		isTask[task] = true
		roles := []struct {
			kind, role string
			names      []string
			leads      bool
		}{
			{graph.NodeLeader, "leader", t.Leaders, true},
			{graph.NodeUnit, "lead unit", t.LeadUnits, true},
			{graph.NodeUnit, "responsible unit", t.Units, false},
		}
		for _, r := range roles {
			for k, name := range r.names {
				if strings.TrimSpace(name) == "" {
					return nil, graph.Errorf(graph.EINVALID, "task %d (%s): %s %d has no name", i, t.ID, r.role, k+1)
				}
				id := graph.NodeID(r.kind, graph.EntityKey(t.Jurisdiction, name))
				m := byID[id]
				if m == nil {
					m = &AssignmentMetrics{ID: id, Kind: r.kind, Name: name, Jurisdiction: t.Jurisdiction, TaskIDs: []string{}}
					byID[id] = m
				}
				e := edge{id, task}
				wasLead, seen := edges[e]
				if !seen {
					m.Tasks++
					m.TaskIDs = append(m.TaskIDs, t.ID)
				}
				if r.leads && !wasLead {
					m.LeadTasks++
				}
				edges[e] = wasLead || r.leads
			}
		}
	}

	g := &assignmentGraph{ids: append(slices.Collect(maps.Keys(byID)), slices.Collect(maps.Keys(isTask))...)}
	slices.Sort(g.ids)
	index := make(map[string]int, len(g.ids))
	g.nodes = make([]*AssignmentMetrics, len(g.ids))
	for i, id := range g.ids {
		index[id] = i
		g.nodes[i] = byID[id]
	}
	g.adj = &adjacency{nbr: make([][]int, len(g.ids)), weight: make([][]float64, len(g.ids))}
	for e := range edges {
		a, b := index[e.node], index[e.task]
		g.adj.nbr[a] = append(g.adj.nbr[a], b)
		g.adj.nbr[b] = append(g.adj.nbr[b], a)
	}
	g.edges = len(edges)
	for i, nbr := range g.adj.nbr {
		slices.Sort(nbr)
		g.adj.weight[i] = make([]float64, len(nbr))
		for k := range nbr {
			g.adj.weight[i][k] = 1
		}
	}
	return g, nil
}

// measure sets betweenness, closeness, PageRank and eigenvector centrality
// of the leaders and units and returns the number of components.
func (g *assignmentGraph) measure() (components int, warnings []string) {
	n := g.adj.len()
	whole := newWeighted(g.adj, func(w float64) float64 { return w })

	// Betweenness and hop distances from every node, tasks included, by
	// the same Brandes as the unit network's (all ties have length 1).
	paths := brandes(whole, math.MaxInt, 0)
	reach := make([]int, n) // size of each node's component
	parts := topo.ConnectedComponents(whole)
	for _, part := range parts {
		for _, v := range part {
			reach[v.ID()] = len(part)
		}
	}
	for i, m := range g.nodes {
		if m == nil || reach[i] < 2 {
			continue
		}
		// Each unordered pair is counted twice, so (n-1)(n-2) = 2·C(n-1, 2)
		// normalises to [0, 1].
		if n > 2 {
			m.Betweenness = paths.betweenness[i] / float64((n-1)*(n-2))
		}
		r := float64(reach[i])
		m.Closeness = (r - 1) * (r - 1) / (float64(n-1) * paths.distanceSum[i])
	}

	rank := network.PageRankSparse(directed{whole}, pageRankDamping, pageRankTolerance)
	var total float64
	for i := range n {
		total += rank[int64(i)]
	}
	eigen, converged := eigenvector(g.adj)
	for i, m := range g.nodes {
		if m != nil {
			m.PageRank = rank[int64(i)] / total
			m.Eigenvector = eigen[i]
		}
	}
	if !converged {
		warnings = append(warnings, fmt.Sprintf("eigenvector centrality did not converge in %d iterations; treat it as approximate", eigenvectorMaxIterations))
	}
	return len(parts), warnings
}
