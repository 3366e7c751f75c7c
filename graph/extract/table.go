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
	rows                                          int      // header rows: 1, or 2 for a two-row header
	header, roles                                 []string // by column: header text and role ("" when unused)
	line                                          int      // 1-based line of the first header row
	coop                                          bool     // a units column of cooperating units (配合单位, 协办单位 …)
	nameCol                                       int      // a name column read as a category over a finer task column, or -1
}

// mapping reports the column mapping of a table header for the document
// profile: every column's header text (both rows of a two-row header) and
// the role it was given ("" when the column is not read).
func (c tableCols) mapping() graph.TableMapping {
	m := graph.TableMapping{Line: c.line, Columns: make([]graph.ColumnMapping, len(c.roles))}
	for k, role := range c.roles {
		m.Columns[k] = graph.ColumnMapping{Header: c.header[k], Role: role}
	}
	return m
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
		return "leader" // 责任领导, 分管市领导, 牵头市领导, 责任县领导, 包保领导, 督办领导
	case has("牵头", "主责", "主办", "主要责任", "主体责任") && has("单位", "部门", "处室", "科室"):
		return "lead" // 牵头单位, 牵头责任单位, 主责单位, 主办单位, 主要责任单位, 主体责任单位
	case has("时限", "时间", "节点", "期限", "进度安排"):
		return "deadline"
	case has("单位", "部门", "处室", "科室", "责任主体"):
		return "units" // 责任单位, 协同责任单位, 协办单位, 配合单位, 参与单位, 配合部门
	case h == "指标" || h == "指标名称" || h == "主要指标" || h == "预期指标":
		return "task" // a 主要指标分解表: each indicator is a target with its units
	case has("任务", "工作内容", "事项", "具体内容", "主要内容", "工作目标", "重点工作", "内容", "措施", "举措", "要点", "项目名称", "具体工作"):
		return "task"
	}
	return ""
}

// groupHeader: a header cell that only spans the cells of a second header
// row below it (责任分工 over 牵头单位 | 配合单位).
func groupHeader(h string) bool {
	for _, w := range []string{"责任分工", "分工", "责任主体", "责任单位及领导", "责任", "任务分工"} {
		if strings.TrimSpace(h) == w {
			return true
		}
	}
	return false
}

// tableHeader recognises a header row: a task column and at least one
// column of leaders or units. When the row below is a second header row
// (every filled cell a column name), a column takes its role from the lower
// row and, where that is empty, from the upper one.
func (p *parser) tableHeader(i int) (tableCols, bool) {
	cs := p.cells(i)
	header := make([]string, len(cs))
	roles := make([]string, len(cs))
	for k, c := range cs {
		header[k] = p.str(c.s, c.e)
		roles[k] = columnRole(header[k])
	}
	filledCells := 0
	for _, h := range header {
		if h != "" {
			filledCells++
		}
	}
	rows := 1
	if filledCells < 2 {
		return tableCols{}, false // a title row across the table
	}
	if i+1 < len(p.lines) && p.lines[i+1].kind == lkTab {
		if lower, ok := p.headerRow(i+1, header); ok {
			rows = 2
			for k, h := range lower {
				if k >= len(roles) {
					header, roles = append(header, ""), append(roles, "")
				}
				if r := columnRole(h); r != "" {
					roles[k] = r
					if h != header[k] { // a rowspan repeats the upper cell's text
						header[k] = strings.TrimSpace(header[k] + " " + h)
					}
				}
			}
		}
	}
	nameCol := projectNameAsCategory(roles, header)
	cols := tableCols{index: -1, task: -1, leader: -1, lead: -1, deadline: -1, category: -1, nameCol: nameCol,
		width: len(roles), rows: rows, header: header, roles: roles, line: i + 1}
	for k, role := range roles {
		switch role {
		case "index":
			cols.index = firstCol(cols.index, k)
		case "task":
			cols.task = firstCol(cols.task, k)
		case "leader":
			cols.leader = firstCol(cols.leader, k)
		case "lead":
			cols.lead = firstCol(cols.lead, k)
		case "units":
			cols.units = append(cols.units, k)
			_, coop := labelFlags(header[k])
			cols.coop = cols.coop || coop
		case "deadline":
			cols.deadline = firstCol(cols.deadline, k)
		case "category":
			cols.category = firstCol(cols.category, k)
		}
	}
	for k, role := range roles { // a second column of one role is not read
		if role != "" && role != "units" && k != cols.index && k != cols.task && k != cols.leader && k != cols.lead && k != cols.deadline && k != cols.category {
			roles[k] = ""
		}
	}
	return cols, cols.task >= 0 && (cols.leader >= 0 || cols.lead >= 0 || len(cols.units) > 0)
}

// projectNameAsCategory: of two task columns, one that names a finer level
// (主要内容, 建设内容, 具体工作, 具体任务, 子任务) makes the task column left of it
// (项目名称, 重点任务, merged over the rows of its group) a category; each row
// of the finer column is a task (a 民生实事 project with several rows, a 台账 of
// 重点任务 over 具体工作).
func projectNameAsCategory(roles, header []string) int {
	name, content := -1, -1
	for k, h := range header {
		if roles[k] != "task" {
			continue
		}
		switch {
		case name >= 0 && containsAny(h, "内容", "具体工作", "具体任务", "具体事项", "子任务", "二级任务", "分项任务"):
			content = firstCol(content, k)
		default:
			name = firstCol(name, k)
		}
	}
	if name >= 0 && content > name {
		roles[name] = "category"
		return name
	}
	return -1
}

