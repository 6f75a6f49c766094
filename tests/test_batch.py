"""Checking a batch from the library (lawgov.check_paths), as the command line and
the web page do, and the tables every part of lawgov reads: input formats and codes."""

import json
import re

import pytest

import lawgov
from lawgov import Severity
from lawgov._check.codes import CODES
from lawgov._read import FORMATS, SUFFIXES
from lawgov.cli import main
from builders import portal_page
from conftest import EXAMPLES
from sample_reports import COMPLETE

OTHER = COMPLETE.replace("示例镇", "样板镇")


def paths_and_codes(results):
    return [(r.path, sorted({f.code for f in r.findings})) for r in results]


def test_a_folder_of_portal_pages_is_checked_page_by_page_whatever_the_suffix(tmp_path):
    for suffix in (".html", ".htm", ".shtml", ".xhtml"):
        (tmp_path / f"page{suffix}").write_text(portal_page(COMPLETE), "utf-8")
    results = list(lawgov.check_paths([str(tmp_path)], lawgov.BatchOptions(jurisdiction="none")))
    assert sorted(r.path.rsplit(".", 1)[1] for r in results) == ["htm", "html", "shtml", "xhtml"]
    assert all(r.result is not None and r.result.report.metadata.year == 2025 for r in results)


def test_the_format_guide_and_the_upload_field_name_every_format_of_the_table():
    guide = (EXAMPLES.parents[1] / "docs" / "formats.md").read_text("utf-8")
    from lawgov._web.pages import upload_page

    accepted = re.search(r'accept="([^"]*)"', upload_page("zh", "n")).group(1).split(",")
    for suffix in SUFFIXES:
        assert f"`{suffix}`" in guide and suffix in accepted
    assert {f.name for f in FORMATS} == {"docx", "pdf", "word", "html", "text"}


def test_results_come_in_input_order_and_an_unreadable_file_does_not_stop_the_batch(write):
    a, b = write("a.txt", COMPLETE), write("b.txt", OTHER)
    results = list(lawgov.check_paths([b, str(write("x", "")) + "-missing", a],
                                      lawgov.BatchOptions(jurisdiction="none", select="LG0,LG1")))
    assert [r.path.rsplit("/", 1)[1] for r in results] == ["b.txt", "x-missing", "a.txt"]
    (lost,) = results[1].findings
    assert results[1].result is None and (lost.code, lost.rule) == ("LG001", "unreadable-file")


def test_two_workers_give_what_one_gives(write):
    paths = [write(f"r{i}.txt", COMPLETE.replace("示例镇", f"示例{i}镇")) for i in range(4)]
    one = list(lawgov.check_paths(paths, lawgov.BatchOptions(jurisdiction="none")))
    two = list(lawgov.check_paths(paths, lawgov.BatchOptions(jurisdiction="none", jobs=2)))
    assert paths_and_codes(one) == paths_and_codes(two)
    assert lawgov.render(one) == lawgov.render(two)


def test_reports_copied_from_each_other_in_a_batch_are_named_by_their_names(write):
    township = (EXAMPLES / "township-complete.txt").read_text("utf-8")
    a, b = write("a.txt", township), write("b.txt", township.replace("示例镇", "样板乡"))
    options = lawgov.BatchOptions(select=["LG406"])
    results = list(lawgov.check_paths([a, b], options, names=["甲.txt", "乙.txt"]))
    assert [r.path for r in results] == ["甲.txt", "乙.txt"]
    assert results[0].findings[0].evidence["copies"][0]["path"] == "乙.txt"


def test_last_years_folder_pairs_each_report_with_its_issuers(write, tmp_path):
    last = tmp_path / "last"
    last.mkdir()
    (last / "old.txt").write_text(COMPLETE.replace("2025", "2024").replace("2026", "2025"), "utf-8")
    (result,) = lawgov.check_paths([write("now.txt", COMPLETE)],
                                   lawgov.BatchOptions(select=["LG405"], previous=str(last)))
    (f,) = result.findings
    assert f.code == "LG405" and f.evidence["previous"].endswith("old.txt")


def test_then_runs_on_each_result_and_its_answer_is_what_comes_back(write):
    got = list(lawgov.check_paths([write("a.txt", COMPLETE)], lawgov.BatchOptions(jurisdiction="none"),
                                  then=len_findings))
    assert got == [len(list(lawgov.check_paths([write("a.txt", COMPLETE)],
                                               lawgov.BatchOptions(jurisdiction="none")))[0].findings)]


def len_findings(result):
    return len(result.findings)


@pytest.mark.parametrize("options", [
    lawgov.BatchOptions(select=["LGX"]),
    lawgov.BatchOptions(jurisdiction="atlantis"),
    lawgov.BatchOptions(jobs=0),
    lawgov.BatchOptions(previous="/no/such/report.txt"),
])
def test_wrong_options_are_refused_before_anything_is_checked(options, write):
    with pytest.raises(lawgov.UsageError):
        lawgov.check_paths([write("a.txt", COMPLETE)], options)


def test_options_take_code_prefixes_as_a_list_or_a_comma_separated_string():
    assert lawgov.BatchOptions(select="lg1, LG2").select == lawgov.BatchOptions(select=["LG1", "lg2"]).select


def test_lawgov_rules_lists_every_code_rules_or_not(capsys):
    assert main(["rules"]) == 0
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert set(CODES) <= listed
    assert {r.code for r in lawgov.plugin_manager().rules()} <= listed


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_that_is_not_a_rule_has_its_page_and_is_explained(code, capsys):
    assert CODES[code].doc("zh") and CODES[code].doc("en")
    assert main(["explain", code]) == 0
    assert capsys.readouterr().out.startswith(f"# {code}")


def test_sarif_declares_every_rule_its_results_cite(capsys, write):
    code = main(["check", write("a.txt", COMPLETE.replace("2025年", "2024年", 1)), "/no/such/file.txt",
                 "--format", "sarif", "--fail-on", "never"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    declared = {r["id"] for r in run["tool"]["driver"]["rules"]}
    cited = {r["ruleId"] for r in run["results"]}
    assert code == 0 and "LG001" in cited and cited <= declared


def test_every_code_lawgov_emits_is_in_the_table_or_is_a_rule():
    import pathlib
    import re

    src = pathlib.Path(lawgov.__file__).parent
    emitted = {c for p in src.rglob("*.py") for c in re.findall(r'"(LG\d{3})"', p.read_text("utf-8"))}
    rules = {r.code for r in lawgov.plugin_manager().rules()}
    assert emitted - rules - set(CODES) == set()


def test_the_dask_example_checks_a_partition_with_the_batch_api():
    import importlib.util

    example = EXAMPLES.parent / "distributed" / "dask_check.py"
    spec = importlib.util.spec_from_file_location("dask_check", example)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    rows = module.check_partition(paths)
    assert [r["path"] for r in rows] == paths
    direct = {r.path: r for r in lawgov.check_paths(paths)}
    assert [(r["errors"], r["warnings"], r["infos"]) for r in rows] == [
        tuple(direct[p].count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        for p in paths]
    assert any(r["errors"] for r in rows) and rows[0]["year"] == 2025
