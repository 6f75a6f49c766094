"""PDF: the text layer of an exported report reads as the report itself."""

import io

import pytest

import lawgov
from lawgov.testing import run_rules
from builders import report_pdf
from conftest import EXAMPLES

reportlab = pytest.importorskip("reportlab")


def _places(report, findings):
    return sorted((f.code, report.text[f.span.start:f.span.end] if f.span else None) for f in findings)


@pytest.mark.parametrize("name", ["township-complete.txt", "cover-line-with-problems.txt",
                                  "county-government.txt", "department.txt"])
def test_an_exported_pdf_gives_the_reports_own_findings(tmp_path, name):
    text = (EXAMPLES / name).read_text("utf-8")
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(text, lines_per_page=8))
    as_txt, as_pdf = lawgov.load(str(EXAMPLES / name)), lawgov.load(str(path))
    assert _places(as_pdf, run_rules(as_pdf).findings) == _places(as_txt, run_rules(as_txt).findings)
    assert "示例镇人民政府文件" not in as_pdf.text.split("\n")[:1] and "— 1 —" not in as_pdf.text


def test_lines_broken_at_the_page_width_or_edge_are_joined(tmp_path):
    text = (EXAMPLES / "township-complete.txt").read_text("utf-8")
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(text, chars_per_line=17, lines_per_page=7))
    report = lawgov.load(str(path))
    paragraphs = [p for p in text.split("\n") if p.strip()]
    assert [ln for ln in report.text.split("\n") if ln] == paragraphs
    assert len(report.page_starts) > 5


def test_findings_in_a_pdf_name_their_page(tmp_path):
    import json
    import subprocess
    import sys

    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf((EXAMPLES / "cover-line-with-problems.txt").read_text("utf-8"),
                                lines_per_page=6))
    out = subprocess.run([sys.executable, "-m", "lawgov", "check", str(path), "--format", "json"],
                         capture_output=True, text=True).stdout
    findings = json.loads(out)["reports"][0]["findings"]
    pages = {f["code"]: f["page"] for f in findings if f["line"] is not None}
    assert pages and all(isinstance(p, int) and p >= 1 for p in pages.values())
    assert len(set(pages.values())) > 1


def _blank_pdf():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.rect(100, 100, 300, 400, fill=1)  # a scanned page: pictures, no text
    c.showPage()
    c.save()
    return out.getvalue()


def _encrypted_pdf():
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(report_pdf("示例镇关于2025年法治政府建设情况的报告\n正文。")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("make, code", [
    (_blank_pdf, "LG008"),
    (_encrypted_pdf, "LG007"),
    (lambda: report_pdf("示例镇报告\n正文。")[:400], "LG007"),
    (lambda: b"%PDF-1.4\n" + bytes(range(256)) * 40, "LG007"),
])
def test_pdfs_that_cannot_be_read_are_named(tmp_path, make, code):
    path = tmp_path / "bad.pdf"
    path.write_bytes(make())
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(path))
    assert info.value.code == code and info.value.path == str(path)


def test_a_compressed_stream_that_inflates_without_bound_is_refused_quickly(tmp_path):
    import zlib

    import pypdf
    from pypdf.generic import EncodedStreamObject, NameObject

    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = EncodedStreamObject()
    stream._data = zlib.compress(b"(x) Tj " * 12_000_000, 9)  # 84 MB of text operators in 100 KB
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(lawgov.InputProblem) as info:
        lawgov.load(str(path))
    assert info.value.code == "LG007" and "Limit" in info.value.message_en
