"""Command line: ``lawgov check|rules|explain|jurisdictions``.

Exit status (DESIGN §7): 0 nothing at or above ``--fail-on``; 1 findings at or
above it; 2 usage error; 3 internal error (a plugin or rule failed).
"""

from __future__ import annotations

import argparse
import contextlib
import enum
import os
import sys
from collections.abc import Sequence
import functools
from functools import partial

import regex
from attrs import evolve

from .._batch import baseline as _baseline
from .._check import RULE_TIMEOUT, check, default_plugin_manager, selected
from .._model import Finding, Severity
from .._parse import parse_source
from .._errors import UsageError
from .._read import DEFAULT_MAX_BYTES, read
from .._errors import InputProblem
from .._render import RENDERERS, Stream
from .._model import FileResult

_SUFFIXES = (".txt", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps")


class ExitCode(enum.IntEnum):
    #: No finding at or above ``--fail-on``.
    OK = 0
    #: Findings at or above ``--fail-on``.
    FINDINGS = 1
    #: The command line was wrong.
    USAGE_ERROR = 2
    #: A plugin or rule failed, or lawgov itself did.
    INTERNAL_ERROR = 3


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors led in Chinese unless the command line asks for English."""

    en = False

    def _get_formatter(self) -> argparse.HelpFormatter:
        # the width as shutil.get_terminal_size finds it, without importing shutil
        # (argparse would, for about 2 ms): COLUMNS, else the terminal, else 80
        try:
            width = int(os.environ.get("COLUMNS", "0"))
        except ValueError:
            width = 0
        if width <= 0:
            try:
                width = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (OSError, ValueError, AttributeError):
                width = 80
        return self.formatter_class(prog=self.prog, width=max(width - 2, 40))

    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        lead = "error" if self.en else "命令行参数有误"
        self.exit(2, f"{self.prog}: {lead}: {message}\n")


def main_parser(prog: str = "lawgov", en: bool = False) -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    _Parser.en = en
    parser = _Parser(
        prog=prog, description="Check annual rule-of-law reports (法治政府建设年度报告).")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("-p", dest="plugins", action="append", default=[], metavar="no:NAME",
                       help="block a plugin by name before it is loaded (repeatable)")
        p.add_argument("--lang", choices=("zh", "en"), default="zh",
                       help="language of messages (default: %(default)s)")

    c = sub.add_parser("check", help="check report files")
    c.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, directories, web addresses, or - for standard input")
    c.add_argument("--format", choices=sorted(RENDERERS), default="text",
                   help="output format (default: %(default)s)")
    c.add_argument("-o", "--output", metavar="FILE",
                   help="write the output to FILE (default: standard output)")
    c.add_argument("--jurisdiction", metavar="NAME",
                   help="use this jurisdiction instead of detecting it (none: national rules only)")
    c.add_argument("--select", metavar="CODES", help="comma-separated code prefixes to run (default: all)")
    c.add_argument("--ignore", metavar="CODES", help="comma-separated code prefixes to skip (default: none)")
    c.add_argument("--previous", metavar="PATH",
                   help="last year's report, or a folder of last year's reports, for the cross-year rules")
    c.add_argument("--published", metavar="DATE",
                   help="the date the report was published (YYYY-MM-DD), for a file that does not carry it")
    c.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                   help="exit 1 when a finding is at least this severe (default: error)")
    c.add_argument("--config", metavar="FILE",
                   help="read settings from FILE (lawgov.toml, or a pyproject.toml with [tool.lawgov])")
    c.add_argument("--write-baseline", metavar="FILE",
                   help="record today's findings in FILE (check later runs against it with --baseline)")
    c.add_argument("--baseline", metavar="FILE", help="report only findings that FILE does not record")
    c.add_argument("--isolated", action="store_true",
                   help="ignore configuration files; use only the command line")
    c.add_argument("--rule-timeout", type=float, default=RULE_TIMEOUT, metavar="SECONDS",
                   help="time one rule may take on one report before it is stopped and reported as LG904 "
                        "(0: no limit; default: %(default)s)")
    c.add_argument("--jobs", type=int, default=1, metavar="N",
                   help=f"check files in N processes, at most {MAX_JOBS} (default: %(default)s)")
    c.add_argument("--max-bytes", type=_byte_count, default=DEFAULT_MAX_BYTES, metavar="N",
                   help="largest input accepted, in bytes (default: %(default)s)")
    common(c)
    r = sub.add_parser("rules", help="list every rule with its plugin and severity")
    common(r)
    e = sub.add_parser("explain", help="print a rule's documentation")
    e.add_argument("code", help="a rule code such as LG201")
    sv = sub.add_parser("serve", help="run the web page for reviewers (needs lawgov[web])")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    sv.add_argument("--port", type=int, default=8000, help="port to listen on (default: %(default)s)")
    sv.add_argument("--max-bytes", type=_byte_count, default=DEFAULT_MAX_BYTES, metavar="N",
                    help="largest upload accepted per file, in bytes (default: %(default)s)")
    common(e)
    j = sub.add_parser("jurisdictions", help="list installed jurisdictions")
    common(j)
    return parser


def _blocked(args: argparse.Namespace) -> tuple[str, ...]:
    names = []
    for value in args.plugins:
        if not value.startswith("no:") or len(value) <= 3:
            raise UsageError(f"-p expects no:NAME, got {value!r}", f"-p 的写法是 no:插件名，收到的是 {value!r}")
        names.append(value[3:])
    return tuple(sorted(names))


def _expand(paths: Sequence[str]) -> list[str]:
    """Files to check: directories are searched for report files. A directory with none,
    or one that cannot be read, stays in the list, so that it becomes an LG001 finding
    and the other files are still checked."""
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            unreadable: list[str] = []
            walk = os.walk(path, onerror=lambda e: unreadable.append(e.filename))
            found = sorted(os.path.join(d, f) for d, _, fs in walk for f in fs
                           if f.lower().endswith(_SUFFIXES))
            out.extend(found or [path])
            out.extend(u for u in unreadable if u != path or found)
        else:
            out.append(path)
    return out


#: Exit status when the output's reader closed the pipe (128 + SIGPIPE, as a shell reports it).
BROKEN_PIPE = 141
#: Exit status after Ctrl-C (128 + SIGINT) and after SIGTERM (128 + SIGTERM).
INTERRUPTED, TERMINATED = 130, 143
#: Most worker processes a run may start.
MAX_JOBS = max(4, 4 * (os.cpu_count() or 1))
#: Largest --max-bytes accepted (the readers hold a whole input in memory).
MAX_BYTES_LIMIT = 1 << 31


def _byte_count(value: str) -> int:
    """``--max-bytes``: a whole number of bytes from 1 to 2 GiB."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of bytes") from None
    if not 1 <= n <= MAX_BYTES_LIMIT:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and {MAX_BYTES_LIMIT} bytes")
    return n


