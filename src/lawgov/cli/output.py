"""Where the command line writes: standard output, or a file written whole or not
at all; and the progress bar of a batch."""

from __future__ import annotations

import contextlib
import os
import stat
import sys


def progress(items, total: int):  # type: ignore[no-untyped-def]
    """``items``, with a progress bar on standard error when it is a terminal and the
    batch has more than one file (tqdm, imported only then)."""
    if total < 2 or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return tqdm(items, total=total, unit="file", file=sys.stderr, leave=False, dynamic_ncols=True)


@contextlib.contextmanager
def output(path: str | None, binary: bool = False, stdout=None):  # type: ignore[no-untyped-def]
    """Standard output (``stdout``, by default ``sys.stdout``), or what ``path`` is:
    a regular file (or a new one) is written whole or not at all (a ``.part`` beside
    it, renamed over it at the end, removed if the run stops); through a symbolic
    link, the file it points to. A device, a pipe or anything under /dev or /proc
    (``-o /dev/null``, ``-o /dev/stdout``) is written to as it is, never replaced."""
    if path is None:
        stdout = stdout or sys.stdout
        yield stdout.buffer if binary else stdout
        return
    target = _regular_target(path)
    if target is None:
        with open(path, "wb") if binary else open(path, "w", encoding="utf-8") as fh:
            yield fh
        return
    part = f"{target}.part"
    try:
        try:
            fh = open(part, "wb") if binary else open(part, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:  # named by the path the user gave, not by the .part
            raise OSError(exc.errno, exc.strerror, path) from None
        with fh:
            yield fh
        os.replace(part, target)
    finally:
        if os.path.exists(part):
            os.remove(part)


def _regular_target(path: str) -> str | None:
    """The file to replace atomically for ``-o path`` (a symbolic link resolved), or
    None when ``path`` is a device, a pipe or a special file, to be written as it is."""
    real = os.path.realpath(path)
    if real.startswith(("/dev/", "/proc/")) or path.startswith(("/dev/", "/proc/")):
        return None
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError:
        return None
    return real if stat.S_ISREG(mode) else None
