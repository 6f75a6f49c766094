"""An Excel workbook (openpyxl, part of the web extra): a sheet of findings and a
sheet of reports."""

from __future__ import annotations

import io
from collections.abc import Sequence

from .._model import FileResult, Severity
from .._util.text import display_width
from .base import Format, RenderContext


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
            sev = x.severity.label if en else x.severity.label_zh
            findings.append([f.path, span.line if span else None, span.column if span else None, page,
                             x.code, sev, x.text(lang), x.suggestion_text(lang)])
    reports = book.create_sheet("reports" if en else "报告")
    reports.append(["file", "title", "issuer", "year", "jurisdiction", "errors", "warnings", "infos",
                    "signed", "published"] if en else
                   ["文件", "标题", "主体", "年度", "辖区", "错误", "警告", "提示", "成文日期", "公开日期"])
    for f in files:
        meta = f.result.report.metadata if f.result else None
        counts = [f.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
        reports.append([f.path, meta.title.text if meta and meta.title else None,
                        meta.issuer.text if meta and meta.issuer else None, meta.year if meta else None,
                        f.result.jurisdiction_label if f.result else None, *counts,
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


class Xlsx(Format):
    name = "xlsx"
    binary = True
    streamable = False

    def render(self, files: Sequence[FileResult], ctx: RenderContext) -> bytes:
        return render_xlsx(files, ctx.lang)


FORMAT = Xlsx()
