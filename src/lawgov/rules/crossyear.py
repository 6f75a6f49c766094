"""Built-in plugin ``crossyear``: this year's report against last year's (LG4xx).

These rules run only with ``--previous LAST_YEAR_REPORT`` (``previous=`` in the
API). Figures are matched across the two reports by the content words of what they
count (segmented with jieba, loaded only here) and by their unit.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from .._domain.contents import Content
from .._model import Approx, Severity
from .._check.rule import rule
from .._domain.segment import metric_key
from .._util.text import Pattern, fold
from ..hookspecs import hookimpl
from ._common import classified
from .._domain.issuers import issuer_names, same_issuer

# The patterns of this module are compiled on first use: they serve only checks with
# last year's report (--previous), and compiling costs start-up time.
_YOY = Pattern(
    r"(?:同比|较上年|较去年|比上年|比去年|较上一年|较20\d\d年(?:同期)?)"
    r"(?P<verb>增长|增加|上升|提高|提升|下降|减少|降低)了?\s*(?P<x>\d+(?:\.(?P<d>\d+))?)\s*"
    r"(?P<unit>%|[件次起名人家场期份条项个处户])")
#: What may stand between a figure and the change said of it (调解纠纷125件，同比…).
_SUBJECT_GAP = Pattern(r"[\s，,、]*(?:数量|总量|总数|件数|案件数|人数)?[\s，,、]*")
_UP = ("增长", "增加", "上升", "提高", "提升")
_SHINGLE = 5
_MIN_PARAGRAPH = 50
_COPY_THRESHOLD = 0.9
#: A shingle in more paragraphs of last year than this is common phrasing.
_COMMON = 50
#: Paragraphs of last year compared in full with one of this year's.
_COMPARED = 4
#: How many copied places the message names (all are in the evidence).
_SHOWN = 3


def _mismatch(report, prev):
    """(zh, en, evidence) when ``prev`` is not the previous year's report of the same
    issuer, or None when it is or the text cannot tell."""
    year, prev_year = report.metadata.year, prev.metadata.year
    mine, theirs = issuer_names(report), issuer_names(prev)
    evidence = {"year": year, "previous_year": prev_year, "issuer": sorted(mine),
                "previous_issuer": sorted(theirs)}
    if report.text == prev.text:
        return ("作为上一年度报告给出的是本报告自身", "the report given as last year's is this report itself",
                evidence)
    if mine and theirs and not same_issuer(mine, theirs):
        return (f"作为上一年度报告给出的是“{'、'.join(sorted(theirs))}”的报告，本报告的主体是"
                f"“{'、'.join(sorted(mine))}”",
                f"the report given as last year's was issued by {'/'.join(sorted(theirs))}, "
                f"this one by {'/'.join(sorted(mine))}", evidence)
    if year is not None and prev_year is not None and prev_year != year - 1:
        return (f"作为上一年度报告给出的是{prev_year}年度的报告，本报告是{year}年度的，应为{year - 1}年度",
                f"the report given as last year's is for {prev_year}; this report is for {year}, "
                f"so last year's is {year - 1}", evidence)
    return None


def _paired(report, ctx):
    """Last year's report, or None when none was given or it is not last year's
    report of the same issuer (LG404 says so once)."""
    prev = ctx.previous
    if prev is None or _mismatch(report, prev) is not None:
        return None
    return prev


def _key(q):
    """Figures match across years by content words and unit (segmented with jieba:
    全年共调解各类矛盾纠纷 matches 调解矛盾纠纷)."""
    return metric_key(q.metric), q.unit


def _in_plans(report):
    """A test: does an offset fall inside the report's plans part?"""
    plans = [s.span for s, _, c in classified(report) if Content.PLANS in c]
    return lambda offset: any(p.start <= offset < p.end for p in plans)


def _exact_figures(report):
    """metric/unit -> quantities stated exactly outside the plans part."""
    in_plans = _in_plans(report)
    out = defaultdict(list)
    for q in report.quantities:
        if (q.is_count and q.approx is Approx.EXACT and len(q.metric) >= 4
                and not in_plans(q.span.start)):
            out[_key(q)].append(q)
    return out


