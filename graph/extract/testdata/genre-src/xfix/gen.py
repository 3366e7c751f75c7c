#!/usr/bin/env python3
"""Writes the fixtures of issue 9's known gaps (struct-* and tbl-*, invented
places and people, conventions of real 分工方案) and their want files. Run
from this directory:
    python3 gen.py ../../genre
Each task is (key, text, leaders, leads, units); the want file is written
from that meaning, the document from the layout of its convention. The .pdf
is printed from the .html this writes here by Chromium:
    chromium --headless --no-sandbox --no-pdf-header-footer \\
      --print-to-pdf=../../genre/tbl-pdf-row-split-pages.pdf tbl-pdf-row-split-pages.html
(and tbl-pdf-continued-signature the same way)."""
import csv, io, os, sys, zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
HERE = os.path.dirname(os.path.abspath(__file__))
CN = "一二三四五六七八九十"

def T(key, rest, leaders=(), leads=(), units=()):
    return (key, key + rest, list(leaders), list(leads), list(units))

def want(name, tasks, note=""):
    lines = ["# %s: expected (task, role, name) triples, from the meaning of each task" % name]
    if note:
        lines.append("# " + note)
    for key, _, leaders, leads, units in tasks:
        lines.append("%s\ttask\t-" % key)
        lines += ["%s\tleader\t%s" % (key, l) for l in leaders]
        lines += ["%s\tlead\t%s" % (key, u) for u in leads]
        lines += ["%s\tunit\t%s" % (key, u) for u in units]
    with open(os.path.join(OUT, name + ".want.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")

def write(name, ext, text, encoding="utf-8", where=None):
    with open(os.path.join(where or OUT, name + "." + ext), "wb") as f:
        f.write(text.encode(encoding))

def flat(sections):
    return [t for _, ts in sections for t in ts]

def docx_write(name, body):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)

def wp(txt):
    return "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % escape(txt)

def wtc(txt):
    return "<w:tc>%s</w:tc>" % "".join(wp(x) for x in txt.split("\n"))

# X1. county plan whose items carry no roles; each part gives them after its
#     items by item number: a 责任分工 paragraph (第1、2项由X牵头，Y配合；
#     第3—5项由X负责), lines of their own (第1项：…, 第2至4项：X、Y、Z分别牵头),
#     and a note (注：第1、3、5项由…). Numbers restart in every part.
def fx_roles_by_number():
    name = "struct-txt-roles-by-item-number"
    S = [
      ("扩大有效投资", [
        T("实施县级重点项目", "70个，完成年度投资52亿元。", [], ["县发展和改革局"], ["县统计局"]),
        T("争取中央预算内投资", "和专项债券资金9亿元。", [], ["县发展和改革局"], ["县统计局"]),
        T("建成梨川新材料产业园", "标准厂房8万平方米。", [], ["县工业和信息化局"], []),
        T("推动陶瓷企业技术改造", "，完成技改投资6亿元。", [], ["县工业和信息化局"], []),
        T("新增规模以上工业企业", "15家。", [], ["县工业和信息化局"], []),
        T("落实结构性减税降费", "政策，为经营主体减负1.2亿元。", [], ["县财政局"], ["县税务局", "县人民银行"]),
      ]),
      ("建设宜居城乡", [
        T("改造城区老旧小区", "18个，同步加装电梯20部。", [], ["县住房和城乡建设局"], ["各乡镇人民政府"]),
        T("新建高标准农田", "2.4万亩。", [], ["县农业农村局"], []),
        T("完成梨川河堤防加固", "工程12公里。", [], ["县水利局"], []),
        T("实施国土绿化行动", "，新增造林1.5万亩。", [], ["县林业局"], []),
        T("推出乡村旅游精品线路", "4条，接待游客增长12%。", [], ["县文化和旅游局"], []),
      ]),
      ("兜牢民生底线", [
        T("新建城南小学", "，新增学位1350个。", [], ["县教育体育局"], ["县财政局"]),
        T("推进县域医共体", "建设，基层就诊率达到65%。", [], ["县卫生健康局"], ["县医疗保障局"]),
        T("改扩建公办幼儿园", "3所。", [], ["县教育体育局"], ["县财政局"]),
        T("开展城乡居民慢病", "免费筛查4万人次。", [], ["县卫生健康局"], ["县医疗保障局"]),
        T("建设全民健身中心", "，配建智能健身路径10条。", [], ["县教育体育局"], ["县财政局"]),
        T("实现异地就医直接结算", "全覆盖。", [], ["县卫生健康局"], ["县医疗保障局"]),
      ]),
    ]
    out = ["梨川县2025年政府工作报告重点工作分工方案", "",
           "　　为把县政府工作报告确定的各项任务落到实处，现将重点工作分工如下。各项工作的牵头单位在每部分之后列明，请对照抓好落实。", ""]
    for si, (sec, tasks) in enumerate(S):
        out.append("%s、%s" % (CN[si], sec))
        for ti, t in enumerate(tasks):
            out.append("%d．%s" % (ti + 1, t[1]))
        if si == 0:
            out.append("　　责任分工：第1、2项由县发展和改革局牵头，县统计局配合；第3—5项由县工业和信息化局负责；第6项：县财政局牵头，县税务局、县人民银行配合。")
        elif si == 1:
            out.append("本部分责任分工")
            out.append("第1项：县住房和城乡建设局牵头，各乡镇人民政府配合。")
            out.append("第2至4项：县农业农村局、县水利局、县林业局分别牵头。")
            out.append("第5项：县文化和旅游局负责。")
        else:
            out.append("注：第1、3、5项由县教育体育局牵头，县财政局配合；第2、4、6项由县卫生健康局牵头，县医疗保障局配合。")
        out.append("")
    out += ["四、工作要求", "　　各牵头单位要细化工作措施，每季度末向县政府督查室报送进展情况。", "",
            "梨川县人民政府办公室", "2025年2月18日", ""]
    write(name, "txt", "\n".join(out))
    want(name, flat(S), "roles are given after each part's items, by item number; 分别牵头 assigns the leads in order.")