// namesGroup reports whether the name column of the table at header line h
// groups rows: a name left blank or repeated on the row below. Otherwise
// every row is its own project (a 重点项目 table) and the name is the task.
func (p *parser) namesGroup(h int, cols tableCols) bool {
	prev := ""
	for j := h + cols.rows; j < len(p.lines) && p.lines[j].kind == lkTab; j++ {
		cs := p.cells(j)
		if cols.nameCol >= len(cs) || cols.task >= len(cs) || !hasContent(p.src, cs[cols.task].s, cs[cols.task].e) {
			continue
		}
		filledCells := 0
		for _, c := range cs {
			if hasContent(p.src, c.s, c.e) {
				filledCells++
			}
		}
		if filledCells < 2 {
			prev = "" // a category row
			continue
		}
		name := p.str(cs[cols.nameCol].s, cs[cols.nameCol].e)
		if strings.TrimSpace(name) == "" || name == prev {
			return true
		}
		prev = name
	}
	return false
}

func containsAny(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func firstCol(cur, k int) int {
	if cur < 0 {
		return k
	}
	return cur
}

// headerRow returns the cells of line i when it reads as the second row of
// the header above: every filled cell names a column role, groups columns or
// repeats the upper cell (a rowspan: 具体目标, 责任人), and at least one cell
// that is not a repeat names a role.
func (p *parser) headerRow(i int, upper []string) ([]string, bool) {
	cs := p.cells(i)
	out := make([]string, len(cs))
	named := 0
	for k, c := range cs {
		h := p.str(c.s, c.e)
		out[k] = h
		switch {
		case h == "":
		case k < len(upper) && h == upper[k]:
		case columnRole(h) != "":
			named++
		case groupHeader(h):
		default:
			return nil, false
		}
	}
	return out, named > 0
}

// isTableNote: 注：…, 备注：…, 说明：… after a table's last row.
func isTableNote(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range []string{"注：", "注:", "备注：", "备注:", "说明：", "说明:", "附注", "填报说明", "注 ：", "注１", "注1"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// table reads the rows after the header at line h.
func (p *parser) table(h int, cols tableCols) int {
	if cols.nameCol >= 0 && cols.category == cols.nameCol && !p.namesGroup(h, cols) {
		cols.roles = append([]string(nil), cols.roles...)
		cols.roles[cols.task], cols.roles[cols.nameCol] = "", "task"
		cols.task, cols.category = cols.nameCol, -1
	}
	p.tableMaps = append(p.tableMaps, cols.mapping())
	header := p.str(p.lines[h].s, p.lines[h].e)
	cell := func(cs []rng, k int) rng {
		if k < 0 || k >= len(cs) {
			return rng{-1, -1}
		}
		return cs[k]
	}
	filled := func(r rng) bool { return r.s >= 0 && hasContent(p.src, r.s, r.e) }
	// Grouping cells (leader, lead unit, deadline) left blank below the first
	// row of a group mean "same as above": a merged cell exported to CSV, or
	// a table typed that way. A category row ends the group.
	var above [3]rng
	resetAbove := func() { above = [3]rng{{-1, -1}, {-1, -1}, {-1, -1}} }
	resetAbove()
	j := h + cols.rows
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
		if isTableNote(p.str(nonEmpty[0].s, nonEmpty[0].e)) {
			// Notes below the table (注：1. … 2. …) are not tasks: skip
			// them and the rows after them.
			for j+1 < len(p.lines) && p.lines[j+1].kind == lkTab {
				j++
			}
			return j + 1
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
			resetAbove()
			p.textLine(j, nonEmpty[0].s, nonEmpty[0].e)
			continue
		}
		if idx := cell(cs, cols.index); filled(idx) && filled(task) && !assigned {
			if mk, _ := markerAt(p.src, idx.s, idx.e); mk == markCN || mk == markParenCN || isCNNumeral(p.src[idx.s]) {
				resetAbove()
				p.tableSection(idx, task)
				continue
			}
		}
		if filled(task) {
			// The leader and the lead unit carry down; the deadline only
			// on a row that continues a group (a leader or lead carried).
			continues := false
			for n := range above {
				switch {
				case filled(annCells[n]):
					above[n] = annCells[n]
				case cols.group(n) < 0 || !filled(above[n]):
				case n < 2 || continues:
					annCells[n] = above[n]
					continues = true
				}
			}
		}
		if !filled(task) {
			p.warn(graph.DiagUnattachedAnnotation, ln.s, "table row has no task text")
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
			if c.s >= ln.s { // an inherited cell stands in an earlier row
				if annS < 0 || c.s < annS {
					annS = c.s
				}
				annE = max(annE, c.e)
			}
			switch {
			case n == 0:
				fs.add(roleLeader, c)
			case n == 1:
				fs.add(roleLead, c)
			case n == 2:
				fs.add(roleDeadline, c)
			default:
				// A 责任单位 column leads when the table has a 配合单位
				// column and no column leads, on every row, the rows
				// whose 配合 cell is empty too: its fields carry coop.
				primary, coop := labelFlags(cols.header[cols.units[n-3]])
				fs.fields = append(fs.fields, field{role: roleUnits, r: c, primary: primary, coop: coop || primary && cols.coop})
			}
		}
		if annS < 0 {
			if !assignedAfterInheriting(annCells, filled) {
				p.warn(graph.DiagUnannotatedItem, task.s, "table row names no leader or unit")
			}
			annS, annE = ln.e, ln.e
		}
		p.paraTheme = -1
		p.addTask(task.s, task.e, annotation{s: annS, e: annE, fields: fs})
	}
	return j
}

// group returns the column of grouping cell n (0 leader, 1 lead, 2 deadline).
func (c tableCols) group(n int) int {
	return [3]int{c.leader, c.lead, c.deadline}[n]
}

func assignedAfterInheriting(cells []rng, filled func(rng) bool) bool {
	for _, c := range cells {
		if filled(c) {
			return true
		}
	}
	return false
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
