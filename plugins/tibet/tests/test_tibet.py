"""The tibet plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov
from lawgov.testing import attribution, run_rules

SEEDS = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def test_the_jurisdiction_is_registered_with_its_prefix_province_and_places():
    j = lawgov.plugin_manager().jurisdictions()["tibet"]
    assert (j.prefix, j.province, j.plugin) == ("XZ", "西藏自治区", "tibet")
    assert len(j.places) > 100 and "Sources:" in j.source


@pytest.mark.parametrize("text, evidence", [
    ('拉萨市堆龙德庆区示例镇关于2025年法治政府建设情况的报告', ['拉萨市', '堆龙德庆区']),
    ('2025年，日喀则市桑珠孜区示例乡扎实推进法治政府建设。', ['日喀则市', '桑珠孜区']),
    ('阿里地区噶尔县示例乡2025年度法治政府建设工作报告', ['阿里地区', '噶尔县']),
])
def test_reports_naming_its_places_are_attributed_with_the_evidence(text, evidence):
    assert attribution(text) == ("tibet", tuple(evidence))


def test_the_jurisdiction_flag_overrides_detection():
    assert attribution("示例镇关于2025年法治政府建设情况的报告", jurisdiction="tibet")[0] == "tibet"


REPORT = "拉萨市堆龙德庆区示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n"


def test_legal_publicity_without_bilingual_materials_is_info():
    (f,) = run_rules(REPORT + "深入开展普法宣传，发放宣传资料2000余份。", select=["XZ"]).findings
    assert (f.code, f.severity.label) == ("XZ104", "info")


def test_bilingual_publicity_is_quiet():
    assert run_rules(REPORT + "深入开展普法宣传，发放藏汉双语宣传资料2000余份。", select=["XZ"]).findings == ()


def test_a_county_that_became_a_city_is_reported():
    (f,) = run_rules(REPORT + "林芝市米林县开展联合执法。", select=["XZ"]).findings
    assert f.code == "XZ102" and "米林市" in f.message


def test_a_garbled_regional_title_gets_the_published_one():
    (f,) = run_rules(REPORT + "执行《西藏自治区重大行政决策程序规定》。", select=["XZ"]).findings
    assert f.code == "XZ103" and "暂行" in f.message


def test_the_gansu_tibetan_township_gets_no_tibet_rules():
    paths = sorted(SEEDS.glob("003_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    assert run_rules(paths[0].read_text("utf-8"), select=["XZ"]).findings == ()