@rule("LG404", "previous-report-mismatch", Severity.WARNING,
      "给出的上一年度报告不是同一主体的上一年度报告",
      "the report given as last year's is not the same issuer's report of the year before")
def previous_report_mismatch(report, ctx):
    if ctx.previous is None:
        return
    found = _mismatch(report, ctx.previous)
    if found is not None:
        zh, en, evidence = found
        yield ctx.finding(zh + "；未做跨年度比较（LG401–LG403）",
                          en + "; the cross-year checks (LG401-LG403) were not run",
                          suggestion="给出同一单位上一年度的报告（命令行用 --previous，网页上选择“上一年度报告”）",
                          suggestion_en="give the same issuer's report of the year before "
                                        "(--previous, or the page's last-year field)",
                          evidence={**evidence, "previous_source": ctx.previous.source})


@rule("LG401", "copied-from-last-year", Severity.INFO,
      "段落与上一年度报告基本相同", "paragraphs are copied from last year's report")
def copied_from_last_year(report, ctx):
    prev = _paired(report, ctx)
    if prev is None:
        return
    index: dict[str, list[int]] = defaultdict(list)
    prev_paras = [p for p in prev.paragraphs if len(p.text) >= _MIN_PARAGRAPH]
    prev_sets = []
    for i, p in enumerate(prev_paras):
        grams = _shingles(p.text)
        prev_sets.append(grams)
        for g in grams:
            index[g].append(i)
    places = []
    for para in report.paragraphs:
        if len(para.text) < _MIN_PARAGRAPH:
            continue
        grams = _shingles(para.text)
        best = _closest(grams, index, prev_sets)
        if best is None:
            continue
        jaccard = len(grams & prev_sets[best]) / len(grams | prev_sets[best])
        if jaccard >= _COPY_THRESHOLD:
            places.append((para, prev_paras[best].span.line, jaccard))
    if not places:
        return
    total = sum(len(p.text) for p in report.paragraphs) or 1
    share = sum(len(p.text) for p, _, _ in places) / total
    first = "、".join(f"第 {p.span.line} 行" for p, _, _ in places[:_SHOWN])
    more = f"等 {len(places)} 处" if len(places) > _SHOWN else ""
    first_en = ", ".join(str(p.span.line) for p, _, _ in places[:_SHOWN])
    more_en = f" and {len(places) - _SHOWN} more" if len(places) > _SHOWN else ""
    yield ctx.finding(
        f"有 {len(places)} 段与上一年度报告基本相同，占正文的 {share:.0%}（{first}{more}），"
        "请确认内容已按本年度更新",
        f"{len(places)} paragraph(s), {share:.0%} of the text, are almost the same as last year's "
        f"report (lines {first_en}{more_en}); check that they were updated",
        span=places[0][0].span,
        evidence={"paragraphs": len(places), "share": round(share, 3),
                  "places": [{"line": p.span.line, "previous_line": line, "jaccard": round(j, 3)}
                             for p, line, j in places]})


def _closest(grams: set[str], index: dict[str, list[int]], prev_sets: list[set[str]]) -> int | None:
    """The paragraph of last year most like ``grams`` (Jaccard similarity of their
    shingles), among those that could reach the copy threshold; in time linear in the
    paragraph (a paragraph that holds this one and more is not mistaken for its copy).

    A paragraph with a Jaccard similarity of at least the threshold shares at least
    ``need`` of the shingles, so it holds one of any ``len - need + 1`` of them (a prefix
    filter): the rarest are looked up. A shingle in more than ``_COMMON`` paragraphs of
    last year is common phrasing and is not looked up; the few paragraphs holding the
    most of the rare ones are compared in full.
    """
    need = math.ceil(_COPY_THRESHOLD * len(grams))
    present = [g for g in grams if g in index]
    if len(present) < need:
        return None  # shingles last year never had are the rarest: nothing can be close
    present.sort(key=lambda g: (len(index[g]), g))
    hits: dict[int, int] = defaultdict(int)
    for g in present[:len(present) - need + 1]:
        postings = index[g]
        if len(postings) > _COMMON:
            break  # sorted: the rest are as common
        for i in postings:
            hits[i] += 1
    best, score = None, 0.0
    for i in sorted(heapq.nsmallest(_COMPARED, hits, key=lambda i: (-hits[i], i))):
        jaccard = len(grams & prev_sets[i]) / len(grams | prev_sets[i])
        if jaccard > score:
            best, score = i, jaccard
    return best


