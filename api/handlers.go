package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"govgraph/graph"
)

// Health is the answer of GET /health.
type Health struct {
	Status   string       `json:"status"` // "ok"
	Store    string       `json:"store"`  // embedded, neo4j
	Ping     string       `json:"ping"`   // "ok"
	ReadOnly bool         `json:"readOnly"`
	Cypher   bool         `json:"cypher"` // the store runs read-only Cypher
	Counts   graph.Counts `json:"counts"`
}

func (s *server) health(c *gin.Context) {
	ctx := c.Request.Context()
	kind := s.store.Kind()
	unreachable := func(err error) {
		s.fail(c, &graph.Error{Code: graph.EUNAVAILABLE,
			Message: "the " + kind + " store cannot be reached: " + graph.ErrorMessage(err), Err: err})
	}
	if err := s.store.Ping(ctx); err != nil {
		unreachable(err)
		return
	}
	counts, err := s.store.Counts(ctx)
	if err != nil {
		unreachable(err)
		return
	}
	_, cypher := s.store.(graph.CypherRunner)
	s.ok(c, Health{Status: "ok", Store: kind, Ping: "ok", ReadOnly: s.cfg.AdminToken == "", Cypher: cypher, Counts: counts})
}

func (s *server) documents(c *gin.Context) {
	docs, err := s.store.Documents(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, nonNil(docs))
}

// DocumentDetail is the answer of GET /documents/{id}: the parsed document
// (without its source text) and its counts.
type DocumentDetail struct {
	*graph.Document
	Stats graph.DocumentStats `json:"stats"`
}

