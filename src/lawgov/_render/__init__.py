"""Render: results to every output format (text, JSON, SARIF, CSV, GitHub
annotations, the reviewer's HTML page, Excel).

Renderers only format; they never add, drop or change findings, and never load
plugins: what they need to know of the rules comes in the :class:`RenderContext`.
Each format is a module of this package holding a ``FORMAT`` (a :class:`Format`);
the table below names them, so that a format is imported only when it is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from .._model import FileResult
from .base import Format, RenderContext

__all__ = ["FORMATS", "Format", "RenderContext", "render_files", "renderer"]

#: ``--format`` name -> the module of this package that writes it (one row a format).
FORMATS = {
    "text": "text",
    "json": "json",
    "csv": "csv",
    "github": "github",
    "sarif": "sarif",
    "html": "html",
    "xlsx": "xlsx",
    "docx": "docx",
    "notice": "notice",
}


def renderer(name: str) -> Format:
    """The format called ``name``.

    :raises ValueError: no format has that name.
    """
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r} (known: {', '.join(sorted(FORMATS))})")
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").FORMAT


def render_files(files: Sequence[FileResult], fmt: str, ctx: RenderContext | None = None) -> str | bytes:
    """``files`` in format ``fmt`` (bytes for a binary format such as xlsx)."""
    return renderer(fmt).render(files, ctx or RenderContext())
