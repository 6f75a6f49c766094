"""LG601 and the 纲要 coverage table."""

import json

from lawgov.cli import main
from lawgov.testing import run_rules
from sample_reports import COMPLETE


def test_uncovered_chapters_are_info_and_covered_ones_are_not():
    result = run_rules(COMPLETE, select=["LG6"])
    chapters = {c.chapter: c.covered for c in result.outline}
    assert chapters[4] and chapters[5] and not chapters[6]
    uncovered = [f.evidence["chapter"] for f in result.findings]
    assert uncovered == [n for n, covered in chapters.items() if not covered]
    assert all(f.severity.label == "info" for f in result.findings)


def test_a_chapters_own_heading_covers_it():
    text = COMPLETE.replace("（二）规范执法行为", "（二）健全突发事件应对体系")
    assert 6 not in [f.evidence["chapter"] for f in run_rules(text, select=["LG6"]).findings]


def test_plans_do_not_count_as_measures():
    text = COMPLETE.replace("一是加强培训。", "一是修订应急预案。")
    assert 6 in [f.evidence["chapter"] for f in run_rules(text, select=["LG6"]).findings]


def test_after_the_latest_period_the_latest_issued_outline_is_used_and_named(capsys, write):
    text = COMPLETE.replace("2025年", "2026年").replace("2026年推进", "2027年推进")
    result = run_rules(text, select=["LG6"])
    assert len(result.outline) == 9 and result.outline_plan.title == "法治政府建设实施纲要（2021—2025年）"
    main(["check", write("r.txt", text), "--format", "json", "--select", "LG6"])
    plan = json.loads(capsys.readouterr().out)["reports"][0]["outline_plan"]
    assert plan == {"title": "法治政府建设实施纲要（2021—2025年）", "start": 2021, "end": 2025, "current": False}
    main(["check", write("r.txt", text), "--select", "LG6"])
    assert "依据最新印发的《法治政府建设实施纲要（2021—2025年）》，其期限已结束" in capsys.readouterr().out


def test_before_the_first_outline_with_chapters_there_is_no_outline_check():
    text = COMPLETE.replace("2025年", "2019年").replace("2026年", "2020年")
    result = run_rules(text, select=["LG6"])
    assert result.outline is None and result.outline_plan is None and result.findings == ()


def test_coverage_is_in_the_json_and_the_text_output(capsys, write):
    path = write("r.txt", COMPLETE)
    main(["check", path, "--format", "json", "--select", "LG6"])
    report = json.loads(capsys.readouterr().out)["reports"][0]
    assert len(report["outline_coverage"]) == 9
    assert {"chapter", "title", "covered", "terms"} <= set(report["outline_coverage"][0])
    main(["check", path, "--select", "LG6"])
    assert "纲要九项任务覆盖" in capsys.readouterr().out
