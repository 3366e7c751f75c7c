#!/usr/bin/env python3
"""Writes the sixteenth blind set (graph/extract/testdata/genre-blind16) and
its want files from one meaning per document: invented places, people and
tasks; ordinary conventions of 政府工作报告重点工作任务分工 / 责任分解 of 区, 县,
市 and 镇 governments (docs/extraction-conventions-survey-blind16.md). Reuses
the second set's writers (want, write, docx, xlsx, pdf). Run from the
repository root:

    python3 graph/extract/testdata/genre-src/blind16/gen.py"""
import os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import jn, want, write, xlsx, pdf, docx, para, cell, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind16")
g2.HERE = HERE

CN = "一二三四五六七八九十"

# (section, key clause, rest of the sentence, lead suffix, partner suffixes);
# numbers are filled per document.
POOL = [
    ("稳增长", "地区生产总值增长{a}%左右", "，规模以上工业增加值增长{b}%", "发展改革委", ["统计局", "工信局"]),
    ("稳增长", "一般公共预算收入增长{a}%", "，税收占比稳定在七成以上", "财政局", ["税务局"]),
    ("稳增长", "固定资产投资增长{a}%以上", "，全年谋划储备项目{n}个", "发展改革委", ["自然资源局", "住建局", "统计局"]),
    ("稳增长", "社会消费品零售总额增长{a}%", "，办好夜间消费季和年货节", "商务局", ["文旅局", "市场监管局"]),
    ("稳增长", "全年新签约亿元以上项目{q}个", "，落地开工率不低于六成", "投资促进局", ["发展改革委", "商务局"]),
    ("稳增长", "开展重点企业“服务专员”走访", "，每季度收集解决一批企业诉求", "工信局", ["营商环境办", "政务服务中心"]),
    ("兴产业", "推动{q}家企业实施智能化改造", "，新增省级数字化车间{m}个", "工信局", ["科技局", "财政局"]),
    ("兴产业", "新认定高新技术企业{q}家", "，科技型中小企业入库数量增长两成", "科技局", ["税务局", "工信局"]),
    ("兴产业", "建成标准化厂房{m}0万平方米", "，盘活低效工业用地{m}亩", "自然资源局", ["工信局", "住建局"]),
    ("兴产业", "培育年营收超十亿元企业{m}家", "，支持骨干企业兼并重组", "工信局", ["发展改革委", "金融服务中心"]),
    ("兴产业", "举办人才招引专场活动{m}场", "，新引进高校毕业生{w}人", "人社局", ["教育局", "科技局"]),
    ("兴产业", "打造全域旅游精品线路{m}条", "，接待游客人次增长一成以上", "文旅局", ["交通运输局", "农业农村局"]),
    ("促振兴", "粮食播种面积稳定在{q}万亩以上", "，完成高标准农田建设任务", "农业农村局", ["财政局", "自然资源局"]),
    ("促振兴", "新建改造农村公路{q}公里", "，实施危桥改造{m}座", "交通运输局", ["财政局", "农业农村局"]),
    ("促振兴", "创建和美乡村示范村{m}个", "，农村生活污水治理率提高到{a}0%", "农业农村局", ["生态环境局", "住建局"]),
    ("促振兴", "发展壮大村级集体经济", "，集体经营性收入超过五十万元的村达到{m}个", "农业农村局", ["财政局", "组织部"]),
    ("促振兴", "完成农村饮水提质改造{m}处", "，受益群众{m}万人", "水利局", ["卫健委", "财政局"]),
    ("优城乡", "改造提升老旧小区{q}个", "，同步加装电梯{m}部", "住建局", ["财政局", "自然资源局"]),
    ("优城乡", "新建城市口袋公园{m}个", "，新增绿道{q}公里", "城管局", ["自然资源局", "住建局"]),
    ("优城乡", "新增公共停车泊位{n}个", "，推进背街小巷综合整治", "城管局", ["公安局", "住建局"]),
    ("优城乡", "推进生活垃圾分类全覆盖", "，建成再生资源回收站点{m}个", "城管局", ["商务局", "生态环境局"]),
    ("优城乡", "完成城区雨污分流改造{q}公里", "，消除易涝积水点{m}处", "住建局", ["水利局", "城管局"]),
    ("护生态", "细颗粒物平均浓度控制在{p}微克/立方米以内", "，优良天数比率稳定提升", "生态环境局", ["住建局", "交通运输局", "公安局"]),
    ("护生态", "全面落实河湖长制", "，主要河流断面水质达到三类以上", "水利局", ["生态环境局", "农业农村局"]),
    ("护生态", "完成造林绿化{w}亩", "，森林覆盖率保持稳定", "林业局", ["自然资源局"]),
    ("护生态", "开展重点行业挥发性有机物治理", "，完成企业深度治理{m}家", "生态环境局", ["工信局", "市场监管局"]),
    ("惠民生", "城镇新增就业{w}人", "，城镇调查失业率控制在5.5%以内", "人社局", ["发展改革委", "财政局"]),
    ("惠民生", "新建改扩建中小学和幼儿园{m}所", "，新增学位{w}个", "教育局", ["住建局", "自然资源局", "财政局"]),
    ("惠民生", "建成社区嵌入式养老服务站{m}个", "，新增养老床位{n}张", "民政局", ["卫健委", "住建局"]),
    ("惠民生", "推进紧密型医共体建设", "，基层医疗机构诊疗量占比提高到{a}0%", "卫健委", ["医保局", "财政局"]),
    ("惠民生", "开展职业技能培训{w}人次", "，新增技能人才{m}人", "人社局", ["教育局", "总工会"]),
    ("惠民生", "新增普惠托育托位{n}个", "，每千人口托位数达到四个", "卫健委", ["教育局", "妇联"]),
    ("惠民生", "举办全民健身赛事活动{m}场", "，更新社区健身器材{n}件", "体育局", ["教育局", "住建局"]),
    ("守底线", "深化安全生产治本攻坚", "，亿元生产总值生产安全事故死亡率下降", "应急管理局", ["公安局", "交通运输局", "住建局"]),
    ("守底线", "开展食品安全放心工程", "，完成农贸市场快检室提档{m}个", "市场监管局", ["农业农村局", "商务局"]),
    ("守底线", "防范化解地方债务风险", "，按期偿还到期债务", "财政局", ["发展改革委", "审计局"]),
    ("守底线", "推进信访积案化解", "，初信初访及时受理率保持在九成以上", "信访局", ["司法局", "公安局"]),
    ("强效能", "推行政务服务“一件事”集成办理", "，新增高频事项{m}个", "政务服务中心", ["营商环境办", "大数据中心"]),
    ("强效能", "办理人大代表建议和政协提案", "，按期办结率达到百分之百", "政府办公室", ["各承办单位"]),
    ("强效能", "压减一般性支出", "，“三公”经费只减不增", "财政局", ["机关事务服务中心", "审计局"]),
]

