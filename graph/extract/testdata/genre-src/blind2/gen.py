#!/usr/bin/env python3
"""Writes the second blind set (graph/extract/testdata/genre-blind2) and its
want files from one meaning per document: invented places, people and tasks;
conventions of real documents (docs/extraction-conventions-survey-2.md).
Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind2/gen.py

The .xlsx goes through xlsxgen (excelize), the .pdf through Chromium."""
import csv, io, json, os, random, subprocess, sys, zipfile
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "graph", "extract", "testdata", "genre-blind2")
sys.path.insert(0, HERE)
from pool import DOMAINS, POOL

CN = "一二三四五六七八九十"
NAMES = ["韩立新", "苏明远", "顾晓峰", "邓雅琴", "石振华", "袁丽萍", "齐国栋", "方少卿", "常建英", "阎志诚",
         "孔德明", "白静怡", "尚俊杰", "温海涛", "柏春燕", "严立群", "汤卫东", "俞文彬", "邵宏伟", "卜凤霞",
         "霍长林", "甘思远", "钟毓秀", "彭泽宇", "宁浩然", "翟秋实", "童少华", "廉雪梅"]


def T(key, leaders=(), leads=(), units=(), rest=""):
    return dict(key=key, text=key + rest, leaders=list(leaders), leads=list(leads), units=list(units))


def unit(prefix, suffix):
    """A unit of the document's level: 县 + 财政局; collectives (各乡镇) as they are."""
    return suffix if suffix.startswith("各") else prefix + suffix


