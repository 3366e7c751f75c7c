#!/usr/bin/env python3
"""Writes the tbl-* genre fixtures (table layouts new in structure) and their
want files: invented places and people, conventions of real 任务分解表,
工作台账 and 重点项目表. Run from this directory:
    python3 gen.py ../../genre
then the .xlsx through xlsxgen and the .pdf through Chromium (README.md)."""
import csv, io, json, os, sys, zipfile
from xml.sax.saxutils import escape
from pool import POOL

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
CN = "一二三四五六七八九十"

def want(name, tasks, note=""):
    lines = ["# %s: expected (task, role, name) triples, from the meaning of each task" % name]
    if note:
        lines.append("# " + note)
    for key, leaders, leads, units in tasks:
        lines.append("%s\ttask\t-" % key)
        lines += ["%s\tleader\t%s" % (key, l) for l in leaders]
        lines += ["%s\tlead\t%s" % (key, u) for u in leads]
        lines += ["%s\tunit\t%s" % (key, u) for u in units]
    with open(os.path.join(OUT, name + ".want.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")

def write(name, ext, text, enc="utf-8"):
    with open(os.path.join(OUT, name + "." + ext), "w", encoding=enc) as f:
        f.write(text)

def level(s, L):
    return s.replace("{L}", L)

def groups(items, sizes):
    out, k = [], 0
    for n in sizes:
        out.append(items[k:k + n]); k += n
    return out

# A. city 任务分解表 as CSV with two task columns: 重点任务 (one per row) and
#    具体工作措施 beside it, then 工作目标; 牵头市领导 written "副市长 X" on the
#    first row of its group and left blank below (a merged cell exported
#    from Excel); category rows across the table.
def fx_two_task_columns():
    name = "tbl-csv-two-task-columns"
    cats = ["稳住工业基本盘", "扩大有效需求", "建设宜居城市", "兜牢民生底线", "守住安全底线"]
    leaders = ["庞立群", "董书瑶", "庞立群", "郁宏图", "蔺秋实"]
    picks = [2, 3, 4, 17, 0, 4, 23, 8, 1, 16, 30, 14, 15, 6, 9, 10, 11, 12, 24, 25, 26, 18, 19, 28, 13, 21]
    tasks = [POOL[i] for i in picks]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["栾溪市2025年政府工作报告重点任务分解表"] + [""] * 7)
    w.writerow(["序号", "重点任务", "具体工作措施", "工作目标", "牵头市领导", "牵头单位", "配合单位", "完成时限"])
    exp, n = [], 0
    for ci, g in enumerate(groups(tasks, [5, 6, 5, 6, 4])):
        w.writerow([CN[ci] + "、" + cats[ci]] + [""] * 7)
        for ti, (key, rest, measure, target, lead, units) in enumerate(g):
            n += 1
            lead, units = level(lead, "市"), [level(u, "市") for u in units]
            if key == "开展招商引资攻坚行动" and n > 5:
                key, rest = "深化产业链精准招商", "新签约重点项目25个"
            w.writerow([n, key + rest, measure + "。", target, "副市长 " + leaders[ci] if ti == 0 else "",
                        lead, "、".join(units), ["6月底前", "9月底前", "12月底前", "全年"][n % 4]])
            exp.append((key, [leaders[ci]], [lead], units))
    w.writerow(["注：牵头市领导一栏空白的，与上一行相同。"] + [""] * 7)
    write(name, "csv", buf.getvalue())
    want(name, exp, "具体工作措施 and 工作目标 belong to the task of their row; the blank 牵头市领导 is the one above.")

