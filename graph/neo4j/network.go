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

// qNetworkSelection reads, in one statement, the data version and whether
// the unit tables are current (unittable.go), the documents a network
// filter's scope selects (SCOPE is replaced by its conditions on d) with
// their network snapshots (snapshot.go: the head, and the lead tasks
// alone for a lead-role network), the unit tables of their jurisdictions,
// and the data version again, after the rest: all in its first row. For an
// analysis ($withTasks) one more row follows per document whose tasks it
// needs (not those without a task of $leader) with its JSON, streamed (one
// list of megabytes in one row is slow to build: BENCHMARKS.md §2f); each
// carries the document's fingerprint, also read with its snapshot, so that
// a document replaced between the two reads shows (checkJSONRows).
const qNetworkSelection = `OPTIONAL MATCH (m:Meta {id: 'data'})
WITH ` + versionExpr + ` AS versionBefore, m.unitTables = m.version AS tablesCurrent
CALL {
  MATCH (d:Document) SCOPE
  RETURN collect([d.jurisdiction, d.networkHead, CASE WHEN $leadOnly THEN d.networkLead ELSE d.networkTasks END,
    CASE WHEN $withTasks AND ($leader IS NULL OR $leader IN d.networkLeaders) THEN [d.id, d.fingerprint] END]) AS snapshots
}
CALL {
  WITH snapshots, tablesCurrent
  UNWIND CASE WHEN tablesCurrent THEN snapshots ELSE [] END AS s
  WITH DISTINCT s[0] AS j
  MATCH (t:UnitTable {jurisdiction: j})
  RETURN collect([t.jurisdiction, t.names, t.kinds, t.collective]) AS tables
}
OPTIONAL MATCH (m:Meta {id: 'data'})
WITH versionBefore, tablesCurrent, snapshots, tables, ` + versionExpr + ` AS versionAfter
UNWIND [null] + [s IN snapshots WHERE s[3] IS NOT NULL | s[3][0]] AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN CASE WHEN id IS NULL THEN [versionBefore, tablesCurrent, snapshots, tables, versionAfter] END AS head,
  id, d.jurisdiction AS jurisdiction, d.fingerprint AS fingerprint, d.json AS json`

// UnitNetwork implements graph.Store.
func (s *Store) UnitNetwork(ctx context.Context, f graph.NetworkFilter) (*graph.UnitNetwork, error) {
	return graph.NetworkOf(s.NetworkSelection(ctx, f, false))
}

// NetworkSelection implements graph.Store: the selected documents'
// snapshots, the units' properties and, with withTasks, the documents'
// JSON are read in one statement (qNetworkSelection) of one read
// transaction; the network is merged from the snapshots in Go and the tasks
// behind it are decoded after the transaction.
func (s *Store) NetworkSelection(ctx context.Context, f graph.NetworkFilter, withTasks bool) (*graph.Selection, error) {
	const op = "neo4j.NetworkSelection"
	f, err := graph.NormalizeNetworkFilter(f)
	if err != nil {
		return nil, err
	}
	var docs []storedJSON
	sel, err := s.readVersioned(ctx, func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, string, string, error) {
		docs = nil
		w := documentScopeWhere(f.Scope())
		params := map[string]any{"withTasks": withTasks, "leadOnly": f.Role == graph.RoleLead, "leader": nil}
		for k, v := range w.params {
			params[k] = v
		}
		if f.Leader != "" {
			params["leader"] = f.Leader
		}
		recs, err := run(ctx, tx, strings.Replace(qNetworkSelection, "SCOPE", w.String(), 1), params)
		if err != nil {
			return nil, "", "", err
		}
		if len(recs) == 0 || recs[0].Values[0] == nil {
			return nil, "", "", &graph.Error{Code: graph.EINTERNAL, Message: "the network read returned no first row"}
		}
		v := anyList(recs[0].Values[0])
		before, tablesCurrent, after := versionValue(v[0]), v[1] == true, versionValue(v[4])
		snapshots, err := readSnapshots(anyList(v[2]), f.Role == graph.RoleLead)
		if err != nil {
			return nil, "", "", err
		}
		if withTasks {
			if docs, err = checkJSONRows(anyList(v[2]), recs[1:]); err != nil {
				after = "" // a document was replaced or deleted since its snapshot was read
			}
		}
		nb := newNetworkBuilder(f)
		metas := make([]graph.DocumentMeta, 0, len(snapshots))
		for _, snap := range snapshots {
			if err := nb.add(&snap.snapshot); err != nil {
				return nil, "", "", err
			}
			metas = append(metas, snap.meta)
		}
		facts := map[string]unitFacts{}
		if tablesCurrent {
			if err := unitTableFacts(anyList(v[3]), facts); err != nil {
				return nil, "", "", err
			}
		} else {
			// A govgraph without unit tables wrote since they were made:
			// the units by key, and the version after them.
			recs, err := run(ctx, tx, qUnitsByKey, map[string]any{"keys": nb.shownKeys()})
			if err != nil {
				return nil, "", "", err
			}
			unitRowFacts(anyList(recs[0].Values[0]), facts)
			if recs, err = run(ctx, tx, qVersion, nil); err != nil {
				return nil, "", "", err
			}
			after = versionOf(recs)
		}
		net, err := nb.network(facts)
		if err != nil {
			return nil, "", "", err
		}
		return &graph.Selection{Network: net, Documents: selectedDocuments(metas, f.Scope())}, before, after, nil
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	if !withTasks {
		return sel, nil
	}
	tasks, err := tasksBehind(ctx, docs, sel.Network)
	if err != nil {
		return nil, withOp(op, err)
	}
	sel.Tasks = tasks
	return sel, nil
}

// readSnapshot is a snapshot as a network reads it, with its document's
// metadata.
type readSnapshot struct {
	snapshot
	meta graph.DocumentMeta
}

// readSnapshots decodes the snapshots of qNetworkSelection (a list of
// [jurisdiction, head, tasks, [id, fingerprint]]), in document order,
// where the tasks come in canonical order and need no sorting.
func readSnapshots(rows []any, leadOnly bool) ([]readSnapshot, error) {
	out := make([]readSnapshot, len(rows))
	for i, x := range rows {
		r := x.([]any)
		head, ok := r[1].(string)
		if !ok {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: "a document of " + str(r[0]) + " has no network snapshot"}
		}
		var h snapshotHead
		if err := json.Unmarshal([]byte(head), &h); err != nil {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: "the network snapshot of a document of " + str(r[0]) + " is unreadable", Err: err}
		}
		out[i].snapshot = snapshot{document: h.Meta.ID, jurisdiction: h.Meta.Jurisdiction, units: h.Units, leaders: h.Leaders, leadOnly: leadOnly}
		out[i].tasks, _ = r[2].([]byte) // absent: no tasks (of the role)
		out[i].meta = h.Meta
	}
	slices.SortFunc(out, func(a, b readSnapshot) int { return strings.Compare(a.document, b.document) })
	return out, nil
}

