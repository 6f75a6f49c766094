"""Web pages: the article body of a government portal page, and its metadata.

Parsing is done by selectolax (the lexbor engine: an HTML5 parser in C that never
fetches anything and expands no external entities), imported only when a page is
read. Decoding is ours (a page's declared gb2312/gbk is read as gb18030, its
superset), because every bytes path of the parsers we measured failed on some page
(docs/formats.md). The article body is found by the content containers that portal
templates use (TRS ``#zoom``/``.TRS_Editor``, ``#UCAP-CONTENT``…) and, failing those,
by descending from ``<body>`` while one child keeps most of the text that is not link
text. Metadata comes from the ``<meta>`` set of the 政府网站发展指引 (ArticleTitle and
PubDate; the issuer is read from the report's own text), a visible 发布时间/发布日期
line and ``<title>``.
"""

from __future__ import annotations

import datetime as _dt

import regex
from attrs import frozen

from .._errors import InputProblem
from .._util.text import Pattern, ymd
from .decode import decode
from .source import Source, extracted

#: Content containers of common portal templates, most specific first.
_CONTAINERS = ("#zoom", "#Zoom", ".TRS_Editor", "#UCAP-CONTENT", ".article-content", ".article_content",
               ".pages_content", "#articleContent", ".view.TRS_UEDITOR", ".zw", "#content", ".content",
               "article")
#: Elements that are never the article: scripts, forms, page furniture.
_DROP = ("script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "form",
         "aside", "select", "button", "input", "textarea", "object", "embed", "svg")
_BLOCK = frozenset(("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                    "ol", "table", "tbody", "thead", "tr", "blockquote", "pre", "center", "dd", "dt",
                    "dl", "figure", "figcaption", "main", "body", "hr"))
#: Lines of page furniture that sit inside article containers on some portals.
_FURNITURE = Pattern(
    r"^\s*[【\[]?\s*(打印本页|打印|关闭窗口|关闭|返回顶部|收藏|分享到|分享)\s*[】\]]?\s*$"
    r"|^\s*(字体|字号)\s*[:：]\s*[大中小\s]+$|^\s*(浏览次数|访问量|阅读次数)\s*[:：]"
    r"|^\s*(分享到|相关(文章|链接|阅读|新闻))\s*[:：]?")
