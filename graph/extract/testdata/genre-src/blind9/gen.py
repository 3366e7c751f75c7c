#!/usr/bin/env python3
"""Writes the ninth blind set (graph/extract/testdata/genre-blind9) and its
want files from one meaning per document: invented places, people and tasks;
conventions of the genre's kin (民生实事 decompositions, meeting decisions under
supervision, 建议提案 交办 tables, 考核指标 decompositions, audit rectification
lists, 营商环境 task lists). Reuses the second set's writers (want, write, xlsx,
pdf). Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind9/gen.py"""
import csv, io, os, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import T, jn, want, write, xlsx, pdf, para, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind9")
g2.HERE = HERE
CN = "一二三四五六七八九十"


# 1. County 民生实事 decomposition (.docx): one table, 项目名称 and 责任领导
#    merged down over the project's 年度目标 rows (w:vMerge); the leader cell
#    holds the name above the post on two lines.
def vcell(txt, merge=None):
    pr = '<w:vMerge w:val="restart"/>' if merge == "restart" else ("<w:vMerge/>" if merge == "cont" else "")
    body = "".join(para(x) for x in txt.split("\n")) if txt else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)


def docx_minsheng_projects():
    name = "docx-minsheng-projects"
    projects = [
        ("教育扩容提质", "蒲晓岚", "副县长", [
            ("建成投用城东第二小学，新增学位1350个", "县教育局", ["县住建局", "县自然资源局"]),
            ("改扩建乡镇公办幼儿园6所", "县教育局", ["县财政局"])]),
        ("养老服务提升", "蒲晓岚", "副县长", [
            ("新建村级互助幸福院22个", "县民政局", ["各乡镇人民政府"]),
            ("为1800户特困老人家庭实施适老化改造", "县民政局", ["县残联", "县住建局"]),
            ("建设县级失能老人照护中心1处", "县民政局", ["县卫健局"])]),
        ("饮水安全巩固", "覃家栋", "副县长", [
            ("完成柳溪水厂扩容工程，日供水能力提升至3万吨", "县水利局", ["县城投公司"]),
            ("改造农村供水老旧管网86公里", "县水利局", ["县财政局", "各乡镇人民政府"])]),
        ("城乡道路畅通", "覃家栋", "副县长", [
            ("新改建农村公路110公里", "县交通运输局", ["县公路事务中心"]),
            ("改造城区背街小巷14条", "县住建局", ["县城管局", "城关镇人民政府"]),
            ("新增城区公共停车泊位900个", "县城管局", ["县公安局交警大队"])]),
        ("就业创业帮扶", "龙雪芹", "副县长", [
            ("开展补贴性职业技能培训5000人次", "县人社局", ["县总工会", "县教育局"]),
            ("建成零工市场2个", "县人社局", ["县商务局"])]),
        ("医疗服务便民", "龙雪芹", "副县长", [
            ("建成县人民医院胸痛中心和卒中中心", "县卫健局", ["县人民医院"]),
            ("为65岁以上老年人免费健康体检4.2万人", "县卫健局", ["各乡镇卫生院"])]),
        ("文体惠民", "龙雪芹", "副县长", [
            ("送戏下乡演出240场", "县文旅局", ["县文化馆"]),
            ("新建社区智慧健身驿站8个", "县文旅局", ["县体育中心", "县住建局"])]),
        ("居住环境改善", "覃家栋", "副县长", [
            ("改造老旧小区23个、惠及居民4100户", "县住建局", ["县财政局", "国网清溪县供电公司"]),
            ("完成农村户厕改造3200户", "县农业农村局", ["县卫健局", "各乡镇人民政府"])]),
        ("食品安全守护", "蒲晓岚", "副县长", [
            ("完成食品快检12000批次", "县市场监管局", ["县农业农村局"]),
            ("建成学校食堂明厨亮灶全覆盖", "县市场监管局", ["县教育局"])]),
    ]
    tasks = []
    head = [vcell(x) for x in ["序号", "项目名称", "年度目标", "责任领导", "牵头单位", "责任单位"]]
    rows = [head]
    for i, (pname, leader, post, goals) in enumerate(projects):
        for k, (goal, lead, units) in enumerate(goals):
            m = "restart" if k == 0 else "cont"
            rows.append([vcell(str(i + 1) if k == 0 else "", m), vcell(pname if k == 0 else "", m),
                         vcell(goal), vcell(leader + "\n" + post if k == 0 else "", m),
                         vcell(lead), vcell(jn(units))])
            tasks.append(T(goal, [leader], [lead], units))
    tbl = ("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>"
           + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")
    body = [para("清溪县人民政府办公室文件", True), para("清政办发〔2026〕5号"), para(""),
            para("清溪县人民政府办公室关于印发2026年县政府十件民生实事项目任务分解的通知", True), para(""),
            para("各乡镇人民政府，县政府各部门，各有关单位："),
            para("县十九届人大五次会议票决产生的2026年民生实事项目已经县政府同意，现将任务分解印发给你们，请抓好落实。"
                 "各牵头单位要细化年度目标，按月报送进展；责任单位要主动配合，形成合力。"),
            para("县政府督查室将按季度开展跟踪督查，年底组织绩效评价。"), para(""),
            para("附件", True), para("2026年县政府民生实事项目任务分解表", True), tbl, para(""),
            para("注：项目责任领导工作调整的，由接任领导负责，不再另行发文。"), para(""),
            para("清溪县人民政府办公室"), para("2026年2月12日"),
            para("（此件公开发布）")]
    g2.docx(name, body)
    want(name, tasks, """Convention: a county 民生实事 decomposition (.docx) with one table 序号|项目名称|年度目标|责任领导|牵头单位|责任单位;
项目名称, 序号 and 责任领导 are vertically merged (w:vMerge) over the 2-3 年度目标 rows of a project; the leader cell holds the
name on one line and the post (副县长) on the next. Each 年度目标 is a task; the whole project's leader applies to it.
Invented; layout modelled on county 民生实事 任务分解表 annexes.""")


# 2. Meeting decisions under supervision (.txt): 议题 headings carrying the
#    汇报单位 and the 分管领导 (a person), then numbered 议定事项 sentences ending
#    with 由X牵头，Y配合 / 由X负责.
def txt_meeting_decisions():
    name = "txt-meeting-decisions"
    topics = [
        ("关于城区供水管网改造工程推进情况的汇报", "区城建局", "鲁向东", [
            ("年底前完成城北片区供水主管网改造9公里", "区城建局", ["区财政局", "区水务公司"], "由{L}牵头，{U}配合"),
            ("梳理管网施工占道路段清单并向社会公告", "区城管局", ["交警二大队"], "由{L}牵头，{U}配合"),
            ("将管网改造资金缺口纳入下半年预算调整", "区财政局", [], "由{L}负责")]),
        ("关于秋季开学学位保障工作的汇报", "区教育局", "殷若琳", [
            ("确保凤鸣路小学9月1日前具备招生条件", "区教育局", ["区城建局", "凤鸣街道办事处"], "由{L}牵头，{U}配合"),
            ("统筹调剂教师编制60名补充新校师资", "区委编办", ["区教育局", "区人社局"], "由{L}牵头，{U}配合"),
            ("开通新校学生定制公交线路2条", "区交通运输局", ["区公交公司"], "由{L}牵头，{U}配合"),
            ("对校园周边200米内违规经营开展集中整治", "区市场监管局", ["区城管局", "凤鸣街道办事处"], "由{L}牵头，{U}配合")]),
        ("关于汛期安全防范工作的汇报", "区应急管理局", "鲁向东", [
            ("汛前完成全区23处地质灾害隐患点巡查", "区自然资源局", ["各街道办事处"], "由{L}牵头，{U}配合"),
            ("储备防汛沙袋5万条和冲锋舟6艘", "区应急管理局", [], "由{L}负责"),
            ("对下穿隧道积水点加装水位监测预警设备", "区城管局", ["区城建局"], "由{L}牵头，{U}配合"),
            ("组织一次全区防汛综合应急演练", "区应急管理局", ["区水利局", "区消防救援大队"], "由{L}牵头，{U}配合")]),
        ("关于重点项目征迁攻坚的汇报", "区征迁办", "蔡明哲", [
            ("6月底前完成高铁片区剩余47户征收签约", "区征迁办", ["高铁新城管委会", "区司法局"], "由{L}牵头，{U}配合"),
            ("建立征迁信访问题周调度机制", "区信访局", ["区征迁办"], "由{L}牵头，{U}配合"),
            ("落实安置房源1200套并公布分配方案", "区住房保障中心", ["区征迁办", "区财政局"], "由{L}牵头，{U}配合"),
            ("对征迁范围内违法建设实行零增长管控", "区城管局", ["区自然资源局"], "由{L}牵头，{U}配合")]),
        ("关于优化营商环境重点事项的汇报", "区发改局", "蔡明哲", [
            ("上线企业开办一网通办专区", "区政务服务中心", ["区市场监管局", "区税务局"], "由{L}牵头，{U}配合"),
            ("清理拖欠中小企业账款并建立台账", "区工信局", ["区财政局", "区审计局"], "由{L}牵头，{U}配合"),
            ("每季度召开一次政企恳谈会", "区工商联", [], "由{L}负责"),
            ("编制涉企行政检查事项清单", "区司法局", ["区市场监管局"], "由{L}牵头，{U}配合"),
            ("为重点企业配备首席服务员40名", "区发改局", ["区工信局", "区商务局"], "由{L}牵头，{U}配合")]),
    ]
    out = ["嘉禾市柳塘区人民政府办公室", "督办通知", "柳政办督〔2026〕14号", "",
           "区政府第十一次常务会议议定事项督办通知", "",
           "各街道办事处，区政府各部门：",
           "2026年4月8日，区长苗德奎主持召开区政府第十一次常务会议，听取了有关单位工作汇报，研究议定了相关事项。"
           "现将议定事项予以分解督办，请各责任单位抓紧落实，于每月25日前将办理进展报区政府督查室。", ""]
    tasks = []
    for i, (title, rep, leader, items) in enumerate(topics):
        out.append("%s、%s" % (CN[i], title))
        out.append("（汇报单位：%s  分管领导：%s）" % (rep, leader))
        out.append("会议认为，相关工作总体推进有序，但仍存在短板弱项，须进一步压实责任。会议议定：")
        for k, (text, lead, units, form) in enumerate(items):
            roles = form.format(L=lead, U=jn(units))
            limit = ["限时一个月内办结", "按节点持续推进", "6月底前办结", "长期坚持"][k % 4]
            out.append("%d.%s。%s，%s。" % (k + 1, text, roles, limit))
            tasks.append(T(text, [leader], [lead], units))
        out.append("")
    out += ["联系人：区政府督查室  邵晴  电话：0573-8826XXXX", "",
            "嘉禾市柳塘区人民政府办公室", "2026年4月10日", "",
            "抄送：区委办公室，区人大常委会办公室，区政协办公室。"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a district 常务会议议定事项督办通知 in plain text. Each 议题 heading (一、关于…的汇报) is followed by a
line （汇报单位：X  分管领导：姓名）: the 分管领导 is a person and leads every decision under the topic; the 汇报单位 is no
role. Numbered decisions end with 由X牵头，Y配合 (lead X, units Y) or 由X负责 (lead only), then a time limit. The meeting's
chair (区长苗德奎) and the contact person are no roles. Invented; layout modelled on 议定事项督办 notices.""")


# 3. 人大代表建议 / 政协提案 交办 workbook (.xlsx): two sheets, a two-row header
#    (办理单位 over 主办单位|协办单位); the proposer is no role; 分管领导 cells
#    hold the post and the name.
def xlsx_proposals_assignment():
    name = "xlsx-proposals-assignment"
    leaders = {"汪": ("副区长", "汪子谦"), "柯": ("副区长", "柯佩云"), "韶": ("常务副区长", "韶继明")}
    npc = [
        ("关于加快老旧小区加装电梯的建议", "陈国良", "区住建局", ["区市场监管局", "区自然资源局"], "汪"),
        ("关于增设中小学放学后托管服务点的建议", "刘慧敏", "区教育局", ["区财政局"], "柯"),
        ("关于整治滨河路夜间噪声扰民的建议", "王建华", "区生态环境局", ["区公安分局", "区城管局"], "汪"),
        ("关于完善农贸市场周边停车设施的建议", "赵丽娟", "区城管局", ["区商务局"], "汪"),
        ("关于提高社区卫生服务中心药品配备的建议", "孙志强", "区卫健局", ["区医保局"], "柯"),
        ("关于支持小微企业首贷续贷的建议", "周文博", "区金融办", ["人行区支行", "区工信局"], "韶"),
        ("关于推进村级集体经济项目落地的建议", "吴秀英", "区农业农村局", ["区财政局", "区自然资源局"], "韶"),
        ("关于规范电动自行车集中充电的建议", "郑海波", "区应急管理局", ["区消防救援大队", "区住建局"], "汪"),
        ("关于延长区图书馆开放时间的建议", "冯雅婷", "区文旅局", [], "柯"),
        ("关于改善城乡公交换乘衔接的建议", "钱永辉", "区交通运输局", ["区公交公司"], "汪"),
        ("关于加强校外培训机构监管的建议", "何淑芬", "区教育局", ["区市场监管局"], "柯"),
    ]
    cppcc = [
        ("关于打造夜间消费特色街区的提案", "民建区委会", "区商务局", ["区文旅局", "区城管局"], "韶"),
        ("关于加大高技能人才引进力度的提案", "许明轩", "区人社局", ["区科技局"], "韶"),
        ("关于推动农产品区域公用品牌建设的提案", "农工党区工委", "区农业农村局", ["区市场监管局"], "韶"),
        ("关于完善社区嵌入式养老服务的提案", "邱雨桐", "区民政局", ["区卫健局", "区住建局"], "柯"),
        ("关于保护利用历史街区老建筑的提案", "九三学社区支社", "区文旅局", ["区自然资源局", "区住建局"], "汪"),
        ("关于提升政务服务帮办代办水平的提案", "徐志远", "区政务服务中心", [], "韶"),
        ("关于加快城市内涝点改造的提案", "民盟区委会", "区城管局", ["区水利局", "区住建局"], "汪"),
        ("关于推进中小学心理健康教育的提案", "梁静宜", "区教育局", ["区卫健局", "团区委"], "柯"),
        ("关于建设全民健身口袋公园的提案", "贺俊峰", "区文旅局", ["区自然资源局"], "汪"),
        ("关于促进数字经济企业集聚的提案", "致公党区支部", "区工信局", ["区大数据局", "区商务局"], "韶"),
        ("关于治理农村生活污水的提案", "潘晓东", "区生态环境局", ["区农业农村局"], "汪"),
    ]
    tasks = []
    sheets = []
    for sname, kind, items, prefix in [("人大代表建议", "领衔代表", npc, "JY"), ("政协提案", "提案人（单位）", cppcc, "TA")]:
        rows = [["松岗区2026年人大代表建议、政协提案交办表（%s）" % sname] + [""] * 7,
                ["编号", "建议（提案）题目", kind, "办理单位", "", "分管领导", "办理时限", "备注"],
                ["", "", "", "主办单位", "协办单位", "", "", ""]]
        for i, (title, who, lead, units, lk) in enumerate(items):
            post, leader = leaders[lk]
            rows.append(["%s-2026-%03d" % (prefix, 3 * i + 7), title, who, lead, jn(units), post + leader,
                         "2026年7月31日前", "重点督办" if i % 4 == 1 else ""])
            tasks.append(T(title, [leader], [lead], units))
        rows.append(["说明：主办单位负责答复代表委员，协办单位应在15个工作日内将协办意见送主办单位。"] + [""] * 7)
        n = len(rows)
        sheets.append((sname, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "H2:H3", "A%d:H%d" % (n, n)]))
    xlsx(name, sheets)
    want(name, tasks, """Convention: a district 人大代表建议、政协提案 交办表 (.xlsx), one sheet per kind, each with a two-row header
(办理单位 merged over 主办单位|协办单位; the other headers merged down). Each 建议/提案 is a task: 主办单位 is the lead,
协办单位 the units, 分管领导 a post glued to the name (副区长汪子谦): the person is the leader. The 领衔代表 / 提案人 column
(a person or a party committee) names the proposer, not a responsible party. Invented; layout modelled on 交办 tables.""")


# 4. 开发区 考核指标 decomposition (.html, web page): a table with 指标类别
#    rowspans, 指标名称|目标值|责任单位|配合单位|分管领导; where 责任单位 lists two,
#    the note says the first leads.
def html_kpi_decomposition():
    name = "html-kpi-decomposition"
    groups = [
        ("经济发展", [
            ("规模以上工业增加值增长", "9.5%", ["经济发展局"], ["统计局"], "冉鹏飞"),
            ("固定资产投资增长", "12%", ["经济发展局", "规划建设局"], ["财政金融局"], "冉鹏飞"),
            ("实际利用外资", "1.8亿美元", ["招商服务局"], ["经济发展局"], "冉鹏飞"),
            ("新签约亿元以上项目", "30个", ["招商服务局"], [], "冉鹏飞"),
            ("一般公共预算收入增长", "7%", ["财政金融局"], ["税务分局"], "戚婉清")]),
        ("创新驱动", [
            ("新认定高新技术企业", "45家", ["科技创新局"], ["财政金融局", "税务分局"], "戚婉清"),
            ("研发经费投入强度", "3.6%", ["科技创新局"], ["统计局"], "戚婉清"),
            ("新增省级以上研发平台", "6个", ["科技创新局", "经济发展局"], [], "戚婉清"),
            ("每万人高价值发明专利拥有量", "28件", ["市场监管分局"], ["科技创新局"], "戚婉清")]),
        ("城市建设", [
            ("新开工建设道路里程", "16公里", ["规划建设局"], ["城市管理局"], "尤振国"),
            ("完成土地征收", "2800亩", ["自然资源分局"], ["征收服务中心"], "尤振国"),
            ("新建标准厂房", "40万平方米", ["规划建设局", "园区投资集团"], [], "尤振国"),
            ("污水集中处理率", "98%", ["生态环境分局"], ["规划建设局"], "尤振国")]),
        ("民生保障", [
            ("城镇新增就业", "6500人", ["社会事务局"], ["招商服务局"], "戚婉清"),
            ("新增公办学位", "2400个", ["社会事务局"], ["规划建设局"], "戚婉清"),
            ("安全生产事故起数下降", "10%", ["应急管理局"], ["各街道"], "尤振国"),
            ("信访积案化解率", "95%", ["信访办"], ["各街道"], "尤振国"),
            ("空气质量优良天数比例", "82%", ["生态环境分局"], ["城市管理局", "规划建设局"], "尤振国")]),
        ("党的建设", [
            ("非公企业党组织覆盖率", "90%", ["党群工作部"], ["经济发展局"], "甄立勤"),
            ("干部教育培训完成率", "100%", ["党群工作部"], [], "甄立勤")]),
    ]
    tasks = []
    trs = []
    n = 0
    for cat, items in groups:
        for k, (kpi, target, resp, coop, leader) in enumerate(items):
            n += 1
            first = '<td rowspan="%d">%s</td>' % (len(items), cat) if k == 0 else ""
            trs.append("<tr><td>%d</td>%s<td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>管委会副主任<br>%s</td></tr>"
                       % (n, first, kpi, target, jn(resp), jn(coop) or "—", leader))
            tasks.append(T(kpi, [leader], resp[:1], resp[1:] + coop))
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于印发2026年度经开区高质量发展考核指标分解方案的通知_通知公告_云湄经济技术开发区管理委员会</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style></head>
<body>
<div class="top">云湄经济技术开发区管理委员会 | 首页 | 信息公开 | 政务服务 | 互动交流 | 无障碍 | 长者模式</div>
<div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 通知公告</div>
<h1>关于印发2026年度经开区高质量发展考核指标分解方案的通知</h1>
<div class="meta">发布时间：2026-01-20 09:30　来源：党政办公室　浏览次数：<span>1024</span>　字号：[大 中 小]</div>
<div class="article">
<p>各部门、各街道、各直属企业：</p>
<p>为确保完成市委、市政府下达的年度考核目标，经管委会主任办公会议研究，现将2026年度高质量发展考核指标分解如下，请各责任单位对照目标值细化月度计划，确保指标按序时进度完成。</p>
<p>一、考核指标纳入部门年度绩效考核，完成情况按季度通报。</p>
<p>二、责任单位为指标完成的第一责任主体，配合单位按职责做好数据报送和工作协同。</p>
<p style="text-align:center"><b>2026年度经开区高质量发展考核指标分解表</b></p>
<table>
<tr><th>序号</th><th>指标类别</th><th>指标名称</th><th>目标值</th><th>责任单位</th><th>配合单位</th><th>分管领导</th></tr>
%s
</table>
<p>注：责任单位有两个的，排在第一位的为牵头单位。</p>
<p style="text-align:right">云湄经济技术开发区党政办公室<br>2026年1月18日</p>
</div>
<div class="share">分享到：微信 微博 | 打印本页 | 关闭窗口</div>
<div class="foot">主办：云湄经济技术开发区管理委员会　网站标识码：3607990012　备案号：某ICP备000000号</div>
</body></html>
""" % "\n".join(trs)
    write(name, "html", html)
    want(name, tasks, """Convention: a 开发区 考核指标分解 web page: article between site navigation and footer; a table
序号|指标类别 (rowspan over its rows)|指标名称|目标值|责任单位|配合单位|分管领导 (管委会副主任<br>姓名). Each 指标 is a task keyed
by its name: the 责任单位 leads; where it lists two, the closing note (排在第一位的为牵头单位) makes the first the lead and
the second a unit, with the 配合单位; — means none. Invented; layout modelled on 考核指标分解 pages.""")


# 5. Audit rectification list (.pdf): 序号|审计发现问题|整改措施|责任领导|牵头单位|
#    配合单位|整改时限, printed by Chromium with a running header and — n — page
#    numbers; the leader cell holds the posts then the name.
def pdf_audit_rectification():
    name = "pdf-audit-rectification"
    L = {"巫": ("县委常委、常务副县长", "巫振邦"), "阮": ("副县长", "阮秋萍"), "简": ("副县长", "简明远")}
    items = [
        ("县级专项资金结余6200万元未及时统筹使用", "清理结余资金，按规定收回统筹", "巫", "县财政局", ["县审计局"]),
        ("部分单位公务卡强制结算目录执行不到位", "开展专项检查，建立月度通报", "巫", "县财政局", []),
        ("3个政府投资项目未批先建", "补办审批手续，追究相关责任", "巫", "县发改局", ["县自然资源局", "县住建局"]),
        ("城投公司对外担保超出净资产规定比例", "制定担保压降计划，年内分步解除", "巫", "县国资中心", ["县城投公司"]),
        ("国有资产出租未履行公开招租程序", "全面清查出租资产，规范招租", "巫", "县国资中心", ["县财政局"]),
        ("耕地占补平衡指标台账不实", "逐宗核实，更新台账", "简", "县自然资源局", ["县农业农村局"]),
        ("高标准农田建设项目部分工程质量不达标", "组织返工整改，扣减工程款", "简", "县农业农村局", ["县财政局"]),
        ("农村饮水工程维修养护经费未落实", "将维修养护经费纳入年度预算", "简", "县水利局", ["县财政局"]),
        ("乡村振兴衔接资金项目进度滞后", "倒排工期，按月调度", "简", "县乡村振兴局", ["各乡镇人民政府"]),
        ("生态公益林补偿资金发放不及时", "核对名册，一次性发放到户", "简", "县林业局", ["县财政局"]),
        ("医保基金违规结算住院费用48万元", "追回违规资金，约谈定点医院", "阮", "县医保局", ["县卫健局"]),
        ("部分学校食堂收支未纳入财务核算", "规范食堂财务管理", "阮", "县教育局", []),
        ("困难群众救助资金重复发放", "追回重复发放资金，完善比对机制", "阮", "县民政局", ["县公安局", "县人社局"]),
        ("公立医院大型设备采购未执行集中采购", "开展采购合规审查", "阮", "县卫健局", ["县财政局"]),
        ("就业补助资金审核把关不严", "逐项复核，建立资金台账", "阮", "县人社局", []),
        ("城区垃圾中转站建成后闲置", "尽快接通配套设施投入运营", "简", "县城管局", ["县住建局"]),
        ("保障性住房存在违规转租", "清退违规承租户", "阮", "县住建局", ["城关镇人民政府"]),
        ("政府采购项目存在化整为零规避招标", "建立采购预警，约谈责任单位", "巫", "县财政局", ["县公共资源交易中心"]),
        ("非税收入未及时足额上缴国库", "督促限期缴库", "巫", "县财政局", ["县税务局"]),
        ("乡镇债务化解台账更新不及时", "每月更新化债台账并报备", "巫", "县财政局", ["各乡镇人民政府"]),
    ]
    tasks, trs = [], []
    for i, (prob, fix, lk, lead, units) in enumerate(items):
        post, leader = L[lk]
        limit = ["2026年6月30日", "2026年9月30日", "立行立改、长期坚持"][i % 3]
        trs.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s<br>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                   % (i + 1, prob, fix, post, leader, lead, jn(units), limit))
        tasks.append(T(prob, [leader], [lead], units))
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>审计整改清单</title>
<style>
@page { size: A4 landscape; margin: 22mm 16mm 20mm 16mm;
  @top-center { content: "石门县2025年度预算执行审计发现问题整改"; font-size: 9pt; }
  @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 11pt; }
table { border-collapse: collapse; width: 100%%; } td, th { border: 1px solid #000; padding: 3px; vertical-align: middle; }
tr { page-break-inside: avoid; }
</style></head><body>
<p>附件</p>
<h2 style="text-align:center">石门县2025年度县本级预算执行和其他财政收支审计发现问题整改清单</h2>
<p>为落实县人大常委会审议意见，县政府对审计工作报告反映的问题逐项明确责任领导、责任单位和整改时限，实行清单化管理、销号式整改。牵头单位负责汇总整改情况，配合单位按职责抓好落实。</p>
<table>
<tr><th>序号</th><th>审计发现问题</th><th>整改措施</th><th>责任领导</th><th>牵头单位</th><th>配合单位</th><th>整改时限</th></tr>
%s
</table>
<p>各牵头单位须于整改时限届满后10日内将整改报告及佐证材料报县审计局复核，经复核销号后报县政府。</p>
<p style="text-align:right">石门县人民政府办公室<br>2026年3月2日印发</p>
</body></html>
""" % "\n".join(trs)
    pdf(name, html)
    want(name, tasks, """Convention: a county 审计发现问题整改清单 printed to PDF (landscape A4, running header, — n — page numbers):
序号|审计发现问题|整改措施|责任领导|牵头单位|配合单位|整改时限; the leader cell holds the posts (县委常委、常务副县长) above the
name. Each problem is a task keyed by its text; 牵头单位 leads, 配合单位 are units (empty for some). Invented; layout
modelled on audit rectification lists.""")


# 6. 营商环境 task list of a bureau (.csv): its 科室 as units; 改革事项 and
#    牵头领导 given once on a matter's first row and left blank below.
def csv_business_env():
    name = "csv-business-env-tasks"
    matters = [
        ("企业开办便利化", "副局长 陶一鸣", "陶一鸣", [
            ("企业开办全流程压缩至1个工作日", "登记注册科", ["行政审批科"]),
            ("推行电子营业执照跨部门互认", "登记注册科", ["信息中心"]),
            ("设立企业开办帮办代办窗口", "行政审批科", [])]),
        ("准入准营一件事", "副局长 陶一鸣", "陶一鸣", [
            ("推行食品经营许可告知承诺制", "食品经营科", ["行政审批科"]),
            ("开展一业一证改革覆盖15个行业", "行政审批科", ["登记注册科", "法规科"]),
            ("实现个体工商户经营者变更一次办", "登记注册科", [])]),
        ("包容审慎监管", "副局长 焦婉宁", "焦婉宁", [
            ("制定轻微违法行为免罚清单", "法规科", ["执法稽查大队"]),
            ("推行跨部门双随机联合抽查", "信用监管科", ["执法稽查大队"]),
            ("开展信用修复主动告知服务", "信用监管科", []),
            ("对新业态实行观察期监管", "网络交易监管科", ["法规科"])]),
        ("质量基础设施服务", "副局长 焦婉宁", "焦婉宁", [
            ("建设质量基础设施一站式服务站5个", "质量发展科", ["计量科", "标准化科"]),
            ("为小微企业免费开展计量器具检定", "计量科", ["区质量检测所"]),
            ("指导企业制定团体标准20项", "标准化科", [])]),
        ("知识产权保护", "四级调研员 芮长青", "芮长青", [
            ("建立商标侵权快速处置机制", "知识产权科", ["执法稽查大队"]),
            ("开展专利质押融资入园惠企活动", "知识产权科", ["区金融服务中心"]),
            ("设立知识产权维权工作站3个", "知识产权科", ["法规科"]),
            ("开展地理标志产品保护专项行动", "知识产权科", ["执法稽查大队"])]),
        ("政务服务效能", "局长 郜振海", "郜振海", [
            ("市场主体诉求7个工作日内办结回复", "办公室", ["各业务科室"]),
            ("推行窗口无否决权服务", "行政审批科", ["办公室"]),
            ("开展营商环境监督员走访企业活动", "办公室", ["信用监管科"])]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["白沙区市场监督管理局2026年优化营商环境重点任务清单", "", "", "", "", "", ""])
    w.writerow(["序号", "改革事项", "具体任务", "牵头领导", "责任科室", "配合科室", "完成时限"])
    tasks, n = [], 0
    for matter, lcell, leader, items in matters:
        for k, (text, lead, units) in enumerate(items):
            n += 1
            w.writerow([n, matter if k == 0 else "", text, lcell if k == 0 else "", lead, jn(units),
                        ["2026年6月底", "2026年9月底", "2026年12月底"][n % 3]])
            tasks.append(T(text, [leader], [lead], units))
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["备注：牵头领导栏只在各改革事项首行填写，其下各项任务同属该领导。", "", "", "", "", "", ""])
    w.writerow(["制表：局办公室", "", "", "", "", "审核：郜振海", ""])
    write(name, "csv", "\ufeff" + buf.getvalue())
    want(name, tasks, """Convention: a district bureau's 营商环境 重点任务清单 exported as CSV (UTF-8 with BOM, CRLF): title row, then
序号|改革事项|具体任务|牵头领导|责任科室|配合科室|完成时限. 改革事项 and 牵头领导 (post, space, name) are filled only on a matter's
first row and left blank below (the remark row says so): each 具体任务 is a task whose leader is its matter's. 责任科室 leads,
配合科室 are units (the bureau's sections, as written). The 审核 signature at the foot is no role. Invented; layout modelled
on bureau task lists.""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    docx_minsheng_projects()
    txt_meeting_decisions()
    xlsx_proposals_assignment()
    html_kpi_decomposition()
    pdf_audit_rectification()
    csv_business_env()


if __name__ == "__main__":
    main()
