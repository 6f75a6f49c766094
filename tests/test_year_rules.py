"""LG3xx: report year, plan year, signing date."""

import pytest

from lawgov.testing import codes, run_rules
from conftest import seed
from sample_reports import COMPLETE

LG3 = {"select": ["LG3"], "jurisdiction": "none"}


def test_consistent_years_and_a_timely_signature_are_clean():
    assert codes(COMPLETE, **LG3) == []


def test_a_heading_naming_last_year_in_this_years_report_is_an_error():
    text = COMPLETE.replace("二、2025年党政", "二、2024年党政")
    result = run_rules(text, **LG3)
    (f,) = result.findings
    assert (f.code, f.severity.label, f.span.line) == ("LG301", "error", 8)
    assert text[f.span.start:f.span.end] == "2024"


def test_an_opening_year_contradicting_the_title_is_an_error():
    text = COMPLETE.replace("2025年，示例镇", "2024年，示例镇")
    assert codes(text, **LG3) == ["LG301"]


def test_years_later_in_a_heading_or_in_sub_headings_are_not_claims():
    text = COMPLETE.replace("一、2025年推进法治政府建设的主要举措和成效", "一、巩固2023年示范创建成果")
    text = text.replace("（一）完善决策机制", "（一）2024年度决策机制建设成效巩固")
    assert codes(text, **LG3) == []


def test_year_ranges_in_headings_are_not_year_claims():
    text = COMPLETE.replace("（一）完善决策机制", "（一）落实法治政府建设实施纲要（2021—2025年）")
    text = text.replace("一、2025年推进", "一、对照2021-2025年规划推进")
    assert codes(text, **LG3) == []


@pytest.mark.parametrize("plan_year, fires", [(2026, False), (2025, True), (2027, True)])
def test_the_next_year_part_must_name_the_next_year(plan_year, fires):
    text = COMPLETE.replace("四、2026年推进", f"四、{plan_year}年推进")
    assert (codes(text, **LG3) == ["LG302"]) is fires


@pytest.mark.parametrize("signed, expected", [
    ("2026年4月1日", []), ("2026年4月2日", ["LG303"]), ("2025年12月31日", ["LG304"]),
    ("2026年1月1日", []), ("2027年2月1日", ["LG303"])])
def test_signing_date_against_year_end_and_the_1_april_deadline(signed, expected):
    assert codes(COMPLETE.replace("2026年1月20日", signed), **LG3) == expected


def test_a_past_event_dated_after_signing_is_a_warning_but_plans_are_not():
    past = COMPLETE.replace("开展执法检查25次。", "2026年3月5日开展执法检查25次。")
    assert codes(past, **LG3) == ["LG305"]
    future = COMPLETE.replace("一是加强培训。", "一是2026年6月前完成培训。")
    assert codes(future, **LG3) == []
    planned = COMPLETE.replace("开展执法检查25次。", "开展执法检查25次，计划于2026年5月完成整改。")
    assert codes(planned, **LG3) == []


def test_unknown_report_year_is_info_and_skips_year_rules():
    text = COMPLETE.replace("关于2025年法治", "关于法治").replace("2025年，示例镇", "示例镇")
    assert codes(text, **LG3) == ["LG306"]


def test_xicang_signed_before_year_end_is_warned():
    import lawgov
    found = run_rules(lawgov.load(str(seed("003"))), **LG3).findings
    assert [(f.code, f.severity.label) for f in found] == [("LG304", "warning")]
