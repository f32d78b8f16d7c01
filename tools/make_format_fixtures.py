#!/usr/bin/env python3
"""Generates fixtures/formats/ from the seed reports in fixtures/reports/*.txt.

Each seed is written the ways reports reach users, so the parity tests can check that every
format decodes to the seed's text (crates/core/tests/decode_parity.rs):

  {id}.gbk.txt            GBK (GB18030 where the seed has a character GBK lacks)
  {id}.utf16le-bom.txt    UTF-16LE with a byte-order mark (Windows Notepad's "Unicode")
  {id}.utf16le.txt        UTF-16LE without a BOM
  {id}.utf16be.txt        UTF-16BE without a BOM
  {id}.html               a government web page: GBK, <meta charset=gb2312>, header, navigation,
                          breadcrumb, scripts, share bar, footer
  {id}.mhtml              the same page as Chrome saves it (quoted-printable), seeds 000 and 004
  {id}.docx               Word: headings with automatic numbering (w:numPr) wherever the seed's
                          markers count up as Word would, the signature lines in a table
  {id}.ttf.pdf            PDF with an embedded CJK TrueType subset (WenQuanYi Zen Hei) and
                          ToUnicode maps (reportlab), wrapped and justified paragraphs
  {id}.gbk-cmap.pdf       PDF whose Chinese font uses the predefined GBK-EUC-H CMap with no
                          ToUnicode map (hand-written, as many official PDFs are), seeds 000, 002
  {id}.ucs2-cmap.pdf      PDF with reportlab's STSong-Light and UniGB-UCS2-H, seed 002
  {id}.ofd                OFD (GB/T 33190-2016) written here to the standard: OFD.xml → Document.xml
                          → Pages/Page_n/Content.xml, one TextObject per line (Boundary, Size,
                          TextCode X/Y/DeltaX with `g n v` repeats), GB/T 9704 page layout, page
                          numbers; seeds 001 and 003 have page files in GB18030, declared
  {id}.rtf                RTF: the {id}.docx converted by LibreOffice (`--convert-to rtf`; \\uN
                          escapes, \\listtext markers, \\cell/\\row tables), seeds 000 and 002
  {id}.doc                Word 97–2003: the {id}.docx converted by LibreOffice (Debian's
                          libreoffice-writer-nogui, `soffice --convert-to 'doc:MS Word 97'`), so
                          the automatic numbering and the table become LST/LFO lists and table
                          paragraphs of the binary format

Bad inputs for the CLI tests go to fixtures/formats/bad/ (a zip bomb docx, with honest and
with lying sizes; an encrypted PDF; a scanned PDF; a truncated docx; a legacy .doc header).

Real files published by governments and others are in fixtures/formats/real/ (see its README);
they are copied, not generated.

Run with Python 3 and `pip install reportlab` (only the .ttf.pdf and .ucs2-cmap.pdf need it);
the .doc files need LibreOffice (`apt-get install libreoffice-writer-nogui`); without it the
committed ones are kept:
    python3 tools/make_format_fixtures.py
The outputs are committed; tests never run Python.
"""

import html
import io
import os
import quopri
import re
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "fixtures", "reports")
OUT = os.path.join(ROOT, "fixtures", "formats")
BAD = os.path.join(OUT, "bad")
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def seeds():
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
                yield name[:3], f.read()


def write(name, data, folder=OUT):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def gbk(text):
    """GBK where possible; the few characters GBK lacks (EN SPACE, NBSP) as GB18030."""
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return text.encode("gb18030")


# ---------------------------------------------------------------- plain text


def plain(seed_id, text):
    write(f"{seed_id}.gbk.txt", gbk(text))
    write(f"{seed_id}.utf16le-bom.txt", b"\xff\xfe" + text.encode("utf-16-le"))
    write(f"{seed_id}.utf16le.txt", text.encode("utf-16-le"))
    write(f"{seed_id}.utf16be.txt", text.encode("utf-16-be"))


# ---------------------------------------------------------------- web page

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="keywords" content="法治政府建设,年度报告" />
<title>{title}_{site}</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
  .TRS_Editor p {{ text-indent: 2em; line-height: 2; }}
  #zoom {{ font-size: 16px; }}
</style>
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">
  var _hmt = _hmt || [];
  function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
  if (window.location.href.indexOf("<p>") > 0) {{ document.write("<div>不是正文</div>"); }}
</script>
</head>
<body>
<div class="header">
  <div class="top-bar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
  <a href="/">设为首页</a> | <a href="#">加入收藏</a> | <a href="/wza/">无障碍</a></div>
  <div class="logo"><img src="/images/logo.png" alt="{site}" /><h2>{site}</h2></div>
