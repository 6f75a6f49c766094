"""Built-in plugin ``years``: the report year, the plan year and the signing date.

Basis: the annual report covers the previous calendar year and is published by
1 April (《法治政府建设与责任落实督察工作规定》第二十四条, see ``lawgov explain LG303``).
"""

from __future__ import annotations

import datetime as _dt

import regex

from ..hookspecs import hookimpl
from .._domain.contents import FUTURE_CUES, Content, classify
from .._model import Severity
from .._check.rule import rule
from .._util.text import Pattern, fold, ymd
from ._common import parts, sentence_at

#: Future cues, plus dates that are deadlines or a law's effective date, not events.
_NOT_AN_EVENT = Pattern(
    rf"{FUTURE_CUES.pattern}|前完成|之前|以前|到\s*20\d\d|截至|施行|实施|生效")

#: A year at the start of a heading (二、2024年党政主要负责人…): the wording copied
#: headings carry; years elsewhere in a heading may name other years on purpose.
_LEADING_YEAR = Pattern(r"\s*(20\d\d)\s*年")


def _leading_years(report, contents):
    """(heading, year, start, end) for top-level parts announcing one of ``contents``
    whose title starts with a year."""
    for section, found in parts(report):
        h = section.heading
        m = _LEADING_YEAR.match(fold(h.title))
        if found & contents and m:
            start = h.title_span.start + m.start(1)
            yield h, int(m.group(1)), start, start + 4


@rule("LG301", "report-year-mismatch", Severity.ERROR,
      "正文或标题中的年度与报告年度不一致", "a year in the text contradicts the report year")
def report_year_mismatch(report, ctx):
    meta = report.metadata
    year = meta.year
    if year is None:
        return
    if meta.title is not None and report.paragraphs:
        first = report.paragraphs[0]
        m = regex.match(r"\s*(20\d\d)\s*年度?\s*(?:以来)?[,，]", fold(first.text))
        if m and int(m.group(1)) != year:
            s = first.span.start + m.start(1)
            yield ctx.finding(
                f"标题是 {year} 年度的报告，开头却写“{m.group(1)}年”",
                f"the title reports on {year} but the opening says {m.group(1)}",
                span=report.span(s, s + 4), suggestion=f"核对年度，应为“{year}年”",
                suggestion_en=f"check the year; it should be {year}",
                evidence={"report_year": year, "stated": int(m.group(1))})
    for h, stated, s, e in _leading_years(
            report, {Content.MEASURES, Content.SHORTCOMINGS, Content.LEADERS}):
        if stated != year:
            yield ctx.finding(
                f"{year} 年度报告中“{h.title}”这一部分的标题写的是 {stated} 年",
                f"the heading “{h.title}” of a report on {year} names {stated}",
                span=report.span(s, e), suggestion=f"核对年度，应为“{year}年”",
                suggestion_en=f"check the year; it should be {year}",
                evidence={"report_year": year, "stated": stated})


@rule("LG302", "plan-year", Severity.ERROR,
      "下一年度安排写的不是下一年", "the next-year part names another year")
def plan_year(report, ctx):
    year = report.metadata.year
    if year is None:
        return
    for h, stated, s, e in _leading_years(report, {Content.PLANS}):
        if stated != year + 1:
            yield ctx.finding(
                f"{year} 年度报告的下一年度安排写的是 {stated} 年，应为 {year + 1} 年",
                f"the next-year part of a report on {year} names {stated}, not {year + 1}",
                span=report.span(s, e), suggestion=f"改为“{year + 1}年”",
                suggestion_en=f"it should be {year + 1}",
                evidence={"report_year": year, "stated": stated, "expected": year + 1})


@rule("LG303", "signed-after-deadline", Severity.ERROR,
      "成文日期晚于次年4月1日的公开期限", "signed after the 1 April publication deadline")
def signed_after_deadline(report, ctx):
    year, signed = report.metadata.year, report.metadata.signing_date
    if year is None or signed is None:
        return
    deadline = _dt.date(year + 1, 4, 1)
    if signed.date > deadline:
        yield ctx.finding(
            f"成文日期 {signed.text} 晚于 {year + 1}年4月1日；年度报告应于每年4月1日前向社会公开",
            f"signed on {signed.date.isoformat()}, after {deadline.isoformat()}; the report "
            "must be published by 1 April",
            span=signed.span, evidence={"signed": signed.date.isoformat(),
                                        "deadline": deadline.isoformat()})


@rule("LG304", "signed-before-year-end", Severity.WARNING,
      "报告年度尚未结束就已成文", "signed before the reported year ended")
def signed_before_year_end(report, ctx):
    year, signed = report.metadata.year, report.metadata.signing_date
    if year is None or signed is None:
        return
    if signed.date < _dt.date(year + 1, 1, 1):
        yield ctx.finding(
            f"成文日期为{signed.text}，{year}年尚未结束，报告中的全年数据不可能完整",
            f"signed on {signed.date.isoformat()}, before {year} ended, so full-year figures "
            "cannot be complete",
            span=signed.span, suggestion="年度结束后核实全年数据再成文",
            suggestion_en="sign after the year has ended, with full-year figures",
            evidence={"signed": signed.date.isoformat(), "report_year": year})


