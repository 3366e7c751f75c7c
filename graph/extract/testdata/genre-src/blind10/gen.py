#!/usr/bin/env python3
"""Writes the tenth blind set (graph/extract/testdata/genre-blind10) and its
want files from one meaning per document: invented places, people and tasks;
conventions of real 分工方案 / 任务分解表 / 台账, on surfaces the earlier sets
did not use (GBK web page, fixed-width text table, OCR spacing, nested .docx
table with a text box, two-column PDF, nested Markdown bullets, WPS TSV with
title and notes, .xlsx with hidden columns and a 说明 sheet). Reuses the
second set's writers (write, docx parts, pdf). Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind10/gen.py"""
import os, random, sys, zipfile
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import write, jn, para, run, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind10")
g2.HERE = HERE
OUT = g2.OUT
CN = "一二三四五六七八九十"

# verb, object, measure word, lead unit suffix, partner suffixes
OBJECTS = [
    ("新建", "标准化农产品冷链仓储点", "个", "农业农村局", ["商务局", "供销社"]),
    ("改造", "背街小巷路面", "条", "住建局", ["城管局", "交通运输局"]),
    ("培育", "专精特新中小企业", "家", "工信局", ["科技局", "市场监管局"]),
    ("建成", "嵌入式养老服务站", "个", "民政局", ["卫健委", "财政局"]),
    ("新增", "公办幼儿园学位", "个", "教育局", ["住建局", "自然资源局"]),
    ("治理", "水土流失面积", "平方公里", "水利局", ["林业局", "自然资源局"]),
    ("开发", "城镇公益性岗位", "个", "人社局", ["财政局", "民政局"]),
    ("建设", "口袋公园", "座", "城管局", ["住建局", "自然资源局"]),
    ("引进", "高层次创新团队", "个", "科技局", ["组织部", "人社局"]),
    ("提质", "农村公路危桥", "座", "交通运输局", ["财政局", "应急管理局"]),
    ("推广", "家庭医生签约服务", "万人", "卫健委", ["医保局", "民政局"]),
    ("打造", "特色商业街区", "条", "商务局", ["文旅局", "市场监管局"]),
    ("整治", "黑臭水体", "处", "生态环境局", ["水利局", "住建局"]),
    ("落实", "耕地地力保护补贴", "万亩", "农业农村局", ["财政局", "自然资源局"]),
    ("排查", "燃气用户安全隐患", "户", "住建局", ["应急管理局", "市场监管局"]),
    ("办理", "惠企政策免申即享事项", "项", "政务服务局", ["发改局", "财政局"]),
    ("修建", "全民健身步道", "公里", "体育局", ["住建局", "文旅局"]),
    ("创建", "森林乡村示范点", "个", "林业局", ["农业农村局", "生态环境局"]),
    ("完成", "老旧供水管网更新", "公里", "水利局", ["住建局", "财政局"]),
    ("组织", "职业技能提升培训", "人次", "人社局", ["教育局", "工信局"]),
    ("招引", "亿元以上产业项目", "个", "投资促进局", ["发改局", "工信局"]),
    ("推动", "规上企业数字化改造", "家", "工信局", ["大数据局", "科技局"]),
    ("新设", "社区食堂", "家", "民政局", ["市场监管局", "商务局"]),
    ("实施", "高标准农田建设", "万亩", "农业农村局", ["水利局", "自然资源局"]),
    ("化解", "信访积案", "件", "信访局", ["司法局", "公安局"]),
    ("建立", "网格化消防安全站", "个", "消防救援大队", ["应急管理局", "各乡镇"]),
]

NAMES = ["邹振宇", "陶丽君", "阮建军", "殷红梅", "裴志明", "喻海燕", "管晓东", "竺文涛", "蒲秀兰", "储永康",
         "覃德华", "邬佳琪", "荀立波", "甄慧敏", "褚国梁", "卞雨桐"]
POSTS = ["副县长", "常务副县长", "副区长", "副市长", "副主任"]


def unit(prefix, suffix):
    if suffix.startswith("各"):
        return suffix
    if prefix == "镇":  # a town's offices and stations
        return "镇" + {"消防救援大队": "消防工作站", "卫健委": "卫生院", "人社局": "劳动保障所",
                       "供销社": "供销社"}.get(suffix, suffix[:-1] + "办")
    return prefix + suffix


