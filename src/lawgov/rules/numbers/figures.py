"""Single figures: LG206 (one figure stated twice with different values), LG207
(a stated change, in percent or in percentage points, that contradicts the two values
it is between)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..._domain.contents import FUTURE_CUES
from ..._model import Approx, Severity
from ..._check.rule import rule
from ..._util.text import fold
from .._common import counts, sentence_at
from ._arithmetic import HUNDRED, _fmt, _pct, _scheme
from ._shares import _SCOPE
from .points import percent_between_rates, point_changes
from .yoy import year_on_year


@rule("LG206", "figure-stated-twice", Severity.WARNING,
      "同一指标前后数字不一致", "the same figure is stated twice with different values")
def figure_stated_twice(report, ctx):
    seen = {}
    report_wide = {}  # sentence start -> states a report-wide figure, not a plan
    for q in counts(report)[0]:
        if q.approx is not Approx.EXACT or len(q.metric) < 4:
            continue
        found = sentence_at(report, q.span.start)
        if found is None:
            continue
        key = found.span.start
        if key not in report_wide:
            report_wide[key] = bool(_SCOPE.search(found.text) and not FUTURE_CUES.search(found.text))
        if not report_wide[key]:
            continue
        key = (fold(q.metric), q.unit)
        first = seen.setdefault(key, q)
        if first is not q and first.value != q.value and first.span.line != q.span.line:
            yield ctx.finding(
                f"“{q.metric}”在第 {first.span.line} 行为{first.text}，此处为{q.text}，前后不一致",
                f"“{q.metric}” is {first.text} on line {first.span.line} but {q.text} here",
                span=q.span, suggestion="统一为核实后的数字", suggestion_en="state one verified figure",
                evidence={"first": str(first.value), "first_line": first.span.line,
                          "second": str(q.value)})


@rule("LG207", "change-contradicts-values", Severity.ERROR,
      "增减幅度与前后两个数值不符", "a stated change contradicts the two values")
def change_contradicts_values(report, ctx):
    for c in report.changes:
        a, b = c.before.value, c.after.value
        if a == 0 or c.before.unit == "%" and c.after.unit == "%":
            continue  # between two rates: read with their rounding by percent_between_rates
        ctx.count("claims_checked")
        actual = (b - a) * HUNDRED / a
        stated = c.stated * c.direction
        verb, verb_en = ("增长", "rise") if c.direction > 0 else ("下降", "fall")
        scheme = None
        if (b - a) * c.direction < 0:
            zh = f"由{c.before.text}到{c.after.text}是{'下降' if b < a else '增长'}，不是{verb}"
            en = f"from {c.before.text} to {c.after.text} is not a {verb_en}"
        elif (scheme := _scheme(abs(actual), c.stated, c.decimals, Approx.EXACT)) != "half-up":
            shown = abs(actual).quantize(Decimal(1).scaleb(-c.decimals), rounding=ROUND_HALF_UP)
            if scheme is None:
                zh = (f"由{c.before.text}到{c.after.text}的变化是{_fmt(actual)}%，"
                      f"应为{verb}{shown}%，不是{_pct(c.stated)}")
                en = (f"from {c.before.text} to {c.after.text} is {_fmt(actual)}%, a {verb_en} of "
                      f"{shown}%, not {_pct(c.stated)}")
            else:
                label = {"half-even": "银行家舍入", "truncate": "截断"}[scheme]
                zh = (f"{verb}{_pct(c.stated)}只能由{label}得出（{c.before.text}到{c.after.text}为"
                      f"{_fmt(actual, 4)}%），按通行的四舍五入应为{shown}%")
                en = (f"a {verb_en} of {_pct(c.stated)} only comes out by {scheme} rounding of "
                      f"{_fmt(actual, 4)}% ({c.before.text} to {c.after.text})")
        else:
            continue
        yield ctx.finding(zh, en, span=c.span, suggestion="核对前后两个数值或增减幅度",
                          suggestion_en="check the two values or the change",
                          severity=Severity.INFO if scheme else None,
                          evidence={"before": str(a), "after": str(b), "stated": _pct(stated),
                                    "computed": f"{_fmt(actual, 4)}%", "rounding": scheme or "none"})
    yield from point_changes(report, ctx)
    yield from percent_between_rates(report, ctx)
    yield from year_on_year(report, ctx)
