#!/usr/bin/env python3
"""Writes the thirteenth blind set (graph/extract/testdata/genre-blind13) and
its want files from one meaning per document: invented places, people and
tasks; the ordinary conventions of 政府工作报告重点工作任务分工 / 年度重点工作
任务分解 of 市, 县, 区 governments and 开发区 as published 2022-2026
(docs/extraction-conventions-survey-blind13.md). Measure-only: nothing here is
meant as a trap. Reuses the second set's writers (want, write, docx, xlsx,
pdf). Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind13/gen.py"""
import csv, io, os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import jn, want, write, xlsx, pdf, docx, para, cell, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind13")
g2.HERE = HERE

CN = "一二三四五六七八九十"

# Tasks in our own words: (section, text, lead bureau key, partner keys).
POOL = [
    ("稳增长", "全年地区生产总值增长6%左右，力争在实际工作中取得更好结果", "fg", ["tj", "gx", "sw"]),
    ("稳增长", "一般公共预算收入同口径增长5%，税收占比稳定在七成以上", "cz", ["swj"]),
    ("稳增长", "固定资产投资增长8%以上，全年谋划储备项目不少于120个", "fg", ["zr", "zj", "cz"]),
    ("稳增长", "社会消费品零售总额增长7%，开展汽车家电以旧换新促消费活动20场次", "sw", ["sc", "cz"]),
    ("稳增长", "争取地方政府专项债券额度18亿元，债券资金当年支出率达到九成", "cz", ["fg"]),
    ("产业", "推进规模以上工业企业技术改造，全年实施技改项目45个", "gx", ["fg", "kj"]),
    ("产业", "新认定国家级高新技术企业30家，科技型中小企业入库评价150家", "kj", ["gx", "swj"]),
    ("产业", "建成投用新材料产业园标准化厂房12万平方米", "gx", ["zj", "zr"]),
    ("产业", "新增规模以上工业企业25家，培育专精特新中小企业10家", "gx", ["tj", "sc"]),
    ("产业", "发展全域旅游，全年接待游客突破900万人次，旅游综合收入增长12%", "wl", ["jt", "sc"]),
    ("产业", "培育农村电商主体200个，农产品网络零售额增长15%", "sw", ["ny", "yz"]),
    ("乡村", "稳定粮食播种面积46万亩，粮食总产量保持在19万吨以上", "ny", ["zr", "sl"]),
    ("乡村", "新建高标准农田3.2万亩，同步实施耕地质量提升工程", "ny", ["zr", "cz", "sl"]),
    ("乡村", "巩固拓展脱贫攻坚成果，守住不发生规模性返贫致贫底线", "xz", ["ny", "rs", "mz"]),
    ("乡村", "打造乡村振兴示范村15个，完成村庄规划编制40个", "ny", ["zr", "zj"]),
    ("乡村", "实施农村供水保障工程，农村自来水普及率提高到93%", "sl", ["ws", "st"]),
    ("乡村", "改造提升农村公路85公里，实现建制村通客车全覆盖", "jt", ["cz", "xzz"]),
    ("城建", "开工改造城镇老旧小区38个，惠及居民4600户", "zj", ["fg", "cz"]),
    ("城建", "新建改造城区雨污分流管网26公里，消除易涝积水点9处", "zj", ["st", "sl"]),
    ("城建", "新增城区公共停车泊位1500个，新建公共充电桩300个", "zj", ["gaj", "fg"]),
    ("城建", "推进城市更新，完成背街小巷整治32条", "cg", ["zj", "xzz"]),
    ("城建", "完成国土空间总体规划报批，划定城镇开发边界", "zr", ["fg", "zj"]),
    ("生态", "细颗粒物平均浓度控制在28微克每立方米以下，优良天数比例达到95%", "st", ["gaj", "zj", "jt"]),
    ("生态", "国控省控断面水质优良比例保持100%，全面落实河湖长制", "sl", ["st", "ny"]),
    ("生态", "完成营造林4.5万亩，森林覆盖率稳定在60%以上", "lc", ["zr", "xzz"]),
    ("生态", "开展重点行业挥发性有机物综合治理，完成整治企业40家", "st", ["gx"]),
    ("改革", "深化一网通办改革，政务服务事项网上可办率达到98%", "zw", ["sc", "fg"]),
    ("改革", "全年引进亿元以上招商项目40个，实际到位资金增长10%", "zs", ["fg", "gx", "sw"]),
    ("改革", "完成县属国有企业整合重组，组建两家市场化运营集团", "gz", ["cz", "rs"]),
    ("改革", "落实减税降费政策，为市场主体减负3亿元以上", "swj", ["cz", "sc"]),
    ("改革", "推进外贸稳规模优结构，进出口总额增长6%", "sw", ["gx", "cz"]),
    ("民生", "城镇新增就业5200人，城镇调查失业率控制在5.5%以内", "rs", ["cz", "gx"]),
    ("民生", "新建改扩建公办幼儿园6所，新增学位1800个", "jy", ["zj", "cz", "zr"]),
    ("民生", "推进县域高中扩容，新建一所寄宿制高级中学", "jy", ["fg", "zr", "cz"]),
    ("民生", "建设紧密型县域医共体，乡镇卫生院服务能力达标率提升到90%", "ws", ["yb", "cz"]),
    ("民生", "新增养老床位600张，建成社区嵌入式养老服务站20个", "mz", ["ws", "zj"]),
    ("民生", "城乡居民基本医疗保险参保率稳定在95%以上", "yb", ["swj", "xzz"]),
    ("民生", "新建城市书房8个，开展送戏下乡文化惠民演出300场", "wl", ["cz", "xzz"]),
    ("民生", "发放创业担保贷款2.5亿元，扶持创业带动就业3000人", "rs", ["cz", "rh"]),
    ("民生", "建设全民健身中心一处，新建社区多功能运动场地25个", "ty", ["zj", "zr"]),
    ("安全", "开展安全生产治本攻坚行动，生产安全事故起数和死亡人数实现双下降", "yj", ["gx", "zj", "jt"]),
    ("安全", "持续推进扫黑除恶常态化，群众安全感满意度保持在98%以上", "gaj", ["sf", "xzz"]),
    ("安全", "完善城乡消防站点布局，新建乡镇专职消防队3支", "xf", ["yj", "cz"]),
    ("安全", "加强食品药品全链条监管，食品抽检合格率保持在98%以上", "sc", ["ny", "ws"]),
    ("安全", "推进信访工作法治化，初信初访一次性化解率达到92%", "xf2", ["sf", "xzz"]),
    ("政府", "严格落实过紧日子要求，一般性支出压减10%", "cz", ["sj"]),
    ("政府", "深入推进法治政府建设，行政复议纠错率保持合理区间", "sf", ["xzz"]),
    ("政府", "开展营商环境提升年活动，企业诉求办结率达到98%", "fg", ["sc", "zw"]),
]