def _date_option(value: str | None):
    """``--published`` as a date (YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日)."""
    if value is None:
        return None
    import datetime

    m = regex.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", value)
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        pass
    raise UsageError(f"--published {value!r}: not a date (use YYYY-MM-DD)",
                     f"--published {value!r}：不是日期（请用 YYYY-MM-DD）")


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


def check_file(path: str, options: dict, name: str | None = None) -> FileResult:  # type: ignore[type-arg]
    """Read, parse and check one file; unreadable input becomes an LG0xx finding.
    ``name`` is what the results call the file (an upload's own name), by default ``path``."""
    name = name or path
    config = options.get("config")
    if config is not None and config.per_file_ignores:
        options = {**options, "ignore": options["ignore"] + config.ignored_for(path)}
    try:
        source = read(path, max_bytes=options["max_bytes"])
    except InputProblem as problem:
        found = (Finding(problem.code, "input", Severity.ERROR, f"{name}：{problem.message}",
                         f"{name}: {problem.message_en}"),)
        known = options.get("baseline")
        if known is not None:
            from .._batch.baseline import new_findings

            found = new_findings(found, None, known.get(name, {}))
        return FileResult(name, None, found)
    if name != path:
        source = evolve(source, path=name)
    report = parse_source(source, options.get("published"))
    pm = default_plugin_manager(options["blocked"])
    previous, pairing = options.get("previous"), ()
    if options.get("previous_dir") is not None:
        previous, pairing = _pair(report, options["previous_dir"], options)
    result = check(report, jurisdiction=options["jurisdiction"], select=options["select"],
                   ignore=options["ignore"], previous=previous, pm=pm,
                   rule_timeout=options.get("rule_timeout", RULE_TIMEOUT) or None)
    copies = options.get("copies", {}).get(path)
    if copies:
        pairing += (_copy_finding(copies),)
    if pairing:
        result = evolve(result, findings=pairing + result.findings)
    known = options.get("baseline")
    if known is not None:
        from .._batch.baseline import new_findings

        result = evolve(result, findings=new_findings(result.findings, report, known.get(name, {})))
    return FileResult(name, result)


