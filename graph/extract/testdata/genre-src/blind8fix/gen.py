# Writes the five fixtures of the eighth blind set's rules (own words, invented places).
import os, sys
out = sys.argv[1]
def want(name, conv, rows):
    with open(os.path.join(out, name + ".want.tsv"), "w") as f:
        f.write("# %s: expected (task, role, name) triples, from the meaning of each task\n" % name)
        f.write("# Convention: %s Invented.\n" % conv)
        for key, roles in rows:
            f.write("%s\ttask\t-\n" % key)
            for role, names in roles:
                for n in names:
                    f.write("%s\t%s\t%s\n" % (key, role, n))

# 1. TSV export of a city supervision system: an id column whose header holds 任务, a batch, a status, a due date.
tasks1 = [
    ("建成城市书房12处", "市文广旅局", ["市财政局", "市自然资源局"], "韩立新"),
    ("新增停车位3000个", "市城管局", ["市公安局"], "韩立新"),
    ("完成燃气管道更新80公里", "市住建局", ["市应急局", "市燃气集团"], "韩立新"),
    ("开展稳岗技能培训1.5万人次", "市人社局", ["市教育局"], "许明哲"),
    ("新建社区嵌入式养老站点15个", "市民政局", ["市卫健委"], "许明哲"),
    ("培育省级专精特新企业40家", "市工信局", ["市科技局", "市市场监管局"], "许明哲"),
    ("实施河道生态修复6条", "市水利局", ["市生态环境局"], "冯晓川"),
    ("建设乡村振兴示范片区3个", "市农业农村局", ["市财政局"], "冯晓川"),
]
with open(os.path.join(out, "tbl-tsv-system-export-ids.tsv"), "w") as f:
    f.write("任务编号\t交办批次\t任务来源\t工作事项\t主责单位\t联络人\t联系方式\t协同单位\t分管领导\t办理状态\t到期日期\t更新时间\n")
    for n, (t, lead, units, leader) in enumerate(tasks1):
        f.write("RW2026-%03d\t第%s批\t市政府常务会议\t%s\t%s\t%s\t0571-8%06d\t%s\t%s\t%s\t2026-%02d-30\t2026-03-%02d 09:15\n" % (
            101 + n, "一二"[n // 5], t, lead, ["王科长", "李主任"][n % 2], 123450 + n, ";".join(units), leader,
            ["推进中", "已办结"][n % 2], 6 + n % 6, 10 + n))
want("tbl-tsv-system-export-ids",
     "a supervision system's export (TSV): 任务编号 (an id, not the task) and 交办批次 before 工作事项; 主责单位 leads, "
     "联络人 with 联系方式 is a contact, 协同单位 split by ;, 分管领导 the leader, 办理状态, 到期日期 and 更新时间.",
     [(t, [("leader", [l]), ("lead", [lead]), ("unit", units)]) for t, lead, units, l in tasks1])

# 2. HTML list by lead unit: colspan rows "区X局（共牵头N项）" over rows with 协办单位 and 分管区领导, no lead column.
groups2 = [
    ("区教育局", [("新增公办学位1200个", ["区财政局"], "程远航"), ("建成智慧校园示范校5所", ["区大数据中心"], "程远航")]),
    ("区卫健局", [("改造社区卫生服务站8个", ["区医保局", "区财政局"], "程远航")]),
    ("区交通局", [("打通断头路4条", ["区自然资源局"], "孟庆华"), ("新辟公交线路6条", ["区公交公司"], "孟庆华"),
                 ("改造农村公路30公里", ["区财政局"], "孟庆华")]),
    ("区市场监管局", [("建设放心消费示范街区3条", ["区商务局"], "孟庆华")]),
    ("区司法局", [("建成社区法律服务室20个", ["各街道办事处"], "郭静怡"), ("开展普法宣传进社区活动100场", ["区委宣传部"], "郭静怡")]),
]
rows = []
n = 0
for unit, ts in groups2:
    rows.append('<tr><td colspan="5">%s（共牵头%d项）</td></tr>' % (unit, len(ts)))
    for t, units, leader in ts:
        n += 1
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, t, "、".join(units), leader, "年底前"))
with open(os.path.join(out, "tbl-html-unit-group-rows.html"), "w") as f:
    f.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>清河区2026年民生实事分工（按牵头单位）</title></head><body>\n'
            '<h2>清河区2026年民生实事分工（按牵头单位）</h2>\n<p>各牵头单位对所列事项负总责，协办单位按职责配合。</p>\n'
            '<table border="1">\n<tr><th>序号</th><th>工作任务</th><th>协办单位</th><th>分管区领导</th><th>完成时间</th></tr>\n'
            + "\n".join(rows) + "\n</table>\n<p>清河区人民政府办公室</p>\n</body></html>\n")