NAMES = ["杜文澜", "章和平", "欧阳静", "黎向东", "麦秀英", "聂远航", "龚书林", "冉晓岚", "葛长青", "莫立军",
         "闵春燕", "钱国庆", "尹海宁", "包志远", "罗一鸣", "练翠华", "詹立秋", "伍新民", "阮思齐", "郜明德",
         "晏红霞", "费振宇", "单雪莲", "巫建平", "涂子健", "燕宁", "岑国华", "卓晓梅", "屈志刚", "邝雨桐"]

# Bureau names by level: county (县), city (市), Chongqing district (区), 开发区.
COUNTY = dict(fg="发展和改革局", tj="统计局", gx="工业和信息化局", sw="商务局", cz="财政局", swj="税务局",
              zr="自然资源局", zj="住房和城乡建设局", sc="市场监督管理局", kj="科学技术局", wl="文化和旅游局",
              jt="交通运输局", ny="农业农村局", yz="邮政管理局", sl="水利局", rs="人力资源和社会保障局",
              mz="民政局", ws="卫生健康局", st="生态环境分局", gaj="公安局", cg="城市管理局", lc="林业和草原局",
              zw="政务服务管理局", zs="投资促进局", gz="国有资产监督管理局", jy="教育体育局", yb="医疗保障局",
              rh="人民银行", ty="教育体育局", yj="应急管理局", sf="司法局", xf="消防救援大队", xf2="信访局",
              sj="审计局", xzz="", xz="乡村振兴局")


