"""Renderers: findings to text, JSON, SARIF, CSV and GitHub annotations.

Renderers only format; they never add, drop or change findings.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from ._model import CheckResult, Finding, Report, Severity
from ._text import display_width

SCHEMA = "lawgov-report/1"
_SEV_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


@frozen
class FileResult:
    """One input file: its check result, or the findings that stopped it being read."""

    path: str
    result: CheckResult | None
    input_findings: tuple[Finding, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.input_findings + (self.result.findings if self.result else ())


def summary(files: Sequence[FileResult]) -> dict[str, int]:
    counts = {s: 0 for s in Severity}
    for f in files:
        for finding in f.findings:
            counts[finding.severity] += 1
    return {"files": len(files), "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING], "infos": counts[Severity.INFO]}


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("lawgov")
    except Exception:  # noqa: BLE001 - running from a source tree
        return "0+unknown"


# ---- text -------------------------------------------------------------------------

def _excerpt(line: str, col: int, end_col: int, limit: int = 70) -> tuple[str, str]:
    """The line (shortened around the span when long) and a caret marker under the span."""
    start, end = col - 1, max(end_col - 1, col)
    prefix_cut = ""
    if display_width(line) > limit:
        lo = max(0, start - 20)
        hi = min(len(line), max(end, start + 1) + 20, lo + limit)
        prefix_cut = "…" if lo > 0 else ""
        line = prefix_cut + line[lo:hi] + ("…" if hi < len(line) else "")
        start, end = start - lo + len(prefix_cut), min(end, hi) - lo + len(prefix_cut)
    marker = " " * display_width(line[:start]) + "^" * max(1, display_width(line[start:end]))
    return line, marker


def render_text(files: Sequence[FileResult], lang: str = "zh") -> str:
    out = []
    for f in files:
        report = f.result.report if f.result else None
        for finding in f.findings:
            sev = finding.severity.label
            msg = finding.text(lang)
            span = finding.span
            if span is None or report is None:
                out.append(f"{f.path}: {finding.code} {sev} {msg}")
            else:
                page = report.page(span.start)
                where = "" if page is None else (f" (page {page})" if lang == "en" else f"（第 {page} 页）")
                out.append(f"{f.path}:{span.line}:{span.column}: {finding.code} {sev} {msg}{where}")
                line = report.line_text(span.line)
                end_col = span.end_column if span.end_line == span.line else len(line) + 1
                shown, marker = _excerpt(line.expandtabs(1), span.column, end_col)
                out.append(f"    {shown}")
                out.append(f"    {marker}")
            hint = finding.suggestion_text(lang)
            if hint:
                out.append(("    = help: " if lang == "en" else "    = 建议：") + hint)
        if f.result is not None:
            out.append(_file_line(f, lang))
            if f.result.outline is not None:
                out.append(_outline_line(f.result.outline, lang))
    s = summary(files)
    if lang == "en":
        out.append(f"{s['files']} file(s): {s['errors']} error(s), {s['warnings']} warning(s), "
                   f"{s['infos']} info")
    else:
        out.append(f"共 {s['files']} 个文件：{s['errors']} 个错误，{s['warnings']} 个警告，"
                   f"{s['infos']} 个提示")
    return "\n".join(out) + "\n"


def _file_line(f: FileResult, lang: str) -> str:
    r = f.result
    assert r is not None
    year = r.report.metadata.year
    ev = "、".join(r.jurisdiction_evidence) if lang != "en" else ", ".join(r.jurisdiction_evidence)
    st = r.stats
    counts = (st.get("quantities", 0), st.get("claims_checked", 0), st.get("claims_unverifiable", 0))
    if lang == "en":
        jur = f"jurisdiction {r.jurisdiction} ({ev})" if r.jurisdiction else "jurisdiction: none"
        return (f"{f.path}: year {year or '?'}, {jur}; {counts[0]} figures, {counts[1]} claims "
                f"checked, {counts[2]} unverifiable")
    jur = f"辖区 {r.jurisdiction}（依据：{ev}）" if r.jurisdiction else "辖区：未确定"
    return (f"{f.path}: 年度 {year or '未知'}，{jur}；数字 {counts[0]} 个，核对 {counts[1]} 项，"
            f"无法核对 {counts[2]} 项")


_CN_NUM = "零一二三四五六七八九十"


def _outline_line(chapters, lang: str) -> str:  # type: ignore[no-untyped-def]
    """The 纲要 coverage table on one line: ✓/✗ per task chapter."""
    done = sum(c.covered for c in chapters)
    if lang == "en":
        cells = " ".join(f"{'✓' if c.covered else '✗'}{c.chapter}" for c in chapters)
        return f"    纲要 2021–2025 task chapters covered {done}/{len(chapters)}: {cells}"
    cells = " ".join(f"{'✓' if c.covered else '✗'}{_CN_NUM[c.chapter]}" for c in chapters)
    return f"    纲要九项任务覆盖 {done}/{len(chapters)}：{cells}"


# ---- JSON -------------------------------------------------------------------------

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


def render_json(files: Sequence[FileResult], lang: str = "zh") -> str:
    reports = []
    for f in files:
        r = f.result
        meta = r.report.metadata if r else None
        reports.append({
            "path": f.path,
            "title": meta.title.text if meta and meta.title else None,
            "issuer": meta.issuer.text if meta and meta.issuer else None,
            "year": meta.year if meta else None,
            "published": meta.published.isoformat() if meta and meta.published else None,
            "published_from": meta.published_from if meta else None,
            "jurisdiction": r.jurisdiction if r else None,
            "jurisdiction_evidence": list(r.jurisdiction_evidence) if r else [],
            "findings": [finding_dict(x, lang, r.report if r else None) for x in f.findings],
            "stats": dict(r.stats) if r else {},
            "outline_coverage": None if r is None or r.outline is None else [
                {"chapter": c.chapter, "title": c.title, "covered": c.covered,
                 "terms": list(c.terms)} for c in r.outline],
        })
    doc = {"schema": SCHEMA, "lawgov_version": _version(), "reports": reports,
           "summary": summary(files)}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ---- CSV, GitHub, SARIF ------------------------------------------------------------

def render_csv(files: Sequence[FileResult], lang: str = "zh") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["path", "line", "column", "end_line", "end_column", "code", "severity",
                     "rule", "message"])
    for f in files:
        for x in f.findings:
            s = x.span
            writer.writerow([f.path, s.line if s else "", s.column if s else "",
                             s.end_line if s else "", s.end_column if s else "", x.code,
                             x.severity.label, x.rule, x.text(lang)])
    return buf.getvalue()


_GH = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def render_github(files: Sequence[FileResult], lang: str = "zh") -> str:
    out = []
    for f in files:
        for x in f.findings:
            loc = f"file={f.path}"
            if x.span:
                loc += (f",line={x.span.line},col={x.span.column},endLine={x.span.end_line},"
                        f"endColumn={x.span.end_column}")
            out.append(f"::{_GH[x.severity]} {loc},title={x.code}::{_gh_escape(x.text(lang))}")
    return "\n".join(out) + ("\n" if out else "")


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(files: Sequence[FileResult], lang: str = "zh", rules: Sequence[Any] = ()) -> str:
    results = []
    for f in files:
        for x in f.findings:
            loc: dict[str, Any] = {"artifactLocation": {"uri": f.path.replace("\\", "/")}}
            if x.span:
                loc["region"] = {"startLine": x.span.line, "startColumn": x.span.column,
                                 "endLine": x.span.end_line, "endColumn": x.span.end_column,
                                 "charOffset": x.span.start, "charLength": x.span.end - x.span.start}
            results.append({"ruleId": x.code, "level": _SARIF_LEVEL[x.severity],
                            "message": {"text": x.text(lang)},
                            "locations": [{"physicalLocation": loc}]})
    driver_rules = [{
        "id": r.code, "name": r.name,
        "shortDescription": {"text": r.summary_en if lang == "en" else r.summary},
        "fullDescription": {"text": r.summary_en if lang == "en" else r.summary},
        "help": {"text": f"lawgov explain {r.code}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
    } for r in rules]
    doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "lawgov", "semanticVersion": _version(),
                                         "rules": driver_rules}},
                     "columnKind": "unicodeCodePoints", "results": results}]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_html(files: Sequence[FileResult], lang: str = "zh") -> str:
    """The reviewer's view as one standalone HTML file (see ``lawgov._view``)."""
    from ._view import render

    return render(files, lang)


