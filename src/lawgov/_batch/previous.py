"""``--previous DIR``: last year's reports, and which of them is a report's own
(same issuer, the year before), shown as LG405."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from .._check import selected
from .._check.codes import CODES
from .._domain.issuers import issuer_names, same_issuer
from .._model import Finding, Report
from .._parse import parse_source
from .._read import expand_paths
from .spool import keep, source_from


@frozen
class PreviousReport:
    """One of last year's reports: where it is, its issuer's names and its year."""

    path: str
    issuers: tuple[str, ...]
    year: int | None
    #: Its entry in the batch's spool folder (what was read, so as not to read it again).
    key: str


def previous_index(folder: str, max_bytes: int, spool: str,
                   private_urls: bool = False) -> tuple[PreviousReport, ...]:
    """Last year's reports in ``folder``, each that reads, kept in ``spool``."""
    index = []
    for i, path in enumerate(expand_paths([folder])):
        source = keep(spool, f"previous-{i}", path, max_bytes, private_urls)
        if source is not None:
            report = parse_source(source)
            index.append(PreviousReport(path, tuple(sorted(issuer_names(report))), report.metadata.year,
                                        f"previous-{i}"))
    return tuple(index)


def pair(report: Report, index: Sequence[PreviousReport], spool: str, select: Sequence[str],
         ignore: Sequence[str]) -> tuple[Report | None, tuple[Finding, ...]]:
    """Last year's report of ``report``'s issuer from ``index``, and the LG405
    finding that shows the pairing (or says there is none)."""
    names, year = issuer_names(report), report.metadata.year
    found = next((p for p in index if names and year is not None
                  and p.year == year - 1 and same_issuer(names, set(p.issuers))), None)
    match = found.path if found else None
    lg405 = CODES["LG405"]
    if not selected(lg405.code, select, ignore):
        pairing: tuple[Finding, ...] = ()
    elif match is None:
        who = "、".join(sorted(names)) or "（未识别主体）"
        pairing = (lg405.finding(
            f"在上一年度报告目录中没有找到“{who}”{year - 1 if year else '上一'}年度的报告，未做跨年度比较",
            f"no report of {'/'.join(sorted(names)) or 'this issuer'} for "
            f"{year - 1 if year else 'the previous year'} in the previous reports' folder; "
            "the cross-year checks were not run", evidence={"previous": None}),)
    else:
        pairing = (lg405.finding(f"与上一年度报告 {match} 对照", f"compared with last year's report {match}",
                                 evidence={"previous": match}),)
    if found is None:
        return None, pairing
    return parse_source(source_from(spool, found.key)), pairing