def units_of(prefix, table, collective):
    """Map bureau keys to unit names of one document: prefix + bureau, and the
    collective (各乡镇 …) for xzz."""
    def u(k):
        return collective if k == "xzz" else prefix + table[k]
    return u


def pick(seed, n, u, leaders):
    """n tasks from the pool in pool order, each with its lead unit, 1-3
    partner units and one leader (each leader a run of tasks)."""
    rng = random.Random(seed)
    items = sorted(rng.sample(POOL, n), key=POOL.index)
    out = []
    for i, (sec, text, lead, others) in enumerate(items):
        k = rng.randint(1, len(others))
        ps = [u(o) for o in others[:k]]
        ps = list(dict.fromkeys(p for p in ps if p != u(lead)))
        out.append(dict(key=text, text=text, sec=sec, leaders=[leaders[i * len(leaders) // n]],
                        leads=[u(lead)], units=ps))
    return out


def sections(tasks):
    out = []
    for t in tasks:
        if not out or out[-1][0] != t["sec"]:
            out.append((t["sec"], []))
        out[-1][1].append(t)
    return out


SEC_TITLES = {
    "稳增长": "着力稳住经济大盘", "产业": "加快构建现代产业体系", "乡村": "全面推进乡村振兴",
    "城建": "提升城市建设管理水平", "生态": "持续改善生态环境质量", "改革": "深化改革扩大开放",
    "民生": "用心用情保障改善民生", "安全": "统筹发展和安全", "政府": "加强政府自身建设",
}


# 1. 重庆 区: web page (.html) — the notice, then 附件 table 序号 | 工作任务 |
#    牵头单位 | 配合单位, a spanning row for each part (一、…); no leader column.
def html_chongqing_district():
    name = "html-qingping-district-chongqing"
    u = units_of("区", dict(COUNTY, fg="发展改革委", gx="经济信息委", zj="住房城乡建委", sw="商务委", jy="教委",
                           ws="卫生健康委", st="生态环境局", rs="人力社保局", zr="规划自然资源局", wl="文化旅游委",
                           ty="体育局", zw="大数据发展局"), "各镇街")
    tasks = pick(1301, 24, u, ["-"])
    for t in tasks:
        t["leaders"] = []
    rows = []
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        rows.append('<tr><td colspan="4"><strong>%s、%s</strong></td></tr>' % (CN[i], SEC_TITLES[sec]))
        for t in ts:
            n += 1
            rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                n, esc(t["text"]), esc(jn(t["leads"])), esc(jn(t["units"]))))
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>重庆市青屏区人民政府办公室关于印发2025年区政府工作报告重点工作任务分解的通知</title></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 政策文件 &gt; 区政府办文件</div>
<div class="meta"><span>发布日期：2025-02-14</span> <span>来源：区政府办公室</span> <span>字体：大 中 小</span></div>
<h1>重庆市青屏区人民政府办公室关于印发2025年区政府工作报告重点工作任务分解的通知</h1>
<p>青屏府办发〔2025〕7号</p>
<p>各镇人民政府、街道办事处，区级各部门，有关单位：</p>
<p>《2025年青屏区人民政府工作报告》已经区第九届人民代表大会第五次会议审议通过。经区政府同意，现将报告确定的重点工作任务分解印发给你们。各牵头单位要对所牵头的任务逐项制定推进计划，每月5日前向区政府督查办报送进展；各配合单位要主动对接、积极支持。任务完成情况纳入年度综合考核。</p>
<p style="text-align:right">重庆市青屏区人民政府办公室<br>2025年2月12日</p>
<p>（此件公开发布）</p>
<p>附件</p>
<h2>2025年区政府工作报告重点工作任务分解表</h2>
<table border="1" cellspacing="0">
<thead><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th></tr></thead>
<tbody>
%s
</tbody></table>
<div class="foot">主办：重庆市青屏区人民政府办公室　技术支持：区大数据发展局</div>
</body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, tasks, """重庆 区 2025 重点工作任务分解 web page: notice, then 附件 table 序号 | 工作任务 | 牵头单位 | 配合单位,
a spanning row per part (一、…); no leader column; 各镇街 as a unit.""")


