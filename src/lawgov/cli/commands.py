"""The subcommands: ``check``, ``rules``, ``explain``, ``serve``, ``jurisdictions``.
Each takes the parsed arguments and returns the exit status."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import enum
import sys
from functools import partial
from typing import TextIO

import regex

from .._batch import Batch, BatchOptions, baseline as _baseline
from .._check import default_plugin_manager
from .._check.codes import every_code, page
from .._errors import UsageError
from .._model import FileResult, Severity
from .._render import RenderContext, renderer
from .output import output, progress


class ExitCode(enum.IntEnum):
    #: No finding at or above ``--fail-on``.
    OK = 0
    #: Findings at or above ``--fail-on``.
    FINDINGS = 1
    #: The command line was wrong.
    USAGE_ERROR = 2
    #: A plugin or rule failed, or lawgov itself did.
    INTERNAL_ERROR = 3


def blocked(args: argparse.Namespace) -> tuple[str, ...]:
    """The plugins ``-p no:NAME`` blocks."""
    names = []
    for value in args.plugins:
        if not value.startswith("no:") or len(value) <= 3:
            raise UsageError(f"-p expects no:NAME, got {value!r}", f"-p 的写法是 no:插件名，收到的是 {value!r}")
        names.append(value[3:])
    return tuple(sorted(names))


def _date_option(value: str | None) -> datetime.date | None:
    """``--published`` as a date (YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日)."""
    if value is None:
        return None
    m = regex.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", value)
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        pass
    raise UsageError(f"--published {value!r}: not a date (use YYYY-MM-DD)",
                     f"--published {value!r}：不是日期（请用 YYYY-MM-DD）")


def _chunk(result: FileResult, fmt: str, ctx: RenderContext):  # type: ignore[no-untyped-def]
    """One file's part of a streamed output, with what the run needs to know of it
    (computed in a worker, so that only text crosses between processes)."""
    counts = {s: result.count(s) for s in Severity}
    return (renderer(fmt).chunk(result, ctx), counts, any(f.code.startswith("LG9") for f in result.findings),
            _fingerprints(result))


def _fingerprints(result: FileResult) -> tuple[str, list[str]]:
    report = result.result.report if result.result else None
    return result.path, [_baseline.fingerprint(f, report) for f in result.findings]


def run_check(args: argparse.Namespace) -> int:
    stdout = sys.stdout
    with contextlib.redirect_stdout(sys.stderr):  # what plugins print never mixes with the output
        return _run_check(args, stdout)


def _run_check(args: argparse.Namespace, stdout: TextIO) -> int:
    options = BatchOptions(
        select=args.select, ignore=args.ignore, jurisdiction=args.jurisdiction, blocked=blocked(args),
        previous=args.previous, published=_date_option(args.published), baseline=args.baseline,
        config=args.config, isolated=args.isolated, max_bytes=args.max_bytes,
        allow_private_urls=args.allow_private_urls, rule_timeout=args.rule_timeout, jobs=args.jobs)
    batch = Batch(args.paths, options)
    fail_on = args.fail_on or batch.config.fail_on or "error"
    fmt = renderer(args.format)
    ctx = RenderContext(args.lang, batch.rules)
    prints = []
    if fmt.streamable:
        totals = {s: 0 for s in Severity}
        internal, wrote, count = False, False, 0
        chunks = batch.results(partial(_chunk, fmt=args.format, ctx=RenderContext(args.lang)))
        with output(args.output, stdout=stdout) as out, contextlib.closing(chunks):
            out.write(fmt.head(ctx))
            for chunk, counts, failed, fps in progress(chunks, len(batch.paths)):
                if args.write_baseline:
                    prints.append(fps)
                out.write(fmt.join(chunk, not wrote))
                wrote = wrote or bool(chunk)
                count += 1
                internal = internal or failed
                for sev, n in counts.items():
                    totals[sev] += n
            summary = {"files": count, "errors": totals[Severity.ERROR], "warnings": totals[Severity.WARNING],
                       "infos": totals[Severity.INFO]}
            out.write(fmt.tail(summary, not wrote, ctx))
        worst = max((s for s, n in totals.items() if n), default=None)
    else:  # pages and workbooks need the whole batch
        results = batch.results()
        # the output is opened first, so that a place it cannot go to is said at once
        with output(args.output, binary=fmt.binary, stdout=stdout) as out:
            with contextlib.closing(results):
                files = list(progress(results, len(batch.paths)))
            out.write(fmt.render(files, ctx))
        prints = [_fingerprints(fr) for fr in files]
        findings = [f for fr in files for f in fr.findings]
        internal = any(f.code.startswith("LG9") for f in findings)
        worst = max((f.severity for f in findings), default=None)
    if args.write_baseline:
        _baseline.write(args.write_baseline, prints)
    if internal:
        return ExitCode.INTERNAL_ERROR
    if fail_on == "never" or worst is None:
        return ExitCode.OK
    return ExitCode.FINDINGS if worst >= Severity.from_label(fail_on) else ExitCode.OK


def run_rules(args: argparse.Namespace) -> int:
    pm = default_plugin_manager(blocked(args))
    for r in every_code(pm.rules()):
        summary = r.summary_en if args.lang == "en" else r.summary
        scope = f" [{r.jurisdiction}]" if r.jurisdiction else ""
        print(f"{r.code}  {r.severity.label:<7}  {r.plugin:<12}  {r.name}{scope}: {summary}")
    return _problems(pm, args.lang)


def run_explain(args: argparse.Namespace) -> int:
    pm = default_plugin_manager(blocked(args))
    code = args.code.strip().upper()
    known = next((r for r in every_code(pm.rules()) if r.code == code), None)
    if known is None:
        raise UsageError(f"unknown rule code {code!r}; `lawgov rules` lists them",
                         f"没有规则代码 {code!r}；`lawgov rules` 列出全部规则")
    doc = page(code, pm.rules(), args.lang)
    if doc is None:
        print(f"{known.code} {known.name} ({known.plugin}, {known.severity.label}): "
              f"{known.summary} / {known.summary_en}")
        print("(this rule has no documentation page)")
    else:
        sys.stdout.write(doc if doc.endswith("\n") else doc + "\n")
    return ExitCode.OK


def run_serve(args: argparse.Namespace) -> int:
    try:
        from .._web import serve
        import starlette  # noqa: F401 - the web extra
        import uvicorn  # noqa: F401
    except ImportError:
        raise UsageError("lawgov serve needs the web extra: pip install 'lawgov[web]'",
                         "lawgov serve 需要安装网页组件：pip install 'lawgov[web]'") from None
    if args.max_bytes < 1:
        raise UsageError("--max-bytes must be a positive number of bytes", "--max-bytes 应为正整数（字节）")
    serve(args.host, args.port, args.max_bytes, args.allowed_host)
    return ExitCode.OK


def run_jurisdictions(args: argparse.Namespace) -> int:
    """Every installed jurisdiction pack with its rules and the sources and versions of
    its data, then the national data lawgov itself ships."""
    from .._domain.sources import national_sources
    from .._version import __version__

    en = args.lang == "en"
    pm = default_plugin_manager(blocked(args))
    rules = pm.rules()
    for name, j in sorted(pm.jurisdictions().items()):
        dist = pm.distributions.get(j.plugin or "", j.plugin or "")
        codes = " ".join(r.code for r in rules if r.jurisdiction == name) or ("none" if en else "无")
        print(f"{j.label_en or name} ({name}), prefix {j.prefix}, from {dist}, {len(j.places)} places" if en
              else f"{j.label or j.province}（{name}）  代码前缀 {j.prefix}  来自 {dist}  地名 {len(j.places)} 个")
        print(f"    rules: {codes}" if en else f"    规则：{codes}")
        _print_sources(j.sources, en)
    print(f"national data (lawgov {__version__})" if en else f"全国通用数据（lawgov {__version__}）")
    _print_sources(national_sources(), en)
    return _problems(pm, args.lang)


def _print_sources(sources, en: bool) -> None:  # type: ignore[no-untyped-def]
    label, indent = ("    data: ", " " * 10) if en else ("    数据来源：", " " * 14)  # in display columns
    if not sources:
        print(label + ("not stated" if en else "未注明"))
    for i, s in enumerate(sources):
        text = f"{s.data}: {s.name} {s.version}".rstrip() + (f" <{s.url}>" if s.url else "")
        print((label if i == 0 else indent) + text)


def _problems(pm, lang: str) -> int:  # type: ignore[no-untyped-def]
    for p in pm.problems:
        print(f"{p.code} {p.message_en if lang == 'en' else p.message}", file=sys.stderr)
    return ExitCode.INTERNAL_ERROR if pm.problems else ExitCode.OK


COMMANDS = {"check": run_check, "rules": run_rules, "explain": run_explain,
            "jurisdictions": run_jurisdictions, "serve": run_serve}
