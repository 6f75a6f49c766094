"""Parts and wholes: LG203 (a part larger than its whole), LG204 (parts that do
not add up to their stated total), LG208 (shares of one whole that do not add up)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from decimal import Decimal

from ..._model import Approx, Severity
from ..._check.rule import rule
from ..._util.text import Pattern, fold
from ..._util.cache import per_report
from .._common import counts, sentence_at, sentences
from ._arithmetic import HUNDRED, _pct
from ._operands import _REST
from ._shares import _IN_WHOLE, _SCOPE, _WHOLE, _last_year, _names_base, listed_after


_MAX_CONTINUED = 8
_SEPARATOR = Pattern(r"[，,：:、]")
_TOTAL_WORDS = Pattern(r"全年|全[镇乡区县市]|共|合计|累计")
#: Shares of one base: after 其中, or after the base's 中 (复议案件中涉及…的占…).
_OF_ONE_BASE = Pattern(r"其中|中[，,]?\p{Han}{0,12}?占")
_THE_REST = Pattern(r"其他|其余|剩余")
_OTHER = Pattern(r"(?:其他|其余)(.*)$")
_WRITTEN = Pattern(r"(\d+)(?:\.(\d+))?\s*([万亿])?")


#: The last clause boundary before a position (searched backwards).
_CLAUSE_STOP = Pattern(r"(?r)[，,；;。\n]")


@per_report
def _wholes(report):
    """(whole, [first part after 其中], same-unit counts after the whole, continued,
    stated) for each sentence's whole (see :func:`_sentence_wholes`). The counts after
    it are those of its sentence or, when the next sentence opens with 其中
    (共办理…N宗。其中，…), those of the rest of the paragraph (``continued``)."""
    text = report.text
    found = []
    by_sentence = defaultdict(list)
    sents, starts = sentences(report)
    for q in counts(report)[0]:
        by_sentence[bisect.bisect_right(starts, q.span.start) - 1].append(q)
    for i, qs in by_sentence.items():
        for whole, after, cut, stated in _sentence_wholes(text, qs):
            continued = False
            if cut == -1 and i + 1 < len(sents) and i >= 0:
                nxt = sents[i + 1]
                end = text.find("\n", whole.span.end)
                end = len(text) if end == -1 else end
                if nxt.text.lstrip().startswith("其中") and nxt.span.start < end:
                    cut, continued = nxt.span.start, True
                    after = []
                    for k in range(i + 1, min(len(sents), i + 1 + _MAX_CONTINUED)):
                        if sents[k].span.start >= end:
                            break
                        after += [q for q in by_sentence.get(k, ()) if q.unit == whole.unit]
            parts = [q for q in after if cut != -1 and q.span.start > cut]
            found.append((whole, parts[:1] if parts else [], after, continued, stated))
    return found


def _sentence_wholes(text, qs):
    """(whole, same-unit counts after it, where its parts start or -1, whether it is
    stated as a total) for the
    whole of a sentence's counts: the first stated with 共/合计/总计/累计; failing one,
    the first whose parts follow 中， (在审结的94件中，…) or that is the year's or the
    place's (全年受理…105件，…) and is followed by counts of its unit."""
    def clause_has(pattern, q):
        window = max(0, q.span.start - 60)
        if not pattern.search(text, window, q.span.start):
            return False  # most counts: no such word even before their clause
        stop = _CLAUSE_STOP.search(text, window, q.span.start)
        return pattern.search(text, stop.end() if stop else window, q.span.start) is not None

    for j, whole in enumerate(qs):
        if clause_has(_WHOLE, whole):
            after = [q for q in qs[j + 1:] if q.unit == whole.unit]
            cut = text.find("其中", whole.span.end, after[0].span.start) if after else -1
            return [(whole, after, cut, True)]
    around = text[max(0, qs[0].span.start - 60):qs[-1].span.end]
    if "中" not in around and _SCOPE.search(around) is None:
        return []  # most sentences: no whole of either kind
    for j, whole in enumerate(qs):
        after = [q for q in qs[j + 1:] if q.unit == whole.unit]
        if not after or _last_year(text, whole):
            continue
        within = _IN_WHOLE.match(text, whole.span.end)
        if within is not None and within.end() <= after[0].span.start:
            return [(whole, after, whole.span.end, False)]
        if clause_has(_SCOPE, whole):
            return [(whole, after, text.find("其中", whole.span.end, after[0].span.start), False)]
    return []


def _catch_all(q, whole):
    """其他行政执法行为45.22万宗 after 共办理各类行政执法案件…: the rest of the whole
    (其他 followed by the whole's own words, or by nothing but a measure of kind)."""
    m = _OTHER.match(q.metric)
    if m is None:
        return False
    rest = m.group(1)
    if len(rest) <= 2:
        return True
    return any(rest[k:k + 2] in whole.metric for k in range(len(rest) - 1))


