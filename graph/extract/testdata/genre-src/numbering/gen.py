"""Writes ../../genre/struct-docx-word-list-numbering.docx and its .want.tsv.

A county 分工方案 saved from Word whose numbers are Word's automatic list
numbering (w:numPr on the paragraph, word/numbering.xml; one level through a
paragraph style in word/styles.xml): the text of document.xml holds no
number at all. Part headings 一、 carry the county leader in a bracket; items
1. are followed by a paragraph of labelled roles; a part of （一） sub-headings
names the lead unit in their bracket over unannotated items; the last part's
table numbers its 序号 cells the same way. Invented places, people and tasks.

    cd graph/extract/testdata/genre-src/numbering && python3 gen.py ../../genre
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
NAME = "struct-docx-word-list-numbering"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(txt):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(txt)


def para(txt, num=None, style=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", run(txt) if txt else "")


def cell(txt, num=None):
    return "<w:tc><w:tcPr/>%s</w:tc>" % para(txt, num)


def lvl(i, fmt, text, start=1):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:suff w:val="nothing"/></w:lvl>' % (i, start, fmt, text))


# abstractNum 10: 一、 / 1． (parts and their items); 11: （一） / 1. (the
# sub-headings of part three); 12: the table's 序号; 13: bullets.
NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % W
             + '<w:abstractNum w:abstractNumId="10">' + lvl(0, "chineseCounting", "%1、") + lvl(1, "decimal", "%2．") + '</w:abstractNum>'
             + '<w:abstractNum w:abstractNumId="11">' + lvl(0, "chineseCounting", "（%1）") + lvl(1, "decimal", "%2.") + '</w:abstractNum>'
             + '<w:abstractNum w:abstractNumId="12">' + lvl(0, "decimal", "%1") + '</w:abstractNum>'
             + '<w:abstractNum w:abstractNumId="13">' + lvl(0, "bullet", "\u25cf") + '</w:abstractNum>'
             + '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
             + '<w:num w:numId="2"><w:abstractNumId w:val="11"/></w:num>'
             + '<w:num w:numId="3"><w:abstractNumId w:val="12"/></w:num>'
             + '<w:num w:numId="4"><w:abstractNumId w:val="13"/></w:num>'
             + '</w:numbering>')

# Part four's headings and items take their numbers from paragraph styles.
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>' % W
          + '<w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="Part Heading"/>'
          + '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
          + '<w:style w:type="paragraph" w:styleId="PartItem"><w:name w:val="Part Item"/>'
          + '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
          + '</w:styles>')

PARTS = [
    ("培育县域产业（责任县领导：龚启航副县长）", [
        ("建成农产品冷链集配中心1处", "县商务局", ["县农业农村局", "县供销社"]),
        ("新增规模以上工业企业12家", "县工信局", ["县统计局"]),
        ("盘活闲置厂房和低效工业用地300亩", "县自然资源局", ["县工信局"]),
        ("引进亿元以上招商项目20个", "县投促中心", ["县发改局"]),
        ("开展“个转企”培育行动，新增企业80户", "县市场监管局", ["县税务局"]),
    ]),
    ("建设美丽城乡（责任县领导：常务副县长庞书瑶）", [
        ("完成城区雨污分流改造8公里", "县住建局", ["县水务局"]),
        ("建成美丽宜居示范村15个", "县农业农村局", ["县住建局", "各乡镇"]),
        ("实施国道沿线裸露山体复绿", "县林业局", ["县交通运输局"]),
        ("新增城区公共停车泊位1200个", "县公安局交警大队", ["县城管局"]),
        ("完成农村公路安全生命防护工程60公里", "县交通运输局", ["县公安局"]),
    ]),
]

SUBPARTS = ("增进民生福祉", [
    ("发展公平教育（牵头单位：县教育局）", "县教育局", [
        "新建城南幼儿园并开园招生",
        "完成义务教育学校食堂提质改造10所",
        "招聘乡村紧缺学科教师45名",
    ]),
    ("守护群众健康（牵头单位：县卫健委）", "县卫健委", [
        "建成县域医共体远程影像中心",
        "为适龄女生免费接种宫颈癌疫苗",
        "实现乡镇卫生院中医馆全覆盖",
    ]),
])

STYLED = ("抓好安全生产（责任县领导：屈海峰副县长）", [
    ("开展燃气安全专项整治", "县住建局", ["县市场监管局"]),
    ("完成危化品企业智能化监控改造", "县应急管理局", ["县工信局"]),
    ("整治道路交通事故多发路段9处", "县公安局交警大队", ["县交通运输局"]),
    ("创建安全生产标准化企业30家", "县应急管理局", ["各乡镇"]),
])

TABLE = [
    ("改造老旧小区12个", "县住建局", ["县财政局"]),
    ("新增婴幼儿托位200个", "县卫健委", ["县民政局"]),
    ("建设城乡一体化供水工程", "县水务局", ["县发改局"]),
]


def leader_of(heading):
    for name in ["龚启航", "庞书瑶", "屈海峰"]:
        if name in heading:
            return [name]
    return []


def main():
    body = [para("峪阳县2025年《政府工作报告》重点任务分工方案"),
            para("为确保全年目标任务落到实处，现将重点工作分解如下，各单位于每季度末报送进展。")]
    want = ["# %s: expected (task, role, name) triples, written from the meaning of each task (genre-src/numbering/gen.py)" % NAME,
            "# Word's automatic list numbering (numbering.xml, a paragraph style's numPr): 一、 parts with the leader in a bracket,",
            "# 1． items followed by labelled roles, （一） sub-headings naming the lead over unannotated items, a 序号 column numbered by Word."]

    def task(key, leaders, lead, units):
        want.append("%s\ttask\t-" % key)
        want.extend("%s\tleader\t%s" % (key, x) for x in leaders)
        want.append("%s\tlead\t%s" % (key, lead))
        want.extend("%s\tunit\t%s" % (key, x) for x in units)

    for heading, items in PARTS:
        body.append(para(heading, (1, 0)))
        for key, lead, units in items:
            body.append(para(key + "。", (1, 1)))
            body.append(para("牵头单位：%s　配合单位：%s" % (lead, "、".join(units))))
            task(key, leader_of(heading), lead, units)
    body.append(para(SUBPARTS[0], (1, 0)))
    for heading, lead, items in SUBPARTS[1]:
        body.append(para(heading, (2, 0)))
        for key in items:
            body.append(para(key + "，年底前完成。", (2, 1)))
            task(key, [], lead, [])
    body.append(para(STYLED[0], style="PartHeading"))
    for key, lead, units in STYLED[1]:
        body.append(para(key + "。（牵头单位：%s；配合单位：%s）" % (lead, "、".join(units)), style="PartItem"))
        task(key, leader_of(STYLED[0]), lead, units)
    body.append(para("办好民生实事", (1, 0)))
    rows = ["<w:tr>%s</w:tr>" % "".join(cell(x) for x in ["序号", "实事项目", "牵头单位", "配合单位"])]
    for key, lead, units in TABLE:
        rows.append("<w:tr>%s</w:tr>" % "".join([cell("", (3, 0)), cell(key), cell(lead), cell("、".join(units))]))
        task(key, [], lead, units)
    body.append("<w:tbl><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % ("<w:gridCol/>" * 4, "".join(rows)))
    body.append(para("各牵头单位要细化方案，按月调度。", (4, 0)))
    body.append(para("峪阳县人民政府办公室　2025年2月20日"))

    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, NAME + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), types)
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), rels)
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)
        z.writestr(zipfile.ZipInfo("word/numbering.xml", stamp), NUMBERING)
        z.writestr(zipfile.ZipInfo("word/styles.xml", stamp), STYLES)
    with open(os.path.join(OUT, NAME + ".want.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(want) + "\n")


main()
