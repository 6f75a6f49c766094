"""Year-on-year claims between this year's and last year's count of one sentence,
checked by LG207: a difference (比上年增加N件), a change in percent (同比增长X%), a
multiple (增长X倍) or a doubling (翻了一番).

A sentence is read when it compares with last year (上年, 去年, 同比…) and its counts,
all of one kind, take at most one of each role: this year's figure, last year's
(上年为M件, 比上年的M件), and the difference (比上年增加N件). Two of the three give the
third. Every figure stands for the interval its wording allows (130余件 is 130–139), and
a claim is reported only when no values in those intervals give it, under any rounding.
增长X倍 is read both ways reports use it (X times as many, or X times more).
"""

from __future__ import annotations

from decimal import Decimal

from ..._model import Severity
from ..._util.text import Pattern, fold
from .._common import counts
from ._arithmetic import HUNDRED, _comparable, _fmt, decimals

#: Sentences that compare with last year.
_COMPARES = Pattern(r"上年|去年|上一年|同比")
#: A count after these is last year's (上年为M件, 比上年的M件, 由上年的M件).
_EARLIER = Pattern(r"(?:上年|去年|上一年)[^，,。；;\d%]{0,6}$")
#: A count after these is the difference from last year (比上年增加N件, 同比减少N件,
#: 比上年的M件增加N件).
_DELTA = Pattern(r"(增加|减少|增长|下降|上升|降低|提高|多|少)了?$")
#: A change in percent (增长12.4%, 下降百分之十三): the words before a percentage.
_PERCENT_VERB = Pattern(r"(增长|上升|提高|增加|下降|减少|降低)(?:了|为|达)?\s*$")
_TIMES = Pattern(r"(增长|增加|提高|上升)了?\s*(\d+(?:\.\d+)?)\s*倍")
_DOUBLED = Pattern(r"翻了?(一|两)番")
#: Words that make the figures loose or not this year's and last year's of one thing.
_NOT_READ = Pattern(r"约|左右|近|超过|不足|不到|累计|分别|平均|月|季度|上半年|下半年|"
                    r"以来|全市|全省|全国|其中|新增")
_DOWN = "减少下降降低少"


class _Figures:
    """This year's figure, last year's and the difference, each an interval."""

    def __init__(self) -> None:
        self.now = self.before = self.delta = None  # (low, high, quantity)


def _span(q):
    lo, hi = q.bounds()
    return (lo, hi) if hi is not None else None


def year_on_year(report, ctx):
    """LG207 findings for year-on-year claims that this year's and last year's figures
    of their sentence contradict."""
    changed = {c.span.start for c in report.changes}
    found, _ = counts(report)
    percents = [q for q in report.quantities if q.unit == "%"]
    for start, end in _segments(report):
        text = report.text[start:end]
        if not _COMPARES.search(text) or _NOT_READ.search(text):
            continue
        if any(start <= c < end for c in changed):
            continue  # 由A增至B，增长X%: a change claim read by the parser
        figures = _roles(report, [q for q in found if start <= q.span.start < end])
        if figures is None:
            continue
        claims = _claims(report, start, end, [q for q in percents if start <= q.span.start < end])
        if claims is None:
            continue
        yield from _judge(report, ctx, figures, claims)


def _segments(report):
    """(start, end) of each run of a sentence between semicolons: 受理…件，同比增长…；
    按期办结…件，办结率… holds two subjects."""
    for sentence in report.sentences:
        if not _COMPARES.search(sentence.text):
            continue
        start = sentence.span.start
        for m in _SEMICOLON.finditer(sentence.text):
            yield start, sentence.span.start + m.end()
            start = sentence.span.start + m.end()
        yield start, sentence.span.end


