"""Dates and the report year: every date a report mentions, and the year it
reports on (its title's, else its opening's)."""

from __future__ import annotations

import datetime as _dt

import regex

from .._util.text import Pattern

from .._model import DateMention, Paragraph, TextSpan, make_span
from .numerals import to_int

_CN_DIGITS = "〇零○一二两三四五六七八九十"
_YEAR = rf"(?:(?<!\d)(?:19|20)\d\d|[{_CN_DIGITS}]{{4}})"
_NUM = rf"(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})"
#: A date: 2025年3月20日, 二〇二五年三月, 2025-03-20.
DATE = Pattern(
    rf"(?P<y>{_YEAR})[ \t]*年[ \t]*(?P<m>{_NUM})[ \t]*月(?:[ \t]*(?P<d>{_NUM})[ \t]*[日号])?"
    r"|(?<!\d)(?P<y2>(?:19|20)\d\d)[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})(?!\d)")
_REPORT_YEAR = Pattern(rf"({_YEAR})[ \t]*年")
#: How many paragraphs from the top the opening year is looked for in.
_OPENING_PARAGRAPHS = 3
_OPENING_YEAR = Pattern(rf"[ \t]*({_YEAR})[ \t]*年度?[ \t]*(?:以来)?[,，]")


def date_mention(m: regex.Match[str], base: int, starts: tuple[int, ...], text: str) -> DateMention | None:
    """The date ``m`` (a match of :data:`DATE` at offset ``base``) names, if it is one."""
    y = m.group("y") or m.group("y2")
    mo = m.group("m") or m.group("m2")
    d = m.group("d") or m.group("d2")
    year, month = to_int(y), to_int(mo)
    day = to_int(d) if d else 1
    if year is None or month is None or day is None:
        return None
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        return None
    s, e = m.start() + base, m.end() + base
    return DateMention(date, "day" if d else "month", text[s:e], make_span(starts, s, e))


def dates(text: str, folded: str, starts: tuple[int, ...]):  # type: ignore[no-untyped-def]
    """Every date the text mentions (年月日, 年月, 2025-03-20)."""
    for m in DATE.finditer(folded):
        mention = date_mention(m, 0, starts, text)
        if mention is not None:
            yield mention


def report_year(title: TextSpan | None, paragraphs: list[Paragraph], folded: str,
                starts: tuple[int, ...]) -> tuple[int | None, TextSpan | None]:
    """The year reported on: the title's year, else the year the opening starts with
    (2025年，…), in one of its first paragraphs (a speech's dateline and a line of
    introduction may come first)."""
    if title is not None:
        m = _REPORT_YEAR.search(folded, title.span.start, title.span.end)
        if m and (year := to_int(m.group(1))) and 1990 < year < 2200:
            return year, TextSpan(m.group(1), make_span(starts, m.start(1), m.end(1)))
    for first in paragraphs[:_OPENING_PARAGRAPHS]:
        m = _OPENING_YEAR.match(folded, first.span.start, first.span.end)
        if m and (year := to_int(m.group(1))) and 1990 < year < 2200:
            return year, TextSpan(m.group(1), make_span(starts, m.start(1), m.end(1)))
    return None, None
