#!/usr/bin/env python3
"""Writes tbl-pdf-wrap-row-bands.html and its .want.tsv (into ../../genre).

A task table printed to PDF by Chromium, cells centred in their rows and a
roomy cell padding: most rows one line, a few task cells wrapped over two
lines next to rows whose unit cell wraps instead, so that the line pitch
inside a cell is rarer than the distance between rows. Then print it:

    chromium --headless --no-sandbox --no-pdf-header-footer \
      --print-to-pdf=../../genre/tbl-pdf-wrap-row-bands.pdf tbl-pdf-wrap-row-bands.html
"""
import os, sys

NAME = "tbl-pdf-wrap-row-bands"
TASKS = [
    ("新建乡镇综合文化站4个，完成村级文化广场提升改造工程和配套设施建设", "邬景行", "县文化广电局", ["县财政局"], "12月底"),
    ("改造城区老旧供水管网12公里，新建加压泵站2座", "邬景行", "县水务局", ["县住房和城乡建设局", "县自然资源局"], "持续推进"),
    ("开展农产品地理标志认证，新培育区域公用品牌2个并建设线上销售平台", "邬景行", "县农业农村局", ["县市场监管局"], "11月底"),
    ("新增城市公共绿地8公顷，建成口袋公园6个", "邬景行", "县城市管理局", ["县自然资源局", "县住房和城乡建设局"], "10月底"),
    ("建成县级应急物资储备库，充实防汛抗旱和森林防火等各类救灾物资储备", "柴若兰", "县应急管理局", ["县发展和改革局"], "9月底"),
    ("推进中小学智慧校园建设，更新教室多媒体设备", "柴若兰", "县教育局", ["县财政局", "县工业和信息化局"], "8月底"),
    ("新建社区卫生服务站3个，配齐全科医生和必要的诊疗设备并开展家庭医生签约服务", "柴若兰", "县卫生健康局", ["县医疗保障局"], "持续推进"),
    ("完成住宅小区加装电梯六十部，同步完善管理", "柴若兰", "县市场监管局", ["县住房和城乡建设局", "各街道办事处"], "12月底"),
    ("举办民营企业招聘会10场，面向高校毕业生和农村转移劳动力提供就业岗位三千个", "柴若兰", "县就业服务中心", ["县工商联"], "全年"),
    ("完成河道清淤疏浚35公里，加固堤防险工4处", "聂思源", "县水务局", ["各乡镇人民政府", "县自然资源局"], "6月底"),
    ("新建公共充电桩400个，覆盖全部乡镇驻地和主要旅游景区的公共停车场", "聂思源", "县发展和改革局", ["县供电公司"], "12月底"),
    ("开展安全生产专项整治，排查整改重大隐患", "聂思源", "县应急管理局", ["县公安局", "县交通运输局"], "持续推进"),
    ("培育市级以上专精特新企业12家，新增规模以上工业企业20家并建设中小企业服务平台", "聂思源", "县工业和信息化局", ["县科学技术局"], "全年"),
    ("建成数字乡村示范村15个，推广智慧农业应用", "聂思源", "县农业农村局", ["县大数据中心", "各乡镇人民政府"], "11月底"),
]


def main(out):
    here = os.path.dirname(os.path.abspath(__file__))
    rows, want = [], []
    for n, (task, leader, lead, units, when) in enumerate(TASKS, 1):
        rows.append(f"<tr><td>{n}</td><td class='t'>{task}</td><td>{leader}</td><td>{lead}</td><td>{'、'.join(units)}</td><td>{when}</td></tr>")
        want.append(f"{task}\ttask\t-")
        want.append(f"{task}\tleader\t{leader}")
        want.append(f"{task}\tlead\t{lead}")
        want += [f"{task}\tunit\t{u}" for u in units]
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{{font-family:"Noto Serif CJK SC",serif;font-size:11pt;margin:20mm}}
h1{{font-size:16pt;text-align:center}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #000;padding:2px 6px;vertical-align:middle}} td.t{{text-align:left}}
@page{{size:A4 landscape}} th:nth-child(1){{width:5%}} th:nth-child(2){{width:42%}} th:nth-child(3){{width:9%}} th:nth-child(4){{width:14%}} th:nth-child(5){{width:15%}} th:nth-child(6){{width:8%}}
</style></head><body>
<h1>栖霞县2025年民生实事项目责任分解表</h1>
<table><thead><tr><th>序号</th><th>项目内容</th><th>分管领导</th><th>牵头单位</th><th>协办单位</th><th>完成时限</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    with open(os.path.join(here, NAME + ".html"), "w") as f:
        f.write(html)
    with open(os.path.join(out, NAME + ".want.tsv"), "w") as f:
        f.write(f"# {NAME}: expected (task, role, name) triples, from the meaning of each task\n")
        f.write("# a middle-aligned PDF table, most rows one line, two-line task cells next to rows whose unit cell wraps.\n")
        f.write("\n".join(want) + "\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../../genre")
