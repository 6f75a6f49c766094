"""lawgov: check Chinese local governments' annual rule-of-law reports.

>>> import lawgov
>>> report = lawgov.parse("示例镇关于2025年法治政府建设情况的报告\\n一、主要举措和成效\\n开展培训3次。")
>>> report.metadata.year
2025
>>> result = lawgov.check(report, jurisdiction="none")
>>> "LG103" in {f.code for f in result.findings}
True
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from ._check import check
from ._model import Approx, ChangeClaim, CheckResult, Citation, CitationKind, DateMention, Finding, Heading, HeadingKind, Jurisdiction, Metadata, Paragraph, Quantity, RateStatement, Report, Section, Sentence, Severity, Span, TextSpan
from ._parse import parse as _parse, parse_source
from ._domain.places import load_jurisdiction, load_places
from ._errors import UsageError
from ._check.plugins import plugin_manager
from ._errors import InputProblem
from ._read import read
from ._check.rule import Context, Rule, rule
from ._version import __version__
from .hookspecs import hookimpl, hookspec

__all__ = [
    "__version__",
    "Approx",
    "ChangeClaim",
    "CheckResult",
    "Citation",
    "CitationKind",
    "Context",
    "DateMention",
    "Finding",
    "Heading",
    "HeadingKind",
    "InputProblem",
    "Jurisdiction",
    "Metadata",
    "Paragraph",
    "Quantity",
    "RateStatement",
    "Report",
    "Rule",
    "Section",
    "Sentence",
    "Severity",
    "Span",
    "TextSpan",
    "UsageError",
    "check",
    "hookimpl",
    "hookspec",
    "load",
    "load_jurisdiction",
    "load_places",
    "parse",
    "plugin_manager",
    "render",
    "rule",
]


def parse(text: str, source: str = "<text>") -> Report:
    """Parse report text into a :class:`Report`. Never raises on text.

    >>> parse("一、主要举措和成效\\n开展培训3次。").headings[0].title
    '主要举措和成效'
    """
    return _parse(text, source)


def load(path: str, *, max_bytes: int | None = None, published: _dt.date | None = None) -> Report:
    """Read ``path`` (.txt in UTF-8, GB18030/GBK or UTF-16; .docx; a web page saved as
    .html/.htm or any file that is one; ``-`` for stdin) and parse it. ``published``
    sets the publication date, overriding the one a web page carries.

    :raises InputProblem: the file cannot be read as a report (missing, not a regular
        file, empty, binary, undecodable, too large, a corrupt .docx/.pdf, a scan without
        text, an address that cannot be fetched…); ``.code`` is the LG0xx code and
        ``.message``/``.message_en`` say why. Nothing else is raised for bad input.
    """
    source = read(path, **({} if max_bytes is None else {"max_bytes": max_bytes}))
    return parse_source(source, published)


def render(results: CheckResult | Sequence[CheckResult], fmt: str = "json", lang: str = "zh") -> str | bytes:
    """Results in any format of ``lawgov check --format``: ``json`` (the
    ``lawgov-report/1`` document), ``text``, ``csv``, ``sarif``, ``github``, ``html``
    (the reviewer's page) or ``xlsx`` (bytes of an Excel workbook, needs openpyxl).
    Each result is known by its report's ``source``.

    >>> import json, lawgov
    >>> result = lawgov.check(lawgov.parse("开展培训3次。", source="a.txt"), select=["LG108"])
    >>> json.loads(lawgov.render(result))["summary"]
    {'files': 1, 'errors': 0, 'warnings': 1, 'infos': 0}

    :raises ValueError: ``fmt`` is not one of the formats.
    """
    from ._check import default_plugin_manager
    from ._render import RENDERERS, render_sarif
    from ._model import FileResult

    if fmt not in RENDERERS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(sorted(RENDERERS))})")
    items = [results] if isinstance(results, CheckResult) else list(results)
    files = [FileResult(r.report.source, r) for r in items]
    if fmt == "sarif":
        return render_sarif(files, lang, rules=default_plugin_manager().rules())
    return RENDERERS[fmt](files, lang)
