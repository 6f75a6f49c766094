"""A per-report cache: compute something once per report however many rules ask."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def per_report(fn: Callable[[object], T]) -> Callable[[object], T]:
    """Cache ``fn(report)`` for the last report seen, by identity (hashing a report
    would cost a pass over its whole text; a check runs one report at a time)."""
    last: list[tuple[object, object]] = [(None, None)]

    @functools.wraps(fn)
    def wrapper(report: object) -> T:
        seen, value = last[0]
        if seen is not report:
            value = fn(report)
            last[0] = (report, value)
        return value  # type: ignore[return-value]

    return wrapper
