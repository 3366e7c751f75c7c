package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

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
	outer                                         int      // a category column over the name column (项目类别 | 项目名称), or -1
	person                                        int      // a 责任人 column, or -1
	measures                                      []int    // task columns other than the task's: kept as its measures
	inferred                                      []int    // columns given their role from their cells
	headerText                                    string   // the header row as written, to skip its repeats
	// leaderUnits: the leader column holds units too (责任领导及单位:
	// roleUnits; 牵头领导/单位: roleLead), or 0
	leaderUnits role
	moreLeaders []int    // leader columns after the first (协管县领导 beside 牵头县领导)
	firstListed []int    // unit columns whose header's note says the first unit of a cell leads (责任单位（牵头单位列首位）)
	rowLeaders  []string // leaders of the rows from a title or a row across the table, carried into a continuation
	titleLead   string   // the lead unit the title block names (牵头部门：X), carried into a continuation
}

// mapping reports the column mapping of a table header for the document
// profile: every column's header text (both rows of a two-row header) and
// the role it was given ("" when the column is not read).
func (c tableCols) mapping() graph.TableMapping {
	m := graph.TableMapping{Line: c.line, Columns: make([]graph.ColumnMapping, len(c.roles))}
	for k, role := range c.roles {
		if role == colNote {
			role = "" // not read
		}
		if k == c.leader && c.leaderUnits == roleLead {
			role = "leader+lead"
		} else if k == c.leader && c.leaderUnits != 0 {
			role = "leader+units"
		}
		m.Columns[k] = graph.ColumnMapping{Header: c.header[k], Role: role}
	}
	for _, k := range c.inferred {
		m.Columns[k].Inferred = m.Columns[k].Role != ""
	}
	return m
}

// filledCells counts the cells of row i that hold text.
func (p *parser) filledCells(i int) int {
	n := 0
	for _, c := range p.cells(i) {
		if hasContent(p.src, c.s, c.e) {
			n++
		}
	}
	return n
}

// unreadTable is a run of table rows in which no header row was found.
type unreadTable struct{ line, rows int }

// checkUnreadTable looks at the run of TAB rows starting at line i: when
// none of them is a header the parser can map, and at least two rows hold
// three filled cells, the rows are read as text and the profile counts them
// as items without an annotation and warns.
func (p *parser) checkUnreadTable(i int) {
	rows, info := 0, 0
	for j := i; j < len(p.lines) && p.lines[j].kind == lkTab; j++ {
		if _, ok := p.tableHeader(j); ok || p.summaryHeader(j) {
			return
		}
		if p.filledCells(j) >= 3 {
			rows++
			if p.pageInfoRow(j) {
				info++
			}
		}
	}
	if rows >= 2 && info < rows {
		p.unreadTables = append(p.unreadTables, unreadTable{line: i + 1, rows: rows})
	}
}

// pageInfoLabels head the cells of a web page's information block (索引号 |
// … | 发布机构 | …, 文号 | … | 成文日期 | …), which is no table of tasks.
var pageInfoLabels = []string{"索引号", "发布机构", "发文机关", "发文机构", "文号", "发文字号", "发布日期", "成文日期", "发文日期",
	"生效日期", "主题分类", "组配分类", "体裁分类", "公开方式", "公开范围", "公开时限", "有效性", "信息来源", "所属机构", "生成日期", "信息名称", "标题"}

// pageInfoRow: the row's first filled cell is a label of a page's
// information block.
func (p *parser) pageInfoRow(i int) bool {
	for _, c := range p.cells(i) {
		if hasContent(p.src, c.s, c.e) {
			h := strings.TrimRight(p.str(c.s, c.e), "：:")
			return slices.Contains(pageInfoLabels, h)
		}
	}
	return false
}

