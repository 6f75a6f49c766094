"""The reviewer's view: one standalone HTML document (inline CSS and JS, no network).

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

import json
from collections.abc import Sequence
from html import escape

import regex

from ..._model import Finding, Severity

#: Codes whose finding means a mandated content is missing, and the content's names.
MISSING = {"LG101": ("主要举措和成效", "measures and results"),
           "LG102": ("不足和原因", "shortcomings and causes"),
           "LG103": ("第一责任人履职", "leaders' duty"),
           "LG105": ("下一年度安排", "next year's plans"),
           "LG106": ("其他情况", "other matters")}
_SEV = {Severity.ERROR: ("错误", "error"), Severity.WARNING: ("警告", "warning"), Severity.INFO: ("提示", "info")}
_CN = "零一二三四五六七八九十"


def both(zh: str | None, en: str | None) -> str:
    """Both languages, one shown at a time (escaped)."""
    zh, en = zh or "", en or zh or ""
    if zh == en:
        return escape(zh)
    return f'<span class="zh">{escape(zh)}</span><span class="en">{escape(en)}</span>'


def render(files: Sequence, lang: str = "zh", *, nonce: str | None = None,  # type: ignore[type-arg]
           rule_pages: dict[str, str] | None = None, downloads: bool = True) -> str:
    """The whole document for ``files`` (``FileResult`` items); ``downloads`` adds the
    results as JSON, CSV, SARIF and Excel files inside the page."""
    pages = rule_pages if rule_pages is not None else _rule_pages(files, lang)
    attr = f' nonce="{escape(nonce)}"' if nonce else ""
    single = len(files) == 1
    body = ['<header><h1>lawgov</h1><span class="zh">法治政府建设年度报告检查</span>'
            '<span class="en">annual rule-of-law report check</span>'
            '<button id="lang" type="button"><span class="zh">English</span><span class="en">中文</span>'
            "</button></header>"]
    if downloads:
        body.append(_downloads(files, lang))
    if not single:
        body.append(_table(files))
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
            + f"<script{attr}>{_JS}</script></body></html>\n")


def _downloads(files: Sequence, lang: str) -> str:  # type: ignore[type-arg]
    """Links that save the results, carried in the page (nothing is kept on a server)."""
    from ..._check import default_plugin_manager
    from .. import render_csv, render_json, render_sarif, render_xlsx

    links = [("lawgov.json", "application/json", render_json(files, lang)),
             ("lawgov.csv", "text/csv", "\ufeff" + render_csv(files, lang)),
             ("lawgov.sarif", "application/sarif+json",
              render_sarif(files, lang, rules=default_plugin_manager().rules()))]
    try:
        links.append(("lawgov.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      render_xlsx(files, lang)))
    except ImportError:  # openpyxl is part of the web extra
        pass
    items = "".join(f'<a download="{name}" href="{data_url(body, kind)}">{name.split(".")[1].upper()}</a>'
                    for name, kind, body in links)
    return f'<nav class="downloads">{both("下载结果：", "download: ")}{items}</nav>'


def data_url(content: str | bytes, media_type: str) -> str:
    """Content as a ``data:`` URL, for downloads that need no server state."""
    import base64

    raw = content.encode("utf-8") if isinstance(content, str) else content
    return f"data:{media_type};base64,{base64.b64encode(raw).decode('ascii')}"


def _table(files: Sequence) -> str:  # type: ignore[type-arg]
    heads = [("文件", "file"), ("主体", "issuer"), ("年度", "year"), ("辖区", "jurisdiction"),
             ("错误", "errors"), ("警告", "warnings"), ("提示", "infos"), ("缺少的内容", "missing contents"),
             ("成文日期", "signed")]
    rows = []
    for i, f in enumerate(files):
        meta = f.result.report.metadata if f.result else None
        counts = {s: sum(1 for x in f.findings if x.severity is s) for s in Severity}
        missing = [MISSING[x.code] for x in f.findings if x.code in MISSING]
        cells = [
            (f.path, f'<a href="#report-{i}">{escape(f.path)}</a>'),
            ((meta.issuer.text if meta and meta.issuer else ""), None),
            ((meta.year if meta and meta.year else ""), None),
            ((f.result.jurisdiction or "") if f.result else "", None),
            (counts[Severity.ERROR], None), (counts[Severity.WARNING], None), (counts[Severity.INFO], None),
            (len(missing), both("、".join(m[0] for m in missing), ", ".join(m[1] for m in missing))),
            ((meta.signing_date.date.isoformat() if meta and meta.signing_date else ""), None),
        ]
        tds = "".join(f'<td data-sort="{escape(str(v))}">{html if html is not None else escape(str(v))}</td>'
                      for v, html in cells)
        rows.append(f"<tr>{tds}</tr>")
    th = "".join(f'<th data-col="{k}" tabindex="0">{both(zh, en)}</th>' for k, (zh, en) in enumerate(heads))
    total = len(files)
    return (f'<section id="batch"><h2>{both(f"共 {total} 份报告", f"{total} reports")}</h2>'
            f'<p class="hint">{both("点击表头排序，点击文件名查看报告", "click a heading to sort, a file to open it")}'
            f'</p><table id="reports"><thead><tr>{th}</tr></thead><tbody>{"".join(rows)}</tbody>'
            "</table></section>")


def _report(i: int, f, hidden: bool, lang: str) -> str:  # type: ignore[no-untyped-def]
    r = f.result
    report = r.report if r else None
    findings = sorted(f.findings, key=Finding.sort_key)
    back = ('<a class="back" href="#batch">' + both("← 返回列表", "← all reports") + "</a>") if hidden else ""
    out = [f'<section class="report" id="report-{i}"{" hidden" if hidden else ""}>{back}'
           f"<h2>{escape(f.path)}</h2>", _summary(f)]
    codes = sorted({x.code for x in findings})
    out.append('<div class="filters">' + "".join(
        f'<label class="{sev.label}"><input type="checkbox" data-sev="{sev.label}" checked> '
        f"{both(*_SEV[sev])}"
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
        ev = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(json.dumps(v, ensure_ascii=False))}</td></tr>"
                     for k, v in x.evidence.items())
        hint = x.suggestion_text("zh")
        items.append(
            f'<li class="finding {x.severity.label}" id="item-{fid}" data-sev="{x.severity.label}" '
            f'data-code="{escape(x.code)}"' + (f' data-target="{fid}"' if x.span else "") + ">"
            f'<div class="head"><b>{escape(x.code)}</b> <span class="sev">{both(*_SEV[x.severity])}</span> '
            f'<span class="where">{where}</span></div>'
            f'<div class="msg">{both(x.message, x.message_en)}</div>'
            + (f'<div class="hint">{both("建议：" + hint, "Suggestion: " + (x.suggestion_text("en") or ""))}'
               "</div>" if hint else "")
            + (f"<details><summary>{both('依据', 'evidence')}</summary><table>{ev}</table></details>"
               if ev else "")
            + f'<a class="rule" href="#rule-{escape(x.code)}">{both("规则说明", "about this rule")}</a></li>')
    out.append('<div class="columns">')
    if report is not None:
        out.append(f'<div class="text" lang="zh">{_marked(report.text, findings, i)}</div>')
    out.append(f'<ol class="findings">{"".join(items)}</ol>' if items else
               f'<p class="clean">{both("没有发现问题", "no findings")}</p>')
    out.append("</div></section>")
    return "".join(out)


def _summary(f) -> str:  # type: ignore[no-untyped-def]
    r = f.result
    counts = {s: sum(1 for x in f.findings if x.severity is s) for s in Severity}
    cells = [(both("错误", "errors"), str(counts[Severity.ERROR])),
             (both("警告", "warnings"), str(counts[Severity.WARNING])),
             (both("提示", "infos"), str(counts[Severity.INFO]))]
    if r is not None:
        meta = r.report.metadata
        why = "、".join(r.jurisdiction_evidence)
        jur = (both(f"{r.jurisdiction}（依据：{why}）", f"{r.jurisdiction} (from {why})") if r.jurisdiction
               else both("未确定", "none"))
        missing = {x.code for x in f.findings}
        contents = " ".join(
            f'<span class="{"missing" if code in missing else "present"}">'
            f'{"✗" if code in missing else "✓"} {both(zh, en)}</span>'
            for code, (zh, en) in MISSING.items())
        cells = [(both("年度", "year"), escape(str(meta.year or "?"))),
                 (both("辖区", "jurisdiction"), jur),
                 (both("成文日期", "signed"), escape(meta.signing_date.date.isoformat()) if meta.signing_date
                  else "—"),
                 (both("公开日期", "published"), escape(meta.published.isoformat()) if meta.published else "—"),
                 (both("五项内容", "five contents"), contents)] + cells
        if r.outline is not None:
            row = " ".join(f'<span class="{"present" if c.covered else "missing"}" title="{escape(c.title)}">'
                           f'{"✓" if c.covered else "✗"}{_CN[c.chapter]}</span>' for c in r.outline)
            cells.insert(5, (both("纲要九项任务", "纲要 chapters"), row))
    rows = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in cells)
    return f'<dl class="summary">{rows}</dl>'


def _marked(text: str, findings: Sequence[Finding], i: int) -> str:
    """The text with each finding's span in a <mark>; overlapping spans split into
    pieces that each carry every finding covering them."""
    spans = [(x.span.start, x.span.end, f"r{i}f{n}", x.severity) for n, x in enumerate(findings)
             if x.span is not None and x.span.end > x.span.start]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    first = set()
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        on = [(fid, sev) for s, e, fid, sev in spans if s <= a and b <= e]
        if not on:
            out.append(piece)
            continue
        worst = max(sev for _, sev in on).label
        ids = " ".join(fid for fid, _ in on)
        anchor = next((fid for fid, _ in on if fid not in first), None)
        first.update(fid for fid, _ in on)
        out.append(f'<mark class="{worst}" data-f="{ids}"' + (f' id="{anchor}"' if anchor else "")
                   + f">{piece}</mark>")
    return "".join(out)


def _rule_pages(files: Sequence, lang: str = "zh") -> dict[str, str]:  # type: ignore[type-arg]
    """The documentation page of every code found, as HTML (Chinese where there is a
    Chinese page and the page is Chinese)."""
    from ..._check import default_plugin_manager

    codes = {x.code for f in files for x in f.findings}
    docs = {r.code: r.doc(lang) for r in default_plugin_manager().rules() if r.code in codes}
    from ..._util.resources import resource_files

    pages = resource_files("lawgov.rules") / "docs"
    for code in codes - docs.keys():
        docs[code] = None
        for page in ([pages / "zh" / f"{code}.md"] if lang == "zh" else []) + [pages / f"{code}.md"]:
            if regex.fullmatch(r"LG\d{3}", code) and page.is_file():
                docs[code] = page.read_text("utf-8")
                break
    return {code: markdown(doc) if doc else f"<h1>{escape(code)}</h1>" for code, doc in docs.items()}


def markdown(text: str) -> str:
    """The Markdown of rule pages as HTML: headings, paragraphs, lists, fenced code,
    ``code`` and **bold** (everything escaped first).

    >>> markdown("# LG1 x\\n\\nSome **bold** `code`.\\n\\n- a\\n- b")
    '<h1>LG1 x</h1><p>Some <b>bold</b> <code>code</code>.</p><ul><li>a</li><li>b</li></ul>'
    """
    def inline(s: str) -> str:
        s = escape(s)
        s = regex.sub(r"`([^`]+)`", r"<code>\1</code>", s)
        return regex.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)

    out, para, items, code = [], [], [], None
    def flush():  # noqa: E306 - a closure over the lists above
        if para:
            out.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{inline(x)}</li>" for x in items) + "</ul>")
            items.clear()
    for line in text.split("\n"):
        if code is not None:
            if line.startswith("```"):
                out.append(f"<pre>{escape(chr(10).join(code))}</pre>")
                code = None
            else:
                code.append(line)
        elif line.startswith("```"):
            flush()
            code = []
        elif m := regex.match(r"(#{1,4})\s+(.*)", line):
            flush()
            out.append(f"<h{len(m.group(1))}>{inline(m.group(2))}</h{len(m.group(1))}>")
        elif m := regex.match(r"\s*[-*]\s+(.*)", line):
            if para:
                flush()
            items.append(m.group(1))
        elif not line.strip():
            flush()
        elif items and line.startswith("  "):
            items[-1] += " " + line.strip()
        else:
            para.append(line.strip())
    flush()
    return "".join(out)


CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;
 background:#f6f6f4}
header{display:flex;gap:1em;align-items:baseline;padding:.6em 1.2em;background:#1f3b5a;color:#fff}
header h1{font-size:1.2em;margin:0}header button{margin-left:auto}
.lang-zh .en,.lang-en .zh{display:none}
section{padding:0 1.2em 1em}h2{font-size:1.05em;word-break:break-all}
.summary{display:flex;flex-wrap:wrap;gap:.3em 1.6em;margin:.5em 0}.summary div{display:flex;gap:.4em}
.summary dt{color:#666}.summary dd{margin:0}
.present{color:#2a7a2a}.missing{color:#b00020;font-weight:bold}
.filters{display:flex;gap:1em;align-items:center;margin:.4em 0}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(18em,2fr);gap:1em;align-items:start}
.text{white-space:pre-wrap;line-height:1.9;background:#fff;padding:1em 1.2em;border:1px solid #ddd;
 max-height:80vh;overflow:auto;font-size:15px}
mark{background:#fff3c4;border-bottom:2px solid #d4a000;cursor:pointer;padding:0 1px}
mark.error{background:#ffd9dc;border-color:#c4001d}mark.warning{background:#ffe9c7;border-color:#d97800}
mark.info{background:#ddeeff;border-color:#2d6fb8}mark.dim{background:none;border-color:transparent}
mark.flash{outline:3px solid #1f3b5a}
.findings{list-style:none;margin:0;padding:0;max-height:80vh;overflow:auto}
.finding{background:#fff;border:1px solid #ddd;border-left:5px solid #999;margin:0 0 .5em;padding:.5em .7em;
 cursor:pointer}
.finding.error{border-left-color:#c4001d}.finding.warning{border-left-color:#d97800}
.finding.info{border-left-color:#2d6fb8}.finding.flash{outline:3px solid #1f3b5a}
.finding .sev{font-size:.85em}.finding .where{color:#666;font-size:.85em}
.error .sev,label.error{color:#c4001d}.warning .sev,label.warning{color:#b36200}
.info .sev,label.info{color:#2d6fb8}
.hint{color:#333;margin-top:.3em}.finding table{font-size:.85em}.finding th{text-align:left;padding-right:1em}
.rule{font-size:.85em}.hidden-f{display:none}
#reports{border-collapse:collapse;background:#fff;width:100%}
#reports th,#reports td{border:1px solid #ddd;padding:.3em .6em;text-align:left}
#reports th{cursor:pointer;background:#eef1f5}#reports th.asc::after{content:" ▲"}
#reports th.desc::after{content:" ▼"}
.rule-page{display:none}.rule-page:target{display:block;position:fixed;inset:5vh 10vw;background:#fff;
 overflow:auto;border:1px solid #888;box-shadow:0 4px 30px #0005;padding:1em 2em;z-index:10}
.rule-page pre{background:#f3f3f3;padding:.6em;white-space:pre-wrap}.close{float:right;font-size:1.5em}
.clean{color:#2a7a2a}
.downloads{padding:.4em 1.2em}.downloads a{margin-right:.8em}
@media (max-width:800px){.columns{grid-template-columns:1fr}}
"""

