#!/usr/bin/env python3
"""Writes the fourth blind set (graph/extract/testdata/genre-blind4) and its
want files from one meaning per document: invented places, people and tasks
(pool4.py); conventions of real documents (docs/extraction-conventions-survey-2.md,
"Fourth blind set"). Reuses the second set's writers (want, docx, xlsx).
Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind4/gen.py"""
import csv, io, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2  # the second set's writers; they write under g2.OUT, keep sources under g2.HERE
from gen import T, CN, jn, para, cell, table, want, write, docx, xlsx

sys.path.insert(0, HERE)
from pool4 import POOL

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind4")
g2.HERE = HERE


def unit(prefix, suffix):
    if suffix.startswith("各") or suffix in ("海关", "供电公司"):
        return {"海关": prefix + "海关", "供电公司": "国网" + prefix + "供电公司"}.get(suffix, suffix)
    return prefix + suffix


def pick(seed, n, prefix):
    rng = random.Random(seed)
    items = sorted(rng.sample(POOL, n), key=POOL.index)
    out = []
    for text, lead, others in items:
        k = rng.randint(1, len(others))
        out.append(T(text, [], [unit(prefix, lead)], [unit(prefix, o) for o in others[:k]]))
    return out


# 1. A province's 分工 (txt): 1. / (1) half-width numbering; the roles in a
#    parenthesis on the NEXT line; 责任省领导 given as surname + post (王省长,
#    李副省长) for most tasks — not a full name, no leader recorded — and as a
#    full name + post (孙立平副省长) for some.
def txt_province_surname_posts():
    name = "txt-province-surname-posts"
    tasks = pick(name, 21, "省")
    short = ["王省长", "李副省长", "赵副省长", "刘副省长"]
    full = {3: ("孙立平", "孙立平副省长"), 8: ("周海澜", "省政府秘书长周海澜"), 14: ("孙立平", "副省长孙立平"), 19: ("贺子明", "贺子明（副省长）")}
    out = ["临川省2025年政府工作报告重点任务分工方案", "", "各市人民政府，省政府各部门、各直属机构：",
           "为确保《政府工作报告》确定的目标任务落到实处，现将重点任务分工如下。", ""]
    secs = {0: "1. 着力扩大有效需求", 6: "2. 加快构建现代化产业体系", 12: "3. 持续保障和改善民生", 17: "4. 统筹发展和安全"}
    k = 0
    for i, t in enumerate(tasks):
        if i in secs:
            out += [secs[i], ""]
            k = 0
        k += 1
        if i in full:
            ld = full[i][1]
            t["leaders"] = [full[i][0]]
        else:
            ld = short[i % len(short)]
        units = "；配合单位：%s" % jn(t["units"])
        line = "(%d) %s%s" % (k, t["key"], "，年底前见到实效。" if i % 3 == 0 else "。")
        out.append(line)
        out.append("（责任省领导：%s；牵头单位：%s%s）" % (ld, jn(t["leads"]), units))
        if i == 10:
            out.append("- 3 -")
    out += ["", "各牵头单位每季度末将进展情况报省政府督查室。", "", "临川省人民政府办公厅", "2025年2月10日"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a province's 重点任务分工: sections 1. 2. (ASCII dot), tasks (1)(2) in half-width brackets, the
roles of each task in a parenthesis on the NEXT line: （责任省领导：…；牵头单位：…；配合单位：…）. Most 责任省领导 are written
surname + post only (王省长, 李副省长): a surname is not a full name, so a reader records NO leader for them; four name a person
with the post before, after or in brackets (孙立平副省长, 省政府秘书长周海澜, 贺子明（副省长）): the name is recorded; a page number.
Source: 石景山区 2019 任务分解 (牵头单位:/协办单位: lines after each item), https://www.wenmi123.com/article/312836.html ;
常州钟楼区 2021 民生实事 (区政府分管领导 by name), https://1wenmi.com/doc/507125.html""")


# 2. A city 清单 exported from WPS (.xlsx): columns in an unusual order (units
#    before the task), the lead unit merged down over its run of tasks, a 备注
#    column naming units that are not roles, deadlines 持续推进 / 长期.
def xlsx_wps_units_first():
    name = "xlsx-wps-units-first"
    tasks = pick(name, 22, "市")
    tasks.sort(key=lambda t: t["leads"][0])
    rows = [["昌岭市2024年重点工作责任清单", "", "", "", "", ""],
            ["序号", "牵头单位", "配合单位", "工作任务", "完成时限", "备注"]]
    merges = ["A1:F1"]
    prev, start = None, None
    for i, t in enumerate(tasks):
        r = len(rows) + 1
        lead = t["leads"][0]
        if lead == prev:
            lv = ""
        else:
            if start and r - 1 > start:
                merges.append("B%d:B%d" % (start, r - 1))
            start, lv = r, lead
        prev = lead
        note = ["", "资金由%s统筹" % "市财政局", "列入市委督查", "与%s联合调度" % "市发改局", ""][i % 5]
        rows.append([str(i + 1), lv, jn(t["units"]), t["key"], ["持续推进", "2024年底", "长期", "6月底前"][i % 4], note])
    if start and len(rows) > start:
        merges.append("B%d:B%d" % (start, len(rows)))
    rows.append(["注：配合单位按职责分工负责，备注栏为督查室工作提示。", "", "", "", "", ""])
    merges.append("A%d:F%d" % (len(rows), len(rows)))
    xlsx(name, [("Sheet1", rows, merges), ("Sheet2", [], [])])
    want(name, tasks, """Convention: a 责任清单 exported from WPS: columns 序号 / 牵头单位 / 配合单位 / 工作任务 / 完成时限 / 备注 (the units
BEFORE the task), the lead unit merged down over its run of tasks (blank below means the same lead), deadlines 持续推进 / 长期,
a 备注 column that names units (资金由市财政局统筹, 与市发改局联合调度) which are NOT roles, an empty second sheet, a 注 row.
Source: 烟台 2022 民生事项 (类别 | 事项 | 任务目标 | 责任单位 | 分管市领导 | 进展), https://baoqoo.com/art/2022/10/8/art_48731_2934579 ;
南京 教育惠民 实事 (实事内容 | 工作任务 | 责任单位 | 进展), http://totopco.com/art/2020/9/15/art_1229200393_57587027.html""")


# 3. A district 民生实事 web page grouped by lead unit as sub-headings
#    三、区教育局（3项）; under each, items 1. 2. with 配合单位：… at the end.
def html_minsheng_by_lead():
    name = "html-minsheng-by-lead"
    tasks = pick(name, 22, "区")
    groups = {}
    for t in tasks:
        groups.setdefault(t["leads"][0], []).append(t)
    body = ["<h2>南浦区2025年民生实事项目责任分工</h2>", "<p class='meta'>发布时间：2025-02-18　来源：区政府办</p>",
            "<p>经区人大常委会票决，确定2025年民生实事项目如下，按牵头单位分列：</p>"]
    order = []
    for s, (lead, ts) in enumerate(groups.items()):
        body.append("<p><strong>%s、%s（%d项）</strong></p>" % (CN[s] if s < 10 else "十" + CN[s - 10], lead, len(ts)))
        for j, t in enumerate(ts):
            body.append("<p>%d.%s。配合单位：%s。</p>" % (j + 1, t["key"], jn(t["units"])))
            order.append(t)
    body.append("<p>附件：民生实事项目进度月报表.xls</p>")
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>民生实事</title><style>p{line-height:2}</style>"
            "<script>var share=1;</script></head><body><div class='nav'>首页 &gt; 政务公开 &gt; 通知公告</div>"
            "<div class='content'>%s</div><div class='foot'>主办：南浦区人民政府　网站标识码 1234000001</div></body></html>" % "\n".join(body))
    write(name, "html", html)
    want(name, order, """Convention: a 民生实事 list grouped by lead unit: sub-headings 一、区卫健局（2项） give the lead of every item
below them until the next sub-heading; items 1. 2. … with 配合单位：… at the end of the item; no leaders named; site chrome.
Source: 常州钟楼区 2021 重大民生实事项目目标任务责任分解表 (牵头单位 / 配合单位 per item), https://1wenmi.com/doc/507125.html ;
石景山区 2019 (牵头单位/协办单位 after the item), https://www.wenmi123.com/article/312836.html""")


