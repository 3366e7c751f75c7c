#!/usr/bin/env python3
"""Writes the third blind set (graph/extract/testdata/genre-blind3) and its
want files from one meaning per document: invented places, people and tasks
(pool3.py); conventions of real documents (docs/extraction-conventions-survey-2.md,
"Third blind set"). Reuses the second set's writers (want, docx, xlsx, pdf).
Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind3/gen.py"""
import csv, io, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2  # the second set's writers; they write under g2.OUT, keep sources under g2.HERE
from gen import T, CN, jn, para, cell, table, want, write, docx, xlsx, pdf

sys.path.insert(0, HERE)
from pool3 import POOL

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind3")
g2.HERE = HERE

SPECIAL = {"组织部": "委组织部", "妇联": "妇联", "总工会": "总工会"}


def unit(prefix, suffix):
    if suffix.startswith("各"):
        return suffix
    return prefix + SPECIAL.get(suffix, suffix)


def pick(seed, n, prefix, leaders, runs=True):
    """n pool tasks in pool order with their lead and 1..all other units and a leader per run."""
    rng = random.Random(seed)
    items = sorted(rng.sample(POOL, n), key=POOL.index)
    out = []
    for i, (text, lead, others) in enumerate(items):
        k = rng.randint(1, len(others))
        ld = leaders[i * len(leaders) // n] if runs else rng.choice(leaders)
        out.append(T(text, [ld] if ld else [], [unit(prefix, lead)], [unit(prefix, o) for o in others[:k]]))
    return out


# 1. A bureau's 巡察反馈意见整改落实清单 (txt): 问题N heads 整改措施 numbered
#    1）2）…; after the measures, 整改目标/责任领导/责任科室/整改时限 lines hold for
#    every measure of the problem; 责任领导 is post + name, several joined by ，;
#    the lead 科室 is marked （牵头）.
def txt_rectification_measures():
    name = "txt-rectification-measures"
    P = [("对食品安全属地管理责任督促不够，包保督导存在走过场现象", [
            "建立包保干部督导履职情况月通报制度", "将包保督导发现问题纳入年度绩效考核扣分项"],
          ["韦东来", "程立航"], ["食品安全协调科", "食品经营科"]),
         ("特种设备隐患排查不彻底，部分电梯维保单位长期未检查", [
            "对全市在用电梯维保单位开展全覆盖检查", "建立维保单位信用分级分类监管台账", "每季度公开通报一次维保质量抽查结果"],
          ["程立航"], ["特种设备安全监察科", "执法稽查支队"]),
         ("党组理论学习中心组学习制度执行不严，学习计划落实打折扣", [
            "修订党组理论学习中心组学习规则", "实行中心组成员年度学习情况书面述学"],
          ["韦东来"], ["办公室", "机关党委"]),
         ("干部交流轮岗制度执行不到位，关键岗位人员任职时间过长", [
            "梳理执法、审批等关键岗位任职满五年人员名单", "分两批完成关键岗位人员交流轮岗"],
          ["庞书静"], ["人事教育科"]),
         ("专项资金使用绩效不高，部分项目资金结转两年以上", [
            "全面清理两年以上结转结余资金", "建立专项资金支出进度周调度机制", "对绩效评价较差的项目调减下年度预算"],
          ["欧阳澜"], ["计划财务科", "审计室"]),
         ("行政处罚自由裁量基准不统一，同类案件处罚尺度差异较大", [
            "修订行政处罚裁量权适用规则", "开展行政处罚案卷交叉评查"],
          ["庞书静", "邝启明"], ["法规科", "执法稽查支队", "各市场监管所"]),
         ("“双随机、一公开”抽查覆盖面不足，部分行业多年未抽到", [
            "动态调整随机抽查事项清单和检查对象名录库", "推行跨部门联合抽查"],
          ["邝启明"], ["信用监督管理科", "各业务科室"]),
         ("基层市场监管所装备配备不足，快检能力薄弱", [
            "为各市场监管所配齐食品快检设备", "开展基层快检人员轮训"],
          ["欧阳澜"], ["计划财务科", "食品经营科"]),
         ("群众投诉举报办理超时，回访满意率偏低", [
            "对超期未办结投诉举报件实行挂牌督办", "建立投诉举报办结后电话回访制度", "每月分析投诉举报热点并形成专报"],
          ["邝启明"], ["消费者权益保护科", "投诉举报中心"]),
         ("违反中央八项规定精神问题仍有发生，警示教育针对性不强", [
            "开展身边典型案例警示教育月活动", "对公务接待和公车使用开展专项检查"],
          ["韦东来"], ["机关纪委", "办公室"])]
    posts = {"韦东来": "党组书记、局长", "程立航": "党组成员、副局长", "庞书静": "党组成员、副局长",
             "欧阳澜": "党组成员、总会计师", "邝启明": "党组成员、总经济师"}
    out = ["中共澄江市市场监督管理局党组", "关于市委第二巡察组反馈意见整改落实清单", "",
           "根据市委第二巡察组反馈意见，局党组对反馈的3个方面10个具体问题逐项制定整改措施，形成本清单。"
           "各责任科室对照清单抓好落实，整改完成一项、销号一项。", ""]
    secs = {0: "一、落实监管责任方面", 3: "二、队伍建设和资金管理方面", 6: "三、服务群众和作风建设方面"}
    res = []
    for p, (prob, measures, leaders, units) in enumerate(P):
        if p in secs:
            out += [secs[p], ""]
        out.append("问题%d：%s。" % (p + 1, prob))
        out.append("整改措施：")
        for i, m in enumerate(measures):
            out.append("%d）%s%s。" % (i + 1, m, ["，明确责任人和完成时限", "，做到立行立改", "，形成长效机制"][(p + i) % 3]))
            res.append(T(m, leaders, [units[0]], units[1:]))
        out.append("整改目标：问题%s。" % ["全面整改到位", "见底清零", "不反弹不回潮"][p % 3])
        out.append("责任领导：%s" % "，".join("%s%s" % (posts[x], x) for x in leaders))
        out.append("责任科室：%s（牵头）%s" % (units[0], ("、" + jn(units[1:])) if units[1:] else ""))
        out.append("整改时限：%s" % ["2024年6月底前", "2024年9月底前；长期坚持", "立行立改，长期坚持"][p % 3])
        out.append("")
    out += ["局党组巡察整改工作领导小组办公室", "2024年3月12日"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, res, """Convention: a 巡察反馈意见整改落实清单 typed from its table: 问题N (not a task) heads 整改措施 numbered 1）2）;
the 整改目标/责任领导/责任科室/整改时限 lines after the measures hold for every measure of that problem; 责任领导 is
post+name (党组成员、副局长程立航), two joined by ，; the first 科室, marked （牵头）, is the lead, the rest units.
The leaders are the bureau's own 班子 (the 局长 too: in the bureau's own list the 局长 leads the measure).
Source: 惠济区 行政审批和政务信息管理局党组 巡察整改情况公开 2024 (整改措施、责任领导、责任部门、完成时限 per problem),
https://public.huiji.gov.cn/D49Y/8738334.jhtml ; 鼓楼区(开封) 巡察整改台账 (问题内容、整改措施、整改时限和责任人),
https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html""")


# 2. Two documents' annexes in one file (docx) [湖北 嘉鱼 2021/2024]: 附件1 the
#    county report, items （一）… under 一、; the bracket is [ ] when a unit
#    inside has （）, （ ） otherwise; units joined by ，. 附件2 the city report's
#    items that concern the county, numbered 1. afresh, roles as running text.
def docx_two_report_annexes():
    name = "docx-two-report-annexes"
    both = pick(name, 23, "县", [None])
    a1, a2 = both[::2], both[1::2]
    renamed = {"县发改局": "县发改局（县粮食局）", "县城管局": "县城管局（县综合执法局）", "县应急局": "县应急局（县地震局）"}
    for t in a1:
        t["leads"] = [renamed.get(u, u) for u in t["leads"]]
        t["units"] = [renamed.get(u, u) for u in t["units"]]
    a1[4]["units"] = a1[4]["units"] + ["县经济开发区管委会"]
    a1[7]["units"] = ["各镇人民政府", "县经济开发区管委会"]
    body = [para("县人民政府办公室关于印发2025年县《政府工作报告》确定的重点工作责任分解和2025年市《政府工作报告》涉及本县重点事项责任分解的通知", True),
            para("各镇人民政府，县政府各部门，县经济开发区管委会："),
            para("经县人民政府同意，现将两个责任分解印发给你们，请各牵头单位于2月底前将细化方案报县政府督查室。"),
            para("附件：1.2025年县《政府工作报告》确定的重点工作责任分解"),
            para("　　　2.2025年市《政府工作报告》涉及本县重点事项责任分解"),
            para("桐溪县人民政府办公室"), para("2025年2月14日"), para(""),
            para("附件1", True), para("2025年县《政府工作报告》确定的重点工作责任分解", True)]
    heads = {0: "一、聚焦项目建设和乡村振兴，增强发展后劲", 4: "二、聚焦城乡品质，建设宜居桐溪", 8: "三、聚焦民生和安全，提升幸福指数"}
    for i, t in enumerate(a1):
        if i in heads:
            body.append(para(heads[i], True))
        inner = "牵头单位：%s；责任单位：%s" % (jn(t["leads"]), "，".join(t["units"]))
        br = "[%s]" % inner if any("（" in u for u in t["leads"] + t["units"]) else "（%s）" % inner
        body.append(para("（%s）%s。%s" % (CN[i] if i < 10 else "十" + CN[i - 10], t["key"], br)))
    body += [para(""), para("附件2", True), para("2025年市《政府工作报告》涉及本县重点事项责任分解", True),
             para("（本部分事项按市政府要求逐月报送进展）")]
    for i, t in enumerate(a2):
        if i % 4 == 3:
            t["units"] = []
            ann = "（%s负责）" % t["leads"][0]
        else:
            ann = "（%s牵头，%s配合）" % (t["leads"][0], jn(t["units"]))
        body.append(para("%d.%s，确保完成市下达任务。%s" % (i + 1, t["key"], ann)))
    body += [para(""), para("抄送：县委办公室，县人大常委会办公室，县政协办公室。")]
    docx(name, body)
    want(name, a1 + a2, """Convention: one file holding two 分解 as 附件1 (the county's own report: （一）（二）… under 一、, the bracket
[牵头单位：…；责任单位：…] when a unit inside has （）, （…） otherwise, units joined by ，) and 附件2 (the city report's items
that concern the county, numbered 1. afresh, roles as running text （X牵头，Y配合） or （X负责）); no leaders in either.
Source: 嘉鱼县 2021 嘉政办发〔2021〕5号 and 2024 嘉政办发〔2024〕1号, http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml ,
http://jiayu.gov.cn/xxgk/zc/qtzdgkwj/202403/t20240318_3512224.shtml""")


# 3. A 开发区's 重点工作及责任清单 as an HTML page of <ol><li> (no table):
#    each <li> the task, then a line 责任领导：X｜责任部门：A、B｜完成时限：…;
#    some items have a nested <ul> of quarterly milestones (not tasks); the
#    units are the zone's own 局/部/中心; the first 部门 leads.  [安徽 霍山 2025]
def html_zone_ordered_list():
    name = "html-zone-ordered-list"
    leaders = ["鲍云飞", "司徒婧", "冉建川", "窦晓光", "娄佳音"]
    secs = [("一、招大引强，壮大产业集群", [
                ("坚持“项目管家”全程帮办，推动签约项目当年开工率达到八成", ["企业服务中心", "招商服务局"]),
                ("新增规上工业企业15家", ["经济发展局", "企业服务中心"]),
                ("组建产业链招商小分队赴长三角开展驻点招商", ["招商服务局"]),
                ("推行“标准地+承诺制”供地", ["自然资源和规划分局", "招商服务局", "营商环境办"]),
                ("推进亩均效益综合评价", ["经济发展局", "财政金融局", "自然资源和规划分局"]),
                ("盘活闲置低效用地400亩", ["自然资源和规划分局", "经济发展局"])]),
            ("二、完善配套，提升承载能力", [
                ("推进标准化厂房三期建设", ["规划建设局", "财政金融局"]),
                ("完成纬三路、经五路等园区道路配套", ["规划建设局"]),
                ("建成园区污水处理厂提标改造工程", ["规划建设局", "生态环境办"]),
                ("建设人才公寓300套", ["规划建设局", "社会事务局"]),
                ("推进园区蓝领公寓和职工食堂配套", ["社会事务局", "规划建设局", "企业服务中心"]),
                ("推进园区智慧化管理平台二期建设", ["经济发展局", "安全生产监管局"])]),
            ("三、优化服务，打造一流营商环境", [
                ("组织开展“周二企业接待日”", ["营商环境办", "企业服务中心", "党群工作部"]),
                ("落实产业扶持资金兑现“免申即享”", ["财政金融局", "经济发展局"]),
                ("加强基层党组织标准化建设", ["党群工作部"]),
                ("深化“清廉园区”建设", ["党群工作部", "营商环境办"])]),
            ("四、守牢底线，建设平安绿色园区", [
                ("开展园区危险化学品企业安全整治", ["安全生产监管局", "生态环境办"]),
                ("完成省级化工园区复核认定", ["安全生产监管局", "经济发展局", "生态环境办"]),
                ("开展园区环境综合整治百日行动", ["综合执法大队", "生态环境办", "社会事务局"]),
                ("实施雨污管网错接混接排查整改", ["规划建设局", "生态环境办"]),
                ("推进园区企业碳排放核算试点", ["生态环境办", "经济发展局"]),
                ("完善园区消防站配套建设", ["安全生产监管局", "规划建设局"])])]
    res = []
    html = ["<!DOCTYPE html>", "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>2025年开发区重点工作及责任清单</title>",
            "<style>body{font-family:serif} .nav a{margin:0 8px} .duty{color:#555}</style>",
            "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');})();</script></head><body>",
            "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/xxgk/\">信息公开</a><a href=\"/zwfw/\">政务服务</a></div>",
            "<div class=\"crumb\">当前位置：首页 &gt; 信息公开 &gt; 计划总结</div>",
            "<h1>青川经济开发区2025年重点工作及责任清单</h1>",
            "<p class=\"meta\">发布时间：2025-02-20　来源：开发区党政办　浏览次数：<span id=\"hits\">1</span></p>",
            "<p>为推动年度目标任务落地见效，现将2025年开发区重点工作及责任清单公布如下。</p>"]
    i = 0
    for title, items in secs:
        html.append("<h3>%s</h3>" % title)
        html.append("<ol>")
        for text, ds in items:
            ld = leaders[i * 5 // 22]
            li = "<li><p>%s。</p>" % text
            if i % 5 == 2:
                li += "<ul><li>一季度：完成前期手续</li><li>三季度：主体完工</li><li>四季度：投入使用</li></ul>"
            li += "<p class=\"duty\">责任领导：%s｜责任部门：%s｜完成时限：%s</p></li>" % (ld, jn(ds), ["全年", "6月底前", "10月底前"][i % 3])
            html.append(li)
            res.append(T(text, [ld], ds[:1], ds[1:]))
            i += 1
        html.append("</ol>")
    html += ["<p>注：列第一位的责任部门为牵头部门。</p>",
             "<div class=\"foot\">主办：青川经济开发区管理委员会　<a href=\"#\">网站地图</a>　备案号：皖ICP备00000000号</div>",
             "<script>document.getElementById('hits').innerText='2051';</script></body></html>"]
    write(name, "html", "\n".join(html) + "\n")
    want(name, res, """Convention: a 开发区's 重点工作及责任清单 published as a web page of ordered lists (<ol><li>, one per section,
numbered afresh) instead of a table; each item's roles on one line 责任领导：X｜责任部门：A、B｜完成时限：… (｜ separated);
the first 部门 leads (a 注 says so); quarterly milestones as a nested <ul> are not tasks; units are the zone's own 局/部/中心.
Source: 霍山县 2025年开发区重点工作及责任清单 (序号/重点工作/责任领导/责任单位/完成时限), https://www.ahhuoshan.gov.cn/public/6598161/37968314.html""")


# 4. A county 目标任务分解表 (xlsx) with a 量化目标 column between the task and
#    the roles, labels 牵头县领导/牵头责任单位/协同责任单位 [安徽 泾县 2023];
#    leader merged down over a run; some leader cells name + newline + post;
#    category rows merged across; a second sheet with the 说明.
def xlsx_quantified_targets():
    name = "xlsx-quantified-targets"
    leaders = ["祁海川", "蒙晓岚", "滕国峰", "衣志远", "阚丽君", "晏鸿飞"]
    tasks = pick(name, 26, "县", leaders)
    posts = {"祁海川": "常务副县长", "蒙晓岚": "副县长", "滕国峰": "副县长", "衣志远": "副县长", "阚丽君": "副县长", "晏鸿飞": "县政府党组成员"}
    rows = [["泾源县2023年《政府工作报告》目标任务分解表"] + [""] * 6,
            ["填报单位：县政府督查室", "", "", "", "", "更新：2023年1月30日", ""],
            ["序号", "工作任务", "量化目标", "牵头县领导", "牵头责任单位", "协同责任单位", "完成时限"]]
    merges = ["A1:G1", "A2:E2", "F2:G2"]
    cats = {0: "一、扩大有效投资", 8: "二、推进乡村振兴和城乡建设", 16: "三、增进民生福祉", 22: "四、统筹发展和安全"}
    qty = ["完成率100%", "一季度开工30%，年底100%", "同比增长10%以上", "年底前全部完成", "覆盖率达到95%", "不少于年度目标"]
    prev, start = None, None
    n = 0
    for i, t in enumerate(tasks):
        if i in cats:
            rows.append([cats[i]] + [""] * 6)
            merges.append("A%d:G%d" % (len(rows), len(rows)))
            prev = None
        n += 1
        ld = t["leaders"][0]
        r = len(rows) + 1
        if ld == prev:
            cellv = ""
        else:
            if start and r - 1 > start:
                merges.append("D%d:D%d" % (start, r - 1))
            start = r
            cellv = ld + ("\n（%s）" % posts[ld] if n % 2 else "")
        rows.append([str(n), t["key"] + "，按季度报送进展", qty[i % len(qty)], cellv, jn(t["leads"]), jn(t["units"]),
                     ["3月底前", "6月底前", "9月底前", "12月底前"][i % 4]])
        prev = ld
    if start and len(rows) > start:
        merges.append("D%d:D%d" % (start, len(rows)))
    rows.append(["说明：量化目标未列明的按上级下达任务执行；协同责任单位排名不分先后。"] + [""] * 6)
    merges.append("A%d:G%d" % (len(rows), len(rows)))
    xlsx(name, [("说明", [["各乡镇人民政府，县政府各部门："], ["现将《政府工作报告》目标任务分解下达，请逐项细化到月。"]], []),
                ("任务分解表", rows, merges)])
    want(name, tasks, """Convention: a 目标任务分解表 workbook: a 量化目标 column (numbers, percentages) between 工作任务 and the roles;
labels 牵头县领导 / 牵头责任单位 / 协同责任单位; the leader merged down over each run of tasks, some leader cells a name with
its post on a second line in brackets (name recorded); category rows 一、… merged across; a title row and a 填报 row above the header;
the first sheet is the cover letter. Source: 泾县 2023 泾政〔2023〕1号 (牵头县领导、牵头责任单位、协同责任单位, 量化目标),
http://ahjx.gov.cn/OpennessContent/show/2668526.html ; 华容县 2021 (县政府分线领导, 主要责任单位/其他责任单位), https://huarong.gov.cn/33159/37006/37008/37025/37164/content_1801120.html""")


# 5. A county 十件民生实事 (md pipe table) whose 责任县领导 column gives only
#    posts (分管副县长, 常务副县长), never names; the ten 实事 are bold rows
#    numbered 一…十 with their projects 1. 2. below; collectives 各成员单位,
#    各有关单位 in 责任单位.
def md_posts_only_leaders():
    name = "md-posts-only-leaders"
    rng = random.Random(name)
    groups = [("稳岗就业", [25, 34]), ("教育优质", [26, 33]), ("健康服务", [27, 29, 31]), ("养老救助", [28, 30]),
              ("城乡出行", [15, 16, 32]), ("安居宜居", [14, 17, 19]), ("饮水安全", [11, 18]), ("生态绿化", [24, 22, 23]),
              ("文体惠民", [35, 36, 37]), ("平安守护", [40, 42])]
    posts = ["县长", "常务副县长", "分管副县长", "分管农业农村副县长", "分管城建副县长", "县政府办主任"]
    out = ["# 2024年县政府十件民生实事项目责任分工", "",
           "各乡镇人民政府，县政府各部门：县十八届人大三次会议票决产生的十件民生实事项目，现明确责任分工如下。", "",
           "| 序号 | 实事项目 | 责任县领导 | 牵头单位 | 责任单位 | 完成时限 |", "|:---:|---|---|---|---|---|"]
    res, k = [], 0
    for s, (title, idx) in enumerate(groups):
        out.append("| %s | **%s** | | | | |" % (CN[s], title))
        for j, ix in enumerate(idx):
            text, lead, others = POOL[ix]
            k += 1
            units = [unit("县", o) for o in others[:rng.randint(1, len(others))]]
            if k % 6 == 0:
                units.append("各成员单位")
            if k % 7 == 0:
                units = ["各有关单位"]
            out.append("| %d | %s | %s | %s | %s | %s |" % (j + 1, text, posts[(s + j) % len(posts)], unit("县", lead), jn(units), "2024年12月底"))
            res.append(T(text, [], [unit("县", lead)], units))
    out += ["", "注：责任县领导按县政府领导工作分工确定，领导分工调整的随之调整。", "", "峪口县人民政府办公室　2024年3月1日"]
    write(name, "md", "\n".join(out) + "\n")
    want(name, res, """Convention: a 十件民生实事 table whose 责任县领导 column names posts only (县长, 常务副县长, 分管副县长, 县政府办主任),
as the 注 says (领导按分工确定): no person is named, so a reader records NO leader triple for these tasks (a post is not a person);
the ten 实事 are bold rows 一…十 and are headings, their projects 1. 2. … the tasks; 责任单位 with 各成员单位 / 各有关单位 kept as written.
Source: 嘉鱼县 2024 (分管领导 to be named by the lead unit's 细化方案), http://jiayu.gov.cn/xxgk/zc/qtzdgkwj/202403/t20240318_3512224.shtml ;
高唐县 2024 目标任务分工方案 (类别、任务内容、牵头领导、责任单位), http://www.gaotang.gov.cn/site_gtgtxrmzfbgsc/channel_x_5265_6201/doc_660bc75d70ff59102ab2ab7c.html""")


# 6. A 街道 工作要点 分工 printed to PDF: each page opens with 分管领导：X（post）
#    that governs the items on the page, a continued page repeats it with
#    （续）; items numbered 1）2）… through the document; roles after a dash in
#    【】 labels: ——【牵头科室】A　【配合科室】B、各社区. [北京 石景山 2019 街道 任务分解;
#    文成 2024 分管副职名字亮晒]
def pdf_street_leader_per_page():
    name = "pdf-street-leader-per-page"
    pages = [("邬卫东", "党工委副书记、办事处主任", [
                 ("落实“吹哨报到”和接诉即办闭环管理", ["市民诉求处置中心", "城市管理办公室", "各社区"]),
                 ("开展辖区企业走访服务", ["经济发展办公室"]),
                 ("做好楼宇经济和税源稳定", ["经济发展办公室", "财政所"]),
                 ("推进财政资金绩效自评", ["财政所"]),
                 ("规范街道资产管理", ["财政所", "党政综合办公室"])]),
             ("柴慧敏", "党工委委员、组织部长", [
                 ("完善街道“大党委”议事协调机制", ["党建工作办公室", "党政综合办公室"]),
                 ("推进社区党组织书记、居委会主任“一肩挑”", ["党建工作办公室", "社区建设办公室", "各社区"]),
                 ("开展社区工作者职业化体系建设", ["社区建设办公室", "党建工作办公室"]),
                 ("推动辖区楼宇党建全覆盖", ["党建工作办公室", "经济发展办公室"])]),
             ("柴慧敏", None, [
                 ("打造社区文化品牌活动", ["社区建设办公室", "社区服务中心"]),
                 ("开展全民健身进社区活动", ["社区服务中心", "各社区"]),
                 ("落实退役军人服务保障“五有”标准", ["退役军人服务站", "各社区"])]),
             ("阮星河", "党工委委员、办事处副主任", [
                 ("完成老旧楼房加装电梯12部", ["城市管理办公室", "社区建设办公室", "各社区"]),
                 ("推进背街小巷精细化治理达标", ["城市管理办公室", "综合行政执法队"]),
                 ("开展垃圾分类桶站规范化提升", ["城市管理办公室", "各社区"]),
                 ("实施辖区违法建设动态清零", ["综合行政执法队", "城市管理办公室"]),
                 ("建设社区“一刻钟便民生活圈”", ["经济发展办公室", "社区服务中心", "城市管理办公室"])]),
             ("詹若琳", "办事处副主任", [
                 ("完善社区养老驿站服务网络", ["社区服务中心", "社区建设办公室"]),
                 ("开展困难群体走访慰问全覆盖", ["社区服务中心", "各社区"]),
                 ("推进矛盾纠纷就地化解", ["平安建设办公室", "市民诉求处置中心"]),
                 ("深化平安社区创建", ["平安建设办公室", "各社区"])]),
             ("戚远航", "党工委委员、武装部长", [
                 ("开展燃气安全入户检查", ["应急管理办公室", "平安建设办公室", "各社区"]),
                 ("推进电动自行车集中充电设施建设", ["应急管理办公室", "城市管理办公室"]),
                 ("开展防汛隐患点位排查", ["应急管理办公室", "城市管理办公室", "各社区"])])]
    res, html, k = [], [], 0
    css = ("@page{size:A4;margin:18mm 20mm} body{font-family:'Noto Serif CJK SC',serif;font-size:15pt;line-height:1.7}"
           ".page{page-break-after:always;position:relative;min-height:240mm} .run{font-size:10pt;text-align:center;border-bottom:1px solid #000}"
           ".no{position:absolute;bottom:0;width:100%;text-align:center;font-size:11pt} .ld{font-weight:bold;margin:6mm 0}")
    for p, (ld, post, items) in enumerate(pages):
        body = ['<div class="page"><div class="run">金台街道2024年工作要点任务分工</div>']
        if p == 0:
            body.append("<h2 style=\"text-align:center\">金台街道2024年工作要点任务分工</h2><p>为抓好年度工作要点落实，按照班子成员分工，将各项任务分解到分管领导和科室。</p>")
        body.append('<p class="ld">分管领导：%s</p>' % (("%s（%s）" % (ld, post)) if post else ld + "（续）"))
        for text, ds in items:
            extra = []
            if len(ds) > 1:
                ann = "——【牵头科室】%s　【配合科室】%s" % (ds[0], jn(ds[1:]))
            else:
                ann = "——【牵头科室】%s" % ds[0]
            body.append("<p>%d）%s，%s。%s</p>" % (k + 1, text, ["全年推进", "上半年完成", "按月调度"][k % 3], ann))
            res.append(T(text, [ld], ds[:1], ds[1:] + extra))
            k += 1
        body.append('<div class="no">— %d —</div></div>' % (p + 1))
        html += body
    pdf(name, "<!DOCTYPE html><html><head><meta charset='utf-8'><style>%s</style></head><body>%s</body></html>" % (css, "".join(html)))
    want(name, res, """Convention: a 街道 工作要点 分工 by 班子成员: each printed page opens with 分管领导：X（post）, which governs the items on
that page (a page that continues a leader repeats the line with （续））; items numbered 1）2）… through the document; roles after an
em dash in 【】 labels (——【牵头科室】A　【配合科室】B、各社区); a running header and — n — page numbers on every page.
The 办事处主任 is recorded as the leader of his own page: in the street's own 分工 he is a 分管领导 like the others.
Source: 石景山区 2019 贯彻落实《关于加强新时代街道工作的意见》的任务分解方案 (牵头单位/协办单位 lines, — 2 — page marks),
https://www.wenmi123.com/article/312836.html ; 文成县 2024 分管副职名字亮晒进度, http://www.dingqianjf.com/news/show/061b5c9a58ffb9d2.html""")


# 7. A city 工作要点 (txt) whose items carry no roles: the roles are given in a
#    summary table typed at the end (附表：任务分工一览, 序号 / 牵头单位 / 配合单位,
#    tab separated), keyed by the item numbers 1–24 that run through the sections.
def txt_roles_in_closing_table():
    name = "txt-roles-in-closing-table"
    tasks = pick(name, 24, "市", [None])
    for t in tasks:
        t["leads"] = [u.replace("市委组织部", "市委组织部") for u in t["leads"]]
    secs = {0: "一、坚持项目为王，夯实发展支撑", 6: "二、推进农业农村现代化", 10: "三、提升城市品质", 15: "四、办好民生事业", 20: "五、统筹发展和安全"}
    out = ["岚州市2023年政府工作要点", "", "2023年是全面贯彻党的二十大精神的开局之年。全市政府系统要围绕以下重点抓好落实。", ""]
    for i, t in enumerate(tasks):
        if i in secs:
            out += [secs[i], ""]
        out.append("%d.%s。%s" % (i + 1, t["key"], ["强化要素保障，实行清单化管理。", "", "建立月调度机制。"][i % 3]))
    out += ["", "附表：任务分工一览", "序号\t牵头单位\t配合单位"]
    for i, t in enumerate(tasks):
        out.append("%d\t%s\t%s" % (i + 1, jn(t["leads"]), jn(t["units"])))
    out += ["", "（各牵头单位每季度末向市政府办公室报送进展情况）"]
    write(name, "txt", "\n".join(out) + "\n")
    want(name, tasks, """Convention: the items of a 工作要点 carry no roles; the roles are in a summary table at the end (附表：任务分工一览,
序号 / 牵头单位 / 配合单位, tab separated, typed as text) keyed by the item numbers, which run 1–24 through the sections.
Source: 潜江市 2017 《政府工作报告》重点工作责任分解 (a 责任分工 after the text), https://www.hbqj.gov.cn/xxgk/zc/qtwj/szfbwj/2017/201701/t20170113_2136642.html ;
roles keyed by item number also in 2023 立山区 (鞍山) https://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html""")


# 8. A city 督查督办事项台账 (csv, from Excel): 督办编号 DB-2022-NN, 督办领导
#    with titles before or after the name (许振川副市长, 市政府秘书长 龙书阳),
#    承办单位 / 协办单位 with ASCII punctuation mixed in (, / ( )), 各县(市、区)政府
#    and 各成员单位 kept whole; a 办理进展 column that names units; title and
#    填报 rows above, a 说明 row after.
def csv_supervision_ledger():
    name = "csv-supervision-ledger"
    rng = random.Random(name)
    leaders = [("许振川", "%s副市长"), ("龙书阳", "市政府秘书长 %s"), ("鞠红英", "%s副市长"), ("洪启元", "副市长%s"), ("邱曼", "%s（副市长）")]
    tasks = pick(name, 24, "市", [x for x, _ in leaders], runs=False)
    fmt = dict(leaders)
    for t in tasks:
        t["leads"] = [u.replace("市城管局", "市城管局(市综合执法局)") for u in t["leads"]]
    for t in tasks[3::6]:
        t["units"] = t["units"] + ["各县(市、区)政府"]
    tasks[9]["units"] = ["各成员单位"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["2022年市政府重点工作督查督办事项台账", "", "", "", "", "", ""])
    w.writerow(["填报单位：市政府督查室", "", "", "", "截至：2022年6月30日", "", ""])
    w.writerow(["督办编号", "督办事项", "督办领导", "承办单位", "协办单位", "办结时限", "办理进展"])
    for i, t in enumerate(tasks):
        ld = t["leaders"][0]
        sep = [",", "、", "/", "，"][i % 4]
        w.writerow(["DB-2022-%02d" % (i + 1), t["key"] + ["", "。", ";"][i % 3], fmt[ld] % ld, jn(t["leads"]), sep.join(t["units"]),
                    ["2022-06-30", "2022年底", "长期"][i % 3],
                    ["已完成", "序时推进，已会同%s召开调度会" % t["units"][0], "滞后，已提请%s协调" % (fmt[ld] % ld)][i % 3]])
    w.writerow(["说明：1.承办单位为第一责任单位;2.办理进展每月25日前更新。", "", "", "", "", "", ""])
    write(name, "csv", buf.getvalue(), newline="")
    want(name, tasks, """Convention: a 督查督办事项台账 exported from Excel: 督办编号 DB-2022-NN (no plain 序号), 督办事项 / 督办领导 / 承办单位 /
协办单位 / 办结时限 / 办理进展; 督办领导 with the title before or after the name or in brackets (许振川副市长, 市政府秘书长 龙书阳,
邱曼（副市长）): the name is recorded; 承办单位 is the lead, 协办单位 the units, joined by ASCII , / or 、 ，; units with ASCII brackets
(市城管局(市综合执法局), 各县(市、区)政府) and 各成员单位 kept whole as written; the 办理进展 column names units and leaders but
gives no roles; a title row and a 填报 row above the header, a 说明 row below.
Source: 督查督办 承办/协办 conventions: 政务督办工作 (主办单位和协办单位, 办结时限), http://www.fymate.net/html/text/lar/168342/16834225_2.html ;
盘锦市 2021 任务分解 (牵头单位/责任单位, 督考办 monthly updates), http://xyexam.com/html/2509/2021-05-25/content-93597.html""")


def main():
    os.makedirs(g2.OUT, exist_ok=True)
    for f in (txt_rectification_measures, docx_two_report_annexes, html_zone_ordered_list, xlsx_quantified_targets,
              md_posts_only_leaders, pdf_street_leader_per_page, txt_roles_in_closing_table, csv_supervision_ledger):
        f()


if __name__ == "__main__":
    main()
