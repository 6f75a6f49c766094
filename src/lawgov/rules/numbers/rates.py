"""Rates against the counts stated with them: LG201 (the rate does not follow from
the counts), LG202 (no count of that size gives the rate), LG205 (over 100%)."""

from __future__ import annotations

import bisect
from decimal import Decimal

from ..._util.text import Pattern

from ..._model import Approx, Quantity, Severity
from ..._check.rule import rule
from .._common import counts, sentence_at
from ._arithmetic import HUNDRED, _fmt, _grim, _neighbours, _pct, _scheme, decimals
from ._shares import NAMED_WHOLE, listed_after, listed_before
from ._worded import violated, worded_operands, worded_shares
from ._operands import (
    _GROWTH, _PLANNED, _bases, _check_pairs, _fits_any, _kind, _label, _lone_denominators, _operands,
    _sentence_quantities, _stem, _wholes_of,
)


@rule("LG201", "rate-matches-counts", Severity.ERROR,
      "比率与文中给出的计数不符", "a rate cannot come from the counts stated with it")
def rate_matches_counts(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED and not _PLANNED.search(rate.name):
            continue  # LG205
        fraction = _stated_fraction(report, rate)
        if fraction is not None:
            ctx.count("claims_checked")
            finding = _check_pairs(ctx, rate, [fraction[0]], [(fraction[1], False)])
            if finding is not None:
                yield finding
            continue
        quantities, start = _sentence_quantities(report, rate.span)
        status, finding = _judge(report, ctx, rate, quantities, start)
        if status == "claims_unverifiable":
            # the counts may follow the rate (结案率为…，立案…件，结案…件)
            after = _counts_after(report, rate)
            if after:
                status, finding = _judge(report, ctx, rate, after, rate.span.end)
        ctx.count(status)
        if finding is not None:
            yield finding
    yield from _shares_of_a_named_whole(report, ctx)
    yield from _shares_in_words(report, ctx)
    yield from _listed_shares(report, ctx)


#: 分别为a件、b件，分别占总量N件的x%、y%: each part over the whole its words name.
_LISTED_WHOLE = Pattern(r"[，,]\s*分别占[^，,。；;\d]{0,12}?(\d[\d,]*)\s*(\p{Han}{1,2}?)的")


def _listed_shares(report, ctx):
    """LG201 findings for a list of parts followed by a list of their shares of a whole
    the shares' words state, paired in order."""
    if "分别占" not in report.text:
        return
    percents = {q.span.start: q for q in report.quantities if q.unit == "%"}
    found, starts = counts(report)
    for m in _LISTED_WHOLE.finditer(report.text):
        first = percents.get(m.end())
        i = bisect.bisect_left(starts, m.start()) - 1
        if first is None or i < 0 or found[i].span.end != m.start():
            continue
        shares = listed_after(report, first)
        parts = listed_before(report, found[i])
        whole = Decimal(m.group(1).replace(",", ""))
        if len(parts) != len(shares) or len(parts) < 2 or not whole or parts[0].unit != m.group(2):
            continue
        for part, share in zip(parts, shares):
            if part.approx is Approx.EXACT:
                finding = _share_of_a_stated_whole(ctx, part, share, whole, m.group(1) + m.group(2))
                if finding is not None:
                    yield finding


def _shares_in_words(report, ctx):
    """LG201 findings for shares stated in words (占比过半, 占…的八成以上) that the
    part and every candidate whole put on the other side of their bound."""
    for share in worded_shares(report):
        operands = worded_operands(report, share)
        if operands is None:
            ctx.count("claims_unverifiable")
            continue
        part, wholes = operands
        ctx.count("claims_checked")
        computed = violated(share, part, wholes)
        if computed is None:
            continue
        whole = wholes[0]
        whole_text = whole.text
        side, side_en = ("至少", "at least") if share.above else ("低于", "below")
        yield ctx.finding(
            f"“{share.words}”与文中数字不符：{part.text} ÷ {whole_text} = {computed}%，"
            f"而“{share.words}”应{side}{share.bound}%",
            f"\"{share.words}\" does not match the counts: {part.text} / {whole_text} = {computed}%, "
            f"but the words mean {side_en} {share.bound}%",
            span=share.value_span, suggestion=f"核对{part.text}、{whole_text}或改写“{share.words}”",
            suggestion_en="check the counts or the wording",
            evidence={"numerator": str(part.value), "numerator_text": part.text,
                      "denominator": str(whole.value),
                      "denominator_text": whole_text, "stated": share.words, "computed": f"{computed}%"})


def _shares_of_a_named_whole(report, ctx):
    """LG201 findings for a share that states its whole in its own words, of the count
    just before it (…的有M件，占全年…总数N件的X%)."""
    found, starts = counts(report)
    for q in report.quantities:
        if q.unit != "%" or q.approx is not Approx.EXACT or not q.metric.startswith("占"):
            continue
        m = NAMED_WHOLE.match(q.metric)
        if m is None:
            continue
        metric_start = q.span.start - len(q.metric)
        i = bisect.bisect_left(starts, metric_start) - 1
        if i < 0 or metric_start - found[i].span.end > 2 or found[i].approx is not Approx.EXACT:
            continue
        part = found[i]
        whole = Decimal(m.group(1).replace(",", ""))
        if not whole or part.unit != m.group(2) or part.value > whole:
            continue
        finding = _share_of_a_stated_whole(ctx, part, q, whole, m.group(1) + m.group(2))
        if finding is not None:
            yield finding


def _share_of_a_stated_whole(ctx, part, share, whole, whole_text):
    """The LG201 finding for a share ``share`` of a part over a whole the text states,
    or None when some rounding of part ÷ whole gives it."""
    ctx.count("claims_checked")
    exact = part.value * HUNDRED / whole
    if _scheme(exact, share.value, decimals(share), Approx.EXACT) is not None:
        return None
    return ctx.finding(
        f"{part.text}所占比例{share.text}与文中数字不符：{part.text} ÷ {whole_text} = {_fmt(exact)}%",
        f"the share {share.text} of {part.text} does not match the counts: {part.text} / {whole_text} "
        f"= {_fmt(exact)}%",
        span=share.span, suggestion="核对部分数、总数和占比", suggestion_en="check the part, the whole and the share",
        evidence={"numerator": str(part.value), "numerator_text": part.text, "denominator": str(whole),
                  "denominator_text": whole_text, "stated": _pct(share.value),
                  "computed": f"{_fmt(exact, 4)}%"})


def _judge(report, ctx, rate, quantities, start):
    """(the statistic the claim counts under, the finding or None) for ``rate`` over
    the counts ``quantities``."""
    pairs = _operands(report, rate, quantities, start)
    if pairs is not None and pairs[0] and not pairs[1] and _kind(rate.name) is not None:
        # a kind whose base words are not in the sentence: a count before the numerator
        # that is not smaller may still be its whole (结案率…，立案…件，结案…件)
        last = max(q.span.start for q in pairs[0])
        wholes = _wholes_of(pairs[0], quantities, report.text)
        pairs = pairs[0], [(q, False) for q in wholes if q.span.start < last]
    if pairs is None or not pairs[1] or not pairs[0] and _lone_denominators(rate, pairs[1]):
        # no operands, only a numerator, or LG202's case (a lone exact denominator)
        return ("claims_unverifiable" if not pairs or not pairs[1] or pairs[0] else "claims_checked"), None
    nums, dens = pairs
    if not nums:
        return "claims_unverifiable", None
    wholes = _wholes_of(nums, quantities, report.text)
    if _stem(rate.name) is not None and _kind(rate.name) is None:
        # known only by its stem: a whole is any count before it that is not smaller
        dens = [(q, weak) for q, weak in dens if q in wholes]
        if not dens:
            return "claims_unverifiable", None
    fit = _fits_any(rate, nums, wholes)
    if fit == "half-up":
        return "claims_checked", None  # a count of the sentence, read as the whole, gives the rate
    finding = _check_pairs(ctx, rate, nums, dens, quantities)
    if finding is not None and fit is not None and finding.severity > Severity.INFO:
        return "claims_checked", None  # another reading fits, if only by truncation: not proved wrong
    return "claims_checked", finding


#: A fraction written after a rate: 合格率X%（M/N人）, 审结率X%（审结M件/受理N件）.
_FRACTION = Pattern(
    r"\s*[（(][^（）()/／\d]{0,8}?(\d[\d,]*)\s*(\p{Han}{0,2}?)[^（）()/／\d]{0,4}[/／]"
    r"[^（）()/／\d]{0,8}?(\d[\d,]*)\s*(\p{Han}{0,2})[）)]")


def _stated_fraction(report, rate):
    """(numerator, denominator) quantities a fraction in brackets right after the rate
    states, or None."""
    m = _FRACTION.match(report.text, rate.span.end)
    if m is None:
        return None
    unit = m.group(4) or m.group(2) or "个"
    return tuple(Quantity(Decimal(m.group(g).replace(",", "")), unit, Approx.EXACT, "",
                          m.group(g) + unit, report.span(m.start(g), m.end(g))) for g in (1, 3))


def _counts_after(report, rate):
    """The counts after ``rate`` in its sentence (a rate stated before its counts)."""
    sentence = sentence_at(report, rate.span.start)
    if sentence is None:
        return []
    found, starts = counts(report)
    lo, hi = bisect.bisect_right(starts, rate.span.end), bisect.bisect_left(starts, sentence.span.end)
    return found[lo:hi][:6]


@rule("LG202", "rate-impossible-for-denominator", Severity.ERROR,
      "比率不可能由所述总数得出", "no whole count gives the rate over the stated total")
def rate_impossible_for_denominator(report, ctx):
    for rate in report.rates:
        if rate.value > HUNDRED:
            continue
        quantities, start = _sentence_quantities(report, rate.span)
        pairs = _operands(report, rate, quantities, start)
        if pairs is not None and not pairs[0] and not pairs[1] and (after := _counts_after(report, rate)):
            pairs = _operands(report, rate, after, rate.span.end)  # 纠错率为…，全年审结案件82件
        if pairs is None or pairs[0] or not pairs[1]:
            continue
        dens = _lone_denominators(rate, pairs[1])
        if not dens:
            continue
        if any(_grim(rate, base) for q, _ in dens for base in _bases(rate, int(q.value), quantities)
               if base > 0):
            continue  # (a 纠错率 may be over the cases closed by a decision)
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
            if _may_exceed(report, rate):
                ctx.count("claims_unverifiable")
                continue
            ctx.count("claims_checked")
            yield ctx.finding(
                f"{_label(rate)}为{_pct(rate.value)}，比率和占比不可能超过100%",
                f"{_label(rate)} is {_pct(rate.value)}; a rate or share cannot exceed 100%",
                span=rate.value_span, suggestion="核对数字", suggestion_en="check the figure",
                evidence={"stated": _pct(rate.value)})


#: Words that say a rate's cases may include older ones (新收…件，结案…件: cases
#: carried over from last year are concluded too).
_CARRIED = Pattern(r"新收|新受理|结转|旧存|积案|存量")
#: A count of those older cases (上年结转3件).
_CARRIED_COUNT = Pattern(r"结转|旧存|积案|存量")
_CONCLUDED = Pattern(r"结|办结|审结")


def _may_exceed(report, rate) -> bool:
    """Whether the rate's sentence shows how it may exceed 100%: visits (人次) counted
    over people (人), or concluded cases over a new intake that leaves out cases
    carried over."""
    sentence = sentence_at(report, rate.span.start)
    if sentence is None:
        return False
    found, starts = counts(report)
    lo, hi = bisect.bisect_left(starts, sentence.span.start), bisect.bisect_left(starts, sentence.span.end)
    mine = found[lo:hi]
    units = {q.unit for q in mine}
    if units & {"人次", "万人次"} and units & {"人", "名", "位"}:
        return True
    if any(_CARRIED_COUNT.search(q.metric) for q in mine):
        return False  # 上年结转3件 stated: the base is known to include them
    return bool(_CONCLUDED.search(rate.name) and _CARRIED.search(sentence.text))
