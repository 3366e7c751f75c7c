package neo4j

import (
	"context"
	"strconv"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// nodeLookup finds the node n of each kind by its key ($key).
var nodeLookup = map[string]string{
	graph.NodeDocument: `MATCH (n:Document {id: $key})`,
	graph.NodeSection:  `MATCH (n:Section {key: $key})`,
	graph.NodeTheme:    `MATCH (n:Theme {key: $key})`,
	graph.NodeTask:     `MATCH (n:Task {id: $key})`,
	graph.NodeLeader:   `MATCH (n:Leader {key: $key})`,
	graph.NodeUnit:     `MATCH (n:Unit {key: $key})`,
	graph.NodeProject:  `MATCH (n:Project {key: $key})`,
	graph.NodeTarget:   `MATCH (n:Target {key: $key})`,
}

// nodeFields is what a subgraph node is built from, for a node n.
const nodeFields = `{eid: elementId(n), labels: labels(n), id: n.id, key: n.key, title: n.title, name: n.name,
 text: n.text, metric: n.metric, value: n.value, unit: n.unit, qualifier: n.qualifier}`

const (
	// qLevel returns the nodes next to the nodes $eids, in either direction.
	qLevel = `UNWIND $eids AS eid
MATCH (f) WHERE elementId(f) = eid
MATCH (f)-[:IN|LEADS|SUPPORTS|MENTIONS|SETS]-(n)
RETURN DISTINCT ` + nodeFields + ` AS n`
	// qOutgoing returns the relationships leaving the nodes $eids.
	qOutgoing = `UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r:IN|LEADS|SUPPORTS|MENTIONS|SETS]->(b)
RETURN eid, type(r), elementId(b)`
	qShortestPath = `MATCH (a) WHERE elementId(a) = $a
MATCH (b) WHERE elementId(b) = $b
MATCH p = shortestPath((a)-[:IN|LEADS|SUPPORTS|MENTIONS|SETS*..MAXHOPS]-(b))
RETURN [n IN nodes(p) | ` + nodeFields + `] AS nodes,
       [r IN relationships(p) | {a: elementId(startNode(r)), type: type(r), b: elementId(endNode(r))}] AS rels`
)

// shortestPathQuery is qShortestPath bounded by graph.MaxPathHops (Cypher
// takes no parameter there).
var shortestPathQuery = strings.ReplaceAll(qShortestPath, "MAXHOPS", strconv.Itoa(graph.MaxPathHops))

// node is a subgraph node with its element id.
type node struct {
	eid string
	graph.Node
}

// toNode builds a subgraph node from nodeFields.
func toNode(v any) node {
	m := dict(v)
	n := node{eid: str(m["eid"])}
	for _, l := range stringList(m["labels"]) {
		if _, ok := nodeLookup[l]; ok {
			n.Kind = l
			break
		}
	}
	switch n.Kind {
	case graph.NodeDocument, graph.NodeTask:
		n.ID = graph.NodeID(n.Kind, str(m["id"]))
	default:
		n.ID = graph.NodeID(n.Kind, str(m["key"]))
	}
	switch n.Kind {
	case graph.NodeDocument, graph.NodeSection, graph.NodeTheme:
		n.Label = str(m["title"])
	case graph.NodeTask:
		n.Label = graph.TaskLabel(str(m["text"]))
	case graph.NodeTarget:
		value, _ := m["value"].(float64)
		n.Label = graph.TargetLabel(graph.Target{Metric: str(m["metric"]), Value: value, Unit: str(m["unit"]), Qualifier: str(m["qualifier"]), Text: str(m["text"])})
	default:
		n.Label = str(m["name"])
	}
	return n
}

// lookup finds the node an id names; ENOTFOUND when there is none.
func lookup(ctx context.Context, tx neo4jdrv.ManagedTransaction, id string) (node, error) {
	kind, key, err := graph.ParseNodeID(id)
	if err != nil {
		return node{}, err
	}
	recs, err := run(ctx, tx, nodeLookup[kind]+" RETURN "+nodeFields+" AS n", map[string]any{"key": key})
	if err != nil {
		return node{}, err
	}
	if len(recs) == 0 {
		return node{}, graph.Errorf(graph.ENOTFOUND, "no node %q", id)
	}
	return toNode(recs[0].Values[0]), nil
}

// Neighbours implements graph.Store: breadth-first, one query per level.
func (s *Store) Neighbours(ctx context.Context, nodeID string, depth, limit int) (*graph.Subgraph, error) {
	const op = "neo4j.Neighbours"
	limit, err := graph.NormalizeNeighbours(depth, limit)
	if err != nil {
		return nil, err
	}
	var g *graph.Subgraph
	err = s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
		start, err := lookup(ctx, tx, nodeID)
		if err != nil {
			return err
		}
		kept := []node{start}
		seen := map[string]bool{start.eid: true}
		frontier := []any{start.eid}
		truncated := false
		for level := 1; level <= depth && len(frontier) > 0 && !truncated; level++ {
			recs, err := run(ctx, tx, qLevel, map[string]any{"eids": frontier})
			if err != nil {
				return err
			}
			var next []node
			for _, r := range recs {
				if n := toNode(r.Values[0]); !seen[n.eid] {
					seen[n.eid] = true
					next = append(next, n)
				}
			}
			next, truncated = graph.NextLevel(next, func(n node) string { return n.ID }, limit-len(kept)) // the loop ends when truncated
			kept = append(kept, next...)
			frontier = frontier[:0]
			for _, n := range next {
				frontier = append(frontier, n.eid)
			}
		}
		g, err = subgraph(ctx, tx, kept)
		g.Truncated = truncated
		return err
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	return g, nil
}

// subgraph returns the nodes with every relationship among them.
func subgraph(ctx context.Context, tx neo4jdrv.ManagedTransaction, nodes []node) (*graph.Subgraph, error) {
	g := &graph.Subgraph{}
	byEID := make(map[string]string, len(nodes))
	eids := make([]any, len(nodes))
	for i, n := range nodes {
		byEID[n.eid] = n.ID
		eids[i] = n.eid
		g.Nodes = append(g.Nodes, n.Node)
	}
	recs, err := run(ctx, tx, qOutgoing, map[string]any{"eids": eids})
	if err != nil {
		return g, err
	}
	for _, r := range recs {
		if target, ok := byEID[str(r.Values[2])]; ok {
			g.Edges = append(g.Edges, graph.Edge{Source: byEID[str(r.Values[0])], Target: target, Type: str(r.Values[1])})
		}
	}
	graph.FinishSubgraph(g)
	return g, nil
}

// ShortestPath implements graph.Store.
func (s *Store) ShortestPath(ctx context.Context, from, to string) (*graph.Subgraph, error) {
	const op = "neo4j.ShortestPath"
	var g *graph.Subgraph
	err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
		a, err := lookup(ctx, tx, from)
		if err != nil {
			return err
		}
		b, err := lookup(ctx, tx, to)
		if err != nil {
			return err
		}
		if a.eid == b.eid {
			g = &graph.Subgraph{Nodes: []graph.Node{a.Node}}
			graph.FinishSubgraph(g)
			return nil
		}
		recs, err := run(ctx, tx, shortestPathQuery, map[string]any{"a": a.eid, "b": b.eid})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.NoPath(from, to)
		}
		g = &graph.Subgraph{}
		ids := make(map[string]string)
		for _, x := range list(recs[0].Values[0]) {
			n := toNode(x)
			ids[n.eid] = n.ID
			g.Nodes = append(g.Nodes, n.Node)
		}
		for _, x := range list(recs[0].Values[1]) {
			m := dict(x)
			g.Edges = append(g.Edges, graph.Edge{Source: ids[str(m["a"])], Target: ids[str(m["b"])], Type: str(m["type"])})
		}
		graph.FinishSubgraph(g)
		return nil
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	return g, nil
}
