package graph

import (
	"context"
	"slices"
	"strings"
)

// Store is the system of record. The embedded store and the Neo4j store
// implement it and pass the same conformance suite (graph/storetest).
type Store interface {
	// Kind names the implementation: "embedded" or "neo4j".
	Kind() string
	// Ping reports whether the store can answer; EUNAVAILABLE when not.
	Ping(ctx context.Context) error
	Close() error
	// Version names the state of the stored data: every write that changes
	// it (an import that is not Unchanged, a replacement, a delete) gives a
	// new version, and a version is never handed out again for other data.
	// Caches key on it; it costs one query.
	Version(ctx context.Context) (string, error)

	// Import stores a whole document atomically; a document with the same
	// id is replaced. Importing the same document twice changes nothing.
	Import(ctx context.Context, doc *Document) (ImportResult, error)
	DeleteDocument(ctx context.Context, id string) error

	Documents(ctx context.Context) ([]DocumentInfo, error)
	// Document returns the stored document with its source; ENOTFOUND if absent.
	Document(ctx context.Context, id string) (*Document, error)
	Counts(ctx context.Context) (Counts, error)

	Tasks(ctx context.Context, f TaskFilter) (TaskPage, error)
	// TaskSelection returns every task matching f (Limit and Offset are
	// ignored) in one read, with the Version it was read from. With most > 0,
	// a selection of more tasks is an ETOOLARGE error instead.
	TaskSelection(ctx context.Context, f TaskFilter, most int) (*Selection, error)
	Leaders(ctx context.Context, f EntityFilter) ([]LeaderInfo, error)
	Units(ctx context.Context, f EntityFilter) ([]UnitInfo, error)
	Projects(ctx context.Context, f EntityFilter) ([]ProjectInfo, error)
	// Unit and Project return one entity with its tasks; ENOTFOUND if absent.
	Unit(ctx context.Context, ref EntityRef) (*UnitDetail, error)
	Project(ctx context.Context, ref EntityRef) (*ProjectDetail, error)
	Portfolio(ctx context.Context, ref EntityRef, documents []string) (*Portfolio, error)

	// UnitNetwork is the unit co-assignment network.
	UnitNetwork(ctx context.Context, f NetworkFilter) (*UnitNetwork, error)
	// NetworkSelection returns the unit network of f and, with withTasks,
	// the tasks behind its units (every task a node lists), read together
	// with the Version they come from.
	NetworkSelection(ctx context.Context, f NetworkFilter, withTasks bool) (*Selection, error)
	// Neighbours returns the subgraph within depth (1..MaxDepth) of a node.
	Neighbours(ctx context.Context, nodeID string, depth, limit int) (*Subgraph, error)
	// ShortestPath returns the nodes and edges of one shortest path.
	ShortestPath(ctx context.Context, from, to string) (*Subgraph, error)
	// Search finds entities by name and tasks by text; with a jurisdiction,
	// only those of that jurisdiction.
	Search(ctx context.Context, q string, limit int, jurisdiction string) ([]SearchHit, error)
}

// CypherRunner is implemented by stores that can run read-only Cypher.
type CypherRunner interface {
	ReadCypher(ctx context.Context, query string, params map[string]any, maxRows int) (*CypherResult, error)
}

// CypherResult is a tabular answer of the Cypher console.
type CypherResult struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
	// Plan is the database's plan of an EXPLAIN query (which returns no rows).
	Plan *CypherPlan `json:"plan,omitempty"`
}

// CypherPlan is one operator of a query plan, as the database states it.
type CypherPlan struct {
	Operator      string       `json:"operator"`
	Details       string       `json:"details,omitempty"`
	EstimatedRows float64      `json:"estimatedRows"`
	Identifiers   []string     `json:"identifiers"`
	Children      []CypherPlan `json:"children"`
}

// Limits on what one query may ask for.
const (
	MaxDepth         = 3
	MaxSubgraphNodes = 500
	MaxPageSize      = 1000
	// MaxCypherBytes caps the JSON of the rows of one console answer.
	MaxCypherBytes = 10 << 20
)

// ImportResult says what an import did.
type ImportResult struct {
	Document  string `json:"document"`
	Replaced  bool   `json:"replaced"`  // an older version was replaced
	Unchanged bool   `json:"unchanged"` // the same version was already stored
	Tasks     int    `json:"tasks"`
	Nodes     int    `json:"nodes"`
	Rels      int    `json:"relationships"`
}

// DocumentInfo is a document's metadata with its counts.
type DocumentInfo struct {
	DocumentMeta
	Stats DocumentStats `json:"stats"`
}

