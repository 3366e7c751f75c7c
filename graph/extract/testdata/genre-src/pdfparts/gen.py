#!/usr/bin/env python3
"""Writes the tbl-pdf-part-rows-* .html and their .want.tsv (into ../../genre).

Task tables printed to PDF by Chromium: part rows (一、…) spanning the whole
table above the tasks they group, cells centred in their rows, task cells
wrapped over two lines. tbl-pdf-part-rows-single-digit: the part rows at the
left, only single-digit row numbers on the page; tbl-pdf-part-rows-centred:
short part rows centred over the table, inside its wide task column. Then
print them:

    for x in tbl-pdf-part-rows-single-digit tbl-pdf-part-rows-centred; do
      chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=../../genre/$x.pdf $x.html; done
"""
import os, sys

PARTS = [
    ("一、稳定农业生产", [
        ("落实粮食播种面积38万亩，建设高标准农田2.6万亩", "蒋岳川（常务副县长）", "县农业农村局", ["县财政局", "县自然资源局"], "10月底"),
        ("新建冷链仓储设施12处，产地初加工率提高到七成", "蒋岳川（常务副县长）", "县供销合作社", ["县商务局"], "全年"),
    ]),
    ("二、扩大有效投资", [
        ("谋划储备重大项目60个，争取专项债券额度9亿元", "蒋岳川（常务副县长）", "县发展和改革局", ["县财政局", "县住房和城乡建设局"], "持续推进"),
        ("完成固定资产投资增长7%，新开工亿元项目22个", "方若琳（副县长）", "县发展和改革局", ["县统计局", "各乡镇"], "12月底"),
        ("推进县城污水管网改造，新建雨污分流管道45公里", "方若琳（副县长）", "县住房和城乡建设局", ["县生态环境局"], "11月底"),
    ]),
    ("三、办好民生实事", [
        ("新增城镇就业岗位3200个，开展职业技能培训4000人次", "季晓峰（副县长）", "县人力资源和社会保障局", ["县教育局", "县总工会"], "全年"),
        ("改扩建乡镇中心幼儿园6所，新增学位1500个", "季晓峰（副县长）", "县教育局", ["县财政局"], "8月底"),
        ("建设村级养老服务站30个，为高龄老人发放补贴", "季晓峰（副县长）", "县民政局", ["县卫生健康局", "各乡镇"], "持续推进"),
    ]),
]

CENTRED = [
    ("一、工业", [
        ("推动园区企业技术改造，完成设备更新项目34个，技改投资增长一成", "骆文澜（副区长）", "区经济和信息化局", ["区财政局"], "11月底"),
        ("培育创新型中小企业50家，新建省级企业技术中心3家", "骆文澜（副区长）", "区科学技术局", ["区经济和信息化局", "区市场监管局"], "全年"),
        ("建成分布式光伏项目20兆瓦，单位产值能耗下降3%", "骆文澜（副区长）", "区发展和改革局", ["区生态环境分局"], "12月底"),
    ]),
    ("二、城建", [
        ("改造背街小巷27条，同步整治架空线缆和沿街立面", "仇月明（副区长）", "区住房和城乡建设局", ["区城市管理局", "各街道办事处"], "10月底"),
        ("新增公共停车泊位2100个，建成智慧停车管理平台", "仇月明（副区长）", "区城市管理局", ["区公安分局"], "持续推进"),
    ]),
    ("三、社会", [
        ("新建社区嵌入式托育点9个，提供普惠托位450个", "贝思远（副区长）", "区卫生健康局", ["区教育局", "区妇联"], "9月底"),
        ("开展全民健身赛事活动60场，更新健身路径器材80套", "贝思远（副区长）", "区文化旅游体育局", ["各街道办事处"], "全年"),
    ]),
]

INDEXED = [
    ("一、园区建设", [
        ("完成园区标准厂房建设18万平方米，配套建设人才公寓", "祁东阳（副县长）", "县工业园区管委会", ["县住房和城乡建设局"], "11月底"),
        ("推进园区污水处理厂提标改造，日处理能力达到2万吨", "祁东阳（副县长）", "县工业园区管委会", ["县生态环境分局", "县水务局"], "10月底"),
        ("引进亿元以上工业项目16个，实际到位资金增长一成", "祁东阳（副县长）", "县投资促进中心", ["县工业园区管委会"], "全年"),
    ]),
    ("二、文旅融合", [
        ("创建国家级旅游休闲街区1个，改造提升游客服务中心", "冼玉兰（副县长）", "县文化旅游局", ["县商务局"], "持续推进"),
        ("举办乡村音乐节等节会活动12场，带动游客增长两成", "冼玉兰（副县长）", "县文化旅游局", ["各乡镇"], "12月底"),
    ]),
    ("三、基层治理", [
        ("推广积分制治理经验，覆盖全县行政村比例达到八成", "冼玉兰（副县长）", "县委社会工作部", ["县民政局", "各乡镇"], "9月底"),
        ("建成县级矛盾纠纷调处化解中心，完善分级调解机制", "冼玉兰（副县长）", "县司法局", ["县信访局"], "6月底"),
    ]),
]

