"""The national gazetteer: every province, prefecture, county and township, with the
level its code gives and the chain of divisions above it."""

import csv
import pathlib

import pytest

import lawgov
from lawgov._domain.divisions import gazetteer, leading_places, locate, locate_report
from lawgov._domain.places import provinces_of

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _chain(name):
    national = gazetteer()
    return ["/".join(d.name for d in national.chain(found)) for found in national.named(name)]


def test_a_township_is_found_with_its_county_prefecture_and_province():
    assert _chain("西仓镇") == ["甘肃省/甘南藏族自治州/碌曲县/西仓镇"]


def test_a_county_of_a_municipality_has_no_prefecture():
    assert _chain("璧山区") == ["重庆市/璧山区"]


def test_the_level_is_the_codes_not_the_suffixs():
    (city,) = gazetteer().named("格尔木市")
    (prefecture,) = gazetteer().named("海西蒙古族藏族自治州")
    assert (city.level, prefecture.level) == ("县", "市")


def test_a_common_township_name_is_found_in_every_province_that_has_it():
    assert len({gazetteer().province(d) for d in gazetteer().named("城关镇")}) > 5


def test_short_forms_of_autonomous_divisions_are_known():
    assert _chain("海西州") == ["青海省/海西蒙古族藏族自治州"]
    assert _chain("张家川县") == ["甘肃省/天水市/张家川回族自治县"]


def test_names_in_several_provinces_are_ambiguous_and_others_are_not():
    assert {"青海省", "广西壮族自治区"} <= provinces_of("城中区")
    assert provinces_of("格尔木市") == frozenset()


def test_a_name_that_is_no_division_is_unknown():
    assert gazetteer().named("示例镇") == () and not gazetteer().known("示例县")


def test_the_places_a_name_starts_with_are_read_longest_first():
    assert leading_places("中共碌曲县委 碌曲县人民政府") == ["碌曲县"]
    assert leading_places("甘南藏族自治州碌曲县西仓镇人民政府") == ["甘南藏族自治州", "碌曲县", "西仓镇"]
    assert leading_places("县司法局") == []


def test_a_township_is_placed_in_its_province_with_its_chain():
    where = locate(["西仓镇"], "")
    assert where.province == "甘肃省" and where.chain == ("甘肃省", "甘南藏族自治州", "碌曲县", "西仓镇")


def test_a_name_in_many_provinces_is_settled_by_the_text_or_left_open():
    assert locate(["城中区"], "示例报告") is None  # 西宁 and 柳州 both have one
    assert locate(["城中区"], "在西宁市委的领导下").province == "青海省"
    assert locate(["城中区"], "青海").chain == ("青海省", "西宁市", "城中区")


def test_a_place_the_gazetteer_lacks_is_placed_by_the_county_its_opening_names():
    report = lawgov.parse("示例大街街道2025年度法治政府建设情况报告\n"
                          "2025年，示例大街街道在文峰区委、区政府的领导下推进法治建设。\n")
    where = locate_report(report)
    assert (where.province, where.chain) == ("河南省", ("河南省", "安阳市", "文峰区"))
    elsewhere = report.text.replace("文峰区委、区政府的领导下", "文峰区委领导下，学习杭州市西湖区经验")
    assert locate_report(lawgov.parse(elsewhere)) is None  # two provinces named: left open


def test_every_page_opening_gets_its_province_right_or_none():
    index = ROOT.parent / "shared" / "realtext" / "openings" / "index.tsv"
    if not index.is_file():
        pytest.skip("../shared/realtext/openings is not available")
    rows = list(csv.DictReader(index.read_text("utf-8").splitlines(), delimiter="\t"))
    right = 0
    for row in rows:
        report = lawgov.parse((index.parent / row["file"]).read_text("utf-8"))
        where = locate_report(report)
        if where is not None:
            assert where.province.startswith(row["province"]), row["file"]
            right += 1
    assert right >= 33  # docs/accuracy.md: 33 of 35, the other 2 undetermined
