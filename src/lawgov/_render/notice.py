"""A review notice draft (审核情况通报) as a Word document: what a 依法治办 sends out
after checking its units' annual reports. Every figure in it is counted from the
findings of this run: how many reports, how many with errors, each problem with the
units that have it, and a table a unit; the reviewer completes the closing lines.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from .._model import FileResult, Severity
from .base import Format, RenderContext
from .docx import package

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1–99 in Chinese numerals, as a notice numbers its items (十一, 二十三).

    >>> [chinese_number(n) for n in (1, 10, 11, 20, 23)]
    ['一', '十', '十一', '二十', '二十三']
    """
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def unit_name(f: FileResult) -> str:
    """What names a unit in the notice: the report's issuer, else its title, else its file."""
    meta = f.result.report.metadata if f.result else None
    for part in (meta.issuer, meta.title) if meta else ():
        if part is not None and part.text.strip():
            return part.text.strip()
    return f.path


def _p(text: str, *, bold: bool = False, center: bool = False, size: int | None = None) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = "".join(x for x in ("<w:b/>" if bold else "", f'<w:sz w:val="{size}"/>' if size else ""))
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _table(rows: list[list[str]]) -> str:
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{_p(c, bold=(i == 0))}</w:tc>" for c in row) + "</w:tr>"
                    for i, row in enumerate(rows))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}</w:tblBorders>'
            f"</w:tblPr>{cells}</w:tbl>")


def notice_body(files: Sequence[FileResult], summaries: Mapping[str, str], today: datetime.date) -> str:
    """The notice's paragraphs and tables (WordprocessingML)."""
    checked = [f for f in files if f.result is not None]
    years = sorted({f.result.report.metadata.year for f in checked if f.result.report.metadata.year})
    year = f"{years[0]}年度" if len(years) == 1 else ("、".join(f"{y}" for y in years) + "年度" if years else "")
    with_errors = [f for f in checked if f.count(Severity.ERROR)]
    unreadable = [f for f in files if f.result is None]
    out = [_p(f"关于{year}法治政府建设年度报告审核情况的通报（初稿）", bold=True, center=True, size=36),
           _p(f"（{today.year}年{today.month}月{today.day}日）", center=True),
           _p(f"本次共审核{len(files)}份{year}法治政府建设年度报告"
              + (f"，其中{len(unreadable)}份无法读取" if unreadable else "")
              + f"。经逐份检查，{len(with_errors)}份报告存在需要修改的错误，"
              f"{sum(1 for f in checked if f.count(Severity.WARNING))}份报告有需要核实的问题，"
              f"{sum(1 for f in checked if not f.findings)}份报告未发现问题。现将审核情况通报如下。")]
    units: dict[str, list[str]] = defaultdict(list)
    severity: dict[str, Severity] = {}
    for f in files:
        for code in dict.fromkeys(x.code for x in f.findings):
            units[code].append(unit_name(f))
        for x in f.findings:
            severity[x.code] = max(severity.get(x.code, x.severity), x.severity)
    out.append(_p("一、发现的主要问题", bold=True))
    n = 0
    for sev in _SEVERITIES:
        codes = sorted((c for c in units if severity[c] is sev), key=lambda c: (-len(units[c]), c))
        for code in codes:
            n += 1
            label = chinese_number(n) if n < 100 else str(n)
            names = "、".join(units[code])
            out.append(_p(f"（{label}）{summaries.get(code, code)}（{code}，{sev.label_zh}）："
                          f"{len(units[code])}份报告，涉及{names}。"))
    if n == 0:
        out.append(_p("未发现问题。"))
    out.append(_p("二、各单位审核情况", bold=True))
    rows = [["序号", "单位", "错误", "警告", "提示", "缺少或不完整的内容"]]
    for i, f in enumerate(files, 1):
        lacking = ("无法读取" if f.result is None else
                   "、".join(c.name + (f"（{c.note}）" if c.note else "") if c.state == "partial" else c.name
                            for c in f.result.contents if c.state in ("missing", "partial")) or "无")
        rows.append([str(i), unit_name(f), *(str(f.count(s)) for s in _SEVERITIES), lacking])
    out.append(_table(rows))
    out += [_p("三、整改要求", bold=True),
            _p("请各单位对照上述问题逐项核实、修改，于____年__月__日前将修改后的报告报送。"),
            _p("审核人：__________    联系电话：__________"),
            _p("（本通报初稿由 lawgov 根据检查结果生成，所列数字均可在检查结果中逐项核对，印发前请审核人复核。）")]
    return "".join(out)


class Notice(Format):
    name = "notice"
    binary = True
    streamable = False

    def render(self, files: Sequence[FileResult], ctx: RenderContext) -> bytes:
        summaries = {r.code: r.summary for r in ctx.rules}
        return package(notice_body(files, summaries, datetime.date.today()))


FORMAT = Notice()
