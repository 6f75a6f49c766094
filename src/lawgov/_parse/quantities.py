"""Quantities, rate statements and change claims in report text (DESIGN §6).

Everything matches on the width-folded text (same length as the original), so the
spans are spans of the original. What is not a quantity: ordinals (第三), names and
labels (三项制度, 八五普法, 一是, 二十届), years, dates, document numbers (〔2021〕33号)
and hotline numbers (12345): none of them carries a measure word this module
accepts, or they are excluded explicitly below.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

import regex

from .._util.text import Pattern

from .._model import Approx, ChangeClaim, Quantity, RateStatement
from .numerals import number, sane
from .._model import make_span

_CN_NUM = "零〇一二两三四五六七八九十百千万亿点"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNITS = ("万人次|人次|家次|件次|户次|场次|批次|个次|车次|班次|架次|万元|亿元|元|次|件|起|名|人|家|场|期"
          "|份|条|项|个|处|宗|卷|户|篇|批|类|所|座|台|套|本|册|张|部|支|轮|天|小时|平方米|公里|亩|单")
_PRE = ("超过", "不足", "不到", "大约", "近", "约", "逾")  # longest first
_PRE_LAST = frozenset(word[-1] for word in _PRE)
# The approximation word before a number (近, 约, 超过…) is read by _pre(), not by the
# patterns: a pattern that opens with an optional word is tried at every character.
# The stdlib engine, led by the class of the first character, skips to candidates
# faster than regex here (the same matches).
_QUANTITY = re.compile(
    rf"(?=[\d{_CN_NUM}])(?:(?<![A-Za-z0-9.\-/〔\[(])(?P<arabic>{_ARABIC})(?P<mult>[万亿])?"
    rf"|(?<![第周初{_CN_NUM}])(?P<chinese>[{_CN_NUM}]+))"
    rf"(?P<yu>余|多)?(?P<unit>{_UNITS})(?P<post>余|多|以上|左右|之多)?")
_PERCENT = Pattern(
    rf"(?:(?<![A-Za-z0-9.])(?P<arabic>\d+(?:\.\d+)?)\s*%"
    rf"|百分之(?P<chinese>[{_CN_NUM}]+|\d+(?:\.\d+)?))(?P<post>以上|左右|以下)?")
#: Words after a Chinese numeral and its measure word that make a name, not a count.
_NAME_AFTER = Pattern(r"全会|全体会议|会议精神|性|制度|意识|自信|维护|务必|原则|工程|服务站|事一次")
_BOUNDARY = "，,。；;：:、（）()\"！!？?\n"
_FILLER_WORDS = ("全年|年内|本年度|今年|当年|全镇|全乡|全区|全县|全市|共计|共|累计|合计|总计|其中|先后|已|均|"
                 "依法|一共|累积|另|还|并|又|同时|此外")
_FILLER_FIRST = frozenset(word[0] for word in _FILLER_WORDS.split("|"))
_FILLER = Pattern(rf"^({_FILLER_WORDS})+")
_PRE_APPROX = {"近": Approx.AT_MOST, "不足": Approx.AT_MOST, "不到": Approx.AT_MOST,
               "约": Approx.ABOUT, "大约": Approx.ABOUT, "超过": Approx.AT_LEAST, "逾": Approx.AT_LEAST}
_POST_APPROX = {"余": Approx.AT_LEAST, "多": Approx.AT_LEAST, "以上": Approx.AT_LEAST,
                "之多": Approx.AT_LEAST, "左右": Approx.ABOUT, "以下": Approx.AT_MOST}

#: A rate's or share's value, with what bounds it: 约96.5%, 98%以上, 百分之九十六点五.
_VALUE = (r"(?P<pre>近|约|超过|逾|不足|不到)?(?:(?P<num>\d+(?:\.(?P<dec>\d+))?)\s*%"
          r"|百分之(?P<cn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?))(?P<post>以上|左右|以下)?")
_RATE = Pattern(r"(?P<suffix>率|占比|比例|比重|满意度)(?P<gap>[^\d%，,。；;：:、\n]{0,6}?)" + _VALUE)
#: 占全部政务服务事项的98.96%, 占总数的30%: a share whose name says what it is a share of.
_SHARE_OF = Pattern(
    r"占(?!比)(?P<base>[^\d%，,。；;：:、\n]{0,20}?)(?:的)?(?:比例|比重)?(?:为|达到?|是)?" + _VALUE)
_CHANGE_WORDS = Pattern(r"增|降|减|升|提高|提升|下滑|同比|环比|较|比上年|比去年")

_UP = "增长|增加|上升|提高|提升|增至|增加到|增长到|上升到|上升至|提高到|提高至"
_DOWN = "下降|减少|降低|降至|减少到|下降到|下降至|降低到|降低至"
_CHANGE = Pattern(
    rf"由\s*(?P<a>{_ARABIC})\s*(?P<ua>{_UNITS}|%)?\s*(?P<verb>(?:{_UP}|{_DOWN}))(?:到|至|为)?\s*"
    rf"(?P<b>{_ARABIC})\s*(?P<ub>{_UNITS}|%)?\s*[,，]?\s*(?:同比)?(?P<verb2>{_UP}|{_DOWN})了?\s*"
    rf"(?P<x>\d+(?:\.(?P<xd>\d+))?)\s*%")


def extract(text: str, folded: str, starts: tuple[int, ...]) -> tuple[
        tuple[Quantity, ...], tuple[RateStatement, ...], tuple[ChangeClaim, ...]]:
    """All quantities, rate statements and change claims of a text."""
    quantities = []
    floor = 0  # an approximation word may not reach back into the previous match
    for m in _QUANTITY.finditer(folded):
        if (q := _quantity(m, text, folded, starts, floor)) is not None:
            quantities.append(q)
        floor = m.end()
    floor = 0
    for m in _PERCENT.finditer(folded):
        if (q := _percent(m, text, folded, starts, floor)) is not None:
            quantities.append(q)
        floor = m.end()
    quantities.sort(key=lambda q: q.span.start)
    rates = [r for m in _RATE.finditer(folded) if (r := _rate(m, text, starts))]
    named = {r.value_span.start for r in rates}
    rates += [r for m in _SHARE_OF.finditer(folded)
              if (r := _share(m, text, starts)) and r.value_span.start not in named]
    rates.sort(key=lambda r: r.span.start)
    changes = [c for m in _CHANGE.finditer(folded) if (c := _change(m, text, folded, starts))]
    changes += _year_changes(text, folded, starts, quantities, {c.span.end for c in changes})
    ends = [q.span.end for q in quantities]
    changes += [c for m in _THAN_LAST.finditer(folded)
                if (c := _than_last(m, text, starts, quantities, ends))]
    changes.sort(key=lambda c: c.span.start)
    return tuple(quantities), tuple(rates), tuple(changes)


def _approx(pre: str | None, yu: str | None, post: str | None) -> Approx:
    for marker, table in ((pre, _PRE_APPROX), (yu, _POST_APPROX), (post, _POST_APPROX)):
        if marker:
            return table[marker]
    return Approx.EXACT


def _in_quotes(folded: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a “…” pair on its line."""
    line_start = max(folded.rfind("\n", max(0, pos - 200), pos) + 1, pos - 200, 0)
    opened = folded.rfind("“", line_start, pos)
    return opened != -1 and folded.rfind("”", opened, pos) == -1


