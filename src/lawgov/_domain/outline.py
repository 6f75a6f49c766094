"""Coverage of the nine task chapters of 《法治政府建设实施纲要（2021—2025年）》.

The chapter titles are those listed in ../shared/reference/domain.md §2 (中发〔2021〕33号,
Xinhua full text); chapters 2–10 are the nine tasks. The term sets are lawgov's own:
each chapter's key phrase and words by which a report's measures show they address it.
"""

from __future__ import annotations

import re

from attrs import frozen

from .._util.cache import per_report
from .contents import Content, classify
from .._model import Report

#: Report years the 纲要 covers.
YEARS = range(2021, 2026)

CHAPTERS = (
    (2, "健全政府机构职能体系", "government functions",
     "政府机构职能|政府职能|权责清单|职能转变|简政放权|放管服|营商环境|政务服务|一网通办|机构改革|证明事项|行政审批|告知承诺|市场准入|负面清单"),
    (3, "健全依法行政制度体系", "rules and normative documents",
     "依法行政制度|规范性文件|合法性审核|备案审查|规章|文件清理|专项清理|制度建设|立法"),
    (4, "健全行政决策制度体系", "decision-making",
     "行政决策制度|重大行政决策|决策程序|公众参与|专家论证|风险评估|集体讨论|法律顾问|公职律师|决策事项|"
     "三重一大|集体决策|集体研究|依法决策|科学决策|民主决策|决策机制|决策合法性|合法性审查|议事规则|合同审查"),
    (5, "健全行政执法工作体系", "administrative enforcement",
     "行政执法工作体系|行政执法|执法检查|三项制度|执法公示|全过程记录|法制审核|综合执法|案卷评查|执法人员|执法资格|首违不罚|包容审慎"),
    (6, "健全突发事件应对体系", "emergencies",
     "突发事件应对|突发事件|应急预案|应急演练|防汛|应急管理|应急处置|应急救援|疫情防控|安全生产"),
    (7, "健全社会矛盾纠纷行政预防调处化解体系", "disputes",
     "矛盾纠纷|人民调解|行政调解|行政复议|信访|枫桥|行政裁决|调处|化解"),
    (8, "健全行政权力制约和监督体系", "oversight",
     "制约和监督|行政权力监督|政务公开|信息公开|人大代表建议|政协委员提案|审计监督|行政诉讼|出庭应诉|法治督察|问责|政务诚信|监督"),
    (9, "健全法治政府建设科技保障体系", "digital government",
     "科技保障|数字|信息化|智慧|大数据|互联网|一网通办|网上|线上|电子证照|平台"),
    (10, "加强党的领导，完善法治政府建设推进机制", "leadership and mechanisms",
     "党的领导|推进机制|第一责任人|述法|学法|领导干部|党委|党组|考核|法治建设工作|法治政府建设示范|督察"),
)
# The stdlib engine scans plain alternations of words about twice as fast as regex.
_PATTERNS = {n: re.compile(terms) for n, _, _, terms in CHAPTERS}


@frozen
class ChapterCoverage:
    """Whether a report's measures address one task chapter, and the words found."""

    chapter: int
    title: str
    title_en: str
    covered: bool
    terms: tuple[str, ...]


def _measures_text(report: Report) -> str:
    """The text of the measures parts (the whole text when parts cannot be told)."""
    year = report.metadata.year
    parts = [s for s in report.sections if not s.heading.inline]
    keep = [s for s in parts
            if not classify(s.heading.title, year) & {Content.SHORTCOMINGS, Content.PLANS, Content.OTHER}]
    if not keep:
        return report.text
    return "\n".join(report.text[s.span.start:s.span.end] for s in keep)


@per_report
def _cached(report: Report) -> tuple[ChapterCoverage, ...]:
    text = _measures_text(report)
    out = []
    for number, title, title_en, _ in CHAPTERS:
        terms: dict[str, None] = {}
        for m in _PATTERNS[number].finditer(text):
            terms[m.group()] = None
            if len(terms) == 5:
                break  # five distinct words are all the row shows
        found = tuple(terms)
        out.append(ChapterCoverage(number, title, title_en, bool(found), found))
    return tuple(out)


def coverage(report: Report) -> tuple[ChapterCoverage, ...] | None:
    """Coverage of the nine task chapters, or None when the report year is outside
    2021–2025 (or unknown)."""
    if report.metadata.year not in YEARS:
        return None
    return _cached(report)
