"""The chongqing plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov
from lawgov.testing import attribution, run_rules

SEEDS = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def test_the_jurisdiction_is_registered_with_its_prefix_province_and_places():
    j = lawgov.plugin_manager().jurisdictions()["chongqing"]
    assert (j.prefix, j.province, j.plugin) == ("CQ", "重庆市", "chongqing")
    assert len(j.places) > 100 and "Sources:" in j.source


@pytest.mark.parametrize("text, evidence", [
    ('重庆市九龙坡区示例镇关于2025年法治政府建设情况的报告', ['重庆市', '九龙坡区']),
    ('2025年，万州区示例街道扎实推进法治政府建设。', ['万州区']),
    ('开州区示例镇2025年度法治政府建设工作报告', ['开州区']),
])
def test_reports_naming_its_places_are_attributed_with_the_evidence(text, evidence):
    assert attribution(text) == ("chongqing", tuple(evidence))


def test_the_jurisdiction_flag_overrides_detection():
    assert attribution("示例镇关于2025年法治政府建设情况的报告", jurisdiction="chongqing")[0] == "chongqing"


@pytest.mark.parametrize("prefix", ['004'])
def test_real_reports_from_chongqing_are_attributed_to_it(prefix):
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    assert lawgov.check(lawgov.load(str(paths[0]))).jurisdiction == "chongqing"


REPORT = "重庆市九龙坡区示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n"


def test_the_2005_decision_rules_replaced_by_order_337_are_reported():
    (f,) = run_rules(REPORT + "严格执行《重庆市政府重大决策程序规定》。", select=["CQ"]).findings
    assert (f.code, f.severity.label) == ("CQ101", "error") and "令第337号" in f.message


def test_the_current_rules_are_quiet():
    assert run_rules(REPORT + "严格执行《重庆市重大行政决策程序规定》。", select=["CQ"]).findings == ()


def test_a_former_county_name_is_reported():
    (f,) = run_rules(REPORT + "与璧山县开展联合执法。", select=["CQ"]).findings
    assert f.code == "CQ102" and "璧山区" in f.message


def test_two_character_former_names_are_not_looked_for_inside_words():
    assert run_rules(REPORT + "召开县委常委会研究法治工作。", select=["CQ"]).findings == ()


def test_edited_seed_citing_the_replaced_rules_is_caught():
    paths = sorted(SEEDS.glob("004_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    text = paths[0].read_text("utf-8")
    assert [f.code for f in run_rules(text, select=["CQ"]).findings] == []
    edited = text.replace("《重大行政决策程序制度》", "《重庆市政府重大决策程序规定》")
    assert [f.code for f in run_rules(edited, select=["CQ"]).findings] == ["CQ101"]
