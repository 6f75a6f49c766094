"""LG5xx: cited titles against the registry and the report's province."""

import pytest

import lawgov
from lawgov import CitationKind
from lawgov.testing import codes, run_rules
from conftest import seed
from sample_reports import COMPLETE

LG5 = {"select": ["LG5"]}


@pytest.mark.parametrize("title, kind", [
    ("中华人民共和国行政处罚法", CitationKind.LAW), ("民法典", CitationKind.LAW),
    ("重大行政决策程序暂行条例", CitationKind.REGULATION),
    ("宁夏回族自治区重大行政决策规定", CitationKind.LOCAL),
    ("重庆市九龙坡区行政规范性文件管理办法", CitationKind.LOCAL),
    ("中国共产党依法治国工作条例", CitationKind.PARTY),
    ("法治政府建设实施纲要（2021—2025年）", CitationKind.PLAN),
    ("示例镇2025年法治建设工作要点", CitationKind.PLAN),
    ("关于进一步加强市县法治建设的意见", CitationKind.NORMATIVE),
    ("法制报", CitationKind.PUBLICATION),
])
def test_every_cited_title_is_classified(title, kind):
    (c,) = lawgov.parse(f"认真学习《{title}》。").citations
    assert (c.title, c.kind) == (title, kind)


def test_a_replaced_regulation_cited_as_current_is_an_error():
    text = COMPLETE.replace("重大行政决策全部经过合法性审查", "严格落实《信访条例》，重大行政决策全部经过合法性审查")
    result = run_rules(text, **LG5)
    (f,) = result.findings
    assert (f.code, f.severity.label) == ("LG501", "error") and "信访工作条例" in f.message
    assert result.report.text[f.span.start:f.span.end] == "《信访条例》"


def test_the_replaced_title_mentioned_as_history_or_before_replacement_is_fine():
    history = COMPLETE.replace("执法力量不足", "《信访条例》废止后，执法力量不足")
    assert codes(history, **LG5) == []
    old_year = COMPLETE.replace("2025年", "2021年").replace("2026年", "2022年").replace(
        "重大行政决策全部", "落实《信访条例》，重大行政决策全部")
    assert "LG501" not in codes(old_year, **LG5)


def test_short_names_get_advice():
    assert codes("组织学习《民法典》《中华人民共和国行政复议法》。", **LG5) == ["LG502"]


def test_another_provinces_local_regulation_is_a_warning():
    text = "西宁市示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n严格执行《重庆市重大行政决策程序规定》。"
    (f,) = run_rules(text, **LG5).findings
    assert (f.code, f.severity.label) == ("LG503", "warning") and "重庆市" in f.message
    own = text.replace("重庆市重大行政决策程序规定", "西宁市重大行政决策程序暂行规定")
    assert codes(own, **LG5) == []


@pytest.mark.parametrize("cited, province, known_from", [
    ("三门峡市山体保护条例", "河南省", "local_titles.tsv"),   # in the table of local regulations
    ("河南省示例管理办法", "河南省", "河南省"),                 # a province's name
    ("长沙市行政执法办法", "湖南省", "长沙市"),                 # a city only one province has
])
def test_another_provinces_title_is_found_for_a_province_without_a_pack(cited, province, known_from):
    text = f"武汉市示例街道关于2025年法治政府建设情况的报告\n一、主要举措和成效\n严格执行《{cited}》。"
    (f,) = run_rules(text, **LG5).findings
    assert f.code == "LG503" and f.evidence == {
        "cited": cited, "cited_province": province, "report_province": "湖北省", "known_from": known_from}


@pytest.mark.parametrize("sentence", [
    "严格执行《武汉市行政执法办法》。",              # its own province
    "严格执行《鼓楼区行政执法办法》。",              # a district name several provinces have
    "赴郑州考察学习，借鉴《河南省行政执法条例》的做法。",  # learning from elsewhere on purpose
])
def test_own_ambiguous_or_purposeful_citations_are_not_reported(sentence):
    text = f"武汉市示例街道关于2025年法治政府建设情况的报告\n一、主要举措和成效\n{sentence}"
    assert codes(text, **LG5) == []


def test_without_a_known_province_nothing_is_compared():
    assert codes("示例街道关于2025年法治政府建设情况的报告\n一、主要举措和成效\n严格执行《河南省行政执法条例》。",
                 **LG5) == []


def test_a_regulation_adopted_after_signing_is_an_error():
    text = COMPLETE.replace("2025年", "2019年").replace("2026年1月20日", "2020年1月15日").replace(
        "重大行政决策全部", "落实《信访工作条例》，重大行政决策全部")
    assert "LG504" in codes(text, **LG5)
    assert "LG504" not in codes(COMPLETE.replace("重大行政决策全部", "学习《行政执法监督条例》，重大行政决策全部"), **LG5)


def test_edited_seed_citing_another_province_is_caught_and_unedited_seeds_are_quiet():
    text = seed("001").read_text("utf-8")
    assert [c for c in codes(text, **LG5) if c != "LG502"] == []
    edited = text.replace("《宁夏回族自治区重大行政决策规定》", "《重庆市重大行政决策程序规定》", 1)
    assert "LG503" in codes(edited, **LG5)
