"""Coverage of the task chapters of the 纲要 that applies to a report's year.

The 纲要, their periods and chapters are data (``data/plans.toml``): for a report on
a year of a 纲要's period, its chapters; after the latest period, the latest issued
纲要's chapters (``outline_plan`` tells which, so that a summary can say so).
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from .._util.cache import per_report
from .contents import Content, classify
from .plans import Plan, outline_for
from .._model import Report


@frozen
class ChapterCoverage:
    """Whether a report's measures address one task chapter, and the words found."""

    chapter: int
    title: str
    title_en: str
    covered: bool
    terms: tuple[str, ...]


@functools.lru_cache(maxsize=8)
def _patterns(plan: Plan) -> tuple[re.Pattern[str], ...]:
    # The stdlib engine scans plain alternations of words about twice as fast as regex.
    return tuple(re.compile(c.terms) for c in plan.chapters)


def _measures_text(report: Report) -> str:
    """The text of the measures parts (the whole text when parts cannot be told)."""
    year = report.metadata.year
    parts = [s for s in report.sections if not s.heading.inline]
    keep = [s for s in parts
            if not classify(s.heading.title, year) & {Content.SHORTCOMINGS, Content.PLANS, Content.OTHER}]
    if not keep:
        return report.text
    return "\n".join(report.text[s.span.start:s.span.end] for s in keep)


@per_report
def _cached(report: Report) -> tuple[ChapterCoverage, ...]:
    plan = outline_for(report.metadata.year)
    assert plan is not None
    text = _measures_text(report)
    out = []
    for chapter, pattern in zip(plan.chapters, _patterns(plan)):
        terms: dict[str, None] = {}
        for m in pattern.finditer(text):
            terms[m.group()] = None
            if len(terms) == 5:
                break  # five distinct words are all the row shows
        found = tuple(terms)
        out.append(ChapterCoverage(chapter.number, chapter.title, chapter.title_en, bool(found), found))
    return tuple(out)


def outline_plan(report: Report) -> Plan | None:
    """The 纲要 whose chapters the report is measured against, if any."""
    return outline_for(report.metadata.year)


def coverage(report: Report) -> tuple[ChapterCoverage, ...] | None:
    """Coverage of the task chapters of :func:`outline_plan`, or None when no 纲要
    with chapters applies (an unknown year, or one before the first such 纲要)."""
    if outline_plan(report) is None:
        return None
    return _cached(report)