# 2. 安徽 市: .docx — each task a numbered paragraph "1. …。" followed by three
#    label paragraphs 牵头负责领导：X。/ 牵头责任单位：…。/ 协同责任单位：…等，各县、市、区政府。
def docx_anhui_city():
    name = "docx-wanxi-city-anhui"
    u = units_of("市", dict(COUNTY, fg="发展改革委", gx="经信局", zj="住建局", ws="卫健委", rs="人社局",
                           st="生态环境局", zr="自然资源和规划局", wl="文旅局", jy="教育局", ty="体育局",
                           sc="市场监管局", zw="数据资源局", xz="乡村振兴局"), "各县、市、区政府")
    tasks = pick(1302, 26, u, ["方启明", "戴玉兰", "柯建军", "景晓东", "邬海燕"])
    body = [para("皖溪市人民政府关于2025年市政府重点工作及责任分解的通知", bold=True),
            para("各县、市、区人民政府，市政府各部门、各直属机构："),
            para("2025年市政府工作报告已经市第七届人民代表大会第四次会议审议通过，确定了9个方面重点工作。"
                 "现明确各项工作的牵头负责领导、牵头责任单位和协同责任单位，请认真抓好落实。"
                 "各牵头责任单位于每季度末月25日前将进展情况报市政府督查室。")]
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        body.append(para("%s、%s" % (CN[i], SEC_TITLES[sec]), bold=True))
        for t in ts:
            n += 1
            body.append(para("%d. %s。" % (n, t["text"])))
            body.append(para("牵头负责领导：%s。" % jn(t["leaders"])))
            body.append(para("牵头责任单位：%s。" % jn(t["leads"])))
            us = t["units"]
            if us and us[-1] == "各县、市、区政府":
                line = jn(us[:-1]) + "等，各县、市、区政府" if len(us) > 1 else "各县、市、区政府"
            else:
                line = jn(us) + ("等" if len(us) > 1 else "")
            body.append(para("协同责任单位：%s。" % line))
    body.append(para("皖溪市人民政府"))
    body.append(para("2025年2月8日"))
    docx(name, body)
    want(name, tasks, """安徽 市 2025 重点工作及责任分解 (.docx): numbered paragraph "1. task。" then three label
paragraphs 牵头负责领导：NAME。 / 牵头责任单位：…。 / 协同责任单位：A、B等，各县、市、区政府。
("等" closes the list and is not part of a name).""")


# 3. 湖南 县: plain text (UTF-8) — running items （一）… with a trailing bracket
#    "（NAME副县长负责，县X局牵头，县Y局、县Z局按职责分工负责）".
def txt_hunan_county():
    name = "txt-xiangling-county-hunan"
    u = units_of("县", COUNTY, "各乡镇人民政府")
    tasks = pick(1303, 25, u, ["聂远航", "龚书林", "冉晓岚", "葛长青", "莫立军"])
    titles = {"聂远航": "副县长", "龚书林": "常务副县长", "冉晓岚": "副县长", "葛长青": "副县长", "莫立军": "县政府党组成员"}
    lines = ["湘岭县人民政府关于落实《政府工作报告》重点工作部门分工的意见", "",
             "湘政发〔2025〕2号", "",
             "各乡镇人民政府，县政府各部门，县直有关单位：", "",
             "　　为确保县十八届人大四次会议审议通过的《政府工作报告》确定的各项任务落到实处，"
             "现就重点工作提出部门分工意见如下。", ""]
    k = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        lines.append("%s、%s" % (CN[i], SEC_TITLES[sec]))
        for t in ts:
            k += 1
            ld = t["leaders"][0]
            tail = "%s%s负责，%s牵头" % (ld, titles[ld], t["leads"][0])
            if t["units"]:
                tail += "，%s按职责分工负责" % jn(t["units"])
            lines.append("　　（%s）%s。（%s）" % (cn_num(k), t["text"], tail))
        lines.append("")
    lines += ["", "　　各责任单位要于7月10日、12月20日前将半年和全年落实情况报县政府督查室。", "",
              "湘岭县人民政府", "2025年1月27日"]
    write(name, "txt", "\n".join(lines) + "\n")
    want(name, tasks, """湖南 县 2025 重点工作部门分工的意见 (txt, UTF-8): items （一）… numbered through the whole
document, each closed by a bracket "（NAME副县长负责，县X局牵头，县Y局、县Z局按职责分工负责）";
the leader is the name without its title.""")


