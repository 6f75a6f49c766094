"""Helpers shared by the built-in rules."""

from __future__ import annotations

import regex

from .._contents import Content, classify
from .._model import Report, Section
from .._text import fold

_RANGE = regex.compile(r"(?<!\d)(20\d\d)\s*[-—–－~～至到]\s*(20\d\d)")
_YEAR = regex.compile(r"(?<!\d)(20\d\d)(?=\s*年)")


def parts(report: Report) -> list[tuple[Section, frozenset[Content]]]:
    """Top-level sections with the mandated contents their headings announce."""
    year = report.metadata.year
    return [(s, classify(s.heading.title, year)) for s in report.sections if not s.heading.inline]


def years_in(text: str, base: int) -> list[tuple[int, int, int]]:
    """(year, start, end) of single years written as 20xx年 in ``text``, skipping
    ranges such as 2021—2025年; offsets are shifted by ``base``."""
    text = fold(text)
    in_range = set()
    for m in _RANGE.finditer(text):
        in_range.update((m.start(1), m.start(2)))
    return [(int(m.group(1)), base + m.start(1), base + m.end(1))
            for m in _YEAR.finditer(text) if m.start(1) not in in_range]