# B. county 重点项目 table as .xlsx, one row per project: 项目类别 merged over
#    its projects, 建设内容及规模, 总投资, 县级包抓领导 written "X（副县长）",
#    one 责任单位 and a 责任人 who is an official of that unit (not a leader).
def fx_project_rows():
    name = "tbl-xlsx-project-rows"
    P = [
      ("产业项目", [
        ("璟山新材料产业园一期", "标准厂房12万平方米及配套道路", "裴景川", "县工业和信息化局", "石敬之（县工业和信息化局局长）"),
        ("锂电池隔膜生产线", "年产隔膜3亿平方米", "裴景川", "璟山经济开发区管委会", "魏长庚（管委会副主任）"),
        ("茶叶精深加工厂", "年加工干茶2000吨", "卜晓岚", "县农业农村局", "齐望舒"),
        ("冷链物流配送中心", "冷库4万吨及分拣中心", "卜晓岚", "县商务局", "邰立言"),
        ("光伏发电项目", "装机容量100兆瓦", "裴景川", "县发展和改革局", "顾平川"),
        ("竹木家居产业园", "厂房6万平方米", "裴景川", "县林业局", "甘少鸿"),
        ("电子商务产业园", "孵化楼2.4万平方米", "卜晓岚", "县商务局", "邰立言"),
        ("中药材种植加工基地", "种植基地5000亩及加工车间", "卜晓岚", "县农业农村局", "齐望舒"),
        ("再生资源回收利用基地", "年处理废旧物资10万吨", "裴景川", "县工业和信息化局", "石敬之"),
      ]),
      ("基础设施", [
        ("县城北环路改造工程", "改造道路6.8公里", "倪承泽", "县交通运输局", "柏青山（县交通运输局局长）"),
        ("璟水河防洪治理工程", "治理河道14公里", "倪承泽", "县水利局", "容若水"),
        ("城乡供水一体化工程", "新建水厂1座、管网120公里", "倪承泽", "县水利局", "容若水"),
        ("县城污水处理厂提标改造", "出水达到一级A标准", "倪承泽", "县住房和城乡建设局", "阚明远"),
        ("农村公路安全生命防护工程", "实施路段210公里", "倪承泽", "县交通运输局", "柏青山"),
        ("县城停车场建设项目", "新建停车位2200个", "倪承泽", "县城市管理局", "冀和光"),
        ("天然气管网延伸工程", "敷设中压管网60公里", "倪承泽", "县住房和城乡建设局", "阚明远"),
        ("5G基站建设项目", "新建基站300个", "卜晓岚", "县工业和信息化局", "石敬之"),
      ]),
      ("社会民生", [
        ("县人民医院门急诊综合楼", "建筑面积3.6万平方米", "温文涛", "县卫生健康局", "滕若兰（县卫生健康局局长）"),
        ("县第二高级中学", "办学规模60个班", "温文涛", "县教育局", "芮思齐"),
        ("城南幼儿园", "12个班", "温文涛", "县教育局", "芮思齐"),
        ("县殡仪服务中心", "迁建殡仪馆及公墓", "温文涛", "县民政局", "晏知秋"),
        ("保障性租赁住房", "筹建房源800套", "倪承泽", "县住房和城乡建设局", "阚明远"),
        ("县体育中心", "体育场及全民健身馆", "温文涛", "县文化旅游体育局", "骆清歌"),
        ("县疾病预防控制中心", "业务楼及实验室", "温文涛", "县卫生健康局", "滕若兰"),
        ("老年养护院", "养护床位300张", "温文涛", "县民政局", "晏知秋"),
        ("职业教育实训基地", "实训楼2栋", "温文涛", "县教育局", "芮思齐"),
      ]),
    ]
    rows = [["璟山县2025年重点建设项目责任分解表"] + [""] * 8,
            ["单位：万元"] + [""] * 8,
            ["序号", "项目类别", "项目名称", "建设内容及规模", "总投资", "县级包抓领导", "责任单位", "责任人", "计划竣工时间"]]
    merges, exp, n = ["A1:I1", "A2:I2"], [], 0
    titles = {"裴景川": "副县长", "卜晓岚": "副县长", "倪承泽": "县委常委、副县长", "温文涛": "副县长"}
    for cat, projects in P:
        top = len(rows) + 1
        for pi, (pn, content, leader, unit, person) in enumerate(projects):
            n += 1
            rows.append([str(n), cat if pi == 0 else "", pn, content, str(8000 + n * 1370), "%s（%s）" % (leader, titles[leader]),
                         unit, person, ["2025年6月", "2025年10月", "2025年12月", "2026年6月"][n % 4]])
            exp.append((pn, [leader], [unit], []))  # one unit beside the project's leader: it leads
        merges.append("B%d:B%d" % (top, top + len(projects) - 1))
    rows.append(["合计", "", "%d个" % n, "", "", "", "", "", ""])
    layout = {"sheets": [{"name": "重点项目", "rows": rows, "merges": merges}]}
    with open(name + ".json", "w") as f:
        json.dump(layout, f, ensure_ascii=False, indent=1)
    want(name, exp, "every row is one project (its name is the task); its one 责任单位 beside the 包抓领导 leads; 责任人 are officials of the unit, not leaders; the 合计 row is not a task.")

