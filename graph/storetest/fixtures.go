package storetest

import (
	"fmt"
	"strings"

	"govgraph/graph"
)

// The fixture: two documents of 济南市历下区 (2023 and 2024) that share
// leaders, units and a project, and one of 济南市市中区 whose unit 区财政局,
// leader 张伟 and project 泉城路改造 have namesakes in 历下区. Every expected
// answer in the suite is worked out by hand from these documents.

// Jurisdictions.
const (
	j1 = "济南市历下区"
	j2 = "济南市市中区"
)

// Document ids, in id order.
const (
	idA = "lixia-2023"
	idB = "lixia-2024"
	idC = "shizhong-2023"
)

// Leaders.
const (
	wuYi      = "武毅"
	zhangWei  = "张伟"
	liNa      = "李娜"
	someoneJ1 = "区有关领导" // a placeholder
)

// Units.
const (
	fgj  = "区发展和改革局"
	czj  = "区财政局" // in both jurisdictions
	zjj  = "区住房和城乡建设局"
	yjjd = "姚家街道" // a street
	gjd  = "各街道"  // a collective
	jtj  = "区教育和体育局"
	kjj  = "区科学技术局"
	sjj  = "区审计局" // listed by document A, named by no task
	swj  = "区商务局"
	qxjd = "七贤街道" // a street
)

// Projects.
const (
	xinCheng  = "历下新城"
	quanCheng = "泉城路改造" // in both jurisdictions
)

// Titles that answers repeat.
const (
	titleA  = "2023年《济南市历下区政府工作报告》目标任务分解"
	titleB  = "2024年《济南市历下区政府工作报告》目标任务分解"
	titleC  = "2023年《济南市市中区政府工作报告》目标任务分解"
	secA0   = "主要预期目标"
	secA1   = "一、聚力城市更新，建设品质历下"
	secA2   = "二、增进民生福祉，建设幸福历下"
	secB0   = "主要预期目标"
	secB1   = "一、做强现代产业，建设活力历下"
	secC0   = "主要目标"
	themeA0 = "加快片区改造提升。"
	themeA1 = "办好民生实事。"
	themeB0 = "培育壮大新兴产业。"
)

// Task texts.
const (
	textA0 = "地区生产总值增长6%"
	textA1 = "一般公共预算收入增长17%左右"
	textA2 = "推进历下新城片区改造，完成征收100万平方米"
	textA3 = "实施泉城路改造提升工程"
	textA4 = "新建改扩建中小学校3所"
	textA5 = "做好城市更新宣传工作"
	textB0 = "地区生产总值增长6.5%"
	textB1 = "推动历下新城科创园建设"
	// 90 code points; 创新高地 starts at code point 86.
	textB2 = "加快发展数字经济，培育AI产业，推进工业互联网、大数据、云计算、区块链等新技术与实体经济深度融合，支持龙头企业牵头组建创新联合体，建设一批数字化车间和智能工厂，打造数字经济创新高地"
	textC0 = "社会消费品零售总额增长5%"
	textC1 = "支持七贤街道夜间经济"
)

// source builds a document's text and the spans into it.
type source struct{ text []rune }

func (s *source) add(parts ...string) graph.Span {
	start := len(s.text)
	for _, p := range parts {
		s.text = append(s.text, []rune(p)...)
	}
	span := graph.Span{Start: start, End: len(s.text)}
	s.text = append(s.text, '\n')
	return span
}

// annotate is the annotation that closes a task in the source.
func annotate(t graph.Task) string {
	var parts []string
	if len(t.Leaders) > 0 {
		parts = append(parts, "牵头领导："+strings.Join(t.Leaders, "、"))
	}
	if len(t.LeadUnits) > 0 {
		parts = append(parts, "牵头单位："+strings.Join(t.LeadUnits, "、"))
	}
	if len(t.Units) > 0 {
		parts = append(parts, "责任单位："+strings.Join(t.Units, "、"))
	}
	return "（" + strings.Join(parts, "；") + "）"
}

