package extract_test

import (
	"slices"
	"strings"
	"testing"

	"govgraph/graph/extract"
)

// The structural conventions of the struct-* fixtures, one small document
// each: what the tasks are (text), who leads, who else is responsible, and
// the notes they carry.
func TestStructuralConventions(t *testing.T) {
	type task struct {
		text         string
		leaders      []string
		leads, units []string
		notes        int
	}
	tests := []struct {
		name, src string
		want      []task
	}{
		{"dash line below the item",
			"一、稳增长\n1．新增规上企业20家。\n——县工信局牵头，县统计局配合。\n2．完成税收9亿元。\n——县财政局负责。\n",
			[]task{{"新增规上企业20家。", nil, []string{"县工信局"}, []string{"县统计局"}, 0}, {"完成税收9亿元。", nil, []string{"县财政局"}, nil, 0}}},
		{"dash roles without a full stop before them; a dash inside the text",
			"一、稳增长\n1．新增规上企业20家——县工信局牵头，县统计局配合\n2．打造“一核两翼”——形成错位发展格局。（牵头单位：县发改局）\n",
			[]task{{"新增规上企业20家", nil, []string{"县工信局"}, []string{"县统计局"}, 0}, {"打造“一核两翼”——形成错位发展格局。", nil, []string{"县发改局"}, nil, 0}}},
		{"dash as a label's colon, contact lines",
			"一、稳增长\n1．新增规上企业20家。\n责任单位——县工信局牵头，县统计局配合\n责任人：王建国（县工信局副局长）\n2．完成税收9亿元。\n牵头单位——县财政局；配合单位——县税务局\n联系人：赵敏　电话：0795-6800185\n",
			[]task{{"新增规上企业20家。", nil, []string{"县工信局"}, []string{"县统计局"}, 0}, {"完成税收9亿元。", nil, []string{"县财政局"}, []string{"县税务局"}, 0}}},
		{"leader inside running roles",
			"一、稳增长\n1．实施重点项目80个。\n——贺春林副县长负责，县发改局牵头，县自然资源局配合。\n",
			[]task{{"实施重点项目80个。", []string{"贺春林"}, []string{"县发改局"}, []string{"县自然资源局"}, 0}}},
		{"a block of fields is one task, its text the task field",
			"一、督办事项\n第1项\n工作任务：建成区级数据中心\n责任领导：尹海川常务副区长\n牵头单位：区大数据中心\n配合单位：区财政局\n完成时限：7月底前\n\n【督办事项2】\n督办内容：引进总部企业5家\n牵头单位：区投资促进局\n责任人：钟立\n完成时限：9月底前\n",
			[]task{{"建成区级数据中心", []string{"尹海川"}, []string{"区大数据中心"}, []string{"区财政局"}, 0}, {"引进总部企业5家", nil, []string{"区投资促进局"}, nil, 0}}},
		{"footnotes are notes, not tasks",
			"1．扩大需求\n1.1 完成投资3200亿元①。（牵头单位：省发展改革委）\n1.2 改造老旧小区1800个②。（牵头单位：省住房城乡建设厅）\n注：①重大项目指列入年度计划的项目。\n②老旧小区指2000年底前建成的小区。\n",
			[]task{{"完成投资3200亿元①。", nil, []string{"省发展改革委"}, nil, 1}, {"改造老旧小区1800个②。", nil, []string{"省住房城乡建设厅"}, nil, 1}}},
		{"a note at the foot of a page, the item running on past it",
			"一、扩大需求\n1．完成重大项目投资3200亿元①，同步推进\n① 重大项目指列入年度计划的项目。\n\n- 3 -\n\n前期工作。（牵头单位：省发展改革委）\n2．稳定外贸。（牵头单位：省商务厅）\n\n- 4 -\n",
			[]task{{"完成重大项目投资3200亿元①，同步推进 前期工作。", nil, []string{"省发展改革委"}, nil, 1}, {"稳定外贸。", nil, []string{"省商务厅"}, nil, 0}}},
		{"summary sentence after 一是…二是…",
			"（一）壮大楼宇经济。一是新增亿元楼宇2栋；二是引进总部企业8家。以上工作由区商务局牵头，区税务局配合。\n",
			[]task{{"新增亿元楼宇2栋", nil, []string{"区商务局"}, []string{"区税务局"}, 0}, {"引进总部企业8家。", nil, []string{"区商务局"}, []string{"区税务局"}, 0}}},
		{"summary bracket after 一是…二是…",
			"（一）壮大楼宇经济。一是新增亿元楼宇2栋；二是引进总部企业8家（以上均由区商务局牵头，区税务局配合）。\n",
			[]task{{"新增亿元楼宇2栋", nil, []string{"区商务局"}, []string{"区税务局"}, 0}, {"引进总部企业8家", nil, []string{"区商务局"}, []string{"区税务局"}, 0}}},
		{"一是…二是… on lines of their own, one summary bracket",
			"一、稳增长\n1．加快项目建设。\n一是新开工项目60个；\n二是竣工项目40个。\n（以上由县发改局牵头，县住建局配合）\n",
			[]task{{"新开工项目60个", nil, []string{"县发改局"}, []string{"县住建局"}, 0}, {"竣工项目40个。", nil, []string{"县发改局"}, []string{"县住建局"}, 0}}},
		{"summary line after the items, part leaders",
			"一、稳增长\n责任县领导：严志国副县长\n（一）抓项目\n1．实施重点项目60个。\n2．争取补助资金15亿元。\n以上工作由县发改局牵头，县住建局配合。\n（二）强工业\n3．新增规上企业18家。（县工信局牵头，县统计局配合）\n",
			[]task{{"实施重点项目60个。", []string{"严志国"}, []string{"县发改局"}, []string{"县住建局"}, 0},
				{"争取补助资金15亿元。", []string{"严志国"}, []string{"县发改局"}, []string{"县住建局"}, 0},
				{"新增规上企业18家。", []string{"严志国"}, []string{"县工信局"}, []string{"县统计局"}, 0}}},
		{"a heading naming a unit and its item count leads the items below",
			"一、市商务局（2项）\n1．举办消费季活动。配合单位：市财政局。\n2．培育夜间经济街区2个。\n二、市住建局\n1．改造老旧小区40个。配合单位：各区政府。\n三、市场主体培育\n1．新增市场主体3万户。（市市场监管局牵头）\n",
			[]task{{"举办消费季活动。", nil, []string{"市商务局"}, []string{"市财政局"}, 0}, {"培育夜间经济街区2个。", nil, []string{"市商务局"}, nil, 0},
				{"改造老旧小区40个。", nil, []string{"市住建局"}, []string{"各区政府"}, 0}, {"新增市场主体3万户。", nil, []string{"市市场监管局"}, nil, 0}}},
		{"decimal numbers closed by a dot",
			"一、扩大需求\n1.1.实施扩大内需战略。（牵头单位：省发展改革委）\n1.2．稳定外贸增长1.5个百分点。（牵头单位：省商务厅）\n",
			[]task{{"实施扩大内需战略。", nil, []string{"省发展改革委"}, nil, 0}, {"稳定外贸增长1.5个百分点。", nil, []string{"省商务厅"}, nil, 0}}},
		{"article numbers",
			"一、城市建设\n第一条　新增城市绿道60公里。（牵头单位：市园林局）\n第二条　完成城中村改造7个。\n【牵头单位】市住建局\n",
			[]task{{"新增城市绿道60公里。", nil, []string{"市园林局"}, nil, 0}, {"完成城中村改造7个。", nil, []string{"市住建局"}, nil, 0}}},
		{"主办/协办 as role verbs, a second item after the closing bracket",
			"一、稳外贸\n（一）出口增长4%。（市商务局主办，市税务局、市外汇局协办）（二）引进外资2亿美元。（市投资促进局负责）\n",
			[]task{{"出口增长4%。", nil, []string{"市商务局"}, []string{"市税务局", "市外汇局"}, 0}, {"引进外资2亿美元。", nil, []string{"市投资促进局"}, nil, 0}}},
		{"及 joining two whole units splits them; 及/和 inside a name does not",
			"一、优化服务\n1．推行证照联办。（县行政审批局牵头，县直各有关部门及各乡镇人民政府配合）\n2．整治占道经营。（县城市管理及综合执法局负责）\n",
			[]task{{"推行证照联办。", nil, []string{"县行政审批局"}, []string{"县直各有关部门", "各乡镇人民政府"}, 0}, {"整治占道经营。", nil, []string{"县城市管理及综合执法局"}, nil, 0}}},
		{"a heading naming its leader; a first-listed-leads note after a list holds onward and is no name part",
			"一、贺春林副县长主抓工作\n1．新增规上企业20家。\n责任单位：县工信局、县统计局（排在第一位的为牵头单位，下同）\n二、由严志国副县长牵头的工作\n2．完成税收9亿元。\n责任单位：县财政局、县税务局\n3．清理欠税。\n牵头单位：县税务局\n配合单位：各乡镇（按职责分工负责）\n",
			[]task{{"新增规上企业20家。", []string{"贺春林"}, []string{"县工信局"}, []string{"县统计局"}, 0}, {"完成税收9亿元。", []string{"严志国"}, []string{"县财政局"}, []string{"县税务局"}, 0}, {"清理欠税。", []string{"严志国"}, []string{"县税务局"}, []string{"各乡镇"}, 0}}},
		{"numbered blocks headed 项目N：NAME, the name the task",
			"县重点项目责任分解\n\n项目一：城南污水管网\n建设内容：铺设管网12公里\n联系县领导：王建国（副县长）\n牵头责任单位：县住建局\n配合单位：县水利局\n\n项目二：城北农贸市场\n建设内容：建筑面积8000平方米\n牵头责任单位：县商务局\n倒排工期：年内竣工\n\n项目3、城东停车场\n牵头责任单位：县城管局\n",
			[]task{{"城南污水管网", []string{"王建国"}, []string{"县住建局"}, []string{"县水利局"}, 0}, {"城北农贸市场", nil, []string{"县商务局"}, nil, 0}, {"城东停车场", nil, []string{"县城管局"}, nil, 0}}},
		{"list bullets (- / * / +) are no text: labels as bullets under an item, a bulleted item",
			"## 1 招商引资\n\n1.1 引进产业项目8个。\n\n- 责任领导：管委会副主任 任远航\n- 牵头部门：招商局\n- 配合部门：科学技术局\n\n1.2 举办对接会3场。\n\n* 牵头部门：投资促进局\n\n+ 完成园区道路改造。（规划建设局牵头，财政局配合）\n",
			[]task{{"引进产业项目8个。", []string{"任远航"}, []string{"招商局"}, []string{"科学技术局"}, 0}, {"举办对接会3场。", nil, []string{"投资促进局"}, nil, 0}, {"完成园区道路改造。", nil, []string{"规划建设局"}, []string{"财政局"}, 0}}},
		{"a first-listed note inside running roles names no unit",
			"一、稳增长\n1．新增规上企业20家。（县工信局、县统计局负责，列第一位者为牵头单位）\n",
			[]task{{"新增规上企业20家。", nil, []string{"县工信局"}, []string{"县统计局"}, 0}}},
		{"a note bracket before the list, a name bracket kept, a note after it dropped",
			"一、稳增长\n1．新增规上企业20家。\n责任单位：（排在首位的为牵头单位，下同）县工信局、县统计局\n2．清理欠税。\n责任单位：县税务局、各乡镇（街道）（排名不分先后）\n",
			[]task{{"新增规上企业20家。", nil, []string{"县工信局"}, []string{"县统计局"}, 0}, {"清理欠税。", nil, []string{"县税务局"}, []string{"各乡镇（街道）"}, 0}}},
		{"roles by item number after the items, numbering restarting, 分别 in order",
			"一、稳增长\n1．新增规上企业20家。\n2．完成税收9亿元。\n3．引进项目8个。\n责任分工：第1项由县工信局牵头，县统计局配合；第2—3项：县财政局、县商务局分别牵头。\n二、惠民生\n1．新建小学1所。\n注：第1项由县教育局负责。\n",
			[]task{{"新增规上企业20家。", nil, []string{"县工信局"}, []string{"县统计局"}, 0}, {"完成税收9亿元。", nil, []string{"县财政局"}, nil, 0},
				{"引进项目8个。", nil, []string{"县商务局"}, nil, 0}, {"新建小学1所。", nil, []string{"县教育局"}, nil, 0}}},
		{"bare ①② notes at a section's end, their marks in the task text; ①② items stay items",
			"一、扩大需求\n1．完成投资3200亿元①。（牵头单位：省发展改革委）\n2．改造老旧小区1800个②。（牵头单位：省住房城乡建设厅）\n①重大项目指列入年度计划的项目。\n②老旧小区指2000年底前建成的小区。\n二、惠民生\n3．办好两件实事。\n①新建托育机构50所；\n②新增学位3万个。\n牵头单位：省教育厅\n",
			[]task{{"完成投资3200亿元①。", nil, []string{"省发展改革委"}, nil, 1}, {"改造老旧小区1800个②。", nil, []string{"省住房城乡建设厅"}, nil, 1},
				{"新建托育机构50所", nil, []string{"省教育厅"}, nil, 0}, {"新增学位3万个。", nil, []string{"省教育厅"}, nil, 0}}},
		{"以上第N—M项 with labelled fields split by ；",
			"一、稳增长\n1．新增规上企业20家。\n2．完成税收9亿元。\n以上第1—2项，责任领导：县委常委、副县长贺春林；牵头单位：县工信局；责任单位：县统计局、县税务局。\n",
			[]task{{"新增规上企业20家。", []string{"贺春林"}, []string{"县工信局"}, []string{"县统计局", "县税务局"}, 0}, {"完成税收9亿元。", []string{"贺春林"}, []string{"县工信局"}, []string{"县统计局", "县税务局"}, 0}}},
		{"①② items with roles of their own at a section's end stay items, their marks in the text or not",
			"一、城市更新\n1．完成①号地块和②号地块征收。（牵头单位：区住建局）\n2．实施两项工程：\n①新建城东公园（区园林局牵头）\n②改造滨河步道（区水务局牵头）\n二、民生\n3．新建学校。（牵头单位：区教育局）\n",
			[]task{{"完成①号地块和②号地块征收。", nil, []string{"区住建局"}, nil, 0}, {"新建城东公园", nil, []string{"区园林局"}, nil, 0},
				{"改造滨河步道", nil, []string{"区水务局"}, nil, 0}, {"新建学校。", nil, []string{"区教育局"}, nil, 0}}},
		{"a closing table by item number restarting in every part, category lines typed between its rows",
			"一、培育新动能\n1．实施技改项目45个。\n2．新认定高新技术企业50家。\n二、扩大需求\n1．开展以旧换新活动。\n附表：任务分工\n序号\t牵头单位\t配合单位\n一、新动能\n1\t市工信局\t市发改局\n2\t市科技局\t\n二、需求\n1\t市商务局\t市财政局\n",
			[]task{{"实施技改项目45个。", nil, []string{"市工信局"}, []string{"市发改局"}, 0}, {"新认定高新技术企业50家。", nil, []string{"市科技局"}, nil, 0},
				{"开展以旧换新活动。", nil, []string{"市商务局"}, []string{"市财政局"}, 0}}},
		{"a heading's bracket of roles governs the items below; a heading with none below is a task",
			"一、稳增长（责任县领导：严志国副县长）\n1．新增规上企业20家。（牵头单位：县工信局）\n2．完成税收9亿元。\n（一）抓项目（牵头单位：县发改局；配合单位：县财政局）\n（二）强工业\n3．新增专精特新企业5家。（牵头单位：县工信局）\n",
			[]task{{"新增规上企业20家。", []string{"严志国"}, []string{"县工信局"}, nil, 0}, {"完成税收9亿元。", []string{"严志国"}, nil, nil, 0},
				{"抓项目", []string{"严志国"}, []string{"县发改局"}, []string{"县财政局"}, 0}, {"新增专精特新企业5家。", []string{"严志国"}, []string{"县工信局"}, nil, 0}}},
		{"goal and milestone lines are measures, not task text",
			"一、稳增长\n1．新增规上企业20家。\n工作目标：规上工业增加值增长8%。\n二季度：完成入库培育\n牵头单位：县工信局\n",
			[]task{{"新增规上企业20家。", nil, []string{"县工信局"}, nil, 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, items, err := extract.ParseItems(tc.name+".txt", []byte(tc.src), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []task
			for _, x := range doc.Tasks {
				got = append(got, task{strings.Join(strings.Fields(x.Text), " "), nilIfEmpty(x.Leaders), nilIfEmpty(x.LeadUnits), nilIfEmpty(x.Units), len(x.Notes)})
			}
			if !slices.EqualFunc(got, tc.want, func(a, b task) bool {
				return a.text == b.text && slices.Equal(a.leaders, b.leaders) && slices.Equal(a.leads, b.leads) && slices.Equal(a.units, b.units) && a.notes == b.notes
			}) {
				t.Errorf("tasks\n got %+v\nwant %+v", got, tc.want)
			}
			if lost := itemsLost(doc, items); len(lost) > 0 {
				t.Errorf("items on lines %v lost silently", lost)
			}
			for _, w := range doc.Profile.Warnings {
				if !strings.HasPrefix(w, "low coverage") || len(items) >= 3 {
					t.Errorf("warning %q", w)
				}
			}
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