# C. district 督办台账 as a web page: the site's layout table holds the data
#    table; a two-row header 责任分工 (colspan 3) over 责任领导|牵头单位|配合单位
#    and 推进情况 (colspan 2) over 一季度|二季度, 督办单位 (not a role), leaders
#    merged by rowspan, units separated by <br>.
def fx_html_ledger():
    name = "tbl-html-ledger-nested"
    picks = [13, 0, 17, 1, 16, 5, 9, 10, 12, 11, 24, 14, 15, 30, 19, 18, 28, 20, 21, 7, 29, 25, 26]
    extra = [("推进青苔巷历史街区", "保护更新", "区文化和旅游局", ["区住房和城乡建设局", "青苔街道办事处"]),
             ("开展门前三包", "示范街创建", "区城市管理局", ["各街道办事处"]),
             ("建设沅汀人才公寓", "一期工程", "区住房和城乡建设局", ["区委组织部"])]
    L = ["瞿思远", "甄乐山", "巫晴川", "阙慕白"]
    items = [(POOL[i][0], POOL[i][1], level(POOL[i][4], "区"), [level(u, "区") for u in POOL[i][5]]) for i in picks] + extra
    items = [(k.replace("{L}", "区"), r, l, u) for k, r, l, u in items]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>沅汀区2025年重点工作督办台账</title>',
         '<style>td{border:1px solid #999}</style><script>var visits=0;</script></head><body>',
         '<table width="100%" class="layout"><tr><td colspan="2"><img src="logo.png" alt="沅汀区人民政府"> 沅汀区人民政府门户网站</td></tr>',
         '<tr><td class="left" width="180"><a href="/">首页</a><br><a href="/zwgk">政务公开</a><br><a href="/hd">政民互动</a></td><td>',
         '<h3>沅汀区2025年政府工作报告重点工作督办台账（第二季度）</h3>',
         '<p>发布时间：2025-07-08　来源：区政府督查室</p>',
         '<table class="data" border="1" cellspacing="0">',
         '<tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="3">责任分工</td><td rowspan="2">完成时限</td><td colspan="2">推进情况</td><td rowspan="2">督办单位</td></tr>',
         '<tr><td>责任领导</td><td>牵头单位</td><td>配合单位</td><td>一季度</td><td>二季度</td></tr>']
    exp, n = [], 0
    for gi, g in enumerate(groups(items, [7, 6, 7, 6])):
        for ti, (key, rest, lead, units) in enumerate(g):
            n += 1
            cells = ["<td>%d</td>" % n, "<td>%s%s</td>" % (key, rest)]
            if ti == 0:
                cells.append('<td rowspan="%d">%s</td>' % (len(g), L[gi]))
            cells.append("<td>%s</td><td>%s</td>" % (lead, "<br>".join(units)))
            cells.append("<td>%s</td>" % ["2025年6月底", "2025年9月底", "2025年12月底"][n % 3])
            cells.append("<td>已制定实施方案，明确责任人和时间表</td><td>%s</td>" % ["序时推进", "完成年度任务的55%", "已完成招标，正在施工"][n % 3])
            cells.append("<td>区政府督查室</td>")
            h.append("<tr>" + "".join(cells) + "</tr>")
            exp.append((key, [L[gi]], [lead], units))
    h += ["</table>", "<p>注：推进情况由牵头单位每季度末填报。</p>", "</td></tr>",
          '<tr><td colspan="2" class="footer">主办：沅汀区人民政府办公室　承办：沅汀区大数据中心</td></tr></table></body></html>']
    write(name, "html", "\n".join(h) + "\n")
    want(name, exp, "督办单位 supervises, it is not a responsible unit; 推进情况 is not task text.")

