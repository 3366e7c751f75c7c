package neo4j

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
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

func entityWhere(f graph.EntityFilter) *where {
	w := newWhere()
	w.documents(f.Documents)
	if f.Jurisdiction != "" {
		w.add(condJurisdiction, "jurisdiction", f.Jurisdiction)
	}
	return w
}

// qDocuments lists the documents' metadata with their counts.
const qDocuments = `MATCH (d:Document) RETURN d {.*, source: null, json: null} AS d ORDER BY d.date DESC, d.id`

// Documents implements graph.Store.
func (s *Store) Documents(ctx context.Context) ([]graph.DocumentInfo, error) {
	res, err := s.read(ctx, qDocuments, nil)
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.Documents", "", err)
	}
	return documentInfos(res.Records), nil
}

func documentInfos(recs []*neo4jdrv.Record) []graph.DocumentInfo {
	out := make([]graph.DocumentInfo, 0, len(recs))
	for _, r := range recs {
		m := dict(r.Values[0])
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
			},
		})
	}
	// Neo4j orders strings by code point, as Go does; sort again anyway so
	// that the order never depends on the server.
	slices.SortStableFunc(out, func(a, b graph.DocumentInfo) int {
		return cmp.Or(strings.Compare(b.Date, a.Date), strings.Compare(a.ID, b.ID))
	})
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
	limit := f.Limit
	switch {
	case limit < 0 || limit > graph.MaxPageSize:
		return graph.TaskPage{}, graph.Errorf(graph.EINVALID, "limit must be between 0 and %d; got %d", graph.MaxPageSize, f.Limit)
	case f.Offset < 0:
		return graph.TaskPage{}, graph.Errorf(graph.EINVALID, "offset must not be negative; got %d", f.Offset)
	case limit == 0:
		limit = graph.MaxPageSize
	}
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
	w := taskWhere(f)
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
		recs, err := run(ctx, tx, `MATCH (t:Task) `+w.String()+` RETURN `+taskProjection+` AS task ORDER BY t.document, t.index`, w.params)
		if err != nil {
			return nil, err
		}
		tasks, err := taskList(recs)
		return &graph.Selection{Tasks: tasks}, err
	})
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.TaskSelection", "", err)
	}
	return sel, nil
}

// taskWhere is the condition of the task ledger's filters on t.
func taskWhere(f graph.TaskFilter) *where {
	w := newWhere()
	w.documents(f.Documents)
	if f.Section != nil {
		w.add(condSection, "section", *f.Section)
	}
	if f.Leader != "" {
		w.add(condLeader, "leader", f.Leader)
	}
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

// Leaders implements graph.Store.
func (s *Store) Leaders(ctx context.Context, f graph.EntityFilter) ([]graph.LeaderInfo, error) {
	w := entityWhere(f)
	res, err := s.read(ctx, `MATCH (l:Leader)-[:LEADS]->(t:Task) `+w.String()+`
OPTIONAL MATCH (u:Unit)-[:LEADS|SUPPORTS]->(t)
WITH l, count(DISTINCT t) AS tasks, count(DISTINCT u) AS units
RETURN l.name, l.title, l.placeholder, l.jurisdiction, tasks, units`, w.params)
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.Leaders", "", err)
	}
	out := make([]graph.LeaderInfo, 0, len(res.Records))
	for _, r := range res.Records {
		v := r.Values
		out = append(out, graph.LeaderInfo{
			Leader:       graph.Leader{Name: str(v[0]), Title: str(v[1]), Placeholder: boolean(v[2])},
			Jurisdiction: str(v[3]), Tasks: integer(v[4]), Units: integer(v[5]),
		})
	}
	slices.SortFunc(out, func(a, b graph.LeaderInfo) int {
		return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.Jurisdiction, b.Jurisdiction))
	})
	return out, nil
}

// unitFigures computes a unit's figures over the tasks t it is involved in.
const unitFigures = `WITH DISTINCT u, t
OPTIONAL MATCH (l:Leader)-[:LEADS]->(t)
WITH u, count(DISTINCT t) AS tasks,
     count(DISTINCT CASE WHEN EXISTS { (u)-[:LEADS]->(t) } THEN t END) AS leadTasks,
     count(DISTINCT l) AS leaders, collect(DISTINCT t) AS ts`

func unitInfo(v []any) (graph.UnitInfo, error) {
	u, err := unitProps(v[0])
	return graph.UnitInfo{Unit: u, Jurisdiction: str(v[1]), Tasks: integer(v[2]), LeadTasks: integer(v[3]), Leaders: integer(v[4])}, err
}

