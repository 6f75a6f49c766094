"""Averages against the total and the count they are taken over (LG209):
全区9个街道共受理法律援助申请1,350件，平均每个街道受理150件."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ..._model import Approx, Severity
from ..._check.rule import rule
from ..._util.text import Pattern, fold
from .._common import counts
from ._arithmetic import _comparable, _fmt

#: 平均每个乡镇, 平均每期, 平均每名调解员: what the average is taken over.
_PER = Pattern(r"平均每(?:个|名|位|家)?(\p{Han}{1,4})")
_CLAUSE_END = Pattern(r"[，,。；;]")


def _over(text, q, noun):
    """Whether the count ``q`` counts what the average is taken over: its measure word
    is the noun (12期 for 平均每期), or the noun follows it (14个乡镇)."""
    if q.unit == noun:
        return True
    after = text[q.span.end:q.span.end + len(noun) + 2]
    return noun in after


@rule("LG209", "average-contradicts-total", Severity.ERROR,
      "平均数与总数和个数不符", "an average is not the total over the number it is taken over")
def average_contradicts_total(report, ctx):
    """An average (平均每X…N) stated with its total and the number of X in one sentence
    must be the total over that number, at the average's precision."""
    text = report.text
    if "平均每" not in text:
        return
    found, _ = counts(report)
    folded = fold(text)
    for sentence in report.sentences:
        if "平均每" not in sentence.text:
            continue
        start, end = sentence.span.start, sentence.span.end
        mine = [q for q in found if start <= q.span.start < end]
        for m in _PER.finditer(folded, start, end):
            after = [q for q in mine if q.span.start >= m.end()]
            if not after or _CLAUSE_END.search(folded, m.end(), after[0].span.start):
                continue
            average = after[0]
            before = [q for q in mine if q.span.start < m.start()]
            # the longest start of the words after 平均每 that names a count before it
            noun = next((m.group(1)[:k] for k in range(len(m.group(1)), 0, -1)
                         if any(_over(text, q, m.group(1)[:k]) for q in before)), None)
            if noun is None:
                ctx.count("claims_unverifiable")
                continue
            totals = [q for q in before if _comparable(q.unit, average.unit) and not _over(text, q, noun)]
            overs = [q for q in before if q not in totals and _over(text, q, noun)]
            if len(totals) != 1 or len(overs) != 1 or overs[0].approx is not Approx.EXACT:
                ctx.count("claims_unverifiable")
                continue
            total, over = totals[0], overs[0]
            if not over.value or total.approx is not Approx.EXACT:
                continue
            ctx.count("claims_checked")
            exact = total.value / over.value
            places = -average.value.as_tuple().exponent if average.value.as_tuple().exponent < 0 else 0
            unit = Decimal(1).scaleb(-places)
            lo, hi = average.bounds()
            if average.approx is not Approx.EXACT:
                if lo <= exact and (hi is None or exact <= hi) or abs(exact - average.value) <= max(
                        unit, average.value / 10) and average.approx is Approx.ABOUT:
                    continue
            elif average.value in (exact.quantize(unit, rounding=ROUND_HALF_UP),
                                   exact.quantize(unit, rounding=ROUND_DOWN)):
                continue
            shown = exact.quantize(unit, rounding=ROUND_HALF_UP)
            over_text = over.text + ("" if over.unit == noun else noun)
            yield ctx.finding(
                f"平均每{noun}{average.text}与文中数字不符：{total.text} ÷ {over_text} = {_fmt(exact)}，"
                f"应为{shown}{average.unit}",
                f"the average {average.text} per {noun} does not match: {total.text} / {over_text} "
                f"= {_fmt(exact)}, which is {shown}{average.unit}",
                span=average.span, suggestion="核对总数、个数或平均数",
                suggestion_en="check the total, the number or the average",
                evidence={"total": str(total.value), "total_text": total.text, "over": str(over.value),
                          "over_text": over_text, "stated": average.text, "computed": _fmt(exact)})
