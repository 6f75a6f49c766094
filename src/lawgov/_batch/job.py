"""One file of a batch: read, parse and check it with everything the batch knows
(last year's reports, copies between the batch's reports, the baseline)."""

from __future__ import annotations

import datetime as _dt
from collections import Counter

from attrs import evolve, frozen

from .._check import RULE_TIMEOUT, check, default_plugin_manager
from .._check.codes import CODES
from .._errors import InputProblem
from .._model import FileResult, Report
from .._parse import parse_source
from .._read import DEFAULT_MAX_BYTES, read
from .baseline import new_findings
from .config import Config
from .copies import Copy, copy_finding
from .previous import PreviousReport, pair
from .spool import source_from


@frozen(kw_only=True)
class Job:
    """What checking one file of a batch needs, resolved once for the whole batch
    (it crosses to worker processes, so it holds plain data)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    jurisdiction: str | None = None
    blocked: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Whether web addresses on this machine or a local network may be fetched.
    private_urls: bool = False
    published: _dt.date | None = None
    rule_timeout: float | None = RULE_TIMEOUT
    config: Config = Config()
    #: Last year's report for every file (``--previous FILE``) ...
    previous: Report | None = None
    #: ... or last year's reports to pair each file with (``--previous DIR``).
    previous_index: tuple[PreviousReport, ...] | None = None
    #: The baseline's known findings, by file name.
    baseline: dict[str, Counter[str]] | None = None
    #: The batch's spool folder: what a first pass read (see ``spool``).
    spool: str | None = None


def check_path(path: str, job: Job, name: str | None = None, *, key: str | None = None,
               copies: list[Copy] | None = None) -> FileResult:
    """Read, parse and check one file; input that cannot be read becomes an LG0xx
    finding. ``name`` is what the results call the file (an upload's own name), by
    default ``path``; ``key`` its entry in the spool, when a first pass read it;
    ``copies`` the reports of the batch it shares paragraphs with."""
    name = name or path
    ignore = job.ignore + job.config.ignored_for(path) if job.config.per_file_ignores else job.ignore
    known = job.baseline.get(name, Counter()) if job.baseline is not None else None
    try:
        if job.spool and key:
            source = source_from(job.spool, key)
        else:
            source = read(path, max_bytes=job.max_bytes, private_urls=job.private_urls)
    except (InputProblem, MemoryError) as exc:  # MemoryError: --max-bytes let in more than fits
        problem = exc if isinstance(exc, InputProblem) else InputProblem(
            "LG004", path, "文件过大，本机内存不足以读取", "too large to read in this machine's memory")
        found = (CODES[problem.code].finding(f"{name}：{problem.message}", f"{name}: {problem.message_en}"),)
        return FileResult(name, None, found if known is None else new_findings(found, None, known))
    if name != path:
        source = evolve(source, path=name)
    report = parse_source(source, job.published)
    previous, added = job.previous, ()
    if job.previous_index is not None:
        previous, added = pair(report, job.previous_index, job.spool or "", job.select, ignore)
    result = check(report, jurisdiction=job.jurisdiction, select=job.select, ignore=ignore, previous=previous,
                   pm=default_plugin_manager(job.blocked), rule_timeout=job.rule_timeout or None)
    if copies:
        added += (copy_finding(copies),)
    if added:
        result = evolve(result, findings=added + result.findings)
    if known is not None:
        result = evolve(result, findings=new_findings(result.findings, report, known))
    return FileResult(name, result)
