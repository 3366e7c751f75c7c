package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"govgraph/graph"
)

// batchSize bounds the rows of one step in one statement.
const batchSize = 5000

// maxIndexedBytes bounds ids and names, which Neo4j keeps in range indexes
// (whose entries hold at most about 8 kB).
const maxIndexedBytes = 4096

// Statements of an import. Each writes one kind of node or relationship for
// a batch of rows ($rows); $doc is the document id.
//
// A document's own nodes (sections, themes, tasks, targets) are created:
// their keys start with the document id, and an older version's are
// deleted first, so none can exist already. Leaders, units and projects,
// shared with other documents, are merged on their unique keys.
// Relationships are created: each has an end that this transaction has
// just created, and the rows hold no duplicates. A retried transaction starts
// again from a rolled-back state, and a rerun after a commit finds the
// fingerprint stored and changes nothing, so the import stays idempotent.
const (
	qSections = `UNWIND $rows AS row CREATE (n:Section) SET n = row.props`
	qThemes   = `UNWIND $rows AS row CREATE (n:Theme) SET n = row.props`
	qTasks    = `UNWIND $rows AS row CREATE (n:Task) SET n = row.props`
	qTargets  = `UNWIND $rows AS row CREATE (n:Target) SET n = row.props`
	qLeaders  = `UNWIND $rows AS row MERGE (n:Leader {key: row.key}) SET n += row.props`
	qProjects = `UNWIND $rows AS row MERGE (n:Project {key: row.key}) SET n += row.props`
	qUnits    = `UNWIND $rows AS row MERGE (n:Unit {key: row.key}) SET n += row.props
FOREACH (_ IN CASE WHEN row.street THEN [1] ELSE [] END | SET n:Street)
FOREACH (_ IN CASE WHEN row.street THEN [] ELSE [1] END | REMOVE n:Street)`

	qSectionIn     = `UNWIND $rows AS row MATCH (a:Section {key: row.from}) MATCH (b:Document {id: row.to}) CREATE (a)-[:IN]->(b)`
	qThemeIn       = `UNWIND $rows AS row MATCH (a:Theme {key: row.from}) MATCH (b:Section {key: row.to}) CREATE (a)-[:IN]->(b)`
	qTaskInTheme   = `UNWIND $rows AS row MATCH (a:Task {id: row.from}) MATCH (b:Theme {key: row.to}) CREATE (a)-[:IN]->(b)`
	qTaskInSection = `UNWIND $rows AS row MATCH (a:Task {id: row.from}) MATCH (b:Section {key: row.to}) CREATE (a)-[:IN]->(b)`
	qLeaderLeads   = `UNWIND $rows AS row MATCH (a:Leader {key: row.from}) MATCH (b:Task {id: row.to}) CREATE (a)-[:LEADS]->(b)`
	qUnitLeads     = `UNWIND $rows AS row MATCH (a:Unit {key: row.from}) MATCH (b:Task {id: row.to}) CREATE (a)-[:LEADS]->(b)`
	qUnitSupports  = `UNWIND $rows AS row MATCH (a:Unit {key: row.from}) MATCH (b:Task {id: row.to}) CREATE (a)-[:SUPPORTS]->(b)`
	qMentions      = `UNWIND $rows AS row MATCH (a:Task {id: row.from}) MATCH (b:Project {key: row.to}) CREATE (a)-[:MENTIONS]->(b)`
	qSets          = `UNWIND $rows AS row MATCH (a:Task {id: row.from}) MATCH (b:Target {key: row.to}) CREATE (a)-[:SETS]->(b)`
)

// step is one statement of an import with its rows.
type step struct {
	query string
	rows  []any
}

// plan is a validated document turned into import statements.
type plan struct {
	id          string
	fingerprint string
	docProps    map[string]any
	steps       []step
	nodes, rels int
	tasks       int
	// textBytes is what the transaction holds of the document's text: its
	// JSON and source on the document node, each task's JSON and text.
	textBytes int
}

