#!/usr/bin/env python3
"""Writes the fifth blind set (graph/extract/testdata/genre-blind5) and its
want files from one meaning per document: invented places, people and tasks
(made up here from word lists); conventions of real documents
(docs/extraction-conventions-survey-2.md, "Fifth blind set"). Reuses the
second set's writers (want, write, docx, xlsx). Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind5/gen.py"""
import csv, io, os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2  # the second set's writers; they write under g2.OUT, keep sources under g2.HERE
from gen import T, CN, jn, cell, table, want, write, docx, xlsx

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind5")
g2.HERE = HERE

# Invented task phrases: verb, object, measure. Each task is unique by its object.
OBJECTS = [
    ("新建", "乡村冷链集配中心", "座", "农业农村局", ["商务局", "供销社", "财政局"]),
    ("改造", "背街小巷", "条", "住建局", ["城管局", "财政局"]),
    ("培育", "专精特新中小企业", "家", "工信局", ["科技局", "市场监管局"]),
    ("建成", "社区嵌入式托育点", "个", "卫健委", ["民政局", "妇联"]),
    ("实施", "中小河流治理项目", "项", "水利局", ["自然资源局", "生态环境局"]),
    ("完成", "高标准农田建设", "万亩", "农业农村局", ["财政局", "自然资源局"]),
    ("新增", "公办学位", "个", "教育局", ["发改局", "住建局", "财政局"]),
    ("推广", "老年助餐服务点", "处", "民政局", ["卫健委", "商务局"]),
    ("建设", "城市口袋公园", "个", "城管局", ["住建局", "自然资源局"]),
    ("引进", "高层次创新团队", "个", "科技局", ["人社局", "工信局"]),
    ("开通", "城乡公交新线路", "条", "交通运输局", ["公安局", "财政局"]),
    ("更新", "老旧供水管网", "公里", "住建局", ["水利局", "城管局"]),
    ("打造", "县域商业示范街区", "条", "商务局", ["文旅局", "市场监管局"]),
    ("创建", "省级美丽河湖", "条", "水利局", ["生态环境局", "农业农村局"]),
    ("组织", "职业技能培训", "万人次", "人社局", ["教育局", "总工会"]),
    ("新建", "充电桩", "个", "发改局", ["供电公司", "住建局"]),
    ("开展", "家庭医生签约服务扩面", "万户", "卫健委", ["医保局", "民政局"]),
    ("治理", "水土流失面积", "平方公里", "水利局", ["林业局", "自然资源局"]),
    ("建成", "数字乡村试点村", "个", "农业农村局", ["大数据局", "通信管理办"]),
    ("盘活", "闲置低效用地", "亩", "自然资源局", ["发改局", "工信局"]),
    ("提升", "乡镇综合文化站", "个", "文旅局", ["财政局", "各乡镇"]),
    ("整治", "农村黑臭水体", "处", "生态环境局", ["农业农村局", "水利局"]),
    ("新增", "城镇就业岗位", "万个", "人社局", ["发改局", "工信局", "商务局"]),
    ("布设", "智慧停车泊位", "个", "公安局", ["城管局", "住建局"]),
    ("新建", "应急避难场所", "处", "应急管理局", ["自然资源局", "住建局"]),
    ("改建", "农村公路危桥", "座", "交通运输局", ["财政局", "应急管理局"]),
    ("推进", "老旧小区加装电梯", "部", "住建局", ["市场监管局", "各街道"]),
    ("培育", "农业产业化龙头企业", "家", "农业农村局", ["商务局", "金融办"]),
    ("建设", "一刻钟便民生活圈", "个", "商务局", ["住建局", "各街道"]),
    ("新办", "社区老年大学教学点", "个", "教育局", ["民政局", "老干部局"]),
    ("完成", "森林抚育", "万亩", "林业局", ["财政局", "应急管理局"]),
    ("实现", "外贸进出口额增长", "%", "商务局", ["海关", "税务局"]),
    ("建成", "标准化菜市场", "个", "商务局", ["市场监管局", "城管局"]),
    ("推动", "企业上云用云", "家", "工信局", ["大数据局", "科技局"]),
    ("开展", "适龄妇女两癌筛查", "万人", "卫健委", ["妇联", "医保局"]),
    ("新建", "城市绿道", "公里", "城管局", ["自然资源局", "林业局"]),
    ("招引", "亿元以上产业项目", "个", "投资促进局", ["发改局", "工信局", "商务局"]),
    ("改造", "农村户厕", "户", "农业农村局", ["卫健委", "各乡镇"]),
    ("建设", "保障性租赁住房", "套", "住建局", ["自然资源局", "发改局"]),
    ("完成", "地质灾害隐患点搬迁", "处", "自然资源局", ["应急管理局", "财政局"]),
    ("打造", "特色体育赛事", "项", "体育局", ["文旅局", "公安局"]),
    ("推行", "一件事一次办事项", "项", "政务服务局", ["大数据局", "司法局"]),
    ("扩容", "城区污水处理能力", "万吨/日", "住建局", ["生态环境局", "发改局"]),
    ("举办", "招聘活动", "场", "人社局", ["教育局", "团委"]),
    ("新增", "普惠性幼儿园", "所", "教育局", ["住建局", "财政局"]),
    ("实施", "城市燃气管道更新", "公里", "住建局", ["应急管理局", "市场监管局"]),
    ("建设", "村级寄递物流站点", "个", "邮政管理局", ["商务局", "交通运输局"]),
    ("培育", "高新技术企业", "家", "科技局", ["税务局", "财政局"]),
    ("完成", "人工造林", "万亩", "林业局", ["自然资源局", "各乡镇"]),
    ("新增", "城市公共停车位", "个", "住建局", ["公安局", "自然资源局"]),
    ("开工", "重点水源工程", "项", "水利局", ["发改局", "财政局"]),
    ("建成", "区域医疗次中心", "个", "卫健委", ["发改局", "医保局"]),
    ("培训", "高素质农民", "人", "农业农村局", ["人社局", "教育局"]),
    ("新建", "消防救援站", "个", "应急管理局", ["消防救援大队", "自然资源局"]),
    ("推进", "电梯物联网监测", "台", "市场监管局", ["住建局", "大数据局"]),
    ("创建", "全国文明典范示范点", "个", "文明办", ["宣传部", "各街道"]),
    ("实施", "既有建筑节能改造", "万平方米", "住建局", ["发改局", "机关事务中心"]),
    ("发放", "创业担保贷款", "亿元", "人社局", ["财政局", "金融办"]),
    ("建设", "乡村振兴示范片区", "个", "农业农村局", ["乡村振兴局", "财政局"]),
    ("新建", "城市排涝泵站", "座", "水利局", ["住建局", "城管局"]),
    ("完成", "小微企业首贷", "户", "金融办", ["人民银行", "工信局"]),
    ("提升", "旅游景区品质", "家", "文旅局", ["交通运输局", "市场监管局"]),
    ("建设", "未成年人保护工作站", "个", "民政局", ["教育局", "团委", "妇联"]),
    ("打通", "城区断头路", "条", "交通运输局", ["住建局", "自然资源局"]),
    ("推进", "中医馆标准化建设", "个", "卫健委", ["医保局", "财政局"]),
    ("开展", "安全生产隐患排查整治", "家", "应急管理局", ["住建局", "交通运输局", "消防救援大队"]),
    ("新增", "绿色工厂", "家", "工信局", ["生态环境局", "发改局"]),
    ("改善", "农村供水保障", "万人", "水利局", ["卫健委", "财政局"]),
    ("建设", "智慧课堂示范校", "所", "教育局", ["大数据局", "财政局"]),
    ("实施", "历史文化街区保护修缮", "处", "文旅局", ["住建局", "自然资源局"]),
    ("新建", "社区卫生服务站", "个", "卫健委", ["住建局", "各街道"]),
    ("完成", "国土绿化", "万亩", "林业局", ["自然资源局", "农业农村局"]),
    ("推进", "重点企业技术改造", "项", "工信局", ["发改局", "财政局"]),
    ("建设", "退役军人服务站", "个", "退役军人事务局", ["民政局", "各乡镇"]),
    ("新建", "城市公厕", "座", "城管局", ["住建局", "自然资源局"]),
    ("培育", "文化产业重点企业", "家", "文旅局", ["宣传部", "商务局"]),
    ("实施", "病险水库除险加固", "座", "水利局", ["应急管理局", "财政局"]),
    ("推行", "信用承诺审批事项", "项", "政务服务局", ["发改局", "市场监管局"]),
    ("建设", "残疾人康复服务点", "个", "残联", ["卫健委", "民政局"]),
    ("新增", "城乡居民医保参保", "万人", "医保局", ["税务局", "人社局"]),
    ("打造", "夜间消费集聚区", "个", "商务局", ["文旅局", "公安局", "城管局"]),
    ("完成", "耕地保护补偿", "万亩", "自然资源局", ["农业农村局", "财政局"]),
    ("引育", "急需紧缺人才", "名", "人才办", ["人社局", "教育局", "卫健委"]),
    ("建设", "公共法律服务站", "个", "司法局", ["各乡镇", "各街道"]),
    ("新建", "垃圾分类集中投放点", "个", "城管局", ["生态环境局", "各街道"]),
    ("推进", "农村电网巩固提升", "千伏安", "发改局", ["供电公司", "自然资源局"]),
    ("实施", "大气污染防治重点项目", "项", "生态环境局", ["工信局", "住建局", "交通运输局"]),
    ("建设", "青年发展型城市示范点", "个", "团委", ["人社局", "住建局"]),
    ("新建", "农产品质量检测站", "个", "农业农村局", ["市场监管局", "财政局"]),
    ("完成", "不动产登记历史遗留问题化解", "宗", "自然资源局", ["住建局", "税务局"]),
    ("开展", "全民健身赛事活动", "场", "体育局", ["教育局", "总工会"]),
    ("建设", "城市生命线监测点", "个", "住建局", ["应急管理局", "大数据局"]),
    ("新增", "规模以上工业企业", "家", "工信局", ["统计局", "税务局"]),
    ("推进", "殡葬服务设施建设", "处", "民政局", ["自然资源局", "林业局"]),
    ("建设", "知识产权服务站", "个", "市场监管局", ["科技局", "司法局"]),
    ("实施", "矿山生态修复", "公顷", "自然资源局", ["生态环境局", "林业局"]),
    ("新建", "学校食堂明厨亮灶", "所", "教育局", ["市场监管局", "财政局"]),
    ("完成", "城市更新片区征收", "户", "住建局", ["自然资源局", "各街道"]),
    ("开通", "农村客运班线公交化", "条", "交通运输局", ["财政局", "各乡镇"]),
    ("培育", "外贸新业态主体", "家", "商务局", ["海关", "税务局"]),
    ("建设", "婴幼儿照护服务指导中心", "个", "卫健委", ["民政局", "教育局"]),
    ("推进", "土壤污染风险管控", "地块", "生态环境局", ["自然资源局", "农业农村局"]),
    ("新增", "数字经济核心产业企业", "家", "大数据局", ["工信局", "统计局"]),
    ("建成", "区域性应急物资储备库", "座", "应急管理局", ["发改局", "粮食和储备局"]),
    ("提升", "行政村通光纤率", "%", "通信管理办", ["大数据局", "各乡镇"]),
    ("实施", "县城排水防涝设施改造", "处", "住建局", ["水利局", "城管局"]),
    ("新建", "高标准粮仓", "万吨", "粮食和储备局", ["发改局", "财政局"]),
    ("开展", "困难群众救助帮扶", "万人次", "民政局", ["医保局", "残联"]),
    ("建设", "工业互联网标识节点", "个", "工信局", ["大数据局", "通信管理办"]),
    ("改造", "老旧路灯", "盏", "城管局", ["住建局", "供电公司"]),
    ("培育", "家庭农场", "家", "农业农村局", ["金融办", "市场监管局"]),
    ("建设", "社区养老服务综合体", "个", "民政局", ["卫健委", "住建局"]),
    ("完成", "重点河道清淤", "公里", "水利局", ["城管局", "生态环境局"]),
    ("新建", "学校体育场馆开放点", "所", "教育局", ["体育局", "公安局"]),
]
NAMES = ["卢泽远", "祁慧敏", "蒋一帆", "左文博", "葛晓岚", "沈卫平", "华国庆", "缪思齐", "殷立峰", "闵雪晴",
         "桂青山", "龚乐平", "戴明轩", "佟晓光", "郝英杰", "简丽华", "上官云", "米振东"]
