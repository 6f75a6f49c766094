"""Changes in percentage points between two rates of a sentence, checked by LG207
(由A%提高到B%，提高X个百分点; 达到B%（上年为A%））; changes between two counts are in
:mod:`.yoy`.

Both rates are rounded figures, so each stands for an interval, and so does the stated
change under the three roundings: the change is reported only when no values in those
intervals give it, or when the rates move the other way. A sentence is read only when it
holds one such change and exactly two rates, one of them marked as the earlier (由, 从,
上年, 去年, 上年同期) and the other not.
"""

from __future__ import annotations

from decimal import Decimal

from ..._model import Severity
from ..._parse.numerals import number
from ..._util.text import Pattern, fold
from ._arithmetic import _fmt

_POINTS = Pattern(r"(提高|提升|上升|增加|增长|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*个百分点")
_PERCENT = Pattern(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")
#: Words that mark a rate as the earlier one.
_EARLIER = Pattern(r"(?:由|从|上年|去年|上一年|上年同期)[^，,。；;\d%]{0,6}$")
#: Words that make the change loose or not between these two rates.
_LOOSE = Pattern(r"约|左右|近|以上|以下|超过|不足|不到|累计|分别|平均|全市|全省|全国|高于|低于")
_UP = "提高提升上升增加增长"


def _interval(text: str) -> tuple[Decimal, Decimal]:
    """The values a rate written ``text`` (in percent) may stand for, rounded."""
    value = Decimal(text)
    half = Decimal(1).scaleb(value.as_tuple().exponent) / 2 if "." in text else Decimal("0.5")
    return value - half, value + half


#: Chinese numerals in a change: 百分之九十一, 七个百分点.
_CN = "零〇一二两三四五六七八九十"
_CN_PERCENT = Pattern(rf"百分之([{_CN}百]+(?:点[{_CN}]+)?)")
_CN_POINTS = Pattern(rf"([{_CN}]+(?:点[{_CN}]+)?)(?=个百分点)")


def _arabic(folded: str) -> str:
    """The sentence with its percentages and points in Arabic digits (百分之九十一 → 91%)."""
    if not any(c in _CN for c in folded):
        return folded
    folded = _CN_PERCENT.sub(lambda m: f"{number('百分之' + m.group(1))}%", folded)
    return _CN_POINTS.sub(lambda m: f"{number(m.group(1))}", folded)


def point_changes(report, ctx):
    """LG207 findings for changes in percentage points that the two rates contradict
    (written in Arabic or Chinese numerals; the finding then marks the whole sentence)."""
    for sentence in report.sentences:
        if "百分点" not in sentence.text:
            continue
        folded = _arabic(fold(sentence.text))
        whole_sentence = len(folded) != len(sentence.text)
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
            span=sentence.span if whole_sentence else report.span(start + claim.start(), start + claim.end()),
            severity=Severity.ERROR,
            suggestion="核对前后两个比率或变化的百分点", suggestion_en="check the two rates or the change",
            evidence={"before": before.group(1) + "%", "after": after.group(1) + "%",
                      "stated": f"{stated} percentage points", "computed": f"{exact} percentage points"})


_CHANGE_VERB = Pattern(r"提高|提升|上升|增长|增加|下降|降低|减少")
#: A change in percent: 提高15%, 下降3.5%.
_PERCENT_CLAIM = Pattern(r"(提高|提升|上升|增长|增加|下降|降低|减少)了?\s*(\d+(?:\.\d+)?)\s*%")


def _fits(low: Decimal, high: Decimal, stated: Decimal, unit: Decimal) -> bool:
    """Whether a value in [low, high] is written ``stated`` under some rounding
    (within half a unit, or up to a unit above when truncated)."""
    return high >= stated - unit / 2 and low < stated + unit


def percent_between_rates(report, ctx):
    """LG207 findings for a change in percent between two rates (由82%提高到90%，提高9.8%):
    the stated figure must be the relative change; when it is the difference in
    points instead, the wording is loose (an info: write 个百分点); when it is
    neither, it contradicts the rates."""
    for sentence in report.sentences:
        text = sentence.text
        if "%" not in text or "百分点" in text or _CHANGE_VERB.search(text) is None:
            continue
        folded = fold(text)
        claims = list(_PERCENT_CLAIM.finditer(folded))
        if len(claims) != 1 or _LOOSE.search(folded):
            continue
        claim = claims[0]
        rates = [m for m in _PERCENT.finditer(folded) if not claim.start() <= m.start() < claim.end()]
        if len(rates) != 2:
            continue
        earlier = [m for m in rates if _EARLIER.search(folded[max(0, m.start() - 10):m.start()])]
        if len(earlier) != 1:
            continue
        before = earlier[0]
        after = rates[1] if before is rates[0] else rates[0]
        lo_a, hi_a = _interval(before.group(1))
        lo_b, hi_b = _interval(after.group(1))
        if lo_a <= 0:
            continue
        ctx.count("claims_checked")
        sign = 1 if claim.group(1) in _UP else -1
        stated = Decimal(claim.group(2))
        unit = Decimal(1).scaleb(stated.as_tuple().exponent) if "." in claim.group(2) else Decimal(1)
        relative = sorted(((lo_b / hi_a - 1) * 100 * sign, (hi_b / lo_a - 1) * 100 * sign))
        points = sorted(((lo_b - hi_a) * sign, (hi_b - lo_a) * sign))
        if _fits(*relative, stated, unit):
            continue
        a, b = Decimal(before.group(1)), Decimal(after.group(1))
        exact_points, exact_relative = (b - a) * sign, ((b / a - 1) * 100 * sign)
        span = report.span(sentence.span.start + claim.start(), sentence.span.start + claim.end())
        evidence = {"before": before.group(1) + "%", "after": after.group(1) + "%",
                    "stated": f"{claim.group(1)}{stated}%", "points": f"{abs(b - a)}",
                    "computed": f"{_fmt(exact_relative)}%"}
        if _fits(*points, stated, unit):
            yield ctx.finding(
                f"由{a}%到{b}%相差{abs(b - a)}个百分点（相对变化{_fmt(abs(exact_relative))}%），"
                f"“{claim.group(1)}{stated}%”应写作“{claim.group(1)}{stated}个百分点”",
                f"from {a}% to {b}% is {abs(b - a)} percentage points ({_fmt(abs(exact_relative))}% "
                f"relative): \"{claim.group(1)}{stated}%\" should say percentage points",
                span=span, severity=Severity.INFO, suggestion=f"改为“{claim.group(1)}{stated}个百分点”",
                suggestion_en="write the change in percentage points", evidence=evidence)
            continue
        yield ctx.finding(
            f"由{a}%到{b}%{'相差' if exact_points >= 0 else '方向相反，相差'}{abs(b - a)}个百分点，"
            f"相对变化{_fmt(abs(exact_relative))}%，都不是所述的“{claim.group(1)}{stated}%”",
            f"from {a}% to {b}% is {abs(b - a)} percentage points or {_fmt(abs(exact_relative))}% "
            f"relative, not \"{claim.group(1)}{stated}%\"",
            span=span, severity=Severity.ERROR, suggestion="核对前后两个比率或变化幅度",
            suggestion_en="check the two rates or the change", evidence=evidence)
