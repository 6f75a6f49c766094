"""Helpers shared by the built-in rules."""

from __future__ import annotations

import bisect

from .._util.cache import per_report
from .._domain.contents import Content, classify
from .._domain.laws import HISTORICAL
from .._model import Quantity, Report, Section, Sentence, Severity


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


def year_of(date: str) -> int | None:
    """The year a date such as ``2024-05-01`` starts with, or None."""
    return int(date[:4]) if date[:4].isdigit() else None


def sentence_text(report, offset: int) -> str:
    """The text of the sentence holding ``offset``, or an empty string."""
    found = sentence_at(report, offset)
    return found.text if found is not None else ""


def replaced_citations(report, ctx, find):  # type: ignore[no-untyped-def]
    """Findings for the report's citations that ``find(title)`` records as replaced.

    ``find`` returns an object with ``replaced_by``, ``replaced_on`` (a date string
    starting with the year), ``source`` and optionally ``order`` (令号), or None. A
    citation is reported when the report's year is not before the replacement's year
    and its sentence does not speak of the repeal itself: as a warning when the
    replacement came into force during the report year, else with the rule's severity.
    Shared by LG501 (national registry) and the packs' repealed_rule.
    """
    year = report.metadata.year
    for c in report.citations:
        old = find(c.title)
        if old is None or not old.replaced_by or year is None:
            continue
        replaced = year_of(old.replaced_on)
        if replaced is None or year < replaced or HISTORICAL.search(sentence_text(report, c.span.start)):
            continue
        new = find(old.replaced_by)
        old_order = f"（{old.order}）" if getattr(old, "order", "") else ""
        new_order = f"（{new.order}）" if new is not None and getattr(new, "order", "") else ""
        evidence = {"cited": c.title, "replaced_by": old.replaced_by,
                    "replaced_on": old.replaced_on, "source": old.source}
        if year == replaced and old.replaced_on[4:] not in ("", "-01-01"):
            # replaced during the report year: in force for part of it
            yield ctx.finding(
                f"《{c.title}》{old_order}自{old.replaced_on}起被《{old.replaced_by}》{new_order}取代；"
                f"{year}年度报告中此后的工作应依据《{old.replaced_by}》",
                f"《{c.title}》 was replaced by 《{old.replaced_by}》 on {old.replaced_on}; work after "
                f"that date in {year} rests on the new title",
                span=c.span, severity=Severity.WARNING,
                suggestion=f"注明时间，或改为引用《{old.replaced_by}》",
                suggestion_en=f"say when, or cite 《{old.replaced_by}》", evidence=evidence)
            continue
        yield ctx.finding(
            f"《{c.title}》{old_order}已被《{old.replaced_by}》{new_order}取代，后者自{old.replaced_on}"
            f"起施行；{year}年度报告不应再作为现行依据引用",
            f"《{c.title}》 was replaced by 《{old.replaced_by}》, in force from {old.replaced_on}; "
            f"a report on {year} should not cite it as current",
            span=c.span, suggestion=f"改为引用《{old.replaced_by}》",
            suggestion_en=f"cite 《{old.replaced_by}》 instead", evidence=evidence)
