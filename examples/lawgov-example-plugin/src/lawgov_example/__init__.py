"""An example third-party lawgov plugin (code prefix ``EX``).

EX101: a report that describes its work without a single concrete case (案例, 以案释法,
典型案例…). Evaluators criticise reports that 运用事例少 (../shared/reference/domain.md §4).
"""

from __future__ import annotations

import regex

from lawgov import Rule, Severity, hookimpl, rule

_CASES = regex.compile(r"案例|以案释法|以案说法|典型案件|例如|比如|如[^，。]{0,6}村")


@rule("EX101", "no-concrete-cases", Severity.INFO,
      "报告没有具体事例", "the report gives no concrete case")
def no_cases(report, ctx):
    if report.paragraphs and not _CASES.search(report.text):
        yield ctx.finding(
            "报告通篇没有具体事例或典型案例，第三方评估常以“运用事例少”扣分",
            "the report gives no concrete case or example; evaluators mark reports down for it",
            suggestion="选取一两个典型案例说明工作成效",
            suggestion_en="illustrate the results with one or two concrete cases")


@hookimpl
def lawgov_rules() -> list[Rule]:
    return [no_cases]