# D. county 目标任务分解 as .docx: 工作任务 | 具体目标 | 工作措施 | 责任领导 |
#    责任单位 | 责任人 | 完成时限; 责任领导 "副县长X" merged down (vMerge);
#    责任单位 with the lead first (列第一位的为牵头单位, said in the notice);
#    责任人 the head of the lead unit with the post after the name.
def fx_docx_person_columns():
    name = "tbl-docx-person-target-columns"
    picks = [3, 2, 4, 5, 6, 22, 7, 29, 8, 25, 26, 9, 10, 11, 12, 24, 27, 13, 14, 15, 30, 18, 19, 28, 20, 31]
    cats = ["产业发展", "乡村振兴", "社会事业", "改革与生态", "安全与保障"]
    L = ["覃泽生", "鄢秀禾", "毋家齐", "覃泽生", "晁白露"]
    heads = {}
    body = [wp("芷阳县人民政府关于印发2025年县政府工作报告目标任务分解的通知"),
            wp("各乡镇人民政府，县政府各部门："),
            wp("现将2025年县政府工作报告确定的目标任务分解如下。责任单位栏中列第一位的为牵头单位，其余为配合单位；责任人为牵头单位主要负责同志。"),
            wp("2025年县政府工作报告目标任务分解表")]
    hdr = ["序号", "工作任务", "具体目标", "工作措施", "责任领导", "责任单位", "责任人", "完成时限"]
    tbl = ["<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 8 + "</w:tblGrid>", "<w:tr>" + "".join(wtc(x) for x in hdr) + "</w:tr>"]
    exp, n = [], 0
    surnames = "贺钱孙骞冉满温柯岑蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
    for ci, g in enumerate(groups([POOL[i] for i in picks], [6, 5, 6, 5, 4])):
        tbl.append("<w:tr>" + wtc(CN[ci] + "、" + cats[ci], span=8) + "</w:tr>")
        for ti, (key, rest, measure, target, lead, units) in enumerate(g):
            n += 1
            lead, units = level(lead, "县"), [level(u, "县") for u in units]
            unit_cell = "、".join([lead] + units)
            person = heads.setdefault(lead, surnames[len(heads)] + "永" + "安宁和平康泰祥瑞丰"[len(heads) % 9])
            tbl.append("<w:tr>" + "".join([wtc(str(n)), wtc(key + rest), wtc(target), wtc(measure),
                       wtc("副县长\n" + L[ci] if ti == 0 else "", vm="restart" if ti == 0 else "cont"),
                       wtc(unit_cell), wtc(person + "（" + lead.replace("县", "", 1) + "局长）" if lead.endswith("局") else person),
                       wtc(["6月底", "9月底", "12月底"][n % 3])]) + "</w:tr>")
            exp.append((key, [L[ci]], [lead], units))
    tbl.append("</w:tbl>")
    body += tbl + [wp("芷阳县人民政府办公室"), wp("2025年3月2日")]
    docx_write(name, body)
    want(name, exp, "责任单位 lists the lead first (the notice says so); 责任人 are unit heads, not leaders.")

# E. 开发区 Markdown with short headers: 牵头 | 配合 (no 单位), then a second
#    table 主办 | 协办 with 抓总领导 and 完成节点; posts after the leader's name.
def fx_md_short_headers():
    name = "tbl-md-short-headers"
    A = [("编制产业园区国土空间详细规划", "经开区规划建设局", ["经开区自然资源分局"]),
         ("完成标准厂房建设", "经开区规划建设局", ["芷阳城投公司"]),
         ("引进装备制造项目", "经开区招商服务局", ["经开区经济发展局"]),
         ("推动智能制造示范车间", "经开区经济发展局", []),
         ("建设企业服务中心", "经开区营商服务局", ["经开区党政办公室"]),
         ("开展亩均效益评价", "经开区经济发展局", ["经开区财政金融局", "芷阳税务分局"]),
         ("实施园区道路提升", "经开区规划建设局", ["经开区城市管理局"]),
         ("建设污水集中处理设施", "经开区生态环境分局", ["经开区规划建设局"]),
         ("创建省级绿色园区", "经开区生态环境分局", ["经开区经济发展局"]),
         ("推进闲置土地处置", "经开区自然资源分局", ["经开区财政金融局"]),
         ("建设人才驿站", "经开区党群工作部", ["经开区社会事业局"]),
         ("开展安全生产大排查", "经开区应急管理局", ["各园区企业"]),
         ("落实惠企政策兑现", "经开区财政金融局", ["经开区经济发展局"])]
    B = [("新建邻里中心", "经开区社会事业局", ["秀溪社区居委会"]),
         ("开办园区职工子女学校", "经开区社会事业局", ["芷阳县教育局"]),
         ("开通园区通勤公交", "经开区城市管理局", ["芷阳县交通运输局"]),
         ("建设园区卫生服务站", "经开区社会事业局", []),
         ("改造园区供电线路", "经开区经济发展局", ["芷阳供电公司"]),
         ("建设智慧园区平台", "经开区数据管理中心", ["经开区党政办公室"]),
         ("开展征迁安置房交付", "经开区征收服务中心", ["经开区规划建设局"]),
         ("建设园区消防站", "经开区应急管理局", ["芷阳县消防救援大队"]),
         ("打造园区夜市街区", "经开区城市管理局", ["经开区招商服务局"]),
         ("建设产业工人服务驿站", "经开区党群工作部", []),
         ("实施园区绿道工程", "经开区规划建设局", ["经开区城市管理局"]),
         ("组织校企合作招聘", "经开区社会事业局", ["经开区人力资源服务中心"]),
         ("推进信访积案化解", "经开区党政办公室", ["经开区司法所"])]
    out = ["# 芷阳经济开发区2025年重点工作任务清单", "",
           "为抓好管委会年度重点工作，现将任务清单印发如下，各部门按清单推进、按月报送进展。", "",
           "## 一、产业发展", "",
           "| 序号 | 工作事项 | 分管领导 | 牵头 | 配合 | 时限 |", "|---|---|---|---|---|---|"]
    exp = []
    LA = {0: "车明哲", 7: "任梓潼"}
    for i, (k, lead, units) in enumerate(A):
        who = (LA[0] if i < 7 else LA[7]) + "（副主任）"
        out.append("| %d | %s | %s | %s | %s | %s |" % (i + 1, k, who, lead, "、".join(units), ["二季度", "三季度", "年底"][i % 3]))
        exp.append((k, [LA[0] if i < 7 else LA[7]], [lead], units))
    out += ["", "## 二、民生保障", "", "| 编号 | 任务 | 抓总领导 | 主办 | 协办 | 完成节点 |", "| :-: | --- | --- | --- | --- | --- |"]
    LB = ["单雨桐", "任梓潼"]
    for i, (k, lead, units) in enumerate(B):
        ld = LB[0] if i < 6 else LB[1]
        out.append("| %d | %s | %s主任 | %s | %s | %s |" % (i + 1, k, ld if i % 6 else ld, lead, "、".join(units) or "—", ["9月", "10月", "12月"][i % 3]))
        exp.append((k, [ld], [lead], units))
    out += ["", "经开区党政办公室", "2025年2月"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, exp, "牵头/主办 lead, 配合/协办 cooperate; — is no unit.")

# F. city 分解表 printed to PDF from a web page (Chromium): a 6-column table
#    whose cells wrap over several lines, a header repeated on every page,
#    page numbers; pdftotext -layout interleaves the wrapped cells.
def fx_pdf_table():
    name = "tbl-pdf-table"
    picks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]
    L = ["司马青", "欧阳澈", "上官宁", "诸葛岚"]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>鸾州市2025年重点工作责任分解表</title><style>',
         '@page { size: A4 landscape; margin: 2cm 2cm 2.4cm 2cm; @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC"; font-size: 11pt; } }',
         'body { font-family: "Noto Serif CJK SC"; font-size: 12pt; } h1 { font-size: 18pt; text-align: center; font-weight: normal; }',
         'table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #000; padding: 4px; vertical-align: middle; font-weight: normal; }',
         'th:nth-child(1) { width: 5%; } th:nth-child(2) { width: 38%; } th:nth-child(3) { width: 10%; } th:nth-child(4) { width: 17%; } th:nth-child(5) { width: 20%; } th:nth-child(6) { width: 10%; }',
         'tr { break-inside: avoid; }</style></head><body>',
         '<h1>鸾州市2025年政府工作报告重点工作责任分解表</h1>',
         '<table><thead><tr><th>序号</th><th>重点工作</th><th>责任市领导</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead><tbody>']
    exp = []
    for i, pi in enumerate(picks):
        key, rest, measure, target, lead, units = POOL[pi]
        lead, units = level(lead, "市"), [level(u, "市") for u in units]
        ld = L[i * 4 // len(picks)]
        text = key + rest + "，" + measure + "，" + target + "。"
        h.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            i + 1, text, ld, lead, "、".join(units), ["2025年6月底前", "2025年12月底前", "全年"][i % 3]))
        exp.append((key, [ld], [lead], units))
    h.append("</tbody></table></body></html>")
    write(name, "html", "\n".join(h) + "\n")
    os.replace(os.path.join(OUT, name + ".html"), name + ".html")  # the source; the PDF goes to genre/
    want(name, exp, "the table is printed to PDF; its cells wrap over several lines.")