// finish lays out the document's source from its parts and sets the spans,
// lines, task ids and hash.
func finish(doc *graph.Document) *graph.Document {
	var src source
	src.add(doc.Meta.Title)
	line := 2
	for i := range doc.Sections {
		sec := &doc.Sections[i]
		sec.Span = src.add(sec.Title)
		line++
		for j := range doc.Themes {
			th := &doc.Themes[j]
			if th.Section == sec.Index {
				th.Span = src.add(th.Title)
				line++
			}
		}
		for j := range doc.Tasks {
			t := &doc.Tasks[j]
			if t.Section != sec.Index {
				continue
			}
			t.ID = graph.TaskID(doc.Meta.ID, t.Index)
			t.Line = line
			t.Span = src.add(t.Text)
			t.Annotation = src.add(annotate(*t))
			line += 2
		}
	}
	doc.Source = string(src.text)
	doc.Meta.Hash = graph.Hash(doc.Source)
	return doc
}

// docA is 济南市历下区 2023: three sections, two themes, six tasks (two
// without theme), a placeholder leader, a street, a collective, two projects,
// three targets and a listed unit that no task names.
func docA() *graph.Document {
	return finish(&graph.Document{
		Meta: graph.DocumentMeta{
			ID: idA, Title: titleA, Issuer: "济南市历下区人民政府办公室", Date: "2023-02-01", Year: 2023,
			Jurisdiction: j1, Number: "历政办字〔2023〕1号", Format: "txt", FileName: "lixia-2023.txt",
		},
		Sections: []graph.Section{
			{Index: 0, Title: secA0, Kind: "opening"},
			{Index: 1, Title: secA1, Kind: "numbered"},
			{Index: 2, Title: secA2, Kind: "numbered"},
		},
		Themes: []graph.Theme{
			{Index: 0, Section: 1, Title: themeA0},
			{Index: 1, Section: 2, Title: themeA1},
		},
		Tasks: []graph.Task{
			{Index: 0, Section: 0, ThemeIndex: -1, Text: textA0, Leaders: []string{wuYi}, LeadUnits: []string{fgj},
				Targets: []graph.Target{{Metric: "地区生产总值", Value: 6, Unit: "%", Text: "地区生产总值增长6%"}}},
			{Index: 1, Section: 0, ThemeIndex: -1, Text: textA1, Leaders: []string{wuYi}, LeadUnits: []string{czj}, Units: []string{fgj},
				Targets: []graph.Target{{Metric: "一般公共预算收入", Value: 17, Unit: "%", Qualifier: "左右", Text: "一般公共预算收入增长17%左右"}}},
			{Index: 2, Section: 1, Theme: themeA0, ThemeIndex: 0, Text: textA2, Leaders: []string{zhangWei}, LeadUnits: []string{zjj},
				Units: []string{yjjd, czj}, Deadline: "2023年底前", Projects: []string{xinCheng},
				Targets: []graph.Target{{Metric: "征收", Value: 100, Unit: "万平方米"}},
				Notes:   []string{notesA2}, Measures: measuresA2},
			{Index: 3, Section: 1, Theme: themeA0, ThemeIndex: 0, Text: textA3, Leaders: []string{zhangWei, wuYi},
				LeadUnits: []string{zjj, yjjd}, Units: []string{fgj}, Projects: []string{quanCheng}},
			{Index: 4, Section: 2, Theme: themeA1, ThemeIndex: 1, Text: textA4, Leaders: []string{someoneJ1},
				LeadUnits: []string{jtj}, Units: []string{gjd}, Deadline: "2023年9月底前", Targets: []graph.Target{}},
			{Index: 5, Section: 2, ThemeIndex: -1, Text: textA5, Leaders: []string{zhangWei}, LeadUnits: []string{zjj},
				Units: []string{jtj, yjjd}},
		},
		Leaders: []graph.Leader{
			{Name: wuYi, Title: "区长"},
			{Name: zhangWei, Title: "副区长"},
			{Name: someoneJ1, Placeholder: true},
		},
		Units: []graph.Unit{
			{Name: fgj, Kind: graph.KindDepartment, Aliases: []string{"区发改局"}},
			{Name: czj, Kind: graph.KindDepartment},
			{Name: zjj, Kind: graph.KindDepartment, Aliases: []string{"区住建局"}},
			{Name: yjjd, Kind: graph.KindStreet},
			{Name: gjd, Kind: graph.KindCollective, Collective: true},
			{Name: jtj, Kind: graph.KindDepartment, Aliases: []string{}},
			{Name: sjj, Kind: graph.KindDepartment},
		},
		Projects: []graph.Project{
			{Name: xinCheng, Tasks: []int{2}},
			{Name: quanCheng, Tasks: []int{3}},
		},
		Narrative: []graph.Span{{Start: 0, End: 5}},
		Diagnostics: []graph.Diagnostic{
			{Line: 7, Column: 3, Severity: "warning", Message: "annotation without a deadline"},
		},
		Profile: &graph.Profile{Conventions: []string{"labelled lines before the task"}, Placement: "before",
			Coverage: coverageA, Warnings: []string{}},
	})
}