DEADLINE = ["2025年6月底前", "2025年底前", "长期坚持", "持续推进", "9月底前", "第三季度"]


def unit(prefix, suffix):
    if suffix.startswith("各"):
        return suffix
    return {"海关": prefix + "海关", "供电公司": "国网" + prefix + "供电公司", "人民银行": "人民银行" + prefix + "支行"}.get(suffix, prefix + suffix)


def pick(seed, n, prefix):
    """n invented tasks: key text, one lead and some other units of level prefix (县, 市, 区)."""
    rng = random.Random(seed)
    objs = sorted(rng.sample(OBJECTS, n), key=OBJECTS.index)
    out = []
    for verb, obj, meas, lead, others in objs:
        num = rng.choice([3, 5, 8, 12, 15, 20, 26, 30, 45, 60, 120, 300])
        if meas == "%":
            key = "%s%s%d%%" % (verb, obj, num % 10 + 3)
        else:
            key = "%s%s%d%s" % (verb, obj, num, meas)
        k = rng.randint(1, len(others))
        out.append(T(key, [], [unit(prefix, lead)], [unit(prefix, o) for o in others[:k]]))
    return out


def sections(n, parts):
    """Split n into len(parts) runs; returns the index where each part starts."""
    step = n / len(parts)
    return {int(i * step): p for i, p in enumerate(parts)}


