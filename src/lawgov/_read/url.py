"""Fetching a report by URL: the page, or the document a page only wraps.

Standard library only (urllib), within bounds: ``http`` and ``https`` only, for the
address, each redirect (at most 10) and the attachment a page links; no address on
this machine or the local network (loopback, private, link-local, reserved) unless
the caller allows it, checked on the address connected to, so that neither a
redirect nor a name that resolves to an inner address reaches one; a timeout for
each connection and read, and a time limit for the whole answer; the answer read
up to the size limit and no further.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import regex
from attrs import evolve

from .._errors import InputProblem
from .._util.text import Pattern
from .source import Source

#: Seconds to wait for a connection or for the next bytes of an answer.
TIMEOUT = 20
#: Seconds one answer may take in all (a server that drips bytes is cut off).
TOTAL = 120
_AGENT = "lawgov (+https://pypi.org/project/lawgov/) report checker"
_DOCUMENT_LINK = Pattern(r"""href\s*=\s*["']([^"'#]+?\.(?:pdf|docx|doc|wps))(?:[?#][^"']*)?["']""",
                         regex.I)


class FetchProblem(Exception):
    """A URL that could not be fetched; the message says why."""


def _inner(address: str) -> bool:
    """Whether an IP address is on this machine or a local network."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _check_url(url: str, private: bool) -> None:
    """Refuse a URL that is not http(s), or (unless ``private``) whose host name
    resolves to an inner address."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchProblem(f"only http and https addresses are fetched, not {url[:80]!r}")
    if private:
        return
    try:
        literal = ipaddress.ip_address(parts.hostname.split("%", 1)[0])
    except ValueError:
        literal = None
    if literal is None and parts.scheme.lower() in urllib.request.getproxies() \
            and not urllib.request.proxy_bypass(parts.hostname):
        return  # the proxy resolves the name; this machine may not be able to
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise FetchProblem(f"{parts.hostname}: {exc}") from None
    if any(_inner(info[4][0]) for info in infos):
        raise FetchProblem(f"{parts.hostname} is an address on this machine or a local network "
                           "(use --allow-private-urls to fetch it)")


class _Guard:
    """What one answer may do: whether inner addresses are allowed, and its deadline,
    at which its socket is shut (a read in progress then fails)."""

    def __init__(self, private: bool, total: float) -> None:
        self.private = private
        self.deadline = time.monotonic() + total
        self.timers: list[threading.Timer] = []

    def watch(self, sock: socket.socket) -> None:
        if not self.private and not urllib.request.getproxies():
            peer = sock.getpeername()[0]
            if _inner(peer):
                sock.close()
                raise FetchProblem(f"the address connected to, {peer}, is on this machine or a local network "
                                   "(use --allow-private-urls to fetch it)")
        timer = threading.Timer(max(0.0, self.deadline - time.monotonic()), _shut, (sock,))
        timer.daemon = True
        timer.start()
        self.timers.append(timer)

    def stop(self) -> None:
        for timer in self.timers:
            timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _opener(guard: _Guard) -> urllib.request.OpenerDirector:
    """An opener whose connections are watched by ``guard`` and whose redirects are
    checked like the first address; it opens nothing but http(s)."""

    class Connection(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            guard.watch(self.sock)

    class SecureConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            http.client.HTTPConnection.connect(self)  # the TCP connection, checked before TLS
            guard.watch(self.sock)
            if self._tunnel_host:  # type: ignore[attr-defined]
                server_hostname = self._tunnel_host  # type: ignore[attr-defined]
            else:
                server_hostname = self.host
            self.sock = self._context.wrap_socket(self.sock, server_hostname=server_hostname)  # type: ignore

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req):  # type: ignore[no-untyped-def]
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):  # type: ignore[no-untyped-def]
            return self.do_open(SecureConnection, req, context=self._context)  # type: ignore[attr-defined]

    class Redirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            _check_url(newurl, guard.private)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), Handler(), SecureHandler(), Redirects(),
                    urllib.request.HTTPDefaultErrorHandler(), urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT, *, private: bool = False,
          total: float | None = None) -> tuple[bytes, str, str]:
    """(body, final URL, content type) of ``url``.

    :raises FetchProblem: not http(s), an inner address (unless ``private``), no
        answer, an HTTP error, a broken answer, more than ``total`` seconds, or a body
        over ``max_bytes``.
    """
    _check_url(url, private)
    guard = _Guard(private, TOTAL if total is None else total)
    request = urllib.request.Request(url, headers={"User-Agent": _AGENT})
    try:
        with _opener(guard).open(request, timeout=timeout) as answer:
            body = answer.read(max_bytes + 1)
            if time.monotonic() >= guard.deadline:
                raise OSError("cut off at the time limit")
            if len(body) <= max_bytes and answer.length:  # fewer bytes than Content-Length said
                raise FetchProblem(f"the answer was cut off after {len(body)} bytes")
            kind = answer.headers.get_content_type() or ""
            final = answer.geturl()
    except urllib.error.HTTPError as exc:
        exc.close()  # the error carries the open answer
        raise FetchProblem(f"HTTP {exc.code} {exc.reason}") from None
    except FetchProblem:
        raise
    except urllib.error.URLError as exc:
        reason = exc.reason
        raise (reason if isinstance(reason, FetchProblem) else FetchProblem(str(reason))) from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # timeouts, resets, broken answers
        if time.monotonic() >= guard.deadline:
            limit = TOTAL if total is None else total
            raise FetchProblem(f"the answer took longer than {limit:.0f} s") from None
        raise FetchProblem(f"{type(exc).__name__}: {exc}") from None
    finally:
        guard.stop()
    if len(body) > max_bytes:
        raise FetchProblem(f"the answer is larger than {max_bytes} bytes")
    return body, final, kind


def document_link(html: str, base: str) -> str | None:
    """The first PDF or Word attachment a page links, as an absolute URL."""
    m = _DOCUMENT_LINK.search(html)
    return urllib.parse.urljoin(base, m.group(1)) if m else None


#: A page whose article is shorter than this and that links a document only wraps it.
_WRAPPER_CHARS = 300


def url_source(url: str, max_bytes: int, from_bytes,  # type: ignore[no-untyped-def]
               private: bool = False) -> Source:
    """The report at a web address: the page, or the document a short page only
    links to. ``from_bytes(path, raw, name, media_type)`` reads what was fetched;
    ``private`` allows addresses on this machine and local networks."""
    def get(address: str) -> tuple[bytes, str, str]:
        try:
            return fetch(address, max_bytes, private=private)
        except FetchProblem as problem:
            raise InputProblem("LG009", url, f"无法获取网址 {address[:200]}：{problem}",
                               f"cannot fetch {address[:200]}: {problem}") from None

    raw, final, kind = get(url)
    source = from_bytes(url, raw, urllib.parse.urlsplit(final).path.lower(), kind)
    if source.encoding.startswith("html/") and len(source.text) < _WRAPPER_CHARS:
        from .html import charset

        declared = charset(raw)
        link = document_link(raw.decode(declared or "utf-8", errors="replace"), final)
        if link is not None:
            raw, final, kind = get(link)
            attached = from_bytes(url, raw, urllib.parse.urlsplit(final).path.lower(), kind)
            source = evolve(attached, published=source.published, published_from=source.published_from)
    return source
