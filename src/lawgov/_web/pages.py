"""The web app's own pages: the upload form and short messages."""

from __future__ import annotations

from html import escape

from .._check import default_plugin_manager
from .._read import FORMATS
from .._render.html.assets import CSS
from .._render.html.common import both

#: What the file fields accept: every input format's file names.
_ACCEPT = ",".join(s for f in FORMATS for s in f.suffixes)
_HINT = "、".join(f"{f.label}（{'/'.join(f.suffixes)}）" for f in FORMATS)
_HINT_EN = ", ".join(f"{f.label_en} ({'/'.join(f.suffixes)})" for f in FORMATS)


def upload_page(lang: str, nonce: str) -> str:
    """The start page: upload one or many reports, or paste one."""
    jurisdictions = sorted(default_plugin_manager().jurisdictions().values(), key=lambda j: j.name)
    en = lang == "en"
    choices = [("", "自动判断", "automatic")]
    choices += [(j.name, j.label or j.province, j.label_en or j.name) for j in jurisdictions]
    choices.append(("none", "仅全国通用规则", "national rules only"))
    # an <option> holds text only: the language button swaps it from data-zh/data-en
    options = "".join(f'<option value="{escape(v)}" data-zh="{escape(zh)}" data-en="{escape(e)}">'
                      f'{escape(e if en else zh)}</option>' for v, zh, e in choices)
    return f"""<!DOCTYPE html><html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>lawgov</title>
<style nonce="{nonce}">{CSS}
form{{background:#fff;border:1px solid #ddd;padding:1.2em 1.6em;margin:1.2em;max-width:50em}}
form p{{margin:.2em 0 1.1em}}label.f{{display:block;font-weight:bold;margin-bottom:.3em}}
textarea{{width:100%;height:9em}}button.go{{font-size:1.1em;padding:.4em 2em}}</style></head>
<body class="lang-{"en" if lang == "en" else "zh"}">
<header><h1>lawgov</h1>{both("法治政府建设年度报告检查", "annual rule-of-law report check")}
<button id="lang" type="button">{both("English", "中文")}</button></header>
<form method="post" action="/check" enctype="multipart/form-data">
<input type="hidden" name="lang" id="lang-field" value="{"en" if lang == "en" else "zh"}">
<label class="f" for="file">{both("报告文件（可多选）", "report files (one or many)")}</label>
<p><input type="file" id="file" name="file" multiple
 accept="{_ACCEPT}"></p>
<p class="hint">{both(_HINT, _HINT_EN)}</p>
<label class="f" for="text">{both("或粘贴报告全文", "or paste the report")}</label>
<p><textarea id="text" name="text"></textarea></p>
<label class="f" for="previous">{both("上一年度的报告（可选）", "last year's report (optional)")}</label>
<p><input type="file" id="previous" name="previous" accept="{_ACCEPT}"></p>
<label class="f" for="jurisdiction">{both("辖区", "jurisdiction")}</label>
<p><select id="jurisdiction" name="jurisdiction">{options}</select></p>
<button class="go" type="submit">{both("检查", "Check")}</button>
</form>
<script nonce="{nonce}">
document.getElementById('lang').addEventListener('click',function(){{
  var b=document.body,en=b.classList.toggle('lang-en');b.classList.toggle('lang-zh',!en);
  document.documentElement.lang=en?'en':'zh-CN';document.getElementById('lang-field').value=en?'en':'zh';
  document.querySelectorAll('option[data-en]').forEach(function(o){{o.textContent=en?o.dataset.en:o.dataset.zh;}});}});
</script></body></html>
"""


def message_page(zh: str, en: str, nonce: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>lawgov</title>'
            f'<style nonce="{nonce}">{CSS}</style></head><body class="lang-zh">'
            "<header><h1>lawgov</h1></header>"
            f'<section><p class="missing">{both(zh, en)}</p><p><a href="/">{both("返回", "back")}</a></p>'
            "</section></body></html>")
