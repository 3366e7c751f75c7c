#!/usr/bin/env python3
"""Writes the seventh blind set (graph/extract/testdata/genre-blind7) and its
want files from one meaning per document: invented places, people and tasks;
layouts of running text (deep outline numbering, 一是…二是… clauses, targets
with shared 具体措施, town and 开发区 documents, Word numbering and heading
styles). Reuses the second set's writers (want, write, pdf). Run from the
repository root:

    python3 graph/extract/testdata/genre-src/blind7/gen.py"""
import os, random, sys, zipfile
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import T, jn, want, write, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind7")
g2.HERE = HERE

# verb, object, measure, lead bureau, other bureaus (suffixes; the prefix is the level)
OBJECTS = [
    ("新建", "高标准农田", "万亩", "农业农村局", ["财政局", "自然资源局"]),
    ("改造", "老旧供水管网", "公里", "水务局", ["住建局", "财政局"]),
    ("引进", "亿元以上制造业项目", "个", "投资促进局", ["工信局", "发改局"]),
    ("建成", "社区嵌入式托育点", "个", "卫健委", ["民政局", "住建局"]),
    ("培育", "专精特新中小企业", "家", "工信局", ["科技局", "市场监管局"]),
    ("实施", "城市更新片区", "个", "住建局", ["自然资源局", "发改局"]),
    ("新增", "城镇就业岗位", "万个", "人社局", ["工信局", "商务局"]),
    ("打通", "断头路", "条", "交通运输局", ["住建局", "自然资源局"]),
    ("建设", "充电基础设施", "个", "发改局", ["供电公司", "住建局"]),
    ("治理", "水土流失面积", "平方公里", "水务局", ["林业局", "农业农村局"]),
    ("开展", "职业技能培训", "万人次", "人社局", ["教育局", "总工会"]),
    ("创建", "县域医共体分院", "家", "卫健委", ["医保局", "财政局"]),
    ("提升", "乡村公路安全防护", "公里", "交通运输局", ["公安局", "应急管理局"]),
    ("举办", "文旅消费促进活动", "场", "文旅局", ["商务局", "公安局"]),
    ("招引", "外贸实绩企业", "家", "商务局", ["税务局", "海关"]),
    ("完成", "闲置低效用地盘活", "亩", "自然资源局", ["发改局", "财政局"]),
    ("推广", "绿色建筑面积", "万平方米", "住建局", ["发改局", "生态环境局"]),
    ("新增", "公办幼儿园学位", "个", "教育局", ["财政局", "住建局"]),
    ("整治", "农村黑臭水体", "条", "生态环境局", ["农业农村局", "水务局"]),
    ("建立", "企业首席服务员制度覆盖企业", "家", "营商环境局", ["工信局", "税务局"]),
    ("布设", "森林防火视频监控点", "个", "林业局", ["应急管理局", "公安局"]),
    ("发放", "创业担保贷款", "亿元", "人社局", ["财政局", "人民银行"]),
    ("改建", "农贸市场", "个", "商务局", ["市场监管局", "城管局"]),
    ("配备", "社区专职网格员", "名", "政法委", ["民政局", "财政局"]),
    ("开通", "定制公交线路", "条", "交通运输局", ["公安局", "教育局"]),
    ("实现", "政务服务事项全程网办", "项", "政务服务局", ["大数据局", "司法局"]),
    ("建成", "应急避难场所", "处", "应急管理局", ["住建局", "人防办"]),
    ("完成", "老旧小区改造", "个", "住建局", ["城管局", "财政局"]),
    ("培训", "高素质农民", "人", "农业农村局", ["人社局", "科协"]),
    ("新建", "城市口袋公园", "个", "城管局", ["林业局", "住建局"]),
]

NAMES = ["葛云舒", "欧阳振邦", "麦书瑶", "邬长河", "虞佩兰", "聂承宇", "司马晓川", "植永年", "隗文静", "车立人",
         "芮一凡", "仲秋阳", "乜红梅", "荆建国", "缪思成", "郜雨桐"]