// newPlan validates doc and prepares its rows.
func newPlan(doc *graph.Document) (*plan, error) {
	prepared, err := graph.Prepare(doc)
	if err != nil {
		return nil, err
	}
	if err := checkIndexable(doc); err != nil {
		return nil, err
	}
	id := doc.Meta.ID
	m := doc.Meta
	st := prepared.Stats
	p := &plan{id: id, fingerprint: prepared.Fingerprint, tasks: len(doc.Tasks), nodes: prepared.Nodes, rels: prepared.Rels}
	p.docProps = map[string]any{
		"id": id, "title": m.Title, "issuer": m.Issuer, "date": m.Date, "year": m.Year,
		"jurisdiction": m.Jurisdiction, "number": m.Number, "format": m.Format, "fileName": m.FileName,
		"hash": m.Hash, "source": doc.Source, "json": string(prepared.JSON), "fingerprint": p.fingerprint,
		"sectionCount": st.Sections, "taskCount": st.Tasks, "leaderCount": st.Leaders,
		"unitCount": st.Units, "projectCount": st.Projects, "targetCount": st.Targets,
		"diagnosticCount": st.Diagnostics, "coverageItems": st.Coverage.Items,
		"coverageAnnotated": st.Coverage.Annotated, "coverageUnannotated": st.Coverage.Unannotated,
		"coverageTasks": st.Coverage.Tasks, "coverageNarrative": st.Coverage.Narrative,
	}
	p.textBytes = len(prepared.JSON) + len(doc.Source)

	var (
		sections, themes, tasks, targetRows       []any
		leaders, units, projects                  []any
		sectionIn, themeIn, taskInTheme, taskInSe []any
		leaderLeads, unitLeads, unitSupports      []any
		mentions, sets                            []any
	)
	sectionTitle := make(map[int]string, len(doc.Sections))
	for _, sec := range doc.Sections {
		key := graph.IndexKey(id, sec.Index)
		sectionTitle[sec.Index] = sec.Title
		sections = append(sections, row(key, map[string]any{
			"key": key, "document": id, "index": sec.Index, "title": sec.Title, "kind": sec.Kind,
			"start": sec.Span.Start, "end": sec.Span.End,
		}))
		sectionIn = append(sectionIn, link(key, id))
	}
	for _, th := range doc.Themes {
		key := graph.IndexKey(id, th.Index)
		themes = append(themes, row(key, map[string]any{
			"key": key, "document": id, "index": th.Index, "section": th.Section, "title": th.Title,
			"start": th.Span.Start, "end": th.Span.End,
		}))
		themeIn = append(themeIn, link(key, graph.IndexKey(id, th.Section)))
	}

	leaderProps := make(map[string]graph.Leader, len(doc.Leaders))
	for _, l := range doc.Leaders {
		leaderProps[l.Name] = l
	}
	unitProps := make(map[string]graph.Unit, len(doc.Units))
	for _, u := range doc.Units {
		unitProps[u.Name] = u
	}
	j := m.Jurisdiction
	seen := make(map[string]bool) // entity node ids already given a row
	entity := func(kind, name string) string {
		key := graph.EntityKey(j, name)
		nodeID := graph.NodeID(kind, key)
		if seen[nodeID] {
			return key
		}
		seen[nodeID] = true
		switch kind {
		case graph.NodeLeader:
			leaders = append(leaders, row(key, leaderNodeProps(key, j, id, leaderProps[name])))
		case graph.NodeUnit:
			u := unitProps[name]
			r := row(key, unitNodeProps(key, j, id, u))
			r["street"] = u.Kind == graph.KindStreet
			units = append(units, r)
		default:
			projects = append(projects, row(key, map[string]any{"key": key, "jurisdiction": j, "name": name, "lower": graph.Lower(name)}))
		}
		return key
	}

	snap := newSnapshotWriter(len(doc.Tasks))
	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		snap.task(t)
		taskJSON, err := json.Marshal(t)
		if err != nil {
			return nil, &graph.Error{Code: graph.EINTERNAL, Message: "cannot encode task " + t.ID, Err: err}
		}
		p.textBytes += len(taskJSON) + 2*len(t.Text)
		tasks = append(tasks, row(t.ID, map[string]any{
			"id": t.ID, "document": id, "jurisdiction": j, "index": t.Index,
			"section": t.Section, "sectionTitle": sectionTitle[t.Section],
			"theme": t.Theme, "themeIndex": t.ThemeIndex,
			"text": t.Text, "lower": graph.Lower(t.Text),
			"start": t.Span.Start, "end": t.Span.End,
			"annotationStart": t.Annotation.Start, "annotationEnd": t.Annotation.End,
			"line": t.Line, "deadline": t.Deadline, "json": string(taskJSON),
		}))
		if t.ThemeIndex >= 0 {
			taskInTheme = append(taskInTheme, link(t.ID, graph.IndexKey(id, t.ThemeIndex)))
		} else {
			taskInSe = append(taskInSe, link(t.ID, graph.IndexKey(id, t.Section)))
		}
		for _, name := range graph.Distinct(t.Leaders) {
			leaderLeads = append(leaderLeads, link(entity(graph.NodeLeader, name), t.ID))
		}
		for _, name := range graph.Distinct(t.LeadUnits) {
			unitLeads = append(unitLeads, link(entity(graph.NodeUnit, name), t.ID))
		}
		for _, name := range graph.Distinct(t.Units) {
			unitSupports = append(unitSupports, link(entity(graph.NodeUnit, name), t.ID))
		}
		for _, name := range graph.Distinct(t.Projects) {
			mentions = append(mentions, link(t.ID, entity(graph.NodeProject, name)))
		}
		for k, tg := range t.Targets {
			key := graph.IndexKey(t.ID, k)
			targetRows = append(targetRows, row(key, map[string]any{
				"key": key, "document": id, "task": t.ID, "index": k, "metric": tg.Metric,
				"value": tg.Value, "unit": tg.Unit, "qualifier": tg.Qualifier, "text": tg.Text,
			}))
			sets = append(sets, link(t.ID, key))
		}
	}

	snap.setProps(p.docProps, doc.Meta)

	// Nodes first, then the relationships between them, in the order of
	// nodeQueries and relQueries.
	p.steps = []step{
		{qSections, sections}, {qThemes, themes}, {qTasks, tasks}, {qTargets, targetRows},
		{qLeaders, leaders}, {qUnits, units}, {qProjects, projects},
		{qSectionIn, sectionIn}, {qThemeIn, themeIn}, {qTaskInTheme, taskInTheme}, {qTaskInSection, taskInSe},
		{qLeaderLeads, leaderLeads}, {qUnitLeads, unitLeads}, {qUnitSupports, unitSupports},
		{qMentions, mentions}, {qSets, sets},
	}
	return p, nil
}

