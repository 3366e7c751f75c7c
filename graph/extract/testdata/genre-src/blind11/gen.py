#!/usr/bin/env python3
"""Writes the eleventh blind set (graph/extract/testdata/genre-blind11) and its
want files from one meaning per document: invented places, people and tasks;
ordinary conventions of 分工方案 / 任务分解表 / 督查台账 of provinces the earlier
surveys did not cover (docs/extraction-conventions-survey-blind11.md). Reuses
the second set's writers (want, write, docx, xlsx, pdf). Run from the
repository root:

    python3 graph/extract/testdata/genre-src/blind11/gen.py"""
import os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import jn, want, write, xlsx, pdf, docx, para, cell, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind11")
g2.HERE = HERE

# verb, object, measure word, lead bureau, partner bureaus (suffixes of the level)
OBJECTS = [
    ("新建", "高标准农田", "万亩", "农业农村局", ["自然资源局", "水利局"]),
    ("改造", "老旧小区", "个", "住建局", ["发改局", "财政局"]),
    ("新增", "城镇就业岗位", "万个", "人社局", ["工信局", "商务局"]),
    ("实施", "农村饮水安全巩固提升工程", "处", "水利局", ["卫健委", "生态环境局"]),
    ("建成", "5G基站", "座", "工信局", ["住建局", "自然资源局"]),
    ("培育", "国家级高新技术企业", "家", "科技局", ["税务局", "工信局"]),
    ("新开工", "重点产业项目", "个", "发改局", ["自然资源局", "生态环境局"]),
    ("新增", "公办幼儿园学位", "个", "教育局", ["住建局", "财政局"]),
    ("创建", "乡村振兴示范村", "个", "乡村振兴局", ["农业农村局", "各乡镇"]),
    ("完成", "造林绿化", "万亩", "林草局", ["自然资源局", "各乡镇"]),
    ("建设", "城市地下综合管廊", "公里", "住建局", ["城管局", "交通运输局"]),
    ("改造提升", "农贸市场", "个", "商务局", ["市场监管局", "城管局"]),
    ("新建改建", "农村公路", "公里", "交通运输局", ["财政局", "各乡镇"]),
    ("培训", "农村实用技术人才", "人次", "农业农村局", ["人社局", "教育局"]),
    ("建成", "县域医疗次中心", "个", "卫健委", ["医保局", "发改局"]),
    ("引进", "亿元以上招商项目", "个", "投资促进局", ["发改局", "商务局"]),
    ("治理", "水土流失面积", "平方公里", "水利局", ["林草局", "自然资源局"]),
    ("新增", "养老服务床位", "张", "民政局", ["卫健委", "住建局"]),
    ("建成", "新能源汽车充电桩", "个", "发改局", ["供电公司", "住建局"]),
    ("发放", "创业担保贷款", "亿元", "人社局", ["财政局", "人民银行"]),
    ("整治", "农村黑臭水体", "条", "生态环境局", ["水利局", "住建局"]),
    ("完成", "城镇燃气管道老化更新", "公里", "住建局", ["应急管理局", "市场监管局"]),
    ("打造", "夜间文旅消费集聚区", "个", "文旅局", ["商务局", "公安局"]),
    ("新建", "社区嵌入式服务设施", "处", "民政局", ["住建局", "发改局"]),
    ("开展", "适龄妇女“两癌”免费筛查", "万人", "卫健委", ["妇联", "医保局"]),
    ("认定", "绿色食品和地理标志农产品", "个", "农业农村局", ["市场监管局", "商务局"]),
    ("建成", "数字乡村试点", "个", "网信办", ["农业农村局", "工信局"]),
    ("盘活", "批而未供和闲置土地", "亩", "自然资源局", ["发改局", "财政局"]),
    ("建设", "保障性租赁住房", "套", "住建局", ["发改局", "自然资源局"]),
    ("回收", "废旧农膜", "万吨", "生态环境局", ["农业农村局", "供销社"]),
]

