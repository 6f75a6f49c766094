"""The qinghai plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov
from lawgov.testing import attribution, run_rules

SEEDS = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def test_the_jurisdiction_is_registered_with_its_prefix_province_and_places():
    j = lawgov.plugin_manager().jurisdictions()["qinghai"]
    assert (j.prefix, j.province, j.plugin) == ("QH", "青海省", "qinghai")
    assert len(j.places) > 100 and "Sources:" in j.source


@pytest.mark.parametrize("text, evidence", [
    ('西宁市城中区示例镇关于2025年法治政府建设情况的报告', ['西宁市', '城中区']),
    ('2025年，西宁市湟中区各乡镇扎实推进法治政府建设。', ['西宁市', '湟中区']),
    ('湟中县示例镇关于2025年法治政府建设情况的报告', ['湟中县']),
    ('海东市乐都区示例镇2025年度法治政府建设工作报告', ['海东市', '乐都区']),
])
def test_reports_naming_its_places_are_attributed_with_the_evidence(text, evidence):
    assert attribution(text) == ("qinghai", tuple(evidence))


def test_the_jurisdiction_flag_overrides_detection():
    assert attribution("示例镇关于2025年法治政府建设情况的报告", jurisdiction="qinghai")[0] == "qinghai"


@pytest.mark.parametrize("prefix", ['000', '002'])
def test_real_reports_from_qinghai_are_attributed_to_it(prefix):
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    assert lawgov.check(lawgov.load(str(paths[0]))).jurisdiction == "qinghai"


REPORT = "西宁市示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n"


def test_a_former_county_name_is_reported_with_the_current_one():
    (f,) = run_rules(REPORT + "湟中县各乡镇扎实推进法治政府建设。", select=["QH"]).findings
    assert (f.code, f.severity.label) == ("QH102", "warning") and "湟中区" in f.message


def test_the_change_itself_and_citation_titles_are_not_reported():
    text = REPORT + "2019年湟中县撤县设区。严格执行《湟中县行政执法办法》。"
    assert run_rules(text, select=["QH"]).findings == ()


def test_a_garbled_provincial_title_gets_the_published_one():
    (f,) = run_rules(REPORT + "执行《青海省重大行政决策程序规定》。", select=["QH"]).findings
    assert f.code == "QH103" and "青海省人民政府令第68号" in f.message


def test_qinghai_rules_do_not_run_on_other_provinces():
    text = "重庆市示例镇关于2025年法治政府建设情况的报告\n一、做法\n湟中县各乡镇推进法治建设。"
    assert [f for f in run_rules(text, select=["QH"]).findings] == []