@functools.cache
def _documented() -> frozenset[str]:
    """Codes with a page, rules or not: input (LG0xx), batch (LG405, LG406), internal (LG9xx)."""
    from .._util.resources import resource_files

    docs = resource_files("lawgov.rules") / "docs"
    return frozenset(p.name[:-3] for p in docs.iterdir() if p.name.endswith(".md"))


def _settings(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The configuration that applies, with the command line's options on top."""
    from .._batch import config as _config

    if args.isolated and args.config:
        raise UsageError("--config and --isolated exclude each other", "--config 与 --isolated 不能同时使用")
    config = _config.Config()
    if not args.isolated:
        found = args.config or _config.find(args.paths)
        if found:
            if not os.path.isfile(found):
                raise UsageError(f"--config {found}: no such file", f"--config {found}：文件不存在")
            config = _config.load(found)
    args.select = args.select if args.select is not None else ",".join(config.select or ())
    args.ignore = args.ignore if args.ignore is not None else ",".join(config.ignore or ())
    args.fail_on = args.fail_on or config.fail_on or "error"
    args.jurisdiction = args.jurisdiction or config.jurisdiction
    return config


def _known_prefixes(codes: tuple[str, ...], pm, what: str) -> None:  # type: ignore[no-untyped-def]
    """A --select/--ignore prefix that no installed rule or input code starts with is a
    typo, not a request to check nothing."""
    known = {r.code for r in pm.rules()} | _documented()
    for prefix in codes:
        if not any(code.startswith(prefix) for code in known):
            raise UsageError(f"--{what} {prefix}: no installed rule has a code starting with {prefix} "
                             "(`lawgov rules` lists them)",
                             f"--{what} {prefix}：没有以 {prefix} 开头的规则代码（`lawgov rules` 列出全部规则）")


def _run_check(args: argparse.Namespace) -> int:
    config = _settings(args)
    blocked = _blocked(args)
    pm = default_plugin_manager(blocked)
    _known_prefixes(_codes(args.select), pm, "select")
    _known_prefixes(_codes(args.ignore), pm, "ignore")
    if args.jurisdiction and args.jurisdiction not in ("none", "national") \
            and args.jurisdiction not in pm.jurisdictions():
        known = ", ".join(sorted(pm.jurisdictions())) or "none installed"
        raise UsageError(f"unknown jurisdiction {args.jurisdiction!r} (installed: {known})",
                         f"未知的辖区 {args.jurisdiction!r}（已安装：{known}）")
    if not 1 <= args.jobs <= MAX_JOBS:
        raise UsageError(f"--jobs must be between 1 and {MAX_JOBS}", f"--jobs 应在 1 到 {MAX_JOBS} 之间")
    paths = _expand(args.paths)
    parallel = args.jobs > 1 and len(paths) > 1 and "-" not in paths
    previous = previous_dir = None
    if args.previous and os.path.isdir(args.previous):
        previous_dir = _previous_index(args.previous, args.max_bytes)
    elif args.previous:
        try:
            prev = read(args.previous, max_bytes=args.max_bytes)
        except InputProblem as problem:
            raise UsageError(f"--previous {args.previous}: {problem.message_en}",
                             f"--previous {args.previous}：{problem.message}") from None
        previous = parse_source(prev)
    options = {"blocked": blocked, "jurisdiction": args.jurisdiction, "select": _codes(args.select),
               "ignore": _codes(args.ignore), "max_bytes": args.max_bytes, "previous": previous,
               "published": _date_option(args.published), "config": config,
               "rule_timeout": args.rule_timeout,
               "baseline": _baseline.load(args.baseline) if args.baseline else None,
               "previous_dir": previous_dir}
    if len(paths) > 1 and selected("LG406", options["select"], options["ignore"]):
        options["copies"] = _batch_copies(paths, args.max_bytes, parallel, args.jobs)
    if args.format in Stream.FORMATS:
        stream = Stream(args.format, args.lang, rules=pm.rules() if args.format == "sarif" else ())
        work = partial(_checked_chunk, options=options, stream=Stream(args.format, args.lang))
        with _output(args.output) as out, _pool(parallel, args.jobs) as pool:
            totals = {s: 0 for s in Severity}
            internal, wrote, count = False, False, 0
            out.write(stream.head())
            prints = []
            results = pool.map(work, paths, chunksize=4) if pool else map(work, paths)
            for chunk, counts, failed, fps in _progress(results, len(paths)):
                if args.write_baseline:
                    prints.append(fps)
                out.write(stream.join(chunk, not wrote))
                wrote = wrote or bool(chunk) if args.format == "sarif" else True
                count += 1
                internal = internal or failed
                for sev, n in counts.items():
                    totals[sev] += n
            summary = {"files": count, "errors": totals[Severity.ERROR], "warnings": totals[Severity.WARNING],
                       "infos": totals[Severity.INFO]}
            out.write(stream.tail(summary, not wrote))
        worst = max((s for s, n in totals.items() if n), default=None)
    else:  # pages and workbooks need the whole batch
        with _pool(parallel, args.jobs) as pool:
            work = partial(check_file, options=options)
            files = list(_progress(pool.map(work, paths, chunksize=4) if pool else map(work, paths),
                                   len(paths)))
        data = RENDERERS[args.format](files, args.lang)
        with _output(args.output, binary=isinstance(data, bytes)) as out:
            out.write(data)
        prints = [_fingerprints(fr) for fr in files]
        findings = [f for fr in files for f in fr.findings]
        internal = any(f.code.startswith("LG9") for f in findings)
        worst = max((f.severity for f in findings), default=None)
    if args.write_baseline:
        _baseline.write(args.write_baseline, prints)
    if internal:
        return ExitCode.INTERNAL_ERROR
    if args.fail_on == "never" or worst is None:
        return ExitCode.OK
    return ExitCode.FINDINGS if worst >= Severity.from_label(args.fail_on) else ExitCode.OK


def _previous_index(folder: str, max_bytes: int) -> tuple[tuple[str, tuple[str, ...], int | None], ...]:
    """Last year's reports in ``folder``: (path, issuer names, year) of each that reads."""
    from .._domain.issuers import issuer_names

    index = []
    for path in _expand([folder]):
        try:
            report = parse_source(read(path, max_bytes=max_bytes))
        except InputProblem:
            continue
        index.append((path, tuple(sorted(issuer_names(report))), report.metadata.year))
    return tuple(index)


def _pair(report, index, options):  # type: ignore[no-untyped-def]
    """Last year's report of ``report``'s issuer from a --previous folder, and the
    LG405 finding that shows the pairing (or says there is none)."""
    from .._domain.issuers import issuer_names, same_issuer

    names, year = issuer_names(report), report.metadata.year
    match = next((path for path, theirs, their_year in index if names and year is not None
                  and their_year == year - 1 and same_issuer(names, set(theirs))), None)
    if not selected("LG405", options["select"], options["ignore"]):
        pairing = ()
    elif match is None:
        who = "、".join(sorted(names)) or "（未识别主体）"
        pairing = (Finding("LG405", "previous-report-pairing", Severity.INFO,
                           f"在上一年度报告目录中没有找到“{who}”{year - 1 if year else '上一'}年度的报告，"
                           "未做跨年度比较",
                           f"no report of {'/'.join(sorted(names)) or 'this issuer'} for "
                           f"{year - 1 if year else 'the previous year'} in the previous reports' folder; "
                           "the cross-year checks were not run", evidence={"previous": None}),)
    else:
        pairing = (Finding("LG405", "previous-report-pairing", Severity.INFO,
                           f"与上一年度报告 {match} 对照", f"compared with last year's report {match}",
                           evidence={"previous": match}),)
    if match is None:
        return None, pairing
    try:
        return parse_source(read(match, max_bytes=options["max_bytes"])), pairing
    except InputProblem:
        return None, pairing


def _progress(items, total: int):  # type: ignore[no-untyped-def]
    """``items``, with a progress bar on standard error when it is a terminal and the
    batch has more than one file (tqdm, imported only then)."""
    if total < 2 or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)


