"""The reviewer's page as one standalone HTML file, carrying the other formats as
downloads and the pages of the rules it cites."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..._model import FileResult
from ..base import Format, RenderContext
from . import page
from .common import both
from .markdown import markdown


#: Download links named for people where the file type says little.
_LINK = {"lawgov.docx": ("Word（带批注）", "Word (with comments)"),
         "审核情况通报.docx": ("审核情况通报（Word 初稿）", "review notice (Word draft)")}


def _downloads(files: Sequence[FileResult], ctx: RenderContext) -> str:
    """Links that save the results, carried in the page (nothing is kept on a server)."""
    from .. import csv, json, sarif

    links = [("lawgov.json", "application/json", json.FORMAT.render(files, ctx)),
             ("lawgov.csv", "text/csv", csv.FORMAT.render(files, ctx)),
             ("lawgov.sarif", "application/sarif+json", sarif.FORMAT.render(files, ctx))]
    try:
        from .. import xlsx

        links.append(("lawgov.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      xlsx.FORMAT.render(files, ctx)))
    except ImportError:  # openpyxl is part of the web extra
        pass
    media = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if len(files) == 1 and files[0].result is not None:
        from .. import docx

        links.append(("lawgov.docx", media, docx.FORMAT.render(files, ctx)))
    elif len(files) > 1:
        from .. import notice

        links.append(("审核情况通报.docx", media, notice.FORMAT.render(files, ctx)))
    items = "".join(
        f'<a download="{name}" href="{page.data_url(body, kind)}">'
        f'{both(*_LINK.get(name, (name.split(".")[1].upper(),) * 2))}</a>' for name, kind, body in links)
    return f'<nav class="downloads">{both("下载结果：", "download: ")}{items}</nav>'


def rule_pages(files: Sequence[FileResult], ctx: RenderContext) -> dict[str, str]:
    """The page of every code found, as HTML (Chinese where there is a Chinese page
    and the page is Chinese)."""
    codes = {x.code for f in files for x in f.findings}
    docs = {r.code: r.doc(ctx.lang) for r in ctx.rules if r.code in codes}
    docs.update((code, None) for code in codes - docs.keys())
    return {code: markdown(doc) if doc else f"<h1>{escape(code)}</h1>" for code, doc in docs.items()}


class Html(Format):
    name = "html"
    streamable = False

    def render(self, files: Sequence[FileResult], ctx: RenderContext, *, nonce: str | None = None) -> str:
        return page.render(files, ctx.lang, nonce=nonce, rule_pages=rule_pages(files, ctx),
                           downloads=_downloads(files, ctx),
                           summaries={r.code: (r.summary, r.summary_en) for r in ctx.rules})


FORMAT = Html()
