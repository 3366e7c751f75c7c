#!/usr/bin/env python3
"""Writes the eighth blind set (graph/extract/testdata/genre-blind8) and its
want files from one meaning per document: invented places, people and tasks;
conventions of real 台账 / 项目清单 / 督查系统 exports and web-page tables.
Reuses the second set's writers (want, write, xlsx, docx, pdf). Run from the
repository root:

    python3 graph/extract/testdata/genre-src/blind8/gen.py"""
import os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import T, jn, want, write, xlsx, docx, pdf, para, cell, table, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind8")
g2.HERE = HERE

# verb, object, measure, lead suffix, other unit suffixes
OBJECTS = [
    ("新建", "高标准农田", "万亩", "农业农村局", ["自然资源局", "水利局"]),
    ("改造", "老旧供水管网", "公里", "住建局", ["水务集团", "财政局"]),
    ("培育", "专精特新中小企业", "家", "工信局", ["科技局", "金融办"]),
    ("建成", "城市口袋公园", "个", "城管局", ["自然资源局", "住建局"]),
    ("新增", "公办幼儿园学位", "个", "教育局", ["发改局", "财政局"]),
    ("开通", "定制通勤公交线路", "条", "交通运输局", ["公安局", "公交公司"]),
    ("实施", "农村饮水提质工程", "处", "水利局", ["卫健委", "生态环境局"]),
    ("引进", "亿元以上产业项目", "个", "商务局", ["投促中心", "发改局"]),
    ("完成", "既有住宅加装电梯", "部", "住建局", ["市场监管局", "自然资源局"]),
    ("建设", "村级电商服务站", "个", "商务局", ["邮政公司", "农业农村局"]),
    ("整治", "黑臭水体", "条", "生态环境局", ["水利局", "城管局"]),
    ("新建", "充电桩", "个", "发改局", ["供电公司", "住建局"]),
    ("创建", "省级数字乡村示范村", "个", "农业农村局", ["大数据局", "网信办"]),
    ("开展", "职业技能培训", "万人次", "人社局", ["教育局", "总工会"]),
    ("打造", "特色街区", "条", "商务局", ["文旅局", "城管局"]),
    ("新增", "养老服务床位", "张", "民政局", ["卫健委", "医保局"]),
    ("建成", "县域医共体分院", "家", "卫健委", ["医保局", "财政局"]),
    ("治理", "水土流失面积", "平方公里", "水利局", ["林业局", "自然资源局"]),
    ("改造", "农村危房", "户", "住建局", ["民政局", "乡村振兴局"]),
    ("完成", "造林绿化", "万亩", "林业局", ["自然资源局", "财政局"]),
    ("建设", "智慧停车泊位", "个", "城管局", ["公安局", "交通运输局"]),
    ("新认定", "高新技术企业", "家", "科技局", ["税务局", "财政局"]),
    ("新增", "城镇就业岗位", "万个", "人社局", ["工信局", "商务局"]),
    ("建立", "矛盾纠纷调解室", "个", "司法局", ["信访局", "公安局"]),
    ("消除", "农村道路安全隐患点", "处", "交通运输局", ["公安局", "应急管理局"]),
    ("建成", "全民健身中心", "个", "体育局", ["自然资源局", "住建局"]),
    ("盘活", "闲置低效用地", "亩", "自然资源局", ["工信局", "税务局"]),
    ("开设", "社区嵌入式托育点", "个", "卫健委", ["民政局", "妇联"]),
    ("更新", "老旧电梯", "台", "市场监管局", ["住建局", "应急管理局"]),
    ("回收", "废旧农膜", "吨", "农业农村局", ["供销社", "生态环境局"]),
]

NAMES = ["聂伯川", "荀慧娴", "阚立军", "司徒静", "缪长庚", "晏秋池", "鲍宗义", "郦雪晴", "卓文远", "靳海鸥",
         "滕广智", "沈佩瑶", "单国梁", "訾春华", "屠思源", "冷玉成"]
NUMS = [3, 5, 8, 12, 16, 20, 26, 35, 48, 60, 90, 120, 300]


