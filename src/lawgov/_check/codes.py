"""Every code lawgov emits that is not a rule: input problems (LG0xx), what a batch
adds (LG405, LG406) and failures inside lawgov or a plugin (LG9xx).

Rules declare their own code, name and severity with :func:`lawgov.rule`; these
codes are declared here, once, and everything that lists, selects, explains or
cites a code (``lawgov rules``, ``--select``, ``lawgov explain``, SARIF's
``driver.rules``, the web page's rule pages) reads this table and the rules.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from .._model import Finding, Severity, Span
from .._util.resources import doc_page

#: The package whose ``docs`` folder holds the pages of these codes.
DOCS_PACKAGE = "lawgov.rules"


@frozen
class Code:
    """A code that is not a rule; it reads like a :class:`~lawgov.Rule` where one is
    listed (``code``, ``name``, ``severity``, ``summary``, ``summary_en``,
    ``plugin``, ``jurisdiction``, ``doc()``)."""

    code: str
    name: str
    severity: Severity
    summary: str
    summary_en: str
    #: Where it comes from: ``input``, ``batch`` or ``internal``.
    plugin: str
    jurisdiction: None = None

    def doc(self, lang: str = "en") -> str | None:
        """The code's page (Markdown), Chinese first with ``lang="zh"``."""
        return doc_page(DOCS_PACKAGE, self.code, lang)

    def finding(self, message: str, message_en: str, *, severity: Severity | None = None,
                span: Span | None = None, suggestion: str | None = None, suggestion_en: str | None = None,
                evidence: dict[str, Any] | None = None, plugin: str | None = None) -> Finding:
        """A finding with this code (its name; its severity unless ``severity`` is given)."""
        return Finding(self.code, self.name, severity or self.severity, message, message_en, span=span,
                       suggestion=suggestion, suggestion_en=suggestion_en, evidence=evidence or {},
                       plugin=plugin)


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
_ROWS = [
    ("LG001", "unreadable-file", _E, "文件无法读取", "the file cannot be read", "input"),
    ("LG002", "binary-file", _E, "二进制文件，不是文本报告", "a binary file, not a text report", "input"),
    ("LG003", "empty-file", _E, "文件为空", "the file is empty", "input"),
    ("LG004", "file-too-large", _E, "文件过大", "the file is too large", "input"),
    ("LG005", "undecodable-characters", _E, "文件编码无法识别", "the file's encoding cannot be told", "input"),
    ("LG006", "unsupported-format", _E, "不支持的文件格式", "an unsupported file format", "input"),
    ("LG007", "corrupt-file", _E, "文件损坏或结构异常", "a corrupt or malformed file", "input"),
    ("LG008", "pdf-without-text", _E, "PDF 没有文字层", "a PDF without a text layer", "input"),
    ("LG009", "url-unreachable", _E, "网址无法获取", "the address cannot be fetched", "input"),
    ("LG405", "previous-report-pairing", _I, "与上一年度报告的配对", "pairing with last year's report", "batch"),
    ("LG406", "copied-within-batch", _W, "与同批其他报告相同的段落",
     "paragraphs the same as in another report of the batch", "batch"),
    ("LG901", "plugin-failed-to-load", _E, "插件加载失败", "a plugin failed to load", "internal"),
    ("LG902", "plugin-hook-failed", _E, "插件的钩子出错", "a plugin's hook failed", "internal"),
    ("LG903", "duplicate-code", _E, "规则代码或辖区重复", "a rule code or jurisdiction is declared twice",
     "internal"),
    ("LG904", "rule-failed", _E, "规则运行出错", "a rule failed", "internal"),
    ("LG905", "invalid-rule", _E, "插件提供了无效的规则", "a plugin gave an invalid rule", "internal"),
]

#: code -> :class:`Code`, for every code that is not a rule.
CODES: dict[str, Code] = {row[0]: Code(*row) for row in _ROWS}


def every_code(rules) -> list:  # type: ignore[no-untyped-def]
    """``rules`` and the codes of :data:`CODES` that no rule has, in code order.
    (LG005 is a rule for text with a few undecodable bytes, and an input code for a
    file that cannot be decoded at all: the rule is listed.)"""
    have = {r.code for r in rules}
    return sorted([*rules, *(c for c in CODES.values() if c.code not in have)], key=lambda r: r.code)


def page(code: str, rules, lang: str = "zh") -> str | None:  # type: ignore[no-untyped-def]
    """The documentation page of ``code``: its rule's, else this table's, or None."""
    for r in rules:
        if r.code == code:
            return r.doc(lang)
    known = CODES.get(code)
    return known.doc(lang) if known is not None else None