SECTIONS = {"稳增长": "稳住经济增长基本盘", "兴产业": "加快产业转型升级", "促振兴": "全面推进乡村振兴",
            "优城乡": "提升城乡建设品质", "护生态": "持续改善生态环境", "惠民生": "用心办好民生实事",
            "守底线": "统筹发展和安全", "强效能": "加强政府自身建设"}

NAMES = ["宋明哲", "蔡立华", "林文轩", "冯子健", "周静雯", "何海波", "梁思源", "谢宏亮", "吕晓岚", "郭振东",
         "曹瑞峰", "丁慧敏", "潘国强", "魏春晖", "杜思琪", "龚志远", "田雨桐", "熊建平", "范立川", "秦嘉伟"]


def tasks_for(seed, n, prefix, leaders_n=5, unitmap=None):
    """n tasks in pool order, each with its numbers, lead, partners and leader."""
    rng = random.Random(seed)
    items = sorted(rng.sample(POOL, n), key=POOL.index)
    leaders = rng.sample(NAMES, leaders_n)
    secorder = list(SECTIONS)
    lead_of_sec = {s: leaders[i % leaders_n] for i, s in enumerate(secorder)}
    out = []
    for sec, key, rest, lead, partners in items:
        nums = dict(a=rng.randint(3, 8), b=rng.randint(4, 9), n=rng.choice([12, 18, 25, 36, 40, 60, 120, 300, 1500]),
                    m=rng.randint(2, 9), p=rng.randint(28, 38), q=rng.randint(12, 30),
                    w=rng.choice([1800, 2600, 3500, 5200, 8000]))
        k = key.format(**nums)
        text = k + rest.format(**nums) + "。"
        um = unitmap or (lambda s: s if s.startswith("各") else prefix + s)
        ps = partners[:max(1, rng.randint(0, len(partners)))]
        out.append(dict(sec=sec, key=k, text=text, leaders=[lead_of_sec[sec]], leads=[um(lead)],
                        units=[um(p) for p in ps]))
    return out, leaders