# 4. A county 目标责任书 (.docx): a table 序号 | 考核指标 | 目标值 | 分值 |
#    牵头单位 | 责任单位; a 责任县领导 paragraph before each category table
#    names the leader with post; signature lines after.
def docx_target_responsibility():
    name = "docx-target-responsibility"
    tasks = pick(name, 21, "县")
    leaders = [("宋启航", "常务副县长宋启航"), ("裴雨桐", "副县长裴雨桐"), ("季远山", "季远山（副县长）")]
    cats = [(0, "一、经济发展类指标（40分）"), (7, "二、民生保障类指标（35分）"), (14, "三、安全稳定类指标（25分）")]
    body = [para("2025年度县政府目标责任书", bold=True), para("为压实工作责任，县政府与各责任单位签订本目标责任书。")]
    for c, (start, title) in enumerate(cats):
        end = cats[c + 1][0] if c + 1 < len(cats) else len(tasks)
        nm, shown = leaders[c]
        body.append(para(title, bold=True))
        body.append(para("责任县领导：%s" % shown))
        rows = [[cell(x) for x in ["序号", "考核指标", "目标值", "分值", "牵头单位", "责任单位"]]]
        for i in range(start, end):
            t = tasks[i]
            t["leaders"] = [nm]
            rows.append([cell(str(i - start + 1)), cell(t["key"]), cell(["完成", "≥95%", "按期完成", "全覆盖"][i % 4]),
                         cell(str([5, 6, 4, 5, 6][i % 5])), cell(jn(t["leads"])), cell(jn(t["units"]))])
        body.append(table(rows, 6))
    body += [para("考核办法：指标完成得满分，未完成按比例扣分。"), para("县人民政府（盖章）　　　　责任单位（盖章）"),
             para("县长：冯立恒　　　　单位主要负责人：（签字）")]
    docx(name, body)
    want(name, tasks, """Convention: a 目标责任书: one table per category (一、经济发展类指标（40分）), columns 考核指标 / 目标值 / 分值 /
牵头单位 / 责任单位; a 责任县领导：… paragraph above each table (post before the name or in brackets: the name is recorded)
governs its rows; signature lines (县长：冯立恒 signs the document, not a task's leader). Source: 目标责任书 structure (责任主体,
量化指标, 考核标准), https://www.wendang.net/wd/603645.html ; 常州钟楼区 2021 (区政府分管领导 / 牵头单位 / 配合单位),
https://1wenmi.com/doc/507125.html""")