// The steps of an import run as two statements, one for the nodes (with
// the document's properties) and one for the relationships, each step a
// subquery over its own batch of rows ($rows0, $rows1, ...): two round
// trips for a document instead of one per step. A document with more than
// batchSize rows in a step takes more than one statement of each kind.
var (
	nodeQueries = []string{qSections, qThemes, qTasks, qTargets, qLeaders, qUnits, qProjects}
	relQueries  = []string{qSectionIn, qThemeIn, qTaskInTheme, qTaskInSection, qLeaderLeads, qUnitLeads, qUnitSupports, qMentions, qSets}
	qWriteNodes = subqueries("MATCH (d:Document {id: $doc}) SET d += $props WITH d", nodeQueries)
	qWriteRels  = subqueries("", relQueries)
)

// subqueries joins step queries as unit subqueries after lead.
func subqueries(lead string, queries []string) string {
	var b strings.Builder
	b.WriteString(lead)
	for i, q := range queries {
		fmt.Fprintf(&b, "\nCALL {\n%s\n}", strings.ReplaceAll(q, "$rows", "$rows"+strconv.Itoa(i)))
	}
	return b.String()
}

// writeSteps runs query (qWriteNodes or qWriteRels) over the rows of steps,
// batchSize rows of each step per statement; params go with the first
// statement, and first with later ones too when given (empty props).
func writeSteps(ctx context.Context, tx neo4jdrv.ManagedTransaction, query string, steps []step, params, later map[string]any) error {
	batches := 0
	for _, st := range steps {
		batches = max(batches, (len(st.rows)+batchSize-1)/batchSize)
	}
	if later != nil {
		batches = max(batches, 1) // the document's properties are set even without rows
	}
	for b := 0; b < batches; b++ {
		args := make(map[string]any, len(steps)+len(params))
		for k, v := range params {
			args[k] = v
		}
		if b > 0 {
			for k, v := range later {
				args[k] = v
			}
		}
		for i, st := range steps {
			lo := min(b*batchSize, len(st.rows))
			args["rows"+strconv.Itoa(i)] = st.rows[lo:min(lo+batchSize, len(st.rows))]
		}
		if _, err := run(ctx, tx, query, args); err != nil {
			return err
		}
	}
	return nil
}