def _pre(folded: str, start: int, floor: int) -> str | None:
    """The approximation word ending at ``start`` (not before ``floor``), if any."""
    if start == 0 or folded[start - 1] not in _PRE_LAST:
        return None
    for word in _PRE:
        if start - len(word) >= floor and folded.startswith(word, start - len(word)):
            return word
    return None


def _quantity(m: regex.Match[str], text: str, folded: str, starts: tuple[int, ...],
              floor: int) -> Quantity | None:
    arabic, chinese, unit = m.group("arabic", "chinese", "unit")
    if chinese is not None:
        if chinese in ("一", "两", "零") and unit not in ("人次", "万元", "亿元", "元"):
            return None  # 一次性, 一起, 两个维护, 零件: idioms far more often than counts
        if chinese.strip("点") != chinese or not (
                chinese[0] == "十" or any(c in "〇一二两三四五六七八九" for c in chinese)):
            return None  # 千家万户, 百人: a lone 百/千/万 is a figure of speech
        if _NAME_AFTER.match(folded, m.end("unit")) or _in_quotes(folded, m.start()):
            return None
        value = number(chinese)
        start = m.start("chinese")
    else:
        start = m.start("arabic")
        if "，" in text[start:m.end("arabic")]:
            return None  # 125，200: a list, not a thousands separator
        if "." in arabic and _at_line_start(folded, start) and _LIST_MARKER.match(folded, start, start + 1):
            return None  # 3.13个 at the start of a line: list item 3, then 13个
        mult = m.group("mult")
        value = number(arabic + mult if mult else arabic)
    if value is None:
        return None
    pre = _pre(folded, start, floor)
    if pre is not None:
        start -= len(pre)
    end = m.end()
    return Quantity(value, unit, _approx(pre, *m.group("yu", "post")),
                    _metric(text, folded, start, end), text[start:end],
                    make_span(starts, start, end))


