"""Web-page, Word and Markdown genre-blind fixtures."""
from common import T, want, write, CN, para, cell, table, docx
from xml.sax.saxutils import escape as esc


# 4. County 民生实事 on a saved government page: the page layout is a table
#    (nav row, left column of links, content cell, footer) holding an info
#    table (索引号 …) and the task table; 序号/民生实事/责任单位/完成时限 with
#    units one per <p> in the cell, one 序号 spanning two tasks (rowspan) that
#    share or do not share units, and the notice saying the first listed unit
#    leads.  [四川 大竹 2016; 浙江 杭州 2020 列第一位]
def html_nested_minsheng():
    name = "html-nested-layout-minsheng"
    # (序号 group of tasks, shared units or None, deadlines)
    G = [
      [T("启动东河城区段综合治理工程", "和滨河湿地公园建设", leads=["县水务局"], units=["县住建局", "县河道治理指挥部"])],
      [T("新建2座人行天桥", "", leads=["县住建局"])],
      [T("启动县图书馆新馆建设", "", leads=["县文体旅局"], units=["县代建中心"])],
      [T("建成县残疾人综合服务中心", "", leads=["县残联"])],
      [T("开工建设县老年养护楼", "", leads=["县民政局"]), T("开工建设县老年大学", "", leads=["县民政局"])],
      [T("迁建县政务服务中心", "", leads=["县政务服务中心"], units=["县代建中心"])],
      [T("加快推进青杠滩水库建设", "", leads=["县水务局"])],
      [T("启动沱口县第十二小学建设", "", leads=["县教科局"], units=["县代建中心"]),
       T("新建乡镇中心幼儿园2所", "", leads=["县教科局"], units=["相关乡镇人民政府"])],
      [T("完成棚户区改造2600户", "", leads=["县住建局"], units=["县房屋征收中心"])],
      [T("城区新建1个农贸市场", "", leads=["县商务局"], units=["县市场监管局"])],
      [T("新增城区公共停车位1200个", "", leads=["县城管局"], units=["县公安局", "县住建局"])],
      [T("实施农村公路“畅返不畅”整治", "200公里", leads=["县交通运输局"])],
      [T("为城乡适龄妇女免费开展“两癌”筛查", "3万人", leads=["县卫健局"], units=["县妇联"])],
      [T("新增城镇就业4500人", "", leads=["县人社局"]), T("开展农民工职业技能培训", "6000人次", leads=["县人社局"])],
      [T("改造农村危房800户", "", leads=["县住建局"], units=["各乡镇人民政府"])],
      [T("建设智慧社区示范点5个", "", leads=["县民政局"], units=["县大数据中心", "各街道办事处"])],
      [T("新建城市书房6个", "", leads=["县文体旅局"]), T("开展送戏下乡", "120场", leads=["县文体旅局"], units=["县川剧团"])],
      [T("为60周岁以上老年人免费体检", "2万人", leads=["县卫健局"], units=["各乡镇人民政府"])],
      [T("完成县人民医院门急诊综合楼", "主体工程", leads=["县卫健局"], units=["县人民医院"])],
      [T("实施城区路灯节能改造", "4000盏", leads=["县城管局"])],
      [T("新建乡镇消防站3个", "", leads=["县消防救援大队"], units=["县应急局"])],
      [T("推进城乡生活垃圾分类", "，城区覆盖率达到80%", leads=["县城管局"], units=["各乡镇人民政府", "各街道办事处"])],
    ]
    dl = ["12月底前", "9月投入使用", "12月底前", "6月底前", "5月底前动工", "12月底前", "年内完成", "8月底前"]
    rows, tasks = [], []
    for i, g in enumerate(G):
        shared = len(g) == 2 and g[0]["leads"] == g[1]["leads"] and g[0]["units"] == g[1]["units"]
        for j, t in enumerate(g):
            units = t["leads"] + t["units"]
            tds = []
            if j == 0:
                tds.append('<td rowspan="%d" align="center">%d</td>' % (len(g), i + 1) if len(g) > 1 else '<td align="center">%d</td>' % (i + 1))
            tds.append("<td><p>%s。</p></td>" % esc(t["text"]))
            if not (shared and j == 1):
                tds.append('<td%s>%s</td>' % (' rowspan="2"' if shared else "", "".join("<p>%s</p>" % u for u in units)))
            tds.append("<td><p>%s</p></td>" % dl[(i + j) % len(dl)])
            rows.append("<tr>" + "".join(tds) + "</tr>")
            tasks.append(t)
    # the meaning: the first listed unit leads (the notice says so), the rest are the others
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>沱口县人民政府办公室关于对2025年民生实事进行重点督办的通知_政府文件_沱口县人民政府</title>
<link rel="stylesheet" href="/css/style.css" />
<style type="text/css">.main{width:1000px;margin:0 auto}.left li{line-height:28px}</style>
<script type="text/javascript">var _hmt = _hmt || []; function setFont(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head><body>
<table class="main" width="1000" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjtk/">走进沱口</a></td></tr>
<tr><td class="left" width="220" valign="top">
<div class="title">政府文件</div>
<ul><li><a href="/a/1.html">县政府文件</a></li><li><a href="/a/2.html">县政府办文件</a></li><li><a href="/a/3.html">部门文件</a></li><li><a href="/a/4.html">政策解读</a></li></ul>
<div class="title">热点专题</div>
<ul><li><a href="/zt/1.html">优化营商环境</a></li><li><a href="/zt/2.html">乡村振兴</a></li></ul>
</td>
<td class="content" valign="top">
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府文件</div>
<table class="info" width="100%%" border="1" cellspacing="0">
<tr><td>索引号：</td><td>51172400/2025-00031</td><td>发布机构：</td><td>沱口县人民政府办公室</td></tr>
<tr><td>文号：</td><td>沱府办〔2025〕12号</td><td>发布日期：</td><td>2025-03-01</td></tr>
</table>
<h1>沱口县人民政府办公室关于对2025年民生实事进行重点督办的通知</h1>
<div id="zoom">
<p>各乡镇人民政府、街道办事处，县级各部门：</p>
<p>为让人民群众生活得更有保障、更加幸福，根据2025年《政府工作报告》安排部署，现将2025年“民生实事”目标任务分解下达。请各责任单位认真研究、强化责任、细化措施，确保全年目标任务顺利完成。分解表中责任单位有两个及以上的，排在第一位的为牵头单位，其余为配合单位。县政府督查室将常年跟踪，适时开展督查。请各责任单位于每季度末月20日前将完成情况书面报县政府督查室（联系电话：6239325）。</p>
<p>附件：2025年民生实事目标任务分解表</p>
<p align="right">沱口县人民政府办公室</p>
<p align="right">2025年2月26日</p>
<p><strong>附件</strong></p>
<p align="center"><strong>2025年民生实事目标任务分解表</strong></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="640">
<tr><td width="48"><p>序号</p></td><td width="300"><p>民生实事</p></td><td width="170"><p>责任单位</p></td><td width="120"><p>完成时限</p></td></tr>
%s
</table>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</td></tr>
<tr><td colspan="2" class="foot">主办：沱口县人民政府办公室　承办：沱口县大数据中心　网站标识码：5117240001　蜀ICP备00000000号</td></tr>
</table>
</body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, tasks, "Units one per <p> in the cell; the notice says the first listed leads. A 序号 spanning two\n"
                      "tasks gives each its own text and deadline; a rowspan 责任单位 cell is shared by both.")


