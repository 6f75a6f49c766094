"""Rules: the unit a plugin contributes, and the context a rule runs in."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any


from .._util.text import Pattern
from attrs import field, frozen

from .._model import Finding, Jurisdiction, Report, Severity, Span
from .._util.resources import doc_page

CODE_RE = Pattern(r"^[A-Z]{2,3}[0-9]{3}$")

Check = Callable[[Report, "Context"], Iterable[Finding]]


@frozen
class Rule:
    """A check with a stable code.

    ``check(report, ctx)`` yields findings, normally made with
    :meth:`Context.finding`. ``jurisdiction`` limits the rule to reports attributed
    to that jurisdiction. The documentation page is ``docs/<code>.md`` inside
    ``docs_package`` (by default the package of the module defining the check).
    """

    code: str
    name: str
    severity: Severity
    summary: str
    summary_en: str
    check: Check = field(repr=False)
    jurisdiction: str | None = None
    docs_package: str | None = None
    plugin: str | None = None

    def doc(self, lang: str = "en") -> str | None:
        """The rule's documentation page (Markdown), or None if it has none. With
        ``lang="zh"`` the Chinese page ``docs/zh/<code>.md`` when there is one, else the
        English page. Without ``docs_package``, the page is looked for in the package
        of the module defining the check, then in each package above it (a family
        split into a package keeps its pages with its siblings')."""
        if self.docs_package:
            return doc_page(self.docs_package, self.code, lang)
        module = sys.modules.get(getattr(self.check, "__module__", ""))
        package = getattr(module, "__package__", None) or ""
        while package:
            page = doc_page(package, self.code, lang)
            if page is not None:
                return page
            package = package.rpartition(".")[0]
        return None


def rule(code: str, name: str, severity: Severity | str, summary: str, summary_en: str, *,
         jurisdiction: str | None = None, docs_package: str | None = None) -> Callable[[Check], Rule]:
    """Decorator turning ``check(report, ctx)`` into a :class:`Rule`.

    >>> from lawgov import rule, Severity
    >>> @rule("XX101", "no-title", "warning", "报告没有标题", "the report has no title")
    ... def no_title(report, ctx):
    ...     if report.metadata.title is None:
    ...         yield ctx.finding("报告没有标题", "the report has no title")
    >>> no_title.code, no_title.severity
    ('XX101', <Severity.WARNING: 2>)
    """
    if not CODE_RE.match(code):
        raise ValueError(f"rule code {code!r} must be 2-3 capital letters and 3 digits")
    sev = Severity.from_label(severity) if isinstance(severity, str) else severity

    def wrap(fn: Check) -> Rule:
        return Rule(code, name, sev, summary, summary_en, fn, jurisdiction, docs_package)

    return wrap


@frozen
class Context:
    """What a rule gets besides the report.

    ``jurisdiction`` is the attributed jurisdiction (or None); ``previous`` last
    year's report when one was given; ``attribution`` how the jurisdiction was
    decided (a ``lawgov._places.Attribution``); ``options`` free-form settings.
    """

    rule: Rule
    report: Report
    jurisdiction: Jurisdiction | None = None
    previous: Report | None = None
    attribution: Any = None
    options: Mapping[str, Any] = field(factory=dict)
    #: Counters shared by all rules on this report; they become ``CheckResult.stats``.
    stats: dict[str, int] = field(factory=dict)
    #: Where the report comes from, as its issuer, title or signature name it (a
    #: ``lawgov._domain.divisions.Location``), whether or not a pack is installed.
    location: Any = None

    @property
    def province(self) -> str | None:
        """The report's province: the attributed jurisdiction's, else the one its
        own place names show (None when neither is known)."""
        if self.jurisdiction is not None:
            return self.jurisdiction.province
        return self.location.province if self.location is not None else None

    def count(self, key: str, n: int = 1) -> None:
        """Add ``n`` to the report's statistic ``key`` (``claims_checked``,
        ``claims_unverifiable``)."""
        self.stats[key] = self.stats.get(key, 0) + n

    def finding(self, message: str, message_en: str, *, span: Span | None = None,
                severity: Severity | None = None, suggestion: str | None = None,
                suggestion_en: str | None = None, evidence: dict[str, Any] | None = None) -> Finding:
        """A finding of this rule; the severity defaults to the rule's."""
        return Finding(
            code=self.rule.code, rule=self.rule.name, severity=severity or self.rule.severity,
            message=message, message_en=message_en, span=span, suggestion=suggestion,
            suggestion_en=suggestion_en, evidence=evidence or {}, plugin=self.rule.plugin)