def _percent(m: regex.Match[str], text: str, folded: str, starts: tuple[int, ...],
             floor: int) -> Quantity | None:
    arabic = m.group("arabic")
    value = number(arabic) if arabic else number("百分之" + m.group("chinese"))
    if value is None:
        return None
    start = m.start("arabic") if arabic else m.start()
    pre = _pre(folded, start, floor)
    if pre is not None:
        start -= len(pre)
    end = m.end()
    return Quantity(value, "%", _approx(pre, None, m.group("post")),
                    _metric(text, folded, start, end), text[start:end],
                    make_span(starts, start, end))


def _metric(text: str, folded: str, start: int, end: int) -> str:
    """The phrase a quantity counts: its clause before the number (开展执法检查),
    or, when the number opens the clause, the words after it (参加学法考试)."""
    stop = start
    if start > 0 and folded[start - 1] == ")":
        # 纠错（含撤销、确认违法）29件: the words before the parenthesis are the metric
        opened = folded.rfind("(", max(0, start - 40), start)
        if opened != -1:
            stop = opened
    i = _CLAUSE_BEFORE.search(folded, max(0, stop - 24), stop).start()
    before = text[i:stop]
    if before[:1] in _FILLER_FIRST:
        before = _FILLER.sub("", before)
    before = before.strip()
    if before[-1:] in "达到计共":  # the last characters of _LINKING's words
        before = _LINKING.sub("", before)
    if len(before) >= 2:
        return before
    j = _CLAUSE_AFTER.match(folded, end, end + 24).end()
    digit = _DIGIT.search(folded, end, j)  # …的有9个: the next figure's words are its own
    return text[end:digit.start() if digit else j].strip()


#: The clause a number stands in: up to 24 characters before or after it.
_CLAUSE_BEFORE = Pattern(rf"(?r)[^{regex.escape(_BOUNDARY)}]*")
_CLAUSE_AFTER = Pattern(rf"[^{regex.escape(_BOUNDARY)}]*")
#: The Chinese characters just before a position (searched backwards; may be none).
_NAME_BEFORE = Pattern(r"(?r)\p{Han}*")
_LIST_MARKER = Pattern(r"\d$")


