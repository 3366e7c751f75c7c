#!/usr/bin/env python3
"""tbl-xlsx-unit-named-sheets: a workbook with one sheet per lead unit, each
sheet named after its unit and nothing else naming it (invented county 梧冈县).

    cd graph/extract/testdata/genre-src/blind12fix && python3 gen_unit_sheets.py
    cd ../../../../.. && go run ./graph/extract/testdata/genre-src/xlsxgen \
        genre-src/blind12fix/tbl-xlsx-unit-named-sheets.json genre/tbl-xlsx-unit-named-sheets.xlsx
"""
import json

sheets = [
    ("县交通运输局", [
        ("新改建农村公路65公里", "符晓岚", "县财政局、各乡镇", "2026年11月底"),
        ("开通城乡公交线路4条", "符晓岚", "县公交公司", "2026年8月底"),
        ("建成县城客运枢纽站", "符晓岚", "县自然资源局、县住建局", "2026年12月底"),
        ("完成危桥改造9座", "符晓岚", "县应急管理局", "2026年10月底"),
    ]),
    ("县文旅局", [
        ("创建省级全域旅游示范区", "蒙嘉树", "县发改局、县商务局", "2026年12月底"),
        ("举办梧冈山地音乐节", "蒙嘉树", "县公安局、县卫健局", "2026年7月底"),
        ("修缮县级文物保护单位3处", "蒙嘉树", "县财政局", "2026年9月底"),
    ]),
    ("县市场监管局", [
        ("新增市场主体3500户", "符晓岚", "县税务局", "全年"),
        ("开展食品安全专项抽检1200批次", "符晓岚", "各乡镇", "全年"),
        ("建成智慧农贸市场2个", "符晓岚", "县商务局、县住建局", "2026年10月底"),
    ]),
]

header = ["序号", "工作任务", "责任县领导", "协办单位", "完成时限"]
layout = {"sheets": [{"name": "说明", "rows": [["各单位按本单位工作表填报进度，每季度末报县政府督查室。"]], "merges": []}]}
want = [
    "# tbl-xlsx-unit-named-sheets: expected (task, role, name) triples, written by hand",
    "# A workbook with one sheet per lead unit, named after it (县交通运输局, 县文旅局, 县市场监管局), a note",
    "# sheet first; the tables have no lead column and nothing else names the unit: it leads every row.",
]
for name, rows in sheets:
    out = [["梧冈县2026年重点工作任务台账", "", "", "", ""], header]
    for n, (task, leader, units, deadline) in enumerate(rows, 1):
        out.append([str(n), task, leader, units, deadline])
        want += [f"{task}\ttask\t-", f"{task}\tleader\t{leader}", f"{task}\tlead\t{name}"]
        want += [f"{task}\tunit\t{u}" for u in units.split("、")]
    layout["sheets"].append({"name": name, "rows": out, "merges": ["A1:E1"]})

with open("tbl-xlsx-unit-named-sheets.json", "w", encoding="utf-8") as f:
    json.dump(layout, f, ensure_ascii=False, indent=1)
with open("../../genre/tbl-xlsx-unit-named-sheets.want.tsv", "w", encoding="utf-8") as f:
    f.write("\n".join(want) + "\n")
