"""Properties: parsing never raises, spans are valid, formatting changes no finding."""

import pytest
from hypothesis import given, strategies as st

import lawgov
from lawgov._read import decode
from conftest import EXAMPLES, SEEDS

REPORTS = sorted(EXAMPLES.glob("*.txt")) + (sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])

report_text = st.text(
    alphabet=st.sampled_from(list("一二三四五十是、（）()．.，。：:；！？\n\r\t 　0123456789０１年月日"
                                  "报告法治政府建设第一责任人存在不足原因下一步其他情况示例镇人民《》")),
    max_size=400) | st.text(max_size=200)


def _check_spans(report):
    text = report.text
    spans = [h.span for h in report.headings] + [h.title_span for h in report.headings]
    spans += [p.span for p in report.paragraphs] + [s.span for s in report.sentences]
    spans += [d.span for d in report.dates]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert report.span(span.start, span.end) == span
        line_start = report.line_starts[span.line - 1]
        assert span.start - line_start + 1 == span.column


@given(report_text)
def test_parsing_and_checking_never_raise_and_spans_are_valid(text):
    report = lawgov.parse(text)
    _check_spans(report)
    result = lawgov.check(report)
    assert not [f for f in result.findings if f.code.startswith("LG9")]
    for f in result.findings:
        if f.span is not None:
            assert 0 <= f.span.start <= f.span.end <= len(report.text)


@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_gives_text_or_a_named_problem(raw):
    try:
        source = decode(raw)
    except lawgov.InputProblem as problem:
        assert problem.code.startswith("LG0")
    else:
        assert "\r" not in source.text


_WIDE = str.maketrans("(),:;0123456789", "（），：；０１２３４５６７８９")
_NARROW = str.maketrans("（），：；０１２３４５６７８９", "(),:;0123456789")


def _reformat(text, width, newline, indent, encoding):
    if width == "wide":
        text = text.translate(_WIDE)
    elif width == "narrow":
        text = text.translate(_NARROW)
    text = "\n".join(indent + line if line.strip() else line for line in text.split("\n"))
    raw = text.replace("\n", newline).encode(encoding)
    return decode(raw).text


def _signature(text):
    result = lawgov.check(lawgov.parse(text))
    return sorted((f.code, f.severity.label) for f in result.findings), result.jurisdiction


@pytest.mark.parametrize("path", REPORTS, ids=[p.name for p in REPORTS])
@given(width=st.sampled_from(["same", "wide", "narrow"]), newline=st.sampled_from(["\n", "\r\n", "\r"]),
       indent=st.sampled_from(["", "  ", "\u3000\u3000", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_formatting_changes_no_finding(path, width, newline, indent, encoding):
    text = path.read_text("utf-8")
    assert _signature(_reformat(text, width, newline, indent, encoding)) == _signature(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFFEF), max_size=600))
def test_width_folding_keeps_every_offset_and_folds_only_full_width_forms(text):
    from lawgov._util.text import _FOLD, fold

    folded = fold(text)  # short and long texts take different paths
    assert len(folded) == len(text) and folded == text.translate(_FOLD)
