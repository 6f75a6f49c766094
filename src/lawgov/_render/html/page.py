"""The reviewer's page: one standalone HTML document (inline CSS and JS, no network).

One report: its text with every finding highlighted at its span (coloured by
severity), the findings beside it (click one to scroll to its place, click a
highlight to come back), each with its message, 建议, evidence and the rule's page;
above them a summary (year, jurisdiction and why, signing and publication dates, the
five mandated contents, the 纲要 coverage row, counts by severity) and filters by
severity and rule. Several reports: a sortable table, one row a report, each opening
its view. Chinese by default, English with ``lang="en"``; a button switches.

The same document is what ``lawgov serve`` answers, so the page and ``--format html``
never differ. Every piece of report text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape


from ..._model import Finding, Severity
from .. import evidence
from .assets import CSS, JS
from .common import CLASS as _CLASS, MARK as _MARK, both, lacking as _lacking
from .overview import overview

#: The severities, the most severe first.
_SEV = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_CN = "零一二三四五六七八九十"


def render(files: Sequence, lang: str = "zh", *, nonce: str | None = None,  # type: ignore[type-arg]
           rule_pages: dict[str, str] | None = None, downloads: str = "",
           summaries: dict[str, tuple[str, str]] | None = None) -> str:
    """The whole document for ``files`` (``FileResult`` items); ``rule_pages`` are the
    pages of the codes found, as HTML; ``downloads`` the links that save the results;
    ``summaries`` each code's one-line description (Chinese, English) for the overview."""
    pages = rule_pages or {}
    attr = f' nonce="{escape(nonce)}"' if nonce else ""
    single = len(files) == 1
    body = ['<header><h1>lawgov</h1><span class="zh">法治政府建设年度报告检查</span>'
            '<span class="en">annual rule-of-law report check</span>'
            '<button id="lang" type="button"><span class="zh">English</span><span class="en">中文</span>'
            "</button></header>"]
    if downloads:
        body.append(downloads)
    if not single:
        body.append(overview(files, summaries or {}))
    for i, f in enumerate(files):
        body.append(_report(i, f, hidden=not single, lang=lang))
    body.append('<div id="rules">' + "".join(
        f'<section class="rule-page" id="rule-{escape(code)}"><a class="close" href="#">×</a>{html}</section>'
        for code, html in sorted(pages.items())) + "</div>")
    return (f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}">'
            '<head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>lawgov</title><style{attr}>{CSS}</style></head>"
            f'<body class="lang-{"en" if lang == "en" else "zh"}">' + "\n".join(body)
            + f"<script{attr}>{JS}</script></body></html>\n")


def data_url(content: str | bytes, media_type: str) -> str:
    """Content as a ``data:`` URL, for downloads that need no server state."""
    import base64

    raw = content.encode("utf-8") if isinstance(content, str) else content
    return f"data:{media_type};base64,{base64.b64encode(raw).decode('ascii')}"


def _report(i: int, f, hidden: bool, lang: str) -> str:  # type: ignore[no-untyped-def]
    r = f.result
    report = r.report if r else None
    findings = sorted(f.findings, key=Finding.severity_key)
    back = ('<a class="back" href="#batch">' + both("← 返回列表", "← all reports") + "</a>") if hidden else ""
    out = [f'<section class="report" id="report-{i}"{" hidden" if hidden else ""}>{back}'
           f"<h2>{escape(f.path)}</h2>", _summary(f)]
    codes = sorted({x.code for x in findings})
    out.append('<div class="filters">' + "".join(
        f'<label class="{sev.label}"><input type="checkbox" data-sev="{sev.label}" checked> '
        f"{both(sev.label_zh, sev.label)}"
        f" ({sum(1 for x in findings if x.severity is sev)})</label>" for sev in _SEV)
        + '<select class="code-filter"><option value="" data-zh="全部规则" data-en="all rules">'
        + ("all rules" if lang == "en" else "全部规则") + "</option>"
        + "".join(f'<option value="{escape(c)}">{escape(c)}</option>' for c in codes) + "</select></div>")
    items = []
    for n, x in enumerate(findings):
        fid = f"r{i}f{n}"
        where = both(f"第 {x.span.line} 行", f"line {x.span.line}") if x.span else both("全文", "whole report")
        page = report.page(x.span.start) if report is not None and x.span else None
        if page:
            where += " · " + both(f"第 {page} 页", f"page {page}")
        ev = "".join(f"<tr><th>{both(evidence.label(k), evidence.label(k, 'en'))}</th>"
                     f"<td>{both(evidence.value(k, v), evidence.value(k, v, 'en'))}</td></tr>"
                     for k, v in x.evidence.items())
        # a finding about the whole report goes to the top of its text
        target = fid if x.span else (f"r{i}top" if report is not None else None)
        hint = x.suggestion_text("zh")
        items.append(
            f'<li class="finding {x.severity.label}" id="item-{fid}" data-sev="{x.severity.label}" '
            f'data-code="{escape(x.code)}"' + (f' data-target="{target}"' if target else "") + ">"
            f'<div class="head"><b>{escape(x.code)}</b> '
            f'<span class="sev">{both(x.severity.label_zh, x.severity.label)}</span> '
            f'<span class="where">{where}</span></div>'
            f'<div class="msg">{both(x.message, x.message_en)}</div>'
            + (f'<div class="hint">{both("建议：" + hint, "Suggestion: " + (x.suggestion_text("en") or ""))}'
               "</div>" if hint else "")
            + (f"<details><summary>{both('依据', 'evidence')}</summary><table>{ev}</table></details>"
               if ev else "")
            + f'<a class="rule" href="#rule-{escape(x.code)}">{both("规则说明", "about this rule")}</a></li>')
    out.append('<div class="columns">')
    if report is not None:
        out.append(f'<div class="text" lang="zh" id="r{i}top">{_marked(report.text, findings, i)}</div>')
    out.append(f'<ol class="findings">{"".join(items)}</ol>' if items else
               f'<p class="clean">{both("没有发现问题", "no findings")}</p>')
    out.append("</div></section>")
    return "".join(out)


