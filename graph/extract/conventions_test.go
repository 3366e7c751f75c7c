package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"govgraph/graph"
	"govgraph/graph/extract"
)

func TestSplitLeaders(t *testing.T) {
	tests := []struct {
		in   string
		want []graph.Leader
	}{
		{"副市长、市公安局局长陈刚", []graph.Leader{{Name: "陈刚", Title: "副市长、市公安局局长"}}},
		{"市政府秘书长刘洋", []graph.Leader{{Name: "刘洋", Title: "市政府秘书长"}}},
		{"杨帆（常务副县长）", []graph.Leader{{Name: "杨帆", Title: "常务副县长"}}},
		{"王一鸣（区委常委、副区长）", []graph.Leader{{Name: "王一鸣", Title: "区委常委、副区长"}}},
		{"刘建军副区长，区公安分局局长", []graph.Leader{{Name: "刘建军", Title: "副区长、区公安分局局长"}}},
		{"赵建华、钱明副区长", []graph.Leader{{Name: "赵建华", Title: "副区长"}, {Name: "钱明", Title: "副区长"}}},
		{"周立群常务副市长", []graph.Leader{{Name: "周立群", Title: "常务副市长"}}},
		{"邵国栋管委会副主任", []graph.Leader{{Name: "邵国栋", Title: "管委会副主任"}}},
		{"欧阳明远副县长、李华", []graph.Leader{{Name: "欧阳明远", Title: "副县长"}, {Name: "李华"}}},
		{"王若曦", []graph.Leader{{Name: "王若曦"}}},
		{"赵建华 钱明 副区长", []graph.Leader{{Name: "赵建华", Title: "副区长"}, {Name: "钱明", Title: "副区长"}}},
		{"市委常委、常务副市长 王强", []graph.Leader{{Name: "王强", Title: "市委常委、常务副市长"}}},
		{"区有关领导", []graph.Leader{{Name: "区有关领导", Placeholder: true}}},
		// Rare family names (the complete list) where a title vouches for them.
		{"钮建平副县长", []graph.Leader{{Name: "钮建平", Title: "副县长"}}},
		{"郗晓宁（副县长）", []graph.Leader{{Name: "郗晓宁", Title: "副县长"}}},
		{"县委常委、副县长訾立新", []graph.Leader{{Name: "訾立新", Title: "县委常委、副县长"}}},
		{"傅春雨副市长", []graph.Leader{{Name: "傅春雨", Title: "副市长"}}},
		// A title alone is never a person.
		{"常务副市长", []graph.Leader{{Name: "常务副市长", Title: "常务副市长", Placeholder: true}}},
		// Posts of streets, towns and parks before a dotted (or long transliterated) name.
		{"党工委副书记、办事处主任艾力·买买提", []graph.Leader{{Name: "艾力·买买提", Title: "党工委副书记、办事处主任"}}},
		{"办事处副主任古丽娜尔·吐尔逊", []graph.Leader{{Name: "古丽娜尔·吐尔逊", Title: "办事处副主任"}}},
		{"乡长热合曼•阿不都拉", []graph.Leader{{Name: "热合曼•阿不都拉", Title: "乡长"}}},
		{"管委会主任努尔兰‧别克", []graph.Leader{{Name: "努尔兰‧别克", Title: "管委会主任"}}},
		{"人大工委主任帕尔哈提・吐尔洪", []graph.Leader{{Name: "帕尔哈提・吐尔洪", Title: "人大工委主任"}}},
		{"武装部长买买提江･吾斯曼", []graph.Leader{{Name: "买买提江･吾斯曼", Title: "武装部长"}}},
		{"艾力·买买提副主任", []graph.Leader{{Name: "艾力·买买提", Title: "副主任"}}},
		{"古丽娜尔·吐尔逊、热合曼·阿不都拉副镇长", []graph.Leader{{Name: "古丽娜尔·吐尔逊", Title: "副镇长"}, {Name: "热合曼·阿不都拉", Title: "副镇长"}}},
		{"副镇长阿不都克尤木", []graph.Leader{{Name: "阿不都克尤木", Title: "副镇长"}}},
		{"办事处副主任", []graph.Leader{{Name: "办事处副主任", Title: "办事处副主任", Placeholder: true}}},
		// A zone's or town's post alone is no person, not a fragment of the place.
		{"开发区管委会主任", []graph.Leader{{Name: "开发区管委会主任", Title: "开发区管委会主任", Placeholder: true}}},
		{"城关镇镇长", []graph.Leader{{Name: "城关镇镇长", Title: "城关镇镇长", Placeholder: true}}},
		{"江北新区管委会副主任", []graph.Leader{{Name: "江北新区管委会副主任", Title: "江北新区管委会副主任", Placeholder: true}}},
		{"钱明区长", []graph.Leader{{Name: "钱明", Title: "区长"}}},
		{"王强市政府秘书长", []graph.Leader{{Name: "王强", Title: "市政府秘书长"}}},
		// A person's name before a zone's or town's body stays a person.
		{"王强区管委会主任", []graph.Leader{{Name: "王强", Title: "区管委会主任"}}},
		{"张伟区党工委书记", []graph.Leader{{Name: "张伟", Title: "区党工委书记"}}},
		{"李明镇人民政府镇长", []graph.Leader{{Name: "李明", Title: "镇人民政府镇长"}}},
		{"高新区党工委书记", []graph.Leader{{Name: "高新区党工委书记", Title: "高新区党工委书记", Placeholder: true}}},
		{"柏林乡乡长", []graph.Leader{{Name: "柏林乡乡长", Title: "柏林乡乡长", Placeholder: true}}},
	}
	for _, tt := range tests {
		var items []string
		var seps []rune
		sep := rune(0)
		for _, part := range strings.FieldsFunc(tt.in, func(r rune) bool {
			if r == '、' || r == '，' || r == ' ' {
				sep = r
				return true
			}
			return false
		}) {
			items = append(items, part)
			seps = append(seps, sep)
		}
		// Brackets hold 、 too: rejoin what a bracket split.
		items, seps = rejoinBrackets(items, seps)
		if got := extract.SplitLeaders(items, seps); !slices.Equal(got, tt.want) {
			t.Errorf("SplitLeaders(%s) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func rejoinBrackets(items []string, seps []rune) ([]string, []rune) {
	var out []string
	var outSeps []rune
	for k := 0; k < len(items); k++ {
		it := items[k]
		for strings.Count(it, "（") > strings.Count(it, "）") && k+1 < len(items) {
			k++
			it += "、" + items[k]
		}
		out = append(out, it)
		outSeps = append(outSeps, seps[len(out)-1])
	}
	for k := range outSeps {
		if k == 0 {
			outSeps[k] = 0
		}
	}
	return out, outSeps
}

// Aliases apply only in the jurisdiction they were written for.
func TestAliasScope(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, extract.AliasesFile), []byte("# alias\tcanonical\tjurisdiction\n"+
		"区住建局\t区住房和城市建设局\t济南市历下区\n区发改局\t区发展和改革局\t*\n"), 0o644)
	opts, err := extract.LoadTables(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc := func(title string) *graph.Document {
		d, err := extract.Parse("a.txt", []byte(title+"\n\n一、城市建设\n1．改造老旧小区10个。（牵头单位：区住建局；责任单位：区发改局）\n"), opts)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
		return d
	}
	lixia := doc("2024年济南市历下区重点任务分解")
	if got := lixia.Tasks[0].LeadUnits; !slices.Equal(got, []string{"区住房和城市建设局"}) {
		t.Errorf("历下: lead %q, want the alias resolved", got)
	}
	elsewhere := doc("2024年沈阳市沈河区重点任务分解")
	if got := elsewhere.Tasks[0].LeadUnits; !slices.Equal(got, []string{"区住建局"}) {
		t.Errorf("沈河: lead %q, want the name as written", got)
	}
	for _, d := range []*graph.Document{lixia, elsewhere} {
		if got := d.Tasks[0].Units; !slices.Equal(got, []string{"区发展和改革局"}) {
			t.Errorf("%s: units %q, want the * alias everywhere", d.Meta.Jurisdiction, got)
		}
	}
	for _, tt := range []struct{ table, msg string }{
		{"甲\t乙\t某区\t多\n", "aliases.tsv: line 1: expected"},
		{"甲\t乙\t某区\n甲\t丙\t某区\n", `aliases.tsv: line 2: "甲" is already mapped to "乙" in 某区`},
		{"甲\t乙\t某区\n乙\t甲\t某区\n", "alias cycle"},
	} {
		d := t.TempDir()
		os.WriteFile(filepath.Join(d, extract.AliasesFile), []byte(tt.table), 0o644)
		if _, err := extract.LoadTables(d); graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("LoadTables(%q) = %v, want %q", tt.table, err, tt.msg)
		}
	}
	// The same alias may differ between jurisdictions.
	d := t.TempDir()
	os.WriteFile(filepath.Join(d, extract.AliasesFile), []byte("区住建局\t区住房和城市建设局\t历下区\n区住建局\t区住房和城乡建设局\t沈河区\n"), 0o644)
	if _, err := extract.LoadTables(d); err != nil {
		t.Errorf("per-jurisdiction aliases: %v", err)
	}
}

// Page numbers and running headers are blanked, so tasks and unit lists
// broken across pages read whole; line numbers still match the file.
func TestPageNoise(t *testing.T) {
	page := func(n int) string {
		return "\n  某市重点工作分工\n" + strings.Repeat(" ", 10) + "— " + string(rune('0'+n)) + " —\n\f"
	}
	src := "某市2024年重点工作分工\n\n一、经济发展\n1．推进园区建设，新建标准厂房10万平方米。（市发展改革委牵头，市财政局、市经济和信" + page(1) +
		"息化局配合，年内完成）\n2．培育规上企业50家。（市经济和信息化局负责）" + page(2) + "3．新增就业1万人。\n（市人力资源社会保障局牵头，各区县人民政府配合）\n" + page(3)
	doc, err := extract.Parse("p.txt", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	if len(doc.Tasks) != 3 {
		t.Fatalf("%d tasks, want 3: %+v", len(doc.Tasks), doc.Diagnostics)
	}
	first := doc.Tasks[0]
	equal(t, "units of task 1", first.Units, []string{"市财政局", "市经济和信息化局"})
	if first.Deadline != "年内完成" || strings.Contains(doc.Source, "— 1 —") || strings.Contains(doc.Source, "某市重点工作分工") {
		t.Errorf("deadline %q; page noise left in the source: %v", first.Deadline, strings.Contains(doc.Source, "—"))
	}
	equal(t, "lead of task 2", doc.Tasks[1].LeadUnits, []string{"市经济和信息化局"})
	equal(t, "lead of task 3 (annotation on its own line)", doc.Tasks[2].LeadUnits, []string{"市人力资源社会保障局"})
	if strings.Count(doc.Source, "\n") != strings.Count(src, "\n") {
		t.Errorf("blanking changed the number of lines")
	}
	if !slices.Contains(doc.Profile.Conventions, "page numbers and running headers blanked") {
		t.Errorf("profile conventions %q", doc.Profile.Conventions)
	}
}

// Labelled lines before their task are recognised from the document's own
// evidence, and the profile says so; every numbered item is accounted for.
func TestPlacementAndProfile(t *testing.T) {
	before := "某区重点任务\n\n一、经济\n牵头单位：区发改局\n1．任务甲。\n牵头单位：区财政局\n2．任务乙。\n二、民生\n牵头单位：区民政局\n3．任务丙。\n4．任务丁。\n"
	doc, err := extract.Parse("b.txt", []byte(before), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	var got []string
	for _, task := range doc.Tasks {
		got = append(got, task.Text+"="+strings.Join(task.LeadUnits, ","))
	}
	equal(t, "tasks", got, []string{"任务甲。=区发改局", "任务乙。=区财政局", "任务丙。=区民政局"})
	pr := doc.Profile
	if pr.Placement != "before" || pr.Coverage != (graph.Coverage{Items: 4, Annotated: 3, Unannotated: 1, Tasks: 3, Narrative: pr.Coverage.Narrative}) {
		t.Errorf("profile %+v", pr)
	}
	if !slices.ContainsFunc(doc.Diagnostics, func(d graph.Diagnostic) bool { return d.Line == 11 && strings.Contains(d.Message, "no annotation") }) {
		t.Errorf("item 4 has no diagnostic: %+v", doc.Diagnostics)
	}
	text := extract.ProfileText(pr)
	if !strings.Contains(text, "\nprofile: annotations before") || !strings.Contains(text, "4 numbered items, 3 with an annotation, 1 without") {
		t.Errorf("ProfileText:\n%s", text)
	}

	// Evidence both ways: each section is read by its own, and the profile warns.
	mixed := "某区重点任务\n\n一、经济\n牵头单位：区发改局\n1．任务甲。\n牵头单位：区财政局\n2．任务乙。\n二、民生\n3．任务丙。\n牵头单位：区民政局\n4．任务丁。\n牵头单位：区教育局\n"
	doc, err = extract.Parse("m.txt", []byte(mixed), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, task := range doc.Tasks {
		got = append(got, task.Text+"="+strings.Join(task.LeadUnits, ","))
	}
	equal(t, "mixed tasks", got, []string{"任务甲。=区发改局", "任务乙。=区财政局", "任务丙。=区民政局", "任务丁。=区教育局"})
	if !slices.ContainsFunc(doc.Profile.Warnings, func(w string) bool { return strings.HasPrefix(w, "ambiguous placement") }) {
		t.Errorf("no ambiguity warning: %q", doc.Profile.Warnings)
	}

	// Few annotated items: a warning at the top.
	low := "某区重点任务\n\n一、经济\n1．任务甲。（牵头单位：区发改局）\n2．任务乙。\n3．任务丙。\n4．任务丁。\n"
	doc, err = extract.Parse("c.txt", []byte(low), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Profile.Warnings) == 0 || !strings.HasPrefix(extract.ProfileText(doc.Profile), "WARNING: low coverage: only 1 of 4") {
		t.Errorf("warnings %q", doc.Profile.Warnings)
	}
}

// A leader entry that is a post alone names no person: no leader is
// recorded, in a labelled line, in running roles or in a table column, and
// the profile says how many there were; 区有关领导 stays a placeholder.
func TestPostOnlyLeaders(t *testing.T) {
	src := "某县重点任务\n\n一、经济\n" +
		"1．任务甲。\n责任领导：分管副县长\n牵头单位：县发改局\n" +
		"2．任务乙。（常务副县长负责，县财政局牵头）\n" +
		"3．任务丙。\n责任领导：县有关领导\n牵头单位：县民政局\n" +
		"4．任务丁。\n责任领导：党组书记、局长韦东来\n牵头单位：县教育局\n"
	doc, err := extract.Parse("p.txt", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, task := range doc.Tasks {
		got = append(got, task.Text+"="+strings.Join(task.Leaders, ",")+"/"+strings.Join(task.LeadUnits, ","))
	}
	equal(t, "tasks", got, []string{"任务甲。=/县发改局", "任务乙。=/县财政局", "任务丙。=县有关领导/县民政局", "任务丁。=韦东来/县教育局"})
	if l, ok := leaderNamed(doc, "韦东来"); !ok || l.Title != "党组书记、局长" {
		t.Errorf("韦东来: %+v", l)
	}
	if !slices.ContainsFunc(doc.Profile.Warnings, func(w string) bool { return strings.HasPrefix(w, "2 leader entries name a post and no person") }) {
		t.Errorf("no warning about posts: %q", doc.Profile.Warnings)
	}
}

// A part of requirements after the task list (四、工作要求) assigns nothing:
// its role sentences are narrative, its numbered lines no items, and the
// profile names the convention. The same part before any task is read as
// before (a notice's opening over its task list).
func TestRequirementsPart(t *testing.T) {
	tasks := "一、城市建设\n1．改造老旧小区10个。（区住建局牵头，区财政局配合）\n2．新建口袋公园5个。（区城管局负责）\n"
	req := "二、工作要求\n（一）加强统筹。由区政府办牵头，建立工作台账，每月通报进展。\n1．区督查室负责，对落实情况开展督查。\n"
	doc := parseString(t, "r.txt", "某区重点任务分工\n\n"+tasks+req+"三、民生保障\n3．新增托位200个。（区卫健局负责）\n")
	var texts []string
	for _, tk := range doc.Tasks {
		texts = append(texts, tk.Text)
	}
	if len(doc.Tasks) != 3 || !strings.Contains(texts[2], "新增托位") {
		t.Fatalf("tasks %q, want the three tasks outside the 工作要求 part", texts)
	}
	if c := doc.Profile.Coverage; c.Items != 3 || c.Unannotated != 0 {
		t.Errorf("coverage %+v: the part's numbered line is no item", c)
	}
	if !slices.ContainsFunc(doc.Profile.Conventions, func(s string) bool { return strings.Contains(s, "closing part of requirements") }) {
		t.Errorf("conventions %q do not name the part of requirements", doc.Profile.Conventions)
	}
	narr, src := false, []rune(doc.Source)
	for _, n := range doc.Narrative {
		narr = narr || strings.Contains(string(src[n.Start:n.End]), "建立工作台账") // spans count code points
	}
	if !narr {
		t.Error("the part's sentences are not in the narrative")
	}
	// Before any task: the part is read as it always was.
	doc = parseString(t, "r2.txt", "某区重点任务分工\n\n"+strings.Replace(req, "二、", "一、", 1)+"二、城市建设\n1．改造老旧小区10个。（区住建局牵头）\n")
	if len(doc.Tasks) < 2 {
		t.Errorf("a 工作要求 part before the tasks: %d tasks, want its role sentences read too", len(doc.Tasks))
	}
}

// A 工作要求 line inside a task's block, or under a sub-heading with more
// tasks after it, opens no closing part: the tasks after it stay tasks.
func TestRequirementsFieldNoPart(t *testing.T) {
	for name, src := range map[string]string{
		"field of a task": "某区重点任务分工\n\n一、城市建设\n1．改造老旧小区10个。\n牵头单位：区住建局\n工作要求：\n按月报送进展。\n2．新增托位200个。\n牵头单位：区卫健局\n",
		"inside a theme":  "某区重点任务分工\n\n一、重点工作\n（一）城市建设\n1．改造老旧小区10个。（区住建局牵头）\n工作要求\n各单位按月报送进展。\n（二）民生保障\n2．新增托位200个。（区卫健局负责）\n3．新建口袋公园5个。（区城管局负责）\n",
	} {
		doc := parseString(t, "f.txt", src)
		var texts []string
		for _, tk := range doc.Tasks {
			texts = append(texts, tk.Text)
		}
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, "新增托位") }) {
			t.Errorf("%s: tasks %q, want 新增托位 read as a task", name, texts)
		}
	}
	// A title of its own after the last task's labelled lines does open it.
	doc := parseString(t, "m.md", "# 某区重点任务分工\n\n1. 改造老旧小区10个。\n\n牵头单位：区住建局\n\n**工作要求**\n\n由区政府办牵头，建立工作台账，每月通报进展。\n")
	if len(doc.Tasks) != 1 {
		t.Errorf("a bold 工作要求 after the last task: %d tasks, want 1", len(doc.Tasks))
	}
}

// An annexed 清单 repeating the body's items by title: each row is merged
// into its item; a row giving another lead than the body keeps both and
// warns; a row the body lacks stays a task.
func TestAnnexRepeatsBodyItems(t *testing.T) {
	body := "一、城市建设\n（一）改造老旧小区。完成10个小区改造。（牵头单位：区住建局）\n（二）建设口袋公园。新建5个口袋公园。（牵头单位：区城管局）\n"
	annex := "附件\n重点任务清单\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" +
		"1\t改造老旧小区\t区住建局\t区财政局\t6月底前\n2\t建设口袋公园\t区园林中心\t区财政局\t9月底前\n3\t新增托育托位\t区卫健局\t区教育局\t年底前\n"
	doc := parseString(t, "a.txt", "某区重点任务分工方案\n\n"+body+annex)
	if len(doc.Tasks) != 3 {
		t.Fatalf("%d tasks, want the two items and the annex's own row", len(doc.Tasks))
	}
	first := doc.Tasks[0]
	if !strings.HasPrefix(first.Text, "改造老旧小区。") || first.Deadline != "6月底前" {
		t.Errorf("task 0 %q deadline %q: want the item's text with the row's deadline", first.Text, first.Deadline)
	}
	equal(t, "task 0 units", first.Units, []string{"区财政局"})
	equal(t, "task 1 leads", doc.Tasks[1].LeadUnits, []string{"区城管局", "区园林中心"})
	if !slices.ContainsFunc(doc.Diagnostics, func(d graph.Diagnostic) bool {
		return d.Code == graph.DiagRepeatConflict && strings.Contains(d.Message, "repeats the task of line")
	}) {
		t.Errorf("warnings %q: no repeat_conflict for the row's other lead", warnings(doc))
	}
	if doc.Tasks[2].Text != "新增托育托位" {
		t.Errorf("task 2 %q, want the annex's own row", doc.Tasks[2].Text)
	}
}

// A list's own bracket saying its first unit leads, with 牵头 alone.
func TestListNoteFirstLeads(t *testing.T) {
	doc := parseString(t, "n.txt", "某区重点任务分工\n\n一、城市建设\n1．改造老旧小区10个。\n责任单位：区住建局、区财政局（排第一的单位牵头）\n")
	if len(doc.Tasks) != 1 {
		t.Fatalf("%d tasks, want 1", len(doc.Tasks))
	}
	equal(t, "leads", doc.Tasks[0].LeadUnits, []string{"区住建局"})
	equal(t, "units", doc.Tasks[0].Units, []string{"区财政局"})
}