def _sketch(path: str, max_bytes: int):  # type: ignore[no-untyped-def]
    from .._batch.copies import sketch

    try:
        return sketch(read(path, max_bytes=max_bytes).text)
    except InputProblem:
        return 0, []


def _batch_copies(paths: list[str], max_bytes: int,  # type: ignore[no-untyped-def]
                  parallel: bool, jobs: int):
    """For each file, the other files of the batch it shares paragraphs with:
    path -> [(other path, paragraphs, share of the text)]."""
    from .._batch.copies import shared

    with _pool(parallel, jobs) as pool:
        work = partial(_sketch, max_bytes=max_bytes)
        sketches = list(pool.map(work, paths, chunksize=16) if pool else map(work, paths))
    out = {}
    for path, sketch, found in zip(paths, sketches, shared(sketches)):
        total = sketch[0] or 1
        if found:
            out[path] = [(paths[other], paras, round(chars / total, 3)) for other, paras, chars in found]
    return out


#: Share of a report's text copied from another report of the batch that makes LG406 a warning.
_COPY_WARNING = 0.3


def _copy_finding(copies) -> Finding:  # type: ignore[no-untyped-def]
    other, paras, share = copies[0]
    more = f"等 {len(copies)} 份报告" if len(copies) > 1 else ""
    more_en = f" and {len(copies) - 1} other report(s)" if len(copies) > 1 else ""
    return Finding(
        "LG406", "copied-within-batch", Severity.WARNING if share >= _COPY_WARNING else Severity.INFO,
        f"有 {paras} 段（占正文的 {share:.0%}）与同批检查的 {other} {more}相同，请确认是否照抄他人报告",
        f"{paras} paragraph(s) ({share:.0%} of the text) are the same as in {other}{more_en} of this batch; "
        "check that the report was not copied",
        suggestion="按本单位的实际情况撰写", suggestion_en="write about this organisation's own work",
        evidence={"copies": [{"path": p, "paragraphs": n, "share": s} for p, n, s in copies[:10]]})