</div>
<div id="nav" class="nav">
  <ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li><li><a href="/fzzfjs/">法治政府建设</a></li></ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzfjs/">法治政府建设</a></div>
<div class="main">
<div class="article">
<div class="content">
<div id="zoom" class="TRS_Editor">
{body}
</div>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer" id="footer">
  <p>主办单位：{site} &nbsp; 承办单位：办公室</p>
  <p>网站标识码：4502000001 &nbsp; <a href="https://beian.miit.gov.cn">桂ICP备05012345号</a> &nbsp; 桂公网安备 45020002000123号</p>
  <p>Copyright &copy; 2024 All Rights Reserved</p>
</div>
<script type="text/javascript">
  (function() {{ var hm = document.createElement("script"); hm.src = "/stat.js"; }})();
</script>
</body>
</html>
"""


def title_of(text):
    for line in text.splitlines():
        if "报告" in line and len(line.strip()) < 60:
            return line.strip()
    return "法治政府建设年度报告"


def page(seed_id, text):
    """The page's HTML as a str. Even seeds use <p> paragraphs, odd seeds <br> lines in a <div>."""
    lines = text.splitlines()
    if int(seed_id) % 2 == 0:
        body = "\n".join(
            f'<p style="text-indent:2em;">{html.escape(l.strip(), quote=False)}</p>' if l.strip() else "<p>&nbsp;</p>"
            for l in lines
        )
    else:
        body = "<div>\n" + "<br />\n".join("&nbsp;&nbsp;" + html.escape(l.strip(), quote=False) for l in lines) + "\n</div>"
    site = "柳州市人民政府门户网站"
    return PAGE.format(title=html.escape(title_of(text)), site=site, body=body)


def web(seed_id, text):
    markup = page(seed_id, text)
    data = markup.encode("gbk", errors="xmlcharrefreplace")
    write(f"{seed_id}.html", data)
    if seed_id in ("000", "004"):
        boundary = "----MultipartBoundary--Gangmu0123456789abcdef----"
        qp = quopri.encodestring(data, quotetabs=False).replace(b"\n", b"\r\n")
        mhtml = (
            "From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: http://www.liuzhou.gov.cn/zwgk/fzzfjs/{seed_id}.shtml\r\n"
            "Subject: =?utf-8?Q?report?=\r\n"
            "Date: Thu, 28 Mar 2024 09:30:00 +0800\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            '\ttype="text/html";\r\n'
            f'\tboundary="{boundary}"\r\n\r\n\r\n'
            f"--{boundary}\r\n"
            "Content-Type: text/html\r\n"
            "Content-ID: <frame-0123@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: http://www.liuzhou.gov.cn/zwgk/fzzfjs/{seed_id}.shtml\r\n\r\n"
        ).encode() + qp + (
            f"\r\n--{boundary}\r\n"
            "Content-Type: text/css\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: http://www.liuzhou.gov.cn/images/style.css\r\n\r\n"
            ".TRS_Editor p { text-indent: 2em; }\r\n"
            f"--{boundary}--\r\n"
        ).encode()
        write(f"{seed_id}.mhtml", mhtml)


# ---------------------------------------------------------------- docx

CN = "零一二三四五六七八九"


