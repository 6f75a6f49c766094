"""Files for tests, built from report text: a portal page, an exported PDF, a .docx.

Each has the shape real published files have (the page its portal furniture, the PDF
its running header, page numbers and wrapped lines), so readers are tested on what
they will meet, while the text stays the project's own.
"""

import html as _html_escape
import io
import os


def portal_page(report_text, *, charset="utf-8", pubdate="2026-03-28 09:30", visible_date=None):
    """A page in the shape of a county portal's 政府信息公开 article template: header,
    navigation, breadcrumb, 索引号 table, info bar, the article in ``#zoom``, share bar,
    print/close links, related articles and footer."""
    lines = report_text.strip().split("\n")
    title, body = lines[0], lines[1:]
    esc = _html_escape.escape
    paras = "\n".join(f'<p style="text-indent:2em">{esc(ln)}</p>' for ln in body if ln.strip())
    meta = f'<meta name="PubDate" content="{pubdate}">' if pubdate else ""
    info = f"发布时间：{visible_date}　" if visible_date else ""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="示例县人民政府"><meta name="ArticleTitle" content="{esc(title)}">
{meta}<meta name="ContentSource" content="示例镇人民政府">
<title>{esc(title)}_示例县人民政府</title>
<script>document.write("<p>一、2019年推进法治政府建设的主要举措和成效</p>");</script>
<style>p {{ line-height: 2 }}</style></head>
<body><div class="top"><a href="/">首页</a><a href="/xxgk">信息公开</a><a href="/zwfw">政务服务</a>
<a href="/hdjl">互动交流</a><a href="/zjxx">走进示例</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk">政府信息公开</a> &gt; <a>法治政府建设</a></div>
<table class="xxgk"><tr><td>索引号：</td><td>11630000MB0000000X/2026-00012</td><td>发布机构：</td>
<td>示例镇人民政府</td></tr><tr><td>主题分类：</td><td>法治政府建设</td><td>成文日期：</td><td>2019-01-01</td></tr></table>
<div class="article"><h1>{esc(title)}</h1>
<div class="info">{info}来源：示例镇人民政府　浏览次数：128　字体：<a>大</a> <a>中</a> <a>小</a></div>
<div id="zoom" class="TRS_Editor">{paras}</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="tools"><a>【打印本页】</a><a>【关闭窗口】</a></div>
<div class="related">相关文章：<ul><li><a href="/a">示例镇2024年法治政府建设情况报告</a></li>
<li><a href="/b">示例镇2023年法治政府建设情况报告</a></li></ul></div></div>
<div class="footer">主办单位：示例县人民政府办公室　网站标识码：0000000000　ICP备00000000号</div>
</body></html>"""


def report_pdf(text, *, chars_per_line=28, lines_per_page=18, header="示例镇人民政府文件", font_file=None):
    """A PDF in the shape of an exported government document: a running header, the
    page number as “— N —” in the footer, and paragraphs wrapped at the page width.
    The font is the CID font STSong-Light, which needs no font file, or the TrueType
    ``font_file`` embedded as a subset (as LibreOffice and WPS export)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    if font_file is None:
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    else:
        font = "TTF-" + os.path.basename(font_file)
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, font_file, subfontIndex=0))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    lines = [ln for para in text.split("\n") if para.strip() for ln in _wrap(para, 2 * chars_per_line)]
    for page, start in enumerate(range(0, len(lines), lines_per_page), 1):
        c.setFont(font, 10)
        if header:
            c.drawString(72, height - 50, header)
        c.drawCentredString(width / 2, 40, f"— {page} —")
        c.setFont(font, 12)
        for i, line in enumerate(lines[start:start + lines_per_page]):
            c.drawString(72, height - 90 - 22 * i, line)
        c.showPage()
    c.save()
    return out.getvalue()


def _wrap(paragraph, width):
    """Lines of a paragraph as a layout engine breaks them: by the width the
    characters take (Chinese two units, digits and Latin letters one)."""
    from lawgov._util.text import display_width

    lines, line = [], ""
    for ch in paragraph:
        if display_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line]


def docx(text):
    import io
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in text.split("\n"))
    xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", xml)
    return out.getvalue()