# 1. A county 任务分解 (txt): the county leaders grouped in a preamble by
#    item numbers (卢泽远副县长：负责第1—6项), tasks numbered 1. 2. … across
#    sections, each with its units in a bracket after the text.
def txt_leader_preamble():
    name = "txt-leader-preamble"
    tasks = pick(name, 22, "县")
    ranges = [(1, 6, "卢泽远副县长"), (7, 11, "常务副县长祁慧敏"), (12, 17, "蒋一帆（县委常委、副县长）"), (18, 20, "县长助理左文博"), (21, 22, "王副县长")]
    names = {"卢泽远副县长": "卢泽远", "常务副县长祁慧敏": "祁慧敏", "蒋一帆（县委常委、副县长）": "蒋一帆", "县长助理左文博": "左文博", "王副县长": None}
    out = ["青崖县人民政府关于分解落实2025年《政府工作报告》目标任务的通知", "", "各乡镇人民政府，县政府各部门：",
           "现将县《政府工作报告》确定的22项重点任务分解如下，县政府领导按以下分工牵头推进：", ""]
    for a, b, who in ranges:
        out.append("%s：负责第%d—%d项；" % (who, a, b) if a != b else "%s：负责第%d项；" % (who, a))
    out += ["各项任务所列第一个单位为牵头单位，其余为责任单位。", ""]
    for a, b, who in ranges:
        for t in tasks[a - 1:b]:
            if names[who]:
                t["leaders"] = [names[who]]
    secs = sections(22, ["一、稳住经济增长基本盘", "二、建设宜居城乡", "三、办好民生实事", "四、守牢安全底线"])
    for i, t in enumerate(tasks):
        if i in secs:
            out += ["", secs[i]]
        d = DEADLINE[i % len(DEADLINE)]
        d = {"长期坚持": "长期坚持", "持续推进": "年内完成"}.get(d, d + "完成")
        out.append("%d.%s，%s。（%s）" % (i + 1, t["key"], d, jn(t["leads"] + t["units"])))
        if i == 11:
            out += ["", "—3—", ""]
    out += ["", "抄送：县委办公室，县人大常委会办公室，县政协办公室。", "青崖县人民政府办公室　2025年2月18日印发"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a county 任务分解 whose 县政府领导 are grouped in a preamble by item numbers (X副县长：负责第1—6项;
post before, after or in brackets), tasks numbered 1. 2. straight through the sections, the units of each task in a bracket after
its text with the first unit the lead (the document says so once: 所列第一个单位为牵头单位); one leader written 王副县长 (surname +
post: no leader recorded); a page number —3—. Source: 山西 2016 政府工作报告 分工 (each 副省长 负责 N 项具体任务),
http://ryehollerboys.com/shanxi/2536998.html ; 丽水 2023 责任分解 (列第一位为牵头单位), https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html""")


# 2. A .docx whose tasks are Word list paragraphs (numbering from the list
#    style, not in the text), each followed by an indented paragraph
#    → 牵头：…　▲配合：… .
def dpara(txt, numbered=False, indent=False):
    ppr = ""
    if numbered:
        ppr = '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    elif indent:
        ppr = '<w:pPr><w:ind w:left="840" w:firstLine="0"/></w:pPr>'
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, esc(txt))


