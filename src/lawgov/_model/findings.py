"""What a check gives: findings, their severity, and the result of a report or a file."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from .._util.text import printable

if TYPE_CHECKING:
    from . import Report
    from .spans import Span


class Severity(enum.IntEnum):
    """How sure a finding is that the text has a defect.

    Ordered, so ``Severity.ERROR > Severity.INFO``.
    """

    #: Advice; the text is not wrong.
    INFO = 1
    #: A likely defect a person should look at.
    WARNING = 2
    #: The text itself proves a defect.
    ERROR = 3

    @property
    def label(self) -> str:
        """The lower-case name used in every output format (``"error"``)."""
        return self.name.lower()

    @property
    def label_zh(self) -> str:
        """The Chinese name people read (``"错误"``, ``"警告"``, ``"提示"``)."""
        return {3: "错误", 2: "警告", 1: "提示"}[self.value]

    @classmethod
    def from_label(cls, label: str) -> Severity:
        """Parse ``"error"``, ``"warning"`` or ``"info"``."""
        try:
            return cls[label.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {label!r}") from None


@frozen
class Finding:
    """One problem found in a report.

    ``message`` is Chinese; ``message_en`` the English text for ``--lang en``.
    ``span`` is None for findings about the document as a whole (a missing part).
    ``evidence`` holds the facts behind the finding in JSON-compatible values.
    Control characters and lone surrogates in the texts become U+FFFD, so that every
    output format can carry them.
    """

    code: str
    rule: str
    severity: Severity
    message: str = field(converter=printable)
    message_en: str | None = field(default=None, converter=printable)
    span: Span | None = None
    suggestion: str | None = field(default=None, converter=printable)
    suggestion_en: str | None = field(default=None, converter=printable)
    evidence: dict[str, Any] = field(factory=dict, eq=False, converter=lambda d: _printable_values(d))
    plugin: str | None = None

    def text(self, lang: str = "zh") -> str:
        """The message in ``lang`` (``"zh"`` or ``"en"``)."""
        return self.message_en or self.message if lang == "en" else self.message

    def suggestion_text(self, lang: str = "zh") -> str | None:
        """The suggestion in ``lang``, or None."""
        if lang == "en":
            return self.suggestion_en or self.suggestion
        return self.suggestion

    def sort_key(self) -> tuple[int, str]:
        """Document-level findings first, then by position, then by code."""
        return (-1 if self.span is None else self.span.start, self.code)

    def severity_key(self) -> tuple[int, int, str]:
        """The order people read findings in: the most severe first, then by position."""
        return (-self.severity, *self.sort_key())


def _printable_values(evidence: dict[str, Any]) -> dict[str, Any]:
    """``evidence`` with its texts :func:`printable` (a new dict only when one changes)."""
    if type(evidence) is dict and any(type(v) is str and printable(v) is not v for v in evidence.values()):
        return {k: printable(v) if type(v) is str else v for k, v in evidence.items()}
    return evidence


@frozen
class ContentState:
    """How one of the five mandated contents stands in a report, as its findings
    tell: ``state`` is ``present``, ``missing``, ``partial`` (there, but without what
    it needs: shortcomings without their causes, the leaders' duty not as a part of its
    own), with ``note`` saying what is lacking, or ``unchecked`` (the rule that looks
    for it did not run: ``--select`` left it out)."""

    key: str
    name: str
    name_en: str
    state: str
    note: str = ""
    note_en: str = ""


#: The five contents: key, names, the code of its absence, and the codes that make
#: it partial with what they say is lacking.
CONTENTS = (
    ("measures", "主要举措和成效", "measures and results", "LG101", {}),
    ("shortcomings", "不足和原因", "shortcomings and causes", "LG102",
     {"LG107": ("未分析原因", "causes not analysed")}),
    ("leaders", "第一责任人履职", "leaders' duty", "LG103",
     {"LG104": ("未单列", "not a part of its own")}),
    ("plans", "下一年度安排", "next year's plans", "LG105", {}),
    ("other", "其他情况", "other matters", "LG106", {}),
)


@frozen
class CheckResult:
    """The outcome of :func:`lawgov.check` for one report."""

    report: Report
    findings: tuple[Finding, ...]
    jurisdiction: str | None = None
    jurisdiction_evidence: tuple[str, ...] = ()
    stats: dict[str, int] = field(factory=dict, eq=False)
    #: Coverage of the task chapters of the 纲要 that applies to the report year
    #: (``ChapterCoverage`` items), or None when none does.
    outline: tuple[Any, ...] | None = None
    #: That 纲要 (a ``Plan``: ``title``, ``start``, ``end``); for a report on a year
    #: after its period it is the latest issued, and its ``end`` is before the year.
    outline_plan: Any = None
    #: The Chinese name of the jurisdiction's province (青海省), for people to read;
    #: ``jurisdiction`` is the pack's name, for machines.
    province: str | None = None
    #: The places from the province down to the issuer's, as far as the report names
    #: them (青海省, 西宁市, 湟中区, 李家山镇); empty when the province is unknown.
    places: tuple[str, ...] = ()
    #: The names that showed the province: the place names the issuer, title or
    #: signature start with (碌曲县, 西仓镇), else the pack's evidence.
    province_evidence: tuple[str, ...] = ()
    #: The codes of the rules that ran on the report (empty: not recorded, all did).
    checked: frozenset[str] = field(factory=frozenset, eq=False, repr=False)

    @property
    def contents(self) -> tuple[ContentState, ...]:
        """The five contents' states, from the findings (the one source for every
        summary, so that no summary contradicts a finding)."""
        codes = {f.code for f in self.findings}
        out = []
        for key, name, name_en, absent, partial in CONTENTS:
            lacking = [note for code, note in partial.items() if code in codes]
            state = "missing" if absent in codes else "partial" if lacking else "present"
            if state == "present" and self.checked and absent not in self.checked:
                state = "unchecked"
            out.append(ContentState(key, name, name_en, state, "、".join(n for n, _ in lacking),
                                    ", ".join(e for _, e in lacking)))
        return tuple(out)

    @property
    def jurisdiction_label(self) -> str | None:
        """What a person reads for the jurisdiction: the province's name, else the pack's."""
        return self.province or self.jurisdiction

    def count(self, severity: Severity) -> int:
        """How many findings have exactly ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """This report's entry of the ``lawgov-report/1`` JSON document (what
        ``lawgov check --format json`` writes for it), as plain Python values.

        >>> import lawgov
        >>> result = lawgov.check(lawgov.parse("开展培训3次。", source="a.txt"), select=["LG108"])
        >>> d = result.to_dict()
        >>> d["path"], [f["code"] for f in d["findings"]]
        ('a.txt', ['LG108'])
        """
        from .serialize import report_dict

        return report_dict(FileResult(self.report.source, self), lang)


@frozen
class FileResult:
    """One input file: its check result, or the findings that stopped it being read."""

    path: str
    result: CheckResult | None
    input_findings: tuple[Finding, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings that stopped the file being read, then the check's."""
        return self.input_findings + (self.result.findings if self.result else ())

    def count(self, severity: Severity) -> int:
        """How many findings have exactly ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)
