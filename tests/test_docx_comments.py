"""--format docx: the report comes back as a Word document with a comment (批注) at
each finding; a .docx comes back as itself, its paragraphs byte for byte, with the
comments added between its runs."""

import io
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
from hypothesis import given, strategies as st

import lawgov
from lawgov._render.docx import commented_docx, plain_docx
from conftest import EXAMPLES

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARKS = re.compile(r'<w:commentRangeStart w:id="\d+"/>|<w:commentRangeEnd w:id="\d+"/>'
                   r'<w:r><w:commentReference w:id="\d+"/></w:r>')


PKG = "http://schemas.openxmlformats.org/package/2006"
CONTENT_TYPES = (
    f'<?xml version="1.0"?><Types xmlns="{PKG}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>")
PACKAGE_RELS = (
    f'<?xml version="1.0"?><Relationships xmlns="{PKG}/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def word_file(text: str, *, existing_comment: bool = False) -> bytes:
    """A .docx as Word writes one: content types, relationships, formatted runs (the
    first half of each line bold), and optionally a comment someone already made."""
    paras = []
    for line in text.split("\n"):
        half = len(line) // 2
        paras.append(f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                     f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(line[:half])}</w:t></w:r>'
                     f'<w:r><w:t xml:space="preserve">{_esc(line[half:])}</w:t></w:r></w:p>')
    if existing_comment:
        paras[0] = paras[0].replace("<w:r>", '<w:commentRangeStart w:id="7"/><w:r>', 1).replace(
            "</w:p>", '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
                f'<w:body>{"".join(paras)}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}"/>')
        if existing_comment:
            zf.writestr("word/comments.xml", f'<w:comments xmlns:w="{W}"><w:comment w:id="7" w:author="科员">'
                        "<w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment></w:comments>")
    return out.getvalue()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _comments(data: bytes) -> list[str]:
    xml = _parts(data)["word/comments.xml"].decode("utf-8")
    return re.findall(r"<w:comment [^>]*>(.*?)</w:comment>", xml)


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "示例镇草稿.docx"
    path.write_bytes(word_file((EXAMPLES / "cover-line-with-problems.txt").read_text("utf-8")))
    return path


def _check(path, *args):
    return subprocess.run([sys.executable, "-m", "lawgov", "check", str(path), *args, "--fail-on", "never"],
                          capture_output=True)


def test_a_docx_comes_back_as_itself_with_one_comment_a_finding(draft, tmp_path):
    out, given = tmp_path / "批注.docx", draft.read_bytes()
    assert _check(draft, "--format", "docx", "-o", str(out)).returncode == 0
    before, after = _parts(draft.read_bytes()), _parts(out.read_bytes())
    result = lawgov.check(lawgov.load(str(draft)))
    assert len(_comments(out.read_bytes())) == len(result.findings)
    assert MARKS.sub("", after["word/document.xml"].decode()) == before["word/document.xml"].decode()
    assert all(after[name] == data for name, data in before.items()
               if name not in ("word/document.xml", "[Content_Types].xml"))
    assert b"/word/comments.xml" in after["[Content_Types].xml"]
    assert lawgov.load(str(out)).text == lawgov.load(str(draft)).text  # the text is untouched
    assert draft.read_bytes() == given  # the input is never written to


def test_a_comment_says_the_code_the_message_the_advice_and_the_arithmetic(draft, tmp_path):
    out = tmp_path / "out.docx"
    _check(draft, "--format", "docx", "-o", str(out))
    (rate,) = [c for c in _comments(out.read_bytes()) if "LG201" in c]
    assert "LG201 错误：" in rate and "建议：" in rate and "分子：" in rate and "分母：" in rate


def test_a_comment_covers_the_runs_of_its_span_and_whole_report_ones_the_title():
    text = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n受理案件80件，办结82件，办结率95.6%。"
    result = lawgov.check(lawgov.parse(text))
    data = commented_docx(word_file(text), result.findings, text=result.report.text)
    xml = _parts(data)["word/document.xml"].decode()
    codes = [re.search(r"(LG\d+)", c).group(1) for c in _comments(data)]
    paragraphs = xml.split("</w:p>")
    for n, code in enumerate(codes):
        (para,) = [p for p in paragraphs if f'<w:commentRangeStart w:id="{n}"/>' in p]
        if code == "LG201":
            assert "办结率" in re.sub(r"<[^>]+>", "", para)
        if code == "LG102":  # a missing part: on the title
            assert "法治政府建设情况的报告" in re.sub(r"<[^>]+>", "", para)


def test_comments_already_in_the_document_are_kept_and_ours_follow_them():
    text = "示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n开展执法检查。"
    result = lawgov.check(lawgov.parse(text))
    data = commented_docx(word_file(text, existing_comment=True), result.findings, text=result.report.text)
    comments = _parts(data)["word/comments.xml"].decode()
    assert "请核实" in comments and 'w:id="7"' in comments
    assert min(int(i) for i in re.findall(r'w:id="(\d+)" w:author="lawgov"', comments)) == 8


def test_a_document_whose_text_differs_is_not_annotated():
    text = "示例镇关于2025年法治政府建设情况的报告\n开展执法检查。"
    result = lawgov.check(lawgov.parse(text + "多一句。"))
    assert commented_docx(word_file(text), result.findings, text=result.report.text) is None


@pytest.mark.parametrize("name", ["cover-line-with-problems.txt", "township-complete.txt"])
def test_other_inputs_give_a_plain_document_that_reads_back_to_the_same_findings(tmp_path, name):
    out = tmp_path / "out.docx"
    assert _check(EXAMPLES / name, "--format", "docx", "-o", str(out)).returncode == 0
    again, first = lawgov.check(lawgov.load(str(out))), lawgov.check(lawgov.load(str(EXAMPLES / name)))
    assert again.report.text == first.report.text
    assert [f.code for f in again.findings] == [f.code for f in first.findings]
    assert len(_comments(out.read_bytes())) == len(first.findings)


def test_a_plain_document_splits_runs_where_findings_start_and_end():
    xml = _parts(plain_docx("甲乙丙丁\n戊己", [1, 3, 6]))["word/document.xml"].decode()
    assert re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml) == ["甲", "乙丙", "丁", "戊", "己"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_commented_document(draft, tmp_path):
    out = tmp_path / "out.docx"
    _check(draft, "--format", "docx", "-o", str(out))
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "odt", "--outdir", str(tmp_path),
                           str(out)], capture_output=True, timeout=180)
    assert done.returncode == 0 and (tmp_path / "out.odt").is_file(), done.stderr
    with zipfile.ZipFile(tmp_path / "out.odt") as zf:
        content = zf.read("content.xml").decode("utf-8")
    assert len(re.findall(r"<office:annotation[ >]", content)) == len(_comments(out.read_bytes()))


@given(st.lists(st.integers(0, 5), min_size=1, max_size=30), st.integers(0, 60), st.integers(0, 8))
def test_a_finding_is_anchored_to_the_first_and_last_run_its_span_touches(lengths, start, width):
    from lawgov import Finding, Severity, Span
    from lawgov._render.docx import _anchor, _Run

    runs, at = [], 0
    for i, n in enumerate(lengths):
        run = _Run(i, at)
        run.end = at = at + n
        runs.append(run)
    touched = [r for r in runs if r.start < max(start + width, start + 1) and start < r.end]
    if not touched:  # a span at a run's end: the first run it ends
        touched = [r for r in runs if r.start <= start <= r.end and r.end > r.start][:1]
    f = Finding("ZZ001", "z", Severity.INFO, "m", span=Span(start, start + width, 1, 1, 1, 1))
    expected = (touched[0], touched[-1]) if touched else None
    assert _anchor(f, runs, (0, 0), [r.start for r in runs], [r.end for r in runs]) == expected
