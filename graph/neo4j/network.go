package neo4j

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"

	json "github.com/goccy/go-json"
	"golang.org/x/sync/errgroup"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// qNetworkSelection reads, in one statement, the data version, the
// documents a network filter's scope selects (SCOPE is replaced by its
// conditions on d) with their metadata and network snapshots
// (snapshot.go), the stored properties of every unit the snapshots name
// (by key, built as graph.EntityKey builds it), and the data version again,
// after the rest.
const qNetworkSelection = `OPTIONAL MATCH (m:Meta {id: 'data'})
WITH ` + versionExpr + ` AS versionBefore
CALL {
  MATCH (d:Document) SCOPE
  RETURN collect([` + documentProjection + `, d.networkUnits, d.networkLeaders, d.networkTasks]) AS snapshots
}
CALL {
  WITH snapshots
  UNWIND snapshots AS s
  UNWIND s[1] AS name
  WITH DISTINCT s[0].jurisdiction + '/' + name AS key
  MATCH (u:Unit {key: key})
  RETURN collect([u.key, u.name, u.jurisdiction, u.kind, u.collective]) AS units
}
OPTIONAL MATCH (m:Meta {id: 'data'})
RETURN versionBefore, snapshots, units, ` + versionExpr + ` AS versionAfter`

// qDocumentsJSON reads the JSON of documents by id: a network's tasks are
// decoded from their documents (one property each) rather than read task
// by task.
const qDocumentsJSON = `UNWIND $documents AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.jurisdiction AS jurisdiction, d.json AS json`

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
	var docRecs []*neo4jdrv.Record
	sel, err := s.readVersioned(ctx, func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, string, string, error) {
		docRecs = nil
		w := documentScopeWhere(f.Scope())
		recs, err := run(ctx, tx, strings.Replace(qNetworkSelection, "SCOPE", w.String(), 1), w.params)
		if err != nil {
			return nil, "", "", err
		}
		if len(recs) != 1 {
			return nil, "", "", &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("the network read returned %d rows", len(recs))}
		}
		v := recs[0].Values
		before, after := versionValue(v[0]), versionValue(v[3])
		snapshots, _ := v[1].([]any)
		// In document order, tasks come in canonical order and need no sorting.
		slices.SortFunc(snapshots, func(a, b any) int {
			return strings.Compare(str(dict(a.([]any)[0])["id"]), str(dict(b.([]any)[0])["id"]))
		})
		nb := newNetworkBuilder(f)
		metas := make([]map[string]any, 0, len(snapshots))
		for _, x := range snapshots {
			r := x.([]any)
			m := dict(r[0])
			snap := &snapshot{
				document: str(m["id"]), jurisdiction: str(m["jurisdiction"]),
				units: stringList(r[1]), leaders: stringList(r[2]),
			}
			snap.tasks, _ = r[3].([]byte)
			if r[3] == nil && integer(m["taskCount"]) > 0 {
				return nil, "", "", &graph.Error{Code: graph.EINTERNAL, Message: "document " + snap.document + " has no network snapshot"}
			}
			if err := nb.add(snap); err != nil {
				return nil, "", "", err
			}
			metas = append(metas, m)
		}
		units, _ := v[2].([]any)
		facts := make(map[string]unitFacts, len(units))
		for _, x := range units {
			u := x.([]any)
			facts[str(u[0])] = unitFacts{name: str(u[1]), jurisdiction: str(u[2]), kind: str(u[3]), collective: boolean(u[4])}
		}
		net, err := nb.network(facts)
		if err != nil {
			return nil, "", "", err
		}
		sel := &graph.Selection{Network: net, Documents: graph.SelectedDocuments(documentInfoList(metas), f.Scope())}
		if withTasks {
			// The tasks are decoded after the transaction, which stays short;
			// the version is read once more, after their documents.
			if docRecs, err = run(ctx, tx, qDocumentsJSON, map[string]any{"documents": documentsBehind(net)}); err != nil {
				return nil, "", "", err
			}
			recs, err := run(ctx, tx, qVersion, nil)
			if err != nil {
				return nil, "", "", err
			}
			after = versionOf(recs)
		}
		return sel, before, after, nil
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	if !withTasks {
		return sel, nil
	}
	tasks, err := tasksBehind(ctx, docRecs, sel.Network)
	if err != nil {
		return nil, withOp(op, err)
	}
	sel.Tasks = tasks
	return sel, nil
}

// tasksBehind decodes the tasks behind a network's units from the JSON of
// their documents (qDocumentsJSON records), in canonical order, the
// documents spread over GOMAXPROCS goroutines.
func tasksBehind(ctx context.Context, docRecs []*neo4jdrv.Record, net *graph.UnitNetwork) ([]graph.TaskRecord, error) {
	behind := map[string]bool{}
	for _, n := range net.Nodes {
		for _, id := range n.TaskIDs {
			behind[id] = true
		}
	}
	perDoc := make([][]graph.TaskRecord, len(docRecs))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, r := range docRecs {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			id, jurisdiction := str(r.Values[0]), str(r.Values[1])
			var doc struct {
				Sections []graph.Section `json:"sections"`
				Tasks    []graph.Task    `json:"tasks"`
			}
			// goccy/go-json decodes these documents about 4.5 times as fast
			// as encoding/json (BENCHMARKS.md §2f).
			if err := json.Unmarshal([]byte(str(r.Values[2])), &doc); err != nil {
				return &graph.Error{Code: graph.EINTERNAL, Message: "stored document " + id + " is unreadable", Err: err}
			}
			titles := make(map[int]string, len(doc.Sections))
			for _, sec := range doc.Sections {
				titles[sec.Index] = sec.Title
			}
			for _, t := range doc.Tasks {
				if behind[t.ID] {
					perDoc[i] = append(perDoc[i], graph.TaskRecord{Task: t, Document: id, Jurisdiction: jurisdiction, SectionTitle: titles[t.Section]})
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	tasks := make([]graph.TaskRecord, 0, len(behind))
	for _, list := range perDoc {
		tasks = append(tasks, list...)
	}
	graph.SortTaskRecords(tasks)
	if len(tasks) != len(behind) {
		return nil, &graph.Error{Code: graph.EINTERNAL, Message: fmt.Sprintf("%d of the network's %d tasks were found", len(tasks), len(behind))}
	}
	return tasks, nil
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
