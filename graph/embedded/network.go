package embedded

import (
	"context"

	"govgraph/graph"
)

// nodeAcc accumulates one unit's figures in a network.
type nodeAcc struct {
	e       *entity
	tasks   []string
	lead    int
	leaders []*entity // distinct; a unit answers to few leaders
}

// pairKey is an unordered pair of units by their dense numbers.
func pairKey(a, b int) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

// UnitNetwork implements graph.Store.
func (s *Store) UnitNetwork(ctx context.Context, f graph.NetworkFilter) (*graph.UnitNetwork, error) {
	return graph.NetworkOf(s.NetworkSelection(ctx, f, false))
}

// NetworkSelection implements graph.Store: network, tasks and version are
// read under one read lock.
func (s *Store) NetworkSelection(ctx context.Context, f graph.NetworkFilter, withTasks bool) (*graph.Selection, error) {
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.ready(ctx); err != nil {
		return nil, err
	}
	net, err := s.unitNetwork(ctx, f)
	if err != nil {
		return nil, err
	}
	sel := &graph.Selection{Network: net, Version: s.version, Documents: []graph.DocumentMeta{}}
	for _, d := range s.selectDocs(f.Scope()) {
		sel.Documents = append(sel.Documents, d.info.DocumentMeta)
	}
	if withTasks {
		ids := graph.NetworkTaskIDs(net)
		sel.Tasks = make([]graph.TaskRecord, 0, len(ids))
		for _, id := range ids {
			docID, index, _ := graph.SplitTaskID(id)
			d := s.docs[docID]
			sel.Tasks = append(sel.Tasks, d.record(d.taskPos[index]))
		}
	}
	return sel, nil
}

// unitNetwork makes one pass over the tasks matching f, under the read
// lock: each task adds itself to its units and to each pair of them.
func (s *Store) unitNetwork(ctx context.Context, f graph.NetworkFilter) (*graph.UnitNetwork, error) {
	// Nodes by the units' dense numbers; links by pair.
	nodes := make([]*nodeAcc, s.entityNum+1)
	var touched []*nodeAcc
	links := make(map[uint64]*graph.UnitLink)
	for _, d := range s.selectDocs(f.Scope()) {
		if err := ctxError(ctx); err != nil {
			return nil, err
		}
		for pos := range d.tasks {
			ts := &d.tasks[pos]
			if f.Section != nil && ts.task.Section != *f.Section ||
				f.Leader != "" && !hasName(ts.leaders, f.Leader) {
				continue
			}
			var units []*entity
			switch f.Role {
			case graph.RoleLead:
				units = ts.lead
			case graph.RoleResponsible:
				units = ts.resp
			default:
				units = ts.involved
			}
			id := ts.task.ID
			for i, u := range units {
				n := nodes[u.num]
				if n == nil {
					n = &nodeAcc{e: u}
					nodes[u.num] = n
					touched = append(touched, n)
				}
				n.tasks = append(n.tasks, id)
				if f.Role == graph.RoleLead || containsEntity(ts.lead, u) {
					n.lead++
				}
				for _, l := range ts.leaders {
					n.leaders = appendOnce(n.leaders, l)
				}
				for _, v := range units[i+1:] {
					k := pairKey(u.num, v.num)
					l := links[k]
					if l == nil {
						l = &graph.UnitLink{Source: u.nodeID, Target: v.nodeID}
						links[k] = l
					}
					l.Weight++
					l.Tasks = append(l.Tasks, id)
				}
			}
		}
	}
	net := &graph.UnitNetwork{
		Nodes: make([]graph.UnitNode, 0, len(touched)),
		Links: make([]graph.UnitLink, 0, len(links)),
	}
	for _, n := range touched {
		u := n.e
		net.Nodes = append(net.Nodes, graph.UnitNode{
			ID:           u.nodeID,
			Name:         u.name,
			Jurisdiction: u.jurisdiction,
			Kind:         u.unit.Kind,
			Collective:   u.unit.Collective,
			Tasks:        len(n.tasks),
			LeadTasks:    n.lead,
			Leaders:      len(n.leaders),
			TaskIDs:      n.tasks,
		})
	}
	for _, l := range links {
		net.Links = append(net.Links, *l)
	}
	graph.FinishUnitNetwork(net, f)
	return net, nil
}

func containsEntity(list []*entity, e *entity) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}
