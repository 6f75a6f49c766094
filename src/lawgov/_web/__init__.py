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

from .._util.text import Pattern

from .._batch import Batch, BatchOptions
from .._errors import UsageError
from .._read import DEFAULT_MAX_BYTES
from .pages import message_page, upload_page

#: How many reports one request may carry.
MAX_FILES = 300
#: Largest request body accepted, whatever it holds.
MAX_REQUEST = 200 * 1024 * 1024
_SAFE = Pattern(r"[^\w\u3400-\u9fff.\-（）()]+")


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

    from .._render import RenderContext, render_files
    from .._render.html import FORMAT as HTML

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

    def run(items, prev, jurisdiction, lang):  # type: ignore[no-untyped-def]
        """Check the uploads as a batch, by their own names; the results and the
        context to render them in."""
        with tempfile.TemporaryDirectory(prefix="lawgov-upload-") as tmp:
            previous = None
            if prev is not None:
                previous = os.path.join(tmp, "previous-" + prev[0])
                with open(previous, "wb") as fh:
                    fh.write(prev[1][:max_bytes + 1])
            paths = []
            for i, (name, data) in enumerate(items):
                folder = os.path.join(tmp, str(i))
                os.mkdir(folder)
                paths.append(os.path.join(folder, name))
                with open(paths[-1], "wb") as fh:
                    fh.write(data)
            options = BatchOptions(jurisdiction=jurisdiction, previous=previous, isolated=True,
                                   max_bytes=max_bytes)
            batch = Batch(paths, options, names=[name for name, _ in items])
            originals = {name: data for name, data in items if name.lower().endswith(".docx")}
            return list(batch.results()), RenderContext(lang, batch.rules, originals)

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
        try:
            results, ctx = await run_in_threadpool(run, items, prev, jurisdiction, lang)
        except UsageError as exc:
            return page(message_page(exc.zh, str(exc), nonce), nonce, 400)
        return page(HTML.render(results, ctx, nonce=nonce), nonce)

    async def api_check(request: Request) -> Response:
        try:
            items, prev, jurisdiction, lang = await uploads(request)
        except TooLarge as exc:
            return JSONResponse({"error": exc.en, "error_zh": exc.zh}, 413)
        if not items:
            return JSONResponse({"error": "no file", "error_zh": "没有文件"}, 400)
        try:
            results, ctx = await run_in_threadpool(run, items, prev, jurisdiction, lang)
        except UsageError as exc:
            return JSONResponse({"error": str(exc), "error_zh": exc.zh}, 400)
        return Response(render_files(results, "json", ctx), media_type="application/json")

    return Starlette(routes=[Route("/", index), Route("/check", check_page, methods=["POST"]),
                             Route("/api/check", api_check, methods=["POST"])])


def serve(host: str, port: int, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(max_bytes), host=host, port=port, log_level="info")
