"""Running the rules of all plugins on a report."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .._util.collect import collector_paused
from .._util.failure import describe, plugin_failure
from .._model import CheckResult, Finding, Report
from .._domain.outline import coverage, outline_plan
from .._domain.divisions import locate_report, provinces
from .._domain.places import Attribution
from .plugins import PluginManager, plugin_manager
from .._errors import UsageError
from .budget import budget
from .codes import CODES
from .rule import Context, Rule
from .select import selected

#: Seconds one rule may take on one report by default.
RULE_TIMEOUT = 20.0
#: ``--jurisdiction`` values that switch attribution off (national rules only).
NO_JURISDICTION = ("none", "national")


@functools.lru_cache(maxsize=8)
def default_plugin_manager(blocked: tuple[str, ...] = ()) -> PluginManager:
    """The shared manager for ``blocked`` plugins (built once per process)."""
    return plugin_manager(blocked)


def resolve_jurisdiction(name: str | None, pm: PluginManager) -> str | None:
    """The installed jurisdiction ``name`` means: its pack name (``qinghai``), its
    province's name (青海省) or that name's short form (青海); ``none``/``national`` and
    None stay as they are.

    :raises UsageError: ``name`` is none of these.
    """
    if not name or name in NO_JURISDICTION:
        return name
    known = pm.jurisdictions()
    if name in known:
        return name
    short = dict(provinces())
    for pack, j in sorted(known.items()):
        if name in (j.province, short.get(j.province), j.label, *j.aliases):
            return pack
    names = "、".join(f"{j.province}（{pack}）" for pack, j in sorted(known.items())) or "none installed"
    raise UsageError(f"unknown jurisdiction {name!r} (installed: {names})",
                     f"未知的辖区 {name!r}（已安装：{names}）")


def validate_jurisdiction(name: str | None, pm: PluginManager) -> None:
    """Accept ``name`` as a choice of jurisdiction (see :func:`resolve_jurisdiction`).

    :raises UsageError: it is not one.
    """
    resolve_jurisdiction(name, pm)


def attribute(report: Report, pm: PluginManager, jurisdiction: str | None = None) -> Attribution:
    """Which jurisdiction ``report`` belongs to (``jurisdiction`` overrides)."""
    jurisdiction = resolve_jurisdiction(jurisdiction, pm)
    if jurisdiction:
        return Attribution(None if jurisdiction in NO_JURISDICTION else jurisdiction, ("--jurisdiction",))
    return pm.gazetteer().attribute(report)


def check(report: Report, *, jurisdiction: str | None = None, select: Sequence[str] = (),
          ignore: Sequence[str] = (), previous: Report | None = None,
          pm: PluginManager | None = None, rule_timeout: float | None = RULE_TIMEOUT) -> CheckResult:
    """Run every selected rule on ``report``.

    A rule that raises, exits, runs longer than ``rule_timeout`` seconds (where the
    platform allows a timer: the main thread of a Unix process), or yields something
    that is not a valid finding is reported as LG904, naming it and its plugin; the
    other rules still run.

    :param jurisdiction: a jurisdiction name to use instead of detecting one, or
        ``"none"`` for national rules only.
    :param select: code prefixes to run (default: all).
    :param ignore: code prefixes not to run.
    :param previous: last year's report, for rules that compare years.
    :param pm: the plugin manager (default: built-in and installed plugins).
    :param rule_timeout: seconds one rule may take on one report (None: no limit).
    :raises UsageError: ``jurisdiction`` is not installed.

    >>> import lawgov
    >>> result = lawgov.check(lawgov.parse("没有结构的文字。"), select=["LG108"])
    >>> [f.code for f in result.findings]
    ['LG108']
    """
    with collector_paused():
        return _check(report, jurisdiction, select, ignore, previous, pm, rule_timeout)


def _check(report: Report, jurisdiction: str | None, select: Sequence[str], ignore: Sequence[str],
           previous: Report | None, pm: PluginManager | None, rule_timeout: float | None) -> CheckResult:
    pm = pm or default_plugin_manager()
    pm.rules()  # before the problems are read: collecting rules may find some
    attribution = attribute(report, pm, jurisdiction)
    jur = pm.jurisdictions().get(attribution.name) if attribution.name else None
    findings: list[Finding] = []
    stats = {"quantities": len(report.quantities), "claims_checked": 0, "claims_unverifiable": 0}
    for problem in pm.problems:
        if selected(problem.code, select, ignore):
            findings.append(CODES[problem.code].finding(
                problem.message, problem.message_en, plugin=problem.plugin,
                evidence={"plugin": problem.plugin}))
    options = {"jurisdictions": pm.jurisdictions()}
    where = locate_report(report)
    checked = []
    with budget(rule_timeout) as clock:
        for rule in pm.selected_rules(tuple(select), tuple(ignore)):
            if rule.jurisdiction is not None and rule.jurisdiction != attribution.name:
                continue
            checked.append(rule.code)
            ctx = Context(rule, report, jur, previous, attribution=attribution, stats=stats,
                          options=dict(options), location=where)
            try:
                clock.start()
                try:
                    found = list(rule.check(report, ctx) or ())
                finally:
                    clock.stop()
                for item in found:  # most rules find nothing
                    bad = _invalid(item, report)
                    if bad is not None:
                        raise _Invalid(bad)
                findings.extend(found)
            except BaseException as exc:  # noqa: BLE001 - a failing rule must not stop the others
                plugin_failure(exc)
                if selected("LG904", select, ignore):
                    findings.append(_crash(rule, exc))
    findings.sort(key=Finding.sort_key)
    return CheckResult(report, tuple(findings), attribution.name, attribution.evidence, stats,
                       coverage(report), outline_plan(report), *_province(where, jur, attribution),
                       checked=frozenset(checked))


def _province(where, jur, attribution) -> tuple[  # type: ignore[no-untyped-def]
        str | None, tuple[str, ...], tuple[str, ...]]:
    """The report's province (the jurisdiction's when one is attributed, else the one
    its issuer, title or signature places it in: ``where``), the chain of places down
    to the issuer's as far as the report names them, and the names that showed it."""
    if jur is None:
        return (where.province, where.chain, where.evidence) if where else (None, (), ())
    if where is not None and where.province == jur.province:
        return jur.province, where.chain, where.evidence
    return jur.province, (jur.province,), attribution.evidence