NUMS = [3, 5, 8, 12, 16, 20, 28, 35, 60, 120, 300, 1500]
DL = ["6月底前", "9月底前", "12月底前", "全年持续"]


def unit(prefix, suffix):
    special = {"供电公司": "国网%s供电公司" % prefix, "海关": prefix + "海关", "人民银行": "人民银行%s支行" % prefix}
    return special.get(suffix, prefix + suffix)


def pick(seed, n, prefix, bare=False):
    """n tasks in list order, each with its lead and some of its other units.
    bare: unit names without the level prefix (开发区 局/中心)."""
    rng = random.Random(seed)
    objs = sorted(rng.sample(OBJECTS, n), key=OBJECTS.index)
    out = []
    for verb, obj, meas, lead, others in objs:
        num = rng.choice(NUMS)
        k = rng.randint(1, len(others))
        u = (lambda s: s) if bare else (lambda s: unit(prefix, s))
        out.append(T("%s%s%d%s" % (verb, obj, num, meas), [], [u(lead)], [u(o) for o in others[:k]]))
    return out


def runs(n, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(list(range(i, i + s)))
        i += s
    assert i == n, (i, n)
    return out


CN = "一二三四五六七八九十"


# 1. txt: three-level decimal outline 1 / 1.1 / 1.1.1; leaders on the 1.1 lines
#    after two spaces (责任领导：name post); tasks end with 由…负责，…配合。
def txt_decimal_three_level():
    name = "txt-decimal-three-level"
    tasks = pick(71, 22, "县")
    parts = [("做强县域经济", [("工业提质", "葛云舒", "副县长"), ("项目攻坚", "欧阳振邦", "常务副县长")]),
             ("建设宜居城乡", [("城乡建设", "麦书瑶", "副县长"), ("生态治理", None, "县政府分管领导")]),
             ("增进民生福祉", [("就业社保", "邬长河", "副县长"), ("公共服务", "虞佩兰", "副县长")])]
    sizes = [4, 4, 4, 3, 4, 3]
    groups = runs(22, sizes)
    out = ["青岚县2025年《政府工作报告》重点任务分解方案", "", "青岚县人民政府办公室", "2025年3月4日", "",
           "为确保县十八届人大四次会议确定的各项目标任务落到实处，按照“项目化、清单化、责任化”要求，制定本方案。", ""]
    g = 0
    for i, (part, subs) in enumerate(parts, 1):
        out.append("%d %s" % (i, part))
        for j, (sub, nm, post) in enumerate(subs, 1):
            who = "%s%s" % (nm, post) if nm else post
            out.append("%d.%d %s  责任领导：%s" % (i, j, sub, who))
            for k, ti in enumerate(groups[g], 1):
                t = tasks[ti]
                if nm:
                    t["leaders"] = [nm]
                out.append("%d.%d.%d %s，%s完成。由%s负责，%s配合。" % (i, j, k, t["key"], DL[ti % 4], jn(t["leads"]), jn(t["units"])))
            g += 1
        out.append("")
    out += ["各责任单位于每季度最后一个月25日前将进展情况报县政府督查室。", "", "抄送：县委办公室，县人大常委会办公室，县政协办公室。"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a county 任务分解方案 in plain text with three-level decimal outline numbering (1 / 1.1 / 1.1.1, number
and text separated by a space); each 1.1 line carries 责任领导：name+post after two spaces (one names only 县政府分管领导: no
leader); each 1.1.1 task ends with the sentence 由…负责，…配合。 (lead, then the other units). Invented.""")


# 2. txt GB18030: a province 分工方案 whose （一） paragraphs hold 一是…二是…
#    clauses, each clause naming its own lead and co-units; the paragraph opens
#    with 责任省领导 (one or two persons); collectives 各市（州）政府 as units.
def txt_gb18030_province_clauses():
    name = "txt-gb18030-province-clauses"
    tasks = pick(72, 24, "省")
    for t in tasks:  # province bureaus as written: 省发改委, 省工信厅 ...
        t["leads"] = [prov(x) for x in t["leads"]]
        t["units"] = [prov(x) for x in t["units"]]
    secs = [("扩大有效投资", ["聂承宇"]), ("提振消费需求", ["司马晓川"]), ("推进城乡融合", ["植永年", "隗文静"]),
            ("筑牢生态屏障", ["车立人"]), ("办好民生实事", ["芮一凡"]), ("强化要素保障", ["仲秋阳"])]
    groups = runs(24, [4, 4, 5, 3, 4, 4])
    ORD = ["一是", "二是", "三是", "四是", "五是"]
    out = ["云岭省人民政府办公厅关于印发2025年省政府工作报告重点工作分工方案的通知", "",
           "各市（州）人民政府，省政府各部门、各直属机构：",
           "　　经省人民政府同意，现将《2025年省政府工作报告重点工作分工方案》印发给你们，请认真贯彻执行。", "",
           "2025年省政府工作报告重点工作分工方案", ""]
    for si, ((sec, who), idx) in enumerate(zip(secs, groups)):
        clauses = []
        for ci, ti in enumerate(idx):
            t = tasks[ti]
            t["leaders"] = list(who)
            if ti % 3 == 2:
                t["units"].append("各市（州）政府")
            clauses.append("%s%s，由%s牵头，%s配合" % (ORD[ci], t["key"], jn(t["leads"]), jn(t["units"])))
        out.append("　　（%s）%s。责任省领导：%s。%s。" % (CN[si], sec, jn(who), "；".join(clauses)))
    out += ["", "　　各牵头部门要于3月底前制定具体工作方案，报省政府督查室备案。", "",
            "云岭省人民政府办公厅", "2025年2月18日"]
    write(name, "txt", "\r\n".join(out) + "\r\n", encoding="gb18030")
    want(name, tasks, """Convention: a province 分工方案 (GB18030, CRLF) in running paragraphs: each （一） paragraph opens with its topic and
责任省领导：one or two persons, then 一是…二是…三是… clauses separated by ；, each clause naming its own roles
(由省X牵头，省Y、各市（州）政府配合). Every clause is one task; the paragraph's leaders hold for all its clauses. Invented.""")


PROV = {"省发改局": "省发展改革委", "省住建局": "省住房城乡建设厅", "省水务局": "省水利厅", "省工信局": "省工业和信息化厅",
        "省人社局": "省人力资源社会保障厅", "省交通运输局": "省交通运输厅", "省卫健委": "省卫生健康委", "省财政局": "省财政厅",
        "省自然资源局": "省自然资源厅", "省农业农村局": "省农业农村厅", "省教育局": "省教育厅", "省商务局": "省商务厅",
        "省科技局": "省科技厅", "省民政局": "省民政厅", "省公安局": "省公安厅", "省文旅局": "省文化和旅游厅",
        "省生态环境局": "省生态环境厅", "省林业局": "省林草局"}


def prov(x):
    return PROV.get(x, x)


# 3. md: targets (目标一：…) each with numbered 具体措施 and ONE responsibility
#    line under them for all the measures; a district.
def md_targets_shared_measures():
    name = "md-targets-shared-measures"
    tasks = pick(73, 22, "区")
    targets = ["地区生产总值增长6%左右", "固定资产投资增长8%", "城镇调查失业率控制在5.5%以内",
               "城市建成区绿化覆盖率达到42%", "居民人均可支配收入增长6.5%", "一般公共预算收入增长5%"]
    who = ["荆建国", "缪思成", "郜雨桐", "荆建国", "乜红梅", "缪思成"]
    groups = runs(22, [4, 4, 3, 4, 4, 3])
    out = ["# 松桥区2025年政府工作报告目标任务分解", "", "> 松桥区人民政府办公室　2025年2月", "",
           "按照区委经济工作会议部署，现将《政府工作报告》确定的主要目标分解如下。每项目标下列出具体措施，措施下方为该目标的责任分工。", ""]
    for i, (tg, nm, idx) in enumerate(zip(targets, who, groups)):
        out += ["## 目标%s：%s" % (CN[i], tg), "", "**具体措施：**", ""]
        lead = tasks[idx[0]]["leads"][0]
        units = []
        for n, ti in enumerate(idx, 1):
            out.append("%d. %s。" % (n, tasks[ti]["key"]))
            for u in tasks[ti]["leads"] + tasks[ti]["units"]:
                if u != lead and u not in units and len(units) < 4:
                    units.append(u)
        for ti in idx:
            tasks[ti]["leaders"], tasks[ti]["leads"], tasks[ti]["units"] = [nm], [lead], list(units)
        out += ["", "责任区领导：%s　牵头单位：%s　责任单位：%s" % (nm, lead, jn(units)), ""]
    out += ["---", "", "各牵头单位每月5日前报送上月进展，区政府督查室按月通报。"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a district 目标任务分解 in Markdown: ## 目标一：… headings (the targets, not tasks), then **具体措施：** and a
numbered list of measures (the tasks), then ONE line for all the measures above it: 责任区领导：name　牵头单位：…　责任单位：…
(full-width spaces between labels). Every measure takes that line's leader, lead and units. Invented.""")


# --- docx with styles and automatic numbering ---------------------------------
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>'
          '</w:styles>') % W


def lvl(ilvl, fmt, text):
    return ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/></w:lvl>'
            % (ilvl, fmt, text))


NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>'
             '<w:abstractNum w:abstractNumId="0">%s</w:abstractNum>'
             '<w:abstractNum w:abstractNumId="1">%s</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '%s</w:numbering>') % (W, lvl(0, "chineseCounting", "%1、"), lvl(0, "decimal", "%1."),
                                    "".join('<w:num w:numId="%d"><w:abstractNumId w:val="1"/>'
                                            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % n
                                            for n in range(2, 12)))


