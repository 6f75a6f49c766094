"""A plugin is trusted code, but whatever it raises, prints or yields ends as a named
LG90x finding and a non-zero exit, with the output whole: never a silent exit 0,
a traceback, or JSON that does not parse."""

import json
import textwrap
import threading
import types

import pytest

import lawgov
from lawgov.cli import main
from sample_reports import COMPLETE
from conftest import EXAMPLES

REPORT = str(EXAMPLES / "department.txt")


def _json_run(capsys, *args):
    status = main(["check", REPORT, "--format", "json", *args])
    out = capsys.readouterr().out
    return status, json.loads(out)["reports"][0]["findings"]


HOOK = "import sys\nfrom lawgov import hookimpl\n@hookimpl\ndef {hook}():\n    sys.exit(5)"


@pytest.mark.parametrize("source, code", [
    ("import sys\nsys.exit(0)", "LG901"),
    ("class Boom(BaseException): pass\nraise Boom('at import')", "LG901"),
    (HOOK.format(hook="lawgov_rules"), "LG902"),
    (HOOK.format(hook="lawgov_jurisdictions"), "LG902"),
])
def test_an_exit_or_base_exception_while_loading_is_a_finding_and_exit_3(installed, capsys, source, code):
    installed("hostile", source)
    status, findings = _json_run(capsys)
    assert status == 3 and code in [f["code"] for f in findings]


RULES = """
    import sys
    from lawgov import hookimpl, rule

    class Boom(BaseException):
        pass

    def make(code, body):
        return rule(code, "hostile-" + code.lower(), "error", "敌意", "hostile")(body)

    def base_exception(report, ctx):
        raise Boom("a BaseException")
        yield

    def exits(report, ctx):
        sys.exit(7)
        yield

    def nan(report, ctx):
        yield ctx.finding("证据", "evidence", evidence={"x": float("nan")})

    def huge(report, ctx):
        yield ctx.finding("证据", "evidence", evidence={"n": 10 ** 5000})

    def prints(report, ctx):
        print("printed by a rule")
        yield ctx.finding("控制\\x1b[2K字符\\ud800", "control")

    @hookimpl
    def lawgov_rules():
        return [make("ZX001", base_exception), make("ZX002", exits), make("ZX003", nan),
                make("ZX004", huge), make("ZX005", prints)]
"""


def test_rules_that_raise_anything_or_yield_what_json_cannot_hold_are_lg904(installed, capsys):
    installed("hostile", RULES)
    status, findings = _json_run(capsys, "--select", "ZX,LG904")
    failed = sorted(f["evidence"]["rule"] for f in findings if f["code"] == "LG904")
    assert status == 3 and failed == ["ZX001", "ZX002", "ZX003", "ZX004"]
    (shown,) = [f for f in findings if f["code"] == "ZX005"]
    assert shown["message"] == "控制\ufffd[2K字符\ufffd"


def test_what_a_plugin_prints_goes_to_standard_error(installed, capsys):
    installed("hostile", "print('printed at import')\n" + textwrap.dedent(RULES))
    main(["check", REPORT, "--format", "json", "--select", "ZX005"])
    out, err = capsys.readouterr()
    assert json.loads(out)["summary"]["files"] == 1
    assert "printed at import" in err and "printed by a rule" in err


def test_an_endless_rule_is_stopped_in_any_thread():
    plugin = types.ModuleType("endless")
    exec(textwrap.dedent("""
        from lawgov import hookimpl, rule

        @rule("ZX010", "endless", "error", "无尽", "endless")
        def endless(report, ctx):
            while True:
                pass
            yield

        @hookimpl
        def lawgov_rules():
            return [endless]
    """), plugin.__dict__)
    pm = lawgov.plugin_manager(autoload=False, plugins=[plugin])
    report, codes = lawgov.parse(COMPLETE), {}

    def check(i):
        result = lawgov.check(report, pm=pm, select=["ZX", "LG904"], rule_timeout=0.3)
        codes[i] = [f.code for f in result.findings]

    threads = [threading.Thread(target=check, args=(i,), daemon=True) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert codes == {0: ["LG904"], 1: ["LG904"], 2: ["LG904"]}
