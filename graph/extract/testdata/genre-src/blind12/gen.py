#!/usr/bin/env python3
"""Writes the twelfth blind set (graph/extract/testdata/genre-blind12) and its
want files from one meaning per document: invented places, people and tasks;
layout families that are less common in the genre (开发区/高新区 管委会, 乡镇
包村, 街道 包片, province pages with 省直 units and collectives, 指标 tables
with quarterly milestones), surveyed in
docs/extraction-conventions-survey-blind12.md. Reuses the second set's writers
(want, write, xlsx, pdf, docx, para, cell, W, jn). Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind12/gen.py"""
import csv, io, os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import jn, want, write, xlsx, pdf, docx, para, cell, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind12")
g2.HERE = HERE

# Task sentences written for this set: (text with ASCII digits). Each document
# takes its own slice, so no two documents share a task.
POOL = [
    "建成智能装备产业园二期标准厂房12万平方米",
    "推动新材料中试基地投入运营",
    "引进数字经济企业30家以上",
    "搭建跨境电商公共服务平台并上线运行",
    "建成冷链物流分拨中心一期工程",
    "推进光伏组件配套项目开工建设",
    "开展工业用地“亩均效益”评价",
    "盘活批而未供土地300亩",
    "完成东区雨污分流管网改造8公里",
    "新增公共停车泊位1200个",
    "实施园区道路“白改黑”工程6条",
    "开展企业安全生产隐患排查整治专项行动",
    "建成园区危化品运输车辆专用停车场",
    "推行重点项目“拿地即开工”审批模式",
    "组建园区企业服务专员队伍",
    "新增规模以上工业企业15家",
    "完成临港片区控制性详细规划修编",
    "建设人才公寓450套",
    "举办产业链专题招商推介活动6场",
    "推动园区污水处理厂提标改造",
    "完成园区综合能源站选址论证",
    "落实国有平台公司市场化转型方案",
    # province page
    "实施高原特色农畜产品品牌培育行动",
    "推进国家公园入口社区建设",
    "加快建设清洁能源外送通道",
    "推动盐湖资源综合利用产业延链",
    "建成省级数据共享交换平台二期",
    "开展牧区草畜平衡监测",
    "实施重点生态区域退化草原修复",
    "推进城镇老旧小区改造560个",
    "新增城镇就业5.2万人",
    "推进县域普通高中提质扩容",
    "建设紧密型县域医共体",
    "完善城乡居民基本养老保险待遇调整机制",
    "开展农村低收入人口常态化帮扶",
    "加快国省干线公路提质改造",
    "推动支线机场通航保障能力提升",
    "实施文旅消费惠民季活动",
    "深化国有企业改革提升行动",
    "优化涉企审批“一件事一次办”",
    "开展重点行业领域安全生产治本攻坚",
    "推进森林草原防灭火能力建设",
    "健全重要民生商品价格监测预警机制",
    "完成第三次全国土壤普查外业调查",
    # town
    "新建青稞良种繁育基地800亩",
    "推广牦牛短期育肥技术",
    "建成村级光伏电站3座",
    "改造农牧民危旧房46户",
    "完成牧区饮水安全巩固提升工程5处",
    "组织农牧民技能培训320人次",
    "发展乡村旅游接待户25户",
    "实施草原鼠害防治2万亩",
    "种植防风固沙林带1500亩",
    "开展地质灾害隐患点汛期巡查",
    "建设村级综合服务中心2个",
    "推进户厕改造120户",
    "落实边境小康村巩固提升",
    "开展矛盾纠纷排查化解",
    "做好适龄儿童入学“控辍保学”",
    "推进村集体经济合作社规范运营",
    "完成农村人居环境整治村庄清洁行动4轮",
    "实施乡村道路安全防护设施工程12公里",
    "组织开展“三下乡”文化活动",
    "健全防返贫动态监测台账",
    "开展森林草原防火宣传进村入户",
    "推进高原特色蔬菜温室大棚建设60座",
    # street
    "建成社区嵌入式养老服务站2处",
    "打造“15分钟便民生活圈”示范点",
    "完成老旧楼院加装电梯18部",
    "推进背街小巷环境提升9条",
    "开展楼宇经济走访服务",
    "建立辖区重点企业包联服务台账",
    "完成平安社区创建验收",
    "推进垃圾分类示范小区建设",
    "开展燃气用户安全入户检查",
    "完善网格员队伍日常管理办法",
    "组织新就业群体党建“暖心驿站”活动",
    "建成社区托育服务点3个",
    "开展退役军人“一人一档”信息核查",
    "实施违法建设专项治理",
    "推进社区食堂运营补贴发放",
    "落实困难群众临时救助",
    "开展夏季防汛应急演练",
    "推进“接诉即办”诉求办理提速",
    "组织辖区居民健康讲座12场",
    "完成党群服务中心阵地改造",
    "开展物业服务质量评价",
    # district pdf
    "推动智能网联汽车测试道路扩容",
    "建设海工装备产业集聚区",
    "培育工业互联网标杆工厂5家",
    "推进港口集疏运体系建设",
    "实施渤海岸线生态修复工程",
    "开展盐碱地综合利用试点",
    "建设湾区科创中心二号楼",
    "推动中小企业数字化转型城市试点",
    "完成城中村改造征收1200户",
    "推进地铁沿线站点周边综合开发",
    "新建改扩建中小学5所",
    "建成区级急救分站4个",
    "打造夜间消费示范街区",
    "实施河湖水系连通工程",
    "推进保障性住房配售",
    "建设智慧社区30个",
    "推进一刻钟便民生活圈全覆盖",
    "开展营商环境“找茬”行动",
    "完善企业诉求“直通车”机制",
    "推动老旧工业厂房改造利用",
    "提升燃气管网本质安全水平",
    "建立重点河段防汛“一河一策”",
    # park workbook
    "完成智造园区三期土地征收180亩",
    "推进园区铁路专用线前期工作",
    "建成园区高压变电站并投运",
    "新签约亿元以上项目20个",
    "实现新入园企业投产18家",
    "完成园区循环化改造评估",
    "建设园区智慧管理平台",
    "推进闲置厂房招商盘活10处",
    "开展园区企业用工对接会4场",
    "完成园区集中供热管网延伸5公里",
    "推动园区企业上云用数120家",
    "建成园区职工服务中心",
    "新建标准化仓储库房4万平方米",
    "开展园区环境风险隐患排查",
    "完善园区应急救援物资储备",
    "争取地方政府专项债券8亿元",
    "推进园区绿色低碳示范工厂创建",
    "完成园区道路绿化提升3万平方米",
    "引进高层次技术人才80名",
    "实施园区消防通道整治",
    "推进北部片区安置房交付",
    # county md
    "打造特色农产品优势区",
    "推进县城城镇化补短板强弱项项目",
    "建设县级物流配送中心",
    "实施农村供水保障工程",
    "开展全域土地综合整治试点",
    "推进黄河流域生态保护修复",
    "完成县城供排水管网改造",
    "建设乡镇寄宿制学校",
    "推进县人民医院胸痛中心建设",
    "落实城乡低保标准动态调整",
    "发展壮大劳务品牌",
    "推动工业园区扩区调位",
    "实施重点企业技改项目",
    "开展招商引资“百日攻坚”",
    "推进政务服务“跨省通办”",
    "加强农村宅基地管理",
    "推进粮食单产提升行动",
    "实施县域商业体系建设行动",
    "建设红色文化旅游廊道",
    "开展自建房安全专项整治",
    "健全县乡村三级便民服务体系",
]


