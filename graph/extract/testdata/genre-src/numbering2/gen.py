"""Writes two .docx fixtures numbered by Word's automatic list numbering, and their .want.tsv.

struct-docx-legal-outline-numbering: a 开发区 plan whose outline is Word's
legal numbering (w:isLgl): parts 一、 at level 1 and, under them, 1.1 and
1.1.1 at levels 2 and 3 whose lvlText "%1.%2" names the part's level too — Word
shows every number of such a level in decimal (1.1, not 一.1). A 1.1 heading
carries the roles of the 1.1.1 items below it; other 1.2 items carry their own.

struct-docx-continuous-item-numbering: a county plan whose items 1． run on
across its parts 一、 二、 三、 (w:lvlRestart w:val="0" on the item level: Word
never restarts it), and whose closing paragraph gives the roles by item number
(第1—3项由X牵头…). A Word list level that does restart under each part would
number them 1． 2． in every part. Invented places, people and tasks.

    cd graph/extract/testdata/genre-src/numbering2 && python3 gen.py ../../genre
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(txt):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(txt)


def para(txt, num=None):
    ppr = ""
    if num:
        ppr = '<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>' % (num[1], num[0])
    return "<w:p>%s%s</w:p>" % (ppr, run(txt) if txt else "")


def lvl(i, fmt, text, extra=""):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/>%s<w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:suff w:val="space"/></w:lvl>' % (i, extra, fmt, text))


def write(name, body, numbering, want):
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), types)
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), rels)
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)
        z.writestr(zipfile.ZipInfo("word/numbering.xml", stamp), numbering)
    with open(os.path.join(OUT, name + ".want.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(want) + "\n")


def task(want, key, lead, units, leaders=()):
    want.append("%s\ttask\t-" % key)
    want.extend("%s\tleader\t%s" % (key, x) for x in leaders)
    want.append("%s\tlead\t%s" % (key, lead))
    want.extend("%s\tunit\t%s" % (key, x) for x in units)


def legal():
    name = "struct-docx-legal-outline-numbering"
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % W
                 + '<w:abstractNum w:abstractNumId="30">' + lvl(0, "chineseCounting", "%1、")
                 + lvl(1, "decimal", "%1.%2", "<w:isLgl/>") + lvl(2, "decimal", "%1.%2.%3", "<w:isLgl/>") + '</w:abstractNum>'
                 + '<w:num w:numId="1"><w:abstractNumId w:val="30"/></w:num></w:numbering>')
    parts = [
        ("产业提质", [
            ("重大项目攻坚", "项目服务局", ["经济发展局"], ["推动新能源电池材料项目二期投产", "开工建设精密铸造产业园", "完成光伏组件项目竣工验收"]),
            ("新增规模以上工业企业8家", "经济发展局", ["统计分局"], None),
            ("培育专精特新企业", "科技创新局", ["经济发展局", "财政金融局"], ["新认定省级专精特新企业6家", "建设中试验证平台1个"]),
        ]),
        ("城市配套", [
            ("路网完善工程", "规划建设局", ["城投公司"], ["建成经五路北延段", "打通纬三路断头路", "实施园区道路智慧照明改造"]),
            ("新建人才公寓400套", "城投公司", ["社会事务局"], None),
            ("提升园区公共服务", "社会事务局", ["规划建设局"], ["建成园区邻里中心", "开通园区微循环公交2条"]),
        ]),
    ]
    body = [para("金沙湾高新区2026年重点工作任务分解"),
            para("为推动年度目标任务落地见效，现将重点工作逐项分解如下，请各责任部门抓好落实。")]
    want = ["# %s: expected (task, role, name) triples, written by hand (genre-src/numbering2/gen.py)" % name,
            "# Word's legal numbering (w:isLgl): 一、 parts over 1.1 / 1.1.1 levels whose text names the part's number, shown in",
            "# decimal; a 1.1 heading with roles in a bracket over unannotated 1.1.1 items gives them its roles."]
    for title, items in parts:
        body.append(para(title, (1, 0)))
        for head, lead, units, subs in items:
            roles = "（%s牵头，%s配合）" % (lead, "、".join(units))
            if subs:
                body.append(para(head + roles, (1, 1)))
                for s in subs:
                    body.append(para(s + "。", (1, 2)))
                    task(want, s, lead, units)
            else:
                body.append(para(head + "。" + roles, (1, 1)))
                task(want, head, lead, units)
    body.append(para("金沙湾高新区管委会办公室　2026年2月9日"))
    write(name, body, numbering, want)


def continuous():
    name = "struct-docx-continuous-item-numbering"
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>' % W
                 + '<w:abstractNum w:abstractNumId="40">' + lvl(0, "chineseCounting", "%1、")
                 + lvl(1, "decimal", "%2．", '<w:lvlRestart w:val="0"/>') + '</w:abstractNum>'
                 + '<w:num w:numId="1"><w:abstractNumId w:val="40"/></w:num></w:numbering>')
    parts = [
        ("稳定农业生产", ["新建高标准农田3.5万亩", "推广水稻机插秧技术10万亩", "建成粮食烘干中心2处"]),
        ("发展县域商贸", ["改造提升乡镇农贸市场5个", "新增限额以上商贸企业25家"]),
        ("补齐民生短板", ["新增城镇就业岗位2800个", "改扩建乡镇敬老院3所", "完成农村危房改造150户"]),
    ]
    refs = [((1, 3), "县农业农村局", ["县财政局", "各乡镇"], "陶景明"),
            ((4, 5), "县商务局", ["县市场监管局"], "晏淑华"),
            ((6, 6), "县人社局", ["县财政局"], "晏淑华"),
            ((7, 8), "县民政局", ["县住建局", "各乡镇"], "柏立新")]
    body = [para("澧源县2026年政府工作报告重点任务分工"),
            para("现将县政府工作报告确定的重点任务分工如下。")]
    want = ["# %s: expected (task, role, name) triples, written by hand (genre-src/numbering2/gen.py)" % name,
            "# Word's item level with w:lvlRestart 0: items 1． run on across the parts 一、二、三、; a closing paragraph gives",
            "# the roles by item number (第1—3项由X牵头), so each item's roles depend on its number as Word shows it."]
    n = 0
    for title, items in parts:
        body.append(para(title, (1, 0)))
        for key in items:
            n += 1
            body.append(para(key + "。", (1, 1)))
            for (a, b), lead, units, leader in refs:
                if a <= n <= b:
                    task(want, key, lead, units, [leader])
    segs = []
    for (a, b), lead, units, leader in refs:
        nums = "第%d项" % a if a == b else "第%d—%d项" % (a, b)
        segs.append("%s由%s副县长分管，%s牵头，%s配合" % (nums, leader, lead, "、".join(units)))
    body.append(para("责任分工：" + "；".join(segs) + "。"))
    body.append(para("澧源县人民政府办公室　2026年2月12日"))
    write(name, body, numbering, want)


legal()
continuous()
