package extract_test

import (
	"strings"
	"testing"

	"govgraph/graph/extract"
)

// A table mapping the parser had to guess is never silent: a column whose
// header names no role but whose cells are unit lists is read as units and
// flagged inferred, with a warning; a task column that repeats one text is
// doubted; measures and 责任人 are read as documented.
func TestTableMappingDoubts(t *testing.T) {
	opts := seedTables(t)
	src := "序号\t工作任务\t承担\t具体措施\t责任人\t完成时限\n" +
		"1\t新建城北菜市场一处\t区商务局、区市场监督管理局\t完成选址和立项。\t柯望岳（副区长）、丁卫东\t6月底前\n" +
		"2\t改造背街小巷12条\t区住房和城乡建设局\t分两批实施，同步改造管网。\t柯望岳（副区长）、王建业\t9月底前\n" +
		"3\t新增公办幼儿园学位600个\t区教育局\t盘活闲置校舍。\t焦若愚（副区长）、庄新民\t8月底前\n"
	doc, err := extract.Parse("inferred.tsv", []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	pr := doc.Profile
	if len(pr.Tables) != 1 {
		t.Fatalf("tables = %+v", pr.Tables)
	}
	cols := pr.Tables[0].Columns
	if c := cols[2]; c.Role != "units" || !c.Inferred {
		t.Errorf("承担 column = %+v, want units, inferred", c)
	}
	if c := cols[3]; c.Role != "measure" {
		t.Errorf("具体措施 column = %+v, want measure", c)
	}
	if c := cols[4]; c.Role != "person" {
		t.Errorf("责任人 column = %+v, want person", c)
	}
	if !strings.Contains(strings.Join(pr.Warnings, "\n"), `column "承担" names no role`) {
		t.Errorf("no warning for the inferred column: %q", pr.Warnings)
	}
	task := taskStarting(t, doc, "改造背街小巷")
	equal(t, "units", task.Units, []string{"区住房和城乡建设局"})
	equal(t, "leaders", task.Leaders, []string{"柯望岳"}) // 王建业 is an official of the unit
	equal(t, "measures", task.Measures, []string{"分两批实施，同步改造管网。"})

	// A task column holding one text on every row is doubted.
	src = "序号\t事项\t牵头单位\n1\t政府工作报告\t区发改局\n2\t政府工作报告\t区财政局\n3\t政府工作报告\t区教育局\n4\t政府工作报告\t区民政局\n"
	doc, err = extract.Parse("repeated.tsv", []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(doc.Profile.Warnings, "\n"), "it may not be the task column") {
		t.Errorf("no warning for a repeated task column: %q", doc.Profile.Warnings)
	}
	if text := extract.ProfileText(doc.Profile); !strings.HasPrefix(text, "WARNING: table at line 1") {
		t.Errorf("--format text does not start with the warning:\n%s", text)
	}
}

// Rows of a 项目名称 column are projects as well as tasks; 合计 is no task.
func TestTableProjectRows(t *testing.T) {
	doc := parseFile(t, fixture("genre/tbl-xlsx-project-rows.xlsx"), seedTables(t))
	task := taskStarting(t, doc, "县城北环路改造工程")
	if len(task.Projects) == 0 || task.Projects[0] != "县城北环路改造工程" {
		t.Errorf("projects = %q", task.Projects)
	}
	equal(t, "measures", task.Measures, []string{"改造道路6.8公里"})
	for _, tk := range doc.Tasks {
		if strings.Contains(tk.Text, "个") && len([]rune(tk.Text)) < 5 {
			t.Errorf("the 合计 row became a task: %q", tk.Text)
		}
	}
}

// Rows after a page break continue the table above them when nothing but
// blank lines or 续表 stands between; rows after a paragraph do not, and the
// profile warns of them.
func TestTableContinued(t *testing.T) {
	opts := seedTables(t)
	head := "序号\t重点任务\t牵头单位\t配合单位\n1\t新建城北菜市场一处\t区商务局\t区市场监督管理局\n"
	rows := "2\t改造背街小巷12条\t区住房和城乡建设局\t各街道办事处\n3\t新增公办幼儿园学位600个\t区教育局\t区财政局\n"
	for _, c := range []struct {
		between string
		tasks   int
		warned  bool
	}{{"\n\n", 3, false}, {"\n续表\n\n", 3, false}, {"\n各单位要按月报送进展情况，确保任务按期完成。\n", 1, true}} {
		doc, err := extract.Parse("continued.tsv", []byte(head+c.between+rows), opts)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, doc)
		warned := strings.Contains(strings.Join(doc.Profile.Warnings, "\n"), "no header row names a task column")
		if len(doc.Tasks) != c.tasks || warned != c.warned {
			t.Errorf("between %q: %d tasks (want %d), warned %v (want %v): %q", c.between, len(doc.Tasks), c.tasks, warned, c.warned, doc.Profile.Warnings)
		}
	}
}