func (s *server) document(c *gin.Context) {
	ctx := c.Request.Context()
	id, err := pathName(c, "id")
	if err != nil {
		s.fail(c, err)
		return
	}
	doc, err := s.store.Document(ctx, id)
	if err != nil {
		s.fail(c, err)
		return
	}
	infos, err := s.store.Documents(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	detail := DocumentDetail{Document: doc}
	for _, info := range infos {
		if info.ID == id {
			detail.Stats = info.Stats
		}
	}
	s.ok(c, detail)
}

// DocumentSource is the answer of GET /documents/{id}/source: the text
// every span indexes (in code points) with where each task lies in it.
type DocumentSource struct {
	Document string          `json:"document"`
	Source   string          `json:"source"`
	Tasks    []TaskSpan      `json:"tasks"`
	Sections []graph.Section `json:"sections"`
	Themes   []graph.Theme   `json:"themes"`
}

// TaskSpan locates a task and its annotation in the source.
type TaskSpan struct {
	ID         string     `json:"id"`
	Index      int        `json:"index"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
	Annotation graph.Span `json:"annotation"`
	// Notes and Measures are the task's, for a view that lists the tasks from the source.
	Notes    []string `json:"notes,omitempty"`
	Measures []string `json:"measures,omitempty"`
}

func (s *server) documentSource(c *gin.Context) {
	id, err := pathName(c, "id")
	if err != nil {
		s.fail(c, err)
		return
	}
	doc, err := s.store.Document(c.Request.Context(), id)
	if err != nil {
		s.fail(c, err)
		return
	}
	out := DocumentSource{Document: doc.Meta.ID, Source: doc.Source, Tasks: make([]TaskSpan, len(doc.Tasks)),
		Sections: nonNil(doc.Sections), Themes: nonNil(doc.Themes)}
	for i, t := range doc.Tasks {
		out.Tasks[i] = TaskSpan{ID: t.ID, Index: t.Index, Start: t.Span.Start, End: t.Span.End, Annotation: t.Annotation,
			Notes: t.Notes, Measures: t.Measures}
	}
	s.ok(c, out)
}

// TaskList is the answer of GET /tasks: one page of the task ledger.
type TaskList struct {
	Total  int                `json:"total"`
	Limit  int                `json:"limit"`
	Offset int                `json:"offset"`
	Tasks  []graph.TaskRecord `json:"tasks"`
}

// DefaultTaskPage is the page size of /tasks when no limit is given.
const DefaultTaskPage = 100

func (s *server) tasks(c *gin.Context) {
	p := query(c)
	f := p.taskFilter()
	f.Limit = p.int("limit", DefaultTaskPage, 1, graph.MaxPageSize)
	f.Offset = p.int("offset", 0, 0, 1<<30)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	page, err := s.store.Tasks(c.Request.Context(), f)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, TaskList{Total: page.Total, Limit: f.Limit, Offset: f.Offset, Tasks: nonNil(page.Tasks)})
}

func (s *server) leaders(c *gin.Context) {
	p := query(c)
	f := p.entityFilter()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	list, err := s.store.Leaders(c.Request.Context(), f)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, nonNil(list))
}

func (s *server) units(c *gin.Context) {
	p := query(c)
	f := p.entityFilter()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	list, err := s.store.Units(c.Request.Context(), f)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, nonNil(list))
}

func (s *server) projects(c *gin.Context) {
	p := query(c)
	f := p.entityFilter()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	list, err := s.store.Projects(c.Request.Context(), f)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, nonNil(list))
}

// entityRef reads a named entity from the path and ?jurisdiction=.
func entityRef(c *gin.Context) (graph.EntityRef, *params, error) {
	name, err := pathName(c, "name")
	if err != nil {
		return graph.EntityRef{}, nil, err
	}
	p := query(c)
	return graph.EntityRef{Name: name, Jurisdiction: p.str("jurisdiction")}, p, p.err
}

func (s *server) portfolio(c *gin.Context) {
	ref, p, err := entityRef(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	docs := p.list("document")
	page := p.taskPage()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	pf, err := s.store.Portfolio(c.Request.Context(), ref, docs)
	if err != nil {
		s.fail(c, err)
		return
	}
	pf.Tasks = page.of(c, pf.Tasks)
	s.ok(c, pf)
}

func (s *server) unit(c *gin.Context) {
	ref, p, err := entityRef(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	page := p.taskPage()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	u, err := s.store.Unit(c.Request.Context(), ref)
	if err != nil {
		s.fail(c, err)
		return
	}
	u.TaskList = page.of(c, u.TaskList)
	s.ok(c, u)
}

func (s *server) project(c *gin.Context) {
	ref, p, err := entityRef(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	page := p.taskPage()
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	pr, err := s.store.Project(c.Request.Context(), ref)
	if err != nil {
		s.fail(c, err)
		return
	}
	pr.TaskList = page.of(c, pr.TaskList)
	s.ok(c, pr)
}

// taskPageSpec is the limit and offset of the task list of a detail answer.
type taskPageSpec struct{ limit, offset int }

// taskPage reads limit (default and at most graph.MaxPageSize) and offset.
func (p *params) taskPage() taskPageSpec {
	return taskPageSpec{limit: p.int("limit", graph.MaxPageSize, 1, graph.MaxPageSize), offset: p.int("offset", 0, 0, 1<<30)}
}

// of returns the page of tasks and says the total in X-Total-Count.
func (pg taskPageSpec) of(c *gin.Context, tasks []graph.TaskRecord) []graph.TaskRecord {
	c.Header("X-Total-Count", strconv.Itoa(len(tasks)))
	lo := min(pg.offset, len(tasks))
	return tasks[lo:min(lo+pg.limit, len(tasks))]
}

// nodeParam reads a node id parameter and checks its form.
func (p *params) nodeID(name string) string {
	v := p.required(name)
	if p.err != nil {
		return ""
	}
	if _, _, err := graph.ParseNodeID(v); err != nil {
		p.fail("parameter %s: %s", name, graph.ErrorMessage(err))
	}
	return v
}

func (s *server) paths(c *gin.Context) {
	p := query(c)
	from, to := p.nodeID("from"), p.nodeID("to")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	g, err := s.store.ShortestPath(c.Request.Context(), from, to)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, g)
}

// neighbours answers GET /neighbours?id= and GET /neighbours/{id}, whose
// id may hold a '/' (unit:济南市历下区/区财政局), escaped or not.
func (s *server) neighbours(c *gin.Context) {
	p := query(c)
	id := strings.TrimPrefix(c.Param("id"), "/")
	if id == "" {
		id = p.nodeID("id")
	} else if _, _, err := graph.ParseNodeID(id); err != nil {
		p.fail("the node id in the path: %s", graph.ErrorMessage(err))
	}
	depth := p.int("depth", 1, 1, graph.MaxDepth)
	limit := p.int("limit", 0, 0, graph.MaxSubgraphNodes)
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	g, err := s.store.Neighbours(c.Request.Context(), id, depth, limit)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, g)
}

func (s *server) search(c *gin.Context) {
	p := query(c)
	q := p.required("q")
	limit := p.int("limit", 20, 1, MaxSearchLimit)
	jurisdiction := p.str("jurisdiction")
	if p.err != nil {
		s.fail(c, p.err)
		return
	}
	hits, err := s.store.Search(c.Request.Context(), q, limit, jurisdiction)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.ok(c, nonNil(hits))
}

// noRoute answers unknown API paths with a problem and anything else with
// the UI.
func (s *server) noRoute(c *gin.Context) {
	p := c.Request.URL.Path
	if p == "/api" || strings.HasPrefix(p, "/api/") {
		s.problem(c, http.StatusNotFound, graph.ENOTFOUND, "no API route "+c.Request.Method+" "+p+"; see "+Prefix+"/openapi.json")
		return
	}
	s.serveUI(c)
}

// nonNil makes an absent list encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
