"""Helpers shared by the built-in rules."""

from __future__ import annotations

import bisect

from .._util.cache import per_report
from .._domain.contents import Content, classify
from .._model import Quantity, Report, Section, Sentence


@per_report
def classified(report: Report) -> list[tuple[Section, bool, frozenset[Content]]]:
    """Every section as (section, is_top_level_part, contents its heading announces).
    Inline 一是… items are never top-level parts."""
    year = report.metadata.year
    tops = {id(s) for s in report.sections}
    return [(s, id(s) in tops and not s.heading.inline, classify(s.heading.title, year))
            for s in report.all_sections()]


@per_report
def sentences(report: Report) -> tuple[tuple[Sentence, ...], list[int]]:
    """The report's sentences and their start offsets (for bisecting)."""
    found = report.sentences
    return found, [s.span.start for s in found]


@per_report
def counts(report: Report) -> tuple[list[Quantity], list[int]]:
    """Count quantities (not money, not percentages) and their start offsets."""
    found = [q for q in report.quantities if q.is_count]
    return found, [q.span.start for q in found]


def sentence_at(report: Report, offset: int) -> Sentence | None:
    """The sentence containing ``offset``, if any."""
    found, starts = sentences(report)
    i = bisect.bisect_right(starts, offset) - 1
    return found[i] if i >= 0 and offset < found[i].span.end else None


def parts(report: Report) -> list[tuple[Section, frozenset[Content]]]:
    """Top-level sections with the mandated contents their headings announce."""
    return [(s, c) for s, top, c in classified(report) if top]


def sub_sections(report: Report, content: Content) -> list[Section]:
    """Sections below the top level (numbered or 一是…) whose headings announce
    ``content``."""
    return [s for s, top, c in classified(report) if not top and content in c]