want("tbl-html-unit-group-rows",
     "a web page's list by lead unit: a row spanning the table names the lead and its count (区X局（共牵头N项）); "
     "the rows below have 协办单位 and 分管区领导 but no lead column.",
     [(t, [("leader", [l]), ("lead", [u]), ("unit", units)]) for u, ts in groups2 for t, units, l in ts])

# 3. CSV of a town: three-row header, merged cells left blank, 牵头站所 | 协办站所, 完成时间 over 上半年/下半年 over quarters.
tasks3 = [
    ("新修机耕路5公里", "吕国栋", "镇农技站", ["镇财政所", "各村"]),
    ("完成高效节水灌溉2000亩", "吕国栋", "镇水利站", ["镇农技站"]),
    ("培育家庭农场10家", "吕国栋", "镇农技站", ["镇经管站"]),
    ("新增城乡居民养老保险参保300人", "邓雨桐", "镇社保所", ["各村"]),
    ("建成村级日间照料中心4个", "邓雨桐", "镇民政所", ["镇财政所"]),
    ("开展消防安全检查60次", "邓雨桐", "镇安监站", ["镇派出所", "各村"]),
    ("清理河道垃圾12公里", "汪志刚", "镇环卫所", ["镇水利站"]),
    ("完成农房风貌改造150户", "汪志刚", "镇规建所", ["镇国土所"]),
]
with open(os.path.join(out, "tbl-csv-town-station-periods.csv"), "w", encoding="utf-8") as f:
    f.write("白沙镇2026年重点工作推进表,,,,,,,,\n")
    f.write("序号,重点工作,责任分工,,,完成时间,,,\n")
    f.write(",,分管领导,牵头站所,协办站所,上半年,,下半年,\n")
    f.write(",,,,,第一季度,第二季度,第三季度,第四季度\n")
    prev = None
    for n, (t, leader, lead, units) in enumerate(tasks3):
        shown = leader + "（副镇长）" if leader != prev else ""
        prev = leader
        f.write('%d,%s,%s,%s,"%s",摸底,开工,推进,完工\n' % (n + 1, t, shown, lead, "、".join(units)))
    f.write("备注：各站所每季度末报送进展。,,,,,,,,\n")
want("tbl-csv-town-station-periods",
     "a town's CSV (Excel export): a three-row header, 责任分工 over 分管领导 | 牵头站所 | 协办站所 and 完成时间 over "
     "上半年 / 下半年 over the four quarters (milestones, not deadlines); the leader merged down, left blank.",
     [(t, [("leader", [l]), ("lead", [lead]), ("unit", units)]) for t, l, lead, units in tasks3])

# 4. Markdown project list of a zone: 业主单位 (owner company: no role), 包抓领导, one 责任单位 per project.
tasks4 = [
    ("青禾新材料产业园项目", "青禾投资集团有限公司", "严振东", "园区经济发展局"),
    ("青禾物流枢纽二期项目", "青禾港务有限公司", "严振东", "园区商务局"),
    ("青禾人才社区项目", "青禾城建有限公司", "严振东", "园区规划建设局"),
    ("青禾再生水厂项目", "青禾水务有限公司", "苏婉清", "园区规划建设局"),
    ("青禾智能终端制造项目", "青禾投资集团有限公司", "苏婉清", "园区科技创新局"),
    ("青禾跨境数据中心项目", "青禾数字科技有限公司", "苏婉清", "园区经济发展局"),
    ("青禾滨河绿道项目", "青禾城建有限公司", "苏婉清", "园区生态环境局"),
]
with open(os.path.join(out, "tbl-md-project-owner-column.md"), "w") as f:
    f.write("# 青禾开发区2026年重点建设项目表\n\n每个项目明确一名包抓领导和一个责任单位。\n\n")
    f.write("| 序号 | 项目名称 | 建设规模 | 总投资（亿元） | 业主单位 | 包抓领导 | 责任单位 | 计划开工 |\n|---|---|---|---|---|---|---|---|\n")
    for n, (t, owner, leader, unit) in enumerate(tasks4):
        f.write("| %d | %s | 占地%d亩 | %d.5 | %s | %s（管委会副主任） | %s | 2026年%d月 |\n" % (n + 1, t, 50 + 30 * n, 3 + n, owner, leader, unit, 3 + n))
want("tbl-md-project-owner-column",
     "a zone's project table (Markdown): 业主单位 (the owner company, no role), 包抓领导 name（post）, one 责任单位 per "
     "project (its lead), numeric and date columns.",
     [(t, [("leader", [l]), ("lead", [u])]) for t, o, l, u in tasks4])