# X6. county plan whose leaders have rare family names (from the complete
#     list, not the common one) with titles after, before, in brackets, as
#     a compound title and shared by two names.
def fx_rare_surnames():
    name = "struct-txt-rare-surname-leaders"
    L = [("钮建平", "钮建平副县长"), ("郗晓宁", "郗晓宁（副县长）"), ("訾立新", "县委常委、副县长訾立新"),
         ("仉思远", "仉思远（县委常委、常务副县长）"), ("笪春华", "副县长笪春华"), ("眭文涛", "眭文涛副县长")]
    S = [
      ("稳住经济增长", [
        T("全县生产总值增长", "6.5%左右。", ["仉思远"], ["县发展和改革局"], ["县统计局"]),
        T("实施重点项目", "65个，完成投资48亿元。", ["仉思远"], ["县发展和改革局"], ["县自然资源局"]),
        T("新增规模以上工业企业", "12家。", ["钮建平"], ["县工业和信息化局"], ["县统计局"]),
        T("建成智能装备产业园", "一期。", ["钮建平"], ["县工业和信息化局"], ["县住房和城乡建设局"]),
      ]),
      ("推进乡村振兴", [
        T("新建高标准农田", "2万亩。", ["郗晓宁"], ["县农业农村局"], ["县财政局"]),
        T("发展特色林果", "基地1.2万亩。", ["郗晓宁"], ["县林业局"], []),
        T("完成农村公路提档升级", "90公里。", ["笪春华"], ["县交通运输局"], ["各乡镇人民政府"]),
        T("改造农村危房", "300户。", ["笪春华"], ["县住房和城乡建设局"], []),
      ]),
      ("增进民生福祉", [
        T("新增城镇就业", "3800人。", ["訾立新"], ["县人力资源和社会保障局"], []),
        T("建设社区养老服务站", "15个。", ["訾立新"], ["县民政局"], ["县卫生健康局"]),
        T("新建城北幼儿园", "，新增学位540个。", ["眭文涛"], ["县教育局"], ["县财政局"]),
        T("创建省级卫生乡镇", "3个。", ["眭文涛", "钮建平"], ["县卫生健康局"], []),
      ]),
    ]
    written = dict(L)
    out = ["蒿坪县2025年重点工作任务分工", "", "　　现将县政府工作报告确定的重点工作分解落实如下。", ""]
    n = 0
    for si, (sec, tasks) in enumerate(S):
        out.append("%s、%s" % (CN[si], sec))
        for key, text, leaders, leads, units in tasks:
            n += 1
            out.append("%d．%s" % (n, text))
            if len(leaders) == 2:
                out.append("责任县领导：%s、%s副县长" % tuple(leaders))
            else:
                out.append("责任县领导：%s" % written[leaders[0]])
            out.append("牵头单位：%s" % "、".join(leads))
            if units:
                out.append("配合单位：%s" % "、".join(units))
        out.append("")
    out += ["蒿坪县人民政府办公室", "2025年3月1日", ""]
    write(name, "txt", "\n".join(out))
    want(name, flat(S), "the family names 钮 郗 訾 仉 笪 眭 are rare: in the complete list, not the common one.")

