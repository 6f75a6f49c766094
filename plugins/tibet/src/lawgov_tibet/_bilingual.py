"""XZ104: legal publicity without Tibetan-Chinese bilingual materials (customary)."""

from __future__ import annotations

import regex

from lawgov import Severity, rule

_PUBLICITY = regex.compile(r"普法|法治宣传|法律宣传|送法")
_BILINGUAL = regex.compile(r"双语|藏汉|汉藏|藏文|藏语")


@rule("XZ104", "bilingual-publicity", Severity.INFO,
      "普法宣传未提及藏汉双语", "legal publicity does not mention Tibetan-Chinese bilingual work",
      jurisdiction="tibet", docs_package="lawgov_tibet")
def bilingual_publicity(report, ctx):
    first = _PUBLICITY.search(report.text)
    if first is None or _BILINGUAL.search(report.text):
        return
    yield ctx.finding(
        "报告介绍了普法宣传，但没有提及藏汉双语普法；西藏各地普遍以藏汉双语开展法治宣传，"
        "这是惯例而非硬性规定，仅供参考",
        "the report describes legal publicity but says nothing of Tibetan-Chinese bilingual "
        "materials, which units in Tibet customarily produce (a custom, not a requirement)",
        span=report.span(first.start(), first.end()),
        suggestion="如开展了藏汉双语普法，可在报告中说明", suggestion_en="mention bilingual work if there was any")
