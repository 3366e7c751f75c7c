#!/usr/bin/env python3
"""Writes the tbl-*-header-note-* genre fixtures and their want files: a
table whose units column carries its own note in the header saying the first
unit of each cell leads (责任单位（牵头单位列首位）, 责任部门（排在首位的为牵头部门）,
责任单位 over （第一个为牵头单位） in one cell, a long note with 其余为配合单位),
the same convention in .csv, .html, .docx and .xlsx. Invented places, people
and tasks. Run from the repository root:
    python3 graph/extract/testdata/genre-src/headnote/gen.py
    go run ./graph/extract/testdata/genre-src/xlsxgen genre-src/headnote/tbl-xlsx-header-note-first-lead.json genre/tbl-xlsx-header-note-first-lead.xlsx
"""
import csv, io, json, os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "genre")

# (task key, rest of the task, units: the first leads)
TASKS = [
    ("检修城北排涝泵站机组", "，汛前完成调试运行", ["{L}水利局", "{L}应急管理局"]),
    ("新建农贸市场2处", "，规范占道经营", ["{L}商务局", "{L}市场监督管理局", "{L}城市管理局"]),
    ("推进污水处理厂提标改造", "，出水达到一级A标准", ["{L}住房和城乡建设局", "{L}生态环境局"]),
    ("开展校园食品安全守护行动", "", ["{L}市场监督管理局", "{L}教育局", "{L}卫生健康局"]),
    ("实施中小学校舍隐患整治", "，消除C级以上危房", ["{L}教育局", "{L}住房和城乡建设局"]),
    ("建设数字乡村示范点3个", "", ["{L}农业农村局", "{L}大数据发展中心"]),
    ("发展林下种植和林下养殖", "，新增基地2000亩", ["{L}林业局"]),
    ("完善公共法律服务网络", "，村居法律顾问全覆盖", ["{L}司法局", "各乡镇人民政府"]),
    ("开展退役军人就业创业帮扶", "", ["{L}退役军人事务局", "{L}人力资源和社会保障局"]),
    ("加强不可移动文物保护利用", "", ["{L}文化和旅游局", "{L}自然资源局"]),
    ("开展瓶装液化气安全专项整治", "", ["{L}住房和城乡建设局", "{L}应急管理局", "{L}市场监督管理局"]),
    ("推进城乡环卫一体化运营", "，生活垃圾无害化处理率100%", ["{L}城市管理局", "各乡镇人民政府"]),
    ("提升村卫生室标准化水平", "", ["{L}卫生健康局", "{L}医疗保障局"]),
    ("开展根治欠薪冬季专项行动", "", ["{L}人力资源和社会保障局", "{L}住房和城乡建设局", "{L}公安局"]),
    ("新建社区多功能运动场8处", "", ["{L}教育体育局", "{L}财政局"]),
    ("深化国有企业三项制度改革", "", ["{L}国有资产服务中心"]),
    ("推进工业固废综合利用", "，综合利用率达到80%", ["{L}工业和信息化局", "{L}生态环境局"]),
    ("实施农村公路安全生命防护工程", "", ["{L}交通运输局", "{L}公安局交通管理大队"]),
]
DEADLINES = ["6月底前", "9月底前", "12月底前", "长期坚持"]


