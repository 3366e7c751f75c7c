package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// qUnitNetwork builds the co-assignment network in the database: the units
// involved in the matching tasks with their figures, and every pair of
// units sharing a matching task with those tasks. MATCHING is replaced by
// the filter's conditions; $types holds the relationship types of the role.
const qUnitNetwork = `CALL {
  MATCH (t:Task) MATCHING
  MATCH (u:Unit)-[r:LEADS|SUPPORTS]->(t) WHERE type(r) IN $types
  WITH DISTINCT u, t
  OPTIONAL MATCH (l:Leader)-[:LEADS]->(t)
  WITH u, collect(DISTINCT t.id) AS tasks,
       count(DISTINCT CASE WHEN EXISTS { (u)-[:LEADS]->(t) } THEN t END) AS leadTasks,
       count(DISTINCT l) AS leaders
  RETURN collect({key: u.key, json: u.json, jurisdiction: u.jurisdiction,
                  tasks: tasks, leadTasks: leadTasks, leaders: leaders}) AS nodes
}
CALL {
  MATCH (t:Task) MATCHING
  MATCH (a:Unit)-[ra:LEADS|SUPPORTS]->(t)<-[rb:LEADS|SUPPORTS]-(b:Unit)
  WHERE a.key < b.key AND type(ra) IN $types AND type(rb) IN $types
  WITH a, b, collect(DISTINCT t.id) AS tasks
  RETURN collect({source: a.key, target: b.key, tasks: tasks}) AS links
}
RETURN nodes, links`

// UnitNetwork implements graph.Store.
func (s *Store) UnitNetwork(ctx context.Context, f graph.NetworkFilter) (*graph.UnitNetwork, error) {
	return graph.NetworkOf(s.NetworkSelection(ctx, f, false))
}

// NetworkSelection implements graph.Store: the network and its tasks are
// read in one read transaction (see readSelection).
func (s *Store) NetworkSelection(ctx context.Context, f graph.NetworkFilter, withTasks bool) (*graph.Selection, error) {
	const op = "neo4j.NetworkSelection"
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	var taskRecs []*neo4jdrv.Record
	sel, err := s.readSelection(ctx, func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, error) {
		net, err := unitNetwork(ctx, tx, f)
		if err != nil {
			return nil, err
		}
		recs, err := run(ctx, tx, qDocuments, nil)
		if err != nil {
			return nil, err
		}
		sel := &graph.Selection{Network: net, Documents: graph.SelectedDocuments(documentInfos(recs), f.Scope())}
		if withTasks {
			// The tasks are decoded after the transaction, which stays short.
			w := networkWhere(f)
			w.add(condInvolved, "types", w.params["types"])
			taskRecs, err = run(ctx, tx, `MATCH (t:Task) `+w.String()+` RETURN `+taskProjection+` AS task`, w.params)
		}
		return sel, err
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	if !withTasks {
		return sel, nil
	}
	// The matching tasks with a unit in the role, less those whose units
	// the filter's MinWeight or Limit dropped.
	behind := map[string]bool{}
	for _, n := range sel.Network.Nodes {
		for _, id := range n.TaskIDs {
			behind[id] = true
		}
	}
	tasks, err := taskList(taskRecs)
	if err != nil {
		return nil, withOp(op, err)
	}
	sel.Tasks = slices.DeleteFunc(tasks, func(t graph.TaskRecord) bool { return !behind[t.ID] })
	if len(sel.Tasks) != len(behind) {
		return nil, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: fmt.Sprintf("%d of the network's %d tasks were found", len(sel.Tasks), len(behind))}
	}
	return sel, nil
}

// condInvolved keeps the tasks with a unit in the role ($types).
const condInvolved = "EXISTS { MATCH (:Unit)-[r:LEADS|SUPPORTS]->(t) WHERE type(r) IN $types }"

// networkWhere is the condition of a network filter on its tasks, with the
// relationship types of its role in $types.
func networkWhere(f graph.NetworkFilter) *where {
	w := selectionWhere(f.Scope(), f.Section, f.Leader)
	switch f.Role {
	case graph.RoleLead:
		w.params["types"] = []string{graph.RelLeads}
	case graph.RoleResponsible:
		w.params["types"] = []string{graph.RelSupports}
	default:
		w.params["types"] = []string{graph.RelLeads, graph.RelSupports}
	}
	return w
}

// unitNetwork reads the unit network of a normalised filter.
func unitNetwork(ctx context.Context, tx neo4jdrv.ManagedTransaction, f graph.NetworkFilter) (*graph.UnitNetwork, error) {
	w := networkWhere(f)
	query := strings.ReplaceAll(qUnitNetwork, "MATCHING", w.String())
	recs, err := run(ctx, tx, query, w.params)
	if err != nil {
		return nil, err
	}
	v := recs[0].Values
	net := &graph.UnitNetwork{}
	for _, x := range list(v[0]) {
		m := dict(x)
		u, err := unitProps(m["json"])
		if err != nil {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: "a stored unit is unreadable", Err: err}
		}
		tasks := stringList(m["tasks"])
		net.Nodes = append(net.Nodes, graph.UnitNode{
			ID:           graph.NodeID(graph.NodeUnit, str(m["key"])),
			Name:         u.Name,
			Jurisdiction: str(m["jurisdiction"]),
			Kind:         u.Kind,
			Collective:   u.Collective,
			Tasks:        len(tasks),
			LeadTasks:    integer(m["leadTasks"]),
			Leaders:      integer(m["leaders"]),
			TaskIDs:      tasks,
		})
	}
	for _, x := range list(v[1]) {
		m := dict(x)
		tasks := stringList(m["tasks"])
		net.Links = append(net.Links, graph.UnitLink{
			Source: graph.NodeID(graph.NodeUnit, str(m["source"])),
			Target: graph.NodeID(graph.NodeUnit, str(m["target"])),
			Weight: len(tasks),
			Tasks:  tasks,
		})
	}
	graph.FinishUnitNetwork(net, f)
	return net, nil
}
