"""``lawgov serve``: the reviewer's web page and a JSON API, on Starlette and uvicorn.

Starlette (a small, well-kept ASGI toolkit) and uvicorn (its reference server) are
the ``lawgov[web]`` extra. Nothing is kept: uploads are written to a temporary
folder of the server, removed with each answer and, whole, when the server stops; no
path from a request is used except as a display name. Checking and rendering run in
worker threads (at most one check per processor at a time), never in the event loop,
so that one large upload does not hold other clients; a rule has the same time budget
as on the command line. Pages carry a Content-Security-Policy that allows only the
page's own script and style (a fresh nonce per answer); form posts from other sites
and requests by a host name not allowed are refused (a web page a reviewer visits
must not use their server).
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import shutil
import tempfile
from collections.abc import Sequence
from urllib.parse import urlsplit

from .._batch import Batch, BatchOptions
from .._errors import UsageError
from .._read import DEFAULT_MAX_BYTES
from .pages import message_page, upload_page
from .uploads import MAX_FILES, MAX_REQUEST, Refused, form_parser, request_too_large, too_large, upload_name

__all__ = ["MAX_FILES", "MAX_REQUEST", "create_app", "serve"]

#: Host names always allowed besides IP addresses: the machine's own.
LOCAL_NAMES = ("localhost", "localhost.localdomain")


def _csp(nonce: str) -> str:
    return (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def _host_name(host: str) -> str:
    """The name of a Host header or an origin's netloc, without its port."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _allowed_host(host: str, allowed: Sequence[str]) -> bool:
    """Whether a request for ``host`` is answered: an IP address, this machine's name or
    a name the server was told to answer to (a name of another site that resolves here
    is how a page elsewhere reaches a local server: DNS rebinding)."""
    name = _host_name(host)
    if "*" in allowed or name in LOCAL_NAMES or name in allowed:
        return True
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def refusal(headers, allowed: Sequence[str], post: bool) -> Refused | None:  # type: ignore[no-untyped-def]
    """Why a request is refused: a host name not allowed, or a form posted by a page of
    another site: the browser says so (``Sec-Fetch-Site``), or, from a browser that
    does not, its ``Origin`` is another address than the one the request was sent to."""
    host = headers.get("host", "")
    if not _allowed_host(host, allowed):
        return Refused(403, f"不接受发往 {host} 的请求（启动时用 --allowed-host 允许此名称）",
                       f"requests for {host} are not answered (allow the name with --allowed-host)")
    if not post:
        return None
    origin, site = headers.get("origin"), headers.get("sec-fetch-site")
    if site is not None:  # what the browser itself says, which no page can change
        cross = site not in ("same-origin", "none")
    else:
        cross = origin is not None and (origin == "null" or urlsplit(origin).netloc.lower() != host.lower())
    if cross:
        return Refused(403, "不接受其他网站提交的检查请求", "checks posted by another site are refused")
    return None