# 11. County 督办台账 page of 常务会议确定事项: 交办事项/责任领导/承办单位/协办单位/
#     办理时限/办理情况/办理状态; 承办 is the lead, 协办 the others; the 办理情况
#     text names units; a summary above the table refers to items by number.
#     [陕西 紫阳 2022 确定事项落实情况; 湖北 武汉 2020 承办/责任事项]
def html_duban_chengban():
    name = "html-duban-ledger-chengban"
    S = [
      T("研究制定县城市更新三年行动方案", "", leaders=["汤明远"], leads=["县住建局"], units=["县自然资源局", "县发改局"]),
      T("加快推进东环路断头路打通工程", "", leaders=["汤明远"], leads=["县交通运输局"], units=["县住建局"]),
      T("落实城区学校周边交通秩序整治", "", leaders=["龚丽萍"], leads=["县公安局"], units=["县教体局"]),
      T("开展城乡低保对象动态复核", "", leaders=["龚丽萍"], leads=["县民政局"], units=["各镇人民政府"]),
      T("研究解决紫溪工业园区企业用电难题", "", leaders=["廖志刚"], leads=["县工信局"], units=["国网紫溪县供电公司"]),
      T("推进县中医院迁建项目前期工作", "", leaders=["龚丽萍"], leads=["县卫健局"], units=["县发改局", "县自然资源局"]),
      T("制定茶产业高质量发展扶持办法", "", leaders=["廖志刚"], leads=["县农业农村局"], units=["县财政局"]),
      T("完成汛期地质灾害隐患点排查", "", leaders=["汤明远"], leads=["县自然资源局"], units=["县应急管理局", "各镇人民政府"]),
      T("清理拖欠中小企业账款", "", leaders=["廖志刚"], leads=["县工信局"], units=["县财政局"]),
      T("启动县城第二污水处理厂建设", "", leaders=["汤明远"], leads=["县住建局"], units=["市生态环境局紫溪分局"]),
      T("开展农村集体“三资”清理", "", leaders=["廖志刚"], leads=["县农业农村局"], units=["各镇人民政府"]),
      T("落实高校毕业生就业见习补贴", "", leaders=["龚丽萍"], leads=["县人社局"], units=[]),
      T("整治城区占道经营和违规广告牌", "", leaders=["汤明远"], leads=["县城管执法局"], units=["城关镇人民政府"]),
      T("筹办紫溪富硒茶文化节", "", leaders=["廖志刚"], leads=["县文旅局"], units=["县农业农村局", "县商务局"]),
      T("建立重点项目周调度机制", "", leaders=["汤明远"], leads=["县发改局"], units=[]),
      T("核查村级光伏电站收益分配", "", leaders=["廖志刚"], leads=["县乡村振兴局"], units=["县审计局"]),
      T("开展自建房安全隐患排查", "", leaders=["汤明远"], leads=["县住建局"], units=["各镇人民政府"]),
      T("推进义务教育阶段大班额化解", "", leaders=["龚丽萍"], leads=["县教体局"], units=[]),
      T("研究县殡仪馆改扩建选址", "", leaders=["龚丽萍"], leads=["县民政局"], units=["县自然资源局"]),
      T("完成国有林场改革遗留问题处置", "", leaders=["廖志刚"], leads=["县林业局"], units=["县人社局", "县财政局"]),
      T("开展电动自行车充电设施建设", "", leaders=["汤明远"], leads=["县消防救援大队"], units=["县住建局"]),
      T("落实县医保基金监管专项检查", "", leaders=["龚丽萍"], leads=["县医保局"], units=["县卫健局"]),
      T("加快推进富硒食品产业园标准厂房建设", "", leaders=["廖志刚"], leads=["紫溪工业园区管委会"], units=[]),
      T("组织开展秋季森林防火专项检查", "", leaders=["廖志刚"], leads=["县林业局"], units=["县应急管理局"]),
      T("推进城区二次供水设施改造", "", leaders=["汤明远"], leads=["县水利局"], units=["紫溪水务公司"]),
      T("完成县档案馆新馆搬迁", "", leaders=["龚丽萍"], leads=["县档案馆"], units=["县机关事务服务中心"]),
    ]
    status = ["已办结", "正在办理", "正在办理", "已办结", "正在办理"]
    rows = []
    for i, t in enumerate(S):
        st = status[i % len(status)]
        other = (t["units"] or ["县政府办"])[0]
        note = ("已完成，%s已配合出具意见" % other) if st == "已办结" else ("%s正在配合推进，预计%d月底前完成" % (other, 10 + i % 3))
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            i + 1, t["text"], t["leaders"][0], t["leads"][0], "、".join(t["units"]), ["9月底", "10月底", "11月底", "年底"][i % 4], note, st))
    html = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2025年第八次县政府常务会议确定事项落实情况的通报</title>
