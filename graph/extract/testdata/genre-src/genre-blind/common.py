"""Shared helpers of the genre-blind generators: the meaning of a document is a
list of sections of tasks (key, text, leaders, leads, units); the want file is
written from that meaning, never from the rendered document."""
import os, sys, zipfile
from xml.sax.saxutils import escape

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "genre-blind")
CN = "一二三四五六七八九十"


def T(key, rest="", leaders=(), leads=(), units=(), deadline=""):
    """A task whose text starts with its key."""
    return dict(key=key, text=key + rest, leaders=list(leaders), leads=list(leads), units=list(units), deadline=deadline)


def want(name, tasks, comment=""):
    keys = [t["key"] for t in tasks]
    for t in tasks:
        others = [k for k in keys if k != t["key"] and k in t["text"]]
        assert not others, (name, t["key"], others)
        assert sum(1 for u in tasks if t["key"] in u["text"]) == 1, (name, t["key"])
    lines = ["# %s: expected (task, role, name) triples, written from the meaning of each task" % name]
    if comment:
        lines += ["# " + c for c in comment.strip().split("\n")]
    for t in tasks:
        lines.append("%s\ttask\t-" % t["key"])
        lines += ["%s\tleader\t%s" % (t["key"], x) for x in t["leaders"]]
        lines += ["%s\tlead\t%s" % (t["key"], x) for x in t["leads"]]
        lines += ["%s\tunit\t%s" % (t["key"], x) for x in t["units"]]
    with open(os.path.join(OUT, name + ".want.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    assert len(tasks) >= 25, (name, len(tasks))


def write(name, ext, text, encoding="utf-8", newline="\n"):
    with open(os.path.join(OUT, name + "." + ext), "w", encoding=encoding, newline=newline) as f:
        f.write(text)


def flat(sections):
    return [t for _, ts in sections for t in ts]


# --- a minimal .docx writer (document.xml, optional numbering.xml) ---------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(txt, bold=False):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr><w:b/></w:rPr>" if bold else "", escape(txt))


def para(txt, bold=False, num=None, style=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num is not None:
        numid, ilvl = num
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, numid)
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", run(txt, bold) if txt else "")


def cell(txt, vmerge=None, span=None):
    pr = ""
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    body = "".join(para(x) for x in txt.split("\n")) if txt else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)


def table(rows, ncols):
    out = ["<w:tbl><w:tblGrid>" + "<w:gridCol/>" * ncols + "</w:tblGrid>"]
    for r in rows:
        out.append("<w:tr>" + "".join(r) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx(name, body, numbering=None):
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else "")
             + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (W, "".join(body)))
    stamp = (2025, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(os.path.join(OUT, name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp), types)
        z.writestr(zipfile.ZipInfo("_rels/.rels", stamp), rels)
        z.writestr(zipfile.ZipInfo("word/document.xml", stamp), doc)
        if numbering:
            z.writestr(zipfile.ZipInfo("word/_rels/document.xml.rels", stamp), docrels)
            z.writestr(zipfile.ZipInfo("word/numbering.xml", stamp),
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering %s>%s</w:numbering>' % (W, numbering))