def _half_unit(q) -> Decimal:
    """Half the last written digit of a quantity (1616.85万 → 50; 12 → 0): how far
    its rounding may have moved it."""
    m = _WRITTEN.search(fold(q.text))
    if m is None:
        return Decimal(0)
    decimals = len(m.group(2) or "")
    mult = {"万": 10_000, "亿": 100_000_000}.get(m.group(3) or "", 1)
    if not decimals and mult == 1:
        return Decimal(0)
    return Decimal(5).scaleb(-decimals - 1) * mult


def _in_units_of(value: Decimal, q) -> str:
    """``value`` written the way ``q`` is (16166538 as 1616.6538万宗 beside 1616.85万宗)."""
    for mark, mult in (("亿", Decimal(100_000_000)), ("万", Decimal(10_000))):
        if mark + q.unit in q.text:
            return f"{(value / mult).normalize():f}{mark}{q.unit}"
    return f"{value.normalize():f}{q.unit}"


@rule("LG203", "part-exceeds-whole", Severity.ERROR,
      "部分大于整体", "a part is larger than its whole")
def part_exceeds_whole(report, ctx):
    for whole, parts, _, _, _ in _wholes(report):
        for part in parts:
            ctx.count("claims_checked")
            hi = whole.bounds()[1]
            if hi is not None and part.bounds()[0] > hi:
                yield ctx.finding(
                    f"其中{part.metric}{part.text}大于总数{whole.metric}{whole.text}",
                    f"the part {part.text} ({part.metric}) is larger than the whole "
                    f"{whole.text} ({whole.metric})",
                    span=part.span, suggestion="核对总数和其中各项的数字",
                    suggestion_en="check the total and its parts",
                    evidence={"whole": str(whole.value), "part": str(part.value)})


def _sum_claims(report):
    """(whole, parts, last part) for every list the text says is complete."""
    text = report.text
    for whole, _, after, continued, stated in _wholes(report):
        if not after:
            continue
        rest = next((q for q in after if _REST.search(text, max(0, q.span.start - 4), q.span.start)
                     or _catch_all(q, whole)), None)
        if rest is not None:
            parts = after[: after.index(rest) + 1]
        elif stated and not continued and text.find("分别", whole.span.end, after[0].span.start) != -1:
            rest, parts = after[-1], after  # 共X件，分别为a件、b件: the list claims to be all
            if "等" in text[rest.span.end:rest.span.end + 3] or _OPEN_NAMES.search(
                    text, whole.span.end, after[0].span.start):
                yield whole, parts, None  # 分别为a件、b件等, or A、B、C等…分别为: not every part is named
                continue
        else:
            continue
        first_sub = text.find("其中", parts[0].span.end, rest.span.start) if len(parts) > 1 else -1
        if first_sub != -1 and not stated:
            continue  # 新收38件，办结41件，其中…其他9件: the rest closes another count's list
        if first_sub != -1:
            parts = [q for q in parts if q.span.start < first_sub or q is rest]
        yield whole, parts, rest
    yield from _totals_after(report)


#: Names of the parts that end in 等 (涉及甲、乙、丙等部门，分别为…): the list is open.
_OPEN_NAMES = Pattern(r"、[^，,。；;\d]{1,12}等(?!级|次|候|待|同|于)")
_TOTAL_AFTER = Pattern(r"[，,]\s*(?:全年|全[镇乡区县市])?(?:合计|共计|总计)(?:为|达)?\s*")
#: What stands between two parts of a list closed by a total: one separator (、, or a
#: comma: 市场监管领域216次，安全生产领域134次), and words, never another figure's verb.
_LIST_GAP = Pattern(r"[^，,、。；;\n\d]{0,16}[、，,][^，,、。；;\n\d]{0,16}")


def _totals_after(report):
    """处罚案件12件、强制案件3件，合计15件: a 、 list closed by a total after it."""
    text = report.text
    found = counts(report)[0]
    for j, whole in enumerate(found):
        lead = text.rfind("，", max(0, whole.span.start - 8), whole.span.start)
        lead = max(lead, text.rfind(",", max(0, whole.span.start - 8), whole.span.start))
        if j < 2 or lead == -1 or not _TOTAL_AFTER.fullmatch(text, lead, whole.span.start):
            continue
        parts, end = [], lead
        for k in range(j - 1, -1, -1):
            q = found[k]
            gap = text[q.span.end:end]
            if q.unit != whole.unit or (parts and not _LIST_GAP.fullmatch(gap) or not parts and gap):
                break
            clause = _SEPARATOR.split(text[max(0, q.span.start - 16):q.span.start])[-1]
            if parts and _TOTAL_WORDS.search(clause):
                break  # 全年培训12次，线上5次、线下7次，合计12次: 12次 is not a part
            parts.insert(0, q)
            end = q.span.start
            if "其中" in clause:
                break  # …，其中线上5次、线下7次，合计12次: the list starts after 其中
        if len(parts) >= 2 and whole.approx is Approx.EXACT:
            yield whole, parts, whole