def docx_list_arrow_roles():
    name = "docx-list-arrow-roles"
    tasks = pick(name, 20, "区")
    body = [dpara("溪安区2025年重点民生工作任务清单"), dpara("（区政府办公室　2025年3月）"), dpara("")]
    secs = sections(20, ["一、教育医疗", "二、城市建设", "三、产业发展"])
    for i, t in enumerate(tasks):
        if i in secs:
            body.append(dpara(secs[i]))
        body.append(dpara(t["key"] + "。", numbered=True))
        mark = ["→", "★", "▲"][i % 3]
        body.append(dpara("%s牵头：%s　配合：%s　时限：%s" % (mark, jn(t["leads"]), jn(t["units"]), DEADLINE[i % len(DEADLINE)]), indent=True))
    body += [dpara(""), dpara("说明：★为区委区政府年度重点督办事项，▲为列入民生实事项目。")]
    docx(name, body)
    want(name, tasks, """Convention: a district 工作任务清单 in Word whose tasks are list paragraphs (the numbers come from the list style,
NOT in the text), each followed by an indented paragraph beginning with a mark (→, ★, ▲) and 牵头：… 配合：… 时限：…; a 说明 at
the end explains the marks. Source: 大洼区 2021 任务分解表 (牵头 / 责任（配合）单位, quarterly 形象进度),
http://www.dawa.gov.cn/2021_02/01_16/content-307974.html ; 泾县 2023 目标任务分解 (牵头责任单位 / 协同责任单位),
http://ahjx.gov.cn/OpennessContent/show/2668526.html""")


