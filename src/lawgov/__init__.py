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

from ._batch import BatchOptions, check_paths
from ._check import check
from ._check.plugins import plugin_manager
from ._check.rule import Context, Rule, rule
from ._domain.places import load_jurisdiction, load_places
from ._errors import InputProblem, UsageError
from ._model import (
    Approx, ChangeClaim, CheckResult, Citation, CitationKind, DataSource, DateMention, FileResult, Finding,
    Heading, HeadingKind, Jurisdiction, Metadata, Paragraph, Quantity, RateStatement, Report, Section,
    Sentence, Severity, Span, TextSpan,
)
from ._parse import parse as _parse, parse_source
from ._read import read
from ._version import __version__
from .hookspecs import hookimpl, hookspec

__all__ = [
    "__version__",
    "Approx",
    "BatchOptions",
    "ChangeClaim",
    "CheckResult",
    "Citation",
    "CitationKind",
    "Context",
    "DataSource",
    "DateMention",
    "FileResult",
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
    "check_paths",
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


def load(path: str, *, max_bytes: int | None = None, published: _dt.date | None = None,
         allow_private_urls: bool = False) -> Report:
    """Read ``path`` (.txt in UTF-8, GB18030/GBK or UTF-16; .docx; a web page saved as
    .html/.htm or any file that is one; ``-`` for stdin; an http(s) address) and parse
    it. ``published`` sets the publication date, overriding the one a web page
    carries. Web addresses on this machine or a local network are refused unless
    ``allow_private_urls``.

    :raises InputProblem: the file cannot be read as a report (missing, not a regular
        file, empty, binary, undecodable, too large, a corrupt .docx/.pdf, a scan without
        text, an address that cannot be fetched…); ``.code`` is the LG0xx code and
        ``.message``/``.message_en`` say why. Nothing else is raised for bad input.
    """
    source = read(path, private_urls=allow_private_urls,
                  **({} if max_bytes is None else {"max_bytes": max_bytes}))
    return parse_source(source, published)


def render(results: CheckResult | FileResult | Sequence[CheckResult | FileResult], fmt: str = "json",
           lang: str = "zh") -> str | bytes:
    """Results in any format of ``lawgov check --format``: ``json`` (the
    ``lawgov-report/1`` document), ``text``, ``csv``, ``sarif``, ``github``, ``html``
    (the reviewer's page) or ``xlsx`` (bytes of an Excel workbook, needs openpyxl).
    A :class:`CheckResult` is known by its report's ``source``; a :class:`FileResult`
    (what :func:`check_paths` gives) by its path, and may be a file that could not be read.

    >>> import json, lawgov
    >>> result = lawgov.check(lawgov.parse("开展培训3次。", source="a.txt"), select=["LG108"])
    >>> json.loads(lawgov.render(result))["summary"]
    {'files': 1, 'errors': 0, 'warnings': 1, 'infos': 0}

    :raises ValueError: ``fmt`` is not one of the formats.
    """
    from ._check import default_plugin_manager
    from ._check.codes import every_code
    from ._render import RenderContext, render_files

    items = [results] if isinstance(results, CheckResult | FileResult) else list(results)
    files = [r if isinstance(r, FileResult) else FileResult(r.report.source, r) for r in items]
    return render_files(files, fmt, RenderContext(lang, every_code(default_plugin_manager().rules())))
