"""Small text utilities: width folding, display widths, patterns compiled on first use."""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata

import regex

from . import store

#: Full-width ASCII variants folded to their half-width forms, plus the ideographic
#: space; used only for matching, never to change the text that positions refer to.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


_FULL = {chr(k): chr(v) for k, v in _FOLD.items()}
_COMMON = "，（）；："


def fold(text: str) -> str:
    """Fold full-width ASCII forms to half-width, keeping the length unchanged.

    >>> fold("（一）２０２５年：")
    '(一)2025年:'
    """
    if len(text) <= 200:
        return _fold_short(text)
    # str.translate looks every character up, and Chinese text has few to replace,
    # most of them its punctuation: str.replace runs those, a pattern the rest.
    for full in _COMMON:
        text = text.replace(full, _FULL[full])
    return _FULLWIDTH.sub(_half, text)


@functools.lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    return text.translate(_FOLD)


def _half(m: regex.Match[str]) -> str:
    return _FULL[m.group()]


class Pattern:
    """A ``regex`` pattern compiled on its first use, for the module-level patterns
    of lawgov (compiling all of them took half of a cold start, and a report uses
    fewer than two thirds of them). After the first use, its methods are the compiled
    pattern's own, with no extra call: ``pattern`` and ``flags`` are as given.

    >>> p = Pattern("([0-9]+)件")
    >>> p.search("受理12件").group(1), p.pattern
    ('12', '([0-9]+)件')
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
                "scanner", "groups", "groupindex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = store.compiled(self.pattern, self.flags)
        for method in self._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


_FULLWIDTH = Pattern("[\uff01-\uff5e\u3000]")


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: East Asian wide and full-width characters
    count two.

    >>> display_width("第一责任人 ok")
    13
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def ymd(match) -> "_dt.date | None":  # type: ignore[no-untyped-def]
    """The date a match's first three groups give (year, month, day), or None when
    they name no day of the calendar (2026-02-30)."""
    try:
        return _dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


#: Control characters and lone surrogates: what no output format can carry as it is
#: (Excel cells and Word refuse them, a terminal obeys escapes, UTF-8 cannot encode a
#: surrogate). Tab and line feed are text.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: Of those, the ones that end a line or a page (``pdftotext`` writes a form feed at
#: each page break): a report's text keeps them as line breaks.
_BREAKS = str.maketrans(dict.fromkeys("\f\v\x1c\x1d\x1e\x85", "\n"))


def printable(text: str | None) -> str | None:
    """``text`` with every control character (but tab and line feed) and every lone
    surrogate replaced by U+FFFD, which every output shows: also a file name's bytes
    that were not UTF-8 (a GBK name from a zip made on Chinese Windows reaches Python
    as lone surrogates)."""
    if text is None or not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub("\ufffd", text)


def report_text(text: str) -> str:
    """A report's text as lawgov reads it: line ends as ``\\n``, page and section
    breaks as line breaks, any other control character (an escape sequence's ESC
    among them) or lone surrogate as U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _UNPRINTABLE.search(text):
        text = _UNPRINTABLE.sub("\ufffd", text.translate(_BREAKS))
    return text