# 5. A 街道 工作计划 (md pipe table): 社区 as units; one row holds two numbered
#    tasks ①② each with its own 牵头：/参与： in the same cell; 包保领导 column
#    with 街道 posts; deadlines 持续推进 / 长期.
STREET = [
    ("完成老旧小区加装电梯12部", "城建办", ["桂园社区", "柳湾社区"]),
    ("建成社区食堂3个", "民政办", ["东门社区", "桂园社区"]),
    ("开展背街小巷环境整治", "城管办", ["各社区"]),
    ("推进网格员队伍专职化", "综治办", ["柳湾社区", "北塘社区", "东门社区"]),
    ("新建微型消防站4个", "应急办", ["北塘社区"]),
    ("实施楼道堆物清理专项行动", "应急办", ["各社区", "物业服务企业"]),
    ("办好社区党校季度轮训", "党建办", ["各社区党委"]),
    ("完成居民议事会换届选举", "党建办", ["各社区"]),
    ("走访辖区规上企业全覆盖", "经发办", ["招商中心"]),
    ("新引进楼宇企业30家", "招商中心", ["经发办"]),
    ("落实独居老人每周探访", "民政办", ["各社区", "社工站"]),
    ("建立矛盾纠纷多元化解中心", "综治办", ["司法所", "派出所"]),
    ("开展垃圾分类桶前值守", "城管办", ["桂园社区", "东门社区"]),
    ("推进无违建街道创建", "城建办", ["城管办", "各社区"]),
    ("建设15分钟便民生活圈", "经发办", ["柳湾社区", "北塘社区"]),
    ("开展退役军人服务站规范化建设", "退役军人服务站", ["各社区"]),
    ("实施儿童友好社区改造", "妇联", ["东门社区"]),
    ("完成燃气用户安全入户检查", "应急办", ["各社区", "燃气公司"]),
    ("开展12345热线诉求即接即办", "综治办", ["各社区"]),
    ("组织社区文化节系列活动", "文化站", ["各社区"]),
    ("完善社区卫生服务站签约服务", "民政办", ["社区卫生服务中心"]),
]