@rule("LG204", "parts-do-not-sum", Severity.ERROR,
      "各部分之和与总数不符", "parts said to be complete do not add up to the whole")
def parts_do_not_sum(report, ctx):
    seen = set()
    opened = []
    for whole, parts, rest in _sum_claims(report):
        seen.add(whole.span.start)
        if rest is None:
            opened.append((whole, parts))
            continue
        if len(parts) < 2:
            continue  # a list of one item is no sum
        ctx.count("claims_checked")
        if any(q.approx is not Approx.EXACT for q in [whole, *parts]):
            finding = _loose_sum(ctx, whole, parts, rest.span, complete=True)
            if finding is not None:
                yield finding
            continue
        total = sum(q.value for q in parts)
        tolerance = sum(_half_unit(q) for q in [whole, *parts])
        if abs(total - whole.value) > tolerance:
            terms = " + ".join(q.text for q in parts)
            diff = abs(total - whole.value).normalize()
            shown = _in_units_of(total, whole)
            tol = _in_units_of(tolerance, whole)
            note = f"（各数四舍五入的误差至多{tol}）" if tolerance else ""
            note_en = f" (rounding explains at most {tol})" if tolerance else ""
            yield ctx.finding(
                f"{terms} = {shown}，与总数{whole.text}不符{note}",
                f"{terms} = {shown}, not the whole {whole.text}{note_en}",
                span=rest.span,
                suggestion=f"核对各部分或总数；两者相差{_in_units_of(diff, whole)}",
                suggestion_en="check the parts or the whole",
                evidence={"whole": str(whole.value), "parts": [str(q.value) for q in parts],
                          "sum": str(total), "tolerance": str(tolerance)})
    for whole, parts in [*opened, *_open_lists(report)]:
        if whole.span.start in seen and (whole, parts) not in opened:
            continue
        ctx.count("claims_checked")
        if any(q.approx is not Approx.EXACT for q in [whole, *parts]):
            finding = _loose_sum(ctx, whole, parts, parts[-1].span, complete=False)
            if finding is not None:
                yield finding
            continue
        total = sum(q.value for q in parts)
        tolerance = sum(_half_unit(q) for q in [whole, *parts])
        if total - whole.value > tolerance:  # a 其中 list need not be complete, but cannot exceed
            terms = " + ".join(q.text for q in parts)
            yield ctx.finding(
                f"其中所列各项 {terms} = {_in_units_of(total, whole)}，超过总数{whole.text}",
                f"the parts listed after 其中, {terms} = {_in_units_of(total, whole)}, exceed the whole "
                f"{whole.text}",
                span=parts[-1].span, suggestion="核对各部分或总数", suggestion_en="check the parts or the whole",
                evidence={"whole": str(whole.value), "parts": [str(q.value) for q in parts],
                          "sum": str(total), "tolerance": str(tolerance)})


def _loose_sum(ctx, whole, parts, span, complete):
    """The finding for approximate parts (800余件) or whole (近400件) whose ranges cannot
    meet: the parts at their least exceed the whole at its most, or, for a list said to
    be complete, the parts at their most fall short of the whole at its least."""
    low = sum(q.bounds()[0] for q in parts)
    highs = [q.bounds()[1] for q in parts]
    high = None if None in highs else sum(highs)
    w_low, w_high = whole.bounds()
    tolerance = sum(_half_unit(q) for q in [whole, *parts])
    terms = " + ".join(q.text for q in parts)
    evidence = {"whole": whole.text, "parts": [q.text for q in parts], "sum_at_least": str(low),
                "sum_at_most": None if high is None else str(high), "tolerance": str(tolerance)}
    if w_high is not None and low - tolerance > w_high:
        return ctx.finding(
            f"{terms} 至少为{_in_units_of(low, whole)}，超过总数{whole.text}",
            f"{terms} come to at least {_in_units_of(low, whole)}, more than the whole {whole.text}",
            span=span, suggestion="核对各部分或总数", suggestion_en="check the parts or the whole",
            evidence=evidence)
    if complete and high is not None and high + tolerance < w_low:
        return ctx.finding(
            f"{terms} 至多为{_in_units_of(high, whole)}，不足总数{whole.text}",
            f"{terms} come to at most {_in_units_of(high, whole)}, less than the whole {whole.text}",
            span=span, suggestion="核对各部分或总数", suggestion_en="check the parts or the whole",
            evidence=evidence)
    return None