TAILS = ["，确保年底前全部完工", "，年内通过验收", "，持续巩固提升成效", "，按季度报送进展", "",
         "，同步建立长效管护机制", "，力争超额完成"]


def unit(prefix, suffix):
    if suffix.startswith("各"):
        return suffix
    if not prefix:  # a 开发区 writes its bureaus bare; outside bodies by the area's name
        return {"供电公司": "国网松江供电公司", "人民银行": "人民银行松江中心支行"}.get(suffix, suffix)
    return {"供电公司": "国网" + prefix + "供电公司", "人民银行": "人民银行" + prefix + "支行"}.get(suffix, prefix + suffix)


def tasks(prefix, seed, n, leaders, partners=(1, 2)):
    """n tasks with one lead, 1–2 partners and one leader (each leader a run)."""
    rng = random.Random(seed)
    objs = rng.sample(OBJECTS, n)
    out = []
    for i, (v, o, mw, lead, others) in enumerate(objs):
        key = "%s%s%d%s" % (v, o, rng.choice([3, 5, 6, 8, 12, 15, 18, 20, 24, 30, 36, 45, 60, 120]), mw)
        k = rng.randint(*partners)
        out.append(dict(key=key, text=key + rng.choice(TAILS), leaders=[leaders[i * len(leaders) // n]],
                        leads=[unit(prefix, lead)], units=[unit(prefix, x) for x in others[:k]],
                        when=rng.choice(["2025年6月底前", "2025年9月底前", "2025年12月底前", "全年"])))
    return out


def group(ts, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ts[i:i + s])
        i += s
    assert i == len(ts)
    return out


CN = "一二三四五六七八九十"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"

# 1. Province-level city, 甘肃-like: a web-page table whose single 责任单位 column lists the
#    lead first ("列第一位的为牵头单位", stated in the notice), leaders with their post.
def html_first_listed_leads():
    name = "html-first-listed-leads"
    leaders = ["马骁腾", "杜建勋", "赵慧敏", "冯启明"]
    posts = ["常务副市长", "副市长", "副市长", "副市长"]
    ts = tasks("市", 1101, 22, leaders)
    secs = ["扩大有效投资，夯实高质量发展基础", "推进乡村全面振兴", "加快城市更新", "保障和改善民生"]
    rows = []
    for si, part in enumerate(group(ts, [6, 5, 5, 6])):
        rows.append('<tr><td colspan="5" class="cat">%s、%s</td></tr>' % (CN[si], secs[si]))
        for t in part:
            n = ts.index(t) + 1
            li = leaders.index(t["leaders"][0])
            rows.append("<tr><td>%d</td><td>%s</td><td>%s%s</td><td>%s</td><td>%s</td></tr>" % (
                n, esc(t["text"] + "。"), posts[li], leaders[li], jn(t["leads"] + t["units"]), t["when"]))
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>陇泉市人民政府关于分解落实2025年《政府工作报告》重点工作的通知</title>
<style>td,th{border:1px solid #999;padding:4px} .cat{font-weight:bold}</style></head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 政府文件 &gt; 市政府文件</div>
<div class="info">索引号：620900-2025-00031　发布机构：陇泉市人民政府办公室　发布日期：2025-02-18</div>
<h1>陇泉市人民政府关于分解落实2025年《政府工作报告》重点工作的通知</h1>
<p>陇政发〔2025〕6号</p>
<p>各县（市、区）人民政府，陇泉高新区管委会，市政府各部门：</p>
<p>市五届人大四次会议审议通过的《政府工作报告》确定了全年经济社会发展的目标任务。为确保各项任务落地见效，现将重点工作予以分解，并就有关事项通知如下。</p>
<p>一、各责任单位要对照分解表，逐项制定推进措施，明确时间节点。责任单位中列第一位的为牵头单位，其余为配合单位，牵头单位负总责。</p>
<p>二、各牵头单位于每季度末5日前将进展情况报市政府督查室。</p>
<p>附件：2025年《政府工作报告》重点工作分解表</p>
<p>陇泉市人民政府<br>2025年2月14日</p>
<h2>附件</h2>
<h3>2025年《政府工作报告》重点工作分解表</h3>
<table>
<thead><tr><th>序号</th><th>重点工作</th><th>责任领导</th><th>责任单位</th><th>完成时限</th></tr></thead>
<tbody>
%s
</tbody></table>
<div class="foot">【打印本页】【关闭窗口】</div>
<div class="foot">主办：陇泉市人民政府办公室　网站标识码：6209000001　陇ICP备05001234号</div>
</body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, ts, """Convention: a city notice on a government web page; its annex is a table 序号|重点工作|责任领导|责任单位|完成时限 with
category rows (一、…) spanning the table; the notice says the first unit listed in 责任单位 is the lead, the others partners;
leaders are written post-then-name (副市长马骁腾). Invented; modelled on provincial and city 分解落实 notices (甘肃, 杭州).""")


# 2. County, 贵州-like: a Word table with a two-row header (责任分工 over 责任领导|牵头单位|配合单位).
def docx_two_row_header():
    name = "docx-two-row-header"
    leaders = ["罗成富", "吴国荣", "杨秀英", "龙天佑", "石光华"]
    ts = tasks("县", 1102, 24, leaders)
    secs = ["产业发展", "基础设施", "城乡建设", "社会事业"]
    hdr1 = ["<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>%s</w:tc>" % para("序号", True),
            "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>%s</w:tc>" % para("目标任务", True),
            "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>%s</w:tc>" % para("责任分工", True),
            "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>%s</w:tc>" % para("完成时限", True)]
    vm = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
    hdr2 = [vm, vm, cell("县级责任领导"), cell("牵头单位"), cell("配合单位"), vm]
    rows = [hdr1, hdr2]
    for si, part in enumerate(group(ts, [6, 6, 6, 6])):
        rows.append([cell("%s、%s" % (CN[si], secs[si]), 6)])
        for t in part:
            rows.append([cell(str(ts.index(t) + 1)), cell(t["text"] + "。"), cell(t["leaders"][0]),
                         cell(jn(t["leads"])), cell(jn(t["units"])), cell(t["when"])])
    tbl = ("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>"
           + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")
    body = [para("黔岭县人民政府办公室文件", True), para("黔岭府办发〔2024〕11号"),
            para("黔岭县人民政府办公室关于印发《2024年县政府工作报告目标任务分解方案》的通知", True),
            para("各乡（镇）人民政府、街道办事处，县政府各部门、各直属机构："),
            para("《2024年县政府工作报告目标任务分解方案》已经县人民政府同意，现印发给你们，请认真抓好落实。"),
            para("一、县级责任领导对分管领域任务负领导责任，牵头单位负主体责任，配合单位积极主动配合。"),
            para("二、各牵头单位每月25日前向县政府督查室报送工作进展。"),
            para("黔岭县人民政府办公室"), para("2024年2月26日"),
            para("2024年县政府工作报告目标任务分解方案", True), tbl,
            para("抄送：县委办，县人大常委会办公室，县政协办公室。"),
            para("黔岭县人民政府办公室　　2024年2月26日印发")]
    docx(name, body)
    want(name, ts, """Convention: a county 目标任务分解方案 as a Word table with a two-row header: 序号 | 目标任务 | 责任分工 (merged over
县级责任领导 | 牵头单位 | 配合单位) | 完成时限, vertical merges in the first header row, category rows spanning all columns.
Invented; modelled on county 分解方案 tables (贵州, 辽宁 大洼).""")


# 3. 开发区, 黑龙江-like: an .xlsx 督查台账 whose 包保领导 cell is merged down over the leader's rows.
def xlsx_ledger_merged_leaders():
    name = "xlsx-ledger-merged-leaders"
    leaders = ["孙立伟", "郝春明", "钱玉洁", "曲振江"]
    ts = tasks("", 1103, 20, leaders)
    for t in ts:  # 开发区 bureaus are written bare (经发局 …)
        t["leads"] = [x.replace("各乡镇", "各园区") for x in t["leads"]]
        t["units"] = [x.replace("各乡镇", "各园区") for x in t["units"]]
    rows = [["松江经济技术开发区2023年重点工作督查台账"],
            ["填报单位：管委会督查室　　　　　　　　　　　　更新日期：2023年7月5日"],
            ["序号", "工作任务", "包保领导", "牵头部门", "配合部门", "完成时限", "进展情况", "备注"]]
    merges = ["A1:H1", "A2:H2"]
    r = 4
    for li, ld in enumerate(leaders):
        mine = [t for t in ts if t["leaders"][0] == ld]
        for j, t in enumerate(mine):
            rows.append([str(ts.index(t) + 1), t["text"], ld if j == 0 else "", jn(t["leads"]), jn(t["units"]),
                         t["when"], random.Random(r).choice(["按计划推进", "已完成总量的60%", "前期手续办理中", "已开工"]), ""])
            r += 1
        if len(mine) > 1:
            merges.append("C%d:C%d" % (r - len(mine), r - 1))
    rows.append(["说明：进展情况每月5日前更新，未按期完成的在备注栏说明原因。"])
    merges.append("A%d:H%d" % (r, r))
    xlsx(name, [("督查台账", rows, merges)])
    want(name, ts, """Convention: a 开发区 督查台账 workbook: title and 填报单位 rows merged across, header 序号|工作任务|包保领导|牵头部门|
配合部门|完成时限|进展情况|备注, the 包保领导 cell merged down over all rows of that leader, a note row at the end; bureau
names written bare as the 管委会 writes them (发改局, 各园区). Invented; modelled on 督查台账 / 包保 ledgers.""")


# 4. District, 江西-like: running text with outline numbering 一、（一）1. and, after each task, a
#    labelled line 责任领导：…　牵头单位：…　责任单位：… .
def txt_outline_labelled_lines():
    name = "txt-outline-labelled-lines"
    leaders = ["熊志远", "涂建平", "饶丽华", "章海鹰"]
    ts = tasks("区", 1104, 24, leaders)
    heads = [("聚力产业升级，壮大实体经济", ["抓项目扩投资", "育主体强产业"]),
             ("聚力城乡融合，提升发展品质", ["完善基础设施", "推进乡村振兴"]),
             ("聚力民生改善，增进群众福祉", ["稳就业促增收", "办好社会事业"])]
    out = ["赣江新城区人民政府", "关于印发2026年区政府工作报告重点工作任务分工方案的通知", "",
           "赣新府字〔2026〕4号", "", "各街道办事处、乡镇人民政府，区政府各部门：",
           "　　现将《2026年区政府工作报告重点工作任务分工方案》印发给你们，请结合实际认真贯彻落实。", "",
           "2026年区政府工作报告重点工作任务分工方案", ""]
    parts = group(ts, [4, 4, 4, 4, 4, 4])
    k = 0
    n = 1
    for hi, (h, subs) in enumerate(heads):
        out.append("%s、%s" % (CN[hi], h))
        for s in subs:
            out.append("　　（%s）%s" % (CN[k % 2], s))
            for t in parts[k]:
                out.append("　　%d.%s。" % (n, t["text"]))
                out.append("　　责任领导：%s　牵头单位：%s　责任单位：%s" % (t["leaders"][0], jn(t["leads"]), jn(t["units"])))
                n += 1
            k += 1
        out.append("")
    out += ["四、工作要求",
            "　　（一）压实工作责任。各责任领导要加强调度，牵头单位要细化措施，责任单位要密切配合。",
            "　　（二）强化督查考核。区政府督查室将分工方案落实情况纳入年度绩效考核。", "",
            "赣江新城区人民政府办公室", "2026年2月10日"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, ts, """Convention: a district 分工方案 in plain text with outline numbering 一、/（一）/1. ; each numbered task is followed
by one labelled line 责任领导：…　牵头单位：…　责任单位：… (full-width spaces between the labels); 责任单位 are partners.
Invented; modelled on district 分工方案 of 江西 and 内蒙古 (二连浩特: each task lists 牵头、配合).""")


# 5. City, 宁夏-like: a PDF of running text, section headings carrying the 责任领导 in brackets,
#    each task paragraph ending in a role bracket （市X局牵头，市Y局、市Z局配合）.
def pdf_heading_leader_brackets():
    name = "pdf-heading-leader-brackets"
    leaders = ["马文斌", "纳建国", "丁晓燕", "拜少华", "杨占祥"]
    ts = tasks("市", 1105, 25, leaders)
    secs = ["坚定不移扩内需稳增长", "坚定不移抓产业强实体", "坚定不移促改革优环境", "坚定不移建新城美乡村", "坚定不移惠民生保稳定"]
    body = []
    n = 1
    for si, part in enumerate(group(ts, [5] * 5)):
        ld = part[0]["leaders"][0]
        assert all(t["leaders"][0] == ld for t in part)
        body.append("<h3>%s、%s（责任领导：%s）</h3>" % (CN[si], secs[si], ld))
        for t in part:
            body.append("<p>%d.%s。（%s牵头，%s配合）</p>" % (n, esc(t["text"]), jn(t["leads"]), jn(t["units"])))
            n += 1
    html = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 28mm 24mm; @top-center { content: "塞上泉市人民政府行政规范性文件"; font-size: 9pt; }
        @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 14pt; line-height: 1.6; }
h1 { text-align: center; font-size: 20pt; } h3 { font-size: 14pt; } p { text-indent: 2em; margin: 0.3em 0; }
</style></head><body>
<p style="text-align:center">塞政办发〔2021〕9号</p>
<h1>塞上泉市人民政府办公室关于印发2021年政府工作报告重点任务分工的通知</h1>
<p style="text-indent:0">各县（区）人民政府，市政府各部门、直属机构：</p>
<p>为确保市五届人大六次会议确定的目标任务如期完成，经市政府同意，现将2021年政府工作报告重点任务分工印发给你们。各项任务中列明的责任领导为该部分任务的市政府分管领导；括号内第一位为牵头单位，其余为配合单位。</p>
%s
<h3>六、保障措施</h3>
<p>各牵头单位要于每月底前报送工作进展，市政府督查室定期通报。对工作推进不力的，依规依纪严肃问责。</p>
<p style="text-align:right">塞上泉市人民政府办公室<br>2021年3月2日</p>
<p style="text-indent:0">（此件公开发布）</p>
</body></html>""" % "\n".join(body)
    pdf(name, html)
    want(name, ts, """Convention: a city 重点任务分工 printed to PDF (running header, — n — page numbers): section headings end in
（责任领导：马文斌）, the leader of all tasks of the section; each numbered task ends in （市X局牵头，市Y局、市Z局配合）.
Invented; modelled on city 分工 notices (宁夏, 甘肃 张掖: 市政府责任领导 per area).""")


# 6. Prefecture-level city, 海南-like: a web page whose table has a two-row header (责任单位 over
#    牵头单位|协办单位) and the leader column after the units, leader cells "姓名（职务）".
def html_two_row_header_units():
    name = "html-two-row-header-units"
    leaders = ["符志强", "王海燕", "林道明", "陈少雄"]
    posts = ["副市长", "副市长", "市政府党组成员", "副市长"]
    ts = tasks("市", 1106, 20, leaders)
    rows = []
    for t in ts:
        li = leaders.index(t["leaders"][0])
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s（%s）</td><td>%s</td></tr>" % (
            ts.index(t) + 1, esc(t["text"]), jn(t["leads"]), jn(t["units"]), leaders[li], posts[li], t["when"]))
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>椰城市2019年政府工作报告重点工作责任分解表</title></head>
<body>
<div id="header"><a href="/">椰城市人民政府门户网站</a> | <a href="/zwgk">政务公开</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 计划规划</div>
<h2>椰城市2019年政府工作报告重点工作责任分解表</h2>
<p class="meta">来源：市政府办公室　时间：2019-03-08　字号：【大 中 小】</p>
<p>根据市政府领导工作分工，现将2019年《政府工作报告》重点工作责任分解如下。各牵头单位要会同协办单位制定落实方案，报市政府分管领导审定后组织实施。</p>
<table border="1" cellspacing="0">
<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">市政府责任领导</th><th rowspan="2">完成时间</th></tr>
<tr><th>牵头单位</th><th>协办单位</th></tr>
%s
</table>
<p>注：完成时间为“全年”的，按年度目标持续推进，年底前完成。</p>
<div id="footer">版权所有：椰城市人民政府办公室　琼ICP备09000111号</div>
</body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, ts, """Convention: a city web page whose table has a two-row header: 序号 | 工作任务 | 责任单位 (colspan over 牵头单位 |
协办单位) | 市政府责任领导 | 完成时间 (rowspan 2); the leader column comes after the units and reads 姓名（职务）.
Invented; modelled on city 责任分解表 web pages (海南, 杭州).""")


STREET = [
    ("入户走访", "独居空巢老人", "户", "社会事务办", ["各社区", "卫生服务中心"]),
    ("改造", "小区老旧电梯", "部", "城市管理办", ["平安建设办", "各社区"]),
    ("新建", "社区便民服务驿站", "个", "党建办", ["社会事务办", "各社区"]),
    ("排查", "沿街商铺消防隐患", "家", "应急管理办", ["综合执法队", "派出所"]),
    ("新增", "市场主体", "户", "经济发展办", ["市场监管所", "税务分局"]),
    ("调解", "邻里矛盾纠纷", "件", "平安建设办", ["司法所", "各社区"]),
    ("开展", "国家通用语言培训", "期", "宣传办", ["文化站", "各社区"]),
    ("清运", "背街小巷积存垃圾", "吨", "城市管理办", ["综合执法队", "各社区"]),
    ("组织", "劳动力转移就业", "人", "社会事务办", ["劳动保障所", "经济发展办"]),
    ("建成", "口袋公园", "个", "城市管理办", ["经济发展办", "各社区"]),
    ("培育", "社区社会组织", "个", "党建办", ["社会事务办", "团工委"]),
    ("完成", "自建房安全鉴定", "栋", "应急管理办", ["城市管理办", "各社区"]),
    ("举办", "“访惠聚”民生实事议事会", "场", "党建办", ["宣传办", "各社区"]),
    ("落实", "困难群众临时救助", "人次", "社会事务办", ["民政所", "各社区"]),
    ("新增", "楼宇经济入驻企业", "家", "经济发展办", ["招商服务中心", "市场监管所"]),
    ("整治", "占道经营点位", "处", "综合执法队", ["城市管理办", "派出所"]),
    ("开展", "反诈宣传进社区活动", "场", "平安建设办", ["派出所", "宣传办"]),
    ("创建", "民族团结进步示范社区", "个", "宣传办", ["党建办", "各社区"]),
    ("完成", "燃气用户安全检查", "户", "应急管理办", ["燃气公司", "各社区"]),
    ("改建", "老年助餐点", "个", "社会事务办", ["卫生服务中心", "各社区"]),
    ("建立", "网格员培训轮训制度", "项", "平安建设办", ["党建办", "各社区"]),
    ("推进", "无物业小区党建引领物业服务", "个", "党建办", ["城市管理办", "各社区"]),
]


# 7. Street (街道) of a 新疆 city: a Markdown pipe table of the 街道 责任清单, leaders written as
#    post then a name with the middle dot (副主任艾力·买买提), units the street's own offices.
def md_street_dot_names():
    name = "md-street-dot-names"
    leaders = ["艾力·买买提", "古丽娜尔·吐尔逊", "张振疆", "热合曼·阿不都拉"]
    posts = ["党工委副书记、办事处主任", "办事处副主任", "党工委委员、武装部长", "办事处副主任"]
    rng = random.Random(1107)
    objs = rng.sample(STREET, 20)
    ts = []
    for i, (v, o, mw, lead, others) in enumerate(objs):
        key = "%s%s%d%s" % (v, o, rng.choice([4, 6, 10, 12, 16, 25, 30, 50, 80, 150]), mw)
        ts.append(dict(key=key, text=key + rng.choice(TAILS), leaders=[leaders[i * 4 // 20]], leads=[lead],
                       units=others[:rng.randint(1, 2)], when=rng.choice(["6月底", "9月底", "12月底", "长期"])))
    out = ["# 天山路街道2025年重点工作责任清单", "",
           "> 为推动街道党工委、办事处年度重点工作落实，现将任务逐项分解到领导、到科室。"
           "各牵头科室是第一责任主体，配合科室、社区按职责抓好落实。", "",
           "| 序号 | 重点工作 | 责任领导 | 牵头科室 | 配合科室（社区） | 完成时限 |",
           "|:---:|---|---|---|---|:---:|"]
    for i, t in enumerate(ts):
        li = leaders.index(t["leaders"][0])
        out.append("| %d | %s | %s%s | %s | %s | %s |" % (i + 1, t["text"], posts[li], leaders[li],
                                                        jn(t["leads"]), jn(t["units"]), t["when"]))
    out += ["", "**工作要求**", "",
            "1. 各责任领导每月召开一次推进会，研究解决存在问题。",
            "2. 党政办每季度对清单落实情况进行督查通报，结果纳入年度考核。", "",
            "天山路街道党工委　天山路街道办事处", "", "2025年1月20日", ""]
    write(name, "md", "\n".join(out))
    want(name, ts, """Convention: a 街道 责任清单 of a 新疆 city as a Markdown pipe table 序号|重点工作|责任领导|牵头科室|配合科室（社区）|完成时限;
leader cells are post then name, the names of 维吾尔 leaders written with the middle dot (办事处副主任古丽娜尔·吐尔逊);
units are the street's offices (社会事务办, 各社区, 派出所). Invented; modelled on 街道 / 乡镇 责任清单.""")


# 8. County, 黑龙江-like: a CSV export of a 任务分解表 with a title row and a two-row header
#    (责任领导 over 牵头领导|协助领导, 责任单位 over 牵头单位|配合单位): both leaders lead the task.
def csv_two_leader_columns():
    name = "csv-two-leader-columns"
    leaders = ["于洪波", "邢立军", "谷晓丽", "佟海峰", "关德胜"]
    ts = tasks("县", 1108, 20, leaders[:4])
    rng = random.Random(11080)
    for t in ts:  # the assisting leader: another of the county leaders
        t["leaders"].append(rng.choice([x for x in leaders if x != t["leaders"][0]]))
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["北林县2022年政府工作报告任务分解表", "", "", "", "", "", ""])
    w.writerow(["序号", "工作任务", "责任领导", "", "责任单位", "", "完成时限"])
    w.writerow(["", "", "牵头领导", "协助领导", "牵头单位", "配合单位", ""])
    for i, t in enumerate(ts):
        w.writerow([str(i + 1), t["text"], t["leaders"][0], t["leaders"][1], jn(t["leads"]), jn(t["units"]), t["when"]])
    w.writerow(["备注：牵头领导负总责，协助领导协调推进；牵头单位为第一责任单位。", "", "", "", "", "", ""])
    write(name, "csv", "\ufeff" + buf.getvalue(), newline="")
    want(name, ts, """Convention: a county 任务分解表 exported to CSV (UTF-8 with BOM, CRLF): a title row, a two-row header with
责任领导 over 牵头领导|协助领导 and 责任单位 over 牵头单位|配合单位 (the upper cells empty where merged), a note row at the end;
each task has two leaders (牵头领导 and 协助领导), both are leaders. Invented; modelled on county 分解表 (黑龙江, 辽宁).""")


def main():
    html_first_listed_leads()
    docx_two_row_header()
    xlsx_ledger_merged_leaders()
    txt_outline_labelled_lines()
    pdf_heading_leader_brackets()
    html_two_row_header_units()
    md_street_dot_names()
    csv_two_leader_columns()


if __name__ == "__main__":
    main()
