"""The project itself: README and CI agree, packages carry their data and types."""

import importlib.metadata
import importlib.resources
import pathlib
import re

import lawgov
from conftest import ROOT


def _quick_start_commands():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second():
    commands = _quick_start_commands()
    assert len(commands) == 2
    assert "lawgov check examples/reports" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text("utf-8").strip().splitlines()[-1]
    assert ci == commands[1]


def test_version_matches_the_installed_metadata():
    assert lawgov.__version__ == importlib.metadata.version("lawgov")


def test_the_five_jurisdiction_packs_are_installed_as_data_packs():
    names = {ep.name for ep in importlib.metadata.entry_points(group="lawgov.packs")}
    assert {"qinghai", "ningxia", "chongqing", "tibet", "gansu"} <= names


def test_packages_ship_types_and_data():
    assert (importlib.resources.files("lawgov") / "py.typed").is_file()
    assert (importlib.resources.files("lawgov") / "data" / "divisions.tsv").is_file()


def test_the_rule_index_lists_every_rule():
    index = (ROOT / "docs" / "rules.md").read_text("utf-8")
    for r in lawgov.plugin_manager(autoload=False).rules():
        assert f"[{r.code}]" in index, r.code


def test_data_files_name_their_sources():
    for path in pathlib.Path(ROOT / "plugins").glob("*/src/*/data/*.tsv"):
        assert "Sources:" in path.read_text("utf-8")[:1000], path


def test_a_check_without_last_years_report_never_loads_the_segmenter():
    import subprocess
    import sys
    code = ("import sys, lawgov; r = lawgov.check(lawgov.parse('一、主要举措和成效\\n培训3次。')); "
            "print(sorted(m for m in ('jieba',) if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip() == "[]"