# 3. A web page whose table is a grid of <div> rows (no <table>).
def html_div_grid():
    name = "html-div-grid"
    tasks = pick(name, 21, "市")
    leaders = ["华国庆", "缪思齐", "殷立峰"]
    rows = ['<div class="grid-row head"><span class="c1">序号</span><span class="c2">重点任务</span><span class="c3">责任市领导</span>'
            '<span class="c4">牵头单位</span><span class="c5">协同单位</span><span class="c6">完成时限</span></div>']
    secs = sections(21, ["一、扩大有效投资", "二、增进民生福祉", "三、提升城市品质"])
    for i, t in enumerate(tasks):
        if i in secs:
            rows.append('<div class="grid-row cat"><span class="span-all">%s</span></div>' % secs[i])
        who = leaders[i * 3 // 21]
        t["leaders"] = [who]
        rows.append('<div class="grid-row"><span class="c1">%d</span><span class="c2">%s</span><span class="c3">%s副市长</span>'
                    '<span class="c4">%s</span><span class="c5">%s</span><span class="c6">%s</span></div>'
                    % (i + 1, esc(t["key"]), who, jn(t["leads"]), jn(t["units"]), DEADLINE[i % len(DEADLINE)]))
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>澄沙市2025年重点任务责任分解</title>"
            "<style>.grid-row{display:flex}.grid-row span{flex:1;border:1px solid #ccc}</style>"
            "<script>var page={id:20250312};</script></head><body>"
            "<div class=\"nav\">首页 &gt; 政务公开 &gt; 计划总结</div>"
            "<h1>澄沙市2025年重点任务责任分解</h1><p>发布时间：2025-03-12　来源：市政府办公室</p>"
            "<div class=\"grid\">" + "".join(rows) + "</div>"
            "<p>附注：协同单位按职责分工配合，每月25日前报送进展。</p><div class=\"footer\">主办：澄沙市人民政府办公室</div></body></html>")
    write(name, "html", html)
    want(name, tasks, """Convention: a city web page whose task table is a grid of <div class="grid-row"> rows with <span> cells
(no <table>), a header row 序号 / 重点任务 / 责任市领导 / 牵头单位 / 协同单位 / 完成时限, category rows spanning the grid, the
leader written name + 副市长; nav, script and footer noise. Source: 丽水 2023 市政府工作报告重点工作责任分解 (web page),
https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html ; 绍兴 2020 重点工作进展情况表 (web table),
http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html""")


