"""Which province a cited local regulation belongs to.

From the table of local regulations (``data/local_titles.tsv``, built by
``tools/build_laws.py`` from the provinces a public snapshot holds) when the title is
in it, else from the place names the title starts with: a province (重庆市…, 宁夏…) or
a prefecture or county whose name only one province has (三门峡市…). A title whose
leading name several provinces share stays unattributed.
"""

from __future__ import annotations

import functools

from attrs import frozen

from .._util.resources import resource_files
from .divisions import leading_places, locate
from .laws import normalise


@frozen
class LocalTitle:
    """A local regulation of the table."""

    title: str
    province: str
    published: str
    in_force: str
    expired: bool


@functools.lru_cache(maxsize=1)
def local_titles() -> dict[str, LocalTitle]:
    """The table's titles by normalised title."""
    text = (resource_files("lawgov") / "data" / "local_titles.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            title, province, published, in_force, expired = (line.split("\t") + [""] * 5)[:5]
            out[normalise(title)] = LocalTitle(title, province, published, in_force, expired == "1")
    return out


def title_province(title: str) -> tuple[str, str] | None:
    """The province a local title belongs to and how that is known (``"table"`` or the
    leading place names, 三门峡市); None when the title names no place, or one that
    several provinces have.

    >>> title_province("三门峡市山体保护条例"), title_province("城关镇村容管理办法")
    (('河南省', 'table'), None)
    """
    t = normalise(title)
    known = local_titles().get(t)
    if known is not None:
        return known.province, "table"
    names = leading_places(t)
    found = locate(names, "") if names else None
    return (found.province, names[0]) if found is not None else None
