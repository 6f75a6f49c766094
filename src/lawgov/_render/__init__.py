"""Renderers: findings to text, JSON, SARIF, CSV and GitHub annotations.

Renderers only format; they never add, drop or change findings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from .._model import FileResult, Severity
from .._model.serialize import SCHEMA, report_dict, summary
from .._util.text import display_width

_SEV_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


def _version() -> str:
    from .._version import __version__

    return __version__


# ---- text -------------------------------------------------------------------------

def _excerpt(line: str, col: int, end_col: int, limit: int = 70) -> tuple[str, str]:
    """The line (shortened around the span when long) and a caret marker under the span.
    Only the part of the line around the span is measured, so a very long line costs
    the same as a short one."""
    start, end = col - 1, max(end_col - 1, col)
    if len(line) > limit // 2 and (len(line) > 4 * limit or display_width(line) > limit):
        lo = max(0, start - 20)
        hi = min(len(line), max(end, start + 1) + 20, lo + limit)
        prefix = "…" if lo > 0 else ""
        line = prefix + line[lo:hi] + ("…" if hi < len(line) else "")
        start, end = start - lo + len(prefix), min(end, hi) - lo + len(prefix)
    marker = " " * display_width(line[:start]) + "^" * max(1, display_width(line[start:end]))
    return line, marker


def _text_file(f: FileResult, lang: str) -> str:
    out = []
    report = f.result.report if f.result else None
    lines: dict[int, str] = {}  # each line cut out of the text once, however many findings
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
            if span.line not in lines:
                lines[span.line] = report.line_text(span.line).expandtabs(1)
            line = lines[span.line]
            end_col = span.end_column if span.end_line == span.line else len(line) + 1
            shown, marker = _excerpt(line, span.column, end_col)
            out.append(f"    {shown}")
            out.append(f"    {marker}")
        hint = finding.suggestion_text(lang)
        if hint:
            out.append(("    = help: " if lang == "en" else "    = 建议：") + hint)
    if f.result is not None:
        out.append(_file_line(f, lang))
        if f.result.outline is not None:
            out.append(_outline_line(f.result.outline, lang))
    return "".join(line + "\n" for line in out)


def _text_tail(s: dict[str, int], lang: str) -> str:
    if lang == "en":
        return (f"{s['files']} file(s): {s['errors']} error(s), {s['warnings']} warning(s), "
                f"{s['infos']} info\n")
    return f"共 {s['files']} 个文件：{s['errors']} 个错误，{s['warnings']} 个警告，{s['infos']} 个提示\n"


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

def _nested(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(indent=2)`` writes it ``depth`` levels down."""
    import json  # deferred, like every import the text format does not need

    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


# ---- CSV, GitHub, SARIF ------------------------------------------------------------

_CSV_HEAD = ["path", "line", "column", "end_line", "end_column", "code", "severity", "rule", "message"]


