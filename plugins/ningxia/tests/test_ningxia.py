"""The ningxia plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov
from lawgov.testing import attribution, run_rules

SEEDS = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def test_the_jurisdiction_is_registered_with_its_prefix_province_and_places():
    j = lawgov.plugin_manager().jurisdictions()["ningxia"]
    assert (j.prefix, j.province, j.plugin) == ("NX", "宁夏回族自治区", "ningxia")
    assert len(j.places) > 100 and "Sources:" in j.source


@pytest.mark.parametrize("text, evidence", [
    ('石嘴山市平罗县示例镇关于2025年法治政府建设情况的报告', ['石嘴山市', '平罗县']),
    ('2025年，银川市兴庆区示例街道扎实推进法治政府建设。', ['银川市', '兴庆区']),
    ('吴忠市红寺堡区示例镇2025年度法治政府建设工作报告', ['吴忠市', '红寺堡区']),
])
def test_reports_naming_its_places_are_attributed_with_the_evidence(text, evidence):
    assert attribution(text) == ("ningxia", tuple(evidence))


def test_the_jurisdiction_flag_overrides_detection():
    assert attribution("示例镇关于2025年法治政府建设情况的报告", jurisdiction="ningxia")[0] == "ningxia"


@pytest.mark.parametrize("prefix", ['001'])
def test_real_reports_from_ningxia_are_attributed_to_it(prefix):
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    assert lawgov.check(lawgov.load(str(paths[0]))).jurisdiction == "ningxia"


REPORT = "石嘴山市平罗县示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n"


def test_a_garbled_regional_title_gets_the_published_one():
    (f,) = run_rules(REPORT + "执行《宁夏回族自治区重大行政决策程序规定》。", select=["NX"]).findings
    assert f.code == "NX103" and "宁夏回族自治区重大行政决策规定" in f.message and "第115号" in f.message


def test_the_published_title_is_quiet():
    assert run_rules(REPORT + "执行《宁夏回族自治区重大行政决策规定》。", select=["NX"]).findings == ()
