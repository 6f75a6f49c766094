"""Small pieces every part of the reviewer's page uses."""

from __future__ import annotations

from html import escape

#: How a content's state is marked.
MARK = {"present": "✓", "missing": "✗", "partial": "△", "unchecked": "—"}
#: The class (colour) of each state.
CLASS = {"present": "present", "missing": "missing", "partial": "missing", "unchecked": "unchecked"}


def both(zh: str | None, en: str | None) -> str:
    """Both languages, one shown at a time (escaped)."""
    zh, en = zh or "", en or zh or ""
    if zh == en:
        return escape(zh)
    return f'<span class="zh">{escape(zh)}</span><span class="en">{escape(en)}</span>'


def lacking(c, en: bool = False) -> str:  # type: ignore[no-untyped-def]
    """A content's name, with what it lacks when it is partial (不足和原因（未分析原因）)."""
    if en:
        return f"{c.name_en} ({c.note_en})" if c.note_en else c.name_en
    return f"{c.name}（{c.note}）" if c.note else c.name