def p(txt, style=None, num=None, bold=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "",
                                       '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num if num else "")
    r = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr><w:b/></w:rPr>" if bold else "", esc(txt)) if txt else ""
    return "<w:p>%s%s</w:p>" % (ppr, r)


def docx_styled(name, body):
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
             '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body))
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(g2.OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in [("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                           ("word/document.xml", doc), ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING)]:
            z.writestr(zipfile.ZipInfo(path, stamp), data)


# 4. docx: a 开发区管委会 plan; section headings are Heading1 numbered by the
#    style (一、 from numbering.xml, not in the text), tasks are list paragraphs
#    numbered by numPr (1. not in the text) ending 责任主体：…；协同单位：…;
#    the leaders are only in an annex listing which sections each one links.
def docx_devzone_autonumber_annex():
    name = "docx-devzone-autonumber-annex"
    tasks = pick(74, 21, "", bare=True)
    ren = {"发改局": "经济发展局", "工信局": "经济发展局", "投资促进局": "招商服务中心", "商务局": "招商服务中心",
           "住建局": "规划建设局", "自然资源局": "规划建设局", "财政局": "财政审计局", "人社局": "社会事务局",
           "卫健委": "社会事务局", "民政局": "社会事务局", "教育局": "社会事务局", "生态环境局": "生态环境分局",
           "应急管理局": "安全生产监督管理局", "市场监管局": "市场监管所", "科技局": "科技创新服务中心",
           "税务局": "税务分局", "供电公司": "供电服务中心", "交通运输局": "规划建设局", "水务局": "规划建设局",
           "城管局": "综合执法局", "公安局": "公安分局", "营商环境局": "政务服务中心", "政务服务局": "政务服务中心"}
    for t in tasks:
        t["leads"] = [ren.get(t["leads"][0], t["leads"][0])]
        t["units"] = [u for u in dict.fromkeys(ren.get(u, u) for u in t["units"]) if u not in t["leads"]] or ["财政审计局"]
        if t["units"] == t["leads"]:
            t["units"] = ["党政办公室"]
    secs = ["招商引资与产业培育", "园区建设与城市功能", "营商环境与要素保障", "民生事业与安全生产"]
    groups = runs(21, [6, 5, 5, 5])
    links = [("郜雨桐", "管委会主任", [0]), ("车立人", "管委会常务副主任", [1, 2]), ("乜红梅", "管委会副主任", [3])]
    body = [p("临川经济开发区管理委员会", "Title"), p("临开管发〔2025〕3号"),
            p("关于印发《临川经济开发区2025年重点工作任务分解》的通知", bold=True),
            p("各局、中心，各驻区单位："),
            p("现将《临川经济开发区2025年重点工作任务分解》印发给你们，请对照任务清单，倒排工期，抓好落实。"), p("")]
    for si, (sec, idx) in enumerate(zip(secs, groups)):
        body.append(p(sec, "Heading1"))
        for ti in idx:
            t = tasks[ti]
            t["leaders"] = [nm for nm, _, ss in links if si in ss]
            body.append(p("%s，%s见效。责任主体：%s；协同单位：%s" % (t["key"], DL[ti % 4], jn(t["leads"]), jn(t["units"])),
                          "ListParagraph", num=2 + si))
    body += [p(""), p("附件", "Heading2"), p("管委会领导联系分工", bold=True)]
    for nm, post, ss in links:
        body.append(p("%s（%s）：联系%s方面工作。" % (nm, post, "、".join("“%s”" % secs[s] for s in ss))))
    body += [p(""), p("临川经济开发区管理委员会党政办公室　2025年2月20日印发")]
    docx_styled(name, body)
    want(name, tasks, """Convention: a 开发区管委会 task list in Word whose numbers are automatic: section headings are Heading1 paragraphs
numbered 一、 by the style's numPr (the number is not in the text), tasks are List Paragraphs numbered 1. by their own numPr; each
ends 责任主体：…；协同单位：… with the zone's own 局/中心 names (no place prefix). The leaders appear only in the annex
管委会领导联系分工, each linking one or two sections by their heading text. Invented.""")


# 5. pdf: a town (镇) 任务分解 printed from HTML: 一、（一）1. outline, the
#    （一） heading carries 分管领导 (post then person), tasks end
#    X负责，各村（社区）抓好落实; running header and — n — page numbers.
def pdf_town_village_duty():
    name = "pdf-town-village-duty"
    tasks = pick(75, 23, "镇")
    ren = {"农业农村局": "镇农业服务中心", "林业局": "镇农业服务中心", "水务局": "镇水利站", "住建局": "镇村镇建设服务中心",
           "自然资源局": "镇自然资源所", "人社局": "镇社会事务办", "民政局": "镇社会事务办", "卫健委": "镇卫生院",
           "教育局": "镇中心学校", "交通运输局": "镇村镇建设服务中心", "生态环境局": "镇生态环境办", "应急管理局": "镇应急办",
           "财政局": "镇财政所", "公安局": "镇派出所", "市场监管局": "镇市场监管所", "商务局": "镇经济发展办",
           "工信局": "镇经济发展办", "发改局": "镇经济发展办", "投资促进局": "镇经济发展办", "文旅局": "镇综合文化站",
           "城管局": "镇综合执法队", "政法委": "镇综治中心", "政务服务局": "镇便民服务中心", "营商环境局": "镇便民服务中心",
           "医保局": "镇社会事务办", "总工会": "镇总工会", "科协": "镇科协"}
    for t in tasks:
        lead = ren.get(t["leads"][0][1:], "镇经济发展办")
        t["leads"] = [lead]
        t["units"] = ["各村（社区）"]
    parts = [("一、产业兴旺", [("（一）特色农业", "副镇长", "邬长河"), ("（二）招商稳企", "镇长", "欧阳振邦")]),
             ("二、美丽乡村", [("（三）人居环境", "党委委员、副镇长", "虞佩兰"), ("（四）基础设施", "副镇长", "邬长河")]),
             ("三、民生保障", [("（五）社会事业", "人大主席", "聂承宇"), ("（六）平安建设", "党委副书记", "隗文静")])]
    groups = runs(23, [4, 4, 4, 4, 4, 3])
    sec, g = [], 0
    for part, subs in parts:
        sec.append("<h2>%s</h2>" % part)
        for sub, post, nm in subs:
            sec.append("<h3>%s（分管领导：%s %s）</h3>" % (sub, post, nm))
            for n, ti in enumerate(groups[g], 1):
                t = tasks[ti]
                t["leaders"] = [nm]
                sec.append("<p>%d.%s，%s完成。%s负责，%s抓好落实。</p>" % (n, esc(t["key"]), DL[ti % 4], jn(t["leads"]), jn(t["units"])))
            g += 1
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            "@page { size: A4; margin: 28mm 22mm; @top-center { content: \"石门镇2025年重点工作任务分解\"; font-size: 9pt; }"
            " @bottom-center { content: \"— \" counter(page) \" —\"; font-size: 10pt; } }"
            "body { font-family: 'Noto Serif CJK SC', serif; font-size: 14pt; line-height: 1.7; }"
            "h1 { text-align: center; font-size: 20pt; } h2, h3 { font-size: 15pt; } p { text-indent: 2em; margin: 0.2em 0; }"
            ".sign { text-align: right; }</style></head><body>"
            "<h1>石门镇2025年重点工作任务分解</h1><p class=\"sign\">中共石门镇委员会　石门镇人民政府</p>"
            "<p>各村（社区），镇直各单位：为全面完成全年目标任务，经镇党委会研究，现将重点工作分解如下。"
            "各包村干部要督促所包村（社区）按月推进。</p>" + "".join(sec) +
            "<p>镇党政办公室每月对任务推进情况进行通报，年底纳入村（社区）和站所目标考核。</p>"
            "<p class=\"sign\">石门镇党政办公室　2025年3月1日</p></body></html>")
    g2.pdf(name, html)
    want(name, tasks, """Convention: a town (镇) 任务分解 printed to PDF from HTML (running header, — n — page numbers): 一、 parts, （一）
sections whose heading carries （分管领导：post person）, numbered tasks that end X负责，各村（社区）抓好落实。 — the 站/所/办/中心
leads and the villages as a collective unit. 包村干部 only in the preamble. Invented.""")


# 6. docx: a county plan whose headings are Heading2 styles with no numbers;
#    each heading is followed by a normal paragraph 联系县领导：name; tasks are
#    plain paragraphs in which the lead unit is the sentence's subject:
#    县X局牵头，会同县Y局、县Z局，<task>。
def docx_heading_styles_subject_roles():
    name = "docx-heading-styles-subject-roles"
    tasks = pick(76, 22, "县")
    secs = [("稳住工业基本盘", "车立人"), ("加快补齐基础设施短板", "芮一凡"), ("守牢生态环境底线", "仲秋阳"),
            ("扎实办好民生实事", "荆建国"), ("提升基层治理水平", "芮一凡")]
    groups = runs(22, [5, 5, 4, 4, 4])
    body = [p("澄湖县人民政府办公室文件", "Title"), p("澄政办发〔2025〕7号"),
            p("澄湖县2025年重点工作责任分工", bold=True),
            p("各镇人民政府、街道办事处，县政府各部门：为推动县政府工作报告部署落地见效，现将重点工作责任分工明确如下。")]
    for (sec, nm), idx in zip(secs, groups):
        body += [p(sec, "Heading2"), p("联系县领导：%s" % nm)]
        for ti in idx:
            t = tasks[ti]
            t["leaders"] = [nm]
            body.append(p("%s牵头，会同%s，%s，%s抓好落实。" % (jn(t["leads"]), jn(t["units"]), t["key"], DL[ti % 4])))
    body += [p("各牵头单位为第一责任主体，对任务完成情况负总责；会同单位按职责分工配合推进。"),
             p("澄湖县人民政府办公室　2025年3月10日印发")]
    docx_styled(name, body)
    want(name, tasks, """Convention: a county 责任分工 in Word whose section headings are Heading2-styled paragraphs with no number in the
text, each followed by a plain paragraph 联系县领导：name; tasks are plain unnumbered paragraphs whose subject is the lead unit:
县X局牵头，会同县Y局、县Z局，<task>，<deadline>抓好落实。 Invented.""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    txt_decimal_three_level()
    txt_gb18030_province_clauses()
    md_targets_shared_measures()
    docx_devzone_autonumber_annex()
    pdf_town_village_duty()
    docx_heading_styles_subject_roles()


if __name__ == "__main__":
    main()