// selectedDocuments is the metadata of the documents scope selects, by id.
func selectedDocuments(metas []graph.DocumentMeta, scope graph.DocumentScope) []graph.DocumentMeta {
	docs := make([]graph.DocumentInfo, len(metas))
	for i, m := range metas {
		docs[i].DocumentMeta = m
	}
	return graph.SelectedDocuments(docs, scope)
}

// checkJSONRows takes the documents' JSON from the rows after the first of
// qNetworkSelection, and fails when one is not of the fingerprint read with
// its snapshot (a write came between the two reads).
func checkJSONRows(snapshots []any, rows []*neo4jdrv.Record) ([]storedJSON, error) {
	want := map[string]string{}
	for _, x := range snapshots {
		if idFP := anyList(x.([]any)[3]); len(idFP) == 2 {
			want[str(idFP[0])] = str(idFP[1])
		}
	}
	docs := make([]storedJSON, 0, len(rows))
	for _, r := range rows {
		id, fp, text := str(r.Values[1]), r.Values[3], r.Values[4]
		if fp != want[id] || text == nil {
			return nil, graph.Errorf(graph.ECONFLICT, "document %s changed during the read", id)
		}
		docs = append(docs, storedJSON{id: id, jurisdiction: str(r.Values[2]), json: str(text)})
	}
	if len(docs) != len(want) {
		return nil, graph.Errorf(graph.ECONFLICT, "%d of %d documents were read", len(docs), len(want))
	}
	return docs, nil
}

// storedJSON is a stored document's JSON, as a network read returns it.
type storedJSON struct{ id, jurisdiction, json string }

// tasksBehind decodes the tasks behind a network's units from the JSON of
// their documents, in canonical order, the documents spread over
// GOMAXPROCS goroutines.
func tasksBehind(ctx context.Context, docs []storedJSON, net *graph.UnitNetwork) ([]graph.TaskRecord, error) {
	behind := map[string]bool{}
	for _, n := range net.Nodes {
		for _, id := range n.TaskIDs {
			behind[id] = true
		}
	}
	perDoc := make([][]graph.TaskRecord, len(docs))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, d := range docs {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			var doc struct {
				Sections []graph.Section `json:"sections"`
				Tasks    []graph.Task    `json:"tasks"`
			}
			// goccy/go-json decodes these documents about 4.5 times as fast
			// as encoding/json (BENCHMARKS.md §2f).
			if err := json.Unmarshal([]byte(d.json), &doc); err != nil {
				return &graph.Error{Code: graph.EINTERNAL, Message: "stored document " + d.id + " is unreadable", Err: err}
			}
			titles := make(map[int]string, len(doc.Sections))
			for _, sec := range doc.Sections {
				titles[sec.Index] = sec.Title
			}
			for _, t := range doc.Tasks {
				if behind[t.ID] {
					perDoc[i] = append(perDoc[i], graph.TaskRecord{Task: t, Document: d.id, Jurisdiction: d.jurisdiction, SectionTitle: titles[t.Section]})
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