def cn_number(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_value(s):
    if s == "十":
        return 10
    if len(s) == 1:
        return CN.index(s) if s in CN else None
    if s[0] == "十":
        return 10 + CN.index(s[1]) if s[1] in CN else None
    if len(s) == 2 and s[1] == "十":
        return CN.index(s[0]) * 10
    if len(s) == 3 and s[1] == "十":
        return CN.index(s[0]) * 10 + CN.index(s[2])
    return None


# (level, regex, lvlText for that writing, number format)
MARKERS = [
    (0, re.compile(r"^([一二三四五六七八九十]+)、"), "%1、", "chineseCounting"),
    (1, re.compile(r"^（([一二三四五六七八九十]+)）"), "（%2）", "chineseCounting"),
    (1, re.compile(r"^\(([一二三四五六七八九十]+)\)"), "(%2)", "chineseCounting"),
    (2, re.compile(r"^([0-9]+)\.(?![0-9])"), "%3.", "decimal"),
    (2, re.compile(r"^([0-9]+)．"), "%3．", "decimal"),
    (3, re.compile(r"^（([0-9]+)）"), "（%4）", "decimal"),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def x(s):
    return html.escape(s, quote=False)


def docx(seed_id, text):
    lines = text.split("\n")
    # Which writing each level uses: the first one seen.
    level_text = {}
    for line in lines:
        for level, rx, lvl_text, fmt in MARKERS:
            if rx.match(line.strip()) and level not in level_text:
                level_text[level] = (lvl_text, fmt)
    counters = [0, 0, 0, 0]
    paragraphs = []
    # The last two non-empty lines (issuer, date) go into a one-column table, one row each.
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    table_rows = set(nonempty[-2:]) if len(nonempty) > 4 else set()
    table = []
    for i, line in enumerate(lines):
        if i in table_rows:
            table.append(line)
            continue
        numbered = None
        stripped = line.lstrip()
        for level, rx, lvl_text, fmt in MARKERS:
            m = rx.match(stripped)
            if not m or level_text.get(level, (None,))[0] != lvl_text:
                continue
            value = cn_value(m.group(1)) if fmt == "chineseCounting" else int(m.group(1))
            # Automatic only where Word's counter would write the same marker.
            if value == counters[level] + 1 and line == stripped:
                counters[level] = value
                for deeper in range(level + 1, 4):
                    counters[deeper] = 0
                numbered = (level, stripped[m.end():])
            break
        if numbered:
            level, rest = numbered
            paragraphs.append(
                f'<w:p><w:pPr><w:pStyle w:val="Heading{level + 1}"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                f'<w:r><w:t xml:space="preserve">{x(rest)}</w:t></w:r></w:p>'
            )
        elif line:
            paragraphs.append(f'<w:p><w:r><w:t xml:space="preserve">{x(line)}</w:t></w:r></w:p>')
        else:
            paragraphs.append("<w:p/>")
    if table:
        rows = "".join(
            f'<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">{x(r)}</w:t></w:r></w:p></w:tc></w:tr>'
            for r in table
        )
        paragraphs.append(f'<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/><w:jc w:val="right"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>{rows}</w:tbl><w:p/>')
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
        + "".join(paragraphs)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr></w:body></w:document>'
    )
    lvls = ""
    for level in range(4):
        lvl_text, fmt = level_text.get(level, (["%1、", "（%2）", "%3.", "（%4）"][level], ["chineseCounting", "chineseCounting", "decimal", "decimal"][level]))
        lvls += f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W}>'
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    styles = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    for level in range(4):
        styles += f'<w:style w:type="paragraph" w:styleId="Heading{level + 1}"><w:name w:val="heading {level + 1}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{level}"/></w:pPr></w:style>'
    styles += "</w:styles>"
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{x(title_of(text))}</dc:title><dc:creator>司法局</dc:creator></cp:coreProperties>"
    )
    write(f"{seed_id}.docx", package(document, numbering, styles, core))


def package(document, numbering, styles, core):
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    )
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", doc_rels),
            ("word/numbering.xml", numbering),
            ("word/styles.xml", styles),
            ("docProps/core.xml", core),
        ]:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 28, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF (reportlab)


def reportlab_pdf(seed_id, text, font, filename):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24, alignment=TA_JUSTIFY, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=28, firstLineIndent=0, alignment=TA_CENTER)
    story = []
    for line in text.splitlines():
        if not line.strip():
            continue
        style = title if line.strip() == title_of(text) else body
        story.append(Paragraph(html.escape(line.strip(), quote=False), style))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm, bottomMargin=35 * mm,
                            title=title_of(text), author="司法局", creator="Gangmu fixtures", invariant=1)

    def page_number(canvas, doc):
        canvas.setFont(font, 10)
        canvas.drawCentredString(A4[0] / 2, 20 * mm, f"- {doc.page} -")

    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    write(filename, buf.getvalue())


def ttf_pdf(seed_id, text):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    reportlab_pdf(seed_id, text, "WQY", f"{seed_id}.ttf.pdf")


def ucs2_pdf(seed_id, text):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    reportlab_pdf(seed_id, text, "STSong-Light", f"{seed_id}.ucs2-cmap.pdf")


# ---------------------------------------------------------------- PDF (hand-written, GBK-EUC-H)


