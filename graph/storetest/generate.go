package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"govgraph/graph"
)

// Names for generated documents: real 历下区 unit and leader names, so that
// search and the cjk analyzer see realistic text.
var (
	unitNames = []string{
		"区发展改革局", "区财政局", "区教体局", "区科技局", "区工业和信息化局", "区民政局", "区人力资源社会保障局",
		"区住房城乡建设局", "区城市管理局", "区商务局", "区文化和旅游局", "区卫生健康局", "区应急局", "区市场监管局",
		"区统计局", "区医保局", "区投资促进局", "区大数据局", "区审批服务局", "区城市更新局",
		"区融媒体中心", "区税务局", "历下公安分局", "区委宣传部", "区委组织部", "区总工会", "团区委", "区妇联",
		"泉城路街道", "大明湖街道", "解放路街道", "千佛山街道", "趵突泉街道", "文东街道", "姚家街道", "龙洞街道",
		"智远街道", "甸柳街道", "燕山街道", "东关街道", "文化东路街道", "建新街道", "舜华路街道", "历下控股集团",
		"各街道",
	}
	// LeaderNames are the leaders of generated documents.
	LeaderNames = []string{"王宏", "李明", "张华", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "周涛", "吴敏"}
	phrases     = []string{
		"推进经济高质量发展", "深化营商环境改革", "实施城市更新行动", "加快数字经济发展", "提升公共服务水平",
		"加强生态环境保护", "推动文化旅游融合", "完善社会保障体系", "建设金融商务中心", "打造科技创新高地",
		"优化教育资源配置", "提高医疗卫生能力", "推进老旧小区改造", "强化安全生产监管", "促进消费扩容升级",
	}
	projectNames = []string{"CBD金融中心", "泉城路商圈", "明湖片区更新", "千佛山景区提升", "齐鲁科创大走廊"}
)

// Generate builds a valid document for tests and benchmarks, the one
// generator both stores' benchmarks use, so that they measure the same
// corpus: tasks with leaders (LeaderNames), lead and responsible units,
// projects and targets, in sections and themes. The same seed gives the
// same document.
func Generate(seed uint64, jurisdiction string, year, tasks int) *graph.Document {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	title := fmt.Sprintf("%d年政府工作报告目标任务分解（%d）", year, seed)
	id := graph.DocumentID(jurisdiction, year, title)
	doc := &graph.Document{
		Meta: graph.DocumentMeta{
			ID: id, Title: title, Issuer: jurisdiction + "人民政府办公室",
			Date: fmt.Sprintf("%d-02-%02d", year, 1+seed%28), Year: year,
			Jurisdiction: jurisdiction, Format: "txt", FileName: fmt.Sprintf("doc-%d.txt", seed),
		},
		Narrative:   []graph.Span{},
		Diagnostics: []graph.Diagnostic{{Line: 3, Column: 1, Severity: "warning", Message: "unannotated sentence"}},
	}
	var src strings.Builder
	nSections := 3 + tasks/40
	for s := 0; s < nSections; s++ {
		kind := "numbered"
		if s == 0 {
			kind = "opening"
		}
		doc.Sections = append(doc.Sections, graph.Section{Index: s, Title: fmt.Sprintf("第%d部分", s), Kind: kind, Span: graph.Span{Start: s * 10, End: s*10 + 5}})
		if s > 0 {
			for k := 0; k < 2; k++ {
				doc.Themes = append(doc.Themes, graph.Theme{Index: len(doc.Themes), Section: s, Title: phrases[(s+k)%len(phrases)], Span: graph.Span{Start: s, End: s + 1}})
			}
		}
	}
	usedUnits := map[string]*graph.Unit{}
	usedLeaders := map[string]bool{}
	usedProjects := map[string][]int{}
	pick := func(list []string, n int) []string {
		out := []string{}
		for _, i := range rng.Perm(len(list))[:n] {
			out = append(out, list[i])
		}
		return out
	}
	for i := 0; i < tasks; i++ {
		sec := rng.IntN(nSections)
		themeIndex, themeTitle := -1, ""
		if sec > 0 && rng.IntN(3) > 0 {
			th := doc.Themes[(sec-1)*2+rng.IntN(2)]
			themeIndex, themeTitle = th.Index, th.Title
		}
		// Two to seven phrases: some texts are longer than a search snippet.
		var parts []string
		for range 2 + rng.IntN(6) {
			parts = append(parts, phrases[rng.IntN(len(phrases))])
		}
		text := fmt.Sprintf("%s，完成第%d项工作。", strings.Join(parts, "，"), i)
		t := graph.Task{
			ID: graph.TaskID(id, i), Index: i, Section: sec, Theme: themeTitle, ThemeIndex: themeIndex,
			Text: text, Span: graph.Span{Start: src.Len(), End: src.Len() + len([]rune(text))},
			Annotation: graph.Span{Start: 1, End: 2}, Line: 10 + i,
			Leaders:   pick(LeaderNames, 1+rng.IntN(2)),
			LeadUnits: pick(unitNames, 1+rng.IntN(2)),
			Deadline:  []string{"", "6月底前", "年底前"}[rng.IntN(3)],
			Projects:  []string{},
			Targets:   []graph.Target{},
		}
		src.WriteString(text + "\n")
		t.Units = pick(unitNames, rng.IntN(5))
		if rng.IntN(4) == 0 {
			p := projectNames[rng.IntN(len(projectNames))]
			t.Projects = append(t.Projects, p)
			usedProjects[p] = append(usedProjects[p], i)
		}
		if rng.IntN(3) == 0 {
			t.Targets = append(t.Targets, graph.Target{Metric: "地区生产总值", Value: float64(rng.IntN(100)) / 10, Unit: "%", Qualifier: "左右"})
		}
		for _, l := range t.Leaders {
			usedLeaders[l] = true
		}
		for _, u := range t.Involved() {
			if usedUnits[u] == nil {
				kind := graph.KindDepartment
				if strings.HasSuffix(u, "街道") {
					kind = graph.KindStreet
				}
				usedUnits[u] = &graph.Unit{Name: u, Kind: kind, Collective: u == "各街道", Aliases: []string{}}
			}
		}
		doc.Tasks = append(doc.Tasks, t)
	}
	for _, l := range LeaderNames {
		if usedLeaders[l] {
			doc.Leaders = append(doc.Leaders, graph.Leader{Name: l, Title: "副区长"})
		}
	}
	for _, u := range unitNames {
		if usedUnits[u] != nil {
			doc.Units = append(doc.Units, *usedUnits[u])
		}
	}
	for _, p := range projectNames {
		if usedProjects[p] != nil {
			doc.Projects = append(doc.Projects, graph.Project{Name: p, Tasks: usedProjects[p]})
		}
	}
	doc.Source = src.String()
	doc.Meta.Hash = graph.Hash(doc.Source)
	return doc
}