def _roles(report, mine):
    """The sentence's figures by role, or None when they are not one thing's two years."""
    if not 1 <= len(mine) <= 3 or any(not _comparable(q.unit, mine[0].unit) for q in mine):
        return None
    text = fold(report.text)
    figures = _Figures()
    previous = None
    for q in mine:
        lead = text[max(0, q.span.start - 12):q.span.start]
        if previous is not None and previous[0] == "before" and _LISTED_AFTER.fullmatch(
                text[previous[1].span.end:q.span.start]):
            continue  # 上年受理81件、审结78件: another of last year's figures
        bounds = _span(q)
        if bounds is None:
            return None
        if (m := _DELTA.search(lead)) is not None:
            role, sign = "delta", -1 if m.group(1) in _DOWN else 1
            bounds = (bounds[0] * sign, bounds[1] * sign) if sign > 0 else (-bounds[1], -bounds[0])
        elif _EARLIER.search(lead):
            role = "before"
        else:
            role = "now"
        if getattr(figures, role) is not None:
            return None
        setattr(figures, role, (*bounds, q))
        previous = (role, q)
    known = sum(x is not None for x in (figures.now, figures.before, figures.delta))
    if known < 2 and (figures.now is None or figures.now[0] != figures.now[1]) or (
            figures.now is None and figures.before is None):
        return None  # this year's exact figure alone is tested by the GRIM test (_impossible)
    return figures


_SEMICOLON = Pattern(r"[；;]")
_LISTED_AFTER = Pattern(r"、\p{Han}{1,6}")
#: A percentage that is a rate or a share, not a change (办结率98.2%, 保持在98%以上).
_RATE_BEFORE = Pattern(r"(?:率|占比|比例|比重|占)[^，,。；;\d%]{0,6}$")


def _claims(report, start, end, percents):
    """The segment's claims of change: [(kind, stated, span)], None when unclear."""
    text = fold(report.text)
    claims = []
    for q in percents:
        m = _PERCENT_VERB.search(text, max(0, q.span.start - 6), q.span.start)
        if m is None:
            if claims and _RATE_BEFORE.search(text, max(0, q.span.start - 12), q.span.start):
                continue  # a rate after the change: not a claim about the two years
            return None  # a percentage that is neither: not read
        sign = -1 if m.group(1) in _DOWN else 1
        claims.append(("percent", (q.value * sign, decimals(q)), report.span(m.start(), q.span.end)))
    folded, at = fold(report.text[start:end]), start
    for m in _TIMES.finditer(folded):
        claims.append(("times", Decimal(m.group(2)), report.span(at + m.start(), at + m.end())))
    for m in _DOUBLED.finditer(folded):
        claims.append(("doubled", Decimal(2 if m.group(1) == "一" else 4),
                       report.span(at + m.start(), at + m.end())))
    if len({kind for kind, _, _ in claims}) != len(claims):
        return None  # two claims of one kind: which figures each is about is unclear
    return claims


def _judge(report, ctx, f, claims):
    now, before, delta = f.now, f.before, f.delta
    if before is None and delta is None:
        yield from _impossible(report, ctx, now[2], claims)
        return
    if delta is not None and now is not None and before is not None:
        ctx.count("claims_checked")
        low, high = now[0] - before[1], now[1] - before[0]
        if high < delta[0] or low > delta[1]:
            q = delta[2]
            diff = now[2].value - before[2].value
            yield _finding(ctx, q.span, f"{before[2].text}到{now[2].text}{_signed(diff, q.unit)}，"
                           f"与所述的{q.text}不符",
                           f"{before[2].text} to {now[2].text} is a difference of {diff}, not {q.text}",
                           before[2], now[2], q.text, f"{diff}{q.unit}")
            return  # the figures disagree already: which is wrong is for the reader
    if now is None:
        now = (before[0] + delta[0], before[1] + delta[1], None)
    if before is None:
        before = (now[0] - delta[1], now[1] - delta[0], None)
    if before[0] <= 0:
        return
    shown_before = before[2].text if before[2] else _interval_text(before, now, delta)
    shown_now = now[2].text if now[2] else _interval_text(now, before, delta)
    for kind, stated, span in claims:
        ctx.count("claims_checked")
        lowest, highest = now[0] / before[1], now[1] / before[0]  # this year over last year
        exact = (now[2].value if now[2] else now[0]) / (before[2].value if before[2] else before[0])
        if kind == "percent":
            value, places = stated
            unit = Decimal(1).scaleb(-places)
            lo, hi = (lowest - 1) * HUNDRED, (highest - 1) * HUNDRED
            # half-up or half-even within half a unit; truncation up to a unit away from zero
            a, b = (value - unit / 2, value + unit) if value >= 0 else (value - unit, value + unit / 2)
            if hi >= a and lo <= b:
                continue
            computed = f"{_fmt((exact - 1) * HUNDRED)}%"
            words = f"{'增长' if value > 0 else '下降'}{abs(value)}%"
        elif kind == "times":
            half = Decimal(1).scaleb(stated.as_tuple().exponent) / 2 if stated % 1 else Decimal("0.5")
            if any(lowest - half <= x <= highest + half for x in (stated, stated + 1)):
                continue  # X times as many, or X times more
            computed = f"{_fmt(exact)}倍"
            words = f"增长{stated}倍"
        else:
            if stated * Decimal("0.9") <= highest and lowest <= stated * Decimal("1.1"):
                continue
            computed = f"{_fmt(exact)}倍"
            words = "翻一番" if stated == 2 else "翻两番"
        if kind == "percent":
            zh = f"由{shown_before}到{shown_now}的变化是{computed}，与所述“{words}”不符"
            en = f"from {shown_before} to {shown_now} is a change of {computed}, not \"{words}\""
        else:
            zh = f"由{shown_before}到{shown_now}是原来的{computed}，与所述“{words}”不符"
            en = f"from {shown_before} to {shown_now} is {computed.replace('倍', ' times')}, not \"{words}\""
        yield _finding(ctx, span, zh, en, before[2], now[2], words, computed, shown_before, shown_now)


