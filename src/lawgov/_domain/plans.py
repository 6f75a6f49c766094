"""The five-year plans reports are built around (``data/plans.toml``, sources in the
file): their periods, the names they are cited by, the 纲要's goal formula and task
chapters, selected by report year."""

from __future__ import annotations

import datetime
import functools
from typing import Any

import regex
from attrs import frozen

from .._util.resources import resource_files
from .._util.store import compiled, toml


@frozen
class Chapter:
    """A task chapter of a 纲要 and the words that show a report addresses it."""

    number: int
    title: str
    title_en: str
    terms: str


@frozen
class Plan:
    """One plan with its period (years, inclusive)."""

    title: str
    names: tuple[str, ...]
    start: int
    end: int
    role: str = ""
    document: str = ""
    informal: tuple[str, ...] = ()
    goal: tuple[str, ...] = ()
    chapters: tuple[Chapter, ...] = ()

    @property
    def period(self) -> str:
        return f"{self.start}—{self.end}年"


@functools.lru_cache(maxsize=1)
def _data() -> tuple[tuple[Plan, ...], datetime.date, tuple[tuple[str, str], ...]]:
    raw = toml("plans", (resource_files("lawgov") / "data" / "plans.toml").read_text("utf-8"))
    plans = tuple(
        Plan(p["title"], tuple(p["names"]), p["start"], p["end"], p.get("role", ""),
             p.get("document", ""), tuple(p.get("informal", ())), tuple(p.get("goal", ())),
             tuple(Chapter(c["number"], c["title"], c["title_en"], c["terms"])
                   for c in p.get("chapters", ())))
        for p in raw["plans"])
    expected = tuple((n, e["follows"]) for e in raw.get("expected", ()) for n in e["names"])
    return plans, raw["checked"], expected


def plans() -> tuple[Plan, ...]:
    """Every plan of the data file."""
    return _data()[0]


def checked() -> datetime.date:
    """The date up to which the list of issued plans was checked."""
    return _data()[1]


def expected_names() -> tuple[tuple[str, str], ...]:
    """(name, the plan it would follow) for successors not known to be issued."""
    return _data()[2]


def outline_for(year: int | None) -> Plan | None:
    """The 纲要 whose chapters a report on ``year`` is measured against: the one whose
    period holds the year; after the latest period, the latest issued (its period has
    ended, and no successor is known); None before the first 纲要 with chapters.

    >>> outline_for(2023).period, outline_for(2026).period, outline_for(2019)
    ('2021—2025年', '2021—2025年', None)
    """
    if year is None:
        return None
    outlines = [p for p in plans() if p.role == "outline" and p.chapters]
    for p in outlines:
        if p.start <= year <= p.end:
            return p
    later = [p for p in outlines if p.end < year]
    return max(later, key=lambda p: p.end) if later else None


#: A period written after a plan's name: （2021—2025年）, (2021-2025), 2021～2025年.
PERIOD = r"[（(]?\s*(?P<start>(?:19|20)\d\d)\s*(?:年\s*)?[—–\-－~～至到]\s*(?P<end>(?:19|20)\d\d)\s*年?\s*[）)]?"
_QUOTES = "“”\"‘’'「」"


@functools.lru_cache(maxsize=1)
def named_periods() -> Any:
    """Any plan name of the data file followed by a period."""
    names = sorted({n for p in plans() for n in p.names}, key=len, reverse=True)
    return compiled(f"(?P<name>{'|'.join(map(regex.escape, names))})" + PERIOD)


@functools.lru_cache(maxsize=1)
def informal_names() -> Any:
    """The informal names of plans (八五普法, “八五”普法), each as a named group."""
    quote = f"[{_QUOTES}]?"
    alts = [f"(?P<p{i}_{j}>{quote}{quote.join(map(regex.escape, n))})" for i, p in enumerate(plans())
            for j, n in enumerate(p.informal)]
    return compiled("|".join(alts) or r"(?!)")


def plan_of_informal(match: Any) -> tuple[Plan, str]:
    """The plan an :func:`informal_names` match names, and that name as the data
    writes it (without quotation marks)."""
    group = next(k for k, v in match.groupdict().items() if v is not None)
    i, j = map(int, group[1:].split("_"))
    return plans()[i], plans()[i].informal[j]


def periods_of(name: str) -> list[Plan]:
    """The plans issued under ``name``, oldest first."""
    return sorted((p for p in plans() if name in p.names), key=lambda p: p.start)