_CHARSET = Pattern(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
_DATE = Pattern(r"(20\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_VISIBLE_DATE = Pattern(r"(?:发布时间|发布日期|公开日期|发表时间)\s*[:：]\s*"
                        r"(20\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")
#: Deepest element nesting followed; deeper markup is read as flat text.
MAX_DEPTH = 200
#: Pages whose tags open this deep are refused before parsing: HTML parsers take
#: time quadratic in nesting (lexbor: 10 s at 100,000 levels), real pages stay below 100.
MAX_NESTING = 5000
_TAG = Pattern(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr", "p", "li", "td", "tr", "th", "option"))


def nesting(html: str) -> int:
    """How deep the page's tags open, counted without parsing (elements that close
    themselves or are closed implicitly do not count).

    >>> nesting("<div><div><p>x<br></div></div>")
    2
    """
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(3) or m.group(2).lower() in _VOID:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


@frozen
class Page:
    """What a web page says besides its article text."""

    title: str | None = None
    published: _dt.date | None = None
    #: Where ``published`` was read: ``meta PubDate``, ``发布时间 line`` …
    published_from: str | None = None


def charset(raw: bytes) -> str | None:
    """The page's declared charset, as a codec to decode it with (gb2312/gbk →
    gb18030), or None when it declares none."""
    m = _CHARSET.search(raw[:4096])
    if m is None:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
        return "gb18030"
    if name in ("utf-8", "utf8"):
        return "utf-8"
    return None


def extract(html: str) -> tuple[str, Page]:
    """The article text of a page (paragraphs and headings one per line, table rows
    with cells joined by `` | ``) and its metadata."""
    from selectolax.lexbor import LexborHTMLParser

    if nesting(html) > MAX_NESTING:
        raise ValueError(f"tags nested more than {MAX_NESTING} levels deep")
    tree = LexborHTMLParser(html)
    page = _page(tree)
    for tag in _DROP:
        for node in tree.css(tag):
            node.decompose()
    root = _container(tree)
    text = _text(root) if root is not None else ""
    lines = [ln for ln in (" ".join(part.split()) for part in text.split("\n"))
             if ln and not _FURNITURE.search(ln)]
    if page.title and lines and not any(_same_title(page.title, ln) for ln in lines[:3]):
        lines.insert(0, page.title)
    return "\n".join(lines) + "\n", page


def _same_title(title: str, line: str) -> bool:
    a, b = "".join(title.split()), "".join(line.split())
    return bool(a) and (a in b or b in a and len(b) >= 8)


def _meta(tree, name: str) -> str | None:
    for node in tree.css("meta"):
        attrs = node.attributes
        if (attrs.get("name") or attrs.get("property") or "").lower() == name.lower():
            value = (attrs.get("content") or "").strip()
            return value or None
    return None


def _date(text: str | None) -> _dt.date | None:
    m = _DATE.search(text or "")
    return None if m is None else ymd(m)


def _page(tree) -> Page:
    title = _meta(tree, "ArticleTitle")
    if title is None:
        node = tree.css_first("title")
        raw = node.text(strip=True) if node is not None else ""
        # 示例镇关于…的报告_示例县人民政府: the site name follows a separator
        title = regex.split(r"\s*[_|｜—–-]{1,2}\s*", raw)[0].strip() or None if raw else None
    published, source = _date(_meta(tree, "PubDate")), "meta PubDate"
    if published is None:
        body = tree.body
        found = _VISIBLE_DATE.search(body.text(separator="\n") if body is not None else "")
        published, source = (_date(found.group(1)), "发布时间 line") if found else (None, None)
    return Page(title=title, published=published, published_from=source if published else None)


def _score(node) -> int:
    """Text length with link text counted against it (navigation is mostly links)."""
    links = sum(len(a.text(strip=True)) for a in node.css("a"))
    return len(node.text(strip=True)) - 3 * links


def _container(tree):
    for selector in _CONTAINERS:
        nodes = [n for n in tree.css(selector) if _score(n) >= 100]
        if nodes:
            return max(nodes, key=_score)
    node = tree.body
    if node is None:
        return None
    for _ in range(MAX_DEPTH):
        total = _score(node)
        best = max((c for c in node.iter() if c.tag in _BLOCK), key=_score, default=None)
        if best is None or _score(best) < 0.75 * total:
            break
        node = best
    return node


def _text(root) -> str:
    """Text of an element with line breaks where blocks end; iterative, so deep
    markup cannot exhaust the stack."""
    out: list[str] = []
    stack = [(root, False, 0)]
    while stack:
        node, leaving, depth = stack.pop()
        tag = node.tag
        if leaving:
            out.append("\n" if tag in _BLOCK else " | " if tag in ("td", "th") else "")
            continue
        if tag == "-text":
            out.append(_flow(node.text_content or ""))
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag in _BLOCK:
            out.append("\n")
        stack.append((node, True, depth))
        if depth < MAX_DEPTH:
            children = list(node.iter(include_text=True))
            stack.extend((c, False, depth + 1) for c in reversed(children))
        else:
            out.append(node.text(deep=True))
    text = "".join(out)
    return regex.sub(r"(?: \| )+\n", "\n", text)


_WRAP = Pattern(r"(?P<join>(?<=\p{Han})[ \t]*[\r\n][ \t\r\n]*(?=\p{Han}))|[ \t\r\n]+")


def _flow(text: str) -> str:
    """Source line breaks inside a text node: nothing between two Chinese characters,
    one space elsewhere."""
    return _WRAP.sub(lambda m: "" if m.group("join") else " ", text)


def html_source(path: str, raw: bytes) -> Source:
    declared = charset(raw)
    page_text = raw.decode(declared, errors="replace") if declared else decode(raw, path).text
    try:
        text, page = extract(page_text)
    except ImportError:
        raise InputProblem("LG006", path, "读取网页需要 selectolax：pip install selectolax",
                           "reading web pages needs selectolax: pip install selectolax") from None
    except ValueError as exc:
        raise InputProblem("LG007", path, f"网页结构异常，已拒绝读取（{exc}）",
                           f"suspicious web page, refused ({exc})") from None
    return extracted(path, text, f"html/{declared or 'detected'}", published=page.published,
                     published_from=page.published_from)