// checkIndexable refuses ids and names too long for Neo4j's indexes, which
// would otherwise fail the import inside the database.
func checkIndexable(doc *graph.Document) error {
	id := doc.Meta.ID
	tooLong := func(what, value string, extra int) error {
		if len(value)+extra <= maxIndexedBytes {
			return nil
		}
		return graph.Errorf(graph.ETOOLARGE, "document %s: %s %q is %d bytes; the Neo4j store indexes ids and names of at most %d bytes",
			clip(id), what, clip(value), len(value), maxIndexedBytes-extra)
	}
	// Task ids and target keys add ":index/index" to the document id.
	if err := tooLong("the id", id, 24); err != nil {
		return err
	}
	extra := len(doc.Meta.Jurisdiction) + 1
	for _, l := range doc.Leaders {
		if err := tooLong("leader name", l.Name, extra); err != nil {
			return err
		}
	}
	for _, u := range doc.Units {
		if err := tooLong("unit name", u.Name, extra); err != nil {
			return err
		}
	}
	for _, p := range doc.Projects {
		if err := tooLong("project name", p.Name, extra); err != nil {
			return err
		}
	}
	return nil
}

// byteSize shows n bytes in KB or MB.
func byteSize(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1<<10-1)>>10)
	}
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
}

// clip shortens a long value for a message.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func leaderNodeProps(key, jurisdiction, docID string, l graph.Leader) map[string]any {
	return map[string]any{
		"key": key, "jurisdiction": jurisdiction, "name": l.Name, "title": l.Title,
		"placeholder": l.Placeholder, "lower": graph.Lower(l.Name), "propsFrom": docID,
	}
}

// unitNodeProps keeps the unit's JSON too, so that Aliases come back
// exactly (nil or empty).
func unitNodeProps(key, jurisdiction, docID string, u graph.Unit) map[string]any {
	data, _ := json.Marshal(u) // a graph.Unit always encodes
	aliases := u.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return map[string]any{
		"key": key, "jurisdiction": jurisdiction, "name": u.Name, "kind": u.Kind,
		"collective": u.Collective, "aliases": aliases, "json": string(data), "lower": graph.Lower(u.Name),
		"propsFrom": docID,
	}
}

func row(key string, props map[string]any) map[string]any {
	return map[string]any{"key": key, "props": props}
}

func link(from, to string) any { return map[string]any{"from": from, "to": to} }

func (p *plan) result() graph.ImportResult {
	return graph.ImportResult{Document: p.id, Tasks: p.tasks, Nodes: p.nodes, Rels: p.rels}
}