def render_xlsx(files: Sequence[FileResult], lang: str = "zh") -> bytes:
    """An Excel workbook (openpyxl): a sheet of findings (file, line, column, code,
    severity, message, 建议) and a sheet of reports, each with a frozen header row,
    a filter and column widths fitted to their text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    en = lang == "en"
    book = Workbook()
    findings = book.active
    findings.title = "findings" if en else "问题"
    findings.append(["file", "line", "column", "page", "code", "severity", "message", "suggestion"] if en
                    else ["文件", "行", "列", "页", "代码", "级别", "说明", "建议"])
    for f in files:
        report = f.result.report if f.result else None
        for x in f.findings:
            span = x.span
            page = report.page(span.start) if report is not None and span else None
            sev = x.severity.label if en else _SEV_ZH[x.severity]
            findings.append([f.path, span.line if span else None, span.column if span else None, page,
                             x.code, sev, x.text(lang), x.suggestion_text(lang)])
    reports = book.create_sheet("reports" if en else "报告")
    reports.append(["file", "title", "issuer", "year", "jurisdiction", "errors", "warnings", "infos",
                    "signed", "published"] if en else
                   ["文件", "标题", "主体", "年度", "辖区", "错误", "警告", "提示", "成文日期", "公开日期"])
    for f in files:
        meta = f.result.report.metadata if f.result else None
        counts = [sum(1 for x in f.findings if x.severity is s) for s in
                  (Severity.ERROR, Severity.WARNING, Severity.INFO)]
        reports.append([f.path, meta.title.text if meta and meta.title else None,
                        meta.issuer.text if meta and meta.issuer else None, meta.year if meta else None,
                        f.result.jurisdiction if f.result else None, *counts,
                        meta.signing_date.date if meta and meta.signing_date else None,
                        meta.published if meta else None])
    for sheet in (findings, reports):
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            widest = max(display_width(str(c.value)) if c.value is not None else 0 for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(80, max(8, widest + 2))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


RENDERERS = {"text": render_text, "json": render_json, "csv": render_csv,
             "github": render_github, "sarif": render_sarif, "html": render_html, "xlsx": render_xlsx}
