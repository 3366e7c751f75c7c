#!/usr/bin/env python3
"""Writes the blind-* genre fixtures and their want files (invented places and
people, conventions of real 分工方案). Run from this directory:
    python3 gen.py ../../genre
Each task is (key, text, leaders, leads, units, deadline); the want file is
written from that meaning, the document from the layout of its convention."""
import os, sys, zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"

def want(name, sections):
    lines = ["# %s: expected (task, role, name) triples, from the meaning of each task" % name]
    for _, tasks in sections:
        for t in tasks:
            key, text, leaders, leads, units, _ = t
            lines.append("%s\ttask\t-" % key)
            for l in leaders: lines.append("%s\tleader\t%s" % (key, l))
            for u in leads: lines.append("%s\tlead\t%s" % (key, u))
            for u in units: lines.append("%s\tunit\t%s" % (key, u))
    with open(os.path.join(OUT, name + ".want.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")

def T(key, rest, leaders=(), leads=(), units=(), deadline=""):
    return (key, key + rest, list(leaders), list(leads), list(units), deadline)

CN = "一二三四五六七八九十"

# 1. city 重点工作责任分解 as a .docx table: 责任领导 merged down, category rows
#    spanning the row, a prose notice before it.
def fx_docx():
    name = "blind-docx-city-duty-table"
    L1, L2, L3, L4 = "周立新", "范雅琴", "韩东升", "邱志刚"
    S = [
      ("扩大有效投资", [
        T("市级重大项目开工", "建设120个，年度完成投资480亿元", [L1], ["市发展改革委"], ["市财政局", "市自然资源和规划局"], "12月底前"),
        T("争取超长期特别国债", "和中央预算内投资项目资金30亿元以上", [L1], ["市发展改革委"], ["市财政局"], "全年"),
        T("推进青霞铁路专用线", "建成投用", [L1], ["市交通运输局"], ["青霞区人民政府"], "9月底前"),
        T("新开工保障性住房", "1500套", [L1], ["市住房和城乡建设局"], ["各区县人民政府"], "11月底前"),
        T("实施城市地下管网更新", "改造燃气、供水管网210公里", [L1], ["市住房和城乡建设局", "市城市管理局"], ["市水务集团"], "12月底前"),
      ]),
      ("培育壮大实体经济", [
        T("规模以上工业增加值", "增长7.5%", [L2], ["市工业和信息化局"], ["市统计局"], "全年"),
        T("新培育专精特新中小企业", "60家", [L2], ["市工业和信息化局"], ["市市场监督管理局", "市科技局"], "12月底前"),
        T("建设锂电新材料产业园", "二期主体完工", [L2], ["鹤鸣经济开发区管委会"], ["市工业和信息化局"], "10月底前"),
        T("推动数字化改造", "覆盖规上工业企业200家", [L2], ["市工业和信息化局"], ["市大数据局"], "12月底前"),
        T("新增高新技术企业", "90家", [L2], ["市科技局"], ["市税务局", "市财政局"], "12月底前"),
        T("技术合同成交额", "突破55亿元", [L2], ["市科技局"], [], "全年"),
      ]),
      ("提振消费扩大开放", [
        T("社会消费品零售总额", "增长6%", [L3], ["市商务局"], ["市统计局"], "全年"),
        T("举办汽车家电以旧换新", "系列促消费活动20场", [L3], ["市商务局"], ["各区县人民政府"], "全年"),
        T("外贸进出口总额", "增长4%", [L3], ["市商务局"], ["鹤鸣海关"], "全年"),
        T("实际使用外资", "1.8亿美元", [L3], ["市投资促进局"], ["市商务局"], "12月底前"),
        T("开通国际货运班列", "40列", [L3], ["市口岸办"], ["市交通运输局", "鹤鸣海关"], "12月底前"),
        T("创建省级夜间文旅消费集聚区", "2个", [L3], ["市文化广电和旅游局"], ["市商务局"], "11月底前"),
      ]),
      ("保障和改善民生", [
        T("城镇新增就业", "3.2万人", [L4], ["市人力资源和社会保障局"], ["各区县人民政府"], "全年"),
        T("新建改扩建中小学", "8所", [L4], ["市教育局"], ["市住房和城乡建设局", "市财政局"], "8月底前"),
        T("建成区域医疗中心", "门诊楼并投入使用", [L4], ["市卫生健康委"], ["市发展改革委"], "12月底前"),
        T("提高城乡居民基础养老金", "最低标准", [L4], ["市人力资源和社会保障局"], ["市财政局"], "7月底前"),
        T("新增社区嵌入式养老服务站", "30个", [L4], ["市民政局"], ["各区县人民政府"], "12月底前"),
        T("完成农村饮水安全巩固提升", "工程18处", [L4], ["市水利局"], ["市乡村振兴局"], "10月底前"),
        T("开展食品安全“护苗”", "专项行动", [L4], ["市市场监督管理局"], ["市教育局", "市公安局"], "全年"),
        T("建设青少年足球场地", "25块", [L4], ["市体育局"], ["市教育局"], "12月底前"),
      ]),
    ]
    titles = {L1: "副市长", L2: "副市长", L3: "市政府党组成员、副市长", L4: "副市长"}
    rows = []  # list of (cells, merge-flags)
    n = 0
    for si, (sec, tasks) in enumerate(S):
        rows.append(("cat", CN[si] + "、" + sec))
        for ti, t in enumerate(tasks):
            n += 1
            key, text, leaders, leads, units, dl = t
            lead_cell = "、".join(leads)
            lead_txt = leaders[0] + ("（%s）" % titles[leaders[0]] if si == 2 else titles[leaders[0]]) if si != 2 else "%s（%s）" % (leaders[0], titles[leaders[0]])
            if si != 2:
                lead_txt = "%s%s" % (leaders[0], titles[leaders[0]])
            rows.append(("row", [str(n), text, lead_txt, lead_cell, "、".join(units) if units else "", dl], ti == 0))
    def p(txt, bold=False):
        r = "<w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r>" % ("<w:rPr><w:b/></w:rPr>" if bold else "", escape(txt))
        return "<w:p>%s</w:p>" % r
    def tc(txt, vm=None, span=None):
        pr = ""
        if span: pr += "<w:gridSpan w:val=\"%d\"/>" % span
        if vm == "restart": pr += "<w:vMerge w:val=\"restart\"/>"
        elif vm == "cont": pr += "<w:vMerge/>"
        body = "".join(p(x) for x in txt.split("\n")) if txt else "<w:p/>"
        return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)
    body = [p("鹤鸣市人民政府办公室关于印发2025年市政府工作报告重点工作责任分解的通知", True),
            p("各区县人民政府，市政府各部门，各直属机构："),
            p("经市政府同意，现将2025年《政府工作报告》确定的重点工作责任分解印发给你们。各责任领导要靠前指挥，牵头单位要切实履行主体责任，会同责任单位细化措施、明确进度，确保各项任务按期完成。"),
            p("一、各牵头单位于每月5日前报送上月进展情况。"),
            p("二、市政府督查室对照本分解表开展跟踪督办，结果纳入年度绩效考核。"),
            p("鹤鸣市人民政府办公室"), p("2025年2月18日"),
            p("2025年市政府工作报告重点工作责任分解表", True)]
    tbl = ["<w:tbl><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>"]
    tbl.append("<w:tr>" + "".join(tc(h) for h in ["序号", "重点工作", "责任领导", "牵头单位", "责任单位", "完成时限"]) + "</w:tr>")
    for r in rows:
        if r[0] == "cat":
            tbl.append("<w:tr>" + tc(r[1], span=6) + "</w:tr>")
            continue
        cells, first = r[1], r[2]
        out = []
        for i, c in enumerate(cells):
            if i == 2:
                out.append(tc(c if first else "", vm="restart" if first else "cont"))
            else:
                out.append(tc(c))
        tbl.append("<w:tr>" + "".join(out) + "</w:tr>")
    tbl.append("</w:tbl>")
    body += tbl
    body.append(p("注：完成时限为2025年内的时间节点；涉及多个责任单位的，按职责分工负责。"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
    want(name, S)


def write(name, ext, text):
    with open(os.path.join(OUT, name + "." + ext), "w") as f:
        f.write(text)

# 2. province "分工如下": sections 一、, items 1. with ——sub-points on lines of
#    their own, then one 【】 line of labels separated by spaces, unit lists
#    separated by spaces.
def fx_province():
    name = "blind-txt-province-fengong-subbullets"
    A, B, C = "梁振华", "邵文涛", "褚艳梅"
    S = [
      ("着力稳定经济增长", [
        T("全省地区生产总值增长5.5%", "左右", [A], ["省发展改革委"], ["省统计局", "省财政厅"]),
        T("完成固定资产投资增长6%", "", [A], ["省发展改革委"], ["省自然资源厅", "省住房城乡建设厅"]),
        T("推动重大水利工程建设", "", [A], ["省水利厅"], ["省发展改革委"]),
        T("扩大地方政府专项债券使用范围", "", [A], ["省财政厅"], ["省发展改革委", "省地方金融管理局"]),
        T("稳住外贸外资基本盘", "", [A], ["省商务厅"], ["澜沧海关", "省贸促会"]),
        T("落实结构性减税降费政策", "", [A], ["省税务局"], ["省财政厅"]),
        T("培育省级消费中心城市", "", [A], ["省商务厅"], ["各市人民政府"]),
      ]),
      ("加快建设现代化产业体系", [
        T("实施制造业重点产业链高质量发展行动", "", [B], ["省工业和信息化厅"], ["省发展改革委", "省科技厅"]),
        T("新建5G基站1.5万个", "", [B], ["省通信管理局"], ["省工业和信息化厅"]),
        T("建设省级实验室4家", "", [B], ["省科技厅"], ["省教育厅", "省财政厅"]),
        T("推进粮食单产提升工程", "", [B], ["省农业农村厅"], ["省粮食和储备局"]),
        T("打造高原特色农产品品牌", "", [B], ["省农业农村厅"], ["省市场监管局"]),
        T("发展低空经济", "", [B], ["省发展改革委"], ["省交通运输厅", "民航澜沧监管局"]),
        T("推进国家级旅游度假区创建", "", [B], ["省文化和旅游厅"], ["省自然资源厅"]),
        T("培育数据要素市场", "", [B], ["省数据局"], ["省发展改革委"]),
      ]),
      ("切实保障和改善民生", [
        T("城镇新增就业45万人", "", [C], ["省人力资源社会保障厅"], ["省教育厅"]),
        T("做好高校毕业生就业工作", "", [C], ["省教育厅"], ["省人力资源社会保障厅", "团省委"]),
        T("推进紧密型县域医共体建设", "", [C], ["省卫生健康委"], ["省医保局"]),
        T("提高基本医疗保险财政补助标准", "", [C], ["省医保局"], ["省财政厅"]),
        T("实施学前教育普及普惠提升行动", "", [C], ["省教育厅"], ["省财政厅", "省发展改革委"]),
        T("完善养老服务体系", "", [C], ["省民政厅"], ["省卫生健康委", "省医保局"]),
        T("改造城镇老旧小区2100个", "", [C], ["省住房城乡建设厅"], ["各市人民政府"]),
        T("开展安全生产治本攻坚", "三年行动", [C], ["省应急厅"], ["省公安厅", "省交通运输厅"]),
        T("加强生态环境突出问题整改", "", [C], ["省生态环境厅"], ["省林草局"]),
        T("推进河湖长制", "落地见效", [C], ["省水利厅"], ["省生态环境厅"]),
      ]),
    ]
    subs = ["统筹做好要素保障，加强调度。", "建立清单化管理机制，按季度通报。", "强化督导考核，压实各方责任。"]
    out = ["澜沧省人民政府关于落实《政府工作报告》重点工作分工的意见", "",
           "各市人民政府，省政府各部门、各直属机构：",
           "为确保省十四届人大三次会议审议通过的《政府工作报告》确定的各项任务落到实处，经省政府同意，现就有关重点工作分工如下：", ""]
    for si, (sec, tasks) in enumerate(S):
        out.append(CN[si] + "、" + sec)
        for ti, t in enumerate(tasks):
            key, text, leaders, leads, units, _ = t
            out.append("%d. %s。" % (ti + 1, text))
            out.append("——" + subs[ti % 3])
            if ti % 2 == 0:
                out.append("——" + subs[(ti + 1) % 3])
            out.append("【分管省领导：%s副省长　牵头单位：%s　配合单位：%s】" % (leaders[0], " ".join(leads), " ".join(units)))
        out.append("")
    out += ["各地各部门要把落实《政府工作报告》作为重要政治任务，逐项制定工作方案，于3月底前报省政府办公厅。", "", "澜沧省人民政府", "2025年2月26日", ""]
    write(name, "txt", "\n".join(out))
    want(name, S)

# 3. county 目标责任书: （1）items under 一、, an annotation bracket after the
#    item with 牵头： and 责任： (short labels), X、Y按职责分工负责, units
#    separated by "，", leaders with the honorific after the name.
def fx_county():
    name = "blind-txt-county-target-book"
    S = [
      ("经济发展目标", [
        T("全县生产总值增长6.5%", "", ["谭永强"], ["县发改局"], ["县统计局", "县财政局"]),
        T("一般公共预算收入增长5%", "", ["谭永强"], ["县财政局"], ["县税务局"]),
        T("招引亿元以上项目20个", "", ["谭永强"], ["县招商服务中心"], ["各乡镇人民政府"]),
        T("固定资产投资增长8%", "", ["谭永强"], ["县发改局"], ["县住建局", "县自然资源局"]),
        T("新增规上工业企业12家", "", ["骆春燕"], ["县工信局"], ["县统计局"]),
        T("农村居民人均可支配收入增长7%", "", ["骆春燕"], ["县农业农村局"], ["县人社局"]),
        T("粮食播种面积稳定在42万亩", "", ["骆春燕"], ["县农业农村局"], ["各乡镇人民政府"]),
        T("建成高标准农田3万亩", "", ["骆春燕"], ["县农业农村局"], ["县财政局", "县水利局"]),
      ]),
      ("党的建设和社会治理目标", [
        T("完成县委重大决策部署督查", "", ["龚海峰"], ["县委办", "县政府办"], ["县直各部门"]),
        T("推进基层党组织标准化建设", "", ["龚海峰"], ["县委组织部"], ["各乡镇党委"]),
        T("信访积案化解率达到90%", "", ["龚海峰"], ["县信访局"], ["县公安局", "县司法局"]),
        T("创建省级平安县", "", ["龚海峰"], ["县委政法委"], ["县公安局"]),
        T("开展矛盾纠纷大排查", "", ["龚海峰"], ["县委政法委", "县司法局"], ["各乡镇人民政府"]),
        T("建设县级融媒体中心二期", "", ["龚海峰"], ["县委宣传部"], ["县融媒体中心"]),
      ]),
      ("民生保障目标", [
        T("城镇调查失业率控制在5.5%以内", "", ["蒋丽华"], ["县人社局"], ["县统计局"]),
        T("新建农村幸福院10所", "", ["蒋丽华"], ["县民政局"], ["各乡镇人民政府"]),
        T("义务教育巩固率保持在99%以上", "", ["蒋丽华"], ["县教育局"], []),
        T("县人民医院创建三级医院", "", ["蒋丽华"], ["县卫健局"], ["县人民医院"]),
        T("基本养老保险参保率达到96%", "", ["蒋丽华"], ["县人社局"], ["县医保局"]),
        T("改造农村危房200户", "", ["蒋丽华"], ["县住建局"], ["县民政局", "县乡村振兴局"]),
        T("完成“厕所革命”年度任务", "", ["蒋丽华"], ["县农业农村局", "县卫健局"], ["各乡镇人民政府"]),
      ]),
      ("生态环境目标", [
        T("空气质量优良天数比例达到93%", "", ["骆春燕"], ["市生态环境局柳塘分局"], ["县住建局", "县交通运输局"]),
        T("县域主要河流断面水质达标", "", ["骆春燕"], ["县水利局"], ["市生态环境局柳塘分局"]),
        T("完成人工造林1.2万亩", "", ["骆春燕"], ["县林业局"], ["各乡镇人民政府"]),
        T("单位生产总值能耗下降3%", "", ["谭永强"], ["县发改局"], ["县工信局", "县统计局"]),
      ]),
    ]
    titles = {"谭永强": "常务副县长", "骆春燕": "副县长", "龚海峰": "县委常委、县委办主任", "蒋丽华": "副县长"}
    out = ["柳塘县2025年度目标责任书", "", "为全面完成县第十八届人民代表大会第四次会议确定的目标任务，县人民政府与各责任单位签订本目标责任书。",
           "一、本责任书所列“牵头”为该项目标的牵头单位，“责任”为配合完成的单位；两个以上单位牵头的，按职责分工负责。",
           "二、年终由县目标考核办组织考核。", ""]
    n = 0
    for si, (sec, tasks) in enumerate(S):
        out.append("第%s部分　%s" % (CN[si], sec))
        for ti, t in enumerate(tasks):
            key, text, leaders, leads, units, _ = t
            lead = "、".join(leads) + ("按职责分工负责" if len(leads) > 1 else "")
            ann = "责任领导：%s%s；牵头：%s" % (leaders[0], titles[leaders[0]], lead)
            if units:
                ann += "；责任：" + "，".join(units)
            out.append("（%d）%s。（%s）" % (ti + 1, text, ann))
        out.append("")
    out += ["甲方：柳塘县人民政府　　　乙方：各责任单位", "二〇二五年三月", ""]
    write(name, "txt", "\n".join(out))
    want(name, S)

# 4. 民生实事: the bracket after each item gives 完成时限 first, then 责任单位
#    (the lead followed by 配合 units written as running text), half-width
#    brackets on some items, a 责任领导 in others.
def fx_minsheng():
    name = "blind-txt-minsheng-deadline-first"
    S = [
      ("教育惠民", [
        T("新建公办幼儿园4所", "，新增学位1080个", ["倪志伟"], ["区教育局"], ["区住建局"]),
        T("实施中小学食堂提升改造", "20所", ["倪志伟"], ["区教育局"], ["区市场监管局"]),
        T("开设课后托管服务", "覆盖全部小学", ["倪志伟"], ["区教育局"], []),
        T("建设青少年心理健康服务站", "5个", ["倪志伟"], ["团区委"], ["区教育局", "区卫健局"]),
        T("改造校园周边交通设施", "12处", ["倪志伟"], ["区公安分局"], ["区教育局"]),
      ]),
      ("健康养老", [
        T("建成社区卫生服务中心", "3家", ["倪志伟"], ["区卫健局"], ["区发改局", "区财政局"]),
        T("为65岁以上老年人免费体检", "", ["倪志伟"], ["区卫健局"], ["各街道办事处"]),
        T("新增养老床位600张", "", ["倪志伟"], ["区民政局"], ["区卫健局"]),
        T("打造老年助餐点40个", "", ["倪志伟"], ["区民政局"], ["各街道办事处"]),
        T("开展适老化改造1000户", "", ["倪志伟"], ["区民政局"], ["区残联"]),
      ]),
      ("城市宜居", [
        T("改造老旧小区28个", "", ["戴建国"], ["区住建局"], ["区城管局", "各街道办事处"]),
        T("加装电梯150部", "", ["戴建国"], ["区住建局"], ["区市场监管局"]),
        T("新增公共停车泊位3000个", "", ["戴建国"], ["区城管局"], ["区公安分局交警大队"]),
        T("建设口袋公园15个", "", ["戴建国"], ["区城管局"], ["区自然资源分局"]),
        T("完成雨污分流改造", "8.5公里", ["戴建国"], ["区水务局"], ["区住建局"]),
        T("新建改造公共厕所30座", "", ["戴建国"], ["区城管局"], []),
        T("开通社区微循环公交线路", "4条", ["戴建国"], ["区交通运输局"], ["区公交公司"]),
      ]),
      ("就业和社会保障", [
        T("开展职业技能培训", "8000人次", ["潘晓燕"], ["区人社局"], ["区总工会"]),
        T("建设零工市场2个", "", ["潘晓燕"], ["区人社局"], ["区财政局"]),
        T("为困难群众发放临时救助", "", ["潘晓燕"], ["区民政局"], ["区财政局"]),
        T("新建残疾人康复驿站", "3个", ["潘晓燕"], ["区残联"], ["区卫健局"]),
        T("建设“15分钟就业服务圈”", "", ["潘晓燕"], ["区人社局"], ["各街道办事处"]),
        T("开展法律援助进社区", "活动100场", ["潘晓燕"], ["区司法局"], []),
        T("实现社保卡居民服务", "“一卡通”", ["潘晓燕"], ["区人社局"], ["区大数据中心"]),
        T("建设智慧菜市场6个", "", ["潘晓燕"], ["区商务局"], ["区市场监管局"]),
      ]),
    ]
    dls = ["2025年8月底", "2025年12月底", "2025年6月底", "2025年10月底"]
    out = ["石湾区2025年十大类民生实事项目", "", "（区委常委会审议通过）", ""]
    n = 0
    for si, (sec, tasks) in enumerate(S):
        out.append(CN[si] + "、" + sec + "类")
        for ti, t in enumerate(tasks):
            n += 1
            key, text, leaders, leads, units, _ = t
            resp = leads[0] + ("牵头，" + "、".join(units) + "配合" if units else "负责")
            if n % 3 == 0:
                ann = "(完成时限：%s;责任单位：%s;责任领导：%s)" % (dls[n % 4], resp, leaders[0])
            else:
                ann = "（完成时限：%s；责任单位：%s；责任领导：%s）" % (dls[n % 4], resp, leaders[0])
            out.append("%d．%s。%s" % (n, text, ann))
        out.append("")
    write(name, "txt", "\n".join(out))
    want(name, S)

# 5. web page: a long notice whose own 一、（一）1. measures are prose, then
#    附件 and a 序号 table with 牵头区领导 rowspan, 协办单位, category rows.
def fx_html():
    name = "blind-html-attachment-after-preamble"
    S = [
      ("一、项目攻坚", [
        T("推进滨江综合体项目", "主体封顶", ["卢明轩"], ["区发改局"], ["区住建局", "区自然资源分局"]),
        T("建成智能装备产业园", "一期", ["卢明轩"], ["区工信局"], ["区投促中心"]),
        T("完成云栖大道改造提升", "", ["卢明轩"], ["区交通运输局"], ["区城管局"]),
        T("开工建设人才公寓", "1200套", ["卢明轩"], ["区住建局"], ["区委人才办"]),
        T("盘活低效工业用地", "800亩", ["卢明轩"], ["区自然资源分局"], ["区工信局", "各镇街"]),
        T("争取专项债券资金", "15亿元", ["卢明轩"], ["区财政局"], ["区发改局"]),
      ]),
      ("二、营商环境", [
        T("推行“高效办成一件事”", "事项40项", ["施惠敏"], ["区行政审批局"], ["区大数据中心"]),
        T("开展涉企违规收费整治", "", ["施惠敏"], ["区市场监管局"], ["区发改局", "区财政局"]),
        T("建立企业家接待日制度", "", ["施惠敏"], ["区工商联"], ["区营商局"]),
        T("新增市场主体8000户", "", ["施惠敏"], ["区市场监管局"], []),
        T("清理拖欠企业账款", "", ["施惠敏"], ["区财政局"], ["区工信局"]),
        T("设立知识产权保护工作站", "", ["施惠敏"], ["区市场监管局"], ["区法院"]),
        T("推进信用修复", "“一网通办”", ["施惠敏"], ["区发改局"], ["区行政审批局"]),
      ]),
      ("三、社会事业", [
        T("新建九年一贯制学校", "2所", ["魏书瑶"], ["区教育局"], ["区住建局"]),
        T("创建国家级婴幼儿照护服务示范", "", ["魏书瑶"], ["区卫健局"], ["区教育局"]),
        T("建设全民健身中心", "", ["魏书瑶"], ["区文体旅局"], ["区发改局"]),
        T("打造社区书房20家", "", ["魏书瑶"], ["区文体旅局"], ["各镇街"]),
        T("完成第五次全国经济普查", "数据发布", ["魏书瑶"], ["区统计局"], []),
        T("实施退役军人服务站", "规范化建设", ["魏书瑶"], ["区退役军人事务局"], ["各镇街"]),
        T("推进医保支付方式改革", "", ["魏书瑶"], ["区医保分局"], ["区卫健局"]),
      ]),
      ("四、安全稳定", [
        T("开展城镇燃气安全专项整治", "", ["郑国栋"], ["区住建局"], ["区应急管理局", "区市场监管局"]),
        T("建设智慧消防物联网", "平台", ["郑国栋"], ["区消防救援大队"], ["区大数据中心"]),
        T("推进防汛排涝设施", "建设", ["郑国栋"], ["区水务局"], ["区城管局"]),
        T("化解重复信访积案", "", ["郑国栋"], ["区信访局"], ["区司法局"]),
        T("创建食品安全示范街", "3条", ["郑国栋"], ["区市场监管局"], ["区商务局"]),
      ]),
    ]
    h = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>云栖区人民政府门户网站</title>",
         "<style>td{border:1px solid #999}</style><script>var nav=1;</script></head><body>",
         "<div class=\"nav\">首页 &gt; 政务公开 &gt; 通知公告</div>",
         "<h1>云栖区人民政府关于印发2025年区政府重点工作任务分解的通知</h1>",
         "<p>各镇人民政府、街道办事处，区政府各部门：</p>",
         "<p>为认真贯彻区十届人大五次会议精神，确保《政府工作报告》各项目标任务落地见效，现将有关事项通知如下。</p>",
         "<p>一、提高思想认识</p>",
         "<p>各单位要充分认识做好重点工作的重要意义，把任务落实作为检验作风能力的试金石。</p>",
         "<p>二、压实工作责任</p>",
         "<p>（一）明确责任主体。牵头区领导对分管领域任务负总责，牵头单位主要负责人为第一责任人。</p>",
         "<p>（二）细化推进措施。各牵头单位要制定推进计划，明确时间表和路线图。</p>",
         "<p>三、强化督查考核</p>",
         "<p>1．建立月调度制度，每月通报进展。</p>",
         "<p>2．实行销号管理，完成一项销号一项。</p>",
         "<p>3．将落实情况纳入年度综合考核，对推进不力的予以约谈。</p>",
         "<p>云栖区人民政府</p><p>2025年3月4日</p>",
         "<p>附件</p><p>2025年区政府重点工作任务分解表</p>",
         "<table><tr><th>序号</th><th>工作任务</th><th>牵头区领导</th><th>牵头单位</th><th>协办单位</th></tr>"]
    n = 0
    for sec, tasks in S:
        h.append("<tr><td colspan=\"5\">%s</td></tr>" % sec)
        for ti, t in enumerate(tasks):
            n += 1
            key, text, leaders, leads, units, _ = t
            lc = "<td rowspan=\"%d\">%s</td>" % (len(tasks), leaders[0]) if ti == 0 else ""
            h.append("<tr><td>%d</td><td>%s</td>%s<td>%s</td><td>%s</td></tr>" % (n, escape(text), lc, "、".join(leads), "、".join(units)))
    h.append("</table><p>（此件公开发布）</p><div class=\"footer\">主办：云栖区人民政府办公室　网站标识码：1234567890</div></body></html>")
    write(name, "html", "\n".join(h) + "\n")
    want(name, S)

fx_docx(); fx_province(); fx_county(); fx_minsheng(); fx_html()
