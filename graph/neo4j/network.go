package neo4j

import (
	"context"
	"fmt"
	"slices"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// qNetworkSnapshots reads the documents a network filter's scope selects
// (SCOPE is replaced by its conditions on d) with their metadata and
// network snapshots (snapshot.go).
const qNetworkSnapshots = `MATCH (d:Document) SCOPE
RETURN ` + documentProjection + ` AS d, d.networkUnits AS units, d.networkLeaders AS leaders, d.networkTasks AS tasks`

// qUnitFacts reads the stored properties of units by key.
const qUnitFacts = `UNWIND $keys AS key MATCH (u:Unit {key: key})
RETURN u.key AS key, u.name AS name, u.jurisdiction AS jurisdiction, u.kind AS kind, u.collective AS collective`

// qDocumentTasks reads the tasks of documents by document id.
const qDocumentTasks = `UNWIND $documents AS document MATCH (t:Task {document: document}) RETURN ` + taskProjection + ` AS task`

// UnitNetwork implements graph.Store.
func (s *Store) UnitNetwork(ctx context.Context, f graph.NetworkFilter) (*graph.UnitNetwork, error) {
	return graph.NetworkOf(s.NetworkSelection(ctx, f, false))
}

// NetworkSelection implements graph.Store: the selected documents'
// snapshots, the units' properties and, with withTasks, the documents'
// tasks are read in one read transaction (see readSelection); the network
// is merged from the snapshots in Go.
func (s *Store) NetworkSelection(ctx context.Context, f graph.NetworkFilter, withTasks bool) (*graph.Selection, error) {
	const op = "neo4j.NetworkSelection"
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	var taskRecs []*neo4jdrv.Record
	sel, err := s.readSelection(ctx, func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, error) {
		taskRecs = nil
		w := documentScopeWhere(f.Scope())
		recs, err := run(ctx, tx, strings.Replace(qNetworkSnapshots, "SCOPE", w.String(), 1), w.params)
		if err != nil {
			return nil, err
		}
		nb := newNetworkBuilder(f)
		metas := make([]*neo4jdrv.Record, 0, len(recs))
		for _, r := range recs {
			m := dict(r.Values[0])
			snap := &snapshot{
				document: str(m["id"]), jurisdiction: str(m["jurisdiction"]),
				units: stringList(r.Values[1]), leaders: stringList(r.Values[2]),
			}
			snap.tasks, _ = r.Values[3].([]byte)
			if r.Values[3] == nil && integer(m["taskCount"]) > 0 {
				return nil, &graph.Error{Code: graph.EINTERNAL, Message: "document " + snap.document + " has no network snapshot"}
			}
			if err := nb.add(snap); err != nil {
				return nil, err
			}
			metas = append(metas, r)
		}
		facts := map[string]unitFacts{}
		if keys := nb.touched(); len(keys) > 0 {
			urecs, err := run(ctx, tx, qUnitFacts, map[string]any{"keys": keys})
			if err != nil {
				return nil, err
			}
			for _, r := range urecs {
				v := r.Values
				facts[str(v[0])] = unitFacts{name: str(v[1]), jurisdiction: str(v[2]), kind: str(v[3]), collective: boolean(v[4])}
			}
		}
		net, err := nb.network(facts)
		if err != nil {
			return nil, err
		}
		sel := &graph.Selection{Network: net, Documents: graph.SelectedDocuments(documentInfos(metas), f.Scope())}
		if withTasks {
			// The tasks are decoded after the transaction, which stays short.
			taskRecs, err = run(ctx, tx, qDocumentTasks, map[string]any{"documents": documentsBehind(net)})
		}
		return sel, err
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	if !withTasks {
		return sel, nil
	}
	// The tasks of the selected documents, less those that are not behind
	// a unit of the network (other sections or leaders, no unit in the
	// role, or dropped with their units by MinWeight or Limit).
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
	graph.SortTaskRecords(sel.Tasks)
	if len(sel.Tasks) != len(behind) {
		return nil, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: fmt.Sprintf("%d of the network's %d tasks were found", len(sel.Tasks), len(behind))}
	}
	return sel, nil
}

// documentsBehind lists the documents of the tasks behind a network's units.
func documentsBehind(net *graph.UnitNetwork) []string {
	seen := map[string]bool{}
	docs := []string{}
	for _, n := range net.Nodes {
		for _, id := range n.TaskIDs {
			if doc, _, _ := graph.SplitTaskID(id); !seen[doc] {
				seen[doc] = true
				docs = append(docs, doc)
			}
		}
	}
	return docs
}

// Conditions of a document scope on d.
const (
	condDocDocuments    = "d.id IN $documents"
	condDocJurisdiction = "d.jurisdiction = $jurisdiction"
	condDocYear         = "d.year = $year"
)

// documentScopeWhere is the condition of a document scope on d.
func documentScopeWhere(scope graph.DocumentScope) *where {
	w := newWhere()
	if len(scope.Documents) > 0 {
		w.add(condDocDocuments, "documents", scope.Documents)
	}
	if scope.Jurisdiction != "" {
		w.add(condDocJurisdiction, "jurisdiction", scope.Jurisdiction)
	}
	if scope.Year != 0 {
		w.add(condDocYear, "year", scope.Year)
	}
	return w
}