# X5. county Markdown task list whose leader and units share one column:
#     责任领导及单位 (the leader with the title before, after or in brackets,
#     then the units, the lead marked 牵头 or （牵头）), and a second table
#     牵头领导/单位 | 配合单位 whose units lead.
def fx_leader_unit_column():
    name = "tbl-md-leader-and-units-column"
    A = [
      T("编制县城国土空间详细规划", "", ["裘思源"], ["县自然资源局"], ["县住房和城乡建设局"]),
      T("实施城区雨污分流改造", "二期", ["裘思源"], ["县住房和城乡建设局"], ["县水利局", "县城市管理局"]),
      T("新建城东公交首末站", "", ["裘思源"], ["县交通运输局"], []),
      T("完成老旧供水管网更新", "36公里", ["裘思源"], [], ["县水务集团"]),
      T("建设智慧停车管理平台", "", ["尹晓辉"], ["县公安局"], ["县城市管理局"]),
      T("推进农贸市场提档升级", "改造4个", ["尹晓辉"], ["县商务局"], ["县市场监督管理局"]),
      T("开展燃气安全专项整治", "", ["尹晓辉"], ["县住房和城乡建设局"], ["县应急管理局", "县消防救援大队"]),
      T("新增城区绿地", "12万平方米", ["尹晓辉"], [], ["县林业局"]),
      T("创建省级文明县城", "", ["甘若松", "尹晓辉"], ["县委宣传部"], ["县文明办"]),
      T("推进户籍制度改革", "", ["甘若松"], ["县公安局"], []),
      T("建设县级融媒体中心", "新址", ["甘若松"], ["县融媒体中心"], ["县财政局"]),
      T("完善城乡网格化治理", "", ["甘若松"], ["县委政法委"], ["各乡镇人民政府"]),
    ]
    B = [
      T("新建县第二人民医院", "门诊楼", ["裘思源"], ["县卫生健康局"], ["县发展和改革局"]),
      T("改扩建城关中学", "运动场", ["甘若松"], ["县教育局"], ["县体育事业发展中心"]),
      T("建设县级养老服务指导中心", "", ["尹晓辉"], ["县民政局"], ["县财政局", "县卫生健康局"]),
      T("实施农村学校营养改善", "计划", ["甘若松"], ["县教育局"], []),
      T("新建殡仪服务中心", "", ["尹晓辉"], ["县民政局"], ["县自然资源局"]),
      T("开展全民参保扩面", "行动", ["裘思源"], ["县医疗保障局"], ["县税务局"]),
    ]
    titles = {"裘思源": "副县长", "尹晓辉": "副县长", "甘若松": "县委常委、副县长"}
    def cell_a(k, t):
        key, text, leaders, leads, units = t
        if len(leaders) == 2:
            who = "%s、%s副县长" % tuple(leaders)
        elif k % 3 == 0:
            who = "%s%s" % (leaders[0], titles[leaders[0]])
        elif k % 3 == 1:
            who = "%s（%s）" % (leaders[0], titles[leaders[0]])
        else:
            who = "%s %s" % (titles[leaders[0]], leaders[0])
        if leads and units and k % 2 == 0:
            us = "%s牵头，%s配合" % ("、".join(leads), "、".join(units))
        elif leads:
            us = "、".join(["%s（牵头）" % leads[0]] + units)
        else:
            us = "、".join(units)
        return who + ("<br>" if k % 2 else "；") + us
    out = ["# 桐溪县2025年政府工作报告重点任务清单", "",
           "根据县政府工作报告，现将城市建设与社会治理重点任务分解如下。", "",
           "## 一、城市建设与社会治理", "",
           "| 序号 | 重点任务 | 责任领导及单位 | 完成时限 |", "|---|---|---|---|"]
    for k, t in enumerate(A):
        out.append("| %d | %s | %s | %s |" % (k + 1, t[1], cell_a(k, t), ["6月底", "9月底", "年底"][k % 3]))
    out += ["", "## 二、民生实事", "",
            "| 序号 | 实事项目 | 牵头领导/单位 | 配合单位 | 完成时限 |", "|---|---|---|---|---|"]
    for k, t in enumerate(B):
        key, text, leaders, leads, units = t
        who = ("%s%s" if k % 2 else "%s（%s）") % (leaders[0], titles[leaders[0]])
        out.append("| %d | %s | %s<br>%s | %s | %s |" % (k + 1, text, who, leads[0], "、".join(units), "年底"))
    out.append("")
    write(name, "md", "\n".join(out))
    want(name, A + B, "责任领导及单位 holds the leader and the units; 牵头领导/单位 the leader and the lead unit.")