# 4. A workbook with one sheet per section (sheet names 一、…), quarterly
#    时间节点 columns that name which unit acts when (not roles).
def xlsx_sheet_per_section():
    name = "xlsx-sheet-per-section"
    tasks = pick(name, 22, "县")
    parts = [("一、产业发展", 8), ("二、城乡建设", 7), ("三、民生保障", 7)]
    sheets, i = [], 0
    for title, n in parts:
        rows = [["青崖县2025年重点工作推进表（%s）" % title[2:], "", "", "", "", "", "", ""],
                ["序号", "工作任务", "牵头单位", "配合单位", "一季度", "二季度", "三季度", "四季度"]]
        for k, t in enumerate(tasks[i:i + n]):
            other = t["units"][0]
            rows.append([str(k + 1), t["key"], jn(t["leads"]), jn(t["units"]),
                         "%s完成前期" % t["leads"][0], "%s配合选址" % other, "开工建设", "%s组织验收" % t["leads"][0]])
        i += n
        rows.append(["填报说明：季度栏填写节点安排，不作为责任分工。", "", "", "", "", "", "", ""])
        sheets.append((title, rows, ["A1:H1", "A%d:H%d" % (len(rows), len(rows))]))
    xlsx(name, sheets)
    want(name, tasks, """Convention: a county 推进表 workbook with ONE SHEET PER SECTION (sheet names 一、产业发展 …), each with a title
row and the header 序号 / 工作任务 / 牵头单位 / 配合单位 / 一季度…四季度; the quarter columns are 时间节点 naming which unit acts
when (县X局完成前期, 县Y局配合选址): NOT roles; a 填报说明 row. Source: 大洼区 2021 (每季度的形象进度),
http://www.dawa.gov.cn/2021_02/01_16/content-307974.html ; 绍兴 2020 一季度进展情况表, http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html""")