def tasks_for(seed, n, prefix, leaders, n_units=(1, 2)):
    """n tasks: key, text rest, leaders (persons), lead units, other units."""
    rng = random.Random(seed)
    objs = rng.sample(OBJECTS, n)
    out = []
    for i, (verb, obj, mw, lead, parts) in enumerate(objs):
        num = rng.randint(3, 90) * (10 if mw in ("户", "人次", "个") and rng.random() < .4 else 1)
        key = "%s%s%d%s" % (verb, obj, num, mw)
        k = rng.randint(*n_units)
        out.append(dict(key=key, leaders=[leaders[i * len(leaders) // n]], leads=[unit(prefix, lead)],
                        units=[unit(prefix, p) for p in parts[:k]]))
    return out


def want(name, tasks, comment):
    keys = [t["key"] for t in tasks]
    assert len(set(keys)) == len(keys), name
    for t in tasks:
        assert not [k for k in keys if k != t["key"] and k in t["key"]], name
    assert 15 <= len(tasks) <= 30, (name, len(tasks))
    lines = ["# %s: expected (task, role, name) triples, written from the meaning of each task" % name]
    lines += ["# " + c for c in comment.strip().split("\n")]
    for t in tasks:
        lines.append("%s\ttask\t-" % t["key"])
        lines += ["%s\tleader\t%s" % (t["key"], x) for x in t["leaders"]]
        lines += ["%s\tlead\t%s" % (t["key"], x) for x in t["leads"]]
        lines += ["%s\tunit\t%s" % (t["key"], x) for x in t["units"]]
    with open(os.path.join(OUT, name + ".want.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


TAILS = ["，年底前全面完成", "，确保按期投入使用", "，形成可复制经验", "，分季度推进", "", "，实现应开尽开"]


def tail(i):
    return TAILS[i % len(TAILS)]


# 1. County 任务分解表 saved from the government site as .htm in GB2312:
#    <meta charset=gb2312>, site navigation, 索引号 block, one table
#    序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 with the
#    leader written post-after-name (邹振宇副县长); footer 版权所有.
def htm_gbk_saved_page():
    name = "htm-gbk-saved-page"
    leaders = ["邹振宇", "陶丽君", "阮建军"]
    ts = tasks_for(101, 18, "县", leaders)
    post = {"邹振宇": "常务副县长", "陶丽君": "副县长", "阮建军": "副县长"}
    rows = []
    for i, t in enumerate(ts, 1):
        rows.append("<tr><td>%d</td><td>%s%s。</td><td>%s%s</td><td>%s</td><td>%s</td><td>2026年%d月底</td></tr>"
                    % (i, t["key"], tail(i), t["leaders"][0], post[t["leaders"][0]], t["leads"][0], jn(t["units"]), 6 + i % 7))
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青岚县人民政府办公室关于印发2026年县政府工作报告目标任务分解表的通知_青岚县人民政府</title>
<link rel="stylesheet" href="青岚县人民政府办公室关于印发_files/style.css"></head>
<body><div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="pos">当前位置：首页 &gt; 政务公开 &gt; 政府文件 &gt; 县政府办文件</div>
<table class="meta"><tr><td>索引号：</td><td>QL-2026-00213</td><td>发布机构：</td><td>县政府办公室</td></tr>
<tr><td>发文字号：</td><td>青政办发〔2026〕3号</td><td>发布日期：</td><td>2026-02-14</td></tr></table>
<h1>青岚县人民政府办公室关于印发2026年县政府工作报告目标任务分解表的通知</h1>
<p>各乡镇人民政府，县政府各部门：</p>
<p>县十九届人大三次会议审议通过的《政府工作报告》明确了今年的目标任务。现将任务分解表印发给你们，请各责任县领导靠前指挥，各牵头单位切实履行牵头职责，各配合单位主动衔接，每季度末向县政府督查室报送进展。</p>
<p>附件：2026年县政府工作报告目标任务分解表</p>
<p style="text-align:right">青岚县人民政府办公室<br>2026年2月12日</p>
<p><b>附件</b></p><p align="center"><b>2026年县政府工作报告目标任务分解表</b></p>
<table border="1" cellspacing="0" cellpadding="2">
<tr><td>序号</td><td>工作任务</td><td>责任县领导</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
%s
</table>
<div class="share">分享到：微信 微博 &nbsp; 【打印本页】【关闭窗口】</div>
<div class="foot">版权所有：青岚县人民政府办公室 &nbsp; 网站标识码 0000000000 &nbsp; 备案号：某ICP备00000000号</div>
</body></html>
""" % "\n".join(rows)
    write(name, "htm", html, encoding="gb2312", newline="\r\n")
    want(name, ts, """Convention: a county 目标任务分解表 saved from the county site as a .htm page in GB2312 (<meta http-equiv
charset=gb2312>, CRLF), with site navigation, an 索引号 block, the notice, then one table 序号 | 工作任务 |
责任县领导 | 牵头单位 | 配合单位 | 完成时限; the leader cell is name then post (邹振宇常务副县长). Invented.""")


# 2. District 重点任务台账 as plain text laid out in fixed-width columns
#    padded with full-width spaces (U+3000), as copied out of a fixed-font
#    print: 序号 任务 责任区领导 牵头单位 责任单位, partners split by "、".
def txt_fixed_width_columns():
    name = "txt-fixed-width-columns"
    leaders = ["殷红梅", "裴志明", "喻海燕", "管晓东"]
    ts = tasks_for(202, 20, "区", leaders)
    def pad(s, w):
        return s + "\u3000" * max(1, w - len(s))
    width = max(len(t["key"]) for t in ts) + 2
    lines = ["东溪区2026年区政府重点工作任务台账", "", "东溪区人民政府督查室　　　　　　　　　　　　2026年3月", "",
             "说明：本台账按区政府工作报告确定的重点任务编制，“牵头单位”对任务负总责，“责任单位”按职责配合。", "",
             pad("序号", 4) + pad("重点任务", width) + pad("责任区领导", 6) + pad("牵头单位", 9) + "责任单位",
             "－" * 60]
    for i, t in enumerate(ts, 1):
        lines.append(pad(str(i), 4) + pad(t["key"], width) + pad(t["leaders"][0], 6) + pad(t["leads"][0], 9) + jn(t["units"]))
    lines += ["－" * 60, "", "台账每月25日前更新一次，由各牵头单位报区政府督查室。", ""]
    write(name, "txt", "\n".join(lines))
    want(name, ts, """Convention: a district 重点任务台账 as plain text in fixed-width columns padded with full-width spaces
(U+3000): 序号 重点任务 责任区领导 牵头单位 责任单位, one task a line, dash rules above and below. Invented.""")


# 3. City 分工方案 OCR'd from a scan: stray spaces inside words, unit names and
#    person names (区 发 改 局, 蒲 秀 兰); numbered items ending in a bracket
#    （责任领导：…；牵头单位：…；责任单位：…）.
def txt_ocr_stray_spaces():
    name = "txt-ocr-stray-spaces"
    leaders = ["竺文涛", "蒲秀兰", "储永康"]
    ts = tasks_for(303, 18, "市", leaders)
    rng = random.Random(3)
    def ocr(s):
        if rng.random() < .5:
            return " ".join(s)
        cut = rng.randint(1, max(1, len(s) - 1))
        return s[:cut] + " " + s[cut:]
    lines = ["云 川 市 人 民 政 府 办 公 室", "", "关于印发 2026年 市政府重点工作 任务分工方案的通知", "",
             "各区县人民政府，市政府各部门：", "",
             "经市政府同意，现将 《2026年市政府重点工作任务分工方案》 印发给你们，请认真 抓好落实。", "",
             "2026年市政府重点工作任务分工方案", ""]
    sec = 0
    for i, t in enumerate(ts):
        if i % 6 == 0:
            lines += ["%s、%s" % (CN[sec], ["加快 产业 升级", "增 进民生 福祉", "提升 城市 品质"][sec]), ""]
            sec += 1
        lines.append("%d. %s%s。（责任领导：%s；牵头单位：%s；责任单位：%s）" % (
            i + 1, t["key"], tail(i), ocr(t["leaders"][0]), ocr(t["leads"][0]), "、".join(ocr(u) for u in t["units"])))
        lines.append("")
    lines += ["各牵头单位要 于每月 5日前 报送 上月 进展情况。", "", "— 3 —", ""]
    write(name, "txt", "\n".join(lines))
    want(name, ts, """Convention: a city 任务分工方案 OCR'd from a scan: stray spaces inside unit and person names
(市 发 改 局, 蒲 秀 兰) and in the prose; items 1. 2. … under 一、 sections end in one bracket
（责任领导：…；牵头单位：…；责任单位：…）. Names are read without the stray spaces. Invented.""")


def cellx(inner):
    return "<w:tc><w:tcPr/>%s<w:p/></w:tc>" % inner


def tc(txt):
    return "<w:tc><w:tcPr/>%s</w:tc>" % "".join(para(x) for x in txt.split("\n"))


def textbox(lines):
    body = "".join(para(x) for x in lines)
    return ('<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="width:400pt;height:60pt">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>' % body)


# 4. 开发区 责任清单 in .docx: the task table is nested inside a one-cell
#    layout table (the page frame), each section's 包保领导 is written in a
#    text box above its table; columns 序号 | 任务内容 | 牵头部门 | 配合部门.
def docx_nested_table_textbox():
    name = "docx-nested-table-textbox"
    leaders = ["覃德华", "邬佳琪", "荀立波"]
    ts = tasks_for(404, 18, "", leaders)
    pre = {"": "高新区"}
    for t in ts:
        t["leads"] = ["高新区" + x for x in t["leads"]]
        t["units"] = [u if u.startswith("各") else "高新区" + u for u in t["units"]]
        t["units"] = [u.replace("各乡镇", "各园区") for u in t["units"]]
    body = [para("临江高新区管委会", bold=True), para("临高管发〔2026〕5号"),
            para("关于印发2026年高新区重点工作责任清单的通知", bold=True),
            para("各部门、各园区："), para("现将2026年重点工作责任清单印发给你们，请对照清单抓好落实，包保领导每月调度一次。"),
            para("临江高新区管委会"), para("2026年2月20日"), para("附件"), para("2026年高新区重点工作责任清单", bold=True)]
    for s in range(3):
        group = ts[s * 6:(s + 1) * 6]
        body.append(para("%s、%s" % (CN[s], ["产业招商", "城市建设", "社会事业"][s]), bold=True))
        body.append(textbox(["包保领导：%s（管委会副主任）" % group[0]["leaders"][0]]))
        rows = ["<w:tr>%s</w:tr>" % "".join(tc(x) for x in ["序号", "任务内容", "牵头部门", "配合部门"])]
        for i, t in enumerate(group, s * 6 + 1):
            rows.append("<w:tr>%s</w:tr>" % "".join(tc(x) for x in [str(i), t["key"] + tail(i) + "。", t["leads"][0], jn(t["units"])]))
        inner = "<w:tbl><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % ("<w:gridCol/>" * 4, "".join(rows))
        body.append("<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>%s</w:tr></w:tbl>" % cellx(inner))
    body.append(para("抄送：市发改委。"))
    body.append(para("临江高新区党政办公室　2026年2月20日印发"))
    g2.docx(name, body)
    want(name, ts, """Convention: a 开发区 (高新区) 责任清单 in .docx: each section's task table is nested inside a one-cell
frame table; the section's 包保领导 (a person, post in brackets) is written in a VML text box above the table;
columns 序号 | 任务内容 | 牵头部门 | 配合部门. Invented.""")


# 5. County 分工方案 printed to PDF in two columns (CSS columns): items with
#    labelled lines below them: 责任领导：… / 牵头单位：… / 协同单位：… ;
#    running header and — n — page numbers.
def pdf_two_columns():
    name = "pdf-two-columns"
    leaders = ["甄慧敏", "褚国梁", "卞雨桐", "邹振宇"]
    ts = tasks_for(505, 20, "县", leaders)
    items = []
    for i, t in enumerate(ts):
        if i % 5 == 0:
            items.append("<h3>%s、%s</h3>" % (CN[i // 5], ["稳增长", "促振兴", "惠民生", "强治理"][i // 5]))
        items.append("<p>%d．%s%s。</p><p class=r>责任领导：%s</p><p class=r>牵头单位：%s</p><p class=r>协同单位：%s</p>"
                     % (i + 1, t["key"], tail(i), t["leaders"][0], t["leads"][0], jn(t["units"])))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 22mm 16mm;
  @top-center { content: "石门县2026年政府工作报告重点任务分工方案"; font-size: 9pt }
  @bottom-center { content: "— " counter(page) " —"; font-size: 10pt } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 11pt }
.cols { column-count: 2; column-gap: 12mm }
p { margin: 2pt 0 } p.r { margin-left: 1em } h3 { font-size: 12pt; margin: 6pt 0 }
</style></head><body>
<h2 style="text-align:center">石门县2026年政府工作报告重点任务分工方案</h2>
<p>为确保县十八届人大五次会议确定的目标任务落到实处，现将重点任务分解如下。各责任领导牵头抓总，牵头单位负责具体推进，协同单位密切配合。</p>
<div class="cols">%s
<p>各牵头单位于每季度最后一个月20日前报送进展情况。</p></div>
</body></html>""" % "\n".join(items)
    g2.pdf(name, html)
    want(name, ts, """Convention: a county 重点任务分工方案 printed to PDF in two text columns (CSS columns), running header and
— n — page numbers; numbered items 1．… under 一、 headings, each followed by labelled lines 责任领导：… /
牵头单位：… / 协同单位：… . Invented.""")


# 6. Town (镇) 工作清单 in Markdown with nested bullet lists: each task a
#    bullet, its roles nested bullets below (包联领导 / 牵头站所 / 配合单位).
def md_nested_bullets():
    name = "md-nested-bullets"
    leaders = ["阮建军", "蒲秀兰", "管晓东"]
    ts = tasks_for(606, 16, "镇", leaders)
    lines = ["# 柳溪镇2026年重点工作清单", "", "> 柳溪镇人民政府　2026年3月2日", "",
             "根据县政府工作报告和镇党代会部署，现将今年重点工作分解到人，请各包联领导、站所抓好落实。", ""]
    for s in range(4):
        lines += ["## %s、%s" % (CN[s], ["产业发展", "基础设施", "民生保障", "平安建设"][s]), ""]
        for t in ts[s * 4:(s + 1) * 4]:
            lines += ["- %s%s" % (t["key"], tail(s)),
                      "  - 包联领导：%s" % t["leaders"][0],
                      "  - 牵头站所：%s" % t["leads"][0],
                      "  - 配合单位：",
                      ]
            lines += ["    - %s" % u for u in t["units"]]
        lines.append("")
    lines += ["---", "", "*本清单由镇党政办负责跟踪，每月通报一次。*", ""]
    write(name, "md", "\n".join(lines))
    want(name, ts, """Convention: a town (镇) 重点工作清单 in Markdown: ## sections, each task a top-level bullet, its roles
nested bullets below: 包联领导：<person> / 牵头站所：<unit> / 配合单位： with the partners one nested bullet
each. Unit names as written (镇农业农村局 …). Invented.""")


# 7. TSV exported from WPS: a title row, a 填报单位 row, a blank row, the
#    header 序号 任务名称 责任领导 牵头单位 协办单位 时间节点 备注, rows, then
#    注： rows at the bottom.
def tsv_wps_title_notes():
    name = "tsv-wps-title-notes"
    leaders = ["喻海燕", "竺文涛", "储永康", "覃德华"]
    ts = tasks_for(707, 22, "市", leaders)
    rows = ["2026年市政府工作报告重点任务推进表\t\t\t\t\t\t", "填报单位：市政府督查室\t\t\t\t\t填报时间：2026年4月\t", "\t\t\t\t\t\t",
            "序号\t任务名称\t责任领导\t牵头单位\t协办单位\t时间节点\t备注"]
    for i, t in enumerate(ts, 1):
        rows.append("%d\t%s%s\t%s\t%s\t%s\t2026年%d月\t%s" % (
            i, t["key"], tail(i), t["leaders"][0], t["leads"][0], "，".join(t["units"]), 5 + i % 8, "" if i % 4 else "已开工"))
    rows += ["\t\t\t\t\t\t", "注：1.协办单位按职责分工配合；2.时间节点为完成时间。\t\t\t\t\t\t"]
    write(name, "tsv", "\r\n".join(rows) + "\r\n")
    want(name, ts, """Convention: a city 重点任务推进表 exported from WPS as TSV (CRLF, trailing empty cells): a title row, a
填报单位 row, a blank row, the header 序号 任务名称 责任领导 牵头单位 协办单位 时间节点 备注, partners split by
"，", then 注： rows. Invented.""")


def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows, hidden=(), widths=None):
    out = []
    for r, row in enumerate(rows, 1):
        cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, esc(v))
                        for c, v in enumerate(row, 1) if v != "")
        out.append('<row r="%d">%s</row>' % (r, cells))
    cols = "".join('<col min="%d" max="%d" width="12" hidden="1" customWidth="1"/>' % (c, c) for c in hidden)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s<sheetData>%s</sheetData></worksheet>'
            % ("<cols>%s</cols>" % cols if cols else "", "".join(out)))