class _Invalid(Exception):
    """A rule yielded something that is not a valid finding."""


_SCALARS = frozenset({str, int, bool, type(None)})
_BIG = 1 << 64


def _invalid(item: object, report: Report) -> str | None:
    """Why ``item`` is not a finding lawgov can report, or None."""
    if not isinstance(item, Finding):
        return f"yielded {type(item).__name__}, not a Finding"
    span = item.span
    if span is not None and not 0 <= span.start <= span.end <= len(report.text):
        return f"a span {span.start}..{span.end} outside the text ({len(report.text)} characters)"
    if type(item.evidence) is dict and all(type(v) in _SCALARS and (type(v) is not int or -_BIG < v < _BIG)
                                           for v in item.evidence.values()) and all(
            type(k) is str for k in item.evidence):
        return None  # the common flat case, without serialising
    import json

    try:  # NaN, infinities and integers of thousands of digits are not JSON either
        json.dumps(item.evidence, allow_nan=False)
    except (TypeError, ValueError) as exc:
        return f"a finding's evidence is not JSON: {exc}"
    return None


def _crash(rule: Rule, exc: BaseException) -> Finding:
    return CODES["LG904"].finding(
        f"规则 {rule.code}（插件 {rule.plugin}）运行出错，未能完成检查：{describe(exc)}",
        f"rule {rule.code} of plugin {rule.plugin} failed and did not finish: {describe(exc)}",
        plugin=rule.plugin, evidence={"rule": rule.code, "plugin": rule.plugin})
