"""Plugins: discovery through entry points, blocking, and failures that are named
while every other rule still runs."""

import textwrap

import pytest

import lawgov
from lawgov._check import plugins as _plugins
from lawgov.testing import run_rules
from sample_reports import COMPLETE


GOOD = """
    from lawgov import hookimpl, rule

    @rule("ZZ001", "always", "info", "总是提示", "always reports")
    def always(report, ctx):
        yield ctx.finding("示例提示", "example note")

    @hookimpl
    def lawgov_rules():
        return [always]
"""


def test_an_installed_plugin_is_discovered_and_its_rules_run(installed):
    installed("good", GOOD)
    pm = lawgov.plugin_manager()
    assert "ZZ001" in [r.code for r in pm.rules()]
    result = lawgov.check(lawgov.parse(COMPLETE), pm=pm, select=["ZZ"])
    assert [(f.code, f.plugin) for f in result.findings] == [("ZZ001", "good")]


def test_blocked_plugins_are_never_imported(installed):
    installed("broken", "raise RuntimeError('imported!')")
    pm = lawgov.plugin_manager(blocked=["broken"])
    assert pm.problems == []


def test_builtin_plugins_can_be_blocked_by_name():
    pm = lawgov.plugin_manager(blocked=["structure"], autoload=False)
    assert not [r for r in pm.rules() if r.code.startswith("LG1")]
    assert [r for r in pm.rules() if r.code.startswith("LG3")]


def test_a_plugin_that_fails_to_import_is_named_and_the_rest_still_run(installed):
    installed("broken", "raise ImportError('missing dependency xyz')")
    installed("good", GOOD)
    pm = lawgov.plugin_manager()
    result = lawgov.check(lawgov.parse(COMPLETE), pm=pm)
    codes = [f.code for f in result.findings]
    (problem,) = [f for f in result.findings if f.code == "LG901"]
    assert "broken" in problem.message and "missing dependency xyz" in problem.message
    assert "ZZ001" in codes


def test_a_rule_that_raises_is_reported_by_name_and_others_still_run(installed):
    installed("crashy", """
        from lawgov import hookimpl, rule

        @rule("ZZ002", "crashes", "error", "崩溃", "crashes")
        def crashes(report, ctx):
            raise ZeroDivisionError("boom")

        @hookimpl
        def lawgov_rules():
            return [crashes]
    """)
    result = lawgov.check(lawgov.parse(COMPLETE.replace("五、其他需要报告的情况\n无。\n", "")),
                          pm=lawgov.plugin_manager())
    (crash,) = [f for f in result.findings if f.code == "LG904"]
    assert "ZZ002" in crash.message and "crashy" in crash.message and "boom" in crash.message
    assert "LG106" in [f.code for f in result.findings]


def test_a_hook_that_raises_is_lg902(installed):
    installed("hookfail", """
        from lawgov import hookimpl

        @hookimpl
        def lawgov_rules():
            raise ValueError("bad data file")
    """)
    pm = lawgov.plugin_manager()
    pm.rules()
    assert [(p.code, p.plugin) for p in pm.problems] == [("LG902", "hookfail")]


def test_duplicate_rule_codes_are_rejected_naming_both_plugins(installed):
    installed("first", GOOD)
    installed("second", GOOD)
    pm = lawgov.plugin_manager()
    assert [r.plugin for r in pm.rules() if r.code == "ZZ001"] == ["first"]
    (problem,) = pm.problems
    assert problem.code == "LG903"
    assert "first" in problem.message_en and "second" in problem.message_en


def test_invalid_rule_codes_are_refused():
    with pytest.raises(ValueError):
        lawgov.rule("lg1", "bad", "error", "坏", "bad")


def test_a_plugin_object_that_cannot_be_registered_is_lg901():
    class Broken:
        @lawgov.hookimpl
        def lawgov_rules(self, unknown_argument):
            return []

    pm = lawgov.plugin_manager(autoload=False, plugins=[Broken()])
    assert [p.code for p in pm.problems] == ["LG901"]
    assert [r for r in pm.rules() if r.code.startswith("LG1")]


def test_a_plugin_can_be_tested_before_it_is_installed():
    import types
    plugin = types.ModuleType("my_plugin")
    exec(textwrap.dedent(GOOD), plugin.__dict__)
    result = run_rules(COMPLETE, plugins=[plugin], autoload=False, select=["ZZ"])
    assert [f.code for f in result.findings] == ["ZZ001"]


def test_every_rule_has_a_documentation_page_with_the_five_sections():
    for r in lawgov.plugin_manager().rules():
        doc = r.doc()
        assert doc is not None, r.code
        for section in ("## What it checks", "## Why it matters", "## Example that fires",
                        "## Example that does not fire", "## Limits"):
            assert section in doc, (r.code, section)


def test_a_plugin_rule_finds_its_page_in_its_own_package(installed, tmp_path):
    installed("documented", GOOD)
    (tmp_path / "fake_lawgov_documented.py").rename(tmp_path / "fake_pkg_init.py")
    pkg = tmp_path / "fake_lawgov_documented"
    (pkg / "docs").mkdir(parents=True)
    (tmp_path / "fake_pkg_init.py").rename(pkg / "__init__.py")
    (pkg / "docs" / "ZZ001.md").write_text("# ZZ001 always\n", "utf-8")
    (rule,) = [r for r in lawgov.plugin_manager().rules() if r.code == "ZZ001"]
    assert rule.doc() == "# ZZ001 always\n"


