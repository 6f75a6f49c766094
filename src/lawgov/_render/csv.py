"""CSV: one row a finding (path, position, code, severity, rule, message), in UTF-8
with a byte-order mark: Excel on Chinese Windows reads a CSV without one as GBK and
garbles it (read it elsewhere with ``encoding="utf-8-sig"``)."""

from __future__ import annotations

import csv
import io
from typing import Any

from .._model import FileResult, Finding
from .base import Format, RenderContext


_CSV_HEAD = ["path", "line", "column", "end_line", "end_column", "code", "severity", "rule", "message"]


def _csv_rows(rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _csv_file(f: FileResult, lang: str) -> str:
    rows = []
    for x in sorted(f.findings, key=Finding.severity_key):
        s = x.span
        rows.append([f.path, s.line if s else "", s.column if s else "", s.end_line if s else "",
                     s.end_column if s else "", x.code, x.severity.label, x.rule, x.text(lang)])
    return _csv_rows(rows)


class Csv(Format):
    name = "csv"

    def head(self, ctx: RenderContext) -> str:
        return "\ufeff" + _csv_rows([_CSV_HEAD])

    def chunk(self, f: FileResult, ctx: RenderContext) -> str:
        return _csv_file(f, ctx.lang)


FORMAT = Csv()
