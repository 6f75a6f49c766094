"""Running the rules of all plugins on a report."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ._model import CheckResult, Finding, Report, Severity
from ._outline import coverage
from ._places import Attribution, Gazetteer
from ._plugins import PluginManager, UsageError, plugin_manager
from ._rules import Context, Rule

#: ``--jurisdiction`` values that switch attribution off (national rules only).
NO_JURISDICTION = ("none", "national")


@functools.lru_cache(maxsize=8)
def default_plugin_manager(blocked: tuple[str, ...] = ()) -> PluginManager:
    """The shared manager for ``blocked`` plugins (built once per process)."""
    return plugin_manager(blocked)


def selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Whether ``code`` runs: the longest matching prefix of ``select`` and
    ``ignore`` wins (flake8's rule); with no ``select`` everything is selected.

    >>> selected("LG103", ["LG1"], ["LG10"]), selected("LG103", ["LG103"], ["LG1"])
    (False, True)
    """
    sel = max((len(p) for p in select if code.startswith(p)), default=-1 if select else 0)
    ign = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return sel >= 0 and sel > ign


def attribute(report: Report, pm: PluginManager, jurisdiction: str | None = None) -> Attribution:
    """Which jurisdiction ``report`` belongs to (``jurisdiction`` overrides)."""
    known = pm.jurisdictions()
    if jurisdiction:
        if jurisdiction in NO_JURISDICTION:
            return Attribution(None, ("--jurisdiction",))
        if jurisdiction not in known:
            names = ", ".join(sorted(known)) or "none installed"
            raise UsageError(f"unknown jurisdiction {jurisdiction!r} (known: {names})")
        return Attribution(jurisdiction, ("--jurisdiction",))
    gazetteer = getattr(pm, "_gazetteer", None)
    if gazetteer is None or gazetteer.jurisdictions is not known:
        gazetteer = Gazetteer(known)
        pm._gazetteer = gazetteer  # type: ignore[attr-defined]
    return gazetteer.attribute(report)


def check(report: Report, *, jurisdiction: str | None = None, select: Sequence[str] = (),
          ignore: Sequence[str] = (), previous: Report | None = None,
          pm: PluginManager | None = None) -> CheckResult:
    """Run every selected rule on ``report``.

    :param jurisdiction: a jurisdiction name to use instead of detecting one, or
        ``"none"`` for national rules only.
    :param select: code prefixes to run (default: all).
    :param ignore: code prefixes not to run.
    :param previous: last year's report, for rules that compare years.
    :param pm: the plugin manager (default: built-in and installed plugins).
    :raises UsageError: ``jurisdiction`` is not installed.

    >>> import lawgov
    >>> result = lawgov.check(lawgov.parse("没有结构的文字。"), select=["LG108"])
    >>> [f.code for f in result.findings]
    ['LG108']
    """
    pm = pm or default_plugin_manager()
    attribution = attribute(report, pm, jurisdiction)
    jur = pm.jurisdictions().get(attribution.name) if attribution.name else None
    findings: list[Finding] = []
    stats = {"quantities": len(report.quantities), "claims_checked": 0, "claims_unverifiable": 0}
    for problem in pm.problems:
        if selected(problem.code, select, ignore):
            findings.append(Finding(problem.code, "plugin-failed", Severity.ERROR, problem.message,
                                    problem.message_en, plugin=problem.plugin,
                                    evidence={"plugin": problem.plugin}))
    for rule in pm.rules():
        if not selected(rule.code, select, ignore):
            continue
        if rule.jurisdiction is not None and rule.jurisdiction != attribution.name:
            continue
        ctx = Context(rule, report, jur, previous, attribution=attribution, stats=stats,
                      options={"jurisdictions": pm.jurisdictions()})
        try:
            findings.extend(rule.check(report, ctx))
        except Exception as exc:  # noqa: BLE001 - a failing rule must not stop the others
            if selected("LG904", select, ignore):
                findings.append(_crash(rule, exc))
    findings.sort(key=Finding.sort_key)
    return CheckResult(report, tuple(findings), attribution.name, attribution.evidence, stats,
                       coverage(report))


def _crash(rule: Rule, exc: Exception) -> Finding:
    return Finding(
        "LG904", "rule-failed", Severity.ERROR,
        f"规则 {rule.code}（插件 {rule.plugin}）运行出错，未能完成检查：{exc!r}",
        f"rule {rule.code} of plugin {rule.plugin} failed and did not finish: {exc!r}",
        plugin=rule.plugin, evidence={"rule": rule.code, "plugin": rule.plugin})
