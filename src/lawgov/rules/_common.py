"""Helpers shared by the built-in rules."""

from __future__ import annotations

import regex

from .._contents import Content, classify
from .._model import Report, Section
from .._text import fold

_RANGE = regex.compile(r"(?<!\d)(20\d\d)\s*[-—–－~～至到]\s*(20\d\d)")
_YEAR = regex.compile(r"(?<!\d)(20\d\d)(?=\s*年)")


_LAST: tuple[object, object] = (None, None)


def classified(report: Report) -> list[tuple[Section, bool, frozenset[Content]]]:
    """Every section as (section, is_top_level_part, contents its heading announces),
    computed once per report however many rules ask. Inline 一是… items are never
    top-level parts."""
    global _LAST
    last_report, value = _LAST
    if last_report is report:
        return value  # type: ignore[return-value]
    year = report.metadata.year
    tops = {id(s) for s in report.sections}
    result = [(s, id(s) in tops and not s.heading.inline, classify(s.heading.title, year))
              for s in report.all_sections()]
    _LAST = (report, result)
    return result


def parts(report: Report) -> list[tuple[Section, frozenset[Content]]]:
    """Top-level sections with the mandated contents their headings announce."""
    return [(s, c) for s, top, c in classified(report) if top]


def sub_sections(report: Report, content: Content) -> list[Section]:
    """Sections below the top level (numbered or 一是…) whose headings announce
    ``content``."""
    return [s for s, top, c in classified(report) if not top and content in c]


def years_in(text: str, base: int) -> list[tuple[int, int, int]]:
    """(year, start, end) of single years written as 20xx年 in ``text``, skipping
    ranges such as 2021—2025年; offsets are shifted by ``base``."""
    text = fold(text)
    in_range = set()
    for m in _RANGE.finditer(text):
        in_range.update((m.start(1), m.start(2)))
    return [(int(m.group(1)), base + m.start(1), base + m.end(1))
            for m in _YEAR.finditer(text) if m.start(1) not in in_range]
