#!/usr/bin/env python3
"""Writes the sixth blind set (graph/extract/testdata/genre-blind6) and its
want files from one meaning per document: invented places, people and tasks;
conventions of real 分工方案 / 督查清单 layouts. Reuses the second set's
writers (want, write, xlsx). Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind6/gen.py"""
import os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import T, jn, want, write, xlsx, W
import zipfile

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind6")
g2.HERE = HERE

OBJECTS = [
    ("建成", "山区应急饮水工程", "处", "水利局", ["财政局", "应急管理局"]),
    ("改造", "城中村雨污分流管线", "公里", "住建局", ["城管局", "生态环境局"]),
    ("新培育", "规上工业企业", "家", "工信局", ["统计局", "税务局"]),
    ("开办", "社区长者食堂", "家", "民政局", ["商务局", "市场监管局"]),
    ("新建", "乡村学校少年宫", "所", "教育局", ["团委", "财政局"]),
    ("整修", "农村灌溉渠系", "公里", "农业农村局", ["水利局", "财政局"]),
    ("设立", "零工驿站", "个", "人社局", ["总工会", "民政局"]),
    ("修缮", "历史文化街巷", "条", "文旅局", ["住建局", "自然资源局"]),
    ("补植", "城区行道树", "株", "城管局", ["林业局", "交通运输局"]),
    ("建设", "中试验证平台", "个", "科技局", ["工信局", "发改局"]),
    ("延伸", "镇村公交班线", "条", "交通运输局", ["公安局", "财政局"]),
    ("配建", "社区卫生服务站", "个", "卫健委", ["住建局", "医保局"]),
    ("新辟", "夜间消费集聚区", "个", "商务局", ["文旅局", "城管局"]),
    ("清理", "河道“四乱”问题", "处", "水利局", ["生态环境局", "各乡镇"]),
    ("开设", "企业新型学徒制班次", "期", "人社局", ["教育局", "工信局"]),
    ("铺设", "乡村光伏示范屋顶", "户", "发改局", ["供电公司", "农业农村局"]),
    ("筛查", "儿童青少年近视", "万人", "卫健委", ["教育局", "体育局"]),
    ("复垦", "工矿废弃地", "亩", "自然资源局", ["生态环境局", "财政局"]),
    ("接入", "政务服务自助终端", "台", "政务服务局", ["大数据局", "各乡镇"]),
    ("摸排", "自建房安全隐患", "栋", "住建局", ["应急管理局", "各乡镇"]),
    ("新增", "托育服务机构", "家", "卫健委", ["市场监管局", "妇联"]),
    ("创建", "无废细胞单元", "个", "生态环境局", ["城管局", "商务局"]),
    ("更换", "老旧燃气表具", "万只", "住建局", ["市场监管局", "应急管理局"]),
    ("发放", "消费惠民券", "万元", "商务局", ["财政局", "金融办"]),
    ("建立", "村级议事协商点", "个", "民政局", ["组织部", "各乡镇"]),
    ("完成", "重点企业清洁生产审核", "家", "生态环境局", ["工信局", "发改局"]),
    ("打造", "智慧农贸市场", "个", "市场监管局", ["商务局", "城管局"]),
    ("改建", "校园食堂明厨亮灶", "所", "教育局", ["市场监管局", "卫健委"]),
]

NAMES = ["柯明哲", "蓝若溪", "祝永康", "骆嘉平", "庞晓岚", "戚志远", "栾书恒", "费婉清", "桂荣昌", "詹一鸣",
         "伍春生", "闵秀文", "窦立平", "谈海宁", "房子默", "牟德胜"]


def unit(prefix, suffix):
    if suffix.startswith("各"):
        return suffix.replace("各乡镇", "各街道") if prefix == "区" else suffix
    return {"供电公司": "国网" + prefix + "供电公司"}.get(suffix, prefix + suffix)


