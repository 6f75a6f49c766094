"""Who issues a report: the names a report gives for its issuer, and when two sets of
names mean one issuer (used to pair a report with last year's)."""

from __future__ import annotations

from .._util.text import lazy_pattern


_ORG_SUFFIX = lazy_pattern(r"(?:人民政府|政府|党委|委员会)$")


def issuer_names(report):
    """The issuer's names a report gives (title line and signature), suffixes dropped."""
    meta = report.metadata
    names = {_ORG_SUFFIX().sub("", t.text.strip()) for t in (meta.issuer, meta.signature) if t is not None}
    return {n for n in names if len(n) >= 2}


def same_issuer(a, b):
    """Whether two sets of issuer names name one issuer (示例镇 and 西宁市湟中区示例镇)."""
    return any(x.endswith(y) or y.endswith(x) for x in a for y in b)
