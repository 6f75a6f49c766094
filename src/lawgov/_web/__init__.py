"""``lawgov serve``: the reviewer's web page and a JSON API, on Starlette and uvicorn.

Starlette (a small, well-kept ASGI toolkit) and uvicorn (its reference server) are
the ``lawgov[web]`` extra. Nothing is kept: uploads are written to a temporary
directory that is removed before the answer is sent; no path from a request is
used except as a display name. Pages carry a Content-Security-Policy that allows
only the page's own script and style (a fresh nonce per answer).
"""

from __future__ import annotations

import os
import secrets
import tempfile
from html import escape

import regex

from .._check import default_plugin_manager
from .._read import DEFAULT_MAX_BYTES

#: How many reports one request may carry.
MAX_FILES = 300
#: Largest request body accepted, whatever it holds.
MAX_REQUEST = 200 * 1024 * 1024
_SAFE = regex.compile(r"[^\w\u3400-\u9fff.\-（）()]+")


def _name(filename: str | None, i: int) -> str:
    """A display name for an upload: its base name, cleaned; never a path."""
    base = os.path.basename((filename or "").replace("\\", "/")) or f"report-{i + 1}.txt"
    return _SAFE.sub("_", base)[:120] or f"report-{i + 1}.txt"


def _csp(nonce: str) -> str:
    return (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class TooLarge(Exception):
    """An upload over a limit; the message says which, in both languages."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


def create_app(max_bytes: int = DEFAULT_MAX_BYTES,  # type: ignore[no-untyped-def]
               max_files: int = MAX_FILES):
    """The ASGI application."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    from .._render import render_json
    from .._render.html import render

    async def uploads(request: Request):  # type: ignore[no-untyped-def]
        size = int(request.headers.get("content-length") or 0)
        if size > MAX_REQUEST:
            mb = MAX_REQUEST // 2**20
            raise TooLarge(f"上传内容超过 {mb} MB 的上限", f"the upload is over {mb} MB")
        async with request.form(max_files=max_files + 1, max_fields=50, max_part_size=max_bytes) as form:
            files = [f for f in form.getlist("file") if hasattr(f, "read") and (f.filename or f.size)]
            if len(files) > max_files:
                raise TooLarge(f"一次最多检查 {max_files} 份报告", f"at most {max_files} reports at a time")
            items = []
            for i, f in enumerate(files):
                data = await f.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise TooLarge(f"{_name(f.filename, i)} 超过 {max_bytes} 字节的上限",
                                   f"{_name(f.filename, i)} is larger than {max_bytes} bytes")
                items.append((_name(f.filename, i), data))
            pasted = str(form.get("text") or "").strip()
            if pasted:
                items.append(("粘贴的文字.txt", pasted.encode("utf-8")))
            previous = form.get("previous")
            prev = None
            if hasattr(previous, "read") and previous.filename:
                prev = (_name(previous.filename, 0), await previous.read(max_bytes + 1))
            fields = {k: str(form.get(k) or "") for k in ("jurisdiction", "lang")}
        jurisdiction = fields["jurisdiction"] or None
        lang = "en" if (fields["lang"] or request.query_params.get("lang") or "zh") == "en" else "zh"
        return items, prev, jurisdiction, lang

    def run(items, prev, jurisdiction):  # type: ignore[no-untyped-def]
        from .._parse import parse_source
        from .._errors import InputProblem
        from .._read import read
        from ..cli import _batch_copies, check_file

        pm = default_plugin_manager()
        if jurisdiction and jurisdiction not in ("none", *pm.jurisdictions()):
            jurisdiction = None
        with tempfile.TemporaryDirectory(prefix="lawgov-upload-") as tmp:
            previous = None
            if prev is not None:
                path = os.path.join(tmp, "previous-" + prev[0])
                with open(path, "wb") as fh:
                    fh.write(prev[1][:max_bytes + 1])
                try:
                    previous = parse_source(read(path, max_bytes=max_bytes))
                except InputProblem:
                    previous = None
            options = {"blocked": (), "jurisdiction": jurisdiction, "select": (), "ignore": (),
                       "max_bytes": max_bytes, "previous": previous}
            paths = []
            for i, (name, data) in enumerate(items):
                folder = os.path.join(tmp, str(i))
                os.mkdir(folder)
                paths.append(os.path.join(folder, name))
                with open(paths[-1], "wb") as fh:
                    fh.write(data)
            if len(paths) > 1:  # copying between the uploaded reports (LG406), by their own names
                names = {path: name for path, (name, _) in zip(paths, items)}
                copies = _batch_copies(paths, max_bytes, False, 1)
                options["copies"] = {path: [(names[o], n, share) for o, n, share in found]
                                     for path, found in copies.items()}
            results = [check_file(path, options, name=name) for path, (name, _) in zip(paths, items)]
            return results

    def page(html: str, nonce: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(html, status, headers={"Content-Security-Policy": _csp(nonce),
                                                   "X-Content-Type-Options": "nosniff",
                                                   "Referrer-Policy": "no-referrer"})

    async def index(request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        lang = "en" if request.query_params.get("lang") == "en" else "zh"
        return page(upload_page(lang, nonce), nonce)

    async def check_page(request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        try:
            items, prev, jurisdiction, lang = await uploads(request)
        except TooLarge as exc:
            return page(message_page(exc.zh, exc.en, nonce), nonce, 413)
        if not items:
            return page(message_page("请选择要检查的报告文件，或粘贴报告全文", "choose report files or paste a report",
                                     nonce), nonce, 400)
        results = await run_in_threadpool(run, items, prev, jurisdiction)
        return page(render(results, lang, nonce=nonce, downloads=True), nonce)

    async def api_check(request: Request) -> Response:
        try:
            items, prev, jurisdiction, lang = await uploads(request)
        except TooLarge as exc:
            return JSONResponse({"error": exc.en, "error_zh": exc.zh}, 413)
        if not items:
            return JSONResponse({"error": "no file", "error_zh": "没有文件"}, 400)
        results = await run_in_threadpool(run, items, prev, jurisdiction)
        return Response(render_json(results, lang), media_type="application/json")

    return Starlette(routes=[Route("/", index), Route("/check", check_page, methods=["POST"]),
                             Route("/api/check", api_check, methods=["POST"])])


def upload_page(lang: str, nonce: str) -> str:
    """The start page: upload one or many reports, or paste one."""
    from .._render.html import CSS, both

    jurisdictions = sorted(default_plugin_manager().jurisdictions().values(), key=lambda j: j.name)
    options = "".join(f'<option value="{escape(j.name)}">{escape(j.label or j.name)}</option>'
                      for j in jurisdictions)
    return f"""<!DOCTYPE html><html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>lawgov</title>
<style nonce="{nonce}">{CSS}
form{{background:#fff;border:1px solid #ddd;padding:1.2em 1.6em;margin:1.2em;max-width:50em}}
form p{{margin:.2em 0 1.1em}}label.f{{display:block;font-weight:bold;margin-bottom:.3em}}
textarea{{width:100%;height:9em}}button.go{{font-size:1.1em;padding:.4em 2em}}</style></head>
<body class="lang-{"en" if lang == "en" else "zh"}">
<header><h1>lawgov</h1>{both("法治政府建设年度报告检查", "annual rule-of-law report check")}
<button id="lang" type="button">{both("English", "中文")}</button></header>
<form method="post" action="/check" enctype="multipart/form-data">
<input type="hidden" name="lang" id="lang-field" value="{"en" if lang == "en" else "zh"}">
<label class="f" for="file">{both("报告文件（可多选）", "report files (one or many)")}</label>
<p><input type="file" id="file" name="file" multiple
 accept=".txt,.docx,.pdf,.html,.htm,.doc,.wps"></p>
<p class="hint">{both(".txt、.docx、.pdf、网页（.html）、.doc/.wps（需安装转换程序）",
                       ".txt, .docx, .pdf, web pages (.html), .doc/.wps (with a converter installed)")}</p>
<label class="f" for="text">{both("或粘贴报告全文", "or paste the report")}</label>
<p><textarea id="text" name="text"></textarea></p>
<label class="f" for="previous">{both("上一年度的报告（可选）", "last year's report (optional)")}</label>
<p><input type="file" id="previous" name="previous" accept=".txt,.docx,.pdf,.html,.htm"></p>
<label class="f" for="jurisdiction">{both("辖区", "jurisdiction")}</label>
<p><select id="jurisdiction" name="jurisdiction"><option value="">{"automatic" if lang == "en" else "自动判断"}
</option>{options}<option value="none">{"national rules only" if lang == "en" else "仅全国通用规则"}</option>
</select></p>
<button class="go" type="submit">{both("检查", "Check")}</button>
</form>
<script nonce="{nonce}">
document.getElementById('lang').addEventListener('click',function(){{
  var b=document.body,en=b.classList.toggle('lang-en');b.classList.toggle('lang-zh',!en);
  document.documentElement.lang=en?'en':'zh-CN';document.getElementById('lang-field').value=en?'en':'zh';}});
</script></body></html>
"""


def message_page(zh: str, en: str, nonce: str) -> str:
    from .._render.html import CSS, both

    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>lawgov</title>'
            f'<style nonce="{nonce}">{CSS}</style></head><body class="lang-zh">'
            "<header><h1>lawgov</h1></header>"
            f'<section><p class="missing">{both(zh, en)}</p><p><a href="/">{both("返回", "back")}</a></p>'
            "</section></body></html>")


def serve(host: str, port: int, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(max_bytes), host=host, port=port, log_level="info")
