package neo4j

import (
	"context"
	"encoding/json"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// where collects conditions on the task variable t. The conditions are
// constants of this file; values go into params.
type where struct {
	conds  []string
	params map[string]any
}

func newWhere() *where { return &where{params: map[string]any{}} }

func (w *where) add(cond, param string, value any) {
	w.conds = append(w.conds, cond)
	w.params[param] = value
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(w.conds, " AND ")
}

// Conditions on t.
const (
	condDocuments    = "t.document IN $documents"
	condJurisdiction = "t.jurisdiction = $jurisdiction"
	condYear         = "EXISTS { MATCH (d:Document) WHERE d.id = t.document AND d.year = $year }"
	condSection      = "t.section = $section"
	condLeader       = "EXISTS { MATCH (:Leader {name: $leader})-[:LEADS]->(t) }"
	condUnit         = "EXISTS { MATCH (:Unit {name: $unit})-[:LEADS|SUPPORTS]->(t) }"
	condProject      = "EXISTS { MATCH (t)-[:MENTIONS]->(:Project {name: $project}) }"
	condQuery        = "t.lower CONTAINS $query"
)

func (w *where) documents(ids []string) {
	if len(ids) > 0 {
		w.add(condDocuments, "documents", ids)
	}
}

// selectionWhere is the condition that task and network filters share:
// document scope, section, leader.
func selectionWhere(scope graph.DocumentScope, section *int, leader string) *where {
	w := newWhere()
	w.documents(scope.Documents)
	if scope.Jurisdiction != "" {
		w.add(condJurisdiction, "jurisdiction", scope.Jurisdiction)
	}
	if scope.Year != 0 {
		w.add(condYear, "year", scope.Year)
	}
	if section != nil {
		w.add(condSection, "section", *section)
	}
	if leader != "" {
		w.add(condLeader, "leader", leader)
	}
	return w
}

func entityWhere(f graph.EntityFilter) *where {
	w := newWhere()
	w.documents(f.Documents)
	if f.Jurisdiction != "" {
		w.add(condJurisdiction, "jurisdiction", f.Jurisdiction)
	}
	return w
}

// documentProjection is the Cypher map of a document's metadata and counts.
const documentProjection = `d {.id, .title, .issuer, .date, .year, .jurisdiction, .number, .format, .fileName, .hash,
  .sectionCount, .taskCount, .leaderCount, .unitCount, .projectCount, .targetCount, .diagnosticCount,
  .coverageItems, .coverageAnnotated, .coverageUnannotated, .coverageTasks, .coverageNarrative}`

// qDocuments lists the documents' metadata with their counts (not their
// source, JSON, original or network snapshot).
const qDocuments = `MATCH (d:Document) RETURN ` + documentProjection + ` AS d ORDER BY d.date DESC, d.id`

// Documents implements graph.Store.
func (s *Store) Documents(ctx context.Context) ([]graph.DocumentInfo, error) {
	res, err := s.read(ctx, qDocuments, nil)
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.Documents", "", err)
	}
	return documentInfos(res.Records), nil
}

func documentInfos(recs []*neo4jdrv.Record) []graph.DocumentInfo {
	metas := make([]map[string]any, len(recs))
	for i, r := range recs {
		metas[i] = dict(r.Values[0])
	}
	return documentInfoList(metas)
}

// documentInfoList is documentInfos of the projections themselves.
func documentInfoList(metas []map[string]any) []graph.DocumentInfo {
	out := make([]graph.DocumentInfo, 0, len(metas))
	for _, m := range metas {
		out = append(out, graph.DocumentInfo{
			DocumentMeta: graph.DocumentMeta{
				ID: str(m["id"]), Title: str(m["title"]), Issuer: str(m["issuer"]), Date: str(m["date"]),
				Year: integer(m["year"]), Jurisdiction: str(m["jurisdiction"]), Number: str(m["number"]),
				Format: str(m["format"]), FileName: str(m["fileName"]), Hash: str(m["hash"]),
			},
			Stats: graph.DocumentStats{
				Sections: integer(m["sectionCount"]), Tasks: integer(m["taskCount"]),
				Leaders: integer(m["leaderCount"]), Units: integer(m["unitCount"]),
				Projects: integer(m["projectCount"]), Targets: integer(m["targetCount"]),
				Diagnostics: integer(m["diagnosticCount"]),
				Coverage: graph.Coverage{
					Items: integer(m["coverageItems"]), Annotated: integer(m["coverageAnnotated"]),
					Unannotated: integer(m["coverageUnannotated"]), Tasks: integer(m["coverageTasks"]),
					Narrative: integer(m["coverageNarrative"]),
				},
			},
		})
	}
	graph.SortDocuments(out)
	return out
}

