"""The operands of shares (占比X%, 占…的X%): the count just before a share is its
part; its whole is a count the text ties to that part (a 其中 or ``…中，`` after it, a
total in the part's sentence), never last year's figure stated beside this year's."""

from __future__ import annotations

import bisect

from ..._util.text import Pattern

from .._common import counts, sentence_at

#: Words that make a count a total, or the year's or the place's whole.
_WHOLE = Pattern(r"共|合计|总计|累计|总数|总共|一共")
_SCOPE = Pattern(r"全年|全镇|全乡|全区|全县|全市|共|累计|总计|合计|年内|本年度")


#: A share's name, less the words that say "all of it": what is left names the base.
_GENERIC = Pattern(r"^(?:全[市省县区州镇乡]|全部|所有|全)+|(?:总数|总量|总额|数量|总|数|的)+$")
_STOP = "。；;\n"
_EACH = Pattern(r"(?:分别|各)$")
_SHARE_WORD = Pattern(r"的?(?:比例|比重)?$")


def _names_base(rate) -> bool:
    """占全部事项的…, 占总数的…: a share that says what it is a share of (not 占比)."""
    return rate.name.startswith("占") and not rate.name.startswith("占比")


def _share_operands(report, rate):
    """(part, candidate wholes) for a share: the count just before the share is the
    part; a whole is a count with the same unit that a 其中 or a ``N件中`` ties to it,
    earlier in the paragraph. A share naming its base (占全部政务服务事项的) only takes
    wholes whose clause names it too."""
    text = report.text
    if _EACH.search(text, max(0, rate.span.start - 2), rate.span.start) or "分别" in rate.name:
        return None  # 分别占60%、40%: shares of a list, each of its own part
    found, starts = counts(report)
    i = bisect.bisect_left(starts, rate.span.start) - 1
    if i < 0:
        return None
    part = found[i]
    between = text[part.span.end:rate.span.start]
    if len(between) > 12 or any(c in _STOP for c in between):
        return None
    if "其中" in text[part.span.end:rate.value_span.start] or _IN_WHOLE.match(text, part.span.end):
        # 受理46件，其中邻里纠纷占比38.5%: the count is the share's whole, its part unstated
        return [], [(part, True)] if part.unit != "%" and not _last_year(text, part) else []
    base = ""
    if _names_base(rate):
        base = _GENERIC.sub("", _SHARE_WORD.sub("", rate.name[1:]))
    reach = max(0, part.span.start - 400)  # no whole is sought further back: a line may be long
    para_start = max(text.rfind("\n", reach, part.span.start) + 1, reach)
    wholes = []
    for j in range(i - 1, -1, -1):
        q = found[j]
        if q.span.start < para_start or part.span.start - q.span.start > 400:
            break
        if q.unit != part.unit or _last_year(text, q) or _OWN_SHARE.match(text, q.span.end):
            continue  # 甲类最多，共215件，占比28%；其次乙类180件…: 215 is a part with its own share
        k = j + 1
        while k < i and _last_year(text, found[k]):
            k += 1  # 88件（上年为70件），其中…: last year's figure does not part a whole from its 其中
        tie = text.find("其中", q.span.end, min(found[k].span.start, part.span.start) + 1)
        if tie == -1 and not _IN_WHOLE.match(text, q.span.end) and not _stated_total(report, q, part):
            continue
        if base:
            clause = text[max(para_start, q.span.start - 40):q.span.end]
            if base not in clause and not _names_chars(base, clause):
                continue
        wholes.append((q, False))
    return [part], wholes


#: A share right after a count: the count is a part, not the whole of the shares after it.
_OWN_SHARE = Pattern(r"[，,]?\s*(?:占比|所占比例|占)[^，,。；;\d]{0,16}?\d")
#: A share whose whole stands in its own words: 占全年…总数N件的X%, 占全镇村总数19个的八成以上.
NAMED_WHOLE = Pattern(r"^占[^，,。；;\d]{0,20}?(\d[\d,]*)\s*(\p{Han}{1,2}?)的?$")
#: What ties a whole to the parts after it: 120件中，…  在…的40名村干部中，…
_IN_WHOLE = Pattern(r"(?:[^，,。；;\d]{0,12}?中(?:[，,]|(?=已|有|共|均|累计))|中)")
#: A figure of another year, in brackets after this year's: （上年为70件）, （去年同期…）.
_LAST_YEAR = Pattern(r"[（(][^（）()]{0,4}(?:上年|去年|上一年|同期)[^（）()\d]{0,6}$")


def _last_year(text, q) -> bool:
    """Whether ``q`` is last year's figure stated beside this year's."""
    return _LAST_YEAR.search(text, max(0, q.span.start - 14), q.span.start) is not None


def _names_chars(base, clause):
    """受案 for a clause about 受理的…件: every character of the base but its measure
    words (案 件 项 数) is in the clause."""
    chars = set(base) - set("案件项数")
    return bool(chars) and chars <= set(clause)


def _stated_total(report, q, part):
    """共收到申请120件，依法受理100件，占83.3%: a total (共/合计/总计…, or the year's or
    the place's whole: 全年/全县…) in the part's sentence."""
    text = report.text
    found = sentence_at(report, q.span.start)
    if found is None or part.span.start >= found.span.end:
        return False
    clause_start = max(found.span.start, *(text.rfind(c, found.span.start, q.span.start) for c in "，,；;"))
    return (_WHOLE.search(text, clause_start, q.span.start) is not None
            or _SCOPE.search(text, clause_start, q.span.start) is not None)


def listed_after(report, first):
    """``first`` and the quantities of its unit chained after it by 、 alone
    (41.2%、34.5%、28.7%; 1,200件、800件、500件)."""
    text = report.text
    found = [q for q in report.quantities if q.unit == first.unit and q.span.start > first.span.start]
    chain = [first]
    for q in found:
        if text[chain[-1].span.end:q.span.start] != "、":
            break
        chain.append(q)
    return chain


def listed_before(report, last):
    """The quantities of ``last``'s unit chained by 、 before it, and ``last``."""
    text = report.text
    found = [q for q in report.quantities if q.unit == last.unit and q.span.end <= last.span.start]
    chain = [last]
    for q in reversed(found):
        if text[q.span.end:chain[0].span.start] != "、":
            break
        chain.insert(0, q)
    return chain
