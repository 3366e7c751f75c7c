package extract_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"govgraph/graph"
	"govgraph/graph/extract"
)

// The seed document, read by hand: 8 + 24 + 26 + 10 + 28 + 23 + 21 + 4 = 144
// annotated tasks in the opening, the six 统筹 sections and the closing.
func TestSeedStructure(t *testing.T) {
	doc := parseFile(t, seedPath, seedTables(t))

	m := doc.Meta
	if m.Title != "2023年《济南市历下区政府工作报告》目标任务分解" || m.Issuer != "济南市历下区人民政府办公室" ||
		m.Date != "2023-02-01" || m.Year != 2023 || m.Jurisdiction != "济南市历下区" || m.Format != "txt" || m.Number != "" {
		t.Errorf("meta = %+v", m)
	}
	if len(doc.Tasks) != 144 {
		t.Fatalf("%d tasks, want 144", len(doc.Tasks))
	}
	type section struct {
		kind, title string
		tasks       int
	}
	want := []section{
		{extract.SectionOpening, "今年经济社会发展主要预期目标是", 8},
		{extract.SectionNumbered, "统筹高质量发展和安全稳定，持续筑牢领先领跑基础", 24},
		{extract.SectionNumbered, "统筹城市更新和产业转型升级，着力提升城市发展能级", 26},
		{extract.SectionNumbered, "统筹基础建设和数智融合应用，打造一流数字先锋城区", 10},
		{extract.SectionNumbered, "统筹改革创新和扩大对外开放，塑造强劲活跃发展氛围", 28},
		{extract.SectionNumbered, "统筹精细塑造和全面系统治理，擦亮文明宜居城市名片", 23},
		{extract.SectionNumbered, "统筹民生保障和社会治理创新，打造共同富裕示范样板", 21},
		{extract.SectionClosing, "持续加强政府自身建设", 4},
	}
	count := map[int]int{}
	for _, task := range doc.Tasks {
		count[task.Section]++
	}
	if len(doc.Sections) != len(want) {
		t.Fatalf("%d sections, want %d", len(doc.Sections), len(want))
	}
	for i, w := range want {
		s := doc.Sections[i]
		if s.Index != i || s.Kind != w.kind || s.Title != w.title || count[i] != w.tasks {
			t.Errorf("section %d = %s %q with %d tasks, want %s %q with %d", i, s.Kind, s.Title, count[i], w.kind, w.title, w.tasks)
		}
	}
	// Sections tile the body in order.
	for i := 1; i < len(doc.Sections); i++ {
		if doc.Sections[i].Span.Start < doc.Sections[i-1].Span.End {
			t.Errorf("section %d starts at %d inside section %d ending at %d", i, doc.Sections[i].Span.Start, i-1, doc.Sections[i-1].Span.End)
		}
	}

	themesPerSection := map[int]int{}
	for _, th := range doc.Themes {
		themesPerSection[th.Section]++
	}
	if len(doc.Themes) != 27 || !maps(themesPerSection, map[int]int{0: 1, 1: 3, 2: 4, 3: 3, 4: 5, 5: 3, 6: 4, 7: 4}) {
		t.Errorf("themes per section = %v (total %d)", themesPerSection, len(doc.Themes))
	}
	if th := taskStarting(t, doc, "持续深化重点企业包挂联系").Theme; th != "全力以赴做好稳企惠企、稳定就业" {
		t.Errorf("theme = %q", th)
	}
	if task := taskStarting(t, doc, "扎实做好第五次全国经济普查"); task.ThemeIndex != -1 || task.Section != 6 {
		t.Errorf("普查 task: theme %d section %d, want no theme in section 6", task.ThemeIndex, task.Section)
	}
}