# 5. A CSV whose 牵头单位 holds several leads joined by / or 和, and whose
#    责任单位 holds collectives (各县（市、区）政府、市直各部门).
def csv_multi_leads():
    name = "csv-multi-leads"
    tasks = pick(name, 23, "市")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["澄沙市2025年政府工作报告重点任务清单", "", "", "", ""])
    w.writerow(["序号", "重点任务", "牵头单位", "责任单位", "完成时间"])
    for i, t in enumerate(tasks):
        if i % 4 == 1:
            t["leads"].append(unit("市", "财政局") if t["leads"][0] != "市财政局" else "市发改局")
            t["units"] = [u for u in t["units"] if u not in t["leads"]] or ["市统计局"]
            leads = "/".join(t["leads"])
        elif i % 4 == 3:
            t["leads"].append("市发改局" if t["leads"][0] != "市发改局" else "市工信局")
            t["units"] = [u for u in t["units"] if u not in t["leads"]] or ["市统计局"]
            leads = "和".join(t["leads"])
        else:
            leads = t["leads"][0]
        if i % 5 == 2:
            t["units"] = ["各县（市、区）政府", "市直各部门"]
        elif i % 5 == 4:
            t["units"] = t["units"] + ["各县（市、区）政府"]
        w.writerow([str(i + 1), t["key"], leads, jn(t["units"]), DEADLINE[i % len(DEADLINE)]])
    w.writerow(["注：牵头单位有两个及以上的，分别牵头；", "", "", "", ""])
    write(name, "csv", buf.getvalue(), newline="")
    want(name, tasks, """Convention: a city 重点任务清单 CSV whose 牵头单位 cell holds two leads joined by / or 和 (both lead, 分别牵头),
whose 责任单位 holds collectives 各县（市、区）政府 / 市直各部门 recorded as written; a title row and a 注 row. Source: 丽水 2023
责任分解 (市人力社保局、市农业农村局分别牵头; 各县（市、区）政府), https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html ;
宝鸡 2022 放管服要点 (市级各有关部门及各县市区政府按职责分工负责), https://newton.com.tw/wiki/%E9%B9%B9%E9%99%BD%E5%B8%822022%E5%B9%B4%E6%B7%B1%E5%8C%96%E2%80%9C%E6%94%BE%E7%AE%A1%E6%9C%8D%E2%80%9D%E6%94%B9%E9%9D%A9%E6%9C%80%E4%BD%B3%E5%8C%96%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83%E5%B7%A5%E4%BD%9C%E8%A6%81%E9%BB%9E/61994341""")


# 6. A Markdown 任务分解: the tasks numbered without roles, then a trailing
#    table 单位 | 牵头任务 | 配合任务 listing the item numbers per unit.
def md_trailing_unit_table():
    name = "md-trailing-unit-table"
    tasks = pick(name, 20, "区")
    out = ["# 溪安区2025年优化营商环境重点任务分解", "", "## 一、重点任务", ""]
    for i, t in enumerate(tasks):
        if i == 10:
            out += ["", "## 二、民生改善任务", ""]
        out.append("%d. %s。" % (i + 1, t["key"]))
    lead_of, sup_of = {}, {}
    for i, t in enumerate(tasks):
        for u in t["leads"]:
            lead_of.setdefault(u, []).append(i + 1)
        for u in t["units"]:
            sup_of.setdefault(u, []).append(i + 1)
    out += ["", "## 三、责任分工", "", "| 单位 | 牵头任务 | 配合任务 |", "| --- | --- | --- |"]
    for u in sorted(set(lead_of) | set(sup_of), key=lambda u: (min(lead_of.get(u, [99]) + sup_of.get(u, [99])), u)):
        fmt = lambda xs: "、".join("第%d项" % x for x in xs) if xs else "—"
        out.append("| %s | %s | %s |" % (u, fmt(lead_of.get(u, [])), fmt(sup_of.get(u, []))))
    out += ["", "> 各单位对照上表认领任务，牵头单位负责统筹推进。"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a district 任务分解 whose numbered tasks carry no roles; a trailing table 单位 | 牵头任务 | 配合任务
lists for each unit the item numbers it leads and supports (第3项、第7项, — when none): a reader inverts it into per-task roles.
Source: 山西 2016 (roles given per leader by counts of items), http://ryehollerboys.com/shanxi/2536998.html ;
大洼区 2021 (牵头 / 责任（配合）单位), http://www.dawa.gov.cn/2021_02/01_16/content-307974.html""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    for f in (txt_leader_preamble, docx_list_arrow_roles, html_div_grid, xlsx_sheet_per_section, csv_multi_leads,
              md_trailing_unit_table):
        f()


if __name__ == "__main__":
    main()
