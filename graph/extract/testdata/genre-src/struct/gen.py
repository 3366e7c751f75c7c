#!/usr/bin/env python3
"""Writes the struct-* genre fixtures and their want files: running-text
layouts new in STRUCTURE (invented places and people, conventions of real
分工方案 and 督办清单). Run from this directory:
    python3 gen.py ../../genre
Each task is (key, text, leaders, leads, units); the want file is written from
that meaning, the document from the layout of its convention. The .pdf is
printed from struct-pdf-page-broken-brackets.html by Chromium (see ../README.md)."""
import os, sys, zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
HERE = os.path.dirname(os.path.abspath(__file__))

def T(key, rest, leaders=(), leads=(), units=()):
    return (key, key + rest, list(leaders), list(leads), list(units))

def want(name, tasks):
    lines = ["# %s: expected (task, role, name) triples, from the meaning of each task" % name]
    for key, _, leaders, leads, units in tasks:
        lines.append("%s\ttask\t-" % key)
        for l in leaders: lines.append("%s\tleader\t%s" % (key, l))
        for u in leads: lines.append("%s\tlead\t%s" % (key, u))
        for u in units: lines.append("%s\tunit\t%s" % (key, u))
    with open(os.path.join(OUT, name + ".want.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")

def write(name, ext, text, encoding="utf-8"):
    with open(os.path.join(OUT, name + "." + ext), "wb") as f:
        f.write(text.encode(encoding))

def flat(sections):
    return [t for _, ts in sections for t in ts]

CN = "一二三四五六七八九十"

# S1. county plan, GB18030: each item's roles on the line below it after a
#     dash (——X牵头，Y配合), or as 责任单位——… / 牵头单位——X；配合单位——Y;
#     a 责任人 or 联系人 line follows some of them; a few name the leader by
#     title inside the running roles (X副县长负责，…牵头).
def fx_dash_lines():
    name = "struct-txt-dash-lines-gb18030"
    S = [
      ("稳住县域经济增长", [
        T("全县地区生产总值增长6%", "以上，力争在全市争先进位。", [], ["县发展和改革局"], ["县统计局", "县财政局"]),
        T("一般公共预算收入完成", "9.6亿元，税收占比保持在七成以上。", [], ["县财政局"], ["县税务局"]),
        T("实施县级重点项目", "80个，年度完成投资65亿元。", ["贺春林"], ["县发展和改革局"], ["县自然资源局", "县住房和城乡建设局"]),
        T("争取地方政府专项债券", "额度12亿元，形成实物工作量。", [], ["县财政局"], ["县发展和改革局"]),
        T("新增规模以上工业企业", "20家，规上工业增加值增长8%。", [], ["县工业和信息化局"], ["县统计局"]),
        T("开展“助企惠企”专项服务", "，每名县级领导联系企业不少于3家。", [], ["县工商业联合会"], ["县工业和信息化局", "县市场监督管理局"]),
        T("引进亿元以上招商项目", "22个，到位资金45亿元。", ["贺春林"], ["县投资促进中心"], ["青禾经济开发区管委会"]),
      ]),
      ("推进产业转型升级", [
        T("建设青禾绿色建材产业园", "，完成标准厂房12万平方米。", [], ["青禾经济开发区管委会"], ["县工业和信息化局"]),
        T("推动陶瓷企业智能化改造", "，建成数字化车间6个。", [], ["县工业和信息化局"], ["县科学技术局"]),
        T("培育国家高新技术企业", "15家，研发投入强度达到2%。", [], ["县科学技术局"], ["县财政局", "县税务局"]),
        T("建设高标准农田", "3.5万亩，粮食播种面积稳定在52万亩。", ["孟秋云"], ["县农业农村局"], ["县自然资源局", "县水利局"]),
        T("发展茶叶和中药材特色产业", "，新建标准化基地8000亩。", [], ["县农业农村局"], ["县林业局"]),
        T("创建省级乡村振兴示范村", "10个。", [], ["县乡村振兴局"], ["各乡镇人民政府"]),
        T("推进农村电商进村", "，建设村级服务站120个。", [], ["县商务局"], ["县邮政分公司", "县供销合作社"]),
      ]),
      ("建设宜居美丽县城", [
        T("实施县城老旧小区改造", "26个，惠及居民3100户。", ["邹立平"], ["县住房和城乡建设局"], ["城关镇人民政府"]),
        T("新建改造城区道路", "9条，打通断头路4条。", [], ["县住房和城乡建设局"], ["县交通运输局"]),
        T("新增城区停车泊位", "1500个。", [], ["县城市管理局"], ["县公安局"]),
        T("完成青禾河生态修复", "二期工程，新增滨河绿道7公里。", [], ["县水利局"], ["县生态环境分局", "县林业局"]),
        T("推进生活垃圾焚烧发电项目", "建成投运。", [], ["县城市管理局"], ["县发展和改革局"]),
        T("开展农村人居环境整治", "提升行动，卫生厕所普及率达到92%。", [], ["县农业农村局"], ["县卫生健康局", "各乡镇人民政府"]),
        T("空气质量优良天数比例", "保持在88%以上。", [], ["县生态环境分局"], ["县工业和信息化局", "县住房和城乡建设局"]),
      ]),
      ("办好民生实事", [
        T("新建城区第三小学", "，新增学位1800个。", ["宁晓燕"], ["县教育体育局"], ["县住房和城乡建设局"]),
        T("推进县域医共体建设", "，乡镇卫生院达到服务能力标准。", [], ["县卫生健康局"], ["县医疗保障局"]),
        T("城镇新增就业", "4200人，城镇调查失业率控制在5.5%以内。", [], ["县人力资源和社会保障局"], ["县就业服务中心"]),
        T("建设区域性养老服务中心", "3个。", [], ["县民政局"], ["各乡镇人民政府"]),
        T("实施农村供水保障工程", "，自来水普及率达到96%。", [], ["县水利局"], ["县供水公司"]),
        T("开展群众性体育赛事", "30场以上。", [], ["县教育体育局"], ["县总工会"]),
        T("完成县图书馆新馆", "主体建设。", [], ["县文化和旅游局"], ["县住房和城乡建设局"]),
      ]),
    ]
    titles = {"贺春林": "副县长", "孟秋云": "副县长", "邹立平": "副县长", "宁晓燕": "副县长"}
    out = ["青禾县2025年政府工作报告重点工作任务分工方案", "",
           "　　为确保县政府工作报告确定的目标任务落到实处，现将重点工作分解如下，各牵头单位要会同配合单位制定推进计划，每季度末向县政府督查室报送进展。", ""]
    n = 0
    for si, (sec, tasks) in enumerate(S):
        out.append("%s、%s" % (CN[si], sec))
        for ti, (key, text, leaders, leads, units) in enumerate(tasks):
            n += 1
            out.append("%d．%s" % (n, text))
            style = n % 4
            if leaders:
                out.append("——%s%s负责，%s牵头，%s配合。" % (leaders[0], titles[leaders[0]], "、".join(leads), "、".join(units)))
            elif style == 0:
                out.append("——%s牵头，%s配合。" % ("、".join(leads), "、".join(units)))
            elif style == 1:
                out.append("责任单位——%s牵头，%s配合" % ("、".join(leads), "、".join(units)))
            elif style == 2:
                out.append("牵头单位——%s；配合单位——%s" % ("、".join(leads), "、".join(units)))
            else:
                out.append("——%s牵头；%s配合" % ("、".join(leads), "、".join(units)))
            if n % 3 == 0:
                out.append("责任人：%s（%s副局长）" % (("王建国", "刘丽华", "陈志强", "杨晓东")[n % 4], leads[0]))
            if n % 5 == 0:
                out.append("联系人：%s　联系电话：0795-68%05d" % (("赵敏", "黄磊", "周婷")[n % 3], n * 37))
        out.append("")
    out += ["五、工作要求", "　　各牵头单位主要负责同志为第一责任人，要逐项明确责任人和联系人，于每月25日前报送工作进展。", "",
            "青禾县人民政府办公室", "2025年2月20日", ""]
    write(name, "txt", "\n".join(out), "gb18030")
    want(name, flat(S))

# S2. city 督办事项清单: blocks 【督办事项N】 / 第N项 (Chinese numerals) with
#     fields on their own lines; the 督办内容 field wraps onto an unlabelled
#     line; 责任领导 with title; 责任人 and 联系人 after the units; fields in
#     two orders; a section heading between groups.
def fx_duban():
    name = "struct-txt-duban-field-blocks"
    S = [
      ("市政府常务会议议定事项", [
        T("加快东岭片区征收收尾", "，6月底前完成剩余86户签约和房屋腾空，为地铁车辆段开工交付净地", ["罗振宇"], ["东岭区人民政府"], ["市住房和城乡建设局", "市自然资源和规划局"]),
        T("推进北站综合交通枢纽", "配套道路建设，完成主线桥梁桩基施工", ["罗振宇"], ["市交通运输局"], ["市城市建设投资集团"]),
        T("完成市级政务云扩容", "，新增计算资源2000核，支撑“一网通办”平台迁移", ["罗振宇"], ["市大数据管理局"], ["市财政局"]),
        T("落实重点企业用工保障", "，组织专场招聘会15场，帮助企业招工8000人", ["罗振宇"], ["市人力资源和社会保障局"], ["市工业和信息化局", "市总工会"]),
        T("清理拖欠中小企业账款", "，建立台账逐笔销号", ["罗振宇"], ["市工业和信息化局"], ["市财政局", "市国资委"]),
        T("推动汽车零部件产业园", "二期8家企业竣工投产", ["罗振宇"], ["云岭高新区管委会"], ["市工业和信息化局"]),
        T("盘活闲置低效工业用地", "1200亩，建立“标准地”供地清单", ["罗振宇"], ["市自然资源和规划局"], ["市工业和信息化局", "各区人民政府"]),
        T("开展安全生产治本攻坚", "三年行动，完成重点行业隐患排查整治", ["苏雪梅"], ["市应急管理局"], ["市安委会各成员单位"]),
        T("推进城市燃气管道老化更新", "改造，全年完成改造180公里", ["苏雪梅"], ["市住房和城乡建设局"], ["市燃气集团"]),
        T("建成市级应急物资储备库", "并投入使用", ["苏雪梅"], ["市应急管理局"], ["市发展和改革局"]),
        T("开展电动自行车安全隐患", "全链条整治", ["苏雪梅"], ["市消防救援支队"], ["市市场监督管理局", "市公安局"]),
        T("完善防汛抗旱指挥调度体系", "，汛前完成水毁工程修复", ["苏雪梅"], ["市水利局"], ["市气象局"]),
        T("推进食品安全放心工程", "，完成农贸市场快检室标准化建设", ["苏雪梅"], ["市市场监督管理局"], ["市商务局"]),
      ]),
      ("市人大代表建议和政协提案重点督办事项", [
        T("解决城西学校周边交通拥堵", "问题，增设临时停车接送区4处", ["何建军"], ["市公安局交通警察支队"], ["市教育局"]),
        T("推进社区卫生服务中心标准化", "建设，全年达标32家", ["何建军"], ["市卫生健康委员会"], ["各区人民政府"]),
        T("增加普惠性托育服务供给", "，新增托位2400个", ["何建军"], ["市卫生健康委员会"], ["市妇女联合会", "市财政局"]),
        T("改善老旧小区适老化设施", "，加装电梯200部", ["何建军"], ["市住房和城乡建设局"], ["市民政局"]),
        T("优化公交线网", "，新开和调整社区微循环线路12条", ["何建军"], ["市交通运输局"], ["市公交集团"]),
        T("建设城市书房和文化驿站", "20处", ["何建军"], ["市文化广电旅游局"], ["各区人民政府"]),
        T("提升农村寄递物流服务", "，实现快递进村全覆盖", ["何建军"], ["市邮政管理局"], ["市商务局", "市交通运输局"]),
        T("治理城区餐饮油烟扰民", "，安装在线监控设备500台", ["邓丽君"], ["市生态环境局"], ["市城市管理局"]),
        T("推进黑臭水体长效治理", "，完成12条支流截污纳管", ["邓丽君"], ["市水务局"], ["市生态环境局"]),
        T("规范共享单车停放秩序", "，划定停放点位3000个", ["邓丽君"], ["市城市管理局"], ["市公安局交通警察支队"]),
        T("建设农产品冷链集配中心", "3个", ["邓丽君"], ["市商务局"], ["市农业农村局"]),
        T("推进“口袋公园”建设", "，全年新建40个", ["邓丽君"], ["市园林绿化局"], ["各区人民政府"]),
        T("加强校外培训机构监管", "，开展联合执法检查", ["邓丽君"], ["市教育局"], ["市市场监督管理局"]),
      ]),
    ]
    titles = {"罗振宇": "副市长", "苏雪梅": "副市长", "何建军": "市政府秘书长", "邓丽君": "副市长"}
    out = ["云岭市人民政府督查室", "2025年第一批重点督办事项清单", "",
           "　　经市政府同意，现将第一批重点督办事项印发各责任单位，请于每月20日前报送办理进展。", ""]
    n = 0
    for si, (sec, tasks) in enumerate(S):
        out.append("%s、%s" % (CN[si], sec))
        out.append("")
        for key, text, leaders, leads, units in tasks:
            n += 1
            out.append("第%s项" % num_cn(n) if si == 0 else "【督办事项%d】" % n)
            body = text
            if n % 3 == 1 and len(body) > 16:
                cut = len(key) + 2
                out.append("督办内容：%s" % body[:cut])
                out.append(body[cut:])
            else:
                out.append("督办内容：%s" % body)
            lead_line = "责任领导：%s%s" % (leaders[0], titles[leaders[0]]) if n % 2 else "责任领导：%s（%s）" % (leaders[0], titles[leaders[0]])
            fields = [lead_line, "牵头单位：%s" % "、".join(leads)]
            if units:
                fields.append("配合单位：%s" % "、".join(units))
            fields.append("责任人：%s（%s负责同志）" % (("钟立", "吴桐", "冯芳", "韦强")[n % 4], leads[0]))
            dl = "完成时限：2025年%d月底前" % (5 + n % 7)
            if si == 1:
                fields = [fields[0], dl] + fields[1:]
            else:
                fields.append(dl)
            if n % 4 == 0:
                fields.append("联系人：%s，电话：0871-6300%04d" % (("唐悦", "沈涛")[n % 2], n))
            out += fields
            out.append("")
    out += ["云岭市人民政府督查室", "2025年3月12日", ""]
    write(name, "txt", "\n".join(out))
    want(name, flat(S))

def num_cn(n):
    if n <= 10: return "一二三四五六七八九十"[n - 1]
    if n < 20: return "十" + "一二三四五六七八九"[n - 11]
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + ("" if u == 0 else CN[u - 1])

# S3. province 分工 with 1. / 1.1 numbering: the 1. lines are headings, the
#     1.1 items tasks with a trailing bracket (牵头单位：…；参与单位：…); ★ and
#     ▲ before some items; footnote marks ①② in the text and the notes at the
#     end of each part (注：①…), which are no task and no task text.
def fx_decimal_footnotes():
    name = "struct-txt-decimal-footnotes"
    S = [
      ("1．扩大有效需求", [
        T("实施扩大内需战略", "，省级重大项目完成投资3200亿元以上①。", [], ["省发展改革委"], ["省财政厅", "省自然资源厅"]),
        T("开展“消费提振年”活动", "，社会消费品零售总额增长6%左右。", [], ["省商务厅"], ["省文化和旅游厅", "省统计局"]),
        T("推进城市更新行动", "，改造城镇老旧小区1800个②。", [], ["省住房城乡建设厅"], ["省发展改革委", "省财政厅"]),
        T("稳定外贸基本盘", "，培育外贸综合服务企业30家。", [], ["省商务厅"], ["南岭海关"]),
        T("加快县域商业体系建设", "，建设县级物流配送中心40个。", [], ["省商务厅"], ["省供销社", "省邮政管理局"]),
        T("实施交通强省建设", "工程，新增高速公路通车里程260公里。", [], ["省交通运输厅"], ["省发展改革委"]),
      ]),
      ("2．构建现代化产业体系", [
        T("推动先进制造业和现代服务业融合", "发展，建设“两业融合”试点区域10个①。", [], ["省发展改革委"], ["省工业和信息化厅"]),
        T("实施产业基础再造工程", "，攻关关键核心技术50项。", [], ["省工业和信息化厅"], ["省科技厅"]),
        T("培育省级专精特新企业", "800家，新增国家级“小巨人”企业60家。", [], ["省工业和信息化厅"], ["省市场监管局"]),
        T("建设省级数字经济创新发展试验区", "5个②。", [], ["省大数据局"], ["省通信管理局"]),
        T("发展现代种业", "，建设国家级育制种基地3个。", [], ["省农业农村厅"], ["省科技厅"]),
        T("推进文旅深度融合", "，创建国家级旅游度假区2家。", [], ["省文化和旅游厅"], ["省自然资源厅"]),
      ]),
      ("3．深化改革开放", [
        T("深化国资国企改革", "，完成省属企业重组整合6户。", [], ["省国资委"], ["省财政厅"]),
        T("开展营商环境对标提升", "行动，政务服务事项“一网通办”率达到95%③。", [], ["省政务服务办"], ["省发展改革委", "省司法厅"]),
        T("推进要素市场化配置改革", "，建立全省统一的公共资源交易平台。", [], ["省发展改革委"], ["省公共资源交易中心"]),
        T("扩大高水平对外开放", "，新设外商投资企业400家。", [], ["省商务厅"], ["省外办"]),
        T("建设内陆开放型经济试验区", "，开行中欧班列1000列。", [], ["省商务厅"], ["省交通运输厅", "南岭海关"]),
        T("深化农村集体产权制度改革", "，村级集体经济收入全部达到10万元以上。", [], ["省农业农村厅"], ["省财政厅"]),
      ]),
      ("4．增进民生福祉", [
        T("城镇新增就业", "55万人，城镇调查失业率控制在5.5%左右。", [], ["省人力资源社会保障厅"], ["省教育厅", "省财政厅"]),
        T("新增公办幼儿园学位", "5万个，基本消除城镇大班额①。", [], ["省教育厅"], ["省住房城乡建设厅"]),
        T("推进国家区域医疗中心建设", "，新增三级医院6家。", [], ["省卫生健康委"], ["省发展改革委"]),
        T("提高城乡居民基础养老金", "最低标准。", [], ["省人力资源社会保障厅"], ["省财政厅"]),
        T("新建保障性住房", "2.5万套②。", [], ["省住房城乡建设厅"], ["省自然资源厅"]),
        T("实施困难群众救助提标", "，城乡低保标准分别提高5%。", [], ["省民政厅"], ["省财政厅"]),
        T("开展全民健身设施补短板", "工程，新建体育公园30个。", [], ["省体育局"], ["省住房城乡建设厅"]),
      ]),
    ]
    notes = {
        0: ["注：①省级重大项目指列入省年度重大项目计划的项目。", "②老旧小区指2000年底前建成、失养失修的住宅小区。"],
        1: ["注：①“两业融合”指先进制造业与现代服务业融合发展。", "②试验区名单另行发布。"],
        2: ["注：③“一网通办”率以省一体化政务服务平台统计为准。"],
        3: ["注：①大班额指每班56人以上。", "②含配租型和配售型保障性住房。"],
    }
    out = ["南岭省2025年《政府工作报告》重点工作分工方案", "",
           "　　为抓好省政府工作报告确定任务的落实，现就重点工作分工如下，列在首位的为牵头单位。", ""]
    for si, (head, tasks) in enumerate(S):
        out.append(head)
        for ti, (key, text, leaders, leads, units) in enumerate(tasks):
            mark = "★" if ti == 1 else ("▲" if ti == 3 else "")
            out.append("%s%d.%d %s（牵头单位：%s；参与单位：%s）" % (mark, si + 1, ti + 1, text, "、".join(leads), "、".join(units)))
        out += notes[si]
        out.append("")
    out += ["　　★为省政府确定的年度重点攻坚任务，▲为民生实事相关任务。", ""]
    write(name, "txt", "\n".join(out))
    want(name, flat(S))

# S4. district plan: 一是…二是…三是… clauses inside one paragraph per
#     sub-heading, each clause a task; in some paragraphs each clause has its
#     own bracket, in others one closing sentence gives the roles of all
#     clauses of the paragraph (以上工作由X牵头，Y配合。).
def fx_yishi_summary():
    name = "struct-txt-yishi-summary-roles"
    P = [
      ("（一）抓实项目建设", "own", [
        T("实施区级重点项目", "95个，年度投资180亿元", [], ["区发展和改革局"], ["区住房和城乡建设局"]),
        T("推进临江数智港", "二期开工建设", [], ["临江新区管委会"], ["区投资促进局"]),
        T("完成马鞍山路拓宽工程", "", [], ["区交通运输局"], ["区城市管理局"]),
      ]),
      ("（二）壮大楼宇经济", "summary", [
        T("新增税收超亿元楼宇", "2栋", [], ["区商务局"], ["区税务局", "区投资促进局"]),
        T("盘活闲置楼宇面积", "15万平方米", [], ["区商务局"], ["区税务局", "区投资促进局"]),
        T("引进区域总部企业", "8家", [], ["区商务局"], ["区税务局", "区投资促进局"]),
      ]),
      ("（三）做强科技创新", "own", [
        T("新认定高新技术企业", "70家", [], ["区科学技术局"], ["区税务局"]),
        T("建设概念验证中心", "2家", [], ["区科学技术局"], ["临江新区管委会"]),
        T("举办“创客临江”大赛", "", [], ["团区委"], ["区科学技术局"]),
        T("技术合同成交额", "突破20亿元", [], ["区科学技术局"], []),
        T("建设人才驿站", "3个", [], ["区委人才工作领导小组办公室"], ["区人力资源和社会保障局"]),
      ]),
      ("（四）提升城市品质", "summary", [
        T("改造老旧小区", "32个", [], ["区住房和城乡建设局"], ["各街道办事处"]),
        T("新增公共停车泊位", "2600个", [], ["区住房和城乡建设局"], ["各街道办事处"]),
        T("完成二次供水设施改造", "120栋", [], ["区住房和城乡建设局"], ["各街道办事处"]),
        T("建设完整社区试点", "6个", [], ["区住房和城乡建设局"], ["各街道办事处"]),
      ]),
      ("（五）改善生态环境", "own", [
        T("完成沿江岸线生态修复", "3公里", [], ["区水务局"], ["区生态环境分局"]),
        T("PM2.5平均浓度", "下降到30微克每立方米", [], ["区生态环境分局"], ["区城市管理局", "区住房和城乡建设局"]),
        T("推进生活垃圾分类", "示范片区建设", [], ["区城市管理局"], ["各街道办事处"]),
      ]),
      ("（六）兜牢民生底线", "summary", [
        T("新增城镇就业", "1.8万人", [], ["区人力资源和社会保障局"], ["区民政局", "区残疾人联合会"]),
        T("开展困难群体就业援助", "", [], ["区人力资源和社会保障局"], ["区民政局", "区残疾人联合会"]),
        T("建设零工驿站", "10个", [], ["区人力资源和社会保障局"], ["区民政局", "区残疾人联合会"]),
      ]),
      ("（七）发展社会事业", "own", [
        T("新建改扩建学校", "5所，新增学位4500个", [], ["区教育局"], ["区住房和城乡建设局"]),
        T("建成区中医院新院区", "", [], ["区卫生健康委员会"], ["区发展和改革局"]),
        T("新增社区养老服务综合体", "4个", [], ["区民政局"], []),
        T("举办全民运动会", "", [], ["区文化旅游体育局"], ["区教育局"]),
      ]),
    ]
    ordinals = "一二三四五六七八九"
    out = ["临江区2025年政府工作报告目标任务分解方案", "",
           "　　现将区政府工作报告确定的目标任务分解如下，请各单位认真抓好落实。", "",
           "一、重点工作任务"]
    tasks = []
    for head, mode, ts in P:
        clauses = []
        for i, (key, text, leaders, leads, units) in enumerate(ts):
            c = "%s是%s" % (ordinals[i], text)
            if mode == "own":
                if units:
                    c += "（%s牵头，%s配合）" % ("、".join(leads), "、".join(units))
                else:
                    c += "（%s负责）" % "、".join(leads)
            clauses.append(c)
        para = "　　" + head + "。" + "；".join(clauses) + "。"
        if mode == "summary":
            para += "以上工作由%s牵头，%s配合。" % ("、".join(ts[0][3]), "、".join(ts[0][4]))
        out.append(para)
        tasks += ts
    out += ["", "二、工作要求", "　　各牵头单位要细化工作措施，每季度末向区政府办公室报送进展情况。", "",
            "临江区人民政府办公室", "2025年2月26日", ""]
    write(name, "txt", "\n".join(out))
    want(name, tasks)

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

# S5. city plan as .docx paragraphs: 第N条 items in one part and （1） items
#     in another; the annotation is split over several paragraphs (a bracket
#     opened on one paragraph and closed two paragraphs later; a 配合单位 list
#     ending in 、 continued on the next paragraph; 【责任领导】 and 【牵头单位】
#     on separate paragraphs after the item).
def fx_docx_split():
    name = "struct-docx-split-annotations"
    A = [
        T("推进云溪新城核心区开发", "，完成基础设施投资40亿元。", ["戴永刚"], ["云溪新城管委会"], ["市自然资源和规划局", "市住房和城乡建设局"]),
        T("建设城市轨道交通2号线", "一期工程，实现洞通。", ["戴永刚"], ["市轨道交通集团"], ["市交通运输局"]),
        T("实施城区内涝治理工程", "，改造易涝点位25处。", ["戴永刚"], ["市水务局"], ["市住房和城乡建设局", "市城市管理局", "各区人民政府"]),
        T("新增城市绿道", "60公里，建成环湖绿道闭环。", ["戴永刚"], ["市园林局"], ["市自然资源和规划局"]),
        T("完成城中村改造", "7个，安置居民3600户。", ["戴永刚"], ["市住房和城乡建设局"], ["各区人民政府"]),
        T("推进智慧城市运行管理中心", "二期建设。", ["戴永刚"], ["市大数据局"], ["市城市管理局"]),
        T("开展城市道路“白改黑”", "工程40公里。", ["戴永刚"], ["市城市管理局"], ["市交通运输局"]),
        T("建成市域污水处理厂扩容", "工程，新增处理能力8万吨每日。", ["戴永刚"], ["市水务局"], ["市生态环境局"]),
        T("打造“一江两岸”夜景", "提升工程。", ["戴永刚"], ["市城市管理局"], ["市文化广电旅游局"]),
        T("建设城市生命线安全监测", "平台，覆盖燃气、桥梁和供水管网。", ["戴永刚"], ["市住房和城乡建设局"], ["市应急管理局", "市燃气集团"]),
        T("新建充电桩", "8000个，实现乡镇全覆盖。", ["戴永刚"], ["市发展和改革局"], ["市供电公司"]),
        T("完成国土空间详细规划编制", "。", ["戴永刚"], ["市自然资源和规划局"], []),
        T("推进海绵城市建设", "，建成区40%以上面积达到要求。", ["戴永刚"], ["市住房和城乡建设局"], ["市水务局"]),
    ]
    B = [
        T("深化“一件事一次办”改革", "，新增集成服务事项20项", ["颜雪"], ["市政务服务管理局"], ["市大数据局"]),
        T("推行涉企经营许可告知承诺", "制，覆盖事项200项以上", ["颜雪"], ["市市场监督管理局"], ["市司法局"]),
        T("开展“信用修复”专项服务", "，帮助企业修复信用500家次", ["颜雪"], ["市发展和改革局"], ["市市场监督管理局", "市税务局"]),
        T("建立企业家恳谈会制度", "，每季度召开一次", ["颜雪"], ["市工商业联合会"], ["市工业和信息化局"]),
        T("推进惠企政策“免申即享”", "，兑现资金10亿元以上", ["颜雪"], ["市财政局"], ["市政务服务管理局"]),
        T("设立知识产权保护中心", "快速维权窗口", ["颜雪"], ["市市场监督管理局"], ["市中级人民法院"]),
        T("完成市级行政事业单位", "资产清查", ["颜雪"], ["市财政局"], ["市机关事务管理局"]),
        T("推进“证照分离”改革", "全覆盖", ["颜雪"], ["市市场监督管理局"], ["市政务服务管理局"]),
        T("建设企业服务“总客服”", "平台，诉求办结率达到95%", ["颜雪"], ["市政务服务管理局"], ["市12345热线中心"]),
        T("规范中介服务市场", "，清理违规中介事项", ["颜雪"], ["市发展和改革局"], ["市政务服务管理局"]),
        T("实施招投标领域突出问题", "专项整治", ["颜雪"], ["市公共资源交易中心"], ["市住房和城乡建设局", "市交通运输局", "市水务局"]),
        T("开展“双随机、一公开”", "联合抽查100次", ["颜雪"], ["市市场监督管理局"], ["市司法局"]),
        T("推进政务数据共享", "，新增共享数据接口300个", ["颜雪"], ["市大数据局"], ["市政务服务管理局"]),
    ]
    titles = {"戴永刚": "副市长", "颜雪": "副市长"}
    body = [wp("云溪市2025年政府工作报告重点任务分解方案"),
            wp("　　为推动市政府工作报告确定的重点任务落地落实，现分解如下。各牵头单位对任务落实负总责，配合单位按职责做好协同。"),
            wp("一、建设宜居韧性智慧城市")]
    for i, (key, text, leaders, leads, units) in enumerate(A):
        n = i + 1
        style = i % 3
        if style == 0:
            body.append(wp("第%s条　%s（责任领导：%s%s；" % (num_cn(n), text, leaders[0], titles[leaders[0]])))
            body.append(wp("牵头单位：%s；" % "、".join(leads)))
            body.append(wp("配合单位：%s）" % ("、".join(units) if units else "无")))
        elif style == 1:
            body.append(wp("第%s条　%s" % (num_cn(n), text)))
            body.append(wp("【责任领导】%s%s" % (leaders[0], titles[leaders[0]])))
            body.append(wp("【牵头单位】%s" % "、".join(leads)))
            if units:
                body.append(wp("【配合单位】%s" % "、".join(units)))
        else:
            body.append(wp("第%s条　%s" % (num_cn(n), text)))
            body.append(wp("责任领导：%s%s；牵头单位：%s" % (leaders[0], titles[leaders[0]], "、".join(leads))))
            if len(units) > 1:
                body.append(wp("配合单位：%s、" % "、".join(units[:-1])))
                body.append(wp(units[-1]))
            elif units:
                body.append(wp("配合单位：%s" % units[0]))
    body.append(wp("二、打造一流营商环境"))
    for i, (key, text, leaders, leads, units) in enumerate(B):
        n = i + 1
        if i % 2 == 0:
            body.append(wp("（%d）%s。（牵头单位：%s；" % (n, text, "、".join(leads))))
            body.append(wp("配合单位：%s；责任领导：%s%s）" % ("、".join(units), leaders[0], titles[leaders[0]])))
        else:
            body.append(wp("（%d）%s。（%s%s负责，%s牵头，" % (n, text, leaders[0], titles[leaders[0]], "、".join(leads))))
            body.append(wp("%s配合）" % "、".join(units)))
    body += [wp("三、保障措施"), wp("　　各牵头单位每月底前将进展报市政府督查室；市政府将任务完成情况纳入年度绩效考核。"),
             wp("云溪市人民政府办公室"), wp("2025年3月3日")]
    docx_write(name, body)
    want(name, A + B)

# S6. 开发区 plan printed to PDF (Chromium, page boxes): running header and
#     — n — page numbers; long items whose trailing bracket breaks over the
#     page; a page-foot style note after a section.
def fx_pdf():
    name = "struct-pdf-page-broken-brackets"
    S = [
      ("一、招商引资和项目建设", [
        T("围绕新能源装备产业链精准招商", "，全年签约亿元以上项目30个、十亿元以上项目6个，到位资金120亿元，实现招商引资总量和质量双提升", ["邵国栋"], ["招商服务局"], ["经济发展局", "企业服务中心"]),
        T("推动储能电池项目一期", "按期竣工投产，同步启动二期厂房和配套仓储设施建设，确保当年形成产能", ["邵国栋"], ["经济发展局"], ["规划建设局"]),
        T("建设标准化厂房", "25万平方米，推行“拿地即开工”和“竣工即投产”服务模式，降低企业落地成本", ["邵国栋"], ["规划建设局"], ["溪港建设投资公司"]),
        T("完善园区水电气热配套", "，建成220千伏变电站1座和工业污水处理厂扩容工程，保障企业生产用能", ["邵国栋"], ["规划建设局"], ["溪港供电分公司", "生态环境分局"]),
        T("实施项目全周期管理", "，建立重点项目“一项目一专班”机制，按月调度、按季通报", ["邵国栋"], ["经济发展局"], ["党政综合办公室"]),
        T("开展闲置土地和低效用地处置", "，盘活土地800亩以上，提高亩均税收水平", ["邵国栋"], ["自然资源分局"], ["财政金融局"]),
        T("举办新能源装备产业对接会", "两场，邀请链主企业和配套企业参加，促成合作项目15个以上", ["邵国栋"], ["招商服务局"], ["经济发展局"]),
        T("建设园区人才公寓", "二期，新增房源600套，配套建设商业和托育设施", ["邵国栋"], ["社会事务局"], ["溪港建设投资公司"]),
      ]),
      ("二、科技创新和产业升级", [
        T("建设新能源装备中试基地", "，引进第三方检测认证机构3家，为园区企业提供中试熟化和检测服务", ["曲晓慧"], ["科技创新局"], ["经济发展局"]),
        T("新认定高新技术企业", "40家，科技型中小企业入库120家，规上工业企业研发机构覆盖率达到50%", ["曲晓慧"], ["科技创新局"], ["财政金融局", "溪港税务分局"]),
        T("推进企业数字化转型", "，建成智能工厂2家、数字化车间10个，工业互联网平台接入企业300家", ["曲晓慧"], ["经济发展局"], ["科技创新局"]),
        T("设立产业引导基金", "二期，规模10亿元，重点投向新能源装备和新材料领域", ["曲晓慧"], ["财政金融局"], ["溪港建设投资公司"]),
        T("开展校企合作", "，与高校共建现代产业学院1所，订单式培养技能人才800人", ["曲晓慧"], ["社会事务局"], ["科技创新局"]),
        T("培育专精特新企业", "15家，推动3家企业进入上市辅导期", ["曲晓慧"], ["财政金融局"], ["经济发展局"]),
        T("建设知识产权运营服务中心", "，全年新增发明专利授权300件", ["曲晓慧"], ["科技创新局"], ["市场监管分局"]),
        T("推进工业企业绿色化改造", "，创建省级绿色工厂4家，单位工业增加值能耗下降3%", ["曲晓慧"], ["经济发展局"], ["生态环境分局"]),
        T("打造氢能应用示范场景", "，投放氢燃料电池物流车100辆，建成加氢站2座", ["曲晓慧"], ["经济发展局"], ["规划建设局", "应急管理局"]),
      ]),
      ("三、营商环境和安全保障", [
        T("深化相对集中行政许可权改革", "，实现企业开办、项目审批“园区事园区办”，审批时限压减30%", ["田志明"], ["行政审批局"], ["党政综合办公室"]),
        T("建立企业诉求快速响应机制", "，诉求按期办结率达到98%以上，企业满意度保持在95%以上", ["田志明"], ["企业服务中心"], ["行政审批局"]),
        T("开展安全生产隐患排查", "整治，对危化品和涉爆粉尘企业实现全覆盖检查，重大隐患动态清零", ["田志明"], ["应急管理局"], ["规划建设局", "消防救援站"]),
        T("推进园区智慧安全监管平台", "建设，接入重点企业视频监控和在线监测设备500路", ["田志明"], ["应急管理局"], ["经济发展局"]),
        T("实施园区环境综合整治", "，完成雨污分流改造12公里，主要河流断面水质稳定达到Ⅲ类", ["田志明"], ["生态环境分局"], ["规划建设局"]),
        T("加强园区治安防控体系建设", "，新增智能安防小区8个", ["田志明"], ["溪港公安分局"], ["社会事务局"]),
        T("开展物流车辆交通秩序整治", "，新建货车停车场2处", ["田志明"], ["溪港公安分局"], ["规划建设局"]),
        T("完善园区应急物资储备体系", "，建成应急物资储备点3个", ["田志明"], ["应急管理局"], ["财政金融局"]),
      ]),
    ]
    titles = {"邵国栋": "管委会副主任", "曲晓慧": "管委会副主任", "田志明": "管委会副主任"}
    html = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>溪港经济开发区2025年重点工作任务分解</title>',
            '<style>',
            '@page { size: A4; margin: 3cm 2.6cm 2.8cm 2.6cm;',
            '  @top-center { content: "溪港经济开发区管理委员会"; font-family: "Noto Serif CJK SC"; font-size: 10pt; }',
            '  @bottom-center { content: "-" counter(page) "-"; font-family: "Noto Serif CJK SC"; font-size: 12pt; } }',
            'body { font-family: "Noto Serif CJK SC"; font-size: 16pt; line-height: 1.6; }',
            'h1 { font-size: 20pt; text-align: center; font-weight: normal; }',
            'h2 { font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }',
            'p { margin: 0; text-indent: 2em; text-align: justify; orphans: 1; widows: 1; }',
            '</style></head><body>',
            '<h1>溪港经济开发区2025年重点工作任务分解方案</h1>',
            '<p>为推动管委会年度工作会议确定的各项任务落地见效，现将重点任务分解到管委会领导和责任部门。各牵头部门要建立工作台账，每月28日前报送进展。</p>']
    n = 0
    for sec, tasks in S:
        html.append('<h2>%s</h2>' % escape(sec))
        for key, text, leaders, leads, units in tasks:
            n += 1
            html.append('<p>%d.%s。（责任领导：%s%s；牵头部门：%s；配合部门：%s）</p>' % (
                n, escape(text), leaders[0], titles[leaders[0]], "、".join(leads), "、".join(units)))
    html += ['<h2>四、工作要求</h2>',
             '<p>各部门要对照任务分解逐项制定推进计划，明确责任人和时间节点；党政综合办公室按季度通报进展，结果纳入部门年度考核。</p>',
             '<p style="text-align:right">溪港经济开发区管理委员会</p><p style="text-align:right">2025年2月24日</p>',
             '</body></html>']
    with open(os.path.join(HERE, name + ".html"), "w") as f:
        f.write("\n".join(html) + "\n")
    want(name, flat(S))

fx_dash_lines(); fx_duban(); fx_decimal_footnotes(); fx_yishi_summary(); fx_docx_split(); fx_pdf()