// What docA's task 2 holds beyond its text (a footnote, a table's
// measure columns) and docA's coverage: the stores keep and list them.
var (
	notesA2    = "注：①征收面积按签约面积计"
	measuresA2 = []string{"年内完成片区签约", "同步做好安置房建设"}
	coverageA  = graph.Coverage{Items: 7, Annotated: 6, Unannotated: 1, Tasks: 6, Narrative: 1}
)

// docB is 济南市历下区 2024. It lists 武毅 and 区发展和改革局 with other
// properties than docA does.
func docB() *graph.Document {
	return finish(&graph.Document{
		Meta: graph.DocumentMeta{
			ID: idB, Title: titleB, Issuer: "济南市历下区人民政府办公室", Date: "2024-01-20", Year: 2024,
			Jurisdiction: j1, Format: "txt",
		},
		Sections: []graph.Section{
			{Index: 0, Title: secB0, Kind: "opening"},
			{Index: 1, Title: secB1, Kind: "numbered"},
		},
		Themes: []graph.Theme{{Index: 0, Section: 1, Title: themeB0}},
		Tasks: []graph.Task{
			{Index: 0, Section: 0, ThemeIndex: -1, Text: textB0, Leaders: []string{wuYi}, LeadUnits: []string{fgj}, Units: []string{czj},
				Targets: []graph.Target{{Metric: "地区生产总值", Value: 6.5, Unit: "%", Text: "地区生产总值增长6.5%"}}},
			{Index: 1, Section: 1, Theme: themeB0, ThemeIndex: 0, Text: textB1, Leaders: []string{liNa}, LeadUnits: []string{kjj},
				Units: []string{yjjd, fgj}, Projects: []string{xinCheng}},
			{Index: 2, Section: 1, Theme: themeB0, ThemeIndex: 0, Text: textB2, Leaders: []string{liNa, wuYi}, LeadUnits: []string{kjj},
				Units: []string{fgj, czj}, Deadline: "持续推进"},
		},
		Leaders: []graph.Leader{
			{Name: wuYi, Title: "区委副书记、区长"},
			{Name: liNa, Title: "副区长"},
		},
		Units: []graph.Unit{
			{Name: fgj, Kind: graph.KindDepartment, Aliases: []string{"区发改局", "历下区发改局"}},
			{Name: czj, Kind: graph.KindDepartment},
			{Name: yjjd, Kind: graph.KindStreet},
			{Name: kjj, Kind: graph.KindDepartment},
		},
		Projects: []graph.Project{{Name: xinCheng, Tasks: []int{1}}},
	})
}