// Units implements graph.Store.
func (s *Store) Units(ctx context.Context, f graph.EntityFilter) ([]graph.UnitInfo, error) {
	const op = "neo4j.Units"
	w := entityWhere(f)
	res, err := s.read(ctx, `MATCH (u:Unit)-[:LEADS|SUPPORTS]->(t:Task) `+w.String()+`
`+unitFigures+`
RETURN u.json, u.jurisdiction, tasks, leadTasks, leaders`, w.params)
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	out := make([]graph.UnitInfo, 0, len(res.Records))
	for _, r := range res.Records {
		info, err := unitInfo(r.Values)
		if err != nil {
			return nil, s.wrap(ctx, op, "a stored unit is unreadable", err)
		}
		out = append(out, info)
	}
	slices.SortFunc(out, func(a, b graph.UnitInfo) int {
		return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.Jurisdiction, b.Jurisdiction))
	})
	return out, nil
}

// Projects implements graph.Store.
func (s *Store) Projects(ctx context.Context, f graph.EntityFilter) ([]graph.ProjectInfo, error) {
	w := entityWhere(f)
	res, err := s.read(ctx, `MATCH (t:Task)-[:MENTIONS]->(p:Project) `+w.String()+`
RETURN p.name, p.jurisdiction, count(DISTINCT t) AS tasks`, w.params)
	if err != nil {
		return nil, s.wrap(ctx, "neo4j.Projects", "", err)
	}
	out := make([]graph.ProjectInfo, 0, len(res.Records))
	for _, r := range res.Records {
		out = append(out, graph.ProjectInfo{Name: str(r.Values[0]), Jurisdiction: str(r.Values[1]), Tasks: integer(r.Values[2])})
	}
	slices.SortFunc(out, func(a, b graph.ProjectInfo) int {
		return cmp.Or(b.Tasks-a.Tasks, strings.Compare(a.Name, b.Name), strings.Compare(a.Jurisdiction, b.Jurisdiction))
	})
	return out, nil
}

// Entity look-ups by name, one per label.
var resolveQueries = map[string]string{
	graph.NodeLeader:  `MATCH (e:Leader {name: $name}) WHERE $jurisdiction = '' OR e.jurisdiction = $jurisdiction RETURN e.key, e.jurisdiction`,
	graph.NodeUnit:    `MATCH (e:Unit {name: $name}) WHERE $jurisdiction = '' OR e.jurisdiction = $jurisdiction RETURN e.key, e.jurisdiction`,
	graph.NodeProject: `MATCH (e:Project {name: $name}) WHERE $jurisdiction = '' OR e.jurisdiction = $jurisdiction RETURN e.key, e.jurisdiction`,
}

// resolve finds the key of the leader, unit or project that ref names:
// ENOTFOUND when none, EINVALID when the name is in several jurisdictions.
func resolve(ctx context.Context, tx neo4jdrv.ManagedTransaction, kind string, ref graph.EntityRef) (string, error) {
	what := strings.ToLower(kind)
	if ref.Name == "" {
		return "", graph.Errorf(graph.EINVALID, "%s name is empty", what)
	}
	recs, err := run(ctx, tx, resolveQueries[kind], map[string]any{"name": ref.Name, "jurisdiction": ref.Jurisdiction})
	if err != nil {
		return "", err
	}
	switch {
	case len(recs) == 1:
		return str(recs[0].Values[0]), nil
	case len(recs) == 0 && ref.Jurisdiction != "":
		return "", graph.Errorf(graph.ENOTFOUND, "no %s %q in %s", what, ref.Name, ref.Jurisdiction)
	case len(recs) == 0:
		return "", graph.Errorf(graph.ENOTFOUND, "no %s %q", what, ref.Name)
	}
	js := make([]string, len(recs))
	for i, r := range recs {
		js[i] = str(r.Values[1])
	}
	slices.Sort(js)
	return "", graph.Errorf(graph.EINVALID, "%s name %q is ambiguous: it is found in %s; give a jurisdiction", what, ref.Name, strings.Join(js, ", "))
}

// Unit implements graph.Store.
func (s *Store) Unit(ctx context.Context, ref graph.EntityRef) (*graph.UnitDetail, error) {
	const op = "neo4j.Unit"
	var out *graph.UnitDetail
	err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
		key, err := resolve(ctx, tx, graph.NodeUnit, ref)
		if err != nil {
			return err
		}
		recs, err := run(ctx, tx, `MATCH (u:Unit {key: $key})-[:LEADS|SUPPORTS]->(t:Task)
`+unitFigures+`
RETURN u.json, u.jurisdiction, tasks, leadTasks, leaders, [t IN ts | `+taskProjection+`]`, map[string]any{"key": key})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.Errorf(graph.ENOTFOUND, "no unit %q", ref.Name)
		}
		info, err := unitInfo(recs[0].Values)
		if err != nil {
			return err
		}
		tasks, err := taskRecords(recs[0].Values[5])
		if err != nil {
			return err
		}
		out = &graph.UnitDetail{UnitInfo: info, Tasks: tasks}
		return nil
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	return out, nil
}