def pdf_file(objects, trailer_extra=""):
    """A PDF from object bodies (bytes); object n is objects[n-1]; 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data, extra=b"", compress=True):
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def width(ch):
    return 0.5 if ord(ch) < 0x80 else 1.0


def wrap(line, per_line, indent):
    """Splits a paragraph into lines of at most `per_line` ems, the first indented."""
    out, cur, used, limit = [], "", indent, per_line
    for ch in line:
        if used + width(ch) > limit:
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += width(ch)
    out.append(cur)
    return out


def gbk_cmap_pdf(seed_id, text):
    size, leading, left, top, per_line, lines_per_page = 12, 20, 80, 770, 36, 34
    pages, cur = [], []
    for para in text.splitlines():
        para = para.strip()
        if not para:
            continue
        for k, l in enumerate(wrap(para, per_line, 2)):
            x = left + (2 * size if k == 0 else 0)
            cur.append((x, l))
            if len(cur) == lines_per_page:
                pages.append(cur)
                cur = []
    if cur:
        pages.append(cur)
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 descendant, 5 info; then page, content pairs.
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n_pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /GBK-EUC-H /DescendantFonts [4 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [1 95 500] >>",
        b"<< /Producer (Gangmu fixtures) >>",
    ]
    for i, lines in enumerate(pages):
        ops = [b"BT", b"/F1 %d Tf" % size]
        y = top
        for x, l in lines:
            ops.append(b"1 0 0 1 %d %d Tm <%s> Tj" % (x, y, gbk(l).hex().upper().encode()))
            y -= leading
        ops.append(b"ET")
        ops.append(b"BT /F1 10 Tf 290 50 Td (- %d -) Tj ET" % (i + 1))
        content = b"\n".join(ops)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {7 + 2 * i} 0 R >>".encode())
        objects.append(stream(content))
    write(f"{seed_id}.gbk-cmap.pdf", pdf_file(objects, "/Info 5 0 R "))


# ---------------------------------------------------------------- bad inputs


def bad_inputs(sample_docx):
    # A zip bomb: 64 MiB + 1 of zeros as word/document.xml (deflates about 1000:1).
    big = 64 * 1024 * 1024 + 1
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("word/document.xml", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=False) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):
                f.write(chunk)
            f.write(b"\0")
        z.writestr("[Content_Types].xml", "<Types/>")
    bomb = buf.getvalue()
    write("bomb.docx", bomb, BAD)
    # The same bomb with its sizes lying (1 000 bytes) in both headers: only the inflation cap stops it.
    lying = bytearray(bomb)
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = lying.find(sig)
        lying[at + size_at:at + size_at + 4] = (1000).to_bytes(4, "little")
    write("bomb-lying.docx", bytes(lying), BAD)
    write("truncated.docx", sample_docx[: len(sample_docx) // 2], BAD)
    # An OLE2 compound file header, as every .doc starts.
    write("legacy.doc", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504, BAD)
    # An encrypted PDF (RC4, empty user password): the Encrypt entry is what matters.
    enc = pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            stream(bytes(range(256)), compress=False),
            b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <%s> /U <%s> >>" % (b"00" * 32, b"11" * 32),
        ],
        "/Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ",
    )
    write("encrypted.pdf", enc, BAD)
    # A scanned page: one grey image drawn over the page, no text.
    image = zlib.compress(bytes([200]) * (100 * 140), 9)
    scan = pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
            stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q"),
            b"<< /Type /XObject /Subtype /Image /Width 100 /Height 140 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(image)
            + image
            + b"\nendstream",
        ]
    )
    write("scanned.pdf", scan, BAD)


# ---------------------------------------------------------------- OFD (GB/T 33190-2016)

OFD_NS = "http://www.ofdspec.org/2016"


def ofd_deltas(values):
    """DeltaX as the standard writes it: runs of one value as `g n v`."""
    out, i = [], 0
    while i < len(values):
        j = i
        while j < len(values) and values[j] == values[i]:
            j += 1
        n = j - i
        v = f"{values[i]:g}"
        out.append(f"g {n} {v}" if n > 2 else " ".join([v] * n))
        i = j
    return " ".join(out)


def ofd(seed_id, text, xml_encoding="UTF-8"):
    """An OFD laid out as a GB/T 9704 document: A4, 28 mm left and 26 mm right margins
    (156 mm, 28 characters of 三号 16 pt = 5.64 mm), 22 lines a page, the title in 二号
    (7.76 mm) centred, paragraphs indented two characters and wrapped, `- n -` page numbers.
    Each line is a TextObject whose Boundary is the line's box and whose TextCode places the
    first character at X 0, Y (the baseline) and the next ones by DeltaX. `xml_encoding`
    other than UTF-8 writes the page files in that encoding, declared."""
    size, title_size, left, top, width_mm, pitch, per_page = 5.64, 7.76, 28.0, 37.0, 156.0, 10.2, 22
    title = title_of(text)
    lines = []  # (x, size, text)
    for para in text.splitlines():
        para = para.strip()
        if not para:
            continue
        if para == title:
            w = sum(width(c) for c in para) * title_size
            lines.append((left + (width_mm - w) / 2, title_size, para))
            continue
        for k, l in enumerate(wrap(para, 28, 2)):
            lines.append((left + (2 * size if k == 0 else 0), size, l))
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]

    def text_object(oid, x, y, sz, s, font):
        dx = [round(width(c) * sz, 2) for c in s[:-1]]
        w = sum(width(c) for c in s) * sz
        return (f'<ofd:TextObject ID="{oid}" Boundary="{x:.2f} {y:.2f} {w:.2f} {sz * 1.2:.2f}" Font="{font}" Size="{sz}">'
                f'<ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{sz:.2f}" DeltaX="{ofd_deltas(dx)}">{html.escape(s, quote=False)}</ofd:TextCode>'
                f'</ofd:TextObject>')

    files = {}
    oid = 100
    page_refs = []
    for n, page_lines in enumerate(pages):
        objs = []
        for k, (x, sz, s) in enumerate(page_lines):
            oid += 1
            objs.append(text_object(oid, x, top + k * pitch, sz, s, 3 if sz == title_size else 2))
        oid += 1
        number = f"- {n + 1} -"
        objs.append(text_object(oid, 105 - len(number) * 2.5 / 2, 297 - 25, 5.0, number, 2))
        body = (f'<?xml version="1.0" encoding="{xml_encoding}"?>\n'
                f'<ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{oid + 1}">'
                + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
        oid += 1
        files[f"Doc_0/Pages/Page_{n}/Content.xml"] = body.encode(xml_encoding.lower())
        page_refs.append(f'<ofd:Page ID="{oid + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>')
        oid += 1
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="2" FontName="仿宋" FamilyName="仿宋"/><ofd:Font ID="3" FontName="方正小标宋简体" FamilyName="方正小标宋简体"/>'
        "</ofd:Fonts></ofd:Res>").encode()
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{oid + 1}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{''.join(page_refs)}</ofd:Pages></ofd:Document>").encode()
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f"<ofd:DocID>{seed_id:0>32}</ofd:DocID><ofd:Title>{html.escape(title, quote=False)}</ofd:Title>"
        "<ofd:CreationDate>2024-03-28</ofd:CreationDate><ofd:Creator>Gangmu fixtures</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"] + [f"Doc_0/Pages/Page_{n}/Content.xml" for n in range(len(pages))]:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 28, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name])
    write(f"{seed_id}.ofd", buf.getvalue())


def libreoffice(seed_ids, target, ext):
    """Converts the written {id}.docx files with LibreOffice to `target` (a filter such as
    'doc:MS Word 97'), writing {id}.{ext}. Skipped, with a note, when soffice is missing."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice")
    if not soffice:
        print(f"soffice not found: kept the committed .{ext} fixtures", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        sources = [os.path.join(OUT, f"{i}.docx") for i in seed_ids]
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", target, "--outdir", tmp, *sources],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for i in seed_ids:
            with open(os.path.join(tmp, f"{i}.{ext}"), "rb") as f:
                write(f"{i}.{ext}", f.read())


def bad_legacy():
    """Damaged .doc files, from the converted seed 000."""
    with open(os.path.join(OUT, "000.doc"), "rb") as f:
        doc = f.read()
    # Cut off like an unfinished download.
    write("truncated.doc", doc[: len(doc) // 2], BAD)


def main():
    sample_docx = None
    for seed_id, text in seeds():
        plain(seed_id, text)
        web(seed_id, text)
        docx(seed_id, text)
        with open(os.path.join(OUT, f"{seed_id}.docx"), "rb") as f:
            sample_docx = sample_docx or f.read()
        ttf_pdf(seed_id, text)
        if seed_id in ("000", "002"):
            gbk_cmap_pdf(seed_id, text)
        if seed_id == "002":
            ucs2_pdf(seed_id, text)
    bad_inputs(sample_docx)
    ids = [seed_id for seed_id, _ in seeds()]
    libreoffice(ids, "doc:MS Word 97", "doc")
    libreoffice(["000", "002"], "rtf", "rtf")
    for seed_id, text in seeds():
        ofd(seed_id, text, "GB18030" if seed_id in ("001", "003") else "UTF-8")
    bad_legacy()
    total = sum(os.path.getsize(os.path.join(d, f)) for d in (OUT, BAD) for f in os.listdir(d) if os.path.isfile(os.path.join(d, f)))
    print(f"fixtures/formats: {total // 1024} KB")


if __name__ == "__main__":
    sys.exit(main())
