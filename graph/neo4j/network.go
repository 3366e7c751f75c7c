package neo4j

import (
	"context"
	"strings"

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
	const op = "neo4j.UnitNetwork"
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	w := newWhere()
	w.documents(f.Documents)
	if f.Section != nil {
		w.add(condSection, "section", *f.Section)
	}
	if f.Leader != "" {
		w.add(condLeader, "leader", f.Leader)
	}
	switch f.Role {
	case graph.RoleLead:
		w.params["types"] = []string{relLeads}
	case graph.RoleResponsible:
		w.params["types"] = []string{relSupports}
	default:
		w.params["types"] = []string{relLeads, relSupports}
	}
	query := strings.ReplaceAll(qUnitNetwork, "MATCHING", w.String())
	res, err := s.read(ctx, query, w.params)
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	v := res.Records[0].Values
	net := &graph.UnitNetwork{}
	for _, x := range list(v[0]) {
		m := dict(x)
		u, err := unitProps(m["json"])
		if err != nil {
			return nil, s.wrap(ctx, op, "a stored unit is unreadable", err)
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
