"""Read: an input (a file, standard input or a web address) to its decoded text,
with every problem named as an LG0xx code (:class:`~lawgov.InputProblem`).

:data:`FORMATS` is the one table of input formats: it chooses the reader of an
input, which files of a folder are checked, what a web address's media type means,
and what the web page's upload accepts. Readers are named by module, so that a
.txt check never imports the PDF, HTML or .docx machinery.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable

from attrs import frozen

from .decode import decode
from .limits import DEFAULT_MAX_BYTES, read_bytes
from .source import MAX_CHARS, Source

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "MAX_CHARS", "SUFFIXES", "InputFormat", "Source", "decode",
           "expand_paths", "read"]


def _is_pdf(raw: bytes) -> bool:
    return raw.lstrip()[:5] == b"%PDF-"


def looks_like_html(raw: bytes) -> bool:
    """Whether bytes are a web page whatever the file is called.

    >>> looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>"), looks_like_html(b"report")
    (True, False)
    """
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and (b"<html" in head or b"<body" in head)


@frozen
class InputFormat:
    """One input format: the file names and media types that are it, a test of its
    bytes that finds it whatever the name, and the function that reads it
    (``module:function`` of this package, imported when first needed)."""

    name: str
    label: str
    label_en: str
    suffixes: tuple[str, ...]
    media_types: tuple[str, ...]
    reader: str
    sniff: Callable[[bytes], bool] | None = None
    #: Whether its reader runs in a reading process within a time and memory budget
    #: (see ``guard``): parsers a hostile file could hold or blow up.
    guarded: bool = True
    #: Whether ``sniff`` tests a signature every file of the format begins with: then
    #: bytes without it are not of the format whatever a web server calls them.
    signed: bool = False

    def matches(self, raw: bytes, name: str, media_type: str | None = None) -> bool:
        """Whether ``raw``, known by the lower-cased ``name``, is of this format."""
        if self.sniff is not None and self.sniff(raw):
            return True
        return name.endswith(self.suffixes) or media_type in self.media_types and not self.signed

    def read(self, path: str, raw: bytes) -> Source:
        if self.guarded:
            from .guard import guarded

            return guarded(path, _call, self.reader, path, raw)  # type: ignore[no-any-return]
        return _call(self.reader, path, raw)


def _call(reader: str, path: str, raw: bytes) -> Source:
    module, function = reader.split(":")
    read_it = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return read_it(path, raw)  # type: ignore[no-any-return]


#: Every input format, in the order they are tried.
FORMATS: tuple[InputFormat, ...] = (
    InputFormat("docx", "Word 文档", "Word documents", (".docx",),
                ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
                "docx:docx_source"),
    InputFormat("pdf", "PDF（带文字层）", "PDF with a text layer", (".pdf",), ("application/pdf",),
                "pdf:pdf_source", _is_pdf, signed=True),
    InputFormat("word", ".doc/.wps（需安装转换程序）", ".doc/.wps (with a converter installed)", (".doc", ".wps"),
                ("application/msword",), "legacy_word:legacy_source",
                guarded=False),  # the converters run as programs with a timeout
    InputFormat("html", "网页", "web pages", (".html", ".htm", ".shtml", ".xhtml"),
                ("text/html", "application/xhtml+xml"), "html:html_source", looks_like_html),
    InputFormat("text", "文本文件", "text files", (".txt",), ("text/plain",), "decode:decode_source",
                guarded=False),  # linear decoding in Python
)
#: File names of every format (lower case): what a folder is searched for.
SUFFIXES: tuple[str, ...] = tuple(s for f in FORMATS for s in f.suffixes)


def read(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, private_urls: bool = False) -> Source:
    """Read and decode ``path`` (``"-"`` reads standard input; ``http(s)://`` fetches:
    not from this machine or a local network unless ``private_urls``).

    :raises InputProblem: the input is missing, unreadable, empty, too large, binary,
        undecodable, corrupt or of a format that cannot be read here.
    """
    if path.lower().startswith(("http://", "https://")):
        from .url import url_source  # urllib only for web addresses

        return url_source(path, max_bytes, from_bytes, private_urls)
    return from_bytes(path, read_bytes(path, max_bytes), path.lower())


def from_bytes(path: str, raw: bytes, name: str, media_type: str | None = None) -> Source:
    """``raw`` read by its format: ``name`` is the lower-cased name it came by,
    ``media_type`` what a web server said it is. Bytes of no known format are read
    as plain text."""
    for fmt in FORMATS:
        if fmt.matches(raw, name, media_type):
            return fmt.read(path, raw)
    return decode(raw, path)


def _inside(path: str, folder: str) -> bool:
    """Whether ``path`` is in ``folder`` once symbolic links are followed."""
    if not os.path.islink(path):
        return True
    real, top = os.path.realpath(path), os.path.realpath(folder)
    return real.startswith(top.rstrip(os.sep) + os.sep)


def expand_paths(paths: Iterable[str]) -> list[str]:
    """The inputs to check: folders are searched (with their subfolders) for files of
    every format; a symbolic link that leads out of the folder is not followed. A
    folder with none, or one that cannot be read, stays in the list, so that it
    becomes an LG001 finding and the other inputs are still checked."""
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            unreadable: list[str] = []
            walk = os.walk(path, onerror=lambda e: unreadable.append(e.filename))
            found = sorted(os.path.join(d, f) for d, _, fs in walk for f in fs
                           if f.lower().endswith(SUFFIXES) and _inside(os.path.join(d, f), path))
            out.extend(found or [path])
            out.extend(u for u in unreadable if u != path or found)
        else:
            out.append(path)
    return out