def roles(prefix, items, rng, leaders):
    out = []
    for i, (text, lead, others) in enumerate(items):
        k = max(1, rng.randint(0, len(others)))
        out.append(T(text, [leaders[i * len(leaders) // len(items)]], [unit(prefix, lead)], [unit(prefix, o) for o in others[:k]]))
    return out


def pick(prefix, seed, n):
    """n tasks from the pool in domain order, each with its lead, its other
    units and one of five leaders (each leader a run of tasks)."""
    rng = random.Random(seed)
    items = sorted(rng.sample(POOL, n), key=POOL.index)
    return roles(prefix, items, rng, rng.sample(NAMES, 5))


def pick_groups(prefix, seed, groups):
    """For each (title, domain, n) group, n tasks of that domain."""
    rng = random.Random(seed)
    left = {d: list(ts) for d, ts in DOMAINS.items()}
    items = []
    for _, d, n in groups:
        got = rng.sample(left[d], n)
        for t in got:
            left[d].remove(t)
        items += got
    return roles(prefix, items, rng, rng.sample(NAMES, 5))


def want(name, tasks, comment):
    keys = [t["key"] for t in tasks]
    for t in tasks:
        others = [k for k in keys if k != t["key"] and k in t["text"]]
        assert not others, (name, t["key"], others)
    assert len(set(keys)) == len(keys), name
    assert 20 <= len(tasks) <= 30, (name, len(tasks))
    lines = ["# %s: expected (task, role, name) triples, written from the meaning of each task" % name]
    lines += ["# " + c for c in comment.strip().split("\n")]
    for t in tasks:
        lines.append("%s\ttask\t-" % t["key"])
        lines += ["%s\tleader\t%s" % (t["key"], x) for x in t["leaders"]]
        lines += ["%s\tlead\t%s" % (t["key"], x) for x in t["leads"]]
        lines += ["%s\tunit\t%s" % (t["key"], x) for x in t["units"]]
    with open(os.path.join(OUT, name + ".want.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write(name, ext, text, encoding="utf-8", newline="\n"):
    with open(os.path.join(OUT, name + "." + ext), "w", encoding=encoding, newline=newline) as f:
        f.write(text)


def jn(xs):
    return "、".join(xs)


def chunks(xs, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(xs[i:i + s])
        i += s
    assert i == len(xs), (i, len(xs))
    return out


# --- a minimal .docx writer ---------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(txt, bold=False):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr><w:b/></w:rPr>" if bold else "", esc(txt))


def para(txt, bold=False, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return "<w:p>%s%s</w:p>" % (ppr, run(txt, bold) if txt else "")


def cell(txt, span=None):
    pr = '<w:gridSpan w:val="%d"/>' % span if span else ""
    body = "".join(para(x) for x in txt.split("\n")) if txt else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)


def table(rows, ncols):
    return ("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * ncols + "</w:tblGrid>"
            + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")


def docx(name, body):
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), types)
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), rels)
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)


def xlsx(name, sheets):
    layout = {"sheets": [{"name": n, "rows": r, "merges": m} for n, r, m in sheets]}
    src = os.path.join(HERE, name + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(layout, f, ensure_ascii=False, indent=1)
    td = os.path.join(ROOT, "graph", "extract", "testdata")
    subprocess.run(["go", "run", "./graph/extract/testdata/genre-src/xlsxgen",
                    os.path.relpath(src, td), os.path.relpath(os.path.join(OUT, name + ".xlsx"), td)],
                   cwd=ROOT, check=True)


def pdf(name, html):
    src = os.path.join(HERE, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, name + ".pdf"), src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# 1. City 规划责任分解 (txt, UTF-8): numbered work lines 1. are headings over
#    （1）（2）… sub-items, and ONE bracket after the last sub-item gives the
#    roles of all the sub-items of the group.  [山西 运城 2017]
def txt_subitems_group_bracket():
    name = "txt-subitems-group-bracket"
    groups = [("加快工业转型升级", "industry", 3), ("稳住经济基本盘", "econ", 3), ("夯实农业基础", "agri", 4),
              ("建设宜居城市", "urban", 3), ("改善生态环境", "eco", 2), ("办好民生实事", "people", 4),
              ("守牢安全底线", "safety", 3), ("提升政务效能", "gov", 3)]
    tasks = pick_groups("市", name, groups)
    out = ["青桐市2024年市政府重点工作责任分解", "",
           "各县（市、区）人民政府，市直各有关单位：",
           "经市人民政府同意，现将2024年市政府重点工作进行责任分解，请认真组织实施。", "",
           "青桐市人民政府办公室", "2024年3月8日", "",
           "为确保年度目标如期完成，现将重点工作分解如下。", ""]
    all_tasks, i = [], 0
    sec = 0
    for g, (title, _, n) in enumerate(groups):
        if g % 2 == 0:
            out.append("%s、%s" % (CN[sec], ["稳增长", "强基础", "优环境", "惠民生"][sec]))
            sec += 1
        out.append("%d.%s" % (g + 1, title))
        sub = tasks[i:i + n]
        i += n
        lead = sub[0]["leads"]
        units = []
        for t in sub:
            for u in t["leads"] + t["units"]:
                if u not in lead and u not in units:
                    units.append(u)
        for k, t in enumerate(sub):
            out.append("（%d）%s，%s。" % (k + 1, t["key"], ["加强调度", "细化到月", "落实到项目", "强化要素保障"][k]))
            all_tasks.append(T(t["key"], [], lead, units))
        if g == 5:
            units = units + ["各县（市、区）人民政府"]
            for t in all_tasks[-n:]:
                t["units"] = units
        out.append("（牵头单位：%s；责任单位：%s）" % (jn(lead), jn(units)))
        out.append("")
    out += ["各牵头单位于每季度首月5日前将上季度进展情况报市政府督查室。"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, all_tasks, """Convention: a numbered work line (1.) heads （1）（2）… sub-items and one bracket after the
last sub-item (牵头单位：…；责任单位：…) holds for every sub-item of the group; the 1. lines are headings.
Source: 运城市 应急体系“十三五”规划责任分解, 2017, https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html""")


# 2. City 民生实事 progress gazette (txt, GB18030): each numbered item is one
#    line: the task, then 牵头领导/责任单位/项目责任人/配合单位/实际完成情况
#    separated by spaces; a per-district table typed as text after some items.
#    [浙江 宁波 2014]
def txt_gb18030_progress_gazette():
    name = "txt-gb18030-progress-gazette"
    tasks = pick_groups("市", name, [("", "people", 10), ("", "urban", 6), ("", "culture", 4), ("", "eco", 3), ("", "safety", 3)])
    heads = iter(["林子航", "宋雨辰", "鲁一鸣", "蔡文启", "姚天佑", "章若水", "潘志远", "于书恒"] * 4)
    out = ["2025年市政府民生实事项目1—6月份进展情况公示", "",
           "今年市政府民生实事项目共26项，各责任单位高度重视，项目总体进展顺利。现将1—6月份进展情况公示如下，接受社会监督。", ""]
    res = []
    for i, t in enumerate(tasks):
        lead, units = t["leads"], t["units"]
        if i % 7 == 3:
            lead = lead + ["各区政府"]
        line = "%d.%s。 牵头领导：%s 责任单位：%s 项目责任人：%s%s 配合单位：%s 实际完成情况：%s" % (
            i + 1, t["key"], t["leaders"][0], "，".join(lead), next(heads), "，各区区长" if i % 7 == 3 else "",
            jn(units), ("已会同%s完成年度目标的%d%%，下一步加快推进。" % (units[0], 40 + i)) if i % 3 else
            "完成年度目标的%d%%；用地指标已协调市不动产登记中心配合办理。" % (40 + i))
        out.append(line)
        if i % 7 == 3:
            out += ["东湖 西岭 南浦 合计", "年度目标 2 3 1 6", "实际完成 1 2 0 3"]
        res.append(T(t["key"], t["leaders"], lead, units))
    out += ["", "注：项目责任人为责任单位主要负责人。", "市政府办公厅", "2025年7月10日"]
    write(name, "txt", "\r\n".join(out) + "\r\n", encoding="gb18030", newline="")
    want(name, res, """Convention: one line per item, the task then space-separated labels 牵头领导/责任单位/项目责任人/配合单位/实际完成情况;
责任单位 (the lead, sometimes two joined by ，) then 配合单位; 项目责任人 is the unit's own head and is not a role
of the model, so not recorded; progress text names units and is not a role; per-district count rows after some items.
Source: 宁波市 2014 民生实事 1—6月 进展公示, http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm""")


# 3. City 十大实事 (md): unnumbered task paragraphs under 关键词 headings, each
#    followed by 主管领导/责任单位/协办单位/主要责任人/进度安排 lines. [河南 郑州 2012]
def md_keyword_unnumbered():
    name = "md-keyword-unnumbered"
    groups = [("城建", "urban", 6), ("民生", "people", 9), ("文化", "culture", 4), ("生态", "eco", 3), ("安全", "safety", 3)]
    tasks = pick_groups("市", name, groups)
    starts = {sum(n for _, _, n in groups[:j]): kw for j, (kw, _, _) in enumerate(groups)}
    out = ["# 2024年市政府十大实事（25个具体事项）任务分解", "",
           "> 本表公布每项实事的主管市领导、责任单位和主要责任人，以及进度安排，接受市民监督。", ""]
    res = []
    for i, t in enumerate(tasks):
        if i in starts:
            out += ["## 关键词　%s" % starts[i], ""]
        out += ["%s。" % t["key"], ""]
        out += ["主管领导：%s  " % t["leaders"][0], "责任单位：%s  " % t["leads"][0]]
        units = t["units"] if i % 3 else []
        if units:
            out.append("协办单位：%s  " % jn(units))
        out += ["主要责任人：%s  " % NAMES[(i * 5) % len(NAMES)], "进度安排：6月底前完成前期工作；12月底前全部完成。", ""]
        res.append(T(t["key"], t["leaders"], t["leads"], units))
    out += ["---", "", "*以上实事由市政府督查室按季度通报进度。*"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, res, """Convention: unnumbered items under 关键词 headings, each followed by its own label lines
主管领导 (leader) / 责任单位 (lead) / 协办单位 (units) / 主要责任人 (the unit's head: not recorded) / 进度安排.
Source: 郑州市 2012 十大实事 任务分解表, http://sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html""")


# 4. District notice with three annexes on one web page (html): each annex its
#    own table and columns, 序号 restarting at 1, 责任领导 and 责任人 columns.
#    [宁夏 银川 兴庆区 2018]
def html_three_annexes():
    name = "html-three-annexes"
    tasks = pick_groups("区", name, [("", "econ", 6), ("", "industry", 6), ("", "people", 8), ("", "urban", 3), ("", "culture", 3)])
    a1, a2, a3 = tasks[:12], tasks[12:20], tasks[20:]
    res = []
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>关于做好2025年政府工作报告主要目标任务和为民办实事的通知</title>",
         "<script>var siteId=3;</script><style>td{border:1px solid #999}</style></head><body>",
         "<div class='nav'>首页 &gt; 政务公开 &gt; 通知公告</div>",
         "<h2>关于做好2025年政府工作报告主要目标任务和为民办实事的通知</h2>",
         "<p>各乡镇人民政府、街道办事处，区政府各部门：</p>",
         "<p>根据2025年《政府工作报告》和区政府班子成员分工，按照归口对称、责任到人的原则，将各项工作任务分解如下（详见附件）。附件中责任领导和责任人发生变动的，由继任者承接。</p>",
         "<p>附件：1.2025年《政府工作报告》主要目标任务分解表<br>2.2025年民生十件实事任务分解表<br>3.市级为民办实事区级任务分解表</p>",
         "<p>栖霞区人民政府办公室<br>2025年2月20日</p>"]
    h.append("<p><b>附件1</b></p><p>2025年《政府工作报告》主要目标任务分解表</p><table>")
    h.append("<tr><td>责任领导</td><td>序号</td><td>主要目标任务</td><td>牵头单位</td><td>配合单位</td><td>责任人</td></tr>")
    posts = ["常务副区长", "副区长", "区政府党组成员", "副区长"]
    runs = {}
    for t in a1:
        runs[t["leaders"][0]] = runs.get(t["leaders"][0], 0) + 1
    for i, t in enumerate(a1):
        who = t["leaders"][0]
        first = i == 0 or a1[i - 1]["leaders"][0] != who
        lead_cell = "<td rowspan='%d'>%s<br>（%s）</td>" % (runs[who], who, posts[list(runs).index(who) % 4]) if first else ""
        h.append("<tr>%s<td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            lead_cell, i + 1, t["key"], t["leads"][0], jn(t["units"]), NAMES[(i * 3 + 1) % len(NAMES)]))
        res.append(t)
    h.append("</table><p><b>附件2</b></p><p>2025年民生十件实事任务分解表</p><table>")
    h.append("<tr><td>序号</td><td>实事项目</td><td>责任领导</td><td>责任单位</td><td>协办单位</td><td>完成时限</td></tr>")
    for i, t in enumerate(a2):
        h.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d月底前</td></tr>" % (
            i + 1, t["key"], t["leaders"][0], t["leads"][0], jn(t["units"]), 6 + i % 7))
        res.append(t)
    h.append("</table><p><b>附件3</b></p><p>市级为民办实事区级任务分解表</p>")
    h.append("<p>（区责任单位中排第一位的为牵头单位）</p><table>")
    h.append("<tr><td>序号</td><td>项目内容</td><td>区责任领导</td><td>区责任单位</td></tr>")
    for i, t in enumerate(a3):
        h.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, t["key"], t["leaders"][0], jn(t["leads"] + t["units"])))
        res.append(t)
    h.append("</table><div class='footer'>主办：栖霞区人民政府办公室　扫一扫在手机上查看当前页面</div></body></html>")
    write(name, "html", "\n".join(h) + "\n")
    want(name, res, """Convention: one notice, three annexes (附件1/2/3) on the same page, each its own table with its own
columns; 序号 restarts at 1 in each; annex 1 is ordered BY LEADER: its first column 责任领导 (name, then the post in
brackets on a second line) spans that leader's rows; 责任人 is a unit's head (not recorded); in annex 3 one
区责任单位 column whose first unit leads, as a note above that table says.
Source: 银川市兴庆区 2018, http://www.xqq.gov.cn/zmhd/yjzjjgfk/201808/t20180819_980141.html""")