def take(start, n):
    out = POOL[start:start + n]
    assert len(out) == n
    return out


def T(key, text, leaders, leads, units):
    return dict(key=key, text=text, leaders=list(leaders), leads=list(leads), units=list(units))


def assign(rng, units, lead_pool=None, kmin=1, kmax=2):
    lead = rng.choice(lead_pool or units)
    rest = [u for u in units if u != lead]
    return lead, rng.sample(rest, rng.randint(kmin, kmax))


# 1. 开发区 workbook (xlsx): one sheet per 责任领导, a title block (title row,
#    责任领导 line with the title in brackets, a blank row) above the header;
#    a blank spacer column between 重点工作 and 责任部门. Units are 局/部/中心,
#    片区 and 园区 offices and the zone's state-owned company.
def xlsx_devzone_leader_sheets():
    name = "xlsx-devzone-leader-sheets"
    rng = random.Random(name)
    units = ["招商服务局", "经济发展局", "规划建设局", "财政金融局", "生态环境分局", "应急管理局",
             "社会事务局", "党政办公室", "东片区管理办公室", "临港产业园服务中心", "行政审批局",
             "榕江口城市建设投资集团有限公司"]
    leaders = [("韦明德", "党工委副书记、管委会主任"), ("覃秀兰", "管委会副主任"),
               ("黄振邦", "管委会副主任"), ("莫家骏", "党工委委员、管委会副主任")]
    texts = take(0, 22)
    sizes = [6, 5, 6, 5]
    sheets, res, i = [], [], 0
    for (ld, title), n in zip(leaders, sizes):
        rows = [["榕江口经济开发区2025年重点工作任务清单", "", "", "", "", ""],
                ["责任领导：%s（%s）" % (ld, title), "", "", "", "", ""],
                ["", "", "", "", "", ""],
                ["序号", "重点工作", "", "责任部门", "配合部门（单位）", "完成时限"]]
        for k in range(n):
            text = texts[i]
            lead, others = assign(rng, units)
            rows.append([str(k + 1), text + "。", "", lead, "、".join(others),
                         rng.choice(["2025年6月底", "2025年9月底", "2025年12月底", "全年"])])
            res.append(T(text, text, [ld], [lead], others))
            i += 1
        sheets.append((ld, rows, ["A1:F1", "A2:F2"]))
    xlsx(name, sheets)
    want(name, res, """Convention: a 开发区 管委会 workbook, one sheet per responsible leader (sheet named after
the leader); each sheet has a title row and a 责任领导：NAME（title） row above the header, then a blank row;
columns 序号/重点工作/(blank spacer)/责任部门/配合部门（单位）/完成时限. The leader of every row is the sheet's
责任领导; 责任部门 is the lead, 配合部门 the units; units are bare 局/部/中心 names, 片区/园区 offices and the
zone's company. Sources: 霍山县开发区 2025 重点工作及责任清单; 武进高新区 领导小组 (see the survey).""")


