"""Reading: every encoding and line ending real reports come in; every bad input a
named LG0xx problem, never an exception escaping."""

import io
import zipfile

import pytest

import lawgov
from lawgov._read import decode, read

TEXT = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n全年开展培训３次。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16",
                                      "utf-16-le", "utf-16-be"])
def test_every_common_encoding_decodes_to_the_same_text(write, encoding):
    source = read(write("r.txt", TEXT, encoding))
    assert source.text == TEXT


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings_are_normalised(write, newline):
    assert read(write("r.txt", TEXT.replace("\n", newline))).text == TEXT


def test_utf8_cut_inside_the_last_character_is_read_without_the_fragment(write):
    raw = TEXT.encode() + "报".encode()[:2]
    assert read(write("r.txt", raw)).text == TEXT


def test_a_few_damaged_bytes_are_replaced_and_reported_by_lg005(write):
    raw = bytearray(TEXT.encode("gb18030") * 20)
    raw[30] = 0xFF
    report = lawgov.load(write("r.txt", bytes(raw)))
    codes = [f.code for f in lawgov.check(report, select=["LG005"]).findings]
    assert codes == ["LG005"]


@pytest.mark.parametrize("content, code", [
    (b"", "LG003"),
    (b"  \r\n\t ", "LG003"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "LG002"),
    (b"\xff\x80" * 300, "LG005"),
    (b"%PDF-1.7\n...", "LG007"),  # a PDF, whatever its name, and a broken one
])
def test_bad_inputs_are_named_problems(write, content, code):
    with pytest.raises(lawgov.InputProblem) as info:
        read(write("bad.txt", content))
    assert info.value.code == code
    assert info.value.path.endswith("bad.txt")


def test_missing_file_and_directory_are_lg001(tmp_path):
    for path in (str(tmp_path / "missing.txt"), str(tmp_path)):
        with pytest.raises(lawgov.InputProblem) as info:
            read(path)
        assert info.value.code == "LG001"


def test_files_over_the_size_limit_are_lg004(write):
    with pytest.raises(lawgov.InputProblem) as info:
        read(write("big.txt", TEXT * 100), max_bytes=1000)
    assert info.value.code == "LG004"


def test_text_far_longer_than_any_report_is_lg004(write):
    from lawgov._read import MAX_CHARS
    with pytest.raises(lawgov.InputProblem) as info:
        read(write("long.txt", "字" * (MAX_CHARS + 1)))
    assert info.value.code == "LG004"


def test_reading_never_writes_to_the_input(write):
    import os
    import pathlib
    path = write("r.txt", TEXT, "gb18030")
    before = (pathlib.Path(path).read_bytes(), os.stat(path).st_mtime_ns)
    lawgov.check(lawgov.load(path))
    assert (pathlib.Path(path).read_bytes(), os.stat(path).st_mtime_ns) == before


def _docx(paragraphs, extra=None, w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"):
    body = "".join(f'<w:p><w:r><w:t>{p}</w:t></w:r></w:p>' for p in paragraphs)
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", extra if extra is not None else xml)
    return buf.getvalue()


@pytest.mark.parametrize("namespace", ["http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                       "http://purl.oclc.org/ooxml/wordprocessingml/main"])  # Strict Open XML
def test_docx_paragraphs_become_lines(write, namespace):
    path = write("r.docx", _docx(["示例镇关于2025年法治政府建设情况的报告", "一、主要举措和成效", "开展培训3次。"],
                                 w=namespace))
    report = lawgov.load(path)
    assert report.metadata.title.text == "示例镇关于2025年法治政府建设情况的报告"
    assert [h.title for h in report.headings] == ["主要举措和成效"]


@pytest.mark.parametrize("content", [b"PK\x03\x04 truncated", _docx([], extra="<not xml")])
def test_corrupt_docx_is_lg007(write, content):
    with pytest.raises(lawgov.InputProblem) as info:
        read(write("r.docx", content))
    assert info.value.code == "LG007"


def test_docx_that_inflates_enormously_is_refused_before_inflating(write):
    bomb = _docx([], extra="<a>" + " " * (60 * 1024 * 1024) + "</a>")
    with pytest.raises(lawgov.InputProblem) as info:
        read(write("bomb.docx", bomb))
    assert info.value.code == "LG007"


def test_decode_prefers_gb18030_for_gbk_bytes():
    assert decode(TEXT.encode("gbk")).encoding == "gb18030"
