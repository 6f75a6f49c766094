"""The ``lawgov-report/1`` JSON contract (normative; see docs/design.md): how a
report's result becomes plain Python values. It only reads the model objects it is
given, so it imports none of them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import FileResult, Finding, Report

SCHEMA = "lawgov-report/1"


def summary(files: Sequence[FileResult]) -> dict[str, int]:
    """The document's ``summary``: files and findings by severity."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in files:
        for finding in f.findings:
            counts[finding.severity.label] += 1
    return {"files": len(files), "errors": counts["error"], "warnings": counts["warning"],
            "infos": counts["info"]}


def finding_dict(finding: Finding, lang: str = "zh", report: Report | None = None) -> dict[str, Any]:
    """A finding as JSON; ``page`` is added for a report read from a PDF."""
    span = finding.span
    out = {
        "code": finding.code, "rule": finding.rule, "severity": finding.severity.label,
        "message": finding.text(lang), "suggestion": finding.suggestion_text(lang),
        "line": span.line if span else None, "column": span.column if span else None,
        "end_line": span.end_line if span else None, "end_column": span.end_column if span else None,
        "offset": span.start if span else None, "end_offset": span.end if span else None,
        "evidence": finding.evidence, "plugin": finding.plugin,
    }
    if report is not None and report.page_starts:
        out["page"] = report.page(span.start) if span else None
    return out


def report_dict(f: FileResult, lang: str = "zh") -> dict[str, Any]:
    """One report of the ``lawgov-report/1`` document."""
    r = f.result
    meta = r.report.metadata if r else None
    return {
        "path": f.path,
        "title": meta.title.text if meta and meta.title else None,
        "issuer": meta.issuer.text if meta and meta.issuer else None,
        "issuer_level": meta.issuer_level if meta else None,
        "year": meta.year if meta else None,
        "published": meta.published.isoformat() if meta and meta.published else None,
        "published_from": meta.published_from if meta else None,
        "publisher": meta.publisher.text if meta and meta.publisher else None,
        "document_number": meta.document_number.text if meta and meta.document_number else None,
        "written": meta.written.isoformat() if meta and meta.written else None,
        "jurisdiction": r.jurisdiction if r else None,
        "province": r.province if r else None,
        "places": list(r.places) if r else [],
        "province_evidence": list(r.province_evidence) if r else [],
        "jurisdiction_evidence": list(r.jurisdiction_evidence) if r else [],
        "findings": [finding_dict(x, lang, r.report if r else None) for x in f.findings],
        "stats": dict(r.stats) if r else {},
        "contents": [{"content": c.key, "state": c.state} for c in r.contents] if r else [],
        "outline_coverage": None if r is None or r.outline is None else [
            {"chapter": c.chapter, "title": c.title, "covered": c.covered,
             "terms": list(c.terms)} for c in r.outline],
        "outline_plan": None if r is None or r.outline_plan is None else {
            "title": r.outline_plan.title, "start": r.outline_plan.start, "end": r.outline_plan.end,
            "current": r.outline_plan.end >= (r.report.metadata.year or 0)},
    }