def _summary(f) -> str:  # type: ignore[no-untyped-def]
    r = f.result
    counts = {s: f.count(s) for s in Severity}
    cells = [(both("错误", "errors"), str(counts[Severity.ERROR])),
             (both("警告", "warnings"), str(counts[Severity.WARNING])),
             (both("提示", "infos"), str(counts[Severity.INFO]))]
    if r is not None:
        meta = r.report.metadata
        why = "、".join(r.jurisdiction_evidence)
        jur = (both(f"{r.jurisdiction_label}（依据：{why}）", f"{r.jurisdiction_label} (from {why})")
               if r.jurisdiction
               else both(f"{r.province}（未安装该省规则包）", f"{r.province} (no rule pack installed)")
               if r.province else both("未确定", "none"))
        contents = " ".join(
            f'<span class="{_CLASS[c.state]}">'
            f'{_MARK[c.state]} {both(_lacking(c), _lacking(c, True))}</span>' for c in r.contents)
        cells = [(both("年度", "year"), escape(str(meta.year or "?"))),
                 (both("辖区", "jurisdiction"), jur),
                 (both("成文日期", "signed"), escape(meta.signing_date.date.isoformat()) if meta.signing_date
                  else "—"),
                 (both("公开日期", "published"), escape(meta.published.isoformat()) if meta.published else "—"),
                 (both("五项内容", "five contents"), contents)] + cells
        if r.outline is not None:
            row = " ".join(f'<span class="{"present" if c.covered else "missing"}" title="{escape(c.title)}">'
                           f'{"✓" if c.covered else "✗"}{_CN[c.chapter]}</span>' for c in r.outline)
            plan = r.outline_plan
            if plan is not None and plan.end < (meta.year or 0):
                note = both(f"依据最新印发的《{plan.title}》，其期限已结束，尚无后续纲要",
                            f"the latest issued 纲要 ({plan.start}–{plan.end}); its period has ended")
                row += f"<br><small>{note}</small>"
            cells.insert(5, (both("纲要九项任务", "纲要 chapters"), row))
    rows = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in cells)
    return f'<dl class="summary">{rows}</dl>'


def _marked(text: str, findings: Sequence[Finding], i: int) -> str:
    """The text with each finding's span in a <mark>; overlapping spans split into
    pieces that each carry every finding covering them. One sweep over the cuts, so
    that many findings cost no more than their marks."""
    spans = [(x.span.start, x.span.end, f"r{i}f{n}", x.severity) for n, x in enumerate(findings)
             if x.span is not None and x.span.end > x.span.start]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starting: dict[int, list[int]] = {}
    for n, (s, _, _, _) in enumerate(spans):
        starting.setdefault(s, []).append(n)
    active: set[int] = set()
    out = []
    first = set()
    for a, b in zip(cuts, cuts[1:]):
        active.update(starting.get(a, ()))
        active.difference_update([n for n in active if spans[n][1] <= a])
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        on = [(spans[n][2], spans[n][3]) for n in sorted(active)]
        worst = max(sev for _, sev in on).label
        ids = " ".join(fid for fid, _ in on)
        anchor = next((fid for fid, _ in on if fid not in first), None)
        first.update(fid for fid, _ in on)
        nested = " nested" if len(on) > 1 else ""  # a mark inside another stays visible
        out.append(f'<mark class="{worst}{nested}" data-f="{ids}"' + (f' id="{anchor}"' if anchor else "")
                   + f">{piece}</mark>")
    return "".join(out)