def _open_lists(report):
    """(whole, parts) for every count followed by 其中 or ``…中，`` and a list of counts
    of its unit in one clause run (其中甲类a件、乙类b件…), up to the next 其中, ； or 。."""
    text = report.text
    found, starts = counts(report)
    for i, whole in enumerate(found):
        lead = text.find("其中", whole.span.end, whole.span.end + 3)
        framed = False  # 在审结的94件案件中，维持…，驳回…，纠错…: the sentence's counts are its parts
        if lead != -1:
            lead += 2
        elif (within := _IN_WHOLE.match(text, whole.span.end)) is not None:
            lead, framed = within.end(), True
        else:
            continue
        parts = []
        for q in found[i + 1:]:
            between = text[(parts[-1].span.end if parts else lead):q.span.start]
            if any(c in between for c in "；;。\n") or "其中" in between or len(between) > 16:
                break
            listed = "、" in between or framed and ("，" in between or "," in between)
            if q.unit != whole.unit or not listed and parts:
                break
            parts.append(q)
        if len(parts) >= 2:
            yield whole, parts


@rule("LG208", "shares-do-not-sum", Severity.ERROR,
      "覆盖全部的各项占比相加不等于100%", "shares that cover the whole do not add up to 100%")
def shares_do_not_sum(report, ctx):
    text = report.text
    groups = defaultdict(list)
    for rate in report.rates:
        if rate.name.endswith("占比") or _names_base(rate):
            found = sentence_at(report, rate.span.start)
            if found is not None:
                groups[found.span.start].append(rate)
    yield from _listed_shares_over_100(report, ctx)
    for start, shares in groups.items():
        last = shares[-1]
        end = last.value_span.start
        clause = text[shares[-2].value_span.end if len(shares) > 1 else start:end]
        if (len(shares) < 2 or len({"占比" if r.name.endswith("占比") else r.name for r in shares}) > 1
                or not _OF_ONE_BASE.search(text, start, shares[0].value_span.start)
                or not _THE_REST.search(clause)
                or any(r.bound is not Approx.EXACT for r in shares)):
            continue  # not several exact shares of one base that end with the rest of it
        ctx.count("claims_checked")
        total = sum(r.value for r in shares)
        tolerance = sum(Decimal(5).scaleb(-r.decimals - 1) for r in shares)
        if abs(total - HUNDRED) > tolerance:
            terms = " + ".join(_pct(r.value) for r in shares)
            yield ctx.finding(
                f"各项占比 {terms} = {_pct(total)}，列到“其他”已是全部，合计应为100%"
                f"（四舍五入的误差至多{_pct(tolerance)}）",
                f"the shares {terms} = {_pct(total)} cover the whole (they end with the rest) "
                f"but do not add up to 100% (rounding explains at most {_pct(tolerance)})",
                span=last.span, suggestion="核对各项数量和占比", suggestion_en="check the counts and shares",
                evidence={"shares": [_pct(r.value) for r in shares], "sum": _pct(total),
                          "tolerance": _pct(tolerance)})


def _listed_shares_over_100(report, ctx):
    """A warning for the shares of one base listed after 分别 (占比分别为a%、b%、c%) that add
    up to more than 100%: unless the kinds overlap, one of them is wrong."""
    percents = {q.span.start: q for q in report.quantities if q.unit == "%"}
    for rate in report.rates:
        named = rate.name.endswith(("占比", "比例", "比重")) or rate.name.startswith("占")
        if not named or "分别" not in report.text[rate.span.start:rate.value_span.start]:
            continue
        first = percents.get(rate.value_span.start)
        if first is None:
            continue
        shares = listed_after(report, first)
        if len(shares) < 2 or any(q.approx is not Approx.EXACT for q in shares):
            continue
        ctx.count("claims_checked")
        total = sum(q.value for q in shares)
        tolerance = sum(_half_unit(q) or Decimal("0.5") for q in shares)
        if total - HUNDRED > tolerance:
            terms = " + ".join(q.text for q in shares)
            yield ctx.finding(
                f"分别列出的各项占比 {terms} = {_pct(total)}，超过100%",
                f"the shares listed, {terms} = {_pct(total)}, exceed 100%",
                span=shares[-1].span, severity=Severity.WARNING,
                suggestion="核对各项占比；如各类有交叉，请说明",
                suggestion_en="check the shares; say so if the kinds overlap",
                evidence={"shares": [q.text for q in shares], "sum": _pct(total),
                          "tolerance": _pct(tolerance)})