// A column of leaders and units together (责任领导及单位) is split by the name
// grammar: persons (title stripped) are leaders, the rest units; under
// 牵头领导/单位 the units lead.
func TestLeaderAndUnitsColumn(t *testing.T) {
	opts := seedTables(t)
	src := "序号\t工作任务\t责任领导及单位\t完成时限\n" +
		"1\t新建城北菜市场一处\t柯望岳副区长；区商务局牵头，区市场监督管理局配合\t6月底前\n" +
		"2\t改造背街小巷12条\t区委常委、副区长 焦若愚 区住房和城乡建设局、各街道办事处\t9月底前\n" +
		"\n序号\t实事项目\t牵头领导/单位\t配合单位\n" +
		"1\t新增公办幼儿园学位600个\t柯望岳（副区长）、区教育局\t区财政局\n"
	doc, err := extract.Parse("leader-units.tsv", []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	type row struct{ leaders, leads, units string }
	want := []row{{"柯望岳", "区商务局", "区市场监督管理局"}, {"焦若愚", "", "区住房和城乡建设局 各街道办事处"}, {"柯望岳", "区教育局", "区财政局"}}
	if len(doc.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d", len(doc.Tasks), len(want))
	}
	for k, w := range want {
		x := doc.Tasks[k]
		got := row{strings.Join(x.Leaders, " "), strings.Join(x.LeadUnits, " "), strings.Join(x.Units, " ")}
		if got != w {
			t.Errorf("task %d (%s): got %+v, want %+v", k, x.Text, got, w)
		}
	}
	if r := doc.Profile.Tables[0].Columns[2].Role; r != "leader+units" {
		t.Errorf("责任领导及单位 role %q, want leader+units", r)
	}
	if r := doc.Profile.Tables[1].Columns[2].Role; r != "leader+lead" {
		t.Errorf("牵头领导/单位 role %q, want leader+lead", r)
	}
}

// A header of three rows (责任分工 over 县领导 | 责任单位 over their parts) maps
// each column from its lowest named row; a second leader column (协管县领导)
// adds its leaders.
func TestThreeRowHeader(t *testing.T) {
	opts := seedTables(t)
	src := "序号\t重点任务\t责任分工\t\t\t\t完成时限\n" +
		"序号\t重点任务\t县领导\t\t责任单位\t\t完成时限\n" +
		"序号\t重点任务\t牵头县领导\t协管县领导\t牵头单位\t协办单位\t完成时限\n" +
		"1\t新建城北菜市场一处\t柯望岳\t焦若愚\t区商务局\t区市场监督管理局\t6月底前\n"
	doc, err := extract.Parse("three-rows.txt", []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	if len(doc.Tasks) != 1 {
		t.Fatalf("%d tasks, want 1", len(doc.Tasks))
	}
	x := doc.Tasks[0]
	if got := strings.Join(x.Leaders, " ") + "|" + strings.Join(x.LeadUnits, " ") + "|" + strings.Join(x.Units, " "); got != "柯望岳 焦若愚|区商务局|区市场监督管理局" {
		t.Errorf("task roles %q", got)
	}
}

// A task cell of sub-items （1）…（2）… holds one task each; a role cell of
// labelled lines numbered the same way gives each its part, and what stands
// before its first number (责任领导：X) to all of them.
func TestSubItemCells(t *testing.T) {
	opts := seedTables(t)
	src := "序号\t重点工作\t责任领导及单位\t完成时限\n" +
		"1\t（1）新增规上企业15家 （2）新认定高新技术企业30家\t责任领导：霍长林 （1）牵头单位：市工信局；配合单位：市统计局 （2）牵头单位：市科技局；配合单位：市财政局\t12月底前\n"
	doc, err := extract.Parse("subitems.txt", []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	want := []string{"新增规上企业15家|霍长林|市工信局|市统计局", "新认定高新技术企业30家|霍长林|市科技局|市财政局"}
	var got []string
	for _, x := range doc.Tasks {
		got = append(got, strings.Join([]string{x.Text, strings.Join(x.Leaders, " "), strings.Join(x.LeadUnits, " "), strings.Join(x.Units, " ")}, "|"))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tasks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Runs of TAB rows that are no table of tasks: a summary of counts by
// leader (区领导 | 职务 | 任务数) and a web page's information block (索引号 |
// … | 发布机构 | …) are read as text without the unread-table warning; a table
// whose header names nothing the parser knows still warns.
func TestTableRunsThatAreNoTasks(t *testing.T) {
	opts := seedTables(t)
	tasks := "序号\t工作任务\t牵头单位\t配合单位\n1\t新建城北菜市场一处\t区商务局\t区市场监督管理局\n2\t改造背街小巷12条\t区住房和城乡建设局\t各街道办事处\n"
	for _, c := range []struct {
		name, before string
		warned       bool
	}{
		{"summary", "区领导\t职务\t牵头任务数\n柯望岳\t副区长\t6\n焦若愚\t副区长\t4\n合计\t\t10\n", false},
		{"page info", "索引号\t113701020045/2026-00112\t发布机构\t区政府办公室\n文号\t历政办字〔2026〕3号\t成文日期\t2026-02-11\n", false},
		{"unknown header", "No\t事\t抓手\t协同\n甲\t新建停车场\t区城管局\t区交警大队\n乙\t改造公厕\t区城管局\t各街道办事处\n", true},
	} {
		doc, err := extract.Parse("runs.tsv", []byte("清河区2026年重点工作任务分工\n"+c.before+"各牵头单位每月报送进展。\n"+tasks), opts)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, doc)
		warned := strings.Contains(strings.Join(doc.Profile.Warnings, "\n"), "no header row names a task column")
		if len(doc.Tasks) != 2 || warned != c.warned || !c.warned && doc.Profile.Coverage.Unannotated != 0 {
			t.Errorf("%s: %d tasks (want 2), warned %v (want %v), coverage %+v: %q", c.name, len(doc.Tasks), warned, c.warned, doc.Profile.Coverage, doc.Profile.Warnings)
		}
	}
}

// A category row naming a unit with its count, or a lead label and one unit,
// leads the rows below it until the next category row.
func TestTableLeadRows(t *testing.T) {
	src := "清河区2026年重点工作\n\n序号\t工作任务\t配合单位\t分管区领导\n" +
		"牵头单位：区教育局（2项）\t\t\t\n1\t新增学位1200个\t区财政局\t程远航\n2\t建成智慧校园5所\t区大数据中心\t程远航\n" +
		"区交通局（共牵头1项）\t\t\t\n3\t打通断头路4条\t区自然资源局\t孟庆华\n" +
		"区司法局牵头 （1项）\t\t\t\n4\t建成社区法律服务室20个\t各街道办事处\t孟庆华\n" +
		"二、其他工作\t\t\t\n5\t开展普法宣传100场\t区司法局\t孟庆华\n"
	doc, err := extract.Parse("lead-rows.tsv", []byte(src), seedTables(t))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	want := []string{"区教育局", "区教育局", "区交通局", "区司法局", ""}
	if len(doc.Tasks) != len(want) {
		t.Fatalf("%d tasks, want %d", len(doc.Tasks), len(want))
	}
	for k, w := range want {
		if got := strings.Join(doc.Tasks[k].LeadUnits, " "); got != w {
			t.Errorf("task %d (%s): lead %q, want %q", k, doc.Tasks[k].Text, got, w)
		}
	}
}

// Headers of a supervision system's export and a project list: ids, batches,
// states, contacts, owners, counts and the dates of other events are not
// read; 截止日期 is the deadline; periods under a time group are no deadline.
func TestTableHeaderLexicon(t *testing.T) {
	src := "清河区督办事项\n\n事项编号\t交办批次\t工作事项\t主办单位\t联络人\t协办单位\t业主单位\t分管领导\t办理状态\t交办日期\t截止日期\t任务数\n" +
		"DB-001\t第一批\t新增学位1200个\t区教育局\t王科长\t区财政局\t区城投公司\t程远航\t已办结\t2026-01-05\t2026-06-30\t1\n"
	doc, err := extract.Parse("lexicon.tsv", []byte(src), seedTables(t))
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	for _, c := range doc.Profile.Tables[0].Columns {
		roles = append(roles, c.Header+"="+c.Role)
	}
	equal(t, "roles", roles, []string{"事项编号=index", "交办批次=", "工作事项=task", "主办单位=lead", "联络人=", "协办单位=units",
		"业主单位=", "分管领导=leader", "办理状态=", "交办日期=", "截止日期=deadline", "任务数="})
	src = "序号\t工作任务\t牵头站所\t配合站所\t时间节点\t\n\t\t\t\t上半年\t下半年\n1\t新修机耕路5公里\t镇农技站\t镇财政所\t开工\t完工\n"
	if doc, err = extract.Parse("periods.tsv", []byte("白沙镇重点工作\n\n"+src), seedTables(t)); err != nil {
		t.Fatal(err)
	}
	roles = roles[:0]
	for _, c := range doc.Profile.Tables[0].Columns {
		roles = append(roles, c.Header+"="+c.Role)
	}
	equal(t, "roles", roles, []string{"序号=index", "工作任务=task", "牵头站所=lead", "配合站所=units", "时间节点 上半年=", "下半年="})
	if len(doc.Tasks) != 1 || doc.Tasks[0].Deadline != "" {
		t.Errorf("tasks %+v: want one, without a deadline", doc.Tasks)
	}
	// Milestones at the end of each quarter's last month (时间节点 over
	// 3月底 … 12月底, a 倒排工期), the group's cells left blank below it.
	src = "序号\t工作任务\t牵头单位\t配合单位\t时间节点\t\t\t\n\t\t\t\t3月底\t6月底\t9月底\t12月底\n" +
		"1\t建成乡村振兴示范片区3个\t县农业农村局\t各乡镇\t启动\t完成30%\t完成70%\t完成\n" +
		"2\t改造农村公路40公里\t县交通运输局\t县财政局\t完成方案\t开工\t完成60%\t完成\n"
	if doc, err = extract.Parse("month-ends.tsv", []byte(src), seedTables(t)); err != nil {
		t.Fatal(err)
	}
	if len(doc.Profile.Tables) != 1 || len(doc.Profile.Warnings) > 0 {
		t.Errorf("tables %+v, warnings %q: want one two-row header, no warning", doc.Profile.Tables, doc.Profile.Warnings)
	}
	if len(doc.Tasks) != 2 || doc.Tasks[0].Deadline != "" {
		t.Errorf("tasks %+v: want two, without a deadline", doc.Tasks)
	}
}

// A title right above a table, or a row across it, naming a leader gives that
// leader to the rows below that name none: through category rows, until the
// next such row.
func TestTableLeaderRows(t *testing.T) {
	notice := "清河区人民政府办公室关于印发重点工作清单的通知\n各单位要抓好落实。\n\n"
	head := "序号\t工作任务\t牵头单位\t配合单位\n"
	for _, c := range []struct {
		name, body string
		leaders    []string
	}{
		{"title", "晏秋池同志（区长）牵头负责重点工作\n" + head + "一、教育\t\t\t\n1\t新增学位1200个\t区教育局\t区财政局\n二、交通\t\t\t\n2\t打通断头路4条\t区交通局\t区自然资源局\n",
			[]string{"晏秋池", "晏秋池"}},
		{"labelled title row", "责任领导：钱明（副区长）\t\t\t\n" + head + "1\t新增学位1200个\t区教育局\t区财政局\n2\t打通断头路4条\t区交通局\t区自然资源局\n",
			[]string{"钱明", "钱明"}},
		{"continued", "晏秋池同志（区长）牵头负责重点工作\n" + head + "1\t新增学位1200个\t区教育局\t区财政局\n\n续表\n\n2\t打通断头路4条\t区交通局\t区自然资源局\n",
			[]string{"晏秋池", "晏秋池"}},
		{"rows across", head + "晏秋池同志（区长）牵头负责\t\t\t\n1\t新增学位1200个\t区教育局\t区财政局\n钱明副区长分管\t\t\t\n2\t打通断头路4条\t区交通局\t区自然资源局\n",
			[]string{"晏秋池", "钱明"}},
	} {
		doc, err := extract.Parse("leader-rows.txt", []byte(notice+c.body), seedTables(t))
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, doc)
		var got []string
		for _, tk := range doc.Tasks {
			got = append(got, strings.Join(tk.Leaders, " "))
		}
		equal(t, c.name, got, c.leaders)
	}
}

// A labelled line right above a table titles it — unless a numbered item of
// text above waits for its labelled lines: then the line is that item's.
func TestLabelLineAboveTable(t *testing.T) {
	src := "# 某县重点任务\n\n一、项目建设\n\n1. 推进县城北部供水厂建设。\n\n牵头单位：县水利局\n\n" +
		"| 序号 | 重点任务 | 分管县领导 | 配合单位 |\n|---|---|---|---|\n| 1 | 改造城镇老旧小区42个 | 闵少康 | 县财政局 |\n\n" +
		"主责单位：县住建局　　报送日期：2026年2月\n\n" +
		"| 序号 | 重点任务 | 分管县领导 | 配合单位 |\n|---|---|---|---|\n| 1 | 整治背街小巷60条 | 闵少康 | 各乡镇 |\n"
	doc, err := extract.Parse("label-above.md", []byte(src), seedTables(t))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	equal(t, "item's lead", taskStarting(t, doc, "推进县城北部供水厂").LeadUnits, []string{"县水利局"})
	equal(t, "first table's lead", taskStarting(t, doc, "改造城镇老旧小区").LeadUnits, nil)
	equal(t, "second table's lead", taskStarting(t, doc, "整治背街小巷").LeadUnits, []string{"县住建局"})
	src = strings.Replace(src, "牵头单位：县水利局", "责任领导：褚一鸣（副县长）", 1)
	src = strings.Replace(src, "主责单位：县住建局　　报送日期：2026年2月", "责任领导：闵少康（副县长）", 1)
	src = strings.ReplaceAll(src, "| 闵少康 |", "| |")
	if doc, err = extract.Parse("leader-above.md", []byte(src), seedTables(t)); err != nil {
		t.Fatal(err)
	}
	equal(t, "item's leader", taskStarting(t, doc, "推进县城北部供水厂").Leaders, []string{"褚一鸣"})
	equal(t, "first table's leader", taskStarting(t, doc, "改造城镇老旧小区").Leaders, nil)
	equal(t, "second table's leader", taskStarting(t, doc, "整治背街小巷").Leaders, []string{"闵少康"})
}

// A header note saying the lead units are marked (加粗的为牵头单位) names a mark
// the text does not keep: the column is responsible units, and a warning says
// that no lead was read from it. A first-listed note on the same header makes
// the first unit of each cell the lead.
func TestHeaderNoteMarkedLead(t *testing.T) {
	opts := seedTables(t)
	rows := "1\t修缮镇西拦河坝\t副镇长龚怀远\t镇水利站、镇财政所\t6月底\n" +
		"2\t新建村级养老服务点3个\t副镇长龚怀远\t镇社会事务办、各村委会\t9月底\n" +
		"3\t开展烟花爆竹安全检查\t副镇长冼秋实\t镇应急管理办、镇派出所、镇市场监管所\t12月底\n"
	for _, c := range []struct {
		header, lead string
		warn         bool
	}{
		{"责任单位（加粗的为牵头单位）", "", true},
		{"责任单位（列第一位者为牵头单位）", "镇水利站", false},
	} {
		doc, err := extract.Parse("marked.tsv", []byte("序号\t工作任务\t责任领导\t"+c.header+"\t完成时限\n"+rows), opts)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, doc)
		warned := false
		for _, w := range doc.Profile.Warnings {
			warned = warned || strings.Contains(w, "marked")
		}
		if warned != c.warn {
			t.Errorf("%s: warnings %q", c.header, doc.Profile.Warnings)
		}
		task := taskStarting(t, doc, "修缮镇西拦河坝")
		if got := strings.Join(task.LeadUnits, "、"); got != c.lead {
			t.Errorf("%s: lead units %q, want %q", c.header, got, c.lead)
		}
		if n := len(task.LeadUnits) + len(task.Units); n != 2 {
			t.Errorf("%s: units %q %q", c.header, task.LeadUnits, task.Units)
		}
	}
}
