"""The tibet plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov

SEEDS = pathlib.Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds"
BODY = "\n一、主要举措和成效\n全年开展培训3次。\n"


def test_the_jurisdiction_is_registered_with_its_prefix_and_places():
    jurisdictions = lawgov.plugin_manager().jurisdictions()
    j = jurisdictions["tibet"]
    assert (j.prefix, j.province, j.plugin) == ("XZ", "西藏自治区", "tibet")
    assert len(j.places) > 100


def test_a_report_naming_its_places_is_attributed_with_evidence():
    result = lawgov.check(lawgov.parse("拉萨市堆龙德庆区示例镇关于2025年法治政府建设情况的报告" + BODY))
    assert result.jurisdiction == "tibet"
    assert set(['拉萨市', '堆龙德庆区']) <= set(result.jurisdiction_evidence)


def test_a_township_under_its_county_counts_as_evidence():
    result = lawgov.check(lawgov.parse("2025年，拉萨市堆龙德庆区各乡镇扎实推进法治政府建设。" + BODY))
    assert result.jurisdiction == "tibet"


def test_jurisdiction_flag_overrides_detection():
    report = lawgov.parse("示例镇关于2025年法治政府建设情况的报告" + BODY)
    assert lawgov.check(report).jurisdiction is None
    assert lawgov.check(report, jurisdiction="tibet").jurisdiction == "tibet"
