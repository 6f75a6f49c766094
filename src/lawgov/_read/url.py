"""Fetching a report by URL: the page, or the document a page only wraps.

Standard library only (urllib): redirects are followed (at most 10), the answer is
read up to the size limit and no further, and a timeout bounds every connection.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import regex

from .._util.text import Pattern
from attrs import evolve

from .._errors import InputProblem
from .source import Source

#: Seconds to wait for a connection or for the next bytes of an answer.
TIMEOUT = 20
_AGENT = "lawgov (+https://pypi.org/project/lawgov/) report checker"
_DOCUMENT_LINK = Pattern(r"""href\s*=\s*["']([^"'#]+?\.(?:pdf|docx|doc|wps))(?:[?#][^"']*)?["']""",
                         regex.I)


class FetchProblem(Exception):
    """A URL that could not be fetched; the message says why."""


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT) -> tuple[bytes, str, str]:
    """(body, final URL, content type) of ``url``.

    :raises FetchProblem: no answer, an HTTP error, or a body over ``max_bytes``.
    """
    request = urllib.request.Request(url, headers={"User-Agent": _AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - http(s) only
            body = answer.read(max_bytes + 1)
            kind = answer.headers.get_content_type() or ""
            final = answer.geturl()
    except urllib.error.HTTPError as exc:
        exc.close()  # the error carries the open answer
        raise FetchProblem(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise FetchProblem(str(exc.reason)) from None
    except (OSError, ValueError) as exc:  # timeouts, resets, malformed addresses
        raise FetchProblem(f"{type(exc).__name__}: {exc}") from None
    if len(body) > max_bytes:
        raise FetchProblem(f"the answer is larger than {max_bytes} bytes")
    return body, final, kind


def document_link(html: str, base: str) -> str | None:
    """The first PDF or Word attachment a page links, as an absolute URL."""
    m = _DOCUMENT_LINK.search(html)
    return urllib.parse.urljoin(base, m.group(1)) if m else None


#: A page whose article is shorter than this and that links a document only wraps it.
_WRAPPER_CHARS = 300


def url_source(url: str, max_bytes: int, from_bytes) -> Source:  # type: ignore[no-untyped-def]
    """The report at a web address: the page, or the document a short page only
    links to. ``from_bytes(path, raw, name, media_type)`` reads what was fetched."""
    def get(address: str) -> tuple[bytes, str, str]:
        try:
            return fetch(address, max_bytes)
        except FetchProblem as problem:
            raise InputProblem("LG009", url, f"无法获取网址 {address}：{problem}",
                               f"cannot fetch {address}: {problem}") from None

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
