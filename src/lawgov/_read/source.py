"""What a reader gives: the decoded text of an input, and the checks every
reader's text goes through (not blank, not beyond the length limit)."""

from __future__ import annotations

import datetime as _dt
import re

from attrs import frozen

from .._errors import InputProblem

#: Largest decoded text accepted, in characters (about 100 times a long report),
#: which bounds the time a hostile file can take.
MAX_CHARS = 2_000_000


@frozen
class Source:
    """Decoded input: the text (line endings normalised to ``\\n``), the encoding
    it was read with, and how many undecodable bytes were replaced."""

    path: str
    text: str
    encoding: str
    replaced: int = 0
    #: The publication date the file itself carries (a web page's PubDate), and where
    #: it was read.
    published: _dt.date | None = None
    published_from: str | None = None
    #: For a PDF, the offset in ``text`` at which each page starts.
    page_starts: tuple[int, ...] = ()


def extracted(path: str, text: str, encoding: str, **extra) -> Source:  # type: ignore[no-untyped-def]
    """A source from text a reader extracted: line endings normalised, not empty, not
    beyond the length limit."""
    text = normalise(text)
    if blank(text):
        raise InputProblem("LG003", path, "文件中没有可检查的文字", "the file holds no text to check")
    check_length(path, text)
    return Source(path, text, encoding, **extra)


#: Control characters that do not occur in text (all below U+0020 but \t \n \v \f).
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\r]")
#: Characters that show nothing: zero-width spaces and joiners, word joiner, BOM.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def blank(text: str) -> bool:
    """Whether a text shows nothing (spaces of any width, NBSP and U+3000 included).

    >>> blank("\u3000\xa0\u200b "), blank("无")
    (True, False)
    """
    shown = text.strip()
    if not shown or shown[0] not in _INVISIBLE:
        return not shown  # the usual answer, without a pass over the text
    return not shown.translate({ord(c): None for c in _INVISIBLE}).strip()


def check_length(path: str, text: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputProblem(
            "LG004", path, f"文本超过 {MAX_CHARS} 个字符，不像是一份年度报告，已拒绝检查",
            f"the text is longer than {MAX_CHARS} characters, far beyond any annual report")


def normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")