def bysec(tasks):
    out = []
    for t in tasks:
        if not out or out[-1][0] != t["sec"]:
            out.append((t["sec"], []))
        out[-1][1].append(t)
    return out


# 1. 浙江 county (docx): the tasks are grouped under one heading per leader
#    ("一、陈某某县长牵头重点工作"), each numbered item followed by its own
#    paragraph "责任单位：…". No lead/partner split.  [长兴县 / 嵊泗县 2023]
def docx_zj_leader_groups():
    name = "docx-zj-county-leader-groups"
    tasks, leaders = tasks_for(name, 26, "县")
    titles = ["县长", "常务副县长", "副县长", "副县长", "副县长"]
    order = []
    for t in tasks:
        if t["leaders"][0] not in order:
            order.append(t["leaders"][0])
    body = [para("衢川县人民政府办公室关于印发2025年政府工作报告重点工作责任分解的通知", bold=True),
            para("各乡镇人民政府、街道办事处，县政府各部门、直属各单位："),
            para("《2025年政府工作报告重点工作责任分解》已经县政府同意，现印发给你们，请结合实际认真抓好落实。各责任单位要于每季度末将进展情况报县政府督查室。"),
            para("衢川县人民政府办公室"), para("2025年2月18日"), para(""),
            para("2025年政府工作报告重点工作责任分解", bold=True)]
    out = []
    for gi, ld in enumerate(order):
        body.append(para("%s、%s%s牵头重点工作" % (CN[gi], ld, titles[leaders.index(ld)]), bold=True))
        for k, t in enumerate([t for t in tasks if t["leaders"][0] == ld]):
            units = t["leads"] + t["units"]
            if k % 4 == 3:
                units = units + ["各乡镇（街道）"]
            body.append(para("%d.%s" % (k + 1, t["text"])))
            body.append(para("责任单位：%s。" % jn(units)))
            out.append(dict(key=t["key"], text=t["text"], leaders=[ld], leads=[], units=units))
    docx(name, body)
    want(name, out, """Convention: 浙江 county 责任分解 (docx): one heading per leader (N、姓名+职务牵头重点工作), items
numbered 1. anew under each heading, each followed by its own paragraph 责任单位：A、B。 (all units, no lead).
Sources: 长兴县 2023 http://www.zjcx.gov.cn/art/2023/2/24/art_1229562864_1670955.html ;
嵊泗县 2023 http://www.shengsi.gov.cn/art/2023/2/22/art_1229760847_59042791.html""")


# 2. 北京 district (PDF of running text printed from Word): items numbered
#    through the whole document, each followed by labelled lines 牵头区领导 /
#    主责单位 / 配合单位 / 完成时限.  [大兴区 2023]
def pdf_bj_labelled_lines():
    name = "pdf-bj-district-labelled-lines"
    tasks, _ = tasks_for(name, 24, "区")
    h = ['<p class="t">2026年区政府工作报告重点工作分工方案</p>', '<p class="c">（共计%d项）</p>' % len(tasks)]
    out, i = [], 0
    for s, (sec, ts) in enumerate(bysec(tasks)):
        h.append('<p class="h">%s、%s</p>' % (CN[s], SECTIONS[sec]))
        for t in ts:
            i += 1
            h.append("<p>%d.%s</p>" % (i, esc(t["text"])))
            h.append("<p>牵头区领导：%s</p>" % t["leaders"][0])
            h.append("<p>主责单位：%s</p>" % jn(t["leads"]))
            h.append("<p>配合单位：%s</p>" % jn(t["units"]))
            h.append("<p>完成时限：2026年%d月底</p>" % (6 if i % 3 == 0 else 12))
            out.append(dict(key=t["key"], text=t["text"], leaders=t["leaders"], leads=t["leads"], units=t["units"]))
    pdf(name, WORD_CSS % "portrait" + "\n".join(h) + "</body></html>")
    want(name, out, """Convention: 北京 district 分工方案 as a PDF of running text (printed from Word, A4, 仿宋): items
numbered 1..N through the whole document under 一、 headings; after each item labelled lines
牵头区领导：姓名 / 主责单位：… / 配合单位：… / 完成时限：… . 主责单位 is the lead.
Source: 大兴区 2023 https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfwj67/zfwj/2020578/index.html""")


