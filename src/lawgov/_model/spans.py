"""Positions in a report's text: spans and the arithmetic that makes them."""

from __future__ import annotations

import bisect

from attrs import frozen


@frozen
class Span:
    """A stretch of the decoded text.

    ``start``/``end`` are code-point offsets (end exclusive); ``line``/``column``
    and ``end_line``/``end_column`` are 1-based and point at the first character
    and one past the last character, as in SARIF regions.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}", self)


@frozen
class TextSpan:
    """A piece of text together with where it stands."""

    text: str
    span: Span


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
    first = starts[line - 1]
    column = start - first + 1
    if end <= start:
        return Span(start, end, line, column, line, column)
    last = end - 1
    if line == len(starts) or last < starts[line]:  # on one line, as most spans are
        return Span(start, end, line, column, line, last - first + 2)
    end_line = bisect.bisect_right(starts, last)
    return Span(start, end, line, column, end_line, last - starts[end_line - 1] + 2)


def line_span(line: int, first: int, start: int, end: int) -> Span:
    """A :class:`Span` of ``start``..``end`` on 1-based ``line``, which starts at
    offset ``first`` (no search: the caller knows the line)."""
    if end <= start:
        return Span(start, end, line, start - first + 1, line, start - first + 1)
    return Span(start, end, line, start - first + 1, line, end - first + 1)