def cn_num(k):
    if k <= 10:
        return CN[k - 1]
    if k < 20:
        return "十" + (CN[k % 10 - 1] if k % 10 else "")
    return CN[k // 10 - 1] + "十" + (CN[k % 10 - 1] if k % 10 else "")


# 4. 陕西 县: .xlsx 任务分解一览表 — title row merged, header 序号 | 任务内容 |
#    包抓县级领导 | 责任单位 | 配合单位 | 完成时限; 类别 rows merged across.
def xlsx_shaanxi_county():
    name = "xlsx-qinfeng-county-shaanxi"
    u = units_of("县", dict(COUNTY, st="生态环境分局", xz="乡村振兴局"), "各镇（街道）")
    tasks = pick(1304, 28, u, ["伍新民", "阮思齐", "郜明德", "晏红霞", "费振宇", "单雪莲"])
    for i, t in enumerate(tasks):
        if i % 7 == 3:
            t["leaders"].append("巫建平")
    rows = [["2025年县政府工作报告任务分解一览表", "", "", "", "", ""],
            ["序号", "任务内容", "包抓县级领导", "责任单位", "配合单位", "完成时限"]]
    merges = ["A1:F1"]
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        rows.append(["%s、%s" % (CN[i], SEC_TITLES[sec]), "", "", "", "", ""])
        merges.append("A%d:F%d" % (len(rows), len(rows)))
        for t in ts:
            n += 1
            rows.append([str(n), t["text"], jn(t["leaders"]), jn(t["leads"]), jn(t["units"]),
                         "2025年12月底" if n % 3 else "2025年6月底前启动，年底完成"])
    xlsx(name, [("任务分解", rows, merges)])
    want(name, tasks, """陕西 县 2025 政府工作报告任务分解一览表 (.xlsx): merged title row, header 序号 | 任务内容 |
包抓县级领导 | 责任单位 | 配合单位 | 完成时限, a merged part row (一、…) before each group;
责任单位 is the lead, 配合单位 the other units; some tasks have two 包抓 leaders.""")


# 5. 福建 县: .pdf (Chromium print of a Word-like table) — 序号 | 重点工作 |
#    责任领导 | 牵头单位 | 协办单位 | 完成时限, leaders written "NAME（副县长）" in
#    the 责任领导 cell.
def pdf_fujian_county():
    name = "pdf-xiayu-county-fujian"
    u = units_of("县", dict(COUNTY, st="生态环境局", xz="乡村振兴局"), "各乡镇")
    tasks = pick(1305, 24, u, ["林振声", "陈美华", "黄启航", "郑秋萍", "吴立新"])
    titles = {"林振声": "常务副县长", "陈美华": "副县长", "黄启航": "副县长", "郑秋萍": "副县长", "吴立新": "副县长"}
    trs = []
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        trs.append('<tr><td colspan="6" class="sec">%s、%s</td></tr>' % (CN[i], SEC_TITLES[sec]))
        for t in ts:
            n += 1
            ld = t["leaders"][0]
            trs.append("<tr><td>%d</td><td class='t'>%s</td><td>%s（%s）</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                n, esc(t["text"]), ld, titles[ld], esc(jn(t["leads"])), esc(jn(t["units"])),
                "12月底" if n % 2 else "持续推进"))
    html = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:11pt;margin:18mm}
