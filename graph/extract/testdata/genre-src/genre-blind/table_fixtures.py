"""Table genre-blind fixtures: .xlsx (through xlsxgen), .csv and a .pdf printed
from an HTML table by Chromium."""
import csv, io, json, os, subprocess
from common import T, want, write, CN, OUT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))


def col(i):
    return chr(ord("A") + i)


def xlsx(name, sheets):
    """sheets: [(sheet name, rows, merges)]; written through xlsxgen (excelize)."""
    layout = {"sheets": [{"name": n, "rows": r, "merges": m} for n, r, m in sheets]}
    src = os.path.join(HERE, name + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(layout, f, ensure_ascii=False, indent=1)
    td = os.path.join(ROOT, "graph", "extract", "testdata")
    subprocess.run(["go", "run", "./graph/extract/testdata/genre-src/xlsxgen",
                    os.path.relpath(src, td), os.path.relpath(os.path.join(OUT, name + ".xlsx"), td)],
                   cwd=ROOT, check=True)


# 3. County 推进台账 (.xlsx): a title and a 填报 line above a two-row header
#    (责任分工 over 责任县领导|牵头单位|配合单位, 季度形象进度 over four quarter
#    columns), category rows, the leader merged down its group, and progress
#    text in the quarter cells that names units (not roles).
#    [辽宁 盘锦 大洼区 2021 形象进度; 内蒙古 鄂温克旗 2022 推进情况表; 安徽 金寨 2025 进度评价]
def xlsx_ledger_quarterly():
    name = "xlsx-ledger-quarterly-progress"
    S = [
      ("稳住经济增长", "蒋文博", [
        T("地区生产总值增长6%以上", "", leads=["县发改局"], units=["县统计局"]),
        T("固定资产投资增长8%", "", leads=["县发改局"], units=["县自然资源局", "县住建局"]),
        T("一般公共预算收入增长5%", "", leads=["县财政局"], units=["县税务局"]),
        T("争取超长期特别国债项目资金3亿元以上", "", leads=["县发改局"], units=["县财政局"]),
        T("盘活闲置低效工业用地600亩", "", leads=["县自然资源局"], units=["柘源经济开发区管委会"]),
        T("新增市场主体4000户", "", leads=["县市场监管局"], units=[]),
      ]),
      ("壮大县域产业", "尹晓岚", [
        T("规模以上工业增加值增长9%", "", leads=["县工信局"], units=["县统计局"]),
        T("新开工亿元以上工业项目15个", "", leads=["柘源经济开发区管委会"], units=["县工信局", "县投资促进中心"]),
        T("培育省级专精特新企业8家", "", leads=["县工信局"], units=["县科技局"]),
        T("建成竹木精深加工产业园二期", "", leads=["柘源经济开发区管委会"], units=["县林业局"]),
        T("新增限上商贸企业35家", "", leads=["县商务局"], units=["县统计局"]),
        T("接待游客突破600万人次", "", leads=["县文旅局"], units=["各乡镇（街道）"]),
        T("打造县城夜间消费街区2条", "", leads=["县商务局"], units=["县城管局", "城西街道办事处"]),
      ]),
      ("推进乡村振兴", "葛志勇", [
        T("粮食播种面积稳定在38万亩", "", leads=["县农业农村局"], units=["各乡镇（街道）"]),
        T("新建高标准农田2.5万亩", "", leads=["县农业农村局"], units=["县财政局", "县自然资源局"]),
        T("发展茶叶、油茶等特色产业基地5万亩", "", leads=["县农业农村局"], units=["县林业局"]),
        T("完成农村公路提质改造120公里", "", leads=["县交通运输局"], units=[]),
        T("实施小型水库除险加固18座", "", leads=["县水利局"], units=["相关乡镇人民政府"]),
        T("创建美丽宜居示范村20个", "", leads=["县农业农村局"], units=["县住建局", "各乡镇（街道）"]),
      ]),
      ("增进民生福祉", "韩雪梅", [
        T("城镇新增就业3500人", "", leads=["县人社局"], units=[]),
        T("新建县第三小学", "", leads=["县教体局"], units=["县住建局", "县财政局"]),
        T("县人民医院创成三级医院", "", leads=["县卫健局"], units=["县人民医院"]),
        T("新增养老床位300张", "", leads=["县民政局"], units=["县卫健局"]),
        T("完成城镇老旧小区改造42个", "", leads=["县住建局"], units=["城东街道办事处", "城西街道办事处"]),
        T("开展安全生产和消防隐患排查整治", "", leads=["县应急局"], units=["县消防救援大队", "各乡镇（街道）"]),
        T("建成县应急指挥中心", "", leads=["县应急局"], units=["县发改局"]),
      ]),
    ]
    progress = ["已完成方案编制，会同{u}细化到月", "已完成年度目标的{p}%，{u}正在组织推进", "累计完成{p}%，下一步由{u}加快进度", ""]
    grades = ["达进度", "欠进度", "超进度", "达进度", "达进度"]
    ncol = 11
    rows = [["柘源县2025年政府工作报告重点任务推进台账"] + [""] * (ncol - 1),
            ["填报单位：县政府督查室　　统计截至：2025年9月30日"] + [""] * (ncol - 1),
            ["序号", "重点任务", "责任分工", "", "", "季度形象进度", "", "", "", "进度评价", "备注"],
            ["", "", "责任县领导", "牵头单位", "配合单位", "一季度", "二季度", "三季度", "四季度", "", ""]]
    merges = ["A1:K1", "A2:K2", "C3:E3", "F3:I3", "A3:A4", "B3:B4", "J3:J4", "K3:K4"]
    tasks, n = [], 0
    for si, (cat, leader, ts) in enumerate(S):
        rows.append(["%s、%s" % (CN[si], cat)] + [""] * (ncol - 1))
        r = len(rows)
        merges.append("A%d:K%d" % (r, r))
        first = len(rows) + 1
        for ti, t in enumerate(ts):
            n += 1
            t["leaders"] = [leader]
            other = (t["units"] or t["leads"])[0]
            q = [progress[0].format(u=other), progress[1].format(p=30 + ti * 5, u=other), progress[2].format(p=60 + ti * 4, u=other), ""]
            rows.append([str(n), t["text"], leader if ti == 0 else "", t["leads"][0], "、".join(t["units"])] + q
                        + [grades[(n + ti) % len(grades)], "市考指标" if ti % 3 == 0 else ""])
            tasks.append(t)
        merges.append("C%d:C%d" % (first, len(rows)))
    rows.append(["注：1.形象进度由牵头单位每季度末填报；2.进度评价分为超进度、达进度、欠进度三类。"] + [""] * (ncol - 1))
    merges.append("A%d:K%d" % (len(rows), len(rows)))
    xlsx(name, [("推进台账", rows, merges)])
    want(name, tasks, "Leader merged down each category; the quarter cells are progress text, not roles.")


# 10. 开发区 责任清单 (.xlsx): leader-first grouping inside the sheet — a row
#     "一、罗振宇主任主抓重点工作" spanning the table heads the rows under it;
#     one 责任部门 column whose first department leads, as the note under the
#     table says; a second sheet of 民生实事 with its own columns.
#     [浙江 湖州 2020 主抓; 安徽 霍山 开发区 2025 责任清单; 江苏 武进高新区 2021 departments]
def xlsx_devzone_leader_rows():
    name = "xlsx-devzone-leader-rows"
    G = [
      ("罗振宇", "主任", [
        T("完成地区生产总值210亿元", "，增长7.5%", units=["经济发展局", "统计中心"]),
        T("编制园区国土空间详细规划", "并报批", units=["规划建设局", "自然资源分局"]),
        T("推进“园中园”管理体制改革", "", units=["党政办公室", "组织人事部"]),
        T("争取省级高新区创建", "通过评估", units=["科技创新局", "经济发展局"]),
        T("全年招引亿元以上项目25个", "", units=["招商一局", "招商二局", "投资促进中心"]),
        T("建立重点项目“一项目一专班”", "推进机制", units=["党政办公室", "经济发展局"]),
      ]),
      ("孔德明", "常务副主任", [
        T("一般公共预算收入增长6%", "", units=["财政局", "税务分局"]),
        T("发行园区基础设施专项债券8亿元", "", units=["财政局", "金沙湾建设投资集团"]),
        T("完成工业厂房租赁清理", "，盘活厂房12万平方米", units=["资产管理中心", "企业服务局"]),
        T("推进污水处理厂提标改造", "", units=["生态环境分局", "规划建设局"]),
        T("开展安全生产专项整治", "，重点企业检查全覆盖", units=["安全生产监督管理局", "消防救援站"]),
      ]),
      ("单雨桐", "副主任", [
        T("规上工业产值增长10%", "", units=["经济发展局"]),
        T("新增规上工业企业20家", "", units=["经济发展局", "企业服务局"]),
        T("培育高新技术企业35家", "", units=["科技创新局"]),
        T("建成人才公寓500套", "", units=["组织人事部", "金沙湾建设投资集团"]),
        T("推动企业上市挂牌3家", "", units=["金融服务中心"]),
        T("建设智能网联汽车测试道路20公里", "", units=["科技创新局", "规划建设局"]),
        T("开展“企业服务月”活动", "，解决企业诉求200件", units=["企业服务局", "党政办公室"]),
      ]),
      ("申立华", "副主任", [
        T("创建省级文明园区", "", units=["党政办公室", "社会事业局"]),
        T("完成东湾、西湾社区党群服务中心改造", "", units=["组织人事部", "东湾社区", "西湾社区"]),
      ]),
    ]
    M = [
      T("新建金沙湾第二幼儿园", "", leaders=["申立华"], leads=["社会事业局"], units=["规划建设局"]),
      T("建设园区邻里中心2处", "", leaders=["申立华"], leads=["社会事业局"], units=["东湾社区", "西湾社区"]),
      T("开通园区至高铁站公交专线", "", leaders=["孔德明"], leads=["规划建设局"], units=["金沙湾公交公司"]),
      T("改造提升职工食堂3个", "", leaders=["申立华"], leads=["企业服务局"], units=[]),
      T("建设智慧停车场", "，新增泊位800个", leaders=["孔德明"], leads=["综合执法局"], units=["规划建设局"]),
      T("开展职工技能培训5000人次", "", leaders=["申立华"], leads=["组织人事部"], units=["企业服务局"]),
    ]
    rows = [["金沙湾经济开发区2025年重点工作责任清单", "", "", "", ""],
            ["序号", "重点工作", "责任部门", "完成时限", "备注"]]
    merges = ["A1:E1"]
    tasks, n = [], 0
    for gi, (leader, title, ts) in enumerate(G):
        rows.append(["%s、%s%s主抓重点工作" % (CN[gi], leader, title), "", "", "", ""])
        merges.append("A%d:E%d" % (len(rows), len(rows)))
        for ti, t in enumerate(ts):
            n += 1
            t["leaders"] = [leader]
            t["leads"], t["units"] = t["units"][:1], t["units"][1:]
            rows.append([str(n), t["text"], "、".join(t["leads"] + t["units"]), ["6月底前", "12月底前", "全年"][ti % 3], ""])
            tasks.append(t)
    rows.append(["注：责任部门有两个以上的，排在首位的为牵头部门，其余为配合部门。", "", "", "", ""])
    merges.append("A%d:E%d" % (len(rows), len(rows)))
    rows2 = [["金沙湾经济开发区2025年民生实事项目", "", "", "", "", ""],
             ["序号", "项目名称", "责任领导", "牵头部门", "配合部门", "完成时限"]]
    for i, t in enumerate(M):
        rows2.append([str(i + 1), t["text"], "管委会副主任 " + t["leaders"][0] if t["leaders"][0] == "申立华" else "常务副主任 " + t["leaders"][0],
                      t["leads"][0], "、".join(t["units"]), "12月底前"])
        tasks.append(t)
    xlsx(name, [("重点工作", rows, merges), ("民生实事", rows2, ["A1:F1"])])
    want(name, tasks, "Sheet 1: the leader of each spanning 主抓 row; the first 责任部门 leads (the note under the table).\n"
                      "Sheet 2: leaders written with the post before the name, separated by a space.")


# 7. County 分单位 task list (.csv): the departments are the rows and each
#    row's 牵头任务 cell lists several tasks (①②③, one per line); the row's
#    县领导 oversees all of them.  [浙江 宁波 2006: 194 tasks spread over 91 units;
#    陕西 紫阳 2022: items reported per responsible unit]
def csv_units_as_rows():
    name = "csv-units-as-rows"
    R = [
      ("县发展和改革局", "许光耀", ["编制“十五五”规划纲要", "争取中央预算内投资2.5亿元", "推进县城城镇化补短板项目12个"]),
      ("县财政局", "许光耀", ["推进预算绩效管理全覆盖", "争取新增专项债券额度6亿元", "完成国有资产清查"]),
      ("县工业和信息化局", "柏长青", ["新增规上工业企业25家", "实施技术改造项目40个", "推动企业“上云用数赋智”200家"]),
      ("县农业农村局", "于海涛", ["建设高标准农田3万亩", "培育省级农业产业化龙头企业3家", "实施农村人居环境整治提升行动"]),
      ("县住房和城乡建设局", "柏长青", ["改造城镇老旧小区35个", "新建城区雨污管网28公里", "推进保交楼项目全部交付"]),
      ("县教育体育局", "温晓蕾", ["新建县实验中学", "推进义务教育优质均衡县创建", "建成全民健身中心"]),
      ("县卫生健康局", "温晓蕾", ["推进县域医共体建设", "建设县疾控中心实验室", "完成适龄女生HPV疫苗接种"]),
      ("县民政局", "温晓蕾", ["新建乡镇区域养老服务中心3个", "落实困难群众救助政策"]),
      ("县交通运输局", "于海涛", ["建成浠原至青石一级公路", "开通城乡公交线路6条"]),
      ("县文化广电和旅游局", "柏长青", ["创建国家4A级旅游景区1家", "举办浠水文化旅游节"]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["浠原县2025年政府工作报告重点任务分单位清单", "", "", "", ""])
    w.writerow(["序号", "责任单位", "分管县领导", "牵头任务", "完成时限"])
    circ = "①②③④"
    tasks = []
    for i, (unit, leader, ts) in enumerate(R):
        cell = "\n".join("%s%s；" % (circ[j], t) for j, t in enumerate(ts))
        w.writerow([i + 1, unit, leader, cell, "2025年12月底前"])
        tasks += [T(t, leaders=[leader], leads=[unit]) for t in ts]
    w.writerow(["注：各项任务的配合单位由牵头单位商定。", "", "", "", ""])
    write(name, "csv", buf.getvalue())
    want(name, tasks, "Departments are the rows: each task listed in a row's 牵头任务 cell is led by that row's unit,\n"
                      "under that row's 分管县领导.")


# 8. County 重点任务清单 printed to PDF from an office table: 序号/类别/重点任务/
#    责任单位/完成时限 with 类别 merged down (rowspan), a header repeated on each
#    page, `第 N 页` footers, and running roles in the 责任单位 cell with
#    乡镇 shorthand (城关、河口、石门镇) and 各乡镇（街道）.
#    [山东 高唐 2024 类别 column; 四川 大竹 2016 table layout; 甘肃 张家川 2016 各乡镇]
def pdf_list_merged_category():
    name = "pdf-county-list-merged-category"
    S = [
      ("项目建设", [
        T("实施县级重点项目86个", "，完成年度投资65亿元", leads=["县发展和改革局"], units=["各乡镇（街道）"]),
        T("推进梅岭抽水蓄能电站前期工作", "，完成可研审查", leads=["县发展和改革局"], units=["河口镇", "石门镇"]),
        T("建成梅岭至江口高速连接线", "", leads=["县交通运输局"], units=["城关镇", "河口镇"]),
        T("开工建设县城第二水厂", "", leads=["县水利局"], units=["县城投公司"]),
        T("完成县城北区征地拆迁", "1200亩", leads=["县自然资源局"], units=["城关镇", "北门街道"]),
      ]),
      ("产业发展", [
        T("新增规上工业企业18家", "", leads=["县工业和信息化局"], units=["梅岭工业园区管委会"]),
        T("扩建富硒茶叶加工园", "，茶叶综合产值突破20亿元", leads=["县农业农村局"], units=["城关镇", "河口镇", "石门镇"]),
        T("发展林下经济", "15万亩", leads=["县林业局"], units=["各乡镇（街道）"]),
        T("创建省级全域旅游示范区", "", leads=["县文化和旅游局"], units=["县发展和改革局", "石门镇"]),
        T("培育电商直播基地3个", "，网络零售额增长18%", leads=["县商务局"], units=["县供销社"]),
      ]),
      ("城乡建设", [
        T("改造城镇老旧小区28个", "", leads=["县住房和城乡建设局"], units=["城关镇", "北门街道"]),
        T("新建城区停车泊位1500个", "", leads=["县城市管理局"], units=["县公安局"]),
        T("实施农村供水保障工程", "，自来水普及率达到92%", leads=["县水利局"], units=["各乡镇（街道）"]),
        T("建设和美乡村示范村15个", "", leads=["县农业农村局"], units=["县住房和城乡建设局", "相关乡镇"]),
        T("完成县城污水处理厂提标改造", "", leads=["县住房和城乡建设局"], units=["县生态环境分局"]),
      ]),
      ("民生保障", [
        T("城镇新增就业2800人", "", leads=["县人力资源和社会保障局"], units=[]),
        T("新建梅岭县第二中学", "", leads=["县教育局"], units=["县住房和城乡建设局", "城关镇"]),
        T("推进紧密型县域医共体建设", "", leads=["县卫生健康局"], units=["县医疗保障局"]),
        T("新建乡镇敬老院2所", "", leads=["县民政局"], units=["河口镇", "石门镇"]),
        T("实施困难群众兜底保障", "，应保尽保", leads=["县民政局"], units=["各乡镇（街道）"]),
        T("建成县应急物资储备库", "", leads=["县应急管理局"], units=["县发展和改革局"]),
      ]),
      ("社会治理", [
        T("深化“枫桥式”派出所创建", "", leads=["县公安局"], units=["各乡镇（街道）"]),
        T("推进信访积案化解", "，化解率达到90%", leads=["县信访局"], units=["各乡镇（街道）", "县直有关部门"]),
        T("开展自建房安全专项整治", "", leads=["县住房和城乡建设局"], units=["县应急管理局", "城关镇", "河口镇", "石门镇"]),
        T("创建省级食品安全示范县", "", leads=["县市场监督管理局"], units=["县农业农村局"]),
      ]),
    ]

    def towns(us):
        # 乡镇 shorthand: a run of …镇 written once at the end (城关、河口、石门镇)
        run = [u for u in us if u.endswith("镇") and u != "相关乡镇"]
        rest = [u for u in us if u not in run]
        out = rest[:]
        if len(run) >= 2:
            out.append("、".join([r[:-1] for r in run[:-1]] + [run[-1]]))
        elif run:
            out.append(run[0])
        return "、".join(out)

    rows_html = []
    tasks, n = [], 0
    for si, (cat, ts) in enumerate(S):
        for ti, t in enumerate(ts):
            n += 1
            cell = t["leads"][0] + "牵头" + ("，" + towns(t["units"]) + "配合" if t["units"] else "")
            cat_td = '<td rowspan="%d">%s</td>' % (len(ts), cat) if ti == 0 else ""
            rows_html.append("<tr><td>%d</td>%s<td>%s</td><td>%s</td><td>%s</td></tr>" % (
                n, cat_td, t["text"], cell, ["6月底前", "9月底前", "12月底前", "全年"][n % 4]))
            tasks.append(t)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>梅岭县2025年重点任务清单</title>
<style>
@page { size: A4 landscape; margin: 2.4cm 2cm 2.2cm 2cm;
  @top-right { content: "梅岭县人民政府办公室"; font-family: "Noto Serif CJK SC"; font-size: 9pt; }
  @bottom-center { content: "第 " counter(page) " 页"; font-family: "Noto Serif CJK SC"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 12pt; }
h1 { font-size: 18pt; text-align: center; font-weight: normal; }
table { border-collapse: collapse; width: 100%%; }
td, th { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; }
th { font-weight: normal; }
td:nth-child(1) { width: 3em; text-align: center; }
p { text-indent: 2em; margin: 0.3em 0; }
</style></head><body>
<h1>梅岭县2025年政府工作报告重点任务清单</h1>
<p>各乡镇人民政府、街道办事处，县政府各部门：现将2025年政府工作报告确定的重点任务以清单形式印发，请各牵头单位会同配合单位逐项抓好落实，每季度末将进展情况报县政府督查室。</p>
<table><thead><tr><th>序号</th><th>类别</th><th>重点任务</th><th>责任单位</th><th>完成时限</th></tr></thead>
<tbody>
%s
</tbody></table>
<p>注：城关、河口、石门等乡镇名称均为简称。</p>
</body></html>
""" % "\n".join(rows_html)
    src = os.path.join(HERE, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, name + ".pdf"), src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    want(name, tasks, "类别 merged down; 城关、河口、石门镇 are three towns (城关镇, 河口镇, 石门镇).")


def main():
    xlsx_ledger_quarterly()
    xlsx_devzone_leader_rows()
    csv_units_as_rows()
    pdf_list_merged_category()
