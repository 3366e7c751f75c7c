package neo4j

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// Relationship types of the graph model.
const (
	relIn       = "IN"
	relLeads    = "LEADS"
	relSupports = "SUPPORTS"
	relMentions = "MENTIONS"
	relSets     = "SETS"
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
MATCH p = shortestPath((a)-[:IN|LEADS|SUPPORTS|MENTIONS|SETS*..8]-(b))
RETURN [n IN nodes(p) | ` + nodeFields + `] AS nodes,
       [r IN relationships(p) | {a: elementId(startNode(r)), type: type(r), b: elementId(endNode(r))}] AS rels`
)

// maxPathHops bounds ShortestPath (the 8 in qShortestPath).
const maxPathHops = 8

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
	if depth < 1 || depth > graph.MaxDepth {
		return nil, graph.Errorf(graph.EINVALID, "depth must be between 1 and %d; got %d", graph.MaxDepth, depth)
	}
	if limit < 0 {
		return nil, graph.Errorf(graph.EINVALID, "limit must not be negative; got %d", limit)
	}
	if limit == 0 || limit > graph.MaxSubgraphNodes {
		limit = graph.MaxSubgraphNodes
	}
	var g *graph.Subgraph
	err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
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
			// The kept nodes are the first by (distance, id).
			slices.SortFunc(next, func(a, b node) int { return strings.Compare(a.ID, b.ID) })
			if room := limit - len(kept); len(next) > room {
				next, truncated = next[:room], true
			}
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
		recs, err := run(ctx, tx, qShortestPath, map[string]any{"a": a.eid, "b": b.eid})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.Errorf(graph.ENOTFOUND, "no path of at most %d relationships from %s to %s", maxPathHops, from, to)
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

// Search limits.
const (
	maxSearchLen       = 100
	defaultSearchLimit = 20
	maxSearchLimit     = 100
)

// Parts of the search query: entities by name, tasks by text, both ignoring
// case ($q is lower case; so are the lower properties, lowered in Go code
// point by code point as the embedded store does). The task part uses the
// full-text index when its analyzer finds exactly the substrings (see
// useFullText); the CONTAINS check keeps the answer exact.
const (
	qSearchEntities = `MATCH (e:Unit) WHERE e.lower CONTAINS $q
  RETURN 0 AS rank, e.key AS key, e.name AS label, '' AS text ORDER BY label, key LIMIT $limit
UNION ALL
  MATCH (e:Leader) WHERE e.lower CONTAINS $q
  RETURN 1 AS rank, e.key AS key, e.name AS label, '' AS text ORDER BY label, key LIMIT $limit
UNION ALL
  MATCH (e:Project) WHERE e.lower CONTAINS $q
  RETURN 2 AS rank, e.key AS key, e.name AS label, '' AS text ORDER BY label, key LIMIT $limit`
	qSearchTasksFullText = `CALL db.index.fulltext.queryNodes('` + taskTextIndex + `', $phrase) YIELD node AS t
  WHERE t.lower CONTAINS $q`
	qSearchTasksScan = `MATCH (t:Task) WHERE t.lower CONTAINS $q`
	qSearchTasksTail = `
  WITH t, CASE WHEN size(t.text) > 30 THEN substring(t.text, 0, 30) + '…' ELSE t.text END AS label
  RETURN 3 AS rank, t.id AS key, label, t.text AS text ORDER BY label, key LIMIT $limit`
)

var searchKinds = []string{graph.NodeUnit, graph.NodeLeader, graph.NodeProject, graph.NodeTask}

// Search implements graph.Store.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]graph.SearchHit, error) {
	const op = "neo4j.Search"
	q = strings.TrimSpace(q)
	n := utf8.RuneCountInString(q)
	switch {
	case n == 0:
		return nil, graph.Errorf(graph.EINVALID, "search text is empty")
	case n > maxSearchLen:
		return nil, graph.Errorf(graph.EINVALID, "search text is longer than %d characters", maxSearchLen)
	case limit < 0:
		return nil, graph.Errorf(graph.EINVALID, "limit must not be negative; got %d", limit)
	case limit == 0:
		limit = defaultSearchLimit
	case limit > maxSearchLimit:
		limit = maxSearchLimit
	}
	lq := graph.Lower(q)
	params := map[string]any{"q": lq, "limit": limit}
	tasks := qSearchTasksScan
	if useFullText(q) {
		tasks = qSearchTasksFullText
		params["phrase"] = `"` + escapeLucene(q) + `"`
	}
	res, err := s.read(ctx, "CALL {\n"+qSearchEntities+"\nUNION ALL\n  "+tasks+qSearchTasksTail+"\n}\nRETURN rank, key, label, text", params)
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	type ranked struct {
		rank int
		hit  graph.SearchHit
	}
	hits := make([]ranked, 0, len(res.Records))
	for _, r := range res.Records {
		rank := integer(r.Values[0])
		kind := searchKinds[rank]
		h := graph.SearchHit{ID: graph.NodeID(kind, str(r.Values[1])), Kind: kind, Label: str(r.Values[2])}
		if kind == graph.NodeTask {
			text := str(r.Values[3])
			h.Label = graph.TaskLabel(text)
			h.Snippet = snippet(text, lq)
		}
		hits = append(hits, ranked{rank, h})
	}
	slices.SortFunc(hits, func(a, b ranked) int {
		return cmp.Or(a.rank-b.rank, strings.Compare(a.hit.Label, b.hit.Label), strings.Compare(a.hit.ID, b.hit.ID))
	})
	out := make([]graph.SearchHit, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.hit)
	}
	return out, nil
}

// useFullText reports whether the cjk analyzer's phrase query finds exactly
// the texts that contain q: q has at least two code points, all Han. The
// analyzer indexes runs of Han characters as overlapping bigrams, so a
// phrase of q's bigrams matches where q occurs, and nowhere else. For other
// text (Latin words, numbers, one character) the analyzer's tokens are not
// substrings, so CONTAINS is used.
func useFullText(q string) bool {
	n := 0
	for _, r := range q {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n >= 2
}

// escapeLucene escapes the characters the Lucene query parser treats
// specially.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\+-!():^[]"{}~*?|&/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// snippet is the search snippet of text around the first match of lq.
func snippet(text, lq string) string {
	lt := graph.Lower(text)
	m := 0
	if i := strings.Index(lt, lq); i > 0 {
		m = utf8.RuneCountInString(lt[:i])
	}
	return graph.Snippet(text, m)
}