# X2. province plan whose notes stand after a part's items as bare ①② lines
#     (no 注 before them), their marks written inside the task text (…亿元①);
#     another part has real ①②③ items sharing one annotation line.
def fx_bare_circled_notes():
    name = "struct-txt-bare-circled-notes"
    S = [
      ("扩大有效需求", [
        T("完成重大项目投资", "3600亿元①，新开工项目420个。", [], ["省发展和改革委员会"], ["省统计局"]),
        T("社会消费品零售总额增长", "6%，培育区域消费中心城市②3个。", [], ["省商务厅"], ["省发展和改革委员会"]),
        T("争取新增专项债券", "额度900亿元。", [], ["省财政厅"], ["省发展和改革委员会"]),
        T("推进城市更新", "，改造城中村③40个。", [], ["省住房和城乡建设厅"], ["省自然资源厅"]),
        T("扩大文旅消费", "，接待游客增长9%。", [], ["省文化和旅游厅"], []),
      ]),
      ("壮大实体经济", [
        T("新增专精特新企业", "300家④。", [], ["省工业和信息化厅"], ["省科学技术厅"]),
        T("实施制造业技改项目", "1500个。", [], ["省工业和信息化厅"], []),
        T("建设省级创新平台", "30个⑤，研发投入强度达到2.4%。", [], ["省科学技术厅"], ["省财政厅"]),
        T("培育数字经济核心产业", "，增加值增长12%。", [], ["省通信管理局"], ["省工业和信息化厅"]),
      ]),
      ("办好民生实事", [
        T("新建普惠托育机构", "150所。", [], ["省卫生健康委员会"], ["省民政厅"]),
        T("改造农村供水工程", "600处。", [], ["省卫生健康委员会"], ["省民政厅"]),
        T("建设县级养老服务中心", "40个。", [], ["省卫生健康委员会"], ["省民政厅"]),
        T("城镇新增就业", "60万人⑥。", [], ["省人力资源和社会保障厅"], ["省教育厅"]),
        T("新增义务教育学位", "12万个。", [], ["省教育厅"], ["省财政厅"]),
      ]),
    ]
    notes = {1: ["①重大项目指列入省级年度计划、总投资5亿元以上的项目。", "②区域消费中心城市由省商务厅会同有关部门认定。", "③城中村指城市建成区内仍以集体土地为主的村庄。"],
             2: ["④专精特新企业含国家级和省级。", "⑤创新平台包括重点实验室、技术创新中心和新型研发机构。"],
             3: ["⑥含城乡就业困难人员再就业。"]}
    out = ["东溪省2025年政府工作报告重点任务分工方案", "",
           "　　为抓好省政府工作报告确定任务的落实，现将重点任务分工如下。", ""]
    n = 0
    for si, (sec, tasks) in enumerate(S):
        out.append("%s、%s" % (CN[si], sec))
        if si == 2:
            out.append("%d．推进三项民生工程。" % (n + 1))
            n += 1
            for k, t in enumerate(tasks[:3]):
                out.append("%s%s" % ("①②③"[k], t[1]))
            out.append("牵头单位：省卫生健康委员会；配合单位：省民政厅")
            for t in tasks[3:]:
                n += 1
                out.append("%d．%s（牵头单位：%s；配合单位：%s）" % (n, t[1], t[3][0], "、".join(t[4])))
        else:
            for t in tasks:
                n += 1
                tail = "（牵头单位：%s" % t[3][0]
                if t[4]:
                    tail += "；配合单位：%s" % "、".join(t[4])
                out.append("%d．%s%s）" % (n, t[1], tail))
        out += notes[si + 1]
        out.append("")
    out += ["东溪省人民政府办公厅", "2025年2月10日", ""]
    write(name, "txt", "\n".join(out))
    want(name, flat(S), "the ①… lines after the items are footnotes of the marks in the task text; the third part's ①②③ are items.")

