"""Parsing: front matter, headings at every level, paragraphs, sentences, dates."""

import re

import pytest

import lawgov
from lawgov import HeadingKind
from conftest import EXAMPLES, seed


@pytest.mark.parametrize("line, kind, number, title", [
    ("一、主要举措和成效", HeadingKind.CHINESE, 1, "主要举措和成效"),
    ("十二、 其他需要报告的情况", HeadingKind.CHINESE, 12, "其他需要报告的情况"),
    ("二．存在的问题", HeadingKind.CHINESE, 2, "存在的问题"),
    ("（三）规范行政执法。全年检查20次。", HeadingKind.PAREN_CHINESE, 3, "规范行政执法"),
    ("(三) 规范行政执法", HeadingKind.PAREN_CHINESE, 3, "规范行政执法"),
    ("1.依法决策", HeadingKind.ARABIC, 1, "依法决策"),
    ("１．依法决策", HeadingKind.ARABIC, 1, "依法决策"),
    ("2、依法决策", HeadingKind.ARABIC, 2, "依法决策"),
    ("（1）依法决策", HeadingKind.PAREN_ARABIC, 1, "依法决策"),
    ("(10)依法决策", HeadingKind.PAREN_ARABIC, 10, "依法决策"),
    ("③依法决策", HeadingKind.CIRCLED, 3, "依法决策"),
    ("第二部分 存在的问题", HeadingKind.PART, 2, "存在的问题"),
])
def test_heading_markers_full_and_half_width_with_or_without_space(line, kind, number, title):
    report = lawgov.parse(f"示例镇关于2025年法治政府建设情况的报告\n{line}\n正文内容。")
    (heading,) = [h for h in report.headings if not h.inline]
    assert (heading.kind, heading.number, heading.title) == (kind, number, title)
    assert report.text[heading.title_span.start:heading.title_span.end] == title


@pytest.mark.parametrize("line", ["2025年全镇开展培训3次。", "12345热线受理诉求20件。",
                                  "1.2万元用于普法。", "二〇二五年工作总结如下。"])
def test_numbers_at_line_start_are_not_headings(line):
    report = lawgov.parse(f"示例镇关于2025年法治政府建设情况的报告\n{line}")
    assert report.headings == ()


def test_headings_nest_by_conventional_depth():
    report = lawgov.parse("标题报告\n一、甲部分\n（一）子项\n1.细项\n（二）子项二\n二、乙部分\n正文。")
    tops = report.sections
    assert [s.heading.title for s in tops] == ["甲部分", "乙部分"]
    assert [c.heading.title for c in tops[0].children] == ["子项", "子项二"]
    assert [c.heading.title for c in tops[0].children[0].children] == ["细项"]
    assert tops[0].span.end <= tops[1].span.start


def test_a_report_whose_top_level_is_paren_numbers_nests_from_there():
    report = lawgov.parse("标题报告\n（一）甲部分\n1.细项\n（二）乙部分")
    assert [(s.heading.title, s.heading.level) for s in report.sections] == [("甲部分", 1), ("乙部分", 1)]


def test_inline_enumerations_count_up_from_yi_shi():
    report = lawgov.parse("一、下一步工作打算\n一是加强培训，提升能力。二是规范执法。三是深化普法。")
    inline = [h for h in report.headings if h.inline]
    assert [(h.number, h.title) for h in inline] == [(1, "加强培训"), (2, "规范执法"), (3, "深化普法")]
    assert all(h.level == 2 for h in inline)


def test_a_lone_yi_shi_or_a_word_containing_it_is_not_an_enumeration():
    report = lawgov.parse("一、部分\n统一是基础，唯一是目标。一是加强培训。")
    assert [h for h in report.headings if h.inline] == []


def test_title_on_two_lines_under_an_issuer_line():
    report = lawgov.parse("示例县示例镇人民政府\n\n示例县示例镇2025年度法治政府建设\n工作报告\n\n2025年，示例镇……。")
    meta = report.metadata
    assert meta.title.text == "示例县示例镇2025年度法治政府建设工作报告"
    assert meta.issuer.text == "示例县示例镇人民政府"
    assert meta.year == 2025


def test_issuer_line_directly_above_the_title():
    meta = lawgov.parse("示例县示例镇\n关于2025年法治政府建设情况报告\n2025年，……。").metadata
    assert (meta.issuer.text, meta.title.text) == ("示例县示例镇", "关于2025年法治政府建设情况报告")


def test_issuer_read_from_the_title():
    meta = lawgov.parse("示例镇关于2025年法治政府建设情况的报告\n现将有关情况报告如下：").metadata
    assert meta.issuer.text == "示例镇"


def test_cover_line_addressed_to_the_office_is_not_a_title():
    report = lawgov.parse("\n县委依法治县办：\n2025年，示例镇推进法治政府建设，现报告如下：\n一、主要举措和成效")
    meta = report.metadata
    assert meta.title is None
    assert meta.addressee.text == "县委依法治县办"
    assert meta.year == 2025


def test_signature_block_and_signing_date_in_arabic_or_chinese_numerals():
    for date_line in ("2026年1月20日", "二〇二六年一月二十日", "2026年01月20日"):
        report = lawgov.parse(f"标题报告\n一、部分\n正文。\n示例镇人民政府\n{date_line}\n")
        assert report.metadata.signature.text == "示例镇人民政府"
        assert report.metadata.signing_date.date.isoformat() == "2026-01-20"
        assert all(p.text != "示例镇人民政府" for p in report.paragraphs)


def test_sentences_split_at_full_stops_and_keep_exact_spans():
    report = lawgov.parse("一、部分\n全年培训3次。检查20次！是否达标？余下未完")
    (para,) = report.paragraphs
    assert [s.text for s in para.sentences] == ["全年培训3次。", "检查20次！", "是否达标？", "余下未完"]
    for s in para.sentences:
        assert report.text[s.span.start:s.span.end] == s.text


def test_spans_carry_one_based_lines_and_code_point_columns():
    report = lawgov.parse("标题报告\n  一、主要举措和成效")
    h = report.headings[0]
    assert (h.span.line, h.span.column, h.span.end_line) == (2, 3, 2)
    assert h.span.end_column == h.span.column + len("一、主要举措和成效")


def test_dates_are_found_with_their_precision():
    report = lawgov.parse("一、部分\n2025年3月召开会议，2025年12月9日完成，2025-06-01发布。")
    assert [(d.date.isoformat(), d.precision) for d in report.dates] == [
        ("2025-03-01", "month"), ("2025-12-09", "day"), ("2025-06-01", "day")]


def test_docx_bookmark_artefacts_do_not_hide_a_heading():
    report = lawgov.parse("标题报告\n[bookmark: _GoBack]（六）化解矛盾纠纷。全年调解30件。")
    assert report.headings[0].title == "化解矛盾纠纷"


@pytest.mark.parametrize("prefix, tops", [
    ("000", 8), ("001", 3), ("002", 3), ("003", 4), ("004", 5)])
def test_real_reports_parse_into_their_parts(prefix, tops):
    report = lawgov.load(str(seed(prefix)))
    assert len(report.sections) == tops
    assert report.metadata.year == 2025


def test_example_reports_parse_with_titles_and_years():
    for path in sorted(EXAMPLES.glob("*.txt")):
        report = lawgov.load(str(path))
        assert report.metadata.year == int(re.search(r"(20\d\d)年", path.read_text("utf-8"))[1]), path.name
        assert len(report.sections) >= 3, path.name