def unit(prefix, suffix):
    special = {"供电公司": "国网" + prefix + "供电公司", "邮政公司": prefix + "邮政分公司"}
    return special.get(suffix, prefix + suffix)


def pick(seed, n, prefix, others_max=2):
    rng = random.Random(seed)
    objs = sorted(rng.sample(OBJECTS, n), key=OBJECTS.index)
    out = []
    for verb, obj, meas, lead, others in objs:
        num = rng.choice(NUMS)
        k = rng.randint(1, min(others_max, len(others)))
        out.append(T("%s%s%d%s" % (verb, obj, num, meas), [], [unit(prefix, lead)], [unit(prefix, o) for o in others[:k]]))
    return out


def runs(n, k):
    return [list(range(i * n // k, (i + 1) * n // k)) for i in range(k)]


def cols(n):
    return "".join(chr(ord("A") + i) for i in range(n))


QUARTERS = ["完成方案制定", "完成年度任务30%", "完成年度任务70%", "全面完成"]
DETAIL = ["细化到乡镇，按月调度", "建立项目库，挂图作战", "落实资金，倒排工期", "纳入年度绩效考核", "实行周报制度"]


# 1. xlsx: 县 重点任务台账, two-row header (季度目标 over 一季度…四季度), 责任领导
#    merged down over runs, section rows merged across, a second sheet of notes.
def xlsx_ledger_quarterly():
    name = "xlsx-ledger-quarterly-milestones"
    tasks = pick(801, 22, "县")
    who = [("聂伯川", "常务副县长"), ("荀慧娴", "副县长"), ("阚立军", "副县长"), ("司徒静", "副县长")]
    secs = ["一、稳增长促发展", "二、城乡建设", "三、民生保障"]
    hdr1 = ["序号", "重点任务", "具体内容", "责任领导", "牵头单位", "责任单位", "完成时限", "季度目标", "", "", "", "进展情况"]
    hdr2 = ["", "", "", "", "", "", "", "一季度", "二季度", "三季度", "四季度", ""]
    rows = [["泊川县2026年政府工作报告重点任务台账"] + [""] * 11,
            ["填报单位：县政府督查室　　　　　　　　　　更新日期：2026年4月10日"] + [""] * 11, hdr1, hdr2]
    merges = ["A1:L1", "A2:L2", "H3:K3"] + ["%s3:%s4" % (c, c) for c in "ABCDEFGL"]
    rng = random.Random(8011)
    sec_at = {0: secs[0], 8: secs[1], 15: secs[2]}
    run_of = {}
    for (nm, post), idx in zip(who, runs(len(tasks), 4)):
        for i in idx:
            run_of[i] = (nm, post, idx[0])
    start, last = None, None

    def close():
        if start is not None and last > start:
            merges.append("D%d:D%d" % (start, last))

    for i, t in enumerate(tasks):
        nm, post, first = run_of[i]
        t["leaders"] = [nm]
        restate = i == first or i in sec_at
        if restate:
            close()
        if i in sec_at:
            rows.append([sec_at[i]] + [""] * 11)
            merges.append("A%d:L%d" % (len(rows), len(rows)))
        rows.append([str(i + 1), t["key"], rng.choice(DETAIL), nm + "\n（" + post + "）" if restate else "", t["leads"][0], jn(t["units"]),
                     rng.choice(["6月底前", "9月底前", "12月底前"])] + QUARTERS + [rng.choice(["序时推进", "已完成一季度目标", "滞后，已约谈"])])
        if restate:
            start = len(rows)
        last = len(rows)
    close()
    rows.append(["备注：进展情况由牵头单位于每季度末月25日前填报。"] + [""] * 11)
    merges.append("A%d:L%d" % (len(rows), len(rows)))
    notes = [["填报说明"], ["1.牵头单位负责汇总配合单位进展，按季度填写。"], ["2.滞后任务须写明原因及整改措施。"], ["3.联系人：县政府督查室 0731-5550112"]]
    xlsx(name, [("重点任务台账", rows, merges), ("填报说明", notes, [])])
    want(name, tasks, """Convention: a county 重点任务台账 workbook: title and 填报单位 rows merged across; a two-row header whose 季度目标
group is merged over 一季度 / 二季度 / 三季度 / 四季度 milestone columns (other header cells merged over both rows); section rows
merged across; 责任领导 "name（post）" merged down over each run of rows (restated after a section row); 牵头单位 and 责任单位 columns;
a second sheet 填报说明 with notes only. Invented; layout modelled on county 台账 with quarterly 形象进度.""")


# 2. xlsx: one sheet per leader (sheet name and title name the leader), monthly
#    milestone columns; a 汇总 sheet first with counts only.
def xlsx_leader_sheets():
    name = "xlsx-leader-sheets-monthly"
    tasks = pick(802, 24, "区", 1)
    who = [("晏秋池", "区长"), ("鲍宗义", "常务副区长"), ("郦雪晴", "副区长"), ("卓文远", "副区长")]
    months = ["%d月" % m for m in range(1, 13)]
    summary = [["溪岚区2026年重点工作分领导责任清单（汇总）", "", ""], ["区领导", "职务", "任务数"]]
    sheets = []
    for (nm, post), idx in zip(who, runs(len(tasks), 4)):
        summary.append([nm, post, str(len(idx))])
        rows = [["%s同志（%s）牵头负责重点工作清单" % (nm, post)] + [""] * 15,
                ["序号", "工作任务", "牵头单位", "配合单位", "月度节点"] + [""] * 11,
                ["", "", "", ""] + months]
        merges = ["A1:P1", "E2:P2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
        for k, i in enumerate(idx):
            t = tasks[i]
            t["leaders"] = [nm]
            marks = ["" for _ in months]
            for m in (2, 5, 8, 11):
                marks[m] = "▲"
            rows.append([str(k + 1), t["key"], t["leads"][0], jn(t["units"]), ""] + marks[1:])
        rows.append(["注：▲为节点月份，须报送进展。"] + [""] * 15)
        merges.append("A%d:P%d" % (len(rows), len(rows)))
        sheets.append((nm, rows, merges))
    summary.append(["合计", "", str(len(tasks))])
    xlsx(name, [("汇总", summary, ["A1:C1"])] + sheets)
    want(name, tasks, """Convention: a district workbook with one sheet per leader: the sheet is named after the leader and its title row
says "X同志（区长）牵头负责重点工作清单"; two-row header 序号 / 工作任务 / 牵头单位 / 配合单位 / 月度节点 (merged over 1月…12月,
the month cells marked ▲); the first sheet 汇总 lists leaders and task counts only (no tasks). Invented.""")


# 3. html: a page saved from a government site: layout tables for the banner
#    and navigation, a 信息公开 meta table, then a table per section with <th>
#    headers in two rows (责任分工 colspan over 牵头单位 / 配合单位) and a
#    rowspan'd 责任市领导 column.
def html_web_tables():
    name = "html-gov-site-section-tables"
    tasks = pick(803, 24, "市")
    secs = [("（一）扩大有效投资", 8), ("（二）建设宜居城市", 8), ("（三）增进民生福祉", 8)]
    who = ["滕广智", "沈佩瑶", "单国梁", "訾春华", "屠思源", "冷玉成"]
    body, i = [], 0
    for s, (title, n) in enumerate(secs):
        body.append('<h3 class="sec">%s</h3>' % esc(title))
        body.append('<table class="rwfj" border="1" cellspacing="0"><thead>'
                    '<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th rowspan="2">责任市领导</th>'
                    '<th colspan="2">责任分工</th><th rowspan="2">完成时限</th></tr>'
                    '<tr><th>牵头单位</th><th>配合单位</th></tr></thead><tbody>')
        for half in (0, 1):
            nm = who[2 * s + half]
            for k in range(n // 2):
                t = tasks[i]
                t["leaders"] = [nm]
                lc = '<td rowspan="%d">%s</td>' % (n // 2, esc(nm)) if k == 0 else ""
                body.append("<tr><td>%d</td><td>%s</td>%s<td>%s</td><td>%s</td><td>%s</td></tr>"
                            % (i + 1, esc(t["key"]), lc, esc(t["leads"][0]), esc(jn(t["units"])), ["6月底前", "年底前"][k % 2]))
                i += 1
        body.append("</tbody></table>")
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>清河市人民政府办公室关于印发2026年市政府重点工作任务分工的通知_政府信息公开_清河市人民政府门户网站</title></head>
<body>
<table width="100%%" class="top"><tr><td><img src="logo.png" alt="清河市人民政府"></td><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a> | <a href="/bsfw">办事服务</a></td><td>无障碍浏览 长者模式</td></tr></table>
<table width="1000" align="center"><tr><td class="left" width="200"><ul><li><a href="#">政府文件</a></li><li><a href="#">部门文件</a></li><li><a href="#">政策解读</a></li></ul></td>
<td class="main">
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府文件</div>
<table class="meta" border="1"><tr><th>索引号</th><td>11330900MB0C12345X/2026-00871</td><th>发布机构</th><td>市政府办公室</td></tr>
<tr><th>文号</th><td>清政办发〔2026〕6号</td><th>发布日期</th><td>2026-02-19</td></tr></table>
<h1>清河市人民政府办公室关于印发2026年市政府重点工作任务分工的通知</h1>
<div class="article">
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>经市政府同意，现将2026年市政府重点工作任务分工印发给你们。各牵头单位要制定推进计划，每季度首月5日前向市政府督查室报送上季度进展；配合单位要主动对接，形成合力。</p>
<p>附件：2026年市政府重点工作任务分工表</p>
<p style="text-align:center"><b>2026年市政府重点工作任务分工表</b></p>
%s
<p style="text-align:right">清河市人民政府办公室<br>2026年2月18日</p>
<p>（此件公开发布）</p>
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】 字号：大 中 小</div>
</td></tr></table>
<table width="100%%" class="foot"><tr><td>主办：清河市人民政府办公室　网站标识码：3309000012　浙ICP备00000000号</td></tr></table>
</body></html>
""" % "\n".join(body)
    write(name, "html", html)
    want(name, tasks, """Convention: a web page saved from a city government site: banner, navigation and footer in layout tables, a
信息公开 meta table (索引号 / 文号 / 发布日期 in <th>/<td>), then under each section heading <h3> its own table with a two-row <th>
header (责任分工 colspan=2 over 牵头单位 / 配合单位, the rest rowspan=2) and a 责任市领导 column rowspan'd over runs of rows. Invented;
layout modelled on 信息公开 pages with 附件 tables inline.""")


# 4. csv: export of a 督查督办 system: id and batch columns, status codes, a
#    责任人 column (contact at the lead unit, with a phone number), a 责任领导
#    column; units separated by ；. UTF-8 with BOM, CRLF.
def csv_oa_export():
    name = "csv-supervision-system-export"
    tasks = pick(804, 22, "县")
    who = ["缪长庚", "靳海鸥", "荀慧娴", "卓文远"]
    contacts = ["周科长", "李主任", "王股长", "陈副局长", "赵科员"]
    rng = random.Random(8041)
    lines = ["事项编号,批次,来源,事项名称,主办单位,责任人,联系电话,协办单位,责任领导,办理状态,状态码,截止日期,最后更新"]
    for i, t in enumerate(tasks):
        nm = who[i * 4 // len(tasks)]
        t["leaders"] = [nm]
        st = rng.choice([("办理中", "02"), ("已办结", "09"), ("逾期", "E1")])
        ph = "139%08d" % rng.randint(0, 99999999)
        lines.append('DB2026%04d,2026-01,政府工作报告,%s,%s,%s,%s,"%s",%s,%s,%s,2026-%02d-30,2026-04-0%d 10:%02d'
                     % (37 + i, t["key"], t["leads"][0], rng.choice(contacts), ph, "；".join(t["units"]), nm,
                        st[0], st[1], rng.choice([6, 9, 11]), rng.randint(1, 9), rng.randint(0, 59)))
    write(name, "csv", "\ufeff" + "\r\n".join(lines) + "\r\n")
    want(name, tasks, """Convention: a CSV exported from a county 督查督办 system (UTF-8 BOM, CRLF): id, batch and source columns,
事项名称, 主办单位 (the lead), 责任人 (a contact at the lead unit: a surname and post, not a leader) with 联系电话, 协办单位 separated
by ；, 责任领导 (the county leader), 办理状态 with a status code, dates. No title or notes. Invented.""")


# 5. docx: 责任清单 by unit: a group row per lead unit ("县水利局（牵头N项）")
#    spans the table; under it 序号 / 任务内容 / 配合单位 / 分管县领导 / 时限.
def docx_unit_list():
    name = "docx-responsibility-list-by-unit"
    tasks = pick(805, 22, "县")
    rng = random.Random(8051)
    names = NAMES[:8]
    lead_of = {}
    for t in tasks:
        lead_of.setdefault(t["leads"][0], []).append(t)
    body = [para("附件", True), para("望亭县2026年重点工作责任清单（按牵头单位）", True),
            para("说明：本清单按牵头单位归集任务；分管县领导负责协调，配合单位按职责参与。")]
    rows = [[cell("序号"), cell("任务内容"), cell("配合单位"), cell("分管县领导"), cell("完成时限")]]
    n = 0
    for lead, ts in lead_of.items():
        rows.append([cell("%s（牵头%d项）" % (lead, len(ts)), 5)])
        for t in ts:
            n += 1
            nm = rng.choice(names)
            t["leaders"] = [nm]
            rows.append([cell(str(n)), cell(t["key"]), cell(jn(t["units"])), cell(nm), cell(rng.choice(["6月底", "10月底", "年底"]))])
    body.append(table(rows, 5))
    body += [para("各牵头单位主要负责同志为第一责任人，每月底前报送进展。"), para("望亭县人民政府办公室　2026年3月2日印发")]
    docx(name, body)
    want(name, tasks, """Convention: a county 责任清单 arranged by lead unit (.docx table): a row spanning the table names the lead unit and
its count ("县水利局（牵头3项）"); the task rows under it have 序号 / 任务内容 / 配合单位 / 分管县领导 (a person's name) / 完成时限 and
no lead column. Title, a 说明 paragraph before, a closing paragraph after. Invented.""")


# 6. pdf: 开发区 重点项目清单, three-row header (投资（万元） over 总投资 /
#    年度计划投资, the latter over 全年 / 上半年), 项目业主 (owner company, not
#    a role), 包保领导 and one 责任单位 per project. Running header and page numbers.
def pdf_project_list():
    name = "pdf-zone-project-investment-list"
    rng = random.Random(806)
    kinds = [("智能装备产业园", "标准厂房及配套"), ("新能源电池配套", "生产线及仓储"), ("冷链物流中心", "冷库及分拨"),
             ("生物医药孵化器", "研发楼及中试"), ("数字经济大厦", "办公及数据机房"), ("污水处理厂提标", "工艺改造"),
             ("园区环路", "道路及管网"), ("人才公寓", "住宅及配套"), ("精密铸造技改", "设备更新"), ("光伏屋顶", "分布式电站"),
             ("综合能源站", "供热供冷"), ("跨境电商产业园", "展示及仓储"), ("职业技能实训基地", "实训楼"),
             ("邻里中心", "商业及公共服务"), ("科创走廊一期", "景观及道路"), ("半导体材料项目", "洁净厂房"),
             ("汽车零部件扩产", "冲压焊装线"), ("智慧园区平台", "感知及指挥系统"), ("雨水泵站", "泵站及管网"), ("食品加工产业园", "厂房")]
    units = ["开发区经发局", "开发区建设局", "开发区招商局", "开发区科技局", "开发区生态环境分局"]
    who = [("郦雪晴", "管委会主任"), ("冷玉成", "管委会副主任"), ("单国梁", "管委会副主任"), ("屠思源", "管委会副主任")]
    tasks, trs = [], []
    for i, (proj, content) in enumerate(kinds):
        key = "红枫%s项目" % proj if not proj.endswith("项目") else "红枫" + proj
        nm, post = who[i * 4 // len(kinds)]
        u = rng.choice(units)
        total = rng.randint(8, 120) * 1000
        year = total * rng.randint(2, 6) // 10
        tasks.append(T(key, [nm], [u], []))
        trs.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>红枫%s有限公司</td><td>%s（%s）</td><td>%s</td><td>%s</td></tr>"
                   % (i + 1, key, content, total, year, year // 2, rng.choice(["城投", "产业发展", "科创集团"]), nm, post, u,
                      rng.choice(["新开工", "续建", "竣工"])))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 18mm 12mm; @top-center { content: "红枫经济开发区管委会文件"; font-size: 9pt; }
  @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%%; } td, th { border: 1px solid #000; padding: 3px; text-align: center; }
h1 { text-align: center; font-size: 18pt; }
</style></head><body>
<p>附件</p>
<h1>红枫经济开发区2026年重点项目清单</h1>
<p>各局办、各园区平台公司：2026年列入清单的重点项目%d个，实行“一个项目、一名包保领导、一个责任单位”推进机制，责任单位按月报送投资完成情况。</p>
<table><thead>
<tr><th rowspan="3">序号</th><th rowspan="3">项目名称</th><th rowspan="3">建设内容</th><th colspan="3">投资（万元）</th><th rowspan="3">项目业主</th><th rowspan="3">包保领导</th><th rowspan="3">责任单位</th><th rowspan="3">项目类别</th></tr>
<tr><th rowspan="2">总投资</th><th colspan="2">年度计划投资</th></tr>
<tr><th>全年</th><th>上半年</th></tr></thead><tbody>
%s
</tbody></table>
<p>注：项目业主为建设主体，包保领导负责协调解决项目推进中的重大问题。</p>
<p style="text-align:right">红枫经济开发区管委会办公室　2026年2月26日</p>
</body></html>""" % (len(tasks), "\n".join(trs))
    pdf(name, html)
    want(name, tasks, """Convention: a 开发区 重点项目清单 printed to PDF (landscape, running header, "— n —" page numbers): a three-row
header (投资（万元） over 总投资 and 年度计划投资, the latter over 全年 / 上半年), numeric investment columns, 项目业主 (the owner
company: no role), 包保领导 "name（post）" and one 责任单位 per project (read as its lead; no other units). Invented.""")


# 7. docx: 镇 重点工作清单 with a three-row header built of gridSpan and vMerge
#    (责任分工 over 包保领导 / 牵头站所 / 配合站所; 时间节点 over 上半年 /
#    下半年, each over two quarters); town-level units.
TOWN = [
    ("流转", "土地托管面积", "亩", "镇农业综合服务中心", ["镇财政所", "各村"]),
    ("整治", "村庄人居环境示范点", "个", "镇规划建设办", ["镇农业综合服务中心"]),
    ("新建", "村级养老服务站", "个", "镇社会事务办", ["镇卫生院", "各村"]),
    ("排查", "燃气使用安全隐患", "户", "镇应急管理办", ["镇派出所", "镇市场监管所"]),
    ("调处", "矛盾纠纷", "件", "镇综治中心", ["镇司法所", "镇派出所"]),
    ("清理", "沟渠塘堰", "公里", "镇水利站", ["各村"]),
    ("培育", "村集体经济强村", "个", "镇经济发展办", ["镇农业综合服务中心", "镇财政所"]),
    ("改造", "镇区背街小巷", "条", "镇规划建设办", ["镇综合执法队"]),
    ("发展", "设施蔬菜大棚", "座", "镇农业综合服务中心", ["各村"]),
    ("招引", "返乡创业项目", "个", "镇经济发展办", ["镇社会保障所"]),
    ("完成", "城乡居民医保参保", "人", "镇社会保障所", ["镇卫生院", "各村"]),
    ("创建", "平安村", "个", "镇综治中心", ["镇派出所", "各村"]),
    ("拆除", "违法建设", "处", "镇综合执法队", ["镇规划建设办", "镇自然资源所"]),
    ("建成", "农村公路养护示范路", "公里", "镇规划建设办", ["镇财政所"]),
    ("开展", "森林防火巡查", "次", "镇应急管理办", ["镇林业站", "各村"]),
    ("推广", "稻渔综合种养", "亩", "镇农业综合服务中心", ["镇水利站"]),
    ("办理", "便民服务事项", "件", "镇便民服务中心", ["镇社会事务办"]),
    ("组织", "农村实用技术培训", "期", "镇社会保障所", ["镇农业综合服务中心"]),
    ("巩固", "饮用水源地保护区", "处", "镇生态环境办", ["镇水利站", "各村"]),
    ("新增", "网格员", "名", "镇综治中心", ["各村"]),
]


def vcell(txt, restart=None, span=None):
    pr = ('<w:gridSpan w:val="%d"/>' % span if span else "")
    if restart is not None:
        pr += '<w:vMerge w:val="restart"/>' if restart else "<w:vMerge/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, para(txt) if txt else "<w:p/>")


def docx_town_three_row_header():
    name = "docx-town-three-row-header"
    rng = random.Random(807)
    who = [("沈佩瑶", "党委书记"), ("滕广智", "党委副书记、镇长"), ("訾春华", "党委委员、副镇长"), ("冷玉成", "党委委员、武装部长")]
    tasks = []
    for verb, obj, meas, lead, others in TOWN:
        num = rng.choice(NUMS)
        tasks.append(T("%s%s%d%s" % (verb, obj, num, meas), [], [lead], others[:rng.randint(1, len(others))]))
    rows = [[vcell("序号", True), vcell("工作任务", True), vcell("责任分工", span=3), vcell("时间节点", span=4)],
            [vcell("", False), vcell("", False), vcell("包保领导", True), vcell("牵头站所", True), vcell("配合站所", True),
             vcell("上半年", span=2), vcell("下半年", span=2)],
            [vcell("", False), vcell("", False), vcell("", False), vcell("", False), vcell("", False),
             vcell("一季度"), vcell("二季度"), vcell("三季度"), vcell("四季度")]]
    for (nm, post), idx in zip(who, runs(len(tasks), 4)):
        for k, i in enumerate(idx):
            t = tasks[i]
            t["leaders"] = [nm]
            lc = vcell("%s（%s）" % (nm, post), True) if k == 0 else vcell("", False)
            rows.append([vcell(str(i + 1)), vcell(t["key"]), lc, vcell(t["leads"][0]), vcell(jn(t["units"])),
                         vcell("启动"), vcell("过半"), vcell("攻坚"), vcell("验收")])
    body = [para("青石镇人民政府", True), para("关于印发青石镇2026年重点工作责任清单的通知", True),
            para("各村（社区），镇属各站所："),
            para("现将2026年重点工作责任清单印发给你们。包保领导对所包任务负总责，牵头站所每季度末向镇党政办报送进展。"),
            para("青石镇2026年重点工作责任清单", True), table(rows, 9),
            para("青石镇党政办公室　2026年2月20日")]
    docx(name, body)
    want(name, tasks, """Convention: a town (镇) 重点工作责任清单 (.docx) with a three-row header built of gridSpan and vMerge: 责任分工 over
包保领导 / 牵头站所 / 配合站所, 时间节点 over 上半年 / 下半年, each over two quarter columns; 序号 and 工作任务 vMerge'd down the
three rows; 包保领导 "name（post）" vMerge'd over runs of rows; town-level units (镇…办, 镇…所, 各村). Invented.""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    xlsx_ledger_quarterly()
    xlsx_leader_sheets()
    html_web_tables()
    csv_oa_export()
    docx_unit_list()
    pdf_project_list()
    docx_town_three_row_header()


if __name__ == "__main__":
    main()