# X4. a data table whose 责任分工 (or 责任单位) cells hold a small table of
#     their own: label | value rows (牵头单位 | X, 配合单位 | Y, 责任领导 | Z) or a
#     header row over one row of values (牵头单位 | 配合单位 over X | Y); once
#     as a web page (inside the site's layout table too), once as a .docx.
NESTED = [
  T("新建城西污水处理厂", "二期工程", ["计昭明"], ["区水务局"], ["区生态环境分局"]),
  T("实施背街小巷改造", "40条", ["计昭明"], ["区住房和城乡建设局"], ["各街道办事处"]),
  T("建成智慧停车平台", "", ["计昭明"], ["区城市管理局"], ["区公安分局", "区大数据中心"]),
  T("改造老旧燃气管网", "28公里", ["计昭明"], ["区住房和城乡建设局"], ["区燃气公司"]),
  T("新增城市绿道", "15公里", ["计昭明"], ["区园林绿化局"], []),
  T("新建区第二实验小学", "", ["荀慧敏"], ["区教育局"], ["区财政局"]),
  T("建设社区嵌入式养老机构", "6家", ["荀慧敏"], ["区民政局"], ["区卫生健康局"]),
  T("开展职业技能培训", "8000人次", ["荀慧敏"], ["区人力资源和社会保障局"], ["区总工会"]),
  T("扩建区人民医院急诊楼", "", ["荀慧敏"], ["区卫生健康局"], ["区发展和改革局"]),
  T("新增普惠托位", "600个", ["荀慧敏"], ["区卫生健康局"], ["区妇女联合会"]),
  T("引进总部企业", "8家", ["邴家豪"], ["区投资促进局"], ["区商务局"]),
  T("培育高新技术企业", "60家", ["邴家豪"], ["区科学技术局"], ["区税务局"]),
  T("建设人工智能产业园", "一期", ["邴家豪"], ["区工业和信息化局"], ["区自然资源分局"]),
  T("推进企业上市培育", "，新增上市企业2家", ["邴家豪"], ["区金融服务中心"], []),
]

def nested_rows(k, t):
    """The inner table of task k as rows of cells."""
    key, text, leaders, leads, units = t
    if k % 2 == 0:
        rows = [["责任领导", leaders[0] + "副区长"], ["牵头单位", leads[0]]]
        if units:
            rows.append(["配合单位", "、".join(units)])
        return rows
    return [["牵头单位", "配合单位"], [leaders[0] + "副区长；" + leads[0], "、".join(units) or "—"]]

