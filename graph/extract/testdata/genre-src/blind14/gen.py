#!/usr/bin/env python3
"""Writes the fourteenth blind set (graph/extract/testdata/genre-blind14) and
its want files from one meaning per document: invented places, people and
tasks; ordinary 2021-2026 conventions of 县（区）, 街道, 开发区 and 市局
internal 分工 documents (docs/extraction-conventions-survey-blind14.md).
Reuses the second set's writers. Run from the repository root:

    python3 graph/extract/testdata/genre-src/blind14/gen.py"""
import os, random, sys
from xml.sax.saxutils import escape as esc

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind2"))
import gen as g2
from gen import jn, want, write, xlsx, pdf, docx, para, cell, W

g2.OUT = os.path.join(g2.ROOT, "graph", "extract", "testdata", "genre-blind14")
g2.HERE = HERE

CN = "一二三四五六七八九十"

# County / district tasks: (template with {n}, lead bureau suffix, partner suffixes)
COUNTY = [
    ("力争全年地区生产总值增长{n}%左右，一般公共预算收入稳中有升", "发展和改革局", ["财政局", "统计局"]),
    ("滚动实施重点项目{n}个，年度完成投资确保达到序时进度", "发展和改革局", ["自然资源和规划局", "住房和城乡建设局"]),
    ("新培育规模以上工业企业{n}家，推动存量企业技术改造", "工业和信息化局", ["科学技术局", "统计局"]),
    ("组织开展驻点招商{n}次以上，引进亿元以上产业项目", "商务局", ["投资促进中心", "工业和信息化局"]),
    ("新认定国家高新技术企业{n}家，扩大研发费用加计扣除覆盖面", "科学技术局", ["税务局", "工业和信息化局"]),
    ("盘活闲置低效工业用地{n}亩，推进亩均效益综合评价", "自然资源和规划局", ["工业和信息化局", "财政局"]),
    ("建成高标准农田{n}万亩，粮食播种面积保持稳定", "农业农村局", ["水利局", "财政局"]),
    ("扶持村级集体经济薄弱村{n}个，发展物业租赁和订单农业", "农业农村局", ["组织部", "财政局"]),
    ("完成农村公路提档升级{n}公里，巩固“四好农村路”创建成果", "交通运输局", ["财政局", "各镇"]),
    ("改造城镇老旧小区{n}个，同步加装电梯和充电设施", "住房和城乡建设局", ["财政局", "各街道"]),
    ("新建改建城市燃气管网{n}公里，开展老化管道更新", "住房和城乡建设局", ["应急管理局", "市场监督管理局"]),
    ("整治城区背街小巷{n}条，规范占道经营和车辆停放", "城市管理局", ["公安局", "各街道"]),
    ("推进河湖长制，整治入河排污口{n}处", "水利局", ["生态环境局", "农业农村局"]),
    ("细颗粒物平均浓度控制在{n}微克每立方米以内", "生态环境局", ["住房和城乡建设局", "交通运输局"]),
    ("完成国土绿化{n}亩，实施废弃矿山生态修复", "林业局", ["自然资源和规划局", "生态环境局"]),
    ("新增城镇就业{n}人，落实重点群体就业帮扶", "人力资源和社会保障局", ["教育局", "退役军人事务局"]),
    ("新建续建中小学和幼儿园{n}所，增加学位供给", "教育局", ["住房和城乡建设局", "自然资源和规划局"]),
    ("推进紧密型县域医共体建设，新建村卫生室{n}个", "卫生健康局", ["医疗保障局", "财政局"]),
    ("新增普惠托育托位{n}个，发展社区嵌入式托育", "卫生健康局", ["民政局", "住房和城乡建设局"]),
    ("建设社区老年助餐点{n}个，提升居家养老服务覆盖率", "民政局", ["财政局", "卫生健康局"]),
    ("城乡居民基本养老保险参保率稳定在{n}%以上", "人力资源和社会保障局", ["税务局", "财政局"]),
    ("举办群众性文化体育活动{n}场次，建设城市书房", "文化和旅游局", ["教育局", "体育中心"]),
    ("创建国家A级旅游景区{n}家，做优乡村旅游精品线路", "文化和旅游局", ["农业农村局", "交通运输局"]),
    ("“高效办成一件事”重点事项拓展到{n}项，提升政务服务效能", "行政审批服务局", ["数据资源管理局", "司法局"]),
    ("开展安全生产治本攻坚行动，排查整治重大隐患{n}处", "应急管理局", ["住房和城乡建设局", "交通运输局"]),
    ("化解信访积案{n}件，推进矛盾纠纷多元化解", "信访局", ["司法局", "公安局"]),
    ("建设城市停车泊位{n}个，缓解医院学校周边停车难", "公安局", ["城市管理局", "住房和城乡建设局"]),
    ("新增农产品地理标志和绿色食品认证{n}个", "农业农村局", ["市场监督管理局", "商务局"]),
    ("实现电商网络零售额增长{n}%以上，培育直播电商基地", "商务局", ["邮政管理局", "人力资源和社会保障局"]),
    ("发行政府专项债券争取资金{n}亿元以上，加强债务风险管控", "财政局", ["发展和改革局", "审计局"]),
    ("建成5G基站{n}座，推进千兆光网进村入户", "工业和信息化局", ["数据资源管理局", "住房和城乡建设局"]),
    ("完成农村生活污水治理行政村{n}个，改造农村户厕", "生态环境局", ["农业农村局", "各镇"]),
]

