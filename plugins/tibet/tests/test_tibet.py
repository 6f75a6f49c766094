"""The tibet plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov
from lawgov.testing import attribution

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
