package extract_test

import (
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

type wantTask struct {
	text                  string // exact task text
	leaders, leads, units []string
	deadline              string
	section               int
}

func checkTasks(t *testing.T, doc *graph.Document, want []wantTask) {
	t.Helper()
	if len(doc.Tasks) != len(want) {
		var texts []string
		for _, task := range doc.Tasks {
			texts = append(texts, task.Text)
		}
		t.Fatalf("%d tasks %q, want %d", len(doc.Tasks), texts, len(want))
	}
	for i, w := range want {
		got := doc.Tasks[i]
		if got.Text != w.text {
			t.Errorf("task %d text = %q, want %q", i, got.Text, w.text)
		}
		equal(t, got.Text+" leaders", got.Leaders, w.leaders)
		equal(t, got.Text+" lead units", got.LeadUnits, w.leads)
		equal(t, got.Text+" units", got.Units, w.units)
		if got.Deadline != w.deadline || got.Section != w.section {
			t.Errorf("task %d: deadline %q section %d, want %q %d", i, got.Deadline, got.Section, w.deadline, w.section)
		}
	}
}

var none = []string{}

// Family 1: trailing brackets with labelled fields, in every punctuation.
func TestFamilyLabelledBrackets(t *testing.T) {
	doc := parseFile(t, fixture("family1-brackets.txt"), seedTables(t))
	checkTasks(t, doc, []wantTask{
		{"推行“一件事一次办”，实现高频事项全覆盖", []string{"张明"}, []string{"区行政审批服务局"}, []string{"区大数据局", "区司法局"}, "", 0},
		{"整治违法建设，拆除违建面积不少于2万平方米（不含6亩临时用地）。", []string{"李强"}, none, []string{"区城市管理局（区整违办）", "各乡镇（街道）"}, "", 0},
		{"持续清理拖欠账款", []string{"王芳"}, none, []string{"区税务局", "区财政局"}, "", 0},
		{"推进企业上市挂牌", []string{"王芳"}, []string{"区金融服务中心"}, []string{"各区、县级市"}, "", 0},
		{"新建城市书房12处，建成槐荫湖文化广场", []string{"区有关领导"}, []string{"区住建局"}, // 某区: 历下's aliases do not apply
			[]string{"建新街道办事处", "解放路街道办事处", "文东街道办事处"}, "2024年12月底", 1},
		{"提高养老服务水平。", []string{"李强"}, none, []string{"区民政局"}, "", 1},
		{"开展全民健身活动", []string{"李强"}, none, none, "", 1},
		{"完善社区食堂网络", []string{"张明", "李强"}, none, []string{"区民政局"}, "", 1},
	})
	if doc.Meta.Jurisdiction != "某区" || doc.Meta.Year != 2024 || doc.Sections[0].Title != "优化营商环境" {
		t.Errorf("meta %+v, section %q", doc.Meta, doc.Sections[0].Title)
	}
	if u, ok := unitNamed(doc, "区城市管理局（区整违办）"); !ok || len(u.Aliases) != 0 {
		t.Errorf("区城市管理局（区整违办） = %+v (found %v), want the name kept whole", u, ok)
	}
	for _, name := range []string{"各乡镇（街道）", "各区、县级市"} {
		if u, ok := unitNamed(doc, name); !ok || !u.Collective || u.Kind != graph.KindCollective {
			t.Errorf("%s = %+v (found %v), want one collective unit", name, u, ok)
		}
	}
	if got := doc.Tasks[4].Projects; !slices.Equal(got, []string{"槐荫湖文化广场"}) {
		t.Errorf("projects = %q", got)
	}
	wantDiags := []graph.Diagnostic{
		{Line: 7, Column: 95, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: `unknown label "备注"; field ignored`},
		{Line: 8, Column: 18, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: "empty 责任单位 list"},
		{Line: 8, Column: 32, Severity: "warning", Code: graph.DiagUnparsedAnnotation, Message: "annotation bracket is not closed; read to the end of the line"},
	}
	if !slices.Equal(doc.Diagnostics, wantDiags) {
		t.Errorf("diagnostics = %+v\nwant %+v", doc.Diagnostics, wantDiags)
	}
	// The heading's second sentence is narrative, not lost.
	src := []rune(doc.Source)
	if len(doc.Narrative) != 1 || string(src[doc.Narrative[0].Start:doc.Narrative[0].End]) != "提升政务服务效能。" {
		t.Errorf("narrative = %v", doc.Narrative)
	}
}

// Family 2: unlabelled roles inside the bracket.
func TestFamilyUnlabelledRoles(t *testing.T) {
	doc := parseFile(t, fixture("family2-roles.txt"), extract.Options{})
	checkTasks(t, doc, []wantTask{
		{"全年实施省级重点项目1500个以上，完成投资1.2万亿元。", none, []string{"省发展改革委"}, []string{"各市州人民政府"}, "", 0},
		{"加快川南城际铁路建设，推动天府国际机场配套工程完工。", none, []string{"省交通运输厅", "省发展改革委"}, []string{"省财政厅", "省自然资源厅"}, "", 0},
		{"深化财政金融协同，用好政策性开发性金融工具。", none, []string{"省财政厅"}, none, "", 0}, // （X负责）: X leads
		{"提升消费品质，开展“消费提振年”活动100场以上。", none, []string{"省商务厅"}, []string{"省文化和旅游厅", "省市场监管局"}, "", 0},
		{"城镇新增就业90万人左右。", none, []string{"省人力资源社会保障厅"}, []string{"各市州人民政府"}, "", 0},
		{"深化国资国企改革（不含金融类企业），推进混合所有制改革。", none, []string{"省国资委"}, []string{"省财政厅"}, "", 1},
		{"高水平建设中国（四川）自由贸易试验区。", []string{"李明"}, []string{"省商务厅"}, none, "", 1},
	})
	var themes []string
	for _, th := range doc.Themes {
		themes = append(themes, th.Title)
	}
	equal(t, "themes", themes, []string{"扩大有效投资", "稳定就业"})
	if doc.Tasks[4].Theme != "稳定就业" || doc.Tasks[5].ThemeIndex != -1 {
		t.Errorf("themes of tasks: %q %d", doc.Tasks[4].Theme, doc.Tasks[5].ThemeIndex)
	}
	if l, _ := leaderNamed(doc, "李明"); l.Title != "副省长" {
		t.Errorf("李明 = %+v", l)
	}
	if len(doc.Diagnostics) != 0 {
		t.Errorf("diagnostics %+v", doc.Diagnostics)
	}
	want := graph.Target{Metric: "城镇新增就业", Value: 90, Unit: "万人", Qualifier: "左右", Text: "城镇新增就业90万人左右"}
	if got := doc.Tasks[4].Targets; len(got) != 1 || got[0] != want {
		t.Errorf("targets %+v", got)
	}
}

// Family 3: numbered tasks followed by labelled lines.
func TestFamilyLabelledLines(t *testing.T) {
	doc := parseFile(t, fixture("family3-labelled-lines.txt"), extract.Options{})
	checkTasks(t, doc, []wantTask{
		{"推动数字经济核心产业营业收入增长15%以上。", []string{"王强"}, []string{"市发展改革委"}, []string{"市工业和信息化局", "市大数据局"}, "2023年12月底", 0},
		{"加快建设市民中心二期工程，年内完成主体结构封顶，\n同步推进周边道路配套。", []string{"王强", "刘洋"}, []string{"市住房城乡建设局"}, []string{"市自然资源和规划局", "市城投集团"}, "2023年11月", 0},
		{"新增城镇就业5万人。", []string{"刘洋"}, []string{"市人力资源社会保障局"}, []string{"各区县人民政府"}, "", 1},
		{"推进义务教育优质均衡发展", none, none, []string{"市教育局"}, "2023年9月", 1},
	})
	src := []rune(doc.Source)
	if ann := string(src[doc.Tasks[0].Annotation.Start:doc.Tasks[0].Annotation.End]); !strings.HasPrefix(ann, "责任领导：王强") || !strings.HasSuffix(ann, "完成时限：2023年12月底") {
		t.Errorf("annotation = %q", ann)
	}
	if doc.Tasks[1].Line != 10 {
		t.Errorf("line = %d", doc.Tasks[1].Line)
	}
	if len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Line != 22 || !strings.Contains(doc.Diagnostics[0].Message, "no annotation") {
		t.Errorf("diagnostics = %+v, want one about item 4 on line 22", doc.Diagnostics)
	}
	if doc.Meta.Jurisdiction != "某市" || doc.Meta.Year != 2023 {
		t.Errorf("meta %+v", doc.Meta)
	}
}

// Family 4: tasks under a leader's heading; the first unit leads.
func TestFamilyLeaderHeadings(t *testing.T) {
	doc := parseFile(t, fixture("family4-leader-headings.txt"), extract.Options{})
	checkTasks(t, doc, []wantTask{
		{"推进国家物流枢纽建设，全年港口集装箱吞吐量达到300万标箱。", []string{"李华"}, []string{"市交通运输局"}, []string{"市发展改革委", "各区、县级市人民政府"}, "", 0},
		{"实施城市更新行动，改造老旧小区120个。", []string{"李华"}, []string{"市住房城乡建设局"}, []string{"各区、县级市"}, "", 0},
		{"深化医药卫生体制改革。", []string{"王敏"}, []string{"市卫生健康委"}, []string{"市医保局", "市财政局"}, "", 1},
	})
	m := doc.Meta
	if m.Title != "关于印发2023年市政府重点工作任务分工的通知" || m.Number != "某政办发〔2023〕5号" || m.Date != "2023-03-06" ||
		m.Issuer != "某市人民政府办公厅" || m.Jurisdiction != "某市" || m.Year != 2023 {
		t.Errorf("meta = %+v", m)
	}
	for i, s := range doc.Sections {
		if s.Kind != extract.SectionLeader {
			t.Errorf("section %d kind %s", i, s.Kind)
		}
	}
	if l, _ := leaderNamed(doc, "李华"); l.Title != "副市长" {
		t.Errorf("李华 = %+v", l)
	}
	if u, _ := unitNamed(doc, "各区、县级市人民政府"); !u.Collective {
		t.Errorf("各区、县级市人民政府 = %+v", u)
	}
}

func TestTables(t *testing.T) {
	t.Run("csv", func(t *testing.T) {
		doc := parseFile(t, fixture("table.csv"), seedTables(t))
		checkTasks(t, doc, []wantTask{
			// No jurisdiction: names stay as written, except one the document writes in full elsewhere.
			{"推进重点项目建设，全年完成投资100亿元", []string{"张明"}, []string{"区发展和改革局"}, []string{"区财政局", "区住建局"}, "2023年12月", 0},
			{"加快明湖国际生物制药基地建设", []string{"张明", "李强"}, []string{"区发改局"}, []string{"历下控股集团"}, "2023年9月", 0},
			{"新增城镇就业3万人", []string{"李强"}, []string{"区人社局"}, []string{"各街道办事处", "区残联"}, "全年", 1},
		})
		if doc.Meta.Format != "csv" || len(doc.Sections) != 2 || doc.Sections[0].Title != "经济发展" || doc.Sections[1].Title != "社会民生" {
			t.Errorf("format %s sections %+v", doc.Meta.Format, doc.Sections)
		}
		if !strings.HasPrefix(doc.Source, "序号\t工作任务\t牵头区领导\t牵头单位\t配合单位\t完成时限\n") {
			t.Errorf("source does not start with the TAB-joined header: %q", doc.Source[:40])
		}
		if got := doc.Tasks[1].Projects; !slices.Equal(got, []string{"明湖国际生物制药基地"}) {
			t.Errorf("projects %q", got)
		}
	})
	t.Run("tsv columns by name not position", func(t *testing.T) {
		doc := parseFile(t, fixture("table.tsv"), extract.Options{})
		checkTasks(t, doc, []wantTask{
			{"推进老旧小区改造提升", []string{"赵冬梅"}, []string{"区住房和城市建设局"}, []string{"各街道办事处"}, "2023年10月", 0},
			{"建成茂岭山消防站", []string{"武毅", "于杰"}, []string{"区消防救援大队"}, []string{"区应急管理局"}, "2023年6月", 0},
			{"启动龙鼎滨水公园二期", []string{"于杰"}, []string{"区园林绿化服务中心"}, []string{"区水务局", "历下城市发展集团"}, "", 0},
		})
		if doc.Meta.Title != "2023年某区重点任务分解表" || doc.Sections[0].Kind != extract.SectionBody {
			t.Errorf("title %q section %+v", doc.Meta.Title, doc.Sections[0])
		}
	})
}

// The held-out project fixture was written before its output was seen.
func TestProjectsHeldOut(t *testing.T) {
	doc := parseFile(t, fixture("projects-heldout.txt"), extract.Options{})
	want := [][]string{
		{"泉城科技创新中心", "齐鲁软件园二期"}, {"大辛河生态修复工程"}, {"华山湖湿地公园"}, {"经十路", "二环东路"},
		{}, {"奥体中路金融港", "汉峪金谷三期"}, {},
	}
	if len(doc.Tasks) != len(want) {
		t.Fatalf("%d tasks", len(doc.Tasks))
	}
	for i, w := range want {
		equal(t, doc.Tasks[i].Text, doc.Tasks[i].Projects, w)
	}
}