def _shingles(text: str) -> set[str]:
    compact = "".join(text.split())
    return {compact[i:i + _SHINGLE] for i in range(max(1, len(compact) - _SHINGLE + 1))}


@rule("LG402", "last-year-targets", Severity.INFO,
      "上一年度计划目标与本年度完成情况对照", "last year's targets against this year's figures")
def last_year_targets(report, ctx):
    prev = _paired(report, ctx)
    if prev is None:
        return
    planned = _in_plans(prev)
    actual = _exact_figures(report)
    for q in prev.quantities:
        if not q.is_count or len(q.metric) < 4 or not planned(q.span.start):
            continue
        done = actual.get(_key(q))
        if not done:
            continue
        a = done[0]
        low, _ = q.bounds()
        met = a.value >= low
        ctx.count("claims_checked")
        yield ctx.finding(
            f"上一年度报告计划“{q.metric}”{q.text}，本年度为{a.text}，"
            + ("已完成" if met else "未达到计划"),
            f"last year's report planned {q.text} ({q.metric}); this year reports {a.text}: "
            + ("met" if met else "not met"),
            span=a.span, evidence={"target": str(q.value), "actual": str(a.value), "met": met,
                                   "previous_line": q.span.line})


@rule("LG403", "contradicts-last-year", Severity.WARNING,
      "同比变化与上一年度报告的数字不符", "a year-on-year change contradicts last year's report")
def contradicts_last_year(report, ctx):
    prev = _paired(report, ctx)
    if prev is None:
        return
    last = _exact_figures(prev)
    quantities = [q for q in report.quantities if q.is_count and q.approx is Approx.EXACT]
    starts = [q.span.start for q in quantities]
    for m in _YOY.finditer(fold(report.text)):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        q = quantities[i]
        if not _SUBJECT_GAP.fullmatch(report.text, q.span.end, m.start()) or len(q.metric) < 4:
            continue  # 整改隐患30处，刑事发案率同比下降12%: the change is another indicator's
        before = last.get(_key(q))
        if not before or len({b.value for b in before}) != 1 or before[0].value == 0:
            continue
        a = before[0].value
        direction = 1 if m.group("verb") in _UP else -1
        stated = Decimal(m.group("x"))
        percent = m.group("unit") == "%"
        if percent:
            actual = (q.value - a) * 100 / a
            decimals = len(m.group("d") or "")
            shown = abs(actual).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
            change = f"{actual:.2f}%"
        elif m.group("unit") == q.unit[-1:]:
            actual = q.value - a
            shown = abs(actual)
            change = f"{actual:+f}{q.unit}"
        else:
            continue
        ctx.count("claims_checked")
        if (q.value - a) * direction >= 0 and shown == stated:
            continue
        yield ctx.finding(
            f"上一年度报告中“{q.metric}”为{before[0].text}，本年度{q.text}，变化为{change}，"
            f"与所述“{m.group()}”不符",
            f"last year's report gives {before[0].text} for “{q.metric}”; this year's {q.text} is a "
            f"change of {change}, not “{m.group()}”",
            span=report.span(m.start(), m.end()),
            suggestion="核对本年度数字、上一年度数字或增减幅度",
            suggestion_en="check this year's figure, last year's figure or the change",
            evidence={"previous": str(a), "current": str(q.value), "stated": m.group(),
                      "computed": change, "previous_line": before[0].span.line})


@hookimpl
def lawgov_rules():
    return [previous_report_mismatch, copied_from_last_year, last_year_targets,
            contradicts_last_year]