# 5. County 任务分解表 (xlsx): a notes sheet first; then a three-row header
#    (责任分工 over 县领导|责任单位, each over 牵头/协管 or 牵头/协办); each
#    重点任务 merged down over its 具体工作 rows, one task a row with its own
#    units; leaders merged down per 重点任务. [辽宁 盘锦 大洼区 2021 任务分解表;
#    盘锦市 2021 三清单]
def xlsx_three_row_header():
    name = "xlsx-three-row-header"
    groups = [("扩大有效投资", "econ", 3), ("做强实体经济", "industry", 3), ("推进乡村振兴", "agri", 3),
              ("提升城市品质", "urban", 3), ("加强生态保护", "eco", 2), ("办好民生实事", "people", 4),
              ("繁荣文化事业", "culture", 3), ("统筹发展和安全", "safety", 3)]
    tasks = pick_groups("县", name, groups)
    rows = [["填表说明"], ["1.本表由县政府督查室汇总，各牵头单位每月25日前报送进展。"], ["2.“协管县领导”指协助牵头县领导推进的县政府领导。"]]
    sheet1 = ("填表说明", rows, [])
    r = [["溪口县2024年《政府工作报告》重点任务分解表", "", "", "", "", "", "", "", ""],
         ["填报单位：县政府办公室　　日期：2024年2月", "", "", "", "", "", "", "", ""],
         ["序号", "重点任务", "具体工作", "责任分工", "", "", "", "完成时限", "备注"],
         ["", "", "", "县领导", "", "责任单位", "", "", ""],
         ["", "", "", "牵头县领导", "协管县领导", "牵头单位", "协办单位", "", ""]]
    merges = ["A1:I1", "A2:I2", "A3:A5", "B3:B5", "C3:C5", "D3:G3", "D4:E4", "F4:G4", "H3:H5", "I3:I5"]
    res, i, n = [], 0, 0
    second = random.Random(name).sample(NAMES, 8)
    for g, (title, _, k) in enumerate(groups):
        if g % 3 == 0:
            row = len(r) + 1
            r.append(["%s、%s" % (CN[g // 3], ["发展动能", "城乡融合", "民生安全"][g // 3])] + [""] * 8)
            merges.append("A%d:I%d" % (row, row))
        first = len(r) + 1
        sub = tasks[i:i + k]
        i += k
        lead_leader, co_leader = sub[0]["leaders"][0], second[g]
        for j, t in enumerate(sub):
            r.append([str(g + 1) if j == 0 else "", title if j == 0 else "", t["key"],
                      lead_leader if j == 0 else "", co_leader if j == 0 else "",
                      t["leads"][0], jn(t["units"]), "%d月底前" % (6 + j * 3), "市考指标" if j == 1 else ""])
            res.append(T(t["key"], [lead_leader, co_leader], t["leads"], t["units"]))
        last = len(r)
        for c in "ABDE":
            merges.append("%s%d:%s%d" % (c, first, c, last))
    r.append(["注：牵头单位为第一责任单位，协办单位按职责配合。", "", "", "", "", "", "", "", ""])
    xlsx(name, [sheet1, ("任务分解表", r, merges)])
    want(name, res, """Convention: a notes sheet before the table sheet; a title and 填报 row, then a THREE-row header
(责任分工 over 县领导 | 责任单位, over 牵头县领导/协管县领导/牵头单位/协办单位); each 重点任务 (and its 序号 and
both leaders) merged down over its 具体工作 rows; each 具体工作 row is a task with its own units; both leaders of a group
are leaders of each of its tasks. The three-row header is written from the genre (no page kept for it). Sources: 盘锦市大洼区 2021 任务分解表 http://www.dawa.gov.cn/2021_02/01_16/content-307974.html ;
盘锦市 2021 (三清单三制度, 分管市领导 审核) http://xyexam.com/html/2509/2021-05-25/content-93597.html""")


# 6. District 任务清单 (csv exported from Excel, BOM, CRLF): 序号|任务内容|具体措施|
#    责任主体|时间节点; 具体措施 multi-line 1. 2.; 责任主体 ONE cell holding
#    责任领导/牵头单位/责任单位 on its own lines; section rows, 序号 restarting per
#    section. [三清单 of 盘锦 2021; 武汉 2020 办理方案 with time nodes]
def csv_checklist_one_cell():
    name = "csv-checklist-one-cell"
    tasks = pick("区", name, 25)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["云岭区2025年重点工作任务清单", "", "", "", ""])
    w.writerow(["序号", "任务内容", "具体措施", "责任主体", "时间节点"])
    for s, sec in enumerate(chunks(tasks, [7, 6, 6, 6])):
        w.writerow(["%s、%s" % (CN[s], ["经济发展", "城乡建设", "社会民生", "安全稳定"][s]), "", "", "", ""])
        for i, t in enumerate(sec):
            cellv = "责任领导：%s\n牵头单位：%s\n责任单位：%s" % (t["leaders"][0], t["leads"][0], jn(t["units"]))
            w.writerow([str(i + 1), t["key"], "1.制定年度推进方案；\n2.建立工作台账，按月调度；\n3.年底前组织验收。",
                        cellv, "3月底前出台方案\n12月底前完成"])
    w.writerow(["备注：责任主体中的牵头单位负总责，责任单位按职责分工落实。", "", "", "", ""])
    write(name, "csv", "\ufeff" + buf.getvalue(), newline="")
    want(name, tasks, """Convention: a 清单 with 任务内容 / 具体措施 (numbered 1. 2. 3. inside the cell) / 责任主体 / 时间节点;
the 责任主体 cell holds three labelled lines (责任领导, 牵头单位, 责任单位); section rows; 序号 restarts in each section.
Sources: 盘锦市 2021 任务清单和责任清单 http://xyexam.com/html/2509/2021-05-25/content-93597.html ;
武汉市 2020 办理方案 with 时间节点 (survey 1)""")


# 7. District table whose last column is running text (docx): 由X牵头，Y配合；
#    X为牵头单位，Y为责任单位；由X负责；分管副区长Z督办. [二连浩特 2024; 港闸 2017]
def docx_running_roles_last_column():
    name = "docx-running-roles-last-column"
    tasks = pick("区", name, 26)
    forms = [
        lambda t: "由%s牵头，%s配合；%s副区长负责督导。" % (t["leads"][0], jn(t["units"]), t["leaders"][0]),
        lambda t: "%s为牵头单位，%s为责任单位，分管区领导%s。" % (t["leads"][0], jn(t["units"]), t["leaders"][0]),
        lambda t: "%s副区长分管，由%s负责，%s参与。" % (t["leaders"][0], t["leads"][0], jn(t["units"])),
        lambda t: "%s负责，%s协同；副区长%s督办。" % (t["leads"][0], jn(t["units"]), t["leaders"][0]),
    ]
    body = [para("附件", True), para("河湾区《政府工作报告》2024年重点工作任务分工方案", True),
            para("按照“谁牵头、谁负责”的原则，每项任务均明确牵头单位、配合单位和分管区领导。")]
    rows = [[cell("序号"), cell("工作目标"), cell("主要措施"), cell("责任分工")]]
    for s, sec in enumerate(chunks(tasks, [7, 7, 6, 6])):
        rows.append([cell("%s、在“%s”方面（分解任务%d项）" % (CN[s], ["扩大开放", "项目投资", "城乡协调", "民生事业"][s], len(sec)), span=4)])
        for i, t in enumerate(sec):
            rows.append([cell(str(i + 1)), cell(t["key"]), cell("细化工作方案，明确时间表和路线图。"), cell(forms[(s + i) % 4](t))])
    body.append(table(rows, 4))
    body.append(para("— 3 —"))
    body.append(para("各牵头单位于每季度末向区政府督查室报送进展情况。"))
    docx(name, body)
    want(name, tasks, """Convention: a table whose last column 责任分工 is running text: 由X牵头，Y配合；Z副区长负责督导 /
X为牵头单位，Y为责任单位 / Z副区长分管，由X负责，Y参与 / X负责，Y协同；副区长Z督办 (leaders with titles);
section rows 在“…”方面（分解任务N项） spanning the table; 序号 restarts per section. The 为/由…负责 forms are
written from the genre (no page kept for them). Sources: 二连浩特市 2024 分工方案 解读 http://www.elht.gov.cn/mobile/c/2024-04-02/97683.shtml ;
南通港闸区 2017 为民办实事 (牵头领导/责任部门/协同部门) https://zhaoshangtong.net/policys/show-13875.html""")


# 8. County 台账 printed to PDF: two-row header (时间节点 over 6月底前/9月底前/
#    12月底前, milestone text that names units), 责任单位 cell stacked 牵头：/
#    配合：, 序号 restarting per section, header repeated, page numbers.
#    [辽宁 盘锦 大洼区 2021 季度形象进度; 鞍山 立山区 2023]
def pdf_ledger_milestones():
    name = "pdf-ledger-milestones"
    tasks = pick("县", name, 26)
    rows = []
    for s, sec in enumerate(chunks(tasks, [7, 7, 6, 6])):
        rows.append("<tr><td colspan='7'>%s、%s</td></tr>" % (CN[s], ["主要预期目标", "产业发展", "城乡建设", "民生保障"][s]))
        for i, t in enumerate(sec):
            rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>牵头：%s<br>配合：%s</td><td>完成方案编制</td><td>%s完成资金拨付</td><td>全面完成</td></tr>" % (
                i + 1, t["key"], t["leaders"][0], t["leads"][0], "，".join(t["units"]), t["units"][0]))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>台账</title>
<style>
@page { size: A4 landscape; margin: 2.2cm 2cm 2.2cm 2cm;
  @top-left { content: "沙河县重点工作推进台账"; font-family: "Noto Serif CJK SC"; font-size: 9pt; }
  @bottom-center { content: "-" counter(page) "-"; font-family: "Noto Serif CJK SC"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; }
table { border-collapse: collapse; width: 100%%; } td, th { border: 1px solid #000; padding: 4px; font-weight: normal; }
</style></head><body>
<h1>沙河县2025年政府重点工作推进台账</h1>
<p>填报说明：节点目标由牵头单位会同配合单位填写，每月28日前报县政府督考办。</p>
<table><thead><tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th rowspan="2">责任县领导</th><th rowspan="2">责任单位</th><th colspan="3">时间节点</th></tr>
<tr><th>6月底前</th><th>9月底前</th><th>12月底前</th></tr></thead>
<tbody>
%s
</tbody></table>
<p>注：“牵头”为牵头单位，“配合”为配合单位。</p>
</body></html>
""" % "\n".join(rows)
    pdf(name, html)
    want(name, tasks, """Convention: a 台账 printed to PDF: two-row header (时间节点 over 6月底前/9月底前/12月底前) repeated on
every page, a running header and -N- page numbers; the 责任单位 cell stacks 牵头：X / 配合：A，B (units joined by ，);
milestone cells name units (not roles); 序号 restarts per section. Sources: 盘锦市大洼区 2021 (每季度形象进度)
http://www.dawa.gov.cn/2021_02/01_16/content-307974.html ; 鞍山市立山区 2023 (units joined by ，)
http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html""")


# 9. City page (html): the table's 责任领导及单位 cell holds the leader and the
#    units as labelled lines (<br>); some rows hold （1）（2） sub-items, each
#    with its own 牵头单位/配合单位 in the same cell; colspan category rows;
#    metadata as a list, breadcrumbs, share links. [杭州 2020; 宁波 2014]
def html_stacked_cell_subitems():
    name = "html-stacked-cell-subitems"
    tasks = pick("市", name, 26)
    res = []
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>市政府2025年重点工作责任分解</title>",
         "<style>.share{display:none}</style><script>document.title+='';</script></head><body>",
         "<div class='crumb'>您当前的位置：首页 &gt; 信息公开 &gt; 计划总结</div>",
         "<ul class='meta'><li>索引号：002489401/2025-00031</li><li>发布机构：市政府办公室</li><li>发文字号：鹤政办函〔2025〕5号</li></ul>",
         "<h1>鹤川市人民政府办公室关于印发2025年政府工作报告重点工作责任分解的通知</h1>",
         "<p>各区、县（市）人民政府，市政府各部门：</p><p>现将责任分解印发给你们。责任分解中同一事项有多个子项的，按子项分别明确牵头单位。</p>",
         "<table border='1'><tr><td>序号</td><td>重点工作</td><td>责任领导及单位</td><td>完成时限</td></tr>"]
    n, i, s = 0, 0, 0
    while i < len(tasks):
        if n % 6 == 0:
            h.append("<tr><td colspan='4'>%s、%s</td></tr>" % (CN[s], ["经济运行", "产业发展", "城市建设", "民生事业", "政府建设"][s]))
            s += 1
        n += 1
        if n % 4 == 2 and i + 1 < len(tasks):
            a, b = tasks[i], tasks[i + 1]
            i += 2
            b = T(b["key"], a["leaders"], b["leads"], b["units"])
            h.append("<tr><td>%d</td><td>（1）%s<br>（2）%s</td><td>责任领导：%s<br>（1）牵头单位：%s；配合单位：%s<br>（2）牵头单位：%s；配合单位：%s</td><td>12月底前</td></tr>" % (
                n, a["key"], b["key"], a["leaders"][0], a["leads"][0], jn(a["units"]), b["leads"][0], jn(b["units"])))
            res += [a, b]
        else:
            t = tasks[i]
            i += 1
            h.append("<tr><td>%d</td><td>%s</td><td>责任领导：%s<br>牵头单位：%s<br>配合单位：%s</td><td>年内完成</td></tr>" % (
                n, t["key"], t["leaders"][0], t["leads"][0], jn(t["units"])))
            res.append(t)
    h.append("</table><div class='share'>分享到：微信 微博</div><p>扫一扫在手机上查看当前页面</p></body></html>")
    write(name, "html", "\n".join(h) + "\n")
    want(name, res, """Convention: the role annotation of each row is ONE cell 责任领导及单位 with labelled lines
(责任领导 / 牵头单位 / 配合单位, separated by <br>); rows holding （1）（2） sub-items give each sub-item its own
牵头单位；配合单位 line under one shared 责任领导; metadata as a list, colspan category rows.
Sources: 杭州市 2020 责任分解 https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html ;
宁波市 2014 (牵头领导 with units per item) http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm""")


# 10. Town 工作要点分工 (txt, UTF-8): the roles are a sentence closing the task's
#     own paragraph: 此项工作由副镇长X负责，镇A牵头，镇B、各村（社区）配合.
#     [潜江 2017 addressed to 各区、镇、办事处; 清油河镇 工作责任清单 2015]
def txt_town_running_sentence():
    name = "txt-town-running-sentence"
    office = ["镇党政办", "镇经济发展办", "镇农业农村办", "镇社会事务办", "镇综合行政执法队", "镇财政所",
              "镇应急管理办", "镇退役军人服务站", "镇卫生院", "镇中心学校", "镇自然资源所", "镇便民服务中心"]
    items = [("完成镇区主干道提升改造", 4, [6, 10]), ("新引进农产品加工企业3家", 1, [5]), ("建成千亩稻渔综合种养基地", 2, [10]),
             ("流转土地5000亩", 2, [10, 11]), ("整治农村人居环境“五乱”问题", 4, [2]), ("改造农村危房40户", 10, [3]),
             ("建设村级综合服务中心3个", 0, [11]), ("开展防汛应急演练2次", 6, [4]), ("排查整治燃气安全隐患", 6, [4, 1]),
             ("完成退役军人信息采集更新", 7, [3]), ("为辖区老人开展家庭医生签约服务", 8, [3]), ("新建镇中心幼儿园", 9, [10, 5]),
             ("落实耕地保护“田长制”", 10, [2]), ("发展村集体经济，消除年收入10万元以下村", 2, [5, 1]), ("打造乡村旅游精品线路1条", 1, [2]),
             ("推进“一网通办”进村入户", 11, [0]), ("开展矛盾纠纷大排查", 0, [4]), ("完成森林防火隔离带建设", 6, [10]),
             ("实施饮水安全巩固提升工程", 2, [5]), ("开展“最美庭院”评选", 3, [0]), ("规范殡葬管理", 3, [4]),
             ("落实农村低保动态管理", 3, [5]), ("建设垃圾分类示范村2个", 4, [2]), ("完成镇机关食堂改造", 0, [5]),
             ("开展禁毒宣传进校园", 9, [3])]
    deps = ["钱鑫", "邹海燕", "陆青山", "聂远航", "乔一帆"]
    res = []
    out = ["中共柳塘镇委员会　柳塘镇人民政府", "关于印发《柳塘镇2025年重点工作要点及任务分工》的通知", "",
           "各村（社区）、镇直各单位：", "现将《柳塘镇2025年重点工作要点及任务分工》印发给你们，请认真抓好落实。", "",
           "柳塘镇2025年重点工作要点及任务分工", ""]
    for s, sec in enumerate(chunks(items, [6, 7, 6, 6])):
        out.append("%s、%s" % (CN[s], ["抓项目促发展", "抓振兴强基础", "抓民生增福祉", "抓治理保平安"][s]))
        for i, (text, lead, others) in enumerate(sec):
            n = sum(len(x) for x in chunks(items, [6, 7, 6, 6])[:s]) + i + 1
            leader = deps[(n - 1) % 5]
            units = [office[o] for o in others]
            if (n % 3) == 0:
                units = units + ["各村（社区）"]
            form = n % 3
            if form == 0:
                role = "此项工作由副镇长%s负责，%s牵头，%s配合。" % (leader, office[lead], jn(units))
            elif form == 1:
                role = "分管领导为%s副镇长，%s具体牵头，%s协助。" % (leader, office[lead], jn(units))
            else:
                role = "由%s同志（党委委员、副镇长）分管，%s牵头落实，%s配合。" % (leader, office[lead], jn(units))
            out.append("%d.%s。年内完成，资金纳入镇级预算。%s" % (n, text, role))
            res.append(T(text, [leader], [office[lead]], units))
        out.append("")
    out += ["附件：柳塘镇2025年重点工作任务督查表（略）", "", "中共柳塘镇委员会　　　柳塘镇人民政府", "2025年2月12日"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, res, """Convention: a 镇's 工作要点 where each numbered paragraph ends in a role sentence with no label:
此项工作由副镇长X负责，A牵头，B配合 / 分管领导为X副镇长，A具体牵头，B协助 / 由X同志（党委委员、副镇长）分管，A牵头落实，B配合;
units are the town's own offices and 各村（社区）. Sources: 潜江市 2017 (addressed to 各区、镇、办事处)
https://www.hbqj.gov.cn/xxgk/zc/qtwj/szfbwj/2017/201701/t20170113_2136642.html ; 清油河镇 工作责任清单 2015
http://www.av069.com/xqzc/xianqudongtai/dzjs/2015-08-26/472151.html""")


# 11. County party committee 工作要点 分工 (docx): items numbered 1…N across the
#     sections; after each group a paragraph 以上第a—b项，责任领导：…；牵头单位：…；
#     责任单位：… gives the roles of the items it names; leaders with party posts.
def docx_party_group_trailer():
    name = "docx-party-group-trailer"
    items = [
        ("深入学习贯彻党的创新理论", "县委宣传部", ["县委党校", "县委讲师团"]),
        ("落实意识形态工作责任制", "县委宣传部", ["县委网信办"]),
        ("开展网络生态专项治理", "县委网信办", ["县公安局"]),
        ("实施基层党组织“整县提升”行动", "县委组织部", ["县委编办"]),
        ("选派驻村第一书记40名", "县委组织部", ["县农业农村局"]),
        ("建设年轻干部“墩苗”基地", "县委组织部", ["县人社局"]),
        ("开展人才引育“青苗计划”", "县委人才办", ["县人社局", "县教育局"]),
        ("巩固拓展统一战线", "县委统战部", ["县工商联"]),
        ("推进民族团结进步创建", "县委统战部", ["县民宗局"]),
        ("深化平安县城建设", "县委政法委", ["县公安局", "县司法局"]),
        ("推进市域社会治理现代化试点", "县委政法委", ["县民政局"]),
        ("开展“清廉村居”建设", "县纪委监委", ["县委组织部"]),
        ("整治群众身边不正之风", "县纪委监委", ["县信访局"]),
        ("落实巡察整改“回头看”", "县委巡察办", ["县纪委监委"]),
        ("深化县级机构改革", "县委编办", ["县委组织部"]),
        ("推动重点改革项目落地", "县委改革办", ["县发改局"]),
        ("加强县人大代表履职服务", "县人大常委会办公室", ["县委办"]),
        ("支持政协开展民主监督", "县政协办公室", ["县委办"]),
        ("做好离退休干部服务管理", "县委老干部局", ["县财政局"]),
        ("建设县融媒体中心二期", "县融媒体中心", ["县委宣传部"]),
        ("加强保密工作检查", "县委保密办", ["县委机要局"]),
        ("推进档案数字化", "县档案馆", ["县数据局"]),
        ("加强工会服务职工阵地建设", "县总工会", ["县人社局"]),
        ("开展青年发展型县域试点", "团县委", ["县教育局"]),
        ("实施妇女儿童关爱行动", "县妇联", ["县民政局"]),
    ]
    leaders = ["县委常委、宣传部部长赵一凡", "县委常委、组织部部长方敏", "县委常委、统战部部长沈丹青",
               "县委常委、政法委书记郝云飞", "县委常委、县纪委书记、县监委主任葛文澜", "县委常委、县委办主任戴明轩",
               "县委副书记童振邦"]
    bare = ["赵一凡", "方敏", "沈丹青", "郝云飞", "葛文澜", "戴明轩", "童振邦"]
    groups = [(0, 3, 0), (3, 7, 1), (7, 9, 2), (9, 11, 3), (11, 14, 4), (14, 16, 5), (16, 19, 6), (19, 22, 0), (22, 25, 6)]
    secs = {0: "加强思想政治引领", 3: "建强组织体系", 7: "凝聚各方力量", 9: "建设更高水平平安县", 11: "纵深推进全面从严治党",
            14: "全面深化改革", 16: "加强党的全面领导", 22: "做好群团工作"}
    body = [para("中共鹿鸣县委2025年工作要点任务分工", True),
            para("为推动县委全会部署落地见效，现将2025年工作要点明确责任分工如下。各牵头单位是第一责任单位。")]
    res, k = [], 0
    for a, b, li in groups:
        for n in range(a, b):
            if n in secs:
                body.append(para("%s、%s" % (CN[k], secs[n]), style="Heading2"))
                k += 1
            text, lead, units = items[n]
            body.append(para("%d.%s，建立任务台账，按季度调度。" % (n + 1, text)))
        leads = [items[a][1]]
        units = []
        for n in range(a, b):
            for u in [items[n][1]] + items[n][2]:
                if u not in leads and u not in units:
                    units.append(u)
        body.append(para("以上第%d—%d项，责任领导：%s；牵头单位：%s；责任单位：%s。" % (a + 1, b, leaders[li], leads[0], jn(units))))
        for n in range(a, b):
            res.append(T(items[n][0], [bare[li]], leads, units))
    body.append(para("中共鹿鸣县委办公室　2025年3月1日印发"))
    docx(name, body)
    want(name, res, """Convention: party-committee 工作要点 items numbered 1…N through all sections; after each group
a paragraph 以上第a—b项，责任领导：…；牵头单位：…；责任单位：… gives the roles of every item it names (the
牵头单位 leads them all, the others are units); leaders with compound party posts (县委常委、宣传部部长X).
Source: the genre's 党委 工作要点 分工 (e.g. 静安区 2018 党政 joint plan,
https://denstalk.com/html/xxgk01600201600200220180528004c029f-9ddf-4590-875a-1c5453c297eb.html); the 以上第a—b项
trailer is written from the genre, no page retained for it.""")


# 12. A bureau's own 分工 (md pipe table): 序号|重点工作|分管领导|责任股室|配合股室|
#     完成时间; section rows whose 序号 is 一、二、; 序号 restarting; leaders as
#     posts with names in brackets; a task continued on a second row with an empty 序号.
def md_bureau_pipe_table():
    name = "md-bureau-pipe-table"
    secs = [("耕地保护", [("完成年度耕地“进出平衡”任务", "耕地保护股", ["各自然资源所"]),
                        ("落实永久基本农田储备区划定", "耕地保护股", ["国土空间规划股"]),
                        ("开展土地卫片执法", "执法监察大队", ["耕地保护股"]),
                        ("整治农村乱占耕地建房", "执法监察大队", ["各自然资源所"]),
                        ("推进全域土地综合整治试点", "国土整治中心", ["财务股"]),
                        ("完成补充耕地项目验收", "国土整治中心", ["耕地保护股"]),
                        ("建立耕地保护网格化监管机制", "耕地保护股", ["执法监察大队"])]),
            ("规划管理", [("报批乡镇国土空间总体规划", "国土空间规划股", ["各自然资源所"]),
                        ("编制城区控制性详细规划", "国土空间规划股", ["测绘地理信息股"]),
                        ("推进“多规合一”实用性村庄规划", "国土空间规划股", ["村镇规划股"]),
                        ("完成城市体检评估", "国土空间规划股", ["测绘地理信息股"]),
                        ("建设国土空间基础信息平台", "测绘地理信息股", ["信息中心"]),
                        ("开展历史文化街区保护规划", "村镇规划股", ["国土空间规划股"])]),
            ("资源利用", [("供应国有建设用地3000亩", "土地利用股", ["土地储备中心"]),
                        ("推进“标准地”出让", "土地利用股", ["行政审批股"]),
                        ("处置批而未供土地", "土地储备中心", ["土地利用股"]),
                        ("完成矿业权出让2宗", "地质矿产股", ["财务股"]),
                        ("开展地质灾害隐患点排查", "地质矿产股", ["各自然资源所"]),
                        ("实施林长制巡林考核", "林业股", ["各自然资源所"]),
                        ("完成植树造林1.2万亩", "林业股", ["财务股"])]),
            ("机关建设", [("推进不动产登记“一窗办理”", "不动产登记中心", ["行政审批股"]),
                        ("化解不动产登记历史遗留问题", "不动产登记中心", ["法规股"]),
                        ("开展“八五”普法", "法规股", ["办公室"]),
                        ("加强干部队伍建设", "人事股", ["办公室"]),
                        ("落实党风廉政建设责任", "机关党委", ["人事股"]),
                        ("规范财务和资产管理", "财务股", ["办公室"])])]
    deps = [("党组成员、副局长", "冯子墨"), ("副局长", "聂晓光"), ("三级调研员", "华清源"), ("党组书记、局长", "曹明德")]
    out = ["# 远山县自然资源局2025年重点工作任务分解", "",
           "局属各股室、各中心（所、队）：现将局2025年重点工作分解如下，各责任股室为第一责任人，配合股室协助。", "",
           "| 序号 | 重点工作 | 分管领导 | 责任股室 | 配合股室 | 完成时间 |", "| --- | --- | --- | --- | --- | --- |"]
    res = []
    for s, (title, items) in enumerate(secs):
        post, nm = deps[s]
        out.append("| %s | **%s** |  |  |  |  |" % (CN[s], title))
        for i, (text, lead, units) in enumerate(items):
            out.append("| %d | %s | %s（%s） | %s | %s | %s |" % (i + 1, text, nm, post, lead, jn(units), ["6月", "9月", "12月"][i % 3]))
            if i == 2:
                out.append("|  | 同步建立问题整改台账 |  |  |  |  |")
            res.append(T(text, [nm], [lead], units))
    out += ["", "注：“各自然资源所”指局派驻各乡镇的自然资源所。", "", "远山县自然资源局办公室　2025年1月20日印"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, res, """Convention: a 局's own 分工 as a table: 分管领导 (a name with its post in brackets: 冯子墨（党组成员、副局长）),
责任股室 (lead) and 配合股室 (units) are the bureau's own 股室/中心/所; section rows carry 一、二 in the 序号 column;
序号 restarts per section; one row with an empty 序号 continues the task above (its text is not a task).
Source: a bureau breaking its tasks down to its own people: 本溪市自然资源局明山分局 2020 https://zrzyj.benxi.gov.cn/gzdt/content_450342 ; 江干区 2018 a bureau's 重点工作清单 (survey 1);
see also 兴庆区 2018 on 责任人 http://www.xqq.gov.cn/zmhd/yjzjjgfk/201808/t20180819_980141.html""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (txt_subitems_group_bracket, txt_gb18030_progress_gazette, md_keyword_unnumbered, html_three_annexes,
              xlsx_three_row_header, csv_checklist_one_cell, docx_running_roles_last_column, pdf_ledger_milestones,
              html_stacked_cell_subitems, txt_town_running_sentence, docx_party_group_trailer, md_bureau_pipe_table):
        f()


if __name__ == "__main__":
    main()
