package extract

import (
	"strings"

	"govgraph/graph"
)

// tableCols maps a table's columns by header name; -1 when absent.
type tableCols struct {
	index, task, leader, lead, deadline, category int
	units                                         []int
	width                                         int
}

// cells splits line i on TABs.
func (p *parser) cells(i int) []rng {
	ln := p.lines[i]
	var out []rng
	start := ln.s
	for k := ln.s; k <= ln.e; k++ {
		if k == ln.e || p.src[k] == '\t' {
			a, b := trim(p.src, start, k, isSpace, isSpace)
			out = append(out, rng{a, b})
			start = k + 1
		}
	}
	return out
}

// columnRole names what a header cell holds.
func columnRole(h string) string {
	h = strings.Map(func(r rune) rune {
		if isSpace(r) || r == '*' || isColon(r) {
			return -1
		}
		return r
	}, h)
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(h, w) {
				return true
			}
		}
		return false
	}
	switch {
	case h == "":
		return ""
	case h == "序号" || h == "编号" || h == "序" || h == "No." || h == "NO":
		return "index"
	case has("类别", "领域", "板块", "分类", "类型", "方面"):
		return "category"
	case has("领导"):
		return "leader"
	case has("牵头", "主责") && has("单位", "部门", "处室"):
		return "lead"
	case has("时限", "时间", "节点", "期限"):
		return "deadline"
	case has("单位", "部门", "处室"):
		return "units"
	case has("任务", "工作内容", "事项", "具体内容", "主要内容", "工作目标", "重点工作", "内容", "措施"):
		return "task"
	}
	return ""
}

// tableHeader recognises a header row: a task column and at least one
// column of leaders or units.
func (p *parser) tableHeader(i int) (tableCols, bool) {
	cols := tableCols{index: -1, task: -1, leader: -1, lead: -1, deadline: -1, category: -1}
	cs := p.cells(i)
	cols.width = len(cs)
	for k, c := range cs {
		switch columnRole(p.str(c.s, c.e)) {
		case "index":
			if cols.index < 0 {
				cols.index = k
			}
		case "task":
			if cols.task < 0 {
				cols.task = k
			}
		case "leader":
			if cols.leader < 0 {
				cols.leader = k
			}
		case "lead":
			if cols.lead < 0 {
				cols.lead = k
			}
		case "units":
			cols.units = append(cols.units, k)
		case "deadline":
			if cols.deadline < 0 {
				cols.deadline = k
			}
		case "category":
			if cols.category < 0 {
				cols.category = k
			}
		}
	}
	return cols, cols.task >= 0 && (cols.leader >= 0 || cols.lead >= 0 || len(cols.units) > 0)
}

// table reads the rows after the header at line h.
func (p *parser) table(h int, cols tableCols) int {
	header := p.str(p.lines[h].s, p.lines[h].e)
	cell := func(cs []rng, k int) rng {
		if k < 0 || k >= len(cs) {
			return rng{-1, -1}
		}
		return cs[k]
	}
	filled := func(r rng) bool { return r.s >= 0 && hasContent(p.src, r.s, r.e) }
	j := h + 1
	for ; j < len(p.lines); j++ {
		ln := p.lines[j]
		if ln.kind != lkTab {
			break
		}
		if p.str(ln.s, ln.e) == header {
			continue // a repeated header row
		}
		cs := p.cells(j)
		var nonEmpty []rng
		for _, c := range cs {
			if hasContent(p.src, c.s, c.e) {
				nonEmpty = append(nonEmpty, c)
			}
		}
		if len(nonEmpty) == 0 {
			continue
		}
		task := cell(cs, cols.task)
		annCells := []rng{cell(cs, cols.leader), cell(cs, cols.lead), cell(cs, cols.deadline)}
		for _, k := range cols.units {
			annCells = append(annCells, cell(cs, k))
		}
		assigned := false
		for _, c := range annCells {
			assigned = assigned || filled(c)
		}
		if len(nonEmpty) == 1 {
			// A heading row: 一、经济发展 across the table.
			p.textLine(j, nonEmpty[0].s, nonEmpty[0].e)
			continue
		}
		if idx := cell(cs, cols.index); filled(idx) && filled(task) && !assigned {
			if mk, _ := markerAt(p.src, idx.s, idx.e); mk == markCN || mk == markParenCN || isCNNumeral(p.src[idx.s]) {
				p.tableSection(idx, task)
				continue
			}
		}
		if !filled(task) {
			p.warn(ln.s, "table row has no task text")
			continue
		}
		p.sectionEnd = ln.e
		p.ensureSection(task.s)
		if c := cell(cs, cols.category); filled(c) {
			if v := p.str(c.s, c.e); v != p.category {
				p.category = v
				p.headingTheme = p.addTheme(v, c.s, c.e)
			}
		}
		var fs fieldSet
		annS, annE := -1, -1
		for n, c := range annCells {
			if !filled(c) {
				continue
			}
			if annS < 0 || c.s < annS {
				annS = c.s
			}
			annE = max(annE, c.e)
			switch {
			case n == 0:
				fs.add(roleLeader, c)
			case n == 1:
				fs.add(roleLead, c)
			case n == 2:
				fs.add(roleDeadline, c)
			default:
				fs.add(roleUnits, c)
			}
		}
		if annS < 0 {
			p.warn(task.s, "table row names no leader or unit")
			annS, annE = ln.e, ln.e
		}
		p.paraTheme = -1
		p.addTask(task.s, task.e, annotation{s: annS, e: annE, fields: fs})
	}
	return j
}

// tableSection opens a section from a row such as 一 | 经济发展 | | |.
func (p *parser) tableSection(idx, title rng) {
	mk, _ := markerAt(p.src, idx.s, idx.e)
	if mk == markNone {
		mk = markCN
	}
	if p.sectionMarker == markNone {
		p.sectionMarker = mk
	}
	if mk != p.sectionMarker {
		p.ensureSection(idx.s)
		p.headingTheme = p.addTheme(p.str(title.s, title.e), title.s, title.e)
		return
	}
	p.startSection(SectionNumbered, idx.s)
	sec := &p.doc.Sections[p.cur]
	sec.Title, sec.Heading = p.str(title.s, title.e), graph.Span{Start: title.s, End: title.e}
	if names, ok := p.leaderHeading(title.s, title.e); ok {
		sec.Kind, p.sectionLeaders = SectionLeader, names
	}
	p.sectionEnd = title.e
}