def _signed(value, unit):
    return f"{'增加' if value >= 0 else '减少'}{abs(value)}{unit}"


def _interval_text(x, other, delta):
    """A derived figure written for a message: 1215件 (this year's less the difference)."""
    value = x[0] if x[0] == x[1] else None
    unit = (other[2] or delta[2]).unit
    return f"{value}{unit}（由增减数推算）" if value is not None else "推算的数值"


def _finding(ctx, span, zh, en, before, now, stated, computed, shown_before=None, shown_now=None):
    return ctx.finding(
        zh, en, span=span, severity=Severity.ERROR,
        suggestion="核对本年和上年的数值或增减幅度", suggestion_en="check the two years' figures or the change",
        evidence={"before": str(before.value) if before else shown_before,
                  "after": str(now.value) if now else shown_now,
                  "stated": stated, "computed": computed})


#: Between this year's figure and its change: 受理53件，同比上升27.5%.
_RIGHT_AFTER = Pattern(r"[，,]?\s*(?:同比|较上年|比上年|较去年|比去年)(?:同期)?")


def _impossible(report, ctx, now, claims):
    """The GRIM test for a change stated with this year's figure only: no whole number
    of last year gives the stated change in percent at its precision."""
    text = fold(report.text)
    for kind, stated, span in claims:
        if kind != "percent" or not _RIGHT_AFTER.match(text, now.span.end, span.start) or now.value <= 0:
            continue
        value, places = stated
        unit = Decimal(1).scaleb(-places)
        ctx.count("claims_checked")
        # last year's figure L gives 100·(T−L)/L; search around T / (1 + value/100)
        low = now.value * HUNDRED / (HUNDRED + value + unit)
        high = now.value * HUNDRED / (HUNDRED + value - unit) if HUNDRED + value - unit > 0 else None
        if high is None or high - low > 10_000:
            continue
        candidates = range(max(1, int(low) - 1), int(high) + 2)
        if any(_rounds_to((now.value - k) * HUNDRED / k, value, unit) for k in candidates):
            continue
        near = sorted(candidates, key=lambda k: abs((now.value - k) * HUNDRED / k - value))[:2]
        listed = "，".join(f"上年{k}{now.unit}为{_fmt((now.value - k) * HUNDRED / k)}%" for k in sorted(near))
        yield ctx.finding(
            f"{now.text}“{'增长' if value > 0 else '下降'}{abs(value)}%”不可能成立：{listed}，"
            f"没有哪个整数的上年数能得出{abs(value)}%",
            f"{now.text} with a change of {value}% cannot hold: no whole number of last year gives it",
            span=span, severity=Severity.ERROR, suggestion="核对本年数值或增减幅度",
            suggestion_en="check this year's figure or the change",
            evidence={"after": str(now.value), "stated": f"{value}%",
                      "nearest": [{"before": k, "change": f"{_fmt((now.value - k) * HUNDRED / k, 4)}%"}
                                  for k in sorted(near)]})


def _rounds_to(exact: Decimal, stated: Decimal, unit: Decimal) -> bool:
    """Whether ``exact`` is written ``stated`` rounded half-up or half-even, or truncated."""
    if abs(exact - stated) <= unit / 2:
        return True
    return stated >= 0 and stated <= exact < stated + unit or stated < 0 and stated - unit < exact <= stated
