"""The same report in every format lawgov reads gives the same findings at the same
places of its text (only the publication-date rule depends on the format)."""

import pytest

import lawgov
from lawgov.testing import run_rules
from builders import docx, portal_page, report_pdf
from conftest import EXAMPLES

FORMATS = {
    "docx": lambda text: ("report.docx", docx(text)),
    "html-utf8": lambda text: ("report.html", portal_page(text).encode("utf-8")),
    "html-gbk": lambda text: ("report.htm", portal_page(text, charset="gbk").encode("gbk")),
    "pdf": lambda text: ("report.pdf", report_pdf(text, lines_per_page=9)),
}


def _places(report):
    return sorted((f.code, report.text[f.span.start:f.span.end] if f.span else None)
                  for f in run_rules(report).findings if f.code != "LG307")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_every_format_gives_the_findings_of_the_text(tmp_path, fmt, example):
    pytest.importorskip("reportlab") if fmt == "pdf" else None
    text = (EXAMPLES / example).read_text("utf-8")
    name, data = FORMATS[fmt](text)
    path = tmp_path / name
    path.write_bytes(data)
    assert _places(lawgov.load(str(path))) == _places(lawgov.load(str(EXAMPLES / example)))