LEADERS = ["周海燕", "孟庆辉", "季文涛", "葛春生", "殷晓宁", "鲁振邦", "施雨晴", "窦国良", "龚世杰", "滕丽华",
           "冉书成", "匡立平", "柯佳明", "仲秋菊", "闻建国", "栾少波", "芮志远", "鞠红梅", "厉永胜", "诸葛宁"]


def county_tasks(prefix, seed, n, nleaders=5, collective=None):
    rng = random.Random(seed)
    items = sorted(rng.sample(COUNTY, n), key=COUNTY.index)
    leaders = rng.sample(LEADERS, nleaders)
    out = []
    for i, (tpl, lead, others) in enumerate(items):
        text = tpl.format(n=rng.choice([3, 5, 6, 8, 10, 12, 15, 20, 25, 30, 50, 80, 120]))
        key = text.split("，")[0]
        k = rng.randint(1, len(others))
        u = [o if o.startswith("各") else prefix + o for o in others[:k]]
        out.append(dict(key=key, text=text, leaders=[leaders[i * nleaders // n]], leads=[prefix + lead], units=u))
    return out


def sections(tasks, titles):
    size = -(-len(tasks) // len(titles))
    return [(t, tasks[i * size:(i + 1) * size]) for i, t in enumerate(titles)]


TITLES = ["着力稳增长扩投资，推动经济量质齐升", "着力抓创新强产业，增强发展动能", "着力促融合兴乡村，建设宜居宜业和美乡村",
          "着力优环境护生态，提升城市品质", "着力办实事惠民生，增进群众福祉"]


# 1. 江苏 县 政府工作报告重点工作任务分解表 (html): a table 序号 | 工作任务 |
#    责任县领导 | 牵头单位 | 配合单位 | 完成时限, section rows spanning the row.
def html_county_table():
    name = "html-jiangsu-county-table"
    tasks = county_tasks("县", 141, 24)
    rows = []
    n = 0
    for i, (title, ts) in enumerate(sections(tasks, TITLES)):
        rows.append('<tr><td colspan="6"><b>%s、%s</b></td></tr>' % (CN[i], title))
        for t in ts:
            n += 1
            rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
                n, esc(t["text"]), t["leaders"][0], jn(t["leads"]), jn(t["units"]), "2025年12月底"))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄湖县2025年政府工作报告重点工作任务分解表</title></head><body>
<div class="crumb">首页 &gt; 政务公开 &gt; 重点工作</div>
<h2>澄湖县人民政府办公室关于印发2025年《政府工作报告》重点工作任务分解表的通知</h2>
<p>各镇人民政府、街道办事处，县各委办局，县各直属单位：</p>
<p>现将2025年《政府工作报告》重点工作任务分解表印发给你们。各牵头单位要切实履行牵头抓总职责，配合单位要主动对接、协同推进，每季度末将进展情况报县政府督查室。</p>
<p>澄湖县人民政府办公室<br>2025年2月18日</p>
<p>附件</p>
<h3>2025年《政府工作报告》重点工作任务分解表</h3>
<table border="1"><thead><tr><th>序号</th><th>工作任务</th><th>责任县领导</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>
<tbody>
%s
</tbody></table>
<p>扫一扫在手机打开当前页</p></body></html>
""" % "\n".join(rows)
    write(name, "html", html)
    want(name, tasks, "江苏 县 分解表 as a web page: 序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限;\nsection rows 一、… span the table. Leaders are bare names.")


# 2. 山东 县 重要工作事项责任分工 (txt, UTF-8): running numbered items 1. 2. … under
#    一、二、 headings, the roles in a trailing bracket （牵头单位：…；责任单位：…）.
def txt_shandong_brackets():
    name = "txt-shandong-county-brackets"
    tasks = county_tasks("县", 142, 26)
    out = ["2026年汶阳县政府重要工作事项责任分工", "",
           "根据县十九届人大二次会议审议通过的《政府工作报告》，现将2026年县政府重要工作事项责任分工如下：", ""]
    n = 0
    for i, (title, ts) in enumerate(sections(tasks, TITLES)):
        out.append("%s、%s" % (CN[i], title))
        for t in ts:
            n += 1
            br = "牵头单位：" + jn(t["leads"])
            if t["units"]:
                br += "；责任单位：" + jn(t["units"])
            out.append("%d.%s。（%s）" % (n, t["text"], br))
        out.append("")
    out += ["各牵头单位要制定实施方案，于3月15日前报县政府办公室。", ""]
    for t in tasks:
        t["leaders"] = []
    write(name, "txt", "\n".join(out))
    want(name, tasks, "山东 县 责任分工 as plain text: 1. item text。（牵头单位：A；责任单位：B、C）\nunder 一、 headings; no leaders.")


# 3. 湖北 区 主要目标任务责任分解方案 (docx): （一）（二） items under 一、 headings,
#    the next paragraph gives 责任区领导 / 牵头单位 / 责任单位 on one line.
def docx_hubei_next_line():
    name = "docx-hubei-district-next-line"
    tasks = county_tasks("区", 143, 22)
    body = [para("2024年区《政府工作报告》确定的主要目标任务责任分解方案", bold=True), para("")]
    for i, (title, ts) in enumerate(sections(tasks, TITLES)):
        body.append(para("%s、%s" % (CN[i], title), bold=True))
        for j, t in enumerate(ts):
            body.append(para("（%s）%s" % (CN[j], t["text"])))
            body.append(para("责任区领导：%s　　牵头单位：%s　　责任单位：%s" % (t["leaders"][0], jn(t["leads"]), jn(t["units"]))))
    body.append(para("抄送：区委办公室，区人大常委会办公室，区政协办公室。"))
    docx(name, body)
    want(name, tasks, "湖北 区 责任分解方案 (docx): （一） item paragraph, then a line\n责任区领导：NAME　牵头单位：A　责任单位：B、C (full-width spaces between labels).")


# 4. 安徽/河南 开发区 重点工作及责任清单 (xlsx): 序号 | 重点工作 | 责任领导 |
#    责任单位 | 完成时限; units are the 管委会's bureaus, several per cell.
ZONE_UNITS = ["招商服务局", "经济发展局", "规划建设局", "财政金融局", "社会事务局", "安全生产监管局",
              "生态环境分局", "党群工作部", "综合办公室", "企业服务中心", "土地收储中心"]


def xlsx_zone_list():
    name = "xlsx-henan-zone-list"
    rng = random.Random(144)
    tasks = county_tasks("", 144, 25, nleaders=6)
    for t in tasks:
        us = rng.sample(ZONE_UNITS, rng.randint(1, 3))
        t["leads"], t["units"] = [], us
    rows = [["伏羲经济技术开发区2025年重点工作及责任清单"], ["序号", "重点工作", "责任领导", "责任单位", "完成时限"]]
    for i, t in enumerate(tasks):
        rows.append([str(i + 1), t["text"] + "。", t["leaders"][0], jn(t["units"]), rng.choice(["全年", "6月底前", "10月底前", "年底前"])])
    xlsx(name, [("责任清单", rows, ["A1:E1"])])
    want(name, tasks, "河南 开发区 责任清单 (xlsx): 序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限,\na title row merged across; 责任单位 lists 管委会 bureaus (unit role, no lead).")


# 5. 广东 市局 内部分工 (pdf): a bureau divides its year's tasks among 局领导 and
#    科室: 序号 | 工作任务 | 分管局领导 | 责任科室, the lead 科室 marked （牵头）.
BUREAU = [
    ("深化经营主体登记便利化改革，推行企业开办全程网办", "登记注册科", ["行政审批科", "信息中心"]),
    ("开展个体工商户分型分类精准帮扶，新增“名特优新”个体户", "登记注册科", ["综合规划科"]),
    ("全面推行“双随机、一公开”跨部门联合抽查", "信用监管科", ["执法稽查科", "法规科"]),
    ("推进企业信用修复“一件事”办理", "信用监管科", ["登记注册科"]),
    ("完成食品安全监督抽检任务批次，不合格产品核查处置率达到100%", "食品抽检科", ["食品生产科", "食品经营科"]),
    ("推动校园食堂“互联网+明厨亮灶”全覆盖", "食品经营科", ["餐饮服务科"]),
    ("开展特种设备安全隐患排查整治，重点检查电梯和气瓶充装单位", "特种设备科", ["执法稽查科"]),
    ("推进老旧住宅电梯更新改造，建立电梯维保质量评价机制", "特种设备科", ["综合规划科"]),
    ("组织重点用能单位计量审查，开展民生计量器具专项检查", "计量科", ["执法稽查科"]),
    ("主导或参与制修订国家、行业和地方标准", "标准化科", ["知识产权科"]),
    ("建设知识产权快速维权中心，开展商标专用权保护专项行动", "知识产权科", ["执法稽查科", "法规科"]),
    ("推进高价值发明专利培育，开展专利转化运用专项行动", "知识产权科", ["科技信息科"]),
    ("开展民生领域价格收费专项检查，规范涉企收费行为", "价格监督检查科", ["执法稽查科"]),
    ("强化网络交易和直播带货监管，查处虚假宣传违法广告", "网络交易监管科", ["广告监管科"]),
    ("畅通12315投诉举报渠道，推进线下无理由退货承诺店建设", "消费者权益保护科", ["网络交易监管科"]),
    ("开展产品质量监督抽查，重点抽查电动自行车和儿童用品", "产品质量安全科", ["执法稽查科"]),
    ("推进质量强市建设，组织申报市长质量奖", "质量发展科", ["标准化科"]),
    ("加强药品零售企业和医疗器械使用单位监督检查", "药品医疗器械科", ["执法稽查科"]),
    ("开展化妆品安全风险排查和“线上净网、线下清源”行动", "药品医疗器械科", ["网络交易监管科"]),
    ("落实公平竞争审查制度，开展妨碍统一市场和公平竞争政策措施清理", "反垄断和公平竞争科", ["法规科"]),
    ("做好行政复议应诉和重大执法决定法制审核", "法规科", ["执法稽查科"]),
    ("深化全面从严治党，落实意识形态工作责任制", "机关党委", ["办公室", "人事科"]),
    ("加强干部队伍教育培训，开展执法人员业务轮训", "人事科", ["法规科"]),
    ("规范预算管理和政府采购，配合做好经济责任审计", "财务科", ["办公室"]),
    ("做好政务信息公开和新闻宣传，妥善回应舆情关切", "办公室", ["科技信息科"]),
]
BUREAU_LEADERS = ["黎志坚", "谭慧敏", "区国荣", "冼嘉欣", "麦永康"]


def pdf_bureau_internal():
    name = "pdf-guangdong-bureau-internal"
    rng = random.Random(145)
    tasks = []
    for i, (text, lead, others) in enumerate(BUREAU):
        k = rng.randint(1, len(others))
        tasks.append(dict(key=text.split("，")[0], text=text, leaders=[BUREAU_LEADERS[i * 5 // len(BUREAU)]],
                          leads=[lead], units=others[:k]))
    rows = []
    for i, t in enumerate(tasks):
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            i + 1, esc(t["text"]), t["leaders"][0], jn([t["leads"][0] + "（牵头）"] + t["units"])))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;font-size:11pt}
table{border-collapse:collapse;width:100%%}td,th{border:1px solid #000;padding:4px}
</style></head><body>
<h3 style="text-align:center">榕江市市场监督管理局2024年重点工作任务分工表</h3>
<p>为抓好全年重点工作落实，经局党组会议研究，现将2024年重点工作任务分解到局领导和各科室（单位）。列为牵头的科室负责统筹推进，其余科室按职责配合。</p>
<table><colgroup><col style="width:6%%"><col style="width:52%%"><col style="width:12%%"><col style="width:30%%"></colgroup>
<thead><tr><th>序号</th><th>工作任务</th><th>分管局领导</th><th>责任科室</th></tr></thead><tbody>
%s
</tbody></table>
<p>注：局领导分工调整的，由接任的局领导负责。</p>
</body></html>""" % "\n".join(rows)
    pdf(name, html)
    want(name, tasks, "广东 市局 内部分工 (pdf via Chromium): 序号 | 工作任务 | 分管局领导 | 责任科室;\nthe lead 科室 written first with （牵头）, the others after 、.")


# 6. 四川 街道 年度重点工作任务清单 (md): numbered items, each followed by a
#    line 责任领导：X；责任科室：A、B（牵头科室列第一位）.
STREET = [
    ("完成辖区固定资产投资目标任务，服务保障重点项目建设", "经济发展办公室", ["规划建设办公室"]),
    ("走访辖区规上企业和个体工商户，协调解决用工用地难题", "经济发展办公室", ["党政办公室"]),
    ("新引进楼宇经济企业并实现属地注册", "经济发展办公室", ["便民服务中心"]),
    ("推进两个老旧院落改造，同步完善物业服务", "规划建设办公室", ["社区发展治理办公室", "各社区"]),
    ("开展违法建设动态巡查，做到新增违建零增长", "综合行政执法队", ["规划建设办公室"]),
    ("整治沿街店招店牌和户外广告，打造示范街区", "综合行政执法队", ["城市管理办公室"]),
    ("推进生活垃圾分类，完善小区投放点和收运体系", "城市管理办公室", ["各社区"]),
    ("落实河长制，巡河护河并清理河道沿岸垃圾", "城市管理办公室", ["农业服务中心"]),
    ("开展燃气、电动自行车和高层建筑消防安全检查", "应急管理办公室", ["综合行政执法队", "各社区"]),
    ("做好汛期地质灾害隐患点监测和人员转移预案", "应急管理办公室", ["规划建设办公室"]),
    ("深化网格化服务管理，配齐专职网格员", "社区发展治理办公室", ["平安建设办公室"]),
    ("建设社区党群服务中心和邻里中心", "社区发展治理办公室", ["党建工作办公室"]),
    ("推进矛盾纠纷排查化解，信访事项按期办结率达到100%", "平安建设办公室", ["司法所"]),
    ("开展防范电信网络诈骗宣传进小区进商铺", "平安建设办公室", ["派出所", "各社区"]),
    ("落实低保、特困和残疾人救助政策，做到应保尽保", "社会事务办公室", ["各社区"]),
    ("建设社区养老服务站，开展高龄独居老人探访关爱", "社会事务办公室", ["社区卫生服务中心"]),
    ("做好城镇就业和灵活就业人员社保参保服务", "社会事务办公室", ["便民服务中心"]),
    ("组织社区文化节和全民健身活动，建设社区书屋", "党建工作办公室", ["社会事务办公室"]),
    ("完成村（社区）“两委”成员履职考评和后备力量培养", "党建工作办公室", ["党政办公室"]),
    ("抓好机关作风建设和党风廉政建设，开展廉政警示教育", "纪工委", ["党政办公室"]),
    ("规范街道财务管理和“三资”监管，做好集体资产清查", "财政所", ["农业服务中心"]),
    ("开展耕地保护和撂荒地整治，完成粮食生产任务", "农业服务中心", ["规划建设办公室", "各社区"]),
]
STREET_LEADERS = ["蒲晓丽", "何俊峰", "税建林", "母文静", "苟海军", "阳春燕"]


def md_sichuan_street():
    name = "md-sichuan-street-list"
    rng = random.Random(146)
    tasks = []
    for i, (text, lead, others) in enumerate(STREET):
        k = rng.randint(1, len(others))
        tasks.append(dict(key=text.split("，")[0], text=text, leaders=[STREET_LEADERS[i * 6 // len(STREET)]],
                          leads=[lead], units=others[:k]))
    heads = ["## 一、经济发展", "## 二、城市建设和管理", "## 三、平安建设和基层治理", "## 四、民生保障", "## 五、党的建设"]
    at = {0: 0, 3: 1, 10: 2, 14: 3, 18: 4}
    out = ["# 锦柳街道2025年度重点工作任务清单", "",
           "> 说明：责任科室中列第一位的为牵头科室，其余为配合科室；各社区按属地职责抓好落实。", ""]
    for i, t in enumerate(tasks):
        if i in at:
            out += [heads[at[i]], ""]
        out.append("%d. %s。" % (i + 1, t["text"]))
        out.append("   责任领导：%s；责任科室：%s" % (t["leaders"][0], jn(t["leads"] + t["units"])))
        out.append("")
    write(name, "md", "\n".join(out))
    want(name, tasks, "四川 街道 任务清单 (markdown): 1. item, then an indented line\n责任领导：NAME；责任科室：A、B, with a note that the first 科室 is the lead.")


# 7. 江西 乡镇 重点工作任务分解 (txt, GB18030): a table-like text file from a
#    converted .doc: 序号<TAB>工作内容<TAB>责任领导<TAB>责任站所, leaders with a title
#    in front (镇长 / 副镇长 / 党委委员), several leaders for some tasks.
TOWN = [
    ("完成早稻和双季稻种植面积任务，落实耕地地力保护补贴", "农业综合服务中心", ["财政所"]),
    ("新建高标准农田并做好建后管护", "农业综合服务中心", ["自然资源所"]),
    ("发展脐橙和油茶特色产业基地，培育家庭农场", "农业综合服务中心", ["经济发展办"]),
    ("推进集镇污水管网建设，提升集镇人居环境", "规划建设办", ["生态环境办"]),
    ("开展农村乱占耕地建房整治，新增违法用地零发生", "自然资源所", ["综合行政执法队"]),
    ("巩固拓展脱贫攻坚成果，落实防返贫动态监测帮扶", "乡村振兴办", ["社会事务办", "各村委会"]),
    ("推进和美乡村建设，完成村庄整治点建设", "乡村振兴办", ["规划建设办"]),
    ("壮大村级集体经济，确保各村经营性收入稳定增长", "乡村振兴办", ["财政所", "各村委会"]),
    ("做好森林防灭火工作，加强野外火源管控", "林业站", ["应急管理办", "各村委会"]),
    ("落实林长制，开展松材线虫病疫木清理", "林业站", ["自然资源所"]),
    ("开展河道采砂和非法捕捞专项整治", "水利站", ["综合行政执法队"]),
    ("完成山塘水库除险加固和安全度汛工作", "水利站", ["应急管理办"]),
    ("做好城乡居民医保和养老保险征缴工作", "社会保障服务中心", ["各村委会"]),
    ("开展困难群众救助和留守儿童关爱服务", "社会事务办", ["妇联", "各村委会"]),
    ("推进镇卫生院标准化建设和家庭医生签约服务", "卫生院", ["社会事务办"]),
    ("深化平安乡镇建设，排查化解矛盾纠纷", "综治中心", ["派出所", "司法所"]),
    ("开展道路交通和校园周边安全整治", "应急管理办", ["派出所", "中心小学"]),
    ("抓好招商引资项目落地，引进返乡创业项目", "经济发展办", ["党政办"]),
    ("加强基层党组织建设，开展软弱涣散党组织整顿", "党建办", ["组织委员办公室"]),
    ("落实意识形态工作责任制，做好宣传思想文化工作", "宣传统战办", ["文化站"]),
    ("加强镇村干部作风建设，开展群众身边不正之风专项整治", "纪委", ["党政办"]),
]
TOWN_LEADERS = [("镇长", "黄立新"), ("副镇长", "钟美玲"), ("党委委员", "赖永清"), ("副镇长", "刘小勇"), ("人大主席", "温春华")]


def txt_jiangxi_town():
    name = "txt-jiangxi-town-gb18030"
    rng = random.Random(147)
    tasks = []
    for i, (text, lead, others) in enumerate(TOWN):
        k = rng.randint(1, len(others))
        ls = [TOWN_LEADERS[i * 5 // len(TOWN)]]
        if i % 4 == 0:
            ls = [TOWN_LEADERS[0]] + [x for x in ls if x != TOWN_LEADERS[0]]
            if len(ls) == 1:
                ls.append(TOWN_LEADERS[1])
        tasks.append(dict(key=text.split("，")[0], text=text, leaders=[x[1] for x in ls], leads=[lead],
                          units=others[:k], lt=ls))
    out = ["附件", "", "桃溪镇2024年重点工作任务分解表", "",
           "序号\t工作内容\t责任领导\t责任站所（第一个为牵头单位）\t完成时限"]
    for i, t in enumerate(tasks):
        out.append("%d\t%s\t%s\t%s\t%s" % (i + 1, t["text"], "、".join(a + b for a, b in t["lt"]),
                                          jn(t["leads"] + t["units"]), rng.choice(["全年", "6月底", "11月底"])))
    out += ["", "桃溪镇党政办公室　2024年3月5日印发", ""]
    for t in tasks:
        del t["lt"]
    write(name, "txt", "\r\n".join(out), encoding="gb18030", newline="")
    want(name, tasks, "江西 乡镇 分解表 as GB18030 text (a .doc saved as text): TAB-separated\n序号 | 工作内容 | 责任领导 (title before the name: 副镇长钟美玲) | 责任站所 (first is lead).")


# 8. 辽宁 区 重点工作督查台账 (pdf via Chromium, no column widths set, so the
#    cells wrap as Chromium sizes them): 序号 | 重点任务 | 牵头区领导 | 牵头单位 |
#    协办单位 | 时间节点.
def pdf_liaoning_ledger():
    name = "pdf-liaoning-district-ledger"
    tasks = county_tasks("区", 148, 23, nleaders=4)
    rows = []
    for i, t in enumerate(tasks):
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
            i + 1, esc(t["text"]), t["leaders"][0], jn(t["leads"]), jn(t["units"]), "按季度推进，12月底前完成"))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;font-size:10.5pt}
table{border-collapse:collapse}td,th{border:1px solid #000;padding:3px}
</style></head><body>
<h3 style="text-align:center">辽河湾区2025年政府重点工作督查台账</h3>
<p>区政府督查室　　2025年3月</p>
<table><thead><tr><th>序号</th><th>重点任务</th><th>牵头区领导</th><th>牵头单位</th><th>协办单位</th><th>时间节点</th></tr></thead><tbody>
%s
</tbody></table>
</body></html>""" % "\n".join(rows)
    pdf(name, html)
    want(name, tasks, "辽宁 区 督查台账 (pdf via Chromium, automatic column widths, cells wrap):\n序号 | 重点任务 | 牵头区领导 | 牵头单位 | 协办单位 | 时间节点.")


def main():
    html_county_table()
    txt_shandong_brackets()
    docx_hubei_next_line()
    xlsx_zone_list()
    pdf_bureau_internal()
    md_sichuan_street()
    txt_jiangxi_town()
    pdf_liaoning_ledger()


if __name__ == "__main__":
    main()