def create_app(max_bytes: int = DEFAULT_MAX_BYTES, max_files: int = MAX_FILES,  # type: ignore[no-untyped-def]
               allowed_hosts: Sequence[str] = ()):
    """The ASGI application. ``allowed_hosts``: host names besides this machine's and IP
    addresses that requests may be sent to (``*``: any)."""
    import anyio
    from starlette.applications import Starlette
    from starlette.formparsers import MultiPartException
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    from .._render import RenderContext, render_files
    from .._render.html import FORMAT as HTML

    allowed = tuple(h.strip().lower() for h in allowed_hosts)
    limiter = anyio.CapacityLimiter(max(2, os.cpu_count() or 1))
    spool = {"folder": None}

    def folder() -> str:
        if spool["folder"] is None or not os.path.isdir(spool["folder"]):
            spool["folder"] = tempfile.mkdtemp(prefix="lawgov-serve-")
        return spool["folder"]  # type: ignore[return-value]

    async def uploads(request: Request):  # type: ignore[no-untyped-def]
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_REQUEST:  # said at once, before reading
            raise request_too_large()
        try:
            form = await form_parser(request, max_files, max_bytes).parse()
        except MultiPartException as exc:
            raise Refused(400, "上传内容格式有误，无法读取", f"the upload is malformed: {exc}") from None
        try:
            files = [f for f in form.getlist("file") if hasattr(f, "read") and (f.filename or f.size)]
            items = [(upload_name(f.filename, i), await f.read()) for i, f in enumerate(files)]
            pasted = str(form.get("text") or "").strip()
            if len(pasted.encode("utf-8", "replace")) > max_bytes:
                raise too_large(f"粘贴的文字超过 {max_bytes} 字节的上限", f"the pasted text is over {max_bytes} bytes")
            if pasted:
                items.append(("粘贴的文字.txt", pasted.encode("utf-8", "replace")))
            previous = form.get("previous")
            prev = None
            if hasattr(previous, "read") and previous.filename:
                prev = (upload_name(previous.filename, 0), await previous.read())
            fields = {k: str(form.get(k) or "") for k in ("jurisdiction", "lang")}
        finally:
            await form.close()
        jurisdiction = fields["jurisdiction"] or None
        lang = "en" if (fields["lang"] or request.query_params.get("lang") or "zh") == "en" else "zh"
        return items, prev, jurisdiction, lang

    def run(items, prev, jurisdiction, lang, render):  # type: ignore[no-untyped-def]
        """Check the uploads as a batch, by their own names, and render the results."""
        with tempfile.TemporaryDirectory(prefix="request-", dir=folder()) as tmp:
            previous = None
            if prev is not None:
                previous = os.path.join(tmp, "previous-" + prev[0])
                with open(previous, "wb") as fh:
                    fh.write(prev[1])
            paths = []
            for i, (name, data) in enumerate(items):
                os.mkdir(os.path.join(tmp, str(i)))
                paths.append(os.path.join(tmp, str(i), name))
                with open(paths[-1], "wb") as fh:
                    fh.write(data)
            options = BatchOptions(jurisdiction=jurisdiction, previous=previous, isolated=True,
                                   max_bytes=max_bytes)
            batch = Batch(paths, options, names=[name for name, _ in items])
            originals = {name: data for name, data in items if name.lower().endswith(".docx")}
            results = list(batch.results())
        return render(results, RenderContext(lang, batch.rules, originals))

    def page(html: str, nonce: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(html, status, headers={"Content-Security-Policy": _csp(nonce),
                                                   "X-Content-Type-Options": "nosniff",
                                                   "Referrer-Policy": "same-origin"})

    def data(body, status: int = 200) -> Response:  # type: ignore[no-untyped-def]
        headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'",
                   "Cache-Control": "no-store"}
        if isinstance(body, dict):
            return JSONResponse(body, status, headers=headers)
        return Response(body, status, headers=headers, media_type="application/json")

    async def index(request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        refused = refusal(request.headers, allowed, post=False)
        if refused is not None:
            return page(message_page(refused.zh, refused.en, nonce), nonce, refused.status)
        lang = "en" if request.query_params.get("lang") == "en" else "zh"
        return page(upload_page(lang, nonce), nonce)

    async def check(request: Request, render, answer, error):  # type: ignore[no-untyped-def]
        try:
            refused = refusal(request.headers, allowed, post=True)
            if refused is not None:
                raise refused
            items, prev, jurisdiction, lang = await uploads(request)
            if not items:
                raise Refused(400, "请选择要检查的报告文件，或粘贴报告全文", "choose report files or paste a report")
            try:
                return answer(await anyio.to_thread.run_sync(run, items, prev, jurisdiction, lang, render,
                                                             limiter=limiter))
            except UsageError as exc:
                raise Refused(400, exc.zh, str(exc)) from None
        except Refused as exc:
            return error(exc)

    async def check_page(request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        return await check(request, lambda results, ctx: HTML.render(results, ctx, nonce=nonce),
                           lambda html: page(html, nonce),
                           lambda exc: page(message_page(exc.zh, exc.en, nonce), nonce, exc.status))

    async def api_check(request: Request) -> Response:
        return await check(request, lambda results, ctx: render_files(results, "json", ctx), data,
                           lambda exc: data({"error": exc.en, "error_zh": exc.zh}, exc.status))

    @contextlib.asynccontextmanager
    async def lifespan(app):  # type: ignore[no-untyped-def]
        try:
            yield
        finally:
            if spool["folder"]:
                shutil.rmtree(spool["folder"], ignore_errors=True)

    return Starlette(routes=[Route("/", index), Route("/check", check_page, methods=["POST"]),
                             Route("/api/check", api_check, methods=["POST"])], lifespan=lifespan)


#: Seconds the server waits for checks under way when it is stopped (Ctrl-C, SIGTERM).
SHUTDOWN_GRACE = 5


def serve(host: str, port: int, max_bytes: int = DEFAULT_MAX_BYTES,
          allowed_hosts: Sequence[str] = ()) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    allowed = list(allowed_hosts)
    if host not in ("0.0.0.0", "::", ""):
        allowed.append(host)
    uvicorn.run(create_app(max_bytes, allowed_hosts=allowed), host=host, port=port, log_level="info",
                timeout_graceful_shutdown=SHUTDOWN_GRACE)
