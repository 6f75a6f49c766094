"""--format notice: a review notice draft (审核情况通报) whose every figure is counted
from the findings, as the JSON output gives them."""

import json
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

import lawgov
from conftest import EXAMPLES


def _run(*args):
    return subprocess.run([sys.executable, "-m", "lawgov", "check", *args, "--fail-on", "never"],
                          capture_output=True)


SEEDS = EXAMPLES.parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module", params=["examples", "seeds"])
def batch(tmp_path_factory, request):
    folder = EXAMPLES if request.param == "examples" else SEEDS
    if not folder.is_dir():
        pytest.skip("../shared/seeds is not available")
    out = tmp_path_factory.mktemp("notice") / "通报.docx"
    assert _run(str(folder), "--format", "notice", "-o", str(out)).returncode == 0
    answer = json.loads(_run(str(folder), "--format", "json").stdout)
    return lawgov.load(str(out)).text, answer


def test_the_notice_counts_the_reports_and_those_with_errors(batch):
    text, answer = batch
    reports = answer["reports"]
    with_errors = sum(1 for r in reports if any(f["severity"] == "error" for f in r["findings"]))
    assert f"本次共审核{len(reports)}份" in text and f"{with_errors}份报告存在需要修改的错误" in text


def test_each_problem_names_the_units_that_have_it_and_how_many(batch):
    text, answer = batch
    for code in {f["code"] for r in answer["reports"] for f in r["findings"]}:
        units = [r for r in answer["reports"] if any(f["code"] == code for f in r["findings"])]
        (line,) = [ln for ln in text.split("\n") if f"（{code}，" in ln]
        assert f"：{len(units)}份报告，涉及" in line
        for r in units:
            assert (r["issuer"] or r["title"] or r["path"]) in line


def test_the_table_has_a_row_a_unit_with_its_counts(batch):
    text, answer = batch
    cells = text.split("二、各单位审核情况")[1].split("三、整改要求")[0].strip().split("\n")
    assert cells[:6] == ["序号", "单位", "错误", "警告", "提示", "缺少或不完整的内容"]
    rows = [cells[i:i + 6] for i in range(6, len(cells), 6)]
    assert len(rows) == len(answer["reports"])
    for row, r in zip(rows, answer["reports"]):
        counts = [sum(1 for f in r["findings"] if f["severity"] == s) for s in ("error", "warning", "info")]
        assert row[2:5] == [str(c) for c in counts]


def test_the_batch_page_offers_the_notice(tmp_path):
    page = _run(str(EXAMPLES), "--format", "html").stdout.decode("utf-8")
    assert 'download="审核情况通报.docx"' in page


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_notice(tmp_path):
    out = tmp_path / "notice.docx"
    _run(str(EXAMPLES), "--format", "notice", "-o", str(out))
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "odt", "--outdir", str(tmp_path),
                           str(out)], capture_output=True, timeout=180)
    assert done.returncode == 0 and (tmp_path / "notice.odt").is_file(), done.stderr
    with zipfile.ZipFile(tmp_path / "notice.odt") as zf:
        assert re.search(r"<table:table ", zf.read("content.xml").decode("utf-8"))