def _checked_chunk(path: str, options: dict, stream: Stream):  # type: ignore[no-untyped-def, type-arg]
    """Check one file and render its part of the output (in a worker, so that only
    text crosses between processes), with its findings' baseline fingerprints."""
    result = check_file(path, options)
    counts = {s: sum(1 for f in result.findings if f.severity is s) for s in Severity}
    return (stream.chunk(result), counts, any(f.code.startswith("LG9") for f in result.findings),
            _fingerprints(result))


def _fingerprints(result: FileResult) -> tuple[str, list[str]]:
    report = result.result.report if result.result else None
    return result.path, [_baseline.fingerprint(f, report) for f in result.findings]


def _worker_init() -> None:
    """Workers leave Ctrl-C to the main process, which stops them, and die quietly when
    it terminates them (no tracebacks): the main process's SIGTERM handler is not theirs."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


#: Set when a pool was stopped early: its manager thread may wait forever on a result
#: a terminated worker was half-way through sending, so the program must not wait
#: for its threads at exit.
_POOL_STOPPED = False


def _quiet_cancelled_futures() -> None:
    """Stopping a pool while results arrive can make its manager thread set a result
    on a future just cancelled (InvalidStateError, a race in concurrent.futures);
    that thread's traceback would reach the user, so it is not printed."""
    import threading
    from concurrent.futures import InvalidStateError

    previous = threading.excepthook
    if getattr(previous, "_lawgov", False):
        return

    def hook(args):  # type: ignore[no-untyped-def]
        if args.exc_type is not None and issubclass(args.exc_type, InvalidStateError):
            return
        previous(args)

    hook._lawgov = True  # type: ignore[attr-defined]
    threading.excepthook = hook