// summaryHeader reports a header row of counts by leader or unit (县领导 |
// 职务 | 牵头任务数, 责任单位 | 任务数): a summary table, whose rows are no tasks.
func (p *parser) summaryHeader(i int) bool {
	count, named := false, false
	for _, c := range p.cells(i) {
		h := p.str(c.s, c.e)
		count = count || countHeader(h)
		switch columnRole(h) {
		case "leader", "lead", "units":
			named = true
		}
	}
	return count && named
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

// Column roles beyond the annotation roles: "measure" is a task column
// other than the task's own (具体目标, 工作措施 beside 重点任务: its text is kept
// with the task), "person" a 责任人 column (an official, a leader only when
// the title is a government leader's), "note" a column known not to hold a
// role (进展情况, 督办单位, 任务来源, 备注).
const (
	colMeasure = "measure"
	colPerson  = "person"
	colNote    = "note"
)

// unitWords name a column of units in a header: a government's 单位/部门,
// a bureau's own 处室/科室/股室 (a county bureau's sections are 股), a
// town's 站所 or 站办所 (镇农技站, 镇财政所, 镇党政办).
var unitWords = []string{"单位", "部门", "处室", "科室", "股室", "站所", "办所"}

// ownNoteFirstLeads: the bracket a label or a column header carries says
// that the first unit listed under it leads (责任单位（列第一位者为牵头单位）：,
// 责任站所（第一个为牵头单位）, 责任单位（牵头单位列首位）).
func ownNoteFirstLeads(inner string) bool {
	r := []rune(inner)
	return bracketFirstLeads(r, 0, len(r))
}

// markWords: a note saying how the lead is marked among the units
// (加粗的为牵头单位, 带*号的为牵头单位), a mark the text does not keep.
var markWords = []string{"加粗", "粗体", "加黑", "黑体", "标*", "带*", "标注", "标记", "★", "※", "下划线"}

// leadMarked: a note saying that the lead is marked among the units.
func leadMarked(note string) bool {
	return strings.Contains(note, "牵头") && containsAny(note, markWords...)
}

// headerNote splits a column header from a bracketed note closing it
// (责任站所（第一个为牵头单位）, 责任单位（排名第一的为牵头单位，其余为配合单位）,
// 责任单位（加粗的为牵头单位）, 配合单位（按职责分工）): the column is named by what
// stands before the note, as a unit list is by what stands outside its note
// (listNote), and first reports whether the note says the first unit of
// each cell leads, the others being responsible units.
func headerNote(h string) (name string, first, ok bool) {
	h = strings.TrimRightFunc(h, isSpace)
	if h == "" || !strings.HasSuffix(h, "）") && !strings.HasSuffix(h, ")") {
		return h, false, false
	}
	rs := []rune(h)
	o := matchOpen(rs, 0, len(rs)-1)
	if o <= 0 {
		return h, false, false
	}
	inner := string(rs[o+1 : len(rs)-1])
	first = ownNoteFirstLeads(inner)
	if !first && !leadMarked(inner) && !noteWords.containedIn(rs, o+1, len(rs)-1) {
		return h, false, false
	}
	return strings.TrimRightFunc(string(rs[:o]), isSpace), first, true
}

// columnRole names what a header cell holds.
func columnRole(h string) string {
	role, _ := columnRoleWeight(h)
	return role
}

// columnRoleWeight names what a header cell holds and, for a task column,
// how strongly the header says so: 3 for the task itself (任务, 重点工作,
// 事项, 项目名称, 指标), 1 for what a task is broken into (目标, 措施, 内容).
// Of several task columns the strongest, then the leftmost, is the task.
func columnRoleWeight(h string) (string, int) {
	if name, _, ok := headerNote(h); ok {
		h = name // 责任站所（第一个为牵头单位）: units, the first of each cell leading
	}
	if k := strings.IndexFunc(h, isColon); k >= 0 && strings.TrimSpace(strings.TrimLeftFunc(h[k:], isColon)) != "" || utf8.RuneCountInString(h) > 16 {
		return "", 0 // 填报单位：市政府督查室 above a table: a label and its value, not a header
	}
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
		return "", 0
	case h == "序号" || h == "编号" || h == "序" || h == "No." || h == "NO" || identifierHeader(h):
		return "index", 0 // 事项编号, 任务编号: a record's id, not its task
	case countHeader(h):
		return colNote, 0 // 任务数, 牵头任务数: a summary's count
	case proposerHeader(h):
		return colNote, 0 // 领衔代表, 提案人（单位）: who raised the matter, no role in it
	case has("类别", "领域", "板块", "分类", "类型", "方面"):
		return "category", 0
	case has("领导") || leaderTitle(h) && !has("单位", "部门") && leaderPostHeader(h):
		return "leader", 0 // 责任领导, 分管市领导, 牵头市领导, 责任县领导, 包保领导, 督办领导, 分管副县长
	case has("责任人", "负责人") && !has("单位", "部门"):
		return colPerson, 0
	case has("督办事项", "督办内容", "督查事项", "督查内容"):
		return "task", 3 // the matter under supervision, unlike 督办单位
	case has("考核指标", "考核内容", "考核事项", "考核任务", "考核项目"):
		return "task", 3 // a 目标责任书's indicator, unlike 考核单位 or 考核结果
	case has("计量单位", "计算单位", "度量单位"):
		return colMeasure, 0 // the unit of measure of an indicator (亿元, 家, %), not a responsible unit
	case has("目标值", "指标值", "预期值", "目标数"):
		return colMeasure, 0 // the value an indicator is to reach (≥95%, 完成)
	case has("分值", "权重", "分数", "得分", "赋分"):
		return colNote, 0 // the score a 目标责任书 gives an indicator
	case has("来源", "依据", "出处", "督办", "督查", "监督", "考核", "备注", "进展", "进度情况", "工作进度", "完成进度", "推进情况", "完成情况",
		"是否", "联系", "联络", "电话", "存在问题", "打算", "成效", "投资", "资金", "金额", "地点", "面积", "批次", "状态", "更新", "业主"):
		return colNote, 0 // 任务来源, 督办单位, 工作进展, 办理状态, 项目业主 …: not a role
	case has("交办", "填报", "录入", "签收") && has("时间", "日期", "单位", "人"):
		return colNote, 0 // 交办日期, 填报单位: the supervision's own events, not the task's (交办事项 is the task)
	case has("日期") && has("截止", "办结", "完成", "到期"):
		return "deadline", 0 // 截止日期, 到期日期
	case has("牵头", "主责", "主办", "主要责任", "主体责任", "第一责任") && (has(unitWords...) || utf8.RuneCountInString(h) <= 3):
		return "lead", 0 // 牵头单位, 牵头责任单位, 主责单位, 主办单位, 主要责任单位, 主体责任单位, 牵头, 主办
	case has("启动", "开始", "开工", "起始"):
		return colNote, 0 // the start (开工时间, 计划开工), not the deadline
	case has("时限", "时间", "节点", "期限", "进度安排", "进度要求", "进度计划"):
		return "deadline", 0
	case has(unitWords...) || has("责任主体"):
		return "units", 0 // 责任单位, 协同责任单位, 协办单位, 配合单位, 参与单位, 配合部门, 责任股室
	case utf8.RuneCountInString(h) <= 3 && has("配合", "协办", "协同", "参与", "协助"):
		return "units", 0 // 配合, 协办 under 责任分工
	case has("题目", "标题") || has("建议", "提案", "议案") && has("名称", "内容", "案由"):
		return "task", 3 // 建议（提案）题目, 提案名称: each matter handed over (交办) is a task
	case h == "指标" || h == "指标名称" || h == "主要指标" || h == "预期指标":
		return "task", 3 // a 主要指标分解表: each indicator is a target with its units
	case has("任务") && has("目标"):
		return "task", 2 // 目标任务: a target beside the task, or the task
	case has("任务", "重点工作", "主要工作", "工作事项", "事项", "要点", "项目名称", "工作名称", "实事", "问题"):
		return "task", 3
	case has("工作内容", "具体内容", "主要内容", "工作目标", "内容", "措施", "举措", "具体工作", "目标", "要求"):
		return "task", 1
	case periodName(h):
		return colNote, 0 // 时间节点 over 一季度 | 二季度: a milestone per period, no deadline
	}
	return "", 0
}

// leaderPostHeader: a header naming a leader's post (分管副县长, 县政府分管副县长,
// 包保副县长), not a person and a post (钱明副区长, X同志（区长）牵头负责 in a row
// under the header): what is left after the verbs and organs before the post
// names no person.
func leaderPostHeader(h string) bool {
	if utf8.RuneCountInString(h) > 10 || strings.ContainsAny(h, "（(") || strings.Contains(h, "同志") {
		return false
	}
	rest := h
	for cut := true; cut; {
		cut = false
		for _, w := range postHeaderPrefixes {
			if r, ok := strings.CutPrefix(rest, w); ok {
				rest, cut = r, true
			}
		}
	}
	_, _, person := splitLeader(rest)
	return !person
}

// postHeaderPrefixes stand before a post in a leader column's header.
var postHeaderPrefixes = []string{"省政府", "市政府", "区政府", "县政府", "分管", "协管", "包保", "包抓", "牵头", "联系", "挂钩", "责任", "负责", "督办", "主抓"}

// proposerHeader: the column of a 建议/提案 交办 table naming who raised the
// matter (领衔代表, 提案人, 提出单位), a deputy, a member or a party's branch.
func proposerHeader(h string) bool {
	return containsAny(h, "领衔", "提案人", "建议人", "议案人", "提出人", "提出单位", "提案单位", "附议")
}

// identifierHeader: a record's id column (事项编号, 任务编号, 项目代码), whose
// header may hold a task word.
func identifierHeader(h string) bool {
	return utf8.RuneCountInString(h) <= 6 && (strings.HasSuffix(h, "编号") || strings.HasSuffix(h, "序号") || strings.HasSuffix(h, "代码") || strings.HasSuffix(h, "编码"))
}

