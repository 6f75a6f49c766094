"""The batch overview of the reviewer's page: one row a report, worst first, with its
title and issuer, a cell for each of the five contents and the 纲要 row; a chart of
how many reports have each problem; filters by the issuer's level and by problem.
Every figure is counted from the findings, as the report pages show them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape

from ..._model import CONTENTS, Severity
from .common import CLASS as _CLASS, MARK as _MARK, both, lacking

_LEVELS = {"省": "province", "市": "prefecture", "县": "county", "乡镇": "township", "街道": "street office",
           "部门": "department"}
#: Bars shown in the chart, the most frequent problems first.
_BARS = 15


def _worst_first(item) -> tuple:  # type: ignore[no-untyped-def]
    i, f = item
    return (-f.count(Severity.ERROR), -f.count(Severity.WARNING), -f.count(Severity.INFO), i)


def overview(files: Sequence, summaries: Mapping[str, tuple[str, str]]) -> str:  # type: ignore[type-arg]
    """The overview section for ``files`` (``FileResult`` items); ``summaries`` gives
    each code's one-line description in Chinese and English."""
    total = len(files)
    rows = [_row(i, f) for i, f in sorted(enumerate(files), key=_worst_first)]
    heads = ([("报告", "report"), ("发文单位", "issuer"), ("层级", "level"), ("年度", "year"),
              ("辖区", "jurisdiction"), ("错误", "errors"), ("警告", "warnings"), ("提示", "infos")]
             + [(name, name_en) for _, name, name_en, *_ in CONTENTS] + [("纲要任务", "纲要 tasks")])
    # counts sort the most first on the first click; texts and content cells A-Z / missing first
    most_first = {5, 6, 7, len(heads) - 1}
    th = "".join(f'<th data-col="{k}" tabindex="0"' + (' data-first="desc"' if k in most_first else "")
                 + f">{both(zh, en)}</th>" for k, (zh, en) in enumerate(heads))
    hint = both("按问题严重程度排列；点击表头重新排序，点击报告查看详情；✓ 有 ✗ 缺 △ 不完整 — 未检查",
                "worst first; click a heading to sort, a report to open it; "
                "✓ present ✗ missing △ incomplete — not checked")
    return (f'<section id="batch"><h2>{both(f"共 {total} 份报告", f"{total} reports")}</h2>'
            + _chart(files, summaries) + _filters(files, summaries)
            + f'<p class="hint">{hint}</p>'
            f'<table id="reports"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            "</section>")


def _row(i: int, f) -> str:  # type: ignore[no-untyped-def]
    r = f.result
    meta = r.report.metadata if r else None
    counts = [f.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    title = meta.title.text if meta and meta.title else f.path
    issuer = meta.issuer.text if meta and meta.issuer else ""
    level = meta.issuer_level if meta and meta.issuer_level else ""
    cells = [(title, f'<a href="#report-{i}" title="{escape(f.path)}">{escape(title)}</a>'),
             (issuer, None), (level, both(level, _LEVELS.get(level, level)) if level else ""),
             ((meta.year if meta and meta.year else ""), None),
             ((r.jurisdiction_label or "") if r else "", None), *((c, None) for c in counts)]
    for c in (r.contents if r else ()):
        rank = {"missing": 0, "partial": 1, "present": 2, "unchecked": 3}[c.state]
        cells.append((rank, f'<span class="{_CLASS[c.state]}" '
                            f'title="{escape(lacking(c))}">{_MARK[c.state]}</span>'))
    if r is not None and r.outline is not None:
        covered = sum(1 for c in r.outline if c.covered)
        cells.append((covered, f"{covered}/{len(r.outline)}"))
    else:
        cells.append(("", "—"))
    codes = " ".join(sorted({x.code for x in f.findings}))
    tds = "".join(f'<td data-sort="{escape(str(v))}">{html if html is not None else escape(str(v))}</td>'
                  for v, html in cells)
    return f'<tr data-level="{escape(level)}" data-codes="{escape(codes)}">{tds}</tr>'


def _problems(files: Sequence) -> Counter:  # type: ignore[type-arg]
    """How many reports have each code."""
    return Counter(code for f in files for code in {x.code for x in f.findings})


def _chart(files: Sequence, summaries: Mapping[str, tuple[str, str]]) -> str:  # type: ignore[type-arg]
    """A bar a problem: the number of reports that have it, as inline SVG."""
    counts = _problems(files)
    if not counts:
        return f'<p class="clean">{both("所有报告都没有发现问题", "no findings in any report")}</p>'
    worst = {}
    for f in files:
        for x in f.findings:
            worst[x.code] = max(worst.get(x.code, x.severity), x.severity)
    order = sorted(counts, key=lambda c: (-worst[c], -counts[c], c))[:_BARS]
    most = max(counts[c] for c in order)
    bar_h, width, left = 22, 420, 70
    parts = []
    for n, code in enumerate(order):
        y = n * bar_h
        w = max(2, round(width * counts[code] / most))
        zh, en = summaries.get(code, (code, code))
        parts.append(
            f'<g class="bar {worst[code].label}" data-code="{escape(code)}">'
            f"<title>{escape(code)} {escape(zh)} — {counts[code]}</title>"
            f'<text x="0" y="{y + 15}">{escape(code)}</text>'
            f'<rect x="{left}" y="{y + 3}" width="{w}" height="{bar_h - 6}"></rect>'
            f'<text x="{left + w + 6}" y="{y + 15}">{counts[code]}</text></g>')
    height = bar_h * len(order)
    legend = "".join(f"<li><b>{escape(c)}</b> {both(*summaries.get(c, (c, c)))}</li>" for c in order)
    full = left + width + 40
    return (f'<figure class="chart"><figcaption>{both("各类问题涉及的报告数", "reports with each problem")}'
            f'</figcaption><svg role="img" viewBox="0 0 {full} {height}" width="{full}" height="{height}">'
            f'{"".join(parts)}</svg><ol class="legend">{legend}</ol></figure>')


def _filters(files: Sequence, summaries: Mapping[str, tuple[str, str]]) -> str:  # type: ignore[type-arg]
    levels = sorted({f.result.report.metadata.issuer_level for f in files
                     if f.result and f.result.report.metadata.issuer_level}, key=list(_LEVELS).index)
    codes = sorted(_problems(files))
    level_opts = "".join(f'<option value="{escape(v)}" data-zh="{escape(v)}" data-en="{_LEVELS[v]}">'
                         f"{escape(v)}</option>" for v in levels)
    code_opts = ""
    for c in codes:
        zh, en = (f"{c} {words}" for words in summaries.get(c, ("", "")))
        code_opts += (f'<option value="{escape(c)}" data-zh="{escape(zh)}" data-en="{escape(en)}">'
                      f"{escape(zh)}</option>")
    return ('<div class="batch-filters">'
            f'<label>{both("层级", "level")} <select id="level-filter">'
            f'<option value="" data-zh="全部" data-en="all">全部</option>{level_opts}</select></label> '
            f'<label>{both("问题", "problem")} <select id="code-filter">'
            f'<option value="" data-zh="全部" data-en="all">全部</option>{code_opts}</select></label></div>')
