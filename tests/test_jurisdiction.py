"""Attributing a report to a jurisdiction from the place names it contains."""

import json

import pytest

import lawgov
from conftest import EXAMPLES, seed
from lawgov.cli import main

BODY = "\n一、主要举措和成效\n全年开展培训3次。\n"


def attribute(text, **kw):
    return lawgov.check(lawgov.parse(text + BODY), select=["LG01"], **kw)


def test_a_name_in_two_provinces_without_context_is_ambiguous_and_says_so():
    result = attribute("城中区关于2025年法治政府建设情况的报告")
    assert result.jurisdiction is None
    assert {f.code for f in result.findings} == {"LG010", "LG011"}
    (amb,) = [f for f in result.findings if f.code == "LG011"]
    assert "城中区" in amb.message and amb.span is not None


def test_a_parent_name_resolves_the_ambiguity():
    result = attribute("西宁市城中区关于2025年法治政府建设情况的报告")
    assert result.jurisdiction == "qinghai"
    assert result.findings == ()


def test_guangxi_context_does_not_make_it_qinghai():
    assert attribute("柳州市城中区关于2025年法治政府建设情况的报告").jurisdiction is None


def test_names_inside_citation_titles_do_not_count():
    result = attribute("示例镇关于2025年法治政府建设情况的报告\n严格执行《宁夏回族自治区重大行政决策规定》。")
    assert result.jurisdiction is None


def test_the_title_outweighs_a_neighbour_named_in_the_body():
    result = attribute("西宁市示例镇关于2025年法治政府建设情况的报告\n赴重庆市九龙坡区学习考察。")
    assert result.jurisdiction == "qinghai"


def test_conflicting_evidence_in_the_body_alone_means_national_rules_and_info():
    result = attribute("2025年，示例镇赴西宁市和重庆市九龙坡区学习考察。")
    assert result.jurisdiction is None
    (f,) = result.findings
    assert f.code == "LG010" and "青海省：西宁市" in f.message and "重庆市：重庆市、九龙坡区" in f.message


def test_former_names_of_renamed_counties_still_identify_the_province():
    assert attribute("湟中县示例镇关于2025年法治政府建设情况的报告").jurisdiction == "qinghai"


def test_unknown_jurisdiction_is_a_usage_error():
    with pytest.raises(lawgov.UsageError):
        attribute("示例镇报告", jurisdiction="atlantis")


def test_jurisdiction_none_forces_national_rules_without_info():
    result = attribute("西宁市城中区关于2025年法治政府建设情况的报告", jurisdiction="none")
    assert result.jurisdiction is None and result.findings == ()


@pytest.mark.parametrize("prefix, expected", [
    ("000", "qinghai"), ("001", "ningxia"), ("002", "qinghai"), ("004", "chongqing"), ("003", "gansu")])
def test_real_reports_are_attributed_to_their_provinces_pack(prefix, expected):
    result = lawgov.check(lawgov.load(str(seed(prefix))))
    assert result.jurisdiction == expected
    assert bool(result.jurisdiction_evidence) is (expected is not None)


@pytest.mark.parametrize("given", ["qinghai", "青海省", "青海"])
def test_a_jurisdiction_is_chosen_by_its_pack_name_or_the_provinces_name(given):
    result = lawgov.check(lawgov.parse("示例镇关于2025年法治政府建设情况的报告\n"), jurisdiction=given)
    assert (result.jurisdiction, result.province) == ("qinghai", "青海省")


def test_an_unknown_jurisdiction_lists_the_installed_ones_by_their_chinese_names():
    with pytest.raises(lawgov.UsageError, match="青海省（qinghai）"):
        lawgov.check(lawgov.parse("示例镇关于2025年法治政府建设情况的报告\n"), jurisdiction="江苏")


def test_people_read_the_provinces_name_and_machines_the_packs(capsys):
    path = str(EXAMPLES / "county-government.txt")
    main(["check", path, "--fail-on", "never"])
    assert "辖区 宁夏回族自治区（依据：石嘴山市）" in capsys.readouterr().out
    main(["check", path, "--format", "json", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)["reports"][0]
    assert (report["jurisdiction"], report["province"]) == ("ningxia", "宁夏回族自治区")


def test_a_report_from_a_province_without_a_pack_gets_its_province_and_places(capsys, write):
    path = write("r.txt", "理塘县高城镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n开展执法检查。\n")
    main(["check", path, "--format", "json", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)["reports"][0]
    assert report["jurisdiction"] is None and report["province"] == "四川省"
    assert report["places"] == ["四川省", "甘孜藏族自治州", "理塘县", "高城镇"]
    main(["check", path, "--fail-on", "never"])
    assert "辖区 四川省（依据：理塘县、高城镇；未安装该省规则包，仅适用全国通用规则）" in capsys.readouterr().out
