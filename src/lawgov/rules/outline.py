"""Built-in plugin ``outline``: coverage of the task chapters of the 纲要 that applies
to the report year (LG601)."""

from __future__ import annotations

from .._model import Severity
from .._domain.outline import coverage, outline_plan
from .._check.rule import rule
from ..hookspecs import hookimpl

_CN = "零一二三四五六七八九十"


@rule("LG601", "outline-chapter-uncovered", Severity.INFO,
      "主要举措未涉及纲要的某项任务", "the measures address none of a 纲要 task chapter")
def outline_chapter_uncovered(report, ctx):
    chapters, plan = coverage(report), outline_plan(report)
    if chapters is None or plan is None:
        return
    for c in chapters:
        if not c.covered:
            yield ctx.finding(
                f"主要举措中没有涉及《{plan.title}》第{_CN[c.chapter]}章"
                f"“{c.title}”的内容",
                f"the measures say nothing about chapter {c.chapter} of the {plan.start}–{plan.end} 纲要 "
                f"({c.title_en})",
                suggestion="如本年度开展了相关工作，可在主要举措中说明",
                suggestion_en="describe the work done under this chapter, if any",
                evidence={"chapter": c.chapter, "title": c.title})


@hookimpl
def lawgov_rules():
    return [outline_chapter_uncovered]