<style>body{font-family:SimSun}table{border-collapse:collapse}td{border:1px solid #333}</style></head><body>
<div class="article">
<table class="meta"><tr><td>文件名称</td><td>2025年第八次县政府常务会议确定事项落实情况的通报</td></tr>
<tr><td>公开责任部门</td><td>紫溪县政府办公室</td></tr><tr><td>文号</td><td>督查通报第十七期</td></tr></table>
<h2>2025年第八次县政府常务会议确定事项落实情况的通报</h2>
<p>近期，县政府督查室对2025年第八次县政府常务会议确定事项落实情况开展了专项督查，现通报如下。</p>
<p>一、总体情况</p>
<p>2025年第八次县政府常务会议确定事项26件，截至9月14日，已办结11件，正在办理15件（详见附件）。</p>
<p>二、工作要求</p>
<p>其中，由县交通运输局承办的第2件、县卫健局承办的第6件、县住建局承办的第10件进展滞后，请以上承办单位加快工作节奏，全力推动确定事项落实。县政府督查室将紧盯未办结事项适时开展“回头看”，并视情况实行“蓝、黄、红”三单预警督办，直至办结销号。</p>
<p>附件：2025年第八次县政府常务会议确定事项落实情况台账</p>
<table class="ledger" width="100%%">
<tr><td>序号</td><td>会议确定事项</td><td>责任领导</td><td>承办单位</td><td>协办单位</td><td>办理时限</td><td>办理情况</td><td>办理状态</td></tr>
%s
</table>
<p>紫溪县人民政府办公室　2025年9月15日</p>
</div></body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, S, "承办单位 leads, 协办单位 are the others; 办理情况 is progress text.")


