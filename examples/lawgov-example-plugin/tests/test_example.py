"""The example plugin is installed through its entry point and its rule works."""

import lawgov
from lawgov.testing import codes

NO_CASES = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n全年开展普法宣传活动20场。"


def test_the_plugin_is_discovered_through_its_entry_point():
    pm = lawgov.plugin_manager()
    assert [r.plugin for r in pm.rules() if r.code == "EX101"] == ["example"]


def test_a_report_without_cases_gets_advice():
    assert codes(NO_CASES, select=["EX"]) == ["EX101"]


def test_a_concrete_case_is_enough():
    assert codes(NO_CASES.replace("20场。", "20场，在示例村以案释法。"), select=["EX"]) == []


def test_the_rule_has_its_page():
    (r,) = [r for r in lawgov.plugin_manager().rules() if r.code == "EX101"]
    assert r.doc().startswith("# EX101")