def _csv_rows(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _csv_file(f: FileResult, lang: str) -> str:
    rows = []
    for x in f.findings:
        s = x.span
        rows.append([f.path, s.line if s else "", s.column if s else "", s.end_line if s else "",
                     s.end_column if s else "", x.code, x.severity.label, x.rule, x.text(lang)])
    return _csv_rows(rows)


_GH = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_escape(text: str) -> str:
    """A workflow command's message (GitHub's escaping of %, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    """A workflow command's property value: the message escaping plus ``:`` and ``,``."""
    return _gh_escape(text).replace(":", "%3A").replace(",", "%2C")


def _github_file(f: FileResult, lang: str) -> str:
    out = []
    for x in f.findings:
        loc = f"file={_gh_property(f.path)}"
        if x.span:
            loc += (f",line={x.span.line},col={x.span.column},endLine={x.span.end_line},"
                    f"endColumn={x.span.end_column}")
        out.append(f"::{_GH[x.severity]} {loc},title={_gh_property(x.code)}::{_gh_escape(x.text(lang))}\n")
    return "".join(out)


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A file's SARIF ``uri``: a relative or absolute URI reference, percent-encoded
    (spaces, #, %, non-ASCII), or the address itself for a web address."""
    from urllib.parse import quote

    if path.lower().startswith(("http://", "https://")):
        return path
    path = path.replace("\\", "/")
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def _sarif_results(f: FileResult, lang: str) -> list[dict[str, Any]]:
    results = []
    for x in f.findings:
        loc: dict[str, Any] = {"artifactLocation": {"uri": _uri(f.path)}}
        if x.span:
            loc["region"] = {"startLine": x.span.line, "startColumn": x.span.column,
                             "endLine": x.span.end_line, "endColumn": x.span.end_column,
                             "charOffset": x.span.start, "charLength": x.span.end - x.span.start}
        results.append({"ruleId": x.code, "level": _SARIF_LEVEL[x.severity],
                        "message": {"text": x.text(lang)},
                        "locations": [{"physicalLocation": loc}]})
    return results


def _sarif_doc(lang: str, rules: Sequence[Any], results: list[Any]) -> dict[str, Any]:
    driver_rules = [{
        "id": r.code, "name": r.name,
        "shortDescription": {"text": r.summary_en if lang == "en" else r.summary},
        "fullDescription": {"text": r.summary_en if lang == "en" else r.summary},
        "help": {"text": f"lawgov explain {r.code}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
    } for r in rules]
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [{"tool": {"driver": {"name": "lawgov", "semanticVersion": _version(),
                                          "rules": driver_rules}},
                      "columnKind": "unicodeCodePoints", "results": results}]}


class Stream:
    """A format written one file at a time, so a batch of any size is rendered in
    constant memory and in input order: ``head()``, then ``chunk(f)`` for each file
    (workers may compute chunks; ``join`` puts them together), then ``tail(summary)``.
    The whole-batch ``render_*`` functions are this, in one go."""

    FORMATS = ("text", "json", "csv", "github", "sarif")

    def __init__(self, fmt: str, lang: str = "zh", rules: Sequence[Any] = ()) -> None:
        self.fmt, self.lang, self.rules = fmt, lang, rules

    def head(self) -> str:
        if self.fmt == "json":
            import json

            return ("{\n" f'  "schema": {json.dumps(SCHEMA)},\n'
                    f'  "lawgov_version": {json.dumps(_version())},\n  "reports": [')
        if self.fmt == "csv":
            return _csv_rows([_CSV_HEAD])
        if self.fmt == "sarif":
            doc = _nested(_sarif_doc(self.lang, self.rules, ["@"]), 0)
            return doc[:doc.index('"@"')].rstrip()
        return ""

    def chunk(self, f: FileResult) -> str:
        """The file's part of the output, without what separates it from the last."""
        if self.fmt == "text":
            return _text_file(f, self.lang)
        if self.fmt == "json":
            return "    " + _nested(report_dict(f, self.lang), 2)
        if self.fmt == "csv":
            return _csv_file(f, self.lang)
        if self.fmt == "github":
            return _github_file(f, self.lang)
        return ",\n".join(" " * 8 + _nested(x, 4) for x in _sarif_results(f, self.lang))

    def join(self, chunk: str, first: bool) -> str:
        """``chunk`` with the separator it needs after the chunks before it."""
        if self.fmt not in ("json", "sarif") or not chunk:
            return chunk
        return ("\n" if first else ",\n") + chunk

    def tail(self, s: dict[str, int], empty: bool) -> str:
        if self.fmt == "text":
            return _text_tail(s, self.lang)
        if self.fmt == "json":
            return ("]" if empty else "\n  ]") + f',\n  "summary": {_nested(s, 1)}\n}}\n'
        if self.fmt == "sarif":
            doc = _nested(_sarif_doc(self.lang, self.rules, ["@"]), 0)
            end = doc[doc.index('"@"') + 3:]
            return ("]" if empty else "\n" + " " * 6 + "]") + end.split("]", 1)[1] + "\n"
        return ""

    def render(self, files: Sequence[FileResult]) -> str:
        out, wrote = [self.head()], False
        for f in files:
            chunk = self.chunk(f)
            out.append(self.join(chunk, not wrote))
            wrote = wrote or bool(chunk) if self.fmt == "sarif" else True
        out.append(self.tail(summary(files), not wrote))
        return "".join(out)


def render_text(files: Sequence[FileResult], lang: str = "zh") -> str:
    return Stream("text", lang).render(files)


def render_json(files: Sequence[FileResult], lang: str = "zh") -> str:
    return Stream("json", lang).render(files)


def render_csv(files: Sequence[FileResult], lang: str = "zh") -> str:
    return Stream("csv", lang).render(files)


def render_github(files: Sequence[FileResult], lang: str = "zh") -> str:
    return Stream("github", lang).render(files)


def render_sarif(files: Sequence[FileResult], lang: str = "zh", rules: Sequence[Any] = ()) -> str:
    return Stream("sarif", lang, rules).render(files)


def render_html(files: Sequence[FileResult], lang: str = "zh") -> str:
    """The reviewer's view as one standalone HTML file (see ``lawgov._view``)."""
    from .html import render

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
    return _reproducible(out.getvalue())


def _reproducible(xlsx: bytes) -> bytes:
    """The workbook without the moment it was written (zip entry times and the
    document's created/modified dates), so the same findings give the same bytes."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2000-01-01T00:00:00Z", data)
            dst.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


RENDERERS = {"text": render_text, "json": render_json, "csv": render_csv,
             "github": render_github, "sarif": render_sarif, "html": render_html, "xlsx": render_xlsx}
