#!/usr/bin/env python3
"""Fixtures for the rules found on the twelfth blind set, in other words
(invented county 松岩县, its bureaus and people). Writes the layout of
tbl-xlsx-lead-label-sheets (JSON for xlsxgen) and its want file:

    cd graph/extract/testdata/genre-src/blind12fix && python3 gen.py
    cd ../../../../.. && go run ./graph/extract/testdata/genre-src/xlsxgen \
        genre-src/blind12fix/tbl-xlsx-lead-label-sheets.json genre/tbl-xlsx-lead-label-sheets.xlsx
"""
import json

# One sheet per lead unit; the title block names it with a lead label, in
# three ways a workbook writes it: alone, with a second field in the same
# cell, and in its own cell beside another.
sheets = [
    ("县水利局", ["牵头单位：县水利局"], [
        ("实施松岩河堤防加固工程", "唐景川", "县财政局、县自然资源局", "2026年10月底"),
        ("完成小型水库除险加固6座", "唐景川", "县应急管理局", "2026年6月底"),
        ("推进城乡供水一体化管网延伸", "唐景川", "县住建局、各乡镇", "2026年12月底"),
        ("开展河湖“清四乱”专项整治", "唐景川", "县生态环境分局", "全年"),
        ("建设灌区量水设施120处", "唐景川", "县农业农村局", "2026年9月底"),
    ]),
    ("县林业局", ["主责单位：县林业局　　更新日期：2026年3月"], [
        ("完成人工造林1.2万亩", "鲍雅宁", "各乡镇", "2026年5月底"),
        ("推进国有林场改革", "鲍雅宁", "县人社局、县财政局", "2026年11月底"),
        ("开展松材线虫病疫情防控", "鲍雅宁", "县农业农村局", "全年"),
        ("建成森林防火视频监控系统", "鲍雅宁", "县应急管理局、县数据局", "2026年8月底"),
    ]),
    ("县农业农村局", ["牵头部门：县农业农村局", "", "填报人：县农业农村局办公室"], [
        ("一、粮食安全", None, None, None),
        ("稳定粮食播种面积38万亩", "鲍雅宁", "县统计局、各乡镇", "2026年10月底"),
        ("建设高标准农田2.6万亩", "鲍雅宁", "县自然资源局、县水利局", "2026年12月底"),
        ("二、乡村产业", None, None, None),
        ("培育县级以上龙头企业5家", "唐景川", "县商务局", "2026年12月底"),
        ("新建农产品冷链仓储设施8处", "唐景川", "县发改局、县供销社", "2026年9月底"),
    ]),
]

header = ["序号", "工作任务", "分管县领导", "配合单位", "完成时限"]
layout = {"sheets": []}
want = [
    "# tbl-xlsx-lead-label-sheets: expected (task, role, name) triples, written by hand",
    "# A workbook with one sheet per lead unit: the title block above each table names it with a lead label",
    "# (牵头单位：X, 主责单位：X followed by another field in the same cell, 牵头部门：X in its own cell beside",
    "# 填报人); the table has no lead column, so that unit leads every row, through its category rows.",
]
for name, label, rows in sheets:
    out = [["松岩县2026年重点工作任务推进表", "", "", "", ""], label + [""] * (5 - len(label)), header]
    n = 0
    for task, leader, units, deadline in rows:
        if leader is None:
            out.append([task, "", "", "", ""])
            continue
        n += 1
        out.append([str(n), task, leader, units, deadline])
        want.append(f"{task}\ttask\t-")
        want.append(f"{task}\tleader\t{leader}")
        want.append(f"{task}\tlead\t{name}")
        for u in units.split("、"):
            want.append(f"{task}\tunit\t{u}")
    layout["sheets"].append({"name": name, "rows": out, "merges": ["A1:E1"]})

with open("tbl-xlsx-lead-label-sheets.json", "w", encoding="utf-8") as f:
    json.dump(layout, f, ensure_ascii=False, indent=1)
with open("../../genre/tbl-xlsx-lead-label-sheets.want.tsv", "w", encoding="utf-8") as f:
    f.write("\n".join(want) + "\n")
