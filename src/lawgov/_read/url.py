"""Fetching a report by URL: the page, or the document a page only wraps.

Standard library only (urllib): redirects are followed (at most 10), the answer is
read up to the size limit and no further, and a timeout bounds every connection.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import regex

#: Seconds to wait for a connection or for the next bytes of an answer.
TIMEOUT = 20
_AGENT = "lawgov (+https://pypi.org/project/lawgov/) report checker"
_DOCUMENT_LINK = regex.compile(r"""href\s*=\s*["']([^"'#]+?\.(?:pdf|docx|doc|wps))(?:[?#][^"']*)?["']""",
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
