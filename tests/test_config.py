"""Project configuration: [tool.lawgov] in pyproject.toml or lawgov.toml, found by
walking up from the checked paths; the command line wins; --isolated ignores it."""

import json
import subprocess
import sys

import pytest

from lawgov.cli import main
from conftest import EXAMPLES

REPORT = (EXAMPLES / "cover-line-with-problems.txt").read_text("utf-8")


def _codes(capsys, *args):
    code = main(["check", *args, "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    return code, sorted({f["code"] for r in out["reports"] for f in r["findings"]})


@pytest.fixture
def project(tmp_path):
    (tmp_path / "reports" / "drafts").mkdir(parents=True)
    (tmp_path / "reports" / "a.txt").write_text(REPORT, "utf-8")
    (tmp_path / "reports" / "drafts" / "b.txt").write_text(REPORT, "utf-8")
    return tmp_path


def test_a_pyproject_table_found_above_the_checked_files_applies(project, capsys):
    (project / "pyproject.toml").write_text('[tool.lawgov]\nselect = ["LG1", "LG2"]\nignore = ["LG108"]\n'
                                            'fail-on = "never"\n', "utf-8")
    code, codes = _codes(capsys, str(project / "reports" / "a.txt"))
    assert code == 0 and codes and all(c[:3] in ("LG1", "LG2") for c in codes) and "LG108" not in codes


@pytest.mark.parametrize("table", ['[tool]\nlawgov.select = ["LG1", "LG2"]\n',
                                   '[tool]\nlawgov = {select = ["LG1", "LG2"]}\n',
                                   '[tool."lawgov"]\nselect = ["LG1", "LG2"]\n'])
def test_every_way_of_writing_the_table_is_found(project, capsys, table):
    (project / "pyproject.toml").write_text('[project.scripts]\nlawgov = "lawgov.cli:entrypoint"\n' + table,
                                            "utf-8")
    code, codes = _codes(capsys, str(project / "reports" / "a.txt"))
    assert codes and all(c[:3] in ("LG1", "LG2") for c in codes)


def test_a_project_that_only_installs_lawgov_is_not_parsed_for_a_table(project):
    (project / "pyproject.toml").write_text('[project.scripts]\nlawgov = "lawgov.cli:entrypoint"\n'
                                            '[tool.hatch.version]\npath = "x.py"\n', "utf-8")
    probe = ("import sys; from lawgov._batch import config; "
             "print(config.find(sys.argv[1:]), 'tomllib' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe, str(project / "reports" / "a.txt")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["None", "False"]


def test_lawgov_toml_and_per_file_ignores(project, capsys):
    (project / "lawgov.toml").write_text(
        'select = ["LG1"]\n[per-file-ignores]\n"reports/drafts/*" = ["LG10"]\n', "utf-8")
    main(["check", str(project / "reports"), "--format", "json", "--fail-on", "never"])
    reports = {r["path"].rsplit("/", 1)[1]: {f["code"] for f in r["findings"]}
               for r in json.loads(capsys.readouterr().out)["reports"]}
    assert any(c.startswith("LG10") for c in reports["a.txt"])
    assert not any(c.startswith("LG10") for c in reports["b.txt"])


def test_the_command_line_wins_and_isolated_ignores_the_file(project, capsys):
    (project / "lawgov.toml").write_text('select = ["LG1"]\n', "utf-8")
    path = str(project / "reports" / "a.txt")
    assert all(c.startswith("LG1") for c in _codes(capsys, path)[1])
    assert "LG201" in _codes(capsys, path, "--select", "LG2")[1]
    assert "LG201" in _codes(capsys, path, "--isolated")[1]


def test_a_configuration_given_by_hand(project, capsys, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("conf") / "team.toml"
    elsewhere.write_text('ignore = ["LG2"]\n', "utf-8")
    assert "LG201" not in _codes(capsys, str(project / "reports" / "a.txt"), "--config", str(elsewhere))[1]


@pytest.mark.parametrize("content", ['selct = ["LG1"]\n', 'fail-on = "sometimes"\n', "select = [\n"])
def test_a_wrong_configuration_is_a_usage_error(project, capsys, content):
    (project / "lawgov.toml").write_text(content, "utf-8")
    assert main(["check", str(project / "reports" / "a.txt")]) == 2
    assert "lawgov.toml" in capsys.readouterr().err


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("name, text", [
    ("lawgov.toml", "jurisdiction = [1, 2]\n"),
    ("lawgov.toml", f"x = {DEEP}\n"),
    ("pyproject.toml", "[tool]\nlawgov = 5\n"),
    ("pyproject.toml", "tool = 5\n"),
])
def test_a_configuration_of_the_wrong_shape_is_a_usage_error(tmp_path, capsys, name, text):
    (tmp_path / name).write_text(text, "utf-8")
    assert main(["check", str(EXAMPLES / "department.txt"), "--config", str(tmp_path / name)]) == 2
    assert name in capsys.readouterr().err