# 5. HTML: a summary table of leaders and counts, then one table per leader under a title naming the leader.
leaders5 = [
    ("陶文博", "县长", "陶文博同志（县长）牵头负责事项", [("编制县域国土空间规划", "县自然资源局", ["县发改局"]),
                                               ("招引亿元以上项目20个", "县商务局", ["县投促中心"]),
                                               ("新增规上工业企业15家", "县工信局", ["县统计局"])]),
    ("范志远", "常务副县长", "范志远常务副县长分管工作清单", [("盘活存量土地800亩", "县自然资源局", ["县财政局"]),
                                               ("化解政府债务风险", "县财政局", ["县审计局", "县金融办"])]),
    ("秦雅琳", "副县长", "秦雅琳副县长负责重点工作", [("创建义务教育优质均衡县", "县教育局", ["县财政局"]),
                                           ("新建乡镇卫生院3所", "县卫健局", ["县发改局"]),
                                           ("完成适老化改造500户", "县民政局", ["县残联"])]),
]
with open(os.path.join(out, "tbl-html-leader-titled-tables.html"), "w") as f:
    f.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>梧桐县2026年县领导牵头重点工作</title></head><body>\n'
            '<h2>梧桐县2026年县领导牵头重点工作</h2>\n<p>一、汇总</p>\n<table border="1">\n<tr><th>县领导</th><th>职务</th><th>牵头任务数</th></tr>\n')
    for name, post, title, ts in leaders5:
        f.write("<tr><td>%s</td><td>%s</td><td>%d</td></tr>\n" % (name, post, len(ts)))
    f.write("<tr><td>合计</td><td></td><td>8</td></tr>\n</table>\n")
    for name, post, title, ts in leaders5:
        f.write("<p>%s</p>\n<table border=\"1\">\n<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>协办单位</th><th>节点月份</th></tr>\n" % title)
        for n, (t, lead, units) in enumerate(ts):
            f.write("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%d月</td></tr>\n" % (n + 1, t, lead, "、".join(units), 6 + 2 * n))
        f.write("</table>\n")
    f.write("<p>梧桐县人民政府办公室</p>\n</body></html>\n")
want("tbl-html-leader-titled-tables",
     "a web page of one table per county leader, each under a paragraph naming the leader (X同志（县长）牵头负责事项, "
     "X常务副县长分管工作清单), after a summary table of leaders and task counts (县领导 | 职务 | 牵头任务数).",
     [(t, [("leader", [name]), ("lead", [lead]), ("unit", units)]) for name, post, title, ts in leaders5 for t, lead, units in ts])

# 6. A workbook with one sheet per leader, the leader only in the sheet's name (no title row).
import json
sheets6 = [
    ("钟鸣远（县长）", [("编制县域商业体系建设方案", "县商务局", ["县发改局"]), ("新增市场主体2000户", "县市场监管局", ["县税务局"]),
                       ("引进总部企业3家", "县投促中心", ["县商务局"])]),
    ("副县长邵可欣", [("新建城市公园2个", "县住建局", ["县自然资源局"]), ("改造老旧小区12个", "县住建局", ["县财政局", "各街道办事处"]),
                    ("新增公共停车位1500个", "县城管局", ["县公安局"])]),
    ("傅立群常务副县长", [("压减一般性支出10%", "县财政局", ["县审计局"]), ("完成国企改革重点任务", "县国资中心", ["县财政局"])]),
]
layout = {"sheets": [{"name": "说明", "rows": [["本表按县领导分管领域分列，各牵头单位每月5日前报送进展。"]], "merges": []}]}
for sheet, ts in sheets6:
    rows = [["序号", "重点工作", "牵头单位", "协同单位", "完成时限"]]
    for n, (t, lead, units) in enumerate(ts):
        rows.append([str(n + 1), t, lead, "、".join(units), "%d月底前" % (6 + 3 * n)])
    layout["sheets"].append({"name": sheet, "rows": rows, "merges": []})
with open("tbl-xlsx-leader-named-sheets.json", "w") as f:
    json.dump(layout, f, ensure_ascii=False, indent=1)
leader6 = {"钟鸣远（县长）": "钟鸣远", "副县长邵可欣": "邵可欣", "傅立群常务副县长": "傅立群"}
want("tbl-xlsx-leader-named-sheets",
     "a workbook with one sheet per county leader, the leader named only by the sheet (钟鸣远（县长）, 副县长邵可欣, "
     "傅立群常务副县长), a first sheet of notes; the xlsx is made from the JSON beside gen.py by xlsxgen.",
     [(t, [("leader", [leader6[sheet]]), ("lead", [lead]), ("unit", units)]) for sheet, ts in sheets6 for t, lead, units in ts])
