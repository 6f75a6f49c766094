"""Shares stated in words rather than as a percentage: 占比过半, 占…的八成以上,
占比超过三成, 不足两成. Each bounds the share from one side, so a part and whole that
put it on the other side prove it wrong; 近八成, 八成左右 and a bare 八成 are too loose
to test and are left alone."""

from __future__ import annotations

import bisect
from decimal import Decimal
from typing import NamedTuple

from ..._util.text import Pattern

from ..._model import Approx, Quantity, Span
from .._common import counts
from ._arithmetic import HUNDRED, _comparable, _fmt
from ._shares import NAMED_WHOLE, _share_operands

_TENTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

#: 占比 or 占…的, then the words: 过半 / 超过半数 / 半数以上, or 超过/逾 X成, X成以上/多,
#: 不足/不到 X成.
_WORDED = Pattern(
    r"(?P<name>占比|占[^，,。；;%％]{1,30}?的?)(?:为|达|已|均)?"
    r"(?:(?P<half>过半数?|超过半数|超过一半|半数以上|一半以上)"
    r"|(?P<pre>超过|逾|不足|不到)?(?P<n>[一二两三四五六七八九])成(?![员本效果绩立功])(?P<post>以上|多)?)")


class WordedShare(NamedTuple):
    """A share in words: its bound in percent, and whether the share is above it."""

    name: str
    span: Span
    value_span: Span
    bound: Decimal
    above: bool
    words: str


def worded_shares(report):
    """Every share stated in words whose bound can be tested."""
    text = report.text
    if "成" not in text and "半" not in text:
        return
    for m in _WORDED.finditer(text):
        if m.group("half") is None and m.group("n") is None:
            continue
        if m.group("half") is not None:
            bound, above = Decimal(50), True
        else:
            tenths = Decimal(_TENTHS[m.group("n")] * 10)
            pre, post = m.group("pre"), m.group("post")
            if pre in ("不足", "不到") and post is None:
                bound, above = tenths, False
            elif pre in ("超过", "逾") and post is None or pre is None and post is not None:
                bound, above = tenths, True
            else:
                continue  # 八成, or words that contradict each other
        words_start = min(m.start(g) for g in ("half", "pre", "n") if m.group(g) is not None)
        yield WordedShare(m.group("name"), report.span(m.start(), m.end()),
                          report.span(words_start, m.end()), bound, above, text[words_start:m.end()])


def worded_operands(report, share):
    """(part, wholes) for a share in words, or None when they cannot be told."""
    named = NAMED_WHOLE.match(share.name)
    if named is None:
        pairs = _share_operands(report, share)
        if not pairs or not pairs[0] or not pairs[1]:
            return None
        return pairs[0][0], [q for q, _ in pairs[1]]
    found, starts = counts(report)
    i = bisect.bisect_left(starts, share.span.start) - 1
    if i < 0 or share.span.start - found[i].span.end > 2:
        return None
    part = found[i]
    if part.unit != named.group(2):
        return None
    written = named.group(1) + named.group(2)
    value = Decimal(named.group(1).replace(",", ""))
    whole = Quantity(value, part.unit, Approx.EXACT, "", written, share.span)
    return part, [whole]


def violated(share, part, wholes):
    """The computed share (percent) when every whole puts it on the wrong side of the
    words' bound, with half a point allowed for rounding; None when some whole fits."""
    shown = None
    for whole in wholes:
        if not _comparable(part.unit, whole.unit):
            return None
        lo_whole, hi_whole = whole.bounds()
        lo_part, hi_part = part.bounds()
        if not lo_whole or hi_part is None or hi_whole is None:
            return None
        highest = hi_part * HUNDRED / lo_whole
        lowest = lo_part * HUNDRED / hi_whole
        if share.above and highest > share.bound - Decimal("0.5"):
            return None
        if not share.above and lowest < share.bound + Decimal("0.5"):
            return None
        shown = shown or part.value * HUNDRED / whole.value
    return None if shown is None else _fmt(shown)
