"""Changes between two figures a sentence states, checked by LG207: in percentage
points between two rates (由A%提高到B%，提高X个百分点; 达到B%（上年为A%）), and in percent
between two counts (受理N件，上年同期为M件，同比增长X%; N件，较上年的M件下降X%).

Both rates are rounded figures, so each stands for an interval, and so does the stated
change under the three roundings: the change is reported only when no values in those
intervals give it, or when the rates move the other way. A sentence is read only when it
holds one such change and exactly two rates, one of them marked as the earlier (由, 从,
上年, 去年, 上年同期) and the other not.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ..._model import Approx, Severity
from ..._util.text import fold
from .._common import counts
from ._arithmetic import HUNDRED, _comparable, _fmt, _scheme

_POINTS = regex.compile(r"(提高|提升|上升|增加|增长|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*个百分点")
_PERCENT = regex.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")
#: Words that mark a rate as the earlier one.
_EARLIER = regex.compile(r"(?:由|从|上年|去年|上一年|上年同期)[^，,。；;\d%]{0,6}$")
#: Words that make the change loose or not between these two rates.
_LOOSE = regex.compile(r"约|左右|近|以上|以下|超过|不足|不到|累计|分别|平均|全市|全省|全国|高于|低于")
_UP = "提高提升上升增加增长"


def _interval(text: str) -> tuple[Decimal, Decimal]:
    """The values a rate written ``text`` (in percent) may stand for, rounded."""
    value = Decimal(text)
    half = Decimal(1).scaleb(value.as_tuple().exponent) / 2 if "." in text else Decimal("0.5")
    return value - half, value + half


def point_changes(report, ctx):
    """LG207 findings for changes in percentage points that the two rates contradict."""
    for sentence in report.sentences:
        if "百分点" not in sentence.text:
            continue
        folded = fold(sentence.text)
        claims = list(_POINTS.finditer(folded))
        if len(claims) != 1 or _LOOSE.search(folded):
            continue
        claim = claims[0]
        rates = [m for m in _PERCENT.finditer(folded)]
        if len(rates) != 2:
            continue
        earlier = [m for m in rates if _EARLIER.search(folded[max(0, m.start() - 10):m.start()])]
        if len(earlier) != 1:
            continue
        before = earlier[0]
        after = rates[1] if before is rates[0] else rates[0]
        ctx.count("claims_checked")
        lo_a, hi_a = _interval(before.group(1))
        lo_b, hi_b = _interval(after.group(1))
        sign = 1 if claim.group(1) in _UP else -1
        low, high = sorted(((lo_b - hi_a) * sign, (hi_b - lo_a) * sign))
        stated = claim.group(2)
        unit = Decimal(1).scaleb(Decimal(stated).as_tuple().exponent) if "." in stated else Decimal(1)
        if high >= Decimal(stated) - unit / 2 and low < Decimal(stated) + unit:
            continue  # some values the rounded rates stand for give the stated change
        start = sentence.span.start
        exact = (Decimal(after.group(1)) - Decimal(before.group(1))) * sign
        verb = claim.group(1)
        yield ctx.finding(
            f"由{before.group(1)}%到{after.group(1)}%相差{abs(exact)}个百分点，"
            f"{'且方向相反，' if exact < 0 else ''}与所述“{verb}{stated}个百分点”不符",
            f"from {before.group(1)}% to {after.group(1)}% is {exact} percentage points, "
            f"not a {'rise' if sign > 0 else 'fall'} of {stated}",
            span=report.span(start + claim.start(), start + claim.end()), severity=Severity.ERROR,
            suggestion="核对前后两个比率或变化的百分点", suggestion_en="check the two rates or the change",
            evidence={"before": before.group(1) + "%", "after": after.group(1) + "%",
                      "stated": f"{stated} percentage points", "computed": f"{exact} percentage points"})


_PERCENT_CHANGE = regex.compile(r"(增长|上升|提高|增加|下降|减少|降低)了?\s*(\d+(?:\.\d+)?)\s*%")
#: A count right after these is a difference (比上年增加N件), not a year's figure.
_DELTA = regex.compile(r"(?:增加|减少|增长|下降|上升|降低|提高|新增|多|少)了?$")
#: Words that make two counts not this year's and last year's of one thing.
_PERIOD = regex.compile(r"月|季度|上半年|下半年|前三|以来|平均|全市|全省|全国|其中|分别")


def count_changes(report, ctx):
    """LG207 findings for a change in percent between the two counts of its sentence,
    one marked as last year's: reported only when no rounding of the exact change gives
    the stated one, or when the counts move the other way."""
    found, _ = counts(report)
    changed = {c.span.start for c in report.changes}
    for sentence in report.sentences:
        if "%" not in sentence.text and "％" not in sentence.text:
            continue
        folded = fold(sentence.text)
        claims = list(_PERCENT_CHANGE.finditer(folded))
        if len(claims) != 1 or _LOOSE.search(folded) or _PERIOD.search(folded) or "%" in folded.replace(
                claims[0].group(0), "", 1):
            continue
        start, end = sentence.span.start, sentence.span.end
        if any(start <= c < end for c in changed):
            continue  # 由A增至B，增长X%: read as a change claim already
        mine = [q for q in found if start <= q.span.start < end]
        if len(mine) != 2 or not _comparable(mine[0].unit, mine[1].unit) or any(
                q.approx is not Approx.EXACT for q in mine):
            continue
        if any(_DELTA.search(folded[max(0, q.span.start - start - 4):q.span.start - start]) for q in mine):
            continue  # 比上年增加N件: a difference, not last year's figure
        earlier = [q for q in mine
                   if _EARLIER.search(folded[max(0, q.span.start - start - 10):q.span.start - start])]
        if len(earlier) != 1 or earlier[0].value == 0:
            continue
        before = earlier[0]
        after = mine[1] if before is mine[0] else mine[0]
        claim = claims[0]
        ctx.count("claims_checked")
        sign = 1 if claim.group(1) in _UP else -1
        exact = (after.value - before.value) * HUNDRED / before.value
        stated = Decimal(claim.group(2))
        decimals = len(claim.group(2).partition(".")[2])
        if exact * sign > 0 and _scheme(abs(exact), stated, decimals, Approx.EXACT) is not None:
            continue
        verb = claim.group(1)
        yield ctx.finding(
            f"由{before.text}到{after.text}的变化是{_fmt(exact)}%，与所述“{verb}{claim.group(2)}%”不符",
            f"from {before.text} to {after.text} is {_fmt(exact)}%, not a "
            f"{'rise' if sign > 0 else 'fall'} of {claim.group(2)}%",
            span=report.span(start + claim.start(), start + claim.end()), severity=Severity.ERROR,
            suggestion="核对本年和上年的数值或增减幅度", suggestion_en="check the two counts or the change",
            evidence={"before": str(before.value), "after": str(after.value),
                      "stated": f"{claim.group(2)}%", "computed": f"{_fmt(exact, 4)}%"})
