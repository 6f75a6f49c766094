"""The terminal's format: each finding with its line, a caret under its span and
its suggestion; a line per report on what was read; the totals."""

from __future__ import annotations

from .._model import FileResult, Finding
from .._util.text import display_width
from .base import Format, RenderContext


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
    for finding in sorted(f.findings, key=Finding.severity_key):
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
            out.append(_outline_line(f.result, lang))
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
    pev = ("、" if lang != "en" else ", ").join(r.province_evidence)
    st = r.stats
    counts = (st.get("quantities", 0), st.get("claims_checked", 0), st.get("claims_unverifiable", 0))
    if lang == "en":
        jur = (f"jurisdiction {r.jurisdiction_label} ({r.jurisdiction}; {ev})" if r.jurisdiction
               else f"province {r.province} ({pev}; no rule pack installed, national rules only)"
               if r.province else "jurisdiction: none")
        return (f"{f.path}: year {year or '?'}, {jur}; {counts[0]} figures, {counts[1]} claims "
                f"checked, {counts[2]} unverifiable")
    jur = (f"辖区 {r.jurisdiction_label}（依据：{ev}）" if r.jurisdiction
           else f"辖区 {r.province}（依据：{pev}；未安装该省规则包，仅适用全国通用规则）" if r.province
           else "辖区：未确定")
    return (f"{f.path}: 年度 {year or '未知'}，{jur}；数字 {counts[0]} 个，核对 {counts[1]} 项，"
            f"无法核对 {counts[2]} 项")


_CN_NUM = "零一二三四五六七八九十"


def _outline_line(result, lang: str) -> str:  # type: ignore[no-untyped-def]
    """The 纲要 coverage table on one line: ✓/✗ per task chapter, and which 纲要 when
    the report year is after its period."""
    chapters, plan = result.outline, result.outline_plan
    done = sum(c.covered for c in chapters)
    ended = plan is not None and plan.end < (result.report.metadata.year or 0)
    if lang == "en":
        cells = " ".join(f"{'✓' if c.covered else '✗'}{c.chapter}" for c in chapters)
        note = (f" (the latest issued 纲要, {plan.start}–{plan.end}; its period has ended and no successor "
                "is known)") if ended else ""
        return f"    纲要 {plan.start}–{plan.end} task chapters covered {done}/{len(chapters)}: {cells}{note}"
    cells = " ".join(f"{'✓' if c.covered else '✗'}{_CN_NUM[c.chapter]}" for c in chapters)
    note = f"（依据最新印发的《{plan.title}》，其期限已结束，尚无后续纲要）" if ended else ""
    return f"    纲要九项任务覆盖 {done}/{len(chapters)}：{cells}{note}"


class Text(Format):
    name = "text"

    def chunk(self, f: FileResult, ctx: RenderContext) -> str:
        return _text_file(f, ctx.lang)

    def tail(self, totals: dict[str, int], empty: bool, ctx: RenderContext) -> str:
        return _text_tail(totals, ctx.lang)


FORMAT = Text()