def md_street_shared_cell():
    name = "md-street-shared-cell"
    leaders = [("龚文博", "龚文博（党工委副书记）"), ("岑晓雯", "办事处副主任岑晓雯"), ("鲍志刚", "鲍志刚")]
    tasks = [T(x, [], [l], o) for x, l, o in STREET]
    out = ["# 青枫街道2025年重点工作计划", "", "> 街道党工委会议审议通过", "",
           "| 序号 | 包保领导 | 重点工作 | 完成时限 |", "|---|---|---|---|"]
    i, row = 0, 0
    while i < len(tasks):
        row += 1
        ld = leaders[min(2, (row - 1) // 6)]
        n = 2 if row % 3 == 0 and i + 1 < len(tasks) else 1
        parts = []
        for j in range(n):
            t = tasks[i + j]
            t["leaders"] = [ld[0]]
            mark = "①②"[j] if n > 1 else ""
            parts.append("%s%s。牵头：街道%s；参与：%s" % (mark, t["key"], t["leads"][0], jn(t["units"])))
        for j in range(n):
            tasks[i + j]["leads"] = ["街道" + tasks[i + j]["leads"][0]]
        out.append("| %d | %s | %s | %s |" % (row, ld[1], "<br>".join(parts), ["持续推进", "长期", "年底前", "6月底前"][row % 4]))
        i += n
    out += ["", "说明：各社区党委书记为本社区第一责任人；街道主任钱卫国统筹调度。"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, tasks, """Convention: a 街道 重点工作计划 pipe table 序号 | 包保领导 | 重点工作 | 完成时限 where the roles are written in the
task cell: 任务。牵头：街道X办；参与：Y社区、Z社区 (社区 and 各社区 are units); every third row holds two tasks ① ② each with its own
牵头：/参与：; 包保领导 as name + post in brackets, post + name, or the bare name (the name recorded); deadlines 持续推进 / 长期;
a 说明 naming 街道主任钱卫国 (not a task's leader). Source: 石景山区 2019 新时代街道工作 任务分解 (街道, 社区, 牵头单位/协办单位),
https://www.wenmi123.com/article/312836.html ; 塘桥街道 2020 社代会报告 (街道实事, 居委), https://www.pudong.gov.cn/zwgk/qtzcxwj-tqjdzcwj/2022/287/46973.html""")


# 6. A county 任务清单 (csv): 责任单位 cell holds 牵头：…\n配合：… on two lines;
#    责任领导 blank below the first of a run (merged in Excel); the unit's own
#    head named in a 联络人 column (not a leader).
def csv_two_line_roles():
    name = "csv-two-line-roles"
    tasks = pick(name, 22, "县")
    leaders = [("伍春来", "伍春来 县委常委、副县长"), ("闵秋红", "副县长 闵秋红"), ("欧阳晖", "欧阳晖")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["泸溪县2024年重点任务清单", "", "", "", "", ""])
    w.writerow(["序号", "工作内容", "责任领导", "责任单位", "完成时限", "联络人"])
    for i, t in enumerate(tasks):
        ld = leaders[i * 3 // len(tasks)]
        t["leaders"] = [ld[0]]
        first = i == 0 or leaders[(i - 1) * 3 // len(tasks)] != ld
        w.writerow([str(i + 1), t["key"], ld[1] if first else "", "牵头：%s\n配合：%s" % (jn(t["leads"]), jn(t["units"])),
                    ["长期坚持", "2024年9月", "持续推进", "2024年12月"][i % 4], "%s局长 %s" % (t["leads"][0], ["程某", "杜某"][i % 2])])
    w.writerow(["备注：责任领导栏空白的同上。", "", "", "", "", ""])
    write(name, "csv", buf.getvalue(), newline="")
    want(name, tasks, """Convention: a 任务清单 exported from Excel to CSV: the 责任单位 cell holds two lines 牵头：A / 配合：B、C (roles labelled
inside the cell); 责任领导 merged in Excel so blank below the first row of each run (same as above, as the 备注 says), written as
name + posts (伍春来 县委常委、副县长), post + name or bare; a 联络人 column names the lead unit's own head (not a leader); deadlines
长期坚持 / 持续推进. Source: 烟台 2022 民生事项 (责任单位 / 分管市领导 columns), https://baoqoo.com/art/2022/10/8/art_48731_2934579 ;
常州钟楼区 2021 (区政府分管领导 merged over items), https://1wenmi.com/doc/507125.html""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    for f in (txt_province_surname_posts, xlsx_wps_units_first, html_minsheng_by_lead, docx_target_responsibility,
              md_street_shared_cell, csv_two_line_roles):
        f()


if __name__ == "__main__":
    main()