def _at_line_start(text: str, at: int) -> bool:
    """Whether only spaces or tabs stand between the line's start and ``at`` (looked
    at backwards, so that a long line costs nothing)."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


_DIGIT = Pattern(r"\d")
_LINKING = Pattern(r"(达到?|共计|合计|总计|累计|总共|共|计)$")


def _rate(m: regex.Match[str], text: str, starts: tuple[int, ...]) -> RateStatement | None:
    # the rate's name: up to ten Chinese characters ending in 率/占比…
    begin = _NAME_BEFORE.search(text, max(0, m.start() - 10), m.start()).start()
    name = text[begin:m.end("suffix")]
    if _CHANGE_WORDS.search(m.group("gap")) or _CHANGE_WORDS.search(name[-4:-1]):
        return None  # 发案率同比下降12%: a change of a rate, not a rate
    bound = _approx(m.group("pre"), None, m.group("post"))
    if "超过" in m.group("gap") or "以上" in m.group("gap"):
        bound = Approx.AT_LEAST
    stated = _value(m)
    if stated is None:
        return None
    value, decimals, at = stated
    return RateStatement(name, value, decimals, bound, text[begin:m.end()],
                         make_span(starts, begin, m.end()), make_span(starts, at, m.end()))


def _value(m: regex.Match[str]) -> tuple[Decimal, int, int] | None:
    """(value, decimals, where it starts) of a match of :data:`_VALUE`."""
    if m.group("cn"):  # 百分之九十六点五
        value = number("百分之" + m.group("cn"))
        return None if value is None else (value, len(m.group("cn").partition("点")[2]), m.start("cn") - 3)
    value = sane(Decimal(m.group("num")))
    return None if value is None else (value, len(m.group("dec") or ""), m.start("num"))


def _share(m: regex.Match[str], text: str, starts: tuple[int, ...]) -> RateStatement | None:
    if _CHANGE_WORDS.search(m.group("base")):
        return None  # 占比较上年提高2%: a change, not a share
    stated = _value(m)
    if stated is None:
        return None
    value, decimals, at = stated
    name = text[m.start():m.start("pre") if m.group("pre") else at]
    return RateStatement(name, value, decimals, _approx(m.group("pre"), None, m.group("post")),
                         text[m.start():m.end()], make_span(starts, m.start(), m.end()),
                         make_span(starts, at, m.end()))


#: 同比增长128.78%: a relative change with no values of its own.
_STATED_CHANGE = Pattern(
    rf"(?:同比|较上年|比上年|较去年|比去年)?(?P<verb>{_UP}|{_DOWN})了?\s*(?P<x>\d+(?:\.(?P<xd>\d+))?)\s*%")
_YEAR = Pattern(r"(?<!\d)(20\d\d)年?")


def _year_changes(text: str, folded: str, starts: tuple[int, ...], quantities, seen) -> list[ChangeClaim]:
    """2023年…66件，2024年…151件，同比增长128.78%: the two counts of one measure in
    consecutive years, stated just before the change in the same sentence."""
    counts = [q for q in quantities if q.is_count]
    ends = [q.span.end for q in counts]
    found = []
    for m in _STATED_CHANGE.finditer(folded):
        i = bisect.bisect_right(ends, m.start())
        if m.end() in seen or i < 2:
            continue
        a, b = counts[i - 2], counts[i - 1]
        if a.span.start < m.start() - 120:
            continue
        gap = folded[a.span.start:m.start()]
        if a.unit != b.unit or any(c in "。；;\n" for c in gap) or len(folded[b.span.end:m.start()]) > 6:
            continue
        years = []
        for q, lo in ((a, max(0, a.span.start - 40)), (b, a.span.end)):
            clause = folded[lo:q.span.start]
            cut = max(clause.rfind(c) for c in "，,、")
            found_years = _YEAR.findall(clause[cut + 1:] if q is a else clause)
            years.append(int(found_years[-1]) if found_years else None)
        if None in years or years[1] != years[0] + 1 or not _same_measure(a.metric, b.metric) or (
                sane(Decimal(m.group("x"))) is None):
            continue
        up = m.group("verb") in _UP.split("|")
        found.append(ChangeClaim(a, b, 1 if up else -1, Decimal(m.group("x")), len(m.group("xd") or ""),
                                 text[a.span.start:m.end()], make_span(starts, a.span.start, m.end())))
    return found


#: 151件，较上年的66件增长128.8%: the previous value stated inside the comparison.
_THAN_LAST = Pattern(
    rf"[，,]?\s*(?:较|比)(?:上年|去年|上一年|上年度|20\d\d年)(?:同期)?(?:的)?\s*(?P<a>{_ARABIC})\s*"
    rf"(?P<ua>{_UNITS})\s*(?:相比)?[，,]?\s*(?P<verb>{_UP}|{_DOWN})了?\s*(?P<x>\d+(?:\.(?P<xd>\d+))?)\s*%")


def _than_last(m: regex.Match[str], text: str, starts: tuple[int, ...], quantities,
               ends: list[int]) -> ChangeClaim | None:
    """The count just before ``较上年的A件增长X%`` is this year's value."""
    i = bisect.bisect_right(ends, m.start()) - 1
    if i < 0:
        return None
    b = quantities[i]
    a_value = number(m.group("a"))
    if b.unit != m.group("ua") or a_value is None or text[b.span.end:m.start()].strip() or (
            sane(Decimal(m.group("x"))) is None):
        return None
    a = Quantity(a_value, m.group("ua"), Approx.EXACT, b.metric, text[m.start("a"):m.end("ua")],
                 make_span(starts, m.start("a"), m.end("ua")))
    up = m.group("verb") in _UP.split("|")
    return ChangeClaim(a, b, 1 if up else -1, Decimal(m.group("x")), len(m.group("xd") or ""),
                       text[b.span.start:m.end()], make_span(starts, b.span.start, m.end()))


def _same_measure(x: str, y: str) -> bool:
    """Whether two metrics name one measure (their words after the year agree)."""
    x, y = (_YEAR.sub("", _FILLER.sub("", v)).lstrip("年度") for v in (x, y))
    x, y = (_FILLER.sub("", v) for v in (x, y))
    return bool(x) and (x == y or x.endswith(y) or y.endswith(x))


def _change(m: regex.Match[str], text: str, folded: str, starts: tuple[int, ...]) -> ChangeClaim | None:
    up_words = _UP.split("|")
    d1 = 1 if m.group("verb") in up_words else -1
    d2 = 1 if m.group("verb2") in up_words else -1
    if d1 != d2:
        return None
    a, b = number(m.group("a")), number(m.group("b"))
    if a is None or b is None or sane(Decimal(m.group("x"))) is None:
        return None

    def q(value: Decimal, group: str, unit: str | None) -> Quantity:
        span = make_span(starts, m.start(group), m.end(group))
        return Quantity(value, unit or "", Approx.EXACT, "", text[m.start(group):m.end(group)], span)

    return ChangeClaim(q(a, "a", m.group("ua")), q(b, "b", m.group("ub") or m.group("ua")), d1,
                       Decimal(m.group("x")), len(m.group("xd") or ""), text[m.start():m.end()],
                       make_span(starts, m.start(), m.end()))