WORD_CSS = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4 %s; margin: 3.7cm 2.6cm 3.5cm 2.8cm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC", serif; font-size: 14pt; } }
body { font-family: "FangSong", "仿宋_GB2312", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.t { font-family: "SimSun", "Noto Serif CJK SC", serif; font-weight: bold; font-size: 20pt; text-align: center; text-indent: 0; margin: 12pt 0; line-height: 32pt; }
p.c { text-align: center; text-indent: 0; }
p.h { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; }
table { border-collapse: collapse; width: 100%%; table-layout: fixed; font-size: 11pt; line-height: 16pt; }
td, th { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: middle; word-break: break-all; }
th { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.n, td.m { text-align: center; } td.s { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; }
</style></head><body>
"""


# 3. 山东 city (xlsx): a 分工方案 table 序号 | 重点工作任务 | 牵头市领导 | 牵头单位
#    | 配合单位 | 完成时限, section rows merged across the table.  [聊城市 2021]
def xlsx_sd_city_table():
    name = "xlsx-sd-city-fengong-table"
    tasks, _ = tasks_for(name, 28, "市")
    rows = [["2025年市政府工作报告重点工作任务部门分工方案", "", "", "", "", ""],
            ["序号", "重点工作任务", "牵头市领导", "牵头单位", "配合单位", "完成时限"]]
    merges = ["A1:F1"]
    out, i = [], 0
    for s, (sec, ts) in enumerate(bysec(tasks)):
        rows.append(["%s、%s" % (CN[s], SECTIONS[sec]), "", "", "", "", ""])
        merges.append("A%d:F%d" % (len(rows), len(rows)))
        for t in ts:
            i += 1
            ldr = t["leaders"]
            if i % 7 == 0:
                ldr = ldr + [NAMES[-1]]
            rows.append([str(i), t["text"], "\n".join(ldr), jn(t["leads"]), jn(t["units"]),
                         "2025年底" if i % 4 else "2025年6月底"])
            out.append(dict(key=t["key"], text=t["text"], leaders=ldr, leads=t["leads"], units=t["units"]))
    xlsx(name, [("分工方案", rows, merges)])
    want(name, out, """Convention: 山东 city 重点工作任务部门分工方案 as an .xlsx table: title row, header 序号 | 重点工作任务 |
牵头市领导 | 牵头单位 | 配合单位 | 完成时限, section rows (一、…) merged across; two leaders in one cell on
two lines. Source: 聊城市 2021 http://www.liaocheng.gov.cn/site_lcszfxxgk/channel_l_lcszfxxgkchannel201911221748268518296315/doc_6449795886c922f698a3599e.html""")


TOWN = {"发展改革委": "镇经济发展办", "统计局": "镇统计站", "工信局": "镇经济发展办", "财政局": "镇财政所",
        "税务局": "镇税务分局", "自然资源局": "镇自然资源所", "住建局": "镇规划建设办", "商务局": "镇经济发展办",
        "文旅局": "镇文化站", "市场监管局": "镇市场监管所", "投资促进局": "镇招商中心", "营商环境办": "镇党政办",
        "政务服务中心": "镇党群服务中心", "科技局": "镇经济发展办", "金融服务中心": "镇财政所", "人社局": "镇社会事务办",
        "教育局": "镇教育指导中心", "交通运输局": "镇规划建设办", "农业农村局": "镇农业农村办", "组织部": "镇党建办",
        "水利局": "镇水务所", "卫健委": "镇卫生院", "城管局": "镇综合行政执法办", "公安局": "镇派出所",
        "生态环境局": "镇生态环境办", "林业局": "镇农业农村办", "民政局": "镇社会事务办", "医保局": "镇社会事务办",
        "总工会": "镇总工会", "妇联": "镇妇联", "体育局": "镇文化站", "应急管理局": "镇应急管理办",
        "审计局": "镇纪委", "信访局": "镇综治办", "司法局": "镇司法所", "大数据中心": "镇党群服务中心",
        "政府办公室": "镇党政办", "机关事务服务中心": "镇党政办"}


def town_unit(s):
    return s if s.startswith("各") else TOWN[s]


# 4. 广东 town (txt, GB18030): item, then 分管领导：姓名 and 责任部门：A牵头，B、C配合。
#    [广东省 2021 省《政府工作报告》重点任务分工方案, at town level]
def txt_gd_town_fenguan():
    name = "txt-gd-town-fenguan-bumen"
    tasks, _ = tasks_for(name, 23, "镇", unitmap=town_unit)
    out_l = ["南溪镇2024年镇《政府工作报告》重点工作任务分工方案", "",
             "各村（社区），镇属各单位：",
             "为抓好镇第十七届人大四次会议审议通过的《政府工作报告》各项任务落实，现将重点工作逐项明确分管领导和部门分工，请认真贯彻执行。", ""]
    out, i = [], 0
    for s, (sec, ts) in enumerate(bysec(tasks)):
        out_l.append("%s、%s" % (CN[s], SECTIONS[sec]))
        for t in ts:
            i += 1
            units = [u for u in dict.fromkeys(t["units"]) if u not in t["leads"]]
            if i % 3 == 0:
                units.append("各村（社区）")
            out_l.append("%d.%s" % (i, t["text"]))
            out_l.append("分管领导：%s" % t["leaders"][0])
            if units:
                out_l.append("责任部门：%s牵头，%s配合。" % (jn(t["leads"]), jn(units)))
            else:
                out_l.append("责任部门：%s牵头。" % jn(t["leads"]))
            out_l.append("")
            out.append(dict(key=t["key"], text=t["text"], leaders=t["leaders"], leads=t["leads"], units=units))
    out_l += ["南溪镇人民政府办公室", "2024年3月12日"]
    write(name, "txt", "\r\n".join(out_l) + "\r\n", encoding="gb18030", newline="")
    want(name, out, """Convention: 广东 分工方案 at town level (txt, GB18030, CRLF): numbered item, then 分管领导：姓名 and
部门分工 as a sentence 责任部门：A牵头，B、C配合。 (A lead, B, C units; sometimes only A牵头。).
Source: 广东省 2021 粤府〔2021〕22号 https://jiu.foodmate.net/law/show.php?itemid=985""")


# 5. 河南 county (PDF table printed from Word): 序号 | 重点工作任务 | 责任县领导 |
#    牵头单位 | 责任单位 | 完成时限, bordered, cells wrapping.  [新密市 2021 / 河南省 2023]
def pdf_ha_county_table():
    name = "pdf-ha-county-task-table"
    tasks, _ = tasks_for(name, 25, "县")
    h = ['<p class="t">伊阳县2025年政府工作报告重点工作任务分解表</p>',
         '<table><colgroup><col style="width:6%"><col style="width:42%"><col style="width:10%">'
         '<col style="width:13%"><col style="width:19%"><col style="width:10%"></colgroup>',
         "<thead><tr><th>序号</th><th>重点工作任务</th><th>责任县领导</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr></thead><tbody>"]
    out, i = [], 0
    for s, (sec, ts) in enumerate(bysec(tasks)):
        h.append('<tr><td class="s" colspan="6">%s、%s（%d项）</td></tr>' % (CN[s], SECTIONS[sec], len(ts)))
        for t in ts:
            i += 1
            units = t["units"] + (["各乡镇人民政府"] if i % 5 == 0 else [])
            h.append('<tr><td class="n">%d</td><td>%s</td><td class="m">%s</td><td>%s</td><td>%s</td><td class="m">%s</td></tr>'
                     % (i, esc(t["text"]), t["leaders"][0], jn(t["leads"]), jn(units), "12月底" if i % 2 else "持续推进"))
            out.append(dict(key=t["key"], text=t["text"], leaders=t["leaders"], leads=t["leads"], units=units))
    h.append("</tbody></table>")
    pdf(name, WORD_CSS % "landscape" + "\n".join(h) + "</body></html>")
    want(name, out, """Convention: 河南 county 重点工作任务分解表 as a PDF printed from Word (A4 landscape, bordered table,
header repeated on each page, wrapped cells, page numbers — n —): 序号 | 重点工作任务 | 责任县领导 | 牵头单位 |
责任单位 | 完成时限, section rows (一、…（n项）) spanning the table.
Sources: 新密市 2021 http://henan.kjzch.com/zhengzhou/2021-03-30/775911.html ; 河南省 2023 豫政〔2023〕5号 https://yijiuyanglao.com/article-185-1.html""")


# 6. 湖北 city (web page): 一、 sections, items numbered 1. through the page,
#    each ending in a bracket （牵头单位：…；责任单位：…） or only （责任单位：…）.
#    [武汉市 2018 / 2022 责任分解方案]
def html_hb_city_inline():
    name = "html-hb-city-inline-brackets"
    tasks, _ = tasks_for(name, 27, "市")
    ps, out, i = [], [], 0
    for s, (sec, ts) in enumerate(bysec(tasks)):
        ps.append('<p style="text-indent:2em;"><strong>%s、%s</strong></p>' % (CN[s], SECTIONS[sec]))
        for t in ts:
            i += 1
            units = t["units"] + (["各区人民政府（含功能区）"] if i % 6 == 0 else [])
            if i % 5 == 0:
                leads, units = [], t["leads"]
                br = "（责任单位：%s）" % jn(units)
            else:
                leads = t["leads"]
                br = "（牵头单位：%s；责任单位：%s）" % (jn(leads), jn(units))
            ps.append('<p style="text-indent:2em;">%d.%s%s</p>' % (i, esc(t["text"]), esc(br)))
            out.append(dict(key=t["key"], text=t["text"], leaders=[], leads=leads, units=units))
    html = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市人民政府办公室关于印发2026年市《政府工作报告》目标任务责任分解方案的通知_政府文件_江夏口市人民政府</title></head>
<body><div class="header"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政府文件</div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>011043/2026-00012</td><td>发文字号：</td><td>江政办〔2026〕3号</td></tr>
<tr><td>发布机构：</td><td>市人民政府办公室</td><td>发布日期：</td><td>2026年01月26日</td></tr></table>
<h1>市人民政府办公室关于印发2026年市《政府工作报告》目标任务责任分解方案的通知</h1>
<div class="TRS_Editor">
<p>各区人民政府，市人民政府各部门：</p>
<p style="text-indent:2em;">《2026年市〈政府工作报告〉目标任务责任分解方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。各牵头单位要统筹责任单位制订办理方案，于每季度首月20日前报送上季度完成情况。</p>
<p style="text-align:right;">江夏口市人民政府办公室</p><p style="text-align:right;">2026年1月24日</p>
<p style="text-align:center;"><strong>2026年市《政府工作报告》目标任务责任分解方案</strong></p>
%s
</div><div class="footer">主办：江夏口市人民政府办公室　<a href="/wzdt/">网站地图</a></div></body></html>
""" % "\n".join(ps)
    write(name, "html", html)
    want(name, out, """Convention: 湖北 city 责任分解方案 as a web page: 一、 sections, items numbered 1. through the page, each
ending in a full-width bracket （牵头单位：A；责任单位：B、C）, or only （责任单位：A） when there is no lead;
one collective unit keeps its bracket 各区人民政府（含功能区）.
Sources: 武汉市 2022 http://whht.org.cn/news/info/id/3207.html ; 武汉市 2018 http://zt.cjn.cn/zt2022/whcyzcpt/shijzc/zcfg/202211/t4327000.htm""")


# 7. 上海 district (docx table from Word): 序号 | 主要任务 | 区分管领导 | 牵头单位 |
#    协同单位; section rows span the table; the leader cell gives name and title
#    (宋某某副区长); units on separate lines in their cell.  [宝山区 / 杨浦区 任务分解]
def docx_sh_district_table():
    name = "docx-sh-district-task-table"
    tasks, leaders = tasks_for(name, 24, "区")
    titles = dict(zip(leaders, ["区长", "常务副区长", "副区长", "副区长", "副区长"]))
    hdr = [cell(x) for x in ["序号", "主要任务", "区分管领导", "牵头单位", "协同单位"]]
    rows, out, i = [hdr], [], 0
    for s, (sec, ts) in enumerate(bysec(tasks)):
        rows.append([cell("%s、%s" % (CN[s], SECTIONS[sec]), span=5)])
        for t in ts:
            i += 1
            ld = t["leaders"][0]
            rows.append([cell(str(i)), cell(t["text"]), cell(ld + titles[ld]), cell(jn(t["leads"])),
                         cell("\n".join(t["units"]))])
            out.append(dict(key=t["key"], text=t["text"], leaders=[ld], leads=t["leads"], units=t["units"]))
    body = [para("附件", bold=True), para("沪川区2025年区政府工作报告主要任务分解", bold=True),
            g2.table(rows, 5), para("注：牵头单位负责统筹推进，协同单位按职责配合。")]
    docx(name, body)
    want(name, out, """Convention: 上海 district 任务分解 as a Word table (.docx): 序号 | 主要任务 | 区分管领导 | 牵头单位 | 协同单位,
section rows spanning all columns, the leader cell as name + title (某某副区长), 协同单位 one per line in the cell.
Sources: 宝山区 目标任务分解 https://xxgk.shbsq.gov.cn/article.html?infoid=0a3b4bac-7579-4b86-905c-77c76d7a6422 ;
杨浦区 2024 https://www.shyp.gov.cn/yp-zwgk/zwgk/buffersInformation/details?id=917e64f3-fa5b-46e3-b0e2-771d726c99de""")


# 8. 天津 district (csv exported from a 督查台账 workbook): 序号, 重点工作任务,
#    责任区领导, 牵头单位, 配合单位, 序时进度, 备注; UTF-8 with BOM, CRLF.
def csv_tj_district_ledger():
    import csv, io
    name = "csv-tj-district-ledger"
    tasks, _ = tasks_for(name, 22, "区")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["津南湾区2025年区政府工作报告重点任务督查台账（截至6月30日）", "", "", "", "", "", ""])
    w.writerow(["序号", "重点工作任务", "责任区领导", "牵头单位", "配合单位", "序时进度", "备注"])
    out = []
    for i, t in enumerate(tasks, 1):
        ldr = t["leaders"] + ([NAMES[0]] if i % 6 == 0 and NAMES[0] not in t["leaders"] else [])
        prog = ["按序时推进", "已完成年度任务的%d%%" % (30 + i), "滞后序时，已约谈督办"][i % 3]
        w.writerow([str(i), t["text"], "、".join(ldr), jn(t["leads"]), jn(t["units"]), prog, "" if i % 4 else "纳入区绩效考评"])
        out.append(dict(key=t["key"], text=t["text"], leaders=ldr, leads=t["leads"], units=t["units"]))
    write(name, "csv", "\ufeff" + buf.getvalue(), newline="")
    want(name, out, """Convention: 天津 district 督查台账 exported to CSV (UTF-8 with BOM, CRLF): a title row, a header 序号 | 重点工作任务 |
责任区领导 | 牵头单位 | 配合单位 | 序时进度 | 备注, no section rows; progress and remarks columns carry no roles;
sometimes two leaders in one cell (A、B). Invented; the columns follow 天津 district 任务分解 tables (survey).""")


if __name__ == "__main__":
    os.makedirs(g2.OUT, exist_ok=True)
    docx_zj_leader_groups()
    pdf_bj_labelled_lines()
    xlsx_sd_city_table()
    txt_gd_town_fenguan()
    pdf_ha_county_table()
    html_hb_city_inline()
    docx_sh_district_table()
    csv_tj_district_ledger()
