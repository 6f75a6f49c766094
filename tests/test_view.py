"""--format html (the reviewer's page as one file) and --format xlsx."""

import json
import re
import subprocess
import sys

import pytest

from conftest import EXAMPLES


def _run(*args):
    return subprocess.run([sys.executable, "-m", "lawgov", "check", *args, "--fail-on", "never"],
                          capture_output=True, cwd=EXAMPLES)


def test_the_html_page_is_standalone_and_marks_every_finding_with_a_span():
    page = _run("cover-line-with-problems.txt", "--format", "html").stdout.decode("utf-8")
    answer = json.loads(_run("cover-line-with-problems.txt", "--format", "json").stdout)
    findings = answer["reports"][0]["findings"]
    assert "<link" not in page and 'src="http' not in page and "<script src" not in page
    with_span = [f for f in findings if f["offset"] is not None and f["end_offset"] > f["offset"]]
    assert page.count('<li class="finding') == len(findings)
    marked = {i for ids in re.findall(r'<mark [^>]*data-f="([^"]+)"', page) for i in ids.split()}
    assert len(marked) == len(with_span)
    assert '<section class="rule-page" id="rule-LG201">' in page


def test_the_html_page_of_a_batch_has_a_table_and_downloads():
    page = _run(".", "--format", "html").stdout.decode("utf-8")
    assert page.count("<tr data-level=") == len(list(EXAMPLES.glob("*.txt")))
    assert '<figure class="chart">' in page and 'id="level-filter"' in page and 'id="code-filter"' in page
    for name in ("lawgov.json", "lawgov.csv", "lawgov.sarif", "lawgov.xlsx"):
        assert f'download="{name}"' in page


def test_english_pages_start_in_english():
    page = _run("department.txt", "--format", "html", "--lang", "en").stdout.decode("utf-8")
    assert '<html lang="en">' in page and 'class="lang-en"' in page


def test_the_excel_workbook_has_findings_and_reports_sheets(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "r.xlsx"
    assert _run(".", "--format", "xlsx", "-o", str(out)).returncode == 0
    book = openpyxl.load_workbook(out)
    findings, reports = book.worksheets
    summary = json.loads(_run(".", "--format", "json").stdout)["summary"]
    assert findings.max_row - 1 == summary["errors"] + summary["warnings"] + summary["infos"]
    assert reports.max_row - 1 == summary["files"]
    assert findings.freeze_panes == reports.freeze_panes == "A2"
    assert [c.value for c in findings[1]][:6] == ["文件", "行", "列", "页", "代码", "级别"]
    assert findings.column_dimensions["G"].width > 20


def test_the_page_of_a_report_on_2026_names_the_outline_its_coverage_row_uses():
    page = _run("township-2026.txt", "--format", "html").stdout.decode("utf-8")
    assert "纲要九项任务" in page
    assert "依据最新印发的《法治政府建设实施纲要（2021—2025年）》，其期限已结束" in page
    assert "the latest issued 纲要 (2021–2025); its period has ended" in page
