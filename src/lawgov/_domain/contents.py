"""The five mandated contents and the many ways report headings word them.

Source of the five contents: 《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号),
as listed in ../shared/reference/domain.md §1. The wordings below are the
regulation's own plus the variants local reports use for the same part.
"""

from __future__ import annotations

import enum
import functools

from .._util.text import Pattern, fold


class Content(enum.Enum):
    """One of the five contents the regulation requires."""

    MEASURES = "measures"
    SHORTCOMINGS = "shortcomings"
    LEADERS = "leaders"
    PLANS = "plans"
    OTHER = "other"

    @property
    def zh(self) -> str:
        """The regulation's wording of this content."""
        return _ZH[self]

    @property
    def en(self) -> str:
        """A short English name."""
        return _EN[self]


_ZH = {
    Content.MEASURES: "推进法治政府建设的主要举措和成效",
    Content.SHORTCOMINGS: "推进法治政府建设存在的不足和原因",
    Content.LEADERS: "党政主要负责人履行推进法治建设第一责任人职责情况",
    Content.PLANS: "下一年度推进法治政府建设的主要安排",
    Content.OTHER: "其他需要报告的情况",
}
_EN = {
    Content.MEASURES: "measures and results",
    Content.SHORTCOMINGS: "shortcomings and their causes",
    Content.LEADERS: "how the principal Party and government leaders discharged their "
                     "first-responsibility (第一责任人) duty",
    Content.PLANS: "next year's plans",
    Content.OTHER: "other matters to report (其他需要报告的情况)",
}

_PATTERNS = {
    Content.OTHER: Pattern(r"其[他它](需要|需|应当|应)?(报告|说明|汇报)?的?(情况|事项|问题)|^其[他它]$"),
    Content.LEADERS: Pattern(
        r"第一责任人|主要负责(人|同志)(履行|履职|推进|落实|切实|带头)|"
        r"党政主要负责(人|同志)|一把手.{0,6}(职责|履职|责任)"),
    Content.SHORTCOMINGS: Pattern(
        r"存在的?(主要)?(问题|不足|短板|困难)|不足|短板|弱项|差距|薄弱|"
        r"困难和?问题|问题(和|与|及)(原因|不足|差距|短板)|问题分析|^(主要)?问题$"),
    Content.PLANS: Pattern(
        r"下一步|下步|下阶段|下一阶段|下一年|下年度|明年|来年|今后|工作打算|工作思路|工作计划|"
        r"主要安排|工作安排|"
        r"工作设想|努力方向|工作展望|打算|展望"),
    Content.MEASURES: Pattern(
        r"举措|成效|进展|做法|成绩|成果|工作(开展)?情况|开展情况|推进情况|主要工作|"
        r"工作回顾|基本情况|落实情况|总体情况|亮点|工作完成"),
}

#: Words that show a text analyses causes (原因) rather than only listing problems.
CAUSE_CUES = Pattern(
    r"原因|成因|根源|究其|归因|源于|缘于|之所以|在于|根子|症结|主观上|客观上|由于|因为|"
    r"受[^。；;]{1,15}(影响|制约|限制)|"
    r"(问题|不足|差距)的?(产生|形成)|导致|造成")

#: Words that put a sentence in the future (a plan or a target), not the year's record.
FUTURE_CUES = Pattern(r"计划|将|拟|预计|力争|确保|争取|目标|下一步|明年|今后")

_YEAR = Pattern(r"(?<!\d)(20\d\d)\s*年")


@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=4096)
def classify(title: str, report_year: int | None = None) -> frozenset[Content]:
    """The mandated contents a heading's words announce.

    >>> sorted(c.value for c in classify("存在的问题及下一步工作思路"))
    ['plans', 'shortcomings']
    >>> sorted(c.value for c in classify("2026年推进法治政府建设的主要安排", 2025))
    ['plans']
    >>> sorted(c.value for c in classify("强化统筹引领，筑牢法治政府建设根基"))
    []
    """
    title = fold(title)
    found = set()
    for content in (Content.OTHER, Content.LEADERS):
        if _PATTERNS[content].search(title):
            return frozenset({content})
    for content in (Content.SHORTCOMINGS, Content.PLANS):
        if _PATTERNS[content].search(title):
            found.add(content)
    if report_year is not None and not found:
        years = [int(m.group(1)) for m in _YEAR.finditer(title)]
        if years and all(y > report_year for y in years):
            found.add(Content.PLANS)
    if not found and _PATTERNS[Content.MEASURES].search(title):
        found.add(Content.MEASURES)
    return frozenset(found)


_MEASURES_HEADING = Pattern(r"主要举措|举措和成效|工作(开展|进展)情况")


@functools.lru_cache(maxsize=4096)
def looks_like_content_heading(line: str) -> bool:
    """Whether a short unnumbered line reads as the heading of a mandated part."""
    return bool(classify(line) - {Content.MEASURES}) or bool(_MEASURES_HEADING.search(line))