# 2. Province page saved from a government site (html): the page template is a
#    layout table holding the article; the task table is nested inside it, with
#    section rows spanning all columns, <br> between units inside a cell, &nbsp;
#    indentation of the task text, and an 附件 link list after the table.
def html_province_nested_page():
    name = "html-province-nested-page"
    rng = random.Random(name)
    units = ["省发展改革委", "省财政厅", "省自然资源厅", "省生态环境厅", "省住房城乡建设厅", "省交通运输厅",
             "省农业农村厅", "省商务厅", "省文化和旅游厅", "省卫生健康委", "省教育厅", "省人力资源社会保障厅",
             "省能源局", "省林草局", "省应急厅", "省市场监管局", "省政府国资委", "省政务服务监管局",
             "国网祁岭省电力公司", "省乡村振兴局"]
    colls = ["各市（州）人民政府", "各市（州）、县（市、区）人民政府"]
    texts = take(22, 22)
    sections = [("一、着力推动产业升级", 6), ("二、筑牢生态安全屏障", 4), ("三、持续增进民生福祉", 7),
                ("四、深化改革守牢底线", 5)]
    rows, res, i = [], [], 0
    for title, n in sections:
        rows.append('<tr><td colspan="4" style="font-weight:bold">%s</td></tr>' % title)
        for _ in range(n):
            text = texts[i]
            lead, others = assign(rng, units, kmin=1, kmax=3)
            if i % 3 == 1:
                others = others + [colls[i % 2]]
            cells = "<br>".join(others)
            rows.append('<tr><td align="center">%d</td><td>&nbsp;&nbsp;&nbsp;&nbsp;%s。</td><td>%s</td><td>%s</td></tr>'
                        % (i + 1, esc(text), lead, cells))
            res.append(T(text, text, [], [lead], others))
            i += 1
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>祁岭省人民政府办公厅关于印发2024年《政府工作报告》重点工作任务分工方案的通知_祁岭省人民政府网</title></head>
<body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" class="layout">
<tr><td colspan="2" class="banner">祁岭省人民政府网&nbsp;|&nbsp;首页&nbsp;&gt;&nbsp;政务公开&nbsp;&gt;&nbsp;省政府办公厅文件</td></tr>
<tr><td width="180" valign="top" class="nav">
<table><tr><td><a href="/zwgk/">政务公开</a></td></tr><tr><td><a href="/zcjd/">政策解读</a></td></tr><tr><td><a href="/hdjl/">互动交流</a></td></tr></table>
</td><td valign="top" class="content">
<h1>祁岭省人民政府办公厅关于印发2024年《政府工作报告》重点工作任务分工方案的通知</h1>
<p class="meta">祁政办〔2024〕9号&nbsp;&nbsp;发布日期：2024-02-21&nbsp;&nbsp;来源：省政府办公厅</p>
<p>各市（州）人民政府，省政府各委、办、厅、局：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;经省人民政府同意，现将2024年《政府工作报告》重点工作任务分工方案印发给你们。列在牵头单位栏的为牵头单位，责任单位栏所列单位按职责分工协同推进；涉及各市（州）、县（市、区）的，由当地政府负责落实。请于每季度末月25日前将进展情况报省政府督查室。</p>
<p align="right">祁岭省人民政府办公厅<br>2024年2月19日</p>
<p align="center"><b>2024年《政府工作报告》重点工作任务分工方案</b></p>
<table border="1" cellspacing="0" cellpadding="4" class="task">
<tr><th width="50">序号</th><th>重点任务</th><th width="150">牵头单位</th><th width="200">责任单位</th></tr>
%s
</table>
<p>附件：</p>
<ul class="attach">
<li><a href="/attach/2024/02/fj1.xls">附件1：2024年《政府工作报告》重点工作任务分工表.xls</a></li>
<li><a href="/attach/2024/02/fj2.doc">附件2：重点工作任务进展情况季度报表.doc</a></li>
</ul>
</td></tr>
<tr><td colspan="2" class="footer">主办：祁岭省人民政府办公厅&nbsp;&nbsp;网站标识码：6300000099</td></tr>
</table>
</body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, res, """Convention: a province page saved from the site: the task table nests inside the page's
layout table (a navigation table beside it); section rows span the columns; 牵头单位 is one 省直 unit, 责任单位
lists units separated by <br>, sometimes ending with a collective (各市（州）人民政府 or 各市（州）、县（市、区）人民政府,
kept whole as written); task text indented with &nbsp;; an 附件 link list after the table.
Sources: 青海/西藏 provincial 分工 notices and 二连浩特 分工方案 解读 (see the survey).""")


