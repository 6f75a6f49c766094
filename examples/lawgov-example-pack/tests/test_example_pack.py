"""The example data pack works the way a third party would use it: built and
installed with pip (into a temporary folder, so the rest of the test suite never sees
it), listed by ``lawgov jurisdictions``, and each rule page's examples do what the
page says when checked by ``python -m lawgov`` with the pack installed."""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The folder pip installed the pack into (to be put on PYTHONPATH)."""
    pytest.importorskip("hatchling", reason="building the pack needs hatchling (lawgov's test extra)")
    target = tmp_path_factory.mktemp("site")
    build = tmp_path_factory.mktemp("src")
    subprocess.run(["cp", "-r", str(HERE), str(build)], check=True)  # pip may write build files
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(build / HERE.name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return target


def lawgov(installed, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(installed),
                                                                     os.environ.get("PYTHONPATH")]))}
    env.pop("LAWGOV_DISABLE_PLUGIN_AUTOLOAD", None)
    return subprocess.run([sys.executable, "-m", "lawgov", *args], input=stdin, capture_output=True,
                          text=True, env=env)


def test_the_installed_pack_is_listed_with_its_rules_and_data_sources(installed):
    done = lawgov(installed, "jurisdictions")
    assert done.returncode == 0, done.stderr
    assert "四川省（sichuan）  代码前缀 SC  来自 lawgov-example-sichuan-0.1.0" in done.stdout
    assert "规则：SC102 SC103 SC104" in done.stdout and "jionlp 1.5.31" in done.stdout


def test_a_report_from_the_province_is_attributed_to_the_pack(installed):
    text = "理塘县示例镇关于2025年法治政府建设情况的报告\n一、主要举措和成效\n开展执法检查。\n"
    done = lawgov(installed, "check", "-", "--format", "json", "--fail-on", "never", stdin=text)
    report = json.loads(done.stdout)["reports"][0]
    assert (report["jurisdiction"], report["province"]) == ("sichuan", "四川省")


def _examples(page: str, heading: str) -> list[str]:
    section = page.split(heading, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```text\n(.*?)```", section, flags=re.S)


PAGES = sorted((HERE / "lawgov_example_sichuan" / "docs").rglob("SC*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(HERE / "lawgov_example_sichuan")))
def test_each_rule_pages_examples_do_what_the_page_says(installed, page):
    text = page.read_text("utf-8")
    code = page.stem
    zh = page.parent.name == "zh"
    for heading, fires in ((("## 会报告的例子" if zh else "## Example that fires"), True),
                           (("## 不会报告的例子" if zh else "## Example that does not fire"), False)):
        examples = _examples(text, heading)
        assert examples, f"{page}: no example under {heading}"
        for example in examples:
            done = lawgov(installed, "check", "-", "--select", code, "--format", "json", "--fail-on", "never",
                          stdin=example)
            codes = [f["code"] for f in json.loads(done.stdout)["reports"][0]["findings"]]
            assert (code in codes) == fires, f"{code} on:\n{example}"
