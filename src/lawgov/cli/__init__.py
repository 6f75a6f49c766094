"""Command line: ``lawgov check|rules|explain|serve|jurisdictions``, a thin shell
over the library (the batch is :func:`lawgov.check_paths`).

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage
error; 3 internal error (a plugin or rule failed); 130/143 interrupted/terminated;
141 the reader of the output went away.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
from collections.abc import Sequence

from .._batch import MAX_JOBS, parallel
from .._check import RULE_TIMEOUT, default_plugin_manager
from .._errors import UsageError
from .._util.failure import Terminated, describe
from .._read import DEFAULT_MAX_BYTES
from .._render import FORMATS
from .._version import __version__
from .commands import COMMANDS, ExitCode

__all__ = ["ExitCode", "entrypoint", "main", "main_parser"]


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
    c.add_argument("--format", choices=sorted(FORMATS), default="text",
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
    c.add_argument("--allow-private-urls", action="store_true",
                   help="fetch web addresses on this machine or a local network too (refused by default, so "
                        "that a page cannot make lawgov read from them)")
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
    sv.add_argument("--allowed-host", action="append", default=[], metavar="NAME",
                    help="a host name the page is opened by, besides IP addresses and localhost "
                         "(repeatable; * for any)")
    common(e)
    j = sub.add_parser("jurisdictions", help="list installed jurisdictions")
    common(j)
    return parser


#: Exit status when the output's reader closed the pipe (128 + SIGPIPE, as a shell reports it).
BROKEN_PIPE = 141
#: Exit status after Ctrl-C (128 + SIGINT) and after SIGTERM (128 + SIGTERM).
INTERRUPTED, TERMINATED = 130, 143
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


def _version_text() -> str:
    dists = sorted(default_plugin_manager().distributions.values())
    return f"lawgov {__version__}" + (f" (plugins: {', '.join(dists)})" if dists else "")


#: The process the command line runs in: a worker forked from it inherits its signal
#: handlers until the worker's own are set, and must not act on them as the run would.
_MAIN_PID = os.getpid()


def _on_sigterm(signum, frame):  # type: ignore[no-untyped-def]
    if os.getpid() != _MAIN_PID:
        os._exit(TERMINATED)  # a worker not yet started: leave quietly, the run stops it
    raise Terminated()


def _on_sigint(signum, frame):  # type: ignore[no-untyped-def]
    if os.getpid() != _MAIN_PID:
        os._exit(INTERRUPTED)
    raise KeyboardInterrupt


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
        global _MAIN_PID
        _MAIN_PID = os.getpid()
        signal.signal(signal.SIGTERM, _on_sigterm)
        if hasattr(signal, "SIGHUP"):  # the terminal closed: stop as for SIGTERM, cleaning up
            signal.signal(signal.SIGHUP, _on_sigterm)
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _on_sigint)
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
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"{prog}: error: {exc}" if en else f"{prog}：错误：{exc.zh}", file=sys.stderr)
        return ExitCode.USAGE_ERROR
    except KeyboardInterrupt:
        print(f"{prog}: interrupted" if en else f"{prog}：已中断", file=sys.stderr)
        return INTERRUPTED
    except Terminated:
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
        print(f"{prog}: internal error: {describe(exc)} (please report this)" if en
              else f"{prog}：内部错误：{describe(exc)}（请报告此问题）", file=sys.stderr)
        return ExitCode.INTERNAL_ERROR


def entrypoint(prog: str | None = None) -> None:
    """Console-script entry point."""
    status = main(sys.argv[1:], prog or "lawgov")
    # a stopped pool's threads, or a thread a plugin started and never ended, would
    # keep the process alive after its work is done: it ends with its status
    if parallel.POOL_STOPPED or any(not t.daemon for t in threading.enumerate()
                                    if t is not threading.main_thread()):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(status)
    # what is left is freed at exit without the cyclic collector scanning it first:
    # the scan of the loaded place names and patterns made a third of a cold check
    gc.freeze()
    raise SystemExit(status)
