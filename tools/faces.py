"""Measure how lawgov reads a report's face (the realtext openings dev set).

Each file of ``../shared/realtext/openings/`` is the opening of a real published report
page as a text extractor returns it; ``index.tsv`` gives what a careful reader takes
from it. Every file is loaded as a ``.txt`` and checked, and four things are compared:

- the report year (``report_year``);
- the jurisdiction pack (the province's pack when one is installed, else none);
- the issuer: right when, with parenthetical notes, 中共/中国共产党, 人民政府 and
  委员会 (as 委) set aside, one names the other or ends with it (a county's issuer may
  be written with its city before it);
- the publication date, on the pages that show one.

Run ``python tools/accuracy.py --openings [DIR]``; ``--details`` lists each miss.
"""

from __future__ import annotations

import csv
import datetime as _dt
import pathlib
import re


def installed_packs() -> dict[str, str]:
    """The installed jurisdiction packs by their province's short name (the name the
    index gives: 青海 -> qinghai)."""
    import lawgov
    from lawgov._domain.divisions import provinces

    short = dict(provinces())
    return {short[j.province]: name for name, j in lawgov.plugin_manager().jurisdictions().items()
            if j.province in short}


def _norm(issuer: str) -> str:
    issuer = re.sub(r"[(（][^)）]*[)）]", "", issuer)
    issuer = issuer.replace("中国共产党", "").replace("中共", "").replace("委员会", "委")
    issuer = issuer.replace("人民政府", "")
    return re.sub(r"[\s、，,]+", "", issuer)


def issuer_matches(got: str | None, expected: str) -> bool:
    if not got:
        return False
    a, b = _norm(got), _norm(expected)
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)))


def measure(folder: pathlib.Path) -> dict:
    import lawgov

    with (folder / "index.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    from lawgov._domain.issuers import issuer_level

    tally = {k: [0, 0] for k in ("year", "jurisdiction", "issuer", "level", "published")}
    packs = installed_packs()
    misses = []
    for row in rows:
        report = lawgov.load(str(folder / row["file"]))
        result = lawgov.check(report)
        meta = report.metadata
        seen = {
            "year": (meta.year, int(row["report_year"]) if row["report_year"] else None),
            "jurisdiction": (result.jurisdiction, packs.get(row["province"])),
            "issuer": (meta.issuer.text if meta.issuer else None, row["issuer"]),
            "level": (issuer_level(meta.issuer.text if meta.issuer else None),
                      {"乡镇": "乡镇"}.get(row["admin_level"], row["admin_level"])),
            "published": (meta.published, _dt.date.fromisoformat(row["publication_date"])
                          if row["publication_date"] else None),
        }
        for key, (got, expected) in seen.items():
            if expected is None and key in ("year", "published"):
                continue
            tally[key][1] += 1
            right = issuer_matches(got, expected) if key == "issuer" else got == expected
            tally[key][0] += right
            if not right:
                misses.append((row["file"], key, got, expected))
    return {"pages": len(rows), "tally": tally, "misses": misses}


def report(folder: pathlib.Path, details: bool) -> int:
    m = measure(folder)
    print(f"{m['pages']} page openings")
    for key, (right, total) in m["tally"].items():
        print(f"{key:13} {right:3}/{total}")
    if details:
        for name, key, got, expected in m["misses"]:
            print(f"MISS {name} {key}: read {got!r}, expected {expected!r}")
    return 0
