"""Built-in plugin ``structure``: the five mandated contents, title and signature.

Basis: 《法治政府建设与责任落实督察工作规定》(2019) fixes the five contents of the
annual report (see ``lawgov explain LG101``).
"""

from __future__ import annotations

from .._util.text import Pattern

from ..hookspecs import hookimpl
from .._util.cache import per_report
from .._domain.contents import CAUSE_CUES, Content, classify
from .._model import Severity
from .._check.rule import rule
from ._common import parts, sub_sections


def _present(report, content):
    """Top-level parts announcing ``content``."""
    return [s for s, found in parts(report) if content in found]


def _no_parts(report):
    return not [s for s in report.sections if not s.heading.inline]


def _has(report, content):
    """Whether a part or a sub-point announces ``content``."""
    return bool(_present(report, content) or sub_sections(report, content))


#: How much of a paragraph's opening is read to tell what it reports.
_OPENING = 40
_DUTY = Pattern(r"第一责任人[^。；;]{0,20}(职责|责任)|(履行|落实|扛起)[^。；;]{0,12}第一责任人")


@per_report
def _prose_contents(report):
    """For a report without part headings: the mandated contents its paragraphs
    report, read from each paragraph's opening with the vocabulary of the headings
    (存在的问题…, 下一步…, 其他需要报告的情况), the 第一责任人 duty from any sentence
    that reports it, and the measures from any paragraph that is none of the others."""
    year = report.metadata.year
    found = set()
    for p in report.paragraphs:
        opening = p.sentences[0].text[:_OPENING] if p.sentences else p.text[:_OPENING]
        kinds = classify(opening, year)
        if _DUTY.search(p.text):
            kinds = kinds | {Content.LEADERS}
        found |= kinds
        if not kinds - {Content.MEASURES} and len(p.text) >= 20:
            found.add(Content.MEASURES)
    return frozenset(found)


def _headless_missing(report, content):
    """True when a report without part headings has no prose on ``content``."""
    return _no_parts(report) and content not in _prose_contents(report)


def _missing(ctx, content, extra_zh="", extra_en=""):
    if _no_parts(ctx.report):
        extra_zh = extra_zh or "：报告没有分部分标题，正文中也没有报告这项内容"
        extra_en = extra_en or ": the report has no part headings and no prose reports it"
    return ctx.finding(
        f"缺少“{content.zh}”部分{extra_zh}",
        f"the report has no part on {content.en}{extra_en}",
        suggestion=f"按《法治政府建设与责任落实督察工作规定》增设“{content.zh}”部分",
        suggestion_en="add this part, as the 2019 督察工作规定 requires",
        evidence={"content": content.value})


@rule("LG100", "no-parts", Severity.WARNING,
      "报告没有可识别的分部分标题", "the report has no recognisable part headings")
def no_parts(report, ctx):
    if _no_parts(report) and report.paragraphs:
        yield ctx.finding(
            "报告没有“一、”“（一）”等分部分标题，无法核对五项法定内容是否齐全",
            "the report has no numbered part headings (一、 （一） …), so its five mandated "
            "contents cannot be checked",
            suggestion="按五项法定内容分部分撰写并加标题",
            suggestion_en="write the report in titled parts, one per mandated content")


@rule("LG101", "measures-part", Severity.ERROR,
      "缺少主要举措和成效部分", "no part on measures and results")
def measures_part(report, ctx):
    # reports often set out their measures as thematic parts (一、强化统筹引领…) ahead
    # of the other mandated parts: an unclassified first part counts as measures
    if _no_parts(report):
        if _headless_missing(report, Content.MEASURES):
            yield _missing(ctx, Content.MEASURES)
        return
    if _has(report, Content.MEASURES) or not parts(report)[0][1]:
        return
    yield _missing(ctx, Content.MEASURES)


@rule("LG102", "shortcomings-part", Severity.ERROR,
      "缺少存在的不足和原因部分", "no part on shortcomings and their causes")
def shortcomings_part(report, ctx):
    if _headless_missing(report, Content.SHORTCOMINGS) or not _no_parts(report) and not _has(
            report, Content.SHORTCOMINGS):
        yield _missing(ctx, Content.SHORTCOMINGS)


_LEADER_SUBJECT = Pattern(
    r"^[^，,。；;]{0,12}(书记|镇长|乡长|县长|区长|市长|主任|局长|厅长|主要负责(人|同志)|一把手|党政主要)")


def _leader_paragraphs(report):
    """Paragraphs that open with the leaders reporting on their 第一责任人 duty."""
    return [p for p in report.paragraphs
            if p.sentences and _LEADER_SUBJECT.match(p.text)
            and "第一责任人" in p.sentences[0].text]


@rule("LG103", "leaders-part", Severity.ERROR,
      "缺少党政主要负责人履行第一责任人职责情况", "no part on the leaders' 第一责任人 duty")