// Document implements graph.Store.
func (s *Store) Document(ctx context.Context, id string) (*graph.Document, error) {
	const op = "neo4j.Document"
	res, err := s.read(ctx, `MATCH (d:Document {id: $id}) RETURN d.json AS json, d.source AS source`, map[string]any{"id": id})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	if len(res.Records) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "no document %q", id)
	}
	var doc graph.Document
	if err := json.Unmarshal([]byte(str(res.Records[0].Values[0])), &doc); err != nil {
		return nil, &graph.Error{Code: graph.EINTERNAL, Op: op, Message: "stored document " + id + " is unreadable", Err: err}
	}
	doc.Source = str(res.Records[0].Values[1])
	return &doc, nil
}

// Counts implements graph.Store.
func (s *Store) Counts(ctx context.Context) (graph.Counts, error) {
	res, err := s.read(ctx, `RETURN COUNT { MATCH (:Document) } AS documents, COUNT { MATCH (:Task) } AS tasks,
COUNT { MATCH (:Leader) } AS leaders, COUNT { MATCH (:Unit) } AS units, COUNT { MATCH (:Project) } AS projects`, nil)
	if err != nil {
		return graph.Counts{}, s.wrap(ctx, "neo4j.Counts", "", err)
	}
	v := res.Records[0].Values
	return graph.Counts{Documents: integer(v[0]), Tasks: integer(v[1]), Leaders: integer(v[2]), Units: integer(v[3]), Projects: integer(v[4])}, nil
}

// Tasks implements graph.Store.
func (s *Store) Tasks(ctx context.Context, f graph.TaskFilter) (graph.TaskPage, error) {
	const op = "neo4j.Tasks"
	f, err := graph.NormalizeTaskFilter(f)
	if err != nil {
		return graph.TaskPage{}, err
	}
	limit := f.Limit
	w := taskWhere(f)
	w.params["offset"] = f.Offset
	w.params["limit"] = limit
	res, err := s.read(ctx, `CALL { MATCH (t:Task) `+w.String()+` RETURN count(t) AS total }
CALL { MATCH (t:Task) `+w.String()+`
  WITH t ORDER BY t.document, t.index SKIP $offset LIMIT $limit
  RETURN collect(`+taskProjection+`) AS page }
RETURN total, page`, w.params)
	if err != nil {
		return graph.TaskPage{}, s.wrap(ctx, op, "", err)
	}
	tasks, err := taskRecords(res.Records[0].Values[1])
	if err != nil {
		return graph.TaskPage{}, s.wrap(ctx, op, "a stored task is unreadable", err)
	}
	return graph.TaskPage{Total: integer(res.Records[0].Values[0]), Tasks: tasks}, nil
}

// TaskSelection implements graph.Store: the tasks are counted, then read in
// one statement, in one read transaction (see readSelection).
func (s *Store) TaskSelection(ctx context.Context, f graph.TaskFilter, most int) (*graph.Selection, error) {
	var err error
	if f.Jurisdiction, f.Year, err = graph.NormalizeScope(f.Jurisdiction, f.Year); err != nil {
		return nil, err
	}
	w := taskWhere(f)
	var recs []*neo4jdrv.Record
	sel, err := s.readSelection(ctx, func(tx neo4jdrv.ManagedTransaction) (*graph.Selection, error) {
		if most > 0 {
			recs, err := run(ctx, tx, `MATCH (t:Task) `+w.String()+` RETURN count(t)`, w.params)
			if err != nil {
				return nil, err
			}
			if total := integer(recs[0].Values[0]); total > most {
				return nil, graph.TooManyTasks(total, most)
			}
		}
		var err error
		recs, err = run(ctx, tx, `MATCH (t:Task) `+w.String()+` RETURN `+taskProjection+` AS task`, w.params)
		return &graph.Selection{}, err
	})
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.TaskSelection", "", err)
	}
	// Decoded after the transaction, which stays short.
	if sel.Tasks, err = taskList(recs); err != nil {
		return nil, withOp("neo4j.TaskSelection", err)
	}
	return sel, nil
}

// taskWhere is the condition of the task ledger's filters on t.
func taskWhere(f graph.TaskFilter) *where {
	w := selectionWhere(f.Scope(), f.Section, f.Leader)
	if f.Unit != "" {
		w.add(condUnit, "unit", f.Unit)
	}
	if f.Project != "" {
		w.add(condProject, "project", f.Project)
	}
	if q := graph.Lower(f.Query); q != "" {
		w.add(condQuery, "query", q)
	}
	return w
}