def pick(seed, n, prefix):
    rng = random.Random(seed)
    objs = sorted(rng.sample(OBJECTS, n), key=OBJECTS.index)
    out = []
    for verb, obj, meas, lead, others in objs:
        num = rng.choice([2, 4, 6, 9, 14, 18, 25, 36, 50, 80, 150, 240])
        k = rng.randint(1, len(others))
        out.append(T("%s%s%d%s" % (verb, obj, num, meas), [], [unit(prefix, lead)], [unit(prefix, o) for o in others[:k]]))
    return out


def runs(n, k):
    """Split range(n) into k consecutive runs."""
    return [list(range(i * n // k, (i + 1) * n // k)) for i in range(k)]


DL = ["6月底前", "9月底前", "年底前", "持续推进"]


# 1. txt: sections carry 责任县领导 in brackets; each task line ends with
#    space-separated labelled roles 牵头：… 协办：… on the same line.
def txt_inline_labels():
    name = "txt-inline-labels"
    tasks = pick(61, 20, "县")
    secs = ["一、做强实体经济", "二、补齐城乡短板", "三、兜牢民生底线", "四、提升治理效能"]
    who = [("柯明哲", "副县长"), ("蓝若溪", "常务副县长"), (None, "分管副县长"), ("祝永康", "县委常委、副县长")]
    out = ["石溪县2025年政府工作报告重点任务分工", "", "按照县政府常务会议要求，现将任务分工如下，请抓好落实。", ""]
    for (sec, idx), (nm, post) in zip(zip(secs, runs(20, 4)), who):
        lead_txt = "%s%s" % (nm, post) if nm and post == "副县长" else ("%s%s" % (post, nm) if nm else post)
        out.append("%s（责任县领导：%s）" % (sec, lead_txt))
        for i in idx:
            t = tasks[i]
            if nm:
                t["leaders"] = [nm]
            out.append("%d.%s    牵头：%s    协办：%s    时限：%s" % (i + 1, t["key"], jn(t["leads"]), jn(t["units"]), DL[i % 4]))
        out.append("")
    out += ["各责任单位每季度末向县政府督查室报送进展。", "石溪县人民政府办公室　2025年2月27日"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a county 任务分工 in plain text whose section headings carry the responsible county leader in brackets
(（责任县领导：柯明哲副县长）, post before or after the name; one section names only 分管副县长: no leader), and whose numbered task
lines end with space-separated labelled roles on the same line: 牵头：… 协办：… 时限：… . Invented; layout modelled on county
分工 notices that put 牵头/协办 after the task text.""")


# 2. docx: a table whose 分管区领导 column is vertically merged (w:vMerge)
#    across each section's rows; category rows span the table.
def tc(txt, span=None, vmerge=None):
    pr = ""
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    p = '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(txt) if txt else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, p)


def docx_merged_leader_column():
    name = "docx-merged-leader-column"
    tasks = pick(62, 20, "区")
    secs = ["一、产业提质", "二、城市更新", "三、民生保障"]
    who = ["骆嘉平", "庞晓岚", "戚志远"]
    rows = ["<w:tr>" + "".join(tc(h) for h in ["序号", "工作任务", "分管区领导", "牵头单位", "配合单位", "完成时限"]) + "</w:tr>"]
    for sec, idx, nm in zip(secs, runs(20, 3), who):
        rows.append("<w:tr>" + tc(sec, span=6) + "</w:tr>")
        for k, i in enumerate(idx):
            t = tasks[i]
            t["leaders"] = [nm]
            lc = tc(nm + "（副区长）", vmerge="restart") if k == 0 else tc("", vmerge="cont")
            rows.append("<w:tr>" + tc(str(i + 1)) + tc(t["key"]) + lc + tc(jn(t["leads"])) + tc(jn(t["units"])) + tc(DL[i % 4]) + "</w:tr>")
    tbl = "<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>" + "".join(rows) + "</w:tbl>"
    p = lambda s: '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(s)
    body = [p("附件"), p("云屏区2025年重点工作任务分工方案"), tbl, p("注：配合单位按职责做好协同。")]
    stamp = (2025, 1, 1, 0, 0, 0)
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))
    with zipfile.ZipFile(os.path.join(g2.OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), types)
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), rels)
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)
    want(name, tasks, """Convention: a district 分工方案 in Word whose table 序号 / 工作任务 / 分管区领导 / 牵头单位 / 配合单位 / 完成时限
has the leader column vertically merged (w:vMerge restart + continuation cells) over each section's rows, the leader written
name（副区长）; section rows span all six columns. Invented.""")


# 3. xlsx: a street 督查任务清单 whose one 责任单位 cell names the lead with
#    （牵头） after it; 包保领导 merged vertically over runs of rows.
def xlsx_street_checklist():
    name = "xlsx-street-checklist"
    tasks = pick(63, 20, "区")
    who = [("栾书恒", "街道党工委副书记、办事处主任"), ("费婉清", "副主任"), ("桂荣昌", "区政府副区长"), (None, "分管副主任")]
    rows = [["青桐街道2025年重点工作督查任务清单", "", "", "", ""], ["序号", "督查事项", "包保领导", "责任单位", "办结时限"]]
    merges = ["A1:E1"]
    for (nm, post), idx in zip(who, runs(20, 4)):
        start = len(rows) + 1
        for k, i in enumerate(idx):
            t = tasks[i]
            # the street's own head (办事处主任) is a leader here: a named post holder of the street
            if nm:
                t["leaders"] = [nm]
            units = t["leads"][0] + "（牵头）、" + jn(t["units"])
            rows.append([str(i + 1), t["key"], ("%s（%s）" % (nm, post) if nm else post) if k == 0 else "", units, DL[i % 4]])
        merges.append("C%d:C%d" % (start, len(rows)))
    rows.append(["督查室将按月通报进展。", "", "", "", ""])
    merges.append("A%d:E%d" % (len(rows), len(rows)))
    xlsx(name, [("督查清单", rows, merges)])
    want(name, tasks, """Convention: a street (街道) 督查任务清单 workbook, header 序号 / 督查事项 / 包保领导 / 责任单位 / 办结时限; the
包保领导 cell is merged down over each run of rows (name（post）, one run with only 分管副主任: no leader); the lead is the unit marked
（牵头） inside the single 责任单位 cell, the others follow. A title row and a closing note merged across. Invented.""")


# 4. html: items as <p> with <strong>labels</strong>; each section opens with
#    a <p><strong>牵头领导：</strong>…</p>.
def html_strong_labels():
    name = "html-strong-labels"
    tasks = pick(64, 20, "市")
    secs = ["（一）扩内需稳增长", "（二）建设美丽城乡", "（三）增进民生福祉"]
    who = ["詹一鸣", "伍春生", "闵秀文"]
    parts = []
    for sec, idx, nm in zip(secs, runs(20, 3), who):
        parts.append("<h3>%s</h3><p><strong>牵头市领导：</strong>%s副市长</p>" % (sec, nm))
        for i in idx:
            t = tasks[i]
            t["leaders"] = [nm]
            parts.append("<p>%d．%s。</p><p><strong>牵头单位：</strong>%s；<strong>配合单位：</strong>%s；<strong>完成时限：</strong>%s</p>"
                         % (i + 1, esc(t["key"]), jn(t["leads"]), jn(t["units"]), DL[i % 4]))
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>澜江市2025年政府工作报告重点任务分解</title></head><body>"
            "<div class=\"crumb\">首页 &gt; 信息公开 &gt; 通知公告</div><h1>澜江市2025年政府工作报告重点任务分解</h1>"
            "<div class=\"article\">" + "".join(parts) + "<p>各牵头单位要会同配合单位制定推进计划。</p></div>"
            "<div class=\"foot\">澜江市人民政府办公室主办</div></body></html>")
    write(name, "html", html)
    want(name, tasks, """Convention: a city web page whose body is <p> paragraphs only: <h3> section headings each followed by
<p><strong>牵头市领导：</strong>name副市长</p>, then per task a numbered <p> (1．…) and a <p> of <strong>labels</strong>:
牵头单位：…；配合单位：…；完成时限：… . Crumb and footer noise. Invented.""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    txt_inline_labels()
    docx_merged_leader_column()
    xlsx_street_checklist()
    html_strong_labels()


if __name__ == "__main__":
    main()
