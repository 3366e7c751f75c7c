#!/usr/bin/env python3
"""Writes the fifteenth blind set (graph/extract/testdata/genre-blind15) and its
want files from one meaning per document: invented places, people and tasks;
conventions of 实施方案 / 专项行动方案 with a 任务分工 annex, 2021–2026, at 市
and 县 level (docs/extraction-conventions-survey-blind15.md). Reuses the second
set's writers. Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind15/gen.py"""
import csv, io, os, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import jn, want, write, xlsx, pdf, docx, para, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind15")
g2.HERE = HERE
os.makedirs(g2.OUT, exist_ok=True)

CN = "一二三四五六七八九十"


def T(key, leaders=(), leads=(), units=()):
    return dict(key=key, text=key, leaders=list(leaders), leads=list(leads), units=list(units))


def vcell(txt, span=None, vmerge=None):
    """A table cell; vmerge "restart" opens a vertical merge, "cont" continues it (empty)."""
    pr = ""
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
        txt = ""
    body = "".join(para(x) for x in txt.split("\n")) if txt else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)


def tbl(rows, ncols):
    return ("<w:tbl><w:tblGrid>" + "<w:gridCol/>" * ncols + "</w:tblGrid>"
            + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>")


# 1. 黑龙江-style 市 政府工作报告重点工作责任分工 (txt, GB18030, CRLF): numbered
#    items 1. 2. under （一） headings under 一、 chapters, each closed by a bracket
#    (市X主办，市Y、Z协办) or (市X负责); the level prefix 市 is written once and
#    left off the following units of the same bracket; some items run on in one
#    line after the previous bracket.  [黑龙江省 2013 政府工作报告 责任分工意见]
def txt_zhuban_xieban():
    name = "txt-gb18030-zhuban-xieban"
    chapters = [
        ("全力扩大有效投资，夯实振兴发展基础", [
            ("抓好重点产业项目建设", [
                ("推动120个市级重点产业项目开复工，年内完成投资150亿元以上", "发改委", ["工信局", "自然资源局", "生态环境局"]),
                ("建立重大项目“首席服务员”制度，实行一项目一专班跟踪服务", "营商环境局", ["发改委"]),
                ("谋划储备专项债券项目60个以上，争取债券资金40亿元", "财政局", ["发改委", "住建局"]),
            ]),
            ("强化项目要素保障", [
                ("盘活存量建设用地3000亩，保障新开工项目用地需求", "自然资源局", []),
                ("推进工业园区标准厂房建设，新增厂房面积20万平方米", "工信局", ["住建局", "鹤川经济开发区管委会"]),
                ("组建政银企对接平台，全年新增制造业中长期贷款30亿元", "金融服务中心", ["人民银行鹤川市分行"]),
            ]),
        ]),
        ("加快现代农业发展，建设粮食稳产保供基地", [
            ("稳定粮食生产", [
                ("全市粮食播种面积稳定在760万亩以上，总产量保持在90亿斤", "农业农村局", []),
                ("新建高标准农田45万亩，同步配套田间灌排设施", "农业农村局", ["水利局", "财政局"]),
                ("实施黑土地保护性耕作280万亩，推广秸秆全量还田", "农业农村局", ["生态环境局"]),
            ]),
            ("壮大农产品加工业", [
                ("培育年营业收入超10亿元的农产品加工企业5户", "工信局", ["农业农村局", "商务局"]),
                ("打造寒地大米、鲜食玉米区域公用品牌，新增绿色食品认证40个", "农业农村局", ["市场监管局"]),
            ]),
        ]),
        ("深化改革扩大开放，激发市场主体活力", [
            ("持续优化营商环境", [
                ("推行企业开办全程网办，办理时限压缩至0.5个工作日", "营商环境局", ["市场监管局", "税务局"]),
                ("开展涉企违规收费专项清理，建立问题线索台账", "市场监管局", ["发改委", "财政局"]),
                ("全面落实政务服务“好差评”制度，差评整改率达到100%", "营商环境局", []),
            ]),
            ("扩大对外开放", [
                ("开通对俄跨境公路货运新线路2条，口岸过货量增长15%", "商务局", ["交通运输局", "鹤川海关"]),
                ("举办寒地冰雪产业招商推介会，签约亿元以上项目20个", "投资促进中心", ["商务局"]),
            ]),
        ]),
        ("坚持民生优先，办好群众急难愁盼的实事", [
            ("稳定扩大就业", [
                ("全年城镇新增就业2.6万人，城镇调查失业率控制在5.5%以内", "人社局", []),
                ("开展高校毕业生留鹤就业行动，提供见习岗位1200个", "人社局", ["教育局", "团市委"]),
            ]),
            ("完善公共服务", [
                ("新建改扩建公办幼儿园8所，新增学位2400个", "教育局", ["住建局", "财政局"]),
                ("完成城区供热老旧管网改造180公里，室温达标率稳定在99%以上", "住建局", ["城管局"]),
                ("建设社区嵌入式养老服务站30个，发展老年助餐服务", "民政局", ["卫健委"]),
                ("推进紧密型县域医共体建设，实现县域就诊率90%以上", "卫健委", ["医保局"]),
            ]),
        ]),
    ]
    out = ["鹤川市人民政府", "关于落实《政府工作报告》重点工作责任分工的意见", "",
           "各县（市、区）人民政府，市政府各直属单位：",
           "为确保市十七届人大四次会议通过的《政府工作报告》确定的各项任务落到实处，现提出责任分工意见如下：", ""]
    tasks = []
    n_item = 0
    for ci, (ch, secs) in enumerate(chapters):
        out.append("%s、%s" % (CN[ci], ch))
        out.append("")
        for si, (sec, items) in enumerate(secs):
            out.append("（%s）%s。" % (CN[si], sec))
            line = ""
            for ii, (text, lead, others) in enumerate(items):
                n_item += 1
                # units as a reader writes them: the 市 prefix holds for every unit of the bracket;
                # units named in full (鹤川海关, 人民银行鹤川市分行, 团市委) take none
                own = lambda u: u.startswith(("鹤川", "人民银行", "团市委"))
                full = lambda u: u if own(u) else "市" + u
                if others:
                    shown = [full(others[0])] + others[1:]
                    br = "（市%s主办，%s协办）" % (lead, "、".join(shown))
                else:
                    br = "（市%s负责）" % lead
                tasks.append(T(text, [], [full(lead)], [full(o) for o in others]))
                piece = "%d.%s。%s" % (ii + 1, text, br)
                if n_item % 4 == 2 and line:
                    line += piece          # run on after the previous bracket
                else:
                    if line:
                        out.append(line)
                    line = piece
            out.append(line)
            out.append("")
    out += ["各主办单位要会同协办单位制定具体落实方案，于每季度末将进展情况报市政府督查室。", "",
            "鹤川市人民政府", "2024年2月20日"]
    write(name, "txt", "\r\n".join(out) + "\r\n", encoding="gb18030", newline="")
    want(name, tasks, """Convention: 市 政府工作报告 责任分工意见 as text: 一、chapters, （一）sections, 1. 2. items each closed by a bracket
(市X主办，市Y、Z协办) or (市X负责); 主办 = lead, 协办 = unit. The 市 prefix is written once and holds for all
units of the bracket, so the want writes it on each (市工信局, not 工信局). Some items run on in the same line
right after the previous item's bracket. GB18030, CRLF.
Source: 黑龙江省人民政府 关于落实《政府工作报告》重点工作责任分工的意见 (2013), http://wisor.cc/policy/show.php?from=client&itemid=100941""")
    return name


# 2. 甘肃-style 县 安全生产治本攻坚三年行动 任务清单 (xlsx): title row, a 填报 row,
#    a two-row header (责任分工 merged over 责任领导/牵头单位/配合单位; 完成时限
#    merged over 2024年/2025年/2026年 nodes), merged 行动 category rows, 责任领导
#    cells "马文涛（县委常委、常务副县长）" merged down over a run, a 说明 row.
#    [甘肃省 安全生产治本攻坚三年行动实施方案 2024; 广元市 方案 2024]
def xlsx_zhiben_gongjian():
    name = "xlsx-zhiben-gongjian-nodes"
    L = {"ma": ("马文涛", "县委常委、常务副县长"), "he": ("贺丽君", "副县长"), "an": ("安振邦", "副县长、县公安局局长"),
         "lu": ("鲁晓晴", "副县长")}
    acts = [
        ("安全责任压实行动", "ma", [
            ("修订县安委会成员单位安全生产工作职责清单", "应急管理局", ["县委编办", "司法局"], "2024年6月底前", "每年动态调整", "持续推进"),
            ("推动乡镇安全生产网格员配备实现全覆盖", "应急管理局", ["各乡镇人民政府"], "完成配备", "开展轮训", "巩固提升"),
            ("建立重大事故隐患县级领导包保督办制度", "安委办", ["各行业监管部门"], "建立制度", "常态运行", "持续推进"),
            ("将安全生产纳入党政领导干部考核并提高分值权重", "县委组织部", ["安委办"], "完成修订", "持续推进", "持续推进"),
        ]),
        ("重大事故隐患动态清零行动", "he", [
            ("开展危险化学品企业重大隐患专项排查整治", "应急管理局", ["工信局", "生态环境局"], "排查全覆盖", "动态清零", "巩固提升"),
            ("完成非煤矿山尾矿库闭库销号治理", "应急管理局", ["自然资源局", "生态环境局"], "完成2座", "完成3座", "全部销号"),
            ("整治城镇燃气管道老化和用户端安全隐患", "住建局", ["市场监管局", "消防救援大队"], "改造40公里", "改造60公里", "全部完成"),
            ("推进高层建筑和人员密集场所消防安全治理", "消防救援大队", ["住建局", "教育局", "商务局"], "排查建档", "集中整治", "长效管理"),
            ("开展建筑施工起重机械和深基坑专项检查", "住建局", ["市场监管局"], "检查全覆盖", "持续推进", "持续推进"),
        ]),
        ("交通运输安全整治行动", "an", [
            ("治理农村公路临水临崖路段安全隐患", "交通运输局", ["公安局交警大队", "各乡镇人民政府"], "治理80公里", "治理120公里", "全部完成"),
            ("整治“两客一危”车辆动态监控不在线问题", "交通运输局", ["公安局交警大队"], "上线率95%", "上线率98%", "上线率100%"),
            ("开展电动自行车违规停放充电集中整治", "消防救援大队", ["公安局", "住建局", "各社区"], "建设集中充电点50处", "建设集中充电点80处", "全覆盖"),
            ("严查超限超载和货车非法改装行为", "公安局交警大队", ["交通运输局", "市场监管局"], "持续推进", "持续推进", "持续推进"),
        ]),
        ("安全科技和基础能力提升行动", "lu", [
            ("建设县级安全风险监测预警信息平台", "应急管理局", ["工信局", "数据局"], "完成建设", "接入企业100家", "全面运行"),
            ("推动小型化工企业机械化换人自动化减人改造", "工信局", ["应急管理局"], "改造5家", "改造8家", "全部完成"),
            ("建设乡镇应急物资储备点并配齐救援装备", "应急管理局", ["财政局", "各乡镇人民政府"], "建成6个", "建成全部12个", "巩固提升"),
            ("组建县级综合性应急救援队伍并开展实战演练", "应急管理局", ["消防救援大队", "卫健局"], "组建队伍", "每半年演练1次", "持续推进"),
        ]),
        ("安全素质和宣传教育提升行动", "ma", [
            ("组织企业主要负责人和安全管理人员全员轮训", "应急管理局", ["人社局", "各行业监管部门"], "培训1500人次", "培训1800人次", "全员覆盖"),
            ("开展安全宣传进企业进农村进社区进学校进家庭活动", "安委办", ["县委宣传部", "教育局", "融媒体中心"], "持续推进", "持续推进", "持续推进"),
            ("畅通重大事故隐患举报渠道并落实举报奖励", "应急管理局", ["财政局"], "完善制度", "持续推进", "持续推进"),
        ]),
    ]
    title = "祁峪县安全生产治本攻坚三年行动重点任务清单（2024—2026年）"
    rows = [[title], ["填报单位：县安委会办公室", "", "", "", "", "", "", "", "更新时间：2024年3月"],
            ["序号", "重点任务", "责任分工", "", "", "完成时限及年度节点", "", "", "备注"],
            ["", "", "责任领导", "牵头单位", "配合单位", "2024年", "2025年", "2026年", ""]]
    merges = ["A1:I1", "A3:A4", "B3:B4", "C3:E3", "F3:H3", "I3:I4"]
    tasks = []
    r = 5
    k = 0
    for ai, (act, lk, items) in enumerate(acts):
        rows.append(["%s、%s" % (CN[ai], act)] + [""] * 8)
        merges.append("A%d:I%d" % (r, r))
        r += 1
        start = r
        nm, title_ = L[lk]
        for ii, (text, lead, others, y1, y2, y3) in enumerate(items):
            k += 1
            fx = lambda u: u if u.startswith(("县", "各")) else "县" + u
            ldcell = ("%s（%s）" % (nm, title_)) if ii == 0 else ""
            rows.append([str(k), text, ldcell, fx(lead), "、".join(fx(o) for o in others), y1, y2, y3,
                         "省级督办事项" if k % 6 == 0 else ""])
            tasks.append(T(text, [nm], [fx(lead)], [fx(o) for o in others]))
            r += 1
        merges.append("C%d:C%d" % (start, r - 1))
    rows.append(["说明：1.牵头单位负责统筹推进并汇总报送进展；2.年度节点为当年12月底前应达到的目标；3.每季度末月25日前报送进展情况。"] + [""] * 8)
    merges.append("A%d:I%d" % (r, r))
    xlsx(name, [("任务清单", rows, merges)])
    want(name, tasks, """Convention: 县 专项行动 任务清单 workbook: title row, 填报单位 row, two header rows (责任分工 merged over 责任领导 |
牵头单位 | 配合单位; 完成时限及年度节点 merged over 2024年 | 2025年 | 2026年), category rows 一、…行动 merged across,
the 责任领导 cell "姓名（职务）" merged down over all tasks of the 行动 (leader = the name only), a 说明 row at the end.
Sources: 甘肃省安全生产治本攻坚三年行动实施方案 (2024), http://www.hd213.com/shownews.asp?id=2594 ;
广元市安全生产治本攻坚三年行动方案 (2024), https://gysyjglj.cngy.gov.cn/New/show/20240314102619834.html""")
    return name


# 3. 宁夏-style 县 优化营商环境行动方案 (html): （一）title。text（责任单位：A、B、C）
#    per paragraph, the first unit being the lead by a note in the text; some
#    brackets end with 等; chapter headings 一、 as <h3>.  [中卫市 优化营商环境行动方案 2025]
def html_zerendanwei_first_lead():
    name = "html-zerendanwei-first-lead"
    chs = [
        ("强化惠企政策精准直达", [
            ("建立惠企政策统一发布平台", "每季度梳理国家、自治区、市县各级惠企政策，分类标注适用对象和申报条件", ["县发展和改革局", "县工业信息化和商务局", "县财政局"]),
            ("推行惠企资金免申即享", "对稳岗补贴、研发奖补等高频事项，依托数据比对自动识别符合条件的企业", ["县财政局", "县人力资源和社会保障局", "县科学技术局"]),
            ("开展政府合同履约专项清理", "对拖欠企业账款实行台账管理、限期清偿，建立失信违约问责机制", ["县司法局", "县财政局", "县审计局"]),
            ("规范招商引资优惠承诺", "审查用地、税费等方面的招商承诺，防止出现超出县级权限的条款", ["县投资促进中心", "县自然资源局"]),
        ]),
        ("提升政务服务效能", [
            ("推进高效办成一件事集成改革", "围绕企业开办、工程建设、不动产登记等场景，实现一表申请、一窗受理", ["县审批服务管理局", "县市场监督管理局", "县自然资源局"]),
            ("深化工程建设项目审批改革", "推行拿地即开工，社会投资小型低风险项目审批时限压缩至15个工作日", ["县审批服务管理局", "县住房和城乡建设局"]),
            ("建设县乡村三级帮办代办队伍", "为重点项目配备专职代办员，全程无偿代办审批手续", ["县审批服务管理局", "各乡镇人民政府"]),
            ("推动政务服务事项掌上办理", "可网办事项移动端接入率达到90%以上", ["县数据管理局", "县审批服务管理局"]),
            ("落实政务服务好差评闭环整改", "差评事项实行回访核实、整改反馈，整改率达到100%", ["县政务服务中心"]),
        ]),
        ("优化要素保障环境", [
            ("推行工业用地标准地出让", "新增工业用地全部按标准地供应，探索弹性年期出让", ["县自然资源局", "县工业园区管委会"]),
            ("降低企业用水用电用气成本", "压减接入环节和时限，低压小微企业用电报装实现零投资", ["县发展和改革局", "国网沙泉县供电公司", "县住房和城乡建设局"]),
            ("扩大普惠小微企业贷款投放", "推广信易贷模式，全年新增普惠小微贷款5亿元以上", ["县金融工作服务中心", "人民银行沙泉县支行"]),
            ("搭建重点企业用工服务平台", "开展春风行动等专场招聘，重点企业用工缺口当月响应", ["县人力资源和社会保障局", "县总工会"]),
            ("建立企业技术需求揭榜挂帅机制", "每年发布企业技术需求清单，对接区内外高校院所", ["县科学技术局", "县工业信息化和商务局"]),
        ]),
        ("营造公平公正法治环境", [
            ("推行包容审慎柔性执法", "制定轻微违法行为免罚清单，首次轻微违法依法不予处罚", ["县司法局", "县市场监督管理局", "县生态环境分局"]),
            ("实施跨部门联合双随机监管", "同一企业同一年度跨部门检查原则上不超过2次", ["县市场监督管理局", "县司法局"]),
            ("开展涉企积案清理专项行动", "对执行难案件逐案建档，依法保护民营企业合法权益", ["县人民法院", "县公安局"]),
            ("畅通企业诉求反映渠道", "依托12345热线设立营商环境专席，诉求办结率达到98%", ["县政务服务中心", "县委督查室"]),
        ]),
        ("打造亲清政商关系", [
            ("落实县级领导联系重点企业制度", "每名县级领导联系3户以上重点企业，每季度至少走访1次", ["县工商业联合会", "县工业信息化和商务局"]),
            ("定期召开政企恳谈会", "每季度召开1次，现场交办企业反映的问题并限时回复", ["县工商业联合会", "县政务服务中心"]),
            ("建立营商环境特约监督员队伍", "聘请企业家、人大代表和政协委员担任监督员，开展暗访体验", ["县发展和改革局", "县纪委监委"]),
        ]),
    ]
    h = ["<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>沙泉县2025年优化营商环境行动方案</title></head><body>",
         "<div class=\"doc-info\"><span>索引号：640324/2025-00031</span> <span>发布机构：沙泉县人民政府办公室</span></div>",
         "<h1>沙泉县人民政府办公室关于印发沙泉县2025年优化营商环境行动方案的通知</h1>",
         "<p>各乡镇人民政府，县直各部门、各单位：</p><p>《沙泉县2025年优化营商环境行动方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。</p>",
         "<p style=\"text-align:right\">沙泉县人民政府办公室<br>2025年4月16日</p>",
         "<h2>沙泉县2025年优化营商环境行动方案</h2>",
         "<p>为持续打造市场化法治化国际化一流营商环境，结合我县实际，制定本方案。各项任务所列责任单位中，排在第一位的为牵头单位，其他为配合单位。</p>"]
    tasks = []
    k = 0
    for ci, (ch, items) in enumerate(chs):
        h.append("<h3>%s、%s</h3>" % (CN[ci], ch))
        for ii, (title, body, units) in enumerate(items):
            k += 1
            deng = "等" if k % 5 == 0 and len(units) > 1 else ""
            h.append("<p>（%s）%s。%s。（责任单位：%s%s）</p>" % (CN[ii], esc(title), esc(body), "、".join(units), deng))
            tasks.append(T(title, [], units[:1], units[1:]))
    h += ["<h3>六、保障措施</h3>", "<p>县优化营商环境工作领导小组办公室负责统筹调度，每月通报任务进展，年底开展第三方评估。</p>",
          "</body></html>"]
    write(name, "html", "\n".join(h) + "\n")
    want(name, tasks, """Convention: 县 行动方案 as a web page: （一）title。text。（责任单位：A、B、C） per paragraph under 一、 <h3> headings;
the introduction says the first unit of each 责任单位 list leads and the others assist (first = lead, rest = unit);
some brackets end with 等, which is not part of a name. The task is the item's title.
Source: 中卫市优化营商环境行动方案 (2025), https://www.nxzw.gov.cn/zwgk/zfxxgkml/szfbwj/202507/t20250709_4956504.html""")
    return name


# 4. 广西-style 县 "十四五"规划纲要 主要目标任务分工 (docx): header rows with
#    年度目标 merged across 2024年/2025年/2026年 (gridSpan), 类别 merged down
#    (vMerge), 责任领导 written "县委常委、副县长黄某" merged down over a run.
#    [横州市 2026 政府工作报告 (chapters "坚定不移围绕…"); 西乡塘区 十四五 纲要]
def docx_gangyao_yearly_nodes():
    name = "docx-gangyao-yearly-nodes"
    cats = [
        ("构建现代化产业体系", [
            ("黄启明", "县委常委、副县长", [
                ("茉香产业园新增规上工业企业", "8家", "10家", "12家", "县工业和信息化局", ["县发展和改革局", "藤溪产业园区管委会"]),
                ("林产品精深加工产值年均增长", "10%", "10%", "10%", "县林业局", ["县工业和信息化局"]),
                ("规上工业增加值年均增长", "7%", "7.5%", "8%", "县工业和信息化局", ["县统计局"]),
                ("建成县级电商物流集散中心", "完成选址", "主体完工", "投入运营", "县商务局", ["县邮政管理局", "县交通运输局"]),
            ]),
            ("韦小燕", "副县长", [
                ("糖料蔗“双高”基地面积稳定在", "18万亩", "18.5万亩", "19万亩", "县农业农村局", ["县糖业发展服务中心", "县水利局"]),
                ("培育农业产业化重点龙头企业", "2家", "3家", "3家", "县农业农村局", ["县供销合作社联合社"]),
                ("创建数字乡村示范村", "5个", "8个", "10个", "县委网信办", ["县农业农村局"]),
            ]),
        ]),
        ("推进向海通道和基础设施建设", [
            ("覃永华", "副县长", [
                ("内河码头改扩建泊位", "2个", "3个", "2个", "县交通运输局", ["县自然资源局", "县港航发展中心"]),
                ("县乡公路提级改造里程", "40公里", "50公里", "60公里", "县交通运输局", ["各乡镇人民政府"]),
                ("新建改造城区雨污分流管网", "15公里", "20公里", "20公里", "县住房和城乡建设局", ["县水利局", "县城市管理监督局"]),
                ("城乡供水一体化工程覆盖行政村", "60个", "90个", "120个", "县水利局", ["县卫生健康局", "各乡镇人民政府"]),
            ]),
        ]),
        ("增进民生福祉", [
            ("蒙丽萍", "副县长", [
                ("新增城镇就业人数", "4200人", "4300人", "4400人", "县人力资源和社会保障局", []),
                ("新建公办义务教育学校", "1所", "2所", "1所", "县教育局", ["县财政局", "县自然资源局"]),
                ("县人民医院新院区床位数达到", "500张", "650张", "800张", "县卫生健康局", ["县人民医院"]),
                ("乡镇综合养老服务中心覆盖率", "60%", "80%", "100%", "县民政局", ["各乡镇人民政府"]),
                ("新增托育服务机构托位", "200个", "300个", "300个", "县卫生健康局", ["县妇女联合会"]),
                ("城乡居民医保参保率保持在", "95%", "95%", "95%", "县医疗保障局", ["县税务局"]),
            ]),
        ]),
        ("筑牢生态屏障和安全底线", [
            ("潘家栋", "县委常委、政法委书记", [
                ("森林覆盖率稳定在", "62%", "62.3%", "62.5%", "县林业局", ["县自然资源局"]),
                ("县城空气质量优良天数比例", "96%", "96.5%", "97%", "市生态环境局藤溪分局", ["县住房和城乡建设局", "县公安局"]),
                ("建成矛盾纠纷多元化解中心", "县级1个", "乡镇覆盖50%", "乡镇全覆盖", "县委政法委", ["县司法局", "县信访局"]),
                ("亿元GDP生产安全事故死亡率下降", "5%", "5%", "5%", "县应急管理局", ["县安委会各成员单位"]),
            ]),
        ]),
    ]
    hdr1 = [vcell("序号", vmerge="restart"), vcell("类别", vmerge="restart"), vcell("主要目标任务", vmerge="restart"),
            vcell("年度目标", span=3), vcell("责任领导", vmerge="restart"), vcell("牵头单位", vmerge="restart"),
            vcell("责任单位", vmerge="restart")]
    hdr2 = [vcell("", vmerge="cont"), vcell("", vmerge="cont"), vcell("", vmerge="cont"),
            vcell("2024年"), vcell("2025年"), vcell("2026年"),
            vcell("", vmerge="cont"), vcell("", vmerge="cont"), vcell("", vmerge="cont")]
    rows = [hdr1, hdr2]
    tasks = []
    k = 0
    for cat, runs in cats:
        first_cat = True
        for nm, title, items in runs:
            for ii, (text, y1, y2, y3, lead, others) in enumerate(items):
                k += 1
                rows.append([vcell(str(k)),
                             vcell(cat, vmerge="restart") if first_cat else vcell("", vmerge="cont"),
                             vcell(text), vcell(y1), vcell(y2), vcell(y3),
                             vcell(title + nm, vmerge="restart") if ii == 0 else vcell("", vmerge="cont"),
                             vcell(lead), vcell("\n".join(others))])
                first_cat = False
                tasks.append(T(text, [nm], [lead], others))
    body = [para("附件", bold=True),
            para("藤溪县国民经济和社会发展第十四个五年规划纲要主要目标任务分工（2024—2026年）", bold=True),
            para("为推动纲要确定的目标任务在后三年落地见效，现将主要目标任务分解如下。责任单位栏多个单位分行列出。"),
            tbl(rows, 9),
            para("备注：年度目标为当年末应达到的累计或当年数值；“年均增长”类指标按当年增速考核。")]
    docx(name, body)
    want(name, tasks, """Convention: 县 规划纲要 主要目标任务分工 as a Word table: a two-row header (年度目标 gridSpan over 2024年 | 2025年 |
2026年; the other header cells vMerge down), 类别 merged down over its rows, 责任领导 "职务+姓名" (县委常委、副县长黄启明)
merged down over the run of tasks of that leader, 责任单位 one unit per line in the cell. leader = the name only.
Sources: 2026年横州市政府工作报告, https://www.gongxunwk.com/doc/2676416.html ; 南宁市西乡塘区十四五规划纲要, http://101.200.227.21/plan/39862""")
    return name


# 5. 新疆-style 县 乡村振兴 实施方案 (pdf): body items （一）title。text。
#    （责任领导：X；牵头单位：Y；责任单位：Z） and an annex 重点任务清单 table
#    repeating the same tasks (short title) and roles.  [新疆 2025 乡村全面振兴实施方案; 2024 千万工程 实施方案]
def pdf_body_and_annex():
    name = "pdf-body-bracket-annex-table"
    chs = [
        ("持续增强粮食和重要农产品供给保障能力", [
            ("稳定粮食播种面积", "落实耕地保护和粮食安全党政同责，粮食播种面积稳定在52万亩以上", "吐尔逊·买买提", "县农业农村局", ["县发展和改革委员会", "各乡镇人民政府"]),
            ("推进棉花提质增效", "推广机采棉全程机械化技术，机采率达到95%", "吐尔逊·买买提", "县农业农村局", ["县供销合作社"]),
            ("建设高标准农田", "新建和改造提升高标准农田8万亩，配套高效节水灌溉设施", "吐尔逊·买买提", "县农业农村局", ["县水利局", "县财政局"]),
            ("发展设施农业", "新建拱棚和日光温室1200座，提高冬春蔬菜自给率", "张海峰", "县农业农村局", ["县自然资源局"]),
            ("提升畜牧业综合生产能力", "新建规模化养殖场10个，牛羊存栏稳定增长", "张海峰", "县畜牧兽医发展中心", ["县农业农村局", "县林业和草原局"]),
        ]),
        ("持续巩固拓展脱贫攻坚成果", [
            ("健全防止返贫动态监测帮扶机制", "对监测对象做到早发现、早干预、早帮扶，确保不发生规模性返贫", "阿依古丽·热合曼", "县乡村振兴局", ["县民政局", "县医疗保障局"]),
            ("稳定脱贫人口务工规模", "脱贫人口务工规模稳定在1.6万人以上", "阿依古丽·热合曼", "县人力资源和社会保障局", ["县乡村振兴局"]),
            ("加强帮扶项目资产管理", "建立帮扶项目资产台账，明确权属和管护责任", "阿依古丽·热合曼", "县乡村振兴局", ["县财政局", "县审计局"]),
            ("深化对口援疆产业合作", "引进援疆产业项目5个以上，带动就业800人", "周立群", "县援疆工作前方指挥部", ["县商务和工业信息化局"]),
        ]),
        ("着力壮大县域富民产业", [
            ("培育特色林果精深加工", "支持红枣、核桃企业延链补链，精深加工率提高5个百分点", "周立群", "县林业和草原局", ["县商务和工业信息化局"]),
            ("发展乡村旅游", "打造沙漠胡杨和民俗村落精品线路3条，创建旅游示范村2个", "古丽米拉·吾斯曼", "县文化体育广播电视和旅游局", ["各乡镇人民政府"]),
            ("推进农村电商提质", "建设乡镇电商服务站12个，农产品网络零售额增长20%", "周立群", "县商务和工业信息化局", ["县邮政分公司"]),
            ("壮大村级集体经济", "集体经济收入10万元以上的村占比达到70%", "张海峰", "县委组织部", ["县农业农村局", "县财政局"]),
        ]),
        ("着力推进乡村建设和乡村治理", [
            ("开展农村人居环境整治提升", "农村卫生厕所普及率达到80%，生活垃圾收运处置体系覆盖全部行政村", "古丽米拉·吾斯曼", "县住房和城乡建设局", ["县农业农村局", "县卫生健康委员会"]),
            ("推进农村供水保障工程", "农村自来水普及率稳定在99%以上，实施水质提升工程", "张海峰", "县水利局", ["县卫生健康委员会"]),
            ("实施农村公路提档升级", "完成农村公路建设和养护120公里", "古丽米拉·吾斯曼", "县交通运输局", ["各乡镇人民政府"]),
            ("加强乡村医疗卫生服务", "每个乡镇卫生院配备全科医生2名以上", "古丽米拉·吾斯曼", "县卫生健康委员会", ["县医疗保障局"]),
            ("深化乡村治理积分制管理", "在全部行政村推行积分制，完善村规民约", "阿依古丽·热合曼", "县委政法委员会", ["县民政局", "县农业农村局"]),
            ("加强农村精神文明建设", "开展文明家庭、最美庭院评选，推进移风易俗", "阿依古丽·热合曼", "县委宣传部", ["县妇女联合会"]),
        ]),
        ("健全要素保障和体制机制", [
            ("深化农村土地制度改革", "稳妥推进第二轮土地承包到期后再延长30年试点", "张海峰", "县农业农村局", ["县自然资源局"]),
            ("加大涉农资金投入", "县级财政用于乡村振兴的资金增幅不低于一般公共预算支出增幅", "周立群", "县财政局", ["县乡村振兴局"]),
            ("强化乡村人才支撑", "实施高素质农民培育计划，年培训2000人次", "周立群", "县委组织部", ["县人力资源和社会保障局", "县农业农村局"]),
        ]),
    ]
    css = ("<style>body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:14px;line-height:1.7}"
           "table{border-collapse:collapse;width:100%;font-size:12px}td,th{border:1px solid #000;padding:3px}"
           ".pb{page-break-before:always}</style>")
    h = ["<!DOCTYPE html><html><head><meta charset='utf-8'>" + css + "</head><body>",
         "<h2 style='text-align:center'>塔河源县关于扎实推进乡村全面振兴的实施方案</h2>",
         "<p>为做好2025年及今后一个时期“三农”工作，结合我县实际，制定本实施方案。</p>"]
    tasks = []
    annex = []
    k = 0
    for ci, (ch, items) in enumerate(chs):
        h.append("<h3>%s、%s</h3>" % (CN[ci], ch))
        for ii, (title, body, ld, lead, others) in enumerate(items):
            k += 1
            h.append("<p>（%s）%s。%s。（责任领导：%s；牵头单位：%s；责任单位：%s）</p>" % (CN[ii], title, body, ld, lead, jn(others)))
            tasks.append(T(title, [ld], [lead], others))
            annex.append((k, ch, title, ld, lead, others))
    h.append("<h3>六、组织保障</h3><p>县委农村工作领导小组统筹推进，各牵头单位每季度向县委农办报送进展情况。</p>")
    h.append("<div class='pb'><p>附件</p><h3 style='text-align:center'>塔河源县乡村全面振兴重点任务清单</h3>")
    h.append("<table><tr><th>序号</th><th>重点任务</th><th>责任领导</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>")
    for k, ch, title, ld, lead, others in annex:
        h.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>2025年12月底前</td></tr>" % (k, title, ld, lead, jn(others)))
    h.append("</table></div></body></html>")
    pdf(name, "\n".join(h))
    want(name, tasks, """Convention: 县 实施方案 as a PDF: body items （一）title。text。(责任领导：X；牵头单位：Y；责任单位：Z) under 一、 chapters,
then on a new page an 附件 重点任务清单 table (序号|重点任务|责任领导|牵头单位|责任单位|完成时限) repeating the same
tasks by their titles with the same roles; a reader counts each task once. Leaders with the Uyghur name dot (·).
Sources: 新疆 关于进一步深化农村改革扎实推进乡村全面振兴的实施方案 (2025), https://www.btzx.com.cn/web/2025/5/15/ARTI1747284684045421.html ;
自治区 千万工程经验 实施方案 (2024), https://jyglj.xinjiang.gov.cn/xjjyglj/c113357/202405/4eeeed64204d448f904cd21d1269fe61.shtml""")
    return name


# 6. 海南-style 市 创建全国文明城市 任务分解表 (csv): 测评项目 written only on
#    the first row of its run (the export of a merged cell), 责任领导 with the
#    title and two leaders per row sometimes, 牵头单位 / 配合单位 / 完成时限.
#    [琼海市 巩固全国文明城市迎检 2020; 海南省 文明城市测评体系]
def csv_wenming_chuangjian():
    name = "csv-wenming-chuangjian"
    items = [
        ("公共秩序", [
            ("整治主次干道机动车乱停乱放", ["陈家宝"], "市公安局交通警察支队", ["市综合行政执法局", "各镇人民政府"]),
            ("规范非机动车停放秩序并施划停车线", ["陈家宝"], "市综合行政执法局", ["市公安局交通警察支队"]),
            ("清理占道经营和店外经营", ["林晓薇"], "市综合行政执法局", ["市市场监督管理局", "嘉积镇人民政府"]),
            ("整治公交站台和出租车服务秩序", ["陈家宝"], "市交通运输局", ["市公安局"]),
        ]),
        ("市容环境", [
            ("开展背街小巷环境卫生集中整治", ["林晓薇"], "市综合行政执法局", ["各镇人民政府", "市住房和城乡建设局"]),
            ("推进城区生活垃圾分类示范小区建设", ["林晓薇"], "市住房和城乡建设局", ["市综合行政执法局", "各社区居委会"]),
            ("改造提升城区公共厕所", ["林晓薇", "符永强"], "市综合行政执法局", ["市旅游和文化广电体育局"]),
            ("清理城乡结合部卫生死角和乱堆乱放", ["符永强"], "各镇人民政府", ["市生态环境局"]),
            ("整治农贸市场环境秩序", ["符永强"], "市市场监督管理局", ["市商务局", "市卫生健康委员会"]),
        ]),
        ("文明风尚", [
            ("设置社会主义核心价值观公益广告", ["王雅琴"], "市委宣传部", ["市综合行政执法局", "各镇人民政府"]),
            ("开展文明交通志愿劝导活动", ["王雅琴", "陈家宝"], "市委文明办", ["市公安局交通警察支队", "团市委"]),
            ("评选发布椰湾好人和道德模范", ["王雅琴"], "市委文明办", ["市总工会", "市妇联"]),
            ("推进新时代文明实践站所规范化运行", ["王雅琴"], "市委宣传部", ["各镇人民政府"]),
            ("开展移风易俗和文明餐桌行动", ["王雅琴"], "市委文明办", ["市商务局", "市市场监督管理局"]),
        ]),
        ("公共服务", [
            ("规范窗口单位服务并设置便民服务台", ["黎国辉"], "市政务服务中心", ["市人民医院", "市交通运输局"]),
            ("完善无障碍设施和母婴室建设", ["黎国辉"], "市住房和城乡建设局", ["市残疾人联合会", "市妇联"]),
            ("加强未成年人思想道德建设和校园周边整治", ["黎国辉", "王雅琴"], "市教育局", ["市公安局", "市市场监督管理局"]),
            ("提升公共图书馆和文化馆免费开放服务", ["黎国辉"], "市旅游和文化广电体育局", []),
        ]),
        ("网上申报", [
            ("整理报送创建工作网上申报材料", ["王雅琴"], "市委文明办", ["市直各相关单位"]),
            ("完善创建工作档案并开展自查自评", ["王雅琴"], "市委文明办", ["市档案馆"]),
            ("开展创文工作第三方模拟测评", ["王雅琴", "林晓薇"], "市委文明办", ["市财政局"]),
        ]),
    ]
    titles = {"陈家宝": "副市长、市公安局局长", "林晓薇": "副市长", "符永强": "市委常委、嘉积镇党委书记",
              "王雅琴": "市委常委、宣传部部长", "黎国辉": "副市长"}
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["椰湾市2024年巩固全国文明城市创建成果任务分解表", "", "", "", "", "", ""])
    wr.writerow(["序号", "测评项目", "任务内容", "责任领导", "牵头单位", "配合单位", "完成时限"])
    tasks = []
    k = 0
    for proj, ts in items:
        for i, (text, lds, lead, others) in enumerate(ts):
            k += 1
            ldtxt = "、".join("%s%s" % (titles[x], x) for x in lds)
            wr.writerow([k, proj if i == 0 else "", text, ldtxt, lead, "、".join(others), "长期坚持" if k % 3 else "2024年7月底前"])
            tasks.append(T(text, lds, [lead], others))
    wr.writerow(["", "备注：各牵头单位每周五前将整改台账报市创文办，测评期间实行日报制度。", "", "", "", "", ""])
    write(name, "csv", "\ufeff" + buf.getvalue(), newline="")
    want(name, tasks, """Convention: 市 文明城市创建 任务分解表 exported to CSV (UTF-8 with BOM, CRLF): a title row, header 序号|测评项目|
任务内容|责任领导|牵头单位|配合单位|完成时限; 测评项目 written only on the first row of its run (a merged cell exported);
责任领导 "职务+姓名", two leaders joined by 、 on some rows (leader = names only); a 备注 row at the end.
Sources: 琼海市 2020 巩固全国文明城市迎检, http://qionghai.hainan.gov.cn/ywdt/tpxw/202007/t20200730_2826073.html ;
海南省 文明城市测评 (2017), https://big5.cri.cn/gate/big5/hi.cri.cn/20170303/8952625f-d6e4-6f9a-fd04-51348f41bca9.html""")
    return name


if __name__ == "__main__":
    for f in (txt_zhuban_xieban, xlsx_zhiben_gongjian, html_zerendanwei_first_lead, docx_gangyao_yearly_nodes,
              pdf_body_and_annex, csv_wenming_chuangjian):
        print(f())
