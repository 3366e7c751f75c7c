package extract

import (
	"runtime"
	"sort"
	"strings"
	"sync"

	"govgraph/graph"
)

// finish closes sections, resolves units within the document, builds the
// entity lists, projects and targets, and fills the ids.
func (p *parser) finish() {
	p.endSection()
	doc := p.doc
	for i := range doc.Sections {
		sec := &doc.Sections[i]
		if sec.Kind != SectionOpening || sec.Title != "" {
			continue
		}
		if len(doc.Sections) == 1 {
			sec.Kind, sec.Title = SectionBody, doc.Meta.Title
		} else {
			sec.Title = "开篇"
		}
	}
	p.mergeUnits()

	unitIndex := map[string]int{}
	unitNames := map[string]bool{}
	leaderSeen := map[string]bool{}
	for _, t := range doc.Tasks {
		for _, l := range t.Leaders {
			if !leaderSeen[l] {
				leaderSeen[l] = true
				info, ok := p.leaderInfo[l]
				if !ok {
					info = graph.Leader{Name: l}
				}
				doc.Leaders = append(doc.Leaders, info)
			}
		}
		for _, u := range involved(t) {
			if _, ok := unitIndex[u]; ok {
				continue
			}
			unitIndex[u] = len(doc.Units)
			aliases := append([]string{}, p.aliasSeen[u]...)
			sort.Strings(aliases)
			kind := p.kind(u)
			doc.Units = append(doc.Units, graph.Unit{Name: u, Kind: kind, Collective: kind == graph.KindCollective || isCollective(u), Aliases: aliases})
			unitNames[u] = true
			for _, a := range aliases {
				unitNames[a] = true
			}
		}
	}

	// Each task's projects and targets depend on its own text alone (and on
	// unitNames, read only): found on every core, then indexed in order.
	inParallel(len(doc.Tasks), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			t := &doc.Tasks[i]
			text := p.slice(t.Span.Start, t.Span.End)
			t.Projects = findProjects(text, unitNames)
			t.Targets = findTargets(text)
		}
	})
	projectIndex := map[string]int{}
	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		if p.projectTasks[i] {
			// a row of a 项目名称 column: the task is the project
			t.Projects = appendNew([]string{t.Text}, t.Projects...)
		}
		if t.Projects == nil {
			t.Projects = []string{}
		}
		for _, name := range t.Projects {
			k, ok := projectIndex[name]
			if !ok {
				k = len(doc.Projects)
				projectIndex[name] = k
				doc.Projects = append(doc.Projects, graph.Project{Name: name})
			}
			doc.Projects[k].Tasks = append(doc.Projects[k].Tasks, t.Index)
		}
		if t.Targets == nil {
			t.Targets = []graph.Target{}
		}
	}

	if len(doc.Tasks) == 0 {
		p.warn(graph.DiagNoTasks, p.bodyStart, "no annotated tasks found")
	}
	p.attachNotes()
	p.attachMeasures()
	p.accountItems()
	doc.Profile = p.profile()
	meta := &doc.Meta
	meta.ID = graph.DocumentID(meta.Jurisdiction, meta.Year, meta.Title)
	for i := range doc.Tasks {
		doc.Tasks[i].ID = graph.TaskID(meta.ID, doc.Tasks[i].Index)
	}
	sort.SliceStable(doc.Diagnostics, func(a, b int) bool {
		da, db := doc.Diagnostics[a], doc.Diagnostics[b]
		if da.Line != db.Line {
			return da.Line < db.Line
		}
		return da.Column < db.Column
	})
	if doc.Sections == nil {
		doc.Sections = []graph.Section{}
	}
	if doc.Themes == nil {
		doc.Themes = []graph.Theme{}
	}
	if doc.Tasks == nil {
		doc.Tasks = []graph.Task{}
	}
	if doc.Leaders == nil {
		doc.Leaders = []graph.Leader{}
	}
	if doc.Units == nil {
		doc.Units = []graph.Unit{}
	}
	if doc.Projects == nil {
		doc.Projects = []graph.Project{}
	}
	if doc.Narrative == nil {
		doc.Narrative = []graph.Span{}
	}
	if doc.Diagnostics == nil {
		doc.Diagnostics = []graph.Diagnostic{}
	}
}

// involved iterates a task's lead then responsible units (no copy).
func involved(t graph.Task) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		n := 0
		for _, list := range [2][]string{t.LeadUnits, t.Units} {
			for _, u := range list {
				if !yield(n, u) {
					return
				}
				n++
			}
		}
	}
}

// mergeUnits resolves names that one document gives the same unit in short
// and full form: 房屋征收服务中心 / 区房屋征收服务中心, 龙洞街道 / 龙洞街道办事处.
func (p *parser) mergeUnits() {
	var order []string
	set := map[string]bool{}
	first := map[string]int{}
	for i, t := range p.doc.Tasks {
		for _, u := range involved(t) {
			if !set[u] {
				set[u] = true
				order = append(order, u)
				first[u] = i
			}
		}
	}
	rename := map[string]string{}
	for _, u := range order {
		if isCollective(u) {
			continue
		}
		for _, pre := range []string{"区", "市", "县"} {
			if full := pre + u; set[full] && !strings.HasPrefix(u, pre) {
				rename[u] = full
			}
		}
		if strings.HasSuffix(u, "街道") && set[u+"办事处"] {
			rename[u] = u + "办事处"
		}
		if full, ok := rename[u]; ok {
			p.seeAlias(full, u)
			for _, a := range p.aliasSeen[u] {
				p.seeAlias(full, a)
			}
			t := p.doc.Tasks[first[u]]
			p.diag("info", graph.DiagNameCompleted, t.Annotation.Start, "unit %q read as %q, its full name in this document", u, full)
		}
	}
	if len(rename) == 0 {
		return
	}
	fix := func(list []string) []string {
		out := make([]string, 0, len(list))
		for _, u := range list {
			if full, ok := rename[u]; ok {
				u = full
			}
			out = appendNew(out, u)
		}
		return out
	}
	for i := range p.doc.Tasks {
		t := &p.doc.Tasks[i]
		t.LeadUnits = fix(t.LeadUnits)
		t.Units = without(fix(t.Units), t.LeadUnits)
	}
}

// inParallel calls work on contiguous ranges of [0, n) that together cover
// it, on up to GOMAXPROCS goroutines, and returns when all are done. Small
// n runs in the caller's goroutine.
func inParallel(n int, work func(lo, hi int)) {
	const minPerWorker = 512
	workers := min(runtime.GOMAXPROCS(0), n/minPerWorker)
	if workers <= 1 {
		work(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { work(lo, hi) })
	}
	wg.Wait()
}