def xlsx_raw(name, sheets):
    """A workbook of inline-string sheets: [(name, rows, hidden column numbers)]."""
    ns = "http://schemas.openxmlformats.org/"
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="%spackage/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' % ns
             + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                       for i in range(len(sheets))) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%spackage/2006/relationships">'
            '<Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (ns, ns))
    wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%sspreadsheetml/2006/main" xmlns:r="%sofficeDocument/2006/relationships"><sheets>' % (ns, ns)
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (esc(n), i + 1, i + 1) for i, (n, _, _) in enumerate(sheets))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%spackage/2006/relationships">' % ns
              + "".join('<Relationship Id="rId%d" Type="%sofficeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, ns, i + 1)
                        for i in range(len(sheets))) + "</Relationships>")
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, name + ".xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in [("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                           ("xl/_rels/workbook.xml.rels", wbrels)] + [
                ("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(r, h)) for i, (_, r, h) in enumerate(sheets)]:
            z.writestr(zipfile.ZipInfo(path, stamp), data)


# 8. District 督办台账 .xlsx: a 说明 sheet first (how to fill it in, who the
#    columns mean), then the 台账 sheet with hidden columns (an internal 编号
#    and a 上期进度 column, hidden) between the visible ones: 序号 | [编号] |
#    重点任务 | 责任区领导 | 牵头单位 | 责任单位 | [上期进度] | 本期进度.
def xlsx_hidden_columns():
    name = "xlsx-hidden-columns"
    leaders = ["褚国梁", "卞雨桐", "殷红梅"]
    ts = tasks_for(808, 21, "区", leaders)
    note = [["填表说明"], ["1. 本表由区政府督查室统一下发，各牵头单位填报。"],
            ["2. “牵头单位”负总责，“责任单位”配合落实；“责任区领导”为分管区领导。"],
            ["3. 隐藏列为系统编号和上期进度，请勿删除。"], ["区政府督查室　联系电话：0000-0000000"]]
    rows = [["南湖区2026年区政府重点工作督办台账"], ["序号", "系统编号", "重点任务", "责任区领导", "牵头单位", "责任单位", "上期进度", "本期进度"]]
    for i, t in enumerate(ts, 1):
        rows.append([str(i), "NH2026-%03d" % (i * 7), t["key"] + tail(i), t["leaders"][0] + "（副区长）", t["leads"][0],
                     jn(t["units"]), "已完成%d%%" % (i * 3), "正在推进"])
    rows.append(["合计：%d项" % len(ts)])
    xlsx_raw(name, [("说明", note, ()), ("督办台账", rows, (2, 7))])
    want(name, ts, """Convention: a district 督办台账 .xlsx: a 说明 sheet first (filling instructions, prose only), then the ledger
sheet with a title row and the header 序号 | 系统编号 | 重点任务 | 责任区领导 | 牵头单位 | 责任单位 | 上期进度 | 本期进度,
columns B (系统编号) and G (上期进度) hidden; leader cell name then post in brackets; a 合计 row. Invented.""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (htm_gbk_saved_page, txt_fixed_width_columns, txt_ocr_stray_spaces, docx_nested_table_textbox,
              pdf_two_columns, md_nested_bullets, tsv_wps_title_notes, xlsx_hidden_columns):
        f()


if __name__ == "__main__":
    main()
