#!/usr/bin/env python3
"""Writes struct-docx-frame-table-textbox.docx and its want.tsv: each
section's task table sits inside a one-column frame table, and its leader
stands in a text box written as mc:AlternateContent (a wps text box in
mc:Choice, the same text again as a VML text box in mc:Fallback).
Invented places and people.  Run: python3 gen.py ../../genre"""
import sys, os, zipfile
from xml.sax.saxutils import escape

out = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
sections = [
    ("一、乡村振兴", "雷振华", "副县长", [
        ("建设数字乡村示范村8个", "县农业农村局", "县大数据中心、县财政局"),
        ("新改建农村公路45公里", "县交通运输局", "县自然资源局"),
        ("培育家庭农场示范场20家", "县农业农村局", "县市场监管局"),
    ]),
    ("二、公共服务", "蓝若溪", "副县长", [
        ("新建县级综合养老服务中心1个", "县民政局", "县住建局、县卫健局"),
        ("完成义务教育学校食堂改造14所", "县教育局", "县市场监管局"),
        ("建成全民健身中心1座", "县文体局", "县发改局、县住建局"),
    ]),
]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'

def p(t):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'

def textbox(t):
    inner = f"<w:txbxContent>{p(t)}</w:txbxContent>"
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
            + inner + '</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
            + inner + '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')

def table(rows, cols):
    grid = "<w:tblGrid>" + "<w:gridCol/>" * cols + "</w:tblGrid>"
    body = "".join("<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in r) + "</w:tr>" for r in rows)
    return f"<w:tbl>{grid}{body}</w:tbl>"

body, want, n = [p("鹤坪县2026年政府工作报告重点任务责任表")], [], 0
for head, leader, title, tasks in sections:
    body += [p(head), textbox(f"分管领导：{leader}（{title}）")]
    rows = [[p(h) for h in ("序号", "工作任务", "牵头单位", "责任单位")]]
    for t, lead, units in tasks:
        n += 1
        rows.append([p(str(n)), p(t + "。"), p(lead), p(units)])
        want += [f"{t}\ttask\t-", f"{t}\tleader\t{leader}", f"{t}\tlead\t{lead}"]
        want += [f"{t}\tunit\t{u}" for u in units.split("、")]
    body.append(table([[table(rows, 4) + "<w:p/>"]], 1))
doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {MC} {WPS} {V}><w:body>'
       + "".join(body) + "</w:body></w:document>")
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile(os.path.join(out, "struct-docx-frame-table-textbox.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
        zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
        z.writestr(zi, data, zipfile.ZIP_DEFLATED)
with open(os.path.join(out, "struct-docx-frame-table-textbox.want.tsv"), "w") as f:
    f.write("# struct-docx-frame-table-textbox: task tables inside one-column frame tables; the leader in a text box (mc:AlternateContent, read once)\n")
    f.write("\n".join(want) + "\n")
