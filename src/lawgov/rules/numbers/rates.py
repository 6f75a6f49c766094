"""Rates against the counts stated with them: LG201 (the rate does not follow from
the counts), LG202 (no count of that size gives the rate), LG205 (over 100%)."""

from __future__ import annotations

from ..._model import Severity
from ..._check.rule import rule
from ._arithmetic import HUNDRED, _fmt, _grim, _neighbours, _pct
from ._operands import (
    _GROWTH, _check_pairs, _fits_any, _kind, _label, _lone_denominators, _operands,
    _sentence_quantities, _stem, _wholes_of,
)


@rule("LG201", "rate-matches-counts", Severity.ERROR,
      "比率与文中给出的计数不符", "a rate cannot come from the counts stated with it")
def rate_matches_counts(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED:
            continue  # LG205
        quantities, start = _sentence_quantities(report, rate.span)
        pairs = _operands(report, rate, quantities, start)
        if pairs is None or not pairs[1] or not pairs[0] and _lone_denominators(rate, pairs[1]):
            # no operands, only a numerator, or LG202's case (a lone exact denominator)
            ctx.count("claims_unverifiable" if not pairs or not pairs[1] or pairs[0] else "claims_checked")
            continue
        nums, dens = pairs
        if not nums:
            ctx.count("claims_unverifiable")
            continue
        if _stem(rate.name) is not None and _kind(rate.name) is None:
            # known only by its stem: a whole is any count before it that is not smaller
            dens = [(q, weak) for q, weak in dens if q in _wholes_of(nums, [q])]
            if not dens:
                ctx.count("claims_unverifiable")
                continue
        ctx.count("claims_checked")
        fit = _fits_any(rate, nums, _wholes_of(nums, quantities))
        if fit == "half-up":
            continue  # a count of the sentence, read as the whole, gives the rate
        finding = _check_pairs(ctx, rate, nums, dens)
        if finding is not None and fit is not None and finding.severity > Severity.INFO:
            continue  # another reading fits, if only by truncation: not proved wrong
        if finding is not None:
            yield finding


@rule("LG202", "rate-impossible-for-denominator", Severity.ERROR,
      "比率不可能由所述总数得出", "no whole count gives the rate over the stated total")
def rate_impossible_for_denominator(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED:
            continue
        quantities, start = _sentence_quantities(report, rate.span)
        pairs = _operands(report, rate, quantities, start)
        if pairs is None or pairs[0] or not pairs[1]:
            continue
        dens = _lone_denominators(rate, pairs[1])
        if not dens:
            continue
        if any(_grim(rate, int(q.value)) for q, _ in dens):
            continue
        den, weak = dens[0]
        n = int(den.value)
        near = _neighbours(rate, n)
        listed = "，".join(f"{k}{den.unit}为{_fmt(v, rate.decimals)}%" for k, v in near)
        yield ctx.finding(
            f"{_label(rate)}{_pct(rate.value)}不可能由{den.metric}{den.text}得出：{listed}，"
            f"没有哪个整数能得到{_pct(rate.value)}",
            f"{_label(rate)} {_pct(rate.value)} cannot come from {den.text}: no whole number of "
            f"{n} gives {_pct(rate.value)} at {rate.decimals} decimal place(s)",
            span=rate.span, severity=Severity.WARNING if weak else None,
            suggestion=f"核对{_label(rate)}或{den.metric}的数字", suggestion_en="check the rate or the total",
            evidence={"denominator": n, "denominator_text": den.text, "stated": _pct(rate.value),
                      "nearest": [{"count": k, "rate": f"{_fmt(v, 4)}%"} for k, v in near],
                      "rounding": ["half-up", "half-even", "truncate"]})


@rule("LG205", "rate-over-100", Severity.ERROR,
      "比率或占比超过100%", "a rate or share above 100%")
def rate_over_100(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED and not _GROWTH.search(rate.name):
            ctx.count("claims_checked")
            yield ctx.finding(
                f"{_label(rate)}为{_pct(rate.value)}，比率和占比不可能超过100%",
                f"{_label(rate)} is {_pct(rate.value)}; a rate or share cannot exceed 100%",
                span=rate.value_span, suggestion="核对数字", suggestion_en="check the figure",
                evidence={"stated": _pct(rate.value)})