// DocumentStats counts what a document contains.
type DocumentStats struct {
	Sections    int `json:"sections"`
	Tasks       int `json:"tasks"`
	Leaders     int `json:"leaders"`
	Units       int `json:"units"`
	Projects    int `json:"projects"`
	Targets     int `json:"targets"`
	Diagnostics int `json:"diagnostics"`
	// Coverage is the parse's coverage of the numbered items (Profile.Coverage;
	// zero without a profile), so that a listing needs no quality report.
	Coverage Coverage `json:"coverage"`
}

// Counts are whole-store totals.
type Counts struct {
	Documents int `json:"documents"`
	Tasks     int `json:"tasks"`
	Leaders   int `json:"leaders"`
	Units     int `json:"units"`
	Projects  int `json:"projects"`
}

// TaskFilter selects tasks for the ledger. Zero values mean "any".
type TaskFilter struct {
	Documents    []string
	Jurisdiction string // documents of this jurisdiction only
	Year         int    // documents of this year only
	Section      *int   // section index; needs one document to be meaningful
	Leader       string
	Unit         string // involved as lead or responsible
	Project      string
	Query        string // substring of the task text
	Limit        int    // 0 means MaxPageSize
	Offset       int
}

// TaskRecord is a task with the document context it lives in.
type TaskRecord struct {
	Task
	Document     string `json:"document"`
	Jurisdiction string `json:"jurisdiction"`
	SectionTitle string `json:"sectionTitle"`
}

// TaskPage is one page of tasks ordered by document then index.
type TaskPage struct {
	Total int          `json:"total"`
	Tasks []TaskRecord `json:"tasks"`
}

// EntityFilter narrows entity lists.
type EntityFilter struct {
	Documents    []string
	Jurisdiction string
}

// EntityRef names a leader, unit or project; Jurisdiction may be empty when
// the name is unambiguous.
type EntityRef struct {
	Jurisdiction string
	Name         string
}

// LeaderInfo summarises a leader.
type LeaderInfo struct {
	Leader
	Jurisdiction string `json:"jurisdiction"`
	Tasks        int    `json:"tasks"`
	Units        int    `json:"units"` // distinct units involved in their tasks
}

// UnitInfo summarises a unit.
type UnitInfo struct {
	Unit
	Jurisdiction string `json:"jurisdiction"`
	Tasks        int    `json:"tasks"`
	LeadTasks    int    `json:"leadTasks"`
	Leaders      int    `json:"leaders"` // distinct supervising leaders
}

// ProjectInfo summarises a project.
type ProjectInfo struct {
	Name         string `json:"name"`
	Jurisdiction string `json:"jurisdiction"`
	Tasks        int    `json:"tasks"`
}

// UnitDetail is a unit with its tasks (UnitInfo.Tasks counts them).
type UnitDetail struct {
	UnitInfo
	TaskList []TaskRecord `json:"taskList"`
}

// ProjectDetail is a project with its tasks (ProjectInfo.Tasks counts them).
type ProjectDetail struct {
	ProjectInfo
	TaskList []TaskRecord `json:"taskList"`
}

// Portfolio is a leader's share of the work.
type Portfolio struct {
	Leader       Leader         `json:"leader"`
	Jurisdiction string         `json:"jurisdiction"`
	Tasks        []TaskRecord   `json:"tasks"`
	LeadUnits    []NameCount    `json:"leadUnits"`
	Units        []NameCount    `json:"units"` // responsible units
	Sections     []SectionCount `json:"sections"`
	CoLeaders    []NameCount    `json:"coLeaders"` // leaders sharing tasks
}

// NameCount is a name with how many tasks it appears in; sorted by count
// descending then name.
type NameCount struct {
	Name  string `json:"name"`
	Kind  string `json:"kind,omitempty"`
	Count int    `json:"count"`
}

// SectionCount counts tasks in one section of one document.
type SectionCount struct {
	Document string `json:"document"`
	Index    int    `json:"index"`
	Title    string `json:"title"`
	Count    int    `json:"count"`
}

// Roles of a unit in a task, for network filters.
const (
	RoleAny         = "any"
	RoleLead        = "lead"
	RoleResponsible = "responsible"
)

// NetworkFilter selects the tasks a network is built from.
type NetworkFilter struct {
	Documents    []string
	Jurisdiction string // documents of this jurisdiction only
	Year         int    // documents of this year only
	Section      *int
	Leader       string
	Role         string // RoleAny (default), RoleLead, RoleResponsible
	MinWeight    int    // links below it are dropped (default 1)
	Limit        int    // at most this many links, heaviest first (0: all)
}

// UnitNetwork links units that share tasks.
type UnitNetwork struct {
	Nodes []UnitNode `json:"nodes"`
	Links []UnitLink `json:"links"`
}