@contextlib.contextmanager
def _pool(parallel: bool, jobs: int):  # type: ignore[no-untyped-def]
    """A process pool of ``jobs`` workers, or None to work in this process. When the
    run stops early (Ctrl-C, SIGTERM, an error), the workers are stopped at once."""
    if not parallel:
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        yield pool
    except BaseException:
        global _POOL_STOPPED
        _POOL_STOPPED = True
        _quiet_cancelled_futures()
        workers = list((getattr(pool, "_processes", None) or {}).values())
        for process in workers:
            process.terminate()
        for process in workers:
            process.join(1)  # reaps it: no zombie is left behind
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


@contextlib.contextmanager
def _output(path: str | None, binary: bool = False):  # type: ignore[no-untyped-def]
    """Standard output, or ``path`` written whole or not at all (a partial file is
    removed if the run stops)."""
    if path is None:
        yield sys.stdout.buffer if binary else sys.stdout
        return
    part = f"{path}.part"
    try:
        with open(part, "wb") if binary else open(part, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(part, path)
    finally:
        if os.path.exists(part):
            os.remove(part)


def _run_rules(args: argparse.Namespace) -> int:
    pm = default_plugin_manager(_blocked(args))
    for r in pm.rules():
        summary = r.summary_en if args.lang == "en" else r.summary
        scope = f" [{r.jurisdiction}]" if r.jurisdiction else ""
        print(f"{r.code}  {r.severity.label:<7}  {r.plugin:<12}  {r.name}{scope}: {summary}")
    return _problems(pm, args.lang)


def _run_explain(args: argparse.Namespace) -> int:
    pm = default_plugin_manager(_blocked(args))
    code = args.code.strip().upper()
    for r in pm.rules():
        if r.code == code:
            doc = r.doc(args.lang)
            if doc is None:
                print(f"{r.code} {r.name} ({r.plugin}, {r.severity.label}): {r.summary} / {r.summary_en}")
                print("(this rule has no documentation page)")
            else:
                sys.stdout.write(doc if doc.endswith("\n") else doc + "\n")
            return ExitCode.OK
    # input (LG0xx) and internal (LG9xx) codes are not rules but have pages too
    from .._util.resources import resource_files

    docs = resource_files("lawgov.rules") / "docs"
    for page in ([docs / "zh" / f"{code}.md"] if args.lang == "zh" else []) + [docs / f"{code}.md"]:
        if regex.fullmatch(r"LG\d{3}", code) and page.is_file():
            sys.stdout.write(page.read_text("utf-8"))
            return ExitCode.OK
    raise UsageError(f"unknown rule code {code!r}; `lawgov rules` lists them",
                     f"没有规则代码 {code!r}；`lawgov rules` 列出全部规则")


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from .._web import serve
        import starlette  # noqa: F401 - the web extra
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError("lawgov serve needs the web extra: pip install 'lawgov[web]'",
                         "lawgov serve 需要安装网页组件：pip install 'lawgov[web]'") from None
    if args.max_bytes < 1:
        raise UsageError("--max-bytes must be a positive number of bytes", "--max-bytes 应为正整数（字节）")
    serve(args.host, args.port, args.max_bytes)
    return ExitCode.OK


def _run_jurisdictions(args: argparse.Namespace) -> int:
    pm = default_plugin_manager(_blocked(args))
    print("名称       前缀 省级       说明  插件  地名数" if args.lang != "en" else
          "name       prefix province   label  plugin  places")
    for j in sorted(pm.jurisdictions().values(), key=lambda j: j.name):
        label = j.label_en if args.lang == "en" else j.label
        print(f"{j.name:<10} {j.prefix:<3} {j.province}  {label}  plugin={j.plugin}  "
              f"places={len(j.places)}")
    return _problems(pm, args.lang)


def _problems(pm, lang: str) -> int:  # type: ignore[no-untyped-def]
    for p in pm.problems:
        print(f"{p.code} {p.message_en if lang == 'en' else p.message}", file=sys.stderr)
    return ExitCode.INTERNAL_ERROR if pm.problems else ExitCode.OK


def _version_text() -> str:
    from .._render import _version

    dists = sorted(default_plugin_manager().distributions.values())
    return f"lawgov {_version()}" + (f" (plugins: {', '.join(dists)})" if dists else "")


class _Terminated(BaseException):
    """SIGTERM, turned into an exception so that the run stops cleanly."""


def _on_sigterm(signum, frame):  # type: ignore[no-untyped-def]
    raise _Terminated()


def _safe_streams() -> None:
    """Standard output and error that cannot fail on Chinese text: an ASCII or other
    narrow encoding (PYTHONIOENCODING=ascii, a C locale) escapes what it cannot show."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def main(argv: Sequence[str] | None = None, prog: str = "lawgov") -> int:
    """Run the command line in-process and return the exit status."""
    _safe_streams()
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)
    argv = list(sys.argv[1:] if argv is None else argv)
    en = any(a == "--lang=en" or a == "en" and i and argv[i - 1] == "--lang" for i, a in enumerate(argv))
    parser = main_parser(prog, en)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return ExitCode.OK if exc.code == 0 else ExitCode.USAGE_ERROR
    try:
        if args.version:
            print(_version_text())
            return ExitCode.OK
        if args.command is None:
            parser.print_help()
            return ExitCode.USAGE_ERROR
        run = {"check": _run_check, "rules": _run_rules, "explain": _run_explain,
               "jurisdictions": _run_jurisdictions, "serve": _run_serve}[args.command]
        return run(args)
    except UsageError as exc:
        print(f"{prog}: error: {exc}" if en else f"{prog}：错误：{exc.zh}", file=sys.stderr)
        return ExitCode.USAGE_ERROR
    except KeyboardInterrupt:
        print(f"{prog}: interrupted" if en else f"{prog}：已中断", file=sys.stderr)
        return INTERRUPTED
    except _Terminated:
        print(f"{prog}: terminated" if en else f"{prog}：已终止", file=sys.stderr)
        return TERMINATED
    except BrokenPipeError:
        # the reader went away (… | head): nothing more can be said; not a clean run
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so that exit does not fail again
        except OSError:
            pass
        return BROKEN_PIPE
    except OSError as exc:
        print(f"{prog}: error: {exc}" if en else f"{prog}：错误：{exc}", file=sys.stderr)
        return ExitCode.USAGE_ERROR
    except Exception as exc:  # noqa: BLE001 - never a traceback for users
        print(f"{prog}: internal error: {exc!r} (please report this)" if en
              else f"{prog}：内部错误：{exc!r}（请报告此问题）", file=sys.stderr)
        return ExitCode.INTERNAL_ERROR


def entrypoint(prog: str | None = None) -> None:
    """Console-script entry point."""
    status = main(sys.argv[1:], prog or "lawgov")
    if _POOL_STOPPED:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)  # not waiting for the stopped pool's threads (see _POOL_STOPPED)
    raise SystemExit(status)
