#!/usr/bin/env python3
"""Writes two PDF layout fixtures (invented places and people, conventions of
real 分工方案) as HTML here and their want files in ../../genre. Run from this
directory, then print each .html with Chromium:
    python3 gen.py ../../genre
    for x in struct-pdf-two-column-plan tbl-pdf-continued-middle-rows; do
      chromium --headless --no-sandbox --no-pdf-header-footer \\
        --print-to-pdf=../../genre/$x.pdf $x.html; done

struct-pdf-two-column-plan: pages set in two text columns (CSS columns) under
a full-width title and notice, items with wrapped bracket annotations and
label lines, a full-width closing paragraph after the columns.
tbl-pdf-continued-middle-rows: a landscape table whose cells are centred in
their rows; its header is printed once (no <thead>), the rows go on over two
more pages; the first row of each continued page has a leader cell wrapped
over two or three lines (so its first line stands above the row number), and
on the second page no row names a 配合单位 (that column is empty there)."""
import os, sys
from html import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else "../../genre"
HERE = os.path.dirname(os.path.abspath(__file__))


def want(name, tasks, note):
    lines = ["# %s: expected (task, role, name) triples, from the meaning of each task" % name, "# " + note]
    for key, _, leaders, leads, units in tasks:
        lines.append("%s\ttask\t-" % key)
        lines += ["%s\tleader\t%s" % (key, l) for l in leaders]
        lines += ["%s\tlead\t%s" % (key, u) for u in leads]
        lines += ["%s\tunit\t%s" % (key, u) for u in units]
    with open(os.path.join(OUT, name + ".want.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")


def T(key, rest, leaders=(), leads=(), units=()):
    return (key, key + rest, list(leaders), list(leads), list(units))


# ---------------------------------------------------------------- two columns
COLS = [
    ("一、做大主导产业", "裘望舒", [
        T("引进新能源装备整机项目", "3个，带动配套企业落户15家以上", [], ["开发区招商服务局"], ["开发区经济发展局", "开发区财政金融局"]),
        T("建成智能传感器产业园一期", "标准厂房18万平方米，年内交付使用", [], ["开发区建设管理局"], ["开发区自然资源分局"]),
        T("推动规上工业企业数字化改造", "覆盖率达到65%，培育市级智能工厂4家", [], ["开发区经济发展局"], ["开发区科技创新局"]),
        T("设立产业引导基金子基金", "2支，撬动社会资本12亿元", [], ["开发区财政金融局"], ["开发区招商服务局", "开发区国有资产运营公司"]),
        T("组织产业链供需对接活动", "20场，促成本地配套采购额30亿元", [], ["开发区经济发展局"], ["开发区商务局"]),
        T("培育专精特新中小企业", "新增认定28家，推动3家企业上市辅导备案", [], ["开发区科技创新局"], ["开发区财政金融局"]),
    ]),
    ("二、提升园区承载能力", "雷知远", [
        T("打通滨湖大道至港前路断头路", "4条，新建市政管网22公里", [], ["开发区建设管理局"], ["开发区城市管理局"]),
        T("新建220千伏变电站", "1座，完成园区配电网改造升级", [], ["开发区建设管理局"], ["国网槐岭供电公司"]),
        T("盘活低效闲置工业用地", "1200亩，清理批而未供土地800亩", [], ["开发区自然资源分局"], ["开发区经济发展局", "开发区招商服务局"]),
        T("建设人才公寓", "1600套，配建邻里中心2处", [], ["开发区国有资产运营公司"], ["开发区社会事务局"]),
        T("实施污水处理厂扩容提标工程", "日处理能力达到8万吨", [], ["开发区生态环境分局"], ["开发区建设管理局"]),
        T("推进工业园区循环化改造", "实现固废综合利用率92%以上", [], ["开发区生态环境分局"], ["开发区经济发展局"]),
    ]),
    ("三、优化营商环境", "雷知远", [
        T("推行企业投资项目承诺制", "审批时限压减至30个工作日以内", [], ["开发区行政审批局"], ["开发区自然资源分局", "开发区建设管理局"]),
        T("建立企业服务专员制度", "联系服务重点企业320家，问题办结率98%以上", [], ["开发区营商环境办"], ["开发区各职能部门"]),
        T("开展涉企收费专项清理", "全年为企业减负2.6亿元", [], ["开发区财政金融局"], ["开发区市场监管分局"]),
        T("建成知识产权快速维权中心", "专利预审周期缩短至1个月", [], ["开发区市场监管分局"], ["开发区科技创新局"]),
        T("完善园区法律服务站", "为企业提供合规体检150次", [], ["开发区党政办公室"], ["开发区司法所"]),
        T("落实外贸企业出口信用保险补贴", "扶持外贸企业90家", [], ["开发区商务局"], ["开发区财政金融局"]),
    ]),
    ("四、办好民生实事", "宁秋白", [
        T("新建公办幼儿园", "2所，新增学位720个", [], ["开发区社会事务局"], ["开发区建设管理局"]),
        T("改造老旧小区", "9个，加装电梯46部", [], ["开发区建设管理局"], ["开发区城市管理局", "各社区"]),
        T("开通园区通勤公交线路", "5条，实现重点企业全覆盖", [], ["开发区城市管理局"], ["开发区社会事务局"]),
        T("建设社区嵌入式服务设施", "6处，提供托育助餐等服务", [], ["开发区社会事务局"], ["各社区"]),
        T("开展职工技能提升培训", "8000人次，发放培训补贴", [], ["开发区社会事务局"], ["开发区总工会"]),
        T("新建口袋公园", "12个，新增绿地面积9公顷", [], ["开发区城市管理局"], ["开发区建设管理局"]),
    ]),
]


def two_columns():
    name = "struct-pdf-two-column-plan"
    tasks = []
    items = []
    n = 0
    for head, leader, ts in COLS:
        items.append('<h2>%s</h2>' % escape(head))
        items.append('<p class="lab">分管领导：%s（管委会副主任）</p>' % leader)
        for i, (key, text, _, leads, units) in enumerate(ts):
            n += 1
            tasks.append((key, text, [leader], leads, units))
            if i % 2 == 0:
                # the annotation in a bracket closing the item, wrapping
                items.append('<p>%d．%s。（牵头单位：%s；配合单位：%s）</p>' % (n, escape(text), leads[0], "、".join(units)))
            else:
                # label lines below the item
                items.append('<p>%d．%s。</p>' % (n, escape(text)))
                items.append('<p class="lab">牵头单位：%s</p>' % leads[0])
                items.append('<p class="lab">配合单位：%s</p>' % "、".join(units))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>槐岭经济开发区2026年重点工作任务分工方案</title>
<style>
@page { size: A4; margin: 2.2cm 2cm 2.2cm 2cm;
  @top-center { content: "槐岭经济开发区管理委员会"; font-family: "Noto Serif CJK SC"; font-size: 9pt; }
  @bottom-center { content: "- " counter(page) " -"; font-family: "Noto Serif CJK SC"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 11.5pt; line-height: 1.55; }
h1 { font-size: 17pt; text-align: center; font-weight: normal; margin: 0 0 0.6em 0; }
h2 { font-size: 12pt; margin: 0.3em 0 0 0; }
p { margin: 0; text-align: justify; }
.notice { text-indent: 2em; margin-bottom: 0.8em; }
.cols { column-count: 2; column-gap: 2.2em; }
.lab { padding-left: 2em; }
.close { text-indent: 2em; margin-top: 0.8em; }
.sign { text-align: right; }
</style></head><body>
<h1>槐岭经济开发区2026年重点工作任务分工方案</h1>
<p class="notice">为推动开发区党工委、管委会年度工作会议确定的各项任务落地见效，现将重点工作逐项分解到管委会领导和责任单位。各牵头单位要细化推进计划，配合单位要主动对接、形成合力，每季度末将进展情况报党政办公室汇总。</p>
<div class="cols">
%s
</div>
<p class="close">各责任单位要把重点工作纳入本单位年度考核，党政办公室按季度开展督查，督查结果在管委会主任办公会上通报，对推进不力的单位予以约谈。</p>
<p class="sign">槐岭经济开发区管理委员会</p>
<p class="sign">2026年2月26日</p>
</body></html>
""" % "\n".join(items)
    with open(os.path.join(HERE, name + ".html"), "w") as f:
        f.write(html)
    want(name, tasks, "two text columns under a full-width title and notice; leaders by 分管领导 lines, roles in brackets or label lines.")


# -------------------------------------------------- a table continued over pages
SENIOR = "县委常委、常务副县长"
ROWS = [
    # (key, rest, goal, leader title, leader, lead, units, deadline, page break before)
    ("清理历年暂付款", "挂账", "分类制定消化方案", SENIOR, "柏东岳", "县财政局", "县审计局", "2026年6月30日"),
    ("规范国有企业负责人薪酬", "管理", "出台薪酬考核办法", SENIOR, "柏东岳", "县国资服务中心", "县人社局", "2026年8月31日"),
    ("整改专项债券资金闲置", "问题", "调整用途并加快支出", SENIOR, "柏东岳", "县发改局", "县财政局、县住建局", "2026年9月30日"),
    ("追缴土地出让金欠款", "1.3亿元", "逐户约谈限期缴纳", "副县长", "钟岱川", "县自然资源局", "县财政局、县税务局", "2026年12月31日"),
    ("完善农村集体资产台账", "", "全面清产核资", "副县长", "钟岱川", "县农业农村局", "各乡镇人民政府", "2026年10月31日"),
    ("纠正涉农补贴重复发放", "问题", "追回资金并建立比对机制", "副县长", "钟岱川", "县农业农村局", "县民政局", "2026年7月31日"),
    ("规范政府购买服务", "行为", "修订购买服务目录", SENIOR, "柏东岳", "县财政局", "县司法局", "2026年9月30日"),
    ("盘活闲置办公用房", "", "建立公物仓统一调剂", SENIOR, "柏东岳", "县机关事务中心", "县财政局", "2026年12月31日"),
    # page 2: no 配合单位 on any row; the first row's leader wraps to two lines
    ("提高医疗服务价格执行合规率", "", "开展价格专项检查", "县政府副县长", "黎若华", "县医保局", "", "2026年6月30日", True),
    ("落实城乡居民医保参保补助", "", "核实参保身份信息", "副县长", "黎若华", "县医保局", "", "2026年9月30日"),
    ("规范学校课后服务收费", "", "建立收费公示制度", "副县长", "黎若华", "县教育局", "", "2026年8月31日"),
    ("加快保障性住房分配入住", "", "开展资格联审", "副县长", "钟岱川", "县住建局", "", "2026年11月30日"),
    ("整改养老机构补贴发放", "滞后", "按季度拨付补贴", "副县长", "黎若华", "县民政局", "", "2026年7月31日"),
    ("规范公立医院药品采购", "", "推行集中带量采购", "副县长", "黎若华", "县卫健局", "", "2026年10月31日"),
    # page 3: the first row's leader wraps to three lines
    ("清理拖欠中小企业账款", "", "建立清欠台账按月销号", SENIOR + "兼县政府办公室主任", "柏东岳", "县工信局", "县财政局、县司法局", "2026年6月30日", True),
    ("整改公共资源交易违规", "问题", "开展交易项目回头看", SENIOR, "柏东岳", "县公共资源交易中心", "县发改局", "2026年9月30日"),
    ("规范非税收入征缴", "", "推行电子缴款", SENIOR, "柏东岳", "县财政局", "县税务局", "2026年8月31日"),
    ("完善乡镇财政资金监管", "", "建立资金支付审核制度", SENIOR, "柏东岳", "县财政局", "各乡镇人民政府", "2026年12月31日"),
    ("推进审计发现问题线索移送", "办理", "建立移送办理台账", "副县长", "钟岱川", "县审计局", "县纪委监委机关", "2026年10月31日"),
]


def continued_table():
    name = "tbl-pdf-continued-middle-rows"
    tasks = []
    trs = ['<tr class="hd"><th class="n">序号</th><th class="t">审计发现问题</th><th class="m">整改措施</th>'
           '<th class="l">责任领导</th><th class="u">牵头单位</th><th class="u">配合单位</th><th class="d">整改时限</th></tr>']
    for i, r in enumerate(ROWS, 1):
        key, rest, goal, title, leader, lead, units, deadline = r[:8]
        brk = len(r) > 8 and r[8]
        us = units.split("、") if units else []
        tasks.append((key, key + rest, [leader], [lead], us))
        trs.append('<tr%s><td>%d</td><td>%s</td><td>%s</td><td>%s%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
            ' class="pb"' if brk else "", i, escape(key + rest), escape(goal), title, leader, lead, units, deadline))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄湾县2025年度审计发现问题整改责任清单</title>
<style>
@page { size: A4 landscape; margin: 1.6cm 1.8cm 1.6cm 1.8cm;
  @top-center { content: "澄湾县审计整改工作领导小组办公室"; font-family: "Noto Serif CJK SC"; font-size: 9pt; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC"; font-size: 10pt; } }
body { font-family: "Noto Serif CJK SC"; font-size: 11pt; line-height: 1.45; }
h1 { font-size: 16pt; text-align: center; font-weight: normal; margin: 0 0 0.5em 0; }
p { margin: 0 0 0.6em 0; text-indent: 2em; }
table { border-collapse: collapse; width: 100%%; }
td, th { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; font-weight: normal; text-align: left; }
tr { break-inside: avoid; }
tr.pb { break-before: page; }
th.n { width: 2.2em; } th.t { width: 15em; } th.m { width: 11em; } th.l { width: 6.5em; } th.u { width: 8em; } th.d { width: 7em; }
</style></head><body>
<h1>澄湾县2025年度审计发现问题整改责任清单</h1>
<p>对照县审计局年度审计工作报告反映的问题，逐项明确责任领导、牵头单位、配合单位和整改时限。牵头单位对整改结果负总责，配合单位按职责抓好落实，整改完成后报县审计局核验销号。</p>
<table>
%s
</table>
<p>各牵头单位于每月25日前报送整改进展，逾期未完成的须书面说明原因。</p>
</body></html>
""" % "\n".join(trs)
    with open(os.path.join(HERE, name + ".html"), "w") as f:
        f.write(html)
    want(name, tasks, "a middle-aligned table printed with its header once; rows continued over two pages, wrapped leader cells, a continued page with an empty column.")


if __name__ == "__main__":
    two_columns()
    continued_table()
