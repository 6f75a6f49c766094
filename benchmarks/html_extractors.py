"""Compare article extractors on pages in the shapes of portal templates.

Pages are built from the example reports in four template shapes that government
portals use: a TRS article (``#zoom``/``.TRS_Editor``), a 政府信息公开 page with the
索引号 table and an unknown container class, a page with ``<br>`` lines and no ``<p>``,
and one with the article in a layout table. For each extractor it prints the share of
the report's paragraphs recovered verbatim, how many boilerplate strings leaked in,
and milliseconds per page. lawgov's own extractor always runs; trafilatura and
readability-lxml run when they are installed (they are not lawgov dependencies):

    python benchmarks/html_extractors.py
"""

from __future__ import annotations

import html as escape_html
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BOILERPLATE = ("索引号", "打印本页", "关闭窗口", "分享到", "相关文章", "网站标识码", "当前位置",
               "浏览次数", "主办单位", "信息公开目录", "document.write")


_menu = "".join(f'<li><a href="/l{i}">栏目{i}</a></li>' for i in range(12))


def _chrome(title: str, article: str, cls: str) -> str:
    e = escape_html.escape
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="2026-03-28"><title>{e(title)}_示例县人民政府</title>
<script>document.write("x")</script></head><body>
<div class="head"><a href="/">首页</a><a href="/a">信息公开</a><a href="/b">政务服务</a><a href="/c">互动交流</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/a">政府信息公开</a></div>
<div class="left"><h3>信息公开目录</h3><ul>{_menu}</ul></div>
<table class="meta"><tr><td>索引号：</td><td>000000/2026-00012</td><td>发布机构：</td><td>示例镇人民政府</td></tr></table>
<div class="{cls}"><h1>{e(title)}</h1><div class="bar">发布时间：2026-03-28 浏览次数：35</div>{article}
<div class="share">分享到：<a>微信</a><a>微博</a></div><p><a>【打印本页】</a><a>【关闭窗口】</a></p>
<div class="rel">相关文章：<a href="/r1">示例镇2024年法治政府建设情况报告</a><a href="/r2">示例县2025年工作要点</a></div></div>
<div class="foot">主办单位：示例县人民政府办公室 网站标识码：0000000000</div></body></html>"""


def pages(text: str) -> dict[str, str]:
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    title, body = lines[0], lines[1:]
    e = escape_html.escape
    ps = "".join(f"<p>{e(ln)}</p>" for ln in body)
    return {
        "TRS #zoom": _chrome(title, f'<div id="zoom" class="TRS_Editor">{ps}</div>', "article"),
        "unknown container": _chrome(title, f'<div class="xl-nr">{ps}</div>', "wz-main"),
        "<br> lines": _chrome(title, '<div class="con">' + "<br>".join(e(ln) for ln in body) + "</div>",
                              "detail"),
        "layout table": _chrome(title, f'<table><tr><td class="bt_content">{ps}</td></tr></table>', "main"),
    }


def ours(page: str) -> str:
    from lawgov._read.html import extract

    return extract(page)[0]


def trafilatura_text(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page, include_tables=True) or ""


def readability_text(page: str) -> str:
    from readability import Document
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(Document(page).summary()).text(separator="\n")


def main() -> int:
    extractors = {"lawgov (selectolax)": ours}
    for name, fn, module in (("trafilatura", trafilatura_text, "trafilatura"),
                             ("readability-lxml", readability_text, "readability")):
        try:
            __import__(module)
            extractors[name] = fn
        except ImportError:
            print(f"({name} not installed: skipped)")
    reports = sorted((ROOT / "examples" / "reports").glob("*.txt"))
    print(f"{'extractor':22} {'template':18} {'paragraphs':>10} {'leaked':>6} {'ms/page':>8}")
    for name, fn in extractors.items():
        fn(pages("标题\n正文")["TRS #zoom"])  # imports happen outside the timing
        for template in pages("x\ny").keys():
            found = total = leaked = 0
            elapsed = 0.0
            for path in reports:
                text = path.read_text("utf-8")
                page = pages(text)[template]
                start = time.perf_counter()
                out = fn(page)
                elapsed += time.perf_counter() - start
                squashed = "".join(out.split())
                paras = [ln for ln in text.strip().split("\n")[1:] if ln.strip()]
                total += len(paras)
                found += sum("".join(p.split()) in squashed for p in paras)
                leaked += sum(b in out for b in BOILERPLATE)
            ms = elapsed / len(reports) * 1000
            print(f"{name:22} {template:18} {found:>4}/{total:<5} {leaked:>6} {ms:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