_JS = """
(function(){
var body=document.body;
document.getElementById('lang').addEventListener('click',function(){
  var en=body.classList.toggle('lang-en');body.classList.toggle('lang-zh',!en);
  document.documentElement.lang=en?'en':'zh-CN';
  document.querySelectorAll('option[data-zh]').forEach(function(o){o.textContent=o.dataset[en?'en':'zh'];});});
function flash(el){el.classList.add('flash');setTimeout(function(){el.classList.remove('flash');},1200);}
document.querySelectorAll('.finding').forEach(function(li){
  li.addEventListener('click',function(ev){
    if(ev.target.closest('a,summary,details'))return;
    var t=li.getAttribute('data-target');if(!t)return;
    var m=document.getElementById(t);if(m){m.scrollIntoView({block:'center'});flash(m);}});});
document.querySelectorAll('mark[data-f]').forEach(function(m){
  m.addEventListener('click',function(){
    var id=m.getAttribute('data-f').split(' ')[0];var li=document.getElementById('item-'+id);
    if(li){li.scrollIntoView({block:'center'});flash(li);}});});
document.querySelectorAll('section.report').forEach(function(sec){
  function apply(){
    var sevs={};sec.querySelectorAll('.filters input').forEach(function(c){sevs[c.dataset.sev]=c.checked;});
    var code=sec.querySelector('.code-filter').value;
    sec.querySelectorAll('.finding').forEach(function(li){
      var show=sevs[li.dataset.sev]&&(!code||li.dataset.code===code);
      li.classList.toggle('hidden-f',!show);
      var t=li.getAttribute('data-target');
      if(t)sec.querySelectorAll('mark[data-f~="'+t+'"]').forEach(function(m){m.dataset['h'+t]=show?'1':'0';});});
    sec.querySelectorAll('mark[data-f]').forEach(function(m){
      var any=m.getAttribute('data-f').split(' ').some(function(t){return m.dataset['h'+t]!=='0';});
      m.classList.toggle('dim',!any);});}
  sec.querySelectorAll('.filters input,.code-filter').forEach(function(c){
    c.addEventListener('change',apply);});});
function route(){
  var reports=document.querySelectorAll('section.report');if(reports.length<2)return;
  var h=location.hash.slice(1);var open=h.indexOf('report-')===0?h:null;
  reports.forEach(function(s){s.hidden=s.id!==open;});
  var batch=document.getElementById('batch');if(batch)batch.hidden=!!open;
  if(open)window.scrollTo(0,0);}
window.addEventListener('hashchange',function(){if(location.hash.indexOf('#rule-')!==0)route();});route();
var table=document.getElementById('reports');
if(table)table.querySelectorAll('th').forEach(function(th){
  function sort(){
    var col=+th.dataset.col;var asc=!th.classList.contains('asc');
    table.querySelectorAll('th').forEach(function(o){o.classList.remove('asc','desc');});
    th.classList.add(asc?'asc':'desc');
    var rows=Array.prototype.slice.call(table.tBodies[0].rows);
    rows.sort(function(a,b){
      var x=a.cells[col].dataset.sort,y=b.cells[col].dataset.sort;
      var nx=parseFloat(x),ny=parseFloat(y);
      var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');return asc?c:-c;});
    rows.forEach(function(r){table.tBodies[0].appendChild(r);});}
  th.addEventListener('click',sort);
  th.addEventListener('keydown',function(e){if(e.key==='Enter')sort();});});
})();
"""