// countHeader: a column of counts (任务数, 牵头任务数, 事项数量), as in a
// summary table of leaders or units; 目标数 is a target's value, read before.
func countHeader(h string) bool {
	return utf8.RuneCountInString(h) <= 8 && (strings.HasSuffix(h, "任务数") || strings.HasSuffix(h, "事项数") || strings.HasSuffix(h, "项数") ||
		strings.HasSuffix(h, "数量") || strings.HasSuffix(h, "个数"))
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
// row and, where that is empty, from the upper one. Of several task columns
// the strongest header is the task and the others are its measures; a
// column whose header names nothing is given a role from its cells
// (contentRoles).
func (p *parser) tableHeader(i int) (tableCols, bool) {
	cs := p.cells(i)
	header := make([]string, len(cs))
	roles := make([]string, len(cs))
	weights := make([]int, len(cs))
	for k, c := range cs {
		header[k] = p.str(c.s, c.e)
		roles[k], weights[k] = columnRoleWeight(header[k])
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
	named := false
	for k, h := range header {
		named = named || roles[k] != "" || groupHeader(h)
	}
	if !named {
		return tableCols{}, false // 填报单位：… | 更新：… above the header
	}
	// Header rows below it (two or three in all: 责任分工 over 县领导 |
	// 责任单位 over 牵头县领导 | 协管县领导 | 牵头单位 | 协办单位).
	for rows < 3 && i+rows < len(p.lines) && p.lines[i+rows].kind == lkTab {
		lower, ok := p.headerRow(i+rows, header)
		if !ok {
			break
		}
		rows++
		for k, h := range lower {
			if k >= len(roles) {
				header, roles, weights = append(header, ""), append(roles, ""), append(weights, 0)
			}
			if h == "" || h == header[k] || strings.HasSuffix(header[k], " "+h) {
				continue // empty, or a cell of a row above carried down
			}
			if r, w := columnRoleWeight(h); r != "" || roles[k] == "" || groupHeader(header[k]) {
				roles[k], weights[k] = r, w
			}
			header[k] = strings.TrimSpace(header[k] + " " + h)
		}
	}
	// 责任分工 with no row of parts below it: a column of running roles
	// (由X牵头，Y配合；Z副区长负责督导), read by the role grammar.
	if rows == 1 {
		for k, h := range header {
			if roles[k] == "" && groupHeader(h) {
				roles[k] = "units"
			}
		}
	}
	// The task: the finer column under a name column, else the strongest
	// task header, the leftmost of equals; other task columns are its
	// measures.
	nameCol, task := projectNameAsCategory(roles, header)
	for k, role := range roles {
		if role == "task" && nameCol < 0 && (task < 0 || weights[k] > weights[task]) {
			task = k
		}
	}
	task = p.textColumn(i+rows, roles, weights, task)
	for k, role := range roles {
		if role == "task" && k != task {
			roles[k] = colMeasure
		}
	}
	cols := tableCols{index: -1, task: task, leader: -1, lead: -1, deadline: -1, category: -1, person: -1, outer: -1, nameCol: nameCol,
		width: len(roles), rows: rows, header: header, roles: roles, line: i + 1}
	if task >= 0 {
		p.contentRoles(i+rows, &cols)
	}
	for k, role := range roles {
		if role == "units" && p.measureUnitColumn(i+rows, k) {
			roles[k] = colMeasure // 单位 beside an indicator: 亿元, 家, %
		}
	}
	for k, role := range roles {
		if _, first, _ := headerNote(header[k]); first && (role == "units" || role == "leader") {
			cols.firstListed = append(cols.firstListed, k)
		}
		switch role {
		case "index":
			cols.index = firstCol(cols.index, k)
		case "leader":
			if cols.leader >= 0 && !slices.Contains(cols.inferred, k) {
				cols.moreLeaders = append(cols.moreLeaders, k) // named so by its header, not guessed
			}
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
		case colPerson:
			cols.person = firstCol(cols.person, k)
		case colMeasure:
			cols.measures = append(cols.measures, k)
		}
	}
	if cols.lead < 0 && cols.leader >= 0 && len(cols.units) == 1 && !cols.coop && p.soleUnitColumn(i+rows, cols.units[0]) {
		// 包保领导 | 责任单位, one unit a row (a 重点项目 list: one project,
		// one leader, one unit): that unit leads.
		k := cols.units[0]
		if primary, _ := labelFlags(header[k]); primary {
			cols.lead, cols.units, roles[k] = k, nil, "lead"
		}
	}
	if k := cols.leader; k >= 0 && containsAny(header[k], "单位", "部门") {
		// 责任领导及单位, 牵头领导/单位: persons and units in one cell
		cols.leaderUnits = roleUnits
		if containsAny(header[k], "牵头", "主责", "主办") {
			cols.leaderUnits = roleLead
		}
	}
	if nameCol >= 0 && cols.category != nameCol {
		// 项目类别 | 项目名称 | 建设内容: the name is the finer category
		// when it groups rows.
		cols.outer = cols.category
		cols.category = nameCol
	}
	for k, role := range roles { // a second column of one role is not read, but a named leader column
		switch role {
		case "", "units", colMeasure, colNote:
		default:
			if slices.Contains(cols.moreLeaders, k) {
				continue
			}
			if k != cols.index && k != cols.task && k != cols.leader && k != cols.lead && k != cols.deadline && k != cols.category && k != cols.person && k != cols.outer {
				roles[k] = ""
			}
		}
	}
	cols.headerText = p.str(p.lines[i].s, p.lines[i].e)
	return cols, cols.task >= 0 && (cols.leader >= 0 || cols.lead >= 0 || len(cols.units) > 0 || cols.person >= 0)
}

// continuedTable reports the mapping of the table that the rows at line i
// continue: the last table read, when only blank lines or a 续表 line stand
// between its last row and line i and row i has as many cells as its
// header (a table broken at a page, the header not repeated).
func (p *parser) continuedTable(i int) (tableCols, bool) {
	last := p.lastTable
	if last == nil || len(p.cells(i)) != last.width || p.filledCells(i) < 2 {
		return tableCols{}, false
	}
	for j := p.lastTableEnd; j < i; j++ {
		if j < 0 || p.lines[j].kind == lkBlank {
			continue
		}
		if t := strings.Trim(p.str(p.lines[j].cs, p.lines[j].e), "（）() \t"); t != "续表" && t != "续上表" {
			return tableCols{}, false
		}
	}
	cols := *last
	cols.rows, cols.line = 0, i+1
	return cols, true
}

// projectNameAsCategory: of two task columns, one that names a finer level
// (主要内容, 建设内容, 具体工作, 具体任务, 子任务, a 年度目标 or 工作目标 under
// a project) makes the task column left of it
// (项目名称, 重点任务, merged over the rows of its group) a category; each row
// of the finer column is a task (a 民生实事 project with several rows, a 台账 of
// 重点任务 over 具体工作). Whether the left column groups rows is decided from
// the rows (namesGroup); when it does not, it is the task after all.
func projectNameAsCategory(roles, header []string) (name, content int) {
	name, content = -1, -1
	for k, h := range header {
		if roles[k] != "task" {
			continue
		}
		switch {
		case name >= 0 && containsAny(h, "内容", "目标", "具体工作", "具体任务", "具体事项", "子任务", "二级任务", "分项任务"):
			content = firstCol(content, k)
		default:
			name = firstCol(name, k)
		}
	}
	if name >= 0 && content > name {
		roles[name] = "category"
		return name, content
	}
	return -1, -1
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
// the header above: every filled cell names a column role, groups columns,
// repeats the upper cell (a rowspan: 具体目标, 责任人) or is a short name under
// a header that spans it (一季度 | 二季度 under 推进情况), and at least one cell
// that is not a repeat names a role.
func (p *parser) headerRow(i int, upper []string) ([]string, bool) {
	cs := p.cells(i)
	out := make([]string, len(cs))
	named := 0
	group := "" // the upper header over this cell: the last filled one
	for k, c := range cs {
		h := p.str(c.s, c.e)
		out[k] = h
		if k < len(upper) && upper[k] != "" {
			group = upper[k]
		}
		if mk, _ := markerAt(p.src, c.s, c.e); h != "" && mk != markNone {
			return nil, false // a category row (一、…) or a numbered row
		}
		switch {
		case h == "":
		case k < len(upper) && h == upper[k]:
		case columnRole(h) != "":
			named++ // a period (一季度, 上半年, 3月) too, under any group: 时间节点, 月度节点, 季度目标
		case groupHeader(h):
		case k < len(upper) && (upper[k] == "" || columnRole(group) == "" || columnRole(group) == colNote) && shortName(h):
		default:
			return nil, false
		}
	}
	return out, named > 0
}

// textColumn keeps the chosen task column unless its cells below the header
// are values (完成, ≥95%, 1200亩) and another task column's are not: the
// task is the column of sentence-like text.
func (p *parser) textColumn(first int, roles []string, weights []int, task int) int {
	if task < 0 || !p.valueColumn(first, task) {
		return task
	}
	best := -1
	for k, role := range roles {
		if role == "task" && k != task && (best < 0 || weights[k] > weights[best]) && !p.valueColumn(first, k) {
			best = k
		}
	}
	return cmp.Or(best+1, task+1) - 1
}

// valueColumn reports that the filled cells of column k in the rows from
// line first (up to 40) are mostly values (valueCell).
func (p *parser) valueColumn(first, k int) bool {
	filled, values := 0, 0
	for j, n := first, 0; j < len(p.lines) && p.lines[j].kind == lkTab && n < 40; j, n = j+1, n+1 {
		cs := p.cells(j)
		if k >= len(cs) || !hasContent(p.src, cs[k].s, cs[k].e) {
			continue
		}
		filled++
		if p.valueCell(cs[k]) {
			values++
		}
	}
	return filled > 0 && 4*values >= 3*filled
}

// valueCell: a short cell that states a value, not a task: 完成, 全覆盖,
// ≥95%, 1200亩, 10分.
func (p *parser) valueCell(r rng) bool {
	s, e := trim(p.src, r.s, r.e, isSpace, isSpace)
	n := e - s
	if n == 0 || n > 8 {
		return false
	}
	if n <= 4 {
		return true
	}
	for i := s; i < e; i++ {
		if isDigit(p.src[i]) || strings.ContainsRune("%％≥≤＞＜><", p.src[i]) {
			return true
		}
	}
	return false
}

// periodName: a header cell naming a part of the year, as the columns of
// a schedule do: 一季度, 第二季度, 上半年, 全年, 3月, 十二月份, 6月底.
func periodName(h string) bool {
	switch h {
	case "上半年", "下半年", "全年", "年初", "年中", "年底", "年末":
		return true
	}
	rest := strings.TrimLeftFunc(strings.TrimPrefix(h, "第"), func(r rune) bool { return isDigit(r) || isCNNumeral(r) })
	if n := utf8.RuneCountInString(strings.TrimPrefix(h, "第")) - utf8.RuneCountInString(rest); n == 0 || n > 2 {
		return false
	}
	switch rest {
	case "季度", "季", "月", "月份", // and the end or a part of one (3月底, 第三季度末: a 倒排工期's milestones)
		"季度末", "季末", "月底", "月末", "月上旬", "月中旬", "月下旬":
		return true
	}
	return false
}

// shortName: a header-like cell, a few characters without sentence
// punctuation (一季度, 上半年, 完成值).
func shortName(s string) bool {
	return utf8.RuneCountInString(s) <= 6 && !strings.ContainsAny(s, "，。；、,;")
}

// contentRoles gives a role to each column whose header names none, from
// the cells of the rows below the header (up to 40): unit lists make a
// units column, persons a leader column, deadlines a deadline column, and
// long sentences a measure column. Such a column is listed in inferred, and
// the profile warns that its role was guessed.
func (p *parser) contentRoles(first int, cols *tableCols) {
	var unknown []int
	for k, role := range cols.roles {
		if role == "" && k != cols.task {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return
	}
	counts := make([][5]int, len(cols.roles)) // filled, units, persons, deadlines, sentences
	for j, n := first, 0; j < len(p.lines) && p.lines[j].kind == lkTab && n < 40; j, n = j+1, n+1 {
		cs := p.cells(j)
		for _, k := range unknown {
			if k >= len(cs) || !hasContent(p.src, cs[k].s, cs[k].e) || p.emptyCellAt(cs[k]) {
				continue
			}
			c := &counts[k]
			c[0]++
			v := p.str(cs[k].s, cs[k].e)
			switch {
			case p.unitList(cs[k]):
				c[1]++
			case p.personList(cs[k]):
				c[2]++
			case isDeadlinePhrase(p.src, cs[k].s, cs[k].e):
				c[3]++
			case utf8.RuneCountInString(v) >= 12 && strings.ContainsAny(v, "，。；"):
				c[4]++
			}
		}
	}
	for _, k := range unknown {
		c := counts[k]
		if c[0] < 2 {
			continue
		}
		role := ""
		for n, r := range [4]string{"units", "leader", "deadline", colMeasure} {
			if 4*c[n+1] >= 3*c[0] {
				role = r
				break
			}
		}
		if role == "" {
			continue
		}
		cols.roles[k] = role
		cols.inferred = append(cols.inferred, k)
	}
}

// measureUnitColumn reports that three quarters of the filled cells of
// column k in the rows from line first (up to 40, at least two) are units
// of measure (亿元, 家, %, 万平方米): the 单位 column of an indicator table,
// whose header says 单位 like a column of responsible units.
func (p *parser) measureUnitColumn(first, k int) bool {
	filled, measures := 0, 0
	for j, n := first, 0; j < len(p.lines) && p.lines[j].kind == lkTab && n < 40; j, n = j+1, n+1 {
		cs := p.cells(j)
		if k >= len(cs) || !hasContent(p.src, cs[k].s, cs[k].e) || p.emptyCellAt(cs[k]) {
			continue
		}
		filled++
		if a, b := trim(p.src, cs[k].s, cs[k].e, isSpace, isSpace); b-a <= 8 && measureUnitWord(p.str(a, b)) {
			measures++
		}
	}
	return filled >= 2 && 4*measures >= 3*filled
}

// measureBases are the units of measure an indicator is counted in; a
// magnitude (万, 亿, 千, 百, 十) may stand before one, and a rate is two
// of them (元/人, 微克/立方米).
var measureBases = map[string]bool{
	"%": true, "％": true, "‰": true, "元": true, "美元": true, "个": true, "家": true, "项": true, "人": true, "人次": true,
	"名": true, "户": true, "亩": true, "公顷": true, "平方米": true, "平方公里": true, "立方米": true, "米": true,
	"公里": true, "千米": true, "吨": true, "标准煤": true, "吨标准煤": true, "千瓦": true, "千瓦时": true, "兆瓦": true,
	"标箱": true, "标准箱": true, "套": true, "间": true, "座": true, "所": true, "处": true, "场": true, "起": true,
	"件": true, "次": true, "批": true, "辆": true, "台": true, "条": true, "栋": true, "张": true, "床": true, "份": true,
	"宗": true, "倍": true, "小时": true, "天": true, "日": true, "分钟": true, "支": true, "只": true, "株": true,
	"棵": true, "个百分点": true, "百分点": true, "分": true, "篇": true, "册": true, "例": true, "艘": true, "架": true,
	"头": true, "克": true, "千克": true, "公斤": true, "微克": true, "毫克": true, "度": true, "万": true, "亿": true,
}

// measureUnitWord: a unit of measure written alone (亿元, 万美元, 家, %,
// 元/人), as an indicator table's 单位 cell holds it.
func measureUnitWord(s string) bool {
	s = strings.Trim(s, "（）() ")
	if a, b, ok := strings.Cut(s, "/"); ok {
		return measureUnitWord(a) && measureUnitWord(b)
	}
	for n := 0; n < 2 && !measureBases[s]; n++ {
		r, size := utf8.DecodeRuneInString(s)
		if !strings.ContainsRune("万亿千百十", r) {
			break
		}
		s = s[size:]
	}
	return measureBases[s]
}

// soleUnitColumn reports that every filled cell of column k in the rows
// from line first (up to 40, at least three) names exactly one unit.
func (p *parser) soleUnitColumn(first, k int) bool {
	filled := 0
	for j, n := first, 0; j < len(p.lines) && p.lines[j].kind == lkTab && n < 40; j, n = j+1, n+1 {
		cs := p.cells(j)
		if k >= len(cs) || !hasContent(p.src, cs[k].s, cs[k].e) || p.emptyCellAt(cs[k]) {
			continue
		}
		items := p.splitItems(nil, cs[k].s, cs[k].e)
		if len(items) != 1 || !unitLike(items[0].text) {
			return false
		}
		filled++
	}
	return filled >= 3
}

// emptyCellAt: emptyCell for the cell at r, without building its text
// unless it is short.
func (p *parser) emptyCellAt(r rng) bool {
	a, b := trim(p.src, r.s, r.e, isSpace, isSpace)
	return b-a <= 2 && emptyCell(p.str(a, b))
}

// emptyCell: a cell that says there is nothing (—, /, 无).
func emptyCell(s string) bool {
	s = strings.TrimSpace(s)
	return s == "—" || s == "——" || s == "-" || s == "/" || s == "／" || s == "无" || s == "－"
}

// unitList: every item of the cell ends like a unit name.
func (p *parser) unitList(r rng) bool {
	items := p.splitItems(nil, r.s, r.e)
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		if !unitLike(it.text) {
			return false
		}
	}
	return true
}

var cellUnitEndings = []string{"局", "委", "办", "厅", "部", "院", "所", "站", "馆", "中心", "政府", "公司", "集团", "队",
	"会", "处", "科", "室", "社", "行", "海关", "办事处", "街道", "镇", "乡", "社区", "园区", "校", "台"}

func unitLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 30 || isPersonName(s) {
		return false
	}
	for _, e := range cellUnitEndings {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// personList: every item of the cell is a person, with or without a title.
func (p *parser) personList(r rng) bool {
	items := p.splitItems(nil, r.s, r.e)
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		if name, _, ok := splitLeader(it.text); !ok || !isPersonName(name) {
			return false
		}
	}
	return true
}

// leaderTitle: the title of a government leader (副县长, 区委常委、副区长,
// 市政府秘书长), not a post inside a unit (县发改局局长, 管委会副主任).
func leaderTitle(t string) bool {
	for _, w := range []string{"省长", "市长", "区长", "县长", "州长", "盟长", "旗长", "镇长", "乡长", "秘书长", "常委"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// personLeaders returns the items of a 责任人 cell that name a government
// leader by title (柯望岳（副区长）, 副县长 李明); the others are officials of
// the unit and are not leaders of the task.
func (p *parser) personLeaders(r rng) []rng {
	var out []rng
	if !slices.ContainsFunc(p.src[r.s:r.e], func(c rune) bool { return c == '长' || c == '委' }) {
		return nil // every leader title holds 长 or 常委
	}
	for _, it := range p.splitItems(nil, r.s, r.e) {
		if _, title, ok := p.split(it.text); ok && leaderTitle(title) {
			s := it.pos
			out = append(out, rng{s, s + utf8.RuneCountInString(it.text)})
		}
	}
	return out
}

// isTotalRow: 合计, 小计, 总计 in a row's first filled cell.
func isTotalRow(s string) bool {
	s = strings.Join(strings.Fields(s), "")
	return s == "合计" || s == "小计" || s == "总计" || s == "共计"
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
		// Every row has its own name (a 重点项目 table): the name is the
		// task and the finer column its measure.
		// A name column of values (完成, ≥98%) before the text is the
		// measure instead.
		cols.roles = append([]string(nil), cols.roles...)
		if first := h + cols.rows; p.valueColumn(first, cols.nameCol) && !p.valueColumn(first, cols.task) {
			cols.roles[cols.nameCol] = colMeasure
			cols.measures = append([]int{cols.nameCol}, cols.measures...)
		} else {
			cols.roles[cols.task], cols.roles[cols.nameCol] = colMeasure, "task"
			cols.measures = append([]int{cols.task}, cols.measures...)
			cols.task = cols.nameCol
		}
		cols.category = cols.outer
	}
	p.tableMaps = append(p.tableMaps, cols.mapping())
	if cols.rows > 0 {
		p.tableWarnings(cols)
	}
	if len(cols.firstListed) > 0 {
		p.conv[convFirstIsLead]++
	}
	defer func() { last := cols; p.lastTable = &last }()
	// A title right above the table naming its leader (X同志（区长）牵头负责
	// 重点工作清单, X副县长分管工作): the leader of the rows that name none. A
	// row naming a lead unit and its count (县住建局（牵头3项）) is the lead
	// of the rows below it, until the next such row.
	outerLeaders, outerLead := p.scopeLeaders, p.scopeLead
	defer func() { p.scopeLeaders, p.scopeLead = outerLeaders, outerLead }()
	if cols.rows > 0 {
		cols.rowLeaders = p.titleLeaders(h) // the title's, then a leader row's
	}
	if len(cols.rowLeaders) > 0 {
		p.conv[convLeaderHeading]++
		p.scopeLeaders = cols.rowLeaders
	}
	if cols.rows > 0 {
		cols.titleLead = p.titleLead(h)
	}
	tableLead := cmp.Or(cols.titleLead, outerLead)
	p.scopeLead = tableLead
	projectRows := strings.Contains(cols.header[cols.task], "项目")
	// A table by unit (责任单位 | 牵头任务): the row's unit leads the tasks of
	// a 牵头任务 cell.
	unitsLead := cols.lead < 0 && containsAny(cols.header[cols.task], "牵头", "主办", "主责")
	header := cols.headerText
	cell := func(cs []rng, k int) rng {
		if k < 0 || k >= len(cs) {
			return rng{-1, -1}
		}
		return cs[k]
	}
	filled := func(r rng) bool {
		return r.s >= 0 && hasContent(p.src, r.s, r.e) && !p.emptyCellAt(r)
	}
	// Grouping cells (leader, lead unit, deadline) left blank below the first
	// row of a group mean "same as above": a merged cell exported to CSV, or
	// a table typed that way. A category row ends the group.
	var above [3]rng
	resetAbove := func() { above = [3]rng{{-1, -1}, {-1, -1}, {-1, -1}} }
	resetAbove()
	// Rows repeating a task read before the table (an annex 清单 of the
	// body's items, by title) are merged into it (repeats.go).
	bodyTasks, merged := len(p.doc.Tasks), map[int]bool{}
	var repeats map[string]int
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
		if tc := cell(cs, cols.task); tc.s >= 0 && tc.e-tc.s <= 8 && !p.numberedRow(cell(cs, cols.index)) && columnRole(p.str(tc.s, tc.e)) == "task" {
			if _, ok := p.tableHeader(j); ok {
				break // the header of another table (a CSV holding two, no blank row kept)
			}
		}
		var nonEmpty []rng
		for _, c := range cs {
			if hasContent(p.src, c.s, c.e) {
				nonEmpty = append(nonEmpty, c)
			}
		}
		if len(nonEmpty) == 0 {
			continue
		}
		if isTotalRow(p.str(nonEmpty[0].s, nonEmpty[0].e)) {
			continue // 合计 | | 26个: a sum, not a task
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
			// A heading row: 一、经济发展 across the table, or a leader's
			// row (一、罗振宇主任主抓重点工作) whose leader governs the rows below.
			resetAbove()
			c := nonEmpty[0]
			if mk, ms := markerAt(p.src, c.s, c.e); (mk == markCN || mk == markParenCN) && ms < c.e {
				if _, ok := p.leaderHeading(ms, c.e); ok {
					cols.rowLeaders, p.scopeLeaders = nil, nil // the section's leaders now
					p.tableSection(rng{c.s, ms}, rng{ms, c.e})
					continue
				}
			}
			if names := p.titleLeadersAt(c.s, c.e); len(names) > 0 {
				// 晏秋池同志（区长）牵头负责, 责任领导：钱明副区长 across the table:
				// the leader of the rows below, until the next such row
				cols.rowLeaders, p.scopeLeaders = names, names
				p.conv[convLeaderHeading]++
				p.headingTheme = p.addTheme(p.str(c.s, c.e), c.s, c.e)
				continue
			}
			if p.scopeLead = tableLead; c.e-c.s <= 24 {
				if unit := p.leadRow(p.str(c.s, c.e)); unit != "" {
					p.scopeLead = unit
					p.headingTheme = p.addTheme(p.str(c.s, c.e), c.s, c.e)
					continue
				}
			}
			p.textLine(j, c.s, c.e)
			if len(cols.rowLeaders) > 0 {
				p.scopeLeaders = cols.rowLeaders // a category row (一、…) under them
			}
			if cols.titleLead != "" {
				p.scopeLead = cols.titleLead // and under the title's lead
			}
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
		p.tableItems++
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
		// A task cell of sub-items （1）…（2）… (or ①…②…) holds one task
		// each; a role cell numbered the same way gives each its part, and
		// what stands before its first number to all of them.
		parts := p.circledParts(task)
		annS, annE := -1, -1
		for _, c := range annCells {
			if filled(c) && c.s >= ln.s { // an inherited cell stands in an earlier row
				annS, annE = minPos(annS, c.s), max(annE, c.e)
			}
		}
		addCell := func(fs *fieldSet, n int, c rng) {
			col := -1
			switch {
			case n == 0 && cols.leaderUnits != 0:
				col = cols.leader
			case n >= 3:
				col = cols.units[n-3]
			}
			if col >= 0 && slices.Contains(cols.firstListed, col) {
				fs.firstIsLead = true // 责任单位（牵头单位列首位）: the first unit of the cell leads
			}
			switch {
			case n == 0 && cols.leaderUnits != 0:
				if inner, _, ok := p.innerFields(c); ok && len(inner.fields) > 0 {
					fs.merge(inner) // 责任领导：X 牵头单位：Y 配合单位：Z in the one cell
					return
				}
				for _, part := range p.leaderUnitParts(c) {
					switch {
					case part.person:
						fs.add(roleLeader, part.r)
					case cols.leaderUnits == roleLead:
						fs.add(roleLead, part.r)
					default:
						fs.fields = append(fs.fields, field{role: roleUnits, r: part.r, primary: true, coop: cols.coop})
					}
				}
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
				if unitsLead && !coop {
					// the row's unit and the tasks it leads (牵头任务)
					fs.add(roleLead, c)
					return
				}
				fs.fields = append(fs.fields, field{role: roleUnits, r: c, primary: primary, coop: coop || primary && cols.coop})
			}
		}
		fieldsFor := func(part int) fieldSet {
			var fs fieldSet
			for n, c := range annCells {
				if !filled(c) {
					continue
				}
				if len(parts) < 2 {
					addCell(&fs, n, c)
					continue
				}
				for _, r := range p.cellForPart(c, part, len(parts)) {
					addCell(&fs, n, r)
				}
			}
			return fs
		}
		var extra fieldSet // leaders of further leader columns and of 责任人
		for _, k := range cols.moreLeaders {
			if c := cell(cs, k); filled(c) {
				extra.add(roleLeader, c)
				annS, annE = minPos(annS, c.s), max(annE, c.e)
			}
		}
		if c := cell(cs, cols.person); filled(c) {
			for _, r := range p.personLeaders(c) {
				extra.add(roleLeader, r)
				annS, annE = minPos(annS, r.s), max(annE, r.e)
			}
		}
		annotatedBefore := p.tableAnnotated
		if annS < 0 {
			if !assignedAfterInheriting(annCells, filled) {
				p.warn(graph.DiagUnannotatedItem, task.s, "table row names no leader or unit")
			} else {
				p.tableAnnotated++
			}
			annS, annE = ln.e, ln.e
		} else {
			p.tableAnnotated++
		}
		p.paraTheme = -1
		p.tableItems += len(parts) - 1
		if p.tableAnnotated > annotatedBefore {
			p.tableAnnotated += len(parts) - 1
		}
		for k, part := range parts {
			n := len(p.doc.Tasks)
			fs := fieldsFor(k)
			fs.merge(extra)
			// 任务。牵头：X；参与：Y inside the task cell: the running-text
			// annotation grammar reads the task's own roles off its text.
			if own, ok := p.cellAnnotation(part); ok {
				part.e = own.s
				fs.merge(own.fields)
				annS, annE = minPos(annS, own.s), max(annE, own.e)
			}
			p.addTask(part.s, part.e, annotation{s: annS, e: annE, fields: fs})
			if len(p.doc.Tasks) <= n {
				continue
			}
			t := &p.doc.Tasks[n]
			for _, k := range cols.measures {
				if c := cell(cs, k); filled(c) {
					t.Measures = append(t.Measures, p.str(c.s, c.e))
				}
			}
			if p.mergeRepeat(n, bodyTasks, &repeats, merged) {
				continue
			}
			if projectRows {
				if p.projectTasks == nil {
					p.projectTasks = map[int]bool{}
				}
				p.projectTasks[n] = true
			}
		}
	}
	p.lastTableEnd = j
	return j
}

// leadRow returns the lead unit a category row names: a unit and its count
// (县住建局（牵头3项）, 区卫健局（2项）) or a lead label and one unit
// (牵头单位：区教育局（2项）).
func (p *parser) leadRow(text string) string {
	k := strings.IndexAny(text, "：:")
	if k < 0 {
		return p.unitHeading(text)
	}
	if r, _ := roleOf(strings.TrimSpace(text[:k])); r != roleLead {
		return ""
	}
	_, size := utf8.DecodeRuneInString(text[k:])
	value := strings.TrimSpace(text[k+size:])
	if n := strings.IndexFunc(value, isSpace); n > 0 && strings.ContainsAny(value[n:], "：:") {
		value = value[:n] // 牵头部门：X　填报时间：…: a second field on the line
	}
	if unit := p.unitHeading(value); unit != "" {
		return unit
	}
	if unitLike(value) && !strings.ContainsAny(value, "、，,；;（(") {
		return p.canonical(value)
	}
	return ""
}

// origin is the format the document was first read from (Options.Origin
// when a stored source is read again).
func (p *parser) origin() string {
	if p.opts.Origin != "" {
		return p.opts.Origin
	}
	return p.doc.Meta.Format
}

// titleLead returns the lead unit a table's title block names: a lead
// label and one unit (牵头部门：X, 主责单位：X　填报时间：…) on one of the two
// lines above header line h, the line alone or a cell of its own beside
// others — a workbook with a sheet per lead unit. The rows that name no
// lead are that unit's.
func (p *parser) titleLead(h int) string {
	skipped := false
	for j, n := p.prevLine(h), 0; j >= 0 && n < 2; j, n = p.prevLine(j), n+1 {
		ln := p.lines[j]
		cs := []rng{{ln.cs, ln.e}}
		if ln.kind == lkTab {
			if p.filledCells(j) > 3 {
				if _, ok := p.tableHeader(j); ok && n == 0 && !skipped {
					skipped, n = true, -1 // the upper row of a two-row header read as a table of its own
					continue
				}
				return "" // a row of the table above
			}
			cs = p.cells(j)
		} else if ln.kind == lkLabel && p.titleLabel != j+1 {
			continue // the labelled lines of the task above the table
		}
		for _, c := range cs {
			s, e := trim(p.src, c.s, c.e, isSpace, isSpace)
			if name := p.str(s, e); p.origin() == "xlsx" && len(cs) == 1 && (j == 0 || p.lines[j-1].kind == lkBlank) && departmentName(name) {
				p.conv[convUnitHeading]++
				return p.canonical(name) // a sheet named after its lead unit
			}
			if e-s < 6 || e-s > 40 || !slices.ContainsFunc(p.src[s:e], isColon) {
				continue
			}
			if unit := p.leadRow(p.str(s, e)); unit != "" {
				p.conv[convUnitHeading]++
				return unit
			}
		}
	}
	return ""
}

// tableTitleLine: the labelled line at i is the title of the table whose
// header follows it, naming the lead unit or the leader of its rows
// (titleLead, titleLeaders), not an annotation of the task above it.
func (p *parser) tableTitleLine(i int) bool {
	j := p.nextLine(i)
	if j < 0 || p.lines[j].kind != lkTab || p.lines[i].e-p.lines[i].cs > 40 || p.pending >= 0 {
		return false // a task above waits for its labelled lines
	}
	if _, ok := p.tableHeader(j); !ok {
		return false
	}
	s, e := trim(p.src, p.lines[i].cs, p.lines[i].e, isSpace, isSpace)
	return p.leadRow(p.str(s, e)) != "" || len(p.titleLeadersAt(s, e)) > 0
}

// departmentName: a name that is a department's and nothing more (县交通运输局,
// 招商服务局, 园区投资发展有限公司), as a workbook names the sheet of each
// lead unit; not a title (2026年重点工作台账), a place, nor a government or
// its office, which issue the workbook.
func departmentName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 16 || strings.IndexFunc(s, func(r rune) bool { return !isHan(r) }) >= 0 ||
		containsAny(s, "政府", "领导小组", "指挥部", "年", "表", "清单", "台账", "任务", "工作", "汇总", "说明", "计划", "方案", "项目", "目录") {
		return false
	}
	for _, w := range []string{"局", "委", "委员会", "办", "办公室", "中心", "公司", "厅", "部", "站", "所", "队", "院", "馆"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// titleLeaders returns the leaders a table's title names: the line right
// above header line h, one cell or a line of text, read as a leader heading.
func (p *parser) titleLeaders(h int) []string {
	j := p.prevLine(h)
	if j < 0 || p.lines[j].kind == lkTab && p.filledCells(j) != 1 || p.lines[j].kind == lkLabel && p.titleLabel != j+1 {
		return nil // a row of a table, or the labelled lines of the task above
	}
	s, e := trim(p.src, p.lines[j].cs, p.lines[j].e, isSpace, isSpace)
	if _, ms := markerAt(p.src, s, e); ms > s {
		s = ms
	}
	return p.titleLeadersAt(s, e)
}

// titleLeadersAt reads src[s:e], a title or a row across a table, as the
// leaders it names: a leader heading (X同志（区长）牵头负责重点工作清单,
// X副县长分管工作), a leader label and persons (责任领导：X（副区长）), or
// persons with a leader's title alone (a sheet named 钟鸣远（县长）).
func (p *parser) titleLeadersAt(s, e int) []string {
	if e-s > 40 || e <= s {
		return nil
	}
	text := p.str(s, e)
	if k := strings.IndexAny(text, "：:"); k > 0 {
		if r, _ := roleOf(strings.TrimSpace(text[:k])); r != roleLeader {
			return nil
		}
		vs := s + utf8.RuneCountInString(text[:k]) + 1
		var names []string
		for _, n := range p.leaders(nil, rng{vs, e}) {
			if isTitledName(n) || isPersonName(n) {
				names = append(names, n)
			}
		}
		return names
	}
	if names, ok := p.leaderHeading(s, e); ok {
		return names
	}
	// 钟鸣远（县长）, 副县长邵可欣: persons, each with a leader's title
	for _, it := range p.splitItems(nil, s, e) {
		if _, title, ok := splitLeader(it.text); !ok || !leaderTitle(title) {
			return nil
		}
	}
	return p.leaders(nil, rng{s, e})
}

// cellAnnotation finds labelled roles or a role bracket closing a task
// cell (建成食堂3个。牵头：街道民政办；参与：东门社区), as in running text.
func (p *parser) cellAnnotation(r rng) (annotation, bool) {
	colon := false
	for i := r.s; i < r.e && !colon; i++ {
		colon = isColon(p.src[i])
	}
	if !colon {
		return annotation{}, false
	}
	anns := p.annotations(r.s, r.e, false)
	if len(anns) == 0 {
		return annotation{}, false
	}
	a := anns[len(anns)-1]
	if a.e < r.e && hasContent(p.src, a.e, r.e) || !hasContent(p.src, r.s, a.s) || len(a.fields.fields) == 0 {
		return annotation{}, false
	}
	return a, true
}

// circledParts splits a task cell that lists several tasks ①…②…③… (one
// cell of a 牵头任务 column) into the tasks, each without its numeral; any
// other cell is one task.
func (p *parser) circledParts(task rng) []rng {
	a, b := trim(p.src, task.s, task.e, isSpace, isSpace)
	if a >= b || !isCircled(p.src[a]) && p.src[a] != '（' && p.src[a] != '(' {
		return []rng{task} // no sub-item number first: one task
	}
	pre, parts := p.numberedParts(task)
	if len(parts) < 2 || pre.e > pre.s {
		return []rng{task}
	}
	return parts
}

// cellForPart returns the ranges of role cell c that belong to sub-item k
// of n: all of c, or, when c is numbered into n parts too, what stands
// before its first number and part k.
func (p *parser) cellForPart(c rng, k, n int) []rng {
	if n < 2 {
		return []rng{c}
	}
	pre, parts := p.numberedParts(c)
	if len(parts) != n {
		return []rng{c}
	}
	if pre.e > pre.s {
		return []rng{pre, parts[k]}
	}
	return []rng{parts[k]}
}

// numberedParts splits src[r] at sub-item numbers ①②③ or （1）（2）（3）, in
// order, each at the start or after a space or a ；。， : the text before the
// first (pre) and each part without its number; no parts without two.
func (p *parser) numberedParts(r rng) (pre rng, parts []rng) {
	a, b := trim(p.src, r.s, r.e, isSpace, isSpace)
	var starts, ends []int // a number's start and the index past it
	want := 1
	for i := a; i < b; i++ {
		if i > a && !isSpace(p.src[i-1]) && !strings.ContainsRune("；;。，", p.src[i-1]) {
			continue
		}
		if n, end := subNumber(p.src, i, b); n == want && (len(starts) == 0 || sameNumberKind(p.src[starts[0]], p.src[i])) {
			starts, ends = append(starts, i), append(ends, end)
			want++
		}
	}
	if len(starts) < 2 {
		return rng{a, a}, nil
	}
	for k, st := range ends {
		end := b
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if s, e := trim(p.src, st, end, isSpace, isSpace); s < e {
			parts = append(parts, rng{s, e})
		}
	}
	ps, pe := trim(p.src, a, starts[0], isSpace, isSpace)
	return rng{ps, max(ps, pe)}, parts
}

// subNumber reads ① or （1） / (1) at src[i:e]: the number and the index past it.
func subNumber(src []rune, i, e int) (int, int) {
	if isCircled(src[i]) {
		return int(src[i]-'①') + 1, i + 1
	}
	if src[i] != '（' && src[i] != '(' {
		return 0, i
	}
	j := i + 1
	for j < e && j-i <= 2 && isDigit(src[j]) {
		j++
	}
	if j == i+1 || j >= e || src[j] != '）' && src[j] != ')' {
		return 0, i
	}
	n, _ := numberValue(src[i+1 : j])
	return n, j + 1
}

func sameNumberKind(a, b rune) bool { return isCircled(a) == isCircled(b) }

func minPos(a, b int) int {
	if a < 0 || b < a {
		return b
	}
	return a
}

// tableWarnings adds the profile's warnings about a table's mapping: columns
// whose role was guessed from their cells, and a task column that repeats
// one text on most of its first 200 rows (任务来源 read as the task?).
func (p *parser) tableWarnings(cols tableCols) {
	for k, h := range cols.header {
		if name, first, ok := headerNote(h); ok && !first && leadMarked(h[len(name):]) && (cols.roles[k] == "units" || cols.roles[k] == "leader") {
			p.tableDoubts = append(p.tableDoubts, fmt.Sprintf("table at line %d: column %q says its lead units are marked (bold or a sign); the mark is not read, so they were read as responsible units", cols.line, h))
		}
	}
	for _, k := range cols.inferred {
		if cols.roles[k] == "" {
			continue
		}
		name := fmt.Sprintf("%q", cols.header[k])
		if cols.header[k] == "" {
			name = fmt.Sprintf("%d (no header)", k+1)
		}
		p.tableDoubts = append(p.tableDoubts, fmt.Sprintf("table at line %d: column %s names no role; it was read as %s from its cells — check the mapping", cols.line, name, cols.roles[k]))
	}
	seen := map[string]bool{}
	rows := 0
	for j := cols.line - 1 + cols.rows; j < len(p.lines) && p.lines[j].kind == lkTab && rows < 200; j++ {
		cs := p.cells(j)
		if cols.task >= len(cs) {
			continue
		}
		filledCells := 0
		for _, c := range cs {
			if hasContent(p.src, c.s, c.e) {
				filledCells++
			}
		}
		if filledCells < 2 || !hasContent(p.src, cs[cols.task].s, cs[cols.task].e) {
			continue
		}
		rows++
		seen[p.str(cs[cols.task].s, cs[cols.task].e)] = true
	}
	if rows >= 4 && 2*len(seen) < rows {
		p.tableDoubts = append(p.tableDoubts, fmt.Sprintf("table at line %d: the task column %q holds only %d different texts in %d rows; it may not be the task column", cols.line, cols.header[cols.task], len(seen), rows))
	}
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

// cellPart is a run of a cell's list: persons, or units.
type cellPart struct {
	r      rng
	person bool
}

// leaderUnitParts splits a cell that names leaders and units together
// (裘思源副县长；县自然资源局牵头，县住建局配合) into runs of persons (a name,
// with or without its title, or a title) and runs of units, by the name
// grammar; a shared title stays in the run of the names it follows.
func (p *parser) leaderUnitParts(c rng) []cellPart {
	items := p.splitItems(nil, c.s, c.e)
	var parts []cellPart
	for k, it := range items {
		_, _, named := p.split(it.text)
		person := named || isTitle(it.text) || strings.Contains(it.text, "领导") && isPlaceholder(it.text)
		if k == 0 || parts[len(parts)-1].person != person {
			if len(parts) > 0 {
				parts[len(parts)-1].r.e = it.pos
			}
			parts = append(parts, cellPart{r: rng{it.pos, c.e}, person: person})
		}
	}
	return parts
}

// numberedRow reports an index cell that starts with a number (1, 一, ①,
// （1）): a data or category row, never a header.
func (p *parser) numberedRow(idx rng) bool {
	if idx.s < 0 {
		return false
	}
	a, b := trim(p.src, idx.s, idx.e, isSpace, isSpace)
	if a >= b {
		return false
	}
	r := p.src[a]
	return isDigit(r) || isCNNumeral(r) || isCircled(r) || (r == '（' || r == '(') && a+1 < b && (isDigit(p.src[a+1]) || isCNNumeral(p.src[a+1]))
}
