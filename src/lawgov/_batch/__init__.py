"""Batch: many files at once, as the command line and the web page check them.

:func:`check_paths` is the public entry (``lawgov.check_paths``): folders are
searched for reports, the configuration file applies, each report is paired with
its issuer's report of the year before (``previous``), paragraphs copied between the
batch's reports are found (LG406), a baseline hides known findings, and ``jobs``
worker processes share the work; results come in input order.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

from attrs import evolve, field, frozen

from .._check import RULE_TIMEOUT, default_plugin_manager, selected, validate_jurisdiction
from .._check.codes import every_code
from .._errors import InputProblem, UsageError
from .._util.text import printable
from .._model import FileResult
from .._parse import parse_source
from .._read import DEFAULT_MAX_BYTES, expand_paths, read
from . import baseline as _baseline, config as _config, parallel
from .copies import Copy, CopyIndex, batch_copies
from .job import Job, check_path
from .previous import previous_index
from .spool import Spool, read_and_sketch

__all__ = ["MAX_JOBS", "Batch", "BatchOptions", "check_paths"]

T = TypeVar("T")

#: Most worker processes a batch may start.
MAX_JOBS = max(4, 4 * (os.cpu_count() or 1))


def _codes(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """Code prefixes from a list or a comma-separated string, upper-cased."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    return tuple(c.strip().upper() for c in items if c.strip())


@frozen(kw_only=True)
class BatchOptions:
    """How to check a batch; every field has the default of ``lawgov check``.

    ``select``/``ignore`` are code prefixes (a list, or a comma-separated string);
    left as None, the configuration file's apply, else every rule runs.
    ``previous`` is last year's report, or a folder of last year's reports to pair
    each report with its issuer's. ``config`` names a configuration file (lawgov.toml
    or a pyproject.toml with ``[tool.lawgov]``); left as None, the one found above
    the first path applies, unless ``isolated``.
    """

    select: tuple[str, ...] | None = field(default=None, converter=_codes)
    ignore: tuple[str, ...] | None = field(default=None, converter=_codes)
    #: A jurisdiction's name, or ``"none"`` for national rules only; None: detected.
    jurisdiction: str | None = None
    #: Plugins not to load (``-p no:NAME``).
    blocked: tuple[str, ...] = field(default=(), converter=lambda v: tuple(sorted(v)))
    previous: str | None = None
    #: When the reports were published, for files that do not say.
    published: _dt.date | None = None
    #: A baseline file (``--write-baseline``): its findings are not reported again.
    baseline: str | None = None
    config: str | None = None
    isolated: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    #: Whether web addresses on this machine or a local network may be fetched
    #: (``--allow-private-urls``).
    allow_private_urls: bool = False
    #: Seconds one rule may take on one report (None or 0: no limit).
    rule_timeout: float | None = RULE_TIMEOUT
    #: Worker processes (1: check in this process).
    jobs: int = 1


class Batch:
    """A batch made ready to run: options resolved against the configuration,
    checked, and what every file needs read once. ``paths`` are the files to check
    (folders searched); ``names`` what the results call them."""

    def __init__(self, paths: Sequence[str], options: BatchOptions | None = None,
                 names: Sequence[str] | None = None) -> None:
        options = options or BatchOptions()
        if options.isolated and options.config:
            raise UsageError("--config and --isolated exclude each other", "--config 与 --isolated 不能同时使用")
        if not 1 <= options.jobs <= MAX_JOBS:
            raise UsageError(f"--jobs must be between 1 and {MAX_JOBS}", f"--jobs 应在 1 到 {MAX_JOBS} 之间")
        self.config = _load_config(options, paths)
        select = options.select if options.select is not None else self.config.select or ()
        ignore = options.ignore if options.ignore is not None else self.config.ignore or ()
        jurisdiction = options.jurisdiction or self.config.jurisdiction
        self.pm = default_plugin_manager(options.blocked)
        known = {r.code for r in every_code(self.pm.rules())}
        for what, codes in (("select", select), ("ignore", ignore)):
            _known_prefixes(codes, known, what)
        validate_jurisdiction(jurisdiction, self.pm)
        self.paths = expand_paths(paths) if names is None else list(paths)
        self.names = [printable(name) for name in (names if names is not None else self.paths)]
        self.options = options
        self.parallel = options.jobs > 1 and len(self.paths) > 1 and "-" not in self.paths
        self.method = parallel.start_method()  # before this batch starts any thread
        job = Job(select=select, ignore=ignore, jurisdiction=jurisdiction, blocked=options.blocked,
                  max_bytes=options.max_bytes, private_urls=options.allow_private_urls,
                  published=options.published, rule_timeout=options.rule_timeout,
                  config=self.config, baseline=_baseline.load(options.baseline) if options.baseline else None)
        self.job = _with_previous(job, options.previous)
        #: Whether paragraphs copied between the batch's files are looked for (LG406).
        self.copies = len(self.paths) > 1 and selected("LG406", select, ignore)

    @property
    def rules(self) -> list[Any]:
        """Every rule and code the batch may report (for SARIF and rule pages)."""
        return every_code(self.pm.rules())

    def results(self, then: Callable[[FileResult], T] | None = None) -> Iterator[FileResult] | Iterator[T]:
        """Each file's result in input order; with ``then``, what ``then(result)``
        returns (computed in the worker process: only that crosses back).

        Every input is read once. When the batch looks for copies between its files,
        a first pass reads each file and sketches its paragraphs, keeping what it read
        in a temporary spool folder; the checks then work from the spool. Last year's
        reports (``previous`` a folder) are kept there too."""
        n, job = len(self.paths), self.job
        previous_dir = bool(self.options.previous and os.path.isdir(self.options.previous))
        spool = Spool() if self.copies or previous_dir else None
        try:
            if spool is not None:
                job = evolve(job, spool=spool.folder)
            if previous_dir:
                folder = spool.folder  # type: ignore[union-attr]
                job = evolve(job, previous_index=previous_index(self.options.previous, job.max_bytes, folder,
                                                                job.private_urls))
            with parallel.pool(self.parallel, self.options.jobs, self.method) as pool:
                def each(fn, *args, chunksize):  # type: ignore[no-untyped-def]
                    return pool.map(fn, *args, chunksize=chunksize) if pool else map(fn, *args)

                keys: list[str | None] = [None] * n
                copies: list[list[Copy] | None] = [None] * n
                if self.copies:
                    found = _copies(each, self.paths, self.names, spool.folder,  # type: ignore[union-attr]
                                    job.max_bytes, job.private_urls)
                    keys, copies = [str(i) for i in range(n)], [found.get(i) for i in range(n)]
                yield from each(partial(_work, job=job, then=then), self.paths, self.names, keys, copies,
                                chunksize=4)
        finally:
            if spool is not None:
                spool.close()