h1{font-size:16pt;text-align:center} table{border-collapse:collapse;width:100%%}
td,th{border:1px solid #000;padding:3px 4px;vertical-align:middle} td.t{text-align:left} .sec{font-weight:bold}
</style></head><body>
<p>附件</p>
<h1>霞屿县2025年政府工作报告重点工作任务分工表</h1>
<table><thead><tr><th>序号</th><th>重点工作</th><th>责任领导</th><th>牵头单位</th><th>协办单位</th><th>完成时限</th></tr></thead>
<tbody>
%s
</tbody></table>
<p>注：牵头单位对任务落实负总责，协办单位按职责配合；任务进展每季度首月5日前报县政府督查室。</p>
</body></html>""" % "\n".join(trs)
    pdf(name, html)
    want(name, tasks, """福建 县 2025 重点工作任务分工表 (.pdf printed from HTML by Chromium): 序号 | 重点工作 | 责任领导 |
牵头单位 | 协办单位 | 完成时限, part rows (一、…) across the table; the 责任领导 cell is "NAME（副县长）":
the leader is the name.""")


# 6. 云南 县: .docx Word table 序号 | 工作任务 | 责任领导 | 责任单位 with the note
#    "责任单位中排第一位的为牵头单位" above the table.
def docx_yunnan_county():
    name = "docx-chenglan-county-yunnan"
    u = units_of("县", dict(COUNTY, st="生态环境分局", xz="乡村振兴局"), "各乡（镇）人民政府")
    tasks = pick(1306, 23, u, ["岑国华", "卓晓梅", "屈志刚", "邝雨桐"])
    body = [para("澄岚县人民政府办公室关于印发2025年县政府工作报告重点工作任务分解的通知", bold=True),
            para("各乡（镇）人民政府，县直各部门："),
            para("经县人民政府同意，现将《2025年县政府工作报告重点工作任务分解》印发给你们，请认真贯彻落实。"),
            para("附件"),
            para("2025年县政府工作报告重点工作任务分解", bold=True),
            para("（责任单位中排第一位的为牵头单位，其余为配合单位）")]

    def tr(cells):
        return "<w:tr>" + "".join(cells) + "</w:tr>"
    rows = [tr([cell("序号"), cell("工作任务"), cell("责任领导"), cell("责任单位")])]
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        rows.append(tr([cell("%s、%s" % (CN[i], SEC_TITLES[sec]), span=4)]))
        for t in ts:
            n += 1
            rows.append(tr([cell(str(n)), cell(t["text"]), cell(jn(t["leaders"])), cell(jn(t["leads"] + t["units"]))]))
    body.append("<w:tbl><w:tblPr><w:tblBorders>%s</w:tblBorders></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (
        "".join('<w:%s w:val="single" w:sz="4"/>' % b for b in ("top", "left", "bottom", "right", "insideH", "insideV")),
        "<w:gridCol/>" * 4, "".join(rows)))
    body.append(para("澄岚县人民政府办公室"))
    body.append(para("2025年2月20日"))
    docx(name, body)
    want(name, tasks, """云南 县 2025 重点工作任务分解 (.docx table): 序号 | 工作任务 | 责任领导 | 责任单位, a part row
(一、…) spanning the table; a note above says the first unit of 责任单位 leads, the others are
配合单位.""")


# 7. 吉林 市: plain text in GB18030 — "1. task。" with the roles in a 【】 bracket
#    after the text: 【牵头市领导：X；牵头单位：…；配合单位：…】.
def txt_jilin_city():
    name = "txt-baihua-city-jilin"
    u = units_of("市", dict(COUNTY, fg="发展改革委", gx="工业和信息化局", st="生态环境局", ws="卫生健康委",
                           zw="政务服务和数字化建设管理局", xz="乡村振兴局"), "各县（市）区政府")
    tasks = pick(1307, 22, u, ["杜文澜", "章和平", "欧阳静", "黎向东", "麦秀英"])
    lines = ["白桦市2025年《政府工作报告》重点工作任务分解", "", ]
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        lines.append("%s、%s" % (CN[i], SEC_TITLES[sec]))
        for t in ts:
            n += 1
            br = "牵头市领导：%s；牵头单位：%s" % (jn(t["leaders"]), jn(t["leads"]))
            if t["units"]:
                br += "；配合单位：%s" % jn(t["units"])
            lines.append("%d.%s。【%s】" % (n, t["text"], br))
        lines.append("")
    lines += ["白桦市人民政府办公室", "2025年1月24日印发"]
    write(name, "txt", "\r\n".join(lines) + "\r\n", encoding="gb18030", newline="")
    want(name, tasks, """吉林 市 2025 重点工作任务分解 (txt, GB18030, CRLF): "1.task。" with the roles in a 【】
bracket after the text: 【牵头市领导：NAME；牵头单位：…；配合单位：…】.""")


# 8. 河北 开发区: Markdown (a web CMS export) — "**1.** task" paragraphs, then
#    牵头单位：… and 责任单位：… on their own lines, a leader line 分管领导：NAME.
def md_hebei_devzone():
    name = "md-beiqu-devzone-hebei"
    table = dict(fg="经济发展局", tj="经济发展局", gx="经济发展局", sw="商务和招商局", cz="财政局", swj="税务分局",
                 zr="自然资源和规划分局", zj="规划建设局", sc="市场监管分局", kj="科技创新局", wl="社会事务局",
                 jt="规划建设局", ny="农业农村局", yz="商务和招商局", sl="规划建设局", rs="党群工作部",
                 mz="社会事务局", ws="社会事务局", st="生态环境分局", gaj="公安分局", cg="综合执法局",
                 lc="自然资源和规划分局", zw="行政审批局", zs="商务和招商局", gz="国有资产运营中心", jy="社会事务局",
                 yb="社会事务局", rh="财政局", ty="社会事务局", yj="应急管理局", sf="综合执法局", xf="应急管理局",
                 xf2="党群工作部", sj="纪工委", xz="农业农村局")
    u = units_of("", table, "各街道办事处")
    tasks = pick(1308, 24, u, ["练翠华", "詹立秋", "尹海宁", "包志远"])
    for t in tasks:
        t["units"] = list(dict.fromkeys(x for x in t["units"] if x not in t["leads"]))
    lines = ["# 北渠经济开发区2025年重点工作任务分解", "",
             "发布时间：2025-03-03　来源：管委会办公室", "",
             "为推动管委会2025年工作报告确定的目标任务落地见效，现将重点工作分解如下，各部门要建立台账、按月调度。", ""]
    n = 0
    for i, (sec, ts) in enumerate(sections(tasks)):
        lines += ["## %s、%s" % (CN[i], SEC_TITLES[sec]), ""]
        for t in ts:
            n += 1
            lines += ["**%d.** %s。" % (n, t["text"]), "",
                      "分管领导：%s  " % jn(t["leaders"]),
                      "牵头单位：%s  " % jn(t["leads"])]
            if t["units"]:
                lines.append("责任单位：%s" % jn(t["units"]))
            lines.append("")
    lines += ["北渠经济开发区管理委员会办公室", ""]
    write(name, "md", "\n".join(lines))
    want(name, tasks, """河北 开发区 2025 重点工作任务分解 (Markdown of a CMS page): "**1.** task。" then lines
分管领导：NAME / 牵头单位：… / 责任单位：… (the 责任单位 after a 牵头单位 are the other units);
管委会 bureaus without a level prefix.""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    html_chongqing_district()
    docx_anhui_city()
    txt_hunan_county()
    xlsx_shaanxi_county()
    pdf_fujian_county()
    docx_yunnan_county()
    txt_jilin_city()
    md_hebei_devzone()


if __name__ == "__main__":
    main()