// Import implements graph.Store: the whole document is written in one
// write transaction, a batch statement per kind of node and relationship.
func (s *Store) Import(ctx context.Context, doc *graph.Document) (graph.ImportResult, error) {
	const op = "neo4j.Import"
	if err := s.ready(); err != nil {
		return graph.ImportResult{}, err
	}
	p, err := newPlan(doc)
	if err != nil {
		return graph.ImportResult{}, withOp(op, err)
	}
	if p.textBytes > s.maxImport {
		return graph.ImportResult{}, &graph.Error{Code: graph.ETOOLARGE, Op: op, Message: fmt.Sprintf(
			"document %s holds %s of text and JSON; the Neo4j store imports at most %s per document, in one transaction (neo4j.Config.MaxImportBytes; docs/neo4j-local.md)",
			clip(p.id), byteSize(p.textBytes), byteSize(s.maxImport))}
	}
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(context.Background())
	out, err := sess.ExecuteWrite(ctx, func(tx neo4jdrv.ManagedTransaction) (any, error) {
		return s.importTx(ctx, tx, p)
	}, neo4jdrv.WithTxMetadata(map[string]any{"app": "govgraph", "op": "import", "document": p.id}))
	if err != nil {
		return graph.ImportResult{}, s.wrap(ctx, op, "cannot import document "+p.id, err)
	}
	return out.(graph.ImportResult), nil
}

// Statements around the batches.
const (
	// qLockDocument creates or locks the document node (the SET takes its
	// write lock, so imports of one document run one after the other) and
	// numbers the import.
	qLockDocument = `MERGE (d:Document {id: $doc})
WITH d, d.fingerprint AS fingerprint, d.jurisdiction AS jurisdiction
SET d.importing = true
REMOVE d.importing
WITH d, fingerprint, jurisdiction
CALL { MATCH (o:Document) RETURN coalesce(max(o.seq), 0) + 1 AS seq }
RETURN fingerprint, seq, jurisdiction`
	// qOwnedEntities lists the leaders, units and projects a document's
	// tasks reference, before those tasks are removed.
	qOwnedEntities = `MATCH (t:Task {document: $doc})--(e)
WHERE e:Leader OR e:Unit OR e:Project
RETURN collect(DISTINCT elementId(e)) AS eids`
	qDeleteTargets  = `MATCH (n:Target {document: $doc}) DETACH DELETE n`
	qDeleteTasks    = `MATCH (n:Task {document: $doc}) DETACH DELETE n`
	qDeleteThemes   = `MATCH (n:Theme {document: $doc}) DETACH DELETE n`
	qDeleteSections = `MATCH (n:Section {document: $doc}) DETACH DELETE n`
	qDeleteDocument = `MATCH (d:Document {id: $doc}) DETACH DELETE d`
	// qDeleteOrphans removes entities no task references any more.
	qDeleteOrphans = `UNWIND $eids AS eid
MATCH (e) WHERE elementId(e) = eid AND NOT EXISTS { (e)--() }
DELETE e`
	// qStaleProps finds entities whose properties came from the document
	// but that it no longer references, with the newest document that does.
	qStaleProps = `UNWIND $eids AS eid
MATCH (e) WHERE elementId(e) = eid AND (e:Leader OR e:Unit) AND e.propsFrom = $doc
  AND NOT EXISTS { MATCH (e)--(t:Task) WHERE t.document = $doc }
MATCH (e)--(t:Task)
WITH DISTINCT e, t.document AS docID
MATCH (d:Document {id: docID})
WITH e, d ORDER BY d.seq DESC, d.id
WITH e, collect(d.id)[0] AS newest
RETURN elementId(e) AS eid, e:Unit AS unit, e.key AS key, e.jurisdiction AS jurisdiction, e.name AS name, newest`
	qDocumentJSON = `UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.json AS json`
	qSetProps     = `UNWIND $rows AS row MATCH (e) WHERE elementId(e) = row.eid SET e += row.props
FOREACH (_ IN CASE WHEN row.street THEN [1] ELSE [] END | SET e:Street)
FOREACH (_ IN CASE WHEN row.unit AND NOT row.street THEN [1] ELSE [] END | REMOVE e:Street)`
)