LONG = [
    ("一、坚持创新驱动发展，加快培育壮大新质生产力，推动传统产业改造升级和新兴产业集群发展，夯实县域经济根基", [
        ("实施规上工业企业数字化改造项目26个，建成智能工厂2家", "甘启明（常务副县长）", "县科技和工业信息化局", ["县财政局"], "12月底"),
        ("新培育专精特新企业8家，高新技术产业增加值增长一成", "甘启明（常务副县长）", "县科技和工业信息化局", ["县市场监管局", "县税务局"], "全年"),
    ]),
    ("二、持续保障和改善民生，扎实办好群众急难愁盼的民生实事，不断增强人民群众获得感幸福感安全感", [
        ("新改扩建城区学校4所，新增义务教育学位2700个", "乔慕青（副县长）", "县教育局", ["县住房和城乡建设局", "县自然资源局"], "8月底"),
        ("建成县域医疗次中心2个，村卫生室标准化率达到九成", "乔慕青（副县长）", "县卫生健康局", ["各乡镇"], "持续推进"),
        ("新增城镇保障性租赁住房600套，完成棚户区改造320户", "乔慕青（副县长）", "县住房和城乡建设局", ["县财政局"], "11月底"),
    ]),
]

PAGES = [
    ("tbl-pdf-part-rows-single-digit", "檀溪县2025年重点工作任务责任分解表", PARTS, ".part{font-weight:bold}",
     "part rows (一、…) spanning a middle-aligned PDF table, two-line task cells, single-digit row numbers"),
    ("tbl-pdf-part-rows-centred", "枫湾区2025年重点工作任务清单", CENTRED,
     ".part{font-weight:bold;text-align:center} th:nth-child(2){width:48%} th:nth-child(6){width:9%}",
     "short part rows (一、…) centred over a middle-aligned PDF table, inside its wide task column"),
    ("tbl-pdf-part-rows-numeral-index", "岚江县2025年重点工作任务分解表", INDEXED, ".part{font-weight:bold}",
     "part rows numbered 一 in the index column, their title across the other columns, in a middle-aligned PDF table"),
    ("tbl-pdf-part-rows-long-title", "沅宁县2025年重点工作任务责任清单", LONG, ".part{font-weight:bold}",
     "part rows (一、…) whose long titles run across the whole table and wrap to a second line, in a middle-aligned PDF table"),
]


def main(out):
    for page in PAGES:
        write(out, *page)


def write(out, NAME, title, parts, css, about):
    here = os.path.dirname(os.path.abspath(__file__))
    rows, want, n = [], [], 0
    for part, tasks in parts:
        if parts is INDEXED:
            number, heading = part.split("、", 1)
            rows.append(f'<tr><td class="part">{number}</td><td colspan="5" class="part t">{heading}</td></tr>')
        else:
            rows.append(f'<tr><td colspan="6" class="part">{part}</td></tr>')
        for task, leader, lead, units, when in tasks:
            n += 1
            rows.append(f"<tr><td>{n}</td><td class='t'>{task}</td><td>{leader}</td><td>{lead}</td><td>{'、'.join(units)}</td><td>{when}</td></tr>")
            want.append(f"{task}\ttask\t-")
            want.append(f"{task}\tleader\t{leader.split('（')[0]}")
            want.append(f"{task}\tlead\t{lead}")
            want += [f"{task}\tunit\t{u}" for u in units]
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{{font-family:"Noto Serif CJK SC",serif;font-size:11pt;margin:20mm}}
h1{{font-size:16pt;text-align:center}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #000;padding:3px 4px;vertical-align:middle}} td.t{{text-align:left}} {css}
</style></head><body>
<h1>{title}</h1>
<table><thead><tr><th>序号</th><th>工作任务</th><th>责任领导</th><th>牵头单位</th><th>配合单位</th><th>完成时间</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    with open(os.path.join(here, NAME + ".html"), "w") as f:
        f.write(html)
    with open(os.path.join(out, NAME + ".want.tsv"), "w") as f:
        f.write(f"# {NAME}: expected (task, role, name) triples, from the meaning of each task\n")
        f.write(f"# {about}; the leader is the name before the office.\n")
        f.write("\n".join(want) + "\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../../genre")
