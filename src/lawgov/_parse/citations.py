"""Every 《…》 title of a text, with the kind of document it names."""

from __future__ import annotations

from .._util.text import Pattern

from .._domain.laws import classify
from .._model import Citation, make_span

_TITLE = Pattern(r"《([^《》\n]{1,80})》")


def extract(text: str, starts: tuple[int, ...]) -> tuple[Citation, ...]:
    """Every 《…》 title of ``text``."""
    return tuple(Citation(m.group(1), classify(m.group(1)), make_span(starts, m.start(), m.end()))
                 for m in _TITLE.finditer(text))
