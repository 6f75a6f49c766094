"""Helpers for testing rules and plugins.

>>> from lawgov.testing import make_report, codes
>>> codes(make_report("示例镇关于2025年法治政府建设情况的报告\\n一、主要举措和成效\\n开展培训3次。"),
...       select=["LG105"])
['LG105']
"""

from __future__ import annotations

from collections.abc import Sequence

from ._check import check, default_plugin_manager
from ._model import CheckResult, Report
from ._parse import parse
from ._check.plugins import PluginManager, plugin_manager


def make_report(text: str, source: str = "<test>") -> Report:
    """Parse ``text`` (a whole report or a fragment) into a :class:`Report`."""
    return parse(text, source)


def run_rules(report: Report | str, *, select: Sequence[str] = (), ignore: Sequence[str] = (),
              jurisdiction: str | None = None, plugins: Sequence[object] = (),
              autoload: bool = True, previous: Report | None = None) -> CheckResult:
    """Check ``report`` (text or a Report) with the installed plugins plus ``plugins``.

    Pass your plugin module in ``plugins`` with ``autoload=False`` to test it alone
    next to the built-in rules, before it is installed.
    """
    if isinstance(report, str):
        report = make_report(report)
    pm: PluginManager = plugin_manager(autoload=autoload, plugins=plugins)
    return check(report, select=select, ignore=ignore, jurisdiction=jurisdiction, pm=pm,
                 previous=previous)


def codes(report: Report | str, **kwargs: object) -> list[str]:
    """The codes :func:`run_rules` finds, in order."""
    return [f.code for f in run_rules(report, **kwargs).findings]  # type: ignore[arg-type]


def attribution(text: str, **kwargs: object) -> tuple[str | None, tuple[str, ...]]:
    """The jurisdiction ``text`` is attributed to and the evidence, with the
    installed plugins (for testing a jurisdiction plugin's place names).

    >>> attribution("示例镇关于2025年法治政府建设情况的报告")
    (None, ())
    """
    result = run_rules(text, select=["LG01"], **kwargs)  # type: ignore[arg-type]
    return result.jurisdiction, result.jurisdiction_evidence


def reset_plugins() -> None:
    """Forget the plugins lawgov found in this process, so that the next check finds
    them again: for a test that puts a plugin on the path, or takes it away."""
    default_plugin_manager.cache_clear()