def rows(L, leaders):
    out = []
    for n, (key, rest, units) in enumerate(TASKS):
        units = [u.replace("{L}", L) for u in units]
        out.append((n + 1, key + rest, leaders[n * len(leaders) // len(TASKS)], units, DEADLINES[n % 4], key))
    return out


def want(name, rs, note):
    lines = ["# %s: expected (task, role, name) triples, from the meaning of each task" % name, "# " + note]
    for _, _, (person, _), units, _, key in rs:
        lines.append("%s\ttask\t-" % key)
        lines.append("%s\tleader\t%s" % (key, person))
        lines.append("%s\tlead\t%s" % (key, units[0]))
        lines += ["%s\tunit\t%s" % (key, u) for u in units[1:]]
    with open(os.path.join(OUT, name + ".want.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")


def fx_csv():
    name = "tbl-csv-header-note-first-lead"
    rs = rows("县", [("滕远舟", "县长"), ("卜晓岚", "副县长"), ("伍承泽", "副县长")])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["岚溪县2026年民生实事和重点工作责任分解表", "", "", "", ""])
    w.writerow(["序号", "重点任务", "责任领导", "责任单位（牵头单位列首位）", "完成时限"])
    for n, text, (person, title), units, dl, _ in rs:
        w.writerow([n, text, title + person, "、".join(units), dl])
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8-sig") as f:
        f.write(buf.getvalue())
    want(name, rs, "A county's CSV: the header 责任单位（牵头单位列首位） says the first unit of each cell leads, the rest are responsible units. Invented.")


def fx_html():
    name = "tbl-html-header-note-first-lead"
    rs = rows("区", [("苗清禾", "副区长"), ("荀立川", "副区长"), ("阙明德", "区委常委、副区长")])
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>松泉区2026年重点任务清单</title></head><body>',
         "<h2>松泉区2026年政府工作报告重点任务清单</h2>",
         "<p>各街道办事处，区政府各部门：现将重点任务清单印发给你们，请认真抓好落实。</p>",
         '<table border="1"><tr><th>序号</th><th>工作任务</th><th>责任区领导</th><th>责任部门（排在首位的为牵头部门）</th><th>时间节点</th></tr>']
    for n, text, (person, title), units, dl, _ in rs:
        h.append("<tr><td>%d</td><td>%s</td><td>%s（%s）</td><td>%s</td><td>%s</td></tr>" % (n, escape(text), person, title, "、".join(units), dl))
    h.append("</table><p>松泉区人民政府办公室</p></body></html>")
    with open(os.path.join(OUT, name + ".html"), "w") as f:
        f.write("\n".join(h) + "\n")
    want(name, rs, "A district's web page: the header 责任部门（排在首位的为牵头部门）; leaders written X（副区长）. Invented.")


def wp(txt):
    return "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % escape(txt)


def wtc(txt):
    return "<w:tc>%s</w:tc>" % "".join(wp(x) for x in txt.split("\n"))


def fx_docx():
    name = "tbl-docx-header-note-first-lead"
    rs = rows("市", [("卓望川", "副市长"), ("盛雨棠", "副市长"), ("符景行", "市政府秘书长")])
    body = [wp("临澜市2026年重点工作任务分工表"),
            "<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 5 + "</w:tblGrid>",
            "<w:tr>" + "".join(wtc(x) for x in ["序号", "工作任务", "牵头市领导", "责任单位\n(第一个为牵头单位)", "完成时限"]) + "</w:tr>"]
    for n, text, (person, title), units, dl, _ in rs:
        body.append("<w:tr>" + "".join(wtc(x) for x in [str(n), text, title + person, "\n".join(units), dl]) + "</w:tr>")
    body += ["</w:tbl>", wp("临澜市人民政府办公室　2026年2月20日")]
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    stamp = (2026, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)
    want(name, rs, "A city's .docx: the header cell 责任单位 over (第一个为牵头单位) on a second line; one unit a line in each cell. Invented.")


def fx_xlsx():
    name = "tbl-xlsx-header-note-first-lead"
    rs = rows("县", [("鄂启航", "副县长"), ("简书瑶", "副县长"), ("靳北辰", "常务副县长")])
    sheet = [["白渡县2026年重点工作推进台账", "", "", "", ""],
             ["序号", "重点工作", "县级责任领导", "责任单位（排名第一的为牵头单位，其余为配合单位）", "完成时间"]]
    for n, text, (person, title), units, dl, _ in rs:
        sheet.append([str(n), text, person + "（" + title + "）", "\n".join(units), dl])
    layout = {"sheets": [{"name": "台账", "rows": sheet, "merges": ["A1:E1"]}]}
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(layout, f, ensure_ascii=False, indent=1)
        f.write("\n")
    want(name, rs, "A county's workbook: the header 责任单位（排名第一的为牵头单位，其余为配合单位）, longer than a column name; units one a line in the cell. Invented.")


fx_csv(); fx_html(); fx_docx(); fx_xlsx()