# 3. 乡镇 document (txt, GB18030, CRLF): 第一部分/第二部分 parts, items numbered
#    with full-width digits (１．), full-width digits in the text too, and one
#    annotation line under each item: 包村领导/责任站所/配合单位, separated by
#    full-width spaces; the collective 各村（居）委会.
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def txt_town_baocun_gb18030():
    name = "txt-town-baocun-gb18030"
    rng = random.Random(name)
    units = ["镇党政综合办公室", "镇农牧综合服务中心", "镇财政所", "镇派出所", "镇卫生院", "镇中心小学",
             "镇社会事务办公室", "镇平安建设办公室", "镇自然资源所", "镇乡村振兴工作站"]
    leaders = ["扎西平措", "格桑卓玛", "李国庆", "次仁多吉", "央金拉姆", "罗布顿珠", "王晓川"]
    texts = take(44, 22)
    parts = [("第一部分　产业发展", 8), ("第二部分　生态和基础设施", 6), ("第三部分　民生和基层治理", 8)]
    out = ["达仁镇2025年重点工作任务分工", "",
           "各村（居）委会，镇属各站所：",
           "　　为抓好全年目标任务落实，经镇党委、政府研究，现将２０２５年重点工作分解如下，各包村领导要靠前指挥，各站所要主动对接。", ""]
    res, i = [], 0
    for title, n in parts:
        out += [title, ""]
        for k in range(n):
            text = texts[i]
            key = text
            m = next((j for j, c in enumerate(text) if c.isdigit()), None)
            if m is not None:
                key = text[:m]
            shown = text.translate(FW)
            ld = [leaders[i * len(leaders) // 22]]
            if i % 5 == 2:
                ld = ld + [leaders[(i * len(leaders) // 22 + 3) % len(leaders)]]
            lead, others = assign(rng, units, kmin=0, kmax=2)
            if i % 2 == 0:
                others = others + ["各村（居）委会"]
            line = "　　包村领导：%s　　责任站所：%s" % ("、".join(ld), lead)
            if others:
                line += "　　配合单位：%s" % "、".join(others)
            out += [("%d．%s，" % (k + 1, shown)).translate(FW) + rng.choice(
                ["确保按期完成。", "年底前通过验收。", "每月报送进度。", "建立工作台账。"]), line]
            res.append(T(key, key, ld, [lead], others))
            i += 1
        out.append("")
    out += ["　　各站所于每月２５日前将进展情况报镇党政综合办公室汇总。", "", "达仁镇人民政府", "２０２５年２月２６日"]
    write(name, "txt", "\r\n".join(out) + "\r\n", encoding="gb18030", newline="")
    want(name, res, """Convention: a 乡镇 分工 in GB18030 text: 第一部分/第二部分 parts (full-width space), items numbered
１．２．… with full-width digits, digits in the task text full-width; under each item one line 包村领导：NAME(、NAME)
　　责任站所：UNIT　　配合单位：UNIT、… (full-width spaces between labels); 各村（居）委会 is a collective unit.
Keys are the task text up to its first digit, since the digits are full-width.
Sources: 乡镇 重点工作 plans and 包联 conventions (see the survey).""")


# 4. 街道 ledger exported to CSV: UTF-8 with a BOM, semicolon separators, a title
#    line above the header, quoted cells with line breaks (the task cell holds
#    the task and a second line of detail; the partner cell one unit a line).
def csv_street_semicolon_bom():
    name = "csv-street-semicolon-bom"
    rng = random.Random(name)
    offices = ["党建工作办公室", "平安建设办公室", "城市管理办公室", "社区建设办公室", "经济发展办公室",
               "综合保障中心", "综合执法队", "退役军人服务站", "社区服务中心"]
    comms = ["翠柳社区", "河畔社区", "桃源里社区", "各社区"]
    leaders = [("周海燕", "街道办事处副主任"), ("孙立伟", "党工委副书记"), ("高宏", "人大工委主任"),
               ("马春生", "武装部部长")]
    texts = take(66, 21)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["柳岸街道2024年重点工作任务台账", "", "", "", "", ""])
    w.writerow(["序号", "工作任务", "包片领导", "牵头科室", "配合科室、社区", "完成时限"])
    res = []
    for i, text in enumerate(texts):
        ld, title = leaders[i * len(leaders) // len(texts)]
        lead, others = assign(rng, offices, kmin=0, kmax=2)
        others = others + rng.sample(comms, 1)
        detail = rng.choice(["每月调度一次进展", "形成问题清单、整改清单", "纳入年度绩效考核", "由包片领导牵头推进"])
        w.writerow([str(i + 1), "%s\n%s。" % (text, detail), "%s（%s）" % (ld, title), lead, "\n".join(others),
                    rng.choice(["2024年6月", "2024年10月", "2024年12月"])])
        res.append(T(text, text, [ld], [lead], others))
    write(name, "csv", "\ufeff" + buf.getvalue(), newline="")
    want(name, res, """Convention: a 街道 ledger saved as CSV by a spreadsheet: UTF-8 with a BOM, ';' as the separator,
a title line above the header; the task cell is quoted and holds the task then a line of detail; 包片领导 is
NAME（title）; 牵头科室 one office; 配合科室、社区 quoted, one unit a line, ending with a 社区 or 各社区.
Source: 石景山区 街道工作 任务分解方案 (牵头/协办 with 各街道党工委) and 街道 ledgers (see the survey).""")


# 5. 高新区 indicator table (docx): 指标名称/单位/年度目标 columns, the 时间节点
#    cell holds a nested table (一季度…四季度 over the quarterly values), then
#    责任领导 and 责任部门, where the lead is marked （牵头） inside the cell.
def docx_hitech_indicator_nested():
    name = "docx-hitech-indicator-nested"
    rng = random.Random(name)
    inds = [("地区生产总值增速", "%", 8), ("规模以上工业增加值增速", "%", 12), ("固定资产投资增速", "%", 10),
            ("一般公共预算收入", "亿元", 18.5), ("实际使用外资", "万美元", 9000), ("进出口总额", "亿元", 42),
            ("新增国家高新技术企业", "家", 60), ("科技型中小企业入库", "家", 240), ("研发经费投入强度", "%", 4.2),
            ("新增专精特新中小企业", "家", 20), ("引进亿元以上产业项目", "个", 25), ("新开工亿元以上项目", "个", 18),
            ("新增标准厂房面积", "万平方米", 30), ("孵化器在孵企业", "家", 380), ("技术合同成交额", "亿元", 35),
            ("城镇新增就业人数", "人", 5200), ("人才公寓新增房源", "套", 600), ("盘活闲置低效用地", "亩", 420),
            ("单位工业增加值能耗下降", "%", 3), ("空气质量优良天数比例", "%", 82),
            ("政务服务事项全程网办率", "%", 95), ("生产安全亡人事故起数", "起", 0)]
    depts = ["经济发展局", "科技创新局", "财政局", "招商合作局", "开放发展局", "规划和自然资源局", "建设管理局",
             "生态环境分局", "人力资源和社会保障局", "行政审批局", "安全生产监督管理局", "产业园区服务中心"]
    leaders = ["赵立成", "郝云飞", "武丽娟", "阎振国", "段秀梅"]

    def nested(vals):
        hdr = "".join(cell(q) for q in ["一季度", "二季度", "三季度", "四季度"])
        row = "".join(cell(v) for v in vals)
        return ('<w:tc><w:tcPr/><w:tbl><w:tblGrid>' + "<w:gridCol/>" * 4 + '</w:tblGrid><w:tr>%s</w:tr><w:tr>%s</w:tr></w:tbl><w:p/></w:tc>'
                % (hdr, row))

    rows = ["<w:tr>" + "".join(cell(h) for h in ["序号", "指标名称", "单位", "年度目标", "时间节点", "责任领导", "责任部门"]) + "</w:tr>"]
    res = []
    for i, (ind, unit, target) in enumerate(inds):
        ld = leaders[i * len(leaders) // len(inds)]
        lead, others = assign(rng, depts, kmin=0, kmax=2)
        if isinstance(target, float):
            qs = ["%.1f" % (target * f) for f in (0.2, 0.45, 0.7, 1.0)]
        elif unit == "%" or target == 0:
            qs = [str(target)] * 4
        else:
            qs = [str(int(target * f)) for f in (0.2, 0.45, 0.7, 1.0)]
        dept = "、".join([lead + "（牵头）"] + others)
        rows.append("<w:tr>" + cell(str(i + 1)) + cell(ind) + cell(unit) + cell(str(target)) + nested(qs)
                    + cell(ld) + cell(dept) + "</w:tr>")
        res.append(T(ind, ind, [ld], [lead], others))
    tbl = "<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 7 + "</w:tblGrid>" + "".join(rows) + "</w:tbl>"
    body = [para("附件1"), para("汾阳湖高新技术产业开发区2025年主要经济指标目标任务分解表", bold=True),
            para("说明：时间节点栏为各季度末应达到的累计值；责任部门栏标注（牵头）的为牵头部门，其余为配合部门。"),
            tbl, para(""), para("汾阳湖高新区管委会办公室　2025年1月20日印")]
    docx(name, body)
    want(name, res, """Convention: a 高新区 indicator table (docx): 序号/指标名称/单位/年度目标/时间节点/责任领导/责任部门;
the 时间节点 cell holds a nested table (一季度…四季度 over the quarter-end values); the task is the 指标名称;
责任部门 lists departments with （牵头） after the lead, the others are partners.
Sources: 蔡甸区 主要目标任务责任分解 (targets with 责任单位); 盘锦/大洼 quarterly 形象进度 (see the survey).""")


# 6. District plan (pdf via Chromium): 第一部分 parts, Roman-numeral sections
#    (Ⅰ、Ⅱ、), items 1. 2. with a closing bracket 区领导/牵头单位/责任单位 and
#    the district collective 各街镇.
def pdf_district_roman_sections():
    name = "pdf-district-roman-sections"
    rng = random.Random(name)
    units = ["区发展改革委", "区工业和信息化局", "区科技局", "区商务局", "区住房建设委", "区规划资源局",
             "区生态环境局", "区水务局", "区城市管理委", "区教育局", "区卫生健康委", "区政务服务办",
             "区应急局", "区交通运输局", "区国资委", "区市场监管局"]
    leaders = ["孙启航", "刘佳宁", "崔宝林", "韩晓芸", "霍建平", "曹文涛"]
    texts = take(87, 22)
    parts = [("第一部分　建设现代化产业体系", [("Ⅰ", "壮大先进制造业", 4), ("Ⅱ", "做强港产城融合", 4)]),
             ("第二部分　提升城市品质", [("Ⅰ", "推进城市更新", 4), ("Ⅱ", "办好民生实事", 5)]),
             ("第三部分　优化营商环境和守牢安全底线", [("Ⅰ", "打造一流营商环境", 3), ("Ⅱ", "防范化解风险", 2)])]
    html = ['<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:15px;line-height:1.8;margin:40px}h1{text-align:center;font-size:22px}h2{font-size:17px}h3{font-size:16px}</style></head><body>',
            "<h1>滨沽区2025年区政府重点工作任务分解</h1>",
            "<p>各街镇人民政府（办事处），区政府各委、局，各直属单位：</p>",
            "<p>为确保区十八届人大五次会议确定的目标任务落到实处，现将区政府重点工作分解如下。各责任区领导统筹推进，牵头单位负总责，责任单位积极配合。</p>"]
    res, i = [], 0
    for ptitle, secs in parts:
        html.append("<h2>%s</h2>" % ptitle)
        for roman, stitle, n in secs:
            html.append("<h3>%s、%s</h3>" % (roman, stitle))
            for k in range(n):
                text = texts[i]
                ld = leaders[i * len(leaders) // 22]
                lead, others = assign(rng, units, kmin=1, kmax=2)
                if i % 3 == 0:
                    others = others + ["各街镇"]
                html.append("<p>%d.%s，%s。（责任区领导：%s；牵头单位：%s；责任单位：%s）</p>" % (
                    k + 1, esc(text), rng.choice(["加快形成实物工作量", "确保年内见效", "按月调度推进", "年底前完成阶段任务"]),
                    ld, lead, jn(others)))
                res.append(T(text, text, [ld], [lead], others))
                i += 1
    html += ["<p>各牵头单位每季度末将进展情况报区政府督查室。</p>",
             '<p style="text-align:right">滨沽区人民政府办公室<br>2025年2月10日</p></body></html>']
    pdf(name, "\n".join(html))
    want(name, res, """Convention: a district 分解 printed to PDF: 第一部分/第二部分 parts, Roman-numeral sections
Ⅰ、Ⅱ、 restarting in each part, items 1. 2. each closing with （责任区领导：NAME；牵头单位：UNIT；责任单位：UNIT、…）;
各街镇 is the district's collective of streets and towns.
Source: 天津 区 分工 conventions (各街镇), 湖州 责任分解 (leader named first) (see the survey).""")


# 7. 园区 target workbook (xlsx): one sheet per lead department, a title row and
#    a 牵头部门 line above a two-row header (时间节点（倒排工期） merged over the
#    quarter-end columns), 计量单位 and 目标值 columns, a blank spacer column;
#    partners include 片区 管委会 and the park's company.
def xlsx_park_dept_milestones():
    name = "xlsx-park-dept-milestones"
    rng = random.Random(name)
    depts = ["招商服务局", "经济发展局", "建设管理局", "安全环保局"]
    partners = ["北部片区管委会", "南部片区管委会", "智造园区服务中心", "财政局", "自然资源分局",
                "园区投资发展有限公司", "人力资源服务中心", "党政办公室"]
    leaders = ["冯志刚", "白玉清", "郭少峰", "任海鹰", "薛冬梅"]
    texts = take(109, 21)
    sizes = [6, 5, 5, 5]
    sheets, res, i = [], [], 0
    for dept, n in zip(depts, sizes):
        rows = [["智造园区2024年目标任务推进表", "", "", "", "", "", "", "", "", "", ""],
                ["牵头部门：%s　　　填报时间：2024年1月" % dept, "", "", "", "", "", "", "", "", "", ""],
                ["序号", "目标任务", "计量单位", "目标值", "分管领导", "配合单位", "", "时间节点（倒排工期）", "", "", ""],
                ["", "", "", "", "", "", "", "3月底", "6月底", "9月底", "12月底"]]
        for k in range(n):
            text = texts[i]
            m = next((j for j, c in enumerate(text) if c.isdigit()), None)
            if m is None:
                key, val, mw = text, "1", "项"
                ms = ["完成方案", "启动实施", "完成主体", "完成"]
            else:
                e = m
                while e < len(text) and (text[e].isdigit() or text[e] == "."):
                    e += 1
                key, val, mw = text[:m], text[m:e], text[e:]
                v = float(val)
                ms = [("%g" % round(v * f, 1)) for f in (0.2, 0.5, 0.8, 1.0)]
            ld = leaders[i * len(leaders) // len(texts)]
            others = rng.sample(partners, rng.randint(1, 3))
            rows.append([str(k + 1), key, mw, val, ld, "、".join(others), ""] + ms)
            res.append(T(key, key, [ld], [dept], others))
            i += 1
        sheets.append((dept, rows, ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "H3:K3"]))
    xlsx(name, sheets)
    want(name, res, """Convention: a 园区 管委会 target workbook, one sheet per lead department (sheet named after it,
and a 牵头部门：UNIT line above the header); a two-row header with 时间节点（倒排工期） merged over 3月底/6月底/9月底/
12月底; 计量单位 (a measure word, not a responsible unit) and 目标值 columns; 分管领导 per row; 配合单位 lists
片区 管委会, the park's company and bureaus; a blank spacer column before the milestones. The task is the
目标任务 cell. Sources: 大洼区/盘锦 季度形象进度; 霍山 开发区 清单 (see the survey).""")


# 8. County plan (md): section headings, a Markdown table per section whose
#    cells separate names with <br> (as a converter writes them): 县领导 (one or
#    two), 牵头单位, 责任单位 ending with 县工业园区管委会 or 各乡镇（街道）.
def md_county_br_cells():
    name = "md-county-br-cells"
    rng = random.Random(name)
    units = ["县发展改革局", "县财政局", "县自然资源局", "县住建局", "县农业农村局", "县水利局", "县教育局",
             "县卫健局", "县民政局", "县人社局", "县工信局", "县商务局", "县文旅局", "县行政审批服务管理局",
             "县应急管理局", "县工业园区管委会"]
    leaders = ["杜建军", "侯丽萍", "秦卫东", "贾晓燕", "牛志强", "范永红"]
    texts = take(130, 21)
    secs = [("一、推动县域经济提质增效", 7), ("二、补齐基础设施和民生短板", 8), ("三、深化改革和守牢底线", 6)]
    out = ["# 汾源县2024年政府工作报告重点任务分工", "",
           "> 表中县领导栏第一位为牵头县领导；牵头单位负总责，责任单位按职责配合。", ""]
    res, i = [], 0
    for title, n in secs:
        out += ["## " + title, "", "| 序号 | 重点任务 | 县领导 | 牵头单位 | 责任单位 |", "| :-: | --- | --- | --- | --- |"]
        for _ in range(n):
            text = texts[i]
            ld = [leaders[i * len(leaders) // len(texts)]]
            if i % 4 == 1:
                ld.append(leaders[(i * len(leaders) // len(texts) + 2) % len(leaders)])
            lead, others = assign(rng, units[:-1], kmin=1, kmax=2)
            if i % 3 == 0:
                others = others + [rng.choice(["县工业园区管委会", "各乡镇（街道）"])]
            out.append("| %d | %s，%s。 | %s | %s | %s |" % (
                i + 1, text, rng.choice(["年内取得明显进展", "确保按期完成", "形成可复制经验"]),
                "<br>".join(ld), lead, "<br>".join(others)))
            res.append(T(text, text, ld, [lead], others))
            i += 1
        out.append("")
    out += ["各牵头单位于每月5日前将上月进展报县政府办公室。"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, res, """Convention: a 县 分工 in Markdown as a converter writes it: a table per section, names within a
cell separated by <br>; 县领导 holds one or two leaders (the first the lead leader, both are leaders); 牵头单位
one bureau; 责任单位 bureaus and sometimes 县工业园区管委会 or the collective 各乡镇（街道）.
Sources: 湖州 责任分解; 二连浩特 分工方案 (see the survey).""")


if __name__ == "__main__":
    os.makedirs(g2.OUT, exist_ok=True)
    xlsx_devzone_leader_sheets()
    html_province_nested_page()
    txt_town_baocun_gb18030()
    csv_street_semicolon_bom()
    docx_hitech_indicator_nested()
    pdf_district_roman_sections()
    xlsx_park_dept_milestones()
    md_county_br_cells()