// docC is 济南市市中区 2023: one section, no themes (nil), two tasks.
func docC() *graph.Document {
	return finish(&graph.Document{
		Meta: graph.DocumentMeta{
			ID: idC, Title: titleC, Issuer: "济南市市中区人民政府办公室", Date: "2023-03-01", Year: 2023,
			Jurisdiction: j2, Format: "tsv", FileName: "shizhong.tsv",
		},
		Sections: []graph.Section{{Index: 0, Title: secC0, Kind: "opening"}},
		Tasks: []graph.Task{
			{Index: 0, Section: 0, ThemeIndex: -1, Text: textC0, Leaders: []string{zhangWei}, LeadUnits: []string{swj},
				Units: []string{czj}, Targets: []graph.Target{{Metric: "社会消费品零售总额", Value: 5, Unit: "%"}}},
			{Index: 1, Section: 0, ThemeIndex: -1, Text: textC1, Leaders: []string{zhangWei}, LeadUnits: []string{qxjd},
				Units: []string{swj, czj}, Projects: []string{quanCheng}},
		},
		Leaders:  []graph.Leader{{Name: zhangWei, Title: "区长"}},
		Units:    []graph.Unit{{Name: czj, Kind: graph.KindDepartment}, {Name: swj, Kind: graph.KindDepartment}, {Name: qxjd, Kind: graph.KindStreet}},
		Projects: []graph.Project{{Name: quanCheng, Tasks: []int{1}}},
	})
}

// docA2 is a new version of docA without tasks 4 and 5, so that 区有关领导,
// 各街道 and 区教育和体育局 lose their only tasks.
func docA2() *graph.Document {
	doc := docA()
	doc.Tasks = doc.Tasks[:4]
	doc.Diagnostics = nil
	return finish(doc)
}

// fixtures returns fresh copies of the three documents, in import order.
func fixtures() []*graph.Document { return []*graph.Document{docA(), docB(), docC()} }

// chain is three documents of 测试市 whose only link is a path of ten
// relationships from target:chain-1:0/0 to target:chain-3:0/0:
// target, task chain-1:0, unit 甲局, task chain-2:0, section chain-2/0,
// document chain-2, section chain-2/1, task chain-2:1, unit 乙局,
// task chain-3:0, target.
func chain() []*graph.Document {
	const j = "测试市"
	doc := func(id string, tasks ...graph.Task) *graph.Document {
		d := &graph.Document{
			Meta:     graph.DocumentMeta{ID: id, Title: id, Jurisdiction: j, Year: 2023, Format: "txt"},
			Sections: []graph.Section{{Index: 0, Title: "第一部分"}},
			Tasks:    tasks,
			Units:    []graph.Unit{{Name: "甲局"}, {Name: "乙局"}},
		}
		if len(tasks) > 1 {
			d.Sections = append(d.Sections, graph.Section{Index: 1, Title: "第二部分"})
		}
		return finish(d)
	}
	target := []graph.Target{{Metric: "完成率", Value: 100, Unit: "%"}}
	return []*graph.Document{
		doc("chain-1", graph.Task{Index: 0, ThemeIndex: -1, Text: "甲任务", LeadUnits: []string{"甲局"}, Targets: target}),
		doc("chain-2",
			graph.Task{Index: 0, ThemeIndex: -1, Text: "乙任务", LeadUnits: []string{"甲局"}},
			graph.Task{Index: 1, Section: 1, ThemeIndex: -1, Text: "丙任务", LeadUnits: []string{"乙局"}}),
		doc("chain-3", graph.Task{Index: 0, ThemeIndex: -1, Text: "丁任务", LeadUnits: []string{"乙局"}, Targets: target}),
	}
}

// bulk is one document of 120 tasks, 第1项重点任务 … 第120项重点任务, all led by IT服务局.
func bulk() *graph.Document {
	doc := &graph.Document{
		Meta:     graph.DocumentMeta{ID: "bulk", Title: "批量文件", Jurisdiction: "批量区", Year: 2023, Format: "txt"},
		Sections: []graph.Section{{Index: 0, Title: "全部任务"}},
		Units:    []graph.Unit{{Name: "IT服务局", Kind: graph.KindDepartment}},
	}
	for i := range 120 {
		doc.Tasks = append(doc.Tasks, graph.Task{
			Index: i, ThemeIndex: -1, Text: fmt.Sprintf("第%d项重点任务", i+1), LeadUnits: []string{"IT服务局"},
		})
	}
	return finish(doc)
}
