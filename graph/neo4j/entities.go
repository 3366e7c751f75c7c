package neo4j

import (
	"context"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

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
	graph.SortLeaders(out)
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
	graph.SortUnits(out)
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
	graph.SortProjects(out)
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
	var recs []*neo4jdrv.Record
	if ref.Name != "" {
		var err error
		recs, err = run(ctx, tx, resolveQueries[kind], map[string]any{"name": ref.Name, "jurisdiction": ref.Jurisdiction})
		if err != nil {
			return "", err
		}
	}
	js := make([]string, len(recs))
	for i, r := range recs {
		js[i] = str(r.Values[1])
	}
	i, err := graph.ResolveEntity(kind, ref, js)
	if err != nil {
		return "", err
	}
	return str(recs[i].Values[0]), nil
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
		out = &graph.UnitDetail{UnitInfo: info, TaskList: tasks}
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
			TaskList:    tasks,
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
		graph.SortSectionCounts(p.Sections)
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