func maps(a, b map[int]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestSeedOpeningTargets(t *testing.T) {
	doc := parseFile(t, seedPath, seedTables(t))
	var texts []string
	for _, task := range doc.Tasks[:8] {
		texts = append(texts, task.Text)
		if task.Line != 25 || task.Section != 0 || task.Theme != "今年经济社会发展主要预期目标是" {
			t.Errorf("opening task %d: line %d section %d theme %q", task.Index, task.Line, task.Section, task.Theme)
		}
	}
	equal(t, "opening tasks", texts, []string{"地区生产总值增长6%", "一般公共预算收入增长17%左右", "固定资产投资增长7%左右",
		"规模以上工业增加值增长7%左右", "社会消费品零售总额增长5.7%", "实际使用外资增长3%", "城镇居民人均可支配收入增长5.5%左右", "新增城镇就业3.71万人。"})

	tests := []struct {
		task int
		want graph.Target
	}{
		{0, graph.Target{Metric: "地区生产总值增长", Value: 6, Unit: "%"}},
		{1, graph.Target{Metric: "一般公共预算收入增长", Value: 17, Unit: "%", Qualifier: "左右"}},
		{4, graph.Target{Metric: "社会消费品零售总额增长", Value: 5.7, Unit: "%"}},
		{7, graph.Target{Metric: "新增城镇就业", Value: 3.71, Unit: "万人"}},
	}
	for _, tt := range tests {
		got := doc.Tasks[tt.task].Targets
		if len(got) != 1 {
			t.Errorf("task %d: targets %+v", tt.task, got)
			continue
		}
		got[0].Text = ""
		if got[0] != tt.want {
			t.Errorf("task %d: target %+v, want %+v", tt.task, got[0], tt.want)
		}
	}
	for _, tt := range []struct {
		prefix string
		want   graph.Target
	}{
		{"做实“乐购历下”品牌", graph.Target{Metric: "组织策划促销费活动", Value: 50, Unit: "场"}},
		{"推动城市品质面貌", graph.Target{Metric: "全年实现科技城等片区供地", Value: 550, Unit: "亩", Qualifier: "余"}},
		{"做大做强跨境电商产业规模", graph.Target{Metric: "新落户业内知名企业", Value: 15, Unit: "家", Qualifier: "不少于"}},
		{"创新人才支持资金", graph.Target{Metric: "领军企业登陆资本市场", Value: 3, Max: 5, Unit: "家"}},
	} {
		task := taskStarting(t, doc, tt.prefix)
		found := false
		for _, g := range task.Targets {
			g.Text = ""
			found = found || g == tt.want
		}
		if !found {
			t.Errorf("%s…: targets %+v, want one %+v", tt.prefix, task.Targets, tt.want)
		}
	}
}

func TestSeedAnnotations(t *testing.T) {
	doc := parseFile(t, seedPath, seedTables(t))
	src := []rune(doc.Source)
	for _, task := range doc.Tasks {
		ann := string(src[task.Annotation.Start:task.Annotation.End])
		if !strings.HasPrefix(ann, "（牵头领导") || !strings.HasSuffix(ann, "）") || task.Annotation.Start < task.Span.End {
			t.Errorf("task %d: annotation %q at %v after text %v", task.Index, ann, task.Annotation, task.Span)
		}
		if len(task.Leaders) == 0 || len(task.LeadUnits)+len(task.Units) == 0 {
			t.Errorf("task %d: leaders %v lead %v units %v", task.Index, task.Leaders, task.LeadUnits, task.Units)
		}
	}
	tests := []struct {
		name, prefix          string
		leaders, leads, units []string
	}{
		{"mixed separators 、 and ，", "加快推进老年人疫苗接种", []string{"王若曦"}, []string{"区卫生健康局"}, []string{"区疾控中心", "各街道办事处"}},
		{"half-width semicolon", "推动应届毕业生", []string{"王若曦"}, []string{"区人力资源和社会保障局"}, []string{"区退役军人事务局", "区残联", "区住房和城市建设局"}},
		{"half-width colon", "加快推动“山泉湖河城”", []string{"武毅"}, []string{"区发展和改革局"}, []string{"区住房和城市建设局", "济南中央商务区管委会"}},
		{"annotation mid-sentence", "尊重文化遗产真实性", []string{"赵冬梅"}, []string{"济南古城保护和发展中心"}, []string{"区文化和旅游局"}},
		{"after a mid-sentence annotation", "改造提升百花洲历史文化展示中心", []string{"赵冬梅"}, []string{}, []string{"济南古城保护和发展中心"}},
		{"two leaders", "保障好群众就医用药需求", []string{"武毅", "王若曦"}, []string{}, []string{"区卫生健康局", "区市场监督管理局"}},
		{"two leaders again", "重点加强学校、养老机构", []string{"王若曦", "李伟"}, []string{}, []string{"区教育和体育局", "区民政局"}},
		{"two leaders in section 6", "抓好低保、大病等困难群体", []string{"王若曦", "李伟"}, []string{}, []string{"区医疗保障局", "区民政局"}},
		{"placeholder leader", "密切关注、及时处置重大舆情", []string{"区有关领导"}, []string{}, []string{"区委宣传部"}},
		{"collective", "扎实开展安全隐患排查整治", []string{"武毅"}, []string{"区应急管理局"}, []string{"区安委会各成员单位"}},
		{"lead unit only", "引入社区公交线路", []string{"于杰"}, []string{"区市政工程服务中心"}, []string{}},
		{"street shorthand", "坚持“留、改、拆、建”并举", []string{"赵冬梅"}, []string{"区住房和城市建设局"},
			[]string{"区房屋征收服务中心", "建新街道办事处", "解放路街道办事处", "文东街道办事处", "历下控股集团", "历下城市发展集团"}},
		{"alias and long street list", "全力推进中建八局地块", []string{"赵冬梅"}, []string{"区住房和城市建设局"},
			[]string{"区房屋征收服务中心", "泉城路街道办事处", "大明湖街道办事处", "东关街道办事处", "建新街道办事处", "千佛山街道办事处",
				"解放路街道办事处", "姚家街道办事处", "智远街道办事处", "历下控股集团", "历下城市发展集团"}},
		{"street pair after other units", "让城市留住记忆", []string{"赵冬梅"}, []string{"济南古城保护和发展中心"},
			[]string{"区住房和城市建设局", "区房屋征收服务中心", "泉城路街道办事处", "大明湖街道办事处"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			task := taskStarting(t, doc, tt.prefix)
			equal(t, "leaders", task.Leaders, tt.leaders)
			equal(t, "lead units", task.LeadUnits, tt.leads)
			equal(t, "units", task.Units, tt.units)
		})
	}

	// The mid-sentence annotation ends the task before its comma.
	task := taskStarting(t, doc, "尊重文化遗产真实性")
	if !strings.HasSuffix(task.Text, "高标准做好古城规划策划") || src[task.Annotation.End] != '，' {
		t.Errorf("mid-sentence task %q, after annotation %q", task.Text, string(src[task.Annotation.End]))
	}
	// One annotation closes the text since the previous one, so this task
	// carries the clause before it and the next sentence.
	task = taskStarting(t, doc, "着力保健康、防重症")
	if !strings.HasSuffix(task.Text, "不断健全公共安全体系") {
		t.Errorf("task = %q", task.Text)
	}
}

func TestSeedEntities(t *testing.T) {
	doc := parseFile(t, seedPath, seedTables(t))
	var names []string
	for _, l := range doc.Leaders {
		names = append(names, l.Name)
	}
	equal(t, "leaders", names, []string{"武毅", "洪露", "王若曦", "赵冬梅", "李伟", "毕经海", "区有关领导", "于杰", "王海清", "朱英涛"})
	if l, _ := leaderNamed(doc, "区有关领导"); !l.Placeholder {
		t.Errorf("区有关领导 is not a placeholder")
	}
	if l, _ := leaderNamed(doc, "武毅"); l.Placeholder || l.Title != "" {
		t.Errorf("武毅 = %+v", l)
	}
	if len(doc.Units) != 61 {
		t.Errorf("%d units, want 61", len(doc.Units))
	}
	seen := map[string]bool{}
	for _, u := range doc.Units {
		if seen[u.Name] {
			t.Errorf("unit %s listed twice", u.Name)
		}
		seen[u.Name] = true
		if u.Aliases == nil || !slices.Contains(graph.UnitKinds, u.Kind) {
			t.Errorf("unit %+v", u)
		}
	}
	if seen["房屋征收服务中心"] {
		t.Error("alias 房屋征收服务中心 listed as a unit of its own")
	}
	kinds := map[string]string{
		"区发展和改革局": graph.KindDepartment, "区委政法委": graph.KindPartyOrgan, "区委宣传部": graph.KindPartyOrgan,
		"区委组织部": graph.KindPartyOrgan, "历下控股集团": graph.KindEnterprise, "济南古城城市发展有限公司": graph.KindEnterprise,
		"智远街道办事处": graph.KindStreet, "济南中央商务区管委会": graph.KindCommittee, "区疾控中心": graph.KindInstitution,
		"区市政工程服务中心": graph.KindInstitution, "区公安分局": graph.KindBranch, "区交警大队": graph.KindBranch,
		"区税务局": graph.KindBranch, "区生态环境分局": graph.KindBranch, "区残联": graph.KindMass,
		"各街道办事处": graph.KindCollective, "区安委会各成员单位": graph.KindCollective,
		"区委党史研究中心": graph.KindInstitution, // seeds/unit-kinds.tsv overrides the 区委… rule
	}
	for name, kind := range kinds {
		u, ok := unitNamed(doc, name)
		if !ok || u.Kind != kind || u.Collective != (kind == graph.KindCollective) {
			t.Errorf("unit %s = %+v (found %v), want kind %s", name, u, ok, kind)
		}
	}
	if u, _ := unitNamed(doc, "区房屋征收服务中心"); !slices.Equal(u.Aliases, []string{"房屋征收服务中心"}) {
		t.Errorf("区房屋征收服务中心 aliases = %q", u.Aliases)
	}
	if w := warnings(doc); len(w) != 0 {
		t.Errorf("warnings on the seed: %q", w)
	}
}

// Without tables the built-in rules still resolve the seed's alias (the
// full name appears in the same document) and classify units.
func TestSeedWithoutTables(t *testing.T) {
	withTables := parseFile(t, seedPath, seedTables(t))
	doc := parseFile(t, seedPath, extract.Options{})
	if len(doc.Tasks) != 144 || len(doc.Units) != len(withTables.Units) {
		t.Fatalf("%d tasks %d units, want 144 and %d", len(doc.Tasks), len(doc.Units), len(withTables.Units))
	}
	for i := range doc.Tasks {
		a, b := doc.Tasks[i], withTables.Tasks[i]
		if !slices.Equal(a.Units, b.Units) || !slices.Equal(a.LeadUnits, b.LeadUnits) || !slices.Equal(a.Leaders, b.Leaders) {
			t.Errorf("task %d differs without tables: %v/%v vs %v/%v", i, a.LeadUnits, a.Units, b.LeadUnits, b.Units)
		}
	}
	if u, _ := unitNamed(doc, "区委党史研究中心"); u.Kind != graph.KindPartyOrgan {
		t.Errorf("built-in kind of 区委党史研究中心 = %s", u.Kind)
	}
	info := 0
	for _, d := range doc.Diagnostics {
		if d.Severity == "info" && strings.Contains(d.Message, "房屋征收服务中心") && d.Line == 32 {
			info++
		}
	}
	if info != 1 {
		t.Errorf("diagnostics = %+v, want one info about the alias on line 32", doc.Diagnostics)
	}
}

// No sentence is silently lost: every Han character of the body belongs to a
// task, its annotation, a section or theme heading, or a narrative span.
func TestSeedNothingLost(t *testing.T) {
	doc := parseFile(t, seedPath, seedTables(t))
	src := []rune(doc.Source)
	covered := make([]bool, len(src))
	mark := func(s graph.Span) {
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
	}
	for _, task := range doc.Tasks {
		mark(task.Span)
		mark(task.Annotation)
	}
	for _, s := range doc.Sections {
		mark(s.Heading)
		if s.Kind == extract.SectionNumbered {
			mark(graph.Span{Start: s.Span.Start, End: s.Heading.Start}) // the marker （一）
		}
	}
	for _, th := range doc.Themes {
		mark(th.Span)
	}
	for _, n := range doc.Narrative {
		mark(n)
	}
	body := doc.Sections[0].Span.Start
	for i := body; i < len(src); i++ {
		if unicode.Is(unicode.Han, src[i]) && !covered[i] {
			a, b := max(body, i-10), min(len(src), i+10)
			t.Fatalf("rune %d (%q) is in no task, heading or narrative: …%s…", i, src[i], string(src[a:b]))
		}
	}
	// Narrative never overlaps a task.
	for _, n := range doc.Narrative {
		for _, task := range doc.Tasks {
			if n.Start < task.Span.End && task.Span.Start < n.End {
				t.Errorf("narrative %q overlaps task %d", string(src[n.Start:n.End]), task.Index)
			}
		}
	}
	var narrative []string
	for _, n := range doc.Narrative {
		narrative = append(narrative, string(src[n.Start:n.End]))
	}
	for _, want := range []string{"留住坊间烟火气。", "围绕实现上述目标，我们将重点抓好六个统筹", "经区政府研究，确定了2023年"} {
		found := false
		for _, n := range narrative {
			found = found || strings.HasPrefix(n, want)
		}
		if !found {
			t.Errorf("narrative lacks %q", want)
		}
	}
}
