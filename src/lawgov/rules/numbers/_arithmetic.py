"""The arithmetic of the LG2xx rules: percentages at a stated precision under the
three rounding schemes, the values an approximate figure may take, which units count
one kind of thing, and the GRIM test."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from ..._model import Approx
from ..._util.text import fold

HUNDRED = Decimal(100)


#: How many values of an approximate operand (1600余 = 1600–1699) are tried at most.
_MAX_RANGE = 5000


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}%" if value == value.to_integral_value() else f"{value}%"


def _fmt(value: Decimal, places: int = 2) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}"


def _scheme(exact: Decimal, stated: Decimal, decimals: int, bound: Approx) -> str | None:
    """The reading under which ``exact`` (percent) is reported as ``stated``."""
    unit = Decimal(1).scaleb(-decimals)
    if bound is Approx.AT_LEAST:
        return "at-least" if exact >= stated - unit / 2 else None
    if bound is Approx.AT_MOST:
        return "at-most" if exact <= stated + unit / 2 else None
    if bound is Approx.ABOUT:
        return "about" if abs(exact - stated) <= max(unit, Decimal(1)) else None
    for name, mode in (("half-up", ROUND_HALF_UP), ("half-even", ROUND_HALF_EVEN),
                       ("truncate", ROUND_DOWN)):
        if exact.quantize(unit, rounding=mode) == stated:
            return name
    return None


def _values(q) -> range | None:
    lo, hi = q.bounds()
    if hi is None or lo != lo.to_integral_value():
        return None
    lo_i, hi_i = int(lo), int(hi)
    return range(lo_i, hi_i + 1) if hi_i - lo_i <= _MAX_RANGE else None


#: Measure words that count the same kind of thing.
_SAME_KIND = [frozenset("人名位"), frozenset("件起宗案"), frozenset(("人次", "万人次"))]


def _comparable(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME_KIND)


def _grim(rate, n: int) -> bool:
    centre = int(rate.value * n / HUNDRED)
    return any(_scheme(Decimal(k) * HUNDRED / n, rate.value, rate.decimals, Approx.EXACT)
               for k in range(max(0, centre - 2), min(n, centre + 2) + 1))


def _neighbours(rate, n: int):
    centre = int(rate.value * n / HUNDRED)
    return [(k, Decimal(k) * HUNDRED / n) for k in (centre, centre + 1) if 0 <= k <= n]


def decimals(q) -> int:
    """How many decimals a percentage is written with (95.20% has 2; 百分之九十五 has 0)."""
    return len(fold(q.text).rstrip("%").partition(".")[2])
