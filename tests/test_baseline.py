"""Baselines: --write-baseline records today's findings, --baseline reports only new
ones, matched by the text around them and not by their line."""

import json

import pytest

from lawgov.cli import main
from conftest import EXAMPLES

REPORT = (EXAMPLES / "cover-line-with-problems.txt").read_text("utf-8")


def _found(capsys, *args):
    main(["check", *args, "--format", "json", "--fail-on", "never"])
    return [f["code"] for r in json.loads(capsys.readouterr().out)["reports"] for f in r["findings"]]


def test_known_findings_stay_known_when_other_parts_of_the_report_move(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(REPORT, "utf-8")
    before = _found(capsys, "r.txt", "--write-baseline", "base.json")
    assert before and json.loads((tmp_path / "base.json").read_text("utf-8"))["schema"] == "lawgov-baseline/1"
    assert _found(capsys, "r.txt", "--baseline", "base.json") == []
    # three lines added at the top move every finding down; none comes back
    (tmp_path / "r.txt").write_text("\n\n\n" + REPORT, "utf-8")
    assert _found(capsys, "r.txt", "--baseline", "base.json") == []


def test_a_new_problem_is_reported_against_the_baseline(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(REPORT, "utf-8")
    _found(capsys, "r.txt", "--write-baseline", "base.json")
    edited = REPORT.replace("一是创新普法形式。", "一是创新普法形式，全年共受理申请50件，其中受理40件，占比90%。")
    (tmp_path / "r.txt").write_text(edited, "utf-8")
    assert _found(capsys, "r.txt", "--baseline", "base.json") == ["LG201"]


def test_a_file_that_is_not_a_baseline_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    assert main(["check", str(EXAMPLES / "department.txt"), "--baseline", str(bad)]) == 2


@pytest.mark.parametrize("reports", [[1], {"a": 1}, [{"path": "x"}], [{"path": "x", "findings": 5}],
                                     [{"path": ["a"], "findings": []}]])
def test_a_baseline_of_the_wrong_shape_is_a_usage_error(tmp_path, capsys, reports):
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"schema": "lawgov-baseline/1", "reports": reports}), "utf-8")
    assert main(["check", str(EXAMPLES / "department.txt"), "--baseline", str(path)]) == 2
    assert "baseline.json" in capsys.readouterr().err


def test_a_baseline_nested_beyond_reason_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "baseline.json"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    assert main(["check", str(EXAMPLES / "department.txt"), "--baseline", str(path)]) == 2