# 5. District 目标任务分解 (.docx): 附件1 a table whose first row is a note
#    (（注：A类指责任目标…）) above the header 序号/任务名称/指标要求/牵头部门/
#    配合部门/目标类型; 附件2 民生实事 as paragraphs, each followed by one
#    paragraph of two labels separated by a full-width space.
#    [浙江 杭州 上城区 2019; 湖北 潜江 2017 分解 paragraphs]
def docx_note_above_header():
    name = "docx-note-above-header"
    A = [
      T("地区生产总值", "", leads=["区发改经信局"], units=["区财政局", "区商务局", "区统计局", "临溪智造功能区管委会", "各街道办事处"]),
      T("服务业增加值", "", leads=["区发改经信局"], units=["区商务局", "区文化和广电旅游体育局", "区统计局"]),
      T("一般公共预算收入", "", leads=["区财政局"], units=["区税务局"]),
      T("固定资产投资", "", leads=["区发改经信局"], units=["区住房和城建局", "区投促局"]),
      T("社会消费品零售总额", "", leads=["区商务局"], units=["区统计局", "各街道办事处"]),
      T("实际利用外资", "", leads=["区投促局"], units=["区商务局"]),
      T("数字经济核心产业增加值", "", leads=["区发改经信局"], units=["区数据资源局"]),
      T("新增高新技术企业", "", leads=["区科技局"], units=["区税务局"]),
      T("城镇调查失业率", "", leads=["区人力社保局"], units=[]),
      T("城镇居民人均可支配收入", "", leads=["区发改经信局"], units=["区人力社保局", "区统计局"]),
      T("PM2.5平均浓度", "", leads=["区生态环境分局"], units=["区城管局", "区住房和城建局"]),
      T("新增城镇保障性租赁住房", "", leads=["区住房和城建局"], units=["各街道办事处"]),
      T("创成国家级服务业标准化试点", "", leads=["区市场监管局"], units=[]),
      T("楼宇经济税收亿元楼", "", leads=["区商务局"], units=["区税务局", "各街道办事处"]),
    ]
    req = ["增长6%", "增长7%", "增长4%", "增长5%", "增长5.5%", "1.5亿美元", "增长9%", "40家", "5.5%以内", "增长5.5%", "28微克/立方米以下", "1200套", "1项", "达到36幢"]
    typ = ["A类", "A类", "A类", "A类", "A类", "B类", "B类", "B类", "A类", "A类", "A类", "A类", "C类", "B类"]
    B = [
      T("新增普惠性托育园位600个。", "", leads=["区卫健局"], units=["区教育局", "各街道办事处"]),
      T("为全区8000名老年人提供居家上门服务。", "", leads=["区民政局"], units=["各街道办事处"]),
      T("改造提升农贸市场3家。", "", leads=["区商务局"], units=["区市场监管局"]),
      T("新建“15分钟健身圈”运动场地20处。", "", leads=["区文化和广电旅游体育局"], units=["区城管局"]),
      T("完成老旧小区综合改造18个。", "", leads=["区住房和城建局"], units=["各街道办事处"]),
      T("新增公共停车泊位1500个。", "", leads=["区城管局"], units=["区公安分局交警大队"]),
      T("实施中小学食堂“明厨亮灶”提升工程。", "", leads=["区教育局"], units=["区市场监管局"]),
      T("开展职业技能补贴培训6000人次。", "", leads=["区人力社保局"], units=[]),
      T("建成社区嵌入式服务设施12处。", "", leads=["区发改经信局"], units=["区民政局", "各街道办事处"]),
      T("为重点人群免费接种流感疫苗3万剂。", "", leads=["区卫健局"], units=["区财政局"]),
      T("新建改建公厕10座。", "", leads=["区城管局"], units=[]),
    ]
    body = [para("临溪区人民政府办公室关于印发2025年《政府工作报告》目标任务和民生实事项目分解表的通知", bold=True),
            para("区政府各部门、各直属单位，各街道办事处："),
            para("为确保完成2025年《政府工作报告》和民生实事项目提出的各项目标任务，经区政府研究，现将主要目标任务进行分解，并录入领导干部实绩记录系统，实行进度督察、数据评估、年底考核。各部门、各单位要明确责任、强化担当，严格按照进度计划抓好落实。"),
            para("附件：1.2025年《政府工作报告》目标任务分解表"),
            para("　　　2.2025年民生实事项目目标任务分解表"),
            para("临溪区人民政府办公室"), para("2025年2月15日"), para("（此件公开发布）"),
            para("附件1", bold=True), para("2025年《政府工作报告》目标任务分解表", bold=True)]
    trs = [[cell("（注：A类指责任目标；B类指激励目标；C类指争先创优目标）", span=6)],
           [cell(h) for h in ["序号", "任务名称", "指标要求", "牵头部门", "配合部门", "目标类型"]]]
    for i, t in enumerate(A):
        trs.append([cell(str(i + 1)), cell(t["text"]), cell(req[i]), cell(t["leads"][0]), cell("、".join(t["units"])), cell(typ[i])])
    body.append(table(trs, 6))
    body += [para("附件2", bold=True), para("2025年民生实事项目目标任务分解表", bold=True)]
    for i, t in enumerate(B):
        body.append(para("%d.%s" % (i + 1, t["text"])))
        body.append(para("牵头部门：%s　配合部门：%s" % (t["leads"][0], "、".join(t["units"]) if t["units"] else "无")))
    docx(name, body)
    want(name, A + B, "The note row above the header does not end the table; 任务名称 is the task (指标要求 is its target).\n"
                      "配合部门：无 names no unit.")


