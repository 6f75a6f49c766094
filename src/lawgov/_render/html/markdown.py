"""Rule pages (Markdown) as HTML."""

from __future__ import annotations

from html import escape

import regex


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