MISBEHAVING = """
    import sys, time
    from lawgov import Finding, Severity, Span, hookimpl, rule

    @rule("ZZ101", "exits", "error", "退出", "exits")
    def exits(report, ctx):
        sys.exit(3)
        yield

    @rule("ZZ102", "not-a-finding", "error", "不是发现", "not a finding")
    def not_a_finding(report, ctx):
        yield "a string"

    @rule("ZZ103", "bad-span", "error", "越界", "bad span")
    def bad_span(report, ctx):
        yield ctx.finding("越界", "out", span=Span(0, 10**6, 1, 1, 1, 2))

    @rule("ZZ104", "bad-evidence", "error", "证据", "evidence")
    def bad_evidence(report, ctx):
        yield ctx.finding("证据", "evidence", evidence={"x": object()})

    @rule("ZZ105", "slow", "error", "慢", "slow")
    def slow(report, ctx):
        time.sleep(30)
        yield

    @rule("ZZ106", "fine", "info", "正常", "fine")
    def fine(report, ctx):
        yield ctx.finding("正常", "fine")

    @hookimpl
    def lawgov_rules():
        return [exits, not_a_finding, bad_span, bad_evidence, slow, fine]
"""


def test_misbehaving_rules_are_named_and_the_others_still_count():
    import types

    plugin = types.ModuleType("misbehaving")
    exec(textwrap.dedent(MISBEHAVING), plugin.__dict__)
    pm = lawgov.plugin_manager(autoload=False, plugins=[plugin])
    result = lawgov.check(lawgov.parse(COMPLETE), pm=pm, select=["ZZ", "LG904"], rule_timeout=0.5)
    failed = sorted(f.evidence["rule"] for f in result.findings if f.code == "LG904")
    assert failed == ["ZZ101", "ZZ102", "ZZ103", "ZZ104", "ZZ105"]
    assert [f.code for f in result.findings if f.code.startswith("ZZ")] == ["ZZ106"]
    assert all(f.plugin == "misbehaving" for f in result.findings)


def test_problems_found_while_collecting_rules_reach_the_first_report(installed):
    installed("first", GOOD)
    installed("second", GOOD)
    pm = lawgov.plugin_manager()
    codes = [f.code for f in lawgov.check(lawgov.parse(COMPLETE), pm=pm).findings]
    assert "LG903" in codes


def test_lg_codes_are_reserved_for_lawgov(installed):
    installed("squatter", GOOD.replace("ZZ001", "LG101"))
    pm = lawgov.plugin_manager()
    (r,) = [r for r in pm.rules() if r.code == "LG101"]
    assert r.plugin == "structure"
    assert [(p.code, p.plugin) for p in pm.problems] == [("LG905", "squatter")]


def test_the_official_plugins_win_a_clash_of_codes(installed):
    installed("aaa", GOOD.replace("ZZ001", "QH102"))  # sorts first, but is not official
    installed("qinghai", GOOD.replace("ZZ001", "QH102"))
    pm = lawgov.plugin_manager()
    assert [r.plugin for r in pm.rules() if r.code == "QH102"] == ["qinghai"]
    assert [(p.code, p.plugin) for p in pm.problems] == [("LG903", "aaa")]


def test_chinese_rule_pages_have_the_five_sections_and_english_stays_available():
    import importlib.resources

    zh_pages = importlib.resources.files("lawgov.rules") / "docs" / "zh"
    rules = {r.code: r for r in lawgov.plugin_manager().rules()}
    pages = [p for p in zh_pages.iterdir() if p.name.endswith(".md")]
    assert pages
    english = importlib.resources.files("lawgov.rules") / "docs"
    for page in pages:
        code = page.name[:-3]
        text = page.read_text("utf-8")
        if code in rules:  # batch-level codes (LG405, LG406) are pages without a rule
            assert rules[code].doc("zh") == text
            assert rules[code].doc("en") == (english / f"{code}.md").read_text("utf-8")
        name = (english / f"{code}.md").read_text("utf-8").split()[2]
        assert text.startswith(f"# {code} {name}（"), code  # the same code and name, then the Chinese
        for section in ("## 检查什么", "## 为什么重要", "## 会报告的例子", "## 不会报告的例子", "## 局限"):
            assert section in text, (code, section)


def test_every_rule_of_lawgov_and_the_official_plugins_has_a_chinese_page():
    sections = ("## 检查什么", "## 为什么重要", "## 会报告的例子", "## 不会报告的例子", "## 局限")
    for r in lawgov.plugin_manager().rules():
        if r.plugin not in (*_plugins.DEFAULT_PLUGINS, *_plugins.OFFICIAL):
            continue
        zh, en = r.doc("zh"), r.doc("en")
        assert zh != en and zh.startswith(f"# {r.code} {en.split()[2]}（"), r.code
        assert all(s in zh for s in sections), r.code


def test_entry_points_are_read_from_the_distributions_on_the_path(monkeypatch, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, version, target in ((first, "1.0", "pack_new"), (second, "0.9", "pack_old")):
        meta = folder / f"lawgov_demo-{version}.dist-info"
        meta.mkdir(parents=True)
        metadata = f"Metadata-Version: 2.1\nName: lawgov-demo\nVersion: {version}\n\nText"
        (meta / "METADATA").write_text(metadata, "utf-8")
        (meta / "entry_points.txt").write_text(
            f"[console_scripts]\nx = y:z\n\n[lawgov.plugins]\ndemo = {target}:plugin\n", "utf-8")
    monkeypatch.setattr("sys.path", [str(first), str(second)])
    assert _plugins.entry_points("lawgov.plugins") == [
        _plugins.EntryPoint("demo", "pack_new:plugin", "lawgov-demo", "1.0")]  # the first on the path wins
    assert _plugins.entry_points("other.group") == []
