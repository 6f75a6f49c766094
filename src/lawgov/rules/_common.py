"""Helpers shared by the built-in rules."""

from __future__ import annotations

from .._contents import Content, classify
from .._model import Report, Section

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