// importTx is the work of the import transaction. The driver may run it
// again after a transient failure, so it is idempotent.
func (s *Store) importTx(ctx context.Context, tx neo4jdrv.ManagedTransaction, p *plan) (graph.ImportResult, error) {
	res := p.result()
	recs, err := run(ctx, tx, qLockDocument, map[string]any{"doc": p.id})
	if err != nil {
		return res, err
	}
	old, _ := recs[0].Values[0].(string)
	seq := recs[0].Values[1]
	if old == p.fingerprint {
		res.Unchanged = true
		return res, nil
	}
	var stale []any
	if old != "" {
		res.Replaced = true
		if stale, err = removeOwned(ctx, tx, p.id); err != nil {
			return res, err
		}
	}
	props := make(map[string]any, len(p.docProps)+1)
	for k, v := range p.docProps {
		props[k] = v
	}
	props["seq"] = seq
	nodes := p.steps[:len(nodeQueries)]
	if err := writeSteps(ctx, tx, qWriteNodes, nodes, map[string]any{"doc": p.id, "props": props}, map[string]any{"props": map[string]any{}}); err != nil {
		return res, err
	}
	if err := writeSteps(ctx, tx, qWriteRels, p.steps[len(nodeQueries):], nil, nil); err != nil {
		return res, err
	}
	if err := settleEntities(ctx, tx, p.id, stale); err != nil {
		return res, err
	}
	// The unit tables of its jurisdiction, and of the old version's.
	tables := []any{p.docProps["jurisdiction"]}
	if oldJ, ok := recs[0].Values[2].(string); ok && oldJ != tables[0] {
		tables = append(tables, oldJ)
	}
	if _, err := run(ctx, tx, qBumpVersion, map[string]any{"jurisdictions": tables}); err != nil {
		return res, err
	}
	return res, nil
}

// removeOwned deletes a document's sections, themes, tasks and targets and
// returns the entities its tasks referenced.
func removeOwned(ctx context.Context, tx neo4jdrv.ManagedTransaction, id string) ([]any, error) {
	params := map[string]any{"doc": id}
	recs, err := run(ctx, tx, qOwnedEntities, params)
	if err != nil {
		return nil, err
	}
	eids, _ := recs[0].Values[0].([]any)
	for _, q := range []string{qDeleteTargets, qDeleteTasks, qDeleteThemes, qDeleteSections} {
		if _, err := run(ctx, tx, q, params); err != nil {
			return nil, err
		}
	}
	return eids, nil
}