# 12. County plan in Word with automatic list numbering (.docx): the 类别
#     headings are typed (一、经济发展类), the items are numbered by Word
#     (w:numPr, no number in the text), each item ending with a bracket of
#     labels separated by ；.  [山东 高唐 2024 类别/任务内容/牵头领导/责任单位;
#     广东 广州 2006 (牵头单位：X；配合单位：Y)]
def docx_word_autonumber():
    name = "docx-word-autonumber"
    S = [
      ("经济发展类", [
        T("实施“项目攻坚年”行动，", "全年实施县级重点项目120个，完成投资150亿元。", ["聂文斌"], ["县发展和改革局"], ["县自然资源和规划局", "县住房和城乡建设局"]),
        T("开展招商引资“一号工程”，", "新签约亿元以上项目40个。", ["聂文斌"], ["县投资促进中心"], ["棠溪经济开发区管委会"]),
        T("推进纺织服装产业集群升级，", "新增智能化改造企业30家。", ["聂文斌"], ["县工业和信息化局"], ["县科学技术局"]),
        T("落实增值税留抵退税政策，", "及时足额兑现到企业。", ["聂文斌"], ["县税务局"], ["县财政局"]),
        T("建设县级物流分拨中心，", "年内投入运营。", ["瞿海燕"], ["县商务局"], ["县交通运输局", "县邮政分公司"]),
        T("发展乡村旅游，", "创建省级旅游强镇2个。", ["瞿海燕"], ["县文化和旅游局"], ["相关镇人民政府"]),
        T("推进县城商业综合体建设，", "打造特色商业街区2条。", ["瞿海燕"], ["县商务局"], ["县住房和城乡建设局"]),
      ]),
      ("乡村振兴类", [
        T("稳定粮食生产，", "粮食总产量稳定在11亿斤以上。", ["严永康"], ["县农业农村局"], ["各镇（街道）"]),
        T("新建高标准农田5万亩，", "", ["严永康"], ["县农业农村局"], ["县财政局"]),
        T("推进农村饮水安全巩固提升工程，", "", ["严永康"], ["县水利局"], []),
        T("培育家庭农场和农民合作社示范社50家，", "", ["严永康"], ["县农业农村局"], ["县供销社"]),
        T("开展农村人居环境整治提升，", "创建美丽乡村示范村30个。", ["严永康"], ["县农业农村局"], ["县住房和城乡建设局", "各镇（街道）"]),
        T("推进林长制落实，", "完成植树造林1.2万亩。", ["严永康"], ["县林业发展中心"], []),
      ]),
      ("城市建设类", [
        T("实施城市更新行动，", "改造老旧小区22个、城中村3个。", ["卜晓东"], ["县住房和城乡建设局"], ["棠城街道办事处", "新城街道办事处"]),
        T("打通城区断头路5条，", "", ["卜晓东"], ["县住房和城乡建设局"], ["县自然资源和规划局"]),
        T("新建城区公园绿地6处，", "", ["卜晓东"], ["县城市管理局"], []),
        T("推进城区雨污分流改造，", "新建改造管网25公里。", ["卜晓东"], ["县住房和城乡建设局"], ["县水务集团"]),
        T("实施城区交通秩序综合整治，", "", ["卜晓东"], ["县公安局"], ["县城市管理局"]),
        T("推进燃气管道老化更新改造，", "完成改造80公里。", ["卜晓东"], ["县住房和城乡建设局"], ["县燃气公司"]),
      ]),
      ("民生保障类", [
        T("新建改扩建中小学幼儿园8所，", "新增学位5000个。", ["车婉清"], ["县教育和体育局"], ["县住房和城乡建设局"]),
        T("推进县人民医院新院区建设，", "年底主体完工。", ["车婉清"], ["县卫生健康局"], ["县人民医院"]),
        T("城镇新增就业5000人，", "", ["车婉清"], ["县人力资源和社会保障局"], []),
        T("新增养老床位500张，", "", ["车婉清"], ["县民政局"], ["各镇（街道）"]),
        T("提高城乡居民基础养老金标准，", "", ["车婉清"], ["县人力资源和社会保障局"], ["县财政局"]),
        T("开展“平安棠溪”建设，", "", ["车婉清"], ["县委政法委"], ["县公安局", "各镇（街道）"]),
        T("抓好安全生产和防灾减灾，", "坚决遏制较大以上事故。", ["卜晓东"], ["县应急管理局"], ["县安委会各成员单位"]),
      ]),
    ]
    numbering = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
                 '</w:abstractNum>'
                 + "".join('<w:num w:numId="%d"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (i + 1) for i in range(len(S))))
    body = [para("棠溪县人民政府办公室关于印发2025年政府工作报告目标任务分工方案的通知", bold=True),
            para("各镇人民政府、街道办事处，县政府各部门，各有关单位："),
            para("现将《2025年政府工作报告目标任务分工方案》印发给你们，请各责任单位高度重视，狠抓落实，各单位主要负责同志为抓落实的第一责任人。县政府办公室每季度汇总一次工作进展并向县政府报告。"),
            para("2025年政府工作报告目标任务分工方案", bold=True)]
    tasks = []
    for _, ts in S:
        for t in ts:
            t["key"] = t["key"].rstrip("，")
            t["text"] = t["key"] + ("，" + t["text"][len(t["key"]) + 1:] if len(t["text"]) > len(t["key"]) + 1 else "。")
    for si, (cat, ts) in enumerate(S):
        body.append(para("%s、%s" % (CN[si], cat), bold=True))
        for t in ts:
            ann = "牵头领导：%s；牵头单位：%s" % (t["leaders"][0], t["leads"][0])
            if t["units"]:
                ann += "；配合单位：%s" % "、".join(t["units"])
            body.append(para("%s（%s）" % (t["text"], ann), num=(si + 1, 0)))
            tasks.append(t)
    body.append(para("棠溪县人民政府办公室　2025年3月28日"))
    docx(name, body, numbering)
    want(name, tasks, "Items numbered by Word (w:numPr): the text holds no number; each ends with its own bracket.")


# 6. 高新区 outline (.md): ## 1 / ### 1.1 headings, 1.1.1 items each followed by
#    a bullet list of labels (- 责任领导：… - 牵头部门：… - 配合部门：…
#    - 完成时间：…); the zone's own departments without a level prefix,
#    leaders with their post before the name.  [江苏 常州 武进高新区 2021;
#    安徽 霍山 开发区 2025]
def md_outline_bullets():
    name = "md-devzone-outline-bullets"
    S = [
      ("招商引资", [
        ("产业项目招引", [
          T("全年引进10亿元以上产业项目8个", "，其中外资项目2个。", ["任远航"], ["招商局"], ["经济发展局", "投资促进服务局"]),
          T("组建智能装备、新能源两个产业链招商专班", "。", ["任远航"], ["招商局"], ["科学技术局"]),
          T("举办长三角产业合作对接会3场", "。", ["任远航"], ["投资促进服务局"], []),
        ]),
        ("项目落地服务", [
          T("落实重大项目“拿地即开工”", "，审批时限压缩40%。", ["任远航"], ["行政审批局"], ["规划建设和城市管理局"]),
          T("建立签约项目履约评估机制", "。", ["任远航"], ["经济发展局"], ["招商局"]),
          T("推行“项目管家”全程代办服务", "，代办率达到100%。", ["任远航"], ["企业服务中心"], ["行政审批局"]),
        ]),
      ]),
      ("科技创新", [
        ("创新主体培育", [
          T("新增高新技术企业60家", "。", ["钟海宁"], ["科学技术局"], ["财政局"]),
          T("培育省级专精特新企业15家", "。", ["钟海宁"], ["经济发展局"], []),
          T("推动规上工业企业研发机构全覆盖", "。", ["钟海宁"], ["科学技术局"], ["经济发展局"]),
        ]),
        ("创新平台建设", [
          T("建成中以创新园二期", "，入驻企业30家。", ["钟海宁"], ["中以合作办公室"], ["翠屏建设发展集团"]),
          T("引进高层次创新创业人才团队12个", "。", ["钟海宁"], ["党政办公室"], ["科学技术局"]),
          T("设立2亿元科创产业基金", "。", ["钟海宁"], ["财政局"], ["投资促进服务局"]),
        ]),
      ]),
      ("城市建设", [
        ("基础设施", [
          T("建成翠屏大道快速化改造工程", "。", ["丁启明"], ["规划建设和城市管理局"], ["翠屏建设发展集团"]),
          T("新建标准厂房30万平方米", "。", ["丁启明"], ["翠屏建设发展集团"], ["规划建设和城市管理局"]),
          T("完成北区道路管网配套工程", "。", ["丁启明"], ["北区工作组"], ["规划建设和城市管理局"]),
        ]),
        ("环境治理", [
          T("实施工业园区污水零直排提升", "。", ["丁启明"], ["生态环境分局"], ["南夏街道办事处"]),
          T("开展“散乱污”企业动态清零", "。", ["丁启明"], ["生态环境分局"], ["综合执法局", "南夏街道办事处"]),
          T("新增绿化面积15万平方米", "。", ["丁启明"], ["规划建设和城市管理局"], []),
          T("完成园区碳排放核算平台建设", "。", ["丁启明"], ["经济发展局"], ["生态环境分局"]),
        ]),
      ]),
      ("民生和安全", [
        ("社会事业", [
          T("新建翠屏实验学校", "，9月开学。", ["景丽君"], ["社会事业局"], ["翠屏建设发展集团"]),
          T("建成社区卫生服务中心2个", "。", ["景丽君"], ["社会事业局"], ["南夏街道办事处"]),
          T("新增人才公寓1000套", "。", ["景丽君"], ["党政办公室"], ["翠屏建设发展集团"]),
        ]),
        ("安全稳定", [
          T("开展安全生产治本攻坚三年行动", "。", ["景丽君"], ["安全生产监督管理局"], ["消防救援站", "南夏街道办事处"]),
          T("推进重点企业安全风险智能化管控", "。", ["景丽君"], ["安全生产监督管理局"], ["经济发展局"]),
          T("化解劳资纠纷", "，欠薪案件动态清零。", ["景丽君"], ["社会事业局"], ["综合执法局"]),
          T("深化“平安园区”建设", "。", ["景丽君"], ["党政办公室"], ["南夏派出所"]),
        ]),
      ]),
    ]
    posts = {"任远航": "管委会副主任 任远航", "钟海宁": "党工委委员、管委会副主任 钟海宁",
             "丁启明": "管委会副主任 丁启明", "景丽君": "党工委副书记 景丽君"}
    out = ["# 翠屏高新区2025年重点工作任务清单", "",
           "翠屏高新区党工委办公室　翠屏高新区管委会办公室　2025年2月20日", "",
           "南夏街道办事处，北区工作组，中以合作办公室，机关各部门，各直属公司：", "",
           "现将《翠屏高新区2025年重点工作任务清单》印发给你们，请对照清单明确责任人和时间节点，每月25日前将进展情况报党政办公室。", ""]
    tasks = []
    for a, (sec, subs) in enumerate(S):
        out += ["## %d %s" % (a + 1, sec), ""]
        for b, (sub, ts) in enumerate(subs):
            out += ["### %d.%d %s" % (a + 1, b + 1, sub), ""]
            for c, t in enumerate(ts):
                out.append("%d.%d.%d %s" % (a + 1, b + 1, c + 1, t["text"]))
                out.append("")
                out.append("- 责任领导：%s" % posts[t["leaders"][0]])
                out.append("- 牵头部门：%s" % t["leads"][0])
                if t["units"]:
                    out.append("- 配合部门：%s" % "、".join(t["units"]))
                out.append("- 完成时间：%s" % ["6月底", "9月底", "12月底"][c % 3])
                out.append("")
                tasks.append(t)
    write(name, "md", "\n".join(out))
    want(name, tasks, "Labels as Markdown bullets under each 1.1.1 item; leaders keep their post before the name.")



# 13. A district bureau's 执行台账 (.docx), one small form per task (一项一表):
#     each task is a two-column table of fields (序号, 重点工作, 工作目标,
#     分管领导, 牵头科室, 配合科室, 责任人, 完成时限), the bureau's own 科室 and
#     大队 as units.  [浙江 杭州 江干区 城管局 2018 执行台账]
def docx_form_per_task():
    name = "docx-form-per-task"
    S = [
      T("推进垃圾分类示范小区创建", "", ["冯建国"], ["环境卫生管理科"], ["各街道城管科"]),
      T("完成生活垃圾中转站提升改造", "", ["冯建国"], ["环境卫生管理科"], ["环卫保障中心"]),
      T("实施道路机械化清扫全覆盖", "", ["冯建国"], ["环卫保障中心"], []),
      T("新建改建公共厕所12座", "", ["冯建国"], ["环境卫生管理科"], ["市政设施养护中心"]),
      T("开展餐厨垃圾收运专项整治", "", ["冯建国"], ["环境卫生管理科"], ["执法大队"]),
      T("打造市容环境精品示范街", "3条", ["邹雅文"], ["市容景观科"], ["各街道城管科"]),
      T("规范户外广告和店招店牌设置", "", ["邹雅文"], ["市容景观科"], ["执法大队"]),
      T("推进城市家具整治", "，清理废弃设施300处", ["邹雅文"], ["市容景观科"], ["市政设施养护中心"]),
      T("完成亮灯工程提升", "", ["邹雅文"], ["市政设施管理科"], ["市政设施养护中心"]),
      T("新增公共停车泊位800个", "", ["邹雅文"], ["停车管理科"], ["智慧城管中心"]),
      T("治理非机动车乱停放", "", ["邹雅文"], ["停车管理科"], ["各街道城管科", "执法大队"]),
      T("开展违法建设“零增长”攻坚", "", ["韩志诚"], ["执法大队"], ["法规科"]),
      T("推进综合行政执法规范化建设", "", ["韩志诚"], ["法规科"], ["执法大队"]),
      T("办理人大代表建议和政协委员提案", "", ["韩志诚"], ["办公室"], ["相关科室"]),
      T("完善数字城管案件处置机制", "，结案率达到98%", ["韩志诚"], ["智慧城管中心"], ["各街道城管科"]),
      T("实施窨井盖安全隐患排查", "", ["冯建国"], ["市政设施管理科"], ["市政设施养护中心"]),
      T("完成老旧道路“白改黑”", "5公里", ["冯建国"], ["市政设施管理科"], []),
      T("开展燃气安全专项检查", "", ["韩志诚"], ["燃气管理科"], ["执法大队"]),
      T("推进瓶装液化气智能监管", "", ["韩志诚"], ["燃气管理科"], ["智慧城管中心"]),
      T("建设城市运行管理服务平台", "", ["韩志诚"], ["智慧城管中心"], ["办公室"]),
      T("开展城管系统安全生产大检查", "", ["韩志诚"], ["安全生产科"], ["各科室"]),
      T("推进“街长制”提质扩面", "", ["邹雅文"], ["市容景观科"], ["各街道城管科"]),
      T("实施沿河绿道环境整治", "", ["邹雅文"], ["市容景观科"], ["环卫保障中心"]),
      T("组织城管执法队员业务培训", "4期", ["韩志诚"], ["人事教育科"], ["执法大队"]),
      T("完成年度预算绩效自评", "", ["韩志诚"], ["计划财务科"], []),
      T("落实党风廉政建设责任制", "", ["韩志诚"], ["机关党委"], ["各科室"]),
    ]
    targets = ["年底前完成", "覆盖率100%", "按计划推进", "通过验收", "群众满意率90%以上"]
    people = ["周敏", "陆海峰", "齐晓红", "邵杰", "鲍春燕", "詹宏", "闵丽"]
    body = [para("江陵区城市管理局2025年重点工作执行台账", bold=True),
            para("机关各科室、局属各单位："),
            para("按区政府关于建立重点工作清单“执行台账、节点监测、分析报告”制度的要求，现将我局2025年重点工作执行台账印发给你们。各责任科室要落实具体负责人员，做到一事一记、一项一表，随时更新、动态补充，每月5日前将上月进展报办公室。"),
            para("江陵区城市管理局"), para("2025年1月20日")]
    for i, t in enumerate(S):
        body.append(para("重点工作执行台账（%d）" % (i + 1), bold=True))
        fields = [("序号", str(i + 1)), ("重点工作", t["text"]), ("工作目标", targets[i % len(targets)]),
                  ("分管领导", "副局长 " + t["leaders"][0]), ("牵头科室", t["leads"][0]),
                  ("配合科室", "、".join(t["units"]) if t["units"] else "—"),
                  ("责任人", people[i % len(people)]), ("完成时限", ["6月底前", "9月底前", "12月底前"][i % 3])]
        body.append(table([[cell(k), cell(v)] for k, v in fields], 2))
        body.append(para(""))
    docx(name, body)
    want(name, S, "One two-column form per task; 牵头科室 leads, 配合科室 are the others ('—' names none);\n"
                  "责任人 is the official in charge, not a leader.")


# 14. County 目标任务 refined by the 主办单位 into 具体工作内容 (.html): one
#     目标任务 cell (rowspan) over two or three rows of work items, each with
#     its own 主办单位/协办单位 and a 序时进度 column; 分管县领导 per target.
#     [安徽 六安 金寨县 2025: 145 targets refined into 222 work items]
def html_refined_targets():
    name = "html-refined-targets"
    G = [
      ("地区生产总值增长6.5%", "柯立新", [
        T("开展经济运行月度分析调度", "", leads=["县发改委"], units=["县统计局"]),
        T("建立重点企业产值监测台账", "", leads=["县经信局"], units=["县统计局"]),
        T("推动服务业企业升规纳统30家", "", leads=["县发改委"], units=["县商务局", "县文旅局"]),
      ]),
      ("固定资产投资增长8%", "柯立新", [
        T("谋划储备亿元以上项目120个", "", leads=["县发改委"], units=["县投资促进中心"]),
        T("实行重点项目“一项目一专班”推进", "", leads=["县重点局"], units=["各乡镇人民政府"]),
      ]),
      ("规上工业增加值增长9%", "华雨晨", [
        T("实施技改项目45个", "", leads=["县经信局"], units=["县财政局"]),
        T("培育新增规上工业企业20家", "", leads=["县经信局"], units=["金寨经济开发区管委会"]),
        T("推进绿色食品产业园二期建设", "", leads=["金寨经济开发区管委会"], units=["县自然资源局"]),
      ]),
      ("一般公共预算收入增长5%", "柯立新", [
        T("加强重点税源监控", "", leads=["县财政局"], units=["县税务局"]),
        T("盘活国有闲置资产", "，增加非税收入1亿元", leads=["县财政局"], units=["县国资中心"]),
      ]),
      ("新建改造农村公路150公里", "苗振东", [
        T("实施“四好农村路”提质工程", "", leads=["县交通运输局"], units=["各乡镇人民政府"]),
        T("完成危桥改造12座", "", leads=["县交通运输局"], units=[]),
      ]),
      ("城乡居民收入增长7%", "苗振东", [
        T("落实稳岗就业补贴政策", "", leads=["县人社局"], units=["县财政局"]),
        T("发展茶叶、猕猴桃等特色产业", "", leads=["县农业农村局"], units=["县林业局", "各乡镇人民政府"]),
        T("开展农村劳动力转移就业培训3000人次", "", leads=["县人社局"], units=[]),
      ]),
      ("粮食总产稳定在18万吨", "苗振东", [
        T("落实耕地地力保护补贴", "", leads=["县农业农村局"], units=["县财政局"]),
        T("建成高标准农田2万亩", "", leads=["县农业农村局"], units=["县自然资源局"]),
      ]),
      ("新增城镇就业3000人", "华雨晨", [
        T("举办“春风行动”等招聘活动20场", "", leads=["县人社局"], units=["县总工会", "团县委"]),
        T("扶持返乡创业人员800人", "", leads=["县人社局"], units=["县农业农村局"]),
      ]),
      ("旅游综合收入增长12%", "柯立新", [
        T("创建国家5A级旅游景区", "", leads=["县文旅局"], units=["天堂寨镇人民政府"]),
        T("举办红色旅游文化节", "", leads=["县文旅局"], units=["县委宣传部"]),
        T("提升改造精品民宿50家", "", leads=["县文旅局"], units=["县住建局", "各乡镇人民政府"]),
      ]),
      ("森林覆盖率保持77%以上", "苗振东", [
        T("完成人工造林和森林抚育5万亩", "", leads=["县林业局"], units=["各乡镇人民政府"]),
        T("开展松材线虫病疫情防控", "", leads=["县林业局"], units=[]),
      ]),
      ("空气质量优良天数比例95%以上", "华雨晨", [
        T("开展工地扬尘专项整治", "", leads=["县住建局"], units=["市生态环境局金寨分局"]),
        T("推进秸秆综合利用", "，利用率达到95%", leads=["县农业农村局"], units=["各乡镇人民政府"]),
      ]),
    ]
    prog = ["按序时推进", "已完成年度目标的60%", "已完成", "欠进度，已督促", "超进度"]
    rows, tasks, k = [], [], 0
    for i, (target, leader, ts) in enumerate(G):
        for j, t in enumerate(ts):
            t["leaders"] = [leader]
            tds = []
            if j == 0:
                rs = ' rowspan="%d"' % len(ts) if len(ts) > 1 else ""
                tds += ['<td%s>%d</td>' % (rs, i + 1), '<td%s>%s</td>' % (rs, target), '<td%s>%s</td>' % (rs, leader)]
            tds += ["<td>%d.%d</td>" % (i + 1, j + 1), "<td>%s</td>" % t["text"], "<td>%s</td>" % t["leads"][0],
                    "<td>%s</td>" % "、".join(t["units"]), "<td>%s</td>" % prog[k % len(prog)]]
            k += 1
            rows.append("<tr>" + "".join(tds) + "</tr>")
            tasks.append(t)
    html = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>金寨县2025年政府工作报告目标任务细化分解表</title></head><body>
<div class="zwgk_comr">
<h1>金寨县2025年《政府工作报告》目标任务细化分解表</h1>
<p>根据县政府工作部署，各主办单位将《政府工作报告》确定的目标任务细化为具体工作内容，经分管县领导审定，现予公布。上半年督查结果在“序时进度”栏标注。</p>
<table border="1" cellspacing="0">
<tr><td rowspan="2">序号</td><td rowspan="2">目标任务</td><td rowspan="2">分管县领导</td><td colspan="4">细化分解</td><td rowspan="2">序时进度</td></tr>
<tr><td>编号</td><td>具体工作内容</td><td>主办单位</td><td>协办单位</td></tr>
%s
</table>
<p>县政府督查室　2025年7月</p>
</div></body></html>
""" % "\n".join(rows)
    # a GB2312 page, as many county sites still serve
    write(name, "html", html, encoding="gb18030")
    want(name, tasks, "The 具体工作内容 rows are the tasks, under the 目标任务 (rowspan) and its 分管县领导;\n"
                      "主办 leads, 协办 are the others.")


def main():
    html_nested_minsheng()
    html_duban_chengban()
    docx_note_above_header()
    docx_word_autonumber()
    md_outline_bullets()
    docx_form_per_task()
    html_refined_targets()

