"""Which codes run: ``--select`` and ``--ignore`` prefixes, the most specific wins."""

from __future__ import annotations

from collections.abc import Sequence


def selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Whether ``code`` runs: the longest matching prefix of ``select`` and
    ``ignore`` wins (flake8's rule); with no ``select`` everything is selected.

    >>> selected("LG103", ["LG1"], ["LG10"]), selected("LG103", ["LG103"], ["LG1"])
    (False, True)
    """
    sel = max((len(p) for p in select if code.startswith(p)), default=-1 if select else 0)
    ign = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return sel >= 0 and sel > ign