// UnitNode is a unit in a network; ID is its NodeID.
type UnitNode struct {
	ID           string             `json:"id"`
	Name         string             `json:"name"`
	Jurisdiction string             `json:"jurisdiction"`
	Kind         string             `json:"kind"`
	Collective   bool               `json:"collective"`
	Tasks        int                `json:"tasks"`     // matching tasks it is involved in
	LeadTasks    int                `json:"leadTasks"` // of which it leads
	Leaders      int                `json:"leaders"`   // distinct supervising leaders
	TaskIDs      []string           `json:"taskIds"`
	Metrics      map[string]float64 `json:"metrics,omitempty"`
}

// UnitLink is a pair of units (Source < Target) and the tasks they share.
type UnitLink struct {
	Source string   `json:"source"`
	Target string   `json:"target"`
	Weight int      `json:"weight"`
	Tasks  []string `json:"tasks"`
}

// Node kinds of the subgraph API, matching the Neo4j labels.
const (
	NodeDocument = "Document"
	NodeSection  = "Section"
	NodeTheme    = "Theme"
	NodeTask     = "Task"
	NodeLeader   = "Leader"
	NodeUnit     = "Unit"
	NodeProject  = "Project"
	NodeTarget   = "Target"
)

// Node is a vertex of a subgraph.
type Node struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Label string `json:"label"`
}

// Edge is a relationship of a subgraph, with the Neo4j relationship type.
type Edge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Type   string `json:"type"`
}

// Subgraph is a set of nodes and edges, e.g. a neighbourhood or a path.
type Subgraph struct {
	Nodes     []Node `json:"nodes"`
	Edges     []Edge `json:"edges"`
	Truncated bool   `json:"truncated"`
}

// SearchHit is one result of a search across kinds.
type SearchHit struct {
	ID      string `json:"id"`
	Kind    string `json:"kind"`
	Label   string `json:"label"`
	Snippet string `json:"snippet,omitempty"`
}

// Node ids are "<kind>:<key>" with keys:
//   Document: id; Section: docID/index; Theme: docID/index; Task: TaskID;
//   Leader, Unit, Project: jurisdiction/name; Target: TaskID/index.

// NodeID joins a kind and key into a node id.
func NodeID(kind, key string) string { return strings.ToLower(kind) + ":" + key }

// EntityKey is the key of a leader, unit or project: one per jurisdiction.
func EntityKey(jurisdiction, name string) string { return jurisdiction + "/" + name }

// ParseNodeID splits a node id into its kind (a Node* constant) and key.
func ParseNodeID(id string) (kind, key string, err error) {
	i := strings.IndexByte(id, ':')
	if i <= 0 {
		return "", "", Errorf(EINVALID, "node id %q is not of the form kind:key", id)
	}
	for _, k := range []string{NodeDocument, NodeSection, NodeTheme, NodeTask, NodeLeader, NodeUnit, NodeProject, NodeTarget} {
		if strings.ToLower(k) == id[:i] {
			return k, id[i+1:], nil
		}
	}
	return "", "", Errorf(EINVALID, "node id %q has unknown kind %q", id, id[:i])
}

// Selection is data read from one state of the store, with that state's
// Version: what a cache may keep under that version.
type Selection struct {
	Network *UnitNetwork // NetworkSelection only
	Tasks   []TaskRecord // ordered by document then index
	// Documents are the stored documents the filter selects, by id
	// (NetworkSelection only).
	Documents []DocumentMeta
	Version   string
}

// NetworkOf is the network of a NetworkSelection: UnitNetwork is
// NetworkOf(NetworkSelection(ctx, f, false)).
func NetworkOf(sel *Selection, err error) (*UnitNetwork, error) {
	if err != nil {
		return nil, err
	}
	return sel.Network, nil
}

// SelectedDocuments are the metadata of the documents among docs that the
// scope selects, ordered by id.
func SelectedDocuments(docs []DocumentInfo, scope DocumentScope) []DocumentMeta {
	out := []DocumentMeta{}
	for _, d := range docs {
		if scope.Selects(d.DocumentMeta) {
			out = append(out, d.DocumentMeta)
		}
	}
	slices.SortFunc(out, func(a, b DocumentMeta) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// TooManyTasks is the error of a task selection larger than most.
func TooManyTasks(total, most int) error {
	return Errorf(ETOOLARGE, "the selection has %d tasks; narrow it to at most %d (document, section, leader)", total, most)
}

// NetworkTaskIDs are the ids of the tasks behind a network's units, sorted.
func NetworkTaskIDs(net *UnitNetwork) []string {
	seen := map[string]bool{}
	var ids []string
	for _, n := range net.Nodes {
		for _, id := range n.TaskIDs {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	SortTaskIDs(ids)
	return ids
}