def _copies(each, paths: list[str], names: list[str], folder: str,  # type: ignore[no-untyped-def]
            max_bytes: int, private_urls: bool) -> dict[int, list[Copy]]:
    """The first pass: every file read into the spool and sketched; the copies between them."""
    index = CopyIndex(folder, len(paths))
    try:
        for sketched in each(partial(read_and_sketch, folder=folder, max_bytes=max_bytes,
                                     private_urls=private_urls), range(len(paths)),
                             paths, chunksize=16):
            index.add(sketched)
        return batch_copies(names, index)
    finally:
        index.close()


def _work(path: str, name: str, key: str | None, copies: list[Copy] | None, job: Job,
          then: Callable[[FileResult], Any] | None) -> Any:
    result = check_path(path, job, name if name != path else None, key=key, copies=copies)
    return result if then is None else then(result)


def check_paths(paths: Sequence[str], options: BatchOptions | None = None, *,
                names: Sequence[str] | None = None,
                then: Callable[[FileResult], T] | None = None) -> Iterator[FileResult] | Iterator[T]:
    """Check files, folders and web addresses as ``lawgov check`` does; the
    :class:`~lawgov.FileResult` of each file, in input order (folders expanded).

    An input that cannot be read gives a result with its LG0xx finding and no
    report; the other files are still checked. ``names`` (one per path, folders not
    expanded) is what the results call the files, by default their paths. ``then``
    is applied to each result where it was computed (in a worker process when
    ``options.jobs`` > 1), and what it returns is yielded instead: pass a function
    of the module level that keeps only what you need.

    :raises UsageError: the options are wrong (an unknown code prefix or
        jurisdiction, a baseline or configuration file that cannot be read, last
        year's report unreadable), before anything is checked.
    """
    return Batch(paths, options, names).results(then)


def _load_config(options: BatchOptions, paths: Sequence[str]) -> _config.Config:
    if options.isolated:
        return _config.Config()
    found = options.config or _config.find(list(paths))
    if not found:
        return _config.Config()
    if not os.path.isfile(found):
        raise UsageError(f"--config {found}: no such file", f"--config {found}：文件不存在")
    return _config.load(found)


def _known_prefixes(codes: Sequence[str], known: set[str], what: str) -> None:
    """A --select/--ignore prefix that no code starts with is a typo, not a request
    to check nothing."""
    for prefix in codes:
        if not any(code.startswith(prefix) for code in known):
            raise UsageError(f"--{what} {prefix}: no installed rule has a code starting with {prefix} "
                             "(`lawgov rules` lists them)",
                             f"--{what} {prefix}：没有以 {prefix} 开头的规则代码（`lawgov rules` 列出全部规则）")


def _with_previous(job: Job, previous: str | None) -> Job:
    """Last year's report when ``previous`` is one (a folder is indexed when the batch runs)."""
    if previous and not os.path.isdir(previous):
        try:
            source = read(previous, max_bytes=job.max_bytes, private_urls=job.private_urls)
        except InputProblem as problem:
            raise UsageError(f"--previous {previous}: {problem.message_en}",
                             f"--previous {previous}：{problem.message}") from None
        return evolve(job, previous=parse_source(source))
    return job
