"""Small text utilities: positions, widths, width folding and Chinese numerals."""

from __future__ import annotations

import bisect
import functools
import unicodedata

from ._model import Span

#: Full-width ASCII variants folded to their half-width forms, plus the ideographic
#: space; used only for matching, never to change the text that positions refer to.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Fold full-width ASCII forms to half-width, keeping the length unchanged.

    >>> fold("（一）２０２５年：")
    '(一)2025年:'
    """
    return text.translate(_FOLD)


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts (``text`` uses ``\\n`` only)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return tuple(starts)


def make_span(starts: tuple[int, ...], start: int, end: int) -> Span:
    """Build a :class:`Span` from offsets, computing 1-based lines and columns."""
    line = bisect.bisect_right(starts, start)
    column = start - starts[line - 1] + 1
    if end <= start:
        return Span(start, end, line, column, line, column)
    last = end - 1
    end_line = bisect.bisect_right(starts, last)
    return Span(start, end, line, column, end_line, last - starts[end_line - 1] + 2)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: East Asian wide and full-width characters
    count two.

    >>> display_width("第一责任人 ok")
    13
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_int(text: str) -> int | None:
    """Value of a Chinese numeral below 10,000 (十二, 二十, 一百零五), or of a digit
    string (二〇二五); None if ``text`` is not one.

    >>> [chinese_int(t) for t in ("三", "十", "十二", "二十三", "一百零五", "二〇二五", "第")]
    [3, 10, 12, 23, 105, 2025, None]
    """
    if not text:
        return None
    if all(c in _DIGITS for c in text):
        if len(text) == 1:
            return _DIGITS[text]
        if any(c in "两" for c in text):
            return None
        return int("".join(str(_DIGITS[c]) for c in text))
    total = 0
    digit: int | None = None
    last_unit = 10_000
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and _DIGITS[ch] != 0:
                return None
            digit = _DIGITS[ch] if _DIGITS[ch] else None
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
    return total + (digit or 0)


def to_int(text: str) -> int | None:
    """Value of an Arabic (half- or full-width) or Chinese integer numeral.

    >>> [to_int(t) for t in ("12", "１２", "十二", "x")]
    [12, 12, 12, None]
    """
    folded = fold(text)
    if folded.isascii() and folded.isdigit():
        return int(folded)
    return chinese_int(text)