@rule("LG307", "published-after-deadline", Severity.WARNING,
      "报告晚于次年4月1日公开", "published after 1 April of the following year")
def published_after_deadline(report, ctx):
    meta = report.metadata
    if meta.year is None or meta.published is None:
        return
    deadline = _dt.date(meta.year + 1, 4, 1)
    if meta.published > deadline:
        where = {"--published": "命令行 --published", "meta PubDate": "网页的 PubDate 元数据",
                 "发布时间 line": "网页上的“发布时间”", "页面发布日期": "文中页面信息的发布日期"}.get(
                     meta.published_from or "", meta.published_from)
        yield ctx.finding(
            f"报告于{meta.published.isoformat()}公开（依据：{where}），晚于{deadline.year}年4月1日的公开期限",
            f"the report was published on {meta.published.isoformat()} (from {meta.published_from}), "
            f"after the deadline of 1 April {deadline.year}",
            suggestion="年度报告应于每年4月1日前通过报刊、网站等向社会公开",
            suggestion_en="publish the annual report by 1 April, as 第二十四条 requires",
            evidence={"published": meta.published.isoformat(), "deadline": deadline.isoformat(),
                      "published_from": meta.published_from, "report_year": meta.year})


@rule("LG305", "date-after-signing", Severity.WARNING,
      "文中日期晚于成文日期", "a date in the text is later than the signing date")
def date_after_signing(report, ctx):
    signed = report.metadata.signing_date
    if signed is None:
        return
    plans = [s.span for s in report.all_sections()
             if not s.heading.inline and Content.PLANS in classify(s.heading.title, report.metadata.year)]
    for d in report.dates:
        if d is signed or d.span.start == signed.span.start or d.date <= signed.date:
            continue
        if any(p.start <= d.span.start < p.end for p in plans):
            continue
        sentence = sentence_at(report, d.span.start)
        if sentence is not None and _NOT_AN_EVENT.search(sentence.text):
            continue
        yield ctx.finding(
            f"文中日期 {d.text} 晚于成文日期 {signed.text}，已发生的事项不应晚于成文日期",
            f"the date {d.date.isoformat()} is later than the signing date "
            f"{signed.date.isoformat()}",
            span=d.span, evidence={"date": d.date.isoformat(), "signed": signed.date.isoformat()})


@rule("LG306", "report-year-unknown", Severity.INFO,
      "无法确定报告年度", "the report year could not be determined")
def report_year_unknown(report, ctx):
    if report.metadata.year is None:
        yield ctx.finding(
            "标题和开头都没有写明报告年度（如“2025年”），年度相关检查未执行",
            "neither the title nor the opening states the year reported on; year checks were skipped",
            suggestion="在标题中写明年度", suggestion_en="state the year in the title")


@rule("LG308", "page-dates-disagree", Severity.INFO,
      "页面上的成文日期、发布日期和网址中的日期不一致", "the dates a page gives for the report disagree")
def page_dates_disagree(report, ctx):
    """The dates a page gives for one report disagree: published (发布日期) more than a
    few days before it was written (成文日期), or a date in the page's web address
    (/202601/t20260120_…) more than a few days from the publication date. Said once,
    naming every date."""
    meta = report.metadata
    dates = {"written": meta.written, "published": meta.published, "address": _address_date(report.source)}
    written, published, address = dates["written"], dates["published"], dates["address"]
    early = written is not None and published is not None and (written - published).days > _FEW_DAYS
    moved = address is not None and published is not None and abs((address - published).days) > _FEW_DAYS
    if not (early or moved):
        return
    names = {"written": ("成文日期", "written"), "published": ("发布日期", "published"),
             "address": ("网址中的日期", "in the address")}
    known = [(names[k], v) for k, v in dates.items() if v is not None]
    yield ctx.finding(
        "页面给出的日期不一致：" + "，".join(f"{zh}{v.isoformat()}" for (zh, _), v in known),
        "the dates the page gives disagree: " + ", ".join(f"{en} {v.isoformat()}" for (_, en), v in known),
        suggestion="核对成文日期、发布日期，以公众实际能看到报告的日期为准",
        suggestion_en="check the dates; the publication date is when the public could read it",
        evidence={k: v.isoformat() for k, v in dates.items() if v is not None})


#: How far apart two dates of one page may be before they are said to disagree.
_FEW_DAYS = 3
#: The date portals put in a page's address: /202601/t20260120_123.html.
_ADDRESS_DATE = Pattern(r"/t((?:19|20)\d\d)(\d\d)(\d\d)_\d+")


def _address_date(source: str) -> _dt.date | None:
    if not source.startswith(("http://", "https://")):
        return None
    m = _ADDRESS_DATE.search(source)
    return None if m is None else ymd(m)


@hookimpl
def lawgov_rules():
    return [published_after_deadline, report_year_mismatch, plan_year, signed_after_deadline,
            signed_before_year_end, date_after_signing, report_year_unknown, page_dates_disagree]
