"""The qinghai plugin registers its jurisdiction and is detected from place names."""

import pathlib

import pytest

import lawgov

SEEDS = pathlib.Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds"
BODY = "\n一、主要举措和成效\n全年开展培训3次。\n"


def test_the_jurisdiction_is_registered_with_its_prefix_and_places():
    jurisdictions = lawgov.plugin_manager().jurisdictions()
    j = jurisdictions["qinghai"]
    assert (j.prefix, j.province, j.plugin) == ("QH", "青海省", "qinghai")
    assert len(j.places) > 100


def test_a_report_naming_its_places_is_attributed_with_evidence():
    result = lawgov.check(lawgov.parse("西宁市城中区示例镇关于2025年法治政府建设情况的报告" + BODY))
    assert result.jurisdiction == "qinghai"
    assert set(['西宁市', '城中区']) <= set(result.jurisdiction_evidence)


def test_a_township_under_its_county_counts_as_evidence():
    result = lawgov.check(lawgov.parse("2025年，西宁市湟中区各乡镇扎实推进法治政府建设。" + BODY))
    assert result.jurisdiction == "qinghai"


def test_jurisdiction_flag_overrides_detection():
    report = lawgov.parse("示例镇关于2025年法治政府建设情况的报告" + BODY)
    assert lawgov.check(report).jurisdiction is None
    assert lawgov.check(report, jurisdiction="qinghai").jurisdiction == "qinghai"


@pytest.mark.parametrize("prefix", ['000', '002'])
def test_real_reports_from_qinghai_are_attributed_to_it(prefix):
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    assert lawgov.check(lawgov.load(str(paths[0]))).jurisdiction == "qinghai"