def fx_nested_cell_table_html():
    name = "tbl-html-nested-cell-table"
    def inner(rows):
        return "<table border=\"1\">" + "".join("<tr>" + "".join("<td>%s</td>" % escape(c) for c in r) + "</tr>" for r in rows) + "</table>"
    trs = []
    for k, t in enumerate(NESTED):
        trs.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (k + 1, escape(t[1]), inner(nested_rows(k, t)), ["6月底前", "9月底前", "12月底前"][k % 3]))
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓼川区2025年重点工作任务分解</title></head><body>
<table class="layout" width="100%%"><tr><td class="logo">蓼川区人民政府</td></tr><tr><td>
<h2>蓼川区2025年重点工作任务分解表</h2>
<p>各街道、区直各部门：现将区政府工作报告重点工作任务分解表印发给你们，请认真抓好落实。</p>
<table border="1" class="data">
<tr><th>序号</th><th>工作任务</th><th>责任分工</th><th>完成时限</th></tr>
%s
</table>
<p>蓼川区人民政府办公室　2025年2月26日</p>
</td></tr></table></body></html>
""" % "\n".join(trs)
    write(name, "html", page)
    want(name, NESTED, "the 责任分工 cell holds a small table: label | value rows, or a header row over the values.")

def fx_nested_cell_table_docx():
    name = "tbl-docx-nested-cell-table"
    def tc_inner(rows):
        return "<w:tc><w:tbl>" + "".join("<w:tr>" + "".join(wtc(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>" + wp("") + "</w:tc>"
    body = [wp("蓼川区2025年民生实事任务分解"), wp("现将区政府工作报告确定的民生实事分解如下。")]
    rows = ["<w:tr>" + wtc("序号") + wtc("重点工作") + wtc("责任单位") + wtc("完成时限") + "</w:tr>"]
    for k, t in enumerate(NESTED):
        rows.append("<w:tr>" + wtc(str(k + 1)) + wtc(t[1]) + tc_inner(nested_rows(k + 1, t)) + wtc(["二季度", "三季度", "年底"][k % 3]) + "</w:tr>")
    body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
    body.append(wp("蓼川区人民政府办公室"))
    docx_write(name, body)
    want(name, NESTED, "the 责任单位 cell holds a small table: label | value rows, or a header row over the values.")

# X3. county 分解表 printed to PDF from a web page whose rows may break across
#     pages (break-inside: auto, as Word's default "allow row to break"):
#     cells aligned to the top, the tail of a row's cells at the top of the
#     next page above the next row's number; no header repeated.
def fx_pdf_row_split(name="tbl-pdf-row-split-pages", notes=True):
    sys.path.insert(0, os.path.join(HERE, "..", "tables"))
    from pool import POOL
    L = ["郜明川", "乔若溪", "卓远山"]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>芦岭县2025年重点任务分解</title><style>',
         '@page { size: A4; margin: 2.5cm 2cm 2.5cm 2cm; @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC"; font-size: 10pt; } }',
         'body { font-family: "Noto Serif CJK SC"; font-size: 11pt; line-height: 1.45; } p { text-indent: 2em; margin: 0; }',
         'table { border-collapse: collapse; width: 100%; margin-top: 8pt; } td { border: 0.5pt solid #000; padding: 0 4pt; vertical-align: top; }',
         'td:nth-child(2) { width: 42%; } tr { break-inside: auto; }</style></head><body>',
         '<p style="text-indent:0;text-align:center;font-size:16pt">芦岭县2025年政府工作报告重点任务分解表</p>',
         '<p>各乡镇人民政府，县政府各部门：现将县政府工作报告确定的重点任务分解如下，请各责任领导和牵头单位抓好落实，每季度末报送进展。</p>',
         '<table><tr><td>序号</td><td>重点任务</td><td>责任领导</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>']
    exp = []
    for n, (key, rest, measure, target, lead, units) in enumerate(POOL[:27], 1):
        lead, units = lead.replace("{L}", "县"), [u.replace("{L}", "县") for u in units]
        text = key + rest + "，" + measure + "，" + target + "。"
        if n % 3 != 1:
            text += "建立工作专班和月调度机制，细化责任清单、任务清单和时间表，确保按期见效。"
        who = L[(n - 1) // 9]
        h.append("<tr><td>%d</td><td>%s</td><td>%s副县长</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            n, text, who, lead, "、".join(units) or "—", ["6月底前", "12月底前", "全年"][n % 3]))
        exp.append((key, key + rest, [who], [lead], units))
    h.append("</table>")
    if notes:
        h.append("<p>注：各责任领导负责统筹协调，牵头单位对任务落实负总责，配合单位按职责分工抓好落实，完成时限为2025年内的时间节点。</p>")
    h += ["<p>芦岭县人民政府办公室　2025年3月5日</p>", "</body></html>"]
    write(name, "html", "\n".join(h) + "\n", where=HERE)
    want(name, exp, "rows break across pages: the tail of a row at the top of the next page belongs to it, not to the next row.")

if __name__ == "__main__":
    fx_roles_by_number()
    fx_rare_surnames()
    fx_leader_unit_column()
    fx_bare_circled_notes()
    fx_nested_cell_table_html()
    fx_nested_cell_table_docx()
    fx_pdf_row_split()
    # X3b. the same without the note: the signature and its date stand right
    #      under the table on its last page (two segments across its columns)
    fx_pdf_row_split("tbl-pdf-continued-signature", notes=False)