# G. district 任务清单 as TSV: 具体目标 stands left of 主要任务 (the task),
#    工作措施 right of it; no leader column, a 责任人 column naming the
#    district leader with the title in brackets and the unit head after it.
def fx_tsv_target_first():
    name = "tbl-tsv-target-first"
    picks = [1, 0, 16, 17, 14, 15, 30, 13, 20, 21, 3, 2, 4, 31, 23, 9, 10, 11, 12, 24, 25, 26, 27, 18, 19, 28]
    L = ["柯望岳", "焦若愚", "甘霖生"]
    rows = [["沅汀区2025年重点工作任务清单"], ["序号", "具体目标", "主要任务", "工作措施", "牵头单位", "责任单位", "责任人", "完成时限"]]
    exp = []
    heads = "丁卫东 王建业 庄新民 申晓光 仲秋平 乔振华 任家宁 华立伟 冯志勇 卢远航".split()
    for i, pi in enumerate(picks):
        key, rest, measure, target, lead, units = POOL[pi]
        lead, units = level(lead, "区"), [level(u, "区") for u in units]
        ld = L[i * 3 // len(picks)]
        person = "%s（副区长）、%s" % (ld, heads[i % len(heads)])
        rows.append([str(i + 1), target, key + rest, measure + "。", lead, "、".join(units), person, ["一季度", "二季度", "三季度", "四季度"][i % 4]])
        exp.append((key, [ld], [lead], units))
    write(name, "tsv", "\n".join("\t".join(r) for r in rows) + "\n")
    want(name, exp, "the task is 主要任务, not the 具体目标 left of it; in 责任人 only the one with a leader title is a leader.")

# H. county 工作台账 as CSV: a 任务来源 column (政府工作报告 on every row) left
#    of 工作任务, 牵头领导/牵头部门/协办部门, 时间节点, then ledger columns
#    (工作进展, 是否完成, 督办科室) that are not roles.
def fx_csv_ledger_source():
    name = "tbl-csv-ledger-source"
    picks = [5, 6, 7, 22, 29, 8, 25, 26, 27, 9, 10, 11, 12, 24, 28, 18, 19, 20, 21, 13, 14, 15, 16, 17, 30, 31]
    L = ["相里云", "庹振宇", "邝书元"]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["璟山县2025年政府工作报告重点工作推进台账", "", "", "", "", "", "", "", "", ""])
    w.writerow(["序号", "任务来源", "工作任务", "牵头领导", "牵头部门", "协办部门", "时间节点", "工作进展", "是否完成", "督办科室"])
    exp = []
    for i, pi in enumerate(picks):
        key, rest, measure, target, lead, units = POOL[pi]
        lead, units = level(lead, "县"), [level(u, "县") for u in units]
        ld = L[i * 3 // len(picks)]
        w.writerow([i + 1, "政府工作报告", key + rest, ld, lead, "、".join(units), ["3月底", "6月底", "9月底", "12月底"][i % 4],
                    ["已完成方案制定，进入实施阶段", "按序时推进", "已完成年度目标的60%"][i % 3], ["是", "否"][i % 2], "县政府督查室"])
        exp.append((key, [ld], [lead], units))
    write(name, "csv", buf.getvalue())
    want(name, exp, "任务来源 is where the task comes from, not the task; 督办科室 supervises, it is not a responsible unit.")

# I. county 分解表 printed to PDF like a Word table: cells aligned to the
#    top, no padding above or below, category rows across the table, a
#    notice before it and notes after it on the last page, leaders with the
#    title after the name.
def fx_pdf_top_aligned():
    name = "tbl-pdf-top-aligned"
    picks = [31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6]
    cats = ["产业提质", "城乡建设", "民生保障", "安全稳定"]
    L = ["孟庆远", "秦可风", "汪晓川", "阮明珠"]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>青萝县2025年重点任务分解</title><style>',
         '@page { size: A4; margin: 2.5cm 2cm 2.5cm 2cm; @bottom-right { content: "-" counter(page) "-"; font-family: "Noto Serif CJK SC"; font-size: 10pt; } }',
         'body { font-family: "Noto Serif CJK SC"; font-size: 11pt; line-height: 1.45; } p { text-indent: 2em; margin: 0; text-align: justify; }',
         'table { border-collapse: collapse; width: 100%; margin-top: 8pt; } td { border: 0.5pt solid #000; padding: 0 4pt; vertical-align: top; }',
         'td:nth-child(2) { width: 42%; } tr { break-inside: avoid; }</style></head><body>',
         '<p style="text-indent:0;text-align:center;font-size:16pt">青萝县人民政府办公室关于印发2025年重点任务分解的通知</p>',
         '<p>各乡镇人民政府，县政府各部门：现将县政府工作报告确定的2025年重点任务分解印发给你们。各责任领导要亲自部署、亲自过问，牵头单位要主动担当、统筹推进，配合单位要密切协作、形成合力。各牵头单位于每季度末将推进情况报县政府督查室。</p>',
         '<table><tr><td>序号</td><td>重点任务</td><td>责任领导</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>']
    exp, n = [], 0
    for ci, g in enumerate(groups([POOL[i] for i in picks], [7, 7, 6, 6])):
        h.append('<tr><td colspan="6">%s、%s</td></tr>' % (CN[ci], cats[ci]))
        for key, rest, measure, target, lead, units in g:
            n += 1
            lead, units = level(lead, "县"), [level(u, "县") for u in units]
            text = key + rest + "，" + measure + "。"
            h.append("<tr><td>%d</td><td>%s</td><td>%s副县长</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                n, text, L[ci], lead, "、".join(units), ["6月底前", "12月底前", "全年"][n % 3]))
            exp.append((key, [L[ci]], [lead], units))
    h += ["</table>", "<p>注：1．完成时限为2025年内的时间节点。2．涉及多个配合单位的，按职责分工负责。</p>", "</body></html>"]
    with open(name + ".html", "w") as f:
        f.write("\n".join(h) + "\n")
    want(name, exp, "cells aligned to the top; category rows; a notice before and notes after the table.")

# Written after the fixes above and scored before any change for them.
# J. city 任务台账 as .xlsx: a 填报单位 line, a two-row header with merged
#    groups 责任主体 (督办领导 | 牵头单位 | 协办单位) and 时间安排 (启动时间 |
#    完成时间), 工作目标 beside 重点任务, a 进展情况 column.
def fx_xlsx_grouped_headers():
    name = "tbl-xlsx-grouped-headers"
    picks = [0, 2, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 1, 3, 6, 8, 10, 12, 14, 16, 18, 20]
    L = ["邹明川", "施若岚", "俞向东"]
    rows = [["栖川市2025年重点任务推进台账"] + [""] * 8,
            ["填报单位：市政府督查室", "", "", "", "", "", "", "", "更新：2025年5月"],
            ["序号", "重点任务", "工作目标", "责任主体", "", "", "时间安排", "", "进展情况"],
            ["", "", "", "督办领导", "牵头单位", "协办单位", "启动时间", "完成时间", ""]]
    merges = ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3", "I3:I4"]
    exp = []
    for i, pi in enumerate(picks):
        key, rest, measure, target, lead, units = POOL[pi]
        lead, units = level(lead, "市"), [level(u, "市") for u in units]
        ld = L[i * 3 // len(picks)]
        rows.append([str(i + 1), key + rest, target, ld + "（副市长）", lead, "、".join(units), "1月", ["6月", "9月", "12月"][i % 3], ["正在推进", "已完成阶段任务", "序时推进"][i % 3]])
        exp.append((key, [ld], [lead], units))
    layout = {"sheets": [{"name": "台账", "rows": rows, "merges": merges}]}
    with open(name + ".json", "w") as f:
        json.dump(layout, f, ensure_ascii=False, indent=1)
    want(name, exp, "a two-row header with two merged groups; 工作目标 and 进展情况 are not roles.")

# K. web page with <thead> of two rows: 一级任务 (rowspan over its rows) |
#    二级任务 (the task) | 具体措施, 分管领导 | 责任部门 | 配合部门 | 完成期限.
def fx_html_subtasks():
    name = "tbl-html-subtasks"
    G = [("构建现代产业体系", [3, 2, 4, 17, 31, 22]), ("推进城乡融合", [6, 7, 29, 1, 16, 30, 0]),
         ("增进民生福祉", [9, 10, 11, 12, 26, 27]), ("提升治理效能", [13, 14, 18, 19, 28, 20, 21])]
    L = ["蒋一帆", "沈慕青", "韩立冬", "杨秋实"]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>枕溪区2025年重点工作任务分解</title></head><body>',
         '<div class="article"><h1>枕溪区2025年重点工作任务分解表</h1>',
         '<table border="1"><thead><tr><th rowspan="2">序号</th><th colspan="3">任务分解</th><th colspan="3">责任分工</th><th rowspan="2">完成期限</th></tr>',
         '<tr><th>一级任务</th><th>二级任务</th><th>具体措施</th><th>分管领导</th><th>责任部门</th><th>配合部门</th></tr></thead><tbody>']
    exp, n = [], 0
    for gi, (head, picks) in enumerate(G):
        for ti, pi in enumerate(picks):
            n += 1
            key, rest, measure, target, lead, units = POOL[pi]
            lead, units = level(lead, "区"), [level(u, "区") for u in units]
            cells = ["<td>%d</td>" % n]
            if ti == 0:
                cells.append('<td rowspan="%d">%s</td>' % (len(picks), head))
            cells.append("<td>%s%s</td><td>%s</td>" % (key, rest, measure + "，" + target + "。"))
            cells.append("<td>%s</td><td>%s</td><td>%s</td><td>%s</td>" % (L[gi], lead, "<br/>".join(units), ["6月底", "9月底", "12月底"][n % 3]))
            h.append("<tr>" + "".join(cells) + "</tr>")
            exp.append((key, [L[gi]], [lead], units))
    h += ["</tbody></table></div></body></html>"]
    write(name, "html", "\n".join(h) + "\n")
    want(name, exp, "一级任务 groups its rows (a theme); each 二级任务 is a task, 具体措施 its measure.")

# L. PDF table without an index column, cells in the middle of their rows,
#    the header repeated on the second page.
def fx_pdf_no_index():
    name = "tbl-pdf-no-index"
    picks = [30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0, 31, 29, 27, 25, 23, 21, 19, 17, 15, 13]
    L = ["曹景行", "贺知远"]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>临泷县2025年重点工作清单</title><style>',
         '@page { size: A4; margin: 2cm; @bottom-center { content: counter(page); font-size: 10pt; } }',
         'body { font-family: "Noto Serif CJK SC"; font-size: 11pt; } table { border-collapse: collapse; width: 100%; }',
         'td, th { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; font-weight: normal; } th:nth-child(1) { width: 46%; } tr { break-inside: avoid; }',
         '</style></head><body><h2 style="text-align:center;font-weight:normal">临泷县2025年重点工作清单</h2>',
         '<table><thead><tr><th>工作任务</th><th>牵头领导</th><th>牵头部门</th><th>协同部门</th><th>时间节点</th></tr></thead><tbody>']
    exp = []
    for i, pi in enumerate(picks):
        key, rest, measure, target, lead, units = POOL[pi]
        lead, units = level(lead, "县"), [level(u, "县") for u in units]
        ld = L[i * 2 // len(picks)]
        h.append("<tr><td>%s%s，%s。</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (key, rest, measure, ld, lead, "、".join(units), ["二季度", "三季度", "年底前"][i % 3]))
        exp.append((key, [ld], [lead], units))
    h.append("</tbody></table></body></html>")
    with open(name + ".html", "w") as f:
        f.write("\n".join(h) + "\n")
    want(name, exp, "no 序号 column: rows are told apart by the space between them.")

# M. county .docx whose table breaks into two tables at a page (the second
#    without a header of its own, nothing between them but a page break),
#    headers 主要工作 | 分管副县长 | 第一责任单位 | 责任单位 | 进度要求.
def fx_docx_split_no_header():
    name = "tbl-docx-split-no-header"
    picks = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19]
    L = ["许望川", "何静姝", "吕长林"]
    hdr = ["序号", "主要工作", "分管副县长", "第一责任单位", "责任单位", "进度要求"]
    def table(rows, with_header):
        t = ["<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>"]
        if with_header:
            t.append("<w:tr>" + "".join(wtc(x) for x in hdr) + "</w:tr>")
        t += rows
        t.append("</w:tbl>")
        return t
    rows, exp = [], []
    for i, pi in enumerate(picks):
        key, rest, measure, target, lead, units = POOL[pi]
        lead, units = level(lead, "县"), [level(u, "县") for u in units]
        ld = L[i * 3 // len(picks)]
        rows.append("<w:tr>" + "".join([wtc(str(i + 1)), wtc(key + rest + "，" + target + "。"), wtc(ld), wtc(lead), wtc("、".join(units)),
                                         wtc(["一季度启动，年底完成", "6月底前完成", "全年推进"][i % 3])]) + "</w:tr>")
        exp.append((key, [ld], [lead], units))
    body = [wp("岚皋县2025年县政府工作报告主要工作分工"), wp("各镇人民政府，县政府各工作部门：")]
    body += table(rows[:14], True)
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    body += table(rows[14:], False)
    body.append(wp("岚皋县人民政府办公室"))
    docx_write(name, body)
    want(name, exp, "the second table continues the first without a header; 第一责任单位 leads.")

# N. PDF of a web-page table whose 责任领导 cells span their group's rows
#    (rowspan, printed in the middle of the merged cell), 序号 per row.
def fx_pdf_rowspan():
    name = "tbl-pdf-rowspan"
    picks = [5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]
    L = ["邵北辰", "龚若溪", "梁思远", "蔡文斌"]
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>霁川区2025年重点任务分解</title><style>',
         '@page { size: A4; margin: 2cm; } body { font-family: "Noto Serif CJK SC"; font-size: 11pt; }',
         'table { border-collapse: collapse; width: 100%; } td { border: 1px solid #000; padding: 3pt; vertical-align: middle; } td:nth-child(2) { width: 45%; }',
         'tr { break-inside: avoid; }</style></head><body><p style="text-align:center">霁川区2025年重点任务分解表</p>',
         '<table><tr><td>序号</td><td>重点任务</td><td>责任领导</td><td>牵头单位</td><td>责任单位</td></tr>']
    exp, n = [], 0
    for gi, g in enumerate(groups(picks, [6, 7, 6, 7])):
        for ti, pi in enumerate(g):
            n += 1
            key, rest, measure, target, lead, units = POOL[pi]
            lead, units = level(lead, "区"), [level(u, "区") for u in units]
            cells = "<td>%d</td><td>%s%s，%s。</td>" % (n, key, rest, target)
            if ti == 0:
                cells += '<td rowspan="%d">%s</td>' % (len(g), L[gi])
            cells += "<td>%s</td><td>%s</td>" % (lead, "、".join(units))
            h.append("<tr>" + cells + "</tr>")
            exp.append((key, [L[gi]], [lead], units))
    h.append("</table></body></html>")
    with open(name + ".html", "w") as f:
        f.write("\n".join(h) + "\n")
    want(name, exp, "責任领导 merged over its group's rows, printed once in the middle of the merged cell.".replace("責", "责"))

def docx_write(name, body):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (2025, 1, 1, 0, 0, 0)), '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr(zipfile.ZipInfo("_rels/.rels", (2025, 1, 1, 0, 0, 0)), '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr(zipfile.ZipInfo("word/document.xml", (2025, 1, 1, 0, 0, 0)), doc)

def wp(txt):
    return "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % escape(txt)

def wtc(txt, vm=None, span=None):
    pr = ""
    if span: pr += "<w:gridSpan w:val=\"%d\"/>" % span
    if vm == "restart": pr += "<w:vMerge w:val=\"restart\"/>"
    elif vm == "cont": pr += "<w:vMerge/>"
    body = "".join(wp(x) for x in txt.split("\n")) if txt else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)

fx_two_task_columns(); fx_project_rows(); fx_html_ledger(); fx_docx_person_columns(); fx_md_short_headers(); fx_pdf_table()
fx_tsv_target_first(); fx_csv_ledger_source(); fx_pdf_top_aligned()
fx_xlsx_grouped_headers(); fx_html_subtasks(); fx_pdf_no_index()
fx_docx_split_no_header(); fx_pdf_rowspan()
