"""Plans as data (data/plans.toml) and the rules on them: wrong periods (LG507),
ended plans treated as current (LG602), the superseded goal wording (LG603), plans
not known to have been issued (LG604)."""

from __future__ import annotations

import re

import pytest

from lawgov._domain.plans import checked, outline_for, periods_of, plans
from lawgov.testing import codes, run_rules
from conftest import EXAMPLES, SEEDS

PLAN_RULES = {"select": ["LG507", "LG602", "LG603", "LG604"]}


def _report(year: int, measures: str, plans_part: str = "开展法治宣传教育。") -> str:
    return (f"示例镇关于{year}年法治政府建设情况的报告\n一、主要举措和成效\n{measures}\n"
            f"二、{year + 1}年工作安排\n{plans_part}\n")


def test_every_plan_has_a_period_and_the_outline_has_nine_task_chapters():
    assert all(p.start <= p.end for p in plans())
    assert [c.number for c in outline_for(2023).chapters] == list(range(2, 11))
    assert [p.period for p in periods_of("法治政府建设实施纲要")] == ["2015—2020年", "2021—2025年"]
    assert checked().year >= 2026


@pytest.mark.parametrize("year, period", [(2021, "2021—2025年"), (2025, "2021—2025年"),
                                          (2026, "2021—2025年"), (2030, "2021—2025年")])
def test_a_report_year_selects_the_outline_of_its_period_or_else_the_latest(year, period):
    assert outline_for(year).period == period


def test_a_wrong_period_of_a_national_plan_is_an_error_naming_the_real_title():
    (f,) = run_rules(_report(2025, "对照法治政府建设实施纲要(2020-2025年)查漏补缺。"), **PLAN_RULES).findings
    assert (f.code, f.severity.label) == ("LG507", "error")
    assert f.suggestion == "改为《法治政府建设实施纲要（2021—2025年）》"


@pytest.mark.parametrize("measures", [
    "对照《法治政府建设实施纲要（2015—2020年）》《法治政府建设实施纲要（2021—2025年）》总结经验。",
    "落实《法治中国建设规划（2020—2025年）》。",
    "落实《示例省法治政府建设实施纲要（2022—2025年）》。",  # a local plan of the same name
    "落实我县法治政府建设实施纲要（2022—2025年）。",
    "落实省委、省政府《法治政府建设实施纲要（2016—2020年）》。",  # issued by a province
])
def test_real_periods_and_local_plans_are_quiet(measures):
    assert codes(_report(2025, measures), **PLAN_RULES) == []


def test_in_a_new_period_plans_anchored_to_an_ended_plan_are_warnings():
    text = _report(2026, "开展执法检查20次。",
                   "一是确保示例县法治建设五年规划（2021-2025年）收官目标全面完成。二是深入实施八五普法规划。")
    found = run_rules(text, **PLAN_RULES).findings
    assert [(f.code, f.severity.label) for f in found] == [("LG602", "warning")] * 2
    assert "2027年的工作安排" in found[0].message and "“示例县法治建设五年规划（2021-2025年）”" in found[0].message


@pytest.mark.parametrize("measures, plans_part", [
    ("开展执法检查。", "以《法治政府建设实施纲要（2021—2025年）》为遵循，巩固提升。"),  # no successor known
    ("完成“八五”普法总结验收。", "做好示例县法治建设五年规划（2021—2025年）实施情况评估。"),
    ("八五普法期间共培训干部3000人次。", "开展法治宣传教育。"),
])
def test_looking_back_on_an_ended_plan_is_quiet(measures, plans_part):
    assert codes(_report(2026, measures, plans_part), **PLAN_RULES) == []


def test_before_its_period_ends_a_plan_is_current():
    assert codes(_report(2025, "深入实施八五普法规划。", "继续深入实施“八五”普法规划。"), **PLAN_RULES) == []


def test_ongoing_work_under_an_ended_plan_in_the_measures_is_a_warning():
    (f,) = run_rules(_report(2026, "深入推进“八五”普法，开展送法下乡12次。"), **PLAN_RULES).findings
    assert f.code == "LG602" and "2026年度的工作" in f.message


def test_the_superseded_goal_wording_is_an_info_from_the_next_period_on():
    old = "以建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标。"
    (f,) = run_rules(_report(2024, old), **PLAN_RULES).findings
    assert (f.code, f.severity.label) == ("LG603", "info") and "人民满意" in f.suggestion
    assert codes(_report(2019, old), **PLAN_RULES) == []


def test_plans_not_known_to_have_been_issued_are_infos_with_the_date_checked():
    text = _report(2026, "贯彻《法治政府建设实施纲要（2026—2030年）》，编制《“九五”普法规划》。")
    found = run_rules(text, **PLAN_RULES).findings
    assert [(f.code, f.severity.label) for f in found] == [("LG604", "info")] * 2
    assert all(checked().isoformat() in f.message for f in found)
    assert codes(_report(2026, "谋划“九五”普法工作。"), **PLAN_RULES) == []


def test_the_2026_example_shows_what_went_stale():
    found = run_rules((EXAMPLES / "township-2026.txt").read_text("utf-8"))
    assert {"LG505", "LG506", "LG602"} <= {f.code for f in found.findings}
    assert found.outline_plan.end == 2025 and not any(f.severity.label == "error" for f in found.findings)


def _moved_to_2026(text: str) -> str:
    """A 2025 report's own years moved on by one (periods such as 2021—2025年 kept)."""
    return re.sub(r"(?<![—\-－~～至\d])(202[56])(?=年)(?![^（(]*[—\-－]\d)",
                  lambda m: str(int(m.group(1)) + 1), text)


def test_sample_reports_moved_to_2026_keep_the_outline_row_and_have_no_plan_errors():
    paths = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    stale = 0
    for path in paths:
        result = run_rules(_moved_to_2026(path.read_text("utf-8")))
        assert result.report.metadata.year == 2026
        assert result.outline is not None and result.outline_plan.end == 2025
        plan_findings = [f for f in result.findings if f.code in ("LG507", "LG602", "LG603", "LG604")]
        assert all(f.severity.label != "error" for f in plan_findings), path.name
        stale += sum(f.code == "LG602" for f in plan_findings)
    assert stale >= 1  # at least one sample plans next year by a plan that has ended
