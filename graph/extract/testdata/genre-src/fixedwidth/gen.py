#!/usr/bin/env python3
"""Writes struct-txt-fixed-width-ascii.txt and its want.tsv: a plain-text
ledger whose columns are padded with ASCII spaces (a CJK character two
columns wide), one task a line, a blank 协办单位 cell here and there.
Invented places and people.  Run: python3 gen.py ../../genre"""
import sys, unicodedata, os

out = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
tasks = [
    ("新建城市书房12处", "邬晓岚", "县文旅局", "县住建局、县财政局"),
    ("改造老旧供热管网28公里", "邬晓岚", "县住建局", "县发改局"),
    ("完成农村户厕问题整改3100户", "邬晓岚", "县农业农村局", ""),
    ("培育省级专精特新企业15家", "邬晓岚", "县工信局", "县科技局、县市场监管局"),
    ("建成智慧停车泊位2400个", "柴立伟", "县城管局", "县公安局交警大队"),
    ("开展职业技能培训6000人次", "柴立伟", "县人社局", "县教育局"),
    ("实施河道清淤疏浚40公里", "柴立伟", "县水利局", "县生态环境局、各乡镇人民政府"),
    ("新增普惠托育托位320个", "柴立伟", "县卫健局", ""),
    ("推进县域医共体信息平台建设", "阮秋实", "县卫健局", "县大数据中心"),
    ("新建标准化体育场地9个", "阮秋实", "县体育中心", "县自然资源局"),
    ("完成高标准农田提质改造5万亩", "阮秋实", "县农业农村局", "县财政局、县水利局"),
    ("办结群众信访事项化解率95%以上", "阮秋实", "县信访局", "县司法局"),
]
header = ("编号", "工作事项", "分管领导", "主办单位", "协办单位")
widths = (6, 34, 12, 16, 0)

def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

def row(cells):
    s = ""
    for c, n in zip(cells, widths):
        s += c + (" " * max(2, n - w(c)) if n else "")
    return s.rstrip()

lines = ["石门县2026年政府工作报告重点事项推进表", "", "县政府办公室 编", "",
         row(header), "-" * 90]
for i, (t, l, lead, units) in enumerate(tasks, 1):
    lines.append(row((str(i), t, l, lead, units)))
lines += ["-" * 90, "", "各主办单位于每季度末报送进展。"]
with open(os.path.join(out, "struct-txt-fixed-width-ascii.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(out, "struct-txt-fixed-width-ascii.want.tsv"), "w") as f:
    f.write("# struct-txt-fixed-width-ascii: a plain-text ledger in columns padded with ASCII spaces\n")
    for t, l, lead, units in tasks:
        f.write(f"{t}\ttask\t-\n{t}\tleader\t{l}\n{t}\tlead\t{lead}\n")
        for u in filter(None, units.split("、")):
            f.write(f"{t}\tunit\t{u}\n")