// settleEntities deletes the entities in eids that no task references any
// more and gives the others whose properties came from document id the
// properties of the newest document that still references them.
func settleEntities(ctx context.Context, tx neo4jdrv.ManagedTransaction, id string, eids []any) error {
	if len(eids) == 0 {
		return nil
	}
	params := map[string]any{"doc": id, "eids": eids}
	if _, err := run(ctx, tx, qDeleteOrphans, params); err != nil {
		return err
	}
	recs, err := run(ctx, tx, qStaleProps, params)
	if err != nil || len(recs) == 0 {
		return err
	}
	var ids []any
	for _, r := range recs {
		if d := str(r.Values[5]); !containsAny(ids, d) {
			ids = append(ids, d)
		}
	}
	docs, err := run(ctx, tx, qDocumentJSON, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	type lists struct {
		Leaders []graph.Leader `json:"leaders"`
		Units   []graph.Unit   `json:"units"`
	}
	byDoc := make(map[string]*lists, len(docs))
	for _, r := range docs {
		var l lists
		if err := json.Unmarshal([]byte(str(r.Values[1])), &l); err != nil {
			return err
		}
		byDoc[str(r.Values[0])] = &l
	}
	var rows []any
	for _, r := range recs {
		eid, unit, key, jurisdiction, name, docID := r.Values[0], r.Values[1] == true, str(r.Values[2]), str(r.Values[3]), str(r.Values[4]), str(r.Values[5])
		l := byDoc[docID]
		if l == nil {
			continue
		}
		if unit {
			for _, u := range l.Units {
				if u.Name == name {
					rows = append(rows, map[string]any{"eid": eid, "unit": true, "street": u.Kind == graph.KindStreet,
						"props": unitNodeProps(key, jurisdiction, docID, u)})
				}
			}
			continue
		}
		for _, ld := range l.Leaders {
			if ld.Name == name {
				rows = append(rows, map[string]any{"eid": eid, "unit": false, "street": false,
					"props": leaderNodeProps(key, jurisdiction, docID, ld)})
			}
		}
	}
	if len(rows) == 0 {
		return nil
	}
	_, err = run(ctx, tx, qSetProps, map[string]any{"rows": rows})
	return err
}

func containsAny(list []any, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// DeleteDocument implements graph.Store.
func (s *Store) DeleteDocument(ctx context.Context, id string) error {
	const op = "neo4j.DeleteDocument"
	if err := s.ready(); err != nil {
		return err
	}
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(context.Background())
	_, err := sess.ExecuteWrite(ctx, func(tx neo4jdrv.ManagedTransaction) (any, error) {
		recs, err := run(ctx, tx, `MATCH (d:Document {id: $doc}) SET d.deleting = true RETURN d.jurisdiction`, map[string]any{"doc": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, graph.Errorf(graph.ENOTFOUND, "no document %q", id)
		}
		stale, err := removeOwned(ctx, tx, id)
		if err != nil {
			return nil, err
		}
		if _, err := run(ctx, tx, qDeleteDocument, map[string]any{"doc": id}); err != nil {
			return nil, err
		}
		if err := settleEntities(ctx, tx, id, stale); err != nil {
			return nil, err
		}
		_, err = run(ctx, tx, qBumpVersion, map[string]any{"jurisdictions": []any{recs[0].Values[0]}})
		return nil, err
	})
	return s.wrap(ctx, op, "cannot delete document "+id, err)
}

// ImportNaive stores doc the slow way: one auto-commit statement per node
// and per relationship, with the same Cypher as Import. It is not atomic
// and exists only so that the import benchmark has something to compare
// with. A stored version of the document is deleted first.
func (s *Store) ImportNaive(ctx context.Context, doc *graph.Document) (graph.ImportResult, error) {
	const op = "neo4j.ImportNaive"
	if err := s.ready(); err != nil {
		return graph.ImportResult{}, err
	}
	p, err := newPlan(doc)
	if err != nil {
		return graph.ImportResult{}, withOp(op, err)
	}
	if err := s.DeleteDocument(ctx, p.id); err != nil && graph.ErrorCode(err) != graph.ENOTFOUND {
		return graph.ImportResult{}, err
	}
	sess := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer sess.Close(context.Background())
	exec := func(query string, params map[string]any) error {
		res, err := sess.Run(ctx, query, params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		return err
	}
	props := make(map[string]any, len(p.docProps)+1)
	for k, v := range p.docProps {
		props[k] = v
	}
	recs, err := s.write(ctx, `MATCH (d:Document) RETURN coalesce(max(d.seq), 0) + 1 AS seq`, nil)
	if err != nil {
		return graph.ImportResult{}, s.wrap(ctx, op, "cannot import document "+p.id, err)
	}
	props["seq"] = recs.Records[0].Values[0]
	if err := exec(`MERGE (d:Document {id: $doc}) SET d += $props`, map[string]any{"doc": p.id, "props": props}); err != nil {
		return graph.ImportResult{}, s.wrap(ctx, op, "cannot import document "+p.id, err)
	}
	for _, st := range p.steps {
		for _, r := range st.rows {
			if err := exec(st.query, map[string]any{"rows": []any{r}, "doc": p.id}); err != nil {
				return graph.ImportResult{}, s.wrap(ctx, op, "cannot import document "+p.id, err)
			}
		}
	}
	if err := exec(qBumpVersion, map[string]any{"jurisdictions": []any{p.docProps["jurisdiction"]}}); err != nil {
		return graph.ImportResult{}, s.wrap(ctx, op, "cannot import document "+p.id, err)
	}
	return p.result(), nil
}

// withOp sets the operation of a *graph.Error that has none.
func withOp(op string, err error) error {
	if e, ok := err.(*graph.Error); ok && e.Op == "" {
		e.Op = op
	}
	return err
}