def leaders_part(report, ctx):
    if _no_parts(report):
        if _headless_missing(report, Content.LEADERS):
            yield _missing(ctx, Content.LEADERS)
        return
    if _present(report, Content.LEADERS):
        return
    if sub_sections(report, Content.LEADERS) or _leader_paragraphs(report):
        return  # LG104's case: the content exists, but not as a part of its own
    mentions = [s for s in report.sentences if "第一责任人" in s.text]
    if mentions:
        lines = "、".join(str(s.span.line) for s in mentions[:5])
        yield _missing(ctx, Content.LEADERS,
                       f"；“第一责任人”仅在正文第 {lines} 行顺带提及，未报告履职情况",
                       f"; 第一责任人 is only mentioned in passing (line {lines})")
    else:
        yield _missing(ctx, Content.LEADERS)


@rule("LG104", "leaders-not-own-part", Severity.WARNING,
      "第一责任人履职情况不是独立部分", "the 第一责任人 content is not a part of its own")
def leaders_not_own_part(report, ctx):
    if _no_parts(report) or _present(report, Content.LEADERS):
        return
    subs = sub_sections(report, Content.LEADERS)
    where = subs[0].heading.span if subs else None
    if where is None:
        paras = _leader_paragraphs(report)
        if not paras:
            return
        where = paras[0].sentences[0].span
    yield ctx.finding(
        "党政主要负责人履行推进法治建设第一责任人职责的情况只作为其他部分中的一项内容出现，"
        "未单列为报告的一个部分",
        "the report on how the principal leaders discharged their 第一责任人 duty is only a "
        "sub-point inside another part, not a part of its own",
        span=where,
        suggestion="将第一责任人履职情况单列为一个部分（如“二、党政主要负责人履行推进法治建设第一责任人职责情况”）",
        suggestion_en="make it a top-level part of its own")


@rule("LG105", "plans-part", Severity.ERROR,
      "缺少下一年度主要安排部分", "no part on next year's plans")
def plans_part(report, ctx):
    if _headless_missing(report, Content.PLANS) or not _no_parts(report) and not _has(
            report, Content.PLANS):
        yield _missing(ctx, Content.PLANS)


@rule("LG106", "other-matters-part", Severity.WARNING,
      "缺少其他需要报告的情况", "no part on other matters to report")
def other_matters_part(report, ctx):
    if _no_parts(report) and not _headless_missing(report, Content.OTHER) or _has(report, Content.OTHER):
        return
    yield ctx.finding(
        f"缺少“{Content.OTHER.zh}”部分；没有需要报告的其他情况时也应写明“无”",
        "the report has no part on other matters to report (其他需要报告的情况); "
        "when there is nothing to add it should say so (无)",
        suggestion="在报告末尾增加“其他需要报告的情况”部分，没有则写“无”",
        suggestion_en="add a final part 其他需要报告的情况, answering 无 if there is nothing",
        evidence={"content": Content.OTHER.value})


@rule("LG107", "shortcomings-without-causes", Severity.ERROR,
      "存在的不足部分没有分析原因", "the shortcomings part analyses no causes")
def shortcomings_without_causes(report, ctx):
    found = _present(report, Content.SHORTCOMINGS) or sub_sections(report, Content.SHORTCOMINGS)
    if not found:
        return
    for section in found:
        if CAUSE_CUES.search(report.text, section.heading.span.end, section.span.end):
            return
    heads = {s.heading for s in found}
    if any("原因" in h.title for h in report.headings if h not in heads):
        return  # causes analysed in a part of their own
    head = found[0].heading
    yield ctx.finding(
        f"“{head.title}”部分只列举了问题和不足，没有分析产生的原因",
        f"the part “{head.title}” lists shortcomings but analyses none of their causes",
        span=head.span,
        suggestion="规定要求报告“存在的不足和原因”，请逐项说明问题产生的原因",
        suggestion_en="the regulation asks for shortcomings and their causes; give the causes")


@rule("LG108", "no-title", Severity.WARNING, "报告没有标题", "the report has no title")
def no_title(report, ctx):
    if report.metadata.title is None:
        yield ctx.finding(
            "报告没有标题；年度报告应有“××关于××年法治政府建设情况的报告”一类的标题",
            "the report has no title such as ××关于××年法治政府建设情况的报告",
            suggestion="在正文前加标题，写明报告主体和年度",
            suggestion_en="add a title naming the issuer and the year")


@rule("LG109", "no-signature", Severity.WARNING,
      "报告末尾没有落款或日期", "no signature or date at the end")
def no_signature(report, ctx):
    meta = report.metadata
    if meta.signature is None and meta.signing_date is None:
        yield ctx.finding("报告末尾没有落款单位和成文日期",
                          "the report ends without a signing organisation and date",
                          suggestion="在文末写明落款单位和成文日期",
                          suggestion_en="end the report with the issuing organisation and the date")
    elif meta.signing_date is None:
        yield ctx.finding("报告落款没有成文日期", "the signature has no date",
                          span=meta.signature.span, suggestion="在落款下写明成文日期",
                          suggestion_en="add the date under the signature")


@hookimpl
def lawgov_rules():
    return [no_parts, measures_part, shortcomings_part, leaders_part, leaders_not_own_part,
            plans_part, other_matters_part, shortcomings_without_causes, no_title, no_signature]