// Project implements graph.Store.
func (s *Store) Project(ctx context.Context, ref graph.EntityRef) (*graph.ProjectDetail, error) {
	const op = "neo4j.Project"
	var out *graph.ProjectDetail
	err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
		key, err := resolve(ctx, tx, graph.NodeProject, ref)
		if err != nil {
			return err
		}
		recs, err := run(ctx, tx, `MATCH (t:Task)-[:MENTIONS]->(p:Project {key: $key})
WITH p, collect(DISTINCT t) AS ts
RETURN p.name, p.jurisdiction, [t IN ts | `+taskProjection+`]`, map[string]any{"key": key})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.Errorf(graph.ENOTFOUND, "no project %q", ref.Name)
		}
		v := recs[0].Values
		tasks, err := taskRecords(v[2])
		if err != nil {
			return err
		}
		out = &graph.ProjectDetail{
			ProjectInfo: graph.ProjectInfo{Name: str(v[0]), Jurisdiction: str(v[1]), Tasks: len(tasks)},
			Tasks:       tasks,
		}
		return nil
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	return out, nil
}

// qPortfolio aggregates a leader's tasks in the database: units by role,
// co-leaders and sections, each with task counts.
const qPortfolio = `MATCH (l:Leader {key: $key})
OPTIONAL MATCH (l)-[:LEADS]->(t:Task) WHERE $documents IS NULL OR t.document IN $documents
WITH l, collect(t) AS ts
RETURN l.name, l.title, l.placeholder, l.jurisdiction,
  [t IN ts | ` + taskProjection + `] AS tasks,
  COLLECT { UNWIND ts AS t MATCH (u:Unit)-[:LEADS]->(t)
            WITH u, count(DISTINCT t) AS n RETURN {name: u.name, kind: u.kind, count: n} } AS leadUnits,
  COLLECT { UNWIND ts AS t MATCH (u:Unit)-[:SUPPORTS]->(t)
            WITH u, count(DISTINCT t) AS n RETURN {name: u.name, kind: u.kind, count: n} } AS units,
  COLLECT { UNWIND ts AS t MATCH (o:Leader)-[:LEADS]->(t) WHERE o <> l
            WITH o, count(DISTINCT t) AS n RETURN {name: o.name, count: n} } AS coLeaders,
  COLLECT { UNWIND ts AS t
            WITH t.document AS document, t.section AS index, t.sectionTitle AS title, count(*) AS n
            RETURN {document: document, index: index, title: title, count: n} } AS sections`

// Portfolio implements graph.Store.
func (s *Store) Portfolio(ctx context.Context, ref graph.EntityRef, documents []string) (*graph.Portfolio, error) {
	const op = "neo4j.Portfolio"
	var out *graph.Portfolio
	err := s.readTx(ctx, func(tx neo4jdrv.ManagedTransaction) error {
		key, err := resolve(ctx, tx, graph.NodeLeader, ref)
		if err != nil {
			return err
		}
		var docs any
		if len(documents) > 0 {
			docs = documents
		}
		recs, err := run(ctx, tx, qPortfolio, map[string]any{"key": key, "documents": docs})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.Errorf(graph.ENOTFOUND, "no leader %q", ref.Name)
		}
		v := recs[0].Values
		tasks, err := taskRecords(v[4])
		if err != nil {
			return err
		}
		p := &graph.Portfolio{
			Leader:       graph.Leader{Name: str(v[0]), Title: str(v[1]), Placeholder: boolean(v[2])},
			Jurisdiction: str(v[3]),
			Tasks:        tasks,
			LeadUnits:    nameCounts(v[5]),
			Units:        nameCounts(v[6]),
			CoLeaders:    nameCounts(v[7]),
			Sections:     []graph.SectionCount{},
		}
		for _, x := range list(v[8]) {
			m := dict(x)
			p.Sections = append(p.Sections, graph.SectionCount{
				Document: str(m["document"]), Index: integer(m["index"]), Title: str(m["title"]), Count: integer(m["count"]),
			})
		}
		slices.SortFunc(p.Sections, func(a, b graph.SectionCount) int {
			return cmp.Or(strings.Compare(a.Document, b.Document), a.Index-b.Index)
		})
		out = p
		return nil
	})
	if err != nil {
		return nil, s.wrap(ctx, op, "", err)
	}
	return out, nil
}

func nameCounts(v any) []graph.NameCount {
	l := list(v)
	out := make([]graph.NameCount, 0, len(l))
	for _, x := range l {
		m := dict(x)
		out = append(out, graph.NameCount{Name: str(m["name"]), Kind: str(m["kind"]), Count: integer(m["count"])})
	}
	graph.SortNameCounts(out)
	return out
}
